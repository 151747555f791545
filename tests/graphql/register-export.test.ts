// The register export honours the customer list's search, filters and order: the customers (and
// the contacts of the customers) the list shows, in the list's order, compared with the GraphQL
// list for the same arguments; a parameter with an unknown value is refused naming it.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { listArgsOf } from '../../src/modules/customer-import/http.js';

const h = useHarness();

const ExpList = graphql(`
  query ExpList($search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {
    customers(first: 100, search: $search, filter: $filter, orderBy: $orderBy) { edges { node { number } } }
  }
`);

let c: TestCompany;

/** The numbers in an exported CSV (the customer number column of customers; of contacts: their customer's). */
async function exported(path: string, token = c.adminToken): Promise<{ status: number; numbers: string[]; body: string }> {
  const res = await h.app.fetch(`http://test.local${path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await res.text();
  if (res.status !== 200) return { status: res.status, numbers: [], body };
  const [header, ...rows] = body
    .replace(/^\ufeff/, '')
    .trim()
    .split('\r\n');
  const cols = header!.split(';');
  const at = cols.findIndex((x) => /^(Kundnummer|Customer number)$/i.test(x));
  expect(at).toBeGreaterThanOrEqual(0);
  return { status: 200, numbers: rows.map((r) => r.split(';')[at]!.replace(/^"|"$/g, '')), body };
}

async function listed(vars: Parameters<typeof h.data<unknown, Record<string, unknown>>>[1]) {
  const r = (await h.data(ExpList, vars as never, c.adminToken)) as { customers: { edges: { node: { number: string } }[] } };
  return r.customers.edges.map((e) => e.node.number);
}

beforeAll(async () => {
  c = await h.company();
  const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  const rows: [string, string, 'COMPANY' | 'PRIVATE', boolean][] = [
    ['101', 'Alfa Bygg AB', 'COMPANY', true],
    ['102', 'Bygg & Rör i Norr AB', 'COMPANY', true],
    ['103', 'Cecilia Byggsson', 'PRIVATE', true],
    ['104', 'Gamla Bygget AB', 'COMPANY', false],
    ['105', 'Måleri Öst AB', 'COMPANY', true],
    ['9', 'Nio Bygg AB', 'COMPANY', true],
  ];
  for (const [number, name, type, active] of rows) {
    const customer = await db.customer.create({
      data: scoped<Prisma.CustomerUncheckedCreateInput>({ number, numberValue: BigInt(number), name, type, active }),
    });
    await db.contact.create({ data: scoped<Prisma.ContactUncheckedCreateInput>({ customerId: customer.id, name: `Kontakt ${name}` }) });
  }
});

describe('the register export follows the list', () => {
  it.each([
    ['no arguments: every customer in number order', '', {}],
    ['search', '?search=bygg', { search: 'bygg' }],
    [
      'search and active only, by name descending',
      '?search=bygg&active=true&orderBy=NAME&direction=DESC',
      {
        search: 'bygg',
        filter: { active: true },
        orderBy: { field: 'NAME', direction: 'DESC' },
      },
    ],
    ['type', '?type=PRIVATE', { filter: { type: 'PRIVATE' } }],
    ['inactive only', '?active=false', { filter: { active: false } }],
    ['number descending', '?orderBy=NUMBER&direction=DESC', { orderBy: { field: 'NUMBER', direction: 'DESC' } }],
  ])('%s', async (_name, query, vars) => {
    const list = await listed(vars);
    const customers = await exported(`/export/customers.csv${query}`);
    expect(customers.status).toBe(200);
    expect(customers.numbers).toEqual(list);
    // The contacts export holds the contacts of those customers, in the same order.
    const contacts = await exported(`/export/contacts.csv${query}`);
    expect(contacts.numbers).toEqual(list);
  });

  it('the filters narrow it: a search and a filter leave exactly the matching customers', async () => {
    expect((await exported('/export/customers.csv?search=bygg&active=true&orderBy=NAME')).numbers).toEqual(['101', '102', '103', '9']);
    expect((await exported('/export/customers.csv')).numbers).toEqual(['9', '101', '102', '103', '104', '105']);
  });

  it('an unknown value is refused with the parameter named', async () => {
    const r = await exported('/export/customers.csv?orderBy=COLOUR');
    expect(r.status).toBe(400);
    expect(JSON.parse(r.body)).toMatchObject({ errors: [{ message: expect.stringContaining('"orderBy"'), extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(listArgsOf(new URLSearchParams('active=yes'))).toEqual({ error: expect.stringContaining('"active"') });
    expect(listArgsOf(new URLSearchParams(`search=${'x'.repeat(201)}`))).toEqual({ error: expect.stringContaining('"search"') });
  });
});
