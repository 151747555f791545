import { Permission as DbPermission } from '../../src/generated/prisma/enums.js';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  ALL_PERMISSIONS,
  customerEditScope,
  customerViewScope,
  PERMISSION_DESCRIPTIONS,
  scopeAllows,
  type CustomerScope,
  type Permission,
  type PermissionHolder,
} from '../../src/modules/auth/permissions.js';
import { bearerToken, generateApiToken, hashApiToken, LAST_USED_RESOLUTION_MS, shouldTouchLastUsed, TOKEN_PREFIX } from '../../src/modules/auth/tokens.js';

const sha256 = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('generateApiToken', () => {
  const a = generateApiToken();
  const b = generateApiToken();

  it("starts with the prefix 'npi_'", () => {
    expect(TOKEN_PREFIX).toBe('npi_');
    expect(a.token.startsWith('npi_')).toBe(true);
  });

  it('carries 32 random bytes as base64url (43 characters) after the prefix', () => {
    expect(a.token).toMatch(/^npi_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.token.slice(4), 'base64url')).toHaveLength(32);
  });

  it('two tokens differ, and so do their hashes', () => {
    expect(a.token).not.toBe(b.token);
    expect(a.hash).not.toBe(b.hash);
  });

  it('hash is the SHA-256 hex of the token', () => {
    expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.hash).toBe(sha256(a.token));
    expect(b.hash).toBe(sha256(b.token));
    expect(a.hash).toBe(hashApiToken(a.token));
  });

  it('displayPrefix is a strict prefix of the token, longer than the fixed part', () => {
    expect(a.token.startsWith(a.displayPrefix)).toBe(true);
    expect(a.displayPrefix.length).toBeLessThan(a.token.length);
    expect(a.displayPrefix.length).toBeGreaterThan(TOKEN_PREFIX.length);
    expect(a.displayPrefix).toBe(a.token.slice(0, 10));
  });
});

describe('hashApiToken', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ])('sha256(%j)', (input, expected) => {
    expect(hashApiToken(input)).toBe(expected);
  });
});

describe('bearerToken', () => {
  it.each<readonly [string | null | undefined, string | null]>([
    ['Bearer npi_abc', 'npi_abc'],
    ['bearer npi_abc', 'npi_abc'], // scheme is case-insensitive
    ['BEARER npi_abc', 'npi_abc'],
    ['BeArEr npi_abc', 'npi_abc'],
    ['Bearer    npi_abc', 'npi_abc'], // several spaces
    ['Bearer\tnpi_abc', 'npi_abc'],
    ['Bearer npi_abc   ', 'npi_abc'], // trailing spaces
    ['Bearer npi_a-b_c.d~e+f/g=', 'npi_a-b_c.d~e+f/g='],
    ['Bearer', null], // no token
    ['Bearer ', null],
    ['Bearer    ', null],
    ['Bearer a b', null], // two tokens
    ['Bearernpi_abc', null], // no space
    ['Basic x', null],
    ['Basic dXNlcjpwYXNz', null],
    ['Token npi_abc', null],
    ['npi_abc', null], // no scheme
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %j', (header, expected) => {
    expect(bearerToken(header)).toBe(expected);
  });
});

describe('shouldTouchLastUsed (at most once a minute)', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms);
  it.each<readonly [string, Date | null, boolean]>([
    ['never used', null, true],
    ['just now', ago(0), false],
    ['59 s ago', ago(59_000), false],
    ['59.999 s ago', ago(59_999), false],
    ['60 s ago', ago(60_000), true],
    ['61 s ago', ago(61_000), true],
    ['a day ago', ago(86_400_000), true],
    ['in the future (clock skew)', ago(-30_000), false],
  ])('%s → %s', (_label, lastUsedAt, expected) => {
    expect(shouldTouchLastUsed(lastUsedAt, now)).toBe(expected);
  });

  it('resolution is one minute', () => {
    expect(LAST_USED_RESOLUTION_MS).toBe(60_000);
  });
});

// ---------------------------------------------------------------------------------------------

