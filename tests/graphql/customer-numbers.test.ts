// Automatic customer numbers from the company's counter: concurrent creations never collide,
// numbers given by hand (or imported) are skipped, the import numbers through the same counter,
// and the company's start and length settings still apply. Races run on PostgreSQL only.
import { describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { graphql } from '../gql/index.js';
import { useHarness } from '../helpers/harness.js';
import { csv } from '../helpers/spreadsheets.js';

const h = useHarness();

const NumCreate = graphql(`
  mutation NumCreate($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on MutationCreateCustomerSuccess { data { id number } }
      ... on Error { code path message }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const NumDelete = graphql(`mutation NumDelete($id: ID!) { deleteCustomer(id: $id) { __typename } }`);
const NumSettings = graphql(`
  mutation NumSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename } }
`);
const NumImport = graphql(`
  mutation NumImport($file: File!, $mode: ImportMode) {
    importCustomers(file: $file, mode: $mode) {
      __typename
      ... on MutationImportCustomersSuccess { data { committed created rows { customerNumber outcome } } }
      ... on Error { code message }
    }
  }
`);

async function create(token: string, input: { name: string; number?: string }) {
  return (await h.data(NumCreate, { input }, token)).createCustomer;
}

async function number(token: string, input: { name: string; number?: string }): Promise<string> {
  const r = await create(token, input);
  if (r.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(r));
  return r.data.number;
}

async function importNames(token: string, rows: string[][], mode: 'PREVIEW' | 'VALID_ROWS' = 'VALID_ROWS') {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(NumImport), variables: { file: null, mode } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(csv([['Kundnummer', 'Namn'], ...rows]))]), 'kunder.csv');
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'graphql-preflight': '1' },
    body: form,
  });
  const body = (await res.json()) as {
    data?: {
      importCustomers: { __typename: string; data?: { committed: boolean; created: number; rows: { customerNumber: string | null; outcome: string }[] } };
    };
  };
  const r = body.data?.importCustomers;
  if (!r?.data) throw new Error(JSON.stringify(body));
  return r.data;
}

describe('automatic customer numbers', () => {
  it('continues from the counter, skipping numbers given by hand, and never reuses a deleted customer’s number', async () => {
    const c = await h.company();
    expect(await number(c.adminToken, { name: 'A' })).toBe('1000');
    expect(await number(c.adminToken, { name: 'B', number: '1001' })).toBe('1001');
    expect(await number(c.adminToken, { name: 'C' })).toBe('1002');
    expect(await number(c.adminToken, { name: 'D', number: '5000' })).toBe('5000');
    expect(await number(c.adminToken, { name: 'E', number: 'K-9' })).toBe('K-9');
    const f = await create(c.adminToken, { name: 'F' });
    expect(f).toMatchObject({ data: { number: '5001' } });
    if (f.__typename !== 'MutationCreateCustomerSuccess') throw new Error();
    expect((await h.data(NumDelete, { id: f.data.id }, c.adminToken)).deleteCustomer.__typename).toBe('MutationDeleteCustomerSuccess');
    expect(await number(c.adminToken, { name: 'G' })).toBe('5002');
    // A number given by hand that is taken is still refused.
    expect(await create(c.adminToken, { name: 'H', number: '1002' })).toMatchObject({ __typename: 'ConflictError', code: 'NUMBER_TAKEN', path: 'number' });
  });

  it('keeps the start and length settings, and refuses when no number fits the maximum length', async () => {
    const c = await h.company();
    expect(
      (await h.data(NumSettings, { input: { customerNumberMinLength: 3, customerNumberMaxLength: 3, customerNumberStart: 7 } }, c.adminToken))
        .updateCompanySettings.__typename,
    ).toBe('MutationUpdateCompanySettingsSuccess');
    expect(await number(c.adminToken, { name: 'A' })).toBe('007');
    expect(await number(c.adminToken, { name: 'B', number: '999' })).toBe('999');
    expect(await create(c.adminToken, { name: 'C' })).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'number', code: 'required' }] });
    // A raised start number applies at once.
    await h.data(NumSettings, { input: { customerNumberMaxLength: 6, customerNumberStart: 20000 } }, c.adminToken);
    expect(await number(c.adminToken, { name: 'D' })).toBe('20000');
  });

  it('numbers imported customers from the same counter, and a preview takes no numbers', async () => {
    const c = await h.company();
    expect(await number(c.adminToken, { name: 'A' })).toBe('1000');
    const preview = await importNames(c.adminToken, [['', 'Förhandsvisad']], 'PREVIEW');
    expect(preview).toMatchObject({ committed: false, rows: [{ customerNumber: '1001', outcome: 'CREATE' }] });
    const imported = await importNames(c.adminToken, [
      ['', 'Importerad 1'],
      ['', 'Importerad 2'],
      ['3000', 'Med nummer'],
    ]);
    expect(imported).toMatchObject({ committed: true, created: 3 });
    expect(imported.rows.map((r) => r.customerNumber)).toEqual(['3001', '3002', '3000']);
    expect(await number(c.adminToken, { name: 'B' })).toBe('3003');
    // After an import of numbered rows only, the next automatic number continues above them.
    await importNames(c.adminToken, [['4000', 'Fyratusen']]);
    expect(await number(c.adminToken, { name: 'C' })).toBe('4001');
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('50 concurrent creations without a number all succeed with distinct numbers', { timeout: 120_000 }, async () => {
    const c = await h.company();
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => create(c.adminToken, { name: `Parallel ${i}` })));
    const failures = results.filter((r) => r.__typename !== 'MutationCreateCustomerSuccess');
    expect(failures).toEqual([]);
    const numbers = results.map((r) => (r.__typename === 'MutationCreateCustomerSuccess' ? r.data.number : '')).sort();
    expect(numbers).toEqual(Array.from({ length: 50 }, (_, i) => String(1000 + i)));
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)('an import and concurrent creations share the counter without collisions', { timeout: 120_000 }, async () => {
    const c = await h.company();
    const rows = Array.from({ length: 1000 }, (_, i) => ['', `Importerad ${i}`]);
    let importing = true;
    const imported = importNames(c.adminToken, rows).finally(() => (importing = false));
    // Five streams creating customers one after the other for as long as the import runs.
    const streams = Array.from({ length: 5 }, async (_, s) => {
      const results = [];
      for (let i = 0; importing || i === 0; i++) results.push(await create(c.adminToken, { name: `Parallel ${s}.${i}` }));
      return results;
    });
    expect(await imported).toMatchObject({ committed: true, created: 1000 });
    const created = (await Promise.all(streams)).flat();
    expect(created.filter((r) => r.__typename !== 'MutationCreateCustomerSuccess')).toEqual([]);
    const all = await h.prisma.customer.findMany({ where: { companyId: c.companyId }, select: { number: true } });
    expect(all).toHaveLength(1000 + created.length);
    expect(new Set(all.map((x) => x.number)).size).toBe(all.length);
  });
});
