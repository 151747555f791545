// Event-driven export: a change here (an invoice locked, a project's status changed) enqueues, in
// the transaction that makes it, a run of the flows listening for it on each active connection,
// so the accounting system has it seconds after the commit, not at the next tick. A change rolled
// back enqueues nothing; a burst of changes while the connection is busy becomes one waiting run,
// which runs once the connection is free.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startFortnoxFake, type FortnoxFake } from '../../connectors/fortnox/fake/server.js';
import { createTenantDb, JOB_QUEUE_SCHEMA, jobQueueStatements, scoped, TenantScopeError, type TenantDb } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createRunEngine, EVENT_QUEUE, eventKey, type RunEngine } from '../../src/integration/runtime/engine.js';
import { lockKey } from '../../src/integration/runtime/run.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { eventRuns } from '../../src/modules/integrations/service.js';
import { createInvoice, lockInvoice } from '../../src/modules/invoices/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createSupplierInvoice } from '../../src/modules/supplier-invoices/service.js';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { virtualRateLimits } from '../helpers/virtual-rate-limits.js';

const h = useHarness();
const D = (v: string) => new Prisma.Decimal(v);

const EvLock = graphql(`mutation EvLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }`);
const EvProject = graphql(`
  mutation EvProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }
`);

const EvRun = graphql(`
  mutation EvRun($id: ID!) { runConnection(id: $id) { __typename ... on MutationRunConnectionSuccess { data { id status } } ... on Error { message } } }
`);

const EvApprove = graphql(`
  mutation EvApprove($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { message } } }
`);

let fake: FortnoxFake;
let c: TestCompany;
let db: TenantDb;
let connectionId: string;
let customerId: string;
let engine: RunEngine | null = null;

const auth = () => ({
  actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' },
  permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
});

/** The harness's own runtime gets a working engine, so the app's mutations enqueue on it. */
async function startEngine(): Promise<RunEngine> {
  engine = createRunEngine(h.integrations, { url: h.db.url, work: true, pollingIntervalSeconds: 0.5 });
  await engine.start();
  return engine;
}

async function newInvoice(projectId: string, text: string): Promise<{ id: string; number: string }> {
  const id = await createInvoice(db, {
    projectId,
    lines: [{ description: text, quantity: D('2'), unitPrice: D('450'), vatRate: D('25') }],
    fields: { invoiceDate: '2026-12-01' },
  });
  return { id, number: String((await db.invoice.findUniqueOrThrow({ where: { id } })).number) };
}

const exported = async (id: string) => !!(await db.invoice.findUniqueOrThrow({ where: { id } })).externalNumber;
const eventRunsOf = () => h.prisma.connectorRun.findMany({ where: { connectionId, trigger: 'EVENT' }, orderBy: { createdAt: 'asc' } });

// The connection's rate limit keeps Fortnox's quota (25 requests per 5.1 s) window by window on a
// clock that moves by what it waits (tests/helpers/virtual-rate-limits.ts): the runs send the same
// requests without waiting out the real windows.
beforeAll(async () => {
  virtualRateLimits(h.integrations);
  fake = await startFortnoxFake({ rateLimit: { requests: 100_000, perMs: 5000 } });
  c = await h.company();
  db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  const conn = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: 'fortnox',
      name: 'Fortnox',
      settings: { baseUrl: fake.url, tokenUrl: fake.tokenUrl, voucherSeries: [] },
    }),
  });
  connectionId = conn.id;
  await db.connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(fake.credentials(), conn.id) } });
  customerId = await createCustomer(db, auth(), {
    name: 'Byggbolaget i Umeå AB',
    type: 'COMPANY',
    organisationNumber: '556036-0793',
    invoiceAddress: { address1: 'Storgatan 1', postcode: '903 25', city: 'Umeå' },
  });
});

afterEach(async () => {
  await engine?.stop({ timeoutMs: 5_000 });
  engine = null;
  // The engine stopped the harness's runtime as a shutdown would; the next test starts it again.
  h.integrations.stopping!.value = false;
});

afterAll(async () => {
  await fake?.close();
});

