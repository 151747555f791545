// Starting and stopping the API: configuration → logger → database (embedded or URL) →
// migrations → first-start company → connector runtime and schedule → GraphQL over HTTP with the
// operations endpoints (/health, /readiness, /metrics), request ids, metrics and, when configured,
// tracing. Used by `npm start` (src/server.ts) and by the demo (src/scripts/demo.ts), which adds
// its fakes around it.
//
// stop() is the graceful shutdown: readiness answers 503 at once; requests in flight get
// SHUTDOWN_TIMEOUT_MS to finish while every new one gets 503 SHUTTING_DOWN before anything runs;
// then the server stops listening and closes its connections (src/observability/http.ts); then
// connector runs stop (no new run job is taken, the flow in progress finishes, no further one starts), the rate-limit sweep stops, the
// last spans are sent, and the database closes last.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { openDatabase, type OpenDatabase } from './db/database.js';
import { appOptionsFromConfig, createApp, createLoginRuntimeFor } from './app.js';
import { createRateLimiters, sweepExpiredBuckets } from './http/guard.js';
import { ensureInitialCompany } from './modules/companies/first-start.js';
import { loadDemoData } from './scripts/seed.js';
import { createIntegrationRuntime } from './integration/runtime/index.js';
import { domainPorts } from './modules/ports.js';
import { eventPort } from './modules/events/index.js';
import { attemptDelivery, configureWebhooks, installWebhooks } from './modules/webhooks/index.js';
import { deliverNotification } from './modules/notifications/index.js';
import { deliverInvoice } from './modules/invoice-distribution/index.js';
import { pruneTombstones } from './modules/sync/index.js';
import { pruneLoginData } from './modules/auth/index.js';
import { BUILT_IN_CONNECTORS, TEMPLATE_CONNECTOR } from '../connectors/index.js';
import type { IntegrationRuntime } from './integration/runtime/run.js';
import { createRunEngine, type RunEngine } from './integration/runtime/engine.js';
import { createLogger, requestScope, runtimeLogger, yogaLogger, type Logger } from './observability/logger.js';
import { createMetrics, type Metrics } from './observability/metrics.js';
import { createTracing } from './observability/tracing.js';
import { useOperationsEndpoints, type Lifecycle } from './observability/endpoints.js';
import { createHttpHandler } from './observability/http.js';
import { createLiveHub } from './live/hub.js';
import { sqlReaderOf } from './db/client.js';

export interface StartOptions {
  /** Load the demo data after the first-start company exists. */
  seed?: boolean;
  /**
   * Where the start-up messages go as text lines. Unset: as text on a terminal (LOG_FORMAT=auto),
   * else as JSON lines through the logger.
   */
  print?: (line: string) => void;
  /** The logger (pino); default JSON lines on standard output at LOG_LEVEL. */
  logger?: Logger;
}

export interface RunningServer {
  /** http://host:port of the API (the GraphQL endpoint is at /graphql). */
  url: string;
  db: OpenDatabase;
  integrations: IntegrationRuntime;
  http: Server;
  logger: Logger;
  metrics: Metrics;
  /** The administrator token printed on the first start, or null. */
  initialAdminToken: string | null;
  /** True once stop() was called: readiness answers 503, new requests get 503 SHUTTING_DOWN. */
  readonly shuttingDown: boolean;
  /** The graceful shutdown (see the top of this file); resolves when the database is closed. */
  stop(): Promise<void>;
}

/**
 * A start-up message: text for a person at a terminal, or one JSON log line (`msg` and fields)
 * for a log collector.
 */
type Announce = (text: string, msg: string, fields?: Record<string, unknown>) => void;

function announcer(config: Config, opts: StartOptions, logger: Logger): Announce {
  if (opts.print) {
    const print = opts.print;
    return (text) => print(text);
  }
  if (config.LOG_FORMAT === 'auto' && process.stdout.isTTY) return (text) => console.log(text);
  const log = logger.child({ component: 'start' });
  return (_text, msg, fields = {}) => log.info(fields, msg);
}

