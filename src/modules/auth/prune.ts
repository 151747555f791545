// The daily pruning of the login data, across companies (a maintenance job with no tenant, handed
// to the run engine's daily prune beside the sync module's tombstones): sessions that ended more
// than the retention ago (their refresh tokens go with them), spent login challenges and
// invitations, and expired password-reset tokens. One statement per table, each bounded by the
// connection's statement timeout; the rows chosen are the ones the rules in login-rules.ts name.
// The rate-limit buckets are not pruned here: rate-limiter-flexible deletes its expired rows itself.
import type { PrismaClient } from '../../generated/prisma/client.js';
import { loginPruneCutoffs } from './login-rules.js';

export interface LoginPruneResult {
  sessions: number;
  challenges: number;
  invites: number;
  resetTokens: number;
  /** Rows deleted or cleared in all. */
  total: number;
}

/** Deletes (clears) the login data past its retention; the counts. */
export async function pruneLoginData(prisma: PrismaClient, sessionRetentionDays: number, now = new Date()): Promise<LoginPruneResult> {
  const c = loginPruneCutoffs(now, sessionRetentionDays);
  // sessionPrunable: a revoked session by its revocation, any other by its refresh expiry. The
  // session's refresh tokens (current and rotated) go with it (ON DELETE CASCADE).
  const sessions = await prisma.session.deleteMany({
    where: {
      OR: [{ revokedAt: { lt: c.sessionsEndedBefore } }, { revokedAt: null, refreshExpiresAt: { lt: c.sessionsEndedBefore } }],
    },
  });
  // spentCredentialPrunable, for challenges and invitations.
  const challenges = await prisma.loginChallenge.deleteMany({
    where: { OR: [{ expiresAt: { lt: c.spentBefore } }, { usedAt: { lt: c.spentBefore } }] },
  });
  const invites = await prisma.invite.deleteMany({
    where: { OR: [{ expiresAt: { lt: c.spentBefore } }, { acceptedAt: { lt: c.spentBefore } }] },
  });
  // resetTokenClearable: an expired link can no longer be used; its hash and expiry are cleared.
  const resets = await prisma.user.updateMany({
    where: { resetExpiresAt: { lt: c.resetExpiredBefore } },
    data: { resetTokenHash: null, resetExpiresAt: null },
  });
  const r = { sessions: sessions.count, challenges: challenges.count, invites: invites.count, resetTokens: resets.count };
  return { ...r, total: r.sessions + r.challenges + r.invites + r.resetTokens };
}
