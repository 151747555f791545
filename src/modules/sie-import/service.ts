// Importing a SIE 4 file (4E or 4I) into the registers: the chart of accounts, the cost centres
// (objects of dimension 1) and the vouchers' project rows. The file is read as a stream of
// records (the SDK's readSie); accounts and cost centres are planned and written as they come,
// before the first voucher that may need them, and vouchers in batches: per batch the projects,
// cost centres and register vouchers they refer to are looked up, each voucher is planned by the
// rules and, when committing, written through the registers module — all in one transaction.
// What is kept while reading is the current batch and the keys met so far (account numbers,
// cost-centre codes, voucher identities), so memory stays flat in the size of the file.
import { readSie, SieFormatError, type SieEncoding, type SieVoucher } from '@nordic-invoicing/connector-sdk/sie';
import type { Actor, TenantClient, TenantDb } from '../../db/tenant.js';
import { ForbiddenError, ValidationError } from '../../errors.js';
import { recordEvent } from '../events/index.js';
import { resolveProjectNumbers } from '../projects/index.js';
import { importAccountsIn, importVouchersIn, syncCostCentresIn, type VoucherImport } from '../registers/index.js';
import { REGISTER_CHECKS } from './register-checks.js';
import {
  accountPlan,
  COST_CENTRE_DIMENSION,
  costCentrePlan,
  missingPermission,
  rowDimensions,
  type SieImportMode,
  type SieItemKind,
  type SieItemResult,
  type SieNote,
  type SieParts,
  voucherIdentity,
  voucherPlan,
} from './rules.js';
import { cappedStream, fileTooLarge, importMaxBytes } from '../upload-limits.js';

/** The source of the vouchers a SIE file brings into the register. */
export const SIE_SOURCE = 'sie';

export interface SieImportAuth {
  actor: Actor;
  permissions: ReadonlySet<string>;
}

/** The file: its size as told (checked before reading) and its bytes as a stream. */
export interface SieSource {
  name: string;
  size: number;
  stream(): AsyncIterable<Uint8Array>;
}

export interface SieImportOptions {
  mode: SieImportMode;
  parts?: Partial<SieParts>;
  /** Import accounts 1000–2999 (assets and liabilities) too. */
  includeBalanceSheetAccounts?: boolean;
  /** Largest file accepted, in bytes (default: IMPORT_MAX_BYTES, as the other imports). */
  maxBytes?: number;
  /** Vouchers per database round. */
  batchSize?: number;
  onItem?: (item: SieItemResult) => void;
}

export interface SieCounts {
  total: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  errors: number;
}

export interface SieImportSummary {
  mode: SieImportMode;
  /** True when the file was written (a commit without errors, or VALID_ROWS). */
  committed: boolean;
  message: string;
  encoding: SieEncoding | null;
  program: string | null;
  companyName: string | null;
  sieType: string | null;
  accounts: SieCounts;
  costCentres: SieCounts;
  vouchers: SieCounts;
  /** Records outside vouchers the reader could not read and skipped. */
  warnings: SieNote[];
}

const SPLIT = 'Split it into smaller files.';

/** The largest file accepted (IMPORT_MAX_BYTES, as the other imports). */
export const sieMaxBytes = importMaxBytes;

/** A file-level refusal of the reader as a validation error on `file`, every problem with its line. */
function fileRefusal(err: SieFormatError): ValidationError {
  return new ValidationError(err.issues.map((i) => ({ path: 'file', code: i.code, message: `Line ${i.line}: ${i.message}` })));
}

const emptyCounts = (): SieCounts => ({ total: 0, created: 0, updated: 0, unchanged: 0, skipped: 0, errors: 0 });

class Rollback extends Error {}

/**
 * Imports a SIE file. PREVIEW writes nothing; ALL_OR_NOTHING writes only if nothing is refused;
 * VALID_ROWS writes what is valid and reports the rest. One transaction. Each account, cost
 * centre and voucher's result goes to `opts.onItem`. A file the reader refuses as a whole (a
 * wrong #KSUMMA, a voucher block never closed, …) or one too large is a ValidationError at
 * `file` naming the lines, and nothing is written.
 */
