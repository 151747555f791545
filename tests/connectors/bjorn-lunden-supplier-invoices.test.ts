// Björn Lundén suppliers and supplier invoices end to end: the optional flows supplier-import,
// supplier-export (one direction, chosen by the setting supplierDirection) and
// supplier-invoice-export, with the real runner on a real database and real HTTP to the BL fake,
// which checks every request and answer against BL's published contract (close() fails on any
// breach) and refuses what BL would (unknown supplier, account, project or cost centre; entries
// that do not add up to the amount). Supplier invoices are registered and approved by two
// different users with the supplier-invoice service, as users do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { approveSupplierInvoice, createSupplierInvoice, disputeSupplierInvoice } from '../../src/modules/supplier-invoices/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { startBlFake, type BlFake } from '../../connectors/bjorn-lunden/fake/server.js';

const h = useHarness();
const PDF = new TextEncoder().encode('%PDF-1.4 leverantörsfaktura');

interface Setup {
  company: TestCompany;
  fake: BlFake;
  db: () => ReturnType<typeof createTenantDb>;
  run: (dryRun?: boolean) => Promise<{
    status: string;
    failures: { reference: string; message: string; entityType: string }[];
    flows: { flowId: string; error: string | null }[];
  }>;
  settings: (over: Record<string, unknown>) => Promise<void>;
  supplier: (number: string, name: string, o?: Partial<Prisma.SupplierUncheckedCreateInput>) => Promise<string>;
  /** Registers a supplier invoice and approves it (twice by default: two different users). */
  invoice: (
    supplierId: string,
    invoiceNumber: string,
    o?: { approvals?: number; file?: boolean; account?: number; credit?: boolean; projectId?: string | null },
  ) => Promise<string>;
  projectNumber: string;
}

async function setup(settings: Record<string, unknown>, enabledFlows: string[]): Promise<Setup> {
  const fake = await startBlFake();
  fake.state.costCenters.push({ entityId: 1, id: 'N1', name: 'Norr' });
  fake.state.accounts.push({ entityId: 60, id: '4010', name: 'Inköp material' });
  const company = await h.company();
  const db = () => createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' });
  const second = await h.user(company.companyId, ['SUPPLIER_INVOICE_APPROVE']);
  const conn = await db().connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: 'bjorn-lunden',
      name: 'Björn Lundén',
      settings: { baseUrl: fake.url, tokenUrl: fake.tokenUrl, userKey: fake.userKey, ...settings } as never,
      enabledFlows,
    }),
  });
  await db().connection.update({
    where: { id: conn.id },
    data: { credentials: h.integrations.secrets.encrypt({ clientId: fake.clientId, clientSecret: fake.clientSecret }, conn.id) },
  });
  const run = async (dryRun = false) => {
    const out = await executeRun(h.integrations, { companyId: company.companyId, connectionId: conn.id, trigger: 'MANUAL', dryRun });
    if (out.skipped) throw new Error('run skipped');
    return { status: out.status, flows: out.flows, failures: out.flows.flatMap((f) => f.failures) };
  };
  const setSettings = async (over: Record<string, unknown>) => {
    const c = await db().connection.findUniqueOrThrow({ where: { id: conn.id } });
    await db().connection.update({ where: { id: conn.id }, data: { settings: { ...(c.settings as object), ...over } as never } });
  };
  await db().account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4020, name: 'Inköp UE' }) });
  const customerId = await createCustomer(
    db(),
    {
      actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' },
      permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
    },
    { type: 'COMPANY', name: 'Beställare AB', invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' } },
  );
  const projectId = await createProject(db(), { name: 'Villa Ett', customerId, statusCode: 40, startDate: '2026-10-01' });
  // The base flows bring the cost centre and account 4010 here and the project to BL.
  const first = await run();
  if (first.failures.length || first.flows.some((f) => f.error)) throw new Error(JSON.stringify(first));
  const projectNumber = (await db().project.findUniqueOrThrow({ where: { id: projectId } })).number;
  const costCentreId = (await db().costCentre.findFirstOrThrow({ where: { code: 'N1' } })).id;

  const supplier: Setup['supplier'] = async (number, name, o = {}) =>
    (
      await db().supplier.create({
        data: scoped<Prisma.SupplierUncheckedCreateInput>({
          number,
          name,
          organisationNumber: '5560360793',
          bankgiro: '50501055',
          vatNumber: 'SE556036079301',
          ...o,
        }),
      })
    ).id;
  const invoice: Setup['invoice'] = async (supplierId, invoiceNumber, o = {}) => {
    const sign = o.credit ? '-' : '';
    const project = o.projectId === undefined ? projectId : o.projectId;
    const { id } = await createSupplierInvoice(
      db(),
      {
        supplierId,
        invoiceNumber,
        invoiceDate: '2026-11-05',
        dueDate: '2026-12-05',
        net: `${sign}800.00`,
        vat: `${sign}200.00`,
        ocr: '123456',
        rows: [
          { accountNumber: o.account ?? 4010, amount: `${sign}500.00`, projectId: project, costCentreId, description: 'Plåt' },
          { accountNumber: 4010, amount: `${sign}300.00`, projectId: project },
        ],
      },
      o.file ? { fileName: 'lf.pdf', contentType: 'application/pdf', bytes: PDF } : null,
    );
    const approvals = o.approvals ?? 2;
    if (approvals >= 1) await approveSupplierInvoice(db(), id, company.adminUserId);
    if (approvals >= 2) await approveSupplierInvoice(db(), id, second.userId);
    return id;
  };
  return { company, fake, db, run, settings: setSettings, supplier, invoice, projectNumber };
}

