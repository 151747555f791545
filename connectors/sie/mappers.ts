// Pure mapping of this system's locked customer invoices to SIE 4 vouchers, and the header of the
// file that carries them. No I/O; every rule is table-tested in sie.test.ts.
//
// One voucher per invoice, booked on its bookkeeping date, debit positive and credit negative:
//   + accounts receivable: what the customer pays (amountToPay: the rounded total less the tax reduction)
//   + the tax reduction claimed from Skatteverket (ROT/RUT/green) on its own account
//   − revenue per row of the basis (invoiceRowsToSend), with cost centre (dimension 1) and project
//     or work order/ÄTA (dimension 6) as objects
//   − output VAT per rate on the rate's account (none under reverse charge)
//   − öresavrundning
// A credit invoice's record carries every amount negated, so its voucher is the original's with
// every sign turned. The rows sum to exactly zero or the invoice is refused.
import { Decimal } from 'decimal.js';
import {
  type InvoiceRecord,
  type InvoiceRowRecord,
  invoiceRowsToSend,
  outputVatPerRate,
  type SupplierInvoiceRecord,
  parseOrganisationNumber,
  parsePersonalIdentityNumber,
  swedishVatRate,
} from '@nordic-invoicing/connector-sdk';
import type { SieObjectRef, SieWriteAccount, SieWriteDimension, SieWriteModel, SieWriteObject, SieWriteVoucher } from '@nordic-invoicing/connector-sdk/sie';

// ---------------------------------------------------------------------------------------------
// Settings

export interface SieExportSettings {
  /** Voucher series of the invoices' vouchers. */
  series: string;
  /** Accounts receivable when the invoice carries none of its own (BAS 1510 Kundfordringar). */
  receivablesAccount: string;
  /** The tax reduction claimed from Skatteverket (BAS 1513 Kundfordringar – delad faktura). */
  taxReductionAccount: string;
  /** Output VAT account per rate (BAS 2611, 2621, 2631 for 25, 12 and 6 %). */
  vatAccounts: Readonly<Record<string, string>>;
  /** Öresavrundning (BAS 3740). */
  roundingAccount: string;
  /** project: revenue on the main project; workOrder: on the work order/ÄTA when the row has one. */
  projectLevel: 'project' | 'workOrder';
}

export const DEFAULT_SETTINGS: SieExportSettings = {
  series: 'F',
  receivablesAccount: '1510',
  taxReductionAccount: '1513',
  vatAccounts: { '25': '2611', '12': '2621', '6': '2631' },
  roundingAccount: '3740',
  projectLevel: 'project',
};

/** SIE dimensions (SIE-gruppen's reserved numbers): 1 kostnadsställe/resultatenhet, 6 projekt. */
export const COST_CENTRE_DIMENSION = '1';
export const PROJECT_DIMENSION = '6';
const DIMENSION_NAMES: Readonly<Record<string, string>> = { [COST_CENTRE_DIMENSION]: 'Kostnadsställe', [PROJECT_DIMENSION]: 'Projekt' };

/** BAS names of the accounts the defaults use (a header names accounts the company's chart does not). */
export const BAS_ACCOUNT_NAMES: Readonly<Record<string, string>> = {
  '1510': 'Kundfordringar',
  '1513': 'Kundfordringar - delad faktura',
  '2440': 'Leverantörsskulder',
  '2611': 'Utgående moms på försäljning inom Sverige, 25 %',
  '2621': 'Utgående moms på försäljning inom Sverige, 12 %',
  '2631': 'Utgående moms på försäljning inom Sverige, 6 %',
  '2641': 'Debiterad ingående moms',
  '3740': 'Öres- och kronutjämning',
};

// ---------------------------------------------------------------------------------------------
// Errors

export type SieExportErrorCode =
  | 'bad-setting'
  | 'missing-account'
  | 'bad-vat-rate'
  | 'missing-vat-account'
  | 'vat-mismatch'
  | 'bad-amount'
  | 'unbalanced'
  | 'no-rows';

/** An invoice (or a setting) the export refuses; `invoice` names the invoice ("Invoice 17"), `field` what is wrong. */
export class SieExportError extends Error {
  readonly code: SieExportErrorCode;
  readonly invoice: string | undefined;
  readonly field: string;
  /** For `unbalanced` and `vat-mismatch`: the amount the rows are off by. */
  readonly difference: string | undefined;