describe('a locked invoice is exported at once', () => {
  it('reaches Fortnox within seconds of the lock, by an EVENT run of the flows listening for it', async () => {
    await startEngine();
    const projectId = await createProject(db, { customerId, name: 'Badrum', statusCode: 40 });
    const inv = await newInvoice(projectId, 'Kakelsättning');
    const lockedAt = Date.now();
    const res = await h.data(EvLock, { id: encodeGlobalID('Invoice', inv.id) }, c.adminToken);
    expect(res.lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
    // In Fortnox (the invoice created there) within seconds; its PDF and number follow.
    await expect.poll(() => fake.state.invoices.length, { timeout: 10_000, interval: 50 }).toBe(1);
    const elapsed = Date.now() - lockedAt;
    expect(elapsed).toBeLessThan(10_000);
    console.log(`lock to arrival: ${elapsed} ms`);
    await expect.poll(() => exported(inv.id), { timeout: 10_000, interval: 100 }).toBe(true);
    await expect.poll(async () => (await eventRunsOf()).map((r) => r.status), { timeout: 10_000, interval: 100 }).toEqual(['SUCCEEDED']);
    // The customer and the project went first, in the same run: the flows listening for a lock.
    const runs = await eventRunsOf();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ status: 'SUCCEEDED', requestedFlows: ['project-export', 'customer-export', 'invoice-export'] });
    const flows = await h.prisma.connectorRunFlow.findMany({ where: { runId: runs[0]!.id }, orderBy: { position: 'asc' } });
    expect(flows.map((f) => f.flowId)).toEqual(['project-export', 'customer-export', 'invoice-export']);
  });

  it('a lock rolled back (an accounting system refuses the invoice) enqueues nothing', async () => {
    await startEngine();
    const projectId = await createProject(db, { customerId, name: 'Tak', statusCode: 40 });
    const refusedInv = await newInvoice(projectId, 'Takläggning');
    let enqueued = 0;
    const hook = eventRuns(h.integrations, 'invoice.locked')!;
    const onLocked = async (tx: Parameters<typeof hook>[0]) => {
      await hook(tx);
      enqueued++;
    };
    // The refusal comes after the enqueue, inside the same transaction.
    const refuse = async () => [{ path: 'export.Fortnox.x', code: 'REFUSED_BY_ACCOUNTING_SYSTEM', message: 'refused' }];
    // Held, so that no worker takes a job before it is looked for.
    const release = (await h.integrations.locks.tryAcquire(lockKey(connectionId)))!;
    const jobs = async () => {
      const all = await engine!.boss.findJobs(EVENT_QUEUE, { key: eventKey(connectionId, 'invoice.locked') });
      return all.filter((j) => !earlier.has(j.id));
    };
    const earlier = new Set((await engine!.boss.findJobs(EVENT_QUEUE, { key: eventKey(connectionId, 'invoice.locked') })).map((j) => j.id));
    try {
      await expect(lockInvoice(db, refusedInv.id, 'AD', undefined, { exportCheck: refuse, onLocked })).rejects.toThrow();
      expect(enqueued).toBe(1);
      expect(await jobs()).toEqual([]);
      expect((await db.invoice.findUniqueOrThrow({ where: { id: refusedInv.id } })).locked).toBe(false);
      // The same lock accepted: its job is there (so the lookup above would have found one).
      await lockInvoice(db, refusedInv.id, 'AD', undefined, { onLocked });
      expect(await jobs()).toHaveLength(1);
    } finally {
      await release();
    }
    await expect.poll(() => exported(refusedInv.id), { timeout: 15_000, interval: 100 }).toBe(true);
    await expect.poll(async () => (await jobs()).map((j) => j.state), { timeout: 10_000, interval: 100 }).toEqual(['completed']);
  });

  it('locks while the connection is running wait for it and become one run; every invoice arrives once', async () => {
    await startEngine();
    const projectId = await createProject(db, { customerId, name: 'Stambyte', statusCode: 40 });
    const invoices = [];
    for (let i = 0; i < 5; i++) invoices.push(await newInvoice(projectId, `Etapp ${i + 1}`));
    const before = (await eventRunsOf()).length;
    const sentBefore = fake.state.invoices.length;
    const earlier = new Set((await engine!.boss.findJobs(EVENT_QUEUE, { key: eventKey(connectionId, 'invoice.locked') })).map((j) => j.id));
    // Another run of the connection holds it (as a long scheduled run would).
    const release = (await h.integrations.locks.tryAcquire(lockKey(connectionId)))!;
    try {
      for (const inv of invoices) {
        const res = await h.data(EvLock, { id: encodeGlobalID('Invoice', inv.id) }, c.adminToken);
        expect(res.lockInvoice.__typename).toBe('MutationLockInvoiceSuccess');
      }
      // Waiting, not dropped: one job waits to try again. (A job taken meanwhile whose retry would
      // make a second one waiting is failed by the queue: the waiting one covers its change.)
      await new Promise((r) => setTimeout(r, 1_500));
      const jobs = (await engine!.boss.findJobs(EVENT_QUEUE, { key: eventKey(connectionId, 'invoice.locked') })).filter((j) => !earlier.has(j.id));
      const waiting = jobs.filter((j) => j.state === 'retry' || j.state === 'created');
      expect(waiting.length, JSON.stringify(jobs.map((j) => [j.state, j.retryCount]))).toBeGreaterThanOrEqual(1);
      expect(waiting.length).toBeLessThanOrEqual(2);
      expect((await eventRunsOf()).length).toBe(before);
    } finally {
      await release();
    }
    for (const inv of invoices) await expect.poll(() => exported(inv.id), { timeout: 20_000, interval: 100 }).toBe(true);
    expect(fake.state.invoices.length - sentBefore).toBe(5);
    const runs = (await eventRunsOf()).slice(before);
    expect(runs.length).toBeGreaterThanOrEqual(1);
    expect(runs.length).toBeLessThanOrEqual(2);
  });
});

