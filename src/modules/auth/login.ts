// Logging in: passwords, sessions (access and rotating refresh tokens), TOTP, password reset and
// invitations. A credential (an e-mail with its password, or a token) decides the company
// (credentials.ts); everything after that goes through that company's tenant-scoped client.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import type { CustomerUserRight } from '../../generated/prisma/enums.js';
import { lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import type { AuthenticatedUser } from '../../graphql/context.js';
import { parseInput, requiredText } from '../validation.js';
import type { Account, CredentialStore } from './credentials.js';
import { InvalidCredentialsError } from './errors.js';
import { accountKey, forgive, type LoginLimiters, spend } from './lockout.js';
import {
  CREDENTIAL_PREFIXES,
  customerInviteMail,
  EMAIL_MAX_LENGTH,
  loginOutcome,
  type MatchedAccount,
  normaliseEmail,
  passwordIssue,
  plausibleCredential,
  refreshDecision,
  sessionExpiries,
  signatureCandidates,
} from './login-rules.js';
import { hashPassword, needsRehash, verifyPassword } from './passwords.js';
import { generateSecret, hashApiToken } from './tokens.js';
import { hashRecoveryCode, newRecoveryCodes, newTotpSecret, totpStep, totpUri } from './totp.js';

export interface LoginSettings {
  /** Lifetime of an access token. */
  accessTokenSeconds: number;
  /** Lifetime of a refresh token (each refresh issues a new one with a fresh lifetime). */
  refreshTokenSeconds: number;
  /** Lifetime of a second-factor challenge. */
  challengeSeconds: number;
  /** Lifetime of a password-reset link. */
  resetSeconds: number;
  /** Lifetime of an invitation link. */
  inviteSeconds: number;
  /** The frontend's public URL; reset and invitation links point under it. null: no links can be sent. */
  publicAppUrl: string | null;
  /** The issuer shown in authenticator apps. */
  totpIssuer: string;
}

export const DEFAULT_LOGIN_SETTINGS: LoginSettings = {
  accessTokenSeconds: 15 * 60,
  refreshTokenSeconds: 30 * 24 * 3600,
  challengeSeconds: 5 * 60,
  resetSeconds: 3600,
  inviteSeconds: 7 * 24 * 3600,
  publicAppUrl: null,
  totpIssuer: 'Project invoicing',
};

/** Encrypts secrets at rest (the connection credentials' AES-256-GCM box). */
export interface SecretSealer {
  encrypt(plain: unknown, boundTo: string): string;
  decrypt<T = unknown>(stored: string, boundTo: string): T;
}

export type SendMail = (to: string, subject: string, text: string) => Promise<void>;

export interface LoginDeps {
  /** Where credentials are looked up (the one place that reads before a company is known). */
  credentials: CredentialStore;
  limiters: LoginLimiters;
  settings: LoginSettings;
  secrets: () => SecretSealer | null;
  /** null: e-mail is not configured. */
  sendMail: () => SendMail | null;
  /** Errors of work done after the answer (reset e-mails). */
  logError?: (err: unknown, what: string) => void;
}

/** Who is asking: the client's address and browser, recorded on sessions and counted by the limits. */
export interface RequestMeta {
  address: string;
  userAgent: string | null;
}

export interface SessionTokens {
  sessionId: string;
  companyId: string;
  userId: string;
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
}

/** A password hash to replace: the one verified (`old`) and the same password hashed with today's parameters. */
interface Rehash {
  old: string;
  fresh: string;
}

export type LoginResult =
  | { kind: 'session'; session: SessionTokens }
  | { kind: 'challenge'; challenge: string; expiresAt: Date }
  | { kind: 'choose_company'; companies: { id: string; name: string }[] };

const WRONG = 'The e-mail address or password is wrong.';
const tooMany = 'Too many login attempts.';

const loginSchema = z.object({
  email: z.string().max(EMAIL_MAX_LENGTH, 'Not a valid e-mail address.'),
  password: z.string().max(10_000, 'Too long.'),
  companyId: z.string().nullish(),
});

export type LoginRuntime = ReturnType<typeof createLoginRuntime>;

export function createLoginRuntime(deps: LoginDeps) {
  const { credentials: store, limiters, settings } = deps;
  const pending = new Set<Promise<unknown>>();
  const background = (what: string, work: () => Promise<unknown>) => {
    const p = work()
      .catch((err: unknown) => deps.logError?.(err, what))
      .finally(() => pending.delete(p));
    pending.add(p);
  };

  function secretsOrFail(): SecretSealer {
    const s = deps.secrets();
    if (!s) throw new ConflictError('INVALID_STATE', 'A second factor needs the server’s secret key, which is not configured.');
    return s;
  }

  async function createSession(tx: TenantClient, userId: string, meta: RequestMeta, now = new Date()): Promise<SessionTokens> {
    const access = generateSecret(CREDENTIAL_PREFIXES.access);
    const refresh = generateSecret(CREDENTIAL_PREFIXES.refresh);
    const e = sessionExpiries(now, { accessSeconds: settings.accessTokenSeconds, refreshSeconds: settings.refreshTokenSeconds });
    const session = await tx.session.create({
      data: scoped<Prisma.SessionUncheckedCreateInput>({
        userId,
        accessHash: access.hash,
        accessExpiresAt: e.accessExpiresAt,
        refreshExpiresAt: e.refreshExpiresAt,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
        address: meta.address.slice(0, 64),
      }),
    });
    await tx.sessionRefresh.create({ data: scoped<Prisma.SessionRefreshUncheckedCreateInput>({ sessionId: session.id, tokenHash: refresh.hash }) });
    return {
      sessionId: session.id,
      companyId: session.companyId,
      userId,
      accessToken: access.token,
      accessTokenExpiresAt: e.accessExpiresAt,
      refreshToken: refresh.token,
      refreshTokenExpiresAt: e.refreshExpiresAt,
    };
  }

  /** Ends every live session of a user (a password change or reset, deactivation, log out everywhere). */
  async function revokeAll(tx: TenantClient, userId: string, reason: string, now = new Date()): Promise<number> {
    const r = await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
    // A login waiting for its second factor was started with what is being revoked: it ends too.
    await tx.loginChallenge.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    return r.count;
  }

  /**
   * A hash of a password just verified against `account.passwordHash`, with today's parameters,
   * when the stored one was made with others (null when it needs none). Computed before the
   * transaction that stores it (storeRehash).
   */
  async function rehashFor(account: Account, password: string): Promise<Rehash | null> {
    if (!account.passwordHash || !needsRehash(account.passwordHash)) return null;
    return { old: account.passwordHash, fresh: await hashPassword(password) };
  }

  /**
   * Stores a re-hashed password, guarded by the hash that was verified: a password changed or
   * reset meanwhile (another hash) is left as it is, never replaced by the old password's.
   */
  async function storeRehash(tx: TenantClient, userId: string, rehash: Rehash | null): Promise<void> {
    if (!rehash) return;
    await tx.user.updateMany({ where: { id: userId, passwordHash: rehash.old }, data: { passwordHash: rehash.fresh } });
  }

  /**
   * What a login writes after the password was checked (a session, or a challenge for the second
   * factor) is written only if the password is still the one checked, under the user's row lock:
   * a password changed or reset meanwhile (which revokes every session under the same lock) makes
   * the login fail instead of opening a session that outlives the change.
   */
  async function stillTheCheckedPassword(tx: TenantClient, account: Account): Promise<void> {
    await lockForUpdate(tx, 'User', account.id);
    const now = await tx.user.findUnique({ where: { id: account.id }, select: { passwordHash: true, active: true } });
    if (!now?.active || now.passwordHash !== account.passwordHash) throw new InvalidCredentialsError(WRONG, 'password');
  }

  async function openSession(account: Account, meta: RequestMeta, rehash: Rehash | null): Promise<SessionTokens> {
    const db = store.tenantOf(account.companyId, account.id, account.signature);
    return db.$transaction(async (tx) => {
      await stillTheCheckedPassword(tx, account);
      await storeRehash(tx, account.id, rehash);
      return createSession(tx, account.id, meta);
    });
  }

  /**
   * A code from the authenticator app or a recovery code, for a user with a TOTP secret. The code's
   * time step is claimed in one conditional UPDATE (later than the last accepted), so a code is
   * accepted once even under concurrent requests; a recovery code is spent the same way.
   */
  async function acceptSecondFactor(db: TenantDb, user: { id: string; totpSecret: string | null }, code: string, now = new Date()): Promise<boolean> {
    if (!user.totpSecret) return false;
    const secret = secretsOrFail().decrypt<string>(user.totpSecret, user.id);
    const step = await totpStep(secret, code, now);
    if (step !== null) {
      const claimed = await db.user.updateMany({
        where: { id: user.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
        data: { totpLastStep: step },
      });
      return claimed.count === 1;
    }
    if (code.length > 40) return false;
    const spent = await db.recoveryCode.updateMany({ where: { userId: user.id, codeHash: hashRecoveryCode(code), usedAt: null }, data: { usedAt: now } });
    return spent.count === 1;
  }

  return {
    settings,
    /** Resolves when the work done after answers (reset e-mails) has finished. */
    async idle(): Promise<void> {
      while (pending.size) await Promise.all([...pending]);
    },

    async login(input: unknown, meta: RequestMeta): Promise<LoginResult> {
      const v = parseInput(loginSchema, input);
      const email = normaliseEmail(v.email);
      await spend(limiters.address, meta.address, 'Too many attempts from this address.');
      // The point is spent before the password is checked: concurrent guesses cannot pass the limit.
      await spend(limiters.account, accountKey(email), tooMany, 'email');
      const accounts = email.includes('@') ? await store.activeAccounts(email, v.companyId ?? null) : [];
      // Every account is checked (in parallel), and a miss checks a dummy hash: an unknown
      // e-mail, an inactive user and a wrong password take the same time and get the same answer.
      const checks = accounts.length
        ? await Promise.all(accounts.map((a) => verifyPassword(a.passwordHash, v.password)))
        : [await verifyPassword(null, v.password)];
      const matched: (MatchedAccount & { account: Account })[] = accounts
        .filter((_, i) => checks[i])
        .map((a) => ({ companyId: a.companyId, userId: a.id, totp: a.totpEnabledAt !== null, account: a }));
      const outcome = loginOutcome(matched);
      if (outcome.kind === 'invalid') throw new InvalidCredentialsError(WRONG, 'password');
      if (outcome.kind === 'choose_company') {
        const names = await store.companyNames(outcome.companyIds);
        return { kind: 'choose_company', companies: outcome.companyIds.map((id) => ({ id, name: names.get(id) ?? '' })) };
      }
      const account = matched.find((m) => m.userId === outcome.account.userId)!.account;
      // The password is right: a hash made with older parameters is replaced now, the only time
      // the password is at hand (also for a user with TOTP, whose second step has no password).
      const rehash = await rehashFor(account, v.password);
      if (outcome.kind === 'challenge') {
        // The account's attempts are not forgiven until the second factor is given.
        const c = generateSecret(CREDENTIAL_PREFIXES.challenge);
        const expiresAt = new Date(Date.now() + settings.challengeSeconds * 1000);
        const db = store.tenantOf(account.companyId, account.id, account.signature);
        await db.$transaction(async (tx) => {
          await stillTheCheckedPassword(tx, account);
          await storeRehash(tx, account.id, rehash);
          await tx.loginChallenge.create({ data: scoped<Prisma.LoginChallengeUncheckedCreateInput>({ userId: account.id, tokenHash: c.hash, expiresAt }) });
        });
        return { kind: 'challenge', challenge: c.token, expiresAt };
      }
      await forgive(limiters.account, accountKey(email));
      return { kind: 'session', session: await openSession(account, meta, rehash) };
    },

    async completeLogin(input: { challenge: string; code: string }, meta: RequestMeta, now = new Date()): Promise<SessionTokens> {
      await spend(limiters.address, meta.address, 'Too many attempts from this address.');
      const invalid = () => new InvalidCredentialsError('The login has expired or is unknown; log in again.', 'challenge');
      if (!plausibleCredential(input.challenge, 'challenge')) throw invalid();
      const c = await store.challengeByHash(hashApiToken(input.challenge));
      if (!c || c.usedAt || c.expiresAt <= now || !c.user.active || !c.user.totpEnabledAt) throw invalid();
      // Failed codes count toward the account's lockout, like wrong passwords.
      await spend(limiters.account, accountKey(c.user.email), tooMany, 'code');
      const db = store.tenantOf(c.companyId, c.user.id, c.user.signature);
      if (!(await acceptSecondFactor(db, c.user, input.code, now))) throw new InvalidCredentialsError('The code is wrong or already used.', 'code');
      const session = await db.$transaction(async (tx) => {
        // Under the user's row lock, as a password change revoking everything: one of the two comes first.
        await lockForUpdate(tx, 'User', c.user.id);
        const claimed = await tx.loginChallenge.updateMany({ where: { id: c.id, usedAt: null }, data: { usedAt: now } });
        if (claimed.count !== 1) throw invalid();
        return createSession(tx, c.user.id, meta, now);
      });
      await forgive(limiters.account, accountKey(c.user.email));
      return session;
    },

    async refreshSession(refreshToken: string, meta: RequestMeta, now = new Date()): Promise<SessionTokens> {
      await spend(limiters.address, meta.address, 'Too many attempts from this address.');
      const invalid = () => new InvalidCredentialsError('The refresh token is not valid; log in again.', 'refreshToken');
      if (!plausibleCredential(refreshToken, 'refresh')) throw invalid();
      const r = await store.refreshByHash(hashApiToken(refreshToken));
      const decision = refreshDecision({
        known: r !== null,
        rotated: r?.usedAt != null,
        sessionRevoked: r?.session.revokedAt != null,
        sessionExpired: r ? r.session.refreshExpiresAt <= now : true,
        userActive: r?.session.user.active ?? false,
      });
      if (!r || decision === 'refuse') throw invalid();
      const db = store.tenantOf(r.companyId, r.session.userId, r.session.user.signature);
      const revoke = () => db.session.updateMany({ where: { id: r.session.id, revokedAt: null }, data: { revokedAt: now, revokedReason: 'REFRESH_REUSE' } });
      if (decision === 'revoke_session') {
        // A rotated token came back: someone else holds this session's tokens.
        await revoke();
        throw invalid();
      }
      const rotated = await db.$transaction(async (tx) => {
        // The token is exchanged once: a second exchange of the same token finds it used.
        const claimed = await tx.sessionRefresh.updateMany({ where: { id: r.id, usedAt: null }, data: { usedAt: now } });
        if (claimed.count !== 1) return null;
        const access = generateSecret(CREDENTIAL_PREFIXES.access);
        const refresh = generateSecret(CREDENTIAL_PREFIXES.refresh);
        const e = sessionExpiries(now, { accessSeconds: settings.accessTokenSeconds, refreshSeconds: settings.refreshTokenSeconds });
        const updated = await tx.session.updateMany({
          where: { id: r.session.id, revokedAt: null },
          data: {
            accessHash: access.hash,
            accessExpiresAt: e.accessExpiresAt,
            refreshExpiresAt: e.refreshExpiresAt,
            lastRefreshedAt: now,
            address: meta.address.slice(0, 64),
            userAgent: meta.userAgent?.slice(0, 300) ?? null,
          },
        });
        if (updated.count !== 1) return null;
        await tx.sessionRefresh.create({ data: scoped<Prisma.SessionRefreshUncheckedCreateInput>({ sessionId: r.session.id, tokenHash: refresh.hash }) });
        // Rotated tokens are kept for their lifetime (to recognise their re-use), then dropped.
        await tx.sessionRefresh.deleteMany({
          where: { sessionId: r.session.id, usedAt: { not: null }, createdAt: { lt: new Date(now.getTime() - settings.refreshTokenSeconds * 1000) } },
        });
        return {
          sessionId: r.session.id,
          companyId: r.companyId,
          userId: r.session.userId,
          accessToken: access.token,
          accessTokenExpiresAt: e.accessExpiresAt,
          refreshToken: refresh.token,
          refreshTokenExpiresAt: e.refreshExpiresAt,
        };
      });
      if (!rotated) {
        // Exchanged by someone else at the same moment: treated as re-use.
        await revoke();
        throw invalid();
      }
      return rotated;
    },

    async logout(db: TenantDb, auth: AuthenticatedUser, now = new Date()): Promise<boolean> {
      if (!auth.sessionId) throw new ConflictError('INVALID_STATE', 'Only a login session can log out; API tokens are revoked with revokeApiToken.');
      await db.session.updateMany({ where: { id: auth.sessionId, revokedAt: null }, data: { revokedAt: now, revokedReason: 'LOGOUT' } });
      return true;
    },

    async logoutEverywhere(db: TenantDb, auth: AuthenticatedUser): Promise<number> {
      return db.$transaction((tx) => revokeAll(tx, auth.actor.userId, 'LOGOUT_EVERYWHERE'));
    },

    async revokeSession(db: TenantDb, auth: AuthenticatedUser, id: string, now = new Date()): Promise<string> {
      const s = await db.session.findUnique({ where: { id }, select: { id: true, userId: true } });
      // Another user's session is as unknown as a missing one (user administrators may end any).
      if (!s || (s.userId !== auth.actor.userId && !auth.permissions.has('ADMIN_USERS'))) throw new NotFoundError('Session', 'No such session.', 'id');
      await db.session.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now, revokedReason: 'REVOKED' } });
      return id;
    },

    /** Ends a user's sessions (deactivation); runs in the caller's transaction. */
    revokeAll,

    async changePassword(db: TenantDb, auth: AuthenticatedUser, input: { currentPassword?: string | null; newPassword: string }, meta: RequestMeta) {
      const user = await db.user.findUniqueOrThrow({ where: { id: auth.actor.userId }, select: { id: true, email: true, passwordHash: true } });
      if (user.passwordHash) {
        await spend(limiters.account, accountKey(user.email), tooMany, 'currentPassword');
        if (!(await verifyPassword(user.passwordHash, input.currentPassword ?? ''))) {
          throw new InvalidCredentialsError('The current password is wrong.', 'currentPassword');
        }
        await forgive(limiters.account, accountKey(user.email));
      }
      const issue = passwordIssue(input.newPassword, user.email);
      if (issue) throw ValidationError.single('newPassword', issue.code, issue.message);
      const hash = await hashPassword(input.newPassword);
      // Every session ends; the caller gets a new one if they used one.
      return db.$transaction(async (tx) => {
        await tx.user.update({
          where: { id: user.id },
          data: { passwordHash: hash, passwordChangedAt: new Date(), resetTokenHash: null, resetExpiresAt: null },
        });
        await revokeAll(tx, user.id, 'PASSWORD_CHANGED');
        return auth.sessionId ? createSession(tx, user.id, meta) : null;
      });
    },

    /**
     * Always answers the same, at once; the e-mail (when the address has active accounts) is sent
     * afterwards, so neither the answer nor its time tells whether the address is known.
     */
    async requestPasswordReset(input: { email: string; companyId?: string | null }, meta: RequestMeta): Promise<true> {
      await spend(limiters.address, meta.address, 'Too many attempts from this address.');
      if (input.email.length > EMAIL_MAX_LENGTH) return true;
      const email = normaliseEmail(input.email);
      background('password reset e-mail', async () => {
        const send = deps.sendMail();
        if (!send || !settings.publicAppUrl || !email.includes('@')) return;
        // At most a few e-mails per address an hour, whoever asks.
        try {
          await spend(limiters.resetEmail, email, 'Too many reset e-mails.');
        } catch {
          return;
        }
        const accounts = await store.activeAccounts(email, input.companyId ?? null);
        if (!accounts.length) return;
        const names = await store.companyNames(accounts.map((a) => a.companyId));
        for (const a of accounts) {
          const t = generateSecret(CREDENTIAL_PREFIXES.reset);
          const expiresAt = new Date(Date.now() + settings.resetSeconds * 1000);
          const db = store.tenantOf(a.companyId, a.id, a.signature);
          // A newer link replaces the older one (one open link per user).
          await db.user.update({ where: { id: a.id }, data: { resetTokenHash: t.hash, resetExpiresAt: expiresAt } });
          const link = `${settings.publicAppUrl.replace(/\/+$/, '')}/reset-password#token=${t.token}`;
          await send(
            a.email,
            `Reset your password (${names.get(a.companyId) ?? ''})`,
            [
              `Someone asked to reset the password of ${a.email} at ${names.get(a.companyId) ?? ''}.`,
              '',
              `Choose a new password here (the link works once, for ${Math.round(settings.resetSeconds / 60)} minutes):`,
              link,
              '',
              'If it was not you, ignore this e-mail; your password stays as it is.',
            ].join('\n'),
          );
        }
      });
      return true;
    },

    async resetPassword(input: { token: string; newPassword: string }, meta: RequestMeta, now = new Date()): Promise<true> {
      await spend(limiters.address, meta.address, 'Too many attempts from this address.');
      const invalid = () => new InvalidCredentialsError('The reset link is not valid: used, replaced by a newer one, or expired.', 'token');
      if (!plausibleCredential(input.token, 'reset')) throw invalid();
      const hash = hashApiToken(input.token);
      const user = await store.resetByHash(hash);
      if (!user?.resetExpiresAt || user.resetExpiresAt <= now) throw invalid();
      const issue = passwordIssue(input.newPassword, user.email);
      if (issue) throw ValidationError.single('newPassword', issue.code, issue.message);
      const passwordHash = await hashPassword(input.newPassword);
      const db = store.tenantOf(user.companyId, user.id, user.signature);
      await db.$transaction(async (tx) => {
        // Single use: the token is cleared by the same statement that checks it.
        const used = await tx.user.updateMany({
          where: { id: user.id, resetTokenHash: hash, resetExpiresAt: { gt: now } },
          data: { passwordHash, passwordChangedAt: now, resetTokenHash: null, resetExpiresAt: null },
        });
        if (used.count !== 1) throw invalid();
        await revokeAll(tx, user.id, 'PASSWORD_CHANGED', now);
      });
      await forgive(limiters.account, accountKey(user.email));
      return true;
    },

    async enrolTotp(db: TenantDb, auth: AuthenticatedUser): Promise<{ secret: string; uri: string }> {
      const box = secretsOrFail();
      const user = await db.user.findUniqueOrThrow({ where: { id: auth.actor.userId }, select: { id: true, email: true, totpEnabledAt: true } });
      if (user.totpEnabledAt) throw new ConflictError('INVALID_STATE', 'The second factor is already on; disable it first to enrol a new one.');
      const secret = newTotpSecret();
      await db.user.update({ where: { id: user.id }, data: { totpSecret: box.encrypt(secret, user.id), totpLastStep: null } });
      return { secret, uri: totpUri(settings.totpIssuer, user.email, secret) };
    },

    async confirmTotp(db: TenantDb, auth: AuthenticatedUser, code: string, now = new Date()): Promise<string[]> {
      const user = await db.user.findUniqueOrThrow({
        where: { id: auth.actor.userId },
        select: { id: true, email: true, totpSecret: true, totpEnabledAt: true },
      });
      if (user.totpEnabledAt) throw new ConflictError('INVALID_STATE', 'The second factor is already on.');
      if (!user.totpSecret) throw new ConflictError('INVALID_STATE', 'Enrol first (enrolTotp).');
      await spend(limiters.account, accountKey(user.email), tooMany, 'code');
      const secret = secretsOrFail().decrypt<string>(user.totpSecret, user.id);
      const step = await totpStep(secret, code, now);
      if (step === null) throw new InvalidCredentialsError('The code is wrong.', 'code');
      const codes = newRecoveryCodes();
      await db.$transaction(async (tx) => {
        const on = await tx.user.updateMany({
          where: { id: user.id, totpEnabledAt: null, totpSecret: user.totpSecret },
          data: { totpEnabledAt: now, totpLastStep: step },
        });
        if (on.count !== 1) throw new ConflictError('INVALID_STATE', 'The enrolment changed meanwhile; enrol again.');
        await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
        await tx.recoveryCode.createMany({
          data: codes.map((c) => scoped<Prisma.RecoveryCodeCreateManyInput>({ userId: user.id, codeHash: hashRecoveryCode(c) })),
        });
      });
      await forgive(limiters.account, accountKey(user.email));
      return codes;
    },

    async disableTotp(db: TenantDb, auth: AuthenticatedUser, code: string, now = new Date()): Promise<true> {
      const user = await db.user.findUniqueOrThrow({
        where: { id: auth.actor.userId },
        select: { id: true, email: true, totpSecret: true, totpEnabledAt: true },
      });
      if (!user.totpEnabledAt) throw new ConflictError('INVALID_STATE', 'The second factor is not on.');
      await spend(limiters.account, accountKey(user.email), tooMany, 'code');
      if (!(await acceptSecondFactor(db, user, code, now))) throw new InvalidCredentialsError('The code is wrong or already used.', 'code');
      await db.$transaction(async (tx) => {
        await tx.user.update({ where: { id: user.id }, data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null } });
        await tx.recoveryCode.deleteMany({ where: { userId: user.id } });
      });
      await forgive(limiters.account, accountKey(user.email));
      return true;
    },

    async inviteUser(db: TenantDb, auth: AuthenticatedUser, input: unknown, now = new Date()) {
      const v = parseInput(inviteSchema, input);
      const send = deps.sendMail();
      if (!send || !settings.publicAppUrl) {
        throw new ConflictError('INVALID_STATE', 'Invitations need e-mail (SMTP_URL) and the frontend’s address (PUBLIC_APP_URL) configured.');
      }
      const t = generateSecret(CREDENTIAL_PREFIXES.invite);
      const expiresAt = new Date(now.getTime() + settings.inviteSeconds * 1000);
      return db.$transaction(async (tx) => {
        const found = await tx.group.findMany({ where: { id: { in: v.groupIds } }, select: { id: true } });
        const known = new Set(found.map((g) => g.id));
        const missing = v.groupIds.map((id, i) => ({ id, i })).filter(({ id }) => !known.has(id));
        if (missing.length) throw new ValidationError(missing.map(({ i }) => ({ path: `groupIds.${i}`, code: 'not_found', message: 'No such group.' })));
        const existing = await tx.user.findFirst({ where: { email: v.email }, select: { active: true, customerId: true } });
        if (existing?.active) throw new ConflictError('ALREADY_EXISTS', 'An active user has this e-mail address.', 'email');
        // A (deactivated) customer user's address: they cannot become staff by an invitation.
        if (existing?.customerId) throw new ConflictError('ALREADY_EXISTS', 'A customer user has this e-mail address.', 'email');
        // One open invitation per address: a new one replaces the token, so older links stop working.
        const invite = await tx.invite.upsert({
          where: { companyId_email: { companyId: auth.actor.companyId, email: v.email } },
          create: scoped<Prisma.InviteUncheckedCreateInput>({ email: v.email, groupIds: [...new Set(v.groupIds)], tokenHash: t.hash, expiresAt }),
          update: { groupIds: [...new Set(v.groupIds)], tokenHash: t.hash, expiresAt, acceptedAt: null },
        });
        const company = await tx.company.findFirstOrThrow({ select: { name: true } });
        const link = `${settings.publicAppUrl!.replace(/\/+$/, '')}/accept-invite#token=${t.token}`;
        // Sent inside the transaction: an invitation whose e-mail failed is not recorded.
        await send(
          v.email,
          `You are invited to ${company.name}`,
          [
            `You are invited to log in to ${company.name}.`,
            '',
            `Choose your name and password here (the link works once, until ${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC):`,
            link,
          ].join('\n'),
        );
        return invite;
      });
    },

    /**
     * Invites a person at a customer as a customer user (no groups; the rights given). The caller
     * (src/modules/customer-users) has checked the permission and that the staff member may see
     * the customer. The e-mail is written in `mail.language` (Swedish or English).
     */
    async inviteCustomerUser(
      db: TenantDb,
      auth: AuthenticatedUser,
      input: { email: string; rights: CustomerUserRight[] },
      customer: { id: string; name: string },
      language: 'sv' | 'en',
      now = new Date(),
    ) {
      const v = parseInput(inviteSchema.pick({ email: true }), { email: input.email });
      const send = deps.sendMail();
      if (!send || !settings.publicAppUrl) {
        throw new ConflictError('INVALID_STATE', 'Invitations need e-mail (SMTP_URL) and the frontend’s address (PUBLIC_APP_URL) configured.');
      }
      const t = generateSecret(CREDENTIAL_PREFIXES.invite);
      const expiresAt = new Date(now.getTime() + settings.inviteSeconds * 1000);
      return db.$transaction(async (tx) => {
        const existing = await tx.user.findFirst({ where: { email: v.email }, select: { active: true, customerId: true } });
        // An active user, or a (deactivated) staff user or another customer's user, keeps the address.
        if (existing && (existing.active || existing.customerId !== customer.id)) {
          throw new ConflictError('ALREADY_EXISTS', 'A user of the company has this e-mail address.', 'email');
        }
        const rights = [...new Set(input.rights)];
        const invite = await tx.invite.upsert({
          where: { companyId_email: { companyId: auth.actor.companyId, email: v.email } },
          create: scoped<Prisma.InviteUncheckedCreateInput>({
            email: v.email,
            groupIds: [],
            customerId: customer.id,
            customerRights: rights,
            tokenHash: t.hash,
            expiresAt,
          }),
          update: { groupIds: [], customerId: customer.id, customerRights: rights, tokenHash: t.hash, expiresAt, acceptedAt: null },
        });
        const company = await tx.company.findFirstOrThrow({ select: { name: true } });
        const link = `${settings.publicAppUrl!.replace(/\/+$/, '')}/accept-invite#token=${t.token}`;
        const mail = customerInviteMail(language, { company: company.name, customer: customer.name, link, expiresAt });
        // Sent inside the transaction: an invitation whose e-mail failed is not recorded.
        await send(v.email, mail.subject, mail.text);
        return invite;
      });
    },

    async acceptInvite(
      input: { token: string; name: string; password: string; signature?: string | null },
      meta: RequestMeta,
      now = new Date(),
    ): Promise<SessionTokens> {
      await spend(limiters.address, meta.address, 'Too many attempts from this address.');
      const invalid = () => new InvalidCredentialsError('The invitation is not valid: used, replaced by a newer one, or expired.', 'token');
      if (!plausibleCredential(input.token, 'invite')) throw invalid();
      const hash = hashApiToken(input.token);
      const invite = await store.inviteByHash(hash);
      if (!invite || invite.acceptedAt || invite.expiresAt <= now) throw invalid();
      const v = parseInput(acceptSchema, { name: input.name, signature: input.signature ?? undefined });
      const issue = passwordIssue(input.password, invite.email);
      if (issue) throw ValidationError.single('password', issue.code, issue.message);
      const passwordHash = await hashPassword(input.password);
      const db = store.tenantOf(invite.companyId, null, 'INVITE');
      return db.$transaction(async (tx) => {
        const claimed = await tx.invite.updateMany({
          where: { id: invite.id, tokenHash: hash, acceptedAt: null, expiresAt: { gt: now } },
          data: { acceptedAt: now },
        });
        if (claimed.count !== 1) throw invalid();
        const existing = await tx.user.findFirst({ where: { email: invite.email } });
        let userId: string;
        // An invitation of a customer user makes (or re-activates) a customer user with its rights
        // and no groups. Its customer deleted meanwhile took the invitation with it (ON DELETE CASCADE).
        const asCustomerUser = invite.customerId ? { customerId: invite.customerId, customerRights: invite.customerRights } : {};
        // A customer user's invitation never takes over another user, nor a staff invitation a customer user.
        if (existing && existing.customerId !== invite.customerId) {
          throw new ConflictError('ALREADY_EXISTS', 'A user of the company has this e-mail address.', 'token');
        }
        if (existing) {
          if (existing.active) throw new ConflictError('ALREADY_EXISTS', 'An active user has this e-mail address.', 'token');
          await tx.user.update({ where: { id: existing.id }, data: { name: v.name, active: true, passwordHash, passwordChangedAt: now, ...asCustomerUser } });
          await revokeAll(tx, existing.id, 'PASSWORD_CHANGED', now);
          userId = existing.id;
        } else {
          const candidates = v.signature ? [v.signature] : signatureCandidates(v.name);
          const taken = new Set((await tx.user.findMany({ where: { signature: { in: candidates } }, select: { signature: true } })).map((u) => u.signature));
          const signature = candidates.find((c) => !taken.has(c));
          if (!signature) throw new ConflictError('ALREADY_EXISTS', 'Another user has this signature; choose another.', 'signature');
          const user = await tx.user.create({
            data: scoped<Prisma.UserUncheckedCreateInput>({
              name: v.name,
              email: invite.email,
              signature,
              passwordHash,
              passwordChangedAt: now,
              ...asCustomerUser,
            }),
          });
          userId = user.id;
        }
        if (invite.customerId) return createSession(tx, userId, meta, now);
        const groups = await tx.group.findMany({ where: { id: { in: invite.groupIds } }, select: { id: true } });
        const have = new Set((await tx.userGroup.findMany({ where: { userId }, select: { groupId: true } })).map((g) => g.groupId));
        const add = groups.map((g) => g.id).filter((g) => !have.has(g));
        if (add.length) await tx.userGroup.createMany({ data: add.map((groupId) => scoped<Prisma.UserGroupCreateManyInput>({ userId, groupId })) });
        return createSession(tx, userId, meta, now);
      });
    },
  };
}

const inviteSchema = z.object({
  email: z
    .string({ error: 'E-mail is required.' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Not a valid e-mail address.' })),
  groupIds: z.array(z.string()).max(100).default([]),
});

const acceptSchema = z.object({
  name: requiredText(100, 'Name'),
  signature: z
    .string()
    .trim()
    .min(1, 'Signature is required.')
    .max(10, 'At most 10 characters.')
    .regex(/^[\p{L}\p{N}._-]+$/u, { message: 'Letters, digits, dot, dash and underscore only.' })
    .optional(),
});
