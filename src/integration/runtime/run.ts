// Executes one run of one connection: its enabled flows in manifest order, one sweep, under the
// connection's run lock; every flow's result, counts and per-entity failures recorded; the
// connection's health (last run, failing runs in a row, the pause) updated in the transaction
// that records the run's final status; the failure e-mail, or the one pause e-mail, sent
// afterwards. A paused connection refuses unattended runs (./health.ts). Flows get their
// context here (the SDK's FlowContext).
import type { PrismaClient, Prisma } from '../../generated/prisma/client.js';
import type { ConnectorFlowStatus, ConnectorRunStatus, ConnectorRunTrigger } from '../../generated/prisma/enums.js';
import { createTenantDb, scoped, SYSTEM_SIGNATURE, type TenantDb, type TenantTx } from '../../db/tenant.js';
import {
  createHttpClient,
  oauth2Auth,
  type EgressPolicy,
  type HttpClient,
  type Logger,
  type PlannedOperation,
  type RateLimiter,
  createRateLimiter,
} from '@nordic-invoicing/connector-sdk';
import { type ContractChecker, contractChecker, endpointSettingKeys } from '@nordic-invoicing/connector-sdk';
import type { ConnectorManifest, Credentials, DomainEvent, EntityRef, Flow, FlowContext, Outcome, PlannedChange } from '@nordic-invoicing/connector-sdk';
import type { PeppolAccessPoint } from '@nordic-invoicing/connector-sdk';
import { payloadHash } from './hash.js';
import type { EventPort, PortFactory } from './ports.js';
import { createCheckpoint, createIdMap, createInvoiceExports, type InvoiceExports } from './state.js';
import { createRunFiles } from './files.js';
import { runPruneCutoffs, type RunRetention } from './retention.js';
import type { RunLocks } from './locks.js';
import type { MailMessage, Notifier, RunMailHeader } from './notifier.js';
import { credentialsRefusal, type FinishedRun, healthAfterRun, nextScheduledRun, pausedRefusal, pauseReason, reauthorizationStarts } from './health.js';
import type { ConnectorRegistry } from './registry.js';
import type { SecretBox } from './crypto.js';

export interface IntegrationRuntime {
  prisma: PrismaClient;
  registry: ConnectorRegistry;
  /** Builds the domain ports a flow sees (ctx.domain); injected by the server (src/modules/ports.ts). */
  ports: PortFactory;
  secrets: SecretBox;
  locks: RunLocks;
  notifier: Notifier | null;
  /**
   * Delivers a user's notification e-mail (the notifications module's, injected by the server):
   * what the engine's mail jobs run. Unset: mail jobs are completed without sending.
   */
  notificationDelivery?: NotificationDelivery;
  /**
   * Sends an invoice by e-mail or Peppol (the invoice-distribution module's, injected by the
   * server): what the engine's invoice-delivery jobs run. Unset: those jobs complete without sending.
   */
  invoiceDelivery?: InvoiceDelivery;
  /** Records the runtime's events (the events module's, injected by the server). Unset: none are recorded. */
  events?: EventPort;
  /**
   * Makes one attempt of a webhook delivery (the webhooks module's, injected by the server): what
   * the engine's webhook jobs run. Unset: those jobs complete without sending.
   */
  webhookDelivery?: WebhookDelivery;
  /** The Peppol access point invoices are sent through; null or unset: none is configured. */
  peppolAccessPoint?: PeppolAccessPoint | null;
  log: Logger;
  /** A run's time limit. */
  runTimeoutMs: number;
  /**
   * How long a RUNNING run may go without a heartbeat before any instance may mark it FAILED
   * (when its run lock is free too). Default 120 000 ms; the heartbeat is renewed every quarter.
   */
  runLeaseMs?: number;
  /**
   * Set on servers that do not accept sandbox connections (production): none can be created,
   * and existing ones get the same host and address checks as any other.
   */
  refuseSandbox?: boolean;
  /**
   * The cron expression scheduled runs follow (CONNECTOR_SCHEDULE, Europe/Stockholm time) where
   * connections are run on a schedule; null or unset: no scheduled runs (the API shows no next run).
   */
  schedule?: string | null;
  /** The periodic reclaim of dead runs, when this process runs one (stopped with the scheduler). */
  reaper?: { stop(): void };
  /** Set when the process is shutting down: no further flow starts. */
  stopping?: { value: boolean };
  now?: () => Date;
  fetch?: typeof fetch;
  /** HTTP retry sleeps (tests shorten them). */
  sleep?: (ms: number) => Promise<void>;
  /**
   * One rate limiter per connection, shared by its flows and runs: the accounting system counts
   * a connection's requests (per token), not a flow's.
   */
  limiters?: Map<string, RateLimiter>;
  /**
   * The request a queued run was asked for in, carried to the worker that runs it (the server
   * passes its request scope), so the run's log lines carry the request's id wherever it runs.
   */
  requestContext?: { current(): string | null; run<T>(requestId: string, fn: () => Promise<T>): Promise<T> };
  /** How often a running run looks whether it was cancelled (default DEFAULT_CANCEL_POLL_MS). */
  cancelPollMs?: number;
  /** Test hook: called after a remote create, before its id-map write (crash simulation). */
  beforeIdMapWrite?: (entityType: string, localId: string) => void | Promise<void>;
  /** Told when a run starts and finishes (Prometheus metrics in the server); unset: nothing is counted. */
  metrics?: RunMetrics;
  /** The run engine's queue, once it has started (set by the engine; unset: no engine in this process). */
  jobs?: RunJobs | null;
  /** executeRun on this runtime (what the integrations module's admin operations call). */
  run(req: RunRequest): Promise<RunOutcome>;
  /**
   * Enqueues, inside the caller's transaction (`sql` runs its statements), a run of `flows` of a
   * connection for a change here; collapsed with one already waiting for the same connection and
   * change. False when this process has no run engine (the schedule then takes the change).
   */
  enqueueEventRun(sql: SqlExecutor, req: EventRunRequest): Promise<boolean>;
  /**
   * Hands a QUEUED run, written in the caller's transaction, to the run engine in the same
   * transaction; false when this process has no engine: the caller then starts it with
   * `runQueuedHere` once the transaction has committed.
   */
  enqueueRun(sql: SqlExecutor, req: QueuedRunRequest): Promise<boolean>;
  /** Executes a QUEUED run in this process, in the background (no run engine here), waiting while the connection runs. */
  runQueuedHere(req: QueuedRunRequest): void;
  /**
   * Enqueues, inside the caller's transaction, the e-mail of a notification written there; false
   * when this process has no job engine (the notification then stays PENDING).
   */
  enqueueNotificationMail(sql: SqlExecutor, req: NotificationMailRequest): Promise<boolean>;
  /**
   * Enqueues, inside the caller's transaction, the sending of an invoice recorded there; false
   * when this process has no job engine (the delivery then stays PENDING).
   */
  enqueueInvoiceDelivery(sql: SqlExecutor, req: InvoiceDeliveryRequest): Promise<boolean>;
  /**
   * Enqueues, inside the caller's transaction, an attempt of a webhook delivery recorded there (at
   * `startAfter`, default now); false when this process has no job engine (it then stays PENDING).
   */
  enqueueWebhookDelivery(sql: SqlExecutor, req: WebhookDeliveryRequest, startAfter?: Date): Promise<boolean>;
  /** connectionHttpClient on this runtime. */
  httpClient(
    db: TenantDb,
    connection: { id: string; credentials: string | null; sandbox: boolean },
    manifest: ConnectorManifest,
    settings: unknown,
    opts: { dryRun: boolean; onPlanned?: (op: PlannedOperation) => void; log: Logger },
  ): HttpClient;
  /** connectionEgress on this runtime. */
  egress(connection: { sandbox: boolean }, manifest: ConnectorManifest, settings: unknown): EgressPolicy | null;
  /** When `schedule` next runs the connection (after `from`, default now); null: not scheduled (none, inactive, paused). */
  nextScheduledRunAt(connection: { active: boolean; pausedAt: Date | null }, from?: Date): Date | null;
}

