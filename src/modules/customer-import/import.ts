// Importing customers or contacts from a spreadsheet.
//
// A file is processed in one streaming pass: rows are read in batches; for each batch the
// stored records are looked up, every row is validated with the register's rules and classified
// (create / update with the changed fields / unchanged / error) and, when committing, written —
// all in one transaction, all-or-nothing or valid rows only. The next batch's lookup is sent
// before this batch's write, so validating it overlaps the write.
//
// That one pass assumes what holds for most files: every row has its customer number, no key is
// given twice, no cells are merged. Whether it holds is known only at the end of the file; if it
// does not, the transaction is rolled back and the file read a second time, now with everything
// the first reading learnt (duplicate keys, merged rows, the highest customer number for the
// next free numbers). A problem with the file as a whole (not a spreadsheet, encrypted, damaged,
// too large, merged header cells) stops the import with a clear message and nothing written.
//
// Memory stays flat in the file size: rows are streamed, the xlsx shared strings are kept
// compactly (spilling to disk), and what is kept per row is its key for the duplicate checks.
import { performance } from 'node:perf_hooks';
import type { TenantClient, TenantDb } from '../../db/tenant.js';
import { isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError } from '../../errors.js';
import { type CustomFieldDef, numericValue } from '../customers/index.js';
import { recordEvent } from '../events/index.js';
import { mapHeader, type HeaderMapping, type ImportKind } from './columns.js';
import { ContactRows, contactIdentity, contactScanKey, type ContactScan } from './contact-rows.js';
import { CustomerRows, customerIdentity, customerNumberOf, IdentityTally, type CustomerScan } from './customer-rows.js';
import { detectCsv, openSheet, type MergedRange, type SheetRow } from './readers.js';
import { readRow, rowHasData, type ReadRowData, type RowProcessor } from './rows.js';
import { fileError, sniff, type ImportSource } from './source.js';
import { acquireImportSlot, resolveCaps } from './guards.js';
import type { ImportAuth, ImportLimits, ImportOptions, ImportSummary } from './types.js';

/** The configured limits (IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, the caps against hostile files and IMPORT_CONCURRENCY). */
export function importLimits(env: NodeJS.ProcessEnv = process.env): Required<ImportLimits> {
  return resolveCaps({}, env);
}

/** How many non-empty rows are looked through for the header (title rows above it are skipped). */
const HEADER_SEARCH_ROWS = 10;

