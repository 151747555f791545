// Where a credential decides the tenant: an e-mail with its password, or a refresh, challenge,
// reset or invite token (each looked up by its SHA-256). These lookups run before any company is
// known, so they read through the base client; each returns the company and user it found, and
// everything written afterwards goes through that company's tenant-scoped client.
import type { PrismaClient } from '../../generated/prisma/client.js';
import { createTenantDb, type TenantDb } from '../../db/tenant.js';
import { MAX_ACCOUNTS_PER_EMAIL } from './login-rules.js';

export interface Account {
  id: string;
  companyId: string;
  email: string;
  signature: string;
  passwordHash: string | null;
  totpEnabledAt: Date | null;
}

const accountSelect = { id: true, companyId: true, email: true, signature: true, passwordHash: true, totpEnabledAt: true } as const;

/** The active accounts of a (normalised) e-mail address, in one company or in all (at most MAX_ACCOUNTS_PER_EMAIL). */
export function activeAccounts(prisma: PrismaClient, email: string, companyId: string | null): Promise<Account[]> {
  return prisma.user.findMany({
    where: { email, active: true, ...(companyId ? { companyId } : {}) },
    select: accountSelect,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: MAX_ACCOUNTS_PER_EMAIL,
  });
}

export function refreshByHash(prisma: PrismaClient, tokenHash: string) {
  return prisma.sessionRefresh.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      companyId: true,
      usedAt: true,
      session: { select: { id: true, userId: true, revokedAt: true, refreshExpiresAt: true, user: { select: { active: true, signature: true } } } },
    },
  });
}

export function challengeByHash(prisma: PrismaClient, tokenHash: string) {
  return prisma.loginChallenge.findUnique({
    where: { tokenHash },
    select: {
      id: true,
      companyId: true,
      expiresAt: true,
      usedAt: true,
      user: { select: { ...accountSelect, active: true, totpSecret: true, totpLastStep: true } },
    },
  });
}

export function resetByHash(prisma: PrismaClient, tokenHash: string) {
  return prisma.user.findUnique({
    where: { resetTokenHash: tokenHash },
    select: { id: true, companyId: true, email: true, signature: true, resetExpiresAt: true },
  });
}

export function inviteByHash(prisma: PrismaClient, tokenHash: string) {
  return prisma.invite.findUnique({ where: { tokenHash } });
}

/** The company's name (for e-mails and the company choice). */
export async function companyNames(prisma: PrismaClient, ids: readonly string[]): Promise<Map<string, string>> {
  const rows = await prisma.company.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The tenant-scoped client of the company a credential belongs to, acting as that user. */
export function tenantOf(prisma: PrismaClient, companyId: string, userId: string | null, signature: string): TenantDb {
  return createTenantDb(prisma, { companyId, userId, signature });
}

/** The lookups above bound to the base client: what the login service is given instead of the client itself. */
export function createCredentialStore(prisma: PrismaClient) {
  return {
    activeAccounts: (email: string, companyId: string | null) => activeAccounts(prisma, email, companyId),
    refreshByHash: (hash: string) => refreshByHash(prisma, hash),
    challengeByHash: (hash: string) => challengeByHash(prisma, hash),
    resetByHash: (hash: string) => resetByHash(prisma, hash),
    inviteByHash: (hash: string) => inviteByHash(prisma, hash),
    companyNames: (ids: readonly string[]) => companyNames(prisma, ids),
    tenantOf: (companyId: string, userId: string | null, signature: string) => tenantOf(prisma, companyId, userId, signature),
  };
}
export type CredentialStore = ReturnType<typeof createCredentialStore>;
