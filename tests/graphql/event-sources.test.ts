// Every event type recorded by its source, driven as a user causes it: a lock, a credit note and
// a bankgiro file through the API; a connector's paid-date import and an export run against the
// connectors (the Fortnox fake, the SIE file connector); failing runs of the template connector
// against its fake (credentials refused, then the connection paused, then a failure that is not
// the credentials'); each import through its upload, a preview recording nothing. Each case asserts
// the type, the entity and the payload, and that no payload holds a secret or a personnummer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { bgmaxFile } from '../helpers/bgmax.js';
import { csv } from '../helpers/spreadsheets.js';
import { followRun } from '../helpers/runs.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createInvoice } from '../../src/modules/invoices/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { startTemplateFake, type TemplateFake } from '../../connectors/template/fake/server.js';
import { startFortnoxFake, type FortnoxFake } from '../../connectors/fortnox/fake/server.js';

const h = useHarness();
const D = (v: string) => new Prisma.Decimal(v);

/** The personnummer of the private customer: no payload may hold it, in any spelling. */
const PERSONNUMMER = '19121212-1212';
const PERSONNUMMER_SPELLINGS = ['19121212-1212', '191212121212', '121212-1212', '1212121212', '19800101-0027', '198001010027', '800101-0027'];
const TEMPLATE_KEY = 'template-secret-key-4711';
const WRONG_KEY = 'wrong-secret-key-0815';

let c: TestCompany;
let companyCustomerId: string;
let privateCustomerId: string;
let projectId: string;
let templateFake: TemplateFake;
let fortnoxFake: FortnoxFake;
/** Every secret a connection of this file holds. */
const secrets: string[] = [TEMPLATE_KEY, WRONG_KEY];

const db = () => createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');
const rawId = (g: string) => Buffer.from(g, 'base64').toString().split(':')[1]!;

interface Ev {
  seq: bigint;
  type: string;
  entityType: string | null;
  entityId: string | null;
  data: Record<string, unknown>;
}

/** The company's latest seq: events after it are what an action recorded. */
async function mark(): Promise<bigint> {
  const last = await h.prisma.event.findFirst({ where: { companyId: c.companyId }, orderBy: { seq: 'desc' }, select: { seq: true } });
  return last?.seq ?? 0n;
}

/** The company's events after `since`, in order; every payload checked for secrets and personnummer. */
async function eventsSince(since: bigint): Promise<Ev[]> {
  const rows = await h.prisma.event.findMany({ where: { companyId: c.companyId, seq: { gt: since } }, orderBy: { seq: 'asc' } });
  for (const r of rows) {
    const text = JSON.stringify(r.data);
    for (const s of [...secrets, ...PERSONNUMMER_SPELLINGS]) expect(text, `${r.type} payload`).not.toContain(s);
  }
  return rows.map((r) => ({ seq: r.seq, type: r.type, entityType: r.entityType, entityId: r.entityId, data: r.data as Record<string, unknown> }));
}

async function gql<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, token = c.adminToken): Promise<T> {
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A GraphQL multipart upload of one file as `$file`. */
async function upload<T = Record<string, unknown>>(query: string, variables: Record<string, unknown>, file: Buffer, name: string): Promise<T> {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { ...variables, file: null } }));
  form.append('map', JSON.stringify({ 0: ['variables.file'] }));
  form.append('0', new Blob([new Uint8Array(file)]), name);
  const res = await h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { authorization: `Bearer ${c.adminToken}`, 'graphql-preflight': '1' },
    body: form,
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const LOCK = `mutation EsLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } ... on ValidationError { issues { path message } } } }`;
const CREDIT = `mutation EsCredit($id: ID!) { creditInvoice(id: $id, reason: "Fel pris") { __typename ... on MutationCreditInvoiceSuccess { data { id } } ... on Error { message } } }`;

