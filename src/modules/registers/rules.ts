// Finance register rules (pure, no I/O): validation and normalisation of accounts, cost centres,
// suppliers and payment terms; which accounts an import creates; voucher validation; and the cost
// ledger of a project.
// Shared by GraphQL and the accounting connectors' imports.
import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client.js';
import type { AccountKind } from '../../generated/prisma/enums.js';
import { IssueCollector, type ValidationIssue } from '../../errors.js';
import { optionalEmail, optionalPhone, optionalText, parseFields } from '../validation.js';
import { parseIdentityNumber, type ParseOptions } from '@nordic-invoicing/connector-sdk/se';
import { displayIdentityNumber, normalisePostcode, parseVatNumber } from '../customers/rules.js';
import { luhnValid } from '@nordic-invoicing/connector-sdk/se';
import {
  formatBankgiro,
  formatIban,
  formatPlusgiro,
  IBAN_LENGTHS,
  parseBankgiro,
  parseBic,
  parseIban,
  parsePlusgiro,
  type ParseResult,
} from '@nordic-invoicing/connector-sdk/se';
import { SWEDISH_VAT_RATES } from '@nordic-invoicing/connector-sdk/se';

export type { ParseResult };
// Luhn, bankgiro, plusgiro, IBAN and BIC live in the connector SDK (packages/connector-sdk/src/se); re-exported for the code that imports them from here.
export { formatBankgiro, formatIban, formatPlusgiro, IBAN_LENGTHS, luhnValid, parseBankgiro, parseBic, parseIban, parsePlusgiro };

const fail = (code: string, message: string): ParseResult<never> => ({ ok: false, code, message });
const at = (prefix: string | undefined, key: string) => (prefix ? `${prefix}.${key}` : key);

/** Issues in the order of the input's fields (as the shape declares them), not as found. */
function inFieldOrder(issues: ValidationIssue[], shape: z.ZodObject<z.ZodRawShape>, prefix: string | undefined): ValidationIssue[] {
  const keys = Object.keys(shape.shape);
  const rank = (i: ValidationIssue) => {
    const rest = prefix && i.path.startsWith(`${prefix}.`) ? i.path.slice(prefix.length + 1) : i.path;
    const k = keys.indexOf(rest.split('.')[0]!);
    return k === -1 ? keys.length : k;
  };
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.n - b.n)
    .map((x) => x.issue);
}

// ---------------------------------------------------------------------------------------------
// Exact amounts

const AMOUNT_RE = /^\d{1,12}(\.\d{1,2})?$/;

/**
 * A non-negative amount with at most two decimals, exact: a Prisma.Decimal, a decimal string
 * ("1234.50") or a whole number. JS fractions are refused (they may already be inexact).
 */
export function parseAmount(v: unknown): ParseResult<Prisma.Decimal> {
  if (v === undefined || v === null) return { ok: true, value: new Prisma.Decimal(0) };
  let s: string;
  if (Prisma.Decimal.isDecimal(v)) {
    const d = v as Prisma.Decimal;
    if (!d.isFinite()) return fail('invalid_format', 'An amount must be a finite number.');
    s = d.toFixed();
  } else if (typeof v === 'string') s = v.trim();
  else if (typeof v === 'number' && Number.isSafeInteger(v)) s = String(v);
  else if (typeof v === 'number') return fail('inexact', 'Give amounts with decimals as a decimal string or Prisma.Decimal, never a JS float.');
  else return fail('invalid_type', 'An amount is a decimal number.');
  if (s.startsWith('-') && !/^-0*(\.0*)?$/.test(s)) return fail('negative', 'An amount cannot be negative.');
  s = s.replace(/^-/, '');
  if (/^\d+\.\d{3,}$/.test(s)) {
    const d = new Prisma.Decimal(s);
    if (d.decimalPlaces() > 2) return fail('too_many_decimals', 'An amount has at most two decimals.');
    s = d.toFixed(2);
  }
  if (!AMOUNT_RE.test(s)) return fail('invalid_format', 'An amount is a decimal number with at most 12 digits before the point, e.g. "1234.50".');
  return { ok: true, value: new Prisma.Decimal(s) };
}