const stored = (id: string) => h.prisma.supplierInvoice.findUniqueOrThrow({ where: { id }, select: { externalNumber: true, bookkept: true } });
const writes = (fake: BlFake, from: number, prefix = '/') =>
  fake
    .requests()
    .slice(from)
    .filter((q) => q.method !== 'GET' && q.path.startsWith(prefix))
    .map((q) => `${q.method} ${q.path}`);

describe('Björn Lundén supplier export (supplierDirection "export")', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup({ supplierDirection: 'export' }, ['supplier-import', 'supplier-export']);
  });
  afterAll(async () => s?.fake.close());

  it('sends the register by supplier number: creates the missing, updates the one BL has (found, not created twice); imports nothing', async () => {
    // In BL under an older name (e.g. created by hand); and one that exists only in BL.
    s.fake.state.suppliers.push({ entityId: 1, id: '300', name: 'Bygg & Trä AB', receivableAccount: '2440' }, { entityId: 2, id: '900', name: 'Bara i BL AB' });
    await s.supplier('200', 'Plåt AB', { address1: 'Plåtgatan 2', postcode: '903 26', city: 'Umeå', plusgiro: '12345674' });
    await s.supplier('300', 'Bygg och Trä i Umeå AB');
    await s.supplier('400', 'Gammal AB', { active: false });
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(writes(s.fake, before)).toEqual(['POST /supplier', 'PUT /supplier', 'POST /supplier']);
    expect(s.fake.state.suppliers.map((x) => [x.id, x.name, x.closed])).toEqual([
      ['300', 'Bygg och Trä i Umeå AB', false],
      ['900', 'Bara i BL AB', undefined],
      ['200', 'Plåt AB', false],
      ['400', 'Gammal AB', true],
    ]);
    expect(s.fake.state.suppliers.find((x) => x.id === '200')).toEqual({
      entityId: expect.any(Number),
      id: '200',
      name: 'Plåt AB',
      organisationId: '556036-0793',
      vatNr: 'SE556036079301',
      address1: 'Plåtgatan 2',
      zipCode: '903 26',
      city: 'Umeå',
      countryCode: 'SE',
      bg: '50501055',
      pg: '1234567-4',
      currency: 'SEK',
      receivableAccount: '2440',
      closed: false,
    });
    // The direction is export: BL's own supplier is not brought here.
    expect(await s.db().supplier.count({ where: { number: '900' } })).toBe(0);
  });

  it('a second run sends nothing; a change here is sent as an update of that supplier only', async () => {
    const before = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(writes(s.fake, before)).toEqual([]);

    await s.db().supplier.updateMany({ where: { number: '200' }, data: { name: 'Plåt i Norr AB' } });
    const again = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(writes(s.fake, again)).toEqual(['PUT /supplier']);
    expect(s.fake.state.suppliers.find((x) => x.id === '200')!.name).toBe('Plåt i Norr AB');
    expect(s.fake.state.suppliers.filter((x) => x.id === '200')).toHaveLength(1);
  });

  it('a supplier BL refuses is reported with its reference and sent on the next run', async () => {
    await s.supplier('500', 'El AB');
    s.fake.fail({ method: 'POST', path: '/supplier', status: 400, times: 1 });
    const r = await s.run();
    expect(r.failures).toEqual([
      expect.objectContaining({ entityType: 'supplier', reference: 'Supplier 500', message: expect.stringContaining('Injected failure') }),
    ]);
    expect(s.fake.state.suppliers.some((x) => x.id === '500')).toBe(false);
    expect((await s.run()).failures).toEqual([]);
    expect(s.fake.state.suppliers.filter((x) => x.id === '500')).toHaveLength(1);
  });

  it('a dry run sends no writes and records nothing', async () => {
    const vvs = await s.supplier('600', 'VVS AB');
    const before = s.fake.requests().length;
    const r = await s.run(true);
    expect(r.failures).toEqual([]);
    expect(writes(s.fake, before)).toEqual([]);
    expect(await h.prisma.externalIdMapping.count({ where: { localId: vvs } })).toBe(0);
    expect((await s.run()).failures).toEqual([]);
    expect(s.fake.state.suppliers.filter((x) => x.id === '600')).toHaveLength(1);
  });

  it('with the direction "import" the export sends nothing and the import acts', async () => {
    await s.settings({ supplierDirection: 'import' });
    await s.db().supplier.updateMany({ where: { number: '200' }, data: { name: 'Plåt här AB' } });
    const before = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(writes(s.fake, before, '/supplier')).toEqual([]);
    // BL is the master now: its name comes back here, and its own supplier is imported.
    expect((await s.db().supplier.findFirstOrThrow({ where: { number: '200' } })).name).toBe('Plåt i Norr AB');
    expect(await s.db().supplier.count({ where: { number: '900' } })).toBe(1);
  });
});

