// Cross-tenant cases for logging in: company B's administrator has a password and a live session;
// company A's administrator (an API token) lists and revokes sessions by B's id, and the
// credential-bearing mutations are tried with B's e-mail and made-up tokens. A learns nothing of
// B, and B's session, password and rows stay as they were.
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { hashPassword } from '../../../src/modules/auth/passwords.js';
import { generateSecret } from '../../../src/modules/auth/tokens.js';
import { execAsA, gid, remember, type TenantModule, type TenantWorld } from './world.js';

const Q = {
  sessions: graphql(`query TenantMySessions { mySessions { id user { id email } } }`),
};
const M = {
  login: graphql(`
    mutation TenantLogin($input: LoginInput!) {
      login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename } } }
    }
  `),
  complete: graphql(`
    mutation TenantCompleteLogin($challenge: String!, $code: String!) { completeLogin(challenge: $challenge, code: $code) { __typename ... on Error { code } } }
  `),
  refresh: graphql(`mutation TenantRefreshSession($t: String!) { refreshSession(refreshToken: $t) { __typename ... on Error { code } } }`),
  logout: graphql(`mutation TenantLogout { logout { __typename ... on Error { code } } }`),
  everywhere: graphql(`mutation TenantLogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }`),
  revoke: graphql(`mutation TenantRevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } } }`),
  change: graphql(`
    mutation TenantChangePassword($p: String!) { changePassword(newPassword: $p) { __typename ... on Error { code } } }
  `),
  requestReset: graphql(`mutation TenantRequestReset($email: String!) { requestPasswordReset(email: $email) { __typename } }`),
  reset: graphql(`mutation TenantResetPassword($t: String!) { resetPassword(token: $t, newPassword: "a fine password") { __typename ... on Error { code } } }`),
  enrol: graphql(`mutation TenantEnrolTotp { enrolTotp { __typename ... on Error { code } } }`),
  confirm: graphql(`mutation TenantConfirmTotp { confirmTotp(code: "000000") { __typename ... on Error { code } } }`),
  disable: graphql(`mutation TenantDisableTotp { disableTotp(code: "000000") { __typename ... on Error { code } } }`),
  invite: graphql(`mutation TenantInviteUser($email: String!) { inviteUser(email: $email) { __typename ... on Error { code } } }`),
  accept: graphql(`
    mutation TenantAcceptInvite($t: String!) { acceptInvite(token: $t, name: "X", password: "a fine password") { __typename ... on Error { code } } }
  `),
};

let bEmail = '';

export const loginTenantModule: TenantModule = {
  name: 'login',
  async seed(w: TenantWorld) {
    const db = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: w.b.adminUserId, signature: 'SEED' });
    const admin = await db.user.update({ where: { id: w.b.adminUserId }, data: { passwordHash: await hashPassword('victim password 1') } });
    bEmail = admin.email;
    const session = await db.session.create({
      data: scoped<Prisma.SessionUncheckedCreateInput>({
        userId: admin.id,
        accessHash: generateSecret('npa_').hash,
        accessExpiresAt: new Date(Date.now() + 900_000),
        refreshExpiresAt: new Date(Date.now() + 86_400_000),
        userAgent: 'Victim Browser',
      }),
    });
    remember(w, 'Session', session.id);
    remember(w, 'User', admin.id);
    w.markers.push('Victim Browser');
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    return {
      mySessions: { run: () => exec(Q.sessions, {}) },
      revokeSession: { run: () => exec(M.revoke, { id: gid(w, 'Session') }), expectError: 'NotFoundError' },
      logout: { run: () => exec(M.logout, {}), expectError: 'ConflictError' },
      logoutEverywhere: { run: () => exec(M.everywhere, {}) },
      // A's administrator sets their own password; B's stays.
      changePassword: { run: () => exec(M.change, { p: 'attacker password 1' }) },
      // B's e-mail with a wrong password: the same answer as any wrong password.
      login: {
        run: () => exec(M.login, { input: { email: bEmail, password: 'guessing password', company: w.b.companyId } }),
        expectError: 'InvalidCredentialsError',
      },
      completeLogin: { run: () => exec(M.complete, { challenge: 'npc_made-up', code: '123456' }), expectError: 'InvalidCredentialsError' },
      refreshSession: { run: () => exec(M.refresh, { t: 'npr_made-up' }), expectError: 'InvalidCredentialsError' },
      requestPasswordReset: { run: () => exec(M.requestReset, { email: bEmail }) },
      resetPassword: { run: () => exec(M.reset, { t: 'npw_made-up' }), expectError: 'InvalidCredentialsError' },
      enrolTotp: { run: () => exec(M.enrol, {}) },
      confirmTotp: { run: () => exec(M.confirm, {}), expectError: 'InvalidCredentialsError' },
      disableTotp: { run: () => exec(M.disable, {}), expectError: 'ConflictError' },
      // Into A's own company; no e-mail is configured here, so it is refused.
      inviteUser: { run: () => exec(M.invite, { email: bEmail }), expectError: 'ConflictError' },
      acceptInvite: { run: () => exec(M.accept, { t: 'npv_made-up' }), expectError: 'InvalidCredentialsError' },
    };
  },
};
