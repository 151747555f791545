// A run worker for `npm run bench:runs`: the integration runtime built as the server builds it
// (src/start.ts: configuration from the environment, the database client, createIntegrationRuntime
// with the built-in connectors and the domain ports) and the run engine working run jobs, and
// nothing else (no HTTP). Settings: the server's environment variables (DATABASE_URL,
// INTEGRATION_SECRET_KEY, CONNECTOR_RUN_CONCURRENCY, CONNECTOR_RUN_LEASE_SECONDS,
// CONNECTOR_SANDBOX_CONNECTIONS, DATABASE_POOL_SIZE) and, for the engine options the server does
// not expose, BENCH_HEARTBEAT_SECONDS and BENCH_SUPERVISE_SECONDS.
// Prints "ready" once it takes jobs; SIGTERM stops it gracefully (engine.stop, then exit 0).
import { loadConfig } from '../../src/config.js';
import { createDatabaseClient } from '../../src/db/client.js';
import { createIntegrationRuntime } from '../../src/integration/runtime/index.js';
import { createRunEngine } from '../../src/integration/runtime/engine.js';
import { domainPorts } from '../../src/modules/ports.js';
import { BUILT_IN_CONNECTORS } from '../../connectors/index.js';

const config = loadConfig();
const url = config.DATABASE_URL;
if (!url) throw new Error('the run worker needs DATABASE_URL (PostgreSQL)');
const name = process.env.BENCH_WORKER_NAME ?? `worker ${process.pid}`;
const optional = (v: string | undefined) => (v ? Number(v) : undefined);

const db = createDatabaseClient({ url, poolSize: config.DATABASE_POOL_SIZE, prepareReads: true, statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS });
// Warnings and errors go to standard error (the benchmark shows them); the runs' progress lines are dropped.
const log = {
  debug: () => undefined,
  info: () => undefined,
  warn: (m: string) => console.error(`[${name}] warn: ${m}`),
  error: (m: string) => console.error(`[${name}] error: ${m}`),
};
const rt = await createIntegrationRuntime(config, { prisma: db.prisma, kind: 'postgres', url }, { builtIn: BUILT_IN_CONNECTORS, ports: domainPorts }, { log });
const engine = createRunEngine(rt, {
  url,
  work: true,
  // The benchmark enqueues the sweep itself; the cron schedule must not fire during it.
  schedule: config.CONNECTOR_SCHEDULE,
  concurrency: config.CONNECTOR_RUN_CONCURRENCY,
  heartbeatSeconds: optional(process.env.BENCH_HEARTBEAT_SECONDS),
  superviseIntervalSeconds: optional(process.env.BENCH_SUPERVISE_SECONDS),
});
await engine.start();
console.log('ready');

let stopping = false;
process.on('SIGTERM', () => {
  if (stopping) return;
  stopping = true;
  engine
    .stop({ timeoutMs: 10_000 })
    .then(() => db.close())
    .then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`[${name}] stop failed: ${(err as Error).message}`);
        process.exit(1);
      },
    );
});
