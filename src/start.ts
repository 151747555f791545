// Starting and stopping the API: configuration → database (embedded or URL) → migrations →
// first-start company → connector runtime and schedule → GraphQL over HTTP. Used by `npm start`
// (src/server.ts) and by the demo (src/scripts/demo.ts), which adds its fakes around it.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.js';
import { openDatabase, type OpenDatabase } from './db/database.js';
import { appOptionsFromConfig, createApp } from './app.js';
import { createRateLimiters, sweepExpiredBuckets } from './http/guard.js';
import { ensureInitialCompany } from './modules/companies/first-start.js';
import { seedDemoData } from './scripts/demo-data.js';
import { createIntegrationRuntime } from './integration/runtime/index.js';
import type { IntegrationRuntime } from './integration/runtime/run.js';
import { createScheduler } from './integration/runtime/scheduler.js';

export interface StartOptions {
  /** Load the demo data after the first-start company exists. */
  seed?: boolean;
  /** Where progress lines go; default the console. */
  print?: (line: string) => void;
}

export interface RunningServer {
  /** http://host:port of the API (the GraphQL endpoint is at /graphql). */
  url: string;
  db: OpenDatabase;
  integrations: IntegrationRuntime;
  http: Server;
  /** The administrator token printed on the first start, or null. */
  initialAdminToken: string | null;
  /** Stops accepting requests, lets the running connector flow finish, closes the database. */
  stop(): Promise<void>;
}

export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const print = opts.print ?? ((line: string) => console.log(line));
  const db = await openDatabase(config);
  try {
    print(
      db.kind === 'embedded'
        ? `Embedded PostgreSQL (PGlite) in ${config.DATA_DIR}/pglite`
        : `PostgreSQL at ${db.url.replace(/\/\/[^@]*@/, '//***@')}`,
    );
    if (db.appliedMigrations.length) print(`Applied migrations: ${db.appliedMigrations.join(', ')}`);

    const initial = await ensureInitialCompany(db.prisma, config.INITIAL_COMPANY_NAME);
    if (initial) {
      print(
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
    if (opts.seed) {
      const n = await seedDemoData(db.prisma);
      print(n ? `Loaded demo data: ${n} customers.` : 'Demo data already present.');
    }

    const integrations = await createIntegrationRuntime(config, db);
    print(`Connectors: ${integrations.registry.list().map((c) => `${c.id} ${c.version}`).join(', ') || 'none'}`);
    const scheduler = createScheduler(integrations, config.CONNECTOR_SCHEDULE, config.CONNECTOR_RUN_HISTORY_DAYS);
    if (config.CONNECTOR_SCHEDULER) {
      scheduler.start();
      print(`Connector runs scheduled: ${config.CONNECTOR_SCHEDULE}`);
    }

    const production = process.env.NODE_ENV === 'production';
    const rateLimiters = createRateLimiters(
      { perTokenPerMinute: config.RATE_LIMIT_PER_TOKEN, perAddressPerMinute: config.RATE_LIMIT_PER_ADDRESS, failedAuthPer15Minutes: config.RATE_LIMIT_FAILED_AUTH },
      db.kind === 'postgres' ? db.pool : null,
    );
    // Buckets of addresses not seen for a while are deleted hourly.
    const sweep = setInterval(() => void sweepExpiredBuckets(rateLimiters).catch((e: unknown) => console.error('Rate-limit sweep failed:', e)), 3_600_000);
    sweep.unref();
    const app = createApp({ prisma: db.prisma, integrations, rateLimiters, ...appOptionsFromConfig(config, production) });
    const http = createServer(app);
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
    print(`GraphQL API at ${url}/graphql (GraphiQL in a browser)`);

    let stopped: Promise<void> | null = null;
    return {
      url,
      db,
      integrations,
      http,
      initialAdminToken: initial?.adminToken ?? null,
      stop() {
        stopped ??= (async () => {
          clearInterval(sweep);
          http.close();
          // The flow in progress finishes; no further flow starts.
          await scheduler.stop();
          await db.close();
        })();
        return stopped;
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
