// Property: no input, however hostile, makes any mutation answer with a masked
// INTERNAL_SERVER_ERROR. Every mutation and its argument types are read from the schema itself
// (a new mutation is covered without touching this file); values are generated from the input
// types: hostile strings (NUL, lone surrogates, 10k characters, RTL overrides, SQL-ish text),
// extreme and malformed numbers and decimals, dates out of range, bad ids, wrong enum values,
// nulls. Run through yoga as an administrator, with a fixed seed and a bounded number of runs.
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
} from 'graphql';
import { schema } from '../../src/schema.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

const h = useHarness();

const SEED = 20261122;
/** Runs per mutation; the file stays well under a minute on the embedded database. */
const RUNS = Number(process.env.INPUT_PROPERTY_RUNS ?? 8);
const MAX_DEPTH = 3;

const uuid = '00000000-0000-4000-8000-000000000000';
const gid = (type: string, id = uuid) => Buffer.from(`${type}:${id}`).toString('base64');

const hostileString = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a\u0000b',
    '\u0000',
    '\ud800',
    'x\udfffy',
    '\u202Eevil\u202C',
    '\'; DROP TABLE "Customer"; --',
    '%_\\',
    '0000-01-01',
    '+275760-09-13T00:00:00.000Z',
    '1e400',
    'NaN',
    '-0',
    '99999999999999999999.999999',
    'R1BDOlM6YWJj',
    'not-an-id',
  ),
  fc.constant('x'.repeat(10_000)),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
);

const extremeNumber = fc.oneof(
  fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 1e308, -1e308, 0.1, 1.5),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const decimalText = fc.oneof(
  fc.constantFrom(
    '0',
    '-0',
    '1',
    '-1',
    '0.005',
    '12345678901',
    '1234567890123',
    '999999999999.99',
    '-999999999999.99',
    '9999999999.9999',
    '100',
    '1000',
    '25',
    '1e5',
    '',
  ),
  fc.integer({ min: -1e9, max: 1e9 }).map(String),
);

const dateText = fc.oneof(
  fc.constantFrom('0000-01-01', '1899-12-31', '1900-01-01', '2026-02-29', '2024-02-29', '2999-12-31', '3000-01-01', '9999-12-31', '2026-13-01', '2026-1-1'),
  fc.date({ min: new Date('1950-01-01'), max: new Date('2100-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const dateTimeText = fc.constantFrom('+275760-09-13T00:00:00.000Z', '0000-01-01T00:00:00Z', '2026-11-22T08:30:00.000Z', 'yesterday', '2999-12-31T23:59:59Z');

/** A value for an input type (nulls and wrong types included), or `undefined` to leave it out. */
function valueFor(type: GraphQLInputType, depth: number): fc.Arbitrary<unknown> {
  const nullable = !isNonNullType(type);
  const inner = getNullableType(type) as GraphQLInputType;
  let arb: fc.Arbitrary<unknown>;
  if (isListType(inner)) {
    arb = depth >= MAX_DEPTH ? fc.constant([]) : fc.array(valueFor(inner.ofType, depth + 1), { maxLength: 3 });
  } else if (isInputObjectType(inner)) {
    if (depth >= MAX_DEPTH) arb = fc.constant({});
    else {
      const fields = Object.values(inner.getFields());
      const required = Object.fromEntries(fields.filter((f) => isNonNullType(f.type)).map((f) => [f.name, valueFor(f.type, depth + 1)]));
      const optional = Object.fromEntries(fields.filter((f) => !isNonNullType(f.type)).map((f) => [f.name, valueFor(f.type, depth + 1)]));
      arb = fc.record({ ...required, ...optional }, { requiredKeys: Object.keys(required) });
    }
  } else if (isEnumType(inner)) {
    arb = fc.oneof(fc.constantFrom(...inner.getValues().map((v) => v.name)), fc.constantFrom('NOT_A_VALUE', 'x'.repeat(500)));
  } else if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        // Mostly ids of real rows (so the input gets past the lookups), some of none, some bad.
        arb = fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...realIds) },
          { weight: 1, arbitrary: fc.constantFrom(gid('Customer'), gid('Nope'), gid('Customer', 'not-a-uuid'), 'x'.repeat(10_000), 'a\u0000') },
          { weight: 1, arbitrary: hostileString },
        );
        break;
      case 'Int':
        arb = fc.oneof(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), extremeNumber);
        break;
      case 'Float':
        arb = extremeNumber;
        break;
      case 'Boolean':
        arb = fc.oneof(fc.boolean(), fc.constant('true'));
        break;
      case 'Money':
      case 'Decimal':
        arb = fc.oneof(decimalText, extremeNumber);
        break;
      case 'Date':
        arb = fc.oneof(dateText, hostileString);
        break;
      case 'DateTime':
        arb = fc.oneof(dateTimeText, hostileString);
        break;
      case 'JSON':
        arb = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.dictionary(fc.string({ maxLength: 8 }), hostileString, { maxKeys: 3 }), hostileString);
        break;
      case 'File':
        arb = fc.constant(null);
        break;
      default:
        arb = hostileString;
    }
  } else {
    arb = fc.constant(null);
  }
  return nullable ? fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }) : arb;
}