  constructor(code: SieExportErrorCode, message: string, where: { invoice?: string; field: string; difference?: string }) {
    super(where.invoice === undefined ? message : `${where.invoice}: ${message}`);
    this.name = 'SieExportError';
    this.code = code;
    this.invoice = where.invoice;
    this.field = where.field;
    this.difference = where.difference;
  }
}

const ACCOUNT = /^\d{4,6}$/;
const SERIES = /^[A-Za-z0-9]{1,10}$/;

/** The settings with the BAS defaults for what is not given; refuses an account or series SIE cannot carry, naming the setting. */
export function sieExportSettings(input: Partial<SieExportSettings> = {}): SieExportSettings {
  const s: SieExportSettings = { ...DEFAULT_SETTINGS, ...input, vatAccounts: { ...(input.vatAccounts ?? DEFAULT_SETTINGS.vatAccounts) } };
  if (!SERIES.test(s.series)) throw new SieExportError('bad-setting', `series "${s.series}" is not 1–10 letters or digits`, { field: 'series' });
  for (const key of ['receivablesAccount', 'taxReductionAccount', 'roundingAccount'] as const) {
    if (!ACCOUNT.test(s[key])) throw new SieExportError('bad-setting', `"${s[key]}" is not an account number (4–6 digits)`, { field: key });
  }
  const vatAccounts: Record<string, string> = {};
  for (const [rate, account] of Object.entries(s.vatAccounts)) {
    const r = swedishVatRate(rate);
    if (r === null || r === '0')
      throw new SieExportError('bad-setting', `"${rate}" is not a Swedish VAT rate with output VAT`, { field: `vatAccounts.${rate}` });
    if (!ACCOUNT.test(account)) throw new SieExportError('bad-setting', `"${account}" is not an account number (4–6 digits)`, { field: `vatAccounts.${rate}` });
    vatAccounts[r] = account;
  }
  if (s.projectLevel !== 'project' && s.projectLevel !== 'workOrder')
    throw new SieExportError('bad-setting', `"${String(s.projectLevel)}" is neither project nor workOrder`, { field: 'projectLevel' });
  return { ...s, vatAccounts };
}

// ---------------------------------------------------------------------------------------------
// The voucher of an invoice

/** How the run history and refusals name an invoice. */
export const invoiceReference = (i: Pick<InvoiceRecord, 'number' | 'isCredit'>) => `${i.isCredit ? 'Credit invoice' : 'Invoice'} ${i.number}`;

const TAX_REDUCTION_SV: Record<Exclude<InvoiceRecord['taxReductionType'], 'NONE'>, string> = { ROT: 'ROT', RUT: 'RUT', GREEN: 'grön teknik' };

/** The voucher's rows, debit positive, each amount with two decimals. */
export interface SieVoucherRow {
  account: string;
  objects: SieObjectRef[];
  amount: string;
  text: string;
}

export interface SieInvoiceVoucher extends SieWriteVoucher {
  ref: string;
  rows: SieVoucherRow[];
}

/** The rows sent for an invoice: the basis merged by what SIE tells apart (account, VAT rate, project or work order/ÄTA, cost centre). */
export function invoiceRows(inv: InvoiceRecord, s: Pick<SieExportSettings, 'projectLevel'>): InvoiceRowRecord[] {
  return invoiceRowsToSend(inv, { projectParts: s.projectLevel === 'workOrder', costCentres: true });
}

/** A revenue row's objects: its cost centre as dimension 1, its project (or work order/ÄTA at workOrder level) as dimension 6. */
export function rowObjects(
  r: Pick<InvoiceRowRecord, 'costCentreCode' | 'projectNumber' | 'projectPartNumber'>,
  s: Pick<SieExportSettings, 'projectLevel'>,
): SieObjectRef[] {
  const objects: SieObjectRef[] = [];
  if (r.costCentreCode) objects.push({ dimension: COST_CENTRE_DIMENSION, id: r.costCentreCode });
  const project = (s.projectLevel === 'workOrder' && r.projectPartNumber) || r.projectNumber;
  if (project) objects.push({ dimension: PROJECT_DIMENSION, id: project });
  return objects;
}

