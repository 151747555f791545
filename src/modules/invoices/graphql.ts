// GraphQL: invoices (every column of a finance admin's invoice list), their lines and tax-reduction buyers, invoice
// statuses; mutations for the invoice lifecycle. Resolvers stay thin.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { auditFields } from '../../graphql/audit.js';
import { cleanInput } from '../../graphql/input.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { SortDirection } from '../../graphql/types.js';
import { CustomerRef, CustomerTypeEnum, ContactRef, contactIfVisible, customerIfVisible, displayIdentityNumber, EVERY_CUSTOMER } from '../customers/index.js';
import { UserRef } from '../auth/index.js';
import { ChangeOrderRef, ProjectRef, WorkOrderRef } from '../projects/index.js';
import { PaymentTermRef } from '../registers/index.js';
import { invoiceTotals, unitPriceWithMarkup } from './amounts.js';
import { isReductionEligible, normaliseOcrReference, vatMode } from './rules.js';
import * as service from './service.js';
import * as statuses from './statuses.js';
import { registerCompiledList, registerCompiledNode } from '../../graphql/compiled-reads/index.js';
import { likeLiteral } from '../validation.js';
import { eventRuns, invoicePreflight } from '../integrations/index.js';
import { changedConnectionOptions, changedEdgeOptions, mirroredCountWhere, mirroredRead, modifiedSinceArg, modifiedSinceListArg } from '../sync/index.js';

const VIEW = { permission: 'INVOICE_VIEW' } as const;

export const InvoiceDistributionEnum = builder.enumType('InvoiceDistribution', { values: ['EMAIL', 'PAPER', 'EDI'] as const });
export const TaxReductionTypeEnum = builder.enumType('TaxReductionType', { values: ['NONE', 'ROT', 'RUT', 'GREEN'] as const });
export const GreenCategoryEnum = builder.enumType('GreenCategory', {
  values: {
    SOLAR: { description: 'Grid-connected solar cells.' },
    BATTERY: { description: 'Storage of self-produced electricity.' },
    EV_CHARGER: { description: 'Charging point for electric vehicles.' },
  },
});
export const LineKindEnum = builder.enumType('LineKind', { values: ['LABOUR', 'MATERIAL', 'OTHER'] as const });

export const InvoiceStatusRef = builder.prismaNode('InvoiceStatus', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  fields: (t) => ({ code: t.exposeInt('code'), name: t.exposeString('name'), ...auditFields(t) }),
});

const VatGroupRef = builder.objectRef<{ rate: string; base: string; vat: string }>('VatGroup').implement({
  description: 'VAT per rate: the taxable base and the VAT on it.',
  fields: (t) => ({
    rate: t.field({ type: 'Decimal', resolve: (g) => g.rate }),
    base: t.field({ type: 'Money', resolve: (g) => g.base }),
    vat: t.field({ type: 'Money', resolve: (g) => g.vat }),
  }),
});

export const InvoiceLineRef = builder.prismaNode('InvoiceLine', {
  id: { field: 'id' },
  nullable: true,
  authScopes: VIEW,
  fields: (t) => ({
    position: t.exposeInt('position'),
    description: t.exposeString('description'),
    code: t.exposeString('code', { nullable: true, description: 'Item code.' }),
    quantity: t.expose('quantity', { type: 'Decimal' }),
    unit: t.exposeString('unit', { nullable: true }),
    unitPrice: t.expose('unitPrice', { type: 'Money' }),
    unitPriceWithMarkup: t.field({ type: 'Money', select: { unitPrice: true, markupPercent: true }, resolve: (l) => unitPriceWithMarkup(l) }),
    markupPercent: t.expose('markupPercent', { type: 'Decimal' }),
    discountPercent: t.expose('discountPercent', { type: 'Decimal' }),
    vatRate: t.expose('vatRate', { type: 'Decimal' }),
    accountNumber: t.exposeInt('accountNumber', { nullable: true }),
    project: t.relation('project', { nullable: true }),
    workOrder: t.relation('workOrder', { nullable: true }),
    changeOrder: t.relation('changeOrder', { nullable: true }),
    billable: t.exposeBoolean('billable'),
    kind: t.expose('kind', { type: LineKindEnum, description: 'Labour, material or other: from the account’s kind unless set by hand.' }),
    kindSetByHand: t.exposeBoolean('kindManual'),
    reductionEligible: t.boolean({
      description: 'Whether the line counts in the tax-reduction basis.',
      select: { kind: true, reductionEligible: true, billable: true, invoice: { select: { taxReductionType: true } } },
      resolve: (l) => isReductionEligible(l, l.invoice.taxReductionType),
    }),
    amount: t.expose('amount', { type: 'Money', description: 'Excl. VAT.' }),
    workTypes: t.relation('workTypes', {
      description: 'The line split across Skatteverket’s work types (tax reduction); empty when not split.',
      query: { orderBy: { createdAt: 'asc' } },
    }),
    ...auditFields(t),
  }),
});

