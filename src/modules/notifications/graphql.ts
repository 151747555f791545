// Notifications in GraphQL: a user's own list (`myNotifications`, newest first, with whether the
// e-mail went out), marking them read, and for user administrators every user's list, to see
// which e-mails failed and why.
import { builder } from '../../graphql/builder.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { customerViewScope, UserRef } from '../auth/index.js';
import * as service from './service.js';

const NotificationKindEnum = builder.enumType('NotificationKind', {
  values: {
    CUSTOMER_ASSIGNED: { description: 'The user was made responsible for the customer.' },
    CUSTOMER_UNASSIGNED: { description: 'The user is no longer responsible for the customer.' },
  } as const,
});

const NotificationMailStatusEnum = builder.enumType('NotificationMailStatus', {
  values: {
    PENDING: { description: 'On its way (retried with backoff while the mail server refuses it or is unreachable).' },
    SENT: { description: 'Handed to the mail server.' },
    FAILED: { description: 'Every attempt failed; mailError says why.' },
    NOT_SENT: { description: 'Not sent: no e-mail configured on the server, an inactive user or no address (mailError says which).' },
  } as const,
});

const NotificationRef = builder.prismaNode('Notification', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { authenticated: true },
  // By id (node, nodes): the reader's own, or anyone's for user administrators.
  findUnique: (id, ctx) => ({ id, ...(ctx.auth?.permissions.has('ADMIN_USERS') ? {} : { userId: ctx.auth?.actor.userId ?? '' }) }),
  description: 'A notification to one user about a change that concerns them, written with the change and e-mailed to them.',
  fields: (t) => ({
    kind: t.field({ type: NotificationKindEnum, resolve: (n) => n.kind }),
    customerNumber: t.exposeString('customerNumber', { nullable: true, description: 'The customer as it was named when the notification was written.' }),
    customerName: t.exposeString('customerName', { nullable: true }),
    customer: t.prismaField({
      type: 'Customer',
      nullable: true,
      description: 'The customer, when it still exists and the reader may see it.',
      resolve: async (query, n, _args, ctx) => {
        if (!n.customerId || !ctx.auth) return null;
        const scope = customerViewScope({ userId: ctx.auth.actor.userId, permissions: ctx.auth.permissions });
        if (scope.kind === 'none') return null;
        const visible = scope.kind === 'assigned' ? { assignedUserId: scope.userId } : {};
        return ctx.db.customer.findFirst({ ...query, where: { id: n.customerId, ...visible } });
      },
    }),
    by: t.exposeString('createdBy', { description: 'Signature of who made the change (SYSTEM for imports from the command line).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    readAt: t.expose('readAt', { type: 'DateTime', nullable: true }),
    mailStatus: t.field({ type: NotificationMailStatusEnum, resolve: (n) => n.mailStatus }),
    mailTo: t.exposeString('mailTo', { nullable: true }),
    mailAttempts: t.exposeInt('mailAttempts'),
    mailSentAt: t.expose('mailSentAt', { type: 'DateTime', nullable: true }),
    mailError: t.exposeString('mailError', { nullable: true, description: 'Why the last attempt failed, or why no e-mail was sent.' }),
  }),
});

/** The reader's own notifications (unread only when asked). */
const mine = (ctx: Context, unreadOnly: boolean | null | undefined) => ({ userId: actorOf(ctx).userId, ...(unreadOnly ? { readAt: null } : {}) });

builder.queryFields((t) => ({
  myNotifications: t.prismaConnection({
    type: 'Notification',
    cursor: 'id',
    defaultSize: 20,
    maxSize: 200,
    description: "The user's notifications, newest first.",
    authScopes: { authenticated: true },
    args: { unreadOnly: t.arg.boolean({ defaultValue: false }) },
    totalCount: (_p, args, ctx) => ctx.db.notification.count({ where: mine(ctx, args.unreadOnly) }),
    resolve: (query, _root, args, ctx) =>
      ctx.db.notification.findMany({ ...query, where: mine(ctx, args.unreadOnly), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
  }),
  notifications: t.prismaConnection({
    type: 'Notification',
    cursor: 'id',
    defaultSize: 20,
    maxSize: 200,
    description: "User administrators: every user's notifications (or one user's), newest first, to see which e-mails failed and why.",
    authScopes: { permission: 'ADMIN_USERS' },
    args: {
      userId: t.arg.globalID({ for: UserRef }),
      mailStatus: t.arg({ type: NotificationMailStatusEnum }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.notification.findMany({
        ...query,
        where: { ...(args.userId ? { userId: args.userId.id } : {}), ...(args.mailStatus ? { mailStatus: args.mailStatus } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

builder.mutationFields((t) => ({
  markNotificationsRead: t.int({
    errors: {},
    description: "Marks the user's own notifications read: those given, or every unread one when ids is left out. Returns how many were marked.",
    authScopes: { authenticated: true },
    args: { ids: t.arg.globalIDList({ for: NotificationRef }) },
    resolve: (_root, { ids }, ctx) => service.markRead(ctx.db, actorOf(ctx).userId, ids ? ids.map((i) => i.id) : null),
  }),
}));
