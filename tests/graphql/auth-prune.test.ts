// The daily prune of the login data (src/modules/auth/prune.ts): rows of two companies, old and
// new, used and unused, revoked and valid, and exactly the ones past their retention go; a live
// session keeps working after a prune, its rotated refresh token is still recognised as re-use,
// and the tokens of a pruned session stay refused.
import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { randomBytes } from 'node:crypto';
import { graphql } from '../gql/index.js';
import { useHarness } from '../helpers/harness.js';
import { createApp, createLoginRuntimeFor } from '../../src/app.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import { pruneLoginData } from '../../src/modules/auth/index.js';
import { loginPruneCutoffs, resetTokenClearable, sessionPrunable, spentCredentialPrunable } from '../../src/modules/auth/login-rules.js';

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
const Refresh = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshSession(refreshToken: $refreshToken) {
      __typename
      ... on Error { code message path }
      ... on MutationRefreshSessionSuccess { data { sessionId accessToken refreshToken } }
    }
  }
`);
const LoginMe = graphql(`query LoginMe { me { id email totpEnabled hasPassword } }`);

const PASSWORD = 'correct horse battery';
const DAY = 86_400_000;
const HOUR = 3_600_000;
const hash = () => randomBytes(16).toString('hex');

function api() {
  const login = createLoginRuntimeFor(h.prisma, h.integrations, {
    limits: { maxFailures: 50, failureWindowSeconds: 900, lockoutSeconds: 900, attemptsPerAddress: 1000, resetEmailsPerHour: 10 },
  });
  const app = createApp({ prisma: h.prisma, logErrors: process.env.TEST_LOG_ERRORS === '1', integrations: h.integrations, login });
  return async <R, V>(doc: TypedDocumentNode<R, V>, variables: V, token: string | null = null): Promise<R> => {
    const res = await app.fetch(
      'http://test.local/graphql',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: print(doc), variables }),
      },
      { req: { socket: { remoteAddress: '10.8.0.1' } } } as never,
    );
    // A refused token answers no data (null).
    const body = (await res.json()) as { data?: R | null };
    return body.data as R;
  };
}

async function userWithPassword(companyId: string) {
  const u = await h.user(companyId, ['CUSTOMER_VIEW']);
  const user = await h.prisma.user.update({ where: { id: u.userId }, data: { passwordHash: await hashPassword(PASSWORD) } });
  return { userId: u.userId, email: user.email };
}

/** Seeds one company's login rows, each labelled with what it is; the labels the prune must delete. */
async function seed(companyId: string, now: Date) {
  const u = await userWithPassword(companyId);
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const base = { companyId, createdBy: 'T', updatedBy: 'T' };
  const sessions: [string, Date | null, Date][] = [
    // [label, revokedAt, refreshExpiresAt]
    ['live', null, ago(-20 * DAY)],
    ['expired 10 days ago', null, ago(10 * DAY)],
    ['expired 31 days ago', null, ago(31 * DAY)],
    ['revoked 2 days ago, unexpired', ago(2 * DAY), ago(-20 * DAY)],
    ['revoked 29 days ago, expired 40 days ago', ago(29 * DAY), ago(40 * DAY)],
    ['revoked 31 days ago, unexpired', ago(31 * DAY), ago(-1 * DAY)],
    ['revoked 40 days ago, expired', ago(40 * DAY), ago(35 * DAY)],
  ];
  for (const [label, revokedAt, refreshExpiresAt] of sessions) {
    const s = await h.prisma.session.create({
      data: {
        ...base,
        userId: u.userId,
        accessHash: hash(),
        accessExpiresAt: ago(0),
        refreshExpiresAt,
        revokedAt,
        revokedReason: revokedAt ? 'LOGOUT' : null,
        userAgent: label,
      },
    });
    // A rotated and a current refresh token: they go with their session.
    await h.prisma.sessionRefresh.createMany({
      data: [
        { ...base, sessionId: s.id, tokenHash: hash(), usedAt: ago(3 * DAY) },
        { ...base, sessionId: s.id, tokenHash: hash() },
      ],
    });
  }
  const spent: [string, Date, Date | null][] = [
    // [label, expiresAt, usedAt]
    ['open', ago(-HOUR), null],
    ['expired an hour ago', ago(HOUR), null],
    ['expired 2 days ago', ago(2 * DAY), null],
    ['used an hour ago', ago(-HOUR), ago(HOUR)],
    ['used 2 days ago', ago(-5 * DAY), ago(2 * DAY)],
  ];
  for (const [label, expiresAt, usedAt] of spent) {
    await h.prisma.loginChallenge.create({ data: { ...base, userId: u.userId, tokenHash: `${label}-${hash()}`, expiresAt, usedAt } });
    await h.prisma.invite.create({
      data: { ...base, email: `${label.replaceAll(' ', '-')}-${hash().slice(0, 6)}@example.com`, tokenHash: hash(), expiresAt, acceptedAt: usedAt },
    });
  }
  const expiredReset = await userWithPassword(companyId);
  await h.prisma.user.update({ where: { id: expiredReset.userId }, data: { resetTokenHash: hash(), resetExpiresAt: ago(1000) } });
  const openReset = await userWithPassword(companyId);
  await h.prisma.user.update({ where: { id: openReset.userId }, data: { resetTokenHash: hash(), resetExpiresAt: ago(-HOUR) } });
  return { expiredReset: expiredReset.userId, openReset: openReset.userId };
}

/** What is left of a company's login rows, by label. */
async function left(companyId: string) {
  const sessions = await h.prisma.session.findMany({ where: { companyId }, include: { refreshTokens: true } });
  const challenges = await h.prisma.loginChallenge.findMany({ where: { companyId } });
  const invites = await h.prisma.invite.findMany({ where: { companyId } });
  const refreshes = await h.prisma.sessionRefresh.count({ where: { companyId } });
  return {
    sessions: sessions.map((s) => s.userAgent).sort(),
    refreshes,
    challenges: challenges.map((c) => c.tokenHash.replace(/-[0-9a-f]+$/, '')).sort(),
    invites: invites.map((i) => i.email.replace(/-[0-9a-f]+@example\.com$/, '').replaceAll('-', ' ')).sort(),
  };
}

describe('pruning the login data', () => {
  it('deletes exactly the sessions, challenges and invitations past their retention and clears expired reset tokens, in every company', async () => {
    const now = new Date();
    const a = await h.company();
    const b = await h.company();
    const seededA = await seed(a.companyId, now);
    const seededB = await seed(b.companyId, now);
    // What the pure rules say of each row, before the prune.
    const cutoffs = loginPruneCutoffs(now, 30);
    const all = {
      sessions: await h.prisma.session.findMany({ where: { companyId: { in: [a.companyId, b.companyId] } } }),
      challenges: await h.prisma.loginChallenge.findMany({ where: { companyId: { in: [a.companyId, b.companyId] } } }),
      invites: await h.prisma.invite.findMany({ where: { companyId: { in: [a.companyId, b.companyId] } } }),
    };

    const result = await pruneLoginData(h.prisma, 30, now);

    const kept = {
      sessions: ['expired 10 days ago', 'live', 'revoked 2 days ago, unexpired', 'revoked 29 days ago, expired 40 days ago'],
      refreshes: 8,
      challenges: ['expired an hour ago', 'open', 'used an hour ago'],
      invites: ['expired an hour ago', 'open', 'used an hour ago'],
    };
    expect(await left(a.companyId)).toEqual(kept);
    expect(await left(b.companyId)).toEqual(kept);
    // The statements delete what the rules name, row for row.
    const ids = async () => ({
      sessions: (await h.prisma.session.findMany({ where: { id: { in: all.sessions.map((s) => s.id) } } })).map((s) => s.id).sort(),
      challenges: (await h.prisma.loginChallenge.findMany({ where: { id: { in: all.challenges.map((s) => s.id) } } })).map((s) => s.id).sort(),
      invites: (await h.prisma.invite.findMany({ where: { id: { in: all.invites.map((s) => s.id) } } })).map((s) => s.id).sort(),
    });
    expect(await ids()).toEqual({
      sessions: all.sessions
        .filter((s) => !sessionPrunable(s, cutoffs))
        .map((s) => s.id)
        .sort(),
      challenges: all.challenges
        .filter((c) => !spentCredentialPrunable(c, cutoffs))
        .map((c) => c.id)
        .sort(),
      invites: all.invites
        .filter((i) => !spentCredentialPrunable({ expiresAt: i.expiresAt, usedAt: i.acceptedAt }, cutoffs))
        .map((i) => i.id)
        .sort(),
    });
    // Reset tokens: the expired one cleared (hash and expiry), the open one kept.
    for (const [expired, open] of [
      [seededA.expiredReset, seededA.openReset],
      [seededB.expiredReset, seededB.openReset],
    ]) {
      expect(await h.prisma.user.findUniqueOrThrow({ where: { id: expired }, select: { resetTokenHash: true, resetExpiresAt: true } })).toEqual({
        resetTokenHash: null,
        resetExpiresAt: null,
      });
      const o = await h.prisma.user.findUniqueOrThrow({ where: { id: open! }, select: { resetTokenHash: true, resetExpiresAt: true } });
      expect(o.resetTokenHash).not.toBeNull();
      expect(resetTokenClearable(o.resetExpiresAt, cutoffs)).toBe(false);
    }
    expect(result).toEqual({ sessions: 6, challenges: 4, invites: 4, resetTokens: 2, total: 16 });
    // A second prune finds nothing more.
    expect((await pruneLoginData(h.prisma, 30, now)).total).toBe(0);
  });

  it('a live session keeps working after a prune and its rotated token is still re-use; the tokens of a pruned session stay refused', async () => {
    const call = api();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const logIn = async () => {
      const r = await call(Login, { input: { email: u.email, password: PASSWORD } });
      const s = (r.login as { data: { __typename: string; sessionId: string; accessToken: string; refreshToken: string } }).data;
      expect(s.__typename).toBe('LoginSession');
      // The answer's id is a global id ("Session:<uuid>").
      return {
        ...s,
        sessionId: Buffer.from(s.sessionId, 'base64')
          .toString('utf8')
          .replace(/^Session:/, ''),
      };
    };
    const refresh = async (token: string) =>
      (await call(Refresh, { refreshToken: token })).refreshSession as { __typename: string; data?: { accessToken: string; refreshToken: string } };

    // A live session, refreshed once: its first refresh token is rotated.
    const live = await logIn();
    const live2 = (await refresh(live.refreshToken)).data!;
    // A second session whose rotated token came back: revoked for re-use.
    const stolen = await logIn();
    const stolen2 = (await refresh(stolen.refreshToken)).data!;
    expect((await refresh(stolen.refreshToken)).__typename).toBe('InvalidCredentialsError');
    expect(await h.prisma.session.findUniqueOrThrow({ where: { id: stolen.sessionId }, select: { revokedReason: true } })).toEqual({
      revokedReason: 'REFRESH_REUSE',
    });

    // Within the retention the revoked session is kept (its reason answers); 31 days on it goes.
    await pruneLoginData(h.prisma, 30, new Date(Date.now() + 29 * DAY));
    expect(await h.prisma.session.count({ where: { id: stolen.sessionId } })).toBe(1);
    const result = await pruneLoginData(h.prisma, 30, new Date(Date.now() + 31 * DAY));
    expect(result.sessions).toBeGreaterThanOrEqual(1);
    expect(await h.prisma.session.count({ where: { id: stolen.sessionId } })).toBe(0);
    expect(await h.prisma.session.count({ where: { id: live.sessionId } })).toBe(1);

    // The pruned session's tokens, the rotated one and the one that was current, are refused and open nothing.
    for (const t of [stolen.refreshToken, stolen2.refreshToken]) {
      expect(await refresh(t)).toEqual({
        __typename: 'InvalidCredentialsError',
        code: 'INVALID_CREDENTIALS',
        message: expect.any(String),
        path: 'refreshToken',
      });
    }
    expect((await call(LoginMe, {}, stolen2.accessToken))?.me ?? null).toBeNull();
    expect(await h.prisma.session.count({ where: { userId: u.userId } })).toBe(1);

    // The live session works: its access token acts, its refresh token rotates.
    expect((await call(LoginMe, {}, live2.accessToken)).me).toMatchObject({ email: u.email });
    const live3 = await refresh(live2.refreshToken);
    expect(live3.__typename).toBe('MutationRefreshSessionSuccess');
    // Its rotated token, presented after the prune, is still recognised: the session is revoked.
    expect(await refresh(live.refreshToken)).toEqual({
      __typename: 'InvalidCredentialsError',
      code: 'INVALID_CREDENTIALS',
      message: expect.any(String),
      path: 'refreshToken',
    });
    expect(await h.prisma.session.findUniqueOrThrow({ where: { id: live.sessionId }, select: { revokedReason: true } })).toEqual({
      revokedReason: 'REFRESH_REUSE',
    });
    expect((await call(LoginMe, {}, live3.data!.accessToken))?.me ?? null).toBeNull();
  });
});
