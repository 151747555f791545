// Pure mapping between this system's records (SDK ports) and eAccounting v2 JSON, plus the rules
// the flows check before sending anything. No I/O: every function is table-tested in visma.test.ts.
import type {
  AccountRecord,
  AccountUpsert,
  CostCentreUpsert,
  CustomerRecord,
  InvoiceRecord,
  InvoiceRowRecord,
  PreflightIssue,
  ProjectPartRecord,
  ProjectRecord,
  SupplierInvoiceRecord,
  SupplierInvoiceSupplierRecord,
  SupplierRecord,
  SupplierUpsert,
  VoucherUpsert,
} from '@nordic-invoicing/connector-sdk';
import { invoiceRowsToSend, isClosedProjectStatus } from '@nordic-invoicing/connector-sdk';
import type {
  VismaAccount,
  VismaCostCenter,
  VismaCustomerInput,
  VismaDraftInput,
  VismaDraftRow,
  VismaInvoice,
  VismaProjectInput,
  VismaAttachmentUpload,
  VismaSupplier,
  VismaSupplierInput,
  VismaSupplierInvoiceInput,
  VismaSupplierInvoiceRow,
  VismaTermsOfPayment,
  VismaVoucher,
} from './client.js';
import { formatPersonnummer } from './personnummer.js';

// ---------------------------------------------------------------------------------------------
// References users recognise

export const customerReference = (c: Pick<CustomerRecord, 'number'>) => `Customer ${c.number}`;
export const projectReference = (p: Pick<ProjectRecord, 'number'>) => `Project ${p.number}`;
export const projectPartReference = (p: Pick<ProjectPartRecord, 'kind' | 'fullNumber'>) => `${p.kind === 'changeOrder' ? 'ÄTA' : 'Work order'} ${p.fullNumber}`;
export const invoiceReference = (i: Pick<InvoiceRecord, 'number'>) => `Invoice ${i.number}`;
export const supplierReference = (s: { number: string }) => `Supplier ${s.number}`;
export const supplierInvoiceReference = (i: { supplier: { number: string }; invoiceNumber: string }) =>
  `Supplier invoice ${i.supplier.number}/${i.invoiceNumber}`;
export const voucherReference = (v: Pick<VismaVoucher, 'NumberAndNumberSeries' | 'Id'>) => `Voucher ${v.NumberAndNumberSeries || v.Id}`;

// ---------------------------------------------------------------------------------------------
// Small helpers

const blank = (v: string | null | undefined): string | null => (v == null || v.trim() === '' ? null : v.trim());

/**
 * The object without its null and undefined properties: Visma's schemas mark no field nullable,
 * so an empty field is left out, never sent as null.
 */
export function compact<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

/** A calendar day as the date-time Visma's date fields take ("2026-11-02" → "2026-11-02T00:00:00"). */
export function dateTime(day: string): string {
  return `${day.slice(0, 10)}T00:00:00`;
}

