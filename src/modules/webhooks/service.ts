// Webhook endpoints, deliveries and attempts. An event's deliveries are written and their jobs
// enqueued in the transaction that records the event (a listener on the events module), so an
// event of a rolled-back change is never delivered and a committed one is not lost. Each job makes
// one attempt: the attempt is recorded and, when it failed, the next job is enqueued for the
// retry schedule's time, in one transaction.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.js';
import { jobQueueStatements, lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import { EVENT_TYPES, isEventType, onEventRecorded, type RecordedEvent, recordEvent } from '../events/index.js';
import { urlRefusal } from './addresses.js';
import { postWebhook } from './http-post.js';
import { endpointWants, isDelivered, MAX_ATTEMPTS, nextAttemptAt, RETRY_DELAYS_SECONDS, signatureHeader, webhookBody } from './rules.js';

/** Seals and opens the signing secrets (the runtime's AES-GCM box). */
export interface SecretSealer {
  encrypt(plain: unknown, boundTo: string): string;
  decrypt<T = unknown>(stored: string, boundTo: string): T;
}

/** Runs a statement in the caller's transaction (the job queue's tables only). */
type SqlExecutor = (text: string, values: unknown[]) => Promise<unknown[]>;

/** What enqueues a delivery's attempt inside the caller's transaction: the job engine's webhook queue. */
export interface WebhookQueue {
  /** False when this process has no job engine (the delivery then stays PENDING). */
  enqueueWebhookDelivery(sql: SqlExecutor, req: { companyId: string; deliveryId: string }, startAfter?: Date): Promise<boolean>;
}

export interface WebhookSettings {
  /** http:// and https:// to 127.0.0.1, ::1 and localhost accepted (development and tests); never in production. */
  allowLocalUrls: boolean;
  /** One attempt's deadline over connecting, the answer and reading its body. */
  timeoutMs: number;
  /** Bytes of a response body kept on the attempt. */
  responseBytes: number;
  /** How long the secret before a rotation stays valid (it signs too). */
  rotationGraceSeconds: number;
  /** Delays before each retry (RETRY_DELAYS_SECONDS); tests shorten them. */
  retryDelaysSeconds: readonly number[];
  /** Endpoints a company may have. */
  maxEndpoints: number;
}

export const DEFAULT_WEBHOOK_SETTINGS: WebhookSettings = {
  allowLocalUrls: false,
  timeoutMs: 10_000,
  responseBytes: 4096,
  rotationGraceSeconds: 24 * 3600,
  retryDelaysSeconds: RETRY_DELAYS_SECONDS,
  maxEndpoints: 20,
};

let settings: WebhookSettings = DEFAULT_WEBHOOK_SETTINGS;

/** Sets this process's webhook settings (from the configuration at start); returns a restore of the previous ones. */
export function configureWebhooks(patch: Partial<WebhookSettings>): () => void {
  const before = settings;
  settings = { ...settings, ...patch };
  return () => {
    settings = before;
  };
}

export function webhookSettings(): WebhookSettings {
  return settings;
}

/** A new signing secret: 32 random bytes, shown to the user once. */
export function generateSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

const secretBinding = (endpointId: string) => `webhook-endpoint:${endpointId}`;

export interface EndpointInput {
  url?: string | null;
  description?: string | null;
  eventTypes?: readonly string[] | null;
  active?: boolean | null;
}

/** The input's problems, each at its field's path (`input.url`, `input.eventTypes.2`, …). */
function endpointIssues(input: EndpointInput, creating: boolean): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (input.url != null || creating) {
    const refusal = urlRefusal((input.url ?? '').trim(), settings.allowLocalUrls);
    if (refusal) issues.push({ path: 'input.url', ...refusal });
  }
  if (input.description != null && input.description.length > 500)
    issues.push({ path: 'input.description', code: 'too_long', message: 'At most 500 characters.' });
  if (input.eventTypes != null) {
    if (input.eventTypes.length > EVENT_TYPES.length)
      issues.push({ path: 'input.eventTypes', code: 'too_many', message: `At most ${EVENT_TYPES.length} types.` });
    else
      input.eventTypes.forEach((t, i) => {
        if (!isEventType(t) || t === 'webhook.test')
          issues.push({ path: `input.eventTypes.${i}`, code: 'unknown_event_type', message: `Unknown event type "${t.slice(0, 60)}".` });
      });
  }
  return issues;
}

/** Creates an endpoint; returns it with its signing secret (the only time the secret is shown). */
export async function createEndpoint(db: TenantDb, box: SecretSealer, companyId: string, input: EndpointInput): Promise<{ id: string; secret: string }> {
  const issues = endpointIssues(input, true);
  if (issues.length) throw new ValidationError(issues);
  const id = randomUUID();
  const secret = generateSecret();
  await db.$transaction(async (tx) => {
    // The company's row lock serialises the count against the limit.
    await lockForUpdate(tx, 'Company', companyId);
    if ((await tx.webhookEndpoint.count()) >= settings.maxEndpoints)
      throw new ConflictError('INVALID_STATE', `A company may have at most ${settings.maxEndpoints} webhook endpoints.`, 'input.url');
    await tx.webhookEndpoint.create({
      data: scoped<Prisma.WebhookEndpointUncheckedCreateInput>({
        id,
        url: input.url!.trim(),
        description: input.description ?? null,
        eventTypes: [...new Set(input.eventTypes ?? [])],
        active: input.active ?? true,
        secret: box.encrypt(secret, secretBinding(id)),
      }),
    });
  });
  return { id, secret };
}

