// GraphQL of logging in. login, completeLogin, refreshSession, requestPasswordReset,
// resetPassword and acceptInvite are answered without a token (their credential is in the
// input); the rest act for the signed-in user.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import { ErrorInterface } from '../../graphql/types.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { ConflictError } from '../../errors.js';
import { InvalidCredentialsError, TooManyAttemptsError } from './errors.js';
import { GroupRef } from './graphql.js';
import type { LoginRuntime, RequestMeta, SessionTokens } from './login.js';

const LOGIN = Symbol.for('nordic-invoicing.login');

interface LoginRequest {
  runtime: LoginRuntime;
  meta: RequestMeta;
}

/** Gives a request's context the login runtime and who is asking (set where the context is made). */
export function attachLogin<C extends object>(ctx: C, runtime: LoginRuntime, meta: RequestMeta): C {
  // A symbol-keyed property survives graphql-yoga merging contexts with Object.assign.
  Object.assign(ctx, { [LOGIN]: { runtime, meta } satisfies LoginRequest });
  return ctx;
}

/** The request's login runtime and who is asking (other modules reach it through the auth index). */
export function loginOf(ctx: Context): LoginRequest {
  const l = (ctx as unknown as Record<symbol, LoginRequest | undefined>)[LOGIN];
  if (!l) throw new ConflictError('INVALID_STATE', 'Logging in is not available on this server.');
  return l;
}

builder.objectType(InvalidCredentialsError, {
  name: 'InvalidCredentialsError',
  description: 'The credential is wrong, unknown, spent or expired (which of these is not told). `path` names the input field.',
  interfaces: [ErrorInterface],
  isTypeOf: (e: unknown) => e instanceof InvalidCredentialsError,
  fields: () => ({}),
});

builder.objectType(TooManyAttemptsError, {
  name: 'TooManyAttemptsError',
  description: 'Too many attempts (code RATE_LIMITED): the account is locked or the address has used its allowance until retryAt.',
  interfaces: [ErrorInterface],
  isTypeOf: (e: unknown) => e instanceof TooManyAttemptsError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds'),
    retryAt: t.expose('retryAt', { type: 'DateTime' }),
  }),
});

const LOGIN_ERRORS = [InvalidCredentialsError, TooManyAttemptsError];

const LoginSessionRef = builder.objectRef<SessionTokens>('LoginSession').implement({
  description:
    'A new session. Send accessToken as `Authorization: Bearer <token>` until it expires, then exchange refreshToken with refreshSession (each refresh token works once).',
  fields: (t) => ({
    sessionId: t.id({ resolve: (s) => encodeGlobalID('Session', s.sessionId) }),
    accessToken: t.exposeString('accessToken'),
    accessTokenExpiresAt: t.expose('accessTokenExpiresAt', { type: 'DateTime' }),
    refreshToken: t.exposeString('refreshToken'),
    refreshTokenExpiresAt: t.expose('refreshTokenExpiresAt', { type: 'DateTime' }),
  }),
});

