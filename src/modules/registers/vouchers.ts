// Vouchers (verifikationer) imported from the accounting system. A voucher is created once;
// later imports only append rows whose position (rowIndex) is new, and never rewrite a row
// that exists, even when the accounting system's copy of it has changed since.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.js';
import { actorSignature, scoped, type TenantClient, type TenantDb, type TenantTx } from '../../db/tenant.js';
import { bulkInsert, type BulkRow } from '../../db/bulk-insert.js';
import { isUniqueViolationOn } from '../../db/errors.js';
import { NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import { fileIssues } from '../supplier-invoices/index.js';
import { sniffContentType } from '../../http/file-types.js';
import { voucherChanges, type VoucherRowColumns } from './rules.js';

/** A voucher row as a connector delivers it; ids are this system's (mapped by the connector). */
export interface VoucherRowImport {
  /** Position of the row in the accounting system's voucher. */
  rowIndex: number;
  accountNumber: number;
  /** Exact, non-negative: a Prisma.Decimal, a decimal string ("1250.00") or a whole number. Default 0. */
  debit?: Prisma.Decimal | string | number | null;
  credit?: Prisma.Decimal | string | number | null;
  projectId?: string | null;
  /** A work order (AO) of the row's project. */
  workOrderId?: string | null;
  /** A change order (ÄTA) of the row's project. */
  changeOrderId?: string | null;
  costCentreId?: string | null;
  /** The accounting system's transaction information. */
  note?: string | null;
}

export interface VoucherImport {
  /** The connection it comes from (or "manual"); with remoteId it identifies the voucher. */
  source: string;
  remoteId: string;
  series: string;
  number: number;
  /** A Date (its UTC calendar day) or YYYY-MM-DD. */
  transactionDate: Date | string;
  description?: string | null;
  rows: VoucherRowImport[];
}

export interface VoucherImportResult {
  voucherId: string;
  /** false when the voucher existed and only new rows were appended. */
  created: boolean;
  rowsCreated: number;
  /** Rows whose rowIndex the voucher already had; they are left exactly as they were. */
  rowsSkipped: number;
}

/**
 * A batch inserting this many vouchers or more refreshes the voucher table's statistics (once per
 * transaction), so the checks of its rows' voucher references stay index lookups as the table
 * grows within a file import; one voucher at a time (a connector's run) does not.
 */
const ANALYZE_FROM = 100;

/** Issues for rows referring to projects, AO, ÄTA or cost centres the company does not have. */
async function referenceIssues(tx: TenantTx, rows: { row: VoucherRowColumns; i: number; k: number }[]): Promise<(ValidationIssue & { k: number })[]> {
  const ids = (key: 'projectId' | 'workOrderId' | 'changeOrderId' | 'costCentreId') => [
    ...new Set(rows.map(({ row }) => row[key]).filter((v): v is string => v !== null)),
  ];
  const projectIds = ids('projectId');
  const workOrderIds = ids('workOrderId');
  const changeOrderIds = ids('changeOrderId');
  const costCentreIds = ids('costCentreId');
  const projects = new Set(projectIds.length ? (await tx.project.findMany({ where: { id: { in: projectIds } }, select: { id: true } })).map((p) => p.id) : []);
  const workOrders = new Map(
    workOrderIds.length
      ? (await tx.workOrder.findMany({ where: { id: { in: workOrderIds } }, select: { id: true, projectId: true } })).map((w) => [w.id, w.projectId])
      : [],
  );
  const changeOrders = new Map(
    changeOrderIds.length
      ? (await tx.changeOrder.findMany({ where: { id: { in: changeOrderIds } }, select: { id: true, projectId: true } })).map((c) => [c.id, c.projectId])
      : [],
  );
  const costCentres = new Set(
    costCentreIds.length ? (await tx.costCentre.findMany({ where: { id: { in: costCentreIds } }, select: { id: true } })).map((c) => c.id) : [],
  );
  const issues: (ValidationIssue & { k: number })[] = [];
  for (const { row, i, k } of rows) {
    const p = `rows.${i}`;
    if (row.projectId && !projects.has(row.projectId)) issues.push({ k, path: `${p}.projectId`, code: 'not_found', message: 'No such project.' });
    const parts = [
      ['workOrderId', row.workOrderId, workOrders, 'work order'],
      ['changeOrderId', row.changeOrderId, changeOrders, 'ÄTA'],
    ] as const;
    for (const [key, id, known, what] of parts) {
      if (!id) continue;
      const projectId = known.get(id);
      if (projectId === undefined) issues.push({ k, path: `${p}.${key}`, code: 'not_found', message: `No such ${what}.` });
      else if (projectId !== row.projectId) {
        issues.push({ k, path: `${p}.${key}`, code: 'not_in_project', message: `The ${what} belongs to another project than the row.` });
      }
    }
    if (row.costCentreId && !costCentres.has(row.costCentreId)) {
      issues.push({ k, path: `${p}.costCentreId`, code: 'not_found', message: 'No such cost centre.' });
    }
  }
  return issues;
}

/**
 * Imports one voucher (identified by source and remoteId): creates it with its rows, or appends
 * the rows whose rowIndex it does not have yet. Rows are validated (exact non-negative amounts,
 * AO/ÄTA of the row's project, references within the company) with paths `rows.<i>.<field>`;
 * anything invalid writes nothing. Safe to run concurrently for the same voucher.
 */
export async function importVoucher(db: TenantDb, input: VoucherImport): Promise<VoucherImportResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction((tx) => importVoucherIn(tx, input));
    } catch (err) {
      // The same voucher created by a concurrent import: run again, appending to it.
      if (attempt < 3 && isUniqueViolationOn(err, 'remoteId')) continue;
      throw err;
    }
  }
}

