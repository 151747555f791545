// GraphQL: revenue accounting. The set-up (Administration – Finance – Revenue Accounting:
// activation, posting dimensions, posting rules), each invoice's revenue lines, the Revenue
// Accounting view and the basis for the accounting system, and the mutations that edit them.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import { auditFields } from '../../graphql/audit.js';
import { cleanInput } from '../../graphql/input.js';
import type { Context } from '../../graphql/context.js';
import { ForbiddenError } from '../../errors.js';
import type { Permission } from '../../generated/prisma/enums.js';
import { CustomerCategoryEnum } from '../customers/index.js';
import { ChangeOrderRef, ProjectRef, WorkOrderRef } from '../projects/index.js';
import { CostCentreRef } from '../registers/index.js';
import { InvoiceLineRef, InvoiceRef, LineKindEnum, TaxReductionTypeEnum } from '../invoices/index.js';
import { DIMENSION_MEANINGS, type Dimension, type DimensionNumber, type ViewGroup } from './rules.js';
import * as service from './service.js';

const ADMIN_READ = { anyPermission: ['ADMIN_REVENUE_ACCOUNTING_READ', 'ADMIN_REVENUE_ACCOUNTING'] as Permission[] };
const ADMIN_FULL = { permission: 'ADMIN_REVENUE_ACCOUNTING' } as const;
const USE = { anyPermission: ['INVOICE_REVENUE_ACCOUNTING', 'INVOICE_REVENUE_ACCOUNTING_PROJECT'] as Permission[] };

/** The acting user's level of "Use revenue accounting in invoices". */
function levelOf(ctx: Context): service.RevenueLevel {
  if (ctx.permissions.has('INVOICE_REVENUE_ACCOUNTING')) return 'FULL';
  if (ctx.permissions.has('INVOICE_REVENUE_ACCOUNTING_PROJECT')) return 'PROJECT';
  throw new ForbiddenError('You need the permission INVOICE_REVENUE_ACCOUNTING or INVOICE_REVENUE_ACCOUNTING_PROJECT.', 'INVOICE_REVENUE_ACCOUNTING');
}

export const ConstructionVatCriterionEnum = builder.enumType('ConstructionVatCriterion', {
  description: 'A posting rule’s construction VAT (reverse charge) criterion.',
  values: {
    EITHER: { description: 'Any invoice.' },
    INCLUDED: { description: 'Only construction-VAT (reverse-charge) invoices.' },
    EXCLUDED: { description: 'Only invoices without construction VAT.' },
  },
});

// ---------------------------------------------------------------------------------------------
// Set-up types

const PostingDimensionRef = builder.objectRef<Dimension>('PostingDimension').implement({
  description: 'Posting dimension 1–6: 1 account, 2 project, 3 work order/ÄTA, 4 cost centre, 5–6 free (standard connectors export 1–4).',
  fields: (t) => ({
    number: t.exposeInt('number'),
    meaning: t.string({ resolve: (d) => DIMENSION_MEANINGS[d.number as DimensionNumber] }),
    name: t.exposeString('name', { nullable: true, description: 'The company’s name for a free dimension (5–6).' }),
    included: t.exposeBoolean('included'),
    mandatory: t.exposeBoolean('mandatory', { description: 'Locking an invoice requires it on every revenue line.' }),
  }),
});

export const RevenuePostingRuleRef = builder.prismaObject('RevenuePostingRule', {
  authScopes: ADMIN_READ,
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position', { description: '1 is the default rule.' }),
    isDefault: t.boolean({ resolve: (r) => r.position === 1 }),
    accountNumber: t.exposeInt('accountNumber', { description: 'The revenue account.' }),
    account: t.relation('account'),
    description: t.exposeString('description', { nullable: true }),
    constructionVat: t.field({ type: ConstructionVatCriterionEnum, resolve: (r) => r.constructionVat }),
    vatRate: t.expose('vatRate', { type: 'Decimal', nullable: true }),
    customerCategory: t.field({ type: CustomerCategoryEnum, nullable: true, resolve: (r) => r.customerCategory }),
    costAccounts: t.exposeIntList('costAccounts', { description: 'The line’s (cost) account is one of these; empty: any.' }),
    lineKind: t.field({ type: LineKindEnum, nullable: true, resolve: (r) => r.lineKind }),
    taxReductionType: t.field({ type: TaxReductionTypeEnum, nullable: true, resolve: (r) => r.taxReductionType }),
  }),
});

