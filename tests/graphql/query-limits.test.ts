// Query cost control before execution: the attacks that crashed or stalled the server are refused
// with QUERY_TOO_COMPLEX before any resolver (or compiled read) runs; requests have a deadline;
// SQL statements have a time limit.
import { describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { useHarness } from '../helpers/harness.js';
import { createApp, type App } from '../../src/app.js';
import { createDatabaseClient } from '../../src/db/client.js';
import { DEFAULT_QUERY_LIMITS, fieldCost, LIST_MULTIPLIER, MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE } from '../../src/graphql/limits.js';
import { schema } from '../../src/schema.js';
import { DEFAULT_GROUPS } from '../../src/modules/companies/bootstrap.js';
import type { Permission } from '../../src/generated/prisma/enums.js';

const h = useHarness();

async function post(app: App, query: string, token: string | null, variables: Record<string, unknown> = {}) {
  const res = await app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return {
    status: res.status,
    body: JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] },
    bytes: text.length,
  };
}

/** Statements other than the token lookup (and its first-use stamp). */
const notAuth = (statements: string[]) => statements.filter((s) => !/"ApiToken"/.test(s));

const TECHNICIAN = DEFAULT_GROUPS.find((g) => g.name === 'Technicians')!.permissions as Permission[];

/** projects → customer → contacts(first: 200) → customer → contacts …, `levels` times. */
function fanOut(levels: number): string {
  let inner = 'name';
  for (let i = 0; i < levels; i++) inner = `customer { contacts(first: 200) { edges { node { ${inner} } } } }`;
  return `{ projects(first: 200) { edges { node { ${inner} } } } }`;
}

describe('cost model (table)', () => {
  const queryFields = schema.getQueryType()!.getFields();
  const customerFields = (schema.getType('Customer') as import('graphql').GraphQLObjectType).getFields();
  it.each([
    ['a connection counts its page', queryFields.customers!, { first: 50 }, 50],
    ['a connection without first counts the default page', queryFields.customers!, {}, DEFAULT_PAGE_SIZE],
    ['a page above the largest counts the largest', queryFields.customers!, { first: 100_000 }, MAX_PAGE_SIZE],
    ['last counts like first', queryFields.customers!, { last: 7 }, 7],
    ['a nested connection counts its page', customerFields.contacts!, { first: 3 }, 3],
    ['nodes counts its ids', queryFields.nodes!, { ids: ['a', 'b', 'c'] }, 3],
    ['a plain list counts ten', queryFields.paymentTerms!, {}, LIST_MULTIPLIER],
    ['a single object counts once', customerFields.paymentTerm ?? queryFields.me!, {}, 1],
  ])('%s', (_name, field, args, multiplier) => {
    expect(fieldCost(args, { maxNodeIds: 100 }, field)).toEqual({ field: 1, multiplier });
  });

  it("a connection's edges do not multiply again", () => {
    const edges = getFieldType('CustomerContactsConnection').getFields().edges!;
    expect(fieldCost({}, { maxNodeIds: 100 }, edges)).toEqual({ field: 1, multiplier: 1 });
  });

  it('nodes takes at most maxNodeIds ids', () => {
    expect(() => fieldCost({ ids: Array(101).fill('x') }, { maxNodeIds: 100 }, queryFields.nodes!)).toThrow(/at most 100 ids/);
  });
});

function getFieldType(name: string): import('graphql').GraphQLObjectType {
  return schema.getType(name) as import('graphql').GraphQLObjectType;
}

