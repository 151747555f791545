// Logging in through the API: passwords, sessions (refresh rotation, re-use detection, logout),
// lockout and its end, password reset by the e-mailed link (read from a local SMTP server), TOTP
// (enrol, login, replay refused, recovery codes) and invitations.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import pg from 'pg';
import { SMTPServer } from 'smtp-server';
import { generate } from 'otplib';
import { graphql } from '../gql/index.js';
import { useHarness } from '../helpers/harness.js';
import { createApp, createLoginRuntimeFor, type App } from '../../src/app.js';
import { smtpNotifier } from '../../src/integration/runtime/notifier.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import type { LoginLimits } from '../../src/http/guard.js';
import type { LoginRuntime } from '../../src/modules/auth/index.js';

const h = useHarness();

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
const CompleteLogin = graphql(`
  mutation CompleteLogin($challenge: String!, $code: String!) {
    completeLogin(challenge: $challenge, code: $code) {
      __typename
      ... on Error { code message path }
      ... on MutationCompleteLoginSuccess { data { accessToken refreshToken } }
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
const Logout = graphql(`mutation Logout { logout { __typename ... on Error { code } ... on MutationLogoutSuccess { data } } }`);
const LogoutEverywhere = graphql(`mutation LogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }`);
const RevokeSession = graphql(`
  mutation RevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } ... on MutationRevokeSessionSuccess { data } } }
`);
const MySessions = graphql(`query MySessions { mySessions { id current userAgent address expiresAt user { id } } }`);
const LoginMe = graphql(`query LoginMe { me { id email totpEnabled hasPassword } }`);
const ChangePassword = graphql(`
  mutation ChangePassword($currentPassword: String, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      __typename
      ... on Error { code path }
      ... on MutationChangePasswordSuccess { data { accessToken refreshToken } }
    }
  }
`);
const RequestReset = graphql(`
  mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { __typename ... on MutationRequestPasswordResetSuccess { data } } }
`);
const ResetPassword = graphql(`
  mutation ResetPassword($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword) {
      __typename
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
      ... on MutationResetPasswordSuccess { data }
    }
  }
`);
const EnrolTotp = graphql(`mutation EnrolTotp { enrolTotp { __typename ... on Error { code } ... on MutationEnrolTotpSuccess { data { secret uri } } } }`);
const ConfirmTotp = graphql(`
  mutation ConfirmTotp($code: String!) { confirmTotp(code: $code) { __typename ... on Error { code path } ... on MutationConfirmTotpSuccess { data } } }
`);
const DisableTotp = graphql(`
  mutation DisableTotp($code: String!) { disableTotp(code: $code) { __typename ... on Error { code path } ... on MutationDisableTotpSuccess { data } } }
`);
const InviteUser = graphql(`
  mutation InviteUser($email: String!, $groupIds: [ID!]) {
    inviteUser(email: $email, groupIds: $groupIds) {
      __typename
      ... on Error { code path }
      ... on MutationInviteUserSuccess { data { id email expiresAt } }
    }
  }
`);
const AcceptInvite = graphql(`
  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {
    acceptInvite(token: $token, name: $name, password: $password) {
      __typename
      ... on Error { code path }
      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }
    }
  }
`);
const LoginGroups = graphql(`query LoginGroups { groups { id name } }`);
const DeactivateUser = graphql(`
  mutation LoginDeactivateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { active } } } }
`);

// --- the local SMTP server -------------------------------------------------------------------
const mail: { to: string[]; text: string }[] = [];
let smtp: SMTPServer;
let smtpUrl: string;

/** The body of a message, quoted-printable undone. */
function decode(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (ch: Buffer) => (raw += ch.toString('utf8')));
      stream.on('end', () => {
        mail.push({ to: session.envelope.rcptTo.map((r) => r.address), text: decode(raw) });
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  smtpUrl = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  h.integrations.notifier = null;
  for (const p of pools) await p.end();
  await new Promise<void>((r) => smtp.close(() => r()));
});

/** The token of the last link e-mailed to `to` under `path`. */
function linkToken(to: string, path: string): string {
  const m = [...mail].reverse().find((x) => x.to.includes(to) && x.text.includes(`/${path}#token=`));
  if (!m) throw new Error(`no ${path} e-mail to ${to}`);
  return new RegExp(`/${path}#token=([A-Za-z0-9_-]+)`).exec(m.text)![1]!;
}