describe('runConnection on the run engine', () => {
  it('answers at once with the QUEUED run, which a worker runs; a subscription over server-sent events follows it to its end', async () => {
    await startEngine();
    const asked = Date.now();
    const r = (await h.data(EvRun, { id: encodeGlobalID('Connection', connectionId) }, c.adminToken)).runConnection;
    if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
    expect(Date.now() - asked).toBeLessThan(1_000);
    expect(r.data.status).toBe('QUEUED');
    // Followed as a browser's EventSource (or GraphiQL) does: one event per change, until the run has finished.
    const res = await h.app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${c.adminToken}` },
      body: JSON.stringify({ query: 'subscription Follow($id: ID!) { connectorRun(id: $id) { status flows { flowId } } }', variables: { id: r.data.id } }),
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = await res.text();
    const events = text
      .split('\n')
      .filter((l) => l.startsWith('data: ') && l.length > 6)
      .map((l) => JSON.parse(l.slice(6)) as { data?: { connectorRun: { status: string; flows: { flowId: string }[] } } })
      .filter((e) => e.data);
    const statuses = events.map((e) => e.data!.connectorRun.status);
    expect(statuses.at(-1)).toBe('SUCCEEDED');
    expect(statuses.length).toBeGreaterThanOrEqual(2);
    expect(events.at(-1)!.data!.connectorRun.flows.map((f) => f.flowId)).toContain('invoice-export');
    expect(text).toContain('event: complete');
    // Another company's admin cannot follow it.
    const other = await h.company();
    const refused = await h.app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${other.adminToken}` },
      body: JSON.stringify({ query: 'subscription Follow($id: ID!) { connectorRun(id: $id) { status } }', variables: { id: r.data.id } }),
    });
    const refusedText = await refused.text();
    expect(refusedText).not.toContain('SUCCEEDED');
    expect(refusedText).toMatch(/No such run|NOT_FOUND/);
  });
});

describe("the job queue in the change's transaction", () => {
  it("runs only statements on the queue's tables, never on the company's rows", async () => {
    const run = jobQueueStatements(db);
    await expect(run('SELECT count(*) FROM "Invoice"', [])).rejects.toThrow(TenantScopeError);
    expect(await run(`SELECT count(*)::int AS n FROM ${JOB_QUEUE_SCHEMA}.queue WHERE name = $1`, [EVENT_QUEUE])).toEqual([{ n: 1 }]);
  });
});

