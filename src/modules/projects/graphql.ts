// GraphQL: project statuses, projects, work orders (AO) and change orders (ÄTA).
import { eventRuns } from '../integrations/index.js';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { registerCompiledList, registerCompiledNode } from '../../graphql/compiled-reads/index.js';
import { auditFields } from '../../graphql/audit.js';
import { cleanInput } from '../../graphql/input.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { SortDirection } from '../../graphql/types.js';
import { ContactRef, contactIfVisible, customerIfVisible, CustomerRef, EVERY_CUSTOMER } from '../customers/index.js';
import { CostCentreRef } from '../registers/index.js';
import * as service from './service.js';
import { UserRef } from '../auth/index.js';
import { likeLiteral } from '../validation.js';
import { changeOrderCode, changeOrderReference, effectiveStartDate, isSentToAccounting, statusPhase, workOrderReference } from './rules.js';
import { changedConnectionOptions, changedEdgeOptions, mirroredCountWhere, mirroredRead, modifiedSinceArg, modifiedSinceListArg } from '../sync/index.js';

export const StatusPhaseEnum = builder.enumType('StatusPhase', {
  description: 'What a status code means: below 40 not ordered, 40–89 ordered/ongoing, 90 and above finished.',
  values: {
    NOT_ORDERED: { description: 'Codes below 40, e.g. quotes.' },
    ORDERED: { description: 'Codes 40–89: ordered and ongoing; sent to accounting systems.' },
    FINISHED: { description: 'Codes 90 and above: finished or closed.' },
  },
});

export const ProjectStatusRef = builder.prismaNode('ProjectStatus', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  fields: (t) => ({
    code: t.exposeInt('code'),
    name: t.exposeString('name'),
    phase: t.field({ type: StatusPhaseEnum, resolve: (s) => statusPhase(s.code) }),
    ...auditFields(t),
  }),
});

export const ProjectRef = builder.prismaNode('Project', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { permission: 'PROJECT_VIEW' },
  fields: (t) => ({
    number: t.exposeString('number'),
    name: t.exposeString('name'),
    customer: t.relation('customer', {
      nullable: true,
      description: 'Null when the user may not see this customer (only customers assigned to them, or no customer permission).',
      authScopes: EVERY_CUSTOMER,
      unauthorizedResolver: (p, _a, ctx) => customerIfVisible(ctx, p.customerId) as never,
    }),
    contact: t.relation('contact', {
      nullable: true,
      description: 'Null also when the user may not see the customer.',
      authScopes: EVERY_CUSTOMER,
      unauthorizedResolver: (p, _a, ctx) => contactIfVisible(ctx, p.contactId) as never,
    }),
    customerReference: t.exposeString('customerReference', { nullable: true }),
    projectManager: t.relation('projectManager', { nullable: true, description: 'Project manager: “our reference” on invoices.' }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    statusCode: t.exposeInt('statusCode'),
    status: t.relation('status'),
    phase: t.field({ type: StatusPhaseEnum, select: { statusCode: true }, resolve: (p) => statusPhase(p.statusCode) }),
    sentToAccounting: t.boolean({
      description: 'Whether accounting systems receive the project (status 40–89).',
      select: { statusCode: true },
      resolve: (p) => isSentToAccounting(p.statusCode),
    }),
    statusChangedAt: t.expose('statusChangedAt', { type: 'DateTime' }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true, description: 'When the status reached 90 or above.' }),
    costCentre: t.relation('costCentre', { nullable: true }),
    description: t.exposeString('description', { nullable: true }),
    workOrders: t.relatedConnection('workOrders', {
      cursor: 'id',
      totalCount: true,
      args: { finished: t.arg.boolean({ description: 'true: only finished (90+), false: only not finished.' }) },
      query: (args) => ({
        where: args.finished == null ? {} : args.finished ? { statusCode: { gte: 90 } } : { statusCode: { lt: 90 } },
        orderBy: { number: 'asc' },
      }),
    }),
    changeOrders: t.relatedConnection('changeOrders', {
      cursor: 'id',
      totalCount: true,
      args: { finished: t.arg.boolean({ description: 'true: only finished (90+), false: only not finished.' }) },
      query: (args) => ({
        where: args.finished == null ? {} : args.finished ? { statusCode: { gte: 90 } } : { statusCode: { lt: 90 } },
        orderBy: { number: 'asc' },
      }),
    }),
    ...auditFields(t),
  }),
});

