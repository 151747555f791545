// Invoices: invoice bases created from a project, edited while unlocked, locked (frozen for the
// accounting system), unlocked while they have no external number, credited. Every change
// recalculates the stored amounts in the same transaction. Arithmetic is in amounts.ts and
// tax-reduction.ts, validation in rules.ts.
import { Prisma } from '../../generated/prisma/client.js';
import type { Invoice, InvoiceLine } from '../../generated/prisma/client.js';
import { lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import { amountToPay, dueDate, invoiceTotals, lineAmount, lineAmountInclVat } from './amounts.js';
import { computeReduction, buyerIssues, shareIssues, workTypesFor, type ReductionType } from './tax-reduction.js';
import {
  effectivePaymentTermId,
  isAddressComplete,
  isReductionEligible,
  lineKindFromAccount,
  lockIssues,
  parseInvoiceFields,
  parseLine,
  reductionDate,
  vatMode,
  vatModeIssues,
  warnings,
  type LineInputValues,
  type LockFacts,
  invoiceOcrReference,
  projectCostCentreIssues,
} from './rules.js';
import { toDate } from '../projects/index.js';
import { staffUserIssueOf } from '../auth/index.js';
import * as revenue from '../revenue/index.js';
import { loadInvoiceForUpdate, loadLineForUpdate, loadUnlockedForUpdate } from './lock.js';
import { invoiceInclude, invoiceRecord } from './record.js';
import type { InvoiceRecord } from '@nordic-invoicing/connector-sdk';
import { recordDeletions } from '../sync/index.js';
import { recordEvent } from '../events/index.js';

/**
 * What the accounting systems the company exports to would refuse in an invoice about to be
 * locked (the active connections' rules), as validation issues; checked inside the lock's
 * transaction, so an invoice they would refuse is not locked.
 */
/** Called inside the transaction that makes a change (the integrations' event runs are enqueued there). */
export type ChangeHook = (tx: TenantClient) => Promise<void>;

export type InvoiceExportCheck = (tx: TenantClient, invoice: InvoiceRecord) => Promise<ValidationIssue[]>;

const D = Prisma.Decimal;

// Every change below starts with ./lock.ts: the invoice's row is locked before it is read.

/** Checks that a line's project/AO/ÄTA exist and belong together, and resolves its account's kind. */
async function lineReferences(
  tx: TenantClient,
  v: LineInputValues,
  merged: { projectId: string | null; workOrderId: string | null; changeOrderId: string | null },
  prefix: string,
) {
  const issues: ValidationIssue[] = [];
  const at = (k: string) => (prefix ? `${prefix}.${k}` : k);
  if (merged.workOrderId) {
    const w = await tx.workOrder.findUnique({ where: { id: merged.workOrderId } });
    if (!w) issues.push({ path: at('workOrderId'), code: 'not_found', message: 'No such work order.' });
    else if (merged.projectId && w.projectId !== merged.projectId)
      issues.push({ path: at('workOrderId'), code: 'not_in_project', message: 'The work order belongs to another project.' });
  }
  if (merged.changeOrderId) {
    const c = await tx.changeOrder.findUnique({ where: { id: merged.changeOrderId } });
    if (!c) issues.push({ path: at('changeOrderId'), code: 'not_found', message: 'No such ÄTA.' });
    else if (merged.projectId && c.projectId !== merged.projectId)
      issues.push({ path: at('changeOrderId'), code: 'not_in_project', message: 'The ÄTA belongs to another project.' });
  }
  if (merged.workOrderId && merged.changeOrderId)
    issues.push({ path: at('changeOrderId'), code: 'conflict', message: 'A line belongs to a work order or an ÄTA, not both.' });
  if (v.projectId) {
    if (!(await tx.project.findUnique({ where: { id: v.projectId } }))) issues.push({ path: at('projectId'), code: 'not_found', message: 'No such project.' });
  }
  let accountKind = null;
  if (v.accountNumber != null) {
    const acc = await tx.account.findFirst({ where: { number: v.accountNumber } });
    if (!acc) issues.push({ path: at('accountNumber'), code: 'not_found', message: `There is no account ${v.accountNumber} in the chart of accounts.` });
    else accountKind = acc.kind;
  }
  return { issues, accountKind };
}

interface LineDefaults {
  vatRate: Prisma.Decimal;
  projectId: string | null;
  workOrderId: string | null;
  changeOrderId: string | null;
}

/** Builds the columns of a new line from its input. */
async function newLine(tx: TenantClient, input: unknown, defaults: LineDefaults, prefix: string) {
  const { value: v, issues } = parseLine(input, true, prefix);
  const merged = {
    projectId: v.projectId ?? defaults.projectId,
    workOrderId: v.workOrderId ?? (v.changeOrderId ? null : defaults.workOrderId),
    changeOrderId: v.changeOrderId ?? (v.workOrderId ? null : defaults.changeOrderId),
  };
  const refs = await lineReferences(tx, v, merged, prefix);
  issues.push(...refs.issues);
  const kind = v.kind ?? lineKindFromAccount(refs.accountKind);
  return {
    issues,
    data: {
      description: v.description ?? '',
      code: v.code ?? null,
      quantity: v.quantity?.toFixed() ?? '0',
      unit: v.unit ?? null,
      unitPrice: v.unitPrice?.toFixed() ?? '0',
      markupPercent: v.markupPercent?.toFixed() ?? '0',
      discountPercent: v.discountPercent?.toFixed() ?? '0',
      vatRate: v.vatRate?.toFixed() ?? defaults.vatRate.toFixed(),
      accountNumber: v.accountNumber ?? null,
      ...merged,
      billable: v.billable ?? true,
      kind,
      kindManual: v.kind != null,
      reductionEligible: v.reductionEligible ?? null,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Recalculation

/** Sum of reductions each person got on other locked invoices of the same year, by type. */
async function usedThisYear(tx: TenantClient, invoiceId: string, pnrs: string[], year: number) {
  const rows = await tx.invoiceBuyer.findMany({
    where: { personalIdentityNumber: { in: pnrs }, invoiceId: { not: invoiceId }, invoice: { locked: true } },
    select: { personalIdentityNumber: true, amount: true, invoice: { select: { taxReductionType: true, paidDate: true, invoiceDate: true } } },
  });
  const used = new Map<string, { rot: Prisma.Decimal; rut: Prisma.Decimal; green: Prisma.Decimal }>();
  for (const r of rows) {
    const d = r.invoice.paidDate ?? r.invoice.invoiceDate;
    if (!d || d.getUTCFullYear() !== year) continue;
    const u = used.get(r.personalIdentityNumber) ?? { rot: new D(0), rut: new D(0), green: new D(0) };
    const key = r.invoice.taxReductionType === 'ROT' ? 'rot' : r.invoice.taxReductionType === 'RUT' ? 'rut' : 'green';
    u[key] = u[key].plus(r.amount);
    used.set(r.personalIdentityNumber, u);
  }
  return used;
}

/** Recomputes line amounts, totals, the tax reduction per buyer, due date and warnings. */
export async function recalculate(tx: TenantClient, id: string, today = new Date()): Promise<Invoice> {
  const invoice = await loadInvoiceForUpdate(tx, id);
  const lines = await tx.invoiceLine.findMany({ where: { invoiceId: id }, orderBy: { position: 'asc' } });
  const buyers = await tx.invoiceBuyer.findMany({ where: { invoiceId: id }, orderBy: { createdAt: 'asc' } });
  const customer = await tx.customer.findUniqueOrThrow({ where: { id: invoice.customerId } });
  const company = await tx.company.findFirstOrThrow({});
  const mode = vatMode(invoice);
  for (const l of lines) {
    const amount = lineAmount(l);
    if (!amount.equals(l.amount)) await tx.invoiceLine.update({ where: { id: l.id }, data: { amount: amount.toFixed(2) } });
  }
  const totals = invoiceTotals(lines, mode);
  let basis = new D(0);
  for (const l of lines) if (isReductionEligible(l, invoice.taxReductionType)) basis = basis.plus(lineAmountInclVat(l, mode));

  let reduction = new D(0);
  if (invoice.taxReductionType !== 'NONE' && buyers.length) {
    if (invoice.isCredit && invoice.creditOfId) {
      // A credit invoice takes back exactly what the original asked for, buyer by buyer.
      reduction = buyers.reduce((s, b) => s.plus(b.amount), new D(0));
    } else if (invoice.taxReductionType !== 'GREEN' || invoice.greenCategory) {
      const date = reductionDate(invoice, today);
      const used = await usedThisYear(
        tx,
        id,
        buyers.map((b) => b.personalIdentityNumber),
        Number(date.slice(0, 4)),
      );
      const r = computeReduction({
        type: invoice.taxReductionType as ReductionType,
        greenCategory: invoice.greenCategory,
        basisInclVat: basis,
        paymentDate: date,
        fixedPriceTurnkey: invoice.greenFixedPrice,
        buyers: buyers.map((b) => ({
          key: b.id,
          sharePercent: b.sharePercent,
          usedThisYear: used.get(b.personalIdentityNumber) ?? { rot: 0, rut: 0, green: 0 },
        })),
      });
      for (const pb of r.perBuyer) await tx.invoiceBuyer.update({ where: { id: pb.key }, data: { amount: pb.amount.toFixed(2) } });
      reduction = r.total;
    }
  }

  // A due date set by hand wins; else the invoice's payment term, the customer's, the company's default.
  let due = invoice.dueDate;
  const termId = effectivePaymentTermId(invoice, customer.paymentTermId, company.defaultPaymentTermId);
  if (!invoice.dueDateManual && invoice.invoiceDate && termId) {
    const term = await tx.paymentTerm.findUnique({ where: { id: termId } });
    if (term) due = toDate(dueDate(invoice.invoiceDate.toISOString().slice(0, 10), term.days));
  }
  const facts = lockFacts({ ...invoice, dueDate: due }, lines, buyers.length, basis, customer, company, totals.vatAmount);
  return tx.invoice.update({
    where: { id },
    data: {
      subtotal: totals.subtotal.toFixed(2),
      vatAmount: totals.vatAmount.toFixed(2),
      total: totals.total.toFixed(2),
      rounding: totals.rounding.toFixed(2),
      taxReductionAmount: reduction.toFixed(2),
      amountToPay: amountToPay(totals.roundedTotal, reduction).toFixed(2),
      dueDate: due,
      warnings: warnings(facts),
    },
  });
}

type CustomerFacts = Pick<
  Prisma.CustomerGetPayload<object>,
  'vatNumber' | 'invoiceAddress1' | 'invoicePostcode' | 'invoiceCity' | 'invoiceCountryCode' | 'paymentTermId'
>;
type CompanyFacts = Pick<
  Prisma.CompanyGetPayload<object>,
  'vatNumber' | 'organisationNumber' | 'address1' | 'postcode' | 'city' | 'registeredOffice' | 'fSkatt' | 'bankgiro' | 'plusgiro' | 'iban'
>;

function lockFacts(
  invoice: Invoice,
  lines: InvoiceLine[],
  buyerCount: number,
  basis: Prisma.Decimal,
  customer: CustomerFacts,
  company: CompanyFacts,
  vatAmount: Prisma.Decimal,
): LockFacts {
  return {
    lineCount: lines.length,
    reverseCharge: invoice.reverseCharge,
    noVat: invoice.noVat,
    noVatReason: invoice.noVatReason,
    customerVatNumber: customer.vatNumber,
    sellerVatNumber: company.vatNumber,
    vatCharged: !invoice.reverseCharge && !invoice.noVat && !vatAmount.isZero(),
    seller: {
      organisationNumber: company.organisationNumber,
      address1: company.address1,
      postcode: company.postcode,
      city: company.city,
      registeredOffice: company.registeredOffice,
      fSkatt: company.fSkatt,
      bankgiro: company.bankgiro,
      plusgiro: company.plusgiro,
      iban: company.iban,
    },
    hasDueDate: invoice.dueDate !== null,
    taxReductionType: invoice.taxReductionType,
    greenCategory: invoice.greenCategory,
    buyerCount,
    eligibleBasisIsZero: basis.isZero(),
    isCredit: invoice.isCredit,
    creditReason: invoice.creditReason,
    hasInvoiceAddress: isAddressComplete({
      address1: customer.invoiceAddress1,
      postcode: customer.invoicePostcode,
      city: customer.invoiceCity,
      countryCode: customer.invoiceCountryCode,
    }),
    linesWithoutAccount: lines.filter((l) => l.accountNumber === null).length,
  };
}

// ---------------------------------------------------------------------------------------------
// Creating and editing

export interface CreateInvoiceInput {
  projectId: string;
  workOrderId?: string | null;
  changeOrderId?: string | null;
  lines?: unknown[] | null;
  fields?: Record<string, unknown>;
}

/** Takes the next internal number; the counter row stays locked until the transaction ends. */
async function nextNumber(tx: TenantClient): Promise<number> {
  const company = await tx.company.findFirstOrThrow({});
  const updated = await tx.company.update({ where: { id: company.id }, data: { nextInvoiceNumber: { increment: 1 } } });
  return updated.nextInvoiceNumber - 1;
}

async function invoiceFieldIssues(tx: TenantClient, v: ReturnType<typeof parseInvoiceFields>['value'], customerId: string): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  if (v.contactId) {
    const c = await tx.contact.findUnique({ where: { id: v.contactId } });
    if (!c) issues.push({ path: 'contactId', code: 'not_found', message: 'No such contact.' });
    else if (c.customerId !== customerId) issues.push({ path: 'contactId', code: 'not_customer_contact', message: 'The contact belongs to another customer.' });
  }
  if (v.ourReferenceId) {
    // "Our reference" is a staff user (never a customer user); an inactive one stays acceptable.
    const issue = await staffUserIssueOf(tx, v.ourReferenceId, 'ourReferenceId');
    if (issue && issue.code !== 'inactive') issues.push(issue);
  }
  if (v.paymentTermId && !(await tx.paymentTerm.findUnique({ where: { id: v.paymentTermId } }))) {
    issues.push({ path: 'paymentTermId', code: 'not_found', message: 'No such payment terms.' });
  }
  if (v.statusCode != null) {
    // The status row stays locked until the invoice is written: a delete of the status at the same
    // time either finishes first (then it is unknown here) or waits and then finds it in use.
    const status = await tx.invoiceStatus.findFirst({ where: { code: v.statusCode }, select: { id: true } });
    if (!status || !(await lockForUpdate(tx, 'InvoiceStatus', status.id))) {
      issues.push({ path: 'statusCode', code: 'unknown_status', message: `There is no invoice status ${v.statusCode}.` });
    }
  }
  return issues;
}

function fieldColumns(v: ReturnType<typeof parseInvoiceFields>['value']): Prisma.InvoiceUncheckedUpdateInput {
  const out: Record<string, unknown> = {};
  for (const [k, val] of Object.entries(v)) {
    if (val === undefined) continue;
    if (['invoiceDate', 'bookkeepingDate', 'dueDate'].includes(k)) out[k] = val === null ? null : toDate(val as string);
    else if (['hideMarkup', 'hideCode', 'reverseCharge', 'noVat', 'greenFixedPrice', 'distribution', 'taxReductionType'].includes(k)) {
      if (val !== null) out[k] = val;
    } else out[k] = val;
  }
  if (v.dueDate !== undefined) out.dueDateManual = v.dueDate !== null;
  if (v.taxReductionType && v.taxReductionType !== 'GREEN') out.greenCategory = null;
  return out as Prisma.InvoiceUncheckedUpdateInput;
}

/**
 * An invoice basis for a project (optionally one work order or ÄTA): customer, contact,
 * references and payment terms from the project card and customer; reverse charge by default
 * for construction companies.
 */
export async function createInvoice(db: TenantDb, input: CreateInvoiceInput, today = new Date()): Promise<string> {
  return db.$transaction(async (tx) => {
    const project = await tx.project.findUnique({ where: { id: input.projectId } });
    if (!project) throw new NotFoundError('Project', 'No such project.', 'projectId');
    const issues: ValidationIssue[] = [];
    let customerReference = project.customerReference;
    if (input.workOrderId) {
      const w = await tx.workOrder.findUnique({ where: { id: input.workOrderId } });
      if (!w || w.projectId !== project.id) issues.push({ path: 'workOrderId', code: 'not_in_project', message: 'No such work order on the project.' });
      else customerReference = w.customerReference ?? customerReference;
    }
    if (input.changeOrderId) {
      const c = await tx.changeOrder.findUnique({ where: { id: input.changeOrderId } });
      if (!c || c.projectId !== project.id) issues.push({ path: 'changeOrderId', code: 'not_in_project', message: 'No such ÄTA on the project.' });
    }
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: project.customerId } });
    const fields = parseInvoiceFields(input.fields ?? {});
    issues.push(...fields.issues, ...(await invoiceFieldIssues(tx, fields.value, customer.id)));
    issues.push(...vatModeIssues({ reverseCharge: fields.value.reverseCharge ?? customer.isConstructionCompany, noVat: fields.value.noVat ?? false }));
    const defaults: LineDefaults = {
      vatRate: new D(25),
      projectId: project.id,
      workOrderId: input.workOrderId ?? null,
      changeOrderId: input.changeOrderId ?? null,
    };
    const lines = [];
    for (const [i, l] of (input.lines ?? []).entries()) {
      const built = await newLine(tx, l, defaults, `lines.${i}`);
      issues.push(...built.issues);
      lines.push(built.data);
    }
    if (issues.length) throw new ValidationError(issues);

    const invoice = await tx.invoice.create({
      data: scoped<Prisma.InvoiceUncheckedCreateInput>({
        number: await nextNumber(tx),
        customerId: customer.id,
        customerType: customer.type,
        contactId: project.contactId,
        customerReference,
        ourReferenceId: project.projectManagerId,
        paymentTermId: customer.paymentTermId,
        projectId: project.id,
        workOrderId: input.workOrderId ?? null,
        changeOrderId: input.changeOrderId ?? null,
        reverseCharge: customer.isConstructionCompany,
        ...(fieldColumns(fields.value) as object),
      }),
    });
    if (lines.length) {
      await tx.invoiceLine.createMany({
        data: lines.map((l, i) => scoped<Prisma.InvoiceLineCreateManyInput>({ ...l, invoiceId: invoice.id, position: i + 1 })),
      });
    }
    await recalculate(tx, invoice.id, today);
    await revenue.onInvoiceCreated(tx, invoice.id);
    return invoice.id;
  });
}

