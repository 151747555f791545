// The run engine: connector runs as jobs on pg-boss, in the application's own PostgreSQL (on the
// embedded database through its socket server, like the application's connections).
//
// - A distributed cron schedule (CONNECTOR_SCHEDULE, evaluated in Swedish time) sends one sweep
//   job per occurrence, whichever instances are up; the sweep enqueues one run job per active
//   connection (trigger SCHEDULE). A daily schedule prunes the run history (runs that wrote files
//   are kept longer: ./retention.ts).
// - Run jobs are taken by workers on every instance that works runs (CONNECTOR_SCHEDULER), at
//   most `concurrency` at a time per process. Each job is one `executeRun`.
// - The run queue is `stately` with the connection id as singleton key: per connection at most one
//   run job is active and one waits; a further enqueue while one waits collapses into it. The
//   connection's run lock (executeRun) stays as the second guard: a job whose connection is
//   running elsewhere (a manual run) is skipped, as a scheduled tick always was.
// - A job's worker renews a heartbeat; a job whose worker died (SIGKILL, power loss) is taken by
//   another worker once its heartbeat is older than the run lease. By then the dead run's own
//   heartbeat is stale too, so that run is marked FAILED (the stale-run rule) before the
//   connection runs again.
// - A run job that could not start (the database unreachable, an unexpected error) is retried
//   with exponential backoff; a run that ran completes its job whatever it reported (its failures
//   are in the run history and the e-mail, and the next tick runs it again).
// - Event runs: a change here (an invoice locked, a supplier invoice approved, a project's status
//   changed) enqueues, in the transaction that makes the change, a run of the flows listening for
//   it (trigger EVENT) on their own queue, keyed by connection and change: one waits per key, so a
//   burst of locks becomes one run. A change rolled back enqueues nothing. An event run whose
//   connection is running (a scheduled run, a manual one) is retried every few seconds until the
//   connection is free, so the change is not left to the next tick; the tick stays the safety net.
//   A job whose retry would make a second one waiting for the same key is failed by the queue (a
//   stately queue keeps one job per state and key): the one waiting runs after the change was
//   committed and covers it, since an export flow takes every change not yet exported.
// - Runs an admin asks for (runConnection, retryConnectorFailure) are written QUEUED and enqueued
//   in the same transaction on a queue of their own (every one runs: nothing collapses them); the
//   request returns at once. A worker claims the run (QUEUED → RUNNING) unless it was cancelled;
//   while the connection runs, the job tries again every few seconds, and a run still waiting
//   after a run's time limit is FAILED (QUEUED_TOO_LONG).
// - Notification e-mails: a notification to a user (a customer assigned to them, …) is written in
//   the transaction of the change, and its e-mail job enqueued in the same transaction on a queue of
//   its own; the job delivers it through the runtime's notifier, retried with backoff (a minute,
//   doubling, at most an hour apart) for about a day; the last attempt marks it FAILED.
// - stop() takes no new job, lets the flow in progress finish (no further flow starts) and waits
//   for the runs in progress up to its time limit; a job still running then is failed back to the
//   queue, for another instance.
import { PgBoss, type Job } from 'pg-boss';
import type { ConnectorRunTrigger } from '../../generated/prisma/enums.js';
// The schedule's time zone (Swedish time, so "every day at 03:00" stays 03:00 across daylight
// saving) is the one the connections' next scheduled run is computed in.
import { SCHEDULE_TIME_ZONE } from './health.js';
import { DEFAULT_RUN_FILE_DAYS, DEFAULT_RUN_HISTORY_DAYS, type RunRetention } from './retention.js';
import {
  DEFAULT_RUN_LEASE_MS,
  type EventRunRequest,
  executeRun,
  deliverNotificationMail,
  deliverInvoice,
  deliverWebhook,
  failQueuedRun,
  type InvoiceDeliveryRequest,
  inRequestOf,
  type NotificationMailRequest,
  pruneRunHistory,
  QUEUED_TOO_LONG,
  type QueuedRunRequest,
  RunRefusedError,
  type IntegrationRuntime,
  type RunOutcome,
  type SqlExecutor,
  type WebhookDeliveryRequest,
} from './run.js';

export const DEFAULT_SCHEDULE = '0,30 * * * *';
/** CONNECTOR_SCHEDULE's value for no scheduled runs. */
export const SCHEDULE_OFF = 'off';
/** When the run history is pruned (daily, Swedish time). */
export const PRUNE_SCHEDULE = '15 3 * * *';
export const DEFAULT_RUN_CONCURRENCY = 4;

