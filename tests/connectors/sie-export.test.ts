// The sie connector end to end, as an admin uses it: invoices locked with the invoice services,
// the connection created, run, listed and re-exported through GraphQL, the file downloaded through
// GET /run-files/<id> and read back with the SDK's SIE reader (PC8, #KSUMMA, the same vouchers,
// accounts, objects and amounts as the invoices). A second run writes nothing; an invoice the
// mapping refuses is reported with its reference while the others go; another company cannot
// download the file.
import { beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readSieFile, type SieFile } from '@nordic-invoicing/connector-sdk/sie';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { followRun, type FollowedRun } from '../helpers/runs.js';
import { graphql } from '../gql/index.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createInvoice, creditInvoice, lockInvoice, unlockInvoice } from '../../src/modules/invoices/service.js';

const h = useHarness();
const D = (v: string) => new Prisma.Decimal(v);

const CreateSie = graphql(`
  mutation SieCreateConnection($settings: JSON) {
    createConnection(input: { connectorId: "sie", name: "SIE-fil", settings: $settings }) {
      __typename
      ... on MutationCreateConnectionSuccess { data { id hasCredentials connector { credentialKind } } }
      ... on Error { message }
    }
  }
`);
const UpdateSie = graphql(`
  mutation SieUpdateConnection($id: ID!, $settings: JSON) {
    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }
  }
`);
const RunSie = graphql(`
  mutation SieRun($id: ID!, $dryRun: Boolean) {
    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }
  }
`);
const ReexportSie = graphql(`
  mutation SieReexport($id: ID!, $invoiceIds: [ID!]!) {
    reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) {
      __typename
      ... on MutationReexportInvoicesSuccess { data { id trigger requestedFlows } }
      ... on Error { message }
    }
  }
`);
const CheckSie = graphql(`
  mutation SieCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }
`);
const SieFiles = graphql(`
  query SieFiles($id: ID!) {
    connectionFiles(connectionId: $id, first: 20) {
      edges { node { id name contentType size sha256 flowId url createdAt run { id } } }
    }
  }
`);
const SieRunFiles = graphql(`
  query SieRunFiles($id: ID!) { node(id: $id) { ... on ConnectorRun { files { id name size url } } } }
`);

interface Inv {
  id: string;
  gid: string;
  number: number;
  isCredit: boolean;
  bookkeepingDate: string;
  net: string;
  vat: string;
  rounding: string;
  amountToPay: string;
  customerNumber: string;
}

let a: TestCompany;
let b: TestCompany;
let connectionId: string;
let projectNumber: string;
let customerNumber: string;
const invoices: Record<'first' | 'second' | 'twelve' | 'credit', Inv> = {} as never;

const db = () => createTenantDb(h.prisma, { companyId: a.companyId, userId: a.adminUserId, signature: 'AD' });

async function run(dryRun = false): Promise<FollowedRun> {
  const r = await h.data(RunSie, { id: connectionId, dryRun }, a.adminToken);
  if (r.runConnection.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r.runConnection));
  return followRun(h, r.runConnection.data.id, a.adminToken);
}

async function files(token = a.adminToken) {
  return (await h.data(SieFiles, { id: connectionId }, token)).connectionFiles.edges.map((e) => e.node);
}

