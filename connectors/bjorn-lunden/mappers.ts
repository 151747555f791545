// Pure mappings between this system's records and Björn Lundén's (BL) shapes. No I/O; every
// function is table-tested in bjorn-lunden.test.ts. Field limits are the specification's
// (customer number 8 characters on an invoice, project 16, cost centre 6, ROT/RUT names 40).
import { Decimal } from 'decimal.js';
import {
  type AccountRecord,
  type AccountUpsert,
  type CostCentreUpsert,
  type CustomerRecord,
  formatPersonalIdentityNumberShort,
  type InvoiceRecord,
  type InvoiceRowRecord,
  invoiceRowsToSend,
  luhnCheckDigit,
  outputVatPerRate,
  parseOrganisationNumber,
  parsePersonalIdentityNumber,
  type PreflightIssue,
  type ProjectPartRecord,
  type ProjectRecord,
  type SupplierInvoiceRecord,
  type SupplierInvoiceSupplierRecord,
  type SupplierRecord,
  type SupplierUpsert,
  type VoucherUpsert,
  isClosedProjectStatus,
} from '@nordic-invoicing/connector-sdk';
import type {
  BlAccount,
  BlArticle,
  BlCostCenter,
  BlCustomer,
  BlInvoice,
  BlJournalEntry,
  BlNewInvoice,
  BlNewOrder,
  BlOrder,
  BlOrderLine,
  BlProject,
  BlRotRut,
  BlSubLedgerEntry,
  BlSupplier,
  BlSupplierInvoice,
} from './client.js';

export type Mapped<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export const LIMITS = {
  customerNumber: 8,
  projectNumber: 16,
  costCentre: 6,
  rotRutName: 40,
  rotRutProperty: 40,
  /** An order line's item (articleId) and account (accountId). */
  item: 18,
  lineAccount: 6,
  lineDescription: 80,
  lineUnit: 10,
  orderReference: 40,
} as const;

/** At most this many buyers share a ROT/RUT reduction in BL (socialSecurityNumber1 and 2). */
export const MAX_TAX_REDUCTION_PERSONS = 2;

// ---------------------------------------------------------------------------------------------
// References users recognise

export const customerReference = (c: Pick<CustomerRecord, 'number'>) => `Customer ${c.number}`;
export const projectReference = (p: Pick<ProjectRecord, 'number'>) => `Project ${p.number}`;
export const projectPartReference = (p: Pick<ProjectPartRecord, 'kind' | 'fullNumber'>) => `${p.kind === 'workOrder' ? 'Work order' : 'ÄTA'} ${p.fullNumber}`;
export const invoiceReference = (i: Pick<InvoiceRecord, 'number' | 'isCredit'>) => `${i.isCredit ? 'Credit invoice' : 'Invoice'} ${i.number}`;
export const supplierReference = (s: { number: string }) => `Supplier ${s.number}`;
export const supplierInvoiceReference = (i: { supplier: { number: string }; invoiceNumber: string }) =>
  `Supplier invoice ${i.supplier.number}/${i.invoiceNumber}`;

// ---------------------------------------------------------------------------------------------
// Identity numbers

export type IdentityResult = { ok: true; value: string } | { ok: false; problem: string };

/**
 * A private customer's personnummer as BL's customer register writes it: `YYMMDD-NNNK` (`+` from
 * the year the person turns 100), the form of the specification's `organisationNumber` example.
 */
export function blPersonnummer(input: string | null | undefined, today: Date): IdentityResult {
  const raw = (input ?? '').trim();
  if (!raw) return { ok: false, problem: 'the personal identity number is missing' };
  const parsed = parsePersonalIdentityNumber(raw.replace(/\s+/g, ''), { today });
  if (parsed.ok) return { ok: true, value: formatPersonalIdentityNumberShort(parsed.value.normalized, { today }) };
  if (parsed.code === 'CHECK_DIGIT') {
    const ten = raw.replace(/\D/g, '').slice(-10);
    return { ok: false, problem: `"${raw}" has the wrong check digit (the last digit should be ${luhnCheckDigit(ten.slice(0, 9))}); BL needs YYMMDD-NNNK` };
  }
  return { ok: false, problem: `"${raw}" is not a personal identity number BL can take (YYMMDD-NNNK): ${parsed.message}` };
}