/**
 * Changes invoice fields. Changing VAT (VAT-free), construction VAT (reverse charge) or the
 * tax-reduction type proposes every line's revenue again from the rules, discarding manual
 * revenue edits; `revenueAccountingReset` says when that happened.
 */
export async function updateInvoice(db: TenantDb, id: string, fields: Record<string, unknown>, today = new Date()) {
  return db.$transaction(async (tx) => {
    const invoice = await loadUnlockedForUpdate(tx, id);
    const parsed = parseInvoiceFields(fields);
    const issues = [...parsed.issues, ...(await invoiceFieldIssues(tx, parsed.value, invoice.customerId))];
    issues.push(...vatModeIssues({ reverseCharge: parsed.value.reverseCharge ?? invoice.reverseCharge, noVat: parsed.value.noVat ?? invoice.noVat }));
    if (issues.length) throw new ValidationError(issues);
    await tx.invoice.update({ where: { id }, data: fieldColumns(parsed.value) });
    const fresh = await recalculate(tx, id, today);
    const vatChanged = fresh.reverseCharge !== invoice.reverseCharge || fresh.noVat !== invoice.noVat || fresh.taxReductionType !== invoice.taxReductionType;
    const revenueAccountingReset = vatChanged ? await revenue.onVatChanged(tx, id) : false;
    return Object.assign(fresh, { revenueAccountingReset });
  });
}

