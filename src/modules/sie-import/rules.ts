// The SIE import's rules (pure): what each account, cost centre and voucher of a SIE file does to
// the registers — created, updated, left unchanged, skipped (and why) or refused (and why).
//
// - Accounts (#KONTO): only numbers the company does not have are created; an existing account
//   is never changed, a different name in the file is reported and the company's name kept.
//   Classes 1–2 (1000–2999, assets and liabilities) are skipped unless asked for.
// - Cost centres: the objects of dimension 1 (#OBJEKT 1), keyed by code; new codes are created,
//   a changed name renames ours (the registers' cost-centre sync).
// - Vouchers (#VER): identified as `<year>/<series>/<number>` (year: the start year of the
//   fiscal year, #RAR, the voucher date falls in, else the date's own year). As the accounting
//   connectors' voucher import: only rows on a project of ours (the object of dimension 6) are
//   kept, with the cost centre of dimension 1; rows on a project number we do not have are left
//   out (they come in once the project exists, on a later import of the file); a voucher
//   already imported gets only the rows it does not have yet; one imported from another source
//   under the same identity is refused as a duplicate.
//
// The registers' own validation (account, cost-centre and voucher fields, which accounts are the
// balance sheet's) is the registers module's: the service hands it in as `RegisterChecks`, so
// these rules stay pure and use exactly the rules the registers apply.
import type { SieAccount, SieObject, SieRow, SieVoucher } from '@nordic-invoicing/connector-sdk/sie';

export type SieImportMode = 'PREVIEW' | 'ALL_OR_NOTHING' | 'VALID_ROWS';
export type SiePermission = 'ADMIN_ACCOUNTS' | 'ADMIN_COST_CENTRES' | 'ADMIN_INTEGRATIONS';

/** A problem the registers' validation finds, at an input path (`rows.2.accountNumber`). */
export interface RegisterIssue {
  path: string;
  code: string;
  message: string;
}

/** A voucher row as the voucher register takes it (ids are this system's). */
export interface VoucherRowWrite {
  rowIndex: number;
  accountNumber: number;
  /** Exact decimal text, non-negative. */
  debit: string;
  credit: string;
  projectId: string;
  workOrderId: string | null;
  changeOrderId: string | null;
  costCentreId: string | null;
  note: string | null;
}

/** A voucher as the voucher register takes it. */
export interface VoucherWrite {
  source: string;
  remoteId: string;
  series: string;
  number: number;
  /** YYYY-MM-DD. */
  transactionDate: string;
  description: string | null;
  rows: VoucherRowWrite[];
}

/** The registers' validation, handed in by the service. */
export interface RegisterChecks {
  /** Accounts 1000–2999 (assets and liabilities). */
  isBalanceSheetAccount(number: number): boolean;
  /** A new account: its issues, and the name as it would be stored. */
  account(input: { number: number; name: string }): { issues: RegisterIssue[]; name: string };
  /** A new cost centre: its issues, and the code and name as they would be stored. */
  costCentre(input: { code: string; name: string }): { issues: RegisterIssue[]; code: string; name: string };
  /** A voucher and its rows (paths `rows.<i>.<field>`). */
  voucher(input: VoucherWrite): RegisterIssue[];
}
export type SieItemKind = 'ACCOUNT' | 'COST_CENTRE' | 'VOUCHER';
export type SieOutcome = 'CREATE' | 'UPDATE' | 'UNCHANGED' | 'SKIPPED' | 'ERROR';

/** A reason, at the line of the file it is about. */
export interface SieNote {
  line: number;
  code: string;
  message: string;
}

export interface SieItemResult {
  kind: SieItemKind;
  /** The line of the #KONTO, #OBJEKT or #VER record. */
  line: number;
  /** Account number, cost-centre code, or the voucher's `<year>/<series>/<number>` (as written when it has none). */
  key: string;
  name: string | null;
  outcome: SieOutcome;
  /** Why it is refused (outcome ERROR). */
  errors: SieNote[];
  /** What else happens to it: rows left out, a name kept, why it is skipped. */
  notes: SieNote[];
}

/** Which parts of the file are imported. */
export interface SieParts {
  accounts: boolean;
  costCentres: boolean;
  vouchers: boolean;
}

/** The vouchers are written into the voucher register, which the accounting-system connections feed. */
export const VOUCHER_PERMISSION: SiePermission = 'ADMIN_INTEGRATIONS';

