// Users, groups and API tokens of the acting company (all through the tenant-scoped client).
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import type { Permission } from '../../generated/prisma/enums.js';
import { scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../errors.js';
import { parseInput, requiredText } from '../validation.js';
import { ALL_PERMISSIONS } from './permissions.js';
import { generateApiToken } from './tokens.js';
import { assertStaffUser } from './staff.js';
import type { AuthenticatedUser } from '../../graphql/context.js';

const signature = z
  .string({ error: 'Signature is required.' })
  .trim()
  .min(1, 'Signature is required.')
  .max(10, 'At most 10 characters.')
  .regex(/^[\p{L}\p{N}._-]+$/u, { message: 'Letters, digits, dot, dash and underscore only.' });
const email = z
  .string({ error: 'E-mail is required.' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Not a valid e-mail address.' }));
const ids = z.array(z.string()).max(100);

const createUserSchema = z.object({
  name: requiredText(100, 'Name'),
  email,
  signature,
  groupIds: ids.default([]),
});
const updateUserSchema = z.object({
  id: z.string(),
  name: requiredText(100, 'Name').optional(),
  email: email.optional(),
  signature: signature.optional(),
  active: z.boolean().optional(),
  groupIds: ids.optional(),
});
const permissionList = z.array(z.enum(ALL_PERMISSIONS as [Permission, ...Permission[]])).max(ALL_PERMISSIONS.length);
const createGroupSchema = z.object({ name: requiredText(100, 'Name'), permissions: permissionList.default([]) });
const updateGroupSchema = z.object({ id: z.string(), name: requiredText(100, 'Name').optional(), permissions: permissionList.optional() });

function userConflict(err: unknown): never {
  if (isUniqueViolationOn(err, 'email')) throw new ConflictError('ALREADY_EXISTS', 'Another user has this e-mail address.', 'email');
  if (isUniqueViolationOn(err, 'signature')) throw new ConflictError('ALREADY_EXISTS', 'Another user has this signature.', 'signature');
  throw err;
}

async function assertGroupsExist(tx: TenantClient, groupIds: string[]): Promise<void> {
  const found = await tx.group.findMany({ where: { id: { in: groupIds } }, select: { id: true } });
  const known = new Set(found.map((g) => g.id));
  const issues = groupIds
    .map((id, i) => ({ id, i }))
    .filter(({ id }) => !known.has(id))
    .map(({ i }) => ({ path: `groupIds.${i}`, code: 'not_found', message: 'No such group.' }));
  if (issues.length) throw new ValidationError(issues);
}

/** Refuses a change that would leave the company without an active user who can manage users. */
async function assertAdministratorRemains(tx: TenantClient): Promise<void> {
  const n = await tx.user.count({
    where: { active: true, groups: { some: { group: { permissions: { has: 'ADMIN_USERS' } } } } },
  });
  if (n === 0) {
    throw new ConflictError('INVALID_STATE', 'At least one active user must keep the permission to manage users.');
  }
}

async function setGroups(tx: TenantClient, userId: string, groupIds: string[]): Promise<void> {
  await assertGroupsExist(tx, groupIds);
  // A customer user is in no group (their rights are set with setCustomerUserRights).
  if (groupIds.length) await assertStaffUser(tx, userId, 'groupIds');
  await tx.userGroup.deleteMany({ where: { userId, groupId: { notIn: groupIds } } });
  const existing = await tx.userGroup.findMany({ where: { userId }, select: { groupId: true } });
  const have = new Set(existing.map((e) => e.groupId));
  const add = [...new Set(groupIds)].filter((g) => !have.has(g));
  if (add.length) {
    await tx.userGroup.createMany({ data: add.map((groupId) => scoped<Prisma.UserGroupCreateManyInput>({ userId, groupId })) });
  }
}

export async function createUser(db: TenantDb, input: unknown) {
  const v = parseInput(createUserSchema, input);
  return db.$transaction(async (tx) => {
    const user = await tx.user
      .create({ data: scoped<Prisma.UserUncheckedCreateInput>({ name: v.name, email: v.email, signature: v.signature }) })
      .catch(userConflict);
    await setGroups(tx, user.id, v.groupIds);
    return user;
  });
}

export async function updateUser(db: TenantDb, input: unknown) {
  const v = parseInput(updateUserSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { id: v.id } });
    if (!existing) throw new NotFoundError('User', 'No such user.', 'id');
    const user = await tx.user
      .update({ where: { id: v.id }, data: { name: v.name, email: v.email, signature: v.signature, active: v.active } })
      .catch(userConflict);
    if (v.groupIds) await setGroups(tx, user.id, v.groupIds);
    if (v.groupIds || v.active === false) await assertAdministratorRemains(tx);
    // A deactivated user's sessions end at once (their access tokens are refused anyway).
    if (v.active === false) {
      await tx.session.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: new Date(), revokedReason: 'DEACTIVATED' } });
    }
    return user;
  });
}

