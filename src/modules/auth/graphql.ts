// GraphQL: the acting user, users, groups, permissions and API tokens.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import { auditFields } from '../../graphql/audit.js';
import { actorOf } from '../../graphql/context.js';
import { ALL_PERMISSIONS, PERMISSION_DESCRIPTIONS, type Permission } from './permissions.js';
import * as service from './service.js';

export const PermissionEnum = builder.enumType('Permission', {
  values: Object.fromEntries(ALL_PERMISSIONS.map((p) => [p, { description: PERMISSION_DESCRIPTIONS[p] }])) as Record<Permission, { description: string }>,
});

export const UserRef = builder.prismaNode('User', {
  id: { field: 'id' },
  // A node of another company, or one the user may not see, resolves to null, not an error.
  nullable: true,
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    email: t.exposeString('email'),
    signature: t.exposeString('signature', { description: 'Initials recorded on what the user creates or changes.' }),
    active: t.exposeBoolean('active'),
    permissions: t.field({
      type: [PermissionEnum],
      description: 'Everything the user may do: the union of their groups’ permissions.',
      select: { groups: { select: { group: { select: { permissions: true } } } } },
      resolve: (u) => [...new Set(u.groups.flatMap((g) => g.group.permissions))].sort(),
    }),
    ...auditFields(t),
  }),
});

export const GroupRef = builder.prismaNode('Group', {
  id: { field: 'id' },
  // A node of another company, or one the user may not see, resolves to null, not an error.
  nullable: true,
  authScopes: { permission: 'ADMIN_USERS' },
  fields: (t) => ({
    name: t.exposeString('name'),
    permissions: t.field({ type: [PermissionEnum], resolve: (g) => [...g.permissions].sort() }),
    ...auditFields(t),
  }),
});

export const ApiTokenRef = builder.prismaNode('ApiToken', {
  id: { field: 'id' },
  // A node of another company, or one the user may not see, resolves to null, not an error.
  nullable: true,
  authScopes: { authenticated: true },
  // A token is visible to its owner and to user administrators.
  findUnique: (id, ctx) => (ctx.permissions.has('ADMIN_USERS') ? { id } : { id, userId: ctx.auth?.actor.userId ?? '00000000-0000-0000-0000-000000000000' }),
  fields: (t) => ({
    name: t.exposeString('name'),
    tokenPrefix: t.exposeString('tokenPrefix', { description: 'The first characters of the token, to tell tokens apart.' }),
    user: t.relation('user'),
    lastUsedAt: t.expose('lastUsedAt', { type: 'DateTime', nullable: true }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
    revokedBy: t.exposeString('revokedBy', { nullable: true }),
    active: t.boolean({ resolve: (tok) => !tok.revokedAt && (!tok.expiresAt || tok.expiresAt > new Date()) }),
    ...auditFields(t),
  }),
});

// Declared after both types to break the User ↔ Group type cycle.
builder.prismaObjectFields('User', (t) => ({
  groups: t.field({
    type: [GroupRef],
    select: { groups: { select: { group: true }, orderBy: { group: { name: 'asc' } } } },
    resolve: (u) => u.groups.map((g) => g.group),
  }),
}));
builder.prismaObjectFields('Group', (t) => ({
  members: t.field({
    type: [UserRef],
    select: { members: { select: { user: true } } },
    resolve: (g) => g.members.map((m) => m.user),
  }),
}));

const PermissionInfo = builder.objectRef<Permission>('PermissionInfo').implement({
  fields: (t) => ({
    permission: t.field({ type: PermissionEnum, resolve: (p) => p }),
    description: t.string({ resolve: (p) => PERMISSION_DESCRIPTIONS[p] }),
  }),
});

builder.queryFields((t) => ({
  me: t.prismaField({
    type: 'User',
    authScopes: { authenticated: true },
    description: 'The user the API token belongs to.',
    resolve: (query, _root, _args, ctx) => ctx.db.user.findUniqueOrThrow({ ...query, where: { id: actorOf(ctx).userId } }),
  }),
  users: t.prismaConnection({
    type: 'User',
    cursor: 'id',
    authScopes: { authenticated: true },
    args: { includeInactive: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.user.findMany({
        ...query,
        where: args.includeInactive ? {} : { active: true },
        orderBy: [{ name: 'asc' }, { id: 'asc' }],
      }),
  }),
  groups: t.prismaField({
    type: ['Group'],
    authScopes: { permission: 'ADMIN_USERS' },
    resolve: (query, _root, _args, ctx) => ctx.db.group.findMany({ ...query, orderBy: { name: 'asc' } }),
  }),
  permissions: t.field({
    type: [PermissionInfo],
    authScopes: { authenticated: true },
    description: 'Every permission a group can grant, with what it allows.',
    resolve: () => ALL_PERMISSIONS,
  }),
  apiTokens: t.prismaField({
    type: ['ApiToken'],
    authScopes: { authenticated: true },
    description: 'Your own tokens; user administrators see every token of the company.',
    args: { includeRevoked: t.arg.boolean({ defaultValue: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.db.apiToken.findMany({
        ...query,
        where: {
          ...(ctx.permissions.has('ADMIN_USERS') ? {} : { userId: actorOf(ctx).userId }),
          ...(args.includeRevoked ? {} : { revokedAt: null }),
        },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
}));

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    email: t.string({ required: true }),
    signature: t.string({ required: true, description: 'Initials, unique in the company.' }),
    groupIds: t.globalIDList({ for: GroupRef }),
  }),
});
const UpdateUserInput = builder.inputType('UpdateUserInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: UserRef }),
    name: t.string(),
    email: t.string(),
    signature: t.string(),
    active: t.boolean(),
    groupIds: t.globalIDList({ for: GroupRef, description: 'Replaces the user’s groups.' }),
  }),
});
const CreateGroupInput = builder.inputType('CreateGroupInput', {
  fields: (t) => ({ name: t.string({ required: true }), permissions: t.field({ type: [PermissionEnum] }) }),
});
const UpdateGroupInput = builder.inputType('UpdateGroupInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: GroupRef }),
    name: t.string(),
    permissions: t.field({ type: [PermissionEnum], description: 'Replaces the group’s permissions.' }),
  }),
});
const CreateApiTokenInput = builder.inputType('CreateApiTokenInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    userId: t.globalID({ for: UserRef, description: 'Whose token; default yourself. Others need ADMIN_USERS.' }),
    expiresAt: t.field({ type: 'DateTime' }),
  }),
});