/**
 * importVoucher inside the caller's transaction (an import that writes several registers at
 * once). A concurrent import creating the same voucher makes it fail on the unique key, which
 * ends the caller's transaction: there is no retry here.
 */
export async function importVoucherIn(tx: TenantClient, input: VoucherImport): Promise<VoucherImportResult> {
  return (await importVouchersIn(tx, [input], ''))[0]!;
}

/**
 * Many vouchers inside the caller's transaction in a constant number of statements (a file
 * import's batch): each is validated as importVoucher does, the vouchers that exist and their
 * rows are read at once, the references of every new row checked at once, and the new vouchers
 * and rows written with one insert each. Any invalid voucher writes nothing; its issues' paths
 * start with `<prefix><index>.` (prefix `vouchers.` by default). A voucher given twice appends
 * the second's new rows to the first, as two calls one after the other would.
 */
export async function importVouchersIn(tx: TenantClient, inputs: readonly VoucherImport[], prefix = 'vouchers.'): Promise<VoucherImportResult[]> {
  const at = (k: number, path: string) => (prefix === '' && inputs.length === 1 ? path : `${prefix}${k}.${path}`);
  const parsed = inputs.map((input) => voucherChanges(input));
  const invalid = parsed.flatMap((v, k) => v.issues.map((i) => ({ ...i, path: at(k, i.path) })));
  if (invalid.length) throw new ValidationError(invalid);

  const key = (v: { source: string; remoteId: string }) => `${v.source}\u0000${v.remoteId}`;
  const existing = new Map<string, { id: string; rowIndexes: Set<number> }>();
  const bySource = new Map<string, string[]>();
  for (const { voucher } of parsed) bySource.set(voucher.source, [...(bySource.get(voucher.source) ?? []), voucher.remoteId]);
  for (const [source, remoteIds] of bySource) {
    const stored = await tx.voucher.findMany({
      where: { source, remoteId: { in: [...new Set(remoteIds)] } },
      select: { id: true, remoteId: true, rows: { select: { rowIndex: true } } },
    });
    for (const v of stored) existing.set(key({ source, remoteId: v.remoteId }), { id: v.id, rowIndexes: new Set(v.rows.map((r) => r.rowIndex)) });
  }

  const newVouchers: BulkRow<'Voucher'>[] = [];
  const plans = parsed.map(({ voucher, rows }) => {
    let target = existing.get(key(voucher));
    const created = !target;
    if (!target) {
      target = { id: randomUUID(), rowIndexes: new Set() };
      existing.set(key(voucher), target);
      newVouchers.push({ ...voucher, id: target.id });
    }
    const fresh = rows.map((row, i) => ({ row, i })).filter(({ row }) => !target.rowIndexes.has(row.rowIndex));
    for (const { row } of fresh) target.rowIndexes.add(row.rowIndex);
    return { voucherId: target.id, created, fresh, total: rows.length };
  });

  const issues = (
    await referenceIssues(
      tx,
      plans.flatMap((p, k) => p.fresh.map(({ row, i }) => ({ row, i, k }))),
    )
  ).map((i) => ({
    ...i,
    path: at(i.k, i.path),
  }));
  if (issues.length) throw new ValidationError(issues.map(({ k: _k, ...i }) => i));

  // One statement for the vouchers and one for their rows, whatever the batch's size; the company
  // and audit stamps come from the tenant-scoped client.
  const signature = actorSignature(tx);
  await bulkInsert(tx, 'Voucher', signature, newVouchers, { analyze: newVouchers.length >= ANALYZE_FROM });
  const rows = plans.flatMap((p) => p.fresh.map(({ row }): BulkRow<'VoucherRow'> => ({ ...row, id: randomUUID(), voucherId: p.voucherId })));
  // Rows a concurrent import wrote first are skipped (the unique voucher/rowIndex), as before.
  const written = await bulkInsert(tx, 'VoucherRow', signature, rows, { skipDuplicates: true });
  // Rows a concurrent import wrote first are skipped; which voucher they belonged to is only
  // known when there is one voucher (importVoucher's count stays exact).
  const raced = rows.length - written;
  // A voucher that existed and gained rows has changed: its updatedAt moves with them, so a copy
  // kept in sync (vouchers with modifiedSince) reads it again.
  const appended = [...new Set(plans.filter((p) => !p.created && p.fresh.length > 0).map((p) => p.voucherId))];
  if (appended.length) await tx.voucher.updateMany({ where: { id: { in: appended } }, data: { updatedAt: new Date() } });
  return plans.map((p) => {
    const rowsCreated = plans.length === 1 ? p.fresh.length - raced : p.fresh.length;
    return { voucherId: p.voucherId, created: p.created, rowsCreated, rowsSkipped: p.total - rowsCreated };
  });
}