/** Runs a statement in the caller's transaction and returns its rows. */
export type SqlExecutor = (text: string, values: unknown[]) => Promise<unknown[]>;

/** A QUEUED run (written by the caller) to enqueue for a worker. */
export interface QueuedRunRequest {
  companyId: string;
  connectionId: string;
  runId: string;
  trigger: ConnectorRunTrigger;
  /** The id of the request that asked for it (requestContext), for its log lines. */
  requestId?: string;
}

/** Runs `fn` in the context of the request that asked for a queued run, when there was one. */
export function inRequestOf<T>(rt: IntegrationRuntime, req: QueuedRunRequest, fn: () => Promise<T>): Promise<T> {
  return req.requestId && rt.requestContext ? rt.requestContext.run(req.requestId, fn) : fn();
}

/** An event run to enqueue: which connection, the change, and the flows listening for it. */
export interface EventRunRequest {
  companyId: string;
  connectionId: string;
  event: DomainEvent;
  flows: readonly string[];
}

/** A notification whose e-mail is to be delivered (a job of the engine's mail queue). */
export interface NotificationMailRequest {
  companyId: string;
  notificationId: string;
}

/**
 * Delivers one notification's e-mail on the company's tenant-scoped client; `send` null: no
 * e-mail configured. Throws to have the job retried; `final` says this is the last attempt.
 */
export type NotificationDelivery = (
  db: TenantDb,
  notificationId: string,
  send: ((to: string, message: MailMessage) => Promise<void>) | null,
  opts: { final: boolean },
) => Promise<unknown>;

/** An invoice sending to carry out (a job of the engine's invoice-delivery queue). */
export interface InvoiceDeliveryRequest {
  companyId: string;
  deliveryId: string;
}

/**
 * Sends one recorded invoice delivery on the company's tenant-scoped client, by e-mail (`send`,
 * null: no e-mail configured) or Peppol (`accessPoint`, null: none configured). Throws to have the
 * job retried; `final` says this is the last attempt.
 */
export type InvoiceDelivery = (
  db: TenantDb,
  deliveryId: string,
  channels: { send: ((to: string, message: MailMessage) => Promise<void>) | null; accessPoint: PeppolAccessPoint | null },
  opts: { final: boolean },
) => Promise<unknown>;

/** What a webhook delivery job carries. */
export interface WebhookDeliveryRequest {
  companyId: string;
  deliveryId: string;
}

/**
 * One attempt of a recorded webhook delivery on the company's tenant-scoped client; the secrets
 * box opens the signing secret, `queue` enqueues the next attempt when this one fails.
 */
export type WebhookDelivery = (
  db: TenantDb,
  deliveryId: string,
  deps: {
    secrets: SecretBox;
    queue: { enqueueWebhookDelivery(sql: SqlExecutor, req: WebhookDeliveryRequest, startAfter?: Date): Promise<boolean> };
  },
) => Promise<unknown>;

/** What the run engine offers the runtime once started (see engine.ts). */
export interface RunJobs {
  enqueueEventRun(sql: SqlExecutor, req: EventRunRequest): Promise<boolean>;
  enqueueQueuedRun(sql: SqlExecutor, req: QueuedRunRequest): Promise<void>;
  enqueueNotificationMail(sql: SqlExecutor, req: NotificationMailRequest): Promise<void>;
  enqueueInvoiceDelivery(sql: SqlExecutor, req: InvoiceDeliveryRequest): Promise<void>;
  enqueueWebhookDelivery(sql: SqlExecutor, req: WebhookDeliveryRequest, startAfter?: Date): Promise<void>;
}

/** Delivers a notification's e-mail through the runtime's notifier (what a mail job does). */
export async function deliverNotificationMail(rt: IntegrationRuntime, req: NotificationMailRequest, opts: { final: boolean }): Promise<unknown> {
  if (!rt.notificationDelivery) return { skipped: 'no notification delivery in this process' };
  const notifier = rt.notifier;
  const send = notifier ? (to: string, m: MailMessage) => notifier.sendMessage([to], m) : null;
  return rt.notificationDelivery(systemDb(rt, req.companyId), req.notificationId, send, opts);
}

/** Sends a recorded invoice delivery through the runtime's notifier or access point (what an invoice-delivery job does). */
export async function deliverInvoice(rt: IntegrationRuntime, req: InvoiceDeliveryRequest, opts: { final: boolean }): Promise<unknown> {
  if (!rt.invoiceDelivery) return { skipped: 'no invoice delivery in this process' };
  const notifier = rt.notifier;
  const send = notifier ? (to: string, m: MailMessage) => notifier.sendMessage([to], m) : null;
  return rt.invoiceDelivery(systemDb(rt, req.companyId), req.deliveryId, { send, accessPoint: rt.peppolAccessPoint ?? null }, opts);
}

/** Makes one attempt of a webhook delivery (what a webhook job does). */
export async function deliverWebhook(rt: IntegrationRuntime, req: WebhookDeliveryRequest): Promise<unknown> {
  if (!rt.webhookDelivery) return { skipped: 'no webhook delivery in this process' };
  return rt.webhookDelivery(systemDb(rt, req.companyId), req.deliveryId, { secrets: rt.secrets, queue: rt });
}

/** What a runtime is made of; `assembleRuntime` adds the operations. */
export type RuntimeParts = Omit<
  IntegrationRuntime,
  | 'run'
  | 'httpClient'
  | 'egress'
  | 'nextScheduledRunAt'
  | 'enqueueEventRun'
  | 'enqueueRun'
  | 'runQueuedHere'
  | 'enqueueNotificationMail'
  | 'enqueueInvoiceDelivery'
  | 'enqueueWebhookDelivery'
>;

/**
 * The runtime with its operations bound to it. The parts object itself becomes the runtime, so
 * a later change of a setting (tests shorten the time limit, for one) is seen by the operations.
 */
