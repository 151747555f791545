// Supplier invoice rules (pure, no I/O): validation of an invoice's header and rows, the
// approval (attest) decision, which invoices go to the accounting system, and the document
// limits. Shared by GraphQL, the service and the accounting connectors' port.
import { z } from 'zod';
import { Prisma } from '../../generated/prisma/client.js';
import type { SupplierInvoiceStatus } from '../../generated/prisma/enums.js';
import { IssueCollector, type ValidationIssue } from '../../errors.js';
import { isRealDate, optionalText, parseFields } from '../validation.js';
import { SWEDISH_VAT_RATES } from '@nordic-invoicing/connector-sdk/se';

/** Approvals by different users an invoice needs before it is APPROVED ("double-approved"). */
export const SUPPLIER_INVOICE_APPROVALS_REQUIRED = 2;
/** Largest supplier-invoice document and voucher file. */
export const SUPPLIER_INVOICE_FILE_MAX_BYTES = 20 * 1024 * 1024;
export const SUPPLIER_INVOICE_FILE_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'] as const;
export const SUPPLIER_INVOICE_CURRENCIES = ['SEK'] as const;
/** The Swedish VAT rates (packages/connector-sdk/src/se/vat.ts). */
export const SUPPLIER_INVOICE_VAT_RATES = SWEDISH_VAT_RATES;

const at = (prefix: string | undefined, key: string) => (prefix ? `${prefix}.${key}` : key);
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const SIGNED_AMOUNT_RE = /^-?\d{1,12}(\.\d{1,2})?$/;

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: string; message: string };

/**
 * An exact amount with at most two decimals; negative allowed (credit notes): a Prisma.Decimal,
 * a decimal string ("-1234.50") or a whole number. JS fractions are refused (maybe inexact).
 */
export function parseSignedAmount(v: unknown): Parsed<Prisma.Decimal> {
  let s: string;
  if (Prisma.Decimal.isDecimal(v)) {
    const d = v as Prisma.Decimal;
    if (!d.isFinite()) return { ok: false, code: 'invalid_format', message: 'An amount must be a finite number.' };
    if (d.decimalPlaces() > 2) return { ok: false, code: 'too_many_decimals', message: 'An amount has at most two decimals.' };
    s = d.toFixed(2);
  } else if (typeof v === 'string') s = v.trim();
  else if (typeof v === 'number' && Number.isSafeInteger(v)) s = String(v);
  else if (typeof v === 'number') return { ok: false, code: 'inexact', message: 'Give amounts with decimals as a decimal string, never a JS float.' };
  else return { ok: false, code: 'invalid_type', message: 'An amount is a decimal number.' };
  if (/^-?\d+\.\d{3,}$/.test(s)) return { ok: false, code: 'too_many_decimals', message: 'An amount has at most two decimals.' };
  if (!SIGNED_AMOUNT_RE.test(s))
    return { ok: false, code: 'invalid_format', message: 'An amount is a decimal number with at most 12 digits before the point, e.g. "1234.50".' };
  return { ok: true, value: new Prisma.Decimal(s) };
}

/** 25, 12, 6 or 0 percent, as a whole-number Decimal. */
export function parseVatRate(v: unknown): Parsed<Prisma.Decimal> {
  const d = Prisma.Decimal.isDecimal(v)
    ? (v as Prisma.Decimal)
    : typeof v === 'string' && /^\s*\d{1,3}(\.\d{1,8})?\s*$/.test(v)
      ? new Prisma.Decimal(v.trim())
      : typeof v === 'number' && Number.isInteger(v)
        ? new Prisma.Decimal(v)
        : null;
  if (!d || !SUPPLIER_INVOICE_VAT_RATES.some((r) => d.equals(r))) {
    return { ok: false, code: 'invalid_vat_rate', message: 'The VAT rate is 25, 12, 6 or 0 percent.' };
  }
  return { ok: true, value: new Prisma.Decimal(d.toFixed(0)) };
}

const id = z
  .string()
  .nullish()
  .refine((v) => v == null || UUID_RE.test(v), { message: 'Not a valid id.', params: { code: 'invalid_id' } })
  .transform((v) => (v == null ? v : v.toLowerCase()));

const date = z
  .union([z.date(), z.string()])
  .nullish()
  .transform((v, ctx) => {
    if (v == null) return v;
    const s = v instanceof Date ? (Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10)) : v.trim();
    if (!isRealDate(s)) {
      ctx.addIssue({ code: 'custom', message: 'A date is a real calendar date, YYYY-MM-DD.', params: { code: 'invalid_date' } });
      return z.NEVER;
    }
    return new Date(`${s}T00:00:00.000Z`);
  });