// --- an API instance with its own login runtime ---------------------------------------------
const pools: pg.Pool[] = [];

interface Instance {
  app: App;
  login: LoginRuntime;
  exec<R, V>(doc: TypedDocumentNode<R, V>, vars: V, token?: string | null, address?: string): Promise<{ data?: R | null; errors?: unknown[] }>;
}

let addressCounter = 0;
const uniqueAddress = () => `10.9.${(addressCounter >> 8) & 255}.${addressCounter++ & 255}`;

function instance(limits: Partial<LoginLimits> = {}): Instance {
  let pool: pg.Pool | null = null;
  if (h.db.kind === 'postgres') {
    pool = new pg.Pool({ connectionString: h.db.url, max: 3 });
    pools.push(pool);
  }
  const login = createLoginRuntimeFor(h.prisma, h.integrations, {
    pool,
    limits: { maxFailures: 5, failureWindowSeconds: 900, lockoutSeconds: 900, attemptsPerAddress: 1000, resetEmailsPerHour: 10, ...limits },
    settings: { publicAppUrl: 'https://app.example.test/', totpIssuer: 'Test invoicing' },
  });
  h.integrations.notifier = smtpNotifier(smtpUrl, 'Login <noreply@example.test>');
  const app = createApp({ prisma: h.prisma, logErrors: process.env.TEST_LOG_ERRORS === '1', integrations: h.integrations, login });
  const address = uniqueAddress();
  return {
    app,
    login,
    async exec(doc, vars, token = null, from = address) {
      const res = await app.fetch(
        'http://test.local/graphql',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'login-test', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ query: print(doc), variables: vars }),
        },
        { req: { socket: { remoteAddress: from } } } as never,
      );
      return (await res.json()) as never;
    },
  };
}

const PASSWORD = 'correct horse battery';

/** A user (with an API token) who has a password. */
async function userWithPassword(companyId: string, permissions: Parameters<typeof h.user>[1] = ['CUSTOMER_VIEW'], password = PASSWORD) {
  const u = await h.user(companyId, permissions);
  const user = await h.prisma.user.update({ where: { id: u.userId }, data: { passwordHash: await hashPassword(password) } });
  return { ...u, email: user.email };
}

interface LoginAnswer {
  __typename: string;
  code?: string;
  path?: string;
  retryAfterSeconds?: number;
  data?: Record<string, unknown>;
}

async function login(i: Instance, email: string, password = PASSWORD, company: string | null = null, address?: string) {
  const r = await i.exec(Login, { input: { email, password, company } }, null, address);
  return r.data!.login as unknown as LoginAnswer;
}

async function session(i: Instance, email: string, password = PASSWORD) {
  const r = await login(i, email, password);
  expect(r.__typename).toBe('MutationLoginSuccess');
  const s = r.data as { __typename: string; accessToken: string; refreshToken: string; sessionId: string };
  expect(s.__typename).toBe('LoginSession');
  return s;
}

async function meWith(i: Instance, token: string) {
  const r = await i.exec(LoginMe, {}, token);
  return r.data?.me ?? null;
}

