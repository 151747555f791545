// Cross-tenant cases for notifications: company B's user has a notification (a customer assigned
// to them); company A (every permission) lists its own and every user's notifications, names B's
// user, and marks B's notification read by its id. A sees none of B's, and B's stays unread.
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { recordAssignmentNotices } from '../../../src/modules/notifications/index.js';
import { execAsA, gid, remember, type TenantModule, type TenantWorld } from './world.js';

const Q = {
  mine: graphql(`query TenantMyNotifications { myNotifications(first: 50) { totalCount edges { node { id customerName customerNumber } } } }`),
  all: graphql(`
    query TenantNotifications($userId: ID) {
      notifications(first: 50, userId: $userId) { edges { node { id customerName customerNumber mailTo } } }
    }
  `),
};
const M = {
  read: graphql(`
    mutation TenantMarkNotificationsRead($ids: [ID!]) {
      markNotificationsRead(ids: $ids) { __typename ... on Error { code } ... on MutationMarkNotificationsReadSuccess { data } }
    }
  `),
};

export const notificationsTenantModule: TenantModule = {
  name: 'notifications',
  async seed(w: TenantWorld) {
    const db = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: w.b.adminUserId, signature: 'SEED' });
    const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'VN-1', name: 'Victim Notified Customer' }) });
    const [id] = await db.$transaction((tx) =>
      recordAssignmentNotices(tx, { id: customer.id, number: customer.number, name: customer.name }, [{ userId: w.b.adminUserId, kind: 'CUSTOMER_ASSIGNED' }]),
    );
    remember(w, 'Notification', id!);
    remember(w, 'User', w.b.adminUserId);
    w.markers.push('Victim Notified Customer', 'VN-1');
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    return {
      myNotifications: { run: () => exec(Q.mine, {}) },
      notifications: { run: async () => [await exec(Q.all, {}), await exec(Q.all, { userId: gid(w, 'User') })] },
      // B's id is not A's to mark: nothing is marked, and B's notification stays unread (the snapshot).
      markNotificationsRead: { run: () => exec(M.read, { ids: [gid(w, 'Notification')] }) },
    };
  },
};
