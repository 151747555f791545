import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import type { Permission } from '../gql/graphql.js';
import { useHarness } from '../helpers/harness.js';
import { createApp } from '../../src/app.js';
import { Permission as DbPermission } from '../../src/generated/prisma/enums.js';
import { DEFAULT_GROUPS } from '../../src/modules/companies/bootstrap.js';

const h = useHarness();

// Every permission the database knows, sorted as the API returns them.
const ALL_PERMISSIONS: Permission[] = (Object.values(DbPermission) as Permission[]).sort();
const TECHNICIAN_PERMISSIONS = [...DEFAULT_GROUPS.find((g) => g.name === 'Technicians')!.permissions].sort();

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

const Me = graphql(`
  query AuthMe {
    me {
      id
      name
      email
      signature
      active
      permissions
    }
  }
`);

const MeGroups = graphql(`
  query AuthMeGroups {
    me { id groups { id name } }
  }
`);

const Permissions = graphql(`
  query AuthPermissions {
    permissions { permission description }
  }
`);

const Users = graphql(`
  query AuthUsers($includeInactive: Boolean, $first: Int) {
    users(includeInactive: $includeInactive, first: $first) {
      edges { node { id name email signature active } }
      pageInfo { hasNextPage }
    }
  }
`);

const Groups = graphql(`
  query AuthGroups {
    groups { id name permissions members { id } }
  }
`);

const ApiTokens = graphql(`
  query AuthApiTokens($includeRevoked: Boolean) {
    apiTokens(includeRevoked: $includeRevoked) {
      id
      name
      tokenPrefix
      lastUsedAt
      expiresAt
      revokedAt
      revokedBy
      active
      createdBy
      user { id }
    }
  }
`);

const CreateApiToken = graphql(`
  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      __typename
      ... on MutationCreateApiTokenSuccess {
        data {
          token
          apiToken { id name tokenPrefix expiresAt lastUsedAt revokedAt active user { id } }
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const RevokeApiToken = graphql(`
  mutation AuthRevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      __typename
      ... on MutationRevokeApiTokenSuccess {
        data { id name revokedAt revokedBy active }
      }
      ... on Error { code message path }
      ... on ForbiddenError { permission }
    }
  }