builder.prismaObject('InvoiceLineWorkType', {
  authScopes: VIEW,
  fields: (t) => ({
    workType: t.exposeString('workType', { description: 'Skatteverket’s category, e.g. Bygg, El, Vvs, Stadning.' }),
    amount: t.expose('amount', { type: 'Money', description: 'Excl. VAT.' }),
    hours: t.expose('hours', { type: 'Decimal', nullable: true }),
  }),
});

export const InvoiceBuyerRef = builder.prismaObject('InvoiceBuyer', {
  authScopes: VIEW,
  fields: (t) => ({
    id: t.exposeID('id'),
    contact: t.relation('contact', {
      nullable: true,
      description: 'The customer’s contact this buyer was taken from; null when the user may not see the customer.',
      authScopes: EVERY_CUSTOMER,
      unauthorizedResolver: (b, _a, ctx) => contactIfVisible(ctx, b.contactId) as never,
    }),
    name: t.exposeString('name'),
    personalIdentityNumber: t.string({ resolve: (b) => displayIdentityNumber(b.personalIdentityNumber)! }),
    propertyDesignation: t.exposeString('propertyDesignation', { nullable: true }),
    brfOrganisationNumber: t.string({ nullable: true, resolve: (b) => displayIdentityNumber(b.brfOrganisationNumber) }),
    apartmentNumber: t.exposeString('apartmentNumber', { nullable: true }),
    sharePercent: t.expose('sharePercent', { type: 'Decimal', nullable: true }),
    amount: t.expose('amount', { type: 'Money', description: 'The reduction requested for this buyer (whole kronor).' }),
  }),
});

