// Resolves a Bearer token to the acting user, their company and permissions. This is the
// entry point that decides the tenant, so it is the one module-level reader of the base client.
// Two kinds of bearer tokens, told apart by their prefix: API tokens (npi_) and the access tokens
// of login sessions (npa_); each is resolved in one statement.
import type { PrismaClient } from '../../generated/prisma/client.js';
import { sqlReaderOf } from '../../db/client.js';
import type { CustomerUserRight, Permission } from '../../generated/prisma/enums.js';
import type { AuthenticatedUser } from '../../graphql/context.js';
import { bearerToken, hashApiToken, shouldTouchLastUsed } from './tokens.js';
import { credentialKind } from './login-rules.js';

interface TokenRow {
  id: string;
  companyId: string;
  userId: string;
  lastUsedAt: Date | string | null;
  expiresAt: Date | string | null;
  revokedAt: Date | string | null;
  active: boolean;
  signature: string;
  customerId: string | null;
  customerRights: string[] | null;
  permissions: string[];
}

const TOKEN_SQL = `
  SELECT t."id", t."companyId", t."userId", t."lastUsedAt", t."expiresAt", t."revokedAt", u."active", u."signature",
    u."customerId", u."customerRights"::text[] AS "customerRights",
    coalesce((SELECT array_agg(DISTINCT p::text) FROM "UserGroup" ug
                JOIN "Group" g ON g."companyId" = ug."companyId" AND g."id" = ug."groupId"
                CROSS JOIN unnest(g."permissions") AS p
              WHERE ug."companyId" = t."companyId" AND ug."userId" = t."userId"), '{}') AS "permissions"
  FROM "ApiToken" t
  JOIN "User" u ON u."companyId" = t."companyId" AND u."id" = t."userId"
  WHERE t."tokenHash" = $1`;

interface SessionRow {
  id: string;
  companyId: string;
  userId: string;
  accessExpiresAt: Date | string;
  revokedAt: Date | string | null;
  active: boolean;
  signature: string;
  customerId: string | null;
  customerRights: string[] | null;
  permissions: string[];
}

const SESSION_SQL = `
  SELECT s."id", s."companyId", s."userId", s."accessExpiresAt", s."revokedAt", u."active", u."signature",
    u."customerId", u."customerRights"::text[] AS "customerRights",
    coalesce((SELECT array_agg(DISTINCT p::text) FROM "UserGroup" ug
                JOIN "Group" g ON g."companyId" = ug."companyId" AND g."id" = ug."groupId"
                CROSS JOIN unnest(g."permissions") AS p
              WHERE ug."companyId" = s."companyId" AND ug."userId" = s."userId"), '{}') AS "permissions"
  FROM "Session" s
  JOIN "User" u ON u."companyId" = s."companyId" AND u."id" = s."userId"
  WHERE s."accessHash" = $1`;

/** A login session's access token: live while the session is not revoked, the token not expired and the user active. */
async function authenticateSession(prisma: PrismaClient, token: string, now: Date): Promise<AuthenticatedUser | null> {
  const [row] = await sqlReaderOf(prisma)<SessionRow>(SESSION_SQL, [hashApiToken(token)]);
  if (!row || row.revokedAt || new Date(row.accessExpiresAt) <= now || !row.active) return null;
  return {
    actor: { companyId: row.companyId, userId: row.userId, signature: row.signature },
    permissions: new Set<Permission>(row.permissions as Permission[]),
    tokenId: row.id,
    sessionId: row.id,
    customer: customerOf(row),
  };
}

export async function authenticate(prisma: PrismaClient, authorization: string | null | undefined, now = new Date()): Promise<AuthenticatedUser | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  if (credentialKind(token) === 'access') return authenticateSession(prisma, token, now);
  // One statement (it runs before every request): the token, its user and the user's permissions.
  const [row] = await sqlReaderOf(prisma)<TokenRow>(TOKEN_SQL, [hashApiToken(token)]);
  if (!row || row.revokedAt || (row.expiresAt && new Date(row.expiresAt) <= now) || !row.active) return null;
  if (shouldTouchLastUsed(row.lastUsedAt ? new Date(row.lastUsedAt) : null, now)) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const permissions = new Set<Permission>(row.permissions as Permission[]);
  return {
    actor: { companyId: row.companyId, userId: row.userId, signature: row.signature },
    permissions,
    tokenId: row.id,
    customer: customerOf(row),
  };
}

/** A customer user's customer and rights (read with the token, so a change counts from the next request). */
function customerOf(row: { customerId: string | null; customerRights: string[] | null }): AuthenticatedUser['customer'] {
  if (!row.customerId) return null;
  return { customerId: row.customerId, rights: new Set((row.customerRights ?? []) as CustomerUserRight[]) };
}
