// Cross-tenant cases for customer users: company A (every permission) invites a user to B's
// customer, changes the rights of and deletes B's customer user (each NOT_FOUND); a customer user
// of A sees in their portal only A's customer, nothing of B.
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { CREDENTIAL_PREFIXES } from '../../../src/modules/auth/login-rules.js';
import { generateSecret } from '../../../src/modules/auth/tokens.js';
import { execAsA, gid, remember, type TenantModule, type TenantWorld } from './world.js';

const Q = {
  portal: graphql(`
    query TenantCustomerPortal {
      customerPortal {
        number
        name
        invoices(first: 10) { totalCount edges { node { number pdfUrl } } }
        projects(first: 10) { totalCount edges { node { number name } } }
        documents(first: 10) { totalCount edges { node { name url } } }
        documentFolders { id name }
      }
    }
  `),
};
const M = {
  invite: graphql(`
    mutation TenantInviteCustomerUser($customerId: ID!) {
      inviteCustomerUser(customerId: $customerId, email: "intruder@a.example", rights: [INVOICES]) { __typename ... on Error { code } }
    }
  `),
  setRights: graphql(`
    mutation TenantSetCustomerUserRights($userId: ID!) {
      setCustomerUserRights(userId: $userId, rights: [INVOICES, PROJECTS, DOCUMENTS]) { __typename ... on Error { code } }
    }
  `),
  delete: graphql(`mutation TenantDeleteCustomerUser($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code } } }`),
};

let aPortalToken = '';

export const customerUsersTenantModule: TenantModule = {
  name: 'customer-users',
  async seed(w: TenantWorld) {
    const b = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: w.b.adminUserId, signature: 'SEED' });
    const customer = await b.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'VCU-1', name: 'Victim Portal Customer' }) });
    const user = await b.user.create({
      data: scoped<Prisma.UserUncheckedCreateInput>({
        name: 'Victim Customer User',
        email: 'victim.customer.user@b.example',
        signature: 'VCU',
        customerId: customer.id,
        customerRights: ['INVOICES'],
      }),
    });
    remember(w, 'Customer', customer.id);
    remember(w, 'User', user.id);
    w.markers.push('Victim Portal Customer', 'victim.customer.user@b.example');
    // A's own customer user with every right, logged in (a session made directly).
    const a = createTenantDb(w.h.prisma, { companyId: w.a.companyId, userId: w.a.adminUserId, signature: 'SEED' });
    const own = await a.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'ACU-1', name: 'Attacker Portal Customer' }) });
    const portalUser = await a.user.create({
      data: scoped<Prisma.UserUncheckedCreateInput>({
        name: 'Attacker Customer User',
        email: 'attacker.customer.user@a.example',
        signature: 'ACU',
        customerId: own.id,
        customerRights: ['INVOICES', 'PROJECTS', 'DOCUMENTS'],
      }),
    });
    const access = generateSecret(CREDENTIAL_PREFIXES.access);
    await a.session.create({
      data: scoped<Prisma.SessionUncheckedCreateInput>({
        userId: portalUser.id,
        accessHash: access.hash,
        accessExpiresAt: new Date(Date.now() + 3600_000),
        refreshExpiresAt: new Date(Date.now() + 3600_000),
      }),
    });
    aPortalToken = access.token;
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const customerUser = w.ids.get('User')!.length - 1;
    return {
      customerPortal: { run: () => w.h.exec(Q.portal, {}, aPortalToken) },
      inviteCustomerUser: { run: () => exec(M.invite, { customerId: gid(w, 'Customer', w.ids.get('Customer')!.length - 1) }), expectError: 'NotFoundError' },
      setCustomerUserRights: { run: () => exec(M.setRights, { userId: gid(w, 'User', customerUser) }), expectError: 'NotFoundError' },
      deleteCustomerUser: { run: () => exec(M.delete, { userId: gid(w, 'User', customerUser) }), expectError: 'NotFoundError' },
    };
  },
};