export const InvoiceRef = builder.prismaNode('Invoice', {
  id: { field: 'id' },
  nullable: true,
  authScopes: VIEW,
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Internal invoice number.' }),
    externalNumber: t.exposeString('externalNumber', { nullable: true, description: 'The accounting system’s invoice number.' }),
    ocrReference: t.exposeString('ocrReference', {
      nullable: true,
      description:
        'The OCR reference the customer pays with (the invoice number and its check digit by the company’s ocrScheme), set when the invoice is locked.',
    }),
    title: t.exposeString('title', { nullable: true }),
    isCredit: t.exposeBoolean('isCredit'),
    creditOf: t.relation('creditOf', { nullable: true }),
    creditReason: t.exposeString('creditReason', { nullable: true }),
    comment: t.exposeString('comment', { nullable: true }),
    statusCode: t.exposeInt('statusCode', { nullable: true }),
    status: t.relation('status', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    customer: t.relation('customer', {
      nullable: true,
      description: 'Null when the user may not see this customer (only customers assigned to them, or no customer permission).',
      authScopes: EVERY_CUSTOMER,
      unauthorizedResolver: (i, _a, ctx) => customerIfVisible(ctx, i.customerId) as never,
    }),
    customerType: t.expose('customerType', { type: CustomerTypeEnum }),
    contact: t.relation('contact', {
      nullable: true,
      description: 'Null also when the user may not see the customer.',
      authScopes: EVERY_CUSTOMER,
      unauthorizedResolver: (i, _a, ctx) => contactIfVisible(ctx, i.contactId) as never,
    }),
    customerReference: t.exposeString('customerReference', { nullable: true }),
    customerReference2: t.exposeString('customerReference2', { nullable: true }),
    ourReference: t.relation('ourReference', { nullable: true, description: 'Project manager from the project card.' }),
    distribution: t.expose('distribution', { type: InvoiceDistributionEnum, description: 'Invoice type: e-mail, paper or EDI.' }),
    distributionStatus: t.exposeString('distributionStatus', { nullable: true }),
    readyForInvoice: t.exposeBoolean('readyForInvoice'),
    locked: t.exposeBoolean('locked'),
    lockedAt: t.expose('lockedAt', { type: 'DateTime', nullable: true }),
    lockedBy: t.exposeString('lockedBy', { nullable: true }),
    hideMarkup: t.exposeBoolean('hideMarkup'),
    hideCode: t.exposeBoolean('hideCode'),
    invoiceDate: t.expose('invoiceDate', { type: 'Date', nullable: true }),
    bookkeepingDate: t.expose('bookkeepingDate', { type: 'Date', nullable: true }),
    dueDate: t.expose('dueDate', { type: 'Date', nullable: true }),
    dueDateSetByHand: t.exposeBoolean('dueDateManual'),
    paidDate: t.expose('paidDate', { type: 'Date', nullable: true }),
    paymentTerm: t.relation('paymentTerm', { nullable: true }),
    project: t.relation('project'),
    workOrder: t.relation('workOrder', { nullable: true }),
    changeOrder: t.relation('changeOrder', { nullable: true }),
    contractorVat: t.exposeBoolean('reverseCharge', { description: 'Reverse charge (omvänd betalningsskyldighet).' }),
    noVat: t.exposeBoolean('noVat'),
    noVatReason: t.exposeString('noVatReason', { nullable: true }),
    taxReductionType: t.expose('taxReductionType', { type: TaxReductionTypeEnum }),
    greenCategory: t.expose('greenCategory', { type: GreenCategoryEnum, nullable: true }),
    greenFixedPrice: t.exposeBoolean('greenFixedPrice'),
    subtotal: t.expose('subtotal', { type: 'Money', description: 'Excl. VAT.' }),
    vatAmount: t.expose('vatAmount', { type: 'Money' }),
    total: t.expose('total', { type: 'Money', description: 'Incl. VAT, before öresavrundning.' }),
    rounding: t.expose('rounding', { type: 'Money', description: 'Öresavrundning to whole kronor.' }),
    taxReductionAmount: t.expose('taxReductionAmount', { type: 'Money' }),
    amountToPay: t.expose('amountToPay', { type: 'Money', description: 'Rounded total less the tax reduction.' }),
    vatGroups: t.field({
      type: [VatGroupRef],
      select: {
        reverseCharge: true,
        noVat: true,
        lines: { select: { quantity: true, unitPrice: true, markupPercent: true, discountPercent: true, vatRate: true, billable: true } },
      },
      resolve: (i) => invoiceTotals(i.lines, vatMode(i)).vatGroups.map((g) => ({ rate: g.rate.toFixed(), base: g.base.toFixed(2), vat: g.vat.toFixed(2) })),
    }),
    warning: t.boolean({
      description: 'Whether there is anything to review before locking.',
      select: { warnings: true },
      resolve: (i) => i.warnings.length > 0,
    }),
    warnings: t.exposeStringList('warnings'),
    lines: t.relation('lines', { query: { orderBy: { position: 'asc' } } }),
    buyers: t.relation('buyers', { description: 'Buyers of a tax-reduction invoice.', query: { orderBy: { createdAt: 'asc' } } }),
    credits: t.relation('credits', { description: 'Credit invoices of this invoice.' }),
    pdfUrl: t.string({
      description: 'Download path of the invoice PDF (GET with the same Bearer token).',
      select: { id: true },
      resolve: (i) => `/invoices/${i.id}.pdf`,
    }),
    ...auditFields(t),
  }),
});

