// A first export costs one request per entity: when 20 or more of a run's entities are unknown to
// the id map, the export lists the accounting system's collection once (its own paging) instead of
// looking each entity up, then sends one write each. Shown for every export that lists, end to end
// (the real runner, real HTTP to the connector's fake, requests counted in the fake's log):
//   - a first export of few entities looks each one up (no listing);
//   - the id map then lost, as a crash between the remote create and the id-map write leaves it,
//     and 21 more entities: one listing (its pages), no lookups, 21 creates, and the one already
//     remote found in the listing and updated, not created twice;
//   - a run without changes sends nothing.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { virtualRateLimits } from '../helpers/virtual-rate-limits.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { closeProject, createChangeOrder, createProject, createWorkOrder } from '../../src/modules/projects/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { startFortnoxFake, type FortnoxFake } from '../../connectors/fortnox/fake/server.js';
import { startVismaFake } from '../../connectors/visma/fake/server.js';

const h = useHarness();
// The connections' rate limits keep Fortnox's quota (25 requests per 5.1 s) window by window on a
// clock that moves by what it waits (tests/helpers/virtual-rate-limits.ts): the runs send the same
// requests without waiting out the real windows.
beforeAll(() => {
  virtualRateLimits(h.integrations);
});

interface Logged {
  method: string;
  path: string;
  query: string;
  status: number;
}

/** One company with one connection to its own fake; its runs, entities and the fake's log. */
interface Setup {
  db: TenantDb;
  requests: () => Logged[];
  writes: () => number;
  run: (flows: string[]) => Promise<void>;
  customer: (name: string) => Promise<{ id: string; number: string }>;
  project: (customerId: string, name: string) => Promise<{ id: string; number: string }>;
  /** Work orders and ÄTA of a project, alternating. */
  parts: (projectId: string, n: number) => Promise<void>;
  /** Forgets what the id map holds of these entity types and the flow's checkpoint, as a crash before their writes leaves them. */
  loseIdMap: (flowId: string, entityTypes: string[]) => Promise<void>;
}

const closing: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closing) await close();
});

async function setup(
  connectorId: 'fortnox' | 'visma',
  fake: { requests(): Logged[]; writes(): number; close(): Promise<void> },
  settings: Record<string, unknown>,
  credentials: Record<string, string>,
  enabledFlows: string[] = [],
): Promise<Setup> {
  closing.push(() => fake.close());
  const company = await h.company();
  const db = createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' });
  const conn = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId,
      name: connectorId,
      settings: settings as Prisma.InputJsonValue,
      enabledFlows,
    }),
  });
  await db.connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(credentials, conn.id) } });
  const auth = {
    actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  };
  return {
    db,
    requests: () => fake.requests(),
    writes: () => fake.writes(),
    async run(flows) {
      const r = await executeRun(h.integrations, { companyId: company.companyId, connectionId: conn.id, trigger: 'MANUAL', flows });
      if (r.skipped) throw new Error(r.reason);
      expect(r.flows.flatMap((f) => f.failures)).toEqual([]);
      expect(r.flows.map((f) => [f.flowId, f.error])).toEqual(flows.map((f) => [f, null]));
    },
    async customer(name) {
      const id = await createCustomer(db, auth, {
        name,
        type: 'COMPANY',
        invoiceAddress: { address1: 'Storgatan 1', postcode: '903 25', city: 'Umeå' },
      });
      return db.customer.findUniqueOrThrow({ where: { id }, select: { id: true, number: true } });
    },
    async project(customerId, name) {
      const id = await createProject(db, { customerId, name, statusCode: 40, startDate: '2026-10-01' });
      return db.project.findUniqueOrThrow({ where: { id }, select: { id: true, number: true } });
    },
    async parts(projectId, n) {
      for (let i = 0; i < n; i++) {
        if (i % 2 === 0) await createWorkOrder(db, projectId, { name: `Arbetsorder ${i}` });
        else await createChangeOrder(db, projectId, { name: `ÄTA ${i}` });
      }
    },
    async loseIdMap(flowId, entityTypes) {
      await h.prisma.externalIdMapping.deleteMany({ where: { connectionId: conn.id, entityType: { in: entityTypes } } });
      await h.prisma.flowCheckpoint.deleteMany({ where: { connectionId: conn.id, flowId } });
    },
  };
}

/** The requests sent while `fn` ran. */
async function sentDuring(s: Setup, fn: () => Promise<void>): Promise<Logged[]> {
  const before = s.requests().length;
  await fn();
  return s.requests().slice(before);
}