export function assembleRuntime(parts: RuntimeParts): IntegrationRuntime {
  const rt: IntegrationRuntime = Object.assign(parts, {
    run: (req: RunRequest) => executeRun(rt, req),
    enqueueEventRun: async (sql: SqlExecutor, req: EventRunRequest) => (rt.jobs ? rt.jobs.enqueueEventRun(sql, req) : false),
    enqueueRun: async (sql: SqlExecutor, req: QueuedRunRequest) => {
      if (!rt.jobs) return false;
      const requestId = rt.requestContext?.current();
      await rt.jobs.enqueueQueuedRun(sql, requestId ? { ...req, requestId } : req);
      return true;
    },
    enqueueNotificationMail: async (sql: SqlExecutor, req: NotificationMailRequest) => {
      if (!rt.jobs) return false;
      await rt.jobs.enqueueNotificationMail(sql, req);
      return true;
    },
    enqueueInvoiceDelivery: async (sql: SqlExecutor, req: InvoiceDeliveryRequest) => {
      if (!rt.jobs) return false;
      await rt.jobs.enqueueInvoiceDelivery(sql, req);
      return true;
    },
    enqueueWebhookDelivery: async (sql: SqlExecutor, req: WebhookDeliveryRequest, startAfter?: Date) => {
      if (!rt.jobs) return false;
      await rt.jobs.enqueueWebhookDelivery(sql, req, startAfter);
      return true;
    },
    runQueuedHere: (req: QueuedRunRequest) => {
      runQueuedInProcess(rt, req).catch((err: unknown) => rt.log.error(`run ${req.runId}: ${(err as Error).message}`));
    },
    httpClient: (...a: Parameters<IntegrationRuntime['httpClient']>) => connectionHttpClient(rt, ...a),
    egress: (...a: Parameters<IntegrationRuntime['egress']>) => connectionEgress(rt, ...a),
    nextScheduledRunAt: (connection: { active: boolean; pausedAt: Date | null }, from?: Date) =>
      nextScheduledRun(rt.schedule, from ?? rt.now?.() ?? new Date(), connection),
  });
  return rt;
}

/**
 * Observes runs for metrics. Only bounded values are passed: connector and flow ids (from the
 * installed connectors), trigger and status; never a company, connection or entity id.
 */
export interface RunMetrics {
  runStarted(run: { connector: string; trigger: ConnectorRunTrigger; dryRun: boolean }): void;
  runFinished(run: {
    connector: string;
    trigger: ConnectorRunTrigger;
    dryRun: boolean;
    status: ConnectorRunStatus;
    durationMs: number;
    /** Entities that failed, per flow (flows without failures left out). */
    failedEntities: { flow: string; count: number }[];
  }): void;
}

/** Metrics never stop a run. */
function observe(rt: IntegrationRuntime, log: Logger, fn: (m: RunMetrics) => void): void {
  if (!rt.metrics) return;
  try {
    fn(rt.metrics);
  } catch (err) {
    log.warn(`run metrics not recorded: ${(err as Error).message}`);
  }
}

export interface RunRequest {
  companyId: string;
  connectionId: string;
  trigger: ConnectorRunTrigger;
  /** Flow ids to run (default: every enabled flow). */
  flows?: readonly string[];
  dryRun?: boolean;
  /** Retry of single failed entities. */
  only?: readonly EntityRef[];
  /**
   * A QUEUED run to execute (queueRun): its flows, dry run and entities are read from it, and it
   * is claimed (QUEUED → RUNNING) only if it was not cancelled meanwhile.
   */
  runId?: string;
}

export interface FlowOutcome {
  flowId: string;
  status: ConnectorFlowStatus;
  counts: Record<Outcome, number>;
  error: string | null;
  failures: { entityType: string; entityId: string | null; reference: string; message: string }[];
  planned: PlannedChange[];
  /** The flow stopped because the accounting system refused the credentials: why (./health.ts). */
  credentialsRefused?: string | null;
}

/** Why a run did not start: another run holds the connection, the connection is paused, or the queued run is no longer waiting (cancelled). */
export type RunSkipCode = 'RUN_IN_PROGRESS' | 'CONNECTION_PAUSED' | 'NOT_QUEUED';

export type RunOutcome =
  | { skipped: true; code: RunSkipCode; reason: string }
  | { skipped: false; runId: string; status: ConnectorRunStatus; flows: FlowOutcome[]; error: string | null };

export class RunRefusedError extends Error {}

/** The reason a run's signal is aborted with when an admin cancels it. */
export class RunCancelledError extends Error {}

/** How often a running run looks whether an admin asked to cancel it (default 2 s). */
export const DEFAULT_CANCEL_POLL_MS = 2_000;

const systemDb = (rt: IntegrationRuntime, companyId: string) => createTenantDb(rt.prisma, { companyId, userId: null, signature: SYSTEM_SIGNATURE });

export function lockKey(connectionId: string): string {
  return `connection:${connectionId}`;
}

/** The flows a run executes: enabled ones (base always) in manifest order, narrowed to `requested`. */
export function flowsToRun<S>(flows: readonly Flow<S>[], enabled: readonly string[], requested?: readonly string[]): Flow<S>[] {
  return flows.filter((f) => (f.base || enabled.includes(f.id)) && (!requested?.length || requested.includes(f.id)));
}

function prefixedLogger(log: Logger, prefix: string): Logger {
  return {
    debug: (m, d) => log.debug(`${prefix} ${m}`, d),
    info: (m, d) => log.info(`${prefix} ${m}`, d),
    warn: (m, d) => log.warn(`${prefix} ${m}`, d),
    error: (m, d) => log.error(`${prefix} ${m}`, d),
  };
}

/** The connection's rate limiter (created on first use, kept for the life of the process). */
export function connectionLimiter(rt: IntegrationRuntime, connectionId: string, limit: { requests: number; perMs: number }): RateLimiter {
  rt.limiters ??= new Map();
  const key = `${connectionId}:${limit.requests}/${limit.perMs}`;
  let limiter = rt.limiters.get(key);
  if (!limiter) {
    limiter = createRateLimiter({ requests: limit.requests, perMs: limit.perMs, sleep: rt.sleep });
    rt.limiters.set(key, limiter);
  }
  return limiter;
}

export class CredentialsChangedError extends Error {}

/**
 * Where a connection's requests may go: nowhere but the connector's allowed hosts at public
 * addresses, unless it is a sandbox connection on a server that accepts them (null: unrestricted).
 * A refusal names the setting the address came from.
 */
export function connectionEgress(
  rt: IntegrationRuntime,
  connection: { sandbox: boolean },
  manifest: ConnectorManifest,
  settings: unknown,
): EgressPolicy | null {
  if (connection.sandbox && !rt.refuseSandbox) return null;
  const values = (settings ?? {}) as Record<string, unknown>;
  const keys = endpointSettingKeys(manifest);
  return {
    allowedHosts: manifest.allowedHosts ?? [],
    settingOf: (url) => {
      const key = keys.find((k) => {
        try {
          return typeof values[k] === 'string' && new URL(values[k] as string).host === url.host;
        } catch {
          return false;
        }
      });
      return key ? `settings.${key}` : 'settings';
    },
  };
}

/** The HTTP client of a connection, with its credentials; OAuth2 tokens refreshed and persisted (re-encrypted) before use. */
const contracts = new WeakMap<ConnectorManifest, ContractChecker>();

