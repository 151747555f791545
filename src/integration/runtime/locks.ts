// One run per connection at a time. On PostgreSQL: a session advisory lock held on a dedicated
// connection for the length of the run, so it holds across every API instance; a lock someone
// else holds means "skip". The embedded database lives in one process (PGlite is a single
// session, where advisory locks would always succeed), so an in-process set does the same job.
import pg from 'pg';

export type Release = () => Promise<void>;

export interface RunLocks {
  /** The release function, or null when another run holds the lock. */
  tryAcquire(key: string): Promise<Release | null>;
}

/** Two 32-bit halves of a stable hash of the key, for pg_try_advisory_lock(int, int). */
export function advisoryKey(key: string): [number, number] {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  // First half is a fixed namespace so these locks never collide with others' int8 locks.
  return [0x4e505249 | 0, (h1 ^ (h2 >>> 7)) | 0];
}

export function postgresRunLocks(url: string): RunLocks {
  return {
    async tryAcquire(key) {
      const client = new pg.Client({ connectionString: url, application_name: 'connector-run-lock' });
      await client.connect();
      try {
        const [a, b] = advisoryKey(key);
        const { rows } = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, $2) AS locked', [a, b]);
        if (!rows[0]?.locked) {
          await client.end();
          return null;
        }
        return async () => {
          try {
            await client.query('SELECT pg_advisory_unlock($1, $2)', [a, b]);
          } finally {
            await client.end();
          }
        };
      } catch (err) {
        await client.end().catch(() => undefined);
        throw err;
      }
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
