// Bad input gets a typed error naming the field, never a masked INTERNAL_SERVER_ERROR: text
// PostgreSQL cannot store (NUL, lone surrogates) in any argument, dates and points in time out of
// 1900–2999, Money and Decimal values beyond their columns, cursors this API did not issue (on
// the compiled read path and the resolver path alike), malformed and oversized ids. Error texts
// quote at most a short excerpt of the value.
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/app.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

const h = useHarness();

interface GqlError {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string };
}
interface Response {
  data?: Record<string, unknown> | null;
  errors?: GqlError[];
}

async function post(app: App, query: string, variables: Record<string, unknown>, token: string): Promise<{ r: Response; text: string }> {
  const res = await app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  return { r: JSON.parse(text) as Response, text };
}

const RESULT = '__typename ... on Error { code message path } ... on ValidationError { issues { path code message } }';
const NUL = 'a\u0000b';
const LONE = 'a\ud800b';
const cursorOf = (raw: string) => Buffer.from(raw).toString('base64');
// Just under the request body limit (1 MiB): megabytes are refused before GraphQL sees them.
const HUGE = 'x'.repeat(900_000);

let c: TestCompany;
let invoiceId: string;
let customerId: string;
let plain: App;

beforeAll(async () => {
  c = await h.company();
  plain = createApp({ prisma: h.prisma, logErrors: false, sqlReads: { enabled: false } });
  const cu = await post(
    h.app,
    `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { ... on MutationCreateCustomerSuccess { data { id } } } }`,
    { i: { name: 'Kund AB' } },
    c.adminToken,
  );
  customerId = (cu.r.data!.createCustomer as { data: { id: string } }).data.id;
  const pr = await post(
    h.app,
    `mutation($i: CreateProjectInput!) { createProject(input: $i) { ... on MutationCreateProjectSuccess { data { id } } } }`,
    { i: { name: 'Projekt', customerId } },
    c.adminToken,
  );
  const projectId = (pr.r.data!.createProject as { data: { id: string } }).data.id;
  const inv = await post(
    h.app,
    `mutation($i: CreateInvoiceInput!) { createInvoice(input: $i) { ... on MutationCreateInvoiceSuccess { data { id } } } }`,
    { i: { projectId } },
    c.adminToken,
  );
  invoiceId = (inv.r.data!.createInvoice as { data: { id: string } }).data.id;
});

/** No masked error anywhere, and no error text longer than a sentence with a short excerpt. */
function expectNoInternalError(text: string, r: Response) {
  expect(text).not.toContain('INTERNAL_SERVER_ERROR');
  expect(text).not.toContain('Unexpected error.');
  for (const e of r.errors ?? []) expect(e.message.length, e.message.slice(0, 200)).toBeLessThan(300);
}

// ---------------------------------------------------------------------------------------------
// Mutations with typed results: a ValidationError naming the input path.

const createCustomer = `mutation($i: CreateCustomerInput!) { createCustomer(input: $i) { ${RESULT} } }`;
const addLine = `mutation($id: ID!, $i: InvoiceLineInput!) { addInvoiceLine(invoiceId: $id, input: $i) { ${RESULT} } }`;
const updateInvoice = `mutation($i: UpdateInvoiceInput!) { updateInvoice(input: $i) { ${RESULT} } }`;

const typedCases: { name: string; query: string; variables: () => Record<string, unknown>; result: string; path: string; code: string }[] = [
  {
    name: 'NUL in a customer name',
    query: createCustomer,
    variables: () => ({ i: { name: NUL } }),
    result: 'createCustomer',
    path: 'name',
    code: 'invalid_text',
  },
  {
    name: 'lone surrogate in a customer name',
    query: createCustomer,
    variables: () => ({ i: { name: LONE } }),
    result: 'createCustomer',
    path: 'name',
    code: 'invalid_text',
  },
  {
    name: 'lone low surrogate in an e-mail',
    query: createCustomer,
    variables: () => ({ i: { name: 'Ok', email: 'a\udc00@example.com' } }),
    result: 'createCustomer',
    path: 'email',
    code: 'invalid_text',
  },
  {
    name: 'NUL in a nested contact name',
    query: createCustomer,
    variables: () => ({ i: { name: 'Ok', contacts: [{ name: 'Anna' }, { name: NUL }] } }),
    result: 'createCustomer',
    path: 'contacts.1.name',
    code: 'invalid_text',
  },
  {
    name: 'NUL in an invoice line description',
    query: addLine,
    variables: () => ({ id: invoiceId, i: { description: NUL, quantity: '1', unitPrice: '1' } }),
    result: 'addInvoiceLine',
    path: 'description',
    code: 'invalid_text',
  },
  {
    name: 'NUL in an invoice comment',
    query: updateInvoice,
    variables: () => ({ i: { id: invoiceId, comment: NUL } }),
    result: 'updateInvoice',
    path: 'comment',
    code: 'invalid_text',
  },
  {
    name: 'a line amount beyond numeric(14,2) (each factor in range)',
    query: addLine,
    variables: () => ({ id: invoiceId, i: { description: 'x', quantity: '1234567890', unitPrice: '123456789012' } }),
    result: 'addInvoiceLine',
    path: 'quantity',
    code: 'out_of_range',
  },
  {
    name: 'NUL in a literal argument',
    query: `mutation { createCustomer(input: { name: "a\\u0000b" }) { ${RESULT} } }`,
    variables: () => ({}),
    result: 'createCustomer',
    path: 'name',
    code: 'invalid_text',
  },
  {
    name: 'NUL in a custom field value (JSON)',
    query: createCustomer,
    variables: () => ({ i: { name: 'Ok', customFields: [{ key: 'k', value: { nested: [NUL] } }] } }),
    result: 'createCustomer',
    path: 'customFields.0.value.nested.0',
    code: 'invalid_text',
  },
];