// ---------------------------------------------------------------------------------------------
// Queries

const InvoiceFilter = builder.inputType('InvoiceFilter', {
  fields: (t) => ({
    customerId: t.globalID({ for: CustomerRef }),
    projectId: t.globalID({ for: ProjectRef }),
    locked: t.boolean(),
    readyForInvoice: t.boolean(),
    isCredit: t.boolean(),
    warning: t.boolean(),
    statusCode: t.int(),
    taxReductionType: t.field({ type: TaxReductionTypeEnum }),
    contractorVat: t.boolean(),
    exported: t.boolean({ description: 'Has an external invoice number.' }),
    paid: t.boolean(),
    invoiceDateFrom: t.field({ type: 'Date' }),
    invoiceDateTo: t.field({ type: 'Date' }),
  }),
});
const InvoiceOrderField = builder.enumType('InvoiceOrderField', {
  values: ['NUMBER', 'INVOICE_DATE', 'DUE_DATE', 'TOTAL', 'CUSTOMER_NAME', 'MODIFIED', 'CREATED'] as const,
});
const InvoiceOrder = builder.inputType('InvoiceOrder', {
  fields: (t) => ({ field: t.field({ type: InvoiceOrderField, required: true }), direction: t.field({ type: SortDirection, defaultValue: 'ASC' }) }),
});

type InvoiceFilterValue = {
  customerId?: { id: string } | null;
  projectId?: { id: string } | null;
  locked?: boolean | null;
  readyForInvoice?: boolean | null;
  isCredit?: boolean | null;
  warning?: boolean | null;
  statusCode?: number | null;
  taxReductionType?: 'NONE' | 'ROT' | 'RUT' | 'GREEN' | null;
  contractorVat?: boolean | null;
  exported?: boolean | null;
  paid?: boolean | null;
  invoiceDateFrom?: string | null;
  invoiceDateTo?: string | null;
};

function invoiceWhere(f: InvoiceFilterValue | null | undefined, search: string | null | undefined): Prisma.InvoiceWhereInput {
  const and: Prisma.InvoiceWhereInput[] = [];
  if (f?.customerId) and.push({ customerId: f.customerId.id });
  if (f?.projectId) and.push({ projectId: f.projectId.id });
  for (const k of ['locked', 'readyForInvoice', 'isCredit'] as const) if (f?.[k] != null) and.push({ [k]: f[k] });
  if (f?.contractorVat != null) and.push({ reverseCharge: f.contractorVat });
  if (f?.warning != null) and.push(f.warning ? { NOT: { warnings: { isEmpty: true } } } : { warnings: { isEmpty: true } });
  if (f?.statusCode != null) and.push({ statusCode: f.statusCode });
  if (f?.taxReductionType) and.push({ taxReductionType: f.taxReductionType });
  if (f?.exported != null) and.push({ externalNumber: f.exported ? { not: null } : null });
  if (f?.paid != null) and.push({ paidDate: f.paid ? { not: null } : null });
  if (f?.invoiceDateFrom) and.push({ invoiceDate: { gte: new Date(`${f.invoiceDateFrom}T00:00:00Z`) } });
  if (f?.invoiceDateTo) and.push({ invoiceDate: { lte: new Date(`${f.invoiceDateTo}T00:00:00Z`) } });
  const s = search?.trim();
  if (s) {
    const literal = likeLiteral(s);
    const contains = { contains: literal, mode: 'insensitive' as const };
    const ocr = normaliseOcrReference(s);
    and.push({
      OR: [
        ...(/^\d{1,9}$/.test(s) ? [{ number: Number(s) }] : []),
        ...(ocr ? [{ ocrReference: ocr }] : []),
        { externalNumber: { startsWith: literal } },
        { title: contains },
        { customer: { name: contains } },
        { project: { number: { startsWith: literal } } },
      ],
    });
  }
  return { AND: and };
}