export const RUN_QUEUE = 'connector-run';
export const EVENT_QUEUE = 'connector-event-run';
export const MANUAL_QUEUE = 'connector-manual-run';
/** How often an event run waiting for its connection to be free tries again. */
export const EVENT_RETRY_SECONDS = 3;
export const SWEEP_QUEUE = 'connector-sweep';
export const PRUNE_QUEUE = 'connector-prune';
/** Users' notification e-mails (written in the transaction of the change they tell of). */
export const MAIL_QUEUE = 'notification-mail';
/**
 * Attempts of a notification e-mail: 1 minute, then doubling (with jitter) up to an hour apart,
 * so the last of them is about a day after the first.
 */
export const MAIL_RETRY_LIMIT = 30;
/** Invoices sent by e-mail or Peppol (recorded in the transaction that asked for the sending); retried as the notification e-mails are. */
export const INVOICE_DELIVERY_QUEUE = 'invoice-delivery';

/**
 * Webhook deliveries: one job per attempt, enqueued in the transaction that records the event (or
 * the previous attempt) with the retry schedule's start time (the webhooks module's). The queue's
 * own retries cover only a worker that died or a database error, not a failed attempt.
 */
export const WEBHOOK_QUEUE = 'webhook-delivery';

/** What an event run job carries. */
export interface EventJobData {
  companyId: string;
  connectionId: string;
  event: string;
  flows: string[];
}

/** The event queue's key: one event run waits per connection and change. */
export const eventKey = (connectionId: string, event: string) => `${connectionId}:${event}`;

/** pg-boss's database interface over the caller's transaction: a job sent through it commits or rolls back with that transaction. */
const inTransaction = (sql: SqlExecutor) => ({ executeSql: async (text: string, values?: unknown[]) => ({ rows: await sql(text, values ?? []) }) });

/** Raised to put an event run back in the queue while its connection is running. */
class ConnectionBusy extends Error {}

/** What a run job carries. */
export interface RunJobData {
  companyId: string;
  connectionId: string;
  trigger: ConnectorRunTrigger;
}

export interface RunEngineOptions {
  /** The database URL (PostgreSQL, or the embedded database's socket server). */
  url: string;
  /** Schedule the sweep and work run jobs in this process (CONNECTOR_SCHEDULER); off: it only sends jobs. */
  work: boolean;
  /** Cron expression of the sweep, in Swedish time (default every :00 and :30); "off": no sweep is scheduled (the shared schedule is removed). */
  schedule?: string;
  /** Run jobs this process works at once (default 4: runs wait mostly on rate limits). */
  concurrency?: number;
  /** Days of run history kept (default 90). */
  historyDays?: number;
  /** Days a run that wrote files (e.g. a SIE file) is kept, with its files (default seven years). */
  fileDays?: number;
  /** Other pruning the daily job does after the run history (e.g. the deletions feed's retention); the number of rows deleted. */
  alsoPrune?: () => Promise<number>;
  /** pg-boss's connection pool (default 2). */
  poolSize?: number;
  /**
   * Seconds without a heartbeat after which a run job counts as abandoned and is taken again
   * (default the run lease, at least 10: pg-boss's minimum).
   */
  heartbeatSeconds?: number;
  /** Retries of a run job that could not start, with exponential backoff from `retryDelaySeconds`. */
  retryLimit?: number;
  retryDelaySeconds?: number;
  retryDelayMaxSeconds?: number;
  /** How often an idle worker looks for jobs (default 2 s). */
  pollingIntervalSeconds?: number;
  /** How often abandoned and expired jobs are looked for (default 60 s; tests shorten it). */
  superviseIntervalSeconds?: number;
  /** Retries of a notification e-mail (default MAIL_RETRY_LIMIT) and the first delay (default 60 s; doubling, at most an hour). */
  mailRetryLimit?: number;
  mailRetryDelaySeconds?: number;
}