/** The permissions an import of these parts needs, in the order checked. */
export function requiredPermissions(parts: SieParts): SiePermission[] {
  const out: SiePermission[] = [];
  if (parts.accounts) out.push('ADMIN_ACCOUNTS');
  if (parts.costCentres) out.push('ADMIN_COST_CENTRES');
  if (parts.vouchers) out.push(VOUCHER_PERMISSION);
  return out;
}

/** The first permission the holder lacks for these parts, or null. */
export function missingPermission(parts: SieParts, has: ReadonlySet<string>): SiePermission | null {
  return requiredPermissions(parts).find((p) => !has.has(p)) ?? null;
}

const item = (kind: SieItemKind, line: number, key: string, name: string | null, outcome: SieOutcome): SieItemResult => ({
  kind,
  line,
  key,
  name,
  outcome,
  errors: [],
  notes: [],
});

// ---------------------------------------------------------------------------------------------
// Accounts

export interface AccountPlan {
  item: SieItemResult;
  /** Set when the account is to be created. */
  create: { number: number; name: string } | null;
}

/**
 * What one #KONTO does. `existing` maps the company's account numbers to their names (and the
 * accounts this import already plans to create); `seenAt` the numbers met earlier in the file.
 */
export function accountPlan(
  account: Pick<SieAccount, 'number' | 'name' | 'line'>,
  existing: ReadonlyMap<number, string>,
  seenAt: ReadonlyMap<number, number>,
  opts: { includeBalanceSheetAccounts: boolean },
  checks: RegisterChecks,
): AccountPlan {
  const { line } = account;
  const name = account.name.trim();
  const it = item('ACCOUNT', line, account.number, name || null, 'ERROR');
  if (!/^\d{4}$/.test(account.number) || Number(account.number) < 1000) {
    it.errors.push({ line, code: 'out_of_range', message: `Account ${account.number}: an account number has four digits, 1000–9999.` });
    return { item: it, create: null };
  }
  const number = Number(account.number);
  const first = seenAt.get(number);
  if (first !== undefined) {
    it.errors.push({ line, code: 'duplicate', message: `Account ${number} is also given at line ${first}.` });
    return { item: it, create: null };
  }
  if (checks.isBalanceSheetAccount(number) && !opts.includeBalanceSheetAccounts) {
    it.outcome = 'SKIPPED';
    it.notes.push({
      line,
      code: 'balance_sheet',
      message: `Account ${number} is a balance-sheet account (1000–2999); those are imported only when asked for.`,
    });
    return { item: it, create: null };
  }
  const ours = existing.get(number);
  if (ours !== undefined) {
    it.outcome = 'UNCHANGED';
    if (ours !== name) {
      it.notes.push({
        line,
        code: 'name_differs',
        message: `The file names account ${number} "${name}"; it keeps its name "${ours}" (an import never changes an existing account).`,
      });
    }
    return { item: it, create: null };
  }
  const ch = checks.account({ number, name });
  if (ch.issues.length) {
    it.errors.push(...ch.issues.map((i) => ({ line, code: i.code, message: `Account ${number}: ${i.message}` })));
    return { item: it, create: null };
  }
  it.outcome = 'CREATE';
  return { item: it, create: { number, name: ch.name } };
}

// ---------------------------------------------------------------------------------------------
// Cost centres

export interface CostCentrePlan {
  item: SieItemResult;
  /** Set when the cost centre is created or renamed. */
  write: { code: string; name: string } | null;
}

/** The dimension whose objects are cost centres, and the one whose objects are projects. */
export const COST_CENTRE_DIMENSION = '1';
export const PROJECT_DIMENSION = '6';

/**
 * What one #OBJEKT of dimension 1 does. `existing` maps the company's cost-centre codes to their
 * names (and those this import plans); `seenAt` the codes met earlier in the file.
 */