type InvoiceListArgs = {
  filter?: InvoiceFilterValue | null;
  search?: string | null;
  orderBy?: { field: 'NUMBER' | 'INVOICE_DATE' | 'DUE_DATE' | 'TOTAL' | 'CUSTOMER_NAME' | 'MODIFIED' | 'CREATED'; direction?: 'ASC' | 'DESC' | null } | null;
};

/** The invoice list's filter and order as Prisma arguments: the resolver's and the compiled path's. */
function invoiceListQuery(args: InvoiceListArgs): { where: Prisma.InvoiceWhereInput; orderBy: Prisma.InvoiceOrderByWithRelationInput[] } {
  const dir = args.orderBy?.direction === 'DESC' ? 'desc' : 'asc';
  const by: Record<string, Prisma.InvoiceOrderByWithRelationInput> = {
    NUMBER: { number: dir },
    INVOICE_DATE: { invoiceDate: { sort: dir, nulls: 'last' } },
    DUE_DATE: { dueDate: { sort: dir, nulls: 'last' } },
    TOTAL: { total: dir },
    CUSTOMER_NAME: { customer: { name: dir } },
    MODIFIED: { updatedAt: dir },
    CREATED: { createdAt: dir },
  };
  return { where: invoiceWhere(args.filter, args.search), orderBy: [by[args.orderBy?.field ?? 'NUMBER']!, { id: dir }] };
}

const INVOICE_PAGE = { defaultSize: 20, maxSize: 200 };

registerCompiledList('invoices', {
  model: 'Invoice',
  ...INVOICE_PAGE,
  totalCount: true,
  query: (args) => invoiceListQuery(args as InvoiceListArgs),
});
registerCompiledNode('Invoice');

