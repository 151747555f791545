// A private, migrated database for one test file.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import { embeddedDataDirCopy } from './data-dir.js';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { adminQuery, databaseUrl } from './postgres.js';

export interface TestDatabase {
  kind: 'pglite' | 'postgres';
  url: string;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<TestDatabase> {
  const cfg = inject('testDatabase');
  if (cfg.kind === 'postgres') {
    const name = `${cfg.prefix}_${randomBytes(4).toString('hex')}`;
    // Concurrent copies of one template can collide briefly; retry.
    for (let attempt = 1; ; attempt++) {
      try {
        await adminQuery(cfg.baseUrl, `CREATE DATABASE "${name}" TEMPLATE "${cfg.template}"`);
        break;
      } catch (err) {
        if (attempt >= 10 || !/being accessed by other users/.test((err as Error).message)) throw err;
        await new Promise((r) => setTimeout(r, 100 * attempt));
      }
    }
    return {
      kind: 'postgres',
      url: databaseUrl(cfg.baseUrl, name),
      close: async () => {
        // pg's Pool.end() resolves before its clients' sockets are closed; a forced drop while a
        // backend is still exiting sends that client a FATAL error nobody listens to any more
        // (an uncaught exception). Wait briefly for the file's connections to go away first.
        for (let i = 0; i < 50; i++) {
          const { rows } = await adminQuery<{ n: number }>(cfg.baseUrl, 'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [name]);
          if (rows[0]!.n === 0) break;
          await new Promise((r) => setTimeout(r, 20));
        }
        await adminQuery(cfg.baseUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      },
    };
  }
  const dump = new Blob([readFileSync(cfg.dumpFile)]);
  const db = await startEmbeddedDatabase({ loadDataDir: dump });
  return { kind: 'pglite', url: db.url, close: () => db.close() };
}

/**
 * A new DATA_DIR holding the migrated embedded database (no company yet, so the server's first
 * start still creates one), for tests that start the server or a command on a directory of their
 * own. Embedded runs only.
 */
export function migratedDataDir(prefix = 'data-'): string {
  const dir = embeddedDataDirCopy(prefix);
  if (!dir) throw new Error('migratedDataDir: the embedded database only (TEST_DATABASE_URL is set)');
  return dir;
}
