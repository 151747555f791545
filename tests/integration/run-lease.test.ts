// The run lock on PostgreSQL: one lease row per connection, taken with one statement, renewed
// while held, deleted at release, taken over only once expired; and no database connection is
// held per run (the advisory lock it replaces held one for the whole run, which capped the runs
// in progress at the server's connection limit).
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { postgresRunLocks } from '../../src/integration/runtime/locks.js';

const h = useHarness();
const onPostgres = !!process.env.TEST_DATABASE_URL;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.runIf(onPostgres)('run leases (PostgreSQL)', () => {
  const clients: pg.Client[] = [];
  const sql = async (text: string, values: unknown[] = []) => {
    const c = new pg.Client({ connectionString: h.db.url });
    await c.connect();
    clients.push(c);
    try {
      return (await c.query(text, values)).rows;
    } finally {
      await c.end();
    }
  };
  afterAll(async () => {
    for (const c of clients) await c.end().catch(() => undefined);
  });

  it('one holder at a time, across lock instances (processes); released, another takes it', async () => {
    const key = `connection:${randomUUID()}`;
    const a = postgresRunLocks(h.db.url, { leaseMs: 5_000 });
    const b = postgresRunLocks(h.db.url, { leaseMs: 5_000 });
    const release = await a.tryAcquire(key);
    expect(release).not.toBeNull();
    expect(await b.tryAcquire(key)).toBeNull();
    expect(await a.tryAcquire(key)).toBeNull();
    await release!();
    const again = await b.tryAcquire(key);
    expect(again).not.toBeNull();
    await again!();
    expect(await sql(`SELECT 1 FROM "RunLease" WHERE "key" = $1`, [key])).toEqual([]);
  });

  it('ten at once for one connection: exactly one gets it', async () => {
    const key = `connection:${randomUUID()}`;
    const locks = Array.from({ length: 10 }, () => postgresRunLocks(h.db.url, { leaseMs: 5_000 }));
    const got = await Promise.all(locks.map((l) => l.tryAcquire(key)));
    expect(got.filter((r) => r !== null)).toHaveLength(1);
    await got.find((r) => r !== null)!();
  });

  it('is renewed while held, so it outlives its lease; a dead holder’s lease is taken over once expired, not before', async () => {
    const key = `connection:${randomUUID()}`;
    const a = postgresRunLocks(h.db.url, { leaseMs: 1_000 });
    const b = postgresRunLocks(h.db.url, { leaseMs: 1_000 });
    const release = (await a.tryAcquire(key))!;
    await sleep(2_600);
    expect(await b.tryAcquire(key)).toBeNull();
    await release();

    // A holder that died: its row stays until it expires.
    const dead = `connection:${randomUUID()}`;
    await sql(`INSERT INTO "RunLease" ("key", "owner", "expiresAt") VALUES ($1, 'dead', now() + interval '1 second')`, [dead]);
    expect(await b.tryAcquire(dead)).toBeNull();
    await sleep(1_300);
    const taken = await b.tryAcquire(dead);
    expect(taken).not.toBeNull();
    expect(await sql(`SELECT "owner" FROM "RunLease" WHERE "key" = $1`, [dead])).not.toEqual([{ owner: 'dead' }]);
    // The dead holder's release (had it come back) removes nothing of the new holder's.
    await sql(`DELETE FROM "RunLease" WHERE "key" = $1 AND "owner" = 'dead'`, [dead]);
    expect(await sql(`SELECT 1 FROM "RunLease" WHERE "key" = $1`, [dead])).toHaveLength(1);
    await taken!();
  });

  it('holds no database connection per run: forty held at once add at most two', async () => {
    const count = async () =>
      ((await sql(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'connector-run-lock'`)) as [{ n: number }])[0].n;
    const before = await count();
    const locks = postgresRunLocks(h.db.url, { leaseMs: 5_000 });
    const held = await Promise.all(Array.from({ length: 40 }, () => locks.tryAcquire(`connection:${randomUUID()}`)));
    expect(held.every((r) => r !== null)).toBe(true);
    expect((await count()) - before).toBeLessThanOrEqual(2);
    await Promise.all(held.map((r) => r!()));
  });
});