describe('mutations: a ValidationError naming the field', () => {
  it.each(typedCases)('$name', async ({ query, variables, result, path, code }) => {
    const { r, text } = await post(h.app, query, variables(), c.adminToken);
    expectNoInternalError(text, r);
    expect(r.errors).toBeUndefined();
    expect(r.data?.[result]).toMatchObject({ __typename: 'ValidationError', code: 'VALIDATION_FAILED', path, issues: [{ path, code }] });
  });

  it('writes nothing when the guard refuses the input', async () => {
    const before = await h.prisma.customer.count({ where: { companyId: c.companyId } });
    await post(h.app, createCustomer, { i: { name: NUL } }, c.adminToken);
    expect(await h.prisma.customer.count({ where: { companyId: c.companyId } })).toBe(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Scalars: a variable value its type refuses is BAD_USER_INPUT naming the variable's path.

const scalarCases: { name: string; query: string; variables: () => Record<string, unknown>; field: string; says: RegExp }[] = [
  {
    name: 'the date 0000-01-01',
    query: updateInvoice,
    variables: () => ({ i: { id: invoiceId, invoiceDate: '0000-01-01' } }),
    field: 'i.invoiceDate',
    says: /1900–2999/,
  },
  {
    name: 'the date 1899-12-31',
    query: updateInvoice,
    variables: () => ({ i: { id: invoiceId, dueDate: '1899-12-31' } }),
    field: 'i.dueDate',
    says: /1900–2999/,
  },
  {
    name: 'the date 3000-01-01',
    query: updateInvoice,
    variables: () => ({ i: { id: invoiceId, bookkeepingDate: '3000-01-01' } }),
    field: 'i.bookkeepingDate',
    says: /1900–2999/,
  },
  {
    name: 'a date that does not exist',
    query: updateInvoice,
    variables: () => ({ i: { id: invoiceId, invoiceDate: '2026-02-29' } }),
    field: 'i.invoiceDate',
    says: /real calendar date/,
  },
  {
    name: 'a DateTime in year +275760',
    query: `mutation($i: CreateApiTokenInput!) { createApiToken(input: $i) { __typename } }`,
    variables: () => ({ i: { name: 't', expiresAt: '+275760-09-13T00:00:00.000Z' } }),
    field: 'i.expiresAt',
    says: /1900–2999/,
  },
  {
    name: 'Money with 13 integer digits',
    query: addLine,
    variables: () => ({ id: invoiceId, i: { description: 'x', quantity: '1', unitPrice: '1234567890123' } }),
    field: 'i.unitPrice',
    says: /12 digits/,
  },
  {
    name: 'a Decimal with 11 integer digits',
    query: addLine,
    variables: () => ({ id: invoiceId, i: { description: 'x', quantity: '12345678901', unitPrice: '1' } }),
    field: 'i.quantity',
    says: /10 digits/,
  },
  { name: 'a 900 kB date', query: updateInvoice, variables: () => ({ i: { id: invoiceId, invoiceDate: HUGE } }), field: 'i.invoiceDate', says: /x{40}…/ },
  {
    name: 'a 900 kB enum value',
    query: updateInvoice,
    variables: () => ({ i: { id: invoiceId, distribution: HUGE } }),
    field: 'i.distribution',
    says: /x{40}…/,
  },
];

describe('scalars and enums: BAD_USER_INPUT naming the field', () => {
  it.each(scalarCases)('$name', async ({ query, variables, field, says }) => {
    const { r, text } = await post(h.app, query, variables(), c.adminToken);
    expectNoInternalError(text, r);
    expect(text.length).toBeLessThan(1000);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(r.errors![0]!.message).toContain(field);
    expect(r.errors![0]!.message).toMatch(says);
  });

  it('a date literal out of range is refused where it is written', async () => {
    const query = `mutation($id: ID!) { updateInvoice(input: { id: $id, invoiceDate: "0000-01-01" }) { __typename } }`;
    const { r, text } = await post(h.app, query, { id: invoiceId }, c.adminToken);
    expectNoInternalError(text, r);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.message).toMatch(/1900–2999/);
    expect((r.errors![0] as { locations?: unknown[] }).locations).toEqual([{ line: 1, column: query.indexOf('"0000') + 1 }]);
  });
});

// ---------------------------------------------------------------------------------------------
// Query arguments: BAD_USER_INPUT naming the argument, the same on the compiled read path.

const invoicesList = `query($s: String, $a: String) { invoices(search: $s, after: $a, first: 5) { totalCount edges { cursor node { number } } } }`;
const customersList = `query($s: String, $a: String) { customers(search: $s, after: $a) { totalCount edges { cursor node { name } } } }`;

const queryCases: { name: string; query: string; variables: () => Record<string, unknown>; field: string; path: string }[] = [
  { name: 'NUL in the invoice search', query: invoicesList, variables: () => ({ s: NUL }), field: 'search', path: 'invoices' },
  { name: 'a lone surrogate in the invoice search', query: invoicesList, variables: () => ({ s: LONE }), field: 'search', path: 'invoices' },
  { name: 'NUL in the customer search', query: customersList, variables: () => ({ s: NUL }), field: 'search', path: 'customers' },
  {
    name: 'NUL in customerByNumber',
    query: `query($n: String!) { customerByNumber(number: $n) { id } }`,
    variables: () => ({ n: NUL }),
    field: 'number',
    path: 'customerByNumber',
  },
  { name: 'a garbage invoice cursor', query: invoicesList, variables: () => ({ a: 'garbage!!' }), field: 'after', path: 'invoices' },
  { name: 'an invoice cursor holding no UUID', query: invoicesList, variables: () => ({ a: cursorOf('GPC:S:abc') }), field: 'after', path: 'invoices' },
  { name: 'an invoice cursor holding a number', query: invoicesList, variables: () => ({ a: cursorOf('GPC:N:5') }), field: 'after', path: 'invoices' },
  { name: 'a 900 kB invoice cursor', query: invoicesList, variables: () => ({ a: HUGE }), field: 'after', path: 'invoices' },
  { name: 'a customer cursor holding no UUID', query: customersList, variables: () => ({ a: cursorOf('GPC:S:abc') }), field: 'after', path: 'customers' },
  {
    name: 'a nested connection cursor (contacts)',
    query: `query($a: String) { customers { edges { node { contacts(after: $a) { edges { cursor } } } } } }`,
    variables: () => ({ a: 'garbage' }),
    field: 'contacts(after)',
    path: 'customers',
  },
  {
    name: 'a before cursor in a literal',
    query: `{ customers(before: "bm90IGEgY3Vyc29y", last: 2) { totalCount } }`,
    variables: () => ({}),
    field: 'before',
    path: 'customers',
  },
];

describe('query arguments: BAD_USER_INPUT naming the argument, on both read paths', () => {
  it.each(queryCases)('$name', async ({ query, variables, field, path }) => {
    for (const app of [h.app, plain]) {
      const { r, text } = await post(app, query, variables(), c.adminToken);
      expectNoInternalError(text, r);
      expect(text.length).toBeLessThan(1000);
      expect(r.errors).toHaveLength(1);
      expect(r.errors![0]).toMatchObject({ path: [path], extensions: { code: 'BAD_USER_INPUT', field } });
      expect(r.errors![0]!.message.startsWith(`${field}: `)).toBe(true);
    }
    // Both paths answer alike.
    const viaSql = await post(h.app, query, variables(), c.adminToken);
    const viaResolvers = await post(plain, query, variables(), c.adminToken);
    expect(viaSql.text).toBe(viaResolvers.text);
  });

  it('a cursor this API issued still pages, and one of a row that is gone gives an empty page', async () => {
    const first = await post(h.app, customersList, {}, c.adminToken);
    const edges = (first.r.data!.customers as { edges: { cursor: string }[] }).edges;
    expect(edges.length).toBeGreaterThan(0);
    const next = await post(h.app, customersList, { a: edges[0]!.cursor }, c.adminToken);
    expect(next.r.errors).toBeUndefined();
    const gone = await post(h.app, invoicesList, { a: cursorOf('GPC:S:00000000-0000-4000-8000-000000000000') }, c.adminToken);
    expect(gone.r.errors).toBeUndefined();
    expect((gone.r.data!.invoices as { edges: unknown[] }).edges).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Ids: a short typed error that does not echo the input.

describe('ids', () => {
  it.each([
    ['a 900 kB id', HUGE],
    ['a long id of a valid shape', cursorOf(`${'A'.repeat(5000)}:00000000-0000-4000-8000-000000000000`)],
    ['an id that is not base64 of Type:uuid', 'not-an-id'],
  ])('%s', async (_name, id) => {
    const { r, text } = await post(h.app, `query($id: ID!) { customer(id: $id) { id } }`, { id }, c.adminToken);
    expectNoInternalError(text, r);
    expect(text.length).toBeLessThan(500);
    expect(r.errors).toHaveLength(1);
    expect(r.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0]!.message).toMatch(/is not a valid ID/);
  });

  it('a 900 kB id in a mutation input', async () => {
    const { r, text } = await post(
      h.app,
      `mutation($i: UpdateCustomerInput!) { updateCustomer(input: $i) { ${RESULT} } }`,
      { i: { id: HUGE, name: 'x' } },
      c.adminToken,
    );
    expectNoInternalError(text, r);
    expect(text.length).toBeLessThan(500);
  });
});