describe('Björn Lundén supplier invoice export, booked at once', () => {
  let s: Setup;
  let platAb: string;
  beforeAll(async () => {
    s = await setup({ bookkeepSupplierInvoices: true }, ['supplier-invoice-export']);
    platAb = await s.supplier('200', 'Plåt AB');
  });
  afterAll(async () => s?.fake.close());

  it('sends approved invoices to the supplier ledger after their supplier: entries per cost row with project and cost centre, input VAT, the document; records BL’s number, booked', async () => {
    const plat = await s.invoice(platAb, 'A-1', { file: true });
    const disputed = await s.invoice(platAb, 'A-2');
    await disputeSupplierInvoice(s.db(), disputed, 'Fel pris');
    const pending = await s.invoice(platAb, 'A-3', { approvals: 1 });
    const before = s.fake.requests().length;

    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(r.status).toBe('SUCCEEDED');
    // The supplier first (from the register), then the invoice, then its document.
    expect(writes(s.fake, before)).toEqual([
      'POST /supplier',
      'POST /supplierinvoice',
      expect.stringMatching(/^POST \/document\/attachto\/SUPPLIER_INVOICE\/\d+$/),
    ]);
    expect(s.fake.state.suppliers).toEqual([expect.objectContaining({ id: '200', name: 'Plåt AB', organisationId: '556036-0793', receivableAccount: '2440' })]);

    expect(s.fake.state.supplierInvoices).toHaveLength(1);
    const a1 = s.fake.state.supplierInvoices[0]!;
    expect(a1).toMatchObject({
      supplierId: '200',
      supplierName: 'Plåt AB',
      invoiceNumber: 'A-1',
      invoiceDate: '2026-11-05',
      dueDate: '2026-12-05',
      journalEntryDate: '2026-11-05',
      currency: 'SEK',
      amountInLocalCurrency: 1000,
      ocr: '123456',
      projectId: s.projectNumber,
      preliminary: false,
    });
    expect(a1.subLedgerEntries.map((e) => [e.accountId, e.amount, e.projectId ?? null, e.costCenterId ?? null, e.text ?? null])).toEqual([
      ['4010', 500, s.projectNumber, 'N1', 'Plåt'],
      ['4010', 300, s.projectNumber, null, null],
      ['2640', 200, null, null, 'Ingående moms'],
    ]);
    expect(s.fake.state.documents).toHaveLength(1);
    expect(s.fake.state.documents[0]).toMatchObject({ entityType: 'SUPPLIER_INVOICE', entityId: a1.entityId, fileName: 'lf.pdf' });
    expect(Buffer.from(s.fake.state.documents[0]!.bytes).toString('utf8')).toBe('%PDF-1.4 leverantörsfaktura');

    expect(await stored(plat)).toEqual({ externalNumber: String(a1.consecutiveNumber), bookkept: true });
    for (const id of [disputed, pending]) expect(await stored(id)).toEqual({ externalNumber: null, bookkept: false });
  });

  it('a second run sends nothing', async () => {
    const before = s.fake.writes();
    expect((await s.run()).status).toBe('SUCCEEDED');
    expect(s.fake.writes()).toBe(before);
  });

  it('a credit invoice goes out negative throughout', async () => {
    const id = await s.invoice(platAb, 'K-1', { credit: true });
    expect((await s.run()).failures).toEqual([]);
    const k1 = s.fake.state.supplierInvoices.find((i) => i.invoiceNumber === 'K-1')!;
    expect(k1.amountInLocalCurrency).toBe(-1000);
    expect(k1.subLedgerEntries.map((e) => [e.accountId, e.amount])).toEqual([
      ['4010', -500],
      ['4010', -300],
      ['2640', -200],
    ]);
    expect((await stored(id)).externalNumber).toBe(String(k1.consecutiveNumber));
  });

  it('an invoice BL refuses (an account it lacks) is reported with its reference, the others go through; it is sent once the account exists', async () => {
    const bad = await s.invoice(platAb, 'C-1', { account: 4020 });
    const good = await s.invoice(platAb, 'C-2');
    const r = await s.run();
    expect(r.status).toBe('PARTIAL');
    expect(r.failures).toEqual([
      expect.objectContaining({
        entityType: 'supplierInvoice',
        reference: 'Supplier invoice 200/C-1',
        message: expect.stringMatching(/Account 4020 not found/),
      }),
    ]);
    expect(await stored(bad)).toEqual({ externalNumber: null, bookkept: false });
    expect((await stored(good)).externalNumber).not.toBeNull();

    // Reported again on the next run, until the account exists in BL.
    expect((await s.run()).failures.map((f) => f.reference)).toEqual(['Supplier invoice 200/C-1']);
    s.fake.state.accounts.push({ entityId: 61, id: '4020', name: 'Inköp UE' });
    expect((await s.run()).failures).toEqual([]);
    expect((await stored(bad)).bookkept).toBe(true);
    expect(s.fake.state.supplierInvoices.filter((i) => i.invoiceNumber === 'C-1')).toHaveLength(1);
  });

  it('an invoice already in BL (a crash after the create) is found by supplier and invoice number, not created twice', async () => {
    const id = await s.invoice(platAb, 'E-1');
    s.fake.state.supplierInvoices.push({
      entityId: 9001,
      id: 900,
      consecutiveNumber: 900,
      supplierId: '200',
      invoiceNumber: 'E-1',
      amountInLocalCurrency: 1000,
      preliminary: false,
      documentIds: [],
      subLedgerEntries: [{ entityId: 9002, accountId: '4010', amount: 1000 }],
    });
    const before = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(writes(s.fake, before)).toEqual([]);
    expect(s.fake.state.supplierInvoices.filter((i) => i.invoiceNumber === 'E-1')).toHaveLength(1);
    expect(await stored(id)).toEqual({ externalNumber: '900', bookkept: true });
  });

  it('a document refused after the create is reported; the next run attaches it without sending the invoice again', async () => {
    const id = await s.invoice(platAb, 'F-1', { file: true });
    s.fake.fail({ method: 'POST', path: /^\/document\/attachto\/SUPPLIER_INVOICE\//, status: 400, times: 1 });
    const r = await s.run();
    expect(r.failures).toEqual([expect.objectContaining({ reference: 'Supplier invoice 200/F-1', message: expect.stringContaining('Injected failure') })]);
    expect(await stored(id)).toEqual({ externalNumber: null, bookkept: false });
    const documents = s.fake.state.documents.length;

    expect((await s.run()).failures).toEqual([]);
    const f1 = s.fake.state.supplierInvoices.filter((i) => i.invoiceNumber === 'F-1');
    expect(f1).toHaveLength(1);
    expect(s.fake.state.documents).toHaveLength(documents + 1);
    expect(s.fake.state.documents.at(-1)!.entityId).toBe(f1[0]!.entityId);
    expect((await stored(id)).externalNumber).toBe(String(f1[0]!.consecutiveNumber));
  });

  it('a dry run sends nothing and records nothing; the real run then sends the invoice', async () => {
    const el = await s.supplier('210', 'El AB');
    const id = await s.invoice(el, 'D-1');
    const before = s.fake.requests().length;
    const dry = await s.run(true);
    expect(dry.failures).toEqual([]);
    expect(writes(s.fake, before)).toEqual([]);
    expect(await stored(id)).toEqual({ externalNumber: null, bookkept: false });
    expect(await h.prisma.externalIdMapping.count({ where: { localId: { in: [el, id] } } })).toBe(0);

    expect((await s.run()).failures).toEqual([]);
    expect(s.fake.state.suppliers.filter((x) => x.id === '210')).toHaveLength(1);
    expect(s.fake.state.supplierInvoices.filter((i) => i.invoiceNumber === 'D-1')).toHaveLength(1);
    expect((await stored(id)).externalNumber).not.toBeNull();
  });
});

describe('Björn Lundén supplier invoice export, preliminary (bookkeeping off), and the supplier update', () => {
  let s: Setup;
  let bygg: string;
  const supplierWrites = (from: number) => writes(s.fake, from, '/supplier').filter((w) => !w.includes('/supplierinvoice'));
  beforeAll(async () => {
    s = await setup({}, ['supplier-invoice-export']);
    // In BL under an older name; renamed here.
    s.fake.state.suppliers.push({ entityId: 1, id: '400', name: 'Bygg & Trä AB', receivableAccount: '2440' });
    bygg = await s.supplier('400', 'Bygg och Trä i Umeå AB');
  });
  afterAll(async () => s?.fake.close());

  it('off: the invoice is preliminary in BL and not marked booked; the existing supplier is not updated', async () => {
    await s.settings({ updateSuppliersOnInvoiceExport: false });
    const id = await s.invoice(bygg, 'U-1');
    const before = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(supplierWrites(before)).toEqual([]);
    expect(s.fake.state.suppliers[0]!.name).toBe('Bygg & Trä AB');
    const u1 = s.fake.state.supplierInvoices.find((i) => i.invoiceNumber === 'U-1')!;
    expect(u1.preliminary).toBe(true);
    expect(await stored(id)).toEqual({ externalNumber: String(u1.consecutiveNumber), bookkept: false });
  });

  it('on: the supplier is updated from the register once for two invoices; unchanged, no supplier request', async () => {
    await s.settings({ updateSuppliersOnInvoiceExport: true });
    await s.db().supplier.update({ where: { id: bygg }, data: { city: 'Umeå' } });
    const ids = [await s.invoice(bygg, 'U-2'), await s.invoice(bygg, 'U-3')];
    const before = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(supplierWrites(before)).toEqual(['PUT /supplier']);
    expect(s.fake.state.suppliers[0]).toMatchObject({ entityId: 1, id: '400', name: 'Bygg och Trä i Umeå AB', city: 'Umeå', organisationId: '556036-0793' });
    for (const id of ids) expect((await stored(id)).externalNumber).not.toBeNull();

    const id = await s.invoice(bygg, 'U-4');
    const again = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(
      s.fake
        .requests()
        .slice(again)
        .filter((q) => q.path === '/supplier' || q.path.startsWith('/supplier/')),
    ).toEqual([]);
    expect((await stored(id)).externalNumber).not.toBeNull();
  });

  it('a refused supplier update is reported with the supplier’s reference and holds its invoices until it passes', async () => {
    await s.db().supplier.update({ where: { id: bygg }, data: { name: 'Bygg och Trä Norr AB' } });
    const ids = [await s.invoice(bygg, 'U-5'), await s.invoice(bygg, 'U-6')];
    s.fake.fail({ method: 'PUT', path: '/supplier', status: 400, times: 1 });
    const r = await s.run();
    expect(r.failures.map((f) => [f.entityType, f.reference])).toEqual([
      ['supplier', 'Supplier 400'],
      ['supplierInvoice', 'Supplier invoice 400/U-5'],
      ['supplierInvoice', 'Supplier invoice 400/U-6'],
    ]);
    for (const id of ids) expect((await stored(id)).externalNumber).toBeNull();

    expect((await s.run()).failures).toEqual([]);
    expect(s.fake.state.suppliers[0]!.name).toBe('Bygg och Trä Norr AB');
    for (const id of ids) expect((await stored(id)).externalNumber).not.toBeNull();
  });

  it('a project BL lacks is refused by BL and reported with the invoice’s reference', async () => {
    const id = await s.invoice(bygg, 'P-1');
    s.fake.state.projects.splice(0, s.fake.state.projects.length);
    const r = await s.run();
    expect(r.failures).toEqual([
      expect.objectContaining({ reference: 'Supplier invoice 400/P-1', message: expect.stringContaining(`Project ${s.projectNumber} not found`) }),
    ]);
    expect((await stored(id)).externalNumber).toBeNull();
  });
});