export async function importSie(db: TenantDb, auth: SieImportAuth, source: SieSource, opts: SieImportOptions): Promise<SieImportSummary> {
  const parts: SieParts = { accounts: true, costCentres: true, vouchers: true, ...opts.parts };
  const missing = missingPermission(parts, auth.permissions);
  if (missing) throw new ForbiddenError(`You need the permission ${missing}.`, missing);
  const maxBytes = opts.maxBytes ?? sieMaxBytes();
  if (source.size > maxBytes) throw fileTooLarge(source.size, maxBytes, SPLIT);
  const batchSize = opts.batchSize ?? 500;
  const includeBalanceSheetAccounts = opts.includeBalanceSheetAccounts ?? false;

  let summary: SieImportSummary = blankSummary(opts.mode);
  const counts = () => summary.accounts.errors + summary.costCentres.errors + summary.vouchers.errors;

  async function run(tx: TenantClient, write: boolean): Promise<void> {
    summary = blankSummary(opts.mode);
    const stop = () => write && opts.mode === 'ALL_OR_NOTHING' && counts() > 0;
    const record = (kind: SieItemKind, it: SieItemResult) => {
      const c = kind === 'ACCOUNT' ? summary.accounts : kind === 'COST_CENTRE' ? summary.costCentres : summary.vouchers;
      c.total++;
      if (it.outcome === 'CREATE') c.created++;
      else if (it.outcome === 'UPDATE') c.updated++;
      else if (it.outcome === 'UNCHANGED') c.unchanged++;
      else if (it.outcome === 'SKIPPED') c.skipped++;
      else c.errors++;
      opts.onItem?.(it);
    };

    // Accounts and cost centres: the company's (and those planned), and the file's so far.
    let accounts: Map<number, string> | null = null;
    let centres: Map<string, string> | null = null;
    const accountSeen = new Map<number, number>();
    const centreSeen = new Map<string, number>();
    let accountWrites: { number: number; name: string }[] = [];
    let centreWrites: { code: string; name: string }[] = [];
    const fiscalYears: { start: string; end: string }[] = [];
    const voucherSeen = new Map<string, number>();
    let batch: SieVoucher[] = [];

    async function flushRegisters(): Promise<void> {
      if (write && !stop()) {
        if (accountWrites.length) await importAccountsIn(tx, accountWrites, { firstRun: false, includeBalanceSheetAccounts: true });
        if (centreWrites.length) await syncCostCentresIn(tx, centreWrites);
      }
      accountWrites = [];
      centreWrites = [];
    }

    async function flushVouchers(): Promise<void> {
      if (!batch.length) return;
      await flushRegisters();
      const projectNumbers = new Set<string>();
      const codes = new Set<string>();
      for (const v of batch) {
        for (const r of v.rows) {
          const d = rowDimensions(r);
          if (d.projectNumber) projectNumbers.add(d.projectNumber);
          if (d.costCentreCode) codes.add(d.costCentreCode);
        }
      }
      const projects = await resolveProjectNumbers(tx, [...projectNumbers]);
      const costCentres = new Map<string, string | null>(
        codes.size ? (await tx.costCentre.findMany({ where: { code: { in: [...codes] } }, select: { id: true, code: true } })).map((c) => [c.code, c.id]) : [],
      );
      // A preview plans cost centres it does not create: they count as known.
      if (centres) for (const code of codes) if (!costCentres.has(code) && centres.has(code)) costCentres.set(code, null);
      const identities = batch.flatMap((v) => {
        const id = voucherIdentity(v, fiscalYears);
        return id.ok ? [id.remoteId] : [];
      });
      const stored = await tx.voucher.findMany({
        where: { remoteId: { in: identities } },
        select: { source: true, remoteId: true, rows: { select: { rowIndex: true } } },
      });
      const existing = new Map<string, { source: string; rowIndexes: Set<number> }>();
      for (const s of stored) {
        // The import's own voucher wins over another source's of the same identity.
        if (existing.has(s.remoteId) && s.source !== SIE_SOURCE) continue;
        existing.set(s.remoteId, { source: s.source, rowIndexes: new Set(s.rows.map((r) => r.rowIndex)) });
      }
      const writes: VoucherImport[] = [];
      for (const v of batch) {
        const plan = voucherPlan(v, {
          fiscalYears,
          firstAt: (id) => voucherSeen.get(id),
          projects,
          costCentres,
          existing: (id) => existing.get(id),
          source: SIE_SOURCE,
          checks: REGISTER_CHECKS,
        });
        if (!voucherSeen.has(plan.item.key)) voucherSeen.set(plan.item.key, v.line);
        record('VOUCHER', plan.item);
        if (plan.write) writes.push(plan.write);
      }
      // The batch's vouchers in one round of statements (all refused ones were planned away).
      if (writes.length && write && !stop()) await importVouchersIn(tx, writes);
      batch = [];
    }

    for await (const rec of readSie(cappedStream(source.stream(), maxBytes, SPLIT), { onEncoding: (e) => (summary.encoding = e) })) {
      switch (rec.type) {
        case 'PROGRAM':
          summary.program = `${rec.name} ${rec.version}`.trim();
          break;
        case 'FNAMN':
          summary.companyName = rec.name;
          break;
        case 'SIETYP':
          summary.sieType = rec.sieType;
          break;
        case 'RAR':
          fiscalYears.push({ start: rec.start, end: rec.end });
          break;
        case 'KONTO': {
          if (!parts.accounts) break;
          accounts ??= new Map((await tx.account.findMany({ select: { number: true, name: true } })).map((a) => [a.number, a.name]));
          const plan = accountPlan(
            { number: rec.account, name: rec.name, line: rec.line },
            accounts,
            accountSeen,
            { includeBalanceSheetAccounts },
            REGISTER_CHECKS,
          );
          if (/^\d+$/.test(rec.account) && !accountSeen.has(Number(rec.account))) accountSeen.set(Number(rec.account), rec.line);
          if (plan.create) {
            accounts.set(plan.create.number, plan.create.name);
            accountWrites.push(plan.create);
          }
          record('ACCOUNT', plan.item);
          break;
        }
        case 'OBJEKT': {
          if (!parts.costCentres || rec.dimension !== COST_CENTRE_DIMENSION) break;
          centres ??= new Map((await tx.costCentre.findMany({ select: { code: true, name: true } })).map((c) => [c.code, c.name]));
          const plan = costCentrePlan(rec, centres, centreSeen, REGISTER_CHECKS);
          if (!centreSeen.has(rec.id.trim())) centreSeen.set(rec.id.trim(), rec.line);
          if (plan.write) {
            centres.set(plan.write.code, plan.write.name);
            centreWrites.push(plan.write);
          }
          record('COST_CENTRE', plan.item);
          break;
        }
        case 'VER':
          if (!parts.vouchers) break;
          batch.push(rec.voucher);
          if (batch.length >= batchSize) await flushVouchers();
          break;
        case 'ISSUE':
          summary.warnings.push({ line: rec.issue.line, code: rec.issue.code, message: rec.issue.message });
          break;
        default:
          break;
      }
    }
    await flushVouchers();
    await flushRegisters();
  }

  try {
    if (opts.mode === 'PREVIEW') {
      await run(db, false);
      return finish(summary, false);
    }
    try {
      await db.$transaction(
        async (tx) => {
          await run(tx, true);
          if (opts.mode === 'ALL_OR_NOTHING' && counts() > 0) throw new Rollback();
          // The import's end is an event of its own transaction (a preview or a rollback records none).
          const parts = [summary.accounts, summary.costCentres, summary.vouchers];
          const sum = (k: keyof SieCounts) => parts.reduce((n, c) => n + c[k], 0);
          await recordEvent(tx, {
            type: 'import.finished',
            entityType: null,
            entityId: null,
            data: {
              kind: 'sie',
              mode: opts.mode,
              fileName: source.name,
              counts: {
                created: sum('created'),
                updated: sum('updated'),
                refused: sum('errors'),
                unchanged: sum('unchanged'),
                skipped: sum('skipped'),
                accountsCreated: summary.accounts.created,
                costCentresCreated: summary.costCentres.created,
                vouchersCreated: summary.vouchers.created,
              },
            },
          });
        },
        { timeout: 30 * 60_000, maxWait: 60_000 },
      );
      return finish(summary, true);
    } catch (err) {
      if (err instanceof Rollback) return finish(summary, false);
      throw err;
    }
  } catch (err) {
    if (err instanceof SieFormatError) throw fileRefusal(err);
    throw err;
  }
}