/** The checker of a connector's API contract (compiled once per manifest), or undefined without one. */
function manifestContract(manifest: ConnectorManifest): ContractChecker | undefined {
  if (!manifest.contract) return undefined;
  let checker = contracts.get(manifest);
  if (!checker) {
    checker = contractChecker(manifest.contract);
    contracts.set(manifest, checker);
  }
  return checker;
}

export function connectionHttpClient(
  rt: IntegrationRuntime,
  db: TenantDb,
  connection: { id: string; credentials: string | null; sandbox: boolean },
  manifest: ConnectorManifest,
  settings: unknown,
  opts: { dryRun: boolean; onPlanned?: (op: PlannedOperation) => void; log: Logger },
): HttpClient {
  const setup = manifest.http(settings);
  const egress = connectionEgress(rt, connection, manifest, settings) ?? undefined;
  let stored = connection.credentials;
  let credentials: Credentials = stored ? rt.secrets.decrypt<Credentials>(stored, connection.id) : {};
  const save = async (next: Credentials) => {
    const encrypted = rt.secrets.encrypt(next, connection.id);
    // Only over the credentials this client loaded: if an admin changed or cleared them meanwhile
    // (e.g. a new baseUrl cleared them), refreshed tokens must not bring the old ones back.
    const res = await db.connection.updateMany({ where: { id: connection.id, credentials: stored }, data: { credentials: encrypted } });
    if (res.count === 0)
      throw new CredentialsChangedError("The connection's credentials were changed while it was in use; the refreshed tokens were not stored.");
    stored = encrypted;
    credentials = next;
  };
  let auth;
  if (setup.auth.kind === 'oauth2') {
    auth = oauth2Auth({
      tokenUrl: setup.auth.tokenUrl,
      clientId: credentials.clientId ?? '',
      clientSecret: credentials.clientSecret ?? '',
      grant: setup.auth.grant ?? (manifest.credentials.kind === 'oauth2_client_credentials' ? 'client_credentials' : 'authorization_code'),
      scope: setup.auth.scope,
      clientAuth: setup.auth.clientAuth,
      tokenHeaders: setup.auth.tokenHeaders?.(credentials),
      egress,
      fetch: rt.fetch,
      store: {
        load: async () =>
          credentials.accessToken || credentials.refreshToken
            ? { accessToken: credentials.accessToken ?? '', refreshToken: credentials.refreshToken, expiresAt: credentials.expiresAt }
            : null,
        // The rotated refresh token is persisted before the new access token is used.
        save: (t) => save({ ...credentials, accessToken: t.accessToken, refreshToken: t.refreshToken, expiresAt: t.expiresAt }),
      },
    });
  } else if (setup.auth.kind === 'headers') {
    const headers = setup.auth.headers;
    auth = { headers: async () => headers(credentials) };
  }
  return createHttpClient({
    baseUrl: setup.baseUrl,
    auth,
    rateLimit: setup.rateLimit ? connectionLimiter(rt, connection.id, setup.rateLimit) : undefined,
    rateLimitKey: setup.rateLimit?.key,
    retry: setup.retry,
    timeoutMs: setup.timeoutMs,
    defaultHeaders: setup.defaultHeaders,
    errorMessage: setup.errorMessage,
    retryAfterMs: setup.retryAfterMs,
    dryRun: opts.dryRun,
    onPlanned: opts.onPlanned,
    contract: opts.dryRun ? manifestContract(manifest) : undefined,
    logger: opts.log,
    egress,
    fetch: rt.fetch,
    sleep: rt.sleep,
  });
}

/** Entities a flow failed on in its last finished run, which ports return again until they pass. */
async function openFailures(db: TenantDb, connectionId: string, flowId: string): Promise<Map<string, Set<string>>> {
  const last = await db.connectorRunFlow.findFirst({
    // A retry of single entities says nothing about the others, so it does not count as "last run".
    where: { flowId, run: { connectionId, dryRun: false, status: { not: 'RUNNING' }, trigger: { not: 'RETRY' } } },
    orderBy: { createdAt: 'desc' },
    select: { failures: { select: { entityType: true, entityId: true } } },
  });
  const out = new Map<string, Set<string>>();
  for (const f of last?.failures ?? []) {
    if (!f.entityId) continue;
    if (!out.has(f.entityType)) out.set(f.entityType, new Set());
    out.get(f.entityType)!.add(f.entityId);
  }
  return out;
}

async function hasFirstRunMarker(db: TenantDb, connectionId: string, key: string): Promise<boolean> {
  return (await db.flowCheckpoint.count({ where: { connectionId, flowId: `_first:${key}` } })) > 0;
}

export async function executeRun(rt: IntegrationRuntime, req: RunRequest): Promise<RunOutcome> {
  const release = await rt.locks.tryAcquire(lockKey(req.connectionId));
  if (!release) {
    rt.log.info(`connection ${req.connectionId}: a run is already in progress; skipped`);
    return { skipped: true, code: 'RUN_IN_PROGRESS', reason: 'A run of this connection is already in progress.' };
  }
  try {
    // Holding the lock, no other process executes this connection: its stale runs are dead.
    await failStaleRuns(rt, { id: null, companyId: req.companyId, connectionId: req.connectionId });
    return await runLocked(rt, req);
  } finally {
    await release();
  }
}

/** How often a queued run executed in this process tries again while its connection runs. */
export const QUEUED_RUN_RETRY_MS = 1_000;

/** Marks a run that is still QUEUED as FAILED with `message` (it could not start); false when it no longer waits. */
export async function failQueuedRun(rt: IntegrationRuntime, req: { companyId: string; runId: string }, message: string): Promise<boolean> {
  const res = await systemDb(rt, req.companyId).connectorRun.updateMany({
    where: { id: req.runId, status: 'QUEUED' },
    data: { status: 'FAILED', finishedAt: new Date(), error: message },
  });
  return res.count > 0;
}

/** The message of a queued run that waited longer than a run may take for its connection. */
export const QUEUED_TOO_LONG = 'The run did not start: another run held the connection for longer than a run may take.';

/**
 * A queued run executed in this process (no run engine): as soon as the connection is free, at
 * most a run's time limit (and a minute) later, else it is FAILED with QUEUED_TOO_LONG.
 */
async function runQueuedInProcess(rt: IntegrationRuntime, req: QueuedRunRequest): Promise<void> {
  const until = Date.now() + rt.runTimeoutMs + 60_000;
  for (;;) {
    const outcome = await executeRun(rt, req);
    if (!outcome.skipped || outcome.code !== 'RUN_IN_PROGRESS') return;
    if (Date.now() > until) {
      await failQueuedRun(rt, req, QUEUED_TOO_LONG);
      return;
    }
    await new Promise((r) => setTimeout(r, QUEUED_RUN_RETRY_MS));
  }
}

/** What the daily prune removed: runs deleted (with their flows, failures and files), and failures of kept runs. */
export interface RunPruneResult {
  runs: number;
  failures: number;
}

