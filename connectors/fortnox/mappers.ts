// Pure mapping between this system's records (SDK ports) and Fortnox v3 JSON, plus the rules the
// flows apply before sending. No I/O: tested with tables in fortnox.test.ts.
import type {
  CostCentreUpsert,
  AccountUpsert,
  CustomerRecord,
  InvoiceRecord,
  InvoiceRowRecord,
  PreflightIssue,
  ProjectPartRecord,
  ProjectRecord,
  SupplierInvoiceRecord,
  SupplierInvoiceRowRecord,
  SupplierInvoiceSupplierRecord,
  SupplierRecord,
  SupplierUpsert,
  VoucherUpsert,
} from '@nordic-invoicing/connector-sdk';
import { invoiceRowsToSend, isClosedProjectStatus } from '@nordic-invoicing/connector-sdk';
import type {
  FortnoxAccount,
  FortnoxCostCenter,
  FortnoxCustomer,
  FortnoxInvoiceInput,
  FortnoxInvoiceRow,
  FortnoxProject,
  FortnoxProjectStatus,
  FortnoxSupplier,
  FortnoxSupplierInvoiceInput,
  FortnoxSupplierInvoiceRow,
  FortnoxTaxReduction,
  FortnoxTaxReductionType,
  FortnoxVatType,
  FortnoxVoucher,
} from './client.js';

// ---------------------------------------------------------------------------------------------
// Rules

const PROJECT_CHAR = /^[A-Za-z0-9ÅÄÖåäö_/+-]$/;
export const PROJECT_NUMBER_MAX = 20;
export const PROJECT_NAME_MAX = 50;
export const PDF_MAX_BYTES = 5 * 1024 * 1024;

/** Why Fortnox would refuse this project number (≤ 20 of A–Ö a–ö 0–9 _ / + -), or null. */
export function projectNumberProblem(number: string): string | null {
  const chars = [...number];
  if (chars.length === 0) return 'it is empty';
  const problems: string[] = [];
  if (chars.length > PROJECT_NUMBER_MAX) problems.push(`it has ${chars.length} characters, Fortnox allows at most ${PROJECT_NUMBER_MAX}`);
  const bad = [...new Set(chars.filter((c) => !PROJECT_CHAR.test(c)))];
  if (bad.length)
    problems.push(`it contains ${bad.map((c) => (c === ' ' ? 'a space' : `"${c}"`)).join(', ')}; Fortnox allows A–Ö, a–ö, 0–9 and _ / + - (no ".")`);
  return problems.length ? problems.join(' and ') : null;
}

export function projectNumberMessage(number: string): string | null {
  const p = projectNumberProblem(number);
  return p === null ? null : `Project number "${number}" cannot be used in Fortnox: ${p}`;
}

export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

const blank = (v: string | null | undefined): string | null => (v == null || v.trim() === '' ? null : v.trim());

/**
 * A text field sent on every update: the trimmed text, or "" to clear it. Fortnox's fields are not
 * nullable (it refuses `null`), and a property left out is left as it is.
 */
const text = (v: string | null | undefined): string => blank(v) ?? '';

/**
 * The payload without the properties that have no value: Fortnox's fields are not nullable, so
 * a field with nothing to say (a date, a reference) is left out rather than sent as `null`.
 */
export function present<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
const STOCKHOLM_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** The calendar day (Swedish time) of an instant. */
export function swedishDate(d: Date | string): string {
  return STOCKHOLM_DAY.format(typeof d === 'string' ? new Date(d) : d);
}

/** Fortnox's `lastmodified` format, "YYYY-MM-DD HH:MM", Swedish local time. */
export function fortnoxTimestamp(d: Date): string {
  return STOCKHOLM_TIME.format(d).replace(',', '');
}

/** `months` calendar months before `d`, as YYYY-MM-DD (Swedish day). */
export function monthsBefore(d: Date, months: number): string {
  const [y, m, day] = swedishDate(d).split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
}

