// Compiled reads (src/graphql/sql-reads): the invoice list answered by one SQL statement must be
// exactly what field-by-field execution returns — same data, same key order, same cursors and
// page info — for every order, filter, search, page and selection shape the compiler accepts;
// and it must step aside (falling back to normal execution, with the same result and errors)
// where it cannot answer: missing permissions, computed fields, backward paging, bad input.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

const h = useHarness();

let compiled: App;
let plain: App;
const used: string[][] = [];
const fallbacks: string[] = [];
let a: TestCompany;
let b: TestCompany;

interface Response {
  data?: unknown;
  errors?: unknown[];
}

async function post(app: App, query: string, variables: Record<string, unknown>, token: string): Promise<Response> {
  const res = await app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await res.json()) as Response;
}

/** Runs the query through both paths; returns the (identical) response and whether it was compiled. */
async function both(query: string, variables: Record<string, unknown> = {}, token = a.adminToken): Promise<{ r: Response; wasCompiled: boolean }> {
  const before = used.length;
  const viaSql = await post(compiled, query, variables, token);
  const wasCompiled = used.length > before;
  if (!wasCompiled && process.env.DEBUG_SQL_READS) console.log(fallbacks.at(-1), query.slice(0, 50));
  const viaResolvers = await post(plain, query, variables, token);
  // Same JSON text: same values and the same key order.
  expect(JSON.stringify(viaSql), JSON.stringify(variables)).toBe(JSON.stringify(viaResolvers));
  return { r: viaSql, wasCompiled };
}

const LIST = `
  query SqlList($first: Int, $after: String, $orderBy: InvoiceOrder, $filter: InvoiceFilter, $search: String) {
    invoices(first: $first, after: $after, orderBy: $orderBy, filter: $filter, search: $search) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id number invoiceDate dueDate total locked customer { number name } } }
    }
  }`;

const WIDE = `
  query SqlWide($first: Int, $withLines: Boolean!, $skipCustomer: Boolean!) {
    __typename
    list: invoices(first: $first, orderBy: { field: INVOICE_DATE, direction: DESC }) {
      __typename
      edges {
        __typename
        node {
          __typename
          ...InvoiceHead
          ... on Invoice { title isCredit creditOf { number } externalNumber warning pdfUrl }
          customer @skip(if: $skipCustomer) { id number name type __typename }
          lines @include(if: $withLines) {
            id position description code quantity unit unitPrice unitPriceWithMarkup markupPercent discountPercent vatRate accountNumber billable kind kindSetByHand amount
            project { number } workOrder { number name } changeOrder { number }
            revenueLines { accountNumber amount kind setByHand }
            createdAt modifiedAt createdBy modifiedBy
          }
          n: number
        }
      }
      totals: pageInfo { more: hasNextPage __typename }
    }
  }
  fragment InvoiceHead on Invoice {
    id number customerType distribution readyForInvoice locked lockedAt lockedBy invoiceDate bookkeepingDate dueDate dueDateSetByHand paidDate
    contractorVat noVat taxReductionType greenCategory greenFixedPrice subtotal vatAmount total rounding taxReductionAmount amountToPay warnings
    project { id number name startDate phase customer { name } } workOrder { id number name phase } changeOrder { id number code name description phase }
    revenueLines { position accountNumber amount project { number } workOrder { number } costCentre { code name } dimension5 }
    createdAt modifiedAt createdBy modifiedBy
  }`;

beforeAll(async () => {
  compiled = createApp({ prisma: h.prisma, logErrors: false, sqlReads: { onCompiled: (f) => used.push(f), onFallback: (r) => fallbacks.push(r) } });
  plain = createApp({ prisma: h.prisma, logErrors: false, sqlReads: { enabled: false } });
  a = await h.company('Bygg & Måleri AB');
  b = await h.company('Other company AB');
  await seed(a.companyId, 'A', 24);
  await seed(b.companyId, 'B', 3);
});