async function download(url: string, token: string | null) {
  return h.app.fetch(`http://test.local${url}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
}

async function readDownloaded(url: string): Promise<{ file: SieFile; bytes: Uint8Array }> {
  const res = await download(url, a.adminToken);
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { file: await readSieFile(bytes), bytes };
}

async function invoice(key: keyof typeof invoices, id: string) {
  const i = await h.prisma.invoice.findUniqueOrThrow({ where: { id } });
  invoices[key] = {
    id,
    gid: Buffer.from(`Invoice:${id}`).toString('base64'),
    number: i.number,
    isCredit: i.isCredit,
    bookkeepingDate: (i.bookkeepingDate ?? i.invoiceDate)!.toISOString().slice(0, 10),
    net: i.subtotal.toFixed(2),
    vat: i.vatAmount.toFixed(2),
    rounding: i.rounding.toFixed(2),
    amountToPay: i.amountToPay.toFixed(2),
    customerNumber,
  };
}

async function lockNew(key: keyof typeof invoices, lines: { description: string; price: string; vat: string; account: number }[], date: string) {
  const { id: projectId } = await h.prisma.project.findFirstOrThrow({ where: { companyId: a.companyId, number: projectNumber } });
  const id = await createInvoice(db(), {
    projectId,
    lines: lines.map((l) => ({ description: l.description, quantity: D('1'), unitPrice: D(l.price), vatRate: D(l.vat), accountNumber: l.account })),
    fields: { invoiceDate: date, bookkeepingDate: date },
  });
  await lockInvoice(db(), id, 'AD');
  await invoice(key, id);
}

/** What the reader gives back of a voucher: date, text and its rows as [account, objects, amount]. */
const shape = (v: SieFile['vouchers'][number]) => ({
  date: v.date,
  text: v.text,
  rows: v.rows.map((r) => [r.account, r.objects.map((o) => `${o.dimension}:${o.id}`).join(' '), r.amount.toFixed(2)]),
});

/** The voucher an invoice of one 25 % (or 12 %) revenue account gives: receivable, revenue on the project, VAT, rounding. */
function expected(inv: Inv, revenue: string, vatAccount: string) {
  const neg = (v: string) => D(v).neg().toFixed(2);
  const rows = [
    ['1510', '', inv.amountToPay],
    [revenue, `6:${projectNumber}`, neg(inv.net)],
    [vatAccount, '', neg(inv.vat)],
    ...(D(inv.rounding).isZero() ? [] : [['3740', '', neg(inv.rounding)]]),
  ];
  const text = inv.isCredit
    ? `Kreditfaktura ${inv.number} ${inv.customerNumber} kredit av faktura ${invoices.first.number}`
    : `Faktura ${inv.number} ${inv.customerNumber}`;
  return { date: inv.bookkeepingDate, text, rows };
}

beforeAll(async () => {
  a = await h.company('Bygg & Måleri i Umeå AB');
  b = await h.company('Other Company AB');
  const auth = {
    actor: { companyId: a.companyId, userId: a.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  };
  for (const [number, name] of [
    [3001, 'Försäljning byggtjänster 25 %'],
    [3002, 'Försäljning 12 %'],
  ] as const)
    await db().account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number, name }) });
  const customerId = await createCustomer(db(), auth, {
    name: 'Kund AB',
    type: 'COMPANY',
    invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' },
  });
  customerNumber = (await h.prisma.customer.findUniqueOrThrow({ where: { id: customerId } })).number;
  const projectId = await createProject(db(), { name: 'Kök Storgatan', customerId, statusCode: 40 });
  projectNumber = (await h.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).number;
  const created = await h.data(CreateSie, { settings: { vatAccounts: { '25': '2611', '6': '2631' } } }, a.adminToken);
  if (created.createConnection.__typename !== 'MutationCreateConnectionSuccess') throw new Error(JSON.stringify(created.createConnection));
  expect(created.createConnection.data).toMatchObject({ hasCredentials: false, connector: { credentialKind: 'NONE' } });
  connectionId = created.createConnection.data.id;
});

describe('the sie connector', () => {
  it('checks its settings', async () => {
    const r = await h.data(CheckSie, { id: connectionId }, a.adminToken);
    expect(r.checkConnection).toMatchObject({ data: { ok: true, message: expect.stringContaining('series F') } });
  });

  it('writes one SIE 4I file of the locked invoices (a credit invoice too); a refused invoice is reported with its reference and left out', async () => {
    await lockNew('first', [{ description: 'Snickeri', price: '10000.40', vat: '25', account: 3001 }], '2026-11-02');
    await lockNew('second', [{ description: 'Målning', price: '2500', vat: '25', account: 3001 }], '2026-11-03');
    // 12 % has no output VAT account in this connection's settings: refused by the mapping.
    await lockNew('twelve', [{ description: 'Catering', price: '1000', vat: '12', account: 3002 }], '2026-11-04');
    const creditId = await creditInvoice(db(), invoices.first.id, 'Fel pris');
    await lockInvoice(db(), creditId, 'AD');
    await invoice('credit', creditId);

    const r = await run();
    expect(r.status).toBe('PARTIAL');
    expect(r.failures).toEqual([
      expect.objectContaining({
        entityType: 'invoice',
        entityId: invoices.twelve.id,
        reference: `Invoice ${invoices.twelve.number}`,
        message: expect.stringContaining('no output VAT account is set for 12 %'),
      }),
    ]);
    expect(r.flows[0]).toMatchObject({ flowId: 'invoice-export', created: 3, failed: 1 });

    const listed = await files();
    expect(listed).toHaveLength(1);
    const f = listed[0]!;
    expect(f).toMatchObject({
      name: `fakturor-${new Date().toISOString().slice(0, 10)}-1.si`,
      contentType: 'text/plain; charset=IBM437',
      flowId: 'invoice-export',
    });
    expect(f.url).toBe(`/run-files/${Buffer.from(f.id, 'base64').toString().split(':')[1]}`);
    expect(f.run.id).toBe(r.id);
    const ofRun = await h.data(SieRunFiles, { id: r.id }, a.adminToken);
    expect(ofRun.node && 'files' in ofRun.node ? ofRun.node.files.map((x) => x.name) : null).toEqual([f.name]);

    const res = await download(f.url, a.adminToken);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(new RegExp(`^attachment; filename="${f.name}"`));
    expect(res.headers.get('content-type')).toBe('text/plain; charset=IBM437');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(bytes.byteLength).toBe(f.size);

    // PC8: the company's å decodes from code page 437 (0x86), and the checksum verifies.
    const text = iconv.decode(Buffer.from(bytes), 'cp437');
    expect(bytes.includes(0x86)).toBe(true);
    const lines = text.split('\r\n');
    for (const line of ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#ORGNR 556036-0793', '#FNAMN "Bygg & Måleri i Umeå AB"', '#RAR 0 20260101 20261231'])
      expect(lines).toContain(line);
    const file = await readSieFile(bytes);
    expect(file.encoding).toBe('cp437');
    expect(file.checksumVerified).toBe(true);
    expect(file.issues).toEqual([]);
    expect(file.header).toMatchObject({ companyName: 'Bygg & Måleri i Umeå AB', sieType: '4', format: 'PC8' });

    // The same vouchers, accounts, objects and amounts as the invoices (the credit reversed).
    expect(file.vouchers.map((v) => v.issues)).toEqual([[], [], []]);
    expect(file.vouchers.map((v) => v.series)).toEqual(['F', 'F', 'F']);
    expect(file.vouchers.map(shape)).toEqual([
      expected(invoices.first, '3001', '2611'),
      expected(invoices.second, '3001', '2611'),
      expected(invoices.credit, '3001', '2611'),
    ]);
    const [first, , credit] = file.vouchers;
    expect(credit!.rows.map((row) => row.amount.neg().toFixed(2))).toEqual(first!.rows.map((row) => row.amount.toFixed(2)));
    expect([...file.accounts.keys()].sort()).toEqual(['1510', '2611', '3001', ...(file.accounts.has('3740') ? ['3740'] : [])].sort());
    expect(file.objects.map((o) => `${o.dimension}:${o.id}:${o.name}`)).toEqual([`6:${projectNumber}:Kök Storgatan`]);

    // The id map: one entry per invoice, the file and the voucher's place in it.
    const mapped = await h.prisma.externalIdMapping.findMany({ where: { companyId: a.companyId, entityType: 'invoice' }, orderBy: { remoteId: 'asc' } });
    expect(mapped.map((m) => [m.localId, m.remoteId])).toEqual([
      [invoices.first.id, `${f.name}#1`],
      [invoices.second.id, `${f.name}#2`],
      [invoices.credit.id, `${f.name}#3`],
    ]);
    // The same place is each invoice's external number: exported, it cannot be unlocked any more.
    const numbers = await h.prisma.invoice.findMany({ where: { companyId: a.companyId }, select: { id: true, externalNumber: true } });
    const numberOf = (id: string) => numbers.find((n) => n.id === id)!.externalNumber;
    expect([invoices.first.id, invoices.second.id, invoices.credit.id, invoices.twelve.id].map(numberOf)).toEqual([
      `${f.name}#1`,
      `${f.name}#2`,
      `${f.name}#3`,
      null,
    ]);
    await expect(unlockInvoice(db(), invoices.first.id)).rejects.toThrow(/has been exported/);
  });

  it('a second run writes no file; the refused invoice is reported again until the settings let it through, then written alone', async () => {
    const again = await run();
    expect(again.failures.map((f) => f.reference)).toEqual([`Invoice ${invoices.twelve.number}`]);
    expect(await files()).toHaveLength(1);

    const upd = await h.data(UpdateSie, { id: connectionId, settings: { vatAccounts: { '25': '2611', '12': '2621', '6': '2631' } } }, a.adminToken);
    expect(upd.updateConnection.__typename).toBe('MutationUpdateConnectionSuccess');
    const fixed = await run();
    expect(fixed.status).toBe('SUCCEEDED');
    const listed = await files();
    expect(listed).toHaveLength(2);
    const { file } = await readDownloaded(listed[0]!.url);
    expect(file.checksumVerified).toBe(true);
    expect(file.vouchers.map(shape)).toEqual([expected(invoices.twelve, '3002', '2621')]);

    // A run that stopped after the file but before the external number: the next one records it
    // from the id map and writes nothing.
    await h.prisma.invoice.update({ where: { id: invoices.twelve.id }, data: { externalNumber: null } });
    const quiet = await run();
    expect(quiet.status).toBe('SUCCEEDED');
    expect(quiet.flows[0]).toMatchObject({ created: 0, updated: 0, failed: 0 });
    expect(await files()).toHaveLength(2);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: invoices.twelve.id } })).externalNumber).toBe(`${listed[0]!.name}#1`);
  });

  it('a dry run stores no file and plans it', async () => {
    await lockNew('second', [{ description: 'Målning', price: '1999.99', vat: '25', account: 3001 }], '2026-11-05');
    const dry = await run(true);
    expect(dry.status).toBe('SUCCEEDED');
    const planned = dry.flows.flatMap((f) => (Array.isArray(f.planned) ? f.planned : [])) as { description: string }[];
    expect(planned.map((p) => p.description)).toEqual([
      expect.stringMatching(/^save the file fakturor-.*-3\.si \(\d+ bytes\) recording 1 entity$/),
      expect.stringMatching(/^record external number fakturor-.*-3\.si#1 on invoice /),
    ]);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: invoices.second.id } })).externalNumber).toBeNull();
    expect(await files()).toHaveLength(2);
    const real = await run();
    expect(real.flows[0]).toMatchObject({ created: 1 });
    expect(await files()).toHaveLength(3);
  });

  it('re-exports chosen invoices into a new file, updating their id-map entries and writing nothing else', async () => {
    const before = await h.prisma.externalIdMapping.findMany({ where: { companyId: a.companyId, entityType: 'invoice' } });
    const r = await h.data(ReexportSie, { id: connectionId, invoiceIds: [invoices.first.gid, invoices.credit.gid] }, a.adminToken);
    if (r.reexportInvoices.__typename !== 'MutationReexportInvoicesSuccess') throw new Error(JSON.stringify(r.reexportInvoices));
    expect(r.reexportInvoices.data).toMatchObject({ trigger: 'RETRY', requestedFlows: ['invoice-export'] });
    const done = await followRun(h, r.reexportInvoices.data.id, a.adminToken);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.flows[0]).toMatchObject({ updated: 2, created: 0 });
    const listed = await files();
    expect(listed).toHaveLength(4);
    const newest = listed[0]!;
    const { file } = await readDownloaded(newest.url);
    expect(file.checksumVerified).toBe(true);
    expect(file.vouchers.map(shape)).toEqual([expected(invoices.first, '3001', '2611'), expected(invoices.credit, '3001', '2611')]);

    const after = await h.prisma.externalIdMapping.findMany({ where: { companyId: a.companyId, entityType: 'invoice' } });
    const remote = (rows: typeof after, id: string) => rows.find((m) => m.localId === id)!.remoteId;
    expect(remote(after, invoices.first.id)).toBe(`${newest.name}#1`);
    expect(remote(after, invoices.credit.id)).toBe(`${newest.name}#2`);
    for (const other of [invoices.twelve.id, invoices.second.id]) expect(remote(after, other)).toBe(remote(before, other));
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: invoices.first.id } })).externalNumber).toBe(`${newest.name}#1`);

    // The next ordinary run writes nothing.
    const next = await run();
    expect(next.status).toBe('SUCCEEDED');
    expect(await files()).toHaveLength(4);
  });

  it('re-export refuses what it cannot do: an unlocked invoice, a connector without it', async () => {
    const { id: projectId } = await h.prisma.project.findFirstOrThrow({ where: { companyId: a.companyId, number: projectNumber } });
    const draft = await createInvoice(db(), {
      projectId,
      lines: [{ description: 'Utkast', quantity: D('1'), unitPrice: D('10'), vatRate: D('25'), accountNumber: 3001 }],
    });
    const r = await h.data(ReexportSie, { id: connectionId, invoiceIds: [Buffer.from(`Invoice:${draft}`).toString('base64')] }, a.adminToken);
    expect(r.reexportInvoices).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('is not locked') });
    // An external number another system gave (not this connection's voucher) stops it too.
    await h.prisma.invoice.update({ where: { id: invoices.second.id }, data: { externalNumber: 'FORTNOX-17' } });
    const other = await h.data(ReexportSie, { id: connectionId, invoiceIds: [invoices.second.gid] }, a.adminToken);
    expect(other.reexportInvoices).toMatchObject({ __typename: 'ConflictError', message: expect.stringContaining('FORTNOX-17') });
  });

  it('serves the file only to an admin of its company: 401 without a token, 403 without the permission, 404 for another company', async () => {
    const [f] = await files();
    expect((await download(f!.url, null)).status).toBe(401);
    const viewer = await h.user(a.companyId, ['INVOICE_VIEW']);
    expect((await download(f!.url, viewer.token)).status).toBe(403);
    const other = await download(f!.url, b.adminToken);
    expect(other.status).toBe(404);
    expect(await other.text()).not.toContain('Bygg');
    expect(await files(b.adminToken)).toEqual([]);
  });
});