type Setup = service.RevenueSetup;
const RevenueAccountingSettingsRef = builder.objectRef<Setup>('RevenueAccountingSettings').implement({
  description: 'Administration – Finance – Revenue Accounting.',
  fields: (t) => ({
    active: t.exposeBoolean('active', { description: 'Invoice bases get revenue proposals, and locking needs complete revenue accounting.' }),
    activatedAt: t.expose('activatedAt', { type: 'DateTime', nullable: true }),
    receivablesAccountNumber: t.exposeInt('receivablesAccountNumber', {
      description:
        'The balance account for accounts receivable (kundfordringar; 1510 by default). Given to connectors with each invoice; Fortnox and Visma book the receivable on the account their own settings name.',
    }),
    dimensions: t.field({ type: [PostingDimensionRef], resolve: (s) => s.dimensions }),
    postingRules: t.field({ type: [RevenuePostingRuleRef], description: 'In order; the first is the default rule.', resolve: (s) => s.rules }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Invoice types

export const InvoiceRevenueLineRef = builder.prismaNode('InvoiceRevenueLine', {
  id: { field: 'id' },
  nullable: true,
  authScopes: USE,
  fields: (t) => ({
    line: t.relation('line', { nullable: true, description: 'The invoice line; null for a balance posting.' }),
    isBalancePosting: t.boolean({ resolve: (r) => r.lineId === null }),
    position: t.exposeInt('position'),
    accountNumber: t.exposeInt('accountNumber', { nullable: true }),
    account: t.relation('account', { nullable: true }),
    project: t.relation('project', { nullable: true }),
    workOrder: t.relation('workOrder', { nullable: true }),
    changeOrder: t.relation('changeOrder', { nullable: true }),
    costCentre: t.relation('costCentre', { nullable: true }),
    dimension5: t.exposeString('dimension5', { nullable: true }),
    dimension6: t.exposeString('dimension6', { nullable: true }),
    amount: t.expose('amount', { type: 'Money', description: 'Excl. VAT.' }),
    kind: t.expose('kind', { type: LineKindEnum }),
    setByHand: t.exposeBoolean('manual', { description: 'Edited, split or added by hand; discarded when VAT or construction VAT changes.' }),
    ...auditFields(t),
  }),
});

export const InvoiceAccountingRowRef = builder.prismaNode('InvoiceAccountingRow', {
  id: { field: 'id' },
  nullable: true,
  authScopes: USE,
  description: 'A row of the basis for the accounting system: what accounting connectors export.',
  fields: (t) => ({
    line: t.relation('line', { nullable: true }),
    revenueLine: t.relation('revenueLine', { nullable: true }),
    sortOrder: t.exposeInt('sortOrder'),
    description: t.exposeString('description'),
    quantity: t.expose('quantity', { type: 'Decimal' }),
    unit: t.exposeString('unit', { nullable: true }),
    unitPrice: t.expose('unitPrice', { type: 'Money' }),
    discountPercent: t.expose('discountPercent', { type: 'Decimal' }),
    amount: t.expose('amount', { type: 'Money', description: 'Excl. VAT.' }),
    vatRate: t.expose('vatRate', { type: 'Decimal' }),
    accountNumber: t.exposeInt('accountNumber', { nullable: true }),
    project: t.relation('project', { nullable: true }),
    workOrder: t.relation('workOrder', { nullable: true }),
    changeOrder: t.relation('changeOrder', { nullable: true }),
    costCentre: t.relation('costCentre', { nullable: true }),
    dimension5: t.exposeString('dimension5', { nullable: true }),
    dimension6: t.exposeString('dimension6', { nullable: true }),
    kind: t.expose('kind', { type: LineKindEnum }),
    reductionType: t.expose('reductionType', { type: TaxReductionTypeEnum }),
    workType: t.exposeString('workType', { nullable: true, description: 'Skatteverket’s work type (tax reduction).' }),
    hours: t.expose('hours', { type: 'Decimal', nullable: true }),
    reductionAmount: t.expose('reductionAmount', { type: 'Money' }),
    setByHand: t.exposeBoolean('manual'),
    ...auditFields(t),
  }),
});

type Group = ViewGroup<service.RevenueViewLine>;
const byId = <T>(ctx: Context, kind: string, id: string | null, load: (id: string) => Promise<T | null>) =>
  id ? ctx.once(`${kind}:${id}`, () => load(id)) : Promise.resolve(null);

const RevenueAccountingRowRef = builder.objectRef<Group>('RevenueAccountingRow').implement({
  description:
    'One row of the Revenue Accounting view: an account + project (+ work order/ÄTA when dimension 3 is included) + cost centre, with the revenue lines behind it. On tax-reduction invoices labour, material and other are separate rows.',
  fields: (t) => ({
    accountNumber: t.exposeInt('accountNumber', { nullable: true }),
    project: t.field({
      type: ProjectRef,
      nullable: true,
      resolve: (g, _a, ctx) => byId(ctx, 'Project', g.projectId, (id) => ctx.db.project.findUnique({ where: { id } })),
    }),
    workOrder: t.field({
      type: WorkOrderRef,
      nullable: true,
      resolve: (g, _a, ctx) => byId(ctx, 'WorkOrder', g.workOrderId, (id) => ctx.db.workOrder.findUnique({ where: { id } })),
    }),
    changeOrder: t.field({
      type: ChangeOrderRef,
      nullable: true,
      resolve: (g, _a, ctx) => byId(ctx, 'ChangeOrder', g.changeOrderId, (id) => ctx.db.changeOrder.findUnique({ where: { id } })),
    }),
    costCentre: t.field({
      type: CostCentreRef,
      nullable: true,
      resolve: (g, _a, ctx) => byId(ctx, 'CostCentre', g.costCentreId, (id) => ctx.db.costCentre.findUnique({ where: { id } })),
    }),
    kind: t.field({ type: LineKindEnum, nullable: true, description: 'Tax-reduction invoices only.', resolve: (g) => g.kind }),
    amount: t.field({ type: 'Money', resolve: (g) => g.amount }),
    revenueLines: t.field({ type: [InvoiceRevenueLineRef], resolve: (g) => g.lines }),
  }),
});

builder.prismaObjectFields(InvoiceRef, (t) => ({
  revenueLines: t.relation('revenueLines', {
    authScopes: USE,
    description: 'Revenue accounting: each line’s revenue lines (several when split) and balance postings, in order.',
    query: { orderBy: { position: 'asc' } },
  }),
  revenueAccounting: t.field({
    type: [RevenueAccountingRowRef],
    authScopes: USE,
    description: 'The Revenue Accounting view: revenue lines summed per account, project, AO/ÄTA (dimension 3) and cost centre.',
    resolve: (invoice, _a, ctx) => service.revenueView(ctx.db, invoice.id),
  }),
  accountingBasis: t.relation('accountingRows', {
    authScopes: USE,
    description: 'Basis for the accounting system: the rows accounting connectors export (they never recompute them).',
    query: { orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }] },
  }),
}));

builder.prismaObjectFields(InvoiceLineRef, (t) => ({
  revenueLines: t.relation('revenueLines', {
    authScopes: USE,
    description: 'Where the line’s revenue is posted: one revenue line, or several when split.',
    query: { orderBy: { position: 'asc' } },
  }),
}));

// ---------------------------------------------------------------------------------------------
// Queries

builder.queryFields((t) => ({
  revenueAccountingSettings: t.field({
    type: RevenueAccountingSettingsRef,
    authScopes: ADMIN_READ,
    description: 'Administration – Finance – Revenue Accounting: activation, posting dimensions and posting rules.',
    resolve: (_r, _a, ctx) => service.loadSetup(ctx.db),
  }),
}));

// ---------------------------------------------------------------------------------------------
// Mutations

const PostingDimensionInput = builder.inputType('PostingDimensionInput', {
  fields: (t) => ({
    number: t.int({ required: true }),
    included: t.boolean(),
    mandatory: t.boolean(),
    name: t.string({ description: 'Free dimensions 5–6 only; null clears.' }),
  }),
});
const RevenueAccountingSettingsInput = builder.inputType('RevenueAccountingSettingsInput', {
  fields: (t) => ({
    active: t.boolean(),
    dimensions: t.field({ type: [PostingDimensionInput], description: 'Only the dimensions given change.' }),
    receivablesAccountNumber: t.int({ description: 'An asset account of class 1 (1000–1999), such as 1510.' }),
  }),
});
const PostingRuleInput = builder.inputType('PostingRuleInput', {
  fields: (t) => ({
    accountNumber: t.int({ required: true }),
    description: t.string(),
    constructionVat: t.field({ type: ConstructionVatCriterionEnum, defaultValue: 'EITHER' }),
    vatRate: t.field({ type: 'Decimal' }),
    customerCategory: t.field({ type: CustomerCategoryEnum }),
    costAccounts: t.intList(),
    lineKind: t.field({ type: LineKindEnum }),
    taxReductionType: t.field({ type: TaxReductionTypeEnum }),
  }),
});
const dimsFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  accountNumber: t.int(),
  projectId: t.globalID({ for: ProjectRef }),
  workOrderId: t.globalID({ for: WorkOrderRef }),
  changeOrderId: t.globalID({ for: ChangeOrderRef }),
  costCentreId: t.globalID({ for: CostCentreRef }),
  dimension5: t.string(),
  dimension6: t.string(),
});
const RevenueLineInput = builder.inputType('RevenueLineInput', {
  description: 'Fields left out are unchanged; null clears. The restricted permission changes project, work order and ÄTA only.',
  fields: (t) => ({
    ...dimsFields(t),
    amount: t.field({ type: 'Money', description: 'Balance postings only; a line’s revenue is split instead.' }),
    kind: t.field({ type: LineKindEnum }),
  }),
});
const RevenueSplitPartInput = builder.inputType('RevenueSplitPartInput', {
  description: 'A part of a split line: its amount and its dimensions (left out: as the line’s current revenue line).',
  fields: (t) => ({ amount: t.field({ type: 'Money', required: true }), ...dimsFields(t) }),
});
const BalancePostingInput = builder.inputType('BalancePostingInput', {
  fields: (t) => ({
    amount: t.field({ type: 'Money', required: true, description: 'Excl. VAT.' }),
    ...dimsFields(t),
    description: t.string(),
    kind: t.field({ type: LineKindEnum, description: 'Default OTHER.' }),
    vatRate: t.field({ type: 'Decimal', description: 'For the basis row; default 25 (0 on a VAT-free invoice).' }),
  }),
});
const AccountingBasisRowInput = builder.inputType('AccountingBasisRowInput', {
  description: 'Fields left out are unchanged; null clears.',
  fields: (t) => ({
    ...dimsFields(t),
    description: t.string(),
    quantity: t.field({ type: 'Decimal' }),
    unit: t.string(),
    unitPrice: t.field({ type: 'Money' }),
    amount: t.field({ type: 'Money' }),
    vatRate: t.field({ type: 'Decimal' }),
    kind: t.field({ type: LineKindEnum }),
    workType: t.string(),
    hours: t.field({ type: 'Decimal' }),
    reductionAmount: t.field({ type: 'Money' }),
  }),
});

const CLEARABLE = [
  'accountNumber',
  'projectId',
  'workOrderId',
  'changeOrderId',
  'costCentreId',
  'dimension5',
  'dimension6',
  'unit',
  'workType',
  'hours',
  'name',
];
const clean = <T extends object>(input: T) => cleanInput(input, CLEARABLE);

builder.mutationFields((t) => ({
  updateRevenueAccountingSettings: t.field({
    type: RevenueAccountingSettingsRef,
    errors: {},
    authScopes: ADMIN_FULL,
    description: 'Activates revenue accounting (needs the default posting rule) and sets posting dimensions.',
    args: { input: t.arg({ type: RevenueAccountingSettingsInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      service.updateSettings(ctx.db, {
        active: input.active,
        dimensions: input.dimensions?.map((d) => clean(d)),
        receivablesAccountNumber: input.receivablesAccountNumber,
      }),
  }),
  setRevenuePostingRules: t.field({
    type: RevenueAccountingSettingsRef,
    errors: {},
    authScopes: ADMIN_FULL,
    description: 'Replaces the posting rules, in order: the first is the default rule (no criteria), the others exceptions; the first matching exception wins.',
    args: { rules: t.arg({ type: [PostingRuleInput], required: true }) },
    resolve: (_r, { rules }, ctx) => service.setPostingRules(ctx.db, rules),
  }),
  updateInvoiceRevenueLine: t.prismaField({
    type: 'InvoiceRevenueLine',
    errors: {},
    authScopes: USE,
    args: { id: t.arg.globalID({ for: InvoiceRevenueLineRef, required: true }), input: t.arg({ type: RevenueLineInput, required: true }) },
    resolve: async (query, _r, { id, input }, ctx) => {
      await service.updateRevenueLine(ctx.db, id.id, clean(input), levelOf(ctx));
      return ctx.db.invoiceRevenueLine.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  splitInvoiceLineRevenue: t.prismaField({
    type: 'InvoiceLine',
    errors: {},
    authScopes: USE,
    description: 'Splits a line’s revenue into several revenue lines with their own dimensions; the amounts must add up exactly to the line’s amount.',
    args: { lineId: t.arg.globalID({ for: InvoiceLineRef, required: true }), parts: t.arg({ type: [RevenueSplitPartInput], required: true }) },
    resolve: async (query, _r, { lineId, parts }, ctx) => {
      await service.splitLine(
        ctx.db,
        lineId.id,
        parts.map((p) => clean(p)),
        levelOf(ctx),
      );
      return ctx.db.invoiceLine.findUniqueOrThrow({ ...query, where: { id: lineId.id } });
    },
  }),
  resetInvoiceRevenueAccounting: t.prismaField({
    type: 'Invoice',
    errors: {},
    authScopes: USE,
    description: 'Proposes every line’s revenue again from the current posting rules, discarding edits and splits (balance postings stay).',
    args: { invoiceId: t.arg.globalID({ for: InvoiceRef, required: true }) },
    resolve: async (query, _r, { invoiceId }, ctx) => {
      await service.resetInvoice(ctx.db, invoiceId.id, levelOf(ctx));
      return ctx.db.invoice.findUniqueOrThrow({ ...(query as object), where: { id: invoiceId.id } });
    },
  }),
  addBalancePosting: t.prismaField({
    type: 'InvoiceRevenueLine',
    errors: {},
    authScopes: USE,
    description:
      'Adds a revenue line by hand (with its row in the basis for the accounting system): the fix for invoices started before revenue accounting was activated.',
    args: { invoiceId: t.arg.globalID({ for: InvoiceRef, required: true }), input: t.arg({ type: BalancePostingInput, required: true }) },
    resolve: async (query, _r, { invoiceId, input }, ctx) => {
      const r = await service.addBalancePosting(ctx.db, invoiceId.id, clean(input), levelOf(ctx));
      return ctx.db.invoiceRevenueLine.findUniqueOrThrow({ ...query, where: { id: r.id } });
    },
  }),
  removeBalancePosting: t.field({
    type: 'ID',
    errors: {},
    authScopes: USE,
    args: { id: t.arg.globalID({ for: InvoiceRevenueLineRef, required: true }) },
    resolve: async (_r, { id }, ctx) => {
      await service.removeBalancePosting(ctx.db, id.id, levelOf(ctx));
      return encodeGlobalID('InvoiceRevenueLine', id.id);
    },
  }),
  updateAccountingBasisRow: t.prismaField({
    type: 'InvoiceAccountingRow',
    errors: {},
    authScopes: USE,
    description: 'Edits a row of the basis for the accounting system, e.g. its tax-reduction work type, hours and reduction.',
    args: { id: t.arg.globalID({ for: InvoiceAccountingRowRef, required: true }), input: t.arg({ type: AccountingBasisRowInput, required: true }) },
    resolve: async (query, _r, { id, input }, ctx) => {
      await service.updateBasisRow(ctx.db, id.id, clean(input), levelOf(ctx));
      return ctx.db.invoiceAccountingRow.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  rebuildAccountingBasis: t.prismaField({
    type: 'Invoice',
    errors: {},
    authScopes: USE,
    description: 'Builds the basis for the accounting system again from the revenue lines, work types and tax reduction; edits to it are lost.',
    args: { invoiceId: t.arg.globalID({ for: InvoiceRef, required: true }) },
    resolve: async (query, _r, { invoiceId }, ctx) => {
      await service.rebuildBasis(ctx.db, invoiceId.id, levelOf(ctx));
      return ctx.db.invoice.findUniqueOrThrow({ ...(query as object), where: { id: invoiceId.id } });
    },
  }),
}));