const ChallengeRef = builder.objectRef<{ challenge: string; expiresAt: Date }>('SecondFactorChallenge').implement({
  description: 'The password was right and the user has a second factor: call completeLogin with this challenge and a code before expiresAt.',
  fields: (t) => ({
    challenge: t.exposeString('challenge'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
  }),
});

const LoginCompanyRef = builder.objectRef<{ id: string; name: string }>('LoginCompany').implement({
  fields: (t) => ({ id: t.exposeID('id'), name: t.exposeString('name') }),
});

const CompanyChoiceRef = builder.objectRef<{ companies: { id: string; name: string }[] }>('CompanyChoice').implement({
  description: 'The password is right for accounts in several companies: log in again naming one of them.',
  fields: (t) => ({ companies: t.field({ type: [LoginCompanyRef], resolve: (c) => c.companies }) }),
});

type Outcome =
  | ({ __kind: 'session' } & SessionTokens)
  | { __kind: 'challenge'; challenge: string; expiresAt: Date }
  | { __kind: 'choose'; companies: { id: string; name: string }[] };

const LoginOutcomeRef = builder.unionType('LoginOutcome', {
  types: [LoginSessionRef, ChallengeRef, CompanyChoiceRef],
  resolveType: (o) => ('accessToken' in o ? 'LoginSession' : 'challenge' in o ? 'SecondFactorChallenge' : 'CompanyChoice'),
});

const TotpEnrolmentRef = builder.objectRef<{ secret: string; uri: string }>('TotpEnrolment').implement({
  description: 'Shown once: add it to an authenticator app (the URI as a QR code), then confirm with a code.',
  fields: (t) => ({ secret: t.exposeString('secret'), uri: t.exposeString('uri', { description: 'otpauth:// URI.' }) }),
});

export const SessionRef = builder.prismaNode('Session', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  // A session is visible to its user and to user administrators.
  findUnique: (id, ctx) => (ctx.permissions.has('ADMIN_USERS') ? { id } : { id, userId: ctx.auth?.actor.userId ?? '00000000-0000-0000-0000-000000000000' }),
  fields: (t) => ({
    user: t.relation('user'),
    current: t.boolean({ description: 'The session this request is made in.', resolve: (s, _a, ctx) => s.id === ctx.auth?.sessionId }),
    userAgent: t.exposeString('userAgent', { nullable: true }),
    address: t.exposeString('address', { nullable: true, description: 'The client address of the last login or refresh.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    lastRefreshedAt: t.expose('lastRefreshedAt', { type: 'DateTime', nullable: true }),
    expiresAt: t.expose('refreshExpiresAt', { type: 'DateTime', description: 'When the session ends unless refreshed.' }),
  }),
});

builder.prismaObjectFields('User', (t) => ({
  totpEnabled: t.boolean({
    description: 'Whether logging in asks for a second factor (TOTP).',
    select: { totpEnabledAt: true },
    resolve: (u) => u.totpEnabledAt !== null,
  }),
  hasPassword: t.boolean({
    description: 'Whether the user can log in with a password.',
    select: { passwordHash: true },
    resolve: (u) => u.passwordHash !== null,
  }),
}));

builder.queryFields((t) => ({
  mySessions: t.prismaField({
    type: ['Session'],
    authScopes: { authenticated: true },
    description: 'Your live login sessions, newest first.',
    resolve: (query, _r, _a, ctx) =>
      ctx.db.session.findMany({
        ...query,
        where: { userId: actorOf(ctx).userId, revokedAt: null, refreshExpiresAt: { gt: new Date() } },
        orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
      }),
  }),
}));

const LoginInput = builder.inputType('LoginInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    password: t.string({ required: true }),
    company: t.id({ description: 'The company to log in to (an id from CompanyChoice); needed only when the e-mail has accounts in several.' }),
  }),
});