export interface RunEngine {
  /** Starts pg-boss (creating its schema `pgboss` on first use), the queues, and with `work` the schedules and workers. */
  start(): Promise<void>;
  /**
   * Takes no new job, lets the flow in progress finish and waits up to `timeoutMs` (at least 1 s)
   * for the runs in progress; then stops pg-boss and the reclaim of dead runs.
   */
  stop(opts?: { timeoutMs?: number }): Promise<void>;
  /** Enqueues a run of the connection: the new job's id, or null when one already waits for it. */
  enqueueRun(connection: { id: string; companyId: string }, trigger: ConnectorRunTrigger): Promise<string | null>;
  /** Enqueues a QUEUED run (written by the caller) inside the caller's transaction. */
  enqueueQueuedRun(sql: SqlExecutor, req: QueuedRunRequest): Promise<void>;
  /** Enqueues an event run inside the caller's transaction; false when one already waits for the connection and change. */
  enqueueEventRun(sql: SqlExecutor, req: EventRunRequest): Promise<boolean>;
  /** Enqueues a notification's e-mail inside the caller's transaction (the transaction that wrote the notification). */
  enqueueNotificationMail(sql: SqlExecutor, req: NotificationMailRequest): Promise<void>;
  /** Enqueues an invoice's sending inside the caller's transaction (the transaction that recorded the delivery). */
  enqueueInvoiceDelivery(sql: SqlExecutor, req: InvoiceDeliveryRequest): Promise<void>;
  /** Enqueues an attempt of a webhook delivery inside the caller's transaction, at `startAfter` (default now). */
  enqueueWebhookDelivery(sql: SqlExecutor, req: WebhookDeliveryRequest, startAfter?: Date): Promise<void>;
  /** What a scheduled tick does: one run job per active connection. */
  sweep(): Promise<{ connections: number; enqueued: number }>;
  /**
   * Deletes run history older than `historyDays`, runs with files older than `fileDays` (what the
   * daily job does); the number of runs deleted.
   */
  prune(): Promise<number>;
  /** The pg-boss instance (for inspection and tests). */
  readonly boss: PgBoss;
}

/** The cron expression checked as pg-boss will evaluate it; throws a message naming the setting. */
export function assertSchedule(boss: PgBoss, schedule: string): void {
  try {
    boss.previewSchedule(schedule, { tz: SCHEDULE_TIME_ZONE, from: new Date(), count: 1 });
  } catch (err) {
    throw new Error(`Invalid CONNECTOR_SCHEDULE "${schedule}" (a cron expression such as "${DEFAULT_SCHEDULE}"): ${(err as Error).message}`);
  }
}

/** The queues' settings, from the runtime's run time limit and lease. */
function queueOptions(rt: IntegrationRuntime, o: RunEngineOptions) {
  const leaseSeconds = Math.ceil((rt.runLeaseMs ?? DEFAULT_RUN_LEASE_MS) / 1000);
  // Runs that must not be left to the next tick (event runs, runs an admin asked for): while the
  // connection runs (at most a run's time limit) tried again every few seconds, a run that could
  // not start for another reason too.
  const waiting = {
    heartbeatSeconds: Math.max(10, o.heartbeatSeconds ?? leaseSeconds),
    expireInSeconds: Math.ceil(rt.runTimeoutMs / 1000) + 300,
    retryLimit: Math.ceil((rt.runTimeoutMs / 1000 + 300) / EVENT_RETRY_SECONDS),
    retryDelay: EVENT_RETRY_SECONDS,
    retryBackoff: false,
    deleteAfterSeconds: 86_400,
  };
  return {
    run: {
      policy: 'stately' as const,
      heartbeatSeconds: Math.max(10, o.heartbeatSeconds ?? leaseSeconds),
      // The run stops itself at its time limit; the margin covers the flow in progress noticing,
      // the results being recorded and the e-mail. A job past it is failed and retried, and the
      // retry is skipped while the run still holds the connection's lock.
      expireInSeconds: Math.ceil(rt.runTimeoutMs / 1000) + 300,
      // About 5, 10, 20 … s apart (with jitter), at most 10 minutes: eight tries cover a database
      // restart or a short outage. A job whose worker died is retried the same way.
      retryLimit: o.retryLimit ?? 8,
      retryDelay: o.retryDelaySeconds ?? 5,
      retryBackoff: true,
      retryDelayMax: o.retryDelayMaxSeconds ?? 600,
      deleteAfterSeconds: 3 * 86_400,
    },
    // Event runs collapse per connection and change; runs an admin asked for each run.
    event: { policy: 'stately' as const, ...waiting },
    manual: { policy: 'standard' as const, ...waiting },
    sweep: { policy: 'stately' as const, expireInSeconds: 600, retryLimit: 3, retryDelay: 10, retryBackoff: true, deleteAfterSeconds: 3 * 86_400 },
    prune: { policy: 'stately' as const, expireInSeconds: 3_600, retryLimit: 3, retryDelay: 60, retryBackoff: true, deleteAfterSeconds: 7 * 86_400 },
    mail: {
      policy: 'standard' as const,
      expireInSeconds: 300,
      retryLimit: o.mailRetryLimit ?? MAIL_RETRY_LIMIT,
      retryDelay: o.mailRetryDelaySeconds ?? 60,
      retryBackoff: true,
      retryDelayMax: 3_600,
      deleteAfterSeconds: 7 * 86_400,
    },
    // One attempt (bounded by the module's deadline) per job; a job whose worker died is retried.
    webhook: {
      policy: 'standard' as const,
      expireInSeconds: 120,
      retryLimit: 5,
      retryDelay: 30,
      retryBackoff: true,
      retryDelayMax: 1_800,
      deleteAfterSeconds: 7 * 86_400,
    },
  };
}

