// One run per connection at a time. On PostgreSQL: a lease row per connection (table "RunLease"),
// taken with one statement (inserted, or taken over when the previous holder's lease has
// expired), renewed every quarter of the lease while the run executes and deleted at its end, so
// it holds across every API instance without keeping a database connection per run: a run costs a
// statement now and then on a small shared pool. A process that dies leaves its lease to expire
// (the run lease, as long as a run may go without a heartbeat before it counts as dead), after
// which another may take it. The embedded database lives in one process, so an in-process set
// does the same job there. Times are the database's clock (now()), so instances' clocks may differ.
import { randomUUID } from 'node:crypto';
import pg from 'pg';

export type Release = () => Promise<void>;

export interface RunLocks {
  /** The release function, or null when another run holds the lock. */
  tryAcquire(key: string): Promise<Release | null>;
}

/** Takes the lease unless someone else's is still valid; the owner when taken. */
const ACQUIRE = `INSERT INTO "RunLease" ("key", "owner", "expiresAt") VALUES ($1, $2, now() + $3 * interval '1 millisecond')
  ON CONFLICT ("key") DO UPDATE SET "owner" = EXCLUDED."owner", "expiresAt" = EXCLUDED."expiresAt"
  WHERE "RunLease"."expiresAt" < now()
  RETURNING "owner"`;
const RENEW = `UPDATE "RunLease" SET "expiresAt" = now() + $3 * interval '1 millisecond' WHERE "key" = $1 AND "owner" = $2`;
const RELEASE = `DELETE FROM "RunLease" WHERE "key" = $1 AND "owner" = $2`;

export interface PostgresRunLockOptions {
  /** How long a lease lasts without renewal (default 120 s: the run lease); renewed every quarter of it. */
  leaseMs?: number;
  /** Told when a renewal fails or finds the lease taken over (the run goes on; its heartbeat rule applies). */
  onLost?: (key: string, reason: string) => void;
}

export function postgresRunLocks(url: string, opts: PostgresRunLockOptions = {}): RunLocks {
  const leaseMs = Math.max(1_000, opts.leaseMs ?? 120_000);
  // A few connections shared by every run of the process; idle ones do not keep it alive.
  const pool = new pg.Pool({ connectionString: url, max: 2, idleTimeoutMillis: 10_000, allowExitOnIdle: true, application_name: 'connector-run-lock' });
  pool.on('error', () => undefined);
  return {
    async tryAcquire(key) {
      const owner = randomUUID();
      const { rows } = await pool.query<{ owner: string }>(ACQUIRE, [key, owner, leaseMs]);
      if (rows.length === 0) return null;
      const timer = setInterval(
        () => {
          pool
            .query(RENEW, [key, owner, leaseMs])
            .then((r) => {
              if (r.rowCount === 0) opts.onLost?.(key, 'the lease was taken over after it expired');
            })
            .catch((err: unknown) => opts.onLost?.(key, (err as Error).message));
        },
        Math.floor(leaseMs / 4),
      );
      timer.unref();
      return async () => {
        clearInterval(timer);
        await pool.query(RELEASE, [key, owner]);
      };
    },
  };
}

export function memoryRunLocks(): RunLocks {
  const held = new Set<string>();
  return {
    async tryAcquire(key) {
      if (held.has(key)) return null;
      held.add(key);
      return async () => {
        held.delete(key);
      };
    },
  };
}