export async function addLine(db: TenantDb, invoiceId: string, input: unknown, today = new Date()) {
  return db.$transaction(async (tx) => {
    const invoice = await loadUnlockedForUpdate(tx, invoiceId, 'invoiceId');
    const built = await newLine(
      tx,
      input,
      { vatRate: new D(25), projectId: invoice.projectId, workOrderId: invoice.workOrderId, changeOrderId: invoice.changeOrderId },
      '',
    );
    if (built.issues.length) throw new ValidationError(built.issues);
    const last = await tx.invoiceLine.aggregate({ where: { invoiceId }, _max: { position: true } });
    const line = await tx.invoiceLine.create({
      data: scoped<Prisma.InvoiceLineUncheckedCreateInput>({ ...built.data, invoiceId, position: (last._max.position ?? 0) + 1 }),
    });
    await recalculate(tx, invoiceId, today);
    await revenue.onLineChanged(tx, line.id, true);
    return line;
  });
}

export async function updateLine(db: TenantDb, lineId: string, input: unknown, today = new Date()) {
  return db.$transaction(async (tx) => {
    const { line } = await loadLineForUpdate(tx, lineId);
    const { value: v, issues } = parseLine(input, false);
    const merged = {
      projectId: v.projectId !== undefined ? v.projectId : line.projectId,
      workOrderId: v.workOrderId !== undefined ? v.workOrderId : line.workOrderId,
      changeOrderId: v.changeOrderId !== undefined ? v.changeOrderId : line.changeOrderId,
    };
    const refs = await lineReferences(tx, v, merged, '');
    issues.push(...refs.issues);
    if (issues.length) throw new ValidationError(issues);
    const data: Prisma.InvoiceLineUncheckedUpdateInput = {};
    for (const k of ['description', 'code', 'unit', 'accountNumber', 'billable', 'reductionEligible'] as const) {
      if (v[k] !== undefined && !(v[k] === null && (k === 'description' || k === 'billable'))) (data as Record<string, unknown>)[k] = v[k];
    }
    for (const k of ['quantity', 'unitPrice', 'markupPercent', 'discountPercent', 'vatRate'] as const) {
      if (v[k] != null) (data as Record<string, unknown>)[k] = v[k]!.toFixed();
    }
    Object.assign(data, merged);
    // The kind follows the account unless set by hand.
    if (v.kind != null) Object.assign(data, { kind: v.kind, kindManual: true });
    else if (v.accountNumber !== undefined && !line.kindManual) data.kind = lineKindFromAccount(refs.accountKind);
    const updated = await tx.invoiceLine.update({ where: { id: lineId }, data });
    const fresh = await recalculate(tx, line.invoiceId, today);
    void fresh;
    // A work-type split that no longer adds up to the line is dropped; the invoice warns about it.
    const after = await tx.invoiceLine.findUniqueOrThrow({ where: { id: lineId } });
    const parts = await tx.invoiceLineWorkType.findMany({ where: { lineId } });
    if (parts.length && !parts.reduce((s, p) => s.plus(p.amount), new D(0)).equals(after.amount)) {
      await tx.invoiceLineWorkType.deleteMany({ where: { lineId } });
    }
    // A change to what the revenue depends on re-proposes it with the default rule's account.
    const revenueRelevant =
      !after.amount.equals(line.amount) ||
      !after.vatRate.equals(line.vatRate) ||
      after.accountNumber !== line.accountNumber ||
      after.kind !== line.kind ||
      after.billable !== line.billable ||
      after.projectId !== line.projectId ||
      after.workOrderId !== line.workOrderId ||
      after.changeOrderId !== line.changeOrderId;
    await revenue.onLineChanged(tx, lineId, revenueRelevant);
    return updated;
  });
}