export function costCentrePlan(
  object: Pick<SieObject, 'id' | 'name' | 'line'>,
  existing: ReadonlyMap<string, string>,
  seenAt: ReadonlyMap<string, number>,
  checks: RegisterChecks,
): CostCentrePlan {
  const { line } = object;
  const it = item('COST_CENTRE', line, object.id, object.name.trim() || null, 'ERROR');
  const ch = checks.costCentre({ code: object.id, name: object.name });
  if (ch.issues.length) {
    it.errors.push(...ch.issues.map((i) => ({ line, code: i.code, message: `Cost centre ${object.id}: ${i.message}` })));
    return { item: it, write: null };
  }
  const { code, name } = ch;
  const first = seenAt.get(code);
  if (first !== undefined) {
    it.errors.push({ line, code: 'duplicate', message: `Cost centre ${code} is also given at line ${first}.` });
    return { item: it, write: null };
  }
  const ours = existing.get(code);
  if (ours === undefined) {
    it.outcome = 'CREATE';
    return { item: it, write: { code, name } };
  }
  if (ours === name) {
    it.outcome = 'UNCHANGED';
    return { item: it, write: null };
  }
  it.outcome = 'UPDATE';
  it.notes.push({ line, code: 'renamed', message: `Cost centre ${code} is renamed from "${ours}" to "${name}".` });
  return { item: it, write: { code, name } };
}

// ---------------------------------------------------------------------------------------------
// Vouchers

export type VoucherIdentity = { ok: true; remoteId: string; series: string; number: number; year: number } | { ok: false; error: SieNote };

const MAX_VOUCHER_NUMBER = 2_147_483_647;

/**
 * A voucher's identity `<year>/<series>/<number>`: the year is the start year of the fiscal
 * year (#RAR) its date falls in, else the year of the date itself.
 */
export function voucherIdentity(
  v: Pick<SieVoucher, 'line' | 'series' | 'number' | 'date'>,
  fiscalYears: readonly { start: string; end: string }[],
): VoucherIdentity {
  const series = v.series.trim();
  const numberText = v.number.trim();
  if (!series || !numberText) {
    return {
      ok: false,
      error: {
        line: v.line,
        code: 'no_number',
        message: 'The voucher has no series or number; vouchers are imported by year, series and number, so it cannot be told apart from others.',
      },
    };
  }
  if (!/^\d+$/.test(numberText) || Number(numberText) > MAX_VOUCHER_NUMBER) {
    return { ok: false, error: { line: v.line, code: 'bad_number', message: `The voucher number "${numberText}" is not a whole number.` } };
  }
  const number = Number(numberText);
  const year = fiscalYears.find((y) => y.start <= v.date && v.date <= y.end)?.start.slice(0, 4) ?? v.date.slice(0, 4);
  if (!/^\d{4}$/.test(year)) return { ok: false, error: { line: v.line, code: 'bad_date', message: `The voucher date "${v.date}" is not a date.` } };
  return { ok: true, remoteId: `${year}/${series}/${number}`, series, number, year: Number(year) };
}

/** The project number (dimension 6) and cost-centre code (dimension 1) of a row, when it has them. */
export function rowDimensions(row: Pick<SieRow, 'objects'>): { projectNumber: string | null; costCentreCode: string | null } {
  const of = (dim: string) => row.objects.find((o) => o.dimension === dim)?.id.trim() || null;
  return { projectNumber: of(PROJECT_DIMENSION), costCentreCode: of(COST_CENTRE_DIMENSION) };
}

/** Where a project number of ours leads: the project, or a work order / ÄTA of it. */
export interface ProjectTarget {
  projectId: string;
  workOrderId: string | null;
  changeOrderId: string | null;
}

export interface VoucherContext {
  fiscalYears: readonly { start: string; end: string }[];
  /** The line of an earlier voucher of the file with the same identity. */
  firstAt: (remoteId: string) => number | undefined;
  projects: ReadonlyMap<string, ProjectTarget>;
  /** Cost-centre codes: the id, null for one this import creates (a preview), undefined for an unknown code. */
  costCentres: ReadonlyMap<string, string | null>;
  /** The voucher of that identity in the register (any source), with the row positions it has. */
  existing: (remoteId: string) => { source: string; rowIndexes: ReadonlySet<number> } | undefined;
  /** The source vouchers of this import are recorded under. */
  source: string;
  checks: RegisterChecks;
}

export interface VoucherPlan {
  item: SieItemResult;
  /** What to import (the rows new to the register) when the voucher is created or appended to. */
  write: VoucherWrite | null;
}

const amountText = (d: SieRow['amount']) => d.abs().toFixed();