function money(value: string, ref: string, field: string): Decimal {
  const d = /^\s*[+-]?\d+(\.\d+)?\s*$/.test(value) ? new Decimal(value.trim()) : null;
  if (d === null || d.decimalPlaces() > 2) throw new SieExportError('bad-amount', `"${value}" is not an amount in kronor and öre`, { invoice: ref, field });
  return d;
}

/**
 * The SIE voucher of one locked customer invoice (or credit invoice), on its bookkeeping date in
 * the settings' series; numbered by the program that imports it. Zero amounts are left out.
 * Throws SieExportError naming the invoice when a row has no account, a rate has no VAT account,
 * the VAT does not reconcile or the rows would not sum to zero.
 */
export function invoiceVoucher(inv: InvoiceRecord, settings: SieExportSettings): SieInvoiceVoucher {
  const ref = invoiceReference(inv);
  const rows: SieVoucherRow[] = [];
  const add = (account: string, objects: SieObjectRef[], amount: Decimal, text: string) => {
    if (!amount.isZero()) rows.push({ account, objects, amount: amount.toFixed(2), text });
  };

  // A credit invoice's record carries its amounts negated; one that does not would book as a sale.
  if (inv.isCredit && money(inv.total, ref, 'total').gt(0))
    throw new SieExportError('bad-amount', `a credit invoice has a negative total, this one has ${inv.total}`, { invoice: ref, field: 'total' });

  const receivable = inv.receivablesAccount === undefined ? settings.receivablesAccount : String(inv.receivablesAccount);
  add(receivable, [], money(inv.amountToPay, ref, 'amountToPay'), 'Kundfordran');
  const reduction = money(inv.taxReductionAmount, ref, 'taxReductionAmount');
  if (inv.taxReductionType !== 'NONE') add(settings.taxReductionAccount, [], reduction, `Skattereduktion ${TAX_REDUCTION_SV[inv.taxReductionType]}`);
  else if (!reduction.isZero())
    throw new SieExportError('unbalanced', `a tax reduction of ${reduction.toFixed(2)} on an invoice without a tax-reduction type`, {
      invoice: ref,
      field: 'taxReductionAmount',
    });

  const basis = invoiceRows(inv, settings);
  basis.forEach((r, i) => {
    if (r.accountNumber === null)
      throw new SieExportError('missing-account', `row ${i + 1} (${r.description}) has no account`, { invoice: ref, field: `rows.${i}.accountNumber` });
    add(String(r.accountNumber), rowObjects(r, settings), money(r.amount, ref, `rows.${i}.amount`).neg(), r.description);
  });

  const vat = outputVatPerRate(inv, basis);
  if (!vat.ok) throw new SieExportError(vat.problem.code, vat.problem.message, { invoice: ref, field: vat.problem.field, difference: vat.problem.difference });
  for (const v of vat.vat) {
    const account = settings.vatAccounts[v.rate];
    if (account === undefined)
      throw new SieExportError('missing-vat-account', `no output VAT account is set for ${v.rate} %`, { invoice: ref, field: `vatAccounts.${v.rate}` });
    add(account, [], new Decimal(v.amount).neg(), `Utgående moms ${v.rate} %`);
  }
  add(settings.roundingAccount, [], money(inv.rounding, ref, 'rounding').neg(), 'Öresavrundning');

  const sum = rows.reduce((s, r) => s.plus(r.amount), new Decimal(0));
  if (!sum.isZero()) {
    throw new SieExportError('unbalanced', `the voucher does not balance: its rows sum to ${sum.toFixed(2)}, not zero`, {
      invoice: ref,
      field: 'rows',
      difference: sum.toFixed(2),
    });
  }
  if (rows.length === 0) throw new SieExportError('no-rows', 'the invoice books nothing (every amount is zero)', { invoice: ref, field: 'rows' });

  const kind = inv.isCredit ? 'Kreditfaktura' : 'Faktura';
  const credits = inv.isCredit && inv.creditOf ? ` kredit av faktura ${inv.creditOf.number}` : '';
  return { ref, series: settings.series, date: inv.bookkeepingDate, text: `${kind} ${inv.number} ${inv.customerNumber}${credits}`, rows };
}

// ---------------------------------------------------------------------------------------------
// The header