export async function removeLine(db: TenantDb, lineId: string, today = new Date()) {
  return db.$transaction(async (tx) => {
    const { line } = await loadLineForUpdate(tx, lineId);
    await recordDeletions(tx, 'InvoiceLine', [lineId]);
    await tx.invoiceLine.delete({ where: { id: lineId } });
    await recalculate(tx, line.invoiceId, today);
    return line;
  });
}

/** Sets the buyers of a tax-reduction invoice: contacts of the customer, with optional shares. */
export async function setBuyers(db: TenantDb, invoiceId: string, buyers: { contactId: string; sharePercent?: Prisma.Decimal | null }[], today = new Date()) {
  return db.$transaction(async (tx) => {
    const invoice = await loadUnlockedForUpdate(tx, invoiceId, 'invoiceId');
    const issues: ValidationIssue[] = [...shareIssues(buyers, 'buyers')];
    if (invoice.taxReductionType === 'NONE' && buyers.length) {
      issues.push({ path: 'buyers', code: 'no_tax_reduction', message: 'Choose ROT, RUT or green technology on the invoice first.' });
    }
    const year = Number(reductionDate(invoice, today).slice(0, 4));
    const seen = new Set<string>();
    const rows = [];
    for (const [i, b] of buyers.entries()) {
      const contact = await tx.contact.findUnique({ where: { id: b.contactId } });
      if (!contact || contact.customerId !== invoice.customerId) {
        issues.push({ path: `buyers.${i}.contactId`, code: 'not_customer_contact', message: 'A buyer must be a contact of the invoice’s customer.' });
        continue;
      }
      if (seen.has(contact.id)) {
        issues.push({ path: `buyers.${i}.contactId`, code: 'duplicate', message: 'This contact is already a buyer.' });
        continue;
      }
      seen.add(contact.id);
      if (invoice.taxReductionType !== 'NONE') issues.push(...buyerIssues(invoice.taxReductionType, contact, year, `buyers.${i}`));
      rows.push({ contact, sharePercent: b.sharePercent ?? null });
    }
    if (issues.length) throw new ValidationError(issues);
    await tx.invoiceBuyer.deleteMany({ where: { invoiceId } });
    for (const { contact, sharePercent } of rows) {
      await tx.invoiceBuyer.create({
        data: scoped<Prisma.InvoiceBuyerUncheckedCreateInput>({
          invoiceId,
          contactId: contact.id,
          sharePercent: sharePercent?.toFixed() ?? null,
          name: contact.name,
          personalIdentityNumber: contact.identityNumber!,
          propertyDesignation: contact.propertyDesignation,
          brfOrganisationNumber: contact.brfOrganisationNumber,
          apartmentNumber: contact.apartmentNumber,
        }),
      });
    }
    return recalculate(tx, invoiceId, today);
  });
}