// ---------------------------------------------------------------------------------------------
// Chart of accounts

export const ACCOUNT_KINDS = ['COST', 'WORK', 'MATERIAL'] as const satisfies readonly AccountKind[];
/** The Swedish VAT rates (packages/connector-sdk/src/se/vat.ts). */
export const VAT_RATES = SWEDISH_VAT_RATES;
export const ACCOUNT_NUMBER_MIN = 1000;
export const ACCOUNT_NUMBER_MAX = 9999;

const accountNumber = z
  .number({ error: 'An account number is a whole number.' })
  .int('An account number is a whole number.')
  .refine((n) => n >= ACCOUNT_NUMBER_MIN && n <= ACCOUNT_NUMBER_MAX, {
    message: 'An account number has four digits, 1000–9999.',
    params: { code: 'out_of_range' },
  });

const vatRate = z.unknown().transform((v, ctx) => {
  if (v === undefined || v === null) return v as null | undefined;
  const d = Prisma.Decimal.isDecimal(v)
    ? (v as Prisma.Decimal)
    : typeof v === 'string' && /^\s*\d{1,3}(\.\d{1,8})?\s*$/.test(v)
      ? new Prisma.Decimal(v.trim())
      : typeof v === 'number' && Number.isInteger(v)
        ? new Prisma.Decimal(v)
        : null;
  if (!d || !VAT_RATES.some((r) => d.equals(r))) {
    ctx.addIssue({ code: 'custom', message: 'The VAT rate is 25, 12, 6 or 0 percent.', params: { code: 'invalid_vat_rate' } });
    return z.NEVER;
  }
  return new Prisma.Decimal(d.toFixed(0));
});

const accountShape = z
  .object({
    number: accountNumber.nullish(),
    name: z.string().trim().min(1, 'Name is required.').max(200, 'At most 200 characters.').nullish(),
    active: z.boolean().nullish(),
    kind: z.enum(ACCOUNT_KINDS).nullish(),
    invoiceItemNumber: optionalText(50),
    externalVatCode: optionalText(20),
    defaultVatRate: vatRate,
  })
  .strict();

export type AccountInput = z.input<typeof accountShape>;

export interface AccountColumns {
  number: number;
  name: string;
  active: boolean;
  kind: AccountKind | null;
  invoiceItemNumber: string | null;
  externalVatCode: string | null;
  defaultVatRate: Prisma.Decimal | null;
}

export interface Changes<C> {
  /** Columns to write (on update only those the input set). */
  columns: Partial<C>;
  /** The record as it will be after the change. */
  merged: C;
  issues: ValidationIssue[];
}

/** Only numbered classes 3–8 are imported by default: 1 and 2 are assets and liabilities. */
export function isBalanceSheetAccount(number: number): boolean {
  return number >= 1000 && number <= 2999;
}

/**
 * Validates an account input against the account as it is (null: a new account). Left-out
 * fields are unchanged, null clears; the number is given once and never changes (voucher rows
 * refer to accounts by number).
 */
export function accountChanges(input: unknown, existing: AccountColumns | null, pathPrefix?: string): Changes<AccountColumns> {
  const issues = new IssueCollector();
  const parsed = parseFields(accountShape, input, pathPrefix);
  issues.issues.push(...parsed.issues);
  const v = parsed.value;
  const cols: Partial<AccountColumns> = {};
  if (existing === null) {
    if (!parsed.invalid.has('number')) {
      if (v.number == null) issues.add(at(pathPrefix, 'number'), 'required', 'An account number is required.');
      else cols.number = v.number;
    }
  } else if (v.number != null && v.number !== existing.number) {
    issues.add(at(pathPrefix, 'number'), 'read_only', 'An account number cannot be changed; create a new account and inactivate this one.');
  }
  if (!parsed.invalid.has('name')) {
    if (v.name === null || (existing === null && v.name === undefined)) issues.add(at(pathPrefix, 'name'), 'required', 'Name is required.');
    else if (v.name !== undefined) cols.name = v.name;
  }
  if (v.active != null) cols.active = v.active;
  if (v.kind !== undefined) cols.kind = v.kind;
  if (v.invoiceItemNumber !== undefined) cols.invoiceItemNumber = v.invoiceItemNumber;
  if (v.externalVatCode !== undefined) cols.externalVatCode = v.externalVatCode;
  if (v.defaultVatRate !== undefined) cols.defaultVatRate = v.defaultVatRate;
  const base: AccountColumns = existing ?? {
    number: 0,
    name: '',
    active: true,
    kind: null,
    invoiceItemNumber: null,
    externalVatCode: null,
    defaultVatRate: null,
  };
  return { columns: cols, merged: { ...base, ...cols }, issues: inFieldOrder(issues.issues, accountShape, pathPrefix) };
}