const InviteRef = builder.objectRef<{ id: string; email: string; expiresAt: Date; groupIds: string[] }>('Invite').implement({
  description: 'An invitation sent.',
  fields: (t) => ({
    id: t.id({ resolve: (i) => encodeGlobalID('Invite', i.id) }),
    email: t.exposeString('email'),
    expiresAt: t.expose('expiresAt', { type: 'DateTime' }),
    groupIds: t.idList({ resolve: (i) => i.groupIds.map((g) => encodeGlobalID('Group', g)) }),
  }),
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

builder.mutationFields((t) => ({
  login: t.field({
    type: LoginOutcomeRef,
    errors: { types: LOGIN_ERRORS },
    description: 'Logs in with e-mail and password (no token needed): a session, a second-factor challenge, or a choice of companies.',
    args: { input: t.arg({ type: LoginInput, required: true }) },
    resolve: async (_r, { input }, ctx): Promise<Outcome> => {
      const l = loginOf(ctx);
      const companyId = input.company && UUID.test(input.company) ? input.company.toLowerCase() : input.company ? '00000000-0000-0000-0000-000000000000' : null;
      const r = await l.runtime.login({ email: input.email, password: input.password, companyId }, l.meta);
      if (r.kind === 'session') return { __kind: 'session', ...r.session };
      if (r.kind === 'challenge') return { __kind: 'challenge', challenge: r.challenge, expiresAt: r.expiresAt };
      return { __kind: 'choose', companies: r.companies };
    },
  }),
  completeLogin: t.field({
    type: LoginSessionRef,
    errors: { types: LOGIN_ERRORS },
    description: 'Finishes a login that answered a SecondFactorChallenge, with a code from the authenticator app or a recovery code.',
    args: { challenge: t.arg.string({ required: true }), code: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => {
      const l = loginOf(ctx);
      return l.runtime.completeLogin(args, l.meta);
    },
  }),
  refreshSession: t.field({
    type: LoginSessionRef,
    errors: { types: LOGIN_ERRORS },
    description:
      'Exchanges a refresh token for a new access token and a new refresh token (no token needed). A refresh token works once; presenting one again ends its session.',
    args: { refreshToken: t.arg.string({ required: true }) },
    resolve: (_r, { refreshToken }, ctx) => {
      const l = loginOf(ctx);
      return l.runtime.refreshSession(refreshToken, l.meta);
    },
  }),
  logout: t.field({
    type: 'Boolean',
    errors: { types: LOGIN_ERRORS },
    authScopes: { authenticated: true },
    description: 'Ends the session this request is made in.',
    resolve: (_r, _a, ctx) => loginOf(ctx).runtime.logout(ctx.db, ctx.auth!),
  }),
  logoutEverywhere: t.field({
    type: 'Int',
    errors: { types: LOGIN_ERRORS },
    authScopes: { authenticated: true },
    description: 'Ends every session of yours (API tokens stay). Returns how many ended.',
    resolve: (_r, _a, ctx) => loginOf(ctx).runtime.logoutEverywhere(ctx.db, ctx.auth!),
  }),
  revokeSession: t.field({
    type: 'ID',
    errors: { types: LOGIN_ERRORS },
    authScopes: { authenticated: true },
    description: 'Ends one of your sessions (user administrators: anyone’s). Returns its id.',
    args: { id: t.arg.globalID({ required: true, for: SessionRef }) },
    resolve: async (_r, { id }, ctx) => encodeGlobalID('Session', await loginOf(ctx).runtime.revokeSession(ctx.db, ctx.auth!, id.id)),
  }),
  changePassword: t.field({
    type: LoginSessionRef,
    nullable: true,
    errors: { types: LOGIN_ERRORS },
    authScopes: { authenticated: true },
    description:
      'Sets a new password (the current one is required once there is one). Every session ends; when called in a session, a new one is returned in its place.',
    args: { currentPassword: t.arg.string(), newPassword: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => {
      const l = loginOf(ctx);
      return l.runtime.changePassword(ctx.db, ctx.auth!, args, l.meta);
    },
  }),
  requestPasswordReset: t.field({
    type: 'Boolean',
    errors: { types: LOGIN_ERRORS },
    description: 'E-mails a single-use reset link to the address if it has accounts (no token needed). Always answers true.',
    args: { email: t.arg.string({ required: true }), company: t.arg.id() },
    resolve: (_r, { email, company }, ctx) => {
      const l = loginOf(ctx);
      const companyId = company ? (UUID.test(company) ? company.toLowerCase() : '00000000-0000-0000-0000-000000000000') : null;
      return l.runtime.requestPasswordReset({ email, companyId }, l.meta);
    },
  }),
  resetPassword: t.field({
    type: 'Boolean',
    errors: { types: LOGIN_ERRORS },
    description: 'Sets a new password with the token from a reset link (no token needed); every session of the user ends.',
    args: { token: t.arg.string({ required: true }), newPassword: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => {
      const l = loginOf(ctx);
      return l.runtime.resetPassword(args, l.meta);
    },
  }),
  enrolTotp: t.field({
    type: TotpEnrolmentRef,
    errors: { types: LOGIN_ERRORS },
    authScopes: { authenticated: true },
    description: 'Starts enrolling an authenticator app; logging in asks for a code only after confirmTotp.',
    resolve: (_r, _a, ctx) => loginOf(ctx).runtime.enrolTotp(ctx.db, ctx.auth!),
  }),
  confirmTotp: t.field({
    type: ['String'],
    errors: { types: LOGIN_ERRORS },
    authScopes: { authenticated: true },
    description: 'Turns the second factor on with a code from the app; returns ten one-time recovery codes, shown this once.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, { code }, ctx) => loginOf(ctx).runtime.confirmTotp(ctx.db, ctx.auth!, code),
  }),
  disableTotp: t.field({
    type: 'Boolean',
    errors: { types: LOGIN_ERRORS },
    authScopes: { authenticated: true },
    description: 'Turns the second factor off, with a code from the app or a recovery code.',
    args: { code: t.arg.string({ required: true }) },
    resolve: (_r, { code }, ctx) => loginOf(ctx).runtime.disableTotp(ctx.db, ctx.auth!, code),
  }),
  inviteUser: t.field({
    type: InviteRef,
    errors: { types: LOGIN_ERRORS },
    authScopes: { permission: 'ADMIN_USERS' },
    description:
      'E-mails a single-use invitation link; the invitee chooses a name and password (acceptInvite). A new invitation to the same address voids the older link.',
    args: { email: t.arg.string({ required: true }), groupIds: t.arg.globalIDList({ for: GroupRef }) },
    resolve: (_r, { email, groupIds }, ctx) => loginOf(ctx).runtime.inviteUser(ctx.db, ctx.auth!, { email, groupIds: groupIds?.map((g) => g.id) ?? [] }),
  }),
  acceptInvite: t.field({
    type: LoginSessionRef,
    errors: { types: LOGIN_ERRORS },
    description: 'Accepts an invitation with the token from its link (no token needed): creates or reactivates the user and logs them in.',
    args: {
      token: t.arg.string({ required: true }),
      name: t.arg.string({ required: true }),
      password: t.arg.string({ required: true }),
      signature: t.arg.string({ description: 'Initials; default from the name.' }),
    },
    resolve: (_r, args, ctx) => {
      const l = loginOf(ctx);
      return l.runtime.acceptInvite(args, l.meta);
    },
  }),
}));