/**
 * The daily prune of the run history (the rules in ./retention.ts): a finished run without files
 * goes after `historyDays`, one with files after `fileDays` (its flows, failures and files with
 * it, by cascade); a run with files older than `historyDays` keeps its row, flows and files and
 * loses its per-entity failures. Two statements, each bounded by the statement timeout.
 */
export async function pruneRunHistory(rt: IntegrationRuntime, retention: RunRetention): Promise<RunPruneResult> {
  const c = runPruneCutoffs(rt.now?.() ?? new Date(), retention);
  // Across companies by design, like the scheduler's list of connections; a run is never read here.
  // runPruneAction 'delete': past the file retention, or past the history's without a file.
  const runs = await rt.prisma.connectorRun.deleteMany({
    where: {
      status: { not: 'RUNNING' },
      OR: [{ startedAt: { lt: c.filesBefore } }, { startedAt: { lt: c.historyBefore }, files: { none: {} } }],
    },
  });
  // runPruneAction 'trim': what is left past the history retention is a run with files.
  const failures = await rt.prisma.connectorRunFailure.deleteMany({
    where: { run: { status: { not: 'RUNNING' }, startedAt: { lt: c.historyBefore } } },
  });
  return { runs: runs.count, failures: failures.count };
}

async function runLocked(rt: IntegrationRuntime, req: RunRequest): Promise<RunOutcome> {
  const now = rt.now?.() ?? new Date();
  const db = systemDb(rt, req.companyId);
  const connection = await db.connection.findUnique({ where: { id: req.connectionId } });
  if (!connection) throw new RunRefusedError('No such connection.');
  // Read under the run lock: a pause recorded by the previous run is seen. No run row is written.
  const refused = pausedRefusal(connection, req.trigger);
  if (refused) {
    rt.log.info(`connection ${connection.id}: paused; ${req.trigger} run refused`);
    return { skipped: true, code: 'CONNECTION_PAUSED', reason: refused };
  }
  const manifest = rt.registry.get(connection.connectorId);
  let run: { id: string };
  if (req.runId) {
    // A queued run: what it was asked for is on its row; it starts only if it still waits.
    // Claimed together with its run.started event (see runStarted).
    const claimed = await db.$transaction(async (tx) => {
      const rows = await tx.connectorRun.updateManyAndReturn({
        where: { id: req.runId, connectionId: connection.id, status: 'QUEUED' },
        data: { status: 'RUNNING', startedAt: now, heartbeatAt: new Date() },
      });
      if (rows[0]) await runStarted(rt, tx, rows[0], connection);
      return rows;
    });
    const row = claimed[0];
    if (!row) return { skipped: true, code: 'NOT_QUEUED', reason: 'The run is no longer queued (cancelled, or already run).' };
    run = row;
    req = { ...req, trigger: row.trigger, dryRun: row.dryRun, flows: row.requestedFlows, only: (row.onlyEntities as EntityRef[] | null) ?? undefined };
  } else {
    run = await db.$transaction(async (tx) => {
      const created = await tx.connectorRun.create({
        data: scoped<Prisma.ConnectorRunUncheckedCreateInput>({
          connectionId: connection.id,
          trigger: req.trigger,
          dryRun: !!req.dryRun,
          requestedFlows: [...(req.flows ?? [])],
          startedAt: now,
          heartbeatAt: new Date(),
        }),
      });
      await runStarted(rt, tx, created, connection);
      return created;
    });
  }
  const dryRun = !!req.dryRun;
  const log = prefixedLogger(rt.log, `[${connection.connectorId} ${connection.name} run ${run.id.slice(0, 8)}]`);
  const stopHeartbeat = startHeartbeat(rt, db, run.id, log);
  const labels = { connector: connection.connectorId, trigger: req.trigger, dryRun };
  const started = performance.now();
  observe(rt, log, (m) => m.runStarted(labels));
  let observed = false;
  const finish: Finish = async (status, flows, error, opts = {}) => {
    stopHeartbeat();
    const health = await db.$transaction(async (tx) => {
      const finishedAt = rt.now?.() ?? new Date();
      await tx.connectorRun.update({ where: { id: run.id }, data: { status, finishedAt, error } });
      const recorded = await recordHealth(tx, connection.id, { status, dryRun, interrupted: !!opts.interrupted, startedAt: now }, error, finishedAt);
      // The run's end and a pause it caused are events of this same transaction.
      const about = { runId: run.id, connectionId: connection.id, connector: connection.connectorId, trigger: req.trigger, dryRun };
      if (status === 'FAILED') {
        const refused = flows.find((f) => f.credentialsRefused)?.credentialsRefused ?? null;
        if (refused && rt.events) await reauthorizationRequired(tx, rt.events, run.id, connection, refused);
        await rt.events?.record(tx, {
          type: 'run.failed',
          entityType: 'ConnectorRun',
          entityId: run.id,
          data: { ...about, error, credentialsRefused: !!refused },
        });
      } else
        await rt.events?.record(tx, {
          type: 'run.finished',
          entityType: 'ConnectorRun',
          entityId: run.id,
          data: { ...about, status, failures: flows.reduce((n, f) => n + f.failures.length, 0) },
        });
      if (recorded?.paused) {
        const c = await tx.connection.findUnique({ where: { id: connection.id }, select: { pausedReason: true } });
        await rt.events?.record(tx, {
          type: 'connection.paused',
          entityType: 'Connection',
          entityId: connection.id,
          data: { connectionId: connection.id, connector: connection.connectorId, reason: c?.pausedReason ?? '' },
        });
      }
      return recorded;
    });
    if (!observed) {
      observed = true;
      const failedEntities = flows.filter((f) => f.failures.length).map((f) => ({ flow: f.flowId, count: f.failures.length }));
      observe(rt, log, (m) => m.runFinished({ ...labels, status, durationMs: performance.now() - started, failedEntities }));
    }
    const name = manifest?.name ?? connection.connectorId;
    // The run that paused the connection sends the one pause e-mail instead of its failure e-mail.
    if (health?.paused) await notifyPause(rt, db, run.id, connection, name, now, health.failures, flows, error, log);
    else if (opts.notify && !dryRun && status !== 'SUCCEEDED') {
      const pause = status === 'FAILED' && health && health.pauseAfterFailures > 0 && !health.alreadyPaused;
      await notify(
        rt,
        db,
        run.id,
        connection,
        name,
        now,
        status,
        flows,
        log,
        pause ? { failures: health.failures, after: health.pauseAfterFailures } : undefined,
      );
    }
    return { skipped: false, runId: run.id, status, flows, error };
  };
  if (!manifest) return finish('FAILED', [], `The connector "${connection.connectorId}" is not installed in this server.`);
  const parsed = manifest.settings.safeParse(connection.settings);
  if (!parsed.success) {
    return finish('FAILED', [], `Invalid settings: ${parsed.error.issues.map((i) => `${i.path.join('.') || '(settings)'}: ${i.message}`).join('; ')}`);
  }
  try {
    return await runFlows(rt, db, req, { run, connection, manifest, settings: parsed.data, now, dryRun, log, finish });
  } catch (err) {
    // Recording the results failed (e.g. the database went away): never leave the run RUNNING.
    log.error(`run aborted: ${(err as Error).message}`);
    await finish('FAILED', [], `The run stopped unexpectedly: ${(err as Error).message}`, { interrupted: true }).catch(() => undefined);
    throw err;
  } finally {
    stopHeartbeat();
  }
}