const gets = (sent: Logged[], path: string | RegExp) =>
  sent.filter((q) => q.method === 'GET' && (typeof path === 'string' ? q.path === path : path.test(q.path)));
const writesTo = (sent: Logged[], method: string, path: string) => sent.filter((q) => q.method === method && q.path === path).length;
const param = (q: Logged, name: string) => new URLSearchParams(q.query).get(name);
const unique = (xs: string[]) => expect(new Set(xs).size).toBe(xs.length);

describe('Fortnox', () => {
  const fortnox = async (enabledFlows: string[] = []) => {
    const fake = await startFortnoxFake({ rateLimit: { requests: 100_000, perMs: 5000 } });
    const s = await setup(
      'fortnox',
      fake,
      { baseUrl: fake.url, tokenUrl: fake.tokenUrl, projectNumbering: 'projectsAndParts' },
      fake.credentials(),
      enabledFlows,
    );
    return { s, fake };
  };
  /** Fortnox holds 500 projects of its own: a listing takes two pages of 500. */
  const others = (fake: FortnoxFake) => {
    for (let i = 0; i < 500; i++) fake.state.projects.push({ ProjectNumber: `F${i}`, Description: `Annat projekt ${i}`, Status: 'ONGOING' });
  };

  it('project export: a first export of 22 projects lists Fortnox once (pages of 500) and writes each once; the one already there is updated', async () => {
    const { s, fake } = await fortnox();
    others(fake);
    const c = await s.customer('Byggbolaget i Umeå AB');
    const first = await s.project(c.id, 'Projekt 0');
    // One unknown project: looked up, no listing.
    const few = await sentDuring(s, () => s.run(['project-export']));
    expect(gets(few, /^\/3\/projects/).map((q) => q.path)).toEqual([`/3/projects/${first.number}`]);
    expect(writesTo(few, 'POST', '/3/projects')).toBe(1);

    await s.loseIdMap('project-export', ['project']);
    const numbers = [first.number];
    for (let i = 1; i < 22; i++) numbers.push((await s.project(c.id, `Projekt ${i}`)).number);
    const sent = await sentDuring(s, () => s.run(['project-export']));
    expect(gets(sent, /^\/3\/projects\/./)).toEqual([]);
    expect(gets(sent, '/3/projects').map((q) => [param(q, 'page'), param(q, 'limit')])).toEqual([
      ['1', '500'],
      ['2', '500'],
    ]);
    expect(writesTo(sent, 'POST', '/3/projects')).toBe(21);
    expect(sent.filter((q) => q.method === 'PUT').map((q) => q.path)).toEqual([`/3/projects/${first.number}`]);
    expect(sent).toHaveLength(2 + 22);
    const remote = fake.state.projects.map((p) => p.ProjectNumber);
    unique(remote);
    expect(remote).toEqual(expect.arrayContaining(numbers));

    const writes = s.writes();
    await s.run(['project-export']);
    expect(s.writes()).toBe(writes);
  });

  it('project export: projects it skips (closed, never sent) do not count towards the listing: one new project among 21 closed ones is looked up', async () => {
    const { s } = await fortnox();
    const c = await s.customer('Stängda projekt AB');
    for (let i = 0; i < 21; i++) await closeProject(s.db, (await s.project(c.id, `Avslutat ${i}`)).id, 90);
    const open = await s.project(c.id, 'Pågående');
    const sent = await sentDuring(s, () => s.run(['project-export']));
    expect(gets(sent, /^\/3\/projects/).map((q) => q.path)).toEqual([`/3/projects/${open.number}`]);
    expect(sent.filter((q) => q.method !== 'GET').map((q) => `${q.method} ${q.path}`)).toEqual(['POST /3/projects']);
  });

  it('work order & ÄTA export: a first export of 22 lists Fortnox projects once and writes each once; the one already there is updated', async () => {
    const { s, fake } = await fortnox(['project-part-export']);
    others(fake);
    const c = await s.customer('Rör & Bygg i Norr AB');
    const p = await s.project(c.id, 'Tillbyggnad');
    const ours = () => fake.state.projects.map((x) => x.ProjectNumber).filter((n) => n.startsWith(`${p.number}_`));
    await s.parts(p.id, 1);
    const few = await sentDuring(s, () => s.run(['project-part-export']));
    const [one] = ours();
    expect(gets(few, /^\/3\/projects/).map((q) => q.path)).toEqual([`/3/projects/${one}`]);

    await s.loseIdMap('project-part-export', ['workOrder', 'changeOrder']);
    await s.parts(p.id, 21);
    const sent = await sentDuring(s, () => s.run(['project-part-export']));
    expect(gets(sent, /^\/3\/projects\/./)).toEqual([]);
    expect(gets(sent, '/3/projects').map((q) => param(q, 'page'))).toEqual(['1', '2']);
    expect(writesTo(sent, 'POST', '/3/projects')).toBe(21);
    expect(sent.filter((q) => q.method === 'PUT').map((q) => q.path)).toEqual([`/3/projects/${one}`]);
    expect(sent).toHaveLength(2 + 22);
    unique(fake.state.projects.map((x) => x.ProjectNumber));
    expect(ours()).toHaveLength(22);

    const writes = s.writes();
    await s.run(['project-part-export']);
    expect(s.writes()).toBe(writes);
  });
});