export async function updateEndpoint(db: TenantDb, id: string, input: EndpointInput): Promise<void> {
  const issues = endpointIssues(input, false);
  if (issues.length) throw new ValidationError(issues);
  const data: Prisma.WebhookEndpointUpdateManyMutationInput = {};
  if (input.url != null) data.url = input.url.trim();
  if (input.description !== undefined) data.description = input.description;
  if (input.eventTypes != null) data.eventTypes = [...new Set(input.eventTypes)];
  if (input.active != null) data.active = input.active;
  const { count } = await db.webhookEndpoint.updateMany({ where: { id }, data });
  if (!count) throw new NotFoundError('WebhookEndpoint', 'No such webhook endpoint.', 'input.id');
}

/** Deletes an endpoint with its deliveries and attempts. */
export async function deleteEndpoint(db: TenantDb, id: string): Promise<void> {
  const { count } = await db.webhookEndpoint.deleteMany({ where: { id } });
  if (!count) throw new NotFoundError('WebhookEndpoint', 'No such webhook endpoint.', 'id');
}

/**
 * A new signing secret for an endpoint; the one before stays valid (deliveries are signed with
 * both) for the grace period. Returns the new secret (shown once).
 */
export async function rotateSecret(db: TenantDb, box: SecretSealer, id: string, now = new Date()): Promise<string> {
  const e = await db.webhookEndpoint.findUnique({ where: { id }, select: { secret: true } });
  if (!e) throw new NotFoundError('WebhookEndpoint', 'No such webhook endpoint.', 'id');
  const secret = generateSecret();
  // Conditional on the secret read: of two rotations at once, the second is refused rather than
  // dropping the first one's secret unseen.
  const { count } = await db.webhookEndpoint.updateMany({
    where: { id, secret: e.secret },
    data: {
      secret: box.encrypt(secret, secretBinding(id)),
      previousSecret: e.secret,
      previousSecretExpiresAt: new Date(now.getTime() + settings.rotationGraceSeconds * 1000),
      secretRotatedAt: now,
    },
  });
  if (!count) throw new ConflictError('BUSY', 'The secret was rotated at the same moment; try again.', 'id');
  return secret;
}

async function enqueue(tx: TenantClient, queue: WebhookQueue | null, deliveries: readonly { companyId: string; id: string }[], startAfter?: Date) {
  if (!queue) return;
  const sql = jobQueueStatements(tx);
  for (const d of deliveries) await queue.enqueueWebhookDelivery(sql, { companyId: d.companyId, deliveryId: d.id }, startAfter);
}

/** Writes the deliveries of an event to the company's active endpoints that want it, and enqueues them, in the event's transaction. */
export async function fanOut(tx: TenantClient, queue: WebhookQueue | null, event: RecordedEvent): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { active: true }, select: { id: true, eventTypes: true } });
  const wanted = endpoints.filter((e) => endpointWants(e.eventTypes, event.type));
  if (!wanted.length) return 0;
  const rows = await tx.webhookDelivery.createManyAndReturn({
    data: wanted.map((e) =>
      scoped<Prisma.WebhookDeliveryUncheckedCreateInput>({ endpointId: e.id, eventId: event.id, kind: 'EVENT', nextAttemptAt: event.occurredAt }),
    ),
    select: { id: true, companyId: true },
  });
  await enqueue(tx, queue, rows);
  return rows.length;
}

/** Makes every event recorded in this process set off its webhook deliveries; returns the removal. */
export function installWebhooks(queue: WebhookQueue): () => void {
  return onEventRecorded((tx, event) => fanOut(tx, queue, event).then(() => undefined));
}

async function activeEndpoint(tx: TenantClient, endpointId: string) {
  const e = await tx.webhookEndpoint.findUnique({ where: { id: endpointId }, select: { id: true, active: true } });
  if (!e) throw new NotFoundError('WebhookEndpoint', 'No such webhook endpoint.', 'endpointId');
  if (!e.active) throw new ConflictError('INACTIVE', 'The webhook endpoint is inactive.', 'endpointId');
  return e;
}

/** A webhook.test event delivered to one endpoint only; returns the delivery's id. */
export async function sendTestEvent(db: TenantDb, queue: WebhookQueue | null, endpointId: string): Promise<string> {
  return db.$transaction(async (tx) => {
    await activeEndpoint(tx, endpointId);
    const event = await recordEvent(tx, {
      type: 'webhook.test',
      entityType: 'WebhookEndpoint',
      entityId: endpointId,
      data: { endpointId, message: 'A test event sent on request.' },
    });
    const d = await tx.webhookDelivery.create({
      data: scoped<Prisma.WebhookDeliveryUncheckedCreateInput>({ endpointId, eventId: event.id, kind: 'TEST', nextAttemptAt: event.occurredAt }),
      select: { id: true, companyId: true },
    });
    await enqueue(tx, queue, [d]);
    return d.id;
  });
}

