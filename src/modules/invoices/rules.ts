// Invoice rules (pure): line kinds from the chart of accounts, tax-reduction eligibility, VAT
// mode, input validation, the conditions for locking and the warnings shown before it.
import { z } from 'zod';
import type { AccountKind, LineKind, OcrScheme, TaxReductionType } from '../../generated/prisma/enums.js';
import { ocrReference } from '@nordic-invoicing/connector-sdk/se';
import type { ValidationIssue } from '../../errors.js';
import { isRealDate, optionalText, parseFields } from '../validation.js';
import { isVatRate, lineAmount, type VatMode } from './amounts.js';
import { Prisma } from '../../generated/prisma/client.js';

/** WORK accounts are labour, MATERIAL accounts material, everything else (and no account) other. */
/**
 * The OCR reference of an invoice number by the company's scheme (Bankgirot's OCR control
 * levels: the number and its Luhn check digit, optionally with a length digit before it); null
 * when the company uses none.
 */
export function invoiceOcrReference(number: number, scheme: OcrScheme): string | null {
  return scheme === 'NONE' ? null : ocrReference(String(number), scheme);
}

/** The digits of an OCR reference as a payer types or a bank file gives it (spaces and dashes dropped); null when it is not one. */
export function normaliseOcrReference(input: string): string | null {
  const digits = input.replace(/[\s-]+/g, '');
  return /^\d{2,25}$/.test(digits) ? digits : null;
}

export function lineKindFromAccount(kind: AccountKind | null | undefined): LineKind {
  return kind === 'WORK' ? 'LABOUR' : kind === 'MATERIAL' ? 'MATERIAL' : 'OTHER';
}

/** Eligible for tax reduction: set by hand, else labour (ROT/RUT) or labour and material (green). */
export function isReductionEligible(line: { kind: LineKind; reductionEligible: boolean | null; billable: boolean }, type: TaxReductionType): boolean {
  if (type === 'NONE' || !line.billable) return false;
  if (line.reductionEligible !== null) return line.reductionEligible;
  return type === 'GREEN' ? line.kind === 'LABOUR' || line.kind === 'MATERIAL' : line.kind === 'LABOUR';
}

export function vatMode(i: { reverseCharge: boolean; noVat: boolean }): VatMode {
  return i.reverseCharge ? 'REVERSE_CHARGE' : i.noVat ? 'NO_VAT' : 'NORMAL';
}

