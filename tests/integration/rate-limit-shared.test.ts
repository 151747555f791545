// A connection's requests share one rate limiter across its flows and runs: the accounting
// system counts per connection (per token), so a flow starting right after another must not
// get a fresh allowance.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { defineConnector, defineFlow } from '@nordic-invoicing/connector-sdk';
import { executeRun } from '../../src/integration/runtime/run.js';

const WINDOW_MS = 600;
const LIMIT = 3;
const seen: number[] = [];
let server: Server;

const burst = (id: string) =>
  defineFlow<{ baseUrl: string }>({
    id,
    direction: 'import',
    entity: 'account',
    base: true,
    description: `${LIMIT} GETs at once`,
    run: async (ctx) => {
      await Promise.all(Array.from({ length: LIMIT }, () => ctx.http.get('/x')));
    },
  });
const connector = defineConnector({
  id: 'shared-limit-test',
  name: 'Shared limit test',
  version: '0.0.1',
  settings: z.object({ baseUrl: z.string() }),
  credentials: { kind: 'api_key' },
  http: (s) => ({ baseUrl: s.baseUrl, auth: { kind: 'none' }, rateLimit: { requests: LIMIT, perMs: WINDOW_MS } }),
  check: async () => ({ ok: true, message: 'ok' }),
  flows: [burst('one'), burst('two')],
});

const h = useHarness({ connectors: [connector] });
let c: TestCompany;
let connectionId: string;

beforeAll(async () => {
  server = createServer((_req, res) => {
    seen.push(Date.now());
    res.setHeader('content-type', 'application/json');
    res.end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  c = await h.company();
  const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'T' });
  connectionId = (
    await db.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({
        sandbox: true,
        connectorId: connector.id,
        name: 'Limited',
        settings: { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` },
      }),
    })
  ).id;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

it('never sends more than the limit within one window, across flows and back-to-back runs', async () => {
  for (let i = 0; i < 2; i++) {
    const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL' });
    expect(r).toMatchObject({ status: 'SUCCEEDED' });
  }
  expect(seen).toHaveLength(4 * LIMIT);
  // Every request and the one LIMIT places later are about a window apart. Arrival times at the
  // server jitter on a loaded machine, so the bound is half a window: a fresh allowance per flow
  // would put them a few milliseconds apart.
  for (let i = LIMIT; i < seen.length; i++) expect(seen[i]! - seen[i - LIMIT]!).toBeGreaterThanOrEqual(WINDOW_MS / 2);
  expect([...(h.integrations.limiters?.keys() ?? [])].filter((k) => k.startsWith(connectionId))).toHaveLength(1);
});
