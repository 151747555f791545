// GraphQL: the supplier-invoice register. Readable with SUPPLIER_INVOICE_VIEW; registered and
// edited (until approved), disputed and undisputed with SUPPLIER_INVOICE_EDIT; approved with
// SUPPLIER_INVOICE_APPROVE. Resolvers stay thin: rules.ts validates, service.ts writes.
// The document is uploaded with create/update (GraphQL multipart request) and downloaded from
// GET /supplier-invoices/<id>/file (http.ts).
import { eventRuns } from '../integrations/index.js';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { registerCompiledList, registerCompiledNode } from '../../graphql/compiled-reads/index.js';
import { actorOf } from '../../graphql/context.js';
import { cleanInput } from '../../graphql/input.js';
import { ValidationError } from '../../errors.js';
import { changeOrderCode, ChangeOrderRef, ProjectRef, WorkOrderRef } from '../projects/index.js';
import { CostCentreRef, SupplierRef } from '../registers/index.js';
import { SUPPLIER_INVOICE_APPROVALS_REQUIRED, SUPPLIER_INVOICE_FILE_MAX_BYTES } from './rules.js';
import * as service from './service.js';
import { likeLiteral } from '../validation.js';
import { changedConnectionOptions, changedEdgeOptions, mirroredCountWhere, mirroredRead, modifiedSinceArg } from '../sync/index.js';

const VIEW = 'SUPPLIER_INVOICE_VIEW' as const;

export const SupplierInvoiceStatusEnum = builder.enumType('SupplierInvoiceStatus', {
  description: 'Where a supplier invoice is in its approval (attest).',
  values: {
    PENDING: { description: 'Registered; editable; waiting for its approvals.' },
    APPROVED: { description: `Approved by ${SUPPLIER_INVOICE_APPROVALS_REQUIRED} different users ("double-approved"); no longer editable.` },
  },
});

interface DocumentFacts {
  id: string;
  fileName: string;
  contentType: string;
  size: number;
}

const SupplierInvoiceDocumentRef = builder.objectRef<DocumentFacts>('SupplierInvoiceDocument').implement({
  description: 'A supplier invoice’s document (PDF or image).',
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('contentType'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    url: t.string({ description: 'Download path (GET with the same Bearer token).', resolve: (d) => `/supplier-invoices/${d.id}/file` }),
  }),
});

export const SupplierInvoiceRef = builder.prismaNode('SupplierInvoice', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { permission: VIEW },
  // Select mode: only what a query asks for is read (never the document's bytes).
  select: { id: true },
  description: 'A supplier invoice (leverantörsfaktura): approved by two users, then exported to the accounting system.',
  fields: (t) => ({
    supplier: t.relation('supplier', { nullable: true, description: 'Needs the supplier register’s read permission; supplierNumber and supplierName do not.' }),
    supplierNumber: t.string({ select: { supplier: { select: { number: true } } }, resolve: (i) => i.supplier.number }),
    supplierName: t.string({ select: { supplier: { select: { name: true } } }, resolve: (i) => i.supplier.name }),
    invoiceNumber: t.exposeString('invoiceNumber', { description: 'The supplier’s invoice number.' }),
    invoiceDate: t.expose('invoiceDate', { type: 'Date' }),
    dueDate: t.expose('dueDate', { type: 'Date', nullable: true }),
    currency: t.exposeString('currency'),
    net: t.expose('net', { type: 'Money', description: 'Excl. VAT; the rows must sum to it to approve.' }),
    vat: t.expose('vat', { type: 'Money' }),
    total: t.expose('total', { type: 'Money', description: 'net + VAT.' }),
    ocr: t.exposeString('ocr', { nullable: true, description: 'OCR number or other payment reference.' }),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: SupplierInvoiceStatusEnum }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime', nullable: true, description: 'When the last required approval was given.' }),
    approvals: t.relation('approvals', {
      description: 'Given so far, oldest first; withdrawn when the invoice is changed.',
      query: { orderBy: { approvedAt: 'asc' } },
    }),
    approvalsRequired: t.int({ description: 'Approvals by different users the invoice needs.', resolve: () => SUPPLIER_INVOICE_APPROVALS_REQUIRED }),
    disputed: t.exposeBoolean('disputed', { description: 'Disputed (reklamerad): not exported while set, even when approved.' }),
    disputeReason: t.exposeString('disputeReason', { nullable: true }),
    disputedAt: t.expose('disputedAt', { type: 'DateTime', nullable: true }),
    externalNumber: t.exposeString('externalNumber', { nullable: true, description: 'The accounting system’s number, once exported.' }),
    bookkept: t.exposeBoolean('bookkept', { description: 'Booked in the accounting system.' }),
    document: t.field({
      type: SupplierInvoiceDocumentRef,
      nullable: true,
      select: { fileName: true, fileContentType: true, fileSize: true },
      resolve: (i) =>
        i.fileName ? { id: i.id, fileName: i.fileName, contentType: i.fileContentType ?? 'application/octet-stream', size: i.fileSize ?? 0 } : null,
    }),
    rows: t.relation('rows', { query: { orderBy: [{ position: 'asc' }, { createdAt: 'asc' }] } }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    modifiedAt: t.expose('updatedAt', { type: 'DateTime' }),
    createdBy: t.exposeString('createdBy', { description: 'Signature of the user who created it.' }),
    modifiedBy: t.exposeString('updatedBy', { description: 'Signature of the user who last changed it.' }),
  }),
});