/** A new invoice (one line of `price` + 25 % VAT) for `customer`, not locked. */
async function draftInvoice(price: string, customerId = companyCustomerId): Promise<string> {
  const pid = customerId === companyCustomerId ? projectId : await createProject(db(), { customerId, name: 'Privat kök', statusCode: 40 });
  return createInvoice(db(), {
    projectId: pid,
    lines: [{ description: 'Arbete', quantity: D('1'), unitPrice: D(price), vatRate: D('25'), accountNumber: 3001 }],
    fields: { invoiceDate: '2026-11-02', bookkeepingDate: '2026-11-02' },
  });
}

async function lock(id: string): Promise<void> {
  const r = await gql<{ lockInvoice: { __typename: string } }>(LOCK, { id: gid('Invoice', id) });
  expect(r.lockInvoice.__typename, JSON.stringify(r)).toBe('MutationLockInvoiceSuccess');
}

beforeAll(async () => {
  c = await h.company('Händelser AB');
  await db().account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 3001, name: 'Försäljning 25 %' }) });
  const auth = { actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' }, permissions: new Set(['CUSTOMER_CREATE'] as const) };
  companyCustomerId = await createCustomer(db(), auth, {
    name: 'Byggbolaget i Umeå AB',
    type: 'COMPANY',
    organisationNumber: '556036-0793',
    invoiceAddress: { address1: 'Storgatan 1', postcode: '903 25', city: 'Umeå' },
  });
  privateCustomerId = await createCustomer(db(), auth, {
    name: 'Eva Svensson',
    type: 'PRIVATE',
    personalIdentityNumber: PERSONNUMMER,
    invoiceAddress: { address1: 'Björkvägen 2', postcode: '903 26', city: 'Umeå' },
  });
  projectId = await createProject(db(), { customerId: companyCustomerId, name: 'Kök Storgatan', statusCode: 40 });
  templateFake = await startTemplateFake({ apiKey: TEMPLATE_KEY });
  fortnoxFake = await startFortnoxFake({ rateLimit: { requests: 100_000, perMs: 5000 } });
  const creds = fortnoxFake.credentials() as Record<string, unknown>;
  for (const v of Object.values(creds)) if (typeof v === 'string' && v.length >= 8) secrets.push(v);
});

afterAll(async () => {
  await templateFake?.close();
  await fortnoxFake?.close();
});

describe('invoice events', () => {
  it('locking an invoice (of a private customer) records invoice.locked, without the personnummer', async () => {
    const id = await draftInvoice('1000', privateCustomerId);
    const since = await mark();
    await lock(id);
    const inv = await h.prisma.invoice.findUniqueOrThrow({ where: { id } });
    expect(await eventsSince(since)).toEqual([
      {
        seq: expect.any(BigInt),
        type: 'invoice.locked',
        entityType: 'Invoice',
        entityId: id,
        data: {
          invoiceId: id,
          number: inv.number,
          isCredit: false,
          customerId: privateCustomerId,
          projectId: inv.projectId,
          invoiceDate: '2026-11-02',
          dueDate: inv.dueDate!.toISOString().slice(0, 10),
          total: '1250.00',
          amountToPay: '1250.00',
        },
      },
    ]);
  });

  it('creating a credit note records invoice.credited on the original', async () => {
    const id = await draftInvoice('400');
    await lock(id);
    const inv = await h.prisma.invoice.findUniqueOrThrow({ where: { id } });
    const since = await mark();
    const r = await gql<{ creditInvoice: { __typename: string; data?: { id: string } } }>(CREDIT, { id: gid('Invoice', id) });
    expect(r.creditInvoice.__typename).toBe('MutationCreditInvoiceSuccess');
    const creditId = rawId(r.creditInvoice.data!.id);
    expect(await eventsSince(since)).toEqual([
      {
        seq: expect.any(BigInt),
        type: 'invoice.credited',
        entityType: 'Invoice',
        entityId: id,
        data: { invoiceId: id, number: inv.number, creditNoteId: creditId, total: '-500.00' },
      },
    ]);
  });
});

const BANK_IMPORT = `mutation EsBank($file: File!, $dryRun: Boolean) {
  importBankgiroPayments(file: $file, dryRun: $dryRun) { __typename ... on MutationImportBankgiroPaymentsSuccess { data { committed paid } } ... on Error { message } }
}`;