export async function setReadyForInvoice(db: TenantDb, id: string, ready: boolean) {
  return db.$transaction(async (tx) => {
    await loadUnlockedForUpdate(tx, id);
    return tx.invoice.update({ where: { id }, data: { readyForInvoice: ready } });
  });
}

// ---------------------------------------------------------------------------------------------
// Lock, unlock, credit

/**
 * Validates everything (warnings that must be errors become errors, and, while revenue
 * accounting is active, its revenue lines must be complete), sets today's date when the
 * invoice date is empty, and freezes the invoice. The same checks whichever callers or GraphQL
 * files are loaded: the revenue check is called here, not registered from elsewhere.
 */
export async function lockInvoice(
  db: TenantDb,
  id: string,
  actorSignature: string,
  today = new Date(),
  opts: { exportCheck?: InvoiceExportCheck; onLocked?: ChangeHook } = {},
) {
  return db.$transaction(async (tx) => {
    const invoice = await loadUnlockedForUpdate(tx, id);
    const invoiceDate = invoice.invoiceDate ?? toDate(today.toISOString().slice(0, 10));
    if (!invoice.invoiceDate) await tx.invoice.update({ where: { id }, data: { invoiceDate } });
    const fresh = await recalculate(tx, id, today);
    const lines = await tx.invoiceLine.findMany({ where: { invoiceId: id } });
    const buyers = await tx.invoiceBuyer.findMany({ where: { invoiceId: id } });
    const customer = await tx.customer.findUniqueOrThrow({ where: { id: invoice.customerId } });
    const company = await tx.company.findFirstOrThrow({});
    let basis = new D(0);
    for (const l of lines) if (isReductionEligible(l, fresh.taxReductionType)) basis = basis.plus(lineAmountInclVat(l, vatMode(fresh)));
    const issues = lockIssues(lockFacts(fresh, lines, buyers.length, basis, customer, company, new D(fresh.vatAmount)));
    const year = Number(reductionDate(fresh, today).slice(0, 4));
    if (fresh.taxReductionType !== 'NONE' && !fresh.isCredit) {
      for (const [i, b] of buyers.entries())
        issues.push(...buyerIssues(fresh.taxReductionType, { ...b, identityNumber: b.personalIdentityNumber }, year, `buyers.${i}`));
    }
    issues.push(...(await revenue.revenueLockGuard(tx, fresh)));
    if (customer.costCentreRequired) {
      const basis = await revenue.requiredCostCentreGuard(tx, id, customer.number);
      if (basis) issues.push(...basis);
      else {
        const project = await tx.project.findUniqueOrThrow({ where: { id: fresh.projectId }, select: { number: true, costCentreId: true } });
        issues.push(...projectCostCentreIssues(customer.number, project));
      }
    }
    if (issues.length) throw new ValidationError(issues);
    const locked = await tx.invoice.update({
      where: { id },
      data: { locked: true, lockedAt: new Date(), lockedBy: actorSignature, ocrReference: invoiceOcrReference(fresh.number, company.ocrScheme) },
    });
    // Part of the lock: refused below, nothing is enqueued either.
    await opts.onLocked?.(tx);
    await recordEvent(tx, {
      type: 'invoice.locked',
      entityType: 'Invoice',
      entityId: id,
      data: {
        invoiceId: id,
        number: locked.number,
        isCredit: locked.isCredit,
        customerId: locked.customerId,
        projectId: locked.projectId,
        invoiceDate: locked.invoiceDate?.toISOString().slice(0, 10) ?? null,
        dueDate: locked.dueDate?.toISOString().slice(0, 10) ?? null,
        total: new D(locked.total).toFixed(2),
        amountToPay: new D(locked.amountToPay).toFixed(2),
      },
    });
    if (opts.exportCheck) {
      // The invoice as it would be exported (its basis is final now); refused: the transaction rolls the lock back.
      const refused = await opts.exportCheck(tx, invoiceRecord(await tx.invoice.findUniqueOrThrow({ where: { id }, include: invoiceInclude })));
      if (refused.length) throw new ValidationError(refused);
    }
    return locked;
  });
}

