// Entry point: configuration → database (embedded or URL) → migrations → first-start company
// → GraphQL over HTTP.
import { createServer } from 'node:http';
import { loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { appOptionsFromConfig, createApp } from './app.js';
import { createRateLimiters, sweepExpiredBuckets } from './http/guard.js';
import { ensureInitialCompany } from './modules/companies/first-start.js';
import { seedDemoData } from './scripts/demo-data.js';
import { createIntegrationRuntime } from './integration/runtime/index.js';
import { createScheduler } from './integration/runtime/scheduler.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openDatabase(config);
  console.log(
    db.kind === 'embedded'
      ? `Embedded PostgreSQL (PGlite) in ${config.DATA_DIR}/pglite`
      : `PostgreSQL at ${db.url.replace(/\/\/[^@]*@/, '//***@')}`,
  );
  if (db.appliedMigrations.length) console.log(`Applied migrations: ${db.appliedMigrations.join(', ')}`);

  const initial = await ensureInitialCompany(db.prisma, config.INITIAL_COMPANY_NAME);
  if (initial) {
    console.log(
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
    );
  }
  if (config.SEED_DEMO || process.argv.includes('--seed')) {
    const n = await seedDemoData(db.prisma);
    console.log(n ? `Loaded demo data: ${n} customers.` : 'Demo data already present.');
  }

  const integrations = await createIntegrationRuntime(config, db);
  console.log(`Connectors: ${integrations.registry.list().map((c) => `${c.id} ${c.version}`).join(', ') || 'none'}`);
  const scheduler = createScheduler(integrations, config.CONNECTOR_SCHEDULE, config.CONNECTOR_RUN_HISTORY_DAYS);
  if (config.CONNECTOR_SCHEDULER) {
    scheduler.start();
    console.log(`Connector runs scheduled: ${config.CONNECTOR_SCHEDULE}`);
  }

  const production = process.env.NODE_ENV === 'production';
  const rateLimiters = createRateLimiters(
    { perTokenPerMinute: config.RATE_LIMIT_PER_TOKEN, perAddressPerMinute: config.RATE_LIMIT_PER_ADDRESS, failedAuthPer15Minutes: config.RATE_LIMIT_FAILED_AUTH },
    db.kind === 'postgres' ? db.pool : null,
  );
  // Buckets of addresses not seen for a while are deleted hourly.
  setInterval(() => void sweepExpiredBuckets(rateLimiters).catch((e: unknown) => console.error('Rate-limit sweep failed:', e)), 3_600_000).unref();
  const app = createApp({ prisma: db.prisma, integrations, rateLimiters, ...appOptionsFromConfig(config, production) });
  const server = createServer(app);
  server.listen(config.PORT, config.HOST, () => {
    const host = config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    console.log(`GraphQL API at http://${host}:${config.PORT}/graphql (GraphiQL in a browser)`);
  });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close();
    // The flow in progress finishes; no further flow starts.
    await scheduler.stop();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