export interface AccountImportOptions {
  /** The connection's first import: classes 1 and 2 (1000–2999) are never imported. */
  firstRun: boolean;
  /**
   * Later runs skip classes 1 and 2 too by default (they are assets and liabilities); a
   * connection may choose to import them. Ignored on the first run.
   */
  includeBalanceSheetAccounts?: boolean;
}

export interface AccountImportPlan {
  /** Indexes into the incoming list of the accounts to create. */
  create: number[];
  skipped: number;
  issues: ValidationIssue[];
}

/**
 * Which incoming accounts an import creates: only numbers the company does not have (names of
 * existing accounts are never updated), never classes 1–2 on the first run, and by default not
 * on later runs either. A number given twice in one import is an error.
 */
export function accountImportPlan(
  incoming: readonly unknown[],
  existingNumbers: ReadonlySet<number>,
  opts: AccountImportOptions,
  pathPrefix = 'accounts',
): AccountImportPlan {
  const issues: ValidationIssue[] = [];
  const create: number[] = [];
  const seen = new Map<number, number>();
  let skipped = 0;
  const excludeBalance = opts.firstRun || !opts.includeBalanceSheetAccounts;
  incoming.forEach((raw, i) => {
    const number = (raw as { number?: unknown } | null)?.number;
    const r = accountNumber.safeParse(number);
    if (!r.success) {
      issues.push({
        path: `${pathPrefix}.${i}.number`,
        code: number == null ? 'required' : 'out_of_range',
        message: 'An account number has four digits, 1000–9999.',
      });
      return;
    }
    if (seen.has(r.data)) {
      issues.push({ path: `${pathPrefix}.${i}.number`, code: 'duplicate', message: `Account ${r.data} is also at position ${seen.get(r.data)}.` });
      return;
    }
    seen.set(r.data, i);
    if (existingNumbers.has(r.data) || (excludeBalance && isBalanceSheetAccount(r.data))) skipped++;
    else create.push(i);
  });
  return { create, skipped, issues };
}

// ---------------------------------------------------------------------------------------------
// Cost centres and payment terms