export async function unlockInvoice(db: TenantDb, id: string) {
  return db.$transaction(async (tx) => {
    const invoice = await loadInvoiceForUpdate(tx, id);
    if (!invoice.locked) return invoice;
    if (invoice.externalNumber) {
      throw new ConflictError(
        'INVALID_STATE',
        `Invoice ${invoice.number} has been exported (${invoice.externalNumber}) and cannot be unlocked; credit it instead.`,
        'id',
      );
    }
    return tx.invoice.update({ where: { id }, data: { locked: false, lockedAt: null, lockedBy: null } });
  });
}

/**
 * Records the accounting system's invoice number (an accounting connector's export). Only a
 * locked invoice is exported, and once it has an external number it cannot be unlocked
 * (unlockInvoice): both under the invoice's row lock, so an unlock running at the same time
 * either finishes first (and this refuses) or waits and then sees the number (and refuses).
 * The same number again changes nothing. `numbered` (the connector run's) is called in the same
 * transaction, whether or not the number changed: it records the invoice.exported the export owes,
 * with this number, unless it was already told.
 */
export async function recordExport(
  db: TenantDb,
  id: string,
  externalNumber: string,
  numbered?: (tx: TenantClient, invoiceId: string, remoteNumber: string) => Promise<void>,
): Promise<void> {
  await db.$transaction(async (tx) => {
    const invoice = await loadInvoiceForUpdate(tx, id, null);
    if (!invoice.locked) throw new ConflictError('INVALID_STATE', `Invoice ${invoice.number} is not locked.`);
    if (invoice.externalNumber !== externalNumber) await tx.invoice.update({ where: { id }, data: { externalNumber }, select: { id: true } });
    await numbered?.(tx, id, externalNumber);
  });
}

