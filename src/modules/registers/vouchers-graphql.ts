// GraphQL: vouchers imported from the accounting system (read only; connectors write them with
// importVoucher) and a project's cost ledger from their rows. Readable with PROJECT_VIEW.
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { registerCompiledList, registerCompiledNode } from '../../graphql/compiled-reads/index.js';
import { auditFields } from '../../graphql/audit.js';
import { ChangeOrderRef, ProjectRef, WorkOrderRef } from '../projects/index.js';
import { AccountKindEnum, AccountRef } from './graphql.js';
import { accountByNumberLoader, costLedgerLoader, rowsByIdLoader } from './cost-ledger.js';
import type { CostLedger, LedgerAccountLine, LedgerPartLine, Totals } from './rules.js';
import { changedConnectionOptions, changedEdgeOptions, mirroredCountWhere, mirroredRead, modifiedSinceArg } from '../sync/index.js';

export const VoucherRef = builder.prismaNode('Voucher', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { permission: 'PROJECT_VIEW' },
  description: 'A voucher (verifikation) imported from the accounting system.',
  fields: (t) => ({
    source: t.exposeString('source', { description: 'The connection it was imported through, or "manual".' }),
    remoteId: t.exposeString('remoteId', { description: 'The accounting system’s identity of the voucher.' }),
    series: t.exposeString('series'),
    number: t.exposeInt('number'),
    transactionDate: t.expose('transactionDate', { type: 'Date' }),
    description: t.exposeString('description', { nullable: true }),
    rows: t.relation('rows', { description: 'In the accounting system’s order.', query: { orderBy: { rowIndex: 'asc' } } }),
    files: t.relation('files', {
      description: 'Files imported with the voucher (e.g. the image of a supplier invoice), by name.',
      query: { orderBy: [{ fileName: 'asc' }, { id: 'asc' }] },
    }),
    ...auditFields(t),
  }),
});

builder.prismaObject('VoucherRow', {
  authScopes: { permission: 'PROJECT_VIEW' },
  description: 'A voucher row. Later imports may append rows; existing rows are never rewritten.',
  fields: (t) => ({
    rowIndex: t.exposeInt('rowIndex', { description: 'Position in the accounting system’s voucher.' }),
    accountNumber: t.exposeInt('accountNumber'),
    account: t.field({
      type: AccountRef,
      nullable: true,
      description: 'The account in the chart of accounts, when it has one with this number.',
      // Compiled reads look the account up by its number the same way.
      extensions: { compiledRead: { lookup: { model: 'Account', on: { number: 'accountNumber' } } } },
      resolve: async (r, _a, ctx) => (await accountByNumberLoader(ctx)).load(r.accountNumber),
    }),
    debit: t.expose('debit', { type: 'Money' }),
    credit: t.expose('credit', { type: 'Money' }),
    project: t.relation('project', { nullable: true }),
    workOrder: t.relation('workOrder', { nullable: true }),
    changeOrder: t.relation('changeOrder', { nullable: true }),
    costCentre: t.relation('costCentre', { nullable: true }),
    note: t.exposeString('note', { nullable: true, description: 'The accounting system’s transaction information.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the row was imported.' }),
  }),
});

builder.prismaNode('VoucherFile', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { permission: 'PROJECT_VIEW' },
  // Select mode: only what a query asks for is read (never the bytes).
  select: { id: true },
  description: 'A file of an imported voucher; download it from `url`.',
  fields: (t) => ({
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('contentType'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    url: t.string({ description: 'Download path (GET with the same Bearer token).', resolve: (f) => `/vouchers/files/${f.id}` }),
  }),
});

// ---------------------------------------------------------------------------------------------
// vouchers query

const VoucherFilter = builder.inputType('VoucherFilter', {
  fields: (t) => ({
    projectId: t.globalID({ for: ProjectRef, description: 'Vouchers with at least one row on this project.' }),
    dateFrom: t.field({ type: 'Date', description: 'Earliest transaction date (inclusive).' }),
    dateTo: t.field({ type: 'Date', description: 'Latest transaction date (inclusive).' }),
    series: t.string({ description: 'Voucher series, e.g. A.' }),
  }),
});

type VoucherFilterValue = { projectId?: { id: string } | null; dateFrom?: string | null; dateTo?: string | null; series?: string | null };

function voucherWhere(f: VoucherFilterValue | null | undefined): Prisma.VoucherWhereInput {
  const and: Prisma.VoucherWhereInput[] = [];
  if (f?.projectId) and.push({ rows: { some: { projectId: f.projectId.id } } });
  if (f?.dateFrom) and.push({ transactionDate: { gte: new Date(`${f.dateFrom}T00:00:00Z`) } });
  if (f?.dateTo) and.push({ transactionDate: { lte: new Date(`${f.dateTo}T00:00:00Z`) } });
  if (f?.series?.trim()) and.push({ series: f.series.trim() });
  return { AND: and };
}

const VOUCHER_ORDER = [{ transactionDate: 'desc' as const }, { series: 'asc' as const }, { number: 'desc' as const }, { id: 'asc' as const }];
const VOUCHER_PAGE = { defaultSize: 20, maxSize: 200 };

