// Helpers shared by the customer and contact row processors (pure).
import type { ValidationIssue } from '../../errors.js';
import { isEmpty, type Cell } from './cells.js';
import { readCell, type HeaderMapping, type MappedColumn } from './columns.js';
import type { TenantClient } from '../../db/tenant.js';
import type { RowError, RowResult } from './types.js';

export type CellValue = string | boolean | null;

/** A data row read against the header: its values by column key, and the cells that could not be read. */
export interface ReadRowData {
  row: number;
  values: Map<string, CellValue>;
  errors: RowError[];
}

/** The work of one kind of import, in the order the import runs it for each batch of rows. */
export interface RowProcessor<Found, Pending> {
  /** Database reads for a batch (existing records). Sees the database as before the import. */
  lookup(tx: TenantClient, rows: readonly ReadRowData[]): Promise<Found>;
  /** Validation and classification (no I/O); collects the writes a commit makes. */
  validate(rows: readonly ReadRowData[], found: Found): { results: RowResult[]; pending: Pending };
  write(tx: TenantClient, pending: Pending): Promise<void>;
}

/** Whether a row has anything in a recognised column (rows without are skipped, not counted). */
export function rowHasData(mapping: HeaderMapping, cells: readonly Cell[]): boolean {
  return mapping.columns.some((m) => !isEmpty(cells[m.index]));
}

/** Reads every recognised column of a row; a cell that cannot be read is an error, and absent from `values`. */
export function readRow(mapping: HeaderMapping, cells: readonly Cell[], row: number): { values: Map<string, CellValue>; errors: RowError[] } {
  const values = new Map<string, CellValue>();
  const errors: RowError[] = [];
  for (const m of mapping.columns) {
    const r = readCell(m.def, cells[m.index] ?? { kind: 'empty' });
    if (r.ok) values.set(m.def.key, r.value);
    else errors.push({ row, column: m.header, field: m.def.key, code: r.problem.code, message: r.problem.message });
  }
  return { values, errors };
}

/** Finds the column an input path of the rules (e.g. `invoiceAddress.postcode`) came from. */
export function pathIndex(mapping: HeaderMapping): Map<string, MappedColumn> {
  const out = new Map<string, MappedColumn>();
  for (const m of mapping.columns) for (const p of m.def.paths) out.set(p, m);
  return out;
}

/**
 * Rule issues as row errors, each at the column holding the field when the file has it. An issue
 * at a column whose cell could not be read is left out: it only follows from that (an unreadable
 * name is then also a missing one).
 */
export function issueErrors(
  row: number,
  issues: readonly ValidationIssue[],
  byPath: Map<string, MappedColumn>,
  cellErrors: readonly RowError[] = [],
): RowError[] {
  const unreadable = new Set(cellErrors.map((e) => e.field));
  return issues
    .map((i) => {
      const m = byPath.get(i.path);
      return { row, column: m?.header ?? null, field: m?.def.key ?? i.path, code: i.code, message: i.message };
    })
    .filter((e) => !unreadable.has(e.field));
}

export function rowError(row: number, column: MappedColumn | null | undefined, code: string, message: string, field?: string): RowError {
  return { row, column: column?.header ?? null, field: column?.def.key ?? field ?? null, code, message };
}

/** "rows 3 and 17", "rows 3, 9 and 17". */
export function rowList(rows: readonly number[]): string {
  if (rows.length === 1) return `row ${rows[0]}`;
  return `rows ${rows.slice(0, -1).join(', ')} and ${rows[rows.length - 1]}`;
}