describe('imports', () => {
  it('a bankgiro file paying an invoice: the preview records nothing; the import records invoice.paid (source payment) and import.finished', async () => {
    const id = await draftInvoice('800');
    await lock(id);
    const inv = await h.prisma.invoice.findUniqueOrThrow({ where: { id } });
    const toPay = BigInt(inv.amountToPay.toFixed(2).replace('.', ''));
    const file = bgmaxFile([
      {
        bankgiro: '50501055',
        paymentDate: '20261204',
        payments: [
          { reference: inv.ocrReference!, amountOre: toPay },
          { reference: '987654321', amountOre: 5000n },
        ],
      },
    ]);
    let since = await mark();
    const preview = await upload<{ importBankgiroPayments: { data: { committed: boolean; paid: number } } }>(BANK_IMPORT, { dryRun: true }, file, 'bgmax.txt');
    expect(preview.importBankgiroPayments.data).toEqual({ committed: false, paid: 1 });
    expect(await eventsSince(since)).toEqual([]);

    since = await mark();
    const done = await upload<{ importBankgiroPayments: { data: { committed: boolean; paid: number } } }>(BANK_IMPORT, { dryRun: false }, file, 'bgmax.txt');
    expect(done.importBankgiroPayments.data).toEqual({ committed: true, paid: 1 });
    const events = await eventsSince(since);
    expect(events.map((e) => e.type)).toEqual(['invoice.paid', 'import.finished']);
    expect(events[0]).toMatchObject({
      entityType: 'Invoice',
      entityId: id,
      data: { invoiceId: id, number: inv.number, paidDate: '2026-12-04', amount: '1000.00', source: 'payment', connectionId: null },
    });
    expect(events[1]).toMatchObject({ entityType: null, entityId: null });
    expect(events[1]!.data).toEqual({
      kind: 'bankgiro-payments',
      mode: 'COMMIT',
      fileName: 'bgmax.txt',
      counts: { created: 0, updated: 1, refused: 1, payments: 2, deposits: 1 },
    });
  });

  const CUSTOMER_IMPORT = `mutation EsCustomers($file: File!, $mode: ImportMode) {
    importCustomers(file: $file, mode: $mode) { __typename ... on MutationImportCustomersSuccess { data { committed created errorRows } } ... on Error { message } }
  }`;

  it('a customer import: the preview records nothing; VALID_ROWS records import.finished with its counts (no identity number)', async () => {
    const file = csv([
      ['Kundnummer', 'Namn', 'Typ', 'Personnummer'],
      ['9101', 'Import Ett AB', 'Företag', ''],
      ['9102', 'Anna Andersson', 'Privat', '19800101-0027'],
      ['9103', '', 'Företag', ''],
    ]);
    let since = await mark();
    const preview = await upload<{ importCustomers: { __typename: string; data?: { committed: boolean } } }>(
      CUSTOMER_IMPORT,
      { mode: 'PREVIEW' },
      file,
      'kunder.csv',
    );
    expect(preview.importCustomers.__typename, JSON.stringify(preview)).toBe('MutationImportCustomersSuccess');
    expect(await eventsSince(since)).toEqual([]);

    since = await mark();
    const r = await upload<{ importCustomers: { data: { committed: boolean; created: number; errorRows: number } } }>(
      CUSTOMER_IMPORT,
      { mode: 'VALID_ROWS' },
      file,
      'kunder.csv',
    );
    expect(r.importCustomers.data.committed).toBe(true);
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'import.finished', entityType: null, entityId: null });
    expect(events[0]!.data).toEqual({
      kind: 'customers',
      mode: 'VALID_ROWS',
      fileName: 'kunder.csv',
      counts: { created: r.importCustomers.data.created, updated: 0, refused: r.importCustomers.data.errorRows, unchanged: 0 },
    });
    expect(r.importCustomers.data.created).toBeGreaterThan(0);
    expect(r.importCustomers.data.errorRows).toBeGreaterThan(0);

    // All-or-nothing with a refused row writes nothing and records nothing.
    since = await mark();
    const refused = await upload<{ importCustomers: { data: { committed: boolean } } }>(
      CUSTOMER_IMPORT,
      { mode: 'ALL_OR_NOTHING' },
      csv([
        ['Kundnummer', 'Namn'],
        ['9201', 'Alla Eller Inget AB'],
        ['9202', ''],
      ]),
      'kunder2.csv',
    );
    expect(refused.importCustomers.data.committed).toBe(false);
    expect(await eventsSince(since)).toEqual([]);
  });

  const CONTACT_IMPORT = `mutation EsContacts($file: File!, $mode: ImportMode) {
    importContacts(file: $file, mode: $mode) { __typename ... on MutationImportContactsSuccess { data { committed created errorRows } } ... on Error { message } }
  }`;

  it('a contact import records import.finished of kind contacts', async () => {
    const since = await mark();
    const r = await upload<{ importContacts: { __typename: string; data?: { committed: boolean; created: number; errorRows: number } } }>(
      CONTACT_IMPORT,
      { mode: 'VALID_ROWS' },
      csv([
        ['Kundnummer', 'Namn', 'E-post'],
        ['9101', 'Kalle Kontakt', 'kalle@example.com'],
      ]),
      'kontakter.csv',
    );
    expect(r.importContacts, JSON.stringify(r)).toMatchObject({
      __typename: 'MutationImportContactsSuccess',
      data: { committed: true, created: 1, errorRows: 0 },
    });
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'import.finished', entityType: null, entityId: null });
    expect(events[0]!.data).toEqual({
      kind: 'contacts',
      mode: 'VALID_ROWS',
      fileName: 'kontakter.csv',
      counts: { created: 1, updated: 0, refused: 0, unchanged: 0 },
    });
  });

  const SIE_IMPORT = `mutation EsSie($file: File!, $mode: SieImportMode) {
    importSie(file: $file, mode: $mode) { __typename ... on MutationImportSieSuccess { data { committed accounts { created } costCentres { created } } } ... on Error { message } }
  }`;

  it('a SIE import: the preview records nothing; ALL_OR_NOTHING records import.finished with its counts', async () => {
    const file = Buffer.from(
      [
        '#FLAGGA 0',
        '#FORMAT PC8',
        '#SIETYP 4',
        '#FNAMN "Händelser AB"',
        '#KONTO 3002 "Försäljning 12 %"',
        '#KONTO 3003 "Försäljning 6 %"',
        '#DIM 1 "Kostnadsställe"',
        '#OBJEKT 1 "10" "Snickeri"',
        '',
      ].join('\r\n'),
      'latin1',
    );
    let since = await mark();
    await upload(SIE_IMPORT, { mode: 'PREVIEW' }, file, 'konton.se');
    expect(await eventsSince(since)).toEqual([]);

    since = await mark();
    const r = await upload<{ importSie: { __typename: string; data?: { committed: boolean } } }>(SIE_IMPORT, { mode: 'ALL_OR_NOTHING' }, file, 'konton.se');
    expect(r.importSie, JSON.stringify(r)).toMatchObject({
      __typename: 'MutationImportSieSuccess',
      data: { committed: true, accounts: { created: 2 }, costCentres: { created: 1 } },
    });
    const events = await eventsSince(since);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'import.finished', entityType: null, entityId: null });
    expect(events[0]!.data).toEqual({
      kind: 'sie',
      mode: 'ALL_OR_NOTHING',
      fileName: 'konton.se',
      counts: { created: 3, updated: 0, refused: 0, unchanged: 0, skipped: 0, accountsCreated: 2, costCentresCreated: 1, vouchersCreated: 0 },
    });
  });
});