/** What one #VER does. */
export function voucherPlan(v: SieVoucher, ctx: VoucherContext): VoucherPlan {
  const id = voucherIdentity(v, ctx.fiscalYears);
  const it = item(
    'VOUCHER',
    v.line,
    id.ok ? id.remoteId : `${v.series}${v.number ? ` ${v.number}` : ''}`.trim() || `line ${v.line}`,
    v.text.trim() || null,
    'ERROR',
  );
  const refuse = (...errors: SieNote[]): VoucherPlan => {
    it.errors.push(...errors);
    return { item: it, write: null };
  };
  if (v.issues.length) return refuse(...v.issues.map((i) => ({ line: i.line, code: i.code, message: i.message })));
  if (!id.ok) return refuse(id.error);
  const first = ctx.firstAt(id.remoteId);
  if (first !== undefined) return refuse({ line: v.line, code: 'duplicate', message: `Voucher ${id.remoteId} is also at line ${first}.` });
  const existing = ctx.existing(id.remoteId);
  if (existing && existing.source !== ctx.source) {
    return refuse({ line: v.line, code: 'duplicate', message: `Voucher ${id.remoteId} is already in the register, imported from ${existing.source}.` });
  }

  const rows: VoucherRowWrite[] = [];
  const rowLines: number[] = [];
  const unknownProjects = new Map<string, number>();
  const unknownCentres = new Map<string, number>();
  let position = 0;
  for (const row of v.rows) {
    if (!row.booked) continue;
    position++;
    const { projectNumber, costCentreCode } = rowDimensions(row);
    if (!projectNumber) continue;
    const target = ctx.projects.get(projectNumber);
    if (!target) {
      if (!unknownProjects.has(projectNumber)) unknownProjects.set(projectNumber, row.line);
      continue;
    }
    let costCentreId: string | null = null;
    if (costCentreCode) {
      const known = ctx.costCentres.get(costCentreCode);
      if (known === undefined) {
        if (!unknownCentres.has(costCentreCode)) unknownCentres.set(costCentreCode, row.line);
      } else costCentreId = known;
    }
    const negative = row.amount.isNegative() && !row.amount.isZero();
    rows.push({
      rowIndex: position,
      accountNumber: Number(row.account),
      debit: negative ? '0' : amountText(row.amount),
      credit: negative ? amountText(row.amount) : '0',
      ...target,
      costCentreId,
      note: row.text?.trim() || null,
    });
    rowLines.push(row.line);
  }
  for (const [n, line] of unknownProjects) {
    it.notes.push({
      line,
      code: 'unknown_project',
      message: `No project ${n} here: its rows are left out, and come in when the file is imported again once the project exists.`,
    });
  }
  for (const [c, line] of unknownCentres) {
    it.notes.push({ line, code: 'unknown_cost_centre', message: `No cost centre ${c} here: the rows are kept without a cost centre.` });
  }
  if (!rows.length) {
    it.outcome = 'SKIPPED';
    if (!unknownProjects.size)
      it.notes.push({ line: v.line, code: 'no_project_rows', message: 'No row is on a project (dimension 6); only project rows are imported.' });
    return { item: it, write: null };
  }
  if (!/^\d{4}$/.test(v.date.slice(0, 4))) return refuse({ line: v.line, code: 'bad_date', message: `The voucher date "${v.date}" is not a date.` });
  const input: VoucherWrite = {
    source: ctx.source,
    remoteId: id.remoteId,
    series: id.series,
    number: id.number,
    transactionDate: v.date,
    description: v.text.trim() || null,
    rows,
  };
  const issues = ctx.checks.voucher(input);
  if (issues.length) {
    return refuse(
      ...issues.map((i) => {
        const at = /^rows\.(\d+)\./.exec(i.path);
        return { line: at ? (rowLines[Number(at[1])] ?? v.line) : v.line, code: i.code, message: `${i.path}: ${i.message}` };
      }),
    );
  }
  const fresh = existing ? rows.filter((r) => !existing.rowIndexes.has(r.rowIndex)) : rows;
  if (!fresh.length) {
    it.outcome = 'UNCHANGED';
    return { item: it, write: null };
  }
  it.outcome = existing ? 'UPDATE' : 'CREATE';
  if (existing)
    it.notes.push({ line: v.line, code: 'rows_appended', message: `${fresh.length} row(s) the register's voucher does not have yet are appended.` });
  return { item: it, write: { ...input, rows: fresh } };
}