export const WorkOrderRef = builder.prismaNode('WorkOrder', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { permission: 'PROJECT_VIEW' },
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Numbered 1, 2, … within the project.' }),
    reference: t.string({
      description: 'Project number and work order number, e.g. 10000_1.',
      select: { number: true, project: { select: { number: true } } },
      resolve: (w) => workOrderReference(w.project.number, w.number),
    }),
    name: t.exposeString('name'),
    statusCode: t.exposeInt('statusCode'),
    status: t.relation('status'),
    phase: t.field({ type: StatusPhaseEnum, select: { statusCode: true }, resolve: (w) => statusPhase(w.statusCode) }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true, description: 'The work order’s own start date.' }),
    effectiveStartDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'The start date, else the project’s.',
      select: { startDate: true, project: { select: { startDate: true } } },
      resolve: (w) => effectiveStartDate(w.startDate, w.project.startDate),
    }),
    customerReference: t.exposeString('customerReference', { nullable: true }),
    project: t.relation('project'),
    ...auditFields(t),
  }),
});

export const ChangeOrderRef = builder.prismaNode('ChangeOrder', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { permission: 'PROJECT_VIEW' },
  fields: (t) => ({
    number: t.exposeInt('number'),
    code: t.string({ description: 'Ä001, Ä002, …', select: { number: true }, resolve: (c) => changeOrderCode(c.number) }),
    reference: t.string({
      description: 'Project number and ÄTA code, e.g. 10000_Ä001.',
      select: { number: true, project: { select: { number: true } } },
      resolve: (c) => changeOrderReference(c.project.number, c.number),
    }),
    name: t.exposeString('name'),
    description: t.exposeString('description', { nullable: true }),
    statusCode: t.exposeInt('statusCode'),
    status: t.relation('status'),
    phase: t.field({ type: StatusPhaseEnum, select: { statusCode: true }, resolve: (c) => statusPhase(c.statusCode) }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
    estimatedAmount: t.expose('estimatedAmount', { type: 'Money', nullable: true }),
    project: t.relation('project'),
    ...auditFields(t),
  }),
});

// ---------------------------------------------------------------------------------------------
// Queries