/** The year and date whose rate and caps apply: paid date, else invoice date, else today. */
export function reductionDate(i: { paidDate: Date | null; invoiceDate: Date | null }, today: Date): string {
  return (i.paidDate ?? i.invoiceDate ?? today).toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Inputs

type DecimalValue = { toFixed(n?: number): string; decimalPlaces(): number; isNegative(): boolean; greaterThan(n: number): boolean; isZero(): boolean };
const decimalValue = (label: string, maxDecimals: number) =>
  z
    .custom<DecimalValue>((v) => typeof v === 'object' && v !== null && 'decimalPlaces' in v, { message: `${label} must be an exact decimal.` })
    .refine((v) => v.decimalPlaces() <= maxDecimals, { message: `${label} has at most ${maxDecimals} decimals.`, params: { code: 'too_many_decimals' } });
const percent = (label: string, max: number) =>
  decimalValue(label, 2).refine((v) => !v.isNegative() && !v.greaterThan(max), { message: `${label} is 0–${max} %.`, params: { code: 'out_of_range' } });
const date = z
  .string()
  .nullish()
  .refine((v) => v == null || isRealDate(v), { message: 'A date is written YYYY-MM-DD and must exist.', params: { code: 'invalid_date' } });

export const LINE_KINDS = ['LABOUR', 'MATERIAL', 'OTHER'] as const;

const lineShape = z
  .object({
    description: z.string().trim().min(1, 'Description is required.').max(500, 'At most 500 characters.').nullish(),
    code: optionalText(50),
    quantity: decimalValue('Quantity', 4).nullish(),
    unit: optionalText(10),
    unitPrice: decimalValue('Unit price', 2).nullish(),
    markupPercent: percent('Markup', 1000).nullish(),
    discountPercent: percent('Discount', 100).nullish(),
    vatRate: decimalValue('VAT rate', 2)
      .refine((v) => isVatRate(v.toFixed()), { message: 'VAT is 25, 12, 6 or 0 %.', params: { code: 'invalid_vat_rate' } })
      .nullish(),
    accountNumber: z.number().int().min(1000, 'An account number has four digits.').max(9999, 'An account number has four digits.').nullish(),
    projectId: z.string().nullish(),
    workOrderId: z.string().nullish(),
    changeOrderId: z.string().nullish(),
    billable: z.boolean().nullish(),
    kind: z.enum(LINE_KINDS).nullish(),
    reductionEligible: z.boolean().nullish(),
  })
  .strict();

export type LineInputValues = Partial<z.output<typeof lineShape>>;

/** Line and invoice amounts are numeric(14,2): below 10^12 kronor. */
export const MAX_AMOUNT = new Prisma.Decimal('1e12');

/**
 * A line's amount (quantity × unit price with markup and discount) must fit its column: each
 * factor may be in range while the product is not. Checked on the values the input gives.
 */
export function lineAmountIssues(
  l: Partial<Record<'quantity' | 'unitPrice' | 'markupPercent' | 'discountPercent', { toFixed(): string } | null>>,
  prefix = '',
): ValidationIssue[] {
  if (l.quantity == null || l.unitPrice == null) return [];
  const text = (v: { toFixed(): string } | null | undefined) => (v == null ? '0' : v.toFixed());
  const amount = lineAmount({
    quantity: text(l.quantity),
    unitPrice: text(l.unitPrice),
    markupPercent: text(l.markupPercent),
    discountPercent: text(l.discountPercent),
  } as Parameters<typeof lineAmount>[0]);
  if (amount.abs().lessThan(MAX_AMOUNT)) return [];
  return [{ path: prefix ? `${prefix}.quantity` : 'quantity', code: 'out_of_range', message: 'Quantity × unit price must stay below 1 000 000 000 000.' }];
}

/** Validates a line input (create: description, quantity and unit price are required). */
export function parseLine(input: unknown, creating: boolean, prefix = ''): { value: LineInputValues; issues: ValidationIssue[] } {
  const { value, issues, invalid } = parseFields(lineShape, input, prefix);
  const at = (k: string) => (prefix ? `${prefix}.${k}` : k);
  for (const [k, label] of [
    ['description', 'Description'],
    ['quantity', 'Quantity'],
    ['unitPrice', 'Unit price'],
  ] as const) {
    if (invalid.has(k)) continue;
    if (value[k] === null || (creating && value[k] === undefined)) issues.push({ path: at(k), code: 'required', message: `${label} is required.` });
  }
  issues.push(...lineAmountIssues(value, prefix));
  return { value, issues };
}

export const DISTRIBUTIONS = ['EMAIL', 'PAPER', 'EDI'] as const;
export const REDUCTION_TYPES = ['NONE', 'ROT', 'RUT', 'GREEN'] as const;
export const GREEN_CATEGORIES = ['SOLAR', 'BATTERY', 'EV_CHARGER'] as const;

const invoiceShape = z
  .object({
    title: optionalText(200),
    description: optionalText(4000),
    comment: optionalText(4000),
    statusCode: z.number().int().min(0).max(999).nullish(),
    contactId: z.string().nullish(),
    customerReference: optionalText(100),
    customerReference2: optionalText(100),
    ourReferenceId: z.string().nullish(),
    distribution: z.enum(DISTRIBUTIONS).nullish(),
    distributionStatus: optionalText(500),
    hideMarkup: z.boolean().nullish(),
    hideCode: z.boolean().nullish(),
    invoiceDate: date,
    bookkeepingDate: date,
    dueDate: date,
    paymentTermId: z.string().nullish(),
    reverseCharge: z.boolean().nullish(),
    noVat: z.boolean().nullish(),
    noVatReason: optionalText(200),
    taxReductionType: z.enum(REDUCTION_TYPES).nullish(),
    greenCategory: z.enum(GREEN_CATEGORIES).nullish(),
    greenFixedPrice: z.boolean().nullish(),
  })
  .strict();

export type InvoiceInputValues = Partial<z.output<typeof invoiceShape>>;

export function parseInvoiceFields(input: unknown): { value: InvoiceInputValues; issues: ValidationIssue[] } {
  const { value, issues } = parseFields(invoiceShape, input);
  return { value, issues };
}

/** An invoice is reverse charge or VAT-free, never both (checked on the values after the change). */
export function vatModeIssues(i: { reverseCharge: boolean; noVat: boolean }): ValidationIssue[] {
  return i.reverseCharge && i.noVat ? [{ path: 'noVat', code: 'conflict', message: 'An invoice is either reverse charge or VAT-free, not both.' }] : [];
}

// ---------------------------------------------------------------------------------------------
// Locking and warnings

/** The seller's data a lock needs, from company settings. */
export interface SellerFacts {
  organisationNumber: string | null;
  address1: string | null;
  postcode: string | null;
  city: string | null;
  registeredOffice: string | null;
  fSkatt: boolean | null;
  bankgiro: string | null;
  plusgiro: string | null;
  iban: string | null;
}

export interface LockFacts {
  lineCount: number;
  reverseCharge: boolean;
  noVat: boolean;
  noVatReason: string | null;
  customerVatNumber: string | null;
  sellerVatNumber: string | null;
  /** The invoice charges VAT (not reverse charge, not VAT-free, a VAT amount other than zero). */
  vatCharged: boolean;
  seller: SellerFacts;
  /** The due date after the payment terms have been applied (or as set by hand). */
  hasDueDate: boolean;
  taxReductionType: TaxReductionType;
  greenCategory: string | null;
  buyerCount: number;
  eligibleBasisIsZero: boolean;
  isCredit: boolean;
  creditReason: string | null;
  /** The customer's invoice address is complete (isAddressComplete). */
  hasInvoiceAddress: boolean;
  linesWithoutAccount: number;
}

/**
 * An address a buyer or seller can be written to: a street line and a city, and for a Swedish
 * address (or one without a country) the postcode too.
 */
export function isAddressComplete(a: { address1: string | null; postcode: string | null; city: string | null; countryCode?: string | null }): boolean {
  const country = a.countryCode ?? 'SE';
  return !!a.address1?.trim() && !!a.city?.trim() && (country !== 'SE' || !!a.postcode?.trim());
}

/** An aktiebolag: a Swedish organisation number whose first digit is 5 (as stored, 10 digits). */
export function isLimitedCompany(organisationNumber: string | null): boolean {
  return !!organisationNumber && /^5\d{9}$/.test(organisationNumber);
}

/**
 * The payment term that gives an invoice its due date: the invoice's own, else (not for a credit
 * note, which is refunded, not paid) the customer's, else the company's default.
 */
export function effectivePaymentTermId(
  invoice: { paymentTermId: string | null; isCredit: boolean },
  customerPaymentTermId: string | null,
  companyDefaultPaymentTermId: string | null,
): string | null {
  if (invoice.paymentTermId || invoice.isCredit) return invoice.paymentTermId;
  return customerPaymentTermId ?? companyDefaultPaymentTermId;
}

/** What a lock needs of the seller (company settings): each missing item at its own path. */
export function sellerIssues(f: LockFacts): ValidationIssue[] {
  const s = f.seller;
  const issues: ValidationIssue[] = [];
  const need = (path: string, message: string) => issues.push({ path, code: 'required', message });
  if (!s.organisationNumber) need('company.organisationNumber', 'Set the organisation number in company settings.');
  if (!s.address1) need('company.address1', 'Set the company’s street address in company settings.');
  if (!s.postcode) need('company.postcode', 'Set the company’s postcode in company settings.');
  if (!s.city) need('company.city', 'Set the company’s city in company settings.');
  if (isLimitedCompany(s.organisationNumber) && !s.registeredOffice) {
    need('company.registeredOffice', 'A limited company’s invoices state its registered office (säte): set it in company settings.');
  }
  if ((f.vatCharged || f.reverseCharge) && !f.sellerVatNumber) {
    need(
      'company.vatNumber',
      f.reverseCharge ? 'Reverse charge needs the company’s VAT number: set it in company settings.' : 'Set the company’s VAT number in company settings.',
    );
  }
  if (s.fSkatt === null) need('company.fSkatt', 'State in company settings whether the company is approved for F-skatt.');
  else if (!s.fSkatt && f.taxReductionType !== 'NONE' && !f.isCredit) {
    issues.push({
      path: 'company.fSkatt',
      code: 'f_skatt_required',
      message: 'Only a company approved for F-skatt can invoice with a tax reduction (company settings).',
    });
  }
  if (!f.isCredit && !s.bankgiro && !s.plusgiro && !s.iban) {
    need('company.paymentAccount', 'Set a bankgiro, plusgiro or IBAN for payments in company settings.');
  }
  return issues;
}

/** Problems that stop an invoice from being locked (warnings that become errors). */
export function lockIssues(f: LockFacts): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (f.lineCount === 0) issues.push({ path: 'lines', code: 'required', message: 'An invoice needs at least one line.' });
  issues.push(...sellerIssues(f));
  if (!f.hasInvoiceAddress) {
    issues.push({
      path: 'customer.invoiceAddress',
      code: 'required',
      message: 'Set the customer’s invoice address (street, postcode and city) on the customer.',
    });
  }
  if (f.reverseCharge && !f.customerVatNumber) {
    issues.push({ path: 'reverseCharge', code: 'buyer_vat_number_missing', message: 'Reverse charge needs the buyer’s VAT number on the customer.' });
  }
  if (!f.isCredit && !f.hasDueDate) {
    issues.push({
      path: 'dueDate',
      code: 'required',
      message:
        'The invoice has no due date: give the customer a payment term, set a default payment term in company settings, or set the due date on the invoice.',
    });
  }
  if (f.noVat && !f.noVatReason) {
    issues.push({ path: 'noVatReason', code: 'required', message: 'A VAT-free invoice must state the grounds for exemption.' });
  }
  if (f.taxReductionType !== 'NONE') {
    if (f.reverseCharge)
      issues.push({ path: 'taxReductionType', code: 'conflict', message: 'Tax reduction invoices go to private persons and cannot be reverse charge.' });
    if (f.taxReductionType === 'GREEN' && !f.greenCategory)
      issues.push({ path: 'greenCategory', code: 'required', message: 'Green technology needs its category.' });
    if (f.buyerCount === 0) issues.push({ path: 'taxReductionBuyers', code: 'required', message: 'A tax reduction invoice needs at least one buyer.' });
    if (f.eligibleBasisIsZero) issues.push({ path: 'lines', code: 'no_eligible_lines', message: 'No line is eligible for the tax reduction.' });
  }
  if (f.isCredit && !f.creditReason) issues.push({ path: 'creditReason', code: 'required', message: 'A credit invoice needs a reason.' });
  return issues;
}

/**
 * A customer whose card requires a cost centre (costCentreRequired): an invoice exported from its
 * billable lines (no revenue accounting basis) carries its project's cost centre, so the project
 * must have one. Invoices with a basis are checked row by row by revenue accounting.
 */
export function projectCostCentreIssues(customerNumber: string, project: { number: string; costCentreId: string | null }): ValidationIssue[] {
  if (project.costCentreId) return [];
  return [
    {
      path: 'project.costCentreId',
      code: 'required',
      message: `Customer ${customerNumber} requires a cost centre: set one on project ${project.number}.`,
    },
  ];
}

/** What users should review before locking (shown as the invoice's warning). */
export function warnings(f: LockFacts): string[] {
  const w = lockIssues(f).map((i) => i.message);
  if (f.linesWithoutAccount > 0) w.push(`${f.linesWithoutAccount} line(s) have no account.`);
  return w;
}