export const customerReference = (c: Pick<CustomerRecord, 'number'>) => `Customer ${c.number}`;
export const projectReference = (p: Pick<ProjectRecord, 'number'>) => `Project ${p.number}`;
export const projectPartReference = (p: Pick<ProjectPartRecord, 'kind' | 'fullNumber'>) => `${p.kind === 'changeOrder' ? 'ÄTA' : 'Work order'} ${p.fullNumber}`;
export const supplierReference = (s: Pick<SupplierRecord, 'number'>) => `Supplier ${s.number}`;
export const supplierInvoiceReference = (i: Pick<SupplierInvoiceRecord, 'invoiceNumber'> & { supplier: Pick<SupplierInvoiceSupplierRecord, 'number'> }) =>
  `Supplier invoice ${i.supplier.number}/${i.invoiceNumber}`;
export const invoiceReference = (i: Pick<InvoiceRecord, 'number' | 'isCredit'>) => `${i.isCredit ? 'Credit invoice' : 'Invoice'} ${i.number}`;

// ---------------------------------------------------------------------------------------------
// Projects

/** Projects with status 40–89 are sent; from 90 one already sent is closed (the SDK's rule, the same in every connector). */
export { isExportableProjectStatus } from '@nordic-invoicing/connector-sdk';

const DAY_MS = 86_400_000;

/**
 * When a finished project (status ≥ 90) is set COMPLETED in Fortnox: `delayDays` after it reached
 * 90; without an end date no earlier than 12 months after it reached 90. Null below 90.
 */
export function completionDate(p: Pick<ProjectRecord, 'statusCode' | 'finishedAt' | 'endDate'>, delayDays: number, fallbackFinishedAt: Date): Date | null {
  if (!isClosedProjectStatus(p.statusCode)) return null;
  const finished = p.finishedAt ? new Date(p.finishedAt) : fallbackFinishedAt;
  const byDelay = new Date(finished.getTime() + delayDays * DAY_MS);
  if (p.endDate) return byDelay;
  const twelve = new Date(finished);
  twelve.setUTCMonth(twelve.getUTCMonth() + 12);
  return twelve > byDelay ? twelve : byDelay;
}

export function projectStatus(p: Pick<ProjectRecord, 'statusCode' | 'finishedAt' | 'endDate'>, delayDays: number, now: Date): FortnoxProjectStatus {
  const at = completionDate(p, delayDays, now);
  return at !== null && at <= now ? 'COMPLETED' : 'ONGOING';
}

export function projectPayload(p: ProjectRecord, status: FortnoxProjectStatus): FortnoxProject {
  return {
    ProjectNumber: p.number,
    Description: truncate(p.name.trim() || p.number, PROJECT_NAME_MAX),
    Status: status,
    ...present({ StartDate: p.startDate, EndDate: p.endDate }),
    ProjectLeader: p.leader ? truncate(p.leader.name, 50) : '',
  };
}

/**
 * A work order or ÄTA as a Fortnox project "10000_1" / "10000_Ä001": start date the project's,
 * else the day the AO/ÄTA was created; end date always the project's; its own status.
 */
export function projectPartPayload(part: ProjectPartRecord): FortnoxProject {
  return {
    ProjectNumber: part.fullNumber,
    Description: truncate(part.name.trim() || part.project.name.trim() || part.fullNumber, PROJECT_NAME_MAX),
    Status: !isClosedProjectStatus(part.statusCode) ? 'ONGOING' : 'COMPLETED',
    StartDate: part.project.startDate ?? swedishDate(part.createdAt),
    ...present({ EndDate: part.project.endDate }),
    ProjectLeader: part.project.leader ? truncate(part.project.leader.name, 50) : '',
  };
}

// ---------------------------------------------------------------------------------------------
// Customers

const EU = new Set([
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SI',
  'SK',
]);

export function customerVatType(c: Pick<CustomerRecord, 'countryCode' | 'reverseCharge' | 'vatNumber' | 'type'>): FortnoxVatType {
  const country = (c.countryCode || 'SE').toUpperCase();
  if (country === 'SE') return c.reverseCharge && c.type === 'COMPANY' ? 'SEREVERSEDVAT' : 'SEVAT';
  if (EU.has(country)) return c.type === 'COMPANY' && blank(c.vatNumber) ? 'EUREVERSEDVAT' : 'EUVAT';
  return 'EXPORT';
}

