// Importing and exporting customers and contacts through the API: GraphQL multipart uploads
// (importCustomers, importContacts), the template and export downloads, and the command line.
// Every file is a real file generated here (exceljs, CSV in three encodings, an encrypted
// workbook); nothing is mocked.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { print } from 'graphql';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql/index.js';
import type { ImpCustomersMutation, ImportMode } from '../gql/graphql.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { csv, encrypted, readXlsx, xlsx, type CellInput } from '../helpers/spreadsheets.js';
import { randomUUID } from 'node:crypto';
import { luhnCheckDigit } from '../../src/modules/customers/identity-numbers.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { bulkInsert } from '../../src/db/bulk-insert.js';
import { parseArgs, runImportCli } from '../../src/scripts/import-cli.js';

const h = useHarness();

const ImpCustomers = graphql(`
  mutation ImpCustomers($file: File!, $mode: ImportMode) {
    importCustomers(file: $file, mode: $mode) {
      __typename
      ... on MutationImportCustomersSuccess {
        data {
          mode committed message format encoding sheet headerRow totalRows created updated unchanged errorRows unknownColumns
          columns { header field }
          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const ImpContacts = graphql(`
  mutation ImpContacts($file: File!, $mode: ImportMode) {
    importContacts(file: $file, mode: $mode) {
      __typename
      ... on MutationImportContactsSuccess {
        data {
          mode committed message totalRows created updated unchanged errorRows unknownColumns
          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);

const ImpErrorRows = graphql(`
  mutation ImpErrorRows($file: File!) {
    importCustomers(file: $file) {
      ... on MutationImportCustomersSuccess { data { totalRows rows(outcomes: [ERROR], first: 2) { row outcome } } }
    }
  }
`);

const ImpCustomer = graphql(`
  query ImpCustomer($number: String!) {
    customerByNumber(number: $number) {
      id number name type organisationNumber personalIdentityNumber vatNumber phone email active modifiedBy
      invoiceAddress { address1 postcode city countryCode }
      mailAddress { address1 postcode city }
      paymentTerm { code }
      assignedUser { signature }
      customFields { key value }
      contacts(first: 20) {
        totalCount
        edges { node { id name personalIdentityNumber brfOrganisationNumber apartmentNumber propertyDesignation phone mobile email isMainContact } }
      }
    }
  }
`);

const ImpCount = graphql(`
  query ImpCount { customers(first: 1) { totalCount } }
`);

const ImpField = graphql(`
  mutation ImpField($input: CreateCustomFieldDefinitionInput!) {
    createCustomFieldDefinition(input: $input) { __typename }
  }
`);

const ImpAssign = graphql(`
  mutation ImpAssign($id: ID!, $userId: ID) {
    assignCustomer(id: $id, userId: $userId) { __typename }
  }
`);

const ImpMe = graphql(`
  query ImpMe { me { id signature } }
`);

type ImportResult = Extract<ImpCustomersMutation['importCustomers'], { __typename: 'MutationImportCustomersSuccess' }>['data'];
type Row = ImportResult['rows'][number];

/** Sends a file as a GraphQL multipart request (the spec graphql-yoga implements). */
async function upload<R>(doc: TypedDocumentNode<R, { file: unknown; mode?: ImportMode | null }>, file: Buffer, name: string, token: string, mode?: ImportMode) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(doc), variables: { file: null, mode: mode ?? null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(file)]), name);
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'graphql-preflight': '1' },
    body: form,
  });
  const body = (await res.json()) as { data?: R; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function importCustomers(file: Buffer, token: string, mode?: ImportMode, name = 'kunder.xlsx') {
  return (await upload(ImpCustomers, file, name, token, mode)).importCustomers;
}
async function importContacts(file: Buffer, token: string, mode?: ImportMode, name = 'kontakter.xlsx') {
  return (await upload(ImpContacts, file, name, token, mode)).importContacts;
}
/** The result of a successful import, or a test failure naming what came back instead. */
function ok<T extends { __typename?: string }>(r: T): Extract<T, { data: unknown }>['data'] {
  if (!r.__typename?.endsWith('Success')) throw new Error(`import failed: ${JSON.stringify(r)}`);
  return (r as unknown as { data: never }).data;
}
const outcomes = (rows: readonly Row[]) => rows.map((r) => `${r.row}:${r.outcome}`);
const errorsOf = (rows: readonly Pick<Row, 'errors'>[]) => rows.flatMap((r) => r.errors.map((e) => `${e.row}|${e.column}|${e.code}`));

async function download(path: string, token: string | null) {
  const res = await h.app.fetch(`http://test.local${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}

const org = (nine: string) => `${nine.slice(0, 6)}-${nine.slice(6)}${luhnCheckDigit(nine)}`;
const ORG_NORRBYGG = org('556701234');
const ORG_UTAN = org('556812345');
const ORG_VICTIM = org('559034567');
const PNR_ANNA = '20000101-2384'; // Skatteverket test number
const PNR_MARIA = '20000301-2382';
const BRF = '717600-4583';

let a: TestCompany;
const count = async (token = a.adminToken) => (await h.data(ImpCount, {}, token)).customers.totalCount;

beforeAll(async () => {
  a = await h.company('Import AB');
  await h.data(ImpField, { input: { key: 'floor', label: 'Våning', type: 'NUMBER' } }, a.adminToken);
  await h.data(ImpField, { input: { key: 'inspected', label: 'Besiktad', type: 'DATE' } }, a.adminToken);
});

// Limits a test sets in the environment (read at each import), restored after it. Set by hand
// rather than with vitest's env stubs, so the file shares its worker's loaded modules with the
// other files (tests/setup/isolation.ts).
const envBefore = new Map<string, string | undefined>();
function setEnv(name: string, value: string): void {
  if (!envBefore.has(name)) envBefore.set(name, process.env[name]);
  process.env[name] = value;
}
afterEach(() => {
  for (const [name, value] of envBefore) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  envBefore.clear();
});

const byNumber = async (number: string, token = a.adminToken) => (await h.data(ImpCustomer, { number }, token)).customerByNumber;

describe('importing customers', () => {
  // Swedish and English headers, in no particular order, a custom field, an unknown column.
  const header: CellInput[] = [
    'Namn',
    'Customer number',
    'Kundtyp',
    'Organisationsnummer',
    'Personnummer',
    'Postnummer',
    'City',
    'Telefon',
    'E-post',
    'Betalningsvillkor',
    'Våning',
    'Besiktad',
    'Favoritfärg',
    'Postadress',
    'Mail postcode',
  ];
  const rows: CellInput[][] = [
    header,
    [
      'Norrbygg AB',
      '5001',
      'Företag',
      ORG_NORRBYGG,
      '',
      '903 25',
      'Umeå',
      '090-12 34 56',
      'INFO@NORRBYGG.SE',
      '30',
      '3',
      new Date(Date.UTC(2024, 4, 1)),
      'blå',
      'Box 40',
      '90105',
    ],
    ['Anna Lindqvist', '5002', 'Privat', '', PNR_ANNA, '72231', 'Västerås', '', 'anna@example.se', '', '', '', '', '', ''],
    // No number: the next free number (above the highest in the database and in the file).
    ['Utan Nummer AB', '', 'Company', ORG_UTAN, '', '', '', '', '', '', '', '', '', '', ''],
  ];
  let file: Buffer;
  beforeAll(async () => {
    file = await xlsx(rows, { numFmt: { L2: 'yyyy-mm-dd' } });
  });

  it('previews every row without writing anything', async () => {
    const r = ok(await importCustomers(file, a.adminToken));
    expect(r).toMatchObject({ mode: 'PREVIEW', committed: false, format: 'XLSX', sheet: 'Kunder', headerRow: 1, totalRows: 3, created: 3, errorRows: 0 });
    expect(r.unknownColumns).toEqual(['Favoritfärg']);
    expect(r.columns.find((c) => c.header === 'City')?.field).toBe('invoiceCity');
    expect(outcomes(r.rows)).toEqual(['2:CREATE', '3:CREATE', '4:CREATE']);
    expect(r.rows[2]).toMatchObject({ customerNumber: '5003', name: 'Utan Nummer AB', id: null });
    expect(r.rows[0]!.changes).toContainEqual({ field: 'email', column: 'E-post', from: null, to: 'info@norrbygg.se' });
    expect(await count()).toBe(0);
  });

  it('commits all or nothing, normalising values as the register does', async () => {
    const r = ok(await importCustomers(file, a.adminToken, 'ALL_OR_NOTHING'));
    expect(r).toMatchObject({ committed: true, created: 3, errorRows: 0 });
    expect(r.rows.every((x) => x.id)).toBe(true);
    expect(await count()).toBe(3);
    expect(await byNumber('5001')).toMatchObject({
      name: 'Norrbygg AB',
      type: 'COMPANY',
      organisationNumber: ORG_NORRBYGG,
      email: 'info@norrbygg.se',
      phone: '090-12 34 56',
      modifiedBy: (await h.data(ImpMe, {}, a.adminToken)).me.signature,
      invoiceAddress: { postcode: '903 25', city: 'Umeå', countryCode: 'SE' },
      mailAddress: { address1: 'Box 40', postcode: '901 05', city: null },
      paymentTerm: { code: '30' },
      customFields: [
        { key: 'floor', value: '3' },
        { key: 'inspected', value: '2024-05-01' },
      ],
    });
    expect(await byNumber('5002')).toMatchObject({
      type: 'PRIVATE',
      personalIdentityNumber: PNR_ANNA,
      invoiceAddress: { postcode: '722 31' },
      mailAddress: null,
    });
    expect(await byNumber('5003')).toMatchObject({ name: 'Utan Nummer AB', organisationNumber: ORG_UTAN });
  });

  it('importing the same file again leaves every row unchanged (a row without a number is matched on its organisation number)', async () => {
    const r = ok(await importCustomers(file, a.adminToken, 'ALL_OR_NOTHING'));
    expect(outcomes(r.rows)).toEqual(['2:UNCHANGED', '3:UNCHANGED', '4:UNCHANGED']);
    expect(r.rows[2]!.customerNumber).toBe('5003');
    expect(await count()).toBe(3);
  });

  it('reports the changed fields of an update; a missing column leaves its field alone, an empty cell clears it', async () => {
    const edit = await xlsx([
      ['Kundnummer', 'Telefon', 'Ort'],
      ['5001', '', 'Skellefteå'],
    ]);
    const preview = ok(await importCustomers(edit, a.adminToken));
    expect(preview.rows[0]).toMatchObject({ outcome: 'UPDATE', customerNumber: '5001' });
    expect(preview.rows[0]!.changes).toEqual([
      { field: 'invoiceCity', column: 'Ort', from: 'Umeå', to: 'Skellefteå' },
      { field: 'phone', column: 'Telefon', from: '090-12 34 56', to: null },
    ]);
    ok(await importCustomers(edit, a.adminToken, 'VALID_ROWS'));
    expect(await byNumber('5001')).toMatchObject({ name: 'Norrbygg AB', phone: null, invoiceAddress: { city: 'Skellefteå', postcode: '903 25' } });
  });

  it('all-or-nothing writes nothing when a row is invalid; valid-rows-only writes the others', async () => {
    const f = await xlsx([
      ['Kundnummer', 'Namn', 'Organisationsnummer'],
      ['5101', 'Giltig AB', ORG_NORRBYGG],
      ['5102', 'Ogiltig AB', '556701-2340'],
    ]);
    const all = ok(await importCustomers(f, a.adminToken, 'ALL_OR_NOTHING'));
    expect(all).toMatchObject({ committed: false, created: 1, errorRows: 1 });
    expect(all.message).toMatch(/Nothing was imported/);
    expect(await byNumber('5101')).toBeNull();
    const valid = ok(await importCustomers(f, a.adminToken, 'VALID_ROWS'));
    expect(valid).toMatchObject({ committed: true, created: 1, errorRows: 1 });
    expect(errorsOf(valid.rows)).toEqual(['3|Organisationsnummer|check_digit']);
    expect(valid.rows[1]!.errors[0]!.message).toMatch(/check digit/);
    expect(await byNumber('5101')).toMatchObject({ name: 'Giltig AB' });
    expect(await byNumber('5102')).toBeNull();
  });

  it('explains what Excel did to each bad cell: row, column and message', async () => {
    const f = await xlsx(
      [
        ['Kundnummer', 'Namn', 'Personnummer', 'Kundtyp', 'Telefon', 'Besiktad', 'Fakturaadress 2'],
        ['6001', { formula: '"Acme"&" AB"', result: 'Acme AB' }],
        ['6002', 'Datum AB', null, null, null, 45292],
        ['6003', 'Nolla Borta', 1012384, 'Privat'], // 000101-2384 typed without '-'
        ['6004', 'Decimal Person', 850412.2384, 'Privat'],
        ['6005', 'Telefon AB', null, null, 701234567],
        ['6006', 'Lägenhet AB', null, null, null, null, new Date(Date.UTC(2024, 2, 4))], // "4/3" became a date
        ['6007', 'Dubblett Ett'],
        ['6007', 'Dubblett Två'],
        ['6008', 'Fel Kontrollsiffra', '20000101-2385', 'Privat'],
        ['6009', 'Okej AB'],
      ],
      { numFmt: { G7: 'yyyy-mm-dd' } },
    );
    const r = ok(await importCustomers(f, a.adminToken, 'VALID_ROWS'));
    expect(errorsOf(r.rows)).toEqual([
      '2|Namn|formula',
      '3|Besiktad|date_as_number',
      '4|Personnummer|lost_leading_zero',
      '5|Personnummer|number_float',
      '6|Telefon|lost_leading_zero',
      '7|Fakturaadress 2|unexpected_date',
      '8|Kundnummer|duplicate',
      '9|Kundnummer|duplicate',
      '10|Personnummer|check_digit',
    ]);
    const message = (row: number) => r.rows.find((x) => x.row === row)!.errors[0]!.message;
    expect(message(3)).toContain('2024-01-01');
    expect(message(4)).toContain('000101-2384');
    expect(message(8)).toContain('rows 8 and 9');
    expect(r).toMatchObject({ committed: true, created: 1, errorRows: 9 });
    expect(await byNumber('6009')).toMatchObject({ name: 'Okej AB' });
    expect(await byNumber('6007')).toBeNull();
  });

  it('lists only the rows asked for', async () => {
    const f = await xlsx([
      ['Kundnummer', 'Namn'],
      ['7101', ''],
      ['7102', ''],
      ['7103', ''],
      ['7104', 'Ok'],
    ]);
    const r = (await upload(ImpErrorRows, f, 'k.xlsx', a.adminToken)).importCustomers;
    expect(r).toEqual({
      data: {
        totalRows: 4,
        rows: [
          { row: 2, outcome: 'ERROR' },
          { row: 3, outcome: 'ERROR' },
        ],
      },
    });
  });

  it.each(['utf-8-bom', 'utf-8', 'windows-1252'] as const)('reads CSV in %s as Swedish Excel saves it', async (encoding) => {
    const n = { 'utf-8-bom': '5201', 'utf-8': '5202', 'windows-1252': '5203' }[encoding];
    const f = csv(
      [
        ['Kundnummer', 'Namn', 'Ort', 'Kundtyp'],
        [n, 'Åkesson & Öberg AB', 'Västerås', 'Företag'],
      ],
      encoding,
    );
    const r = ok(await importCustomers(f, a.adminToken, 'ALL_OR_NOTHING', 'kunder.csv'));
    expect(r).toMatchObject({ format: 'CSV', encoding: encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8', created: 1 });
    expect(await byNumber(n)).toMatchObject({ name: 'Åkesson & Öberg AB', invoiceAddress: { city: 'Västerås' } });
  });
});

describe('files that cannot be imported write nothing and say why', () => {
  const good = () =>
    xlsx([
      ['Kundnummer', 'Namn'],
      ['8001', 'Ska inte skapas AB'],
      ['8002', 'Inte heller AB'],
      ['8003', 'C AB'],
      ['8004', 'D AB'],
    ]);

  async function refused(file: Buffer | Promise<Buffer>, name = 'kunder.xlsx') {
    const before = await count();
    const r = await importCustomers(await file, a.adminToken, 'VALID_ROWS', name);
    expect(await count()).toBe(before);
    if (r.__typename !== 'ValidationError') throw new Error(`expected a ValidationError, got ${JSON.stringify(r)}`);
    expect(r.path).toBe('file');
    return r.issues[0]!;
  }

  it('not a spreadsheet', async () => {
    expect(await refused(Buffer.from('%PDF-1.7\n1 0 obj << >> endobj\n'), 'kunder.pdf')).toMatchObject({
      code: 'not_a_spreadsheet',
      message: expect.stringContaining('PDF'),
    });
  });

  it('a password-protected workbook (really encrypted, ECMA-376 agile)', async () => {
    expect((await refused(encrypted(await good()))).code).toBe('encrypted');
  });

  it('a damaged (truncated) workbook', async () => {
    const buf = await good();
    expect((await refused(buf.subarray(0, Math.floor(buf.length * 0.7)))).code).toBe('corrupt');
  });

  it('merged header cells', async () => {
    const f = xlsx(
      [
        ['Kundnummer', 'Namn', ''],
        ['8001', 'A', 'B'],
      ],
      { merges: ['B1:C1'] },
    );
    expect(await refused(f)).toMatchObject({ code: 'merged_header', message: expect.stringContaining('B1:C1') });
  });

  it('over the size limit (IMPORT_MAX_BYTES)', async () => {
    setEnv('IMPORT_MAX_BYTES', '2000');
    expect(await refused(good())).toMatchObject({ code: 'too_large', message: expect.stringContaining('largest file accepted') });
  });

  it('over the row limit (IMPORT_MAX_ROWS), even though the first rows were fine', async () => {
    setEnv('IMPORT_MAX_ROWS', '3');
    expect(await refused(good())).toMatchObject({ code: 'too_many_rows', message: expect.stringContaining('more than 3 rows') });
  });

  it('no recognisable header', async () => {
    expect(
      (
        await refused(
          xlsx([
            ['Foo', 'Bar'],
            ['1', '2'],
          ]),
        )
      ).code,
    ).toBe('no_header');
  });
});

describe('importing contacts', () => {
  const header = [
    'Kundnummer',
    'Namn',
    'Person-/orgnr',
    'BRF organisationsnummer',
    'Lägenhetsnummer',
    'Fastighetsbeteckning',
    'Telefon',
    'Mobil',
    'E-post',
    'Huvudkontakt',
  ];
  let file: Buffer;
  beforeAll(async () => {
    ok(
      await importCustomers(
        await xlsx([
          ['Kundnummer', 'Namn', 'Kundtyp'],
          ['7001', 'Lindqvist', 'Privat'],
          ['7002', 'Karlsson', 'Privat'],
        ]),
        a.adminToken,
        'ALL_OR_NOTHING',
      ),
    );
    file = await xlsx(
      [
        header,
        ['7001', 'Anna Lindqvist', PNR_ANNA, '', '', 'västerås björken 3:14', '021-123 45', '070-123 45 67', 'anna@example.se', 'Ja'],
        ['7001', 'Ekonomi', '', '', '', '', '', '', 'ekonomi@example.se', 'Nej'],
        ['7002', 'Maria Karlsson', '200003012382', BRF, '1102', '', '', '', '', 'Ja'],
        ['9999', 'Okänd Kund', '', '', '', '', '', '', '', ''],
        ['7002', 'Nolla Borta', 1012384, '', '', '', '', '', '', ''],
      ],
      { sheetName: 'Kontakter' },
    );
  });

  it('imports contacts keyed by customer number, reporting unknown customers', async () => {
    const r = ok(await importContacts(file, a.adminToken, 'VALID_ROWS'));
    expect(outcomes(r.rows)).toEqual(['2:CREATE', '3:CREATE', '4:CREATE', '5:ERROR', '6:ERROR']);
    expect(errorsOf(r.rows)).toEqual(['5|Kundnummer|unknown_customer', '6|Person-/orgnr|lost_leading_zero']);
    const c1 = await byNumber('7001');
    expect(c1!.contacts.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        name: 'Anna Lindqvist',
        personalIdentityNumber: PNR_ANNA,
        propertyDesignation: 'VÄSTERÅS BJÖRKEN 3:14',
        phone: '021-123 45',
        mobile: '070-123 45 67',
        isMainContact: true,
      }),
      expect.objectContaining({ name: 'Ekonomi', email: 'ekonomi@example.se', isMainContact: false }),
    ]);
    const c2 = await byNumber('7002');
    expect(c2!.contacts.edges[0]!.node).toMatchObject({
      name: 'Maria Karlsson',
      personalIdentityNumber: PNR_MARIA,
      brfOrganisationNumber: BRF,
      apartmentNumber: '1102',
    });
  });

  it('importing the same contacts again changes nothing', async () => {
    const r = ok(await importContacts(file, a.adminToken, 'VALID_ROWS'));
    expect(outcomes(r.rows)).toEqual(['2:UNCHANGED', '3:UNCHANGED', '4:UNCHANGED', '5:ERROR', '6:ERROR']);
    expect((await byNumber('7001'))!.contacts.totalCount).toBe(2);
  });

  it('matches a contact by its person number and updates it; making another contact main clears the old main', async () => {
    const f = await xlsx([
      header,
      ['7001', 'Anna Lindqvist-Berg', PNR_ANNA, '', '', 'VÄSTERÅS BJÖRKEN 3:14', '', '', '', 'Nej'],
      ['7001', 'Ekonomi', '', '', '', '', '', '', '', 'Ja'],
    ]);
    const r = ok(await importContacts(f, a.adminToken, 'ALL_OR_NOTHING'));
    expect(r.rows[0]).toMatchObject({ outcome: 'UPDATE' });
    expect(r.rows[0]!.changes.map((c) => c.field).sort()).toEqual(['email', 'isMainContact', 'mobile', 'name', 'phone']);
    const contacts = (await byNumber('7001'))!.contacts.edges.map((e) => e.node);
    expect(contacts.map((c) => [c.name, c.isMainContact])).toEqual([
      ['Ekonomi', true],
      ['Anna Lindqvist-Berg', false],
    ]);
  });

  it('refuses two main contacts for one customer and the same contact twice', async () => {
    const f = await xlsx([
      header,
      ['7002', 'Ett', '', '', '', '', '', '', '', 'Ja'],
      ['7002', 'Två', '', '', '', '', '', '', '', 'Ja'],
      ['7002', 'Maria Karlsson', PNR_MARIA, '', '', '', '', '', '', ''],
      ['7002', 'Maria K', PNR_MARIA, '', '', '', '', '', '', ''],
    ]);
    const r = ok(await importContacts(f, a.adminToken));
    expect(errorsOf(r.rows)).toEqual(['2|Huvudkontakt|several_main_contacts', '3|Huvudkontakt|several_main_contacts', '4|null|duplicate', '5|null|duplicate']);
  });
});

describe('templates and export', () => {
  it('the customer template has the header row, a note on every column and drop-down lists', async () => {
    const res = await download('/templates/customers.xlsx', a.adminToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml/);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="importmall-kunder.xlsx"/);
    const t = await readXlsx(res.body);
    expect(t.sheets).toEqual(['Kunder', 'Anvisningar']);
    expect(t.rows[0]!.slice(0, 4)).toEqual(['Kundnummer', 'Namn', 'Kundtyp', 'Organisationsnummer']);
    expect(t.rows[0]).toContain('Våning'); // the company's custom fields
    expect(t.notes.every((n) => !!n)).toBe(true);
    // The list is written for C2:C100001 (exceljs expands it per cell when reading back).
    expect(t.validations.C2).toMatchObject({ type: 'list', formulae: ['"Företag,Privat"'] });
    expect(t.validations.C100001).toMatchObject({ type: 'list' });
    // The template imports as an empty file.
    expect(ok(await importCustomers(res.body, a.adminToken))).toMatchObject({ totalRows: 0 });
    const en = await readXlsx((await download('/templates/customers.xlsx?lang=en', a.adminToken)).body);
    expect(en.rows[0]!.slice(0, 3)).toEqual(['Customer number', 'Name', 'Customer type']);
    const contacts = await readXlsx((await download('/templates/contacts.xlsx', a.adminToken)).body);
    expect(contacts.rows[0]).toEqual([
      'Kundnummer',
      'Kontakt-id',
      'Namn',
      'Person-/orgnr',
      'BRF organisationsnummer',
      'Lägenhetsnummer',
      'Fastighetsbeteckning',
      'Telefon',
      'Mobil',
      'E-post',
      'Huvudkontakt',
      'Skicka serviceprotokoll',
      'Skicka arbetsorder',
    ]);
  });

  it('export → import round-trips: every row unchanged (xlsx and CSV, customers and contacts)', async () => {
    const total = await count();
    for (const format of ['xlsx', 'csv'] as const) {
      const customers = await download(`/export/customers.${format}`, a.adminToken);
      expect(customers.status).toBe(200);
      const r = ok(await importCustomers(customers.body, a.adminToken, 'ALL_OR_NOTHING', `kunder.${format}`));
      expect(r.totalRows).toBe(total);
      expect(r.rows.filter((x) => x.outcome !== 'UNCHANGED')).toEqual([]);
      const contacts = await download(`/export/contacts.${format}`, a.adminToken);
      const c = ok(await importContacts(contacts.body, a.adminToken, 'ALL_OR_NOTHING', `kontakter.${format}`));
      expect(c.totalRows).toBe(3);
      expect(c.rows.filter((x) => x.outcome !== 'UNCHANGED')).toEqual([]);
    }
  });

  it('export → edit in Excel → import changes what was edited', async () => {
    const exported = (await download('/export/customers.xlsx', a.adminToken)).body;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let edited = 0;
    ws.eachRow((row) => {
      if (row.getCell(1).value === '5002') {
        row.getCell(2).value = 'Anna Lindqvist Berg';
        edited++;
      }
    });
    expect(edited).toBe(1);
    const r = ok(await importCustomers(Buffer.from(await wb.xlsx.writeBuffer()), a.adminToken, 'ALL_OR_NOTHING'));
    expect(r.rows.filter((x) => x.outcome !== 'UNCHANGED')).toEqual([
      expect.objectContaining({
        customerNumber: '5002',
        outcome: 'UPDATE',
        changes: [{ field: 'name', column: 'Namn', from: 'Anna Lindqvist', to: 'Anna Lindqvist Berg' }],
      }),
    ]);
  });
});

describe('permissions', () => {
  it('importing needs CUSTOMER_UPLOAD', async () => {
    const u = await h.user(a.companyId, ['CUSTOMER_VIEW', 'CUSTOMER_CREATE', 'CUSTOMER_EDIT']);
    const r = await importCustomers(
      await xlsx([
        ['Kundnummer', 'Namn'],
        ['9001', 'X'],
      ]),
      u.token,
      'VALID_ROWS',
    );
    expect(r).toMatchObject({ __typename: 'ForbiddenError', permission: 'CUSTOMER_UPLOAD' });
  });

  it('rows that create need CUSTOMER_CREATE, rows that change need CUSTOMER_EDIT; unchanged rows need neither', async () => {
    const editor = await h.user(a.companyId, ['CUSTOMER_UPLOAD', 'CUSTOMER_VIEW', 'CUSTOMER_EDIT']);
    const f = await xlsx([
      ['Kundnummer', 'Namn', 'Ort'],
      ['5001', 'Norrbygg AB', 'Luleå'],
      ['9002', 'Ny AB', ''],
      ['5003', 'Utan Nummer AB', ''],
    ]);
    const r = ok(await importCustomers(f, editor.token, 'VALID_ROWS'));
    expect(outcomes(r.rows)).toEqual(['2:UPDATE', '3:ERROR', '4:UNCHANGED']);
    expect(r.rows[1]!.errors[0]).toMatchObject({ code: 'forbidden', message: expect.stringContaining('CUSTOMER_CREATE') });
    const creator = await h.user(a.companyId, ['CUSTOMER_UPLOAD', 'CUSTOMER_VIEW', 'CUSTOMER_CREATE']);
    const r2 = ok(
      await importCustomers(
        await xlsx([
          ['Kundnummer', 'Ort'],
          ['5001', 'Kiruna'],
        ]),
        creator.token,
      ),
    );
    expect(r2.rows[0]!.errors[0]).toMatchObject({ code: 'forbidden', message: expect.stringContaining('CUSTOMER_EDIT') });
    // Setting the assigned user needs the Assign permission.
    const admin = (await h.data(ImpMe, {}, a.adminToken)).me.signature;
    const r3 = ok(
      await importCustomers(
        await xlsx([
          ['Kundnummer', 'Ansvarig'],
          ['5001', admin],
        ]),
        editor.token,
      ),
    );
    expect(errorsOf(r3.rows)).toEqual(['2|Ansvarig|forbidden']);
  });

  it('a technician (view/edit assigned only) imports and exports only their own customers', async () => {
    const tech = await h.user(a.companyId, ['CUSTOMER_UPLOAD', 'CUSTOMER_VIEW_ASSIGNED', 'CUSTOMER_EDIT_ASSIGNED']);
    const techId = (await h.data(ImpMe, {}, tech.token)).me.id;
    const mine = (await byNumber('7001'))!.id;
    expect((await h.data(ImpAssign, { id: mine, userId: techId }, a.adminToken)).assignCustomer.__typename).toBe('MutationAssignCustomerSuccess');
    const f = await xlsx([
      ['Kundnummer', 'Namn'],
      ['7001', 'Lindqvist (tekniker)'],
      ['7002', 'Karlsson (tekniker)'],
    ]);
    const r = ok(await importCustomers(f, tech.token, 'VALID_ROWS'));
    expect(outcomes(r.rows)).toEqual(['2:UPDATE', '3:ERROR']);
    expect(r.rows[1]!.errors[0]).toMatchObject({ code: 'forbidden', message: expect.stringContaining('may not see or change') });
    expect((await byNumber('7002'))!.name).toBe('Karlsson');

    const exported = await readXlsx((await download('/export/customers.xlsx', tech.token)).body);
    expect(exported.rows.slice(1).map((row) => row[0])).toEqual(['7001']);
    const contacts = await readXlsx((await download('/export/contacts.xlsx', tech.token)).body);
    expect(new Set(contacts.rows.slice(1).map((row) => row[0]))).toEqual(new Set(['7001']));
  });

  it('downloads need a token and the permission', async () => {
    expect((await download('/export/customers.xlsx', null)).status).toBe(401);
    const noView = await h.user(a.companyId, ['CUSTOMER_UPLOAD']);
    expect((await download('/export/customers.xlsx', noView.token)).status).toBe(403);
    const viewer = await h.user(a.companyId, ['CUSTOMER_VIEW']);
    const t = await download('/templates/customers.xlsx', viewer.token);
    expect(t.status).toBe(403);
    expect(JSON.parse(t.body.toString())).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
    expect((await download('/export/customers.xlsx', viewer.token)).status).toBe(200);
  });
});

describe('tenancy', () => {
  let b: TestCompany;
  beforeAll(async () => {
    b = await h.company('Annat AB');
  });

  it("a file naming another company's customer numbers creates and changes only the importer's own customers", async () => {
    ok(
      await importCustomers(
        await xlsx([
          ['Kundnummer', 'Namn', 'Organisationsnummer'],
          ['B-1', 'Hemlig Kund AB', ORG_VICTIM],
        ]),
        b.adminToken,
        'ALL_OR_NOTHING',
      ),
    );
    const r = ok(
      await importCustomers(
        await xlsx([
          ['Kundnummer', 'Namn'],
          ['B-1', 'Kapad AB'],
        ]),
        a.adminToken,
        'ALL_OR_NOTHING',
      ),
    );
    expect(outcomes(r.rows)).toEqual(['2:CREATE']);
    // Matched on the organisation number, a row without a number finds only the importer's customers.
    const r2 = ok(
      await importCustomers(
        await xlsx([
          ['Kundnummer', 'Namn', 'Organisationsnummer'],
          ['', 'Någon AB', ORG_VICTIM],
        ]),
        a.adminToken,
      ),
    );
    expect(outcomes(r2.rows)).toEqual(['2:CREATE']);
    expect(await byNumber('B-1', b.adminToken)).toMatchObject({ name: 'Hemlig Kund AB' });
    expect(await byNumber('B-1')).toMatchObject({ name: 'Kapad AB' });
    const exportA = (await download('/export/customers.csv', a.adminToken)).body.toString();
    expect(exportA).not.toContain('Hemlig Kund AB');
  });

  it('the bulk insert takes the company from the tenant-scoped client, and a row cannot point into another company', async () => {
    const dbA = createTenantDb(h.prisma, { companyId: a.companyId, userId: null, signature: 'TEST' });
    const victim = Buffer.from((await byNumber('B-1', b.adminToken))!.id, 'base64')
      .toString()
      .split(':')[1]!;
    const contact = {
      name: 'Inkräktare',
      identityNumber: null,
      mobile: null,
      phone: null,
      email: null,
      brfOrganisationNumber: null,
      apartmentNumber: null,
      propertyDesignation: null,
      isMainContact: false,
      sendServiceProtocol: false,
      sendWorkOrder: false,
    };
    // The composite foreign key (companyId, customerId) refuses B's customer for A's contact.
    await expect(dbA.$transaction((tx) => bulkInsert(tx, 'Contact', 'TEST', [{ id: randomUUID(), customerId: victim, ...contact }]))).rejects.toThrow();
    const own = Buffer.from((await byNumber('B-1'))!.id, 'base64')
      .toString()
      .split(':')[1]!;
    const id = randomUUID();
    await dbA.$transaction((tx) => bulkInsert(tx, 'Contact', 'TEST', [{ id, customerId: own, ...contact }]));
    expect(await h.prisma.contact.findUnique({ where: { id } })).toMatchObject({ companyId: a.companyId, createdBy: 'TEST', updatedBy: 'TEST' });
    expect(await h.prisma.contact.count({ where: { companyId: b.companyId, name: 'Inkräktare' } })).toBe(0);
  });
});

describe('command line', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'import-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function sink() {
    let text = '';
    return {
      stream: new Writable({
        write: (chunk, _enc, cb) => {
          text += String(chunk);
          cb();
        },
      }),
      text: () => text,
    };
  }

  it('previews by default, lists row errors, and commits with --commit valid', async () => {
    const file = join(dir, 'kunder.xlsx');
    writeFileSync(
      file,
      await xlsx([
        ['Kundnummer', 'Namn', 'Personnummer'],
        ['9501', 'Kommandorad AB', ''],
        ['9502', 'Fel Person', 1012384],
      ]),
    );
    const limits = { maxBytes: 20 * 1024 * 1024, maxRows: 100_000 };
    const out = sink();
    const err = sink();
    const io = { out: out.stream, err: err.stream, progress: false };
    expect(await runImportCli(h.prisma, parseArgs(['customers', file, '--company', a.companyId]), limits, io)).toBe(1);
    expect(out.text()).toContain('Preview of 2 rows of customers: 1 to create, 0 to update, 0 unchanged, 1 with errors.');
    expect(out.text()).toContain('row 3, Personnummer: The identity number 1012384 has 7 digits');
    expect(await byNumber('9501')).toBeNull();
    const out2 = sink();
    expect(
      await runImportCli(h.prisma, parseArgs(['customers', file, '--commit', 'valid', '--company', a.companyId]), limits, { ...io, out: out2.stream }),
    ).toBe(0);
    expect(out2.text()).toContain('1 created');
    expect(await byNumber('9501')).toMatchObject({ name: 'Kommandorad AB', modifiedBy: 'IMPORT' });
    // A file that is not a spreadsheet: exit code 2 and the reason.
    const bad = join(dir, 'bild.png');
    writeFileSync(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]));
    const err3 = sink();
    expect(await runImportCli(h.prisma, parseArgs(['customers', bad]), limits, { ...io, err: err3.stream })).toBe(2);
    expect(err3.text()).toContain('PNG image');
    expect(() => parseArgs(['suppliers', file])).toThrow(/customers or contacts/);
    expect(() => parseArgs(['customers', file, '--commit', 'maybe'])).toThrow(/"all" or "valid"/);
  });

  it('runs as `npm run import` would, in its own process against the configured database', async () => {
    const file = join(dir, 'kontakter.csv');
    writeFileSync(
      file,
      csv(
        [
          ['Kundnummer', 'Namn', 'Mobil'],
          ['9501', 'Kalle Kommandoradsson Åberg', '070-555 12 34'],
        ],
        'windows-1252',
      ),
    );
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/scripts/import.ts', 'contacts', file, '--commit', 'all', '--company', a.companyId], {
      cwd: join(import.meta.dirname, '../..'),
      env: { ...process.env, DATABASE_URL: h.db.url, DATABASE_POOL_SIZE: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr, stdout }).toEqual({ code: 0, stderr: '', stdout: expect.any(String) });
    expect(stdout).toContain('Contacts from kontakter.csv (CSV, Windows-1252, separator ";"');
    expect(stdout).toContain('Imported 1 row of contacts: 1 created, 0 updated, 0 unchanged.');
    const c = await byNumber('9501');
    expect(c!.contacts.edges.map((e) => e.node)).toEqual([expect.objectContaining({ name: 'Kalle Kommandoradsson Åberg', mobile: '070-555 12 34' })]);
  }, 60_000);
});