/**
 * Records the date (YYYY-MM-DD) the invoice was paid in full, as the accounting system has it,
 * read through the connection `connectionId` (named in the invoice.paid event).
 */
export async function recordPayment(db: TenantDb, id: string, paidDate: string, connectionId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const invoice = await loadInvoiceForUpdate(tx, id, null);
    if (invoice.paidDate?.toISOString().slice(0, 10) === paidDate) return;
    await tx.invoice.update({ where: { id }, data: { paidDate: toDate(paidDate) }, select: { id: true } });
    // The accounting system's word: marked paid there (a changed date is told again).
    await recordEvent(tx, {
      type: 'invoice.paid',
      entityType: 'Invoice',
      entityId: id,
      data: { invoiceId: id, number: invoice.number, paidDate, amount: null, source: 'connector', connectionId },
    });
  });
}

/** A credit invoice of a locked invoice: its lines negated, its tax reduction negated, a reason required. */
export async function creditInvoice(db: TenantDb, originalId: string, reason: string, today = new Date()): Promise<string> {
  const trimmed = reason.trim();
  if (!trimmed) throw ValidationError.single('reason', 'required', 'A credit invoice needs a reason.');
  if (trimmed.length > 500) throw ValidationError.single('reason', 'too_long', 'At most 500 characters.');
  return db.$transaction(async (tx) => {
    const original = await loadInvoiceForUpdate(tx, originalId);
    if (!original.locked) throw new ConflictError('INVALID_STATE', 'Only a locked invoice can be credited.', 'id');
    if (original.isCredit) throw new ConflictError('INVALID_STATE', 'A credit invoice cannot itself be credited.', 'id');
    // Only whole invoices are credited, so an invoice is credited at most once; the original's
    // row lock (taken above) makes concurrent credits of it run one after the other.
    const earlier = await tx.invoice.findFirst({ where: { creditOfId: originalId }, select: { number: true }, orderBy: { number: 'asc' } });
    if (earlier) {
      throw new ConflictError('ALREADY_CREDITED', `Invoice ${original.number} has already been credited by credit invoice ${earlier.number}.`, 'id');
    }
    await revenue.assertCreditable(tx, original);
    const lines = await tx.invoiceLine.findMany({ where: { invoiceId: originalId }, orderBy: { position: 'asc' } });
    const buyers = await tx.invoiceBuyer.findMany({ where: { invoiceId: originalId } });
    const {
      id: _id,
      companyId: _c,
      number: _n,
      externalNumber: _e,
      createdAt: _ca,
      updatedAt: _ua,
      createdBy: _cb,
      updatedBy: _ub,
      locked: _l,
      lockedAt: _la,
      lockedBy: _lb,
      paidDate: _pd,
      invoiceDate: _id2,
      dueDate: _dd,
      dueDateManual: _dm,
      readyForInvoice: _r,
      distributionStatus: _ds,
      statusCode: _sc,
      warnings: _w,
      ...copy
    } = original;
    const credit = await tx.invoice.create({
      data: scoped<Prisma.InvoiceUncheckedCreateInput>({
        ...copy,
        number: await nextNumber(tx),
        isCredit: true,
        creditOfId: original.id,
        creditReason: trimmed,
        title: `Kredit av faktura ${original.number}${original.invoiceDate ? ` (${original.invoiceDate.toISOString().slice(0, 10)})` : ''}`,
      }),
    });
    if (lines.length) {
      await tx.invoiceLine.createMany({
        data: lines.map(({ id: _i, companyId: _co, invoiceId: _iv, createdAt: _a, updatedAt: _b, createdBy: _x, updatedBy: _y, ...l }) =>
          scoped<Prisma.InvoiceLineCreateManyInput>({
            ...l,
            invoiceId: credit.id,
            quantity: new D(l.quantity).negated().toFixed(),
            amount: new D(l.amount).negated().toFixed(2),
          }),
        ),
      });
    }
    for (const { id: _i, companyId: _co, invoiceId: _iv, createdAt: _a, updatedAt: _b, createdBy: _x, updatedBy: _y, ...b } of buyers) {
      await tx.invoiceBuyer.create({
        data: scoped<Prisma.InvoiceBuyerUncheckedCreateInput>({ ...b, invoiceId: credit.id, amount: new D(b.amount).negated().toFixed(2) }),
      });
    }
    await recalculate(tx, credit.id, today);
    await revenue.onCredited(tx, original.id, credit.id);
    const { total } = await tx.invoice.findUniqueOrThrow({ where: { id: credit.id }, select: { total: true } });
    await recordEvent(tx, {
      type: 'invoice.credited',
      entityType: 'Invoice',
      entityId: original.id,
      data: { invoiceId: original.id, number: original.number, creditNoteId: credit.id, total: new D(total).toFixed(2) },
    });
    return credit.id;
  });
}