/** The fields sent on every create and update. */
export function customerUpdatePayload(c: CustomerRecord): FortnoxCustomer {
  return {
    Name: c.name.trim(),
    // Address1 cannot be empty in Fortnox (at least one character): left out when we have none.
    ...present({ Address1: blank(c.address1) }),
    Address2: text(c.address2),
    ZipCode: text(c.postcode),
    City: text(c.city),
    Phone1: text(c.phone),
    Phone2: text(c.mobile),
    Email: text(c.email),
    TermsOfPayment: text(c.paymentTermCode),
    VATNumber: text(c.vatNumber),
    Type: c.type === 'PRIVATE' ? 'PRIVATE' : 'COMPANY',
  };
}

/** On creation also customer number, country code, VAT type and organisation number (personnummer for private customers). */
export function customerCreatePayload(c: CustomerRecord): FortnoxCustomer {
  return {
    CustomerNumber: c.number,
    ...customerUpdatePayload(c),
    CountryCode: (c.countryCode || 'SE').toUpperCase(),
    VATType: customerVatType(c),
    ...present({ OrganisationNumber: blank(c.identityNumber) }),
  };
}

// ---------------------------------------------------------------------------------------------
// Suppliers

/**
 * A supplier of the register as Fortnox takes it (supplier sync, and the supplier update at
 * supplier invoice export). Swedish organisation numbers and giro numbers, stored as digits here, go out as
 * Fortnox writes them (NNNNNN-NNNN, NNNN-NNNN), as for a supplier created with an invoice.
 */
export function supplierPayload(s: SupplierRecord): FortnoxSupplier {
  const swedish = (s.countryCode || 'SE').toUpperCase() === 'SE';
  const org = text(s.organisationNumber);
  return {
    SupplierNumber: s.number,
    Name: s.name.trim(),
    Address1: text(s.address1),
    Address2: text(s.address2),
    ZipCode: text(s.postcode),
    City: text(s.city),
    CountryCode: (s.countryCode || 'SE').toUpperCase(),
    Phone1: text(s.phone),
    Email: text(s.email),
    OrganisationNumber: swedish && /^\d{10}(\d{2})?$/.test(org) ? organisationNumber(org) : org,
    VATNumber: text(s.vatNumber),
    BG: /^\d+$/.test(text(s.bankgiro)) ? giro(text(s.bankgiro), 'bg') : text(s.bankgiro),
    PG: /^\d+$/.test(text(s.plusgiro)) ? giro(text(s.plusgiro), 'pg') : text(s.plusgiro),
    IBAN: text(s.iban),
    BIC: text(s.bic),
    Active: s.active,
  };
}