const headerShape = z
  .object({
    supplierId: id,
    invoiceNumber: z.string().trim().min(1, 'The supplier’s invoice number is required.').max(50, 'At most 50 characters.').nullish(),
    invoiceDate: date,
    dueDate: date,
    currency: z.string().trim().toUpperCase().nullish(),
    net: z.unknown(),
    vat: z.unknown(),
    total: z.unknown(),
    ocr: optionalText(50),
    description: optionalText(1000),
  })
  .strict();

export interface SupplierInvoiceColumns {
  supplierId: string;
  invoiceNumber: string;
  invoiceDate: Date;
  dueDate: Date | null;
  currency: string;
  net: Prisma.Decimal;
  vat: Prisma.Decimal;
  total: Prisma.Decimal;
  ocr: string | null;
  description: string | null;
}

export interface Changes<C> {
  /** Columns to write (on update only those the input set, plus a total that follows). */
  columns: Partial<C>;
  /** The record as it will be after the change. */
  merged: C;
  issues: ValidationIssue[];
}

/** Issues sorted by the order of the fields in the shape, as the input shows them. */
function inFieldOrder(issues: ValidationIssue[], keys: string[], prefix: string | undefined): ValidationIssue[] {
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

/**
 * Validates a supplier invoice's header against the invoice as it is (null: a new one). Left-out
 * fields are unchanged; null clears due date, OCR and description. VAT defaults to 0 and the
 * total to net + VAT; a given total must equal net + VAT. The due date is not before the
 * invoice date. Currency: SEK.
 */
export function supplierInvoiceChanges(input: unknown, existing: SupplierInvoiceColumns | null): Changes<SupplierInvoiceColumns> {
  const issues = new IssueCollector();
  const parsed = parseFields(headerShape, input);
  issues.issues.push(...parsed.issues);
  const v = parsed.value;
  const cols: Partial<SupplierInvoiceColumns> = {};
  const required = {
    supplierId: 'A supplier is required.',
    invoiceNumber: 'The supplier’s invoice number is required.',
    invoiceDate: 'The invoice date is required.',
  } as const;
  for (const key of ['supplierId', 'invoiceNumber', 'invoiceDate'] as const) {
    if (parsed.invalid.has(key)) continue;
    const value = v[key];
    if (value === null || (existing === null && value === undefined)) issues.add(key, 'required', required[key]);
    else if (value !== undefined) (cols as Record<string, unknown>)[key] = value;
  }
  if (v.dueDate !== undefined) cols.dueDate = v.dueDate;
  if (v.ocr !== undefined) cols.ocr = v.ocr;
  if (v.description !== undefined) cols.description = v.description;
  if (v.currency != null && !parsed.invalid.has('currency')) {
    if (!(SUPPLIER_INVOICE_CURRENCIES as readonly string[]).includes(v.currency))
      issues.add('currency', 'unsupported_currency', 'Supplier invoices are in SEK.');
    else cols.currency = v.currency;
  }
  const amounts = {} as Record<'net' | 'vat' | 'total', Prisma.Decimal | undefined>;
  for (const key of ['net', 'vat', 'total'] as const) {
    const raw = v[key];
    if (raw === undefined) continue;
    if (raw === null) {
      if (key === 'net') issues.add('net', 'required', 'The net amount is required.');
      continue;
    }
    const p = parseSignedAmount(raw);
    if (p.ok) amounts[key] = p.value;
    else issues.add(key, p.code, p.message);
  }
  if (existing === null && v.net === undefined) issues.add('net', 'required', 'The net amount is required.');
  const net = amounts.net ?? existing?.net ?? new Prisma.Decimal(0);
  const vat = amounts.vat ?? existing?.vat ?? new Prisma.Decimal(0);
  if (amounts.net) cols.net = amounts.net;
  if (amounts.vat) cols.vat = amounts.vat;
  if (amounts.total) {
    cols.total = amounts.total;
    if (!amounts.total.equals(net.plus(vat))) {
      issues.add('total', 'total_mismatch', `The total ${amounts.total.toFixed(2)} is not net + VAT (${net.plus(vat).toFixed(2)}).`);
    }
  } else if (amounts.net || amounts.vat || existing === null) {
    cols.total = net.plus(vat);
  }
  const base: SupplierInvoiceColumns = existing ?? {
    supplierId: '',
    invoiceNumber: '',
    invoiceDate: new Date(0),
    dueDate: null,
    currency: 'SEK',
    net: new Prisma.Decimal(0),
    vat: new Prisma.Decimal(0),
    total: new Prisma.Decimal(0),
    ocr: null,
    description: null,
  };
  const merged = { ...base, ...cols };
  if (merged.dueDate && merged.invoiceDate.getTime() > 0 && merged.dueDate < merged.invoiceDate && !parsed.invalid.has('dueDate')) {
    issues.add('dueDate', 'before_invoice_date', 'The due date cannot be before the invoice date.');
  }
  return { columns: cols, merged, issues: inFieldOrder(issues.issues, Object.keys(headerShape.shape), undefined) };
}

// ---------------------------------------------------------------------------------------------
// Rows

const rowShape = z
  .object({
    accountNumber: z
      .number({ error: 'An account number is a whole number.' })
      .int('An account number is a whole number.')
      .refine((n) => n >= 1000 && n <= 9999, { message: 'An account number has four digits, 1000–9999.', params: { code: 'out_of_range' } })
      .nullish(),
    amount: z.unknown(),
    vatRate: z.unknown(),
    projectId: id,
    workOrderId: id,
    changeOrderId: id,
    costCentreId: id,
    description: optionalText(500),
  })
  .strict();

export interface SupplierInvoiceRowColumns {
  accountNumber: number;
  amount: Prisma.Decimal;
  vatRate: Prisma.Decimal;
  projectId: string | null;
  workOrderId: string | null;
  changeOrderId: string | null;
  costCentreId: string | null;
  description: string | null;
}

/**
 * Validates a row (paths under `pathPrefix`, e.g. `rows.2`) against the row as it is (null: a
 * new row). Account (1000–9999) and amount are required; VAT rate defaults to 25; a row belongs
 * to a work order or an ÄTA, not both, and only together with the project they belong to.
 * Whether the references exist is the service's check.
 */
export function supplierInvoiceRowChanges(input: unknown, existing: SupplierInvoiceRowColumns | null, pathPrefix?: string): Changes<SupplierInvoiceRowColumns> {
  const issues = new IssueCollector();
  const parsed = parseFields(rowShape, input, pathPrefix);
  issues.issues.push(...parsed.issues);
  const v = parsed.value;
  const cols: Partial<SupplierInvoiceRowColumns> = {};
  if (!parsed.invalid.has('accountNumber')) {
    if (v.accountNumber === null || (existing === null && v.accountNumber === undefined))
      issues.add(at(pathPrefix, 'accountNumber'), 'required', 'An account is required.');
    else if (v.accountNumber !== undefined) cols.accountNumber = v.accountNumber;
  }
  if (v.amount === null || (existing === null && v.amount === undefined)) issues.add(at(pathPrefix, 'amount'), 'required', 'The amount is required.');
  else if (v.amount !== undefined) {
    const p = parseSignedAmount(v.amount);
    if (p.ok) cols.amount = p.value;
    else issues.add(at(pathPrefix, 'amount'), p.code, p.message);
  }
  if (v.vatRate != null) {
    const p = parseVatRate(v.vatRate);
    if (p.ok) cols.vatRate = p.value;
    else issues.add(at(pathPrefix, 'vatRate'), p.code, p.message);
  }
  for (const key of ['projectId', 'workOrderId', 'changeOrderId', 'costCentreId', 'description'] as const) {
    if (v[key] !== undefined) cols[key] = v[key];
  }
  const base: SupplierInvoiceRowColumns = existing ?? {
    accountNumber: 0,
    amount: new Prisma.Decimal(0),
    vatRate: new Prisma.Decimal(25),
    projectId: null,
    workOrderId: null,
    changeOrderId: null,
    costCentreId: null,
    description: null,
  };
  const merged = { ...base, ...cols };
  if (merged.workOrderId && merged.changeOrderId) {
    issues.add(at(pathPrefix, 'changeOrderId'), 'work_order_and_change_order', 'A row belongs to a work order or an ÄTA, not both.');
  }
  for (const key of ['workOrderId', 'changeOrderId'] as const) {
    if (merged[key] && !merged.projectId && !parsed.invalid.has('projectId')) {
      issues.add(at(pathPrefix, key), 'not_in_project', `A row with a ${key === 'workOrderId' ? 'work order' : 'ÄTA'} needs the project it belongs to.`);
    }
  }
  return { columns: cols, merged, issues: inFieldOrder(issues.issues, Object.keys(rowShape.shape), pathPrefix) };
}

/** Sum of row amounts, exact. */
export function rowsTotal(amounts: readonly Prisma.Decimal[]): Prisma.Decimal {
  return amounts.reduce((s, a) => s.plus(a), new Prisma.Decimal(0));
}

// ---------------------------------------------------------------------------------------------
// Approval (attest)

export interface ApprovalState {
  status: SupplierInvoiceStatus;
  net: Prisma.Decimal;
  rowAmounts: readonly Prisma.Decimal[];
  /** Users who have approved it so far. */
  approvedBy: readonly string[];
}

export type ApprovalDecision =
  | { ok: true /** This approval completes the required number: the invoice becomes APPROVED. */; approves: boolean; approvals: number }
  | { ok: false; reason: 'already_approved' | 'same_user' | 'no_rows' | 'rows_sum_mismatch'; path: string; message: string };

/**
 * Whether `userId` may approve the invoice now. One approval per user; an invoice with no rows,
 * or whose rows do not sum to the net amount, cannot be approved; an APPROVED invoice needs no
 * more. The `required`-th different user's approval makes it APPROVED.
 */
export function approvalDecision(state: ApprovalState, userId: string, required = SUPPLIER_INVOICE_APPROVALS_REQUIRED): ApprovalDecision {
  if (state.status === 'APPROVED') return { ok: false, reason: 'already_approved', path: 'id', message: 'The supplier invoice is already approved.' };
  if (state.approvedBy.includes(userId)) {
    return { ok: false, reason: 'same_user', path: 'id', message: 'You have already approved this supplier invoice; another user must approve it.' };
  }
  if (state.rowAmounts.length === 0) return { ok: false, reason: 'no_rows', path: 'rows', message: 'Add the invoice’s cost rows before approving it.' };
  const sum = rowsTotal(state.rowAmounts);
  if (!sum.equals(state.net)) {
    return {
      ok: false,
      reason: 'rows_sum_mismatch',
      path: 'rows',
      message: `The rows sum to ${sum.toFixed(2)}, the net amount is ${state.net.toFixed(2)}; they must be equal to approve.`,
    };
  }
  const approvals = new Set([...state.approvedBy, userId]).size;
  return { ok: true, approves: approvals >= required, approvals };
}

/** An invoice can be changed (header, rows, document) until it is approved. */
export function editable(status: SupplierInvoiceStatus): boolean {
  return status === 'PENDING';
}

/**
 * What goes to the accounting system: approved, not disputed (a disputed invoice is held even
 * when double-approved), and not exported yet (no external number, by any connection).
 */
export function exportable(s: { status: SupplierInvoiceStatus; disputed: boolean; externalNumber: string | null }): boolean {
  return s.status === 'APPROVED' && !s.disputed && s.externalNumber === null;
}

// ---------------------------------------------------------------------------------------------
// Documents and files

export interface FileFacts {
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * Issues of an uploaded file (path `prefix`): a name of at most 200 characters, at most 20 MB,
 * not empty, and (when `types` is given) one of those content types.
 */
export function fileIssues(f: FileFacts, prefix: string, types: readonly string[] | null = SUPPLIER_INVOICE_FILE_TYPES): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!f.fileName.trim()) issues.push({ path: prefix, code: 'required', message: 'The file needs a name.' });
  else if (f.fileName.length > 200) issues.push({ path: prefix, code: 'too_long', message: 'A file name has at most 200 characters.' });
  if (f.size === 0) issues.push({ path: prefix, code: 'empty_file', message: 'The file is empty.' });
  if (f.size > SUPPLIER_INVOICE_FILE_MAX_BYTES) issues.push({ path: prefix, code: 'file_too_large', message: 'A file is at most 20 MB.' });
  const type = normaliseContentType(f.contentType);
  if (types && !types.includes(type)) {
    issues.push({ path: prefix, code: 'unsupported_file_type', message: `Upload a PDF, JPEG, PNG or TIFF file (got ${type || 'no content type'}).` });
  }
  return issues;
}

/** "application/PDF; charset=x" → "application/pdf"; empty → application/octet-stream. */
export function normaliseContentType(t: string): string {
  const base = t.split(';')[0]!.trim().toLowerCase();
  return base || 'application/octet-stream';
}