describe('Visma', () => {
  const visma = async (enabledFlows: string[] = [], updateCustomers = true) => {
    // Pages of 5 at most, whatever $pagesize asks: a listing of 22 takes five.
    const fake = await startVismaFake({ accessTokens: ['listing-access'], refreshTokens: ['listing-refresh'], pageSize: 5 });
    const credentials = { clientId: fake.clientId, clientSecret: fake.clientSecret, accessToken: 'listing-access', refreshToken: 'listing-refresh' };
    const s = await setup('visma', fake, { baseUrl: fake.url, tokenUrl: fake.tokenUrl, updateCustomers }, credentials, enabledFlows);
    return { s, fake };
  };
  const lookups = (sent: Logged[], path: string) => gets(sent, path).filter((q) => param(q, '$filter') !== null);
  const listings = (sent: Logged[], path: string) => gets(sent, path).filter((q) => param(q, '$filter') === null);

  it('customer export: a first export of 22 customers lists Visma once ($page/$pagesize) and writes each once; the one already there is updated', async () => {
    const { s, fake } = await visma();
    const first = await s.customer('Kund 0 AB');
    const few = await sentDuring(s, () => s.run(['customer-export']));
    expect(lookups(few, '/v2/customers').map((q) => param(q, '$filter'))).toEqual([`CustomerNumber eq '${first.number}'`]);
    expect(listings(few, '/v2/customers')).toEqual([]);
    // Visma holds other customers: 11 of them and ours, three pages of 5.
    for (let i = 0; i < 11; i++)
      fake.state.customers.push({ ...structuredClone(fake.state.customers[0]!), Id: randomUUID(), CustomerNumber: `V${i}`, Name: `Annan kund ${i}` });

    await s.loseIdMap('customer-export', ['customer']);
    const numbers = [first.number];
    for (let i = 1; i < 22; i++) numbers.push((await s.customer(`Kund ${i} AB`)).number);
    const sent = await sentDuring(s, () => s.run(['customer-export']));
    expect(lookups(sent, '/v2/customers')).toEqual([]);
    expect(listings(sent, '/v2/customers').map((q) => param(q, '$page'))).toEqual(['1', '2', '3']);
    expect(writesTo(sent, 'POST', '/v2/customers')).toBe(21);
    const mine = fake.state.customers.find((x) => x.CustomerNumber === first.number)!;
    expect(sent.filter((q) => q.method === 'PUT').map((q) => q.path)).toEqual([`/v2/customers/${mine.Id}`]);
    const remote = fake.state.customers.map((x) => x.CustomerNumber);
    unique(remote);
    expect(remote).toEqual(expect.arrayContaining(numbers));

    const writes = s.writes();
    await s.run(['customer-export']);
    expect(s.writes()).toBe(writes);
  });

  it('project export: a first export of 22 projects lists Visma once, across its pages, and writes each once; the one already there is updated', async () => {
    const { s, fake } = await visma();
    const c = await s.customer('Projektkund AB');
    await s.run(['customer-export']);
    const first = await s.project(c.id, 'Projekt 0');
    const few = await sentDuring(s, () => s.run(['project-export']));
    expect(lookups(few, '/v2/projects').map((q) => param(q, '$filter'))).toEqual([`Number eq '${first.number}'`]);
    expect(listings(few, '/v2/projects')).toEqual([]);
    // Visma holds other projects: 7 of them and ours, two pages of 5.
    for (let i = 0; i < 7; i++)
      fake.state.projects.push({ ...structuredClone(fake.state.projects[0]!), Id: randomUUID(), Number: `V${i}`, Name: `Annat ${i}` });

    await s.loseIdMap('project-export', ['project']);
    const numbers = [first.number];
    for (let i = 1; i < 22; i++) numbers.push((await s.project(c.id, `Projekt ${i}`)).number);
    const sent = await sentDuring(s, () => s.run(['customer-export', 'project-export']));
    expect(lookups(sent, '/v2/projects')).toEqual([]);
    expect(listings(sent, '/v2/projects').map((q) => param(q, '$page'))).toEqual(['1', '2']);
    expect(writesTo(sent, 'POST', '/v2/projects')).toBe(21);
    const mine = fake.state.projects.find((x) => x.Number === first.number)!;
    expect(sent.filter((q) => q.method === 'PUT' && q.path.startsWith('/v2/projects/')).map((q) => q.path)).toEqual([`/v2/projects/${mine.Id}`]);
    const remote = fake.state.projects.map((x) => x.Number);
    unique(remote);
    expect(remote).toEqual(expect.arrayContaining(numbers));

    const writes = s.writes();
    await s.run(['customer-export', 'project-export']);
    expect(s.writes()).toBe(writes);
  });

  it('project export with "Update customers" off: 22 new projects with 22 new customers list Visma\'s customers and projects once each, then one write per entity', async () => {
    const { s, fake } = await visma([], false);
    const c0 = await s.customer('Kund 0 AB');
    const first = await s.project(c0.id, 'Projekt 0');
    const few = await sentDuring(s, () => s.run(['project-export']));
    expect(lookups(few, '/v2/customers').map((q) => param(q, '$filter'))).toEqual([`CustomerNumber eq '${c0.number}'`]);
    expect(lookups(few, '/v2/projects').map((q) => param(q, '$filter'))).toEqual([`Number eq '${first.number}'`]);

    await s.loseIdMap('project-export', ['customer', 'project']);
    for (let i = 1; i < 22; i++) await s.project((await s.customer(`Kund ${i} AB`)).id, `Projekt ${i}`);
    const sent = await sentDuring(s, () => s.run(['project-export']));
    expect(lookups(sent, '/v2/customers')).toEqual([]);
    expect(lookups(sent, '/v2/projects')).toEqual([]);
    expect(listings(sent, '/v2/customers').map((q) => param(q, '$page'))).toEqual(['1']);
    expect(listings(sent, '/v2/projects').map((q) => param(q, '$page'))).toEqual(['1']);
    // The customer already in Visma is found and, "Update customers" being off, left as it is.
    expect(writesTo(sent, 'POST', '/v2/customers')).toBe(21);
    expect(writesTo(sent, 'POST', '/v2/projects')).toBe(21);
    const mine = fake.state.projects.find((x) => x.Number === first.number)!;
    expect(sent.filter((q) => q.method === 'PUT').map((q) => q.path)).toEqual([`/v2/projects/${mine.Id}`]);
    unique(fake.state.customers.map((x) => x.CustomerNumber));
    unique(fake.state.projects.map((x) => x.Number));
    expect(fake.state.projects).toHaveLength(22);
    expect(fake.state.customers).toHaveLength(22);
  });

  it('work order & ÄTA export: a first export of 22 lists Visma projects once and writes each once; the one already there is updated', async () => {
    const { s, fake } = await visma(['project-part-export']);
    const c = await s.customer('Delkund AB');
    const p = await s.project(c.id, 'Tillbyggnad');
    await s.run(['customer-export', 'project-export']);
    const ours = () => fake.state.projects.filter((x) => x.Number.startsWith(`${p.number}_`));
    await s.parts(p.id, 1);
    const few = await sentDuring(s, () => s.run(['project-part-export']));
    const [one] = ours();
    expect(lookups(few, '/v2/projects').map((q) => param(q, '$filter'))).toEqual([`Number eq '${one!.Number}'`]);
    expect(listings(few, '/v2/projects')).toEqual([]);

    await s.loseIdMap('project-part-export', ['workOrder', 'changeOrder']);
    await s.parts(p.id, 21);
    const sent = await sentDuring(s, () => s.run(['project-part-export']));
    expect(lookups(sent, '/v2/projects')).toEqual([]);
    // Our project and its one part: one page.
    expect(listings(sent, '/v2/projects').map((q) => param(q, '$page'))).toEqual(['1']);
    expect(writesTo(sent, 'POST', '/v2/projects')).toBe(21);
    expect(sent.filter((q) => q.method === 'PUT').map((q) => q.path)).toEqual([`/v2/projects/${one!.Id}`]);
    unique(fake.state.projects.map((x) => x.Number));
    expect(ours()).toHaveLength(22);

    const writes = s.writes();
    await s.run(['project-part-export']);
    expect(s.writes()).toBe(writes);
  });
});