export function supplierUpsert(s: FortnoxSupplier): SupplierUpsert {
  const out: SupplierUpsert = { number: String(s.SupplierNumber ?? '').trim(), name: s.Name.trim() };
  const set = <K extends keyof SupplierUpsert>(k: K, v: SupplierUpsert[K] | undefined) => {
    if (v !== undefined) out[k] = v;
  };
  set('organisationNumber', blank(s.OrganisationNumber));
  set('vatNumber', s.VATNumber === undefined ? undefined : blank(s.VATNumber));
  set('address1', blank(s.Address1));
  set('address2', blank(s.Address2));
  set('postcode', blank(s.ZipCode));
  set('city', blank(s.City));
  set('countryCode', s.CountryCode === undefined ? undefined : (blank(s.CountryCode) ?? 'SE'));
  set('email', blank(s.Email));
  set('phone', blank(s.Phone1 ?? s.Phone));
  set('bankgiro', blank(s.BG));
  set('plusgiro', blank(s.PG));
  set('iban', s.IBAN === undefined ? undefined : blank(s.IBAN));
  set('bic', s.BIC === undefined ? undefined : blank(s.BIC));
  if (s.Active !== undefined) out.active = s.Active;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Registers

export function costCentreUpsert(c: FortnoxCostCenter): CostCentreUpsert {
  return { code: c.Code.trim(), name: (c.Description ?? '').trim() || c.Code.trim(), active: c.Active !== false };
}

export function accountUpsert(a: FortnoxAccount): AccountUpsert {
  return { number: Number(a.Number), name: a.Description.trim(), active: a.Active !== false };
}

// ---------------------------------------------------------------------------------------------
// Vouchers

/** The voucher's identity in the id of our import: "<financial year id>/<series>/<number>". */
export const voucherRemoteId = (yearId: number, series: string, number: number) => `${yearId}/${series}/${number}`;

const amount = (v: number | string | undefined | null) => (Number(v ?? 0) || 0).toFixed(2);

/** Every (non-removed) row is passed with its position; the port keeps those with a project of ours. */
export function voucherUpsert(v: FortnoxVoucher, yearId: number): VoucherUpsert {
  const number = Number(v.VoucherNumber);
  return {
    remoteId: voucherRemoteId(yearId, v.VoucherSeries, number),
    series: v.VoucherSeries,
    number,
    transactionDate: v.TransactionDate,
    description: blank(v.Description),
    rows: (v.VoucherRows ?? []).flatMap((r, i) =>
      r.Removed
        ? []
        : [
            {
              rowIndex: i + 1,
              accountNumber: Number(r.Account),
              debit: amount(r.Debit),
              credit: amount(r.Credit),
              projectNumber: blank(r.Project ?? null),
              costCentreCode: blank(r.CostCenter ?? null),
              note: blank(r.TransactionInformation ?? null),
            },
          ],
    ),
  };
}

/** Whether any row carries a project (only those rows are imported). */
export function voucherHasProjectRows(v: VoucherUpsert): boolean {
  return v.rows.some((r) => r.projectNumber !== null);
}

// ---------------------------------------------------------------------------------------------
// Invoices

/** Skatteverket's work types (our names) → Fortnox HouseWorkType. */
export const HOUSE_WORK_TYPES: Record<string, string> = {
  // ROT
  Bygg: 'CONSTRUCTION',
  El: 'ELECTRICITY',
  GlasPlatarbete: 'GLASSMETALWORK',
  MarkDraneringarbete: 'GROUNDDRAINAGEWORK',
  Murning: 'MASONRY',
  MalningTapetsering: 'PAINTINGWALLPAPERING',
  Vvs: 'HVAC',
  // RUT
  Stadning: 'CLEANING',
  KladOchTextilvard: 'TEXTILECLOTHING',
  Snoskottning: 'SNOWPLOWING',
  Tradgardsarbete: 'GARDENING',
  Barnpassning: 'BABYSITTING',
  Personligomsorg: 'OTHERCARE',
  Flyttjanster: 'MOVINGSERVICES',
  ItTjanster: 'ITSERVICES',
  ReparationAvVitvaror: 'MAJORAPPLIANCEREPAIR',
  Moblering: 'FURNISHING',
  TillsynAvBostad: 'HOMEMAINTENANCE',
  TransportTillForsaljning: 'TRANSPORTATIONSERVICES',
  TvattVidTvattinrattning: 'WASHINGANDCAREOFCLOTHING',
  // Green technology
  SolcellInstallation: 'SOLARCELLS',
  EnergilagringInstallation: 'STORAGESELFPRODUCEDELECTRICITY',
  LaddpunktInstallation: 'CHARGINGSTATIONELECTRICVEHICLE',
};

export function houseWorkType(workType: string): string {
  const t = HOUSE_WORK_TYPES[workType];
  if (!t) throw new Error(`Work type "${workType}" has no Fortnox HouseWorkType`);
  return t;
}

/**
 * What Fortnox would refuse in an invoice, found before it is locked: a tax-reduction invoice
 * needs at least one row marked as house work (Fortnox answers "Minst en rad måste vara markerad
 * som husarbete", code 2000600), and every house-work row a work type Fortnox knows.
 */
export function invoicePreflight(inv: InvoiceRecord, o?: Pick<InvoiceMapOptions, 'projectNumbering' | 'includeCostCentres'>): PreflightIssue[] {
  if (inv.taxReductionType === 'NONE') return [];
  const issues: PreflightIssue[] = [];
  const rows = o ? invoiceRows(inv, o) : inv.rows;
  if (!rows.some((r) => r.taxReduction)) {
    issues.push({
      field: 'rows',
      message: `a ${inv.taxReductionType} invoice needs at least one row marked as house work: give the labour lines their work types`,
    });
  }
  rows.forEach((r, i) => {
    if (r.taxReduction && !HOUSE_WORK_TYPES[r.taxReduction.workType]) {
      issues.push({
        field: `rows.${i}.taxReduction.workType`,
        message: `row ${i + 1} (${r.description}): work type "${r.taxReduction.workType}" has no Fortnox house-work type`,
      });
    }
  });
  return issues;
}

export function taxReductionType(t: InvoiceRecord['taxReductionType']): FortnoxTaxReductionType {
  return t === 'ROT' ? 'rot' : t === 'RUT' ? 'rut' : t === 'GREEN' ? 'green' : 'none';
}

export interface InvoiceMapOptions {
  /** 'projectsAndParts': a row on an AO/ÄTA gets "10000_1" / "10000_Ä001"; else the main project. */
  projectNumbering: 'projects' | 'projectsAndParts';
  includeCostCentres: boolean;
  /** Fortnox's DocumentNumber of the credited invoice (credit invoices). */
  creditedDocumentNumber?: string | null;
}

const num = (s: string) => Number(s);

/**
 * The rows Fortnox gets: with revenue accounting one per account, VAT rate and project, the
 * work order/ÄTA apart only with 'projectsAndParts' and the cost centre only when cost centres are
 * sent (and labour/material/other and each work type apart on tax-reduction invoices); without
 * it, the billable lines as they are.
 */
export function invoiceRows(inv: InvoiceRecord, o: Pick<InvoiceMapOptions, 'projectNumbering' | 'includeCostCentres'>): InvoiceRowRecord[] {
  return invoiceRowsToSend(inv, { projectParts: o.projectNumbering === 'projectsAndParts', costCentres: o.includeCostCentres });
}

export function invoiceRowPayload(
  r: InvoiceRowRecord,
  inv: Pick<InvoiceRecord, 'reverseCharge' | 'taxReductionType'>,
  o: InvoiceMapOptions,
): FortnoxInvoiceRow {
  const qty = num(r.quantity);
  const price = num(r.unitPrice);
  const amt = num(r.amount);
  // Fortnox computes the row total as quantity × price; when our amount is not that (rounding,
  // discounts), one unit at the row's amount keeps the totals exact.
  const exact = Math.abs(qty * price - amt) < 0.005;
  const row: FortnoxInvoiceRow = present({
    Description: truncate(r.description, 255),
    DeliveredQuantity: exact ? r.quantity : '1',
    Price: exact ? price : amt,
    VAT: inv.reverseCharge ? 0 : Math.round(num(r.vatRate)),
    Unit: r.unit ? truncate(r.unit, 10) : null,
    Project: (o.projectNumbering === 'projectsAndParts' && r.projectPartNumber) || r.projectNumber || null,
  });
  if (r.accountNumber !== null) row.AccountNumber = r.accountNumber;
  if (o.includeCostCentres && r.costCentreCode) row.CostCenter = r.costCentreCode;
  if (inv.taxReductionType !== 'NONE') {
    if (r.taxReduction) {
      row.HouseWork = true;
      row.HouseWorkType = houseWorkType(r.taxReduction.workType);
      if (r.taxReduction.hours !== null) row.HouseWorkHoursToReport = Math.min(999, Math.round(Math.abs(num(r.taxReduction.hours))));
    } else {
      row.HouseWork = false;
      row.HouseWorkType = 'OTHERCOSTS';
    }
  }
  return row;
}

export function invoicePayload(inv: InvoiceRecord, o: InvoiceMapOptions): FortnoxInvoiceInput {
  const out: FortnoxInvoiceInput = present({
    CustomerNumber: inv.customerNumber,
    // The date the accounting system books it on: the bookkeeping date (the invoice date unless set).
    InvoiceDate: inv.bookkeepingDate,
    DueDate: inv.dueDate,
    InvoiceType: 'INVOICE',
    Currency: 'SEK',
    YourReference: inv.yourReference ? truncate(inv.yourReference, 50) : null,
    OurReference: inv.ourReference ? truncate(inv.ourReference, 50) : null,
    ExternalInvoiceReference1: String(inv.number),
    // The customer pays with it: Fortnox prints it and matches payments by it.
    OCR: inv.ocrReference ?? null,
    Project: inv.projectNumber || null,
    InvoiceRows: invoiceRows(inv, o).map((r) => invoiceRowPayload(r, inv, o)),
  });
  if (inv.reverseCharge) out.Remarks = 'Omvänd betalningsskyldighet för byggtjänster gäller.';
  if (inv.taxReductionType !== 'NONE') out.TaxReductionType = taxReductionType(inv.taxReductionType);
  if (inv.isCredit && o.creditedDocumentNumber) out.CreditInvoiceReference = o.creditedDocumentNumber;
  return out;
}

/** The tax-reduction applications of an invoice: one per buyer (none on credit invoices). */
export function taxReductionPayloads(inv: InvoiceRecord, documentNumber: string): FortnoxTaxReduction[] {
  if (inv.taxReductionType === 'NONE' || inv.isCredit) return [];
  const greenType = inv.rows.find((r) => r.taxReduction)?.taxReduction?.workType;
  return inv.buyers.map((b) => {
    const asked = Math.max(0, Math.floor(num(b.amount)));
    const t: FortnoxTaxReduction = {
      ReferenceDocumentType: 'INVOICE',
      ReferenceNumber: documentNumber,
      SocialSecurityNumber: b.personalIdentityNumber,
      CustomerName: b.name,
      AskedAmount: asked,
    };
    if (b.propertyDesignation) t.PropertyDesignation = b.propertyDesignation;
    if (b.brfOrganisationNumber) t.ResidenceAssociationOrganisationNumber = b.brfOrganisationNumber;
    if (inv.taxReductionType === 'GREEN' && greenType) t.TaxReductionAmounts = [{ AskedAmount: asked, WorkType: houseWorkType(greenType) }];
    return t;
  });
}

/** Fully paid (Balance 0) with a final pay date on or after `from`: the paid date to record, else null. */
export function paidDateOf(item: { Balance?: number | string; FinalPayDate?: string | null }, from: string): string | null {
  if (Number(item.Balance ?? NaN) !== 0) return null;
  const d = item.FinalPayDate ? item.FinalPayDate.slice(0, 10) : null;
  return d && d >= from ? d : null;
}

// ---------------------------------------------------------------------------------------------
// Supplier invoices

/** A supplier missing in Fortnox, created from what the supplier invoice carries. */
export function supplierInvoiceSupplierPayload(s: SupplierInvoiceSupplierRecord): FortnoxSupplier {
  const out: FortnoxSupplier = { SupplierNumber: s.number, Name: s.name.trim() || s.number };
  if (blank(s.organisationNumber)) out.OrganisationNumber = organisationNumber(s.organisationNumber!);
  if (blank(s.vatNumber)) out.VATNumber = s.vatNumber!.trim();
  if (blank(s.bankgiro)) out.BG = giro(s.bankgiro!, 'bg');
  if (blank(s.plusgiro)) out.PG = giro(s.plusgiro!, 'pg');
  if (blank(s.iban)) out.IBAN = s.iban!.trim();
  return out;
}

/** Normalised digits → Fortnox's usual "NNNNNN-NNNN" (12-digit personnummer "YYYYMMDD-NNNN"). */
export function organisationNumber(digits: string): string {
  const d = digits.replace(/\D/g, '');
  return d.length === 10 || d.length === 12 ? `${d.slice(0, -4)}-${d.slice(-4)}` : digits.trim();
}

/** Bankgiro "NNN-NNNN" / "NNNN-NNNN"; plusgiro "N…N-N". */
export function giro(digits: string, kind: 'bg' | 'pg'): string {
  const d = digits.replace(/\D/g, '');
  if (kind === 'bg') return d.length === 7 || d.length === 8 ? `${d.slice(0, -4)}-${d.slice(-4)}` : digits.trim();
  return d.length >= 2 ? `${d.slice(0, -1)}-${d.slice(-1)}` : digits.trim();
}

export interface SupplierInvoiceMapOptions {
  /** 'projectsAndParts': a row on an AO/ÄTA gets "10000_1" / "10000_Ä001"; else the main project. */
  projectNumbering: 'projects' | 'projectsAndParts';
  includeCostCentres: boolean;
  /** Credited on the TOT row (BAS 2440 Leverantörsskulder). */
  supplierDebtAccount: number;
  /** Debited on the VAT row (BAS 2640 Ingående moms). */
  inputVatAccount: number;
}

const cents = (v: string) => Math.round(Number(v) * 100);
/** A signed amount on its side: positive → debit, negative → credit (credit notes turn around). */
function side(amountCents: number, normal: 'debit' | 'credit'): { Debit: number; Credit: number } {
  const v = Math.abs(amountCents) / 100;
  const debit = amountCents >= 0 === (normal === 'debit');
  return debit ? { Debit: v, Credit: 0 } : { Debit: 0, Credit: v };
}

export function supplierInvoiceCostRow(r: SupplierInvoiceRowRecord, o: SupplierInvoiceMapOptions): FortnoxSupplierInvoiceRow {
  const row: FortnoxSupplierInvoiceRow = present({
    Account: r.accountNumber,
    ...side(cents(r.amount), 'debit'),
    Project: (o.projectNumbering === 'projectsAndParts' && r.projectPartNumber) || r.projectNumber || null,
  });
  if (o.includeCostCentres && r.costCentreCode) row.CostCenter = r.costCentreCode;
  if (blank(r.description)) row.TransactionInformation = truncate(r.description!.trim(), 100);
  return row;
}

/**
 * The supplier invoice as Fortnox takes it: one cost row per row of ours (debit, its account,
 * project and cost centre), a VAT row (code VAT, debit on the input-VAT account) and the TOT row
 * (credit of the total on the supplier-debt account). Credit notes (negative amounts) turn every
 * side around. Rows sum to zero.
 */
export function supplierInvoicePayload(inv: SupplierInvoiceRecord, o: SupplierInvoiceMapOptions): FortnoxSupplierInvoiceInput {
  const rows = inv.rows.map((r) => supplierInvoiceCostRow(r, o));
  const vat = cents(inv.vat);
  if (vat !== 0) rows.push({ Code: 'VAT', Account: o.inputVatAccount, ...side(vat, 'debit') });
  rows.push({ Code: 'TOT', Account: o.supplierDebtAccount, ...side(cents(inv.total), 'credit') });
  const out: FortnoxSupplierInvoiceInput = present({
    SupplierNumber: inv.supplier.number,
    InvoiceNumber: truncate(inv.invoiceNumber, 64),
    InvoiceDate: inv.invoiceDate,
    DueDate: inv.dueDate,
    Total: Number(inv.total).toFixed(2),
    VAT: Number(inv.vat).toFixed(2),
    Currency: 'SEK',
    OCR: blank(inv.ocr),
    Comments: blank(inv.description),
    SupplierInvoiceRows: rows,
  });
  return out;
}

/** Whether a supplier invoice row set balances (debits = credits), as Fortnox requires. */
export function supplierInvoiceBalances(rows: readonly FortnoxSupplierInvoiceRow[]): boolean {
  const sum = rows.reduce((s, r) => s + Math.round((r.Debit ?? 0) * 100) - Math.round((r.Credit ?? 0) * 100), 0);
  return sum === 0;
}

/** A voucher Fortnox created by booking a supplier invoice: its GivenNumber, else null. */
export function supplierInvoiceOfVoucher(v: Pick<FortnoxVoucher, 'ReferenceType' | 'ReferenceNumber'>): string | null {
  if ((v.ReferenceType ?? '').toUpperCase() !== 'SUPPLIERINVOICE') return null;
  const n = String(v.ReferenceNumber ?? '').trim();
  return n === '' ? null : n;
}

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png', 'image/tiff': 'tif', 'image/gif': 'gif' };

/** The name the image of a voucher is stored under here: the connection's name, else "Verifikat A12.pdf". */
export function voucherFileName(name: string | null | undefined, series: string, number: number, contentType: string): string {
  const n = blank(name);
  if (n) return truncate(n, 200);
  return `Verifikat ${series}${number}.${EXTENSIONS[contentType.toLowerCase()] ?? 'pdf'}`;
}