builder.queryFields((t) => ({
  invoiceStatuses: t.prismaField({
    type: ['InvoiceStatus'],
    authScopes: { authenticated: true },
    description: 'The invoice statuses, by code; with modifiedSince those changed since, by (updatedAt, id).',
    args: { modifiedSince: t.arg(modifiedSinceListArg) },
    resolve: (query, _r, args, ctx) => ctx.db.invoiceStatus.findMany(mirroredRead(query, args, {}, [{ code: 'asc' as const }, { id: 'asc' as const }])),
  }),
  invoice: t.prismaField({
    type: 'Invoice',
    nullable: true,
    authScopes: VIEW,
    args: { id: t.arg.globalID({ required: true, for: InvoiceRef }) },
    resolve: (query, _r, { id }, ctx) => ctx.db.invoice.findUnique({ ...query, where: { id: id.id } }),
  }),
  invoiceByOcr: t.prismaField({
    type: 'Invoice',
    nullable: true,
    authScopes: VIEW,
    description: 'The invoice an OCR reference (as a payment carries it; spaces and dashes ignored) belongs to.',
    args: { reference: t.arg.string({ required: true, validate: z.string().max(60) }) },
    resolve: (query, _r, { reference }, ctx) => {
      const ocr = normaliseOcrReference(reference);
      return ocr ? ctx.db.invoice.findFirst({ ...query, where: { ocrReference: ocr } }) : null;
    },
  }),
  invoiceByNumber: t.prismaField({
    type: 'Invoice',
    nullable: true,
    authScopes: VIEW,
    args: { number: t.arg.int({ required: true }) },
    resolve: (query, _r, { number }, ctx) => ctx.db.invoice.findFirst({ ...query, where: { number } }),
  }),
  invoices: t.prismaConnection(
    {
      type: 'Invoice',
      cursor: 'id',
      ...INVOICE_PAGE,
      authScopes: VIEW,
      args: {
        search: t.arg.string({
          description: 'Invoice number, OCR reference, external number, title, customer name or project number.',
          validate: z.string().max(200),
        }),
        filter: t.arg({ type: InvoiceFilter }),
        orderBy: t.arg({ type: InvoiceOrder, description: 'Ignored with modifiedSince.' }),
        modifiedSince: t.arg(modifiedSinceArg),
      },
      totalCount: (_p, args, ctx) => ctx.db.invoice.count({ where: mirroredCountWhere(invoiceWhere(args.filter, args.search), args) }),
      resolve: (query, _r, args, ctx) => {
        const { where, orderBy } = invoiceListQuery(args);
        return ctx.db.invoice.findMany(mirroredRead(query, args, where, orderBy));
      },
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
}));

// ---------------------------------------------------------------------------------------------
// Mutations

const InvoiceLineInput = builder.inputType('InvoiceLineInput', {
  fields: (t) => ({
    description: t.string(),
    code: t.string(),
    quantity: t.field({ type: 'Decimal' }),
    unit: t.string(),
    unitPrice: t.field({ type: 'Money' }),
    markupPercent: t.field({ type: 'Decimal' }),
    discountPercent: t.field({ type: 'Decimal' }),
    vatRate: t.field({ type: 'Decimal', description: '25, 12, 6 or 0; default 25.' }),
    accountNumber: t.int(),
    projectId: t.globalID({ for: ProjectRef }),
    workOrderId: t.globalID({ for: WorkOrderRef }),
    changeOrderId: t.globalID({ for: ChangeOrderRef }),
    billable: t.boolean(),
    kind: t.field({ type: LineKindEnum, description: 'Overrides the kind the account decides.' }),
    reductionEligible: t.boolean({ description: 'Overrides tax-reduction eligibility; null follows the kind.' }),
  }),
});

const invoiceFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  title: t.string(),
  description: t.string(),
  comment: t.string(),
  statusCode: t.int(),
  contactId: t.globalID({ for: ContactRef }),
  customerReference: t.string(),
  customerReference2: t.string(),
  ourReferenceId: t.globalID({ for: UserRef }),
  distribution: t.field({ type: InvoiceDistributionEnum }),
  distributionStatus: t.string(),
  hideMarkup: t.boolean(),
  hideCode: t.boolean(),
  invoiceDate: t.field({ type: 'Date' }),
  bookkeepingDate: t.field({ type: 'Date' }),
  dueDate: t.field({ type: 'Date', description: 'Set by hand; null returns to the payment terms.' }),
  paymentTermId: t.globalID({ for: PaymentTermRef }),
  contractorVat: t.boolean({ description: 'Reverse charge; defaults from the customer’s construction-company flag.' }),
  noVat: t.boolean(),
  noVatReason: t.string(),
  taxReductionType: t.field({ type: TaxReductionTypeEnum }),
  greenCategory: t.field({ type: GreenCategoryEnum }),
  greenFixedPrice: t.boolean(),
});

const CreateInvoiceInput = builder.inputType('CreateInvoiceInput', {
  fields: (t) => ({
    projectId: t.globalID({ for: ProjectRef, required: true }),
    workOrderId: t.globalID({ for: WorkOrderRef }),
    changeOrderId: t.globalID({ for: ChangeOrderRef }),
    lines: t.field({ type: [InvoiceLineInput] }),
    ...invoiceFields(t),
  }),
});
const UpdateInvoiceInput = builder.inputType('UpdateInvoiceInput', {
  description: 'Fields left out are unchanged; null clears.',
  fields: (t) => ({ id: t.globalID({ for: InvoiceRef, required: true }), ...invoiceFields(t) }),
});
const InvoiceBuyerInput = builder.inputType('InvoiceBuyerInput', {
  fields: (t) => ({
    contactId: t.globalID({ for: ContactRef, required: true }),
    sharePercent: t.field({ type: 'Decimal', description: 'Omit for every buyer: equal split.' }),
  }),
});

const WorkTypePartInput = builder.inputType('WorkTypePartInput', {
  fields: (t) => ({
    workType: t.string({ required: true }),
    amount: t.field({ type: 'Money', required: true, description: 'Excl. VAT.' }),
    hours: t.field({ type: 'Decimal' }),
  }),
});

