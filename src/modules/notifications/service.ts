// Notifications to users: written in the transaction of the change they tell of (the rows are the
// outbox), then e-mailed by a job the same transaction enqueues, so a change rolled back notifies
// no one and a committed one is not lost when the mail server is down (the job is retried with
// backoff; every attempt is counted on the row, the last error kept).
import type { Prisma } from '../../generated/prisma/client.js';
import { jobQueueStatements, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { type AssignmentNotice, renderNotificationMail, staffLanguage, type MailLanguage } from './rules.js';

/** Runs a statement in the caller's transaction (the job queue's tables only) and returns its rows. */
type SqlExecutor = (text: string, values: unknown[]) => Promise<unknown[]>;

/** What enqueues a notification's e-mail inside the caller's transaction: the run engine's queue. */
export interface NotificationMailQueue {
  /** False when this process has no job engine (the e-mail then waits, PENDING, for none). */
  enqueueNotificationMail(sql: SqlExecutor, req: { companyId: string; notificationId: string }): Promise<boolean>;
}

/** Enqueues e-mails of notifications inside the transaction that wrote them. */
export type NotificationOutbox = (tx: TenantClient, notifications: readonly { companyId: string; id: string }[]) => Promise<void>;

/** The outbox on a job engine; undefined when there is none (notifications are still written and listed). */
export function notificationOutbox(queue: NotificationMailQueue | null | undefined): NotificationOutbox | undefined {
  if (!queue) return undefined;
  return async (tx, notifications) => {
    const sql = jobQueueStatements(tx);
    for (const n of notifications) await queue.enqueueNotificationMail(sql, { companyId: n.companyId, notificationId: n.id });
  };
}

/**
 * Writes the notices of a change of a customer's responsible user, in the caller's transaction,
 * and enqueues their e-mails there. The customer is named as it is now; who made the change is
 * the transaction's actor (createdBy).
 */
export async function recordAssignmentNotices(
  tx: TenantClient,
  customer: { id: string; number: string; name: string },
  notices: readonly AssignmentNotice[],
  outbox?: NotificationOutbox,
): Promise<string[]> {
  if (!notices.length) return [];
  const rows = await tx.notification.createManyAndReturn({
    data: notices.map((n) =>
      scoped<Prisma.NotificationUncheckedCreateInput>({
        userId: n.userId,
        kind: n.kind,
        customerId: customer.id,
        customerNumber: customer.number,
        customerName: customer.name,
      }),
    ),
    select: { id: true, companyId: true },
  });
  await outbox?.(tx, rows);
  return rows.map((r) => r.id);
}

/** Sends one e-mail; throws when the mail server refuses it or cannot be reached. */
export type SendMail = (to: string, mail: { subject: string; text: string; language: MailLanguage }) => Promise<void>;

export type DeliveryOutcome = 'SENT' | 'NOT_SENT' | 'RETRY' | 'FAILED' | 'ALREADY_DONE';

/**
 * Delivers a notification's e-mail (what its job does). `send` null: the server has no e-mail
 * configured. A failed attempt is counted and its error kept; unless it was the last one
 * (`final`) the notification stays PENDING and the error is thrown, for the job to be retried.
 */
export async function deliverNotification(db: TenantDb, id: string, send: SendMail | null, opts: { final: boolean }): Promise<DeliveryOutcome> {
  const n = await db.notification.findUnique({
    where: { id },
    include: { user: { select: { name: true, email: true, active: true } }, company: { select: { name: true, language: true } } },
  });
  if (n?.mailStatus !== 'PENDING') return 'ALREADY_DONE';
  const notSent = async (why: string) => {
    await db.notification.update({ where: { id }, data: { mailStatus: 'NOT_SENT', mailError: why } });
    return 'NOT_SENT' as const;
  };
  if (!send) return notSent('E-mail is not configured on this server (SMTP_URL).');
  if (!n.user.active) return notSent('The user is inactive.');
  const to = n.user.email.trim();
  if (!to) return notSent('The user has no e-mail address.');
  const mail = renderNotificationMail(
    { kind: n.kind, customerNumber: n.customerNumber, customerName: n.customerName, by: n.createdBy, companyName: n.company.name, recipientName: n.user.name },
    staffLanguage(n.company.language),
  );
  try {
    await send(to, mail);
  } catch (err) {
    const message = (err as Error).message?.slice(0, 1000) || String(err);
    await db.notification.update({
      where: { id },
      data: { mailAttempts: { increment: 1 }, mailError: message, mailTo: to, ...(opts.final ? { mailStatus: 'FAILED' } : {}) },
    });
    if (opts.final) return 'FAILED';
    throw err;
  }
  await db.notification.update({
    where: { id },
    data: { mailStatus: 'SENT', mailSentAt: new Date(), mailTo: to, mailAttempts: { increment: 1 }, mailError: null },
  });
  return 'SENT';
}

/** Marks the user's notifications read (those given, or all when none are given); the number marked. */
export async function markRead(db: TenantDb, userId: string, ids: readonly string[] | null, now = new Date()): Promise<number> {
  const r = await db.notification.updateMany({
    where: { userId, readAt: null, ...(ids ? { id: { in: [...ids] } } : {}) },
    data: { readAt: now },
  });
  return r.count;
}