const CREATE_CONNECTION = `mutation EsConnection($input: CreateConnectionInput!) {
  createConnection(input: $input) { __typename ... on MutationCreateConnectionSuccess { data { id } } ... on Error { message } ... on ValidationError { issues { path message } } }
}`;
const RUN = `mutation EsRun($id: ID!) { runConnection(id: $id) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } } }`;
const UPDATE_CONNECTION = `mutation EsUpdate($input: UpdateConnectionInput!) { updateConnection(input: $input) { __typename ... on Error { message } } }`;

async function createConnection(input: Record<string, unknown>): Promise<string> {
  const r = await gql<{ createConnection: { __typename: string; data?: { id: string } } }>(CREATE_CONNECTION, { input });
  if (!r.createConnection.data) throw new Error(JSON.stringify(r));
  return r.createConnection.data.id;
}

/** runConnection, followed until the run has settled; the run's id. */
async function runNow(connectionGid: string): Promise<{ id: string; status: string }> {
  const r = await gql<{ runConnection: { __typename: string; data?: { id: string } } }>(RUN, { id: connectionGid });
  if (!r.runConnection.data) throw new Error(JSON.stringify(r));
  const run = await followRun(h, r.runConnection.data.id, c.adminToken);
  return { id: rawId(run.id), status: run.status };
}

