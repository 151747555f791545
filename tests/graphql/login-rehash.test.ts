// A password hash made with older Argon2 parameters is replaced at the next successful login
// (src/modules/auth/login.ts), also for a user with TOTP (at the password step), and the
// replacement is guarded by the hash that was verified: a password changed meanwhile wins, and the
// login that checked the old one fails instead of opening a session that outlives the change; a
// login waiting for its second factor ends with a password change.
import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import argon2 from 'argon2';
import pg from 'pg';
import { generate, generateSecret } from 'otplib';
import { graphql } from '../gql/index.js';
import { useHarness } from '../helpers/harness.js';
import { createApp, createLoginRuntimeFor } from '../../src/app.js';
import { createLoginLimiters, DEFAULT_LOGIN_LIMITS } from '../../src/http/guard.js';
import { createCredentialStore, createLoginRuntime, DEFAULT_LOGIN_SETTINGS } from '../../src/modules/auth/index.js';
import { hashPassword, needsRehash, verifyPassword } from '../../src/modules/auth/passwords.js';

const h = useHarness();

// The documents are login.test.ts's, so they share its generated types.
const Login = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      __typename
      ... on Error { code message path }
      ... on TooManyAttemptsError { retryAfterSeconds retryAt }
      ... on MutationLoginSuccess {
        data {
          __typename
          ... on LoginSession { sessionId accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }
          ... on SecondFactorChallenge { challenge expiresAt }
          ... on CompanyChoice { companies { id name } }
        }
      }
    }
  }
`);
const ChangePw = graphql(`
  mutation RehashChangePassword($currentPassword: String, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { __typename ... on Error { code message } }
  }
`);
const CompleteLogin = graphql(`
  mutation CompleteLogin($challenge: String!, $code: String!) {
    completeLogin(challenge: $challenge, code: $code) {
      __typename
      ... on Error { code message path }
      ... on MutationCompleteLoginSuccess { data { accessToken refreshToken } }
    }
  }