export interface SieCompany {
  name: string;
  /** Organisation number (a sole trader's personnummer), any common spelling; written NNNNNN-NNNN. */
  orgNr: string;
  program: { name: string; version: string };
  /** ISO date of generation and who generated the file. */
  generated: { date: string; sign?: string };
  /** #RAR: 0 the year the vouchers are in, -1 the one before. */
  fiscalYears: { index: number; start: string; end: string }[];
}

export interface SieAccountName {
  number: string;
  /** The company's name of the account; the BAS name of a default account, else "Konto NNNN", when absent. */
  name?: string;
}

export interface SieObjectName extends SieObjectRef {
  /** The cost centre's or project's name; its id when absent. */
  name?: string;
}

/**
 * The header of a SIE 4I file as the SDK writer takes it (`#FLAGGA`, `#FORMAT PC8` and `#SIETYP 4`
 * are the writer's own): `#PROGRAM`, `#GEN`, `#ORGNR`, `#FNAMN`, `#RAR`, one `#KONTO` per account
 * used, `#DIM` for each dimension the objects use and one `#OBJEKT` per object used. Accounts and
 * objects are sorted and listed once.
 */
export function sieHeader(company: SieCompany, accounts: readonly SieAccountName[], objects: readonly SieObjectName[]): Omit<SieWriteModel, 'vouchers'> {
  // A sole trader's organisation number is their personnummer (written with its 10 digits).
  const org = parseOrganisationNumber(company.orgNr);
  const person = org.ok ? org : parsePersonalIdentityNumber(company.orgNr.replace(/\s+/g, ''), { today: new Date(`${company.generated.date}T12:00:00Z`) });
  if (!person.ok) throw new SieExportError('bad-setting', `"${company.orgNr}" is not an organisation number: ${org.ok ? '' : org.message}`, { field: 'orgNr' });
  if (!company.name.trim()) throw new SieExportError('bad-setting', 'the company has no name', { field: 'name' });
  const digits = person.value.normalized.slice(-10);

  const chart = new Map<string, SieWriteAccount>();
  for (const a of accounts) {
    if (!ACCOUNT.test(a.number)) throw new SieExportError('bad-setting', `"${a.number}" is not an account number (4–6 digits)`, { field: 'accounts' });
    const known = chart.get(a.number);
    if (!known || a.name) chart.set(a.number, { number: a.number, name: a.name?.trim() || BAS_ACCOUNT_NAMES[a.number] || `Konto ${a.number}` });
  }
  const register = new Map<string, SieWriteObject>();
  for (const o of objects) {
    const key = JSON.stringify([o.dimension, o.id]);
    const known = register.get(key);
    if (!known || o.name) register.set(key, { dimension: o.dimension, id: o.id, name: o.name?.trim() || o.id });
  }
  const sortedObjects = [...register.values()].sort((a, b) => Number(a.dimension) - Number(b.dimension) || a.id.localeCompare(b.id, 'sv'));
  const dimensions: SieWriteDimension[] = [...new Set(sortedObjects.map((o) => o.dimension))].map((d) => ({
    number: d,
    name: DIMENSION_NAMES[d] ?? `Dimension ${d}`,
  }));
  return {
    program: company.program,
    generated: company.generated,
    companyName: company.name.trim(),
    orgNr: `${digits.slice(0, 6)}-${digits.slice(6)}`,
    fiscalYears: company.fiscalYears,
    accounts: [...chart.values()].sort((a, b) => a.number.localeCompare(b.number)),
    dimensions,
    objects: sortedObjects,
  };
}

/**
 * The #RAR records for vouchers on these dates: every fiscal year from the earliest voucher's to
 * the latest's, the latest as 0 and each earlier one numbered down (-1, -2 …). A fiscal year
 * starts on the first of `startMonth` (1 = the calendar year) and lasts twelve months.
 */