describe('connector runs', () => {
  it('an export run records run.started, invoice.exported with the remote number, run.flow_finished (counts) and run.finished', async () => {
    const id = await draftInvoice('2000');
    await lock(id);
    const conn = await createConnection({ connectorId: 'sie', name: 'SIE-fil', settings: { vatAccounts: { '25': '2611' } } });
    const connectionId = rawId(conn);
    const since = await mark();
    const run = await runNow(conn);
    expect(run.status).toBe('SUCCEEDED');
    const events = await eventsSince(since);
    const ofRun = { entityType: 'ConnectorRun', entityId: run.id };
    const exported = await h.prisma.invoice.findMany({ where: { companyId: c.companyId, locked: true }, select: { id: true, externalNumber: true } });
    const types = events.map((e) => e.type);
    expect(types[0]).toBe('run.started');
    expect(types.at(-1)).toBe('run.finished');
    expect(types.filter((t) => t === 'invoice.exported')).toHaveLength(exported.length);
    // Each invoice is exported before its flow's end is recorded.
    const flowEnd = events.findIndex((e) => e.type === 'run.flow_finished' && e.data.flow === 'invoice-export');
    expect(types.lastIndexOf('invoice.exported')).toBeLessThan(flowEnd);
    expect(events[0]).toMatchObject({
      ...ofRun,
      data: { runId: run.id, connectionId, connector: 'sie', trigger: 'MANUAL', dryRun: false },
    });
    const ours = events.find((e) => e.type === 'invoice.exported' && e.entityId === id)!;
    const externalNumber = (await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber;
    expect(externalNumber).toBeTruthy();
    expect(ours).toMatchObject({
      entityType: 'Invoice',
      data: { invoiceId: id, connectionId, connector: 'sie', remoteId: externalNumber, remoteNumber: externalNumber },
    });
    const flow = events.find((e) => e.type === 'run.flow_finished' && e.data.flow === 'invoice-export')!;
    expect(flow).toMatchObject({
      ...ofRun,
      data: {
        runId: run.id,
        connectionId,
        connector: 'sie',
        flow: 'invoice-export',
        status: 'SUCCEEDED',
        failures: 0,
        counts: { created: exported.length, updated: 0, unchanged: 0, skipped: 0, failed: 0 },
        error: null,
      },
    });
    expect(events.at(-1)).toMatchObject({
      ...ofRun,
      type: 'run.finished',
      data: { runId: run.id, connectionId, connector: 'sie', trigger: 'MANUAL', status: 'SUCCEEDED', dryRun: false, failures: 0 },
    });
  });

  it('a paid-date import of a connector records invoice.paid with source connector and the connection it came through', async () => {
    const conn = await db().connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({
        sandbox: true,
        connectorId: 'fortnox',
        name: 'Fortnox',
        settings: { baseUrl: fortnoxFake.url, tokenUrl: fortnoxFake.tokenUrl, projectNumbering: 'projects', voucherSeries: ['A'] } as Prisma.InputJsonValue,
      }),
    });
    await db().connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(fortnoxFake.credentials(), conn.id) } });
    const id = await draftInvoice('3000');
    await lock(id);
    const first = await executeRun(h.integrations, { companyId: c.companyId, connectionId: conn.id, trigger: 'MANUAL' });
    if (first.skipped) throw new Error(first.reason);
    const number = (await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber!;
    expect(number, JSON.stringify(first.flows.map((f) => [f.flowId, f.status, f.error, f.failures]))).toBeTruthy();
    const today = new Date().toISOString().slice(0, 10);
    fortnoxFake.pay(number, Number(fortnoxFake.state.invoices.find((i) => i.DocumentNumber === number)!.Balance), today);
    const inv = await h.prisma.invoice.findUniqueOrThrow({ where: { id } });

    const since = await mark();
    const paid = await executeRun(h.integrations, { companyId: c.companyId, connectionId: conn.id, trigger: 'MANUAL', flows: ['paid-date-import'] });
    if (paid.skipped) throw new Error(paid.reason);
    const events = (await eventsSince(since)).filter((e) => e.type === 'invoice.paid');
    expect(events).toEqual([
      {
        seq: expect.any(BigInt),
        type: 'invoice.paid',
        entityType: 'Invoice',
        entityId: id,
        data: { invoiceId: id, number: inv.number, paidDate: today, amount: null, source: 'connector', connectionId: conn.id },
      },
    ]);
  });

  it('an export through Fortnox records exactly one invoice.exported, with the document number Fortnox gave; a second run records none', async () => {
    const conn = await db().connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({
        sandbox: true,
        connectorId: 'fortnox',
        name: 'Fortnox export',
        settings: { baseUrl: fortnoxFake.url, tokenUrl: fortnoxFake.tokenUrl, projectNumbering: 'projects', voucherSeries: ['A'] } as Prisma.InputJsonValue,
      }),
    });
    await db().connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(fortnoxFake.credentials(), conn.id) } });
    const id = await draftInvoice('4000');
    await lock(id);
    const since = await mark();
    const run = await executeRun(h.integrations, { companyId: c.companyId, connectionId: conn.id, trigger: 'MANUAL', flows: ['invoice-export'] });
    if (run.skipped) throw new Error(run.reason);
    const number = (await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber!;
    expect(number, JSON.stringify(run.flows.map((f) => [f.flowId, f.status, f.error, f.failures]))).toBeTruthy();
    expect(fortnoxFake.state.invoices.some((i) => i.DocumentNumber === number)).toBe(true);
    const events = await eventsSince(since);
    const ours = events.filter((e) => e.type === 'invoice.exported' && e.entityId === id);
    expect(ours).toEqual([
      {
        seq: expect.any(BigInt),
        type: 'invoice.exported',
        entityType: 'Invoice',
        entityId: id,
        data: { invoiceId: id, connectionId: conn.id, connector: 'fortnox', remoteId: number, remoteNumber: number },
      },
    ]);
    // Recorded before the flow's end, like every event of the flow.
    const flowEnd = events.findIndex((e) => e.type === 'run.flow_finished');
    expect(events.indexOf(ours[0]!)).toBeLessThan(flowEnd);

    const again = await mark();
    const second = await executeRun(h.integrations, { companyId: c.companyId, connectionId: conn.id, trigger: 'MANUAL', flows: ['invoice-export'] });
    if (second.skipped) throw new Error(second.reason);
    expect((await eventsSince(again)).filter((e) => e.type === 'invoice.exported')).toEqual([]);
  });

  it('an SIE re-export of an invoice records one more invoice.exported, with its new place, not a second one for the number', async () => {
    const id = await draftInvoice('2500');
    await lock(id);
    const conn = await createConnection({ connectorId: 'sie', name: 'SIE-fil 2', settings: { vatAccounts: { '25': '2611' } } });
    const connectionId = rawId(conn);
    const first = await runNow(conn);
    expect(first.status).toBe('SUCCEEDED');
    const firstPlace = (await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber!;

    const since = await mark();
    const reexport = await executeRun(h.integrations, {
      companyId: c.companyId,
      connectionId,
      trigger: 'RETRY',
      flows: ['invoice-export'],
      only: [{ type: 'invoice', id, reference: 'the invoice' }],
    });
    if (reexport.skipped) throw new Error(reexport.reason);
    const place = (await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber!;
    expect(place).not.toBe(firstPlace);
    expect((await eventsSince(since)).filter((e) => e.type === 'invoice.exported')).toEqual([
      {
        seq: expect.any(BigInt),
        type: 'invoice.exported',
        entityType: 'Invoice',
        entityId: id,
        data: { invoiceId: id, connectionId, connector: 'sie', remoteId: place, remoteNumber: place },
      },
    ]);
  });

  it('credentials refused: run.failed and connection.reauthorization_required once per state change; the pause records connection.paused', async () => {
    const conn = await createConnection({
      connectorId: 'template',
      name: 'Ledger',
      sandbox: true,
      settings: { baseUrl: templateFake.url },
      credentials: { apiKey: WRONG_KEY },
      pauseAfterFailures: 2,
    });
    const connectionId = rawId(conn);
    const reauth = (events: Ev[]) => events.filter((e) => e.type === 'connection.reauthorization_required');

    // The first refused run: the state starts.
    let since = await mark();
    const first = await runNow(conn);
    expect(first.status).toBe('FAILED');
    let events = await eventsSince(since);
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['run.started', 'run.failed', 'connection.reauthorization_required']));
    expect(reauth(events)).toEqual([
      {
        seq: expect.any(BigInt),
        type: 'connection.reauthorization_required',
        entityType: 'Connection',
        entityId: connectionId,
        data: { connectionId, connector: 'template', runId: first.id, reason: expect.stringMatching(/^the accounting system answered 401: /) },
      },
    ]);
    const failed = events.find((e) => e.type === 'run.failed')!;
    expect(failed).toMatchObject({
      entityType: 'ConnectorRun',
      entityId: first.id,
      data: { runId: first.id, connectionId, connector: 'template', trigger: 'MANUAL', dryRun: false, credentialsRefused: true, error: expect.any(String) },
    });

    // Refused again: no second reauthorization event; the second failure in a row pauses the connection.
    since = await mark();
    const second = await runNow(conn);
    expect(second.status).toBe('FAILED');
    events = await eventsSince(since);
    expect(reauth(events)).toEqual([]);
    const paused = events.filter((e) => e.type === 'connection.paused');
    expect(paused).toEqual([
      {
        seq: expect.any(BigInt),
        type: 'connection.paused',
        entityType: 'Connection',
        entityId: connectionId,
        data: { connectionId, connector: 'template', reason: expect.stringMatching(/^2 runs in a row failed; the last: /) },
      },
    ]);

    // The right key: the run gets past the credentials (the state ends) …
    await gql(UPDATE_CONNECTION, { input: { id: conn, credentials: { apiKey: TEMPLATE_KEY } } });
    expect((await runNow(conn)).status).toBe('SUCCEEDED');
    // … a failure that is not the credentials' records run.failed but no reauthorization …
    templateFake.fail({ path: /.*/, status: 400, response: { error: { code: 'invalid', message: 'Refused by the ledger' } } });
    since = await mark();
    const broken = await runNow(conn);
    templateFake.clearFailures();
    expect(broken.status).toBe('FAILED');
    events = await eventsSince(since);
    expect(events.find((e) => e.type === 'run.failed')).toMatchObject({ entityId: broken.id, data: { credentialsRefused: false } });
    expect(reauth(events)).toEqual([]);
    // … and a key refused again starts the state again.
    await gql(UPDATE_CONNECTION, { input: { id: conn, credentials: { apiKey: WRONG_KEY } } });
    since = await mark();
    const again = await runNow(conn);
    expect(again.status).toBe('FAILED');
    expect(reauth(await eventsSince(since))).toEqual([expect.objectContaining({ entityId: connectionId, data: expect.objectContaining({ runId: again.id }) })]);
  });
});