`);

const PASSWORD = 'correct horse battery';
/** Weaker parameters than today's (passwords.ts): a hash from an older configuration. */
const WEAK = { type: argon2.argon2id, memoryCost: 4096, timeCost: 1, parallelism: 1 } as const;

function api() {
  const login = createLoginRuntimeFor(h.prisma, h.integrations, {
    limits: { maxFailures: 50, failureWindowSeconds: 900, lockoutSeconds: 900, attemptsPerAddress: 1000, resetEmailsPerHour: 10 },
  });
  const app = createApp({ prisma: h.prisma, logErrors: process.env.TEST_LOG_ERRORS === '1', integrations: h.integrations, login });
  return async <R, V>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> => {
    const res = await app.fetch(
      'http://test.local/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: print(doc), variables }) },
      { req: { socket: { remoteAddress: '10.7.0.1' } } } as never,
    );
    return ((await res.json()) as { data: R }).data;
  };
}

/** A user whose password was hashed with the weaker parameters. */
async function userWithWeakHash(companyId: string) {
  const u = await h.user(companyId, ['CUSTOMER_VIEW']);
  const weak = await argon2.hash(PASSWORD, WEAK);
  expect(needsRehash(weak)).toBe(true);
  const user = await h.prisma.user.update({ where: { id: u.userId }, data: { passwordHash: weak } });
  return { userId: u.userId, email: user.email, weak, token: u.token };
}

const storedHash = async (userId: string) => (await h.prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } })).passwordHash!;

type Answer = { __typename: string; code?: string; data?: { __typename: string; challenge?: string; accessToken?: string } };

describe('re-hashing passwords at login', () => {
  it('a hash with weaker parameters is replaced by one with today’s at a successful login; the password still works, a wrong one does not', async () => {
    const call = api();
    const c = await h.company();
    const u = await userWithWeakHash(c.companyId);
    // A wrong password changes nothing.
    expect(((await call(Login, { input: { email: u.email, password: 'wrong password!' } })).login as Answer).__typename).toBe('InvalidCredentialsError');
    expect(await storedHash(u.userId)).toBe(u.weak);

    const first = (await call(Login, { input: { email: u.email, password: PASSWORD } })).login as Answer;
    expect(first.data?.__typename).toBe('LoginSession');
    const stored = await storedHash(u.userId);
    expect(stored).not.toBe(u.weak);
    expect(needsRehash(stored)).toBe(false);
    // Today's parameters (passwords.ts), as the hash records them.
    expect(stored.split('$')[1]).toBe('argon2id');
    expect(stored.split('$')[3]!.split(',').sort()).toEqual(['m=19456', 'p=1', 't=2']);
    expect(await verifyPassword(stored, PASSWORD)).toBe(true);

    // The password logs in again, and the current hash is left as it is.
    const second = (await call(Login, { input: { email: u.email, password: PASSWORD } })).login as Answer;
    expect(second.data?.__typename).toBe('LoginSession');
    expect(await storedHash(u.userId)).toBe(stored);
    expect(((await call(Login, { input: { email: u.email, password: 'wrong password!' } })).login as Answer).__typename).toBe('InvalidCredentialsError');
  });

  it('a user with TOTP: the hash is replaced at the password step, and the login completes with a code', async () => {
    const call = api();
    const c = await h.company();
    const u = await userWithWeakHash(c.companyId);
    const secret = generateSecret({ length: 20 });
    await h.prisma.user.update({
      where: { id: u.userId },
      data: { totpSecret: h.integrations.secrets!.encrypt(secret, u.userId), totpEnabledAt: new Date() },
    });
    const step1 = (await call(Login, { input: { email: u.email, password: PASSWORD } })).login as Answer;
    expect(step1.data?.__typename).toBe('SecondFactorChallenge');
    const stored = await storedHash(u.userId);
    expect(stored).not.toBe(u.weak);
    expect(needsRehash(stored)).toBe(false);
    expect(await verifyPassword(stored, PASSWORD)).toBe(true);
    const done = (await call(CompleteLogin, { challenge: step1.data!.challenge!, code: await generate({ secret }) })).completeLogin as Answer;
    expect(done.__typename).toBe('MutationCompleteLoginSuccess');
  });

  it('a password changed between the check and the session wins: the login fails, no session is opened, the re-hash of the old password is not stored', async () => {
    const c = await h.company();
    const u = await userWithWeakHash(c.companyId);
    const NEW = 'a brand new passphrase';
    const changed = await hashPassword(NEW);
    const credentials = createCredentialStore(h.prisma);
    let changes = 0;
    // The password is changed (as changePassword or resetPassword would) after the login verified
    // the old hash and made its replacement, just before the transaction that stores it.
    const login = createLoginRuntime({
      credentials: {
        ...credentials,
        tenantOf: (companyId, userId, signature) => {
          const db = credentials.tenantOf(companyId, userId, signature);
          return new Proxy(db, {
            get(target, prop, receiver) {
              if (prop !== '$transaction') return Reflect.get(target, prop, receiver);
              return async (...args: Parameters<typeof db.$transaction>) => {
                if (changes++ === 0) await h.prisma.user.update({ where: { id: u.userId }, data: { passwordHash: changed } });
                return (target.$transaction as (...a: unknown[]) => unknown)(...args);
              };
            },
          });
        },
      },
      limiters: createLoginLimiters(DEFAULT_LOGIN_LIMITS, null),
      settings: DEFAULT_LOGIN_SETTINGS,
      secrets: () => h.integrations.secrets,
      sendMail: () => null,
    });
    const sessionsBefore = await h.prisma.session.count({ where: { userId: u.userId } });
    await expect(login.login({ email: u.email, password: PASSWORD }, { address: '10.7.0.2', userAgent: null })).rejects.toMatchObject({
      name: 'InvalidCredentialsError',
    });
    expect(changes).toBe(1);
    expect(await h.prisma.session.count({ where: { userId: u.userId } })).toBe(sessionsBefore);
    // The changed password stands: the old one does not verify, the new one does.
    const stored = await storedHash(u.userId);
    expect(stored).toBe(changed);
    expect(await verifyPassword(stored, PASSWORD)).toBe(false);
    expect(await verifyPassword(stored, NEW)).toBe(true);
  });

  it('a login waiting for its second factor ends when the password is changed', async () => {
    const call = api();
    const c = await h.company();
    const u = await userWithWeakHash(c.companyId);
    const secret = generateSecret({ length: 20 });
    await h.prisma.user.update({
      where: { id: u.userId },
      data: { totpSecret: h.integrations.secrets!.encrypt(secret, u.userId), totpEnabledAt: new Date() },
    });
    const step1 = (await call(Login, { input: { email: u.email, password: PASSWORD } })).login as Answer;
    expect(step1.data?.__typename).toBe('SecondFactorChallenge');
    // Changed with the user's API token (no session of theirs to renew: the answer is null).
    const res = await h.exec(ChangePw, { currentPassword: PASSWORD, newPassword: 'another good passphrase' }, u.token);
    expect(res.errors).toBeUndefined();
    expect(await verifyPassword(await storedHash(u.userId), 'another good passphrase')).toBe(true);
    const late = (await call(CompleteLogin, { challenge: step1.data!.challenge!, code: await generate({ secret }) })).completeLogin as Answer;
    expect(late).toMatchObject({ __typename: 'InvalidCredentialsError' });
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)(
    'a login racing a password change: the change’s row lock orders them, no session outlives the change',
    { timeout: 60_000 },
    async () => {
      expect(h.db.kind).toBe('postgres');
      const call = api();
      const c = await h.company();
      const u = await userWithWeakHash(c.companyId);
      // The login's own re-hash would take the row lock first; a current hash leaves only the change.
      await h.prisma.user.update({ where: { id: u.userId }, data: { passwordHash: await hashPassword(PASSWORD) } });
      const other = new pg.Client({ connectionString: h.db.url });
      await other.connect();
      try {
        // A password change as changePassword makes it (new hash, every session revoked), not yet committed.
        await other.query('BEGIN');
        await other.query('UPDATE "User" SET "passwordHash" = $1, "passwordChangedAt" = now() WHERE id = $2', [
          await hashPassword('the changed passphrase'),
          u.userId,
        ]);
        await other.query(`UPDATE "Session" SET "revokedAt" = now(), "revokedReason" = 'PASSWORD_CHANGED' WHERE "userId" = $1 AND "revokedAt" IS NULL`, [
          u.userId,
        ]);
        let settled = false;
        const login = call(Login, { input: { email: u.email, password: PASSWORD } }).finally(() => {
          settled = true;
        });
        // The old password verifies (the change is not committed); the login then waits for the row.
        await new Promise((r) => setTimeout(r, 1_500));
        expect(settled).toBe(false);
        await other.query('COMMIT');
        expect(((await login).login as Answer).__typename).toBe('InvalidCredentialsError');
        expect(await h.prisma.session.count({ where: { userId: u.userId, revokedAt: null } })).toBe(0);
      } finally {
        await other.end();
      }
    },
  );
});