/** Cuts a text to `max` characters (code points). */
export function truncate(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

const STOCKHOLM_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day (YYYY-MM-DD, Swedish time) of an ISO timestamp. */
export function swedishDate(iso: string): string {
  return STOCKHOLM_DAY.format(new Date(iso));
}

/** A decimal string as the number Visma's JSON takes (2 decimals are exact in a double's print). */
export function num(d: string): number {
  const n = Number(d);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${d}`);
  return Math.round(n * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Customers

/** The terms Visma requires on a customer: same number of days for sales, else 30 days, else the first for sales. */
export function pickTermsOfPayment(terms: readonly VismaTermsOfPayment[], days: number | null): VismaTermsOfPayment | null {
  const sales = terms.filter((t) => t.AvailableForSales !== false && t.TermsOfPaymentTypeId !== 2);
  return (days != null ? sales.find((t) => t.NumberOfDays === days) : undefined) ?? sales.find((t) => t.NumberOfDays === 30) ?? sales[0] ?? terms[0] ?? null;
}

export type Mapped<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/**
 * Our customer as a Visma customer. A private customer's personnummer goes out as YYMMDD-NNNK;
 * one that cannot be expressed so is a problem (reported before any request). Reverse charge on
 * construction services needs a VAT number in Visma, so it is only set with one.
 */
export function customerPayload(c: CustomerRecord, termsOfPaymentId: string, today: Date): Mapped<VismaCustomerInput> {
  const problems: string[] = [];
  let identity: string | null = blank(c.identityNumber);
  if (c.type === 'PRIVATE' && identity !== null) {
    const p = formatPersonnummer(identity, today);
    if (p.ok) identity = p.value;
    else problems.push(`personal identity number: ${p.problem}; Visma needs YYMMDD-NNNK with a correct check digit`);
  }
  if (!blank(c.postcode) || !blank(c.city)) problems.push('Visma requires a postcode and a city on the invoice address');
  if (problems.length) return { ok: false, problems };
  const vat = blank(c.vatNumber);
  return {
    ok: true,
    value: compact<VismaCustomerInput>({
      CustomerNumber: c.number,
      Name: truncate(c.name.trim(), 50),
      CorporateIdentityNumber: identity,
      VatNumber: vat,
      InvoiceAddress1: blank(c.address1) && truncate(blank(c.address1)!, 50),
      InvoiceAddress2: blank(c.address2) && truncate(blank(c.address2)!, 50),
      InvoicePostalCode: truncate(blank(c.postcode)!, 10),
      InvoiceCity: truncate(blank(c.city)!, 50),
      InvoiceCountryCode: c.countryCode || 'SE',
      EmailAddress: blank(c.email),
      Telephone: blank(c.phone),
      MobilePhone: blank(c.mobile),
      IsPrivatePerson: c.type === 'PRIVATE',
      IsActive: c.active,
      TermsOfPaymentId: termsOfPaymentId,
      ReverseChargeOnConstructionServices: c.type === 'COMPANY' && c.reverseCharge && vat !== null,
    } as VismaCustomerInput),
  };
}

// ---------------------------------------------------------------------------------------------
// Projects (work orders and ÄTA as projects of their own)

export const PROJECT_NUMBER_MAX = 9;
export const PROJECT_NAME_MAX = 50;

/**
 * Our project number as Visma holds it (max 9 characters): "10000", "10000_1", and ÄTA without
 * the zero padding when the padded form is too long ("10000_Ä001" → "10000_Ä1").
 */
export function vismaProjectNumber(ours: string): string {
  if ([...ours].length <= PROJECT_NUMBER_MAX) return ours;
  return ours.replace(/_Ä0*(\d+)$/, '_Ä$1');
}

/** Visma's project number back to ours ("10000_Ä1" → "10000_Ä001"). */
export function ourProjectNumber(visma: string): string {
  return visma.replace(/_Ä(\d{1,2})$/, (_m, n: string) => `_Ä${n.padStart(3, '0')}`);
}

export function projectNumberProblem(vismaNumber: string): string | null {
  const n = [...vismaNumber].length;
  if (n === 0) return 'the project number is empty';
  if (n > PROJECT_NUMBER_MAX) return `project number "${vismaNumber}" has ${n} characters; Visma allows at most ${PROJECT_NUMBER_MAX}`;
  return null;
}

/** Projects with status 40–89 are sent; from 90 one already sent is closed (the SDK's rule, the same in every connector). */
export { isExportableProjectStatus } from '@nordic-invoicing/connector-sdk';

export function projectPayload(p: ProjectRecord, customerId: string | null): VismaProjectInput {
  return compact<VismaProjectInput>({
    Number: vismaProjectNumber(p.number),
    Name: truncate(p.name.trim(), PROJECT_NAME_MAX),
    StartDate: dateTime(p.startDate ?? swedishDate(p.updatedAt)),
    EndDate: p.endDate ? dateTime(p.endDate) : undefined,
    Status: isClosedProjectStatus(p.statusCode) ? 2 : 1,
    CustomerId: customerId ?? undefined,
    Notes: p.leader ? truncate(`Projektledare: ${p.leader.name}`, 500) : undefined,
  });
}

/** Start date: its own, else the project's, else the day it was created; end date and leader from the project. */
export function projectPartPayload(part: ProjectPartRecord, customerId: string | null): VismaProjectInput {
  return compact<VismaProjectInput>({
    Number: vismaProjectNumber(part.fullNumber),
    Name: truncate(part.name.trim() || part.project.name.trim(), PROJECT_NAME_MAX),
    StartDate: dateTime(part.startDate ?? part.project.startDate ?? swedishDate(part.createdAt)),
    EndDate: part.project.endDate ? dateTime(part.project.endDate) : undefined,
    Status: isClosedProjectStatus(part.statusCode) ? 2 : 1,
    CustomerId: customerId ?? undefined,
    Notes: part.project.leader ? truncate(`Projektledare: ${part.project.leader.name}`, 500) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------
// Customer invoices

/**
 * What Visma would refuse in an invoice, found before it is locked: a ROT/RUT invoice needs at
 * least one work-cost row, each with a work type Visma knows and at least one work hour; a green
 * technology row a type Visma knows.
 */
export function invoicePreflight(inv: InvoiceRecord, o?: Pick<InvoiceLookups, 'projectLevel'>): PreflightIssue[] {
  if (inv.taxReductionType === 'NONE') return [];
  const issues: PreflightIssue[] = [];
  const rows = o ? invoiceRows(inv, o) : inv.rows;
  if (!rows.some((r) => r.taxReduction)) {
    issues.push({
      field: 'rows',
      message: `a ${inv.taxReductionType} invoice needs at least one row with a work type: give the labour lines their work types`,
    });
  }
  rows.forEach((r, i) => {
    const tr = r.taxReduction;
    if (!tr) return;
    const at = `row ${i + 1} (${r.description})`;
    if (tr.type === 'GREEN') {
      if (GREEN_TECHNOLOGY_TYPE[tr.workType] === undefined)
        issues.push({ field: `rows.${i}.taxReduction.workType`, message: `${at}: green technology type "${tr.workType}" has no Visma equivalent` });
      return;
    }
    if (WORK_COST_TYPE[tr.workType] === undefined)
      issues.push({ field: `rows.${i}.taxReduction.workType`, message: `${at}: work type "${tr.workType}" has no Visma equivalent` });
    if (tr.hours === null || !(Number(tr.hours) >= 1))
      issues.push({ field: `rows.${i}.taxReduction.hours`, message: `${at}: a ${tr.type} row needs at least 1 work hour in Visma` });
  });
  return issues;
}

/** Skatteverket's work types (our names) → Visma's WorkCostType integers. */
export const WORK_COST_TYPE: Readonly<Record<string, number>> = {
  Bygg: 1,
  El: 2,
  GlasPlatarbete: 3,
  MarkDraneringarbete: 4,
  Murning: 5,
  MalningTapetsering: 6,
  Vvs: 7,
  Stadning: 9,
  KladOchTextilvard: 10,
  Snoskottning: 12,
  Tradgardsarbete: 13,
  Barnpassning: 14,
  Personligomsorg: 15,
  Flyttjanster: 18,
  ItTjanster: 19,
  ReparationAvVitvaror: 22,
  TvattVidTvattinrattning: 26,
  Moblering: 27,
  TransportTillForsaljning: 28,
  TillsynAvBostad: 29,
};

/** Green technology work types → GreenTechnologyType. */
export const GREEN_TECHNOLOGY_TYPE: Readonly<Record<string, number>> = { SolcellInstallation: 1, EnergilagringInstallation: 2, LaddpunktInstallation: 3 };

export const ROT_RUT_TYPE = { NONE: 0, ROT: 1, RUT: 2, GREEN: 0 } as const;

/**
 * Quantity and unit price as Visma takes them (quantity 2 decimals): as given when they multiply
 * to the row's amount, otherwise 1 × the amount.
 */
export function rowPricing(row: Pick<InvoiceRowRecord, 'quantity' | 'unitPrice' | 'amount'>): { Quantity: number; UnitPrice: number } {
  const q = Number(row.quantity);
  const p = Number(row.unitPrice);
  const amount = num(row.amount);
  const qOk = Number.isFinite(q) && Math.round(q * 100) === q * 100;
  if (qOk && Number.isFinite(p) && Math.round(q * p * 100) === Math.round(amount * 100)) return { Quantity: q, UnitPrice: num(row.unitPrice) };
  return { Quantity: 1, UnitPrice: amount };
}

/**
 * The rows Visma gets: with revenue accounting one per account, VAT rate, project and cost centre
 * (Visma is sent every cost centre), the work order/ÄTA apart only when rows go to it
 * (projectLevel 'workOrder'), and labour/material/other and each work type apart on tax-reduction
 * invoices; without it, the billable lines as they are.
 */
export function invoiceRows(inv: InvoiceRecord, o: Pick<InvoiceLookups, 'projectLevel'>): InvoiceRowRecord[] {
  return invoiceRowsToSend(inv, { projectParts: o.projectLevel === 'workOrder', costCentres: true });
}

export interface InvoiceLookups {
  /** Our chart of accounts, by number. */
  accounts: ReadonlyMap<number, AccountRecord>;
  /** Visma article number → Id. */
  articles: ReadonlyMap<string, string>;
  /** Visma VAT code → Id. */
  vatCodes: ReadonlyMap<string, string>;
  /** Visma project number → Id. */
  projects: ReadonlyMap<string, string>;
  /** Our cost centre code (Visma item ShortName) → cost center item Id. */
  costCentreItems: ReadonlyMap<string, string>;
  /** Rows go to the work order/ÄTA's project when it is 'workOrder', else to the main project. */
  projectLevel: 'project' | 'workOrder';
  customerId: string;
  today: Date;
}

/**
 * The draft of a locked invoice: rows from the basis for the accounting system, each row's
 * article from its revenue account's "item number on invoice" and its VAT code from the account's
 * "external VAT code" (one article may serve a 25 % and a reverse-charge account); reverse charge
 * on construction services on the rows; ROT/RUT with persons as YYMMDD-NNNK. Every problem is
 * collected, so the report names them all at once.
 */
export function invoiceDraft(inv: InvoiceRecord, l: InvoiceLookups): Mapped<VismaDraftInput> {
  const problems: string[] = [];
  const rows: VismaDraftRow[] = [];
  const sent = invoiceRows(inv, l);
  sent.forEach((row, i) => {
    const at = `row ${i + 1} ("${truncate(row.description, 40)}")`;
    if (row.accountNumber == null) {
      problems.push(`${at} has no revenue account`);
      return;
    }
    const account = l.accounts.get(row.accountNumber);
    if (!account) {
      problems.push(`${at}: account ${row.accountNumber} is not in the chart of accounts`);
      return;
    }
    const item = blank(account.invoiceItemNumber);
    const vatCode = blank(account.externalVatCode);
    let articleId: string | undefined;
    if (!item) problems.push(`${at}: account ${account.number} has no item number on invoice (chart of accounts → "Item no. on invoice")`);
    else {
      articleId = l.articles.get(item);
      if (!articleId) problems.push(`${at}: item ${item} (account ${account.number}) does not exist in Visma`);
    }
    if (!vatCode) problems.push(`${at}: account ${account.number} has no external VAT code (chart of accounts → "External VAT code")`);
    else {
      if (!l.vatCodes.has(vatCode)) problems.push(`${at}: VAT code ${vatCode} (account ${account.number}) does not exist in Visma`);
    }

    const ourProject = l.projectLevel === 'workOrder' && row.projectPartNumber ? row.projectPartNumber : (row.projectNumber ?? inv.projectNumber);
    let projectId: string | null = null;
    if (ourProject) {
      projectId = l.projects.get(vismaProjectNumber(ourProject)) ?? null;
      if (!projectId) problems.push(`${at}: project ${ourProject} is not in Visma (it is sent by the project export)`);
    }
    let costCentreItemId: string | null = null;
    if (row.costCentreCode) {
      costCentreItemId = l.costCentreItems.get(row.costCentreCode) ?? null;
      if (!costCentreItemId) problems.push(`${at}: cost centre ${row.costCentreCode} is not in Visma`);
    }
    // The row's VAT is its article's coding's (a row's VatRateId is read-only); a reverse-charge
    // row is made VAT-free by ReversedConstructionServicesVatFree with a reverse-charge customer.
    const out: VismaDraftRow = compact<VismaDraftRow>({
      LineNumber: i + 1,
      ArticleId: articleId,
      IsTextRow: false,
      Text: truncate(row.description, 2000),
      ...rowPricing(row),
      ReversedConstructionServicesVatFree: inv.reverseCharge && Number(row.vatRate) === 0,
      ProjectId: projectId ?? undefined,
      CostCenterItemId1: costCentreItemId ?? undefined,
    });
    const tr = row.taxReduction;
    if (tr && (tr.type === 'ROT' || tr.type === 'RUT')) {
      const type = WORK_COST_TYPE[tr.workType];
      const hours = tr.hours == null ? null : Number(tr.hours);
      if (type === undefined) problems.push(`${at}: work type ${tr.workType} has no Visma equivalent`);
      if (hours === null || !(hours >= 1)) problems.push(`${at}: a ${tr.type} row needs at least 1 work hour in Visma`);
      out.WorkCostType = type ?? 0;
      out.IsWorkCost = true;
      out.WorkHours = hours;
    } else if (tr && tr.type === 'GREEN') {
      const type = GREEN_TECHNOLOGY_TYPE[tr.workType];
      if (type === undefined) problems.push(`${at}: green technology type ${tr.workType} has no Visma equivalent`);
      out.GreenTechnologyType = type ?? 0;
    }
    rows.push(out);
  });
  if (sent.length === 0) problems.push('the invoice has no rows in its basis for the accounting system');

  const draft: VismaDraftInput = {
    CustomerId: l.customerId,
    EuThirdParty: false,
    IsCreditInvoice: inv.isCredit,
    // The date the accounting system books it on: the bookkeeping date (the invoice date unless set).
    InvoiceDate: dateTime(inv.bookkeepingDate),
    RotReducedInvoicingType: ROT_RUT_TYPE[inv.taxReductionType],
    Rows: rows,
  };
  if (inv.yourReference) draft.YourReference = truncate(inv.yourReference, 100);
  if (inv.ourReference) draft.OurReference = truncate(inv.ourReference, 100);
  if (inv.taxReductionType !== 'NONE') {
    if (inv.taxReductionType === 'GREEN') draft.UsesGreenTechnology = true;
    draft.RotReducedInvoicingAmount = num(inv.taxReductionAmount);
    draft.RotReducedInvoicingAutomaticDistribution = false;
    if (inv.buyers.length === 0) problems.push(`a ${inv.taxReductionType} invoice needs at least one buyer with a personal identity number`);
    draft.Persons = inv.buyers.map((b) => {
      const p = formatPersonnummer(b.personalIdentityNumber, l.today);
      if (!p.ok) problems.push(`buyer ${b.name}: ${p.problem}; Visma needs YYMMDD-NNNK with a correct check digit`);
      return { Ssn: p.ok ? p.value : b.personalIdentityNumber, Amount: num(b.amount) };
    });
    const withBrf = inv.buyers.find((b) => blank(b.brfOrganisationNumber));
    const withProperty = inv.buyers.find((b) => blank(b.propertyDesignation));
    if (withBrf) {
      draft.RotPropertyType = 1;
      draft.RotReducedInvoicingOrgNumber = truncate(withBrf.brfOrganisationNumber!.trim(), 11);
      const apartment = truncate(blank(withBrf.apartmentNumber) ?? '', 40);
      if (apartment) draft.RotReducedInvoicingPropertyName = apartment;
    } else if (withProperty) {
      draft.RotPropertyType = 2;
      draft.RotReducedInvoicingPropertyName = truncate(withProperty.propertyDesignation!.trim(), 40);
    }
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: draft };
}

/** Whether a Visma invoice (or draft) is the one created for this draft: same customer, date, credit flag and row texts. */
export function sameInvoice(
  candidate: { CustomerId: string; InvoiceDate: string; IsCreditInvoice?: boolean; Rows?: { Text?: string | null }[] },
  draft: VismaDraftInput,
): boolean {
  const texts = (rows: { Text?: string | null }[] | undefined) => (rows ?? []).map((r) => r.Text ?? '').join('\u0000');
  return (
    candidate.CustomerId === draft.CustomerId &&
    candidate.InvoiceDate.slice(0, 10) === draft.InvoiceDate.slice(0, 10) &&
    Boolean(candidate.IsCreditInvoice) === draft.IsCreditInvoice &&
    texts(candidate.Rows) === texts(draft.Rows)
  );
}

/**
 * Paid in full: nothing remains to pay (RemainingAmount 0) on an invoice that had something to
 * pay. `CustomerInvoiceApi` has no payment date: the paid date is the Swedish calendar day of
 * `ModifiedUtc`, which changes when the settling payment is registered. Null when not paid.
 */
export function paidDate(inv: Pick<VismaInvoice, 'RemainingAmount' | 'TotalAmount' | 'ModifiedUtc'>): string | null {
  if (Math.round(inv.RemainingAmount * 100) !== 0 || Math.round(inv.TotalAmount * 100) === 0) return null;
  return inv.ModifiedUtc ? swedishDate(/Z|[+-]\d\d:\d\d$/.test(inv.ModifiedUtc) ? inv.ModifiedUtc : `${inv.ModifiedUtc}Z`) : null;
}

// ---------------------------------------------------------------------------------------------
// Imports

/** Cost centre items of the first dimension (the lowest-numbered cost center) → our cost centres, by short name. */
export function costCentreUpserts(centers: readonly VismaCostCenter[]): CostCentreUpsert[] {
  const first = [...centers].sort((a, b) => a.Number - b.Number)[0];
  if (!first) return [];
  return (first.Items ?? []).map((i) => ({ code: i.ShortName.trim(), name: i.Name.trim(), active: i.IsActive !== false && first.IsActive !== false }));
}

/** Accounts, once per number (accounts exist per fiscal year). */
export function accountUpserts(accounts: readonly VismaAccount[]): AccountUpsert[] {
  const byNumber = new Map<number, AccountUpsert>();
  for (const a of accounts) {
    const number = Number(a.Number);
    if (!Number.isInteger(number)) continue;
    byNumber.set(number, { number, name: a.Name.trim(), active: a.IsActive !== false });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** Debit, read from either spelling ("DebitAmount" on vouchers, "DebetAmount" on supplier-invoice rows). */
export function debitOf(row: { DebitAmount?: number; DebetAmount?: number }): number {
  return row.DebitAmount ?? row.DebetAmount ?? 0;
}

export function voucherUpsert(v: VismaVoucher, projectNumberById: ReadonlyMap<string, string>, costCentreCodeById: ReadonlyMap<string, string>): VoucherUpsert {
  const number = Number(/(\d+)\s*$/.exec(v.NumberAndNumberSeries ?? '')?.[1] ?? 0);
  return {
    remoteId: v.Id,
    series: v.NumberSeries ?? /^[A-Za-z]+/.exec(v.NumberAndNumberSeries ?? '')?.[0] ?? '',
    number,
    transactionDate: v.VoucherDate.slice(0, 10),
    description: blank(v.VoucherText),
    rows: (v.Rows ?? []).map((r, i) => {
      const visma = r.ProjectId ? projectNumberById.get(r.ProjectId) : undefined;
      return {
        rowIndex: i,
        accountNumber: Number(r.AccountNumber),
        debit: debitOf(r).toFixed(2),
        credit: (r.CreditAmount ?? 0).toFixed(2),
        projectNumber: visma ? ourProjectNumber(visma) : null,
        costCentreCode: (r.CostCenterItemId1 && costCentreCodeById.get(r.CostCenterItemId1)) || null,
        note: blank(r.TransactionText),
      };
    }),
  };
}

export function supplierUpsert(s: VismaSupplier): SupplierUpsert {
  return {
    number: s.SupplierNumber,
    name: s.Name.trim(),
    organisationNumber: blank(s.CorporateIdentityNumber),
    vatNumber: blank(s.VatNumber),
    address1: blank(s.Address1),
    address2: blank(s.Address2),
    postcode: blank(s.PostalCode),
    city: blank(s.City),
    countryCode: blank(s.CountryCode) ?? 'SE',
    email: blank(s.EmailAddress),
    phone: blank(s.Telephone),
    bankgiro: blank(s.BankgiroNumber),
    plusgiro: blank(s.PlusgiroNumber),
    iban: blank(s.BankIban),
    bic: blank(s.BankBic),
    active: s.IsActive !== false,
  };
}

/**
 * A supplier of the register as Visma takes it (supplier export, and the supplier update at
 * supplier invoice export). Swedish organisation numbers are stored as digits: 10 digits go out as
 * NNNNNN-NNNN, a sole trader's 12-digit personnummer as YYMMDD-NNNK (Visma's format for them).
 */
export function supplierPayload(s: SupplierRecord, termsOfPaymentId: string, today: Date): VismaSupplierInput {
  const org = blank(s.organisationNumber);
  const swedish = (s.countryCode || 'SE').toUpperCase() === 'SE';
  let identity = org;
  if (org && swedish && /^\d{10}$/.test(org)) identity = `${org.slice(0, 6)}-${org.slice(6)}`;
  else if (org && swedish && /^\d{12}$/.test(org)) {
    const p = formatPersonnummer(org, today);
    if (p.ok) identity = p.value;
  }
  return compact<VismaSupplierInput>({
    SupplierNumber: s.number,
    Name: truncate(s.name.trim(), 50),
    CorporateIdentityNumber: identity,
    VatNumber: blank(s.vatNumber),
    Address1: blank(s.address1),
    Address2: blank(s.address2),
    PostalCode: blank(s.postcode),
    City: blank(s.city),
    CountryCode: s.countryCode || 'SE',
    EmailAddress: blank(s.email),
    Telephone: blank(s.phone),
    BankgiroNumber: blank(s.bankgiro),
    PlusgiroNumber: blank(s.plusgiro),
    BankIban: blank(s.iban),
    BankBic: blank(s.bic),
    IsActive: s.active,
    TermsOfPaymentId: termsOfPaymentId,
  } as VismaSupplierInput);
}

// ---------------------------------------------------------------------------------------------
// Supplier invoices

/**
 * The supplier of a supplier invoice as a Visma supplier, through the supplier export's mapping.
 * The invoice carries no address or contact fields, so they go out empty (used when Visma lacks
 * the supplier, and when the register's record is not at hand).
 */
export function invoiceSupplierPayload(s: SupplierInvoiceSupplierRecord, termsOfPaymentId: string, today: Date): VismaSupplierInput {
  return supplierPayload(
    {
      id: s.id,
      number: s.number,
      name: s.name,
      organisationNumber: s.organisationNumber,
      vatNumber: s.vatNumber,
      address1: null,
      address2: null,
      postcode: null,
      city: null,
      countryCode: 'SE',
      email: null,
      phone: null,
      bankgiro: s.bankgiro,
      plusgiro: s.plusgiro,
      iban: s.iban,
      bic: null,
      active: true,
      updatedAt: '',
    },
    termsOfPaymentId,
    today,
  );
}

export interface SupplierInvoiceLookups {
  supplierId: string;
  /** Visma project number → Id. */
  projects: ReadonlyMap<string, string>;
  /** Our cost centre code (Visma item ShortName) → cost center item Id. */
  costCentreItems: ReadonlyMap<string, string>;
  /** Rows go to the work order/ÄTA's project when it is 'workOrder', else to the main project. */
  projectLevel: 'project' | 'workOrder';
  /** 'invoice': `POST /supplierinvoices` (rows spell `DebetAmount`); 'draft': `/supplierinvoicedrafts` (`DebitAmount`). */
  kind: 'invoice' | 'draft';
}

export const OCR_MAX = 25;
export const TRANSACTION_TEXT_MAX = 60;

/**
 * A supplier invoice for Visma: the header (total, VAT, dates, OCR, credit flag) and one cost
 * row per row of ours on its account, with the project (main project or AO/ÄTA per the project
 * level) and the cost centre when present. A positive amount is a debit, a negative one (credit
 * note) a credit. The rows must sum to the total less VAT (Visma answers 4032 otherwise), which
 * is checked here first. Every problem is collected.
 */
export function supplierInvoicePayload(inv: SupplierInvoiceRecord, l: SupplierInvoiceLookups): Mapped<VismaSupplierInvoiceInput> {
  const problems: string[] = [];
  const rows: VismaSupplierInvoiceRow[] = [];
  let sum = 0;
  inv.rows.forEach((row, i) => {
    const at = `row ${i + 1}${row.description ? ` ("${truncate(row.description, 40)}")` : ''}`;
    const ourProject = l.projectLevel === 'workOrder' && row.projectPartNumber ? row.projectPartNumber : row.projectNumber;
    let projectId: string | null = null;
    if (ourProject) {
      projectId = l.projects.get(vismaProjectNumber(ourProject)) ?? null;
      if (!projectId) problems.push(`${at}: project ${ourProject} is not in Visma (it is sent by the project export)`);
    }
    let costCentreItemId: string | null = null;
    if (row.costCentreCode) {
      costCentreItemId = l.costCentreItems.get(row.costCentreCode) ?? null;
      if (!costCentreItemId) problems.push(`${at}: cost centre ${row.costCentreCode} is not in Visma`);
    }
    const amount = num(row.amount);
    sum += Math.round(amount * 100);
    const debit = amount > 0 ? amount : 0;
    rows.push(
      compact<VismaSupplierInvoiceRow>({
        AccountNumber: row.accountNumber,
        ...(l.kind === 'invoice' ? { DebetAmount: debit } : { DebitAmount: debit }),
        CreditAmount: amount < 0 ? -amount : 0,
        TransactionText: row.description?.trim() ? truncate(row.description.trim(), TRANSACTION_TEXT_MAX) : undefined,
        ProjectId: projectId ?? undefined,
        CostCenterItemId1: costCentreItemId ?? undefined,
      }),
    );
  });
  if (inv.rows.length === 0) problems.push('the supplier invoice has no rows');
  const total = num(inv.total);
  const vat = num(inv.vat);
  if (inv.rows.length && sum !== Math.round((total - vat) * 100)) {
    problems.push(`the rows sum to ${(sum / 100).toFixed(2)} but the total less VAT is ${(total - vat).toFixed(2)}; Visma requires them to balance`);
  }
  const ocr = blank(inv.ocr);
  if (ocr && [...ocr].length > OCR_MAX) problems.push(`OCR number "${ocr}" has more than ${OCR_MAX} characters (Visma's limit)`);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: compact<VismaSupplierInvoiceInput>({
      SupplierId: l.supplierId,
      InvoiceNumber: inv.invoiceNumber,
      TotalAmount: total,
      Vat: vat,
      InvoiceDate: inv.invoiceDate ? dateTime(inv.invoiceDate) : undefined,
      DueDate: inv.dueDate ? dateTime(inv.dueDate) : undefined,
      IsCreditInvoice: total < 0,
      CurrencyCode: inv.currency,
      OcrNumber: ocr ?? undefined,
      Rows: rows,
    }),
  };
}

const ATTACHMENT_TYPES: readonly VismaAttachmentUpload['ContentType'][] = ['application/pdf', 'image/jpeg', 'image/png', 'image/tiff'];

/** The content type Visma's `/attachments` takes for a file, or null when it takes none of them. */
export function attachmentContentType(contentType: string): VismaAttachmentUpload['ContentType'] | null {
  const ct = contentType.split(';')[0]!.trim().toLowerCase();
  const normal = ct === 'image/jpg' || ct === 'image/pjpeg' ? 'image/jpeg' : ct === 'image/tif' ? 'image/tiff' : ct;
  return ATTACHMENT_TYPES.find((t) => t === normal) ?? null;
}