/** Invoices of every shape: with and without work order/ÄTA, lines, revenue lines, dates, credits. */
async function seed(companyId: string, tag: string, invoices: number): Promise<void> {
  const db = createTenantDb(h.prisma, { companyId, userId: null, signature: 'SEED' });
  const customers = [];
  for (const [i, c] of [
    { name: `Kund ${tag} 100% Östra`, type: 'COMPANY' },
    { name: `kund ${tag} under_score`, type: 'PRIVATE' },
    { name: `Ärlig ${tag} AB`, type: 'COMPANY' },
  ].entries()) {
    customers.push(
      await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: `${tag}${100 + i}`, name: c.name, type: c.type as 'COMPANY' }) }),
    );
  }
  const centre = await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: `KS${tag}`, name: 'Stockholm' }) });
  const projects = [];
  for (let i = 0; i < 3; i++) {
    projects.push(
      await db.project.create({
        data: scoped<Prisma.ProjectUncheckedCreateInput>({
          number: `${10000 + i}`,
          name: `Projekt ${tag}${i}`,
          customerId: customers[i]!.id,
          statusCode: 50,
          startDate: i === 1 ? null : new Date(Date.UTC(2026, i, 1)),
        }),
      }),
    );
  }
  const wo = await db.workOrder.create({
    data: scoped<Prisma.WorkOrderUncheckedCreateInput>({ projectId: projects[0]!.id, number: 1, name: 'Stomme', statusCode: 50 }),
  });
  const co = await db.changeOrder.create({
    data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({ projectId: projects[0]!.id, number: 1, name: 'Extra fönster', description: 'ÄTA', statusCode: 50 }),
  });
  let first: string | null = null;
  for (let n = 1; n <= invoices; n++) {
    const p = projects[n % 3]!;
    const day = (n * 7) % 28;
    const inv: { id: string } = await db.invoice.create({
      data: scoped<Prisma.InvoiceUncheckedCreateInput>({
        number: n,
        title: n % 4 === 0 ? `Faktura ${n} 50% rabatt` : null,
        customerId: p.customerId,
        customerType: n % 3 === 1 ? 'PRIVATE' : 'COMPANY',
        projectId: p.id,
        workOrderId: n % 3 === 0 && n % 2 === 0 ? wo.id : null,
        changeOrderId: n % 3 === 0 && n % 2 === 1 ? co.id : null,
        invoiceDate: n % 5 === 0 ? null : new Date(Date.UTC(2026, n % 4, day + 1)),
        dueDate: n % 6 === 0 ? null : new Date(Date.UTC(2026, (n % 4) + 1, 1)),
        locked: n % 2 === 0,
        lockedAt: n % 2 === 0 ? new Date(Date.UTC(2026, 5, n, 8, 30, 0, 123)) : null,
        lockedBy: n % 2 === 0 ? 'ADM' : null,
        readyForInvoice: n % 3 === 0,
        externalNumber: n % 4 === 2 ? `${9000 + n}` : null,
        paidDate: n % 8 === 2 ? new Date(Date.UTC(2026, 6, 1)) : null,
        reverseCharge: n % 7 === 0,
        taxReductionType: n % 5 === 1 ? 'ROT' : n % 9 === 0 ? 'GREEN' : 'NONE',
        greenCategory: n % 9 === 0 ? 'SOLAR' : null,
        isCredit: n % 11 === 0,
        creditOfId: n % 11 === 0 ? first : null,
        subtotal: `${(n * 1234.5) % 9000}`,
        vatAmount: `${((n * 1234.5) % 9000) / 4}`,
        total: `${(n % 5) * 1000 + 0.5}`,
        amountToPay: `${(n % 5) * 1000}`,
        statusCode: null,
        warnings: n % 4 === 1 ? ['Saknar förfallodatum'] : [],
      }),
    });
    first ??= inv.id;
    for (let l = 0; l < n % 4; l++) {
      const line = await db.invoiceLine.create({
        data: scoped<Prisma.InvoiceLineUncheckedCreateInput>({
          invoiceId: inv.id,
          position: l + 1,
          description: `Rad ${l + 1}`,
          code: l === 0 ? 'ARB' : null,
          quantity: l === 1 ? '2.5000' : '3',
          unit: 'tim',
          unitPrice: '450.50',
          markupPercent: l === 2 ? '12.5' : '0',
          vatRate: '25',
          accountNumber: l === 0 ? 3041 : null,
          projectId: l === 1 ? p.id : null,
          workOrderId: l === 2 ? wo.id : null,
          kind: l === 0 ? 'LABOUR' : 'MATERIAL',
          amount: `${(l + 1) * 450.5}`,
        }),
      });
      for (let r = 0; r < (l === 1 ? 2 : 1); r++) {
        await db.invoiceRevenueLine.create({
          data: scoped<Prisma.InvoiceRevenueLineUncheckedCreateInput>({
            invoiceId: inv.id,
            lineId: line.id,
            position: l * 2 + r + 1,
            amount: `${(l + 1) * 225.25}`,
            projectId: p.id,
            workOrderId: r === 1 ? wo.id : null,
            costCentreId: l === 0 ? centre.id : null,
            dimension5: r === 1 ? 'D5' : null,
            kind: 'MATERIAL',
            manual: r === 1,
          }),
        });
      }
    }
  }
}