describe('refused before execution', () => {
  it('the three-level fan-out from a Technicians token: QUERY_TOO_COMPLEX, no resolver ran, under 100 ms of server CPU', async () => {
    const c = await h.company();
    const tech = await h.user(c.companyId, TECHNICIAN);
    const query = fanOut(3);
    expect(Buffer.byteLength(query)).toBeLessThan(400);
    // An attacker repeats the request: the server's first sight of the code paths is not the measure.
    await post(h.app, query.replace('projects(', 'warm: projects('), tech.token);
    const cpu = process.cpuUsage();
    const { count, statements } = await h.countStatements(async () => {
      const r = await post(h.app, query, tech.token);
      expect(r.body.data ?? null).toBeNull();
      expect(r.body.errors).toHaveLength(1);
      expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    });
    const used = process.cpuUsage(cpu);
    expect((used.user + used.system) / 1000).toBeLessThan(100);
    // Only the token lookup reached the database.
    expect(notAuth(statements)).toEqual([]);
    void count;
  });

  it('two levels of the fan-out (within the depth limit) are refused by their cost', async () => {
    const c = await h.company();
    const tech = await h.user(c.companyId, TECHNICIAN);
    const { statements } = await h.countStatements(async () => {
      const r = await post(h.app, fanOut(2), tech.token);
      expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: DEFAULT_QUERY_LIMITS.maxCost });
      expect(r.body.errors![0]!.extensions!.found as number).toBeGreaterThan(200 ** 3);
    });
    expect(notAuth(statements)).toEqual([]);
  });

  it('a modest nested query is answered', async () => {
    const c = await h.company();
    const r = await post(h.app, '{ projects(first: 20) { edges { node { customer { contacts(first: 10) { edges { node { name } } } } } } } }', c.adminToken);
    expect(r.body.errors).toBeUndefined();
  });

  it('1,000 aliases of customers(first: 200) are refused (aliases)', async () => {
    const c = await h.company();
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: customers(first: 200) { edges { node { name } } }`).join(' ')} }`;
    const { statements } = await h.countStatements(async () => {
      const r = await post(h.app, query, c.adminToken);
      expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      expect(['aliases', 'tokens']).toContain(r.body.errors![0]!.extensions!.limit);
    });
    expect(notAuth(statements)).toEqual([]);
    // Under the token limit, the alias rule itself refuses.
    const few = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const r2 = await post(h.app, few, c.adminToken);
    expect(r2.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'aliases', max: 30, found: 31 });
  });

  it('aliases that each cost little but together too much are refused by cost', async () => {
    const c = await h.company();
    const query = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: customers(first: 200) { edges { node { name number contacts(first: 20) { edges { node { name } } } } } }`).join(' ')} }`;
    const r = await post(h.app, query, c.adminToken);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
  });

  it('nodes(ids:) with 5,000 ids is refused; a few ids are answered', async () => {
    const c = await h.company();
    const id = Buffer.from(`Customer:00000000-0000-4000-8000-000000000000`).toString('base64');
    const r = await post(h.app, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', c.adminToken, { ids: Array(5000).fill(id) });
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nodeIds', max: 100, found: 5000 });
    const ok = await post(h.app, 'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', c.adminToken, { ids: [id, id] });
    expect(ok.body.errors).toBeUndefined();
    expect(ok.body.data).toEqual({ nodes: [null, null] });
  });

  it('5,000-level nesting is answered 400 with a typed error, not a 500', async () => {
    const c = await h.company();
    const query = `{ me ${'{ groups '.repeat(5000)}{ id }${' }'.repeat(5000)} }`;
    const r = await post(h.app, query, c.adminToken);
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    // Within the token limit, the nesting check refuses it before the parser recurses.
    const deep = `{ me ${'{ groups '.repeat(1500)}{ id }${' }'.repeat(1500)} }`;
    const r2 = await post(createApp({ prisma: h.prisma, logErrors: false, queryLimits: { maxTokens: 100_000 } }), deep, c.adminToken);
    expect(r2.status).toBe(400);
    expect(r2.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'nesting', max: 64 });
  });

  it('a document of more tokens than the limit is refused while lexing', async () => {
    const c = await h.company();
    const r = await post(h.app, `{ ${'me { id } '.repeat(2000)} }`, c.adminToken);
    expect(r.status).toBe(400);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'tokens', max: 5000 });
  });

  it('depth beyond the limit is refused', async () => {
    const c = await h.company();
    let inner = 'id';
    for (let i = 0; i < 8; i++) inner = `customer { contacts(first: 1) { edges { node { ${inner} } } } }`;
    const query = `{ projects(first: 1) { edges { node { ${inner} } } } }`;
    const r = await post(h.app, query, c.adminToken);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'depth', max: 15 });
  });

  it('the cost follows the variables, not the text (same document, two answers)', async () => {
    const c = await h.company();
    const q =
      'query ($n: Int, $m: Int) { customers(first: $n) { edges { node { name contacts(first: $m) { edges { node { name contacts: customer { name } } } } } } } }';
    const small = await post(h.app, q, c.adminToken, { n: 10, m: 10 });
    expect(small.body.errors).toBeUndefined();
    const big = await post(h.app, q, c.adminToken, { n: 200, m: 200 });
    expect(big.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    const again = await post(h.app, q, c.adminToken, { n: 10, m: 10 });
    expect(again.body.errors).toBeUndefined();
  });

  it('the compiled invoice list is refused the same way before its statement runs', async () => {
    const c = await h.company();
    const q = '{ invoices(first: 200) { edges { node { number customer { contacts(first: 200) { edges { node { name customer { name } } } } } } } } }';
    const { statements } = await h.countStatements(async () => {
      const r = await post(h.app, q, c.adminToken);
      expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    });
    expect(notAuth(statements)).toEqual([]);
  });

  it('limits are configurable', async () => {
    const c = await h.company();
    const app = createApp({ prisma: h.prisma, logErrors: false, queryLimits: { maxCost: 5 } });
    const r = await post(app, '{ customers(first: 10) { edges { node { name } } } }', c.adminToken);
    expect(r.body.errors![0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost', max: 5 });
  });
});

describe('deadlines', () => {
  it('a request over its time limit is stopped with REQUEST_TIMEOUT', async () => {
    const c = await h.company();
    // Enough work to outlast 1 ms: every customer's contacts, resolved field by field.
    for (let i = 0; i < 3; i++) {
      await post(h.app, `mutation { createCustomer(input: { name: "Deadline ${i}" }) { __typename } }`, c.adminToken);
    }
    const app = createApp({ prisma: h.prisma, logErrors: false, queryLimits: { timeoutMs: 1 }, sqlReads: { enabled: false } });
    const r = await post(
      app,
      '{ customers(first: 50) { edges { node { name contacts(first: 5) { edges { node { name } } } paymentTerm { name } } } } projects(first: 5) { totalCount } }',
      c.adminToken,
    );
    expect(r.body.errors?.map((e) => e.extensions?.code)).toContain('REQUEST_TIMEOUT');
  });

  it('a request whose client disconnected stops executing', async () => {
    const c = await h.company();
    let server: Server | undefined;
    try {
      server = createServer(h.app);
      await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
      const { port } = server.address() as AddressInfo;
      // Many root fields, each its own statement, resolved one after another as a mutation's are.
      const fields = Array.from({ length: 25 }, (_, i) => `c${i}: createCustomer(input: { name: "Abort ${i}" }) { __typename }`).join(' ');
      const controller = new AbortController();
      const before = h.statements.length;
      const pending = fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${c.adminToken}` },
        body: JSON.stringify({ query: `mutation { ${fields} }` }),
        signal: controller.signal,
      }).catch(() => null);
      // Abort once the first mutations have reached the database.
      for (let i = 0; i < 500 && h.statements.length - before < 10; i++) await new Promise((r) => setTimeout(r, 2));
      controller.abort();
      await pending;
      await new Promise((r) => setTimeout(r, 1500));
    } finally {
      await new Promise((r) => server?.close(() => r(null)) ?? r(null));
    }
    const created = await h.prisma.customer.count({ where: { companyId: c.companyId, name: { startsWith: 'Abort ' } } });
    // The mutation in progress may finish; the rest never start.
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThan(25);
  });
});

describe('statement timeout', () => {
  // PGlite runs in WebAssembly without timers that interrupt a statement: PostgreSQL only.
  it.runIf(process.env.TEST_DATABASE_URL)('a statement longer than the limit is cancelled by the database', async () => {
    const client = createDatabaseClient({ url: h.db.url, poolSize: 1, statementTimeoutMs: 200 });
    try {
      await expect(client.prisma.$queryRawUnsafe('SELECT pg_sleep(2)::text')).rejects.toThrow(/statement timeout|canceling statement/i);
    } finally {
      await client.close();
    }
  });
});
