// Opens the database the configuration names: a PostgreSQL server (DATABASE_URL) or the
// embedded PGlite under DATA_DIR, with migrations applied.
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { createDatabaseClient, type DatabaseClient } from './client.js';
import { startEmbeddedDatabase } from './embedded.js';
import { applyMigrations } from './migrate.js';

export interface OpenDatabase extends DatabaseClient {
  kind: 'postgres' | 'embedded';
  url: string;
  appliedMigrations: string[];
}

export async function openDatabase(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'> & Partial<Pick<Config, 'DATABASE_STATEMENT_TIMEOUT_MS'>>): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    const appliedMigrations = await applyMigrations(config.DATABASE_URL);
    const client = createDatabaseClient({
      url: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      prepareReads: true,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    });
    return { ...client, kind: 'postgres', url: config.DATABASE_URL, appliedMigrations };
  }
  const embedded = await startEmbeddedDatabase({ dataDir: join(resolve(config.DATA_DIR), 'pglite') });
  try {
    const appliedMigrations = await applyMigrations(embedded.url);
    const client = createDatabaseClient({ url: embedded.url, poolSize: 1, statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS });
    return {
      prisma: client.prisma,
      pool: client.pool,
      kind: 'embedded',
      url: embedded.url,
      appliedMigrations,
      async close() {
        await client.close();
        await embedded.close();
      },
    };
  } catch (err) {
    await embedded.close();
    throw err;
  }
}