const NewApiToken = builder.objectRef<{ token: string; apiToken: { id: string } }>('NewApiToken').implement({
  fields: (t) => ({
    token: t.exposeString('token', { description: 'The token itself. Shown this once; store it safely.' }),
    apiToken: t.prismaField({
      type: 'ApiToken',
      resolve: (query, p, _a, ctx) => ctx.db.apiToken.findUniqueOrThrow({ ...query, where: { id: p.apiToken.id } }),
    }),
  }),
});

const ids = (list: readonly { id: string }[] | null | undefined) => list?.map((g) => g.id);

builder.mutationFields((t) => ({
  createUser: t.prismaField({
    type: 'User',
    errors: {},
    authScopes: { permission: 'ADMIN_USERS' },
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const u = await service.createUser(ctx.db, { ...input, groupIds: ids(input.groupIds) });
      return ctx.db.user.findUniqueOrThrow({ ...query, where: { id: u.id } });
    },
  }),
  updateUser: t.prismaField({
    type: 'User',
    errors: {},
    authScopes: { permission: 'ADMIN_USERS' },
    args: { input: t.arg({ type: UpdateUserInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const u = await service.updateUser(ctx.db, {
        ...stripNulls(input),
        id: input.id.id,
        groupIds: ids(input.groupIds),
      });
      return ctx.db.user.findUniqueOrThrow({ ...query, where: { id: u.id } });
    },
  }),
  createGroup: t.prismaField({
    type: 'Group',
    errors: {},
    authScopes: { permission: 'ADMIN_USERS' },
    args: { input: t.arg({ type: CreateGroupInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const g = await service.createGroup(ctx.db, stripNulls(input));
      return ctx.db.group.findUniqueOrThrow({ ...query, where: { id: g.id } });
    },
  }),
  updateGroup: t.prismaField({
    type: 'Group',
    errors: {},
    authScopes: { permission: 'ADMIN_USERS' },
    args: { input: t.arg({ type: UpdateGroupInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const g = await service.updateGroup(ctx.db, { ...stripNulls(input), id: input.id.id });
      return ctx.db.group.findUniqueOrThrow({ ...query, where: { id: g.id } });
    },
  }),
  deleteGroup: t.field({
    type: 'ID',
    errors: {},
    description: 'Deletes a group; its members lose its permissions. Returns the deleted group’s id.',
    authScopes: { permission: 'ADMIN_USERS' },
    args: { id: t.arg.globalID({ required: true, for: GroupRef }) },
    resolve: async (_r, { id }, ctx) => {
      await service.deleteGroup(ctx.db, id.id);
      return encodeGlobalID('Group', id.id);
    },
  }),
  createApiToken: t.field({
    type: NewApiToken,
    errors: {},
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: CreateApiTokenInput, required: true }) },
    resolve: (_r, { input }, ctx) => service.createApiToken(ctx.db, ctx.auth!, { ...stripNulls(input), userId: input.userId?.id }),
  }),
  revokeApiToken: t.prismaField({
    type: 'ApiToken',
    errors: {},
    authScopes: { authenticated: true },
    args: { id: t.arg.globalID({ required: true, for: ApiTokenRef }) },
    resolve: async (query, _r, { id }, ctx) => {
      await service.revokeApiToken(ctx.db, ctx.auth!, id.id);
      return ctx.db.apiToken.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
}));

/** GraphQL null in an optional input means "not given" for these fields. */
export function stripNulls<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], null> } {
  // Object.fromEntries gives string keys; the keys are T's own, less the null values.
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null)) as { [K in keyof T]: Exclude<T[K], null> };
}