/**
 * Records a run's final status. `interrupted`: this server stopped it (shutdown, results not
 * recorded), which says nothing about the connection. `notify`: send the failure e-mail.
 */
type Finish = (
  status: ConnectorRunStatus,
  flows: FlowOutcome[],
  error: string | null,
  opts?: { interrupted?: boolean; notify?: boolean },
) => Promise<RunOutcome>;

interface HealthRecorded {
  /** Failing runs in a row after this run. */
  failures: number;
  pauseAfterFailures: number;
  /** This run paused the connection. */
  paused: boolean;
  /** The connection was paused before this run. */
  alreadyPaused: boolean;
}

/**
 * Updates the connection's health for a finished run (./health.ts decides), inside the caller's
 * transaction. The write is conditional on the values read, so an admin's resume or change of the
 * threshold meanwhile is never overwritten (read again and decided again); runs of one connection
 * are serialised by its run lock. Null for runs that change nothing (dry runs).
 */
async function recordHealth(tx: TenantTx, connectionId: string, run: FinishedRun, error: string | null, at: Date): Promise<HealthRecorded | null> {
  for (let attempt = 0; ; attempt++) {
    const before = await tx.connection.findUnique({
      where: { id: connectionId },
      select: { consecutiveFailures: true, pausedAt: true, pauseAfterFailures: true },
    });
    if (!before) return null; // deleted while it ran (its runs go with it)
    const change = healthAfterRun(before, run);
    if (!change) return null;
    const { pause, ...data } = change;
    const res = await tx.connection.updateMany({
      where: { id: connectionId, consecutiveFailures: before.consecutiveFailures, pausedAt: before.pausedAt, pauseAfterFailures: before.pauseAfterFailures },
      data: { ...data, ...(pause ? { pausedAt: at, pausedReason: pauseReason(change.consecutiveFailures, error) } : {}) },
    });
    if (res.count === 1 || attempt >= 4) {
      return {
        failures: change.consecutiveFailures,
        pauseAfterFailures: before.pauseAfterFailures,
        paused: pause && res.count === 1,
        alreadyPaused: !!before.pausedAt,
      };
    }
  }
}

export const DEFAULT_RUN_LEASE_MS = 120_000;
const leaseOf = (rt: IntegrationRuntime) => rt.runLeaseMs ?? DEFAULT_RUN_LEASE_MS;

/** Renews the run's heartbeat every quarter of the lease while the run executes; returns the stop. */
function startHeartbeat(rt: IntegrationRuntime, db: TenantDb, runId: string, log: Logger): () => void {
  const timer = setInterval(
    () => {
      db.connectorRun
        .updateMany({ where: { id: runId, status: 'RUNNING' }, data: { heartbeatAt: new Date() } })
        .catch((err: unknown) => log.warn(`heartbeat not recorded: ${(err as Error).message}`));
    },
    Math.max(Math.floor(leaseOf(rt) / 4), 10),
  );
  timer.unref?.();
  return () => clearInterval(timer);
}

async function runFlows(
  rt: IntegrationRuntime,
  db: TenantDb,
  req: RunRequest,
  c: {
    run: { id: string };
    connection: FlowRunInput['connection'] & { enabledFlows: string[]; notificationEmails: string[] };
    manifest: ConnectorManifest;
    settings: unknown;
    now: Date;
    dryRun: boolean;
    log: Logger;
    finish: Finish;
  },
): Promise<RunOutcome> {
  const { run, connection, manifest, settings, now, dryRun, log, finish } = c;
  const flows = flowsToRun(manifest.flows, connection.enabledFlows, req.flows);

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new Error(`The run reached its time limit of ${Math.round(rt.runTimeoutMs / 1000)} s.`)), rt.runTimeoutMs);
  timer.unref?.();
  // An admin's cancel (cancelConnectorRun) is seen within the poll interval, on whichever instance runs it.
  const cancelWatch = setInterval(() => {
    db.connectorRun
      .findUnique({ where: { id: run.id }, select: { cancelRequestedAt: true, cancelledBy: true } })
      .then((r) => {
        if (r?.cancelRequestedAt && !controller.signal.aborted) controller.abort(new RunCancelledError(`Cancelled by ${r.cancelledBy ?? 'an admin'}.`));
      })
      .catch((err: unknown) => log.warn(`could not check for a cancel: ${(err as Error).message}`));
  }, rt.cancelPollMs ?? DEFAULT_CANCEL_POLL_MS);
  cancelWatch.unref?.();
  const outcomes: FlowOutcome[] = [];
  let runError: string | null = null;
  let shutDown = false;
  try {
    for (const [position, flow] of flows.entries()) {
      const stopReason = controller.signal.aborted ? (controller.signal.reason as Error).message : rt.stopping?.value ? 'The server was shutting down.' : null;
      if (stopReason) {
        runError ??= stopReason;
        if (!controller.signal.aborted) shutDown = true;
        const skipped: FlowOutcome = { flowId: flow.id, status: 'SKIPPED', counts: zeroCounts(), error: stopReason, failures: [], planned: [] };
        outcomes.push(skipped);
        await recordFlow(db, run.id, position, skipped, null, null, progressOf(rt, connection));
        continue;
      }
      const startedAt = rt.now?.() ?? new Date();
      const exports = rt.events && !dryRun ? createInvoiceExports(rt.events, { connectionId: connection.id, connector: connection.connectorId }) : undefined;
      const outcome = await runFlow(rt, db, {
        runId: run.id,
        connection,
        manifest,
        settings,
        flow,
        dryRun,
        now,
        signal: controller.signal,
        only: req.only ?? null,
        log,
        exports,
      });
      outcomes.push(outcome);
      await recordFlow(db, run.id, position, outcome, startedAt, rt.now?.() ?? new Date(), progressOf(rt, connection), exports);
      if (outcome.status === 'FAILED' && controller.signal.aborted) runError ??= (controller.signal.reason as Error).message;
    }
  } finally {
    clearTimeout(timer);
    clearInterval(cancelWatch);
  }
  if (controller.signal.reason instanceof RunCancelledError) {
    // Cancelled: what was done stays done (and recorded per flow); the connection's health is not touched, nothing is e-mailed.
    return finish('CANCELLED', outcomes, controller.signal.reason.message, { interrupted: true });
  }
  const failedFlow = outcomes.find((o) => o.status === 'FAILED');
  const status: ConnectorRunStatus = runError || failedFlow ? 'FAILED' : outcomes.some((o) => o.status === 'PARTIAL') ? 'PARTIAL' : 'SUCCEEDED';
  // A shutdown before any flow failed is this server's doing, not the connection's.
  const interrupted = shutDown && !failedFlow;
  return finish(status, outcomes, runError ?? (failedFlow ? `Flow ${failedFlow.flowId} stopped: ${failedFlow.error}` : null), { interrupted, notify: true });
}

