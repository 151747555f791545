// Resolves a Bearer token to the acting user, their company and permissions. This is the
// entry point that decides the tenant, so it is the one module-level reader of the base client.
import type { PrismaClient } from '../../generated/prisma/client.js';
import type { Permission } from '../../generated/prisma/enums.js';
import type { AuthenticatedUser } from '../../graphql/context.js';
import { bearerToken, hashApiToken, shouldTouchLastUsed } from './tokens.js';

export async function authenticate(
  prisma: PrismaClient,
  authorization: string | null | undefined,
  now = new Date(),
): Promise<AuthenticatedUser | null> {
  const token = bearerToken(authorization);
  if (!token) return null;
  const row = await prisma.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    include: { user: { include: { groups: { include: { group: { select: { permissions: true } } } } } } },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now) || !row.user.active) return null;
  if (shouldTouchLastUsed(row.lastUsedAt, now)) {
    await prisma.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  const permissions = new Set<Permission>(row.user.groups.flatMap((ug) => ug.group.permissions));
  return {
    actor: { companyId: row.companyId, userId: row.userId, signature: row.user.signature },
    permissions,
    tokenId: row.id,
  };
}