// ---------------------------------------------------------------------------------------------
// Voucher files (e.g. the image of a supplier-invoice voucher), imported by the connectors.

export interface VoucherFileImport {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * Attaches a file to a voucher. A file of the same name and size is taken to be the same file
 * (`unchanged`); a file of the same name and another size replaces it. At most 20 MB; any
 * content, stored with the type its bytes show (application/octet-stream when they show none),
 * whatever type was claimed. Invalid input (paths `file.<field>`) writes nothing.
 */
export async function attachVoucherFile(db: TenantDb, voucherId: string, file: VoucherFileImport): Promise<'attached' | 'unchanged'> {
  // Stored as what the bytes are, not what the accounting system called them (the name is kept).
  const contentType = await sniffContentType(file.bytes);
  const fileName = file.fileName.trim();
  const size = file.bytes.byteLength;
  const issues = fileIssues({ fileName, contentType, size }, 'file', null);
  if (issues.length) throw new ValidationError(issues);
  return db.$transaction(async (tx) => {
    const voucher = await tx.voucher.findUnique({ where: { id: voucherId }, select: { id: true } });
    if (!voucher) throw new NotFoundError('Voucher', 'No such voucher.', 'voucherId');
    const existing = await tx.voucherFile.findFirst({ where: { voucherId, fileName }, select: { id: true, size: true } });
    if (existing?.size === size) return 'unchanged';
    const bytes = new Uint8Array(file.bytes);
    if (existing) await tx.voucherFile.update({ where: { id: existing.id }, data: { contentType, size, bytes }, select: { id: true } });
    else
      await tx.voucherFile.create({
        data: scoped<Prisma.VoucherFileUncheckedCreateInput>({ voucherId, fileName, contentType, size, bytes }),
        select: { id: true },
      });
    // The voucher's files changed: so has the voucher, for a copy kept in sync.
    await tx.voucher.update({ where: { id: voucherId }, data: { updatedAt: new Date() }, select: { id: true } });
    return 'attached';
  });
}