builder.prismaObject('SupplierInvoiceApproval', {
  authScopes: { permission: VIEW },
  description: 'One user’s approval (attest) of a supplier invoice.',
  fields: (t) => ({
    name: t.string({ select: { user: { select: { name: true } } }, resolve: (a) => a.user.name, description: 'The approving user.' }),
    signature: t.string({ select: { user: { select: { signature: true } } }, resolve: (a) => a.user.signature }),
    approvedAt: t.expose('approvedAt', { type: 'DateTime' }),
  }),
});

export const SupplierInvoiceRowRef = builder.prismaNode('SupplierInvoiceRow', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { permission: VIEW },
  description: 'A supplier invoice’s cost row; amount excl. VAT.',
  fields: (t) => ({
    position: t.exposeInt('position'),
    accountNumber: t.exposeInt('accountNumber'),
    amount: t.expose('amount', { type: 'Money' }),
    vatRate: t.expose('vatRate', { type: 'Decimal', description: 'Percent: 25, 12, 6 or 0.' }),
    project: t.relation('project', { nullable: true }),
    workOrder: t.relation('workOrder', { nullable: true }),
    changeOrder: t.relation('changeOrder', { nullable: true }),
    projectNumber: t.string({
      nullable: true,
      description: 'The project, AO or ÄTA as the accounting system has it: 10000, 10000_1, 10000_Ä001.',
      select: { project: { select: { number: true } }, workOrder: { select: { number: true } }, changeOrder: { select: { number: true } } },
      resolve: (r) =>
        !r.project
          ? null
          : r.workOrder
            ? `${r.project.number}_${r.workOrder.number}`
            : r.changeOrder
              ? `${r.project.number}_${changeOrderCode(r.changeOrder.number)}`
              : r.project.number,
    }),
    costCentre: t.relation('costCentre', { nullable: true, description: 'Needs the cost centres’ read permission; costCentreCode does not.' }),
    costCentreCode: t.string({ nullable: true, select: { costCentre: { select: { code: true } } }, resolve: (r) => r.costCentre?.code ?? null }),
    description: t.exposeString('description', { nullable: true }),
  }),
});

// ---------------------------------------------------------------------------------------------
// Query

const SupplierInvoiceFilter = builder.inputType('SupplierInvoiceFilter', {
  fields: (t) => ({
    status: t.field({ type: SupplierInvoiceStatusEnum }),
    disputed: t.boolean({ description: 'true: only disputed, false: only undisputed, omitted: both.' }),
    exported: t.boolean({ description: 'true: with an external number, false: without.' }),
    supplierId: t.globalID({ for: SupplierRef }),
  }),
});

type FilterValue = { status?: 'PENDING' | 'APPROVED' | null; disputed?: boolean | null; exported?: boolean | null; supplierId?: { id: string } | null };