describe('a project status change is exported at once', () => {
  it('a project moved to an exported status reaches Fortnox within seconds', async () => {
    await startEngine();
    const projectId = await createProject(db, { customerId, name: 'Offert fasad', statusCode: 20 });
    const number = (await db.project.findUniqueOrThrow({ where: { id: projectId } })).number;
    const res = await h.data(EvProject, { input: { id: encodeGlobalID('Project', projectId), statusCode: 40 } }, c.adminToken);
    expect(res.updateProject.__typename).toBe('MutationUpdateProjectSuccess');
    await expect.poll(() => fake.state.projects.some((p) => p.ProjectNumber === number), { timeout: 10_000, interval: 100 }).toBe(true);
    const last = (await eventRunsOf()).at(-1)!;
    expect(last.requestedFlows).toEqual(['project-export']);
  });

  it('without a change of status nothing is enqueued', async () => {
    await startEngine();
    const projectId = await createProject(db, { customerId, name: 'Fönsterbyte', statusCode: 40 });
    const before = await engine!.boss.findJobs(EVENT_QUEUE, { key: eventKey(connectionId, 'project.statusChanged') });
    const res = await h.data(EvProject, { input: { id: encodeGlobalID('Project', projectId), name: 'Fönsterbyte hus B' } }, c.adminToken);
    expect(res.updateProject.__typename).toBe('MutationUpdateProjectSuccess');
    expect(await engine!.boss.findJobs(EVENT_QUEUE, { key: eventKey(connectionId, 'project.statusChanged') })).toHaveLength(before.length);
  });
});

describe('an approved supplier invoice is exported at once', () => {
  it('the approval that makes it APPROVED enqueues its export (the first approval does not); it reaches Fortnox within seconds', async () => {
    await startEngine();
    await db.connection.update({ where: { id: connectionId }, data: { enabledFlows: ['supplier-invoice-export'] } });
    await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4010, name: 'Inköp material' }) });
    fake.state.accounts.push(
      { Number: 2440, Description: 'Leverantörsskulder', Active: true },
      { Number: 2640, Description: 'Ingående moms', Active: true },
      { Number: 4010, Description: 'Inköp material', Active: true },
    );
    const supplier = await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '300', name: 'Ahlsell AB' }) });
    fake.state.suppliers.push({ SupplierNumber: '300', Name: 'Ahlsell AB', Active: true });
    const { id } = await createSupplierInvoice(db, {
      supplierId: supplier.id,
      invoiceNumber: 'A-1',
      invoiceDate: '2026-11-05',
      dueDate: '2026-12-05',
      net: '1000.00',
      vat: '250.00',
      ocr: '4711',
      rows: [{ accountNumber: 4010, amount: '1000.00' }],
    });
    const second = await h.user(c.companyId, ['SUPPLIER_INVOICE_APPROVE']);
    const key = eventKey(connectionId, 'supplierInvoice.approved');
    const first = await h.data(EvApprove, { id: encodeGlobalID('SupplierInvoice', id) }, c.adminToken);
    expect(first.approveSupplierInvoice.__typename).toBe('MutationApproveSupplierInvoiceSuccess');
    expect(await engine!.boss.findJobs(EVENT_QUEUE, { key })).toEqual([]);
    const approvedAt = Date.now();
    const last = await h.data(EvApprove, { id: encodeGlobalID('SupplierInvoice', id) }, second.token);
    expect(last.approveSupplierInvoice.__typename).toBe('MutationApproveSupplierInvoiceSuccess');
    await expect.poll(() => fake.state.supplierInvoices.length, { timeout: 10_000, interval: 50 }).toBe(1);
    expect(Date.now() - approvedAt).toBeLessThan(10_000);
    await expect.poll(async () => (await eventRunsOf()).at(-1)?.requestedFlows, { timeout: 10_000, interval: 100 }).toEqual(['supplier-invoice-export']);
  });
});