function megabytes(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

// ---------------------------------------------------------------------------------------------
// Scanning: the header, the row limit, keys given twice

function headerTexts(r: SheetRow): (string | null)[] {
  return Array.from(r.cells, (c) => (c === undefined ? null : c.kind === 'string' ? c.value : c.kind === 'number' ? String(c.value) : null));
}

/** Follows the reading of the sheet: finds the header, counts the rows, keeps what the duplicate checks need. */
class Scanner {
  header: { row: number; mapping: HeaderMapping } | null = null;
  totalRows = 0;
  /** False once the file has something only the two-pass import handles (a key given twice, a row without a customer number). */
  singlePass = true;
  private firstTry: HeaderMapping | null = null;
  private looked = 0;
  private readonly firstRow = new Map<string, number>();
  private readonly duplicates = new Map<string, number[]>();
  private readonly firstMain = new Map<string, number>();
  private readonly mainDuplicates = new Map<string, number[]>();
  private readonly identities = new IdentityTally();
  private highestInFile: bigint | null = null;

  constructor(
    private readonly kind: ImportKind,
    private readonly defs: CustomFieldDef[],
    private readonly limits: ImportLimits,
    private readonly today: Date,
  ) {}

  /** One sheet row: its values when it is a data row; null for the header and empty rows; 'stop' when no header was found. */
  feed(r: SheetRow): ReadRowData | null | 'stop' {
    if (!this.header) {
      if (r.cells.every((c) => c.kind === 'empty' || (c.kind === 'string' && c.value.trim() === ''))) return null;
      const mapping = mapHeader(headerTexts(r), this.kind, this.defs);
      this.firstTry ??= mapping;
      if (mapping.columns.length > 0) {
        if (mapping.problems.length) throw fileError(mapping.problems[0]!.code, mapping.problems[0]!.message);
        this.header = { row: r.row, mapping };
        return null;
      }
      return ++this.looked >= HEADER_SEARCH_ROWS ? 'stop' : null;
    }
    const mapping = this.header.mapping;
    if (!rowHasData(mapping, r.cells)) return null;
    if (++this.totalRows > this.limits.maxRows) {
      throw fileError('too_many_rows', `The file has more than ${this.limits.maxRows.toLocaleString('en')} rows; split it into smaller files.`);
    }
    const read: ReadRowData = { row: r.row, ...readRow(mapping, r.cells, r.row) };
    const values = read.values;
    if (this.kind === 'customers') {
      const number = customerNumberOf(values);
      if (number !== null) {
        this.note(this.firstRow, this.duplicates, number, r.row);
        const n = numericValue(number);
        if (n !== null && (this.highestInFile === null || n > this.highestInFile)) this.highestInFile = n;
      } else this.singlePass = false; // the next free number depends on the whole file
      const identity = customerIdentity(values, this.today);
      if (identity) this.identities.add(identity, r.row, number === null);
    } else {
      const k = contactScanKey(values, contactIdentity(values, this.today));
      if (k.key !== null) this.note(this.firstRow, this.duplicates, k.key, r.row);
      if (k.mainKey !== null) this.note(this.firstMain, this.mainDuplicates, k.mainKey, r.row);
    }
    return read;
  }

  private note(first: Map<string, number>, dups: Map<string, number[]>, key: string, row: number): void {
    const at = first.get(key);
    if (at === undefined) first.set(key, row);
    else {
      dups.set(key, [...(dups.get(key) ?? [at]), row]);
      this.singlePass = false;
    }
  }

  /** What the row processors need to know about the whole file (empty maps while it is still being read). */
  get scan(): CustomerScan & ContactScan {
    return {
      mapping: this.header!.mapping,
      duplicates: this.duplicates,
      mainDuplicates: this.mainDuplicates,
      mergedRows: this.mergedRows,
      highestInFile: this.highestInFile,
    };
  }

  private readonly mergedRows = new Map<number, string>();

  /** After the last row: throws a file error for a file without a header or with merged header cells. */
  finish(merges: readonly MergedRange[]): void {
    if (!this.header) {
      const problem = this.firstTry?.problems[0];
      throw fileError(problem?.code ?? 'no_header', problem?.message ?? 'The file has no rows.');
    }
    const headerRow = this.header.row;
    for (const m of merges) {
      if (m.top <= headerRow && m.bottom >= headerRow) {
        throw fileError('merged_header', `The header row has merged cells (${m.ref}); unmerge them so that every column has its own header, and upload again.`);
      }
      for (let row = Math.max(m.top, headerRow + 1); row <= m.bottom; row++) if (!this.mergedRows.has(row)) this.mergedRows.set(row, m.ref);
    }
    if (this.mergedRows.size) this.singlePass = false;
    for (const [k, rows] of this.identities.duplicates()) this.duplicates.set(k, rows);
  }
}

// ---------------------------------------------------------------------------------------------
// Processing

class Rollback extends Error {}
class TwoPasses extends Error {}

/**
 * Imports `source` as customers or contacts. PREVIEW writes nothing; ALL_OR_NOTHING writes only
 * if every row is valid; VALID_ROWS writes the valid rows and reports the others. One transaction.
 * Each row's result goes to `opts.onRow`; the returned summary counts them.
 *
 * A file is first processed in one pass, rows validated and written as they are read. That
 * assumes what holds for most files — every customer number given, no key twice, no merged
 * cells — which is only known at the end; if it does not hold, the transaction is rolled back
 * (`opts.onReset`) and the file read and processed again, with everything the first reading learnt.
 */
export async function importFile(db: TenantDb, auth: ImportAuth, kind: ImportKind, source: ImportSource, opts: ImportOptions): Promise<ImportSummary> {
  if (source.size > opts.limits.maxBytes) {
    throw fileError(
      'too_large',
      `The file is ${megabytes(source.size)}; the largest file accepted is ${megabytes(opts.limits.maxBytes)}. Split it into smaller files.`,
    );
  }
  const caps = resolveCaps(opts.limits);
  // At most caps.concurrency imports read files at once in this process; others wait, then are refused (BUSY).
  const release = await acquireImportSlot(caps);
  try {
    return await importSniffed(db, auth, kind, source, opts, caps);
  } finally {
    release();
  }
}

async function importSniffed(
  db: TenantDb,
  auth: ImportAuth,
  kind: ImportKind,
  source: ImportSource,
  opts: ImportOptions,
  caps: Required<ImportLimits>,
): Promise<ImportSummary> {
  const today = opts.today ?? new Date();
  const batchSize = opts.batchSize ?? 1000;
  const sniffed = await sniff(source, caps.maxZipEntries);
  const defs = kind === 'customers' ? await db.customFieldDefinition.findMany({ orderBy: [{ position: 'asc' }, { key: 'asc' }] }) : [];
  const csv = sniffed.format === 'csv' ? await detectCsv(source) : undefined;
  const sheet = await openSheet(source, sniffed, csv, caps);
  const scanner = new Scanner(kind, defs, caps, today);
  const timings = { scan: 0, lookup: 0, validate: 0, write: 0, passes: 1 };
  let counts = { created: 0, updated: 0, unchanged: 0, errors: 0 };

  /** First reading: the sheet's data rows in batches, as long as one pass will do (the rest of the file is still read). */
  async function* firstPass(): AsyncGenerator<ReadRowData[]> {
    let batch: ReadRowData[] = [];
    const rows = sheet.rows();
    try {
      for (;;) {
        const t = performance.now();
        const next = await rows.next();
        const read = next.done ? 'stop' : scanner.feed(next.value);
        timings.scan += performance.now() - t;
        if (read === 'stop') break;
        if (read === null || !scanner.singlePass) continue;
        batch.push(read);
        if (batch.length >= batchSize) {
          yield batch;
          batch = [];
        }
      }
      scanner.finish(sheet.merges);
      if (batch.length && scanner.singlePass) yield batch;
    } finally {
      await rows.return(undefined);
    }
  }

  /** Second reading: the data rows again, the header and the whole file known. */
  async function* secondPass(): AsyncGenerator<ReadRowData[]> {
    const again = await openSheet(source, sniffed, csv, caps);
    const { row: headerRow, mapping } = scanner.header!;
    let batch: ReadRowData[] = [];
    for await (const r of again.rows()) {
      if (r.row <= headerRow || !rowHasData(mapping, r.cells)) continue;
      batch.push({ row: r.row, ...readRow(mapping, r.cells, r.row) });
      if (batch.length >= batchSize) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }

  async function processBatches(
    tx: TenantClient,
    write: boolean,
    batches: AsyncGenerator<ReadRowData[]>,
    scan: () => CustomerScan & ContactScan,
    total: () => number | null,
  ): Promise<void> {
    const quiet = <T>(p: Promise<T>) => {
      p.catch(() => undefined);
      return p;
    };
    const timed = async <T>(key: 'lookup' | 'write', p: Promise<T>): Promise<T> => {
      const t = performance.now();
      try {
        return await p;
      } finally {
        timings[key] += performance.now() - t;
      }
    };
    let processor: RowProcessor<unknown, unknown> | null = null;
    let done = 0;
    let writing: Promise<void> = Promise.resolve();
    let current = await batches.next();
    if (!current.done) processor = kind === 'customers' ? await CustomerRows.load(tx, auth, scan(), today, opts.outbox) : new ContactRows(auth, scan(), today);
    let lookup = current.done ? null : quiet(processor!.lookup(tx, current.value));
    try {
      while (!current.done) {
        const rows = current.value;
        const found = await timed('lookup', lookup!);
        const next = await batches.next();
        // Sent before this batch's write, so validating overlaps it. It cannot need this batch's rows:
        // keys are unique in the file (or the import falls back to two passes).
        lookup = next.done ? null : quiet(processor!.lookup(tx, next.value));
        const t = performance.now();
        const { results, pending } = processor!.validate(rows, found);
        timings.validate += performance.now() - t;
        for (const r of results) {
          if (r.outcome === 'CREATE') counts.created++;
          else if (r.outcome === 'UPDATE') counts.updated++;
          else if (r.outcome === 'UNCHANGED') counts.unchanged++;
          else counts.errors++;
          opts.onRow?.(r);
        }
        await timed('write', writing);
        // All-or-nothing stops writing at the first error (the transaction is rolled back anyway).
        if (write && !(opts.mode === 'ALL_OR_NOTHING' && counts.errors > 0)) writing = quiet(processor!.write(tx, pending));
        done += rows.length;
        opts.onProgress?.(done, total());
        current = next;
      }
      await timed('write', writing);
    } finally {
      // Reading the file may fail midway (too many rows, a damaged file): no query may still be
      // running on the transaction when it is rolled back.
      await Promise.allSettled([writing, lookup ?? Promise.resolve()]);
    }
  }

  const summary = (committed: boolean): ImportSummary => ({
    kind,
    mode: opts.mode,
    committed,
    format: sheet.info.format,
    encoding: sheet.info.encoding ?? null,
    delimiter: sheet.info.delimiter ?? null,
    sheet: sheet.info.sheet ?? null,
    headerRow: scanner.header!.row,
    columns: scanner.header!.mapping.columns.map((m) => ({ header: m.header, field: m.def.key })),
    unknownColumns: scanner.header!.mapping.unknown,
    totalRows: scanner.totalRows,
    ...counts,
    message: summaryMessage(kind, opts.mode, committed, scanner.totalRows, counts),
    timings: {
      scan: Math.round(timings.scan),
      lookup: Math.round(timings.lookup),
      validate: Math.round(timings.validate),
      write: Math.round(timings.write),
      passes: timings.passes,
    },
  });

  /** Runs `body` in a transaction (committing modes) or without one (preview); ALL_OR_NOTHING with errors rolls back. */
  async function inTransaction(body: (tx: TenantClient, write: boolean) => Promise<void>): Promise<boolean> {
    if (opts.mode === 'PREVIEW') {
      await body(db, false);
      return false;
    }
    try {
      await db.$transaction(
        async (tx) => {
          await body(tx, true);
          if (opts.mode === 'ALL_OR_NOTHING' && counts.errors > 0) throw new Rollback();
          // The import's end is an event of its own transaction (a preview or a rollback records none).
          await recordEvent(tx, {
            type: 'import.finished',
            entityType: null,
            entityId: null,
            data: {
              kind,
              mode: opts.mode,
              fileName: source.name,
              counts: { created: counts.created, updated: counts.updated, refused: counts.errors, unchanged: counts.unchanged },
            },
          });
        },
        { timeout: 30 * 60_000, maxWait: 60_000 },
      );
      return true;
    } catch (err) {
      if (err instanceof Rollback) return false;
      if (isUniqueViolationOn(err, 'number') || /Customer_companyId_number_key/.test(String((err as Error)?.message))) {
        throw new ConflictError(
          'NUMBER_TAKEN',
          'A customer number in the file was taken by someone else while importing; nothing was imported. Run the import again.',
          'file',
        );
      }
      throw err;
    }
  }

  // One pass: read, validate and write as the rows come.
  try {
    const committed = await inTransaction(async (tx, write) => {
      await processBatches(
        tx,
        write,
        firstPass(),
        () => scanner.scan,
        () => sheet.info.estimatedRows ?? null,
      );
      if (!scanner.singlePass) throw new TwoPasses();
    });
    return summary(committed);
  } catch (err) {
    if (!(err instanceof TwoPasses)) throw err;
  }
  // Two passes: the file is known now; read it again.
  opts.onReset?.();
  counts = { created: 0, updated: 0, unchanged: 0, errors: 0 };
  timings.passes = 2;
  const committed = await inTransaction((tx, write) =>
    processBatches(
      tx,
      write,
      secondPass(),
      () => scanner.scan,
      () => scanner.totalRows,
    ),
  );
  return summary(committed);
}

function summaryMessage(
  kind: ImportKind,
  mode: ImportOptions['mode'],
  committed: boolean,
  total: number,
  c: { created: number; updated: number; unchanged: number; errors: number },
): string {
  const what = kind === 'customers' ? 'customers' : 'contacts';
  const rows = `${total} ${total === 1 ? 'row' : 'rows'}`;
  if (mode === 'PREVIEW') {
    return `Preview of ${rows} of ${what}: ${c.created} to create, ${c.updated} to update, ${c.unchanged} unchanged, ${c.errors} with errors. Nothing was written.`;
  }
  if (!committed) {
    return `Nothing was imported: ${c.errors} of ${rows} have errors (all-or-nothing). Correct them, or import the valid rows only.`;
  }
  const skipped = c.errors ? ` ${c.errors === 1 ? '1 row with errors was' : `${c.errors} rows with errors were`} not imported.` : '';
  return `Imported ${rows} of ${what}: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged.${skipped}`;
}