function supplierInvoiceWhere(f: FilterValue | null | undefined, search: string | null | undefined): Prisma.SupplierInvoiceWhereInput {
  const and: Prisma.SupplierInvoiceWhereInput[] = [];
  if (f?.status) and.push({ status: f.status });
  if (f?.disputed != null) and.push({ disputed: f.disputed });
  if (f?.exported != null) and.push({ externalNumber: f.exported ? { not: null } : null });
  if (f?.supplierId) and.push({ supplierId: f.supplierId.id });
  const s = search?.trim();
  if (s) {
    const contains = { contains: likeLiteral(s), mode: 'insensitive' as const };
    and.push({
      OR: [{ invoiceNumber: contains }, { ocr: contains }, { description: contains }, { supplier: { name: contains } }, { supplier: { number: s } }],
    });
  }
  return { AND: and };
}

const SUPPLIER_INVOICE_ORDER = [{ invoiceDate: 'desc' as const }, { createdAt: 'desc' as const }, { id: 'asc' as const }];
const SUPPLIER_INVOICE_PAGE = { defaultSize: 20, maxSize: 200 };

// The list answered by one compiled statement (src/graphql/compiled-reads): the resolver's filter and order.
registerCompiledList('supplierInvoices', {
  model: 'SupplierInvoice',
  ...SUPPLIER_INVOICE_PAGE,
  totalCount: true,
  query: (args) => {
    const a = args as { filter?: FilterValue | null; search?: string | null };
    return { where: supplierInvoiceWhere(a.filter, a.search), orderBy: SUPPLIER_INVOICE_ORDER };
  },
});
registerCompiledNode('SupplierInvoice');

