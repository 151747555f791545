// Revenue accounting service (I/O through the tenant-scoped client). The set-up (activation,
// posting dimensions, posting rules), each invoice's revenue lines (proposals from the rules,
// edits, splits, balance postings) and the basis for the accounting system that connectors
// export. The invoice service calls the `on…` hooks inside its own transactions; the lock guard
// is registered by ./graphql.ts. Pure rules are in ./rules.ts.
import { Prisma } from '../../generated/prisma/client.js';
import type { Invoice, InvoiceAccountingRow, InvoiceLine, InvoiceRevenueLine, LineKind, TaxReductionType } from '../../generated/prisma/client.js';
import { lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import { unitPriceWithMarkup, isVatRate, isReductionEligible, loadLineForUpdate, loadUnlockedForUpdate } from '../invoices/index.js';
import {
  changedBeyondProject,
  dimensionChanges,
  effectiveDimensions,
  groupRevenue,
  keepIncluded,
  matchRule,
  normaliseRule,
  partialRow,
  postingRuleIssues,
  revenueLockIssues,
  requiredCostCentreIssues,
  receivablesAccountIssues,
  splitIssues,
  spreadReduction,
  type Dimension,
  type DimensionInput,
  type PostingRuleInput,
  type RevenueDims,
} from './rules.js';

const D = Prisma.Decimal;
type Dec = Prisma.Decimal;

/** What the user may do with revenue accounting in invoices. */
export type RevenueLevel = 'FULL' | 'PROJECT';

// ---------------------------------------------------------------------------------------------
// Set-up

/**
 * The set-up read for changing it: the company's row is locked until the transaction ends, so
 * changes of the set-up (activation, dimensions, the rules replaced as a whole) run one after
 * the other, each checking what the previous one left.
 */
async function loadSetupForUpdate(tx: TenantClient) {
  const company = await tx.company.findFirstOrThrow({ select: { id: true } });
  await lockForUpdate(tx, 'Company', company.id);
  return loadSetup(tx);
}

export async function loadSetup(tx: TenantClient) {
  const company = await tx.company.findFirstOrThrow({
    select: { revenueAccountingActive: true, revenueAccountingActivatedAt: true, receivablesAccountNumber: true },
  });
  const stored = await tx.revenueDimension.findMany({ orderBy: { number: 'asc' } });
  const rules = await tx.revenuePostingRule.findMany({ orderBy: { position: 'asc' } });
  return {
    active: company.revenueAccountingActive,
    activatedAt: company.revenueAccountingActivatedAt,
    receivablesAccountNumber: company.receivablesAccountNumber,
    dimensions: effectiveDimensions(stored),
    rules,
  };
}
export type RevenueSetup = Awaited<ReturnType<typeof loadSetup>>;

/** Activates/deactivates revenue accounting and changes posting dimensions. */
export async function updateSettings(
  db: TenantDb,
  input: { active?: boolean | null; dimensions?: DimensionInput[] | null; receivablesAccountNumber?: number | null },
  now = new Date(),
) {
  return db.$transaction(async (tx) => {
    const setup = await loadSetupForUpdate(tx);
    const issues: ValidationIssue[] = [];
    const ch = dimensionChanges(setup.dimensions, input.dimensions ?? []);
    issues.push(...ch.issues);
    if (input.receivablesAccountNumber != null) issues.push(...receivablesAccountIssues(input.receivablesAccountNumber));
    if (input.active && !setup.rules.length) {
      issues.push({
        path: 'active',
        code: 'no_default_rule',
        message: 'Set up the posting rules (at least the default rule) before activating revenue accounting.',
      });
    }
    if (issues.length) throw new ValidationError(issues);
    const stored = await tx.revenueDimension.findMany({});
    for (const d of ch.dimensions) {
      const data = { included: d.included, mandatory: d.mandatory, name: d.name };
      const row = stored.find((s) => s.number === d.number);
      if (row) await tx.revenueDimension.update({ where: { id: row.id }, data });
      else await tx.revenueDimension.create({ data: scoped<Prisma.RevenueDimensionUncheckedCreateInput>({ number: d.number, ...data }) });
    }
    if (input.receivablesAccountNumber != null && input.receivablesAccountNumber !== setup.receivablesAccountNumber) {
      const company = await tx.company.findFirstOrThrow({ select: { id: true } });
      await tx.company.update({ where: { id: company.id }, data: { receivablesAccountNumber: input.receivablesAccountNumber } });
    }
    if (input.active != null && input.active !== setup.active) {
      const company = await tx.company.findFirstOrThrow({ select: { id: true } });
      await tx.company.update({
        where: { id: company.id },
        data: { revenueAccountingActive: input.active, revenueAccountingActivatedAt: input.active ? now : setup.activatedAt },
      });
    }
    return loadSetup(tx);
  });
}

/** Replaces the ordered posting rules: the first is the default rule, the others exceptions. */
export async function setPostingRules(db: TenantDb, rules: PostingRuleInput[]) {
  return db.$transaction(async (tx) => {
    const setup = await loadSetupForUpdate(tx);
    const issues = postingRuleIssues(rules);
    if (!rules.length && setup.active) {
      issues.push({ path: 'rules', code: 'required', message: 'Active revenue accounting needs at least the default rule.' });
    }
    const numbers = [...new Set(rules.map((r) => r.accountNumber))];
    const known = new Set((await tx.account.findMany({ where: { number: { in: numbers } }, select: { number: true } })).map((a) => a.number));
    rules.forEach((r, i) => {
      if (!issues.some((x) => x.path === `rules.${i}.accountNumber`) && !known.has(r.accountNumber)) {
        issues.push({ path: `rules.${i}.accountNumber`, code: 'not_found', message: `There is no account ${r.accountNumber} in the chart of accounts.` });
      }
    });
    if (issues.length) throw new ValidationError(issues);
    await tx.revenuePostingRule.deleteMany({});
    if (rules.length) {
      await tx.revenuePostingRule.createMany({
        data: rules.map((r, i) => {
          const n = normaliseRule(r);
          return scoped<Prisma.RevenuePostingRuleCreateManyInput>({
            position: i + 1,
            accountNumber: n.accountNumber,
            description: r.description?.trim() || null,
            constructionVat: n.constructionVat,
            vatRate: n.vatRate == null ? null : new D(n.vatRate).toFixed(),
            customerCategory: n.customerCategory,
            costAccounts: [...n.costAccounts],
            lineKind: n.lineKind,
            taxReductionType: n.taxReductionType,
          });
        }),
      });
    }
    return loadSetup(tx);
  });
}

// ---------------------------------------------------------------------------------------------
// Proposals (called by the invoice service inside its transactions)

const PARTS_PER_LINE = 100;
/** Balance postings come after every line (line positions stay far below this). */
const BALANCE_BASE = 1_000_000;
/** Basis rows sort by their revenue line: position × 100 + the row's index within it. */
const ROWS_PER_REVENUE_LINE = 100;

interface Ctx {
  invoice: Invoice;
  setup: RevenueSetup;
  customerCategory: 'EXTERNAL' | 'INTRA_GROUP';
  projectCostCentre: Map<string, string | null>;
}

async function context(tx: TenantClient, invoiceId: string): Promise<Ctx> {
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  const setup = await loadSetup(tx);
  const customer = await tx.customer.findUniqueOrThrow({ where: { id: invoice.customerId }, select: { category: true } });
  return { invoice, setup, customerCategory: customer.category, projectCostCentre: new Map() };
}

async function costCentreOf(tx: TenantClient, c: Ctx, projectId: string): Promise<string | null> {
  if (!c.projectCostCentre.has(projectId)) {
    const p = await tx.project.findUnique({ where: { id: projectId }, select: { costCentreId: true } });
    c.projectCostCentre.set(projectId, p?.costCentreId ?? null);
  }
  return c.projectCostCentre.get(projectId)!;
}

/** The revenue proposal for one line: the matching rule's account (or the default rule's), dimensions from the line. */
async function proposal(tx: TenantClient, c: Ctx, line: InvoiceLine, useRules: boolean) {
  const rules = c.setup.rules;
  const idx = useRules
    ? matchRule(rules, {
        constructionVat: c.invoice.reverseCharge,
        vatRate: line.vatRate,
        customerCategory: c.customerCategory,
        costAccount: line.accountNumber,
        lineKind: line.kind,
        taxReductionType: c.invoice.taxReductionType,
      })
    : rules.length
      ? 0
      : null;
  const projectId = line.projectId ?? c.invoice.projectId;
  const dims = keepIncluded<RevenueDims>(
    {
      accountNumber: idx == null ? null : rules[idx]!.accountNumber,
      projectId,
      workOrderId: line.workOrderId,
      changeOrderId: line.changeOrderId,
      costCentreId: await costCentreOf(tx, c, projectId),
      dimension5: null,
      dimension6: null,
    },
    c.setup.dimensions,
  );
  return { ...dims, amount: new D(line.amount).toFixed(2), kind: line.kind, manual: false };
}

/**
 * (Re)proposes the revenue of the given lines: one revenue line each, from the rules (or the
 * default rule: manual lines and manual changes), discarding edits and splits. The first
 * revenue line of a line is updated in place, so its rows in the basis keep their
 * tax-reduction fields. Non-billable lines have no revenue.
 */
async function proposeLines(tx: TenantClient, c: Ctx, lines: InvoiceLine[], useRules: boolean): Promise<string[]> {
  const touched: string[] = [];
  for (const line of lines) {
    const existing = await tx.invoiceRevenueLine.findMany({ where: { lineId: line.id }, orderBy: { position: 'asc' } });
    if (!line.billable) {
      if (existing.length) await tx.invoiceRevenueLine.deleteMany({ where: { lineId: line.id } });
      continue;
    }
    const data = await proposal(tx, c, line, useRules);
    const [first, ...rest] = existing;
    if (rest.length) await tx.invoiceRevenueLine.deleteMany({ where: { id: { in: rest.map((r) => r.id) } } });
    if (first) {
      await tx.invoiceRevenueLine.update({ where: { id: first.id }, data: { ...data, position: line.position * PARTS_PER_LINE } });
      touched.push(first.id);
    } else {
      const created = await tx.invoiceRevenueLine.create({
        data: scoped<Prisma.InvoiceRevenueLineUncheckedCreateInput>({
          ...data,
          invoiceId: c.invoice.id,
          lineId: line.id,
          position: line.position * PARTS_PER_LINE,
        }),
      });
      touched.push(created.id);
    }
  }
  return touched;
}

/** createInvoice: every line gets a proposal from the rules, and the basis is built. */
export async function onInvoiceCreated(tx: TenantClient, invoiceId: string): Promise<void> {
  const c = await context(tx, invoiceId);
  if (!c.setup.active) return;
  const lines = await tx.invoiceLine.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
  await proposeLines(tx, c, lines, true);
  await rebuildBasisIn(tx, invoiceId);
}

/** addInvoiceLine / a changed line: the default rule's account (manual invoices and changes). */
export async function onLineChanged(tx: TenantClient, lineId: string, revenueRelevant: boolean): Promise<void> {
  const line = await tx.invoiceLine.findUniqueOrThrow({ where: { id: lineId } });
  const c = await context(tx, line.invoiceId);
  const existing = await tx.invoiceRevenueLine.findMany({ where: { lineId }, select: { id: true } });
  if (!c.setup.active && !existing.length) return;
  if (revenueRelevant || !existing.length) await proposeLines(tx, c, [line], false);
  await syncBasis(
    tx,
    c.invoice,
    (await tx.invoiceRevenueLine.findMany({ where: { lineId }, select: { id: true } })).map((r) => r.id),
  );
}

/**
 * VAT or construction VAT (or the tax-reduction type) changed: every line is proposed again from
 * the current rules and manual edits are lost. Returns whether revenue accounting was reset.
 */
export async function onVatChanged(tx: TenantClient, invoiceId: string): Promise<boolean> {
  const c = await context(tx, invoiceId);
  if (!c.setup.active) return false;
  const lines = await tx.invoiceLine.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
  const touched = await proposeLines(tx, c, lines, true);
  await syncBasis(tx, c.invoice, touched);
  return lines.length > 0;
}

/** Before crediting: with revenue accounting active, the original must have revenue lines to copy. */
export async function assertCreditable(tx: TenantClient, original: Invoice): Promise<void> {
  const setup = await loadSetup(tx);
  if (!setup.active) return;
  const count = await tx.invoiceRevenueLine.count({ where: { invoiceId: original.id } });
  if (count === 0 && !new D(original.subtotal).isZero()) {
    throw new ConflictError(
      'INVALID_STATE',
      `Invoice ${original.number} was created before revenue accounting was activated and has no revenue accounting to copy. ` +
        'Unlock it, add a balance posting (account and the other mandatory dimensions) on its revenue accounting, lock it again, then credit it.',
      'id',
    );
  }
}

/** The credit invoice gets the original's revenue lines and basis, negated. */
export async function onCredited(tx: TenantClient, originalId: string, creditId: string): Promise<void> {
  const revenue = await tx.invoiceRevenueLine.findMany({ where: { invoiceId: originalId }, orderBy: { position: 'asc' } });
  if (!revenue.length) return;
  const oldLines = await tx.invoiceLine.findMany({ where: { invoiceId: originalId }, select: { id: true, position: true } });
  const newLines = await tx.invoiceLine.findMany({ where: { invoiceId: creditId }, select: { id: true, position: true } });
  const byPosition = new Map(newLines.map((l) => [l.position, l.id]));
  const lineMap = new Map(oldLines.map((l) => [l.id, byPosition.get(l.position) ?? null]));
  const revenueMap = new Map<string, string>();
  for (const { id, companyId: _c, invoiceId: _i, createdAt: _a, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...r } of revenue) {
    const created = await tx.invoiceRevenueLine.create({
      data: scoped<Prisma.InvoiceRevenueLineUncheckedCreateInput>({
        ...r,
        invoiceId: creditId,
        lineId: r.lineId ? (lineMap.get(r.lineId) ?? null) : null,
        amount: new D(r.amount).negated().toFixed(2),
      }),
    });
    revenueMap.set(id, created.id);
  }
  const rows = await tx.invoiceAccountingRow.findMany({ where: { invoiceId: originalId }, orderBy: { sortOrder: 'asc' } });
  if (rows.length) {
    await tx.invoiceAccountingRow.createMany({
      data: rows.map(({ id: _id, companyId: _c, invoiceId: _i, createdAt: _a, updatedAt: _u, createdBy: _cb, updatedBy: _ub, ...r }) =>
        scoped<Prisma.InvoiceAccountingRowCreateManyInput>({
          ...r,
          invoiceId: creditId,
          lineId: r.lineId ? (lineMap.get(r.lineId) ?? null) : null,
          revenueLineId: r.revenueLineId ? (revenueMap.get(r.revenueLineId) ?? null) : null,
          quantity: new D(r.quantity).negated().toFixed(),
          amount: new D(r.amount).negated().toFixed(2),
          hours: r.hours == null ? null : new D(r.hours).negated().toFixed(2),
          reductionAmount: new D(r.reductionAmount).negated().toFixed(2),
        }),
      ),
    });
  }
}

/** What locking an invoice asks (invoices' lockInvoice): with revenue accounting active, complete revenue lines that add up to the net amount. */
export async function revenueLockGuard(tx: TenantClient, invoice: Invoice): Promise<ValidationIssue[]> {
  const setup = await loadSetup(tx);
  if (!setup.active) return [];
  const revenueLines = await tx.invoiceRevenueLine.findMany({ where: { invoiceId: invoice.id }, orderBy: { position: 'asc' } });
  const basis = await tx.invoiceAccountingRow.aggregate({ where: { invoiceId: invoice.id }, _sum: { amount: true }, _count: true });
  return revenueLockIssues({
    netAmount: invoice.subtotal,
    revenueLines: revenueLines.map((r) => ({ ...r, isBalancePosting: r.lineId === null })),
    basisAmount: basis._sum.amount ?? new D(0),
    basisRows: basis._count,
    dimensions: setup.dimensions,
  });
}

/**
 * For an invoice to a customer that requires a cost centre: what its revenue lines and basis for
 * the accounting system lack (requiredCostCentreIssues). null when the invoice has neither (its
 * billable lines go to the accounting system with the project's cost centre: the caller checks
 * that).
 */
export async function requiredCostCentreGuard(tx: TenantClient, invoiceId: string, customerNumber: string): Promise<ValidationIssue[] | null> {
  const revenueLines = await tx.invoiceRevenueLine.findMany({ where: { invoiceId }, orderBy: { position: 'asc' }, select: { costCentreId: true } });
  const basisRows = await tx.invoiceAccountingRow.findMany({
    where: { invoiceId },
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
    select: { costCentreId: true },
  });
  if (!revenueLines.length && !basisRows.length) return null;
  const setup = await loadSetup(tx);
  return requiredCostCentreIssues(customerNumber, { dimensions: setup.dimensions, revenueLines, basisRows });
}

// ---------------------------------------------------------------------------------------------
// Basis for the accounting system

type LineForBasis = Pick<InvoiceLine, 'description' | 'quantity' | 'unit' | 'unitPrice' | 'markupPercent' | 'discountPercent' | 'vatRate' | 'amount'>;

/** The columns of a basis row that follow the invoice line and its revenue line. */
function derived(invoice: Invoice, r: InvoiceRevenueLine, line: LineForBasis | null, amount: Dec, fallback?: { description: string; vatRate: Dec }) {
  const whole = line && !partialRow(line.amount, amount);
  return {
    description: line?.description ?? fallback?.description ?? 'Balance posting',
    quantity: whole ? new D(line.quantity).toFixed() : amount.isNegative() ? '-1' : '1',
    unit: whole ? line.unit : null,
    unitPrice: whole ? unitPriceWithMarkup(line).toFixed(2) : amount.abs().toFixed(2),
    discountPercent: whole ? new D(line.discountPercent).toFixed() : '0',
    amount: amount.toFixed(2),
    vatRate: new D(line?.vatRate ?? fallback?.vatRate ?? 25).toFixed(),
    accountNumber: r.accountNumber,
    projectId: r.projectId,
    workOrderId: r.workOrderId,
    changeOrderId: r.changeOrderId,
    costCentreId: r.costCentreId,
    dimension5: r.dimension5,
    dimension6: r.dimension6,
    kind: r.kind,
    reductionType: invoice.taxReductionType,
  };
}

/**
 * Brings the basis rows of the given revenue lines up to date: a new revenue line gets a row; a
 * changed one updates its rows' account, dimensions, description and amounts, keeping the
 * tax-reduction fields (work type, hours, reduction), which only change in the basis itself.
 * Rows split across work types keep their amounts while they still add up to the revenue line.
 */
async function syncBasis(tx: TenantClient, invoice: Invoice, revenueLineIds: string[]): Promise<void> {
  if (!revenueLineIds.length) return;
  const revenue = await tx.invoiceRevenueLine.findMany({ where: { id: { in: revenueLineIds } }, include: { line: true }, orderBy: { position: 'asc' } });
  for (const r of revenue) {
    const rows = await tx.invoiceAccountingRow.findMany({ where: { revenueLineId: r.id }, orderBy: { sortOrder: 'asc' } });
    const amount = new D(r.amount);
    if (!rows.length) {
      await tx.invoiceAccountingRow.create({
        data: scoped<Prisma.InvoiceAccountingRowUncheckedCreateInput>({
          ...derived(invoice, r, r.line, amount),
          invoiceId: invoice.id,
          lineId: r.lineId,
          revenueLineId: r.id,
          sortOrder: r.position * ROWS_PER_REVENUE_LINE,
        }),
      });
      continue;
    }
    const sum = rows.reduce((s, x) => s.plus(x.amount), new D(0));
    if (rows.length > 1 && sum.equals(amount)) {
      for (const row of rows) {
        const { quantity: _q, unit: _u, unitPrice: _p, discountPercent: _d, amount: _a, ...rest } = derived(invoice, r, r.line, new D(row.amount));
        await tx.invoiceAccountingRow.update({ where: { id: row.id }, data: rest });
      }
      continue;
    }
    const [first, ...extra] = rows;
    if (extra.length) await tx.invoiceAccountingRow.deleteMany({ where: { id: { in: extra.map((x) => x.id) } } });
    await tx.invoiceAccountingRow.update({
      where: { id: first!.id },
      data: { ...derived(invoice, r, r.line, amount, { description: first!.description, vatRate: first!.vatRate }) },
    });
  }
}

/**
 * Builds the basis from scratch: one row per revenue line in order; a line that is not split in
 * revenue but split across tax-reduction work types gets one row per work type with its hours;
 * the invoice's tax reduction is spread over the eligible rows. Edits to the basis are lost.
 */
async function rebuildBasisIn(tx: TenantClient, invoiceId: string): Promise<void> {
  const invoice = await tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  const previous = await tx.invoiceAccountingRow.findMany({ where: { invoiceId, lineId: null } });
  await tx.invoiceAccountingRow.deleteMany({ where: { invoiceId } });
  const revenue = await tx.invoiceRevenueLine.findMany({
    where: { invoiceId },
    include: { line: { include: { workTypes: { orderBy: { createdAt: 'asc' } } } } },
    orderBy: { position: 'asc' },
  });
  const perLine = new Map<string, number>();
  for (const r of revenue) if (r.lineId) perLine.set(r.lineId, (perLine.get(r.lineId) ?? 0) + 1);
  const rows: (ReturnType<typeof derived> & {
    lineId: string | null;
    revenueLineId: string;
    sortOrder: number;
    workType: string | null;
    hours: string | null;
    eligible: boolean;
  })[] = [];
  for (const r of revenue) {
    const line = r.line;
    const eligible = line
      ? isReductionEligible(line, invoice.taxReductionType)
      : isReductionEligible({ kind: r.kind, reductionEligible: null, billable: true }, invoice.taxReductionType);
    const prev = previous.find((p) => p.revenueLineId === r.id);
    const fallback = prev ? { description: prev.description, vatRate: prev.vatRate } : undefined;
    const parts = line?.workTypes ?? [];
    if (line && parts.length && perLine.get(line.id) === 1) {
      parts.forEach((p, k) => {
        rows.push({
          ...derived(invoice, r, line, new D(p.amount)),
          lineId: r.lineId,
          revenueLineId: r.id,
          sortOrder: r.position * ROWS_PER_REVENUE_LINE + k,
          workType: p.workType,
          hours: p.hours?.toFixed(2) ?? null,
          eligible,
        });
      });
    } else {
      rows.push({
        ...derived(invoice, r, line, new D(r.amount), fallback),
        lineId: r.lineId,
        revenueLineId: r.id,
        sortOrder: r.position * ROWS_PER_REVENUE_LINE,
        workType: parts.length === 1 ? parts[0]!.workType : null,
        hours: null,
        eligible,
      });
    }
  }
  const reductions = spreadReduction(rows, invoice.taxReductionAmount);
  if (rows.length) {
    await tx.invoiceAccountingRow.createMany({
      data: rows.map(({ eligible: _e, ...row }, i) =>
        scoped<Prisma.InvoiceAccountingRowCreateManyInput>({ ...row, invoiceId, reductionAmount: reductions[i]!.toFixed(2) }),
      ),
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Editing an invoice's revenue accounting (GraphQL mutations; one transaction each)

/** The invoice, unlocked, its row locked until the transaction ends (see ../invoices/lock.ts). */
const unlockedInvoice = (tx: TenantClient, id: string, path: string): Promise<Invoice> => loadUnlockedForUpdate(tx, id, path);

/**
 * A row the invoice owns (revenue line, basis row): found, its invoice locked and checked
 * unlocked, then read again, so the change works on what the row holds under the lock.
 */
async function ownedForUpdate<T extends { invoiceId: string }>(
  find: () => Promise<T | null>,
  tx: TenantClient,
  path: string,
  notFound: () => Error,
): Promise<{ row: T; invoice: Invoice }> {
  const before = await find();
  if (!before) throw notFound();
  const invoice = await unlockedInvoice(tx, before.invoiceId, path);
  const row = await find();
  if (!row) throw notFound();
  return { row, invoice };
}

function requireFull(level: RevenueLevel, what: string): void {
  if (level !== 'FULL') {
    throw new ForbiddenError(
      `${what} needs the permission INVOICE_REVENUE_ACCOUNTING (use revenue accounting in invoices, full); yours allows changing project, work order and ÄTA only.`,
      'INVOICE_REVENUE_ACCOUNTING',
    );
  }
}

export interface RevenueDimsInput {
  accountNumber?: number | null;
  projectId?: string | null;
  workOrderId?: string | null;
  changeOrderId?: string | null;
  costCentreId?: string | null;
  dimension5?: string | null;
  dimension6?: string | null;
}

/** Checks the references of revenue dimensions and that they belong together; returns the merged dimensions. */
async function checkDims(tx: TenantClient, base: RevenueDims, input: RevenueDimsInput, dims: readonly Dimension[], prefix: string) {
  const issues: ValidationIssue[] = [];
  const at = (k: string) => (prefix ? `${prefix}.${k}` : k);
  // A dimension left out keeps its value; a given text is trimmed, and empty means none.
  const text = (v: string | null | undefined, old: string | null) => (v === undefined ? old : v?.trim() || null);
  const merged: RevenueDims = {
    accountNumber: input.accountNumber === undefined ? base.accountNumber : input.accountNumber,
    projectId: text(input.projectId, base.projectId),
    workOrderId: text(input.workOrderId, base.workOrderId),
    changeOrderId: text(input.changeOrderId, base.changeOrderId),
    costCentreId: text(input.costCentreId, base.costCentreId),
    dimension5: text(input.dimension5, base.dimension5),
    dimension6: text(input.dimension6, base.dimension6),
  };
  // A new project without a new AO/ÄTA drops the old one; a new AO/ÄTA replaces the other kind.
  if (input.projectId !== undefined && input.projectId !== base.projectId) {
    if (input.workOrderId === undefined) merged.workOrderId = null;
    if (input.changeOrderId === undefined) merged.changeOrderId = null;
  }
  if (input.workOrderId && input.changeOrderId === undefined) merged.changeOrderId = null;
  if (input.changeOrderId && input.workOrderId === undefined) merged.workOrderId = null;
  const inc = (n: number) => dims[n - 1]!.included;
  if (!inc(3) && (input.workOrderId || input.changeOrderId))
    issues.push({
      path: at(input.workOrderId ? 'workOrderId' : 'changeOrderId'),
      code: 'dimension_not_included',
      message: 'Dimension 3 (work order/ÄTA) is not included in the posting dimensions.',
    });
  if (!inc(4) && input.costCentreId)
    issues.push({ path: at('costCentreId'), code: 'dimension_not_included', message: 'Dimension 4 (cost centre) is not included in the posting dimensions.' });
  if (!inc(5) && input.dimension5)
    issues.push({ path: at('dimension5'), code: 'dimension_not_included', message: 'Dimension 5 is not included in the posting dimensions.' });
  if (!inc(6) && input.dimension6)
    issues.push({ path: at('dimension6'), code: 'dimension_not_included', message: 'Dimension 6 is not included in the posting dimensions.' });
  for (const k of ['dimension5', 'dimension6'] as const)
    if ((merged[k]?.length ?? 0) > 50) issues.push({ path: at(k), code: 'too_long', message: 'At most 50 characters.' });
  if (merged.accountNumber != null && input.accountNumber != null && !(await tx.account.findFirst({ where: { number: merged.accountNumber } }))) {
    issues.push({ path: at('accountNumber'), code: 'not_found', message: `There is no account ${merged.accountNumber} in the chart of accounts.` });
  }
  if (merged.projectId && !(await tx.project.findUnique({ where: { id: merged.projectId } })))
    issues.push({ path: at('projectId'), code: 'not_found', message: 'No such project.' });
  if (merged.workOrderId) {
    const w = await tx.workOrder.findUnique({ where: { id: merged.workOrderId } });
    if (!w) issues.push({ path: at('workOrderId'), code: 'not_found', message: 'No such work order.' });
    else if (w.projectId !== merged.projectId)
      issues.push({ path: at('workOrderId'), code: 'not_in_project', message: 'The work order belongs to another project.' });
  }
  if (merged.changeOrderId) {
    const c = await tx.changeOrder.findUnique({ where: { id: merged.changeOrderId } });
    if (!c) issues.push({ path: at('changeOrderId'), code: 'not_found', message: 'No such ÄTA.' });
    else if (c.projectId !== merged.projectId)
      issues.push({ path: at('changeOrderId'), code: 'not_in_project', message: 'The ÄTA belongs to another project.' });
  }
  if (merged.workOrderId && merged.changeOrderId)
    issues.push({ path: at('changeOrderId'), code: 'conflict', message: 'A revenue line goes to a work order or an ÄTA, not both.' });
  if (merged.costCentreId && input.costCentreId && !(await tx.costCentre.findUnique({ where: { id: merged.costCentreId } }))) {
    issues.push({ path: at('costCentreId'), code: 'not_found', message: 'No such cost centre.' });
  }
  return { merged, issues };
}

const dimsOf = (r: RevenueDims): RevenueDims => ({
  accountNumber: r.accountNumber,
  projectId: r.projectId,
  workOrderId: r.workOrderId,
  changeOrderId: r.changeOrderId,
  costCentreId: r.costCentreId,
  dimension5: r.dimension5,
  dimension6: r.dimension6,
});

/** Edits one revenue line (a balance posting's amount too). The restricted level changes project, AO and ÄTA only. */
export async function updateRevenueLine(
  db: TenantDb,
  id: string,
  input: RevenueDimsInput & { amount?: Dec | null; kind?: LineKind | null },
  level: RevenueLevel,
) {
  return db.$transaction(async (tx) => {
    const { row: r, invoice } = await ownedForUpdate(
      () => tx.invoiceRevenueLine.findUnique({ where: { id } }),
      tx,
      'id',
      () => new NotFoundError('InvoiceRevenueLine', 'No such revenue line.', 'id'),
    );
    const setup = await loadSetup(tx);
    const beyond = changedBeyondProject(r, input);
    if (input.amount != null && !new D(input.amount).equals(r.amount)) beyond.push('amount');
    if (input.kind != null && input.kind !== r.kind) beyond.push('kind');
    if (beyond.length) requireFull(level, `Changing ${beyond.join(', ')}`);
    const { merged, issues } = await checkDims(tx, dimsOf(r), input, setup.dimensions, '');
    if (input.amount != null) {
      if (r.lineId) issues.push({ path: 'amount', code: 'split_instead', message: 'A line’s revenue follows the line’s amount; split the line to spread it.' });
      else if (input.amount.decimalPlaces() > 2) issues.push({ path: 'amount', code: 'too_many_decimals', message: 'At most 2 decimals.' });
    }
    if (issues.length) throw new ValidationError(issues);
    await tx.invoiceRevenueLine.update({
      where: { id },
      data: {
        ...merged,
        manual: true,
        ...(input.amount != null && !r.lineId ? { amount: input.amount.toFixed(2) } : {}),
        ...(input.kind ? { kind: input.kind } : {}),
      },
    });
    await syncBasis(tx, invoice, [id]);
    return tx.invoiceRevenueLine.findUniqueOrThrow({ where: { id } });
  });
}

export interface SplitPart extends RevenueDimsInput {
  amount: Dec;
}

/**
 * Splits a line's revenue into several revenue lines with their own dimensions; their amounts
 * must add up exactly to the line's amount (excl. VAT). Dimensions left out come from the line's
 * current (first) revenue line. The restricted level may split across projects, AO and ÄTA only.
 */
export async function splitLine(db: TenantDb, lineId: string, parts: SplitPart[], level: RevenueLevel) {
  return db.$transaction(async (tx) => {
    const { line, invoice } = await loadLineForUpdate(tx, lineId, 'lineId');
    const c = await context(tx, invoice.id);
    const existing = await tx.invoiceRevenueLine.findMany({ where: { lineId }, orderBy: { position: 'asc' } });
    const base: RevenueDims = dimsOf(existing[0] ?? (await proposal(tx, c, line, false)));
    const issues: ValidationIssue[] = [];
    if (!line.billable) issues.push({ path: 'lineId', code: 'not_billable', message: 'A line that is not billable has no revenue.' });
    if (parts.length >= PARTS_PER_LINE) issues.push({ path: 'parts', code: 'too_many', message: `At most ${PARTS_PER_LINE - 1} revenue lines per line.` });
    issues.push(...splitIssues(parts, line.amount));
    const merged: RevenueDims[] = [];
    for (const [i, p] of parts.entries()) {
      const { amount: _a, ...dims } = p;
      const beyond = changedBeyondProject(base, dims);
      if (beyond.length) requireFull(level, `Changing ${beyond.join(', ')}`);
      const ch = await checkDims(tx, base, dims, c.setup.dimensions, `parts.${i}`);
      issues.push(...ch.issues);
      merged.push(ch.merged);
    }
    if (issues.length) throw new ValidationError(issues);
    await tx.invoiceRevenueLine.deleteMany({ where: { lineId } });
    for (const [i, p] of parts.entries()) {
      await tx.invoiceRevenueLine.create({
        data: scoped<Prisma.InvoiceRevenueLineUncheckedCreateInput>({
          ...merged[i]!,
          invoiceId: invoice.id,
          lineId,
          position: line.position * PARTS_PER_LINE + i,
          amount: p.amount.toFixed(2),
          kind: line.kind,
          manual: true,
        }),
      });
    }
    const ids = (await tx.invoiceRevenueLine.findMany({ where: { lineId }, select: { id: true } })).map((r) => r.id);
    await syncBasis(tx, invoice, ids);
    return line;
  });
}

/** Proposes every line again from the current rules, discarding edits and splits (balance postings stay). */
export async function resetInvoice(db: TenantDb, invoiceId: string, level: RevenueLevel) {
  requireFull(level, 'Resetting the revenue accounting');
  return db.$transaction(async (tx) => {
    await unlockedInvoice(tx, invoiceId, 'invoiceId');
    const c = await context(tx, invoiceId);
    if (!c.setup.rules.length) throw ValidationError.single('invoiceId', 'no_rules', 'There are no posting rules to propose from.');
    const lines = await tx.invoiceLine.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
    const touched = await proposeLines(tx, c, lines, true);
    await syncBasis(tx, c.invoice, touched);
    return c.invoice;
  });
}

export interface BalancePostingInput extends RevenueDimsInput {
  amount: Dec;
  description?: string | null;
  kind?: LineKind | null;
  vatRate?: Dec | null;
}

/** A revenue line added by hand (the fix for invoices started before activation), with its basis row. */
export async function addBalancePosting(db: TenantDb, invoiceId: string, input: BalancePostingInput, level: RevenueLevel) {
  requireFull(level, 'Adding a balance posting');
  return db.$transaction(async (tx) => {
    const invoice = await unlockedInvoice(tx, invoiceId, 'invoiceId');
    const setup = await loadSetup(tx);
    const { amount, description, kind, vatRate, ...dimsInput } = input;
    const base: RevenueDims = {
      accountNumber: null,
      projectId: invoice.projectId,
      workOrderId: null,
      changeOrderId: null,
      costCentreId: null,
      dimension5: null,
      dimension6: null,
    };
    const { merged, issues } = await checkDims(tx, base, dimsInput, setup.dimensions, 'input');
    if (merged.accountNumber == null) issues.push({ path: 'input.accountNumber', code: 'required', message: 'A balance posting needs an account.' });
    if (amount.decimalPlaces() > 2) issues.push({ path: 'input.amount', code: 'too_many_decimals', message: 'At most 2 decimals.' });
    if (vatRate != null && !isVatRate(vatRate)) issues.push({ path: 'input.vatRate', code: 'invalid_vat_rate', message: 'VAT is 25, 12, 6 or 0 %.' });
    if ((description?.length ?? 0) > 500) issues.push({ path: 'input.description', code: 'too_long', message: 'At most 500 characters.' });
    if (issues.length) throw new ValidationError(issues);
    const last = await tx.invoiceRevenueLine.aggregate({ where: { invoiceId, lineId: null }, _max: { position: true } });
    const r = await tx.invoiceRevenueLine.create({
      data: scoped<Prisma.InvoiceRevenueLineUncheckedCreateInput>({
        ...merged,
        invoiceId,
        lineId: null,
        position: Math.max(last._max.position ?? 0, BALANCE_BASE) + 1,
        amount: amount.toFixed(2),
        kind: kind ?? 'OTHER',
        manual: true,
      }),
    });
    await tx.invoiceAccountingRow.create({
      data: scoped<Prisma.InvoiceAccountingRowUncheckedCreateInput>({
        ...derived(invoice, r, null, amount, { description: description?.trim() || 'Balance posting', vatRate: vatRate ?? new D(invoice.noVat ? 0 : 25) }),
        invoiceId,
        lineId: null,
        revenueLineId: r.id,
        sortOrder: r.position * ROWS_PER_REVENUE_LINE,
        manual: true,
      }),
    });
    return r;
  });
}

/** Removes a balance posting (and its basis row); a line's revenue is split or reset instead. */
export async function removeBalancePosting(db: TenantDb, id: string, level: RevenueLevel) {
  requireFull(level, 'Removing a balance posting');
  return db.$transaction(async (tx) => {
    const { row: r } = await ownedForUpdate(
      () => tx.invoiceRevenueLine.findUnique({ where: { id } }),
      tx,
      'id',
      () => new NotFoundError('InvoiceRevenueLine', 'No such revenue line.', 'id'),
    );
    if (r.lineId) throw new ConflictError('INVALID_STATE', 'Only a balance posting can be removed; a line’s revenue is split or reset instead.', 'id');
    await tx.invoiceRevenueLine.delete({ where: { id } });
    return r;
  });
}

export interface BasisRowInput extends RevenueDimsInput {
  description?: string | null;
  quantity?: Dec | null;
  unit?: string | null;
  unitPrice?: Dec | null;
  amount?: Dec | null;
  vatRate?: Dec | null;
  kind?: LineKind | null;
  workType?: string | null;
  hours?: Dec | null;
  reductionAmount?: Dec | null;
}

/** Edits a row of the basis for the accounting system (what the connectors export). */
export async function updateBasisRow(db: TenantDb, id: string, input: BasisRowInput, level: RevenueLevel) {
  requireFull(level, 'Editing the basis for the accounting system');
  return db.$transaction(async (tx) => {
    const { row } = await ownedForUpdate(
      () => tx.invoiceAccountingRow.findUnique({ where: { id } }),
      tx,
      'id',
      () => new NotFoundError('InvoiceAccountingRow', 'No such row.', 'id'),
    );
    const setup = await loadSetup(tx);
    const { description, quantity, unit, unitPrice, amount, vatRate, kind, workType, hours, reductionAmount, ...dimsInput } = input;
    const { merged, issues } = await checkDims(tx, dimsOf(row), dimsInput, setup.dimensions, 'input');
    const data: Prisma.InvoiceAccountingRowUncheckedUpdateInput = { ...merged, manual: true };
    if (description !== undefined) {
      if (!description?.trim()) issues.push({ path: 'input.description', code: 'required', message: 'Description is required.' });
      else if (description.length > 500) issues.push({ path: 'input.description', code: 'too_long', message: 'At most 500 characters.' });
      else data.description = description.trim();
    }
    const dec = (k: string, v: Dec | null | undefined, places: number, opts: { nonNegative?: boolean; nullable?: boolean } = {}) => {
      if (v === undefined) return;
      if (v === null) {
        if (opts.nullable) (data as Record<string, unknown>)[k] = null;
        return;
      }
      if (v.decimalPlaces() > places) issues.push({ path: `input.${k}`, code: 'too_many_decimals', message: `At most ${places} decimals.` });
      else if (opts.nonNegative && v.isNegative()) issues.push({ path: `input.${k}`, code: 'negative', message: 'Zero or more.' });
      else (data as Record<string, unknown>)[k] = v.toFixed(places);
    };
    dec('quantity', quantity, 4);
    dec('unitPrice', unitPrice, 2);
    dec('amount', amount, 2);
    dec('hours', hours, 2, { nullable: true });
    dec('reductionAmount', reductionAmount, 2);
    if (vatRate != null) {
      if (!isVatRate(vatRate)) issues.push({ path: 'input.vatRate', code: 'invalid_vat_rate', message: 'VAT is 25, 12, 6 or 0 %.' });
      else data.vatRate = vatRate.toFixed();
    }
    if (unit !== undefined) data.unit = unit?.trim() || null;
    if (kind) data.kind = kind;
    if (workType !== undefined) {
      const w = workType?.trim() || null;
      if (w && w.length > 50) issues.push({ path: 'input.workType', code: 'too_long', message: 'At most 50 characters.' });
      else data.workType = w;
    }
    if (issues.length) throw new ValidationError(issues);
    return tx.invoiceAccountingRow.update({ where: { id }, data });
  });
}

/** Builds the basis again from the invoice's revenue lines, work types and tax reduction. */
export async function rebuildBasis(db: TenantDb, invoiceId: string, level: RevenueLevel) {
  requireFull(level, 'Rebuilding the basis for the accounting system');
  return db.$transaction(async (tx) => {
    await unlockedInvoice(tx, invoiceId, 'invoiceId');
    await rebuildBasisIn(tx, invoiceId);
    return tx.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
  });
}

// ---------------------------------------------------------------------------------------------
// Reading

export type RevenueViewLine = InvoiceRevenueLine;

/** The Revenue Accounting view of an invoice (see rules.groupRevenue). */
export async function revenueView(db: TenantClient, invoiceId: string) {
  const invoice = await db.invoice.findUnique({ where: { id: invoiceId }, select: { taxReductionType: true } });
  if (!invoice) return [];
  const setup = await loadSetup(db);
  const lines = await db.invoiceRevenueLine.findMany({ where: { invoiceId }, orderBy: { position: 'asc' } });
  return groupRevenue<RevenueViewLine>(lines, setup.dimensions, invoice.taxReductionType !== 'NONE');
}

/** One row of the basis for the accounting system, as connectors read it (no Prisma types). */
export interface AccountingBasisRow {
  id: string;
  invoiceId: string;
  /** The invoice line it comes from; null for a balance posting. */
  invoiceLineId: string | null;
  revenueLineId: string | null;
  sortOrder: number;
  description: string;
  /** Exact decimal strings. */
  quantity: string;
  unit: string | null;
  unitPrice: string;
  discountPercent: string;
  /** Excl. VAT, two decimals; negative on credit invoices. */
  amount: string;
  vatRate: string;
  accountNumber: number | null;
  projectId: string | null;
  projectNumber: string | null;
  workOrderId: string | null;
  workOrderNumber: number | null;
  changeOrderId: string | null;
  changeOrderNumber: number | null;
  costCentreId: string | null;
  costCentreCode: string | null;
  dimension5: string | null;
  dimension6: string | null;
  lineKind: 'LABOUR' | 'MATERIAL' | 'OTHER';
  reductionType: 'NONE' | 'ROT' | 'RUT' | 'GREEN';
  workType: string | null;
  hours: string | null;
  reductionAmount: string;
}

/**
 * The basis for the accounting system of an invoice, in order: what every accounting connector
 * exports (it never recomputes). Empty when the invoice has none (revenue accounting off, or the
 * invoice predates it) or does not exist.
 */
export async function accountingBasis(tx: TenantClient, invoiceId: string): Promise<AccountingBasisRow[]> {
  const rows = await tx.invoiceAccountingRow.findMany({
    where: { invoiceId },
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
    include: {
      project: { select: { number: true } },
      workOrder: { select: { number: true } },
      changeOrder: { select: { number: true } },
      costCentre: { select: { code: true } },
    },
  });
  return rows.map((r) => toBasisRow(r));
}

function toBasisRow(
  r: InvoiceAccountingRow & {
    project: { number: string } | null;
    workOrder: { number: number } | null;
    changeOrder: { number: number } | null;
    costCentre: { code: string } | null;
  },
): AccountingBasisRow {
  return {
    id: r.id,
    invoiceId: r.invoiceId,
    invoiceLineId: r.lineId,
    revenueLineId: r.revenueLineId,
    sortOrder: r.sortOrder,
    description: r.description,
    quantity: new D(r.quantity).toFixed(),
    unit: r.unit,
    unitPrice: new D(r.unitPrice).toFixed(2),
    discountPercent: new D(r.discountPercent).toFixed(),
    amount: new D(r.amount).toFixed(2),
    vatRate: new D(r.vatRate).toFixed(),
    accountNumber: r.accountNumber,
    projectId: r.projectId,
    projectNumber: r.project?.number ?? null,
    workOrderId: r.workOrderId,
    workOrderNumber: r.workOrder?.number ?? null,
    changeOrderId: r.changeOrderId,
    changeOrderNumber: r.changeOrder?.number ?? null,
    costCentreId: r.costCentreId,
    costCentreCode: r.costCentre?.code ?? null,
    dimension5: r.dimension5,
    dimension6: r.dimension6,
    lineKind: r.kind,
    reductionType: r.reductionType as TaxReductionType,
    workType: r.workType,
    hours: r.hours == null ? null : new D(r.hours).toFixed(2),
    reductionAmount: new D(r.reductionAmount).toFixed(2),
  };
}