export async function createGroup(db: TenantDb, input: unknown) {
  const v = parseInput(createGroupSchema, input);
  return db.group.create({ data: scoped<Prisma.GroupUncheckedCreateInput>({ name: v.name, permissions: [...new Set(v.permissions)] }) }).catch((err) => {
    if (isUniqueViolationOn(err, 'name')) throw new ConflictError('ALREADY_EXISTS', 'A group with this name exists.', 'name');
    throw err;
  });
}

export async function updateGroup(db: TenantDb, input: unknown) {
  const v = parseInput(updateGroupSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await tx.group.findUnique({ where: { id: v.id } });
    if (!existing) throw new NotFoundError('Group', 'No such group.', 'id');
    const group = await tx.group
      .update({
        where: { id: v.id },
        data: { name: v.name, permissions: v.permissions ? [...new Set(v.permissions)] : undefined },
      })
      .catch((err) => {
        if (isUniqueViolationOn(err, 'name')) throw new ConflictError('ALREADY_EXISTS', 'A group with this name exists.', 'name');
        throw err;
      });
    if (v.permissions) await assertAdministratorRemains(tx);
    return group;
  });
}

export async function deleteGroup(db: TenantDb, id: string) {
  return db.$transaction(async (tx) => {
    const existing = await tx.group.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Group', 'No such group.', 'id');
    await tx.group.delete({ where: { id } });
    await assertAdministratorRemains(tx);
    return existing;
  });
}

const createTokenSchema = z.object({
  name: requiredText(100, 'Name'),
  userId: z.string().nullish(),
  expiresAt: z.date().nullish(),
});

/** Creates a token; the plain token is returned once and never stored. */
export async function createApiToken(db: TenantDb, auth: AuthenticatedUser, input: unknown, now = new Date()) {
  const v = parseInput(createTokenSchema, input);
  const userId = v.userId ?? auth.actor.userId;
  if (userId !== auth.actor.userId && !auth.permissions.has('ADMIN_USERS')) {
    throw new ForbiddenError('Only administrators may create tokens for other users.', 'ADMIN_USERS');
  }
  if (v.expiresAt && v.expiresAt <= now) throw ValidationError.single('expiresAt', 'in_past', 'The expiry must be in the future.');
  return insertApiToken(db, userId, v.name, v.expiresAt ?? null);
}

/**
 * Issues a token for a user of the company on the command line's authority (`npm run token`,
 * e.g. for a lost administrator token): there is no acting user, so no permission is checked;
 * the user must exist and be active. The plain token is returned once and never stored.
 */
export async function issueApiTokenForUser(db: TenantDb, input: unknown) {
  const v = parseInput(createTokenSchema.extend({ userId: z.string() }), input);
  return insertApiToken(db, v.userId, v.name, null);
}

async function insertApiToken(db: TenantDb, userId: string, name: string, expiresAt: Date | null) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId } });
    if (!user) throw new NotFoundError('User', 'No such user.', 'userId');
    if (!user.active) throw new ConflictError('INACTIVE', 'The user is inactive.', 'userId');
    // A customer user holds no API tokens (only login sessions, for their portal).
    if (user.customerId) throw ValidationError.single('userId', 'customer_user', 'A customer user cannot hold API tokens.');
    const t = generateApiToken();
    const apiToken = await tx.apiToken.create({
      data: scoped<Prisma.ApiTokenUncheckedCreateInput>({
        userId,
        name,
        tokenHash: t.hash,
        tokenPrefix: t.displayPrefix,
        expiresAt,
      }),
    });
    return { token: t.token, apiToken };
  });
}

export async function revokeApiToken(db: TenantDb, auth: AuthenticatedUser, id: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id } });
    if (!token) throw new NotFoundError('ApiToken', 'No such token.', 'id');
    if (token.userId !== auth.actor.userId && !auth.permissions.has('ADMIN_USERS')) {
      throw new ForbiddenError('Only administrators may revoke other users’ tokens.', 'ADMIN_USERS');
    }
    if (token.revokedAt) return token;
    return tx.apiToken.update({ where: { id }, data: { revokedAt: now, revokedBy: auth.actor.signature } });
  });
}