const ProjectFilter = builder.inputType('ProjectFilter', {
  fields: (t) => ({
    statusFrom: t.int({ description: 'Lowest status code (inclusive), e.g. 40.' }),
    statusTo: t.int({ description: 'Highest status code (inclusive), e.g. 89.' }),
    phase: t.field({ type: StatusPhaseEnum }),
    finished: t.boolean({ description: 'true: status 90 and above; false: below 90.' }),
    customerId: t.globalID({ for: CustomerRef }),
    projectManagerId: t.globalID({ for: UserRef }),
  }),
});
const ProjectOrderField = builder.enumType('ProjectOrderField', { values: ['NUMBER', 'NAME', 'START_DATE', 'MODIFIED'] as const });
const ProjectOrder = builder.inputType('ProjectOrder', {
  fields: (t) => ({
    field: t.field({ type: ProjectOrderField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

type ProjectFilterValue = {
  statusFrom?: number | null;
  statusTo?: number | null;
  phase?: 'NOT_ORDERED' | 'ORDERED' | 'FINISHED' | null;
  finished?: boolean | null;
  customerId?: { id: string } | null;
  projectManagerId?: { id: string } | null;
};

function projectWhere(filter: ProjectFilterValue | null | undefined, search: string | null | undefined): Prisma.ProjectWhereInput {
  const and: Prisma.ProjectWhereInput[] = [];
  if (filter?.statusFrom != null) and.push({ statusCode: { gte: filter.statusFrom } });
  if (filter?.statusTo != null) and.push({ statusCode: { lte: filter.statusTo } });
  if (filter?.phase === 'NOT_ORDERED') and.push({ statusCode: { lt: 40 } });
  if (filter?.phase === 'ORDERED') and.push({ statusCode: { gte: 40, lt: 90 } });
  if (filter?.phase === 'FINISHED') and.push({ statusCode: { gte: 90 } });
  if (filter?.finished != null) and.push({ statusCode: filter.finished ? { gte: 90 } : { lt: 90 } });
  if (filter?.customerId) and.push({ customerId: filter.customerId.id });
  if (filter?.projectManagerId) and.push({ projectManagerId: filter.projectManagerId.id });
  const s = search?.trim();
  if (s) {
    const literal = likeLiteral(s);
    const contains = { contains: literal, mode: 'insensitive' as const };
    and.push({ OR: [{ number: { startsWith: literal } }, { name: contains }, { customer: { name: contains } }, { customerReference: contains }] });
  }
  return { AND: and };
}

type ProjectOrderValue = { field: 'NUMBER' | 'NAME' | 'START_DATE' | 'MODIFIED'; direction?: 'ASC' | 'DESC' | null } | null | undefined;

/** The project list's order, the id last so that it is total. */
function projectOrder(orderBy: ProjectOrderValue): Prisma.ProjectOrderByWithRelationInput[] {
  const dir = orderBy?.direction === 'DESC' ? 'desc' : 'asc';
  if (orderBy?.field === 'NAME') return [{ name: dir }, { numberValue: { sort: dir, nulls: 'last' } }, { number: dir }, { id: dir }];
  if (orderBy?.field === 'START_DATE') {
    return [{ startDate: { sort: dir, nulls: 'last' } }, { numberValue: { sort: dir, nulls: 'last' } }, { number: dir }, { id: dir }];
  }
  if (orderBy?.field === 'MODIFIED') return [{ updatedAt: dir }, { id: dir }];
  return [{ numberValue: { sort: dir, nulls: 'last' } }, { number: dir }, { id: dir }];
}

const FINISHED_DESCRIPTION = 'true: only finished (90+), false: only not finished.';
const finishedWhere = (finished: boolean | null | undefined) => (finished == null ? {} : finished ? { statusCode: { gte: 90 } } : { statusCode: { lt: 90 } });
/** The order of the root lists of work orders and change orders without modifiedSince. */
const SUB_ORDER_ORDER = [
  { project: { numberValue: { sort: 'asc' as const, nulls: 'last' as const } } },
  { project: { number: 'asc' as const } },
  { number: 'asc' as const },
  { id: 'asc' as const },
];

// The project, work order and ÄTA lists answered by one compiled statement
// (src/graphql/compiled-reads): the same filter and order as the resolvers.
const LIST_PAGE = { defaultSize: 20, maxSize: 200 };
registerCompiledList('projects', {
  model: 'Project',
  ...LIST_PAGE,
  totalCount: true,
  query: (args) => {
    const a = args as { filter?: ProjectFilterValue | null; search?: string | null; orderBy?: ProjectOrderValue };
    return { where: projectWhere(a.filter, a.search), orderBy: projectOrder(a.orderBy) };
  },
});
for (const [field, model] of [
  ['workOrders', 'WorkOrder'],
  ['changeOrders', 'ChangeOrder'],
] as const) {
  registerCompiledList(field, {
    model,
    ...LIST_PAGE,
    totalCount: true,
    query: (args) => ({ where: finishedWhere((args as { finished?: boolean | null }).finished), orderBy: SUB_ORDER_ORDER }),
  });
}
for (const type of ['Project', 'WorkOrder', 'ChangeOrder']) registerCompiledNode(type);

builder.queryFields((t) => ({
  projectStatuses: t.prismaField({
    type: ['ProjectStatus'],
    authScopes: { authenticated: true },
    description: 'The company’s status list, by code; with modifiedSince those changed since, by (updatedAt, id).',
    args: { modifiedSince: t.arg(modifiedSinceListArg) },
    resolve: (query, _r, args, ctx) => ctx.db.projectStatus.findMany(mirroredRead(query, args, {}, [{ code: 'asc' as const }, { id: 'asc' as const }])),
  }),
  project: t.prismaField({
    type: 'Project',
    nullable: true,
    authScopes: { permission: 'PROJECT_VIEW' },
    args: { id: t.arg.globalID({ required: true, for: ProjectRef }) },
    resolve: (query, _r, { id }, ctx) => ctx.db.project.findUnique({ ...query, where: { id: id.id } }),
  }),
  projectByNumber: t.prismaField({
    type: 'Project',
    nullable: true,
    authScopes: { permission: 'PROJECT_VIEW' },
    args: { number: t.arg.string({ required: true, validate: z.string().max(50) }) },
    resolve: (query, _r, { number }, ctx) => ctx.db.project.findFirst({ ...query, where: { number: number.trim() } }),
  }),
  projects: t.prismaConnection(
    {
      type: 'Project',
      cursor: 'id',
      ...LIST_PAGE,
      authScopes: { permission: 'PROJECT_VIEW' },
      args: {
        search: t.arg.string({ description: 'Matches number, name, customer name and customer reference.', validate: z.string().max(200) }),
        filter: t.arg({ type: ProjectFilter }),
        orderBy: t.arg({ type: ProjectOrder, description: 'Ignored with modifiedSince.' }),
        modifiedSince: t.arg(modifiedSinceArg),
      },
      totalCount: (_p, args, ctx) => ctx.db.project.count({ where: mirroredCountWhere(projectWhere(args.filter, args.search), args) }),
      resolve: (query, _r, args, ctx) => ctx.db.project.findMany(mirroredRead(query, args, projectWhere(args.filter, args.search), projectOrder(args.orderBy))),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
  workOrders: t.prismaConnection(
    {
      type: 'WorkOrder',
      cursor: 'id',
      ...LIST_PAGE,
      description:
        'Every project’s work orders, by project number and number; with modifiedSince those changed since, by (updatedAt, id). A change to a work order does not change its project.',
      authScopes: { permission: 'PROJECT_VIEW' },
      args: { finished: t.arg.boolean({ description: FINISHED_DESCRIPTION }), modifiedSince: t.arg(modifiedSinceArg) },
      totalCount: (_p, args, ctx) => ctx.db.workOrder.count({ where: mirroredCountWhere(finishedWhere(args.finished), args) }),
      resolve: (query, _r, args, ctx) => ctx.db.workOrder.findMany(mirroredRead(query, args, finishedWhere(args.finished), SUB_ORDER_ORDER)),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
  changeOrders: t.prismaConnection(
    {
      type: 'ChangeOrder',
      cursor: 'id',
      ...LIST_PAGE,
      description:
        'Every project’s change orders (ÄTA), by project number and number; with modifiedSince those changed since, by (updatedAt, id). A change to an ÄTA does not change its project.',
      authScopes: { permission: 'PROJECT_VIEW' },
      args: { finished: t.arg.boolean({ description: FINISHED_DESCRIPTION }), modifiedSince: t.arg(modifiedSinceArg) },
      totalCount: (_p, args, ctx) => ctx.db.changeOrder.count({ where: mirroredCountWhere(finishedWhere(args.finished), args) }),
      resolve: (query, _r, args, ctx) => ctx.db.changeOrder.findMany(mirroredRead(query, args, finishedWhere(args.finished), SUB_ORDER_ORDER)),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
}));

// ---------------------------------------------------------------------------------------------
// Mutations

const projectInputFields = (t: Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0]) => ({
  name: t.string(),
  customerId: t.globalID({ for: CustomerRef, description: 'An active customer.' }),
  contactId: t.globalID({ for: ContactRef, description: 'A contact of the project’s customer.' }),
  customerReference: t.string(),
  projectManagerId: t.globalID({ for: UserRef, description: 'Project manager: “our reference” on invoices.' }),
  startDate: t.field({ type: 'Date' }),
  endDate: t.field({ type: 'Date' }),
  statusCode: t.int({ description: 'A code of the company’s status list; default the lowest (e.g. a quote).' }),
  costCentreId: t.globalID({ for: CostCentreRef }),
  description: t.string(),
});

const CreateProjectInput = builder.inputType('CreateProjectInput', {
  fields: (t) => ({
    number: t.string({ description: 'Omit to get the next free number (from 10000).' }),
    ...projectInputFields(t),
    name: t.string({ required: true }),
    customerId: t.globalID({ for: CustomerRef, required: true, description: 'An active customer.' }),
  }),
});
const UpdateProjectInput = builder.inputType('UpdateProjectInput', {
  description: 'Fields left out are unchanged; null clears. Project numbers never change.',
  fields: (t) => ({ id: t.globalID({ for: ProjectRef, required: true }), ...projectInputFields(t) }),
});
const WorkOrderInput = builder.inputType('WorkOrderInput', {
  fields: (t) => ({
    name: t.string(),
    statusCode: t.int(),
    startDate: t.field({ type: 'Date', description: 'Empty: the project’s start date applies.' }),
    customerReference: t.string(),
  }),
});
const ChangeOrderInput = builder.inputType('ChangeOrderInput', {
  fields: (t) => ({
    name: t.string(),
    description: t.string(),
    statusCode: t.int(),
    estimatedAmount: t.field({ type: 'Money' }),
  }),
});
const ProjectStatusInput = builder.inputType('CreateProjectStatusInput', {
  fields: (t) => ({ code: t.int({ required: true }), name: t.string({ required: true }) }),
});

const CLEARABLE = ['contactId', 'customerReference', 'projectManagerId', 'startDate', 'endDate', 'costCentreId', 'description', 'estimatedAmount'];
const clean = (input: Record<string, unknown>) => cleanInput(input, CLEARABLE);

builder.mutationFields((t) => ({
  createProject: t.prismaField({
    type: 'Project',
    errors: {},
    authScopes: { permission: 'PROJECT_CREATE' },
    args: { input: t.arg({ type: CreateProjectInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const id = await service.createProject(ctx.db, clean(input));
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  updateProject: t.prismaField({
    type: 'Project',
    errors: {},
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { input: t.arg({ type: UpdateProjectInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...rest } = input;
      await service.updateProject(ctx.db, id.id, clean(rest), undefined, { onStatusChanged: eventRuns(ctx.integrations, 'project.statusChanged') });
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  closeProject: t.prismaField({
    type: 'Project',
    errors: {},
    description: 'Sets a finished status (90 or above): the one given, else the lowest. Its work orders and ÄTA keep theirs.',
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { id: t.arg.globalID({ for: ProjectRef, required: true }), statusCode: t.arg.int() },
    resolve: async (query, _r, { id, statusCode }, ctx) => {
      await service.closeProject(ctx.db, id.id, statusCode, undefined, { onStatusChanged: eventRuns(ctx.integrations, 'project.statusChanged') });
      return ctx.db.project.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  createWorkOrder: t.prismaField({
    type: 'WorkOrder',
    errors: {},
    description: 'Adds a work order (AO), numbered next within the project.',
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { projectId: t.arg.globalID({ for: ProjectRef, required: true }), input: t.arg({ type: WorkOrderInput, required: true }) },
    resolve: async (query, _r, { projectId, input }, ctx) => {
      const w = await service.createWorkOrder(ctx.db, projectId.id, clean(input));
      return ctx.db.workOrder.findUniqueOrThrow({ ...query, where: { id: w.id } });
    },
  }),
  updateWorkOrder: t.prismaField({
    type: 'WorkOrder',
    errors: {},
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { id: t.arg.globalID({ for: WorkOrderRef, required: true }), input: t.arg({ type: WorkOrderInput, required: true }) },
    resolve: async (query, _r, { id, input }, ctx) => {
      await service.updateWorkOrder(ctx.db, id.id, clean(input));
      return ctx.db.workOrder.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  closeWorkOrder: t.prismaField({
    type: 'WorkOrder',
    errors: {},
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { id: t.arg.globalID({ for: WorkOrderRef, required: true }), statusCode: t.arg.int() },
    resolve: async (query, _r, { id, statusCode }, ctx) => {
      await service.closeWorkOrder(ctx.db, id.id, statusCode);
      return ctx.db.workOrder.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  createChangeOrder: t.prismaField({
    type: 'ChangeOrder',
    errors: {},
    description: 'Adds a change order (ÄTA), numbered Ä001, Ä002, … within the project.',
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { projectId: t.arg.globalID({ for: ProjectRef, required: true }), input: t.arg({ type: ChangeOrderInput, required: true }) },
    resolve: async (query, _r, { projectId, input }, ctx) => {
      const c = await service.createChangeOrder(ctx.db, projectId.id, clean(input));
      return ctx.db.changeOrder.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  updateChangeOrder: t.prismaField({
    type: 'ChangeOrder',
    errors: {},
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { id: t.arg.globalID({ for: ChangeOrderRef, required: true }), input: t.arg({ type: ChangeOrderInput, required: true }) },
    resolve: async (query, _r, { id, input }, ctx) => {
      await service.updateChangeOrder(ctx.db, id.id, clean(input));
      return ctx.db.changeOrder.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  closeChangeOrder: t.prismaField({
    type: 'ChangeOrder',
    errors: {},
    authScopes: { permission: 'PROJECT_EDIT' },
    args: { id: t.arg.globalID({ for: ChangeOrderRef, required: true }), statusCode: t.arg.int() },
    resolve: async (query, _r, { id, statusCode }, ctx) => {
      await service.closeChangeOrder(ctx.db, id.id, statusCode);
      return ctx.db.changeOrder.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  createProjectStatus: t.prismaField({
    type: 'ProjectStatus',
    errors: {},
    authScopes: { permission: 'ADMIN_PROJECT_STATUSES' },
    args: { input: t.arg({ type: ProjectStatusInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const s = await service.createProjectStatus(ctx.db, input);
      return ctx.db.projectStatus.findUniqueOrThrow({ ...query, where: { id: s.id } });
    },
  }),
  renameProjectStatus: t.prismaField({
    type: 'ProjectStatus',
    errors: {},
    description: 'Renames a status; the code is its identity and never changes.',
    authScopes: { permission: 'ADMIN_PROJECT_STATUSES' },
    args: { id: t.arg.globalID({ for: ProjectStatusRef, required: true }), name: t.arg.string({ required: true }) },
    resolve: async (query, _r, { id, name }, ctx) => {
      await service.updateProjectStatus(ctx.db, { id: id.id, name });
      return ctx.db.projectStatus.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  deleteProjectStatus: t.field({
    type: 'ID',
    errors: {},
    description: 'Deletes a status no project, work order or ÄTA uses. Returns its id.',
    authScopes: { permission: 'ADMIN_PROJECT_STATUSES' },
    args: { id: t.arg.globalID({ for: ProjectStatusRef, required: true }) },
    resolve: async (_r, { id }, ctx) => {
      await service.deleteProjectStatus(ctx.db, id.id);
      return encodeGlobalID('ProjectStatus', id.id);
    },
  }),
}));