describe('compiled invoice list = field-by-field execution', () => {
  it("answers fields computed from to-one relations' columns and relations by code", async () => {
    for (const query of [
      `query SqlRelationSelect { invoices(first: 30) { edges { node { lines { reductionEligible } workOrder { reference } changeOrder { reference } } } } }`,
      `query SqlStatus { invoices(first: 30) { edges { node { number statusCode status { code name } } } } }`,
    ]) {
      const { r, wasCompiled } = await both(query);
      expect(wasCompiled, query).toBe(true);
      expect(r.errors, query).toBeUndefined();
    }
  });

  it('answers the wide selection (fragments, aliases, directives, every relation) with one statement', async () => {
    for (const vars of [
      { first: 50, withLines: true, skipCustomer: false },
      { first: 5, withLines: false, skipCustomer: true },
    ]) {
      const { statements } = await h.countStatements(async () => {
        const { r, wasCompiled } = await both(WIDE, vars);
        expect(wasCompiled).toBe(true);
        expect(r.errors).toBeUndefined();
      });
      expect(statements.length).toBeGreaterThan(0);
    }
  });

  it('pages through every order in both directions with the same cursors and page info', async () => {
    for (const field of ['NUMBER', 'INVOICE_DATE', 'DUE_DATE', 'TOTAL', 'CUSTOMER_NAME', 'MODIFIED', 'CREATED']) {
      for (const direction of ['ASC', 'DESC']) {
        let after: string | null = null;
        let seen = 0;
        for (let page = 0; page < 10; page++) {
          const { r, wasCompiled } = await both(LIST, { first: 7, after, orderBy: { field, direction } });
          expect(wasCompiled, `${field} ${direction}`).toBe(true);
          const list = (r.data as { invoices: { edges: unknown[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).invoices;
          seen += list.edges.length;
          if (!list.pageInfo.hasNextPage) break;
          after = list.pageInfo.endCursor;
        }
        expect(seen, `${field} ${direction}`).toBe(24);
      }
    }
  });

  it('applies every filter and the search the same way', async () => {
    const { r: customers } = await both(`query SqlIds { invoices(first: 1) { edges { node { customer { id } project { id } } } } }`);
    const node = (customers.data as { invoices: { edges: { node: { customer: { id: string }; project: { id: string } } }[] } }).invoices.edges[0]!.node;
    const filters: Record<string, unknown>[] = [
      { customerId: node.customer.id },
      { projectId: node.project.id },
      { locked: true },
      { locked: false, readyForInvoice: true },
      { isCredit: true },
      { warning: true },
      { warning: false },
      { taxReductionType: 'ROT' },
      { contractorVat: true },
      { exported: true },
      { exported: false },
      { paid: true },
      { paid: false },
      { invoiceDateFrom: '2026-02-01' },
      { invoiceDateFrom: '2026-02-01', invoiceDateTo: '2026-03-31' },
    ];
    for (const filter of filters) {
      const { r, wasCompiled } = await both(LIST, { first: 50, filter });
      expect(wasCompiled, JSON.stringify(filter)).toBe(true);
      expect((r.data as { invoices: { totalCount: number } }).invoices.totalCount).toBeGreaterThan(0);
    }
    const found: Record<string, number> = {};
    for (const search of ['12', 'kund', 'ÄRLIG', '100%', 'under_score', 'under%score', '50% rab', '900', '10001', '1000_', 'nothing like this']) {
      const { r, wasCompiled } = await both(LIST, { first: 50, search, orderBy: { field: 'CUSTOMER_NAME', direction: 'DESC' } });
      expect(wasCompiled, search).toBe(true);
      found[search] = (r.data as { invoices: { totalCount: number } }).invoices.totalCount;
    }
    // % and _ are searched for literally.
    expect(found).toMatchObject({ '100%': 8, under_score: 8, 'under%score': 0, '50% rab': 6, '1000_': 0 });
  });

  it('handles page sizes at the edges (0, default, above the maximum) and a cursor of a row that is gone', async () => {
    for (const first of [0, null, 1, 24, 500]) expect((await both(LIST, { first })).wasCompiled).toBe(true);
    const gone = Buffer.from('GPC:S:00000000-0000-4000-8000-000000000000').toString('base64');
    expect((await both(LIST, { first: 5, after: gone })).wasCompiled).toBe(true);
  });

  it('reads modifiedSince pages the same way: (updatedAt, id) order, value cursors, count, filters', async () => {
    const SYNC = `
      query SqlChanged($first: Int, $after: String, $since: DateTime, $filter: InvoiceFilter) {
        invoices(first: $first, after: $after, modifiedSince: $since, filter: $filter) {
          totalCount
          pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
          edges { cursor node { id number modifiedAt total customer { number } } }
        }
      }`;
    const { r: all } = await both(SYNC, { first: 100, since: '1970-01-01T00:00:00.000Z' });
    const nodes = (all.data as { invoices: { edges: { node: { modifiedAt: string } }[] } }).invoices.edges.map((e) => e.node.modifiedAt);
    expect(nodes).toEqual([...nodes].sort());
    for (const since of ['1970-01-01T00:00:00.000Z', nodes[Math.floor(nodes.length / 2)]!, '2999-01-01T00:00:00.000Z']) {
      for (const filter of [null, { locked: false }]) {
        let after: string | null = null;
        for (let page = 0; page < 10; page++) {
          const { r, wasCompiled } = await both(SYNC, { first: 5, after, since, filter });
          expect(wasCompiled, since).toBe(true);
          const list = (r.data as { invoices: { pageInfo: { hasNextPage: boolean; endCursor: string | null } } }).invoices;
          if (!list.pageInfo.hasNextPage) break;
          after = list.pageInfo.endCursor;
        }
      }
    }
    // A value cursor of a row that is gone still keeps its place; an id cursor of the other orders falls back.
    const { encodeSyncCursor } = await import('../../src/graphql/sync-cursor.js');
    const gone = encodeSyncCursor({ updatedAt: new Date(nodes[3]!), id: '00000000-0000-4000-8000-000000000000' });
    expect((await both(SYNC, { first: 5, after: gone, since: '1970-01-01T00:00:00.000Z' })).wasCompiled).toBe(true);
    const idCursor = Buffer.from('GPC:S:00000000-0000-4000-8000-000000000000').toString('base64');
    const refused = await both(SYNC, { first: 5, after: idCursor, since: '1970-01-01T00:00:00.000Z' });
    expect(refused.wasCompiled).toBe(false);
    expect((refused.r.errors as { message: string }[] | undefined)?.[0]?.message).toMatch(/modifiedSince/);
  });

  it('sees only its own company (the compiled statement binds every table to the company)', async () => {
    const { r, wasCompiled } = await both(WIDE, { first: 50, withLines: true, skipCustomer: false }, b.adminToken);
    expect(wasCompiled).toBe(true);
    const edges = (r.data as { list: { edges: { node: { number: number; project: { name: string } } }[] } }).list.edges;
    expect(edges.map((e) => e.node.number).sort()).toEqual([1, 2, 3]);
    expect(edges.every((e) => e.node.project.name.startsWith('Projekt B'))).toBe(true);
  });
});

describe('falls back to normal execution where it cannot answer', () => {
  it('fields computed from relations, backward paging and several root fields run field by field', async () => {
    for (const [query, vars] of [
      [`query SqlComputed { invoices(first: 3) { edges { node { number vatGroups { rate base vat } warning } } } }`, {}],
      [`query SqlBackward { invoices(last: 3) { edges { node { number } } } }`, {}],
      [`query SqlTwoNodes { invoices(first: 2) { edges { a: node { __typename } b: node { number } } } }`, {}],
      [`query SqlTwo { invoices(first: 1) { totalCount } me { name } }`, {}],
    ] as const) {
      const { r, wasCompiled } = await both(query, vars);
      expect(wasCompiled, query).toBe(false);
      expect(r.errors, query).toBeUndefined();
    }
  });

  it('bad input gets the same errors', async () => {
    for (const [query, vars] of [
      [LIST, { first: -1 }],
      [LIST, { first: 5, after: 'not-a-cursor' }],
      [LIST, { first: 5, search: 'x'.repeat(201) }],
      [LIST, { first: 5, filter: { customerId: 'bm9wZQ==' } }],
    ] as const) {
      const { r, wasCompiled } = await both(query, vars);
      expect(wasCompiled).toBe(false);
      expect(r.errors?.length, JSON.stringify(vars).slice(0, 60)).toBeGreaterThan(0);
    }
  });

  it('a user without permission for a nested type gets the normal partial result and errors', async () => {
    const invoicesOnly = await h.user(a.companyId, ['INVOICE_VIEW']);
    const { r, wasCompiled } = await both(WIDE, { first: 5, withLines: true, skipCustomer: false }, invoicesOnly.token);
    expect(wasCompiled).toBe(false);
    expect(r.errors?.length).toBeGreaterThan(0);
    const viewer = await h.user(a.companyId, ['INVOICE_VIEW', 'CUSTOMER_VIEW', 'PROJECT_VIEW', 'INVOICE_REVENUE_ACCOUNTING']);
    expect((await both(LIST, { first: 5 }, viewer.token)).wasCompiled).toBe(true);
  });
});

describe('a library change the self-check detects', () => {
  it('turns compiled reads off, reported once, and every query still answers (field by field)', async () => {
    const { schema } = await import('../../src/schema.js');
    const ext = (schema.getType('Customer') as import('graphql').GraphQLObjectType).getFields().name!.extensions as Record<string, unknown>;
    const exposed = ext.pothosExposedField;
    delete ext.pothosExposedField; // as an upgrade renaming the extension would
    try {
      const reports: string[][] = [];
      const onCompiled = (f: string[]) => used.push(f);
      const app = createApp({ prisma: h.prisma, logErrors: false, sqlReads: { onCompiled, onInternalsChanged: (p) => reports.push(p) } });
      const before = used.length;
      for (let i = 0; i < 2; i++) {
        const r = await post(app, LIST, { first: 5 }, a.adminToken);
        expect(JSON.stringify(r)).toBe(JSON.stringify(await post(plain, LIST, { first: 5 }, a.adminToken)));
      }
      expect(used.length).toBe(before);
      expect(reports).toEqual([[expect.stringContaining('Customer.name reads as an exposed column')]]);
    } finally {
      ext.pothosExposedField = exposed;
    }
  });
});

describe('a failing compiled statement', () => {
  it('answers like a failing resolver of the root field: no data, a masked error at its path', async () => {
    // The database client as the app sees it, but the compiled list statement fails.
    const reader = Symbol.for('nordic-project-invoicing.sqlReader');
    const real = (h.prisma as unknown as Record<symbol, (sql: string, params: unknown[]) => Promise<unknown>>)[reader]!;
    const failing = Object.create(h.prisma, {
      [reader]: {
        value: (sql: string, params: unknown[]) =>
          sql.startsWith('SELECT json_build_array') ? Promise.reject(new Error('connection lost')) : real(sql, params),
      },
    }) as typeof h.prisma;
    const app = createApp({ prisma: failing, logErrors: false, sqlReads: { onCompiled: (f) => used.push(f) } });
    const res = await app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.adminToken}` },
      body: JSON.stringify({ query: LIST, variables: { first: 5 } }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: null,
      errors: [{ message: 'Unexpected error.', path: ['invoices'], locations: [{ line: 3, column: 5 }], extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
  });
});

describe('SQL statements per request', () => {
  it('stay constant in the page size: the token lookup and one statement', async () => {
    const counts: number[] = [];
    for (const first of [2, 10, 24]) {
      await post(compiled, WIDE, { first, withLines: true, skipCustomer: false }, a.adminToken); // token's last use recorded
      const { count, statements } = await h.countStatements(() => post(compiled, WIDE, { first, withLines: true, skipCustomer: false }, a.adminToken));
      if (process.env.DEBUG_SQL_READS) console.log(statements.map((s) => s.slice(0, 120)));
      counts.push(count);
    }
    expect(counts).toEqual([2, 2, 2]);
  });

  it('bind every table the compiled statement reads to the acting company', async () => {
    const { statements } = await h.countStatements(() => post(compiled, WIDE, { first: 5, withLines: true, skipCustomer: false }, a.adminToken));
    const sql = statements.find((s) => s.startsWith('SELECT json_build_array'))!;
    const tables = [...sql.matchAll(/FROM "(\w+)" (\w+)/g)];
    expect(tables.length).toBeGreaterThan(10);
    for (const [, table, alias] of tables) expect(sql, `${table} ${alias}`).toContain(`${alias}."companyId" = $1`);
    expect(sql).not.toMatch(/JOIN/);
  });
});