/** Sends one of the company's events again to one endpoint, as a new delivery; returns its id. */
export async function replayEvent(db: TenantDb, queue: WebhookQueue | null, endpointId: string, eventId: string, now = new Date()): Promise<string> {
  return db.$transaction(async (tx) => {
    await activeEndpoint(tx, endpointId);
    const event = await tx.event.findUnique({ where: { id: eventId }, select: { id: true } });
    if (!event) throw new NotFoundError('Event', 'No such event.', 'eventId');
    const d = await tx.webhookDelivery.create({
      data: scoped<Prisma.WebhookDeliveryUncheckedCreateInput>({ endpointId, eventId, kind: 'REPLAY', nextAttemptAt: now }),
      select: { id: true, companyId: true },
    });
    await enqueue(tx, queue, [d]);
    return d.id;
  });
}

export type AttemptOutcome = 'SUCCEEDED' | 'RETRY' | 'FAILED' | 'ALREADY_DONE';

/**
 * One attempt of a delivery (what its job does): POST the signed event, record the attempt, and
 * set the delivery SUCCEEDED, PENDING with the next attempt enqueued, or FAILED after the last.
 * An attempt already taken by another worker (the claim is conditional on the attempt count) is
 * not made twice.
 */
export async function attemptDelivery(
  db: TenantDb,
  deliveryId: string,
  deps: { secrets: SecretSealer; queue: WebhookQueue | null; now?: () => Date },
): Promise<AttemptOutcome> {
  const now = deps.now ?? (() => new Date());
  const d = await db.webhookDelivery.findUnique({
    where: { id: deliveryId },
    include: {
      endpoint: { select: { id: true, url: true, active: true, secret: true, previousSecret: true, previousSecretExpiresAt: true } },
      event: { select: { id: true, companyId: true, type: true, occurredAt: true, data: true } },
    },
  });
  if (d?.status !== 'PENDING') return 'ALREADY_DONE';
  const number = d.attempts + 1;
  const claimed = await db.webhookDelivery.updateMany({ where: { id: deliveryId, status: 'PENDING', attempts: d.attempts }, data: { attempts: number } });
  if (!claimed.count) return 'ALREADY_DONE';

  const startedAt = now();
  let result: { status: number | null; body: string | null; error: string | null; durationMs: number };
  if (!d.endpoint.active) {
    result = { status: null, body: null, error: 'The endpoint is inactive.', durationMs: 0 };
  } else {
    const body = webhookBody(d.event);
    const timestamp = Math.floor(startedAt.getTime() / 1000);
    const secrets = [deps.secrets.decrypt<string>(d.endpoint.secret, secretBinding(d.endpoint.id))];
    if (d.endpoint.previousSecret && d.endpoint.previousSecretExpiresAt && d.endpoint.previousSecretExpiresAt > startedAt)
      secrets.push(deps.secrets.decrypt<string>(d.endpoint.previousSecret, secretBinding(d.endpoint.id)));
    result = await postWebhook(
      d.endpoint.url,
      {
        'content-type': 'application/json',
        'user-agent': 'project-invoicing-webhooks/1',
        'webhook-id': d.event.id,
        'webhook-delivery': d.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signatureHeader(secrets, timestamp, body),
      },
      body,
      { timeoutMs: settings.timeoutMs, allowLocal: settings.allowLocalUrls, maxBodyBytes: settings.responseBytes },
    );
  }
  const ok = result.status !== null && isDelivered(result.status);
  const error = ok
    ? null
    : (result.error ??
      (result.status !== null && result.status >= 300 && result.status < 400 ? `HTTP ${result.status} (redirects are not followed)` : `HTTP ${result.status}`));
  const finishedAt = now();
  const retryAt = ok || !d.endpoint.active ? null : nextAttemptAt(number, finishedAt, settings.retryDelaysSeconds);
  const status = ok ? 'SUCCEEDED' : retryAt ? 'PENDING' : 'FAILED';
  await db.$transaction(async (tx) => {
    await tx.webhookAttempt.create({
      data: scoped<Prisma.WebhookAttemptUncheckedCreateInput>({
        deliveryId,
        number,
        startedAt,
        durationMs: result.durationMs,
        statusCode: result.status,
        error,
        responseBody: result.body,
      }),
    });
    await tx.webhookDelivery.update({
      where: { id: deliveryId },
      data: { status, lastError: error, nextAttemptAt: retryAt, ...(ok ? { deliveredAt: finishedAt } : {}) },
    });
    if (retryAt) await enqueue(tx, deps.queue, [{ companyId: d.companyId, id: deliveryId }], retryAt);
  });
  return ok ? 'SUCCEEDED' : retryAt ? 'RETRY' : 'FAILED';
}

export { MAX_ATTEMPTS };
