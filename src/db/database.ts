// Opens the database the configuration names: a PostgreSQL server (DATABASE_URL) or the
// embedded PGlite under DATA_DIR, with migrations applied.
//
// The embedded database belongs to one process at a time, the holder of DATA_DIR/server.lock
// (src/db/lock.ts). `openDatabase(config)` (the server) takes the lock before PGlite touches the
// directory, publishes its socket server's URL in the lock once migrations are applied, and
// removes the lock on close; while another live process holds it, it throws DatabaseInUseError
// and writes nothing. `openDatabase(config, { attach: true })` (command-line tools that write:
// import, seed, token) uses a running server's database through that URL (no migrations, no
// lock), so the server sees the rows at once and they are in its data directory; when no server
// runs it takes the lock itself for the command's duration. With DATABASE_URL neither applies.
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';
import { createDatabaseClient, type DatabaseClient } from './client.js';
import { startEmbeddedDatabase } from './embedded.js';
import { DatabaseInUseError, isHolderAlive, readLock, tryAcquireLock, type HeldLock, type LockRecord } from './lock.js';
import { applyMigrations, listMigrations } from './migrate.js';

export interface OpenDatabase extends DatabaseClient {
  kind: 'postgres' | 'embedded';
  url: string;
  appliedMigrations: string[];
  /** The running server whose embedded database this is, when opened with `attach` and one runs. */
  attachedTo: LockRecord | null;
  /** With `deferAttach`: lets commands attach from now on (publishes the URL in the lock); else a no-op. */
  allowAttach(): void;
}

export interface OpenDatabaseOptions {
  /**
   * For command-line tools: on the embedded database, use the running server's database through
   * its socket server when one holds the lock (waiting while it starts), else hold the lock for
   * the command's duration. Without it the caller must be the only process (a server).
   */
  attach?: boolean;
  /** Called once when a command waits for a starting server to get its database ready. */
  onWait?: (holder: LockRecord) => void;
  /** How long a command waits for a starting server's database (default 120 s). */
  attachWaitMs?: number;
  /**
   * A server: commands may attach only once it calls `allowAttach()` (e.g. after its first-start
   * company exists). Default: as soon as the migrations are applied.
   */
  deferAttach?: boolean;
}

/** How long a command retries a running server's database that does not answer. */
const NO_ANSWER_MS = 10_000;

type DatabaseConfig = Pick<Config, 'DATABASE_URL' | 'DATA_DIR' | 'DATABASE_POOL_SIZE'> & Partial<Pick<Config, 'DATABASE_STATEMENT_TIMEOUT_MS'>>;

export async function openDatabase(config: DatabaseConfig, opts: OpenDatabaseOptions = {}): Promise<OpenDatabase> {
  if (config.DATABASE_URL) {
    const appliedMigrations = await applyMigrations(config.DATABASE_URL);
    const client = createDatabaseClient({
      url: config.DATABASE_URL,
      poolSize: config.DATABASE_POOL_SIZE,
      prepareReads: true,
      statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
    });
    return { ...client, kind: 'postgres', url: config.DATABASE_URL, appliedMigrations, attachedTo: null, allowAttach() {} };
  }
  const dataDir = resolve(config.DATA_DIR);
  const deadline = Date.now() + (opts.attachWaitMs ?? 120_000);
  let waited = false;
  let silentSince: number | null = null;
  for (;;) {
    const attempt = await tryAcquireLock(dataDir, opts.attach ? 'command' : 'server');
    if ('held' in attempt) return openOwnEmbedded(config, dataDir, attempt.held, !!opts.deferAttach);
    const holder = attempt.holder;
    if (!opts.attach || holder.role !== 'server') throw new DatabaseInUseError(config.DATA_DIR, holder);
    if (!holder.url) {
      // The server is starting (its migrations run before it publishes the URL).
      if (Date.now() > deadline) throw new DatabaseInUseError(config.DATA_DIR, holder, 'it is still starting; try again when it is up');
      if (!waited) opts.onWait?.(holder);
      waited = true;
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    const attached = await attachTo(holder, config);
    if (attached) return attached;
    // The server is stopping, or went away between reading the lock and connecting: look again.
    silentSince ??= Date.now();
    if (Date.now() - silentSince > NO_ANSWER_MS && readLock(dataDir)?.nonce === holder.nonce && isHolderAlive(holder)) {
      throw new DatabaseInUseError(config.DATA_DIR, holder, `its database at ${holder.url} does not answer; stop it`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function openOwnEmbedded(config: DatabaseConfig, dataDir: string, lock: HeldLock, deferAttach: boolean): Promise<OpenDatabase> {
  let embedded;
  try {
    embedded = await startEmbeddedDatabase({ dataDir: join(dataDir, 'pglite') });
  } catch (err) {
    lock.release();
    throw err;
  }
  try {
    const appliedMigrations = await applyMigrations(embedded.url);
    const client = createDatabaseClient({ url: embedded.url, poolSize: 1, statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS });
    // Only a server offers its database to other processes; a command keeps it to itself.
    const url = embedded.url;
    let closed = false;
    const allowAttach = () => {
      if (lock.record.role === 'server' && !lock.record.url && !closed) lock.publish(url);
    };
    if (!deferAttach) allowAttach();
    return {
      prisma: client.prisma,
      pool: client.pool,
      kind: 'embedded',
      url: embedded.url,
      appliedMigrations,
      attachedTo: null,
      allowAttach,
      async close() {
        closed = true;
        try {
          // Commands starting now wait for the lock instead of attaching to a closing database.
          if (lock.record.url) {
            try {
              lock.publish(null);
            } catch {
              // The lock is gone already (e.g. its directory was removed); close the database anyway.
            }
          }
          await client.close();
          await embedded.close();
        } finally {
          lock.release();
        }
      },
    };
  } catch (err) {
    try {
      await embedded.close();
    } finally {
      lock.release();
    }
    throw err;
  }
}

/** A client on a running server's embedded database, or null when it does not answer. */
async function attachTo(holder: LockRecord, config: DatabaseConfig): Promise<OpenDatabase | null> {
  const url = holder.url!;
  // No statement timeout of its own: PGlite's connections share one session, whose settings are the server's.
  const client = createDatabaseClient({ url, poolSize: 1 });
  let applied: Set<string>;
  try {
    const { rows } = await client.pool.query<{ migration_name: string }>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    applied = new Set(rows.map((r) => r.migration_name));
  } catch {
    await client.close().catch(() => {});
    return null;
  }
  const missing = listMigrations().filter((m) => !applied.has(m.name));
  if (missing.length) {
    await client.close();
    throw new DatabaseInUseError(
      config.DATA_DIR,
      holder,
      `its database lacks the migration${missing.length > 1 ? 's' : ''} ${missing.map((m) => m.name).join(', ')} this code needs; restart it`,
    );
  }
  return { ...client, kind: 'embedded', url, appliedMigrations: [], attachedTo: holder, allowAttach() {} };
}