export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const logger = opts.logger ?? createLogger({ level: config.LOG_LEVEL });
  const announce = announcer(config, opts, logger);
  const db = await openDatabase(config, { deferAttach: true });
  let engine: RunEngine | null = null;
  try {
    if (db.kind === 'embedded')
      announce(`Embedded PostgreSQL (PGlite) in ${config.DATA_DIR}/pglite`, 'database: embedded PostgreSQL (PGlite)', {
        database: 'embedded',
        dataDir: config.DATA_DIR,
      });
    else {
      const safeUrl = db.url.replace(/\/\/[^@]*@/, '//***@');
      announce(`PostgreSQL at ${safeUrl}`, 'database: PostgreSQL', { database: 'postgres', url: safeUrl });
    }
    if (db.appliedMigrations.length)
      announce(`Applied migrations: ${db.appliedMigrations.join(', ')}`, 'applied migrations', { migrations: db.appliedMigrations });

    const initial = await ensureInitialCompany(db.prisma, config.INITIAL_COMPANY_NAME);
    if (initial) {
      announce(
        [
          '',
          `Created company "${config.INITIAL_COMPANY_NAME}" with an administrator (signature ADM).`,
          'Administrator API token (shown once, store it now):',
          '',
          `  ${initial.adminToken}`,
          '',
          'Send it as the header  Authorization: Bearer <token>',
          '',
        ].join('\n'),
        `Created company "${config.INITIAL_COMPANY_NAME}" with an administrator (signature ADM); its API token (adminToken) is shown once: store it now and send it as the header "Authorization: Bearer <token>"`,
        { company: config.INITIAL_COMPANY_NAME, adminToken: initial.adminToken },
      );
    }
    if (opts.seed) {
      const company = await db.prisma.company.findFirst({ orderBy: { createdAt: 'asc' } });
      if (company) {
        const line = await loadDemoData(db.prisma, company);
        announce(line, line);
      }
    }
    // CLI commands (import, seed, token) may write through this server's embedded database only
    // from now on: before the first-start company exists, a seed would create a second one.
    db.allowAttach();

    const metrics = createMetrics();
    const builtIn = config.CONNECTOR_TEMPLATE ? [...BUILT_IN_CONNECTORS, TEMPLATE_CONNECTOR] : BUILT_IN_CONNECTORS;
    const integrations = await createIntegrationRuntime(
      config,
      db,
      {
        builtIn,
        ports: domainPorts,
        notificationDelivery: deliverNotification,
        invoiceDelivery: deliverInvoice,
        events: eventPort,
        webhookDelivery: attemptDelivery,
      },
      { log: runtimeLogger(logger), metrics: metrics.runs },
    );
    // Every event recorded sets off its webhook deliveries, in the event's transaction.
    configureWebhooks({ allowLocalUrls: config.WEBHOOK_ALLOW_LOCAL_URLS, timeoutMs: config.WEBHOOK_TIMEOUT_MS });
    installWebhooks(integrations);
    // A run asked for in a request logs under that request's id, on whichever worker runs it.
    integrations.requestContext = {
      current: () => requestScope.getStore()?.requestId ?? null,
      run: (requestId, fn) => requestScope.run({ requestId }, fn),
    };
    const connectors = integrations.registry.list().map((c) => `${c.id} ${c.version}`);
    announce(`Connectors: ${connectors.join(', ') || 'none'}`, 'connectors loaded', { connectors });
    // Connector runs are jobs in the database (pg-boss, schema "pgboss", created on first start).
    // With CONNECTOR_SCHEDULER this instance keeps the schedule and works runs; without, it only
    // sends jobs.
    engine = createRunEngine(integrations, {
      url: db.url,
      work: config.CONNECTOR_SCHEDULER,
      schedule: config.CONNECTOR_SCHEDULE,
      concurrency: config.CONNECTOR_RUN_CONCURRENCY,
      historyDays: config.CONNECTOR_RUN_HISTORY_DAYS,
      fileDays: config.CONNECTOR_RUN_FILE_DAYS,
      // Both run every day (neither waits for the other to succeed).
      alsoPrune: async () => {
        const [tombstones, login] = await Promise.all([
          pruneTombstones(db.prisma, config.SYNC_TOMBSTONE_DAYS),
          pruneLoginData(db.prisma, config.SESSION_RETENTION_DAYS),
        ]);
        return tombstones + login.total;
      },
    });
    await engine.start();
    const runs = engine;
    if (config.CONNECTOR_SCHEDULER) {
      announce(
        config.CONNECTOR_SCHEDULE === 'off'
          ? `Connector runs: no schedule (CONNECTOR_SCHEDULE=off); runs asked for and event runs, ${config.CONNECTOR_RUN_CONCURRENCY} at a time in this process`
          : `Connector runs scheduled: ${config.CONNECTOR_SCHEDULE} (Swedish time), ${config.CONNECTOR_RUN_CONCURRENCY} at a time in this process`,
        'connector runs scheduled',
        { schedule: config.CONNECTOR_SCHEDULE, concurrency: config.CONNECTOR_RUN_CONCURRENCY },
      );
    }

    const production = process.env.NODE_ENV === 'production';
    const rateLimiters = createRateLimiters(
      {
        perTokenPerMinute: config.RATE_LIMIT_PER_TOKEN,
        perAddressPerMinute: config.RATE_LIMIT_PER_ADDRESS,
        failedAuthPer15Minutes: config.RATE_LIMIT_FAILED_AUTH,
      },
      db.kind === 'postgres' ? db.pool : null,
    );
    // Buckets of addresses not seen for a while are deleted hourly.
    const sweep = setInterval(
      () => void sweepExpiredBuckets(rateLimiters).catch((e: unknown) => logger.error({ err: e }, 'rate-limit sweep failed')),
      3_600_000,
    );
    sweep.unref();

    const lifecycle: Lifecycle = { shuttingDown: false };
    const tracing = createTracing(config.OTEL_EXPORTER_OTLP_ENDPOINT, config.OTEL_SERVICE_NAME);
    const login = createLoginRuntimeFor(db.prisma, integrations, {
      pool: db.kind === 'postgres' ? db.pool : null,
      limits: {
        maxFailures: config.LOGIN_MAX_FAILURES,
        failureWindowSeconds: config.LOGIN_FAILURE_WINDOW_SECONDS,
        lockoutSeconds: config.LOGIN_LOCKOUT_SECONDS,
        attemptsPerAddress: config.LOGIN_ATTEMPTS_PER_ADDRESS,
        resetEmailsPerHour: config.PASSWORD_RESET_EMAILS_PER_HOUR,
      },
      settings: {
        accessTokenSeconds: config.ACCESS_TOKEN_TTL_SECONDS,
        refreshTokenSeconds: config.REFRESH_TOKEN_TTL_DAYS * 24 * 3600,
        resetSeconds: config.PASSWORD_RESET_TTL_MINUTES * 60,
        inviteSeconds: config.INVITE_TTL_DAYS * 24 * 3600,
        publicAppUrl: config.PUBLIC_APP_URL ?? null,
        totpIssuer: config.TOTP_ISSUER,
      },
      logError: (err, what) => logger.error({ err }, `${what} failed`),
    });
    // Live events for subscriptions: this instance's reader of the Event table (LISTEN/NOTIFY on
    // PostgreSQL, polling besides; polling alone on the embedded database).
    const liveHub = createLiveHub({
      read: sqlReaderOf(db.prisma),
      listenUrl: db.kind === 'postgres' ? db.url : null,
      maxPerKey: config.SUBSCRIPTIONS_PER_TOKEN,
      maxTotal: config.SUBSCRIPTIONS_MAX,
      bufferSize: config.SUBSCRIPTION_BUFFER,
      log: logger.child({ component: 'live-events' }),
    });
    const app = createApp({
      prisma: db.prisma,
      integrations,
      rateLimiters,
      login,
      live: { hub: liveHub, recheckMs: config.SUBSCRIPTION_AUTH_RECHECK_MS },
      logger: yogaLogger(logger),
      operations: [
        useOperationsEndpoints({
          lifecycle,
          checkDatabase: () => db.pool.query('SELECT 1'),
          readinessTimeoutMs: config.READINESS_TIMEOUT_MS,
          metrics: { registry: metrics.registry, token: config.METRICS_TOKEN },
          log: logger,
        }),
        metrics.plugin,
        ...(tracing ? [tracing.plugin] : []),
      ],
      ...appOptionsFromConfig(config, production),
    });
    const handler = createHttpHandler(app, { log: logger, lifecycle });
    const http = createServer(handler.listener);
    await new Promise<void>((resolve, reject) => {
      http.once('error', reject);
      http.listen(config.PORT, config.HOST, () => {
        http.off('error', reject);
        resolve();
      });
    });
    const port = (http.address() as AddressInfo).port;
    const host = config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    const url = `http://${host}:${port}`;
    announce(`GraphQL API at ${url}/graphql (GraphiQL in a browser)`, 'listening', { url, graphql: `${url}/graphql`, port, tracing: !!tracing });

    let stopped: Promise<void> | null = null;
    return {
      url,
      db,
      integrations,
      http,
      logger,
      metrics,
      initialAdminToken: initial?.adminToken ?? null,
      get shuttingDown() {
        return lifecycle.shuttingDown;
      },
      stop() {
        // From this instant readiness answers 503 and new requests get 503 SHUTTING_DOWN (before
        // the streams are ended and the drain starts, which take time).
        lifecycle.shuttingDown = true;
        stopped ??= (async () => {
          const log = logger.child({ component: 'shutdown' });
          log.info(
            { inFlight: handler.inFlight(), timeoutMs: config.SHUTDOWN_TIMEOUT_MS },
            'shutting down: new requests get 503; waiting for requests in flight',
          );
          const deadline = Date.now() + config.SHUTDOWN_TIMEOUT_MS;
          // Subscriptions never finish by themselves: their streams end now (STREAM_ENDED, resume
          // with `after` on another instance), so they do not hold up the drain.
          await liveHub.stop().catch((err: unknown) => log.error({ err }, 'live event streams did not stop cleanly'));
          const { abandoned } = await handler.drain(http, config.SHUTDOWN_TIMEOUT_MS);
          const runsMs = Math.max(deadline - Date.now(), 1_000);
          log.info({ abandoned, timeoutMs: runsMs }, 'HTTP closed; stopping connector runs (no new run starts; a flow in progress finishes)');
          // No new run job is taken; the flow in progress finishes and no further flow starts, within
          // what the requests left of SHUTDOWN_TIMEOUT_MS (at least 1 s); a run still going then goes
          // back to the queue for another instance.
          await runs.stop({ timeoutMs: runsMs }).catch((err: unknown) => log.error({ err }, 'connector runs did not stop cleanly'));
          clearInterval(sweep);
          await tracing?.stop().catch((err: unknown) => log.warn({ err }, 'the last spans could not be sent'));
          await db.close();
          log.info('stopped');
        })();
        return stopped;
      },
    };
  } catch (err) {
    await engine?.stop({ timeoutMs: 1_000 }).catch(() => undefined);
    await db.close();
    throw err;
  }
}