describe('permissions', () => {
  it('every permission has a description', () => {
    expect([...ALL_PERMISSIONS].sort()).toEqual(Object.values(DbPermission).sort());
    for (const p of ALL_PERMISSIONS) expect(PERMISSION_DESCRIPTIONS[p]).toMatch(/\.$/);
  });

  const holder = (userId: string | null, ...permissions: Permission[]): PermissionHolder => ({ userId, permissions: new Set(permissions) });
  const ALL: CustomerScope = { kind: 'all' };
  const NONE: CustomerScope = { kind: 'none' };
  const MINE: CustomerScope = { kind: 'assigned', userId: 'u1' };

  it.each<readonly [string, PermissionHolder, CustomerScope]>([
    ['VIEW', holder('u1', 'CUSTOMER_VIEW'), ALL],
    ['VIEW without a user (token/system)', holder(null, 'CUSTOMER_VIEW'), ALL],
    ['VIEW wins over VIEW_ASSIGNED', holder('u1', 'CUSTOMER_VIEW_ASSIGNED', 'CUSTOMER_VIEW'), ALL],
    ['VIEW_ASSIGNED', holder('u1', 'CUSTOMER_VIEW_ASSIGNED'), MINE],
    ['VIEW_ASSIGNED needs a user', holder(null, 'CUSTOMER_VIEW_ASSIGNED'), NONE],
    ['VIEW_ASSIGNED with an empty user id', holder('', 'CUSTOMER_VIEW_ASSIGNED'), NONE],
    ['no permissions', holder('u1'), NONE],
    ['EDIT does not grant view', holder('u1', 'CUSTOMER_EDIT'), NONE],
    ['EDIT_ASSIGNED does not grant view', holder('u1', 'CUSTOMER_EDIT_ASSIGNED'), NONE],
    ['unrelated permissions', holder('u1', 'CUSTOMER_CREATE', 'ADMIN_USERS', 'ADMIN_COMPANY_SETTINGS'), NONE],
  ])('customerViewScope: %s', (_label, h, expected) => {
    expect(customerViewScope(h)).toEqual(expected);
  });

  it.each<readonly [string, PermissionHolder, CustomerScope]>([
    ['EDIT', holder('u1', 'CUSTOMER_EDIT'), ALL],
    ['EDIT without a user', holder(null, 'CUSTOMER_EDIT'), ALL],
    ['EDIT wins over EDIT_ASSIGNED', holder('u1', 'CUSTOMER_EDIT_ASSIGNED', 'CUSTOMER_EDIT'), ALL],
    ['EDIT_ASSIGNED', holder('u1', 'CUSTOMER_EDIT_ASSIGNED'), MINE],
    ['EDIT_ASSIGNED needs a user', holder(null, 'CUSTOMER_EDIT_ASSIGNED'), NONE],
    ['no permissions', holder('u1'), NONE],
    ['VIEW does not grant edit', holder('u1', 'CUSTOMER_VIEW'), NONE],
    ['VIEW_ASSIGNED does not grant edit', holder('u1', 'CUSTOMER_VIEW_ASSIGNED'), NONE],
    ['CREATE does not grant edit', holder('u1', 'CUSTOMER_CREATE', 'CUSTOMER_ASSIGN'), NONE],
  ])('customerEditScope: %s', (_label, h, expected) => {
    expect(customerEditScope(h)).toEqual(expected);
  });

  it.each<readonly [string, CustomerScope, string | null, boolean]>([
    ['all, assigned to someone', ALL, 'u2', true],
    ['all, unassigned', ALL, null, true],
    ['assigned to me', MINE, 'u1', true],
    ['assigned to someone else', MINE, 'u2', false],
    ['unassigned, assigned-only scope', MINE, null, false],
    ['none, assigned to me', NONE, 'u1', false],
    ['none, unassigned', NONE, null, false],
  ])('scopeAllows: %s → %s', (_label, scope, assignedUserId, expected) => {
    expect(scopeAllows(scope, assignedUserId)).toBe(expected);
  });
});