const CLEARABLE = [
  'title',
  'description',
  'comment',
  'statusCode',
  'contactId',
  'customerReference',
  'customerReference2',
  'ourReferenceId',
  'distributionStatus',
  'invoiceDate',
  'bookkeepingDate',
  'dueDate',
  'paymentTermId',
  'noVatReason',
  'greenCategory',
  'code',
  'unit',
  'accountNumber',
  'projectId',
  'workOrderId',
  'changeOrderId',
  'reductionEligible',
];
const clean = (input: Record<string, unknown>) => cleanInput(input, CLEARABLE, { contractorVat: 'reverseCharge' });

const invoiceById = (ctx: Context, query: object, id: string) => ctx.db.invoice.findUniqueOrThrow({ ...(query as object), where: { id } });
/** Invoices whose updateInvoice reset their revenue accounting (read by the result's field). */
const revenueReset = new WeakSet<object>();

builder.mutationFields((t) => ({
  createInvoice: t.prismaField({
    type: 'Invoice',
    errors: {},
    description: 'Creates an invoice basis for a project (optionally one work order or ÄTA) with its lines.',
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { input: t.arg({ type: CreateInvoiceInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { projectId, workOrderId, changeOrderId, lines, ...fields } = input;
      const id = await service.createInvoice(ctx.db, {
        projectId: projectId.id,
        workOrderId: workOrderId?.id ?? null,
        changeOrderId: changeOrderId?.id ?? null,
        lines: lines?.map((l) => clean(l)),
        fields: clean(fields),
      });
      return invoiceById(ctx, query, id);
    },
  }),
  updateInvoice: t.prismaField({
    type: 'Invoice',
    errors: {
      result: {
        fields: (r) => ({
          revenueAccountingReset: r.boolean({
            description:
              'VAT, construction VAT or the tax-reduction type changed: every line’s revenue accounting was proposed again from the posting rules and manual revenue edits were discarded.',
            resolve: (invoice) => revenueReset.has(invoice),
          }),
        }),
      },
    },
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { input: t.arg({ type: UpdateInvoiceInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...fields } = input;
      const updated = await service.updateInvoice(ctx.db, id.id, clean(fields));
      const invoice = await invoiceById(ctx, query, id.id);
      if (updated.revenueAccountingReset) revenueReset.add(invoice);
      return invoice;
    },
  }),
  addInvoiceLine: t.prismaField({
    type: 'InvoiceLine',
    errors: {},
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { invoiceId: t.arg.globalID({ for: InvoiceRef, required: true }), input: t.arg({ type: InvoiceLineInput, required: true }) },
    resolve: async (query, _r, { invoiceId, input }, ctx) => {
      const line = await service.addLine(ctx.db, invoiceId.id, clean(input));
      return ctx.db.invoiceLine.findUniqueOrThrow({ ...query, where: { id: line.id } });
    },
  }),
  updateInvoiceLine: t.prismaField({
    type: 'InvoiceLine',
    errors: {},
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { id: t.arg.globalID({ for: InvoiceLineRef, required: true }), input: t.arg({ type: InvoiceLineInput, required: true }) },
    resolve: async (query, _r, { id, input }, ctx) => {
      await service.updateLine(ctx.db, id.id, clean(input));
      return ctx.db.invoiceLine.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  removeInvoiceLine: t.field({
    type: 'ID',
    errors: {},
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { id: t.arg.globalID({ for: InvoiceLineRef, required: true }) },
    resolve: async (_r, { id }, ctx) => {
      await service.removeLine(ctx.db, id.id);
      return encodeGlobalID('InvoiceLine', id.id);
    },
  }),
  setInvoiceBuyers: t.prismaField({
    type: 'Invoice',
    errors: {},
    description: 'Sets the buyers of a ROT/RUT/green invoice: contacts of the customer, split equally unless shares are given.',
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { invoiceId: t.arg.globalID({ for: InvoiceRef, required: true }), buyers: t.arg({ type: [InvoiceBuyerInput], required: true }) },
    resolve: async (query, _r, { invoiceId, buyers }, ctx) => {
      await service.setBuyers(
        ctx.db,
        invoiceId.id,
        buyers.map((b) => ({ contactId: b.contactId.id, sharePercent: b.sharePercent ?? null })),
      );
      return invoiceById(ctx, query, invoiceId.id);
    },
  }),
  setInvoiceLineWorkTypes: t.prismaField({
    type: 'InvoiceLine',
    errors: {},
    description: 'Splits a line across tax-reduction work types; the parts must add up to the line’s amount. An empty list removes the split.',
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { lineId: t.arg.globalID({ for: InvoiceLineRef, required: true }), workTypes: t.arg({ type: [WorkTypePartInput], required: true }) },
    resolve: async (query, _r, { lineId, workTypes }, ctx) => {
      await service.setLineWorkTypes(
        ctx.db,
        lineId.id,
        workTypes.map((w) => ({ workType: w.workType, amount: w.amount, hours: w.hours ?? null })),
      );
      return ctx.db.invoiceLine.findUniqueOrThrow({ ...query, where: { id: lineId.id } });
    },
  }),
  setInvoiceReadyForInvoice: t.prismaField({
    type: 'Invoice',
    errors: {},
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { id: t.arg.globalID({ for: InvoiceRef, required: true }), ready: t.arg.boolean({ required: true }) },
    resolve: async (query, _r, { id, ready }, ctx) => {
      await service.setReadyForInvoice(ctx.db, id.id, ready);
      return invoiceById(ctx, query, id.id);
    },
  }),
  lockInvoice: t.prismaField({
    type: 'Invoice',
    errors: {},
    description: 'Validates and freezes the invoice; sets today as the invoice date when empty.',
    authScopes: { permission: 'INVOICE_LOCK' },
    args: { id: t.arg.globalID({ for: InvoiceRef, required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      // Refused while an active connection's accounting system would refuse the invoice; locked,
      // its export runs on every active connection seconds after the commit.
      const exportCheck = ctx.integrations ? invoicePreflight(ctx.integrations.registry) : undefined;
      await service.lockInvoice(ctx.db, id.id, actorOf(ctx).signature, undefined, { exportCheck, onLocked: eventRuns(ctx.integrations, 'invoice.locked') });
      return invoiceById(ctx, query, id.id);
    },
  }),
  unlockInvoice: t.prismaField({
    type: 'Invoice',
    errors: {},
    description: 'Unlocks an invoice that has no external invoice number yet.',
    authScopes: { permission: 'INVOICE_LOCK' },
    args: { id: t.arg.globalID({ for: InvoiceRef, required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      await service.unlockInvoice(ctx.db, id.id);
      return invoiceById(ctx, query, id.id);
    },
  }),
  creditInvoice: t.prismaField({
    type: 'Invoice',
    errors: {},
    description: 'Creates a credit invoice of a locked invoice: negated lines and tax reduction, referring to the original.',
    authScopes: { permission: 'INVOICE_EDIT' },
    args: { id: t.arg.globalID({ for: InvoiceRef, required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _r, { id, reason }, ctx) => {
      const creditId = await service.creditInvoice(ctx.db, id.id, reason);
      return invoiceById(ctx, query, creditId);
    },
  }),
  createInvoiceStatus: t.prismaField({
    type: 'InvoiceStatus',
    errors: {},
    authScopes: { permission: 'ADMIN_INVOICE_STATUSES' },
    args: { code: t.arg.int({ required: true }), name: t.arg.string({ required: true }) },
    resolve: async (query, _r, args, ctx) => {
      const s = await statuses.createInvoiceStatus(ctx.db, args);
      return ctx.db.invoiceStatus.findUniqueOrThrow({ ...query, where: { id: s.id } });
    },
  }),
  deleteInvoiceStatus: t.field({
    type: 'ID',
    errors: {},
    authScopes: { permission: 'ADMIN_INVOICE_STATUSES' },
    args: { id: t.arg.globalID({ for: InvoiceStatusRef, required: true }) },
    resolve: async (_r, { id }, ctx) => {
      await statuses.deleteInvoiceStatus(ctx.db, id.id);
      return encodeGlobalID('InvoiceStatus', id.id);
    },
  }),
}));