describe('login', () => {
  it('logs in with e-mail and password; the access token acts as the user; a wrong password, an unknown e-mail and an inactive user get the same answer', async () => {
    const i = instance();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const s = await session(i, u.email.toUpperCase());
    expect(s.accessToken).toMatch(/^npa_/);
    expect(s.refreshToken).toMatch(/^npr_/);
    const me = await meWith(i, s.accessToken);
    expect(me).toMatchObject({ email: u.email, totpEnabled: false, hasPassword: true });
    // Stored only as hashes.
    const row = await h.prisma.session.findFirstOrThrow({ where: { userId: u.userId } });
    expect(JSON.stringify(row)).not.toContain(s.accessToken.slice(4));

    const wrong = await login(i, u.email, 'wrong password!');
    const unknown = await login(i, 'nobody@example.com', PASSWORD);
    expect(wrong).toEqual({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', message: expect.any(String), path: 'password' });
    expect(unknown).toEqual(wrong);

    await h.prisma.user.update({ where: { id: u.userId }, data: { active: false } });
    expect(await login(i, u.email)).toEqual(wrong);
    await h.prisma.user.update({ where: { id: u.userId }, data: { active: true } });
  });

  it('a person with accounts in two companies: the password decides which companies are named; a company named logs in there', async () => {
    const i = instance();
    const a = await h.company('Alpha AB');
    const b = await h.company('Beta AB');
    const c = await h.company('Gamma AB');
    const ua = await userWithPassword(a.companyId);
    const email = ua.email;
    const ub = await h.user(b.companyId, ['CUSTOMER_VIEW']);
    await h.prisma.user.update({ where: { id: ub.userId }, data: { email, passwordHash: await hashPassword(PASSWORD) } });
    const uc = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    await h.prisma.user.update({ where: { id: uc.userId }, data: { email, passwordHash: await hashPassword('another password') } });

    const choice = await login(i, email);
    expect(choice.data).toEqual({
      __typename: 'CompanyChoice',
      companies: expect.arrayContaining([
        { id: a.companyId, name: 'Alpha AB' },
        { id: b.companyId, name: 'Beta AB' },
      ]),
    });
    expect(JSON.stringify(choice)).not.toContain('Gamma');

    const inB = await login(i, email, PASSWORD, b.companyId);
    expect((await meWith(i, (inB.data as { accessToken: string }).accessToken))?.id).toBeDefined();
    const sessionB = await h.prisma.session.findFirstOrThrow({ where: { userId: ub.userId } });
    expect(sessionB.companyId).toBe(b.companyId);
    // The other password logs straight in to the one company it belongs to.
    const inC = await login(i, email, 'another password');
    expect((inC.data as { __typename: string }).__typename).toBe('LoginSession');
    // A company where the password is wrong answers like any wrong password.
    expect((await login(i, email, 'another password', a.companyId)).__typename).toBe('InvalidCredentialsError');
  });
});

describe('sessions', () => {
  it('refresh rotates both tokens; re-using a rotated refresh token ends the whole session', async () => {
    const i = instance();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const first = await session(i, u.email);

    const r1 = (await i.exec(Refresh, { refreshToken: first.refreshToken })).data!.refreshSession as { __typename: string; data: typeof first };
    expect(r1.__typename).toBe('MutationRefreshSessionSuccess');
    expect(r1.data.sessionId).toBe(first.sessionId);
    expect(r1.data.refreshToken).not.toBe(first.refreshToken);
    expect(r1.data.accessToken).not.toBe(first.accessToken);
    // The old access token is replaced; the new one works.
    expect(await meWith(i, first.accessToken)).toBeNull();
    expect(await meWith(i, r1.data.accessToken)).not.toBeNull();

    const r2 = (await i.exec(Refresh, { refreshToken: r1.data.refreshToken })).data!.refreshSession as unknown as { data: typeof first };
    expect(await meWith(i, r2.data.accessToken)).not.toBeNull();

    // The first refresh token again: someone else holds this session's tokens.
    const reuse = (await i.exec(Refresh, { refreshToken: first.refreshToken })).data!.refreshSession;
    expect(reuse).toMatchObject({ __typename: 'InvalidCredentialsError', code: 'INVALID_CREDENTIALS', path: 'refreshToken' });
    expect(await meWith(i, r2.data.accessToken)).toBeNull();
    expect((await i.exec(Refresh, { refreshToken: r2.data.refreshToken })).data!.refreshSession).toMatchObject({ __typename: 'InvalidCredentialsError' });
    expect(
      await h.prisma.session.findUniqueOrThrow({ where: { id: (await h.prisma.session.findFirstOrThrow({ where: { userId: u.userId } })).id } }),
    ).toMatchObject({
      revokedReason: 'REFRESH_REUSE',
    });
    // Garbage and other kinds of tokens are refused.
    for (const t of ['npr_unknown', first.accessToken, 'x'.repeat(5000)]) {
      expect((await i.exec(Refresh, { refreshToken: t })).data!.refreshSession).toMatchObject({ __typename: 'InvalidCredentialsError' });
    }
  });

  it('logout ends the session; mySessions lists the live ones; one can be revoked; logout everywhere ends all; an API token cannot log out', async () => {
    const i = instance();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const s1 = await session(i, u.email);
    const s2 = await session(i, u.email);
    const s3 = await session(i, u.email);

    const list = (await i.exec(MySessions, {}, s1.accessToken)).data!.mySessions;
    expect(list.map((s) => s.id).sort()).toEqual([s1.sessionId, s2.sessionId, s3.sessionId].sort());
    expect(list.find((s) => s.current)?.id).toBe(s1.sessionId);
    expect(list[0]!.userAgent).toBe('login-test');

    expect((await i.exec(Logout, {}, s1.accessToken)).data!.logout).toMatchObject({ data: true });
    expect(await meWith(i, s1.accessToken)).toBeNull();
    expect((await i.exec(Refresh, { refreshToken: s1.refreshToken })).data!.refreshSession).toMatchObject({ __typename: 'InvalidCredentialsError' });

    expect((await i.exec(RevokeSession, { id: s3.sessionId }, s2.accessToken)).data!.revokeSession).toMatchObject({ data: s3.sessionId });
    expect(await meWith(i, s3.accessToken)).toBeNull();
    expect(await meWith(i, s2.accessToken)).not.toBeNull();
    // Another user's session is not found (and stays live).
    const other = await userWithPassword(c.companyId);
    const os = await session(i, other.email);
    expect((await i.exec(RevokeSession, { id: os.sessionId }, s2.accessToken)).data!.revokeSession).toMatchObject({ __typename: 'NotFoundError' });
    expect(await meWith(i, os.accessToken)).not.toBeNull();

    const s4 = await session(i, u.email);
    expect((await i.exec(LogoutEverywhere, {}, s4.accessToken)).data!.logoutEverywhere).toMatchObject({ data: 2 });
    expect(await meWith(i, s2.accessToken)).toBeNull();
    expect(await meWith(i, s4.accessToken)).toBeNull();
    expect(await meWith(i, u.token)).not.toBeNull();

    expect((await i.exec(Logout, {}, u.token)).data!.logout).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
  });

  it('deactivating a user ends their sessions at once; a password change ends every session and gives the caller a new one', async () => {
    const i = instance();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const s1 = await session(i, u.email);
    const s2 = await session(i, u.email);

    const changed = (await i.exec(ChangePassword, { currentPassword: 'not it at all', newPassword: 'a new password 1' }, s1.accessToken)).data!.changePassword;
    expect(changed).toMatchObject({ __typename: 'InvalidCredentialsError', path: 'currentPassword' });
    const tooShort = (await i.exec(ChangePassword, { currentPassword: PASSWORD, newPassword: 'short' }, s1.accessToken)).data!.changePassword;
    expect(tooShort).toMatchObject({ __typename: 'ValidationError', path: 'newPassword' });
    const asEmail = (await i.exec(ChangePassword, { currentPassword: PASSWORD, newPassword: u.email }, s1.accessToken)).data!.changePassword;
    expect(asEmail).toMatchObject({ __typename: 'ValidationError', path: 'newPassword' });
    const ok = (await i.exec(ChangePassword, { currentPassword: PASSWORD, newPassword: 'a new password 1' }, s1.accessToken)).data!.changePassword as {
      data: { accessToken: string };
    };
    expect(await meWith(i, s1.accessToken)).toBeNull();
    expect(await meWith(i, s2.accessToken)).toBeNull();
    expect(await meWith(i, ok.data.accessToken)).not.toBeNull();
    expect((await login(i, u.email, PASSWORD)).__typename).toBe('InvalidCredentialsError');
    const s3 = await session(i, u.email, 'a new password 1');

    const uid = (await meWith(i, s3.accessToken))!.id;
    const off = (await i.exec(DeactivateUser, { input: { id: uid, active: false } }, c.adminToken)).data!.updateUser;
    expect(off).toMatchObject({ data: { active: false } });
    expect(await meWith(i, s3.accessToken)).toBeNull();
    expect((await i.exec(Refresh, { refreshToken: s3.refreshToken })).data!.refreshSession).toMatchObject({ __typename: 'InvalidCredentialsError' });
    expect(await h.prisma.session.count({ where: { userId: u.userId, revokedAt: null } })).toBe(0);
  });
});

describe('lockout', () => {
  it('after N failed attempts the account is locked (RATE_LIMITED with when to retry), even for the right password, until the lockout ends; a success resets the count', async () => {
    const i = instance({ maxFailures: 3, failureWindowSeconds: 60, lockoutSeconds: 2 });
    const c = await h.company();
    const u = await userWithPassword(c.companyId);

    // Two failures, then a success: the count starts again.
    for (let n = 0; n < 2; n++) expect((await login(i, u.email, 'wrong password!')).__typename).toBe('InvalidCredentialsError');
    await session(i, u.email);
    for (let n = 0; n < 3; n++) expect((await login(i, u.email, 'wrong password!')).__typename).toBe('InvalidCredentialsError');

    const locked = await login(i, u.email);
    expect(locked).toMatchObject({ __typename: 'TooManyAttemptsError', code: 'RATE_LIMITED', path: 'email' });
    expect(locked.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(locked.retryAfterSeconds).toBeLessThanOrEqual(2);
    // From another address too: the lock is the account's.
    expect((await login(i, u.email, PASSWORD, null, uniqueAddress())).__typename).toBe('TooManyAttemptsError');
    // Other accounts are unaffected.
    const other = await userWithPassword(c.companyId);
    await session(i, other.email);

    await new Promise((r) => setTimeout(r, 2_300));
    await session(i, u.email);
  });

  it('attempts from one client address are limited across accounts', async () => {
    const i = instance({ attemptsPerAddress: 4 });
    const from = uniqueAddress();
    for (let n = 0; n < 4; n++) expect((await login(i, `someone${n}@example.com`, 'wrong password!', null, from)).__typename).toBe('InvalidCredentialsError');
    expect(await login(i, 'someone9@example.com', 'wrong password!', null, from)).toMatchObject({ __typename: 'TooManyAttemptsError', code: 'RATE_LIMITED' });
    expect((await login(i, 'someone9@example.com', 'wrong password!', null, uniqueAddress())).__typename).toBe('InvalidCredentialsError');
  });
});

describe('password reset', () => {
  it('the e-mailed link sets a new password once; older links are void; every session ends; an unknown address gets the same answer and no e-mail', async () => {
    const i = instance();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const s = await session(i, u.email);

    const sent = mail.length;
    expect((await i.exec(RequestReset, { email: 'nobody-here@example.com' })).data!.requestPasswordReset).toEqual({
      __typename: 'MutationRequestPasswordResetSuccess',
      data: true,
    });
    await i.login.idle();
    expect(mail.length).toBe(sent);

    expect((await i.exec(RequestReset, { email: u.email.toUpperCase() })).data!.requestPasswordReset).toMatchObject({ data: true });
    await i.login.idle();
    const older = linkToken(u.email, 'reset-password');
    expect(older).toMatch(/^npw_/);
    expect(mail.at(-1)!.text).toContain('https://app.example.test/reset-password#token=');
    await i.exec(RequestReset, { email: u.email });
    await i.login.idle();
    const token = linkToken(u.email, 'reset-password');
    expect(token).not.toBe(older);

    expect((await i.exec(ResetPassword, { token: older, newPassword: 'brand new password' })).data!.resetPassword).toMatchObject({
      __typename: 'InvalidCredentialsError',
      path: 'token',
    });
    expect((await i.exec(ResetPassword, { token, newPassword: 'short' })).data!.resetPassword).toMatchObject({
      __typename: 'ValidationError',
      path: 'newPassword',
    });
    expect((await i.exec(ResetPassword, { token, newPassword: 'brand new password' })).data!.resetPassword).toMatchObject({ data: true });
    expect((await i.exec(ResetPassword, { token, newPassword: 'another new password' })).data!.resetPassword).toMatchObject({
      __typename: 'InvalidCredentialsError',
      path: 'token',
    });
    expect(await meWith(i, s.accessToken)).toBeNull();
    expect((await login(i, u.email, PASSWORD)).__typename).toBe('InvalidCredentialsError');
    await session(i, u.email, 'brand new password');
  });

  it('an expired link is refused', async () => {
    const i = instance();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    await i.exec(RequestReset, { email: u.email });
    await i.login.idle();
    const token = linkToken(u.email, 'reset-password');
    await h.prisma.user.update({ where: { id: u.userId }, data: { resetExpiresAt: new Date(Date.now() - 1000) } });
    expect((await i.exec(ResetPassword, { token, newPassword: 'brand new password' })).data!.resetPassword).toMatchObject({
      __typename: 'InvalidCredentialsError',
    });
  });
});

describe('TOTP', () => {
  it('enrol, confirm with a code, then login asks for a code; a code is accepted once; recovery codes work once; disabling needs a code', async () => {
    const i = instance();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const s = await session(i, u.email);

    const enrol = (await i.exec(EnrolTotp, {}, s.accessToken)).data!.enrolTotp as { data: { secret: string; uri: string } };
    expect(enrol.data.uri).toMatch(/^otpauth:\/\/totp\/Test%20invoicing:.+\?secret=/);
    const secret = enrol.data.secret;
    // Stored encrypted, not as the secret.
    const stored = await h.prisma.user.findUniqueOrThrow({ where: { id: u.userId } });
    expect(stored.totpSecret).toMatch(/^v1:/);
    expect(stored.totpSecret).not.toContain(secret);
    // Not required before it is confirmed.
    expect((await session(i, u.email)).accessToken).toMatch(/^npa_/);

    const now = Math.floor(Date.now() / 1000);
    expect((await i.exec(ConfirmTotp, { code: '000000' }, s.accessToken)).data!.confirmTotp).toMatchObject({
      __typename: 'InvalidCredentialsError',
      path: 'code',
    });
    const confirmed = (await i.exec(ConfirmTotp, { code: await generate({ secret, epoch: now }) }, s.accessToken)).data!.confirmTotp as { data: string[] };
    expect(confirmed.data).toHaveLength(10);
    expect((await meWith(i, s.accessToken))!.totpEnabled).toBe(true);

    const first = await login(i, u.email);
    const challenge = (first.data as { __typename: string; challenge: string }).challenge;
    expect((first.data as { __typename: string }).__typename).toBe('SecondFactorChallenge');
    expect(challenge).toMatch(/^npc_/);
    // The next step's code (one step of drift is accepted).
    const code = await generate({ secret, epoch: now + 30 });
    const done = (await i.exec(CompleteLogin, { challenge, code })).data!.completeLogin as { __typename: string; data: { accessToken: string } };
    expect(done.__typename).toBe('MutationCompleteLoginSuccess');
    expect(await meWith(i, done.data.accessToken)).not.toBeNull();
    // The challenge is spent.
    expect((await i.exec(CompleteLogin, { challenge, code })).data!.completeLogin).toMatchObject({ __typename: 'InvalidCredentialsError' });

    // The same code on a new challenge: a replay, refused.
    const again = ((await login(i, u.email)).data as { challenge: string }).challenge;
    expect((await i.exec(CompleteLogin, { challenge: again, code })).data!.completeLogin).toMatchObject({
      __typename: 'InvalidCredentialsError',
      path: 'code',
    });
    // A recovery code, once.
    const recovery = confirmed.data[0]!;
    expect((await i.exec(CompleteLogin, { challenge: again, code: recovery.toLowerCase() })).data!.completeLogin).toMatchObject({
      __typename: 'MutationCompleteLoginSuccess',
    });
    const third = ((await login(i, u.email)).data as { challenge: string }).challenge;
    expect((await i.exec(CompleteLogin, { challenge: third, code: recovery })).data!.completeLogin).toMatchObject({ __typename: 'InvalidCredentialsError' });

    expect((await i.exec(DisableTotp, { code: '123456' }, s.accessToken)).data!.disableTotp).toMatchObject({ __typename: 'InvalidCredentialsError' });
    expect((await i.exec(DisableTotp, { code: confirmed.data[1]! }, s.accessToken)).data!.disableTotp).toMatchObject({ data: true });
    expect((await meWith(i, s.accessToken))!.totpEnabled).toBe(false);
    expect(((await login(i, u.email)).data as { __typename: string }).__typename).toBe('LoginSession');
  });

  it('failed codes count toward the lockout', async () => {
    const i = instance({ maxFailures: 3, lockoutSeconds: 60 });
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const s = await session(i, u.email);
    const secret = ((await i.exec(EnrolTotp, {}, s.accessToken)).data!.enrolTotp as { data: { secret: string } }).data.secret;
    await i.exec(ConfirmTotp, { code: await generate({ secret }) }, s.accessToken);
    const challenge = ((await login(i, u.email)).data as { challenge: string }).challenge;
    expect((await i.exec(CompleteLogin, { challenge, code: '000000' })).data!.completeLogin).toMatchObject({ __typename: 'InvalidCredentialsError' });
    expect((await i.exec(CompleteLogin, { challenge, code: '000001' })).data!.completeLogin).toMatchObject({ __typename: 'InvalidCredentialsError' });
    expect(
      (await i.exec(CompleteLogin, { challenge, code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }) })).data!.completeLogin,
    ).toMatchObject({
      __typename: 'TooManyAttemptsError',
      code: 'RATE_LIMITED',
      path: 'code',
    });
  });
});

describe('invitations', () => {
  it('an administrator invites an address into groups; the e-mailed link creates the user, logged in; re-inviting voids the older link', async () => {
    const i = instance();
    const c = await h.company();
    const groups = (await i.exec(LoginGroups, {}, c.adminToken)).data!.groups;
    const group = groups[0]!;

    const first = (await i.exec(InviteUser, { email: 'New.Person@Example.com', groupIds: [group.id] }, c.adminToken)).data!.inviteUser;
    expect(first).toMatchObject({ __typename: 'MutationInviteUserSuccess', data: { email: 'new.person@example.com' } });
    const older = linkToken('new.person@example.com', 'accept-invite');
    await i.exec(InviteUser, { email: 'new.person@example.com', groupIds: [group.id] }, c.adminToken);
    const token = linkToken('new.person@example.com', 'accept-invite');
    expect(token).not.toBe(older);

    // Without ADMIN_USERS: refused.
    const plain = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    expect((await i.exec(InviteUser, { email: 'x@example.com' }, plain.token)).data!.inviteUser).toMatchObject({ __typename: 'ForbiddenError' });

    expect((await i.exec(AcceptInvite, { token: older, name: 'New Person', password: 'my own password' })).data!.acceptInvite).toMatchObject({
      __typename: 'InvalidCredentialsError',
      path: 'token',
    });
    expect((await i.exec(AcceptInvite, { token, name: 'New Person', password: 'new.person@example.com' })).data!.acceptInvite).toMatchObject({
      __typename: 'ValidationError',
      path: 'password',
    });
    const accepted = (await i.exec(AcceptInvite, { token, name: 'New Person', password: 'my own password' })).data!.acceptInvite as {
      __typename: string;
      data: { accessToken: string };
    };
    expect(accepted.__typename).toBe('MutationAcceptInviteSuccess');
    const me = await meWith(i, accepted.data.accessToken);
    expect(me).toMatchObject({ email: 'new.person@example.com', hasPassword: true });
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'T' });
    const user = await db.user.findFirstOrThrow({ where: { email: 'new.person@example.com' }, include: { groups: { include: { group: true } } } });
    expect(user.signature).toBe('NP');
    expect(user.groups.map((g) => g.group.name)).toEqual([group.name]);
    expect((await i.exec(AcceptInvite, { token, name: 'New Person', password: 'my own password' })).data!.acceptInvite).toMatchObject({
      __typename: 'InvalidCredentialsError',
    });
    await session(i, 'new.person@example.com', 'my own password');
    // An active user cannot be invited again.
    expect((await i.exec(InviteUser, { email: 'new.person@example.com' }, c.adminToken)).data!.inviteUser).toMatchObject({
      __typename: 'ConflictError',
      path: 'email',
    });
  });
});