export function fiscalYearsOf(dates: readonly string[], startMonth = 1): { index: number; start: string; end: string }[] {
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12)
    throw new SieExportError('bad-setting', `${startMonth} is not a month (1–12)`, { field: 'fiscalYearStartMonth' });
  if (dates.length === 0) return [];
  // A date's fiscal year is named by the calendar year it starts in.
  const yearOf = (d: string) => {
    const [y, m] = d.split('-').map(Number) as [number, number];
    return m >= startMonth ? y : y - 1;
  };
  const years = dates.map(yearOf);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: { index: number; start: string; end: string }[] = [];
  for (let y = last; y >= first; y--) {
    const endYear = startMonth === 1 ? y : y + 1;
    const endMonth = startMonth === 1 ? 12 : startMonth - 1;
    const lastDay = new Date(Date.UTC(endYear, endMonth, 0)).getUTCDate();
    out.push({ index: y - last, start: `${y}-${pad(startMonth)}-01`, end: `${endYear}-${pad(endMonth)}-${pad(lastDay)}` });
  }
  return out;
}

/** The accounts and objects the vouchers use, each once. */
export function usedInVouchers(vouchers: readonly SieInvoiceVoucher[]): { accounts: SieAccountName[]; objects: SieObjectName[] } {
  const accounts = new Set<string>();
  const objects = new Map<string, SieObjectRef>();
  for (const v of vouchers) {
    for (const r of v.rows) {
      accounts.add(r.account);
      for (const o of r.objects) objects.set(JSON.stringify([o.dimension, o.id]), o);
    }
  }
  return { accounts: [...accounts].map((number) => ({ number })), objects: [...objects.values()] };
}

/**
 * The whole file model of a set of invoices: the header for the accounts and objects their
 * vouchers use (named from `names` where given) and one voucher per invoice.
 */
export function invoicesSieModel(
  company: SieCompany,
  invoices: readonly InvoiceRecord[],
  settings: SieExportSettings,
  names: { accounts?: readonly SieAccountName[]; objects?: readonly SieObjectName[] } = {},
): SieWriteModel & { vouchers: SieInvoiceVoucher[] } {
  const vouchers = invoices.map((inv) => invoiceVoucher(inv, settings));
  const used = usedInVouchers(vouchers);
  const accountNames = new Map((names.accounts ?? []).map((a) => [a.number, a.name]));
  const objectNames = new Map((names.objects ?? []).map((o) => [JSON.stringify([o.dimension, o.id]), o.name]));
  const header = sieHeader(
    company,
    used.accounts.map((a) => ({ number: a.number, name: accountNames.get(a.number) })),
    used.objects.map((o) => ({ ...o, name: objectNames.get(JSON.stringify([o.dimension, o.id])) })),
  );
  return { ...header, vouchers };
}

// ---------------------------------------------------------------------------------------------
// Supplier invoices (the optional flow supplier-invoice-export)
//
// One voucher per approved supplier invoice, booked on its invoice date, debit positive:
//   − supplier debt: the invoice total (credit)
//   + cost per row on the row's account, with cost centre (dimension 1) and project or work
//     order/ÄTA (dimension 6) as objects
//   + input VAT: the invoice's VAT on one account
//   + öresavrundning: what the total differs from net + VAT by (less than a krona)
// A credit note carries its amounts negative, so its voucher is an invoice's with every sign
// turned. The rows must sum to the net amount and the voucher to exactly zero, else it is refused.

export interface SieSupplierExportSettings {
  /** Voucher series of the supplier invoices' vouchers. */
  series: string;
  /** Leverantörsskulder (BAS 2440). */
  supplierDebtAccount: string;
  /** Ingående moms (BAS 2641 Debiterad ingående moms). */
  inputVatAccount: string;
  /** Öresavrundning (BAS 3740). */
  roundingAccount: string;
  /** project: cost on the main project; workOrder: on the work order/ÄTA when the row has one. */
  projectLevel: 'project' | 'workOrder';
}

export const DEFAULT_SUPPLIER_SETTINGS: SieSupplierExportSettings = {
  series: 'LF',
  supplierDebtAccount: '2440',
  inputVatAccount: '2641',
  roundingAccount: '3740',
  projectLevel: 'project',
};

/** The supplier-invoice settings with the BAS defaults for what is not given; refuses, naming the setting, what SIE cannot carry. */
export function sieSupplierExportSettings(input: Partial<SieSupplierExportSettings> = {}): SieSupplierExportSettings {
  const s: SieSupplierExportSettings = { ...DEFAULT_SUPPLIER_SETTINGS, ...input };
  if (!SERIES.test(s.series)) throw new SieExportError('bad-setting', `series "${s.series}" is not 1–10 letters or digits`, { field: 'supplierInvoiceSeries' });
  for (const key of ['supplierDebtAccount', 'inputVatAccount', 'roundingAccount'] as const) {
    if (!ACCOUNT.test(s[key])) throw new SieExportError('bad-setting', `"${s[key]}" is not an account number (4–6 digits)`, { field: key });
  }
  if (s.projectLevel !== 'project' && s.projectLevel !== 'workOrder')
    throw new SieExportError('bad-setting', `"${String(s.projectLevel)}" is neither project nor workOrder`, { field: 'projectLevel' });
  return s;
}

