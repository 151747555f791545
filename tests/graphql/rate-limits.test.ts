// Rate limits per token and per client address, failed authentications counted separately,
// 429 with Retry-After; on PostgreSQL the buckets are shared by every API instance.
import { describe, expect, it } from 'vitest';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { useHarness } from '../helpers/harness.js';
import { createApp, type App } from '../../src/app.js';
import { createRateLimiters, sweepExpiredBuckets, type RateLimits } from '../../src/http/guard.js';

const h = useHarness();

/** One API instance with its own limiters: on PostgreSQL over the shared table, else in memory. */
function instance(limits: RateLimits, pools: pg.Pool[]): App {
  let pool: pg.Pool | null = null;
  if (h.db.kind === 'postgres') {
    pool = new pg.Pool({ connectionString: h.db.url, max: 2 });
    pools.push(pool);
  }
  return createApp({ prisma: h.prisma, logErrors: false, rateLimiters: createRateLimiters(limits, pool) });
}

async function call(app: App, address: string, token: string | null) {
  const res = await app.fetch(
    'http://test.local/graphql',
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: '{ __typename }' }),
    },
    // What the Node adapter passes: the socket the request came on.
    { req: { socket: { remoteAddress: address } } } as never,
  );
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as { errors?: { extensions?: { code?: string } }[] } };
}

const uniqueAddress = (() => {
  let n = 0;
  return () => `10.${(n >> 8) & 255}.${n++ & 255}.${Math.floor(Math.random() * 250) + 1}`;
})();

describe('rate limits', () => {
  it('a token gets its allowance per minute, then 429 with Retry-After; another token is unaffected', async () => {
    const pools: pg.Pool[] = [];
    try {
      const app = instance({ perTokenPerMinute: 5, perAddressPerMinute: 1000, failedAuthPer15Minutes: 1000 }, pools);
      const c = await h.company();
      const other = await h.user(c.companyId, ['CUSTOMER_VIEW']);
      const addr = uniqueAddress();
      for (let i = 0; i < 5; i++) expect((await call(app, addr, c.adminToken)).status).toBe(200);
      const refused = await call(app, addr, c.adminToken);
      expect(refused.status).toBe(429);
      expect(Number(refused.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(Number(refused.retryAfter)).toBeLessThanOrEqual(60);
      expect(refused.body.errors![0]!.extensions!.code).toBe('RATE_LIMITED');
      expect((await call(app, addr, other.token)).status).toBe(200);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('anonymous requests are limited per client address', async () => {
    const pools: pg.Pool[] = [];
    try {
      const app = instance({ perTokenPerMinute: 1000, perAddressPerMinute: 3, failedAuthPer15Minutes: 1000 }, pools);
      const a = uniqueAddress();
      for (let i = 0; i < 3; i++) expect((await call(app, a, null)).status).toBe(200);
      expect((await call(app, a, null)).status).toBe(429);
      expect((await call(app, uniqueAddress(), null)).status).toBe(200);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it('a wrong-token flood is answered 429 (failed authentications counted separately, then refused before the lookup)', async () => {
    const pools: pg.Pool[] = [];
    try {
      const app = instance({ perTokenPerMinute: 1000, perAddressPerMinute: 1000, failedAuthPer15Minutes: 30 }, pools);
      const c = await h.company();
      const attacker = uniqueAddress();
      const statuses: number[] = [];
      const before = h.statements.length;
      // 300 wrong tokens, ten at a time.
      for (let i = 0; i < 30; i++) {
        const batch = await Promise.all(Array.from({ length: 10 }, (_, j) => call(app, attacker, `npi_wrong_${i}_${j}`)));
        statuses.push(...batch.map((r) => r.status));
      }
      const limited = statuses.filter((s) => s === 429).length;
      expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(30);
      expect(limited).toBeGreaterThanOrEqual(270);
      // Once refused, wrong tokens no longer reach the token lookup.
      const lookups = h.statements.slice(before).filter((s) => /"ApiToken"/.test(s)).length;
      expect(lookups).toBeLessThanOrEqual(40);
      // The blocked address is refused even with a valid token; other addresses are not.
      expect((await call(app, attacker, c.adminToken)).status).toBe(429);
      expect((await call(app, uniqueAddress(), c.adminToken)).status).toBe(200);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)('on PostgreSQL two API instances share one allowance per token', async () => {
    const pools: pg.Pool[] = [];
    try {
      const limits = { perTokenPerMinute: 6, perAddressPerMinute: 1000, failedAuthPer15Minutes: 1000 };
      const a = instance(limits, pools);
      const b = instance(limits, pools);
      const c = await h.company();
      const addr = uniqueAddress();
      const statuses: number[] = [];
      for (let i = 0; i < 10; i++) statuses.push((await call(i % 2 ? b : a, addr, c.adminToken)).status);
      expect(statuses.filter((s) => s === 200)).toHaveLength(6);
      expect(statuses.slice(6)).toEqual([429, 429, 429, 429]);
      const { rows } = await pools[0]!.query(`SELECT count(*)::int AS n FROM "RateLimitBucket" WHERE key LIKE 'token:%'`);
      expect(rows[0].n).toBeGreaterThanOrEqual(1);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  });

  it.runIf(process.env.TEST_DATABASE_URL)('buckets whose window ended are swept, current ones kept', async () => {
    const pool = new pg.Pool({ connectionString: h.db.url, max: 1 });
    try {
      const limiters = createRateLimiters({ perTokenPerMinute: 5, perAddressPerMinute: 5, failedAuthPer15Minutes: 5 }, pool);
      await pool.query(`INSERT INTO "RateLimitBucket" (key, points, expire) VALUES ('address:old', 3, $1), ('address:current', 1, $2)`, [
        Date.now() - 1000,
        Date.now() + 60_000,
      ]);
      await sweepExpiredBuckets(limiters);
      const { rows } = await pool.query(`SELECT key FROM "RateLimitBucket" WHERE key IN ('address:old', 'address:current')`);
      expect(rows.map((r) => r.key)).toEqual(['address:current']);
    } finally {
      await pool.end();
    }
  });

  it("over real HTTP the socket's address is the key", async () => {
    const pools: pg.Pool[] = [];
    const server = createServer(instance({ perTokenPerMinute: 1000, perAddressPerMinute: 2, failedAuthPer15Minutes: 1000 }, pools));
    try {
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      const { port } = server.address() as AddressInfo;
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) {
        const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: '{ __typename }' }),
        });
        statuses.push(res.status);
        await res.text();
      }
      expect(statuses).toEqual([200, 200, 429]);
    } finally {
      await new Promise((r) => server.close(r));
      await Promise.all(pools.map((p) => p.end()));
    }
  });
});