describe('concurrency (the proof is the PostgreSQL run: PGlite has one connection)', () => {
  it('a reset link is used once even by concurrent calls', async () => {
    const i = instance();
    const c = await h.company();
    for (let round = 0; round < 3; round++) {
      const u = await userWithPassword(c.companyId);
      await i.exec(RequestReset, { email: u.email });
      await i.login.idle();
      const token = linkToken(u.email, 'reset-password');
      const results = await Promise.all(
        ['first new password', 'second new password', 'third new password'].map(async (newPassword) => ({
          newPassword,
          r: (await i.exec(ResetPassword, { token, newPassword }, null, uniqueAddress())).data!.resetPassword,
        })),
      );
      const won = results.filter((x) => x.r.__typename === 'MutationResetPasswordSuccess');
      expect(won).toHaveLength(1);
      expect(results.filter((x) => x.r.__typename === 'InvalidCredentialsError')).toHaveLength(2);
      // The password is the winner's.
      await session(i, u.email, won[0]!.newPassword);
    }
  });

  it('a refresh token is exchanged once even by concurrent calls (the losers end the session)', async () => {
    const i = instance();
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const s = await session(i, u.email);
    const results = await Promise.all(
      [1, 2, 3].map(async () => (await i.exec(Refresh, { refreshToken: s.refreshToken }, null, uniqueAddress())).data!.refreshSession),
    );
    expect(results.filter((r) => r.__typename === 'MutationRefreshSessionSuccess').length).toBeLessThanOrEqual(1);
    expect(results.filter((r) => r.__typename === 'InvalidCredentialsError').length).toBeGreaterThanOrEqual(2);
    const row = await h.prisma.session.findUniqueOrThrow({ where: { id: Buffer.from(s.sessionId, 'base64').toString().split(':')[1]! } });
    expect(row.revokedReason).toBe('REFRESH_REUSE');
  });

  it('concurrent guesses cannot pass the lockout: only N passwords are checked', async () => {
    const i = instance({ maxFailures: 3, lockoutSeconds: 60 });
    const c = await h.company();
    const u = await userWithPassword(c.companyId);
    const results = await Promise.all(Array.from({ length: 10 }, (_, n) => login(i, u.email, `wrong password ${n}`, null, uniqueAddress())));
    expect(results.filter((r) => r.__typename === 'InvalidCredentialsError')).toHaveLength(3);
    expect(results.filter((r) => r.__typename === 'TooManyAttemptsError')).toHaveLength(7);
  });

  it('an invitation is accepted once even by concurrent calls', async () => {
    const i = instance();
    const c = await h.company();
    await i.exec(InviteUser, { email: 'racer@example.com' }, c.adminToken);
    const token = linkToken('racer@example.com', 'accept-invite');
    const results = await Promise.all(
      ['Racer One', 'Racer Two'].map(
        async (name) => (await i.exec(AcceptInvite, { token, name, password: 'racing password' }, null, uniqueAddress())).data!.acceptInvite,
      ),
    );
    expect(results.filter((r) => r.__typename === 'MutationAcceptInviteSuccess')).toHaveLength(1);
    expect(results.filter((r) => r.__typename === 'InvalidCredentialsError')).toHaveLength(1);
    expect(await h.prisma.user.count({ where: { companyId: c.companyId, email: 'racer@example.com' } })).toBe(1);
  });
});
