// `npm start`: the API (see src/start.ts) until SIGINT or SIGTERM, then the graceful shutdown
// and exit 0 (a second signal exits at once with 1). `--help` prints the usage and exits without
// touching the database.
// The API's module graph (schema, Prisma, connectors: seconds to load) is imported only once the
// options are valid, so `--help` and a wrong option answer at once.
import { loadConfig } from './config.js';

const USAGE = `Usage: npm start [-- options]

Starts the GraphQL API (http://localhost:4000/graphql by default) on the embedded database in
./.data, or on PostgreSQL when DATABASE_URL is set. The first start creates a company with an
administrator and prints its API token once.

Options:
  --seed       load the demo data (same as SEED_DEMO=true)
  -h, --help   print this help and exit

Settings are environment variables (PORT, HOST, DATABASE_URL, DATA_DIR, LOG_LEVEL,
SHUTDOWN_TIMEOUT_MS, METRICS_TOKEN, OTEL_EXPORTER_OTLP_ENDPOINT, …): see "Configuration" in
README.md. Endpoints: /graphql, /health (liveness), /readiness, /metrics.
SIGTERM or SIGINT: requests in flight finish (up to SHUTDOWN_TIMEOUT_MS), then it exits 0.`;

const OPTIONS = new Set(['--seed', '--help', '-h']);

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const unknown = args.filter((a) => !OPTIONS.has(a));
  if (unknown.length) {
    console.error(`Unknown option${unknown.length > 1 ? 's' : ''}: ${unknown.join(' ')}\n\n${USAGE}`);
    process.exit(2);
  }
  const config = loadConfig();
  const { startServer } = await import('./start.js');
  const server = await startServer(config, { seed: config.SEED_DEMO || args.includes('--seed') });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      server.logger.warn({ signal }, 'second signal: exiting without finishing the shutdown');
      process.exit(1);
    }
    stopping = true;
    server.logger.info({ signal }, 'signal received: shutting down');
    server.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        server.logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