function zeroCounts(): Record<Outcome, number> {
  return { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
}

interface FlowRunInput {
  runId: string;
  connection: { id: string; companyId: string; name: string; connectorId: string; credentials: string | null; sandbox: boolean };
  manifest: ConnectorManifest;
  settings: unknown;
  flow: Flow<unknown>;
  dryRun: boolean;
  now: Date;
  signal: AbortSignal;
  only: readonly EntityRef[] | null;
  log: Logger;
  /** The flow's invoice.exported owed by the id map, recorded with the flow's result. */
  exports?: InvoiceExports;
}

async function runFlow(rt: IntegrationRuntime, db: TenantDb, i: FlowRunInput): Promise<FlowOutcome> {
  const counts = zeroCounts();
  const failures: FlowOutcome['failures'] = [];
  const planned: PlannedChange[] = [];
  const plan = (c: PlannedChange) => planned.push(c);
  const log = prefixedLogger(i.log, `[${i.flow.id}]`);
  const exports = i.exports;
  const stateOptions = {
    companyId: i.connection.companyId,
    connectionId: i.connection.id,
    dryRun: i.dryRun,
    plan,
    beforeIdMapWrite: rt.beforeIdMapWrite,
    events: rt.events,
    exports,
    connector: i.connection.connectorId,
  };
  // Credentials as stored now: an earlier flow of this run may have refreshed (and rotated) the
  // OAuth2 tokens, and a refresh token that was used once is refused.
  const stored = await db.connection.findUnique({ where: { id: i.connection.id }, select: { credentials: true } });
  const http = connectionHttpClient(
    rt,
    db,
    { id: i.connection.id, credentials: stored?.credentials ?? null, sandbox: i.connection.sandbox },
    i.manifest,
    i.settings,
    {
      dryRun: i.dryRun,
      onPlanned: (op) => plan({ kind: 'remote', description: op.description ?? `${op.method} ${op.url}`, method: op.method, url: op.url, body: op.body }),
      log,
    },
  );
  const open = i.only ? new Map<string, Set<string>>() : await openFailures(db, i.connection.id, i.flow.id);
  const ctx: FlowContext<unknown> = {
    connectionId: i.connection.id,
    flowId: i.flow.id,
    settings: i.settings,
    dryRun: i.dryRun,
    now: i.now,
    signal: i.signal,
    http,
    log,
    domain: rt.ports(
      db,
      {
        connectionId: i.connection.id,
        openFailures: open,
        only: i.only,
        dryRun: i.dryRun,
        plan,
        firstRunOf: async (key) => {
          const first = !(await hasFirstRunMarker(db, i.connection.id, key));
          if (first && !i.dryRun) await createCheckpoint(db, stateOptions, `_first:${key}`).set({ at: i.now.toISOString() });
          return first;
        },
        invoiceNumbered: exports?.numbered,
      },
      i.now,
    ),
    ids: createIdMap(db, stateOptions),
    checkpoint: createCheckpoint(db, stateOptions, i.flow.id),
    reportError(entity, message) {
      failures.push({ entityType: entity.type, entityId: entity.id ?? null, reference: entity.reference, message });
      log.warn(`${entity.reference}: ${message}`);
    },
    count(outcome, n = 1) {
      counts[outcome] += n;
    },
    plan,
    hash: payloadHash,
    only: i.only,
    files: createRunFiles(db, { ...stateOptions, runId: i.runId, flowId: i.flow.id }),
  };
  try {
    await i.flow.run(ctx);
    counts.failed = Math.max(counts.failed, failures.length);
    return { flowId: i.flow.id, status: failures.length ? 'PARTIAL' : 'SUCCEEDED', counts, error: null, failures, planned };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    log.error(`stopped: ${message}`);
    counts.failed = Math.max(counts.failed, failures.length);
    return { flowId: i.flow.id, status: 'FAILED', counts, error: message, failures, planned, credentialsRefused: credentialsRefusal(err) };
  }
}

/**
 * The run's start as an event (run.started), in the transaction that marks it RUNNING: followers of
 * the run (the runProgress subscription, webhooks) learn of it when it is recorded, never before.
 */
async function runStarted(
  rt: IntegrationRuntime,
  tx: TenantTx,
  run: { id: string; trigger: ConnectorRunTrigger; dryRun: boolean },
  connection: { id: string; connectorId: string },
): Promise<void> {
  await rt.events?.record(tx, {
    type: 'run.started',
    entityType: 'ConnectorRun',
    entityId: run.id,
    data: { runId: run.id, connectionId: connection.id, connector: connection.connectorId, trigger: run.trigger, dryRun: run.dryRun },
  });
}

/**
 * A run refused by the accounting system's credentials records connection.reauthorization_required,
 * in its finishing transaction, when it starts that state (./health.ts): the connection's previous
 * finished run, cancelled ones aside, was not refused too (its run.failed says so).
 */
async function reauthorizationRequired(
  tx: TenantTx,
  events: EventPort,
  runId: string,
  connection: { id: string; connectorId: string },
  reason: string,
): Promise<void> {
  const previous = await tx.connectorRun.findFirst({
    where: { connectionId: connection.id, id: { not: runId }, finishedAt: { not: null }, status: { not: 'CANCELLED' } },
    orderBy: [{ finishedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, status: true },
  });
  const previousRefused =
    previous?.status === 'FAILED' &&
    (await events.latest(tx, { type: 'run.failed', entityType: 'ConnectorRun', entityId: previous.id }))?.credentialsRefused === true;
  if (!reauthorizationStarts(true, previousRefused)) return;
  await events.record(tx, {
    type: 'connection.reauthorization_required',
    entityType: 'Connection',
    entityId: connection.id,
    data: { connectionId: connection.id, connector: connection.connectorId, runId, reason },
  });
}

/** What recording a flow's result needs to record its run.flow_finished event too. */
interface FlowProgress {
  events: NonNullable<IntegrationRuntime['events']>;
  connectionId: string;
  connector: string;
}

function progressOf(rt: IntegrationRuntime, connection: { id: string; connectorId: string }): FlowProgress | null {
  return rt.events ? { events: rt.events, connectionId: connection.id, connector: connection.connectorId } : null;
}

/** A flow's result, its failures, the invoice.exported it still owes and its run.flow_finished event (status, counts, failures), in one transaction. */
async function recordFlow(
  db: TenantDb,
  runId: string,
  position: number,
  o: FlowOutcome,
  startedAt: Date | null,
  finishedAt: Date | null,
  progress: FlowProgress | null = null,
  exports?: InvoiceExports,
) {
  await db.$transaction(async (tx) => {
    await recordFlowRows(tx, runId, position, o, startedAt, finishedAt);
    // The invoices the flow exported without giving their number, before the flow's end.
    await exports?.flush(tx);
    await progress?.events.record(tx, {
      type: 'run.flow_finished',
      entityType: 'ConnectorRun',
      entityId: runId,
      data: {
        runId,
        connectionId: progress.connectionId,
        connector: progress.connector,
        flow: o.flowId,
        status: o.status,
        failures: o.failures.length,
        counts: { ...o.counts },
        error: o.error,
      },
    });
  });
}

async function recordFlowRows(db: TenantTx, runId: string, position: number, o: FlowOutcome, startedAt: Date | null, finishedAt: Date | null) {
  const flow = await db.connectorRunFlow.create({
    data: scoped<Prisma.ConnectorRunFlowUncheckedCreateInput>({
      runId,
      flowId: o.flowId,
      position,
      status: o.status,
      startedAt,
      finishedAt,
      ...o.counts,
      error: o.error,
      // A planned body is whatever the connector would send as JSON, typed `unknown`: JSON by contract, not by type.
      planned: o.planned.length ? (o.planned as unknown as Prisma.InputJsonValue) : undefined,
    }),
  });
  if (o.failures.length) {
    await db.connectorRunFailure.createMany({
      data: o.failures.map((f) => scoped<Prisma.ConnectorRunFailureCreateManyInput>({ runId, runFlowId: flow.id, flowId: o.flowId, ...f })),
    });
  }
}

type RunConnection = { id: string; name: string; notificationEmails?: string[] };

/**
 * Sends one e-mail about a run to the connection's addresses and records on the run what became
 * of it (`notes`: the wording for no addresses, no SMTP, sent, failed).
 */
async function mailAboutRun(
  rt: IntegrationRuntime,
  db: TenantDb,
  runId: string,
  connection: RunConnection,
  log: Logger,
  notes: { prefix: string; sent: (to: string) => string; failed: (message: string) => string },
  send: (notifier: Notifier, to: string[], company: Pick<RunMailHeader, 'companyName' | 'language'>) => Promise<void>,
) {
  const to = connection.notificationEmails ?? [];
  let note: string;
  if (!to.length) note = `${notes.prefix}No notification addresses.`;
  else if (!rt.notifier) note = `${notes.prefix}E-mail is not configured (SMTP_URL).`;
  else {
    const company = await db.company.findFirst({ select: { name: true, language: true } });
    try {
      await send(rt.notifier, to, { companyName: company?.name ?? '', language: company?.language });
      note = notes.sent(to.join(', '));
    } catch (err) {
      note = notes.failed((err as Error).message);
      log.error(note);
    }
  }
  await db.connectorRun.update({ where: { id: runId }, data: { notification: note } });
}

function notify(
  rt: IntegrationRuntime,
  db: TenantDb,
  runId: string,
  connection: RunConnection,
  connectorName: string,
  startedAt: Date,
  status: ConnectorRunStatus,
  outcomes: FlowOutcome[],
  log: Logger,
  pause?: { failures: number; after: number },
) {
  const notes = { prefix: '', sent: (to: string) => `Sent to ${to}.`, failed: (m: string) => `Sending failed: ${m}` };
  return mailAboutRun(rt, db, runId, connection, log, notes, (notifier, to, company) =>
    notifier.sendFailureReport(to, {
      ...company,
      connectionName: connection.name,
      connectorName,
      runId,
      startedAt,
      status,
      flowErrors: outcomes.filter((o) => o.status === 'FAILED' || (o.status === 'SKIPPED' && o.error)).map((o) => ({ flow: o.flowId, message: o.error ?? '' })),
      failures: outcomes.flatMap((o) => o.failures.map((f) => ({ flow: o.flowId, ...f }))),
      pause,
    }),
  );
}

/** The one e-mail when this run paused the connection; recorded on the run like the failure e-mail. */
function notifyPause(
  rt: IntegrationRuntime,
  db: TenantDb,
  runId: string,
  connection: RunConnection,
  connectorName: string,
  startedAt: Date,
  failures: number,
  outcomes: FlowOutcome[],
  error: string | null,
  log: Logger,
) {
  log.warn(`paused after ${failures} failing runs in a row`);
  const notes = {
    prefix: 'Paused. ',
    sent: (to: string) => `Paused; the pause e-mail was sent to ${to}.`,
    failed: (m: string) => `Paused; sending the pause e-mail failed: ${m}`,
  };
  const flowErrors = outcomes.filter((o) => o.status === 'FAILED' && o.error).map((o) => ({ flow: o.flowId, message: o.error! }));
  return mailAboutRun(rt, db, runId, connection, log, notes, (notifier, to, company) =>
    notifier.sendPauseNotice(to, {
      ...company,
      connectionName: connection.name,
      connectorName,
      runId,
      startedAt,
      failures,
      errors: flowErrors.length ? flowErrors : error ? [{ flow: null, message: error }] : [],
    }),
  );
}

/** A RUNNING run is stale when its heartbeat (rows from before heartbeats: its last update) is older than the lease. */
function staleWhere(cutoff: Date): Prisma.ConnectorRunWhereInput {
  return { status: 'RUNNING', OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null, updatedAt: { lt: cutoff } }] };
}