/** A ROT/RUT buyer's personnummer as BL's ROT/RUT basis takes it: 12 digits YYYYMMDDNNNK. */
export function blSocialSecurityNumber(input: string, today: Date): IdentityResult {
  const parsed = parsePersonalIdentityNumber(input.replace(/\s+/g, ''), { today });
  return parsed.ok
    ? { ok: true, value: parsed.value.normalized }
    : { ok: false, problem: `"${input}" is not a valid personal identity number: ${parsed.message}` };
}

// ---------------------------------------------------------------------------------------------
// Customers

export function customerPayload(c: CustomerRecord, today: Date): Mapped<Omit<BlCustomer, 'entityId'>> {
  const problems: string[] = [];
  if ([...c.number].length > LIMITS.customerNumber) problems.push(`customer number ${c.number} is longer than BL's ${LIMITS.customerNumber} characters`);
  let organisationNumber: string | undefined;
  if (c.type === 'PRIVATE') {
    if (c.identityNumber) {
      const pnr = blPersonnummer(c.identityNumber, today);
      if (pnr.ok) organisationNumber = pnr.value;
      else problems.push(pnr.problem);
    }
  } else if (c.identityNumber) {
    const org = parseOrganisationNumber(c.identityNumber);
    // A sole trader's organisation number is their personnummer.
    const person = org.ok ? null : blPersonnummer(c.identityNumber, today);
    if (org.ok) organisationNumber = `${org.value.normalized.slice(0, 6)}-${org.value.normalized.slice(6)}`;
    else if (person?.ok) organisationNumber = person.value;
    else problems.push(`"${c.identityNumber}" is not an organisation number`);
  }
  if (problems.length) return { ok: false, problems };
  const street = [c.address1, c.address2].filter((s): s is string => !!s?.trim()).join(', ');
  return {
    ok: true,
    value: strip({
      id: c.number,
      name: c.name,
      organisationNumber,
      vatNumber: c.vatNumber ?? undefined,
      street: street || undefined,
      zip: c.postcode ?? undefined,
      city: c.city ?? undefined,
      countryCode: c.countryCode,
      phone: c.phone ?? undefined,
      mobile: c.mobile ?? undefined,
      email: c.email ?? undefined,
      paymentTerms: c.paymentTermDays === null ? undefined : String(c.paymentTermDays),
      currency: 'SEK',
      closed: !c.active,
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Projects

/** Projects with status 40–89 are sent; from 90 one already sent is closed (the SDK's rule, the same in every connector). */
export { isExportableProjectStatus } from '@nordic-invoicing/connector-sdk';

export function projectNumberProblem(number: string): string | null {
  return [...number].length > LIMITS.projectNumber ? `project number ${number} is longer than BL's ${LIMITS.projectNumber} characters` : null;
}

export function projectPayload(p: ProjectRecord, customerNumber: string | null): BlProject {
  return strip({
    id: p.number,
    name: p.name,
    customerId: customerNumber ?? undefined,
    startDate: p.startDate ?? undefined,
    stopDate: p.endDate ?? undefined,
    responsiblePerson: p.leader?.name ?? undefined,
    closed: isClosedProjectStatus(p.statusCode),
  });
}

/** A work order or ÄTA as a project of its own ("10000_1", "10000_Ä001"). */
export function projectPartPayload(part: ProjectPartRecord, customerNumber: string | null): BlProject {
  return strip({
    id: part.fullNumber,
    name: `${part.project.name} – ${part.name}`.slice(0, 80),
    customerId: customerNumber ?? undefined,
    startDate: part.startDate ?? part.project.startDate ?? part.createdAt.slice(0, 10),
    stopDate: part.project.endDate ?? undefined,
    responsiblePerson: part.project.leader?.name ?? undefined,
    closed: isClosedProjectStatus(part.statusCode),
  });
}

// ---------------------------------------------------------------------------------------------
// Registers

export function costCentreUpserts(centers: readonly BlCostCenter[]): CostCentreUpsert[] {
  return centers
    .filter((c): c is BlCostCenter & { id: string } => typeof c.id === 'string' && c.id.trim() !== '')
    .map((c) => ({ code: c.id.trim(), name: c.name?.trim() || c.id.trim(), active: c.closed !== true }));
}

/** Income-statement accounts only: classes 1 and 2 (assets, liabilities) are never imported. */
export function accountUpserts(accounts: readonly BlAccount[]): AccountUpsert[] {
  return accounts
    .filter((a) => /^[3-8]\d{3}$/.test(a.id?.trim() ?? ''))
    .map((a) => ({ number: Number(a.id.trim()), name: a.name?.trim() || a.id.trim(), active: a.closed !== true }));
}

// ---------------------------------------------------------------------------------------------
// Customer invoices

export interface InvoiceOptions {
  /** project: rows on the main project; workOrder: on the work order/ÄTA when the row has one. */
  projectLevel: 'project' | 'workOrder';
  /** Output VAT account per rate ("25" → "2611"). */
  vatAccounts: Readonly<Record<string, string>>;
  /** Account of the öresavrundning. */
  roundingAccount: string;
  /** The invoice stays preliminary (unbooked) in BL: see invoiceStaysPreliminary. */
  preliminary?: boolean;
}

/**
 * Whether an invoice goes to BL preliminary (unbooked): only when the connection asks for
 * preliminary invoices and the customer's card does not say "always send as invoice".
 */
export const invoiceStaysPreliminary = (inv: Pick<InvoiceRecord, 'alwaysFinal'>, s: { preliminaryInvoices: boolean }): boolean =>
  s.preliminaryInvoices && inv.alwaysFinal !== true;

const D = (s: string) => new Decimal(s);
const num = (d: Decimal) => d.toDecimalPlaces(2).toNumber();

/** The rows sent for an invoice: the basis merged by what BL tells apart (account, VAT, project, cost centre). */
export function invoiceRows(inv: InvoiceRecord, o: Pick<InvoiceOptions, 'projectLevel'>): InvoiceRowRecord[] {
  return invoiceRowsToSend(inv, { projectParts: o.projectLevel === 'workOrder', costCentres: true });
}

/**
 * A customer invoice as BL's customer ledger takes it: the total on the receivable side and the
 * counter entries (sub-ledger entries, credit negative): one per revenue row of the basis (its
 * account, project and cost centre), the output VAT per rate on the configured VAT accounts and
 * the rounding. Booked on the bookkeeping date; a credit invoice carries negative amounts.
 */
export function invoicePayload(inv: InvoiceRecord, customerNumber: string, o: InvoiceOptions): Mapped<BlNewInvoice> {
  const problems: string[] = [];
  const rows = invoiceRows(inv, o);
  const entries: BlSubLedgerEntry[] = [];
  rows.forEach((r, i) => {
    const at = `row ${i + 1} (${r.description})`;
    if (r.accountNumber === null) problems.push(`${at} has no account`);
    const project = o.projectLevel === 'workOrder' && r.projectPartNumber ? r.projectPartNumber : r.projectNumber;
    if (project) {
      const p = projectNumberProblem(project);
      if (p) problems.push(`${at}: ${p}`);
    }
    if (r.costCentreCode && [...r.costCentreCode].length > LIMITS.costCentre)
      problems.push(`${at}: cost centre ${r.costCentreCode} is longer than BL's ${LIMITS.costCentre} characters`);
    const amount = D(r.amount);
    entries.push(
      strip({
        entityId: 0,
        accountId: r.accountNumber === null ? undefined : String(r.accountNumber),
        amount: num(amount.neg()),
        quantity: D(r.quantity).toNumber(),
        text: r.description.slice(0, 60),
        projectId: project ?? undefined,
        costCenterId: r.costCentreCode ?? undefined,
      }),
    );
  });
  // The VAT per rate, rounded, with what rounding leaves to reach the invoice's VAT on the largest;
  // a difference rounding cannot explain is refused rather than booked as VAT.
  const vat = outputVatPerRate(inv, rows);
  if (!vat.ok) problems.push(vat.problem.message);
  for (const v of vat.ok ? vat.vat : []) {
    const account = o.vatAccounts[v.rate];
    if (!account) {
      problems.push(`no VAT account is set for ${v.rate} % (setting "vatAccounts")`);
      continue;
    }
    const amount = D(v.amount);
    if (!amount.isZero()) entries.push({ entityId: 0, accountId: account, amount: num(amount.neg()), text: `Utgående moms ${v.rate} %` });
  }
  if (!D(inv.rounding).isZero()) entries.push({ entityId: 0, accountId: o.roundingAccount, amount: num(D(inv.rounding).neg()), text: 'Öresavrundning' });
  if ([...customerNumber].length > LIMITS.customerNumber)
    problems.push(`customer number ${customerNumber} is longer than BL's ${LIMITS.customerNumber} characters`);
  if (problems.length) return { ok: false, problems };
  // The receivable: the total with its rounding to whole kronor (`total` excludes the rounding).
  const total = num(D(inv.total).plus(D(inv.rounding)));
  return {
    ok: true,
    value: strip({
      customerId: customerNumber,
      invoiceDate: inv.invoiceDate,
      dueDate: inv.dueDate ?? undefined,
      journalEntryDate: inv.bookkeepingDate,
      currency: 'SEK' as const,
      amountInLocalCurrency: total,
      amountInOriginalCurrency: total,
      externalInvoiceId: inv.number,
      // The company's receivables account from the revenue accounting set-up; BL's own default without one.
      receivableAccount: inv.receivablesAccount === undefined ? undefined : String(inv.receivablesAccount),
      projectId: inv.projectNumber && !projectNumberProblem(inv.projectNumber) ? inv.projectNumber : undefined,
      type: inv.isCredit ? 'Kreditfaktura' : 'Faktura',
      rotRutAmount: inv.taxReductionType === 'NONE' ? undefined : num(D(inv.taxReductionAmount)),
      // Sent only to keep it unbooked: BL books an invoice sent without it.
      preliminary: o.preliminary ? true : undefined,
      subLedgerEntries: entries,
    }),
  };
}

/** Whether a BL invoice is the one this payload created (a crashed export's lookup). */
export function sameInvoice(remote: BlInvoice, payload: Pick<BlNewInvoice, 'externalInvoiceId' | 'customerId'>): boolean {
  return remote.externalInvoiceId === payload.externalInvoiceId && (remote.customerId === undefined || remote.customerId === payload.customerId);
}

// ---------------------------------------------------------------------------------------------
// Customer invoices through the invoicing module (items)

/** BL's VAT codes per rate, read from the order's sums (sumVat1 25 %, sumVat2 12 %, sumVat3 6 %, sumVatBasis0 without VAT). */
export const DEFAULT_VAT_CODES: Readonly<Record<string, string>> = { '25': '1', '12': '2', '6': '3', '0': '0' };

export interface OrderOptions {
  /** project: lines on the main project; workOrder: on the work order/ÄTA when the row has one. */
  projectLevel: 'project' | 'workOrder';
  /** Our chart of accounts, by number: each row's item number and VAT code. */
  accounts: ReadonlyMap<number, Pick<AccountRecord, 'number' | 'invoiceItemNumber' | 'externalVatCode'>>;
  /** BL's items by item number, when read (unknown and closed items are refused before sending). */
  articles: ReadonlyMap<string, BlArticle> | null;
  /** BL VAT code per rate, for accounts without an external VAT code. */
  vatCodes: Readonly<Record<string, string>>;
  /** The invoice stays preliminary (unbooked) in BL: see invoiceStaysPreliminary. */
  preliminary?: boolean;
}

/**
 * A row's quantity and unit price for an order line: the row's own when they give its amount
 * exactly, else one of the amount. The sign is the amount's and sits on the quantity (a credit
 * invoice's lines have negative quantities and positive prices).
 */
export function linePricing(r: Pick<InvoiceRowRecord, 'quantity' | 'unitPrice' | 'amount'>): { quantity: Decimal; unitPrice: Decimal } {
  const amount = D(r.amount).toDecimalPlaces(2);
  const sign = amount.isNegative() ? -1 : 1;
  const q = D(r.quantity).abs();
  const p = D(r.unitPrice).abs();
  if (!q.isZero() && q.times(p).toDecimalPlaces(2).equals(amount.abs())) return { quantity: q.times(sign), unitPrice: p };
  return { quantity: new Decimal(sign), unitPrice: amount.abs() };
}

/**
 * A locked invoice as the order BL's invoicing module invoices and books in one call
 * (`orderToInvoiceFlow`): one line per row of the basis as invoiceRowsToSend gives it, each with
 * the item (article) of its revenue account's item number, the account itself, quantity, unit
 * price, the VAT code (the account's external VAT code, else the rate's), the project (main or
 * work order/ÄTA) and cost centre; BL computes the VAT. The order has no booking date of its own,
 * so the invoice date BL books on is the bookkeeping date. Our invoice number goes in
 * `requisitionNumber` (how a crashed export finds it). Every problem is collected.
 */
export function orderPayload(inv: InvoiceRecord, customerNumber: string, o: OrderOptions): Mapped<BlNewOrder> {
  const problems: string[] = [];
  const rows = invoiceRowsToSend(inv, { projectParts: o.projectLevel === 'workOrder', costCentres: true });
  if (rows.length === 0) problems.push('the invoice has no rows in its basis for the accounting system');
  const lines: BlOrderLine[] = [];
  rows.forEach((r, i) => {
    const at = `row ${i + 1} (${r.description})`;
    if (r.accountNumber === null) {
      problems.push(`${at} has no account`);
      return;
    }
    const account = o.accounts.get(r.accountNumber);
    if (!account) {
      problems.push(`${at}: account ${r.accountNumber} is not in the chart of accounts`);
      return;
    }
    const item = account.invoiceItemNumber?.trim() || null;
    if (!item)
      problems.push(`${at}: account ${account.number} has no item number on invoice (chart of accounts → "Item no. on invoice"); BL needs an item per row`);
    else if ([...item].length > LIMITS.item) problems.push(`${at}: item ${item} (account ${account.number}) is longer than BL's ${LIMITS.item} characters`);
    else if (o.articles) {
      const article = o.articles.get(item);
      if (!article) problems.push(`${at}: item ${item} (account ${account.number}) does not exist in BL`);
      else if (article.closed === true) problems.push(`${at}: item ${item} (account ${account.number}) is closed in BL`);
    }
    const rate = D(r.vatRate).toString();
    const vatCode = account.externalVatCode?.trim() || o.vatCodes[rate];
    if (!vatCode) problems.push(`${at}: account ${account.number} has no external VAT code and no BL VAT code is set for ${rate} % (setting "vatCodes")`);
    const project = o.projectLevel === 'workOrder' && r.projectPartNumber ? r.projectPartNumber : (r.projectNumber ?? undefined);
    if (project) {
      const p = projectNumberProblem(project);
      if (p) problems.push(`${at}: ${p}`);
    }
    if (r.costCentreCode && [...r.costCentreCode].length > LIMITS.costCentre)
      problems.push(`${at}: cost centre ${r.costCentreCode} is longer than BL's ${LIMITS.costCentre} characters`);
    const { quantity, unitPrice } = linePricing(r);
    lines.push(
      strip({
        entityId: 0,
        rowNumber: i + 1,
        articleId: item ?? undefined,
        accountId: String(account.number),
        description: r.description.slice(0, LIMITS.lineDescription),
        orderedQuantity: quantity.toNumber(),
        deliveredQuantity: quantity.toNumber(),
        unitPrice: num(unitPrice),
        unit: r.unit?.trim() ? r.unit.trim().slice(0, LIMITS.lineUnit) : undefined,
        vatCode,
        projectId: project,
        costCenterId: r.costCentreCode ?? undefined,
      }),
    );
  });
  if ([...customerNumber].length > LIMITS.customerNumber)
    problems.push(`customer number ${customerNumber} is longer than BL's ${LIMITS.customerNumber} characters`);
  if (problems.length) return { ok: false, problems };
  const ref = (v: string | null) => (v?.trim() ? v.trim().slice(0, LIMITS.orderReference) : undefined);
  return {
    ok: true,
    value: strip({
      customerId: customerNumber,
      invoiceDate: inv.bookkeepingDate,
      invoiceDueDate: inv.dueDate ?? undefined,
      currency: 'SEK' as const,
      projectId: inv.projectNumber && !projectNumberProblem(inv.projectNumber) ? inv.projectNumber : undefined,
      requisitionNumber: String(inv.number),
      yourReference: ref(inv.yourReference),
      ourReference: ref(inv.ourReference),
      rounding: num(D(inv.rounding)),
      noVat: inv.reverseCharge ? true : undefined,
      preliminary: o.preliminary ? true : undefined,
      lines,
    }),
  };
}

/** Whether a BL order is the one this payload created (a crashed export's lookup): same customer and our invoice number. */
export function sameOrder(remote: BlOrder, payload: Pick<BlNewOrder, 'requisitionNumber' | 'customerId'>): boolean {
  return remote.requisitionNumber === payload.requisitionNumber && (remote.customerId === undefined || remote.customerId === payload.customerId);
}

/** BL's ROT/RUT basis of an invoice (at most two persons: see invoicePreflight). */
export function rotRutPayload(inv: InvoiceRecord, invoiceNumber: number, customer: { number: string; name: string }, today: Date): Mapped<BlRotRut> | null {
  if (inv.taxReductionType === 'NONE') return null;
  const problems = taxReductionIssues(inv).map((i) => i.message);
  const persons = inv.buyers.slice(0, MAX_TAX_REDUCTION_PERSONS).map((b) => {
    const ssn = blSocialSecurityNumber(b.personalIdentityNumber, today);
    if (!ssn.ok) problems.push(`buyer ${b.name}: ${ssn.problem}`);
    return { ssn: ssn.ok ? ssn.value : '', amount: num(D(b.amount)) };
  });
  const first = inv.buyers[0];
  const property = first?.propertyDesignation ?? first?.brfOrganisationNumber ?? undefined;
  if (property && [...property].length > LIMITS.rotRutProperty)
    problems.push(`the property ${property} is longer than BL's ${LIMITS.rotRutProperty} characters`);
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    value: strip({
      type: inv.taxReductionType === 'RUT' ? 1 : 0,
      invoiceNumber,
      customerId: customer.number,
      customerName: customer.name.slice(0, LIMITS.rotRutName),
      socialSecurityNumber1: persons[0]!.ssn,
      amountPerson1: persons[0]!.amount,
      socialSecurityNumber2: persons[1]?.ssn,
      amountPerson2: persons[1]?.amount,
      propertyId: property,
      apartmentId: first?.apartmentNumber ?? undefined,
    }),
  };
}

function taxReductionIssues(inv: InvoiceRecord): PreflightIssue[] {
  if (inv.taxReductionType === 'NONE') return [];
  const issues: PreflightIssue[] = [];
  if (inv.taxReductionType === 'GREEN')
    issues.push({ field: 'taxReductionType', message: 'BL takes ROT and RUT only: a green technology reduction cannot be sent to Björn Lundén' });
  if (inv.buyers.length === 0)
    issues.push({ field: 'buyers', message: `a ${inv.taxReductionType} invoice needs at least one buyer with a personal identity number` });
  if (inv.buyers.length > MAX_TAX_REDUCTION_PERSONS)
    issues.push({
      field: 'buyers',
      message: `Björn Lundén takes at most ${MAX_TAX_REDUCTION_PERSONS} persons per ${inv.taxReductionType} invoice; this one has ${inv.buyers.length}: split the reduction between at most two buyers`,
    });
  return issues;
}

/**
 * What BL would refuse, checked when an invoice is locked. Through the invoicing module
 * (invoiceMode "items") every row needs an account, whose item number makes its order line.
 */
export function invoicePreflight(inv: InvoiceRecord, s?: { invoiceMode: 'ledger' | 'items' }): PreflightIssue[] {
  const issues = taxReductionIssues(inv);
  if (s?.invoiceMode === 'items') {
    inv.rows.forEach((r, i) => {
      if (r.accountNumber === null)
        issues.push({ field: `rows.${i}.accountNumber`, message: `row ${i + 1} (${r.description}) has no account, so BL cannot be given its item` });
    });
  }
  return issues;
}

/** The date an invoice was paid in full in BL, or null. */
export function paidDate(inv: BlInvoice): string | null {
  if (inv.paid !== true || !inv.dateOfLatestPayment) return null;
  const d = inv.dateOfLatestPayment.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(d) && d > '1900-01-01' ? d : null;
}

// ---------------------------------------------------------------------------------------------
// Suppliers

const blank = (v: string | undefined): string | null => v?.trim() || null;

/** BL's suppliers as the register takes them (by supplier number = BL's id); those without a number or name are left out. */
export function supplierUpserts(suppliers: readonly BlSupplier[]): SupplierUpsert[] {
  return suppliers
    .filter((s): s is BlSupplier & { id: string; name: string } => !!s.id?.trim() && !!s.name?.trim())
    .map((s) => ({
      number: s.id.trim(),
      name: s.name.trim(),
      organisationNumber: blank(s.organisationId),
      vatNumber: blank(s.vatNr),
      address1: blank(s.address1),
      address2: blank(s.address2),
      postcode: blank(s.zipCode),
      city: blank(s.city),
      countryCode: blank(s.countryCode),
      email: blank(s.email),
      phone: blank(s.phone),
      bankgiro: blank(s.bg),
      plusgiro: blank(s.pg),
      iban: blank(s.iban),
      bic: blank(s.bic),
      active: s.closed !== true,
    }));
}

/** An organisation number (10 digits, or a sole trader's 12-digit personnummer) as BL's supplier register writes it: NNNNNN-NNNN. */
export function supplierOrganisationId(digits: string | null): string | undefined {
  const d = (digits ?? '').replace(/\D/g, '');
  if (d.length !== 10 && d.length !== 12) return blank(digits ?? undefined) ?? undefined;
  const ten = d.slice(-10);
  return `${ten.slice(0, 6)}-${ten.slice(6)}`;
}

/** A plusgiro number as written: the check digit after a hyphen ("1234567-8", the specification's example). */
export function plusgiroNumber(digits: string | null): string | undefined {
  const d = (digits ?? '').replace(/\D/g, '');
  return d.length >= 2 ? `${d.slice(0, -1)}-${d.slice(-1)}` : undefined;
}

/**
 * A supplier of our register as BL's supplier register takes it (`id` = supplier number), with
 * the payable account on which BL books the debt of its invoices (`receivableAccount`, the
 * setting supplierDebtAccount); closed when inactive here.
 */
export function supplierPayload(s: SupplierRecord, debtAccount: string): Omit<BlSupplier, 'entityId'> {
  return strip({
    id: s.number,
    name: s.name,
    organisationId: supplierOrganisationId(s.organisationNumber),
    vatNr: s.vatNumber ?? undefined,
    address1: s.address1 ?? undefined,
    address2: s.address2 ?? undefined,
    zipCode: s.postcode ?? undefined,
    city: s.city ?? undefined,
    countryCode: s.countryCode,
    email: s.email ?? undefined,
    phone: s.phone ?? undefined,
    bg: s.bankgiro ?? undefined,
    pg: plusgiroNumber(s.plusgiro),
    iban: s.iban ?? undefined,
    bic: s.bic ?? undefined,
    currency: 'SEK',
    receivableAccount: debtAccount,
    closed: !s.active,
  });
}

/** A supplier invoice's supplier, created in BL from what the invoice carries (when the register's record is not at hand). */
export function invoiceSupplierPayload(s: SupplierInvoiceSupplierRecord, debtAccount: string): Omit<BlSupplier, 'entityId'> {
  return strip({
    id: s.number,
    name: s.name,
    organisationId: supplierOrganisationId(s.organisationNumber),
    vatNr: s.vatNumber ?? undefined,
    bg: s.bankgiro ?? undefined,
    pg: plusgiroNumber(s.plusgiro),
    iban: s.iban ?? undefined,
    currency: 'SEK',
    receivableAccount: debtAccount,
    closed: false,
  });
}

export interface SupplierInvoiceOptions {
  /** project: entries on the main project; workOrder: on the work order/ÄTA when the row has one. */
  projectLevel: 'project' | 'workOrder';
  /** Debited with the invoice's VAT (BAS 2640 Ingående moms). */
  inputVatAccount: string;
  /** true: booked in BL at once (not preliminary); false: registered as preliminary, booked in BL. */
  book: boolean;
}

/**
 * A supplier invoice as BL's supplier ledger takes it: the total as the debt to the supplier
 * (`amountInLocalCurrency`; BL books it on the supplier's payable account) and its counter
 * entries, debit positive: one per cost row of ours (its account, project and cost centre) and
 * the input VAT on the input-VAT account. The entries add up to the total exactly; a credit
 * invoice carries negative amounts throughout. Booked on the invoice date.
 */
export function supplierInvoicePayload(inv: SupplierInvoiceRecord, o: SupplierInvoiceOptions): Mapped<Omit<BlSupplierInvoice, 'entityId'>> {
  const problems: string[] = [];
  if (inv.rows.length === 0) problems.push('the supplier invoice has no rows');
  const entries: BlSubLedgerEntry[] = inv.rows.map((r, i) => {
    const at = `row ${i + 1}${r.description ? ` (${r.description})` : ''}`;
    const project = (o.projectLevel === 'workOrder' && r.projectPartNumber) || r.projectNumber || undefined;
    if (project) {
      const p = projectNumberProblem(project);
      if (p) problems.push(`${at}: ${p}`);
    }
    if (r.costCentreCode && [...r.costCentreCode].length > LIMITS.costCentre)
      problems.push(`${at}: cost centre ${r.costCentreCode} is longer than BL's ${LIMITS.costCentre} characters`);
    return strip({
      entityId: 0,
      accountId: String(r.accountNumber),
      amount: num(D(r.amount)),
      text: blank(r.description ?? undefined)?.slice(0, 60) ?? undefined,
      projectId: project,
      costCenterId: r.costCentreCode ?? undefined,
    });
  });
  const vat = D(inv.vat);
  if (!vat.isZero()) entries.push({ entityId: 0, accountId: o.inputVatAccount, amount: num(vat), text: 'Ingående moms' });
  const sum = entries.reduce((s, e) => s.plus(D(String(e.amount ?? 0))), new Decimal(0));
  const total = D(inv.total).toDecimalPlaces(2);
  if (inv.rows.length && !sum.equals(total)) problems.push(`the rows and VAT add up to ${sum.toFixed(2)}, not the total ${total.toFixed(2)}`);
  if (problems.length) return { ok: false, problems };
  // The invoice's project when all its rows are on one main project.
  const projects = new Set(inv.rows.map((r) => r.projectNumber));
  const [only] = projects;
  return {
    ok: true,
    value: strip({
      supplierId: inv.supplier.number,
      invoiceNumber: inv.invoiceNumber,
      invoiceDate: inv.invoiceDate,
      dueDate: inv.dueDate ?? undefined,
      journalEntryDate: inv.invoiceDate,
      currency: 'SEK',
      amountInLocalCurrency: num(total),
      amountInOriginalCurrency: num(total),
      ocr: blank(inv.ocr ?? undefined) ?? undefined,
      comment: blank(inv.description ?? undefined) ?? undefined,
      projectId: projects.size === 1 && only && !projectNumberProblem(only) ? only : undefined,
      preliminary: !o.book,
      subLedgerEntries: entries,
    }),
  };
}

/** Whether a BL supplier invoice is the one this payload created (a crashed export's lookup): same supplier and invoice number. */
export function sameSupplierInvoice(remote: BlSupplierInvoice, payload: Pick<BlSupplierInvoice, 'supplierId' | 'invoiceNumber'>): boolean {
  return remote.invoiceNumber === payload.invoiceNumber && (remote.supplierId === undefined || remote.supplierId === payload.supplierId);
}

/** The number recorded here for a supplier invoice in BL: its serial number (löpnummer), else its entityId. */
export function supplierInvoiceExternalNumber(remote: Pick<BlSupplierInvoice, 'consecutiveNumber' | 'entityId'>): string {
  return String(remote.consecutiveNumber ?? remote.entityId);
}

// ---------------------------------------------------------------------------------------------
// Vouchers

/** A journal entry's identity: financial year (or the entry's year), series and number: "2026/A/123". */
export function voucherRemoteId(e: BlJournalEntry): string {
  return `${e.financialYearId || (e.journalEntryDate ?? '').slice(0, 4)}/${e.journalId ?? ''}/${e.journalEntryId ?? ''}`;
}

export const voucherReference = (e: BlJournalEntry) => `Voucher ${e.journalId ?? ''}${e.journalEntryId ?? ''}`;

/**
 * A journal entry as a voucher: each ledger entry a row, its signed amount split into debit
 * (positive) and credit (negative); the project as BL has it is our project number ("10000",
 * "10000_1"), which is how the project export sent it.
 */
export function voucherUpsert(e: BlJournalEntry): VoucherUpsert {
  return {
    remoteId: voucherRemoteId(e),
    series: e.journalId ?? '',
    number: e.journalEntryId ?? 0,
    transactionDate: (e.journalEntryDate ?? '').slice(0, 10),
    description: e.journalEntryText?.trim() || null,
    rows: (e.ledgerEntries ?? []).map((r, i) => {
      const amount = new Decimal(r.amount ?? 0).toDecimalPlaces(2);
      return {
        rowIndex: i,
        accountNumber: Number(r.accountId),
        debit: (amount.isPositive() ? amount : new Decimal(0)).toFixed(2),
        credit: (amount.isNegative() ? amount.neg() : new Decimal(0)).toFixed(2),
        projectNumber: r.projectId?.trim() || null,
        costCentreCode: r.costCenterId?.trim() || null,
        note: r.text?.trim() || null,
      };
    }),
  };
}

/** The object without undefined values (BL's objects are closed: nothing unset is sent). */
function strip<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