`);

const CreateUser = graphql(`
  mutation AuthCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      __typename
      ... on MutationCreateUserSuccess {
        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const UpdateUser = graphql(`
  mutation AuthUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      __typename
      ... on MutationUpdateUserSuccess {
        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const CreateGroup = graphql(`
  mutation AuthCreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      __typename
      ... on MutationCreateGroupSuccess {
        data { id name permissions createdBy }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const UpdateGroup = graphql(`
  mutation AuthUpdateGroup($input: UpdateGroupInput!) {
    updateGroup(input: $input) {
      __typename
      ... on MutationUpdateGroupSuccess {
        data { id name permissions members { id } }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const DeleteGroup = graphql(`
  mutation AuthDeleteGroup($id: ID!) {
    deleteGroup(id: $id) {
      __typename
      ... on MutationDeleteGroupSuccess { data }
      ... on Error { code message path }
      ... on ForbiddenError { permission }
    }
  }
`);

// ---- helpers -------------------------------------------------------------------------------

async function me(token: string) {
  return (await h.data(Me, {}, token)).me;
}

async function groupByName(token: string, name: string) {
  const g = (await h.data(Groups, {}, token)).groups.find((x) => x.name === name);
  if (!g) throw new Error(`No group ${name}`);
  return g;
}

async function newToken(token: string, input: { name: string; userId?: string; expiresAt?: string }) {
  const r = await h.data(CreateApiToken, { input }, token);
  if (r.createApiToken.__typename !== 'MutationCreateApiTokenSuccess') {
    throw new Error(`createApiToken failed: ${JSON.stringify(r.createApiToken)}`);
  }
  return r.createApiToken.data;
}

async function newGroup(token: string, name: string, permissions: Permission[]) {
  const r = await h.data(CreateGroup, { input: { name, permissions } }, token);
  if (r.createGroup.__typename !== 'MutationCreateGroupSuccess') throw new Error(`createGroup failed: ${JSON.stringify(r.createGroup)}`);
  return r.createGroup.data;
}

async function newUser(token: string, input: { name: string; email: string; signature: string; groupIds?: string[] }) {
  const r = await h.data(CreateUser, { input }, token);
  if (r.createUser.__typename !== 'MutationCreateUserSuccess') throw new Error(`createUser failed: ${JSON.stringify(r.createUser)}`);
  return r.createUser.data;
}

async function expectUnauthenticated(token: string | null) {
  const r = await h.exec(Me, {}, token);
  expect(r.data ?? null).toBeNull();
  expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
}

async function usersWithEmail(companyId: string, email: string) {
  return h.prisma.user.count({ where: { companyId, email } });
}

// ---- API tokens ----------------------------------------------------------------------------

describe('API tokens', () => {
  it('returns the plain token once, stores only its SHA-256 hash, and the token authenticates', async () => {
    const c = await h.company();
    const admin = await me(c.adminToken);
    const created = await newToken(c.adminToken, { name: 'CI' });

    expect(created.token).toMatch(/^npi_[A-Za-z0-9_-]{43}$/);
    expect(created.apiToken).toMatchObject({ name: 'CI', active: true, revokedAt: null, expiresAt: null, lastUsedAt: null });
    expect(created.apiToken.user.id).toBe(admin.id);
    expect(created.apiToken.tokenPrefix).toBe(created.token.slice(0, 10));

    // Stored hashed: no stored row contains the plain token anywhere.
    const rows = await h.prisma.apiToken.findMany();
    for (const row of rows) {
      expect(JSON.stringify(row)).not.toContain(created.token);
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    }
    const stored = await h.prisma.apiToken.findUnique({ where: { tokenHash: sha256(created.token) } });
    expect(stored).toMatchObject({ companyId: c.companyId, userId: c.adminUserId, name: 'CI', tokenPrefix: created.token.slice(0, 10) });
    expect(stored?.tokenHash).toBe(sha256(created.token));

    // Works as a Bearer token, acting as its owner.
    expect((await me(created.token)).id).toBe(admin.id);
  });

  it('lists tokens without any secret and sets lastUsedAt once a token is used', async () => {
    const c = await h.company();
    const created = await newToken(c.adminToken, { name: 'Reporting' });
    const hash = sha256(created.token);
    expect((await h.prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hash } })).lastUsedAt).toBeNull();

    const before = Date.now();
    await me(created.token);
    const used = await h.prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hash } });
    expect(used.lastUsedAt).not.toBeNull();
    expect(used.lastUsedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);

    const r = await h.exec(ApiTokens, {}, c.adminToken);
    expect(r.errors).toBeUndefined();
    const listed = r.data!.apiTokens.find((t) => t.id === created.apiToken.id);
    expect(listed).toMatchObject({ name: 'Reporting', tokenPrefix: created.token.slice(0, 10), active: true, revokedAt: null });
    expect(listed?.lastUsedAt).not.toBeNull();
    expect(Object.keys(listed!).sort()).toEqual(
      ['active', 'createdBy', 'expiresAt', 'id', 'lastUsedAt', 'name', 'revokedAt', 'revokedBy', 'tokenPrefix', 'user'].sort(),
    );
    // Neither the token nor its hash appears in the listing.
    const json = JSON.stringify(r);
    expect(json).not.toContain(created.token);
    expect(json).not.toContain(hash);
    expect(json).not.toContain(sha256(c.adminToken));
  });

  it('revokes a token: it no longer authenticates and records when and by whom', async () => {
    const c = await h.company();
    const admin = await me(c.adminToken);
    const created = await newToken(c.adminToken, { name: 'Old laptop' });
    expect((await me(created.token)).id).toBe(admin.id);

    const r = await h.data(RevokeApiToken, { id: created.apiToken.id }, c.adminToken);
    expect(r.revokeApiToken.__typename).toBe('MutationRevokeApiTokenSuccess');
    if (r.revokeApiToken.__typename !== 'MutationRevokeApiTokenSuccess') return;
    expect(r.revokeApiToken.data).toMatchObject({ id: created.apiToken.id, active: false, revokedBy: admin.signature });
    expect(r.revokeApiToken.data.revokedAt).not.toBeNull();

    await expectUnauthenticated(created.token);

    const stored = await h.prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: sha256(created.token) } });
    expect(stored.revokedAt).toBeInstanceOf(Date);
    expect(stored.revokedBy).toBe(admin.signature);

    // Hidden from the default list, shown with includeRevoked.
    const active = await h.data(ApiTokens, {}, c.adminToken);
    expect(active.apiTokens.map((t) => t.id)).not.toContain(created.apiToken.id);
    const all = await h.data(ApiTokens, { includeRevoked: true }, c.adminToken);
    expect(all.apiTokens.find((t) => t.id === created.apiToken.id)).toMatchObject({ active: false, revokedBy: admin.signature });

    // The other token of the admin is untouched.
    expect((await me(c.adminToken)).id).toBe(admin.id);
  });

  it('refuses an expiry in the past with a validation error on expiresAt and creates nothing', async () => {
    const c = await h.company();
    const before = await h.prisma.apiToken.count({ where: { companyId: c.companyId } });
    const r = await h.data(CreateApiToken, { input: { name: 'Past', expiresAt: new Date(Date.now() - 60_000).toISOString() } }, c.adminToken);
    expect(r.createApiToken).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      path: 'expiresAt',
      issues: [{ path: 'expiresAt' }],
    });
    expect(await h.prisma.apiToken.count({ where: { companyId: c.companyId } })).toBe(before);
  });

  it('accepts a future expiry, and a token past its expiry no longer authenticates', async () => {
    const c = await h.company();
    const expiresAt = new Date(Date.now() + 24 * 3600_000).toISOString();
    const created = await newToken(c.adminToken, { name: 'Temporary', expiresAt });
    expect(created.apiToken.expiresAt).toBe(expiresAt);
    expect(created.apiToken.active).toBe(true);
    expect((await me(created.token)).name).toMatch(/^Admin of /);

    await h.prisma.apiToken.update({ where: { tokenHash: sha256(created.token) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectUnauthenticated(created.token);

    const all = await h.data(ApiTokens, { includeRevoked: true }, c.adminToken);
    expect(all.apiTokens.find((t) => t.id === created.apiToken.id)?.active).toBe(false);
  });

  it('does not authenticate the token of an inactive user', async () => {
    const c = await h.company();
    const u = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    const uid = (await me(u.token)).id;

    const r = await h.data(UpdateUser, { input: { id: uid, active: false } }, c.adminToken);
    expect(r.updateUser).toMatchObject({ __typename: 'MutationUpdateUserSuccess', data: { active: false } });
    await expectUnauthenticated(u.token);

    const back = await h.data(UpdateUser, { input: { id: uid, active: true } }, c.adminToken);
    expect(back.updateUser).toMatchObject({ __typename: 'MutationUpdateUserSuccess', data: { active: true } });
    expect((await me(u.token)).id).toBe(uid);
  });

  it('answers UNAUTHENTICATED without a token or with a token that is not one', async () => {
    const c = await h.company();
    await expectUnauthenticated(null);
    await expectUnauthenticated('garbage');
    await expectUnauthenticated(`npi_${'A'.repeat(43)}`);

    // Headers h.exec cannot send, through the same application.
    const app = createApp({ prisma: h.prisma, logErrors: false });
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', `Token ${c.adminToken}`]) {
      const res = await app.fetch('http://test.local/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
      expect(body.data ?? null).toBeNull();
      expect(body.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    }

    // Mutations too: nothing is created.
    const r = await h.exec(CreateGroup, { input: { name: 'Intruders' } }, null);
    expect(r.data ?? null).toBeNull();
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await h.prisma.group.count({ where: { name: 'Intruders' } })).toBe(0);
  });

  it('lets a user without ADMIN_USERS manage only their own tokens', async () => {
    const c = await h.company();
    const admin = await me(c.adminToken);
    const u = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    const self = await me(u.token);

    // Own tokens: create (implicitly and explicitly for oneself) and revoke.
    const own = await newToken(u.token, { name: 'Mine' });
    expect(own.apiToken.user.id).toBe(self.id);
    expect((await me(own.token)).id).toBe(self.id);
    const own2 = await newToken(u.token, { name: 'Mine too', userId: self.id });
    expect(own2.apiToken.user.id).toBe(self.id);
    const revoked = await h.data(RevokeApiToken, { id: own.apiToken.id }, u.token);
    expect(revoked.revokeApiToken).toMatchObject({
      __typename: 'MutationRevokeApiTokenSuccess',
      data: { id: own.apiToken.id, active: false, revokedBy: self.signature },
    });
    await expectUnauthenticated(own.token);

    // Someone else's: typed ForbiddenError naming ADMIN_USERS, nothing created.
    const tokensBefore = await h.prisma.apiToken.count({ where: { companyId: c.companyId } });
    const forOther = await h.data(CreateApiToken, { input: { name: 'Sneaky', userId: admin.id } }, u.token);
    expect(forOther.createApiToken).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', permission: 'ADMIN_USERS' });
    expect(await h.prisma.apiToken.count({ where: { companyId: c.companyId } })).toBe(tokensBefore);

    const adminTokens = await h.data(ApiTokens, {}, c.adminToken);
    const initial = adminTokens.apiTokens.find((t) => t.user.id === admin.id && t.name === 'Initial administrator token');
    expect(initial).toBeDefined();
    const revokeOther = await h.data(RevokeApiToken, { id: initial!.id }, u.token);
    expect(revokeOther.revokeApiToken).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN', permission: 'ADMIN_USERS' });
    expect((await me(c.adminToken)).id).toBe(admin.id);
    expect((await h.prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: sha256(c.adminToken) } })).revokedAt).toBeNull();

    // The listing: the user sees only their own tokens, the admin sees everybody's.
    const mine = await h.data(ApiTokens, { includeRevoked: true }, u.token);
    expect(mine.apiTokens.length).toBe(3); // the harness token, "Mine" (revoked), "Mine too"
    expect(mine.apiTokens.every((t) => t.user.id === self.id)).toBe(true);
    expect(mine.apiTokens.map((t) => t.name).sort()).toEqual(['Mine', 'Mine too', 'test']);
    const everyone = await h.data(ApiTokens, { includeRevoked: true }, c.adminToken);
    const owners = new Set(everyone.apiTokens.map((t) => t.user.id));
    expect(owners).toEqual(new Set([admin.id, self.id]));
    expect(everyone.apiTokens.length).toBe(4);
  });

  it('refuses tokens for inactive users and for users of another company', async () => {
    const c = await h.company();
    const c2 = await h.company();
    const u = await newUser(c.adminToken, { name: 'Leaver', email: 'leaver@example.com', signature: 'LE' });
    await h.data(UpdateUser, { input: { id: u.id, active: false } }, c.adminToken);
    const inactive = await h.data(CreateApiToken, { input: { name: 'x', userId: u.id } }, c.adminToken);
    expect(inactive.createApiToken).toMatchObject({ __typename: 'ConflictError', code: 'INACTIVE', path: 'userId' });

    const foreignAdmin = await me(c2.adminToken);
    const foreign = await h.data(CreateApiToken, { input: { name: 'x', userId: foreignAdmin.id } }, c.adminToken);
    expect(foreign.createApiToken).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', path: 'userId' });
    const foreignToken = (await h.data(ApiTokens, {}, c2.adminToken)).apiTokens[0]!;
    const revoke = await h.data(RevokeApiToken, { id: foreignToken.id }, c.adminToken);
    expect(revoke.revokeApiToken).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    expect((await me(c2.adminToken)).id).toBe(foreignAdmin.id);
    expect(await h.prisma.apiToken.count({ where: { companyId: c.companyId, user: { email: 'leaver@example.com' } } })).toBe(0);
  });

  it('lets an administrator create and revoke tokens of other users', async () => {
    const c = await h.company();
    const admin = await me(c.adminToken);
    const u = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    const uid = (await me(u.token)).id;

    const t = await newToken(c.adminToken, { name: 'For user', userId: uid });
    expect(t.apiToken.user.id).toBe(uid);
    expect((await me(t.token)).id).toBe(uid);

    const userTokens = await h.data(ApiTokens, {}, u.token);
    const harnessToken = userTokens.apiTokens.find((x) => x.name === 'test');
    const r = await h.data(RevokeApiToken, { id: harnessToken!.id }, c.adminToken);
    expect(r.revokeApiToken).toMatchObject({ __typename: 'MutationRevokeApiTokenSuccess', data: { active: false, revokedBy: admin.signature } });
    await expectUnauthenticated(u.token);
    expect((await me(t.token)).id).toBe(uid);
  });
});

// ---- users and groups ----------------------------------------------------------------------

describe('users and groups', () => {
  it('creates a user whose permissions are the union of their groups’', async () => {
    const c = await h.company();
    const admin = await me(c.adminToken);
    const sales = await newGroup(c.adminToken, 'Sales', ['CUSTOMER_VIEW', 'CUSTOMER_CREATE']);
    const support = await newGroup(c.adminToken, 'Support', ['CUSTOMER_VIEW', 'CUSTOMER_EDIT']);
    expect(sales).toMatchObject({ name: 'Sales', permissions: ['CUSTOMER_CREATE', 'CUSTOMER_VIEW'], createdBy: admin.signature });

    const u = await newUser(c.adminToken, {
      name: 'Eva Lind',
      email: '  Eva.Lind@Example.COM ',
      signature: 'EL',
      groupIds: [sales.id, support.id],
    });
    expect(u).toMatchObject({ name: 'Eva Lind', email: 'eva.lind@example.com', signature: 'EL', active: true });
    expect(u.permissions).toEqual(['CUSTOMER_CREATE', 'CUSTOMER_EDIT', 'CUSTOMER_VIEW']);
    expect(u.groups.map((g) => g.id).sort()).toEqual([sales.id, support.id].sort());

    // The new user can get a token (from the admin) and sees the same permissions through `me`.
    const t = await newToken(c.adminToken, { name: 'Eva', userId: u.id });
    expect(await me(t.token)).toMatchObject({ id: u.id, signature: 'EL', permissions: ['CUSTOMER_CREATE', 'CUSTOMER_EDIT', 'CUSTOMER_VIEW'] });

    // A user without groups has no permissions.
    const bare = await newUser(c.adminToken, { name: 'No Groups', email: 'none@example.com', signature: 'NG' });
    expect(bare.permissions).toEqual([]);
    expect(bare.groups).toEqual([]);
  });

  it('refuses a duplicate e-mail or signature with ALREADY_EXISTS naming the field', async () => {
    const c = await h.company();
    await newUser(c.adminToken, { name: 'Ola', email: 'ola@example.com', signature: 'OL' });

    const dupEmail = await h.data(CreateUser, { input: { name: 'Ola 2', email: 'OLA@example.com', signature: 'O2' } }, c.adminToken);
    expect(dupEmail.createUser).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'email' });
    const dupSig = await h.data(CreateUser, { input: { name: 'Ola 3', email: 'ola3@example.com', signature: 'OL' } }, c.adminToken);
    expect(dupSig.createUser).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'signature' });
    expect(await usersWithEmail(c.companyId, 'ola3@example.com')).toBe(0);

    // The same on update.
    const other = await newUser(c.adminToken, { name: 'Per', email: 'per@example.com', signature: 'PE' });
    const upd = await h.data(UpdateUser, { input: { id: other.id, email: 'ola@example.com' } }, c.adminToken);
    expect(upd.updateUser).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'email' });
    const upd2 = await h.data(UpdateUser, { input: { id: other.id, signature: 'OL' } }, c.adminToken);
    expect(upd2.updateUser).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'signature' });

    // Another company may use the same e-mail and signature.
    const c2 = await h.company();
    await newUser(c2.adminToken, { name: 'Ola', email: 'ola@example.com', signature: 'OL' });
  });

  it('refuses an invalid e-mail and an unknown group with a ValidationError, creating nothing', async () => {
    const c = await h.company();
    const bad = await h.data(CreateUser, { input: { name: 'Bad', email: 'not-an-email', signature: 'BA' } }, c.adminToken);
    expect(bad.createUser).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED', path: 'email', issues: [{ path: 'email' }] });
    expect(await usersWithEmail(c.companyId, 'not-an-email')).toBe(0);

    // A group id of another company is unknown here.
    const c2 = await h.company();
    const foreign = await groupByName(c2.adminToken, 'Office');
    const office = await groupByName(c.adminToken, 'Office');
    const r = await h.data(
      CreateUser,
      { input: { name: 'Ghost', email: 'ghost@example.com', signature: 'GH', groupIds: [office.id, foreign.id] } },
      c.adminToken,
    );
    expect(r.createUser).toMatchObject({
      __typename: 'ValidationError',
      code: 'VALIDATION_FAILED',
      issues: [{ path: 'groupIds.1', code: 'not_found' }],
    });
    expect(await usersWithEmail(c.companyId, 'ghost@example.com')).toBe(0);

    // A deleted group is unknown too, on update as well.
    const temp = await newGroup(c.adminToken, 'Temp', []);
    const u = await newUser(c.adminToken, { name: 'Kim', email: 'kim@example.com', signature: 'KI', groupIds: [office.id] });
    expect(await h.data(DeleteGroup, { id: temp.id }, c.adminToken)).toMatchObject({ deleteGroup: { __typename: 'MutationDeleteGroupSuccess' } });
    const upd = await h.data(UpdateUser, { input: { id: u.id, groupIds: [temp.id] } }, c.adminToken);
    expect(upd.updateUser).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'groupIds.0', code: 'not_found' }] });
    const after = await h.data(Users, {}, c.adminToken);
    expect(after.users.edges.find((e) => e.node.id === u.id)).toBeDefined();
    const office2 = await groupByName(c.adminToken, 'Office');
    expect(office2.members.map((m) => m.id)).toContain(u.id);
  });

  it('refuses a group id whose key is not a UUID as bad input, not as an internal error', async () => {
    const c = await h.company();
    // A global id of type Group whose key cannot exist (not a UUID).
    const bogus = Buffer.from('Group:no-such-group').toString('base64');
    const r = await h.exec(CreateUser, { input: { name: 'Bogus', email: 'bogus@example.com', signature: 'BO', groupIds: [bogus] } }, c.adminToken);
    const codes = r.errors?.map((e) => e.extensions?.code) ?? [];
    expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    if (codes.length) {
      // Rejected while decoding the arguments.
      expect(codes).toEqual(['BAD_USER_INPUT']);
    } else {
      expect(r.data?.createUser).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'groupIds.0' }] });
    }
    expect(await usersWithEmail(c.companyId, 'bogus@example.com')).toBe(0);
  });

  it('replaces a user’s groups on update', async () => {
    const c = await h.company();
    const office = await groupByName(c.adminToken, 'Office');
    const techs = await groupByName(c.adminToken, 'Technicians');
    const u = await newUser(c.adminToken, { name: 'Mia', email: 'mia@example.com', signature: 'MI', groupIds: [office.id] });
    expect(u.permissions).toEqual([...office.permissions].sort());

    const r = await h.data(UpdateUser, { input: { id: u.id, groupIds: [techs.id] } }, c.adminToken);
    expect(r.updateUser.__typename).toBe('MutationUpdateUserSuccess');
    if (r.updateUser.__typename !== 'MutationUpdateUserSuccess') return;
    expect(r.updateUser.data.groups.map((g) => g.name)).toEqual(['Technicians']);
    expect(r.updateUser.data.permissions).toEqual(TECHNICIAN_PERMISSIONS);

    // Leaving groupIds out keeps the groups; an empty list removes them all.
    const rename = await h.data(UpdateUser, { input: { id: u.id, name: 'Mia Berg' } }, c.adminToken);
    expect(rename.updateUser).toMatchObject({ data: { name: 'Mia Berg', groups: [{ name: 'Technicians' }] } });
    const none = await h.data(UpdateUser, { input: { id: u.id, groupIds: [] } }, c.adminToken);
    expect(none.updateUser).toMatchObject({ data: { groups: [], permissions: [] } });
  });

  it('creates, updates and deletes groups; members gain and lose their permissions', async () => {
    const c = await h.company();
    const g = await newGroup(c.adminToken, 'Invoicing', ['CUSTOMER_VIEW']);
    const u = await newUser(c.adminToken, { name: 'Sam', email: 'sam@example.com', signature: 'SA', groupIds: [g.id] });
    const t = await newToken(c.adminToken, { name: 'Sam', userId: u.id });
    expect((await me(t.token)).permissions).toEqual(['CUSTOMER_VIEW']);

    const upd = await h.data(
      UpdateGroup,
      { input: { id: g.id, name: 'Invoicing team', permissions: ['CUSTOMER_VIEW', 'CUSTOMER_DELETE', 'CUSTOMER_VIEW'] } },
      c.adminToken,
    );
    expect(upd.updateGroup).toMatchObject({
      __typename: 'MutationUpdateGroupSuccess',
      data: { id: g.id, name: 'Invoicing team', permissions: ['CUSTOMER_DELETE', 'CUSTOMER_VIEW'], members: [{ id: u.id }] },
    });
    expect((await me(t.token)).permissions).toEqual(['CUSTOMER_DELETE', 'CUSTOMER_VIEW']);

    const del = await h.data(DeleteGroup, { id: g.id }, c.adminToken);
    expect(del.deleteGroup).toEqual({ __typename: 'MutationDeleteGroupSuccess', data: g.id });
    const groups = await h.data(Groups, {}, c.adminToken);
    expect(groups.groups.map((x) => x.name)).toEqual(['Administrators', 'Office', 'Technicians']);
    expect((await me(t.token)).permissions).toEqual([]);

    const again = await h.data(DeleteGroup, { id: g.id }, c.adminToken);
    expect(again.deleteGroup).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });

  it('refuses a duplicate group name with ALREADY_EXISTS', async () => {
    const c = await h.company();
    const dup = await h.data(CreateGroup, { input: { name: 'Office', permissions: [] } }, c.adminToken);
    expect(dup.createGroup).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'name' });

    const g = await newGroup(c.adminToken, 'Field', ['CUSTOMER_VIEW_ASSIGNED']);
    const rename = await h.data(UpdateGroup, { input: { id: g.id, name: 'Technicians' } }, c.adminToken);
    expect(rename.updateGroup).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'name' });
    expect((await h.data(Groups, {}, c.adminToken)).groups.filter((x) => x.name === 'Technicians')).toHaveLength(1);
    expect((await groupByName(c.adminToken, 'Field')).id).toBe(g.id);
  });

  it('refuses to remove the last holder of ADMIN_USERS and changes nothing', async () => {
    const c = await h.company();
    const admin = await me(c.adminToken);
    const admins = await groupByName(c.adminToken, 'Administrators');
    const office = await groupByName(c.adminToken, 'Office');
    expect(admins.members.map((m) => m.id)).toEqual([admin.id]);

    const stillAdmin = async () => {
      const g = await groupByName(c.adminToken, 'Administrators');
      expect(g.permissions).toEqual(ALL_PERMISSIONS);
      expect(g.members.map((m) => m.id)).toEqual([admin.id]);
      expect(await me(c.adminToken)).toMatchObject({ id: admin.id, active: true, permissions: ALL_PERMISSIONS });
    };

    // Taking ADMIN_USERS away from the only admin group.
    const withoutAdmin = ALL_PERMISSIONS.filter((p) => p !== 'ADMIN_USERS');
    const r1 = await h.data(UpdateGroup, { input: { id: admins.id, name: 'Renamed', permissions: withoutAdmin } }, c.adminToken);
    expect(r1.updateGroup).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
    await stillAdmin();
    expect(await h.prisma.group.count({ where: { companyId: c.companyId, name: 'Administrators' } })).toBe(1);

    // Deactivating the only admin.
    const r2 = await h.data(UpdateUser, { input: { id: admin.id, active: false, name: 'Gone' } }, c.adminToken);
    expect(r2.updateUser).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
    await stillAdmin();
    expect((await me(c.adminToken)).name).not.toBe('Gone');

    // Moving the only admin out of the admin group.
    const r3 = await h.data(UpdateUser, { input: { id: admin.id, groupIds: [office.id] } }, c.adminToken);
    expect(r3.updateUser).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
    await stillAdmin();

    // Deleting the only admin group.
    const r4 = await h.data(DeleteGroup, { id: admins.id }, c.adminToken);
    expect(r4.deleteGroup).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
    await stillAdmin();

    // With a second active admin, the first may be deactivated.
    const second = await newUser(c.adminToken, { name: 'Second Admin', email: 'second@example.com', signature: 'SE', groupIds: [admins.id] });
    const secondToken = await newToken(c.adminToken, { name: 'Second', userId: second.id });
    const ok = await h.data(UpdateUser, { input: { id: admin.id, active: false } }, c.adminToken);
    expect(ok.updateUser).toMatchObject({ __typename: 'MutationUpdateUserSuccess', data: { active: false } });
    await expectUnauthenticated(c.adminToken);
    // …but now the second one is the last and cannot be deactivated.
    const last = await h.data(UpdateUser, { input: { id: second.id, active: false } }, secondToken.token);
    expect(last.updateUser).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
    expect((await me(secondToken.token)).active).toBe(true);
  });

  it('forbids user administration without ADMIN_USERS', async () => {
    const c = await h.company();
    const u = await h.user(c.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'ADMIN_COMPANY_SETTINGS']);
    const self = await me(u.token);
    const office = await groupByName(c.adminToken, 'Office');

    const cu = await h.data(CreateUser, { input: { name: 'X', email: 'x@example.com', signature: 'XX' } }, u.token);
    expect(cu.createUser).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await usersWithEmail(c.companyId, 'x@example.com')).toBe(0);

    const cg = await h.data(CreateGroup, { input: { name: 'Mine', permissions: ['ADMIN_USERS'] } }, u.token);
    expect(cg.createGroup).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await h.prisma.group.count({ where: { companyId: c.companyId, name: 'Mine' } })).toBe(0);

    // Not even for themselves.
    const uu = await h.data(UpdateUser, { input: { id: self.id, groupIds: [office.id] } }, u.token);
    expect(uu.updateUser).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const ug = await h.data(UpdateGroup, { input: { id: office.id, permissions: ['ADMIN_USERS'] } }, u.token);
    expect(ug.updateGroup).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    const dg = await h.data(DeleteGroup, { id: office.id }, u.token);
    expect(dg.deleteGroup).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
    expect(await groupByName(c.adminToken, 'Office')).toEqual(office);

    const gq = await h.exec(Groups, {}, u.token);
    expect(gq.data ?? null).toBeNull();
    expect(gq.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('names the missing permission ADMIN_USERS in the ForbiddenError of user administration', async () => {
    // ForbiddenError.permission: "the permission that is missing, when one permission would have allowed it".
    const c = await h.company();
    const u = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    const cu = await h.data(CreateUser, { input: { name: 'X', email: 'x@example.com', signature: 'XX' } }, u.token);
    expect(cu.createUser).toMatchObject({ __typename: 'ForbiddenError', permission: 'ADMIN_USERS' });
    const cg = await h.data(CreateGroup, { input: { name: 'Mine' } }, u.token);
    expect(cg.createGroup).toMatchObject({ __typename: 'ForbiddenError', permission: 'ADMIN_USERS' });
  });
});

// ---- me, permissions, users ----------------------------------------------------------------

describe('me, permissions and users', () => {
  it('me returns the acting user with signature and permissions', async () => {
    const c = await h.company();
    const admin = await me(c.adminToken);
    const stored = await h.prisma.user.findUniqueOrThrow({ where: { id: c.adminUserId } });
    expect(admin).toMatchObject({ name: stored.name, email: stored.email, signature: stored.signature, active: true, permissions: ALL_PERMISSIONS });
    const withGroups = await h.data(MeGroups, {}, c.adminToken);
    expect(withGroups.me.groups.map((g) => g.name)).toEqual(['Administrators']);

    const u = await h.user(c.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_CREATE'], 'Tove Test');
    const urow = await h.prisma.user.findUniqueOrThrow({ where: { id: u.userId } });
    const self = await me(u.token);
    expect(self).toMatchObject({ name: 'Tove Test', signature: urow.signature, email: urow.email, permissions: ['CUSTOMER_CREATE', 'CUSTOMER_VIEW'] });
    expect(self.id).not.toBe(admin.id);
  });

  it('lists every permission with a description', async () => {
    const c = await h.company();
    const u = await h.user(c.companyId, []);
    const r = await h.data(Permissions, {}, u.token);
    expect(r.permissions.map((p) => p.permission).sort()).toEqual(ALL_PERMISSIONS);
    for (const p of r.permissions) expect(p.description.length).toBeGreaterThan(5);
    expect(r.permissions.find((p) => p.permission === 'ADMIN_USERS')?.description).toMatch(/manage users/i);
    const anon = await h.exec(Permissions, {}, null);
    expect(anon.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('users is a connection of the company’s active users, inactive ones on request', async () => {
    const c = await h.company();
    const other = await h.company();
    const admin = await me(c.adminToken);
    const a = await newUser(c.adminToken, { name: 'Anna', email: 'anna@example.com', signature: 'AN' });
    const b = await newUser(c.adminToken, { name: 'Bertil', email: 'bertil@example.com', signature: 'BE' });
    const d = await h.data(UpdateUser, { input: { id: b.id, active: false } }, c.adminToken);
    expect(d.updateUser.__typename).toBe('MutationUpdateUserSuccess');

    const active = await h.data(Users, {}, c.adminToken);
    // Ordered by name: "Admin of …" before "Anna".
    expect(active.users.edges.map((e) => e.node.id)).toEqual([admin.id, a.id]);
    expect(active.users.edges.every((e) => e.node.active)).toBe(true);

    const all = await h.data(Users, { includeInactive: true }, c.adminToken);
    expect(all.users.edges.map((e) => e.node.name).sort()).toEqual(['Anna', 'Bertil', admin.name].sort());
    expect(all.users.edges.find((e) => e.node.id === b.id)?.node.active).toBe(false);

    // Paged, and any authenticated user of the company may list users.
    const u = await h.user(c.companyId, []);
    const page = await h.data(Users, { first: 1 }, u.token);
    expect(page.users.edges).toHaveLength(1);
    expect(page.users.pageInfo.hasNextPage).toBe(true);

    // Another company's users are not visible.
    const foreign = await h.data(Users, { includeInactive: true }, other.adminToken);
    const ids = foreign.users.edges.map((e) => e.node.id);
    expect(ids).not.toContain(a.id);
    expect(ids).not.toContain(admin.id);
  });
});

// ---- audit ---------------------------------------------------------------------------------

describe('audit', () => {
  it('records the creating and the last modifying administrator’s signatures', async () => {
    const c = await h.company();
    const admin = await me(c.adminToken);
    const created = await newUser(c.adminToken, { name: 'Audited', email: 'audited@example.com', signature: 'AU' });
    expect(created).toMatchObject({ createdBy: admin.signature, modifiedBy: admin.signature });

    const second = await h.user(c.companyId, ['ADMIN_USERS']);
    const secondMe = await me(second.token);
    expect(secondMe.signature).not.toBe(admin.signature);
    const r = await h.data(UpdateUser, { input: { id: created.id, name: 'Audited Again' } }, second.token);
    expect(r.updateUser.__typename).toBe('MutationUpdateUserSuccess');
    if (r.updateUser.__typename !== 'MutationUpdateUserSuccess') return;
    expect(r.updateUser.data).toMatchObject({ name: 'Audited Again', createdBy: admin.signature, modifiedBy: secondMe.signature });
    expect(new Date(r.updateUser.data.modifiedAt).getTime()).toBeGreaterThanOrEqual(new Date(created.modifiedAt).getTime());
    expect(r.updateUser.data.createdAt).toBe(created.createdAt);

    const row = await h.prisma.user.findFirstOrThrow({ where: { companyId: c.companyId, email: 'audited@example.com' } });
    expect(row).toMatchObject({ createdBy: admin.signature, updatedBy: secondMe.signature });
  });
});