/**
 * Splits a line across Skatteverket's work types (ROT/RUT/green categories): amounts excl. VAT
 * that add up to the line's amount; optional hours (sent to the accounting system only).
 * An empty list removes the split.
 */
export async function setLineWorkTypes(
  db: TenantDb,
  lineId: string,
  parts: { workType: string; amount: Prisma.Decimal; hours?: Prisma.Decimal | null }[],
  today = new Date(),
) {
  return db.$transaction(async (tx) => {
    const { line, invoice } = await loadLineForUpdate(tx, lineId, 'lineId');
    const issues: ValidationIssue[] = [];
    if (parts.length && invoice.taxReductionType === 'NONE') {
      issues.push({ path: 'workTypes', code: 'no_tax_reduction', message: 'Choose ROT, RUT or green technology on the invoice first.' });
    } else if (parts.length) {
      const allowed = workTypesFor(invoice.taxReductionType as ReductionType);
      parts.forEach((p, i) => {
        if (!allowed.includes(p.workType)) {
          issues.push({
            path: `workTypes.${i}.workType`,
            code: 'invalid_work_type',
            message: `${invoice.taxReductionType} work types are: ${allowed.join(', ')}.`,
          });
        }
        if (p.amount.decimalPlaces() > 2) issues.push({ path: `workTypes.${i}.amount`, code: 'too_many_decimals', message: 'At most 2 decimals.' });
        if (p.hours && (p.hours.isNegative() || p.hours.decimalPlaces() > 2))
          issues.push({ path: `workTypes.${i}.hours`, code: 'invalid', message: 'Hours are zero or more, at most 2 decimals.' });
      });
      const sum = parts.reduce((s, p) => s.plus(p.amount), new D(0));
      if (!sum.equals(line.amount)) {
        issues.push({
          path: 'workTypes',
          code: 'sum_mismatch',
          message: `The parts add up to ${sum.toFixed(2)}, not the line’s ${new D(line.amount).toFixed(2)}.`,
        });
      }
    }
    if (issues.length) throw new ValidationError(issues);
    await tx.invoiceLineWorkType.deleteMany({ where: { lineId } });
    if (parts.length) {
      await tx.invoiceLineWorkType.createMany({
        data: parts.map((p) =>
          scoped<Prisma.InvoiceLineWorkTypeCreateManyInput>({ lineId, workType: p.workType, amount: p.amount.toFixed(2), hours: p.hours?.toFixed(2) ?? null }),
        ),
      });
    }
    await recalculate(tx, invoice.id, today);
    return line;
  });
}