function blankSummary(mode: SieImportMode): SieImportSummary {
  return {
    mode,
    committed: false,
    message: '',
    encoding: null,
    program: null,
    companyName: null,
    sieType: null,
    accounts: emptyCounts(),
    costCentres: emptyCounts(),
    vouchers: emptyCounts(),
    warnings: [],
  };
}

function finish(s: SieImportSummary, committed: boolean): SieImportSummary {
  const part = (what: string, c: SieCounts, verbs: [string, string]) =>
    `${c.total} ${what} (${c.created} ${verbs[0]}, ${c.updated} updated, ${c.unchanged} unchanged, ${c.skipped} skipped, ${c.errors} refused)`;
  const list = (verbs: [string, string]) =>
    [part('accounts', s.accounts, verbs), part('cost centres', s.costCentres, verbs), part('vouchers', s.vouchers, verbs)].join(', ');
  const errors = s.accounts.errors + s.costCentres.errors + s.vouchers.errors;
  let message: string;
  if (s.mode === 'PREVIEW') message = `Preview: ${list(['to create', ''])}. Nothing was written.`;
  else if (!committed)
    message = `Nothing was imported: ${errors} item(s) of the file are refused (all-or-nothing). Correct them, or import the valid ones only.`;
  else message = `Imported ${list(['created', ''])}.`;
  return { ...s, committed, message };
}
