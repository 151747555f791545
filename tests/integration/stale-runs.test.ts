// No run stays RUNNING after its process died, whatever instance it ran on: the executing
// process renews a heartbeat, and any instance (scheduler on or off) marks RUNNING runs whose
// heartbeat is older than the lease and whose run lock is free as FAILED.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { defineConnector, defineFlow } from '@nordic-invoicing/connector-sdk';
import { executeRun, lockKey, reclaimStaleRuns, startRunReaper, STALE_RUN_MESSAGE } from '../../src/integration/runtime/run.js';

const slow = defineConnector({
  id: 'lease-test',
  name: 'Lease test',
  version: '0.0.1',
  settings: z.object({ delayMs: z.number().int().default(0) }),
  credentials: { kind: 'api_key' },
  http: () => ({ baseUrl: 'http://127.0.0.1:9', auth: { kind: 'none' } }),
  check: async () => ({ ok: true, message: 'ok' }),
  flows: [
    defineFlow<{ delayMs: number }>({
      id: 'wait',
      direction: 'export',
      entity: 'customer',
      base: true,
      description: 'Waits.',
      run: async (ctx) => void (await new Promise((r) => setTimeout(r, ctx.settings.delayMs))),
    }),
  ],
});

const h = useHarness({ connectors: [slow] });
let company: TestCompany;
let db: TenantDb;
let connectionId: string;
const LEASE_MS = 2_000;

const runningRow = (heartbeatAgoMs: number) =>
  db.connectorRun.create({
    data: scoped<Prisma.ConnectorRunUncheckedCreateInput>({ connectionId, trigger: 'SCHEDULE', heartbeatAt: new Date(Date.now() - heartbeatAgoMs) }),
  });
const statusOf = async (id: string) => (await db.connectorRun.findUniqueOrThrow({ where: { id } })).status;

beforeAll(async () => {
  company = await h.company();
  db = createTenantDb(h.prisma, { companyId: company.companyId, userId: null, signature: 'SYSTEM' });
  connectionId = (
    await db.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: 'lease-test', name: 'Lease', settings: { delayMs: 0 } }),
    })
  ).id;
  h.integrations.runLeaseMs = LEASE_MS;
});
afterAll(() => {
  h.integrations.runLeaseMs = undefined;
});

describe('runs whose process died', () => {
  it('an instance with the scheduler off marks a RUNNING run with an old heartbeat and no lock holder FAILED', async () => {
    const dead = await runningRow(10 * LEASE_MS);
    const alive = await runningRow(0);
    // What every instance runs (createIntegrationRuntime), with or without CONNECTOR_SCHEDULER.
    const reaper = startRunReaper(h.integrations, 50);
    try {
      await expect.poll(() => statusOf(dead.id), { timeout: 10_000 }).toBe('FAILED');
    } finally {
      reaper.stop();
    }
    const after = await db.connectorRun.findUniqueOrThrow({ where: { id: dead.id } });
    expect(after.error).toBe(STALE_RUN_MESSAGE);
    expect(after.finishedAt).not.toBeNull();
    // A fresh heartbeat means its process is alive: left alone.
    expect(await statusOf(alive.id)).toBe('RUNNING');
    await db.connectorRun.update({ where: { id: alive.id }, data: { status: 'FAILED' } });
  });

  it('leaves a run with an old heartbeat alone while its run lock is held', async () => {
    const late = await runningRow(10 * LEASE_MS);
    const release = (await h.integrations.locks.tryAcquire(lockKey(connectionId)))!;
    try {
      expect(await reclaimStaleRuns(h.integrations)).toBe(0);
      expect(await statusOf(late.id)).toBe('RUNNING');
    } finally {
      await release();
    }
    expect(await reclaimStaleRuns(h.integrations)).toBe(1);
    expect(await statusOf(late.id)).toBe('FAILED');
  });

  it('the next run of the connection marks its dead run FAILED before it starts', async () => {
    const dead = await runningRow(10 * LEASE_MS);
    const r = await executeRun(h.integrations, { companyId: company.companyId, connectionId, trigger: 'MANUAL' });
    expect(r.skipped).toBe(false);
    expect(await statusOf(dead.id)).toBe('FAILED');
  });

  it('a live run renews its heartbeat, so it is never taken for dead', async () => {
    await db.connection.update({ where: { id: connectionId }, data: { settings: { delayMs: 3 * LEASE_MS } } });
    try {
      const running = executeRun(h.integrations, { companyId: company.companyId, connectionId, trigger: 'MANUAL' });
      await new Promise((r) => setTimeout(r, 2 * LEASE_MS));
      const row = await db.connectorRun.findFirstOrThrow({ where: { connectionId, status: 'RUNNING' } });
      expect(Date.now() - row.heartbeatAt!.getTime()).toBeLessThan(LEASE_MS);
      expect(row.heartbeatAt!.getTime()).toBeGreaterThan(row.createdAt.getTime());
      const done = await running;
      expect(done.skipped === false && done.status).toBe('SUCCEEDED');
    } finally {
      await db.connection.update({ where: { id: connectionId }, data: { settings: { delayMs: 0 } } });
    }
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('two instances reclaiming at once mark a dead run once (PostgreSQL; PGlite is one connection)', async () => {
    const dead = await runningRow(10 * LEASE_MS);
    const counts = await Promise.all([reclaimStaleRuns(h.integrations), reclaimStaleRuns(h.integrations), reclaimStaleRuns(h.integrations)]);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(await statusOf(dead.id)).toBe('FAILED');
  });
});