builder.queryFields((t) => ({
  supplierInvoices: t.prismaConnection(
    {
      type: 'SupplierInvoice',
      cursor: 'id',
      ...SUPPLIER_INVOICE_PAGE,
      description: 'Supplier invoices, newest invoice date first; with modifiedSince those changed since (with their rows), by (updatedAt, id).',
      authScopes: { permission: VIEW },
      args: {
        search: t.arg.string({ description: 'Matches invoice number, OCR, description, supplier name or number.', validate: z.string().max(200) }),
        filter: t.arg({ type: SupplierInvoiceFilter }),
        modifiedSince: t.arg(modifiedSinceArg),
      },
      totalCount: (_p, args, ctx) => ctx.db.supplierInvoice.count({ where: mirroredCountWhere(supplierInvoiceWhere(args.filter, args.search), args) }),
      resolve: (query, _r, args, ctx) =>
        ctx.db.supplierInvoice.findMany(mirroredRead(query, args, supplierInvoiceWhere(args.filter, args.search), SUPPLIER_INVOICE_ORDER)),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
}));

// ---------------------------------------------------------------------------------------------
// Mutations

type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const rowFields = (t: InputFieldBuilder) => ({
  accountNumber: t.int({ description: 'An account of the chart of accounts.' }),
  amount: t.field({ type: 'Money', description: 'Excl. VAT; negative on credit notes.' }),
  vatRate: t.field({ type: 'Decimal', description: '25, 12, 6 or 0; default 25.' }),
  projectId: t.globalID({ for: ProjectRef }),
  workOrderId: t.globalID({ for: WorkOrderRef, description: 'A work order (AO) of the row’s project.' }),
  changeOrderId: t.globalID({ for: ChangeOrderRef, description: 'An ÄTA of the row’s project.' }),
  costCentreId: t.globalID({ for: CostCentreRef }),
  description: t.string(),
});
const ROW_CLEARABLE = ['projectId', 'workOrderId', 'changeOrderId', 'costCentreId', 'description', 'accountNumber', 'amount'];

const SupplierInvoiceRowInput = builder.inputType('SupplierInvoiceRowInput', {
  fields: (t) => ({ ...rowFields(t), accountNumber: t.int({ required: true }), amount: t.field({ type: 'Money', required: true }) }),
});

const headerFields = (t: InputFieldBuilder) => ({
  supplierId: t.globalID({ for: SupplierRef }),
  invoiceNumber: t.string({ description: 'The supplier’s invoice number; unique per supplier.' }),
  invoiceDate: t.field({ type: 'Date' }),
  dueDate: t.field({ type: 'Date' }),
  currency: t.string({ description: 'SEK (the default).' }),
  net: t.field({ type: 'Money', description: 'Excl. VAT.' }),
  vat: t.field({ type: 'Money', description: 'Default 0.' }),
  total: t.field({ type: 'Money', description: 'Default net + VAT; when given, it must equal net + VAT.' }),
  ocr: t.string({ description: 'OCR number or other payment reference.' }),
  description: t.string(),
  document: t.field({
    type: 'File',
    description: `The invoice document: PDF, JPEG, PNG or TIFF, at most ${SUPPLIER_INVOICE_FILE_MAX_BYTES / 1024 / 1024} MB.`,
  }),
});
const HEADER_CLEARABLE = ['supplierId', 'invoiceNumber', 'invoiceDate', 'net', 'dueDate', 'ocr', 'description'];

const CreateSupplierInvoiceInput = builder.inputType('CreateSupplierInvoiceInput', {
  fields: (t) => ({
    ...headerFields(t),
    supplierId: t.globalID({ for: SupplierRef, required: true }),
    invoiceNumber: t.string({ required: true, description: 'The supplier’s invoice number; unique per supplier.' }),
    invoiceDate: t.field({ type: 'Date', required: true }),
    net: t.field({ type: 'Money', required: true, description: 'Excl. VAT.' }),
    rows: t.field({ type: [SupplierInvoiceRowInput], description: 'Cost rows; they must sum to net before the invoice can be approved.' }),
  }),
});
const UpdateSupplierInvoiceInput = builder.inputType('UpdateSupplierInvoiceInput', {
  description:
    'Only while PENDING. Fields left out are unchanged; null clears due date, OCR, description and the document. Any change withdraws the approvals given so far.',
  fields: (t) => ({ id: t.globalID({ for: SupplierInvoiceRef, required: true }), ...headerFields(t) }),
});
const AddSupplierInvoiceRowInput = builder.inputType('AddSupplierInvoiceRowInput', {
  fields: (t) => ({
    supplierInvoiceId: t.globalID({ for: SupplierInvoiceRef, required: true }),
    ...rowFields(t),
    accountNumber: t.int({ required: true }),
    amount: t.field({ type: 'Money', required: true }),
  }),
});
const UpdateSupplierInvoiceRowInput = builder.inputType('UpdateSupplierInvoiceRowInput', {
  description: 'Fields left out are unchanged; null clears project, AO, ÄTA, cost centre and description.',
  fields: (t) => ({ id: t.globalID({ for: SupplierInvoiceRowRef, required: true }), ...rowFields(t) }),
});

/** An uploaded GraphQL File as the service's upload, checking the size before reading it. */
async function upload(file: File | null | undefined, path: string): Promise<service.FileUpload | null | undefined> {
  if (file == null) return file;
  if (file.size > SUPPLIER_INVOICE_FILE_MAX_BYTES) throw ValidationError.single(path, 'file_too_large', 'A file is at most 20 MB.');
  return { fileName: file.name, contentType: file.type, bytes: new Uint8Array(await file.arrayBuffer()) };
}

builder.mutationFields((t) => ({
  createSupplierInvoice: t.prismaField({
    type: 'SupplierInvoice',
    errors: {},
    description: 'Registers a supplier invoice (PENDING), with its rows and document.',
    authScopes: { permission: 'SUPPLIER_INVOICE_EDIT' },
    args: { input: t.arg({ type: CreateSupplierInvoiceInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { rows, document, ...header } = input;
      const file = await upload(document, 'document');
      const { id } = await service.createSupplierInvoice(
        ctx.db,
        { ...cleanInput(header, HEADER_CLEARABLE), rows: rows?.map((r) => cleanInput(r, ROW_CLEARABLE)) ?? null },
        file ?? null,
      );
      return ctx.db.supplierInvoice.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateSupplierInvoice: t.prismaField({
    type: 'SupplierInvoice',
    errors: {},
    description: 'Changes a PENDING supplier invoice; withdraws the approvals given so far.',
    authScopes: { permission: 'SUPPLIER_INVOICE_EDIT' },
    args: { input: t.arg({ type: UpdateSupplierInvoiceInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, document, ...rest } = input;
      const file = 'document' in input ? await upload(document, 'document') : undefined;
      await service.updateSupplierInvoice(ctx.db, id.id, cleanInput(rest, HEADER_CLEARABLE), file);
      return ctx.db.supplierInvoice.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  addSupplierInvoiceRow: t.prismaField({
    type: 'SupplierInvoice',
    errors: {},
    description: 'Adds a cost row to a PENDING supplier invoice; returns the invoice.',
    authScopes: { permission: 'SUPPLIER_INVOICE_EDIT' },
    args: { input: t.arg({ type: AddSupplierInvoiceRowInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { supplierInvoiceId, ...row } = input;
      await service.addSupplierInvoiceRow(ctx.db, supplierInvoiceId.id, cleanInput(row, ROW_CLEARABLE));
      return ctx.db.supplierInvoice.findUniqueOrThrow({ ...query, where: { id: supplierInvoiceId.id } });
    },
  }),
  updateSupplierInvoiceRow: t.prismaField({
    type: 'SupplierInvoice',
    errors: {},
    description: 'Changes a cost row of a PENDING supplier invoice; returns the invoice.',
    authScopes: { permission: 'SUPPLIER_INVOICE_EDIT' },
    args: { input: t.arg({ type: UpdateSupplierInvoiceRowInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...row } = input;
      const { supplierInvoiceId } = await service.updateSupplierInvoiceRow(ctx.db, id.id, cleanInput(row, ROW_CLEARABLE));
      return ctx.db.supplierInvoice.findUniqueOrThrow({ ...query, where: { id: supplierInvoiceId } });
    },
  }),
  removeSupplierInvoiceRow: t.prismaField({
    type: 'SupplierInvoice',
    errors: {},
    description: 'Removes a cost row of a PENDING supplier invoice; returns the invoice.',
    authScopes: { permission: 'SUPPLIER_INVOICE_EDIT' },
    args: { id: t.arg.globalID({ for: SupplierInvoiceRowRef, required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      const { supplierInvoiceId } = await service.removeSupplierInvoiceRow(ctx.db, id.id);
      return ctx.db.supplierInvoice.findUniqueOrThrow({ ...query, where: { id: supplierInvoiceId } });
    },
  }),
  approveSupplierInvoice: t.prismaField({
    type: 'SupplierInvoice',
    errors: {},
    description: `Records your approval (attest). A user approves an invoice once; the rows must sum to the net amount; ${SUPPLIER_INVOICE_APPROVALS_REQUIRED} different users’ approvals make it APPROVED.`,
    authScopes: { permission: 'SUPPLIER_INVOICE_APPROVE' },
    args: { id: t.arg.globalID({ for: SupplierInvoiceRef, required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      await service.approveSupplierInvoice(ctx.db, id.id, actorOf(ctx).userId, undefined, undefined, {
        onApproved: eventRuns(ctx.integrations, 'supplierInvoice.approved'),
      });
      return ctx.db.supplierInvoice.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  disputeSupplierInvoice: t.prismaField({
    type: 'SupplierInvoice',
    errors: {},
    description: 'Marks the invoice disputed (reklamerad): it is not exported while disputed, even when approved.',
    authScopes: { permission: 'SUPPLIER_INVOICE_EDIT' },
    args: { id: t.arg.globalID({ for: SupplierInvoiceRef, required: true }), reason: t.arg.string({ required: true }) },
    resolve: async (query, _r, { id, reason }, ctx) => {
      await service.disputeSupplierInvoice(ctx.db, id.id, reason);
      return ctx.db.supplierInvoice.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  undisputeSupplierInvoice: t.prismaField({
    type: 'SupplierInvoice',
    errors: {},
    description: 'Clears the dispute.',
    authScopes: { permission: 'SUPPLIER_INVOICE_EDIT' },
    args: { id: t.arg.globalID({ for: SupplierInvoiceRef, required: true }) },
    resolve: async (query, _r, { id }, ctx) => {
      await service.undisputeSupplierInvoice(ctx.db, id.id);
      return ctx.db.supplierInvoice.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
}));