export const STALE_RUN_MESSAGE =
  'The run stopped without finishing: the process executing it stopped (crash, kill or restart) and sent no heartbeat for longer than the lease; the next run picks up where it left off.';

/** Marks the stale runs (of one run, or of one connection) FAILED in one statement; the caller holds the connection's run lock. */
async function failStaleRuns(rt: IntegrationRuntime, r: { id: string | null; companyId: string; connectionId: string }): Promise<number> {
  const cutoff = new Date(Date.now() - leaseOf(rt));
  const res = await systemDb(rt, r.companyId).connectorRun.updateMany({
    where: { ...staleWhere(cutoff), connectionId: r.connectionId, ...(r.id ? { id: r.id } : {}) },
    data: { status: 'FAILED', finishedAt: new Date(), error: STALE_RUN_MESSAGE },
  });
  return res.count;
}

/**
 * Runs whose process died are marked FAILED: RUNNING, no heartbeat for longer than the lease,
 * and their connection's run lock free (a process executing a run holds that lock for the whole
 * run, so a run whose heartbeat is merely late is left alone). Any instance may call this.
 */
export async function reclaimStaleRuns(rt: IntegrationRuntime): Promise<number> {
  const cutoff = new Date(Date.now() - leaseOf(rt));
  // Across companies by design (like the scheduler's list of connections); each update is tenant-scoped.
  const stale = await rt.prisma.connectorRun.findMany({ where: staleWhere(cutoff), select: { id: true, companyId: true, connectionId: true } });
  let marked = 0;
  for (const r of stale) {
    const release = await rt.locks.tryAcquire(lockKey(r.connectionId));
    if (!release) continue;
    try {
      marked += await failStaleRuns(rt, r);
    } finally {
      await release();
    }
  }
  if (marked) rt.log.warn(`marked ${marked} run(s) left running by a stopped process as failed`);
  return marked;
}

/** Reclaims stale runs every half lease (and once now) until stopped; timers do not keep the process alive. */
export function startRunReaper(rt: IntegrationRuntime, intervalMs = Math.floor(leaseOf(rt) / 2)): { stop(): void } {
  let busy = false;
  const tick = () => {
    if (busy) return;
    busy = true;
    reclaimStaleRuns(rt)
      .catch((err: unknown) => rt.log.error(`could not check for abandoned runs: ${(err as Error).message}`))
      .finally(() => {
        busy = false;
      });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref?.();
  tick();
  return { stop: () => clearInterval(timer) };
}