// The list answered by one compiled statement (src/graphql/compiled-reads): the resolver's filter and order.
registerCompiledList('vouchers', {
  model: 'Voucher',
  ...VOUCHER_PAGE,
  totalCount: true,
  query: (args) => ({ where: voucherWhere((args as { filter?: VoucherFilterValue | null }).filter), orderBy: VOUCHER_ORDER }),
});
registerCompiledNode('Voucher');

builder.queryFields((t) => ({
  vouchers: t.prismaConnection(
    {
      type: 'Voucher',
      cursor: 'id',
      ...VOUCHER_PAGE,
      description: 'Imported vouchers, newest transaction date first; with modifiedSince those changed since (with their rows), by (updatedAt, id).',
      authScopes: { permission: 'PROJECT_VIEW' },
      args: { filter: t.arg({ type: VoucherFilter }), modifiedSince: t.arg(modifiedSinceArg) },
      totalCount: (_p, args, ctx) => ctx.db.voucher.count({ where: mirroredCountWhere(voucherWhere(args.filter), args) }),
      resolve: (query, _r, args, ctx) => ctx.db.voucher.findMany(mirroredRead(query, args, voucherWhere(args.filter), VOUCHER_ORDER)),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
}));

// ---------------------------------------------------------------------------------------------
// Project.costLedger

const CostLedgerTotalsRef = builder.objectRef<Totals>('CostLedgerTotals').implement({
  description: 'Sums of voucher rows: debit, credit and net = debit − credit (what was spent).',
  fields: (t) => ({
    debit: t.field({ type: 'Money', resolve: (x) => x.debit }),
    credit: t.field({ type: 'Money', resolve: (x) => x.credit }),
    net: t.field({ type: 'Money', description: 'debit − credit.', resolve: (x) => x.net }),
  }),
});

const CostLedgerAccountRef = builder.objectRef<LedgerAccountLine>('CostLedgerAccount').implement({
  description: 'A project’s voucher rows on one account.',
  fields: (t) => ({
    accountNumber: t.exposeInt('accountNumber'),
    accountName: t.exposeString('accountName', { nullable: true, description: 'null when the chart of accounts has no such account.' }),
    accountKind: t.field({ type: AccountKindEnum, nullable: true, resolve: (x) => x.accountKind }),
    debit: t.field({ type: 'Money', resolve: (x) => x.debit }),
    credit: t.field({ type: 'Money', resolve: (x) => x.credit }),
    net: t.field({ type: 'Money', description: 'debit − credit.', resolve: (x) => x.net }),
  }),
});

const CostLedgerPartRef = builder.objectRef<LedgerPartLine>('CostLedgerPart').implement({
  description: 'A project’s voucher rows on one work order (AO), one ÄTA, or the project itself (both null).',
  fields: (t) => ({
    workOrder: t.prismaField({
      type: WorkOrderRef,
      nullable: true,
      description: 'The work order (AO); null for rows on an ÄTA or the project itself.',
      resolve: async (query, x, _a, ctx) => {
        const q = { ...query }; // read even when unused: rows on the project itself have no AO
        return x.workOrderId ? (await rowsByIdLoader(ctx, 'WorkOrder', q, (args) => ctx.db.workOrder.findMany(args))).load(x.workOrderId) : null;
      },
    }),
    changeOrder: t.prismaField({
      type: ChangeOrderRef,
      nullable: true,
      description: 'The ÄTA; null for rows on a work order or the project itself.',
      resolve: async (query, x, _a, ctx) => {
        const q = { ...query };
        return x.changeOrderId ? (await rowsByIdLoader(ctx, 'ChangeOrder', q, (args) => ctx.db.changeOrder.findMany(args))).load(x.changeOrderId) : null;
      },
    }),
    debit: t.field({ type: 'Money', resolve: (x) => x.debit }),
    credit: t.field({ type: 'Money', resolve: (x) => x.credit }),
    net: t.field({ type: 'Money', description: 'debit − credit.', resolve: (x) => x.net }),
  }),
});

const CostLedgerRef = builder.objectRef<CostLedger>('CostLedger').implement({
  description: 'What a project has cost: its voucher rows summed per account, per AO/ÄTA and in total.',
  fields: (t) => ({
    byAccount: t.field({ type: [CostLedgerAccountRef], description: 'By account number.', resolve: (l) => l.accounts }),
    byPart: t.field({
      type: [CostLedgerPartRef],
      description: 'The project itself first, then work orders, then ÄTAs, each by number.',
      resolve: (l) => l.parts,
    }),
    total: t.field({ type: CostLedgerTotalsRef, resolve: (l) => l.total }),
  }),
});

builder.prismaObjectFields('Project', (t) => ({
  costLedger: t.field({
    type: CostLedgerRef,
    description: 'What the project has cost, from the vouchers imported from the accounting system.',
    authScopes: { permission: 'PROJECT_VIEW' },
    select: { id: true },
    resolve: async (p, _a, ctx) => (await costLedgerLoader(ctx)).load(p.id),
  }),
}));