function newBoss(o: Pick<RunEngineOptions, 'url' | 'poolSize' | 'superviseIntervalSeconds'>, work: boolean): PgBoss {
  return new PgBoss({
    connectionString: o.url,
    max: o.poolSize ?? 2,
    application_name: 'connector-runs',
    // Only instances that work runs keep the schedule and look for abandoned jobs.
    schedule: work,
    supervise: work,
    ...(o.superviseIntervalSeconds ? { superviseIntervalSeconds: o.superviseIntervalSeconds, monitorIntervalSeconds: o.superviseIntervalSeconds } : {}),
    instanceName: work ? 'connector-worker' : 'connector-sender',
  });
}

/**
 * Creates pg-boss's schema (`pgboss`) in a database and stops, as the first start would (no
 * queue, schedule or worker): what the tests' template database is prepared with, so that each
 * copy starts without installing it.
 */
export async function installRunEngine(url: string): Promise<void> {
  const boss = newBoss({ url }, false);
  boss.on('error', () => undefined);
  await boss.start();
  await boss.stop({ graceful: false });
}

export function createRunEngine(rt: IntegrationRuntime, o: RunEngineOptions): RunEngine {
  const schedule = o.schedule ?? DEFAULT_SCHEDULE;
  const retention: RunRetention = { historyDays: o.historyDays ?? DEFAULT_RUN_HISTORY_DAYS, fileDays: o.fileDays ?? DEFAULT_RUN_FILE_DAYS };
  const concurrency = o.concurrency ?? DEFAULT_RUN_CONCURRENCY;
  const boss = newBoss(o, o.work);
  const scheduled = schedule !== SCHEDULE_OFF;
  if (scheduled) assertSchedule(boss, schedule);
  rt.stopping ??= { value: false };
  boss.on('error', (err) => rt.log.error(`connector run queue: ${err.message}`));
  let started = false;

  async function runJob(job: Job<RunJobData>): Promise<object> {
    const { companyId, connectionId, trigger } = job.data;
    // A job taken while this process stops goes back to the queue for another instance.
    if (rt.stopping!.value) throw new Error('The server was shutting down; the run is left to another instance.');
    if (trigger === 'SCHEDULE') {
      // Across companies by design, like the sweep: a connection deactivated or deleted since it was enqueued is not run.
      const c = await rt.prisma.connection.findFirst({ where: { id: connectionId, companyId }, select: { active: true } });
      if (!c?.active) return { skipped: 'The connection is no longer active.' };
    }
    let outcome: RunOutcome;
    try {
      outcome = await executeRun(rt, { companyId, connectionId, trigger });
    } catch (err) {
      // Refused (the connection is gone): retrying would not help.
      if (err instanceof RunRefusedError) {
        rt.log.warn(`connection ${connectionId}: run refused: ${err.message}`);
        return { refused: err.message };
      }
      rt.log.error(`connection ${connectionId}: run failed to start (retried with backoff): ${(err as Error).message}`);
      throw err;
    }
    return outcome.skipped ? { skipped: outcome.reason } : { runId: outcome.runId, status: outcome.status };
  }

  async function eventJob(job: Job<EventJobData>): Promise<object> {
    const { companyId, connectionId, flows } = job.data;
    if (rt.stopping!.value) throw new Error('The server was shutting down; the run is left to another instance.');
    // Across companies by design, like the sweep. A paused connection would refuse the run.
    const c = await rt.prisma.connection.findFirst({ where: { id: connectionId, companyId }, select: { active: true, pausedAt: true } });
    if (!c?.active) return { skipped: 'The connection is no longer active.' };
    if (c.pausedAt) return { skipped: 'The connection is paused.' };
    let outcome: RunOutcome;
    try {
      outcome = await executeRun(rt, { companyId, connectionId, trigger: 'EVENT', flows });
    } catch (err) {
      if (err instanceof RunRefusedError) return { refused: err.message };
      rt.log.error(`connection ${connectionId}: event run failed to start (retried): ${(err as Error).message}`);
      throw err;
    }
    if (outcome.skipped && outcome.code === 'RUN_IN_PROGRESS') {
      // The stately queue keeps one job waiting per key. When one already waits, it covers this
      // job's change; retrying this one would make a second waiting job, which the queue refuses,
      // and that refusal could leave this job active until it expired, holding the waiting one back.
      const key = eventKey(connectionId, job.data.event);
      const waiting = (await boss.findJobs(EVENT_QUEUE, { key })).some((j) => j.id !== job.id && (j.state === 'created' || j.state === 'retry'));
      if (waiting) return { covered: 'Another job for this change waits for the connection.' };
      throw new ConnectionBusy('The connection is running; the event run waits for it.');
    }
    return outcome.skipped ? { skipped: outcome.reason } : { runId: outcome.runId, status: outcome.status };
  }

  async function manualJob(job: Job<QueuedRunRequest> & { retryCount?: number; retryLimit?: number }): Promise<object> {
    const req = job.data;
    if (rt.stopping!.value) throw new Error('The server was shutting down; the run is left to another instance.');
    let outcome: RunOutcome;
    try {
      outcome = await inRequestOf(rt, req, () => executeRun(rt, req));
    } catch (err) {
      if (err instanceof RunRefusedError) return { refused: err.message };
      rt.log.error(`connection ${req.connectionId}: queued run ${req.runId} failed to start (retried): ${(err as Error).message}`);
      throw err;
    }
    if (outcome.skipped && outcome.code === 'RUN_IN_PROGRESS') {
      // The last try: the run is recorded as never started rather than left QUEUED.
      if ((job.retryCount ?? 0) >= (job.retryLimit ?? Number.POSITIVE_INFINITY)) {
        await failQueuedRun(rt, req, QUEUED_TOO_LONG);
        return { failed: QUEUED_TOO_LONG };
      }
      throw new ConnectionBusy('The connection is running; the queued run waits for it.');
    }
    return outcome.skipped ? { skipped: outcome.reason } : { runId: outcome.runId, status: outcome.status };
  }

  const engine: RunEngine = {
    boss,
    async start() {
      await boss.start();
      started = true;
      const q = queueOptions(rt, o);
      for (const [name, opts] of [
        [RUN_QUEUE, q.run],
        [EVENT_QUEUE, q.event],
        [MANUAL_QUEUE, q.manual],
        [SWEEP_QUEUE, q.sweep],
        [PRUNE_QUEUE, q.prune],
        [MAIL_QUEUE, q.mail],
        [INVOICE_DELIVERY_QUEUE, q.mail],
        [WEBHOOK_QUEUE, q.webhook],
      ] as const) {
        await boss.createQueue(name, opts);
        // An existing queue keeps its policy; its other settings follow this configuration.
        const { policy: _policy, ...rest } = opts;
        await boss.updateQueue(name, rest);
      }
      rt.jobs = engine;
      if (!o.work) return;
      // One schedule row per name in the database, shared by every instance: the last start's expression wins.
      if (scheduled) await boss.schedule(SWEEP_QUEUE, schedule, null, { tz: SCHEDULE_TIME_ZONE });
      else await boss.unschedule(SWEEP_QUEUE);
      await boss.schedule(PRUNE_QUEUE, PRUNE_SCHEDULE, null, { tz: SCHEDULE_TIME_ZONE });
      const polling = o.pollingIntervalSeconds ? { pollingIntervalSeconds: o.pollingIntervalSeconds } : {};
      await boss.work<RunJobData>(RUN_QUEUE, { localConcurrency: concurrency, batchSize: 1, ...polling }, async ([job]) => runJob(job!));
      await boss.work<QueuedRunRequest>(MANUAL_QUEUE, { localConcurrency: concurrency, batchSize: 1, includeMetadata: true, ...polling }, async ([job]) =>
        manualJob(job!),
      );
      await boss.work<EventJobData>(EVENT_QUEUE, { localConcurrency: concurrency, batchSize: 1, ...polling }, async ([job]) => eventJob(job!));
      await boss.work(SWEEP_QUEUE, { batchSize: 1, ...polling }, async () => engine.sweep());
      await boss.work(PRUNE_QUEUE, { batchSize: 1, ...polling }, async () => ({ deleted: await engine.prune() }));
      await boss.work<NotificationMailRequest>(MAIL_QUEUE, { batchSize: 1, includeMetadata: true, ...polling }, async ([job]) => {
        const j = job! as Job<NotificationMailRequest> & { retryCount?: number; retryLimit?: number };
        return deliverNotificationMail(rt, j.data, { final: (j.retryCount ?? 0) >= (j.retryLimit ?? q.mail.retryLimit) });
      });
      await boss.work<InvoiceDeliveryRequest>(INVOICE_DELIVERY_QUEUE, { batchSize: 1, includeMetadata: true, ...polling }, async ([job]) => {
        const j = job! as Job<InvoiceDeliveryRequest> & { retryCount?: number; retryLimit?: number };
        return deliverInvoice(rt, j.data, { final: (j.retryCount ?? 0) >= (j.retryLimit ?? q.mail.retryLimit) });
      });
      await boss.work<WebhookDeliveryRequest>(WEBHOOK_QUEUE, { localConcurrency: concurrency, batchSize: 1, ...polling }, async ([job]) =>
        deliverWebhook(rt, job!.data),
      );
    },
    async stop(opts = {}) {
      rt.stopping!.value = true;
      if (rt.jobs === engine) rt.jobs = null;
      rt.reaper?.stop();
      if (!started) return;
      await boss.stop({ graceful: true, timeout: Math.max(opts.timeoutMs ?? 30_000, 1_000) });
    },
    async enqueueRun(connection, trigger) {
      return boss.send(RUN_QUEUE, { companyId: connection.companyId, connectionId: connection.id, trigger } satisfies RunJobData, {
        singletonKey: connection.id,
      });
    },
    async enqueueQueuedRun(sql, req) {
      const data: QueuedRunRequest = {
        companyId: req.companyId,
        connectionId: req.connectionId,
        runId: req.runId,
        trigger: req.trigger,
        ...(req.requestId ? { requestId: req.requestId } : {}),
      };
      await boss.send(MANUAL_QUEUE, data, { db: inTransaction(sql) });
    },
    async enqueueNotificationMail(sql, req) {
      const data: NotificationMailRequest = { companyId: req.companyId, notificationId: req.notificationId };
      await boss.send(MAIL_QUEUE, data, { db: inTransaction(sql) });
    },
    async enqueueInvoiceDelivery(sql, req) {
      const data: InvoiceDeliveryRequest = { companyId: req.companyId, deliveryId: req.deliveryId };
      await boss.send(INVOICE_DELIVERY_QUEUE, data, { db: inTransaction(sql) });
    },
    async enqueueWebhookDelivery(sql, req, startAfter) {
      const data: WebhookDeliveryRequest = { companyId: req.companyId, deliveryId: req.deliveryId };
      await boss.send(WEBHOOK_QUEUE, data, { db: inTransaction(sql), ...(startAfter ? { startAfter } : {}) });
    },
    async enqueueEventRun(sql, req) {
      const data: EventJobData = { companyId: req.companyId, connectionId: req.connectionId, event: req.event, flows: [...req.flows] };
      const id = await boss.send(EVENT_QUEUE, data, {
        singletonKey: eventKey(req.connectionId, req.event),
        db: inTransaction(sql),
      });
      return id !== null;
    },
    async sweep() {
      // The one read across companies: which connections exist. Each run is tenant-scoped. A paused
      // connection (health.ts) would refuse the run: it gets no job until an admin resumes it.
      const connections = await rt.prisma.connection.findMany({
        where: { active: true, pausedAt: null },
        select: { id: true, companyId: true },
        orderBy: { createdAt: 'asc' },
      });
      let enqueued = 0;
      for (const c of connections) if (await engine.enqueueRun(c, 'SCHEDULE')) enqueued++;
      rt.log.info(`scheduled sweep: ${enqueued} run(s) enqueued for ${connections.length} active, unpaused connection(s)`);
      return { connections: connections.length, enqueued };
    },
    async prune() {
      const pruned = await pruneRunHistory(rt, retention);
      if (pruned.runs) rt.log.info(`deleted ${pruned.runs} run(s) older than ${retention.historyDays} days (with files: ${retention.fileDays} days)`);
      if (pruned.failures) rt.log.info(`deleted ${pruned.failures} failure(s) of runs with files older than ${retention.historyDays} days`);
      const others = (await o.alsoPrune?.()) ?? 0;
      if (others) rt.log.info(`deleted ${others} row(s) past their retention`);
      return pruned.runs;
    },
  };
  return engine;
}