/** How the run history and refusals name a supplier invoice: "Supplier invoice A-1 Plåt AB (200)". */
export const supplierInvoiceReference = (
  i: Pick<SupplierInvoiceRecord, 'invoiceNumber'> & { supplier: Pick<SupplierInvoiceRecord['supplier'], 'number' | 'name'> },
) => `Supplier invoice ${i.invoiceNumber} ${i.supplier.name} (${i.supplier.number})`;

/** The largest öresavrundning a supplier invoice's total may carry (under a krona). */
const MAX_ROUNDING = new Decimal('0.99');

/**
 * The SIE voucher of one approved supplier invoice (or credit note), on its invoice date in the
 * settings' series. Zero amounts are left out. Throws SieExportError naming the invoice when an
 * amount or account is malformed, the rows do not sum to the net amount, the total is off net +
 * VAT by a krona or more, or the voucher would not balance.
 */
export function supplierInvoiceVoucher(inv: SupplierInvoiceRecord, settings: SieSupplierExportSettings): SieInvoiceVoucher {
  const ref = supplierInvoiceReference(inv);
  const rows: SieVoucherRow[] = [];
  const add = (account: string, objects: SieObjectRef[], amount: Decimal, text: string) => {
    if (!amount.isZero()) rows.push({ account, objects, amount: amount.toFixed(2), text });
  };
  const total = money(inv.total, ref, 'total');
  const net = money(inv.net, ref, 'net');
  const vat = money(inv.vat, ref, 'vat');

  add(settings.supplierDebtAccount, [], total.neg(), 'Leverantörsskuld');
  let costs = new Decimal(0);
  inv.rows.forEach((r, i) => {
    const account = String(r.accountNumber);
    if (!ACCOUNT.test(account))
      throw new SieExportError('missing-account', `row ${i + 1} has "${account}", not an account number (4–6 digits)`, {
        invoice: ref,
        field: `rows.${i}.accountNumber`,
      });
    const amount = money(r.amount, ref, `rows.${i}.amount`);
    costs = costs.plus(amount);
    add(account, rowObjects(r, settings), amount, r.description?.trim() || 'Kostnad');
  });
  if (!costs.equals(net)) {
    throw new SieExportError('unbalanced', `the rows sum to ${costs.toFixed(2)}, the net amount is ${net.toFixed(2)}`, {
      invoice: ref,
      field: 'rows',
      difference: costs.minus(net).toFixed(2),
    });
  }
  add(settings.inputVatAccount, [], vat, 'Ingående moms');
  const rounding = total.minus(net).minus(vat);
  if (rounding.abs().gt(MAX_ROUNDING)) {
    throw new SieExportError('unbalanced', `the total ${total.toFixed(2)} is not net + VAT (${net.plus(vat).toFixed(2)})`, {
      invoice: ref,
      field: 'total',
      difference: rounding.toFixed(2),
    });
  }
  add(settings.roundingAccount, [], rounding, 'Öresavrundning');

  const sum = rows.reduce((s, r) => s.plus(r.amount), new Decimal(0));
  if (!sum.isZero()) {
    throw new SieExportError('unbalanced', `the voucher does not balance: its rows sum to ${sum.toFixed(2)}, not zero`, {
      invoice: ref,
      field: 'rows',
      difference: sum.toFixed(2),
    });
  }
  if (rows.length === 0) throw new SieExportError('no-rows', 'the supplier invoice books nothing (every amount is zero)', { invoice: ref, field: 'rows' });

  const kind = total.isNegative() ? 'Leverantörskreditfaktura' : 'Leverantörsfaktura';
  return { ref, series: settings.series, date: inv.invoiceDate, text: `${kind} ${inv.invoiceNumber} ${inv.supplier.name}`, rows };
}