const mutations = Object.values(schema.getMutationType()!.getFields())
  .filter((f) => !f.args.some((a) => getNamedType(a.type).name === 'File'))
  .sort((a, b) => a.name.localeCompare(b.name));

function documentFor(name: string, args: readonly GraphQLArgument[]): string {
  const defs = args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `mutation ${defs ? `(${defs})` : ''} { ${name}${uses ? `(${uses})` : ''} { __typename } }`;
}

let c: TestCompany;
/** Global ids of real rows of the test company: a customer, a project, an invoice with a line. */
const realIds: string[] = [];

async function post(query: string, variables: Record<string, unknown>) {
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${c.adminToken}` },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, text: await res.text() };
}

async function create(mutation: string, input: Record<string, unknown>, extra = ''): Promise<string> {
  const r = await post(`mutation($i: ${input.__type}) { ${mutation}(${extra}input: $i) { __typename ... on ${input.__success} { data { id } } } }`, {
    i: Object.fromEntries(Object.entries(input).filter(([k]) => !k.startsWith('__'))),
  });
  const id = (JSON.parse(r.text) as { data: Record<string, { data?: { id: string } }> }).data[mutation]?.data?.id;
  if (!id) throw new Error(`${mutation}: ${r.text}`);
  realIds.push(id);
  return id;
}

beforeAll(async () => {
  c = await h.company();
  const customerId = await create('createCustomer', { __type: 'CreateCustomerInput!', __success: 'MutationCreateCustomerSuccess', name: 'Kund AB' });
  const projectId = await create('createProject', { __type: 'CreateProjectInput!', __success: 'MutationCreateProjectSuccess', name: 'Projekt', customerId });
  const invoiceId = await create('createInvoice', {
    __type: 'CreateInvoiceInput!',
    __success: 'MutationCreateInvoiceSuccess',
    projectId,
    lines: [{ description: 'Arbete', quantity: '2', unitPrice: '500' }],
  });
  const lines = await h.prisma.invoiceLine.findMany({ where: { invoiceId: Buffer.from(invoiceId, 'base64').toString().split(':')[1] } });
  for (const l of lines) realIds.push(gid('InvoiceLine', l.id));
});

describe('every mutation, hostile input: never INTERNAL_SERVER_ERROR', () => {
  it('covers every mutation of the schema (except uploads)', () => {
    expect(mutations.length).toBeGreaterThan(60);
  });

  it('answers every generated input with data or a typed error', async () => {
    const failures: string[] = [];
    for (const m of mutations) {
      const query = documentFor(m.name, m.args);
      const variables = fc.record(Object.fromEntries(m.args.map((a) => [a.name, valueFor(a.type, 0)])));
      await fc
        .assert(
          fc.asyncProperty(variables, async (vars) => {
            const { status, text } = await post(query, vars);
            if (status >= 500 || text.includes('INTERNAL_SERVER_ERROR') || text.includes('Unexpected error.')) {
              failures.push(`${m.name} ${JSON.stringify(vars).slice(0, 300)} → ${text.slice(0, 300)}`);
              return false;
            }
            return true;
          }),
          { seed: SEED, numRuns: RUNS, endOnFailure: true },
        )
        .catch(() => undefined);
    }
    expect(failures).toEqual([]);
  }, 120_000);
});