const code = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} is required.`)
    .max(20, 'At most 20 characters.')
    .refine((v) => !/\s/.test(v), { message: `${what} has no spaces.`, params: { code: 'invalid_format' } });

const costCentreShape = z
  .object({
    code: code('A code').nullish(),
    name: z.string().trim().min(1, 'Name is required.').max(100, 'At most 100 characters.').nullish(),
    active: z.boolean().nullish(),
  })
  .strict();

export interface CostCentreColumns {
  code: string;
  name: string;
  active: boolean;
}

function requiredField<C, K extends keyof C & string>(
  key: K,
  v: Partial<Record<K, C[K] | null>>,
  existing: C | null,
  invalid: Set<string>,
  cols: Partial<C>,
  issues: IssueCollector,
  pathPrefix: string | undefined,
  message: string,
) {
  if (invalid.has(key)) return;
  const value = v[key];
  if (value === null || (existing === null && value === undefined)) issues.add(at(pathPrefix, key), 'required', message);
  else if (value !== undefined) cols[key] = value as C[K];
}

export function costCentreChanges(input: unknown, existing: CostCentreColumns | null, pathPrefix?: string): Changes<CostCentreColumns> {
  const issues = new IssueCollector();
  const parsed = parseFields(costCentreShape, input, pathPrefix);
  issues.issues.push(...parsed.issues);
  const cols: Partial<CostCentreColumns> = {};
  requiredField('code', parsed.value, existing, parsed.invalid, cols, issues, pathPrefix, 'A code is required.');
  requiredField('name', parsed.value, existing, parsed.invalid, cols, issues, pathPrefix, 'Name is required.');
  if (parsed.value.active != null) cols.active = parsed.value.active;
  return {
    columns: cols,
    merged: { ...(existing ?? { code: '', name: '', active: true }), ...cols },
    issues: inFieldOrder(issues.issues, costCentreShape, pathPrefix),
  };
}

export interface CostCentreSyncPlan {
  create: CostCentreColumns[];
  rename: { id: string; name: string }[];
  unchanged: number;
  issues: ValidationIssue[];
}

/**
 * The accounting system is the master of cost centres, keyed by code: codes we do not have
 * are created (inactive when the accounting system has closed them, so a closed cost centre is
 * never offered for new projects), a changed name renames ours. Nothing else changes: whether an
 * existing cost centre is active is the company's decision here.
 */
export function costCentreSyncPlan(
  incoming: readonly unknown[],
  existing: readonly { id: string; code: string; name: string }[],
  pathPrefix = 'costCentres',
): CostCentreSyncPlan {
  const byCode = new Map(existing.map((c) => [c.code, c]));
  const plan: CostCentreSyncPlan = { create: [], rename: [], unchanged: 0, issues: [] };
  const seen = new Map<string, number>();
  incoming.forEach((raw, i) => {
    const { code: c, name, active } = (raw ?? {}) as { code?: unknown; name?: unknown; active?: unknown };
    const ch = costCentreChanges({ code: c, name }, null, `${pathPrefix}.${i}`);
    if (ch.issues.length) {
      plan.issues.push(...ch.issues);
      return;
    }
    const { code: k, name: n } = ch.merged;
    if (seen.has(k)) {
      plan.issues.push({ path: `${pathPrefix}.${i}.code`, code: 'duplicate', message: `Cost centre ${k} is also at position ${seen.get(k)}.` });
      return;
    }
    seen.set(k, i);
    const ours = byCode.get(k);
    if (!ours) plan.create.push({ code: k, name: n, active: active !== false });
    else if (ours.name !== n) plan.rename.push({ id: ours.id, name: n });
    else plan.unchanged++;
  });
  return plan;
}

const paymentTermShape = z
  .object({
    code: code('A code').nullish(),
    name: z.string().trim().min(1, 'Name is required.').max(100, 'At most 100 characters.').nullish(),
    days: z
      .number({ error: 'Days is a whole number.' })
      .int('Days is a whole number.')
      .refine((d) => d >= 0 && d <= 365, { message: 'Days is 0–365.', params: { code: 'out_of_range' } })
      .nullish(),
    active: z.boolean().nullish(),
  })
  .strict();

export interface PaymentTermColumns {
  code: string;
  name: string;
  days: number;
  active: boolean;
}

export function paymentTermChanges(input: unknown, existing: PaymentTermColumns | null, pathPrefix?: string): Changes<PaymentTermColumns> {
  const issues = new IssueCollector();
  const parsed = parseFields(paymentTermShape, input, pathPrefix);
  issues.issues.push(...parsed.issues);
  const cols: Partial<PaymentTermColumns> = {};
  requiredField('code', parsed.value, existing, parsed.invalid, cols, issues, pathPrefix, 'A code is required.');
  requiredField('name', parsed.value, existing, parsed.invalid, cols, issues, pathPrefix, 'Name is required.');
  requiredField('days', parsed.value, existing, parsed.invalid, cols, issues, pathPrefix, 'Days is required.');
  if (parsed.value.active != null) cols.active = parsed.value.active;
  return {
    columns: cols,
    merged: { ...(existing ?? { code: '', name: '', days: 0, active: true }), ...cols },
    issues: inFieldOrder(issues.issues, paymentTermShape, pathPrefix),
  };
}

/** The due date of an invoice dated `invoiceDate` (YYYY-MM-DD) under terms of `days` days. */
export function dueDate(invoiceDate: string, days: number): string {
  const d = new Date(`${invoiceDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Suppliers

const SUPPLIER_NUMBER_RE = /^[A-Za-z0-9_-]{1,20}$/;
const COUNTRY_RE = /^[A-Z]{2}$/;

const phone = optionalPhone;

const supplierShape = z
  .object({
    number: z.string().trim().nullish(),
    name: z.string().trim().min(1, 'Name is required.').max(200, 'At most 200 characters.').nullish(),
    organisationNumber: optionalText(20),
    vatNumber: optionalText(20),
    address1: optionalText(100),
    address2: optionalText(100),
    postcode: optionalText(12),
    city: optionalText(60),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .nullish()
      .refine((v) => v == null || v === '' || COUNTRY_RE.test(v), {
        message: 'Use a two-letter ISO 3166 country code, e.g. SE.',
        params: { code: 'invalid_format' },
      }),
    email: optionalEmail,
    phone,
    bankgiro: optionalText(20),
    plusgiro: optionalText(20),
    iban: optionalText(50),
    bic: optionalText(20),
    active: z.boolean().nullish(),
  })
  .strict();

export type SupplierInput = z.input<typeof supplierShape>;

export interface SupplierColumns {
  number: string;
  name: string;
  organisationNumber: string | null;
  vatNumber: string | null;
  address1: string | null;
  address2: string | null;
  postcode: string | null;
  city: string | null;
  countryCode: string;
  email: string | null;
  phone: string | null;
  bankgiro: string | null;
  plusgiro: string | null;
  iban: string | null;
  bic: string | null;
  active: boolean;
}

export const NEW_SUPPLIER_DEFAULTS: SupplierColumns = {
  number: '',
  name: '',
  organisationNumber: null,
  vatNumber: null,
  address1: null,
  address2: null,
  postcode: null,
  city: null,
  countryCode: 'SE',
  email: null,
  phone: null,
  bankgiro: null,
  plusgiro: null,
  iban: null,
  bic: null,
  active: true,
};

export function supplierNumberIssues(number: string, path = 'number'): ValidationIssue[] {
  return SUPPLIER_NUMBER_RE.test(number) ? [] : [{ path, code: 'invalid_format', message: 'A supplier number has 1–20 letters, digits, - and _.' }];
}

/** One above the highest purely numeric supplier number in use, else 1. */
export function nextSupplierNumber(numbers: Iterable<string>): string {
  let max = 0n;
  for (const n of numbers) if (/^\d{1,18}$/.test(n) && BigInt(n) > max) max = BigInt(n);
  return (max + 1n).toString();
}

/**
 * Validates and normalises a supplier input against the supplier as it is (null: a new one).
 * Left-out fields are unchanged, null clears. A Swedish supplier's organisation number is
 * checked (a sole trader's personnummer is accepted) and stored normalised, a foreign one kept
 * as given; bank numbers are checked and stored normalised.
 */
export function supplierChanges(input: unknown, existing: SupplierColumns | null, opts: ParseOptions & { pathPrefix?: string } = {}): Changes<SupplierColumns> {
  const pre = opts.pathPrefix;
  const issues = new IssueCollector();
  const parsed = parseFields(supplierShape, input, pre);
  issues.issues.push(...parsed.issues);
  const v = parsed.value;
  const cols: Partial<SupplierColumns> = {};
  const base = existing ?? NEW_SUPPLIER_DEFAULTS;

  if (v.number != null && v.number !== '') {
    issues.issues.push(...supplierNumberIssues(v.number, at(pre, 'number')));
    cols.number = v.number;
  } else if ((v.number === null || v.number === '') && existing) {
    issues.add(at(pre, 'number'), 'required', 'A supplier number is required.');
  }
  requiredField('name', v, existing, parsed.invalid, cols, issues, pre, 'Name is required.');
  for (const k of ['address1', 'address2', 'city', 'email', 'phone'] as const) if (v[k] !== undefined) cols[k] = v[k];
  if (v.active != null) cols.active = v.active;
  if (v.countryCode !== undefined) cols.countryCode = v.countryCode || 'SE';
  const country = cols.countryCode ?? base.countryCode;
  const countryChanged = country !== base.countryCode;

  // Organisation number: Swedish ones are checked, wherever they come from.
  const org = v.organisationNumber !== undefined ? v.organisationNumber : countryChanged ? base.organisationNumber : undefined;
  if (org != null && !parsed.invalid.has('organisationNumber')) {
    if (country === 'SE') {
      const r = parseIdentityNumber(org, opts);
      if (!r.ok) issues.add(at(pre, 'organisationNumber'), r.code.toLowerCase(), r.message);
      else cols.organisationNumber = r.value.normalized;
    } else cols.organisationNumber = org.toUpperCase();
  } else if (org === null) cols.organisationNumber = null;

  if (v.vatNumber != null) {
    const r = parseVatNumber(v.vatNumber);
    if (!r.ok) issues.add(at(pre, 'vatNumber'), r.code, r.message);
    else cols.vatNumber = r.value;
  } else if (v.vatNumber === null) cols.vatNumber = null;

  const postcode = v.postcode !== undefined ? v.postcode : countryChanged ? base.postcode : undefined;
  if (postcode != null && !parsed.invalid.has('postcode')) {
    const p = normalisePostcode(postcode, country);
    if (p === null) {
      issues.add(at(pre, 'postcode'), 'invalid_format', country === 'SE' ? 'A Swedish postcode has five digits, e.g. 123 45.' : 'At most 12 characters.');
    } else cols.postcode = p;
  } else if (postcode === null) cols.postcode = null;

  const bank = [
    ['bankgiro', parseBankgiro],
    ['plusgiro', parsePlusgiro],
    ['iban', parseIban],
    ['bic', parseBic],
  ] as const;
  for (const [key, parse] of bank) {
    const raw = v[key];
    if (raw == null) {
      if (raw === null) cols[key] = null;
      continue;
    }
    const r = parse(raw);
    if (!r.ok) issues.add(at(pre, key), r.code, r.message);
    else cols[key] = r.value;
  }

  const merged: SupplierColumns = { ...base, ...cols };
  if (merged.bic && !merged.iban && (v.bic != null || v.iban === null)) {
    issues.add(at(pre, 'bic'), 'iban_required', 'A BIC goes with an IBAN; give the IBAN too.');
  }
  return { columns: cols, merged, issues: inFieldOrder(issues.issues, supplierShape, pre) };
}

/** Display form of a stored organisation number: Swedish ones formatted, foreign ones as stored. */
export function displaySupplierOrganisationNumber(s: { organisationNumber: string | null; countryCode: string }): string | null {
  if (!s.organisationNumber) return null;
  return s.countryCode === 'SE' && /^\d{10}(\d{2})?$/.test(s.organisationNumber) ? displayIdentityNumber(s.organisationNumber) : s.organisationNumber;
}

// ---------------------------------------------------------------------------------------------
// Vouchers

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = z
  .string()
  .nullish()
  .refine((v) => v == null || UUID_RE.test(v), { message: 'Not a valid id.', params: { code: 'invalid_id' } })
  .transform((v) => (v == null ? null : v.toLowerCase()));

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const date = z.union([z.date(), z.string()]).transform((v, ctx) => {
  const s = v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : v.trim();
  const d = new Date(`${s}T00:00:00Z`);
  if (!DATE_RE.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s) {
    ctx.addIssue({ code: 'custom', message: 'A date is a real calendar date, YYYY-MM-DD.', params: { code: 'invalid_date' } });
    return z.NEVER;
  }
  return d;
});

const voucherShape = z
  .object({
    source: z.string({ error: 'The source is required.' }).trim().min(1, 'The source is required.').max(100, 'At most 100 characters.'),
    remoteId: z.string({ error: 'The remote id is required.' }).trim().min(1, 'The remote id is required.').max(100, 'At most 100 characters.'),
    series: z.string({ error: 'The series is required.' }).trim().min(1, 'The series is required.').max(10, 'At most 10 characters.'),
    number: z.number({ error: 'The voucher number is a whole number.' }).int('The voucher number is a whole number.').min(0).max(2_147_483_647),
    transactionDate: date,
    description: optionalText(500),
    rows: z.array(z.unknown()).min(1, 'A voucher has at least one row.'),
  })
  .strict();

const voucherRowShape = z
  .object({
    rowIndex: z.number({ error: 'The row index is a whole number.' }).int('The row index is a whole number.').min(0).max(2_147_483_647),
    accountNumber,
    debit: z.unknown(),
    credit: z.unknown(),
    projectId: id,
    workOrderId: id,
    changeOrderId: id,
    costCentreId: id,
    note: optionalText(1000),
  })
  .strict();

export interface VoucherRowColumns {
  rowIndex: number;
  accountNumber: number;
  debit: Prisma.Decimal;
  credit: Prisma.Decimal;
  projectId: string | null;
  workOrderId: string | null;
  changeOrderId: string | null;
  costCentreId: string | null;
  note: string | null;
}

export interface VoucherColumns {
  source: string;
  remoteId: string;
  series: string;
  number: number;
  transactionDate: Date;
  description: string | null;
}

/**
 * Validates an imported voucher: header fields, and per row exact non-negative amounts (not
 * both debit and credit), a four-digit account, at most one of work order and ÄTA and only with
 * the row's project, unique row indexes. Whether the references exist is the service's check.
 */
export function voucherChanges(input: unknown): { voucher: VoucherColumns; rows: VoucherRowColumns[]; issues: ValidationIssue[] } {
  const issues = new IssueCollector();
  const parsed = parseFields(voucherShape, input);
  issues.issues.push(...parsed.issues);
  const v = parsed.value;
  for (const key of ['source', 'remoteId', 'series', 'number', 'transactionDate', 'rows'] as const) {
    if (v[key] === undefined && !parsed.invalid.has(key)) issues.add(key, 'required', `${key} is required.`);
  }
  const rows: VoucherRowColumns[] = [];
  const seen = new Map<number, number>();
  (v.rows ?? []).forEach((raw, i) => {
    const p = `rows.${i}`;
    const r = parseFields(voucherRowShape, raw, p);
    issues.issues.push(...r.issues);
    const row = r.value;
    for (const key of ['rowIndex', 'accountNumber'] as const) {
      if (row[key] === undefined && !r.invalid.has(key)) issues.add(`${p}.${key}`, 'required', `${key} is required.`);
    }
    const debit = parseAmount(row.debit);
    const credit = parseAmount(row.credit);
    if (!debit.ok) issues.add(`${p}.debit`, debit.code, debit.message);
    if (!credit.ok) issues.add(`${p}.credit`, credit.code, credit.message);
    if (debit.ok && credit.ok && !debit.value.isZero() && !credit.value.isZero()) {
      issues.add(`${p}.credit`, 'debit_and_credit', 'A row has either a debit or a credit, not both.');
    }
    if (row.workOrderId && row.changeOrderId) {
      issues.add(`${p}.changeOrderId`, 'work_order_and_change_order', 'A row belongs to a work order or an ÄTA, not both.');
    }
    for (const key of ['workOrderId', 'changeOrderId'] as const) {
      if (row[key] && !row.projectId && !r.invalid.has('projectId')) {
        issues.add(`${p}.${key}`, 'not_in_project', `A row with a ${key === 'workOrderId' ? 'work order' : 'ÄTA'} needs the project it belongs to.`);
      }
    }
    if (row.rowIndex != null) {
      const first = seen.get(row.rowIndex);
      if (first !== undefined) issues.add(`${p}.rowIndex`, 'duplicate', `Row index ${row.rowIndex} is also used by row ${first}.`);
      else seen.set(row.rowIndex, i);
    }
    if (row.rowIndex != null && row.accountNumber != null && debit.ok && credit.ok) {
      rows.push({
        rowIndex: row.rowIndex,
        accountNumber: row.accountNumber,
        debit: debit.value,
        credit: credit.value,
        projectId: row.projectId ?? null,
        workOrderId: row.workOrderId ?? null,
        changeOrderId: row.changeOrderId ?? null,
        costCentreId: row.costCentreId ?? null,
        note: row.note ?? null,
      });
    }
  });
  const voucher = {
    source: v.source ?? '',
    remoteId: v.remoteId ?? '',
    series: v.series ?? '',
    number: v.number ?? 0,
    transactionDate: v.transactionDate ?? new Date(0),
    description: v.description ?? null,
  };
  return { voucher, rows, issues: inFieldOrder(issues.issues, voucherShape, undefined) };
}

// ---------------------------------------------------------------------------------------------
// Cost ledger

export interface LedgerGroup {
  accountNumber: number;
  workOrderId: string | null;
  changeOrderId: string | null;
  debit: Prisma.Decimal | null;
  credit: Prisma.Decimal | null;
}

export interface Totals {
  debit: Prisma.Decimal;
  credit: Prisma.Decimal;
  /** debit − credit: what the project has cost (negative when credits exceed debits). */
  net: Prisma.Decimal;
}

export interface LedgerAccountLine extends Totals {
  accountNumber: number;
  accountName: string | null;
  accountKind: AccountKind | null;
}

export interface LedgerPartLine extends Totals {
  /** null for rows on the project itself. */
  workOrderId: string | null;
  changeOrderId: string | null;
}

export interface CostLedger {
  accounts: LedgerAccountLine[];
  parts: LedgerPartLine[];
  total: Totals;
}

const ZERO = new Prisma.Decimal(0);
const add = (t: Totals, debit: Prisma.Decimal, credit: Prisma.Decimal): Totals => {
  const d = t.debit.plus(debit);
  const c = t.credit.plus(credit);
  return { debit: d, credit: c, net: d.minus(c) };
};

/**
 * A project's cost ledger from its voucher rows summed per (account, work order, ÄTA): totals
 * per account (by number), per part (project itself first, then work orders, then ÄTAs, each by
 * number) and for the project. Exact decimal arithmetic only.
 */
export function summariseLedger(
  groups: readonly LedgerGroup[],
  accounts: ReadonlyMap<number, { name: string; kind: AccountKind | null }>,
  partNumbers: { workOrders: ReadonlyMap<string, number>; changeOrders: ReadonlyMap<string, number> },
): CostLedger {
  const empty = (): Totals => ({ debit: ZERO, credit: ZERO, net: ZERO });
  const byAccount = new Map<number, Totals>();
  const byPart = new Map<string, { workOrderId: string | null; changeOrderId: string | null; totals: Totals }>();
  let total = empty();
  for (const g of groups) {
    const debit = g.debit ?? ZERO;
    const credit = g.credit ?? ZERO;
    byAccount.set(g.accountNumber, add(byAccount.get(g.accountNumber) ?? empty(), debit, credit));
    const key = `${g.workOrderId ?? ''}|${g.changeOrderId ?? ''}`;
    const part = byPart.get(key) ?? { workOrderId: g.workOrderId, changeOrderId: g.changeOrderId, totals: empty() };
    part.totals = add(part.totals, debit, credit);
    byPart.set(key, part);
    total = add(total, debit, credit);
  }
  const rank = (p: { workOrderId: string | null; changeOrderId: string | null }): [number, number] =>
    p.workOrderId
      ? [1, partNumbers.workOrders.get(p.workOrderId) ?? Number.MAX_SAFE_INTEGER]
      : p.changeOrderId
        ? [2, partNumbers.changeOrders.get(p.changeOrderId) ?? Number.MAX_SAFE_INTEGER]
        : [0, 0];
  return {
    accounts: [...byAccount.entries()]
      .sort(([a], [b]) => a - b)
      .map(([accountNumber, t]) => ({
        accountNumber,
        accountName: accounts.get(accountNumber)?.name ?? null,
        accountKind: accounts.get(accountNumber)?.kind ?? null,
        ...t,
      })),
    parts: [...byPart.values()]
      .sort((a, b) => {
        const [ra, na] = rank(a);
        const [rb, nb] = rank(b);
        return ra - rb || na - nb;
      })
      .map((p) => ({ workOrderId: p.workOrderId, changeOrderId: p.changeOrderId, ...p.totals })),
    total,
  };
}
