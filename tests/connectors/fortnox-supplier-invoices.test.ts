// Fortnox supplier invoice export and the voucher file import, end to end: the supplier-invoice
// service registers and double-approves invoices, the real runner runs the connector over real
// HTTP against the fake Fortnox, and the fake's state and our database are checked afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { virtualRateLimits } from '../helpers/virtual-rate-limits.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { approveSupplierInvoice, createSupplierInvoice, disputeSupplierInvoice } from '../../src/modules/supplier-invoices/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { startFortnoxFake, type FortnoxFake } from '../../connectors/fortnox/fake/server.js';

const h = useHarness();
const PDF = new TextEncoder().encode('%PDF-1.4 leverantörsfaktura A-1');
const SCAN = new TextEncoder().encode('%PDF-1.4 verifikat D');
let fake: FortnoxFake;
let c: TestCompany;
let db: TenantDb;
let connectionId: string;
let secondApprover: string;
let settings: Record<string, unknown>;
const ids = { plat: '', ahlsell: '', project: '', project2: '', changeOrder: '', cc: '' };
const invoices: Record<string, string> = {};

async function setSettings(over: Record<string, unknown>) {
  settings = { ...settings, ...over };
  await db.connection.update({ where: { id: connectionId }, data: { settings: settings as Prisma.InputJsonValue } });
}

async function run(flows: string[]) {
  const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL', flows });
  if (r.skipped) throw new Error(r.reason);
  return r;
}
const failures = (r: Awaited<ReturnType<typeof run>>) => r.flows.flatMap((f) => f.failures);
const stored = (id: string) => h.prisma.supplierInvoice.findUniqueOrThrow({ where: { id }, select: { externalNumber: true, bookkept: true } });
const remote = (given: string | null) => fake.state.supplierInvoices.find((i) => i.GivenNumber === given);

/** Registers a supplier invoice; `approvals`: 0, 1 (pending) or 2 (approved). */
async function supplierInvoice(
  invoiceNumber: string,
  o: { supplierId?: string; approvals?: 0 | 1 | 2; file?: boolean; projectId?: string; net?: string; vat?: string; rows?: Record<string, unknown>[] } = {},
) {
  const id = (
    await createSupplierInvoice(
      db,
      {
        supplierId: o.supplierId ?? ids.ahlsell,
        invoiceNumber,
        invoiceDate: '2026-11-05',
        dueDate: '2026-12-05',
        net: o.net ?? '1000.00',
        vat: o.vat ?? '250.00',
        ocr: '4711',
        rows: o.rows ?? [{ accountNumber: 4010, amount: o.net ?? '1000.00', projectId: o.projectId ?? ids.project }],
      },
      o.file ? { fileName: `${invoiceNumber}.pdf`, contentType: 'application/pdf', bytes: PDF } : null,
    )
  ).id;
  const approvals = o.approvals ?? 2;
  if (approvals >= 1) await approveSupplierInvoice(db, id, c.adminUserId);
  if (approvals >= 2) await approveSupplierInvoice(db, id, secondApprover);
  invoices[invoiceNumber] = id;
  return id;
}

// The connection's rate limit keeps Fortnox's quota (25 requests per 5.1 s) window by window on a
// clock that moves by what it waits (tests/helpers/virtual-rate-limits.ts): the runs send the same
// requests without waiting out the real windows.
beforeAll(async () => {
  virtualRateLimits(h.integrations);
  fake = await startFortnoxFake({ rateLimit: { requests: 100_000, perMs: 5000 } });
  c = await h.company();
  db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  secondApprover = (await h.user(c.companyId, ['SUPPLIER_INVOICE_APPROVE'])).userId;
  await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4010, name: 'Inköp material' }) });
  fake.state.accounts.push(
    { Number: 2440, Description: 'Leverantörsskulder', Active: true },
    { Number: 2640, Description: 'Ingående moms', Active: true },
    { Number: 4010, Description: 'Inköp material', Active: true },
  );
  ids.plat = (
    await db.supplier.create({
      data: scoped<Prisma.SupplierUncheckedCreateInput>({
        number: '200',
        name: 'Plåt AB',
        organisationNumber: '5560360793',
        bankgiro: '50501055',
        vatNumber: 'SE556036079301',
      }),
    })
  ).id;
  ids.ahlsell = (await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '300', name: 'Ahlsell AB' }) })).id;
  fake.state.suppliers.push({ SupplierNumber: '300', Name: 'Ahlsell AB', Active: true });
  const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'K1', name: 'Kund AB' }) });
  ids.project = (
    await db.project.create({ data: scoped<Prisma.ProjectUncheckedCreateInput>({ customerId: customer.id, number: '10000', name: 'Villa', statusCode: 50 }) })
  ).id;
  ids.project2 = (
    await db.project.create({ data: scoped<Prisma.ProjectUncheckedCreateInput>({ customerId: customer.id, number: '10001', name: 'Garage', statusCode: 50 }) })
  ).id;
  ids.changeOrder = (
    await db.changeOrder.create({ data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({ projectId: ids.project, number: 1, name: 'ÄTA 1', statusCode: 50 }) })
  ).id;
  ids.cc = (await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'CC1', name: 'Syd' }) })).id;
  fake.state.projects.push(
    { ProjectNumber: '10000', Description: 'Villa', Status: 'ONGOING' },
    { ProjectNumber: '10000_Ä001', Description: 'ÄTA 1', Status: 'ONGOING' },
  );
  fake.state.costCenters.push({ Code: 'CC1', Description: 'Syd', Active: true });
  settings = {
    baseUrl: fake.url,
    tokenUrl: fake.tokenUrl,
    projectNumbering: 'projectsAndParts',
    includeCostCentres: true,
    bookkeepSupplierInvoices: true,
    voucherSeries: ['D'],
  };
  const conn = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: 'fortnox',
      name: 'Fortnox',
      settings: settings as Prisma.InputJsonValue,
      enabledFlows: ['supplier-invoice-export'],
    }),
  });
  connectionId = conn.id;
  await db.connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(fake.credentials(), conn.id) } });
});

afterAll(async () => {
  await fake?.close();
});

describe('supplier invoice export', () => {
  it('exports approved, undisputed invoices: supplier created when missing, rows with project part and cost centre, VAT and TOT rows, the document, bookkept, external number', async () => {
    await supplierInvoice('A-1', {
      supplierId: ids.plat,
      file: true,
      net: '800.00',
      vat: '161.00',
      rows: [
        { accountNumber: 4010, amount: '500.00', projectId: ids.project, changeOrderId: ids.changeOrder, costCentreId: ids.cc, description: 'Plåt' },
        { accountNumber: 4010, amount: '300.00', vatRate: '12', projectId: ids.project },
      ],
    });
    await supplierInvoice('A-2');
    const disputed = await supplierInvoice('D-1');
    await disputeSupplierInvoice(db, disputed, 'Fel pris');
    await supplierInvoice('P-1', { approvals: 1 });

    const r = await run(['supplier-invoice-export']);
    expect(failures(r)).toEqual([]);
    expect(r.status).toBe('SUCCEEDED');
    expect(fake.state.supplierInvoices.map((i) => [i.SupplierNumber, i.InvoiceNumber])).toEqual([
      ['200', 'A-1'],
      ['300', 'A-2'],
    ]);

    // The missing supplier was created from the register (the existing one brought up to date: see below).
    expect(fake.state.suppliers.find((s) => s.SupplierNumber === '200')).toMatchObject({
      Name: 'Plåt AB',
      OrganisationNumber: '556036-0793',
      BG: '5050-1055',
      VATNumber: 'SE556036079301',
    });
    expect(fake.requests().filter((q) => q.method === 'POST' && q.path === '/3/suppliers')).toHaveLength(1);

    const a1 = await stored(invoices['A-1']!);
    const x1 = remote(a1.externalNumber)!;
    expect(x1).toMatchObject({
      SupplierNumber: '200',
      InvoiceNumber: 'A-1',
      InvoiceDate: '2026-11-05',
      DueDate: '2026-12-05',
      Total: '961.00',
      VAT: '161.00',
      OCR: '4711',
      Currency: 'SEK',
      Booked: true,
    });
    expect(x1.SupplierInvoiceRows).toEqual([
      { Account: 4010, Debit: 500, Credit: 0, Project: '10000_Ä001', CostCenter: 'CC1', TransactionInformation: 'Plåt' },
      { Account: 4010, Debit: 300, Credit: 0, Project: '10000' },
      { Code: 'VAT', Account: 2640, Debit: 161, Credit: 0 },
      { Code: 'TOT', Account: 2440, Debit: 0, Credit: 961 },
    ]);
    expect(a1).toEqual({ externalNumber: x1.GivenNumber, bookkept: true });

    // The document: uploaded to the supplier-invoice inbox and connected to the invoice.
    const connections = fake.state.supplierInvoiceFileConnections.filter((f) => f.SupplierInvoiceNumber === x1.GivenNumber);
    expect(connections).toHaveLength(1);
    const file = fake.state.files.find((f) => f.Id === connections[0]!.FileId)!;
    expect([file.Name, file.Path, Buffer.from(file.bytes).equals(Buffer.from(PDF))]).toEqual(['A-1.pdf', 'inbox_s', true]);

    const a2 = await stored(invoices['A-2']!);
    expect(remote(a2.externalNumber)).toMatchObject({ SupplierNumber: '300', Booked: true });
    expect(fake.state.supplierInvoiceFileConnections.some((f) => f.SupplierInvoiceNumber === a2.externalNumber)).toBe(false);

    // Disputed (double-approved) and pending ones are not sent.
    for (const n of ['D-1', 'P-1']) expect(await stored(invoices[n]!)).toEqual({ externalNumber: null, bookkept: false });
  });

  it('a second run sends nothing', async () => {
    const writes = fake.writes();
    const r = await run(['supplier-invoice-export']);
    expect(r.status).toBe('SUCCEEDED');
    expect(fake.writes()).toBe(writes);
  });

  it('reports a Fortnox refusal with the supplier invoice reference and exports it once fixed', async () => {
    await supplierInvoice('B-1', { projectId: ids.project2 });
    const r = await run(['supplier-invoice-export']);
    expect(r.status).toBe('PARTIAL');
    expect(failures(r)).toEqual([
      expect.objectContaining({
        entityType: 'supplierInvoice',
        reference: 'Supplier invoice 300/B-1',
        message: expect.stringContaining('Projektet "10001" hittades inte'),
      }),
    ]);
    expect(await stored(invoices['B-1']!)).toEqual({ externalNumber: null, bookkept: false });
    fake.state.projects.push({ ProjectNumber: '10001', Description: 'Garage', Status: 'ONGOING' });
    const fixed = await run(['supplier-invoice-export']);
    expect(failures(fixed)).toEqual([]);
    const b1 = await stored(invoices['B-1']!);
    expect(remote(b1.externalNumber)).toMatchObject({ InvoiceNumber: 'B-1', Booked: true });
  });

  it('without bookkeeping: left unbooked in Fortnox, external number recorded, not marked bookkept', async () => {
    await setSettings({ bookkeepSupplierInvoices: false });
    try {
      await supplierInvoice('C-1');
      const r = await run(['supplier-invoice-export']);
      expect(failures(r)).toEqual([]);
      const c1 = await stored(invoices['C-1']!);
      expect(c1.externalNumber).not.toBeNull();
      expect(c1.bookkept).toBe(false);
      expect(remote(c1.externalNumber)).toMatchObject({ InvoiceNumber: 'C-1', Booked: false });
      expect(fake.requests().some((q) => q.method === 'PUT' && q.path === `/3/supplierinvoices/${c1.externalNumber}/bookkeep`)).toBe(false);
    } finally {
      await setSettings({ bookkeepSupplierInvoices: true });
    }
  });

  it('an invoice already in Fortnox (same supplier and invoice number) is not created twice', async () => {
    fake.state.supplierInvoices.push({
      GivenNumber: '900',
      SupplierNumber: '300',
      InvoiceNumber: 'E-1',
      InvoiceDate: '2026-11-05',
      Total: '1250.00',
      VAT: '250.00',
      Currency: 'SEK',
      Booked: false,
      Cancelled: false,
      SupplierInvoiceRows: [
        { Account: 4010, Debit: 1250 },
        { Code: 'TOT', Account: 2440, Credit: 1250 },
      ],
    });
    await supplierInvoice('E-1');
    const posts = fake.requests().filter((q) => q.method === 'POST' && q.path === '/3/supplierinvoices').length;
    const r = await run(['supplier-invoice-export']);
    expect(failures(r)).toEqual([]);
    expect(fake.requests().filter((q) => q.method === 'POST' && q.path === '/3/supplierinvoices')).toHaveLength(posts);
    expect(await stored(invoices['E-1']!)).toEqual({ externalNumber: '900', bookkept: true });
    expect(remote('900')!.Booked).toBe(true);
  });
});

describe('voucher file import', () => {
  it('attaches the image of a supplier-invoice voucher only, once', async () => {
    const a1 = (await stored(invoices['A-1']!)).externalNumber!;
    const row = (project?: string) => [
      { Account: 4010, Debit: 100, Credit: 0, ...(project ? { Project: project } : {}) },
      { Account: 2440, Debit: 0, Credit: 100 },
    ];
    // D1: booked supplier invoice A-1 (its document is connected to the supplier invoice).
    fake.addVoucher({
      VoucherSeries: 'D',
      TransactionDate: '2026-11-10',
      Description: 'Leverantörsfaktura A-1',
      ReferenceType: 'SUPPLIERINVOICE',
      ReferenceNumber: a1,
      VoucherRows: row('10000'),
    });
    // D2: a supplier-invoice voucher whose image is connected to the voucher only.
    const d2 = fake.addVoucher({
      VoucherSeries: 'D',
      TransactionDate: '2026-11-11',
      Description: 'Leverantörsfaktura 77',
      ReferenceType: 'SUPPLIERINVOICE',
      ReferenceNumber: '77',
      VoucherRows: row('10000'),
    });
    const scan = fake.addFile('skanning.pdf', SCAN);
    fake.state.voucherFileConnections.push({
      FileId: scan.Id,
      VoucherSeries: 'D',
      VoucherNumber: String(d2.VoucherNumber),
      VoucherYear: d2.Year,
      VoucherDescription: d2.Description,
    });
    // D3: a manual voucher with a file connected: never gets a file here.
    const d3 = fake.addVoucher({
      VoucherSeries: 'D',
      TransactionDate: '2026-11-12',
      Description: 'Manuell',
      ReferenceType: 'MANUAL',
      VoucherRows: row('10000'),
    });
    const other = fake.addFile('annat.pdf', SCAN);
    fake.state.voucherFileConnections.push({ FileId: other.Id, VoucherSeries: 'D', VoucherNumber: String(d3.VoucherNumber), VoucherYear: d3.Year });
    // D4: supplier invoice A-2 (a scan connected in Fortnox) without a project: not imported, so no file either (yet).
    const a2 = (await stored(invoices['A-2']!)).externalNumber!;
    const d4 = fake.addVoucher({
      VoucherSeries: 'D',
      TransactionDate: '2026-11-13',
      Description: 'Leverantörsfaktura A-2',
      ReferenceType: 'SUPPLIERINVOICE',
      ReferenceNumber: a2,
      VoucherRows: row(),
    });
    const a2scan = fake.addFile('A-2 skannad.pdf', SCAN);
    fake.state.supplierInvoiceFileConnections.push({ FileId: a2scan.Id, SupplierInvoiceNumber: a2, Name: 'A-2 skannad.pdf' });

    const r = await run(['voucher-import']);
    expect(failures(r)).toEqual([]);
    const files = async () =>
      (await db.voucherFile.findMany({ include: { voucher: { select: { series: true, number: true } } }, orderBy: { createdAt: 'asc' } })).map((f) => [
        `${f.voucher.series}${f.voucher.number}`,
        f.fileName,
        f.contentType,
        Buffer.from(f.bytes).toString('latin1'),
      ]);
    expect(await files()).toEqual([
      ['D1', 'A-1.pdf', 'application/pdf', Buffer.from(PDF).toString('latin1')],
      // A voucher file connection carries no file name: the voucher's own.
      ['D2', 'Verifikat D2.pdf', 'application/pdf', Buffer.from(SCAN).toString('latin1')],
    ]);

    // Once: the vouchers read again (changed in Fortnox) get no second download or file.
    const downloads = () => fake.requests().filter((q) => q.method === 'GET' && q.path.startsWith('/3/archive/')).length;
    const before = downloads();
    fake.editVoucher('D', 1, (v) => {
      v.Comments = 'ändrad';
    });
    fake.editVoucher('D', d2.VoucherNumber, (v) => {
      v.Comments = 'ändrad';
    });
    expect(failures(await run(['voucher-import']))).toEqual([]);
    expect(downloads()).toBe(before);
    expect(await files()).toHaveLength(2);

    // D4 gets its project in Fortnox: imported, and then its image.
    fake.editVoucher('D', d4.VoucherNumber, (v) => {
      v.VoucherRows![0]!.Project = '10000';
    });
    expect(failures(await run(['voucher-import']))).toEqual([]);
    expect((await files()).map((f) => [f[0], f[1]])).toEqual([
      ['D1', 'A-1.pdf'],
      ['D2', 'Verifikat D2.pdf'],
      ['D4', 'A-2 skannad.pdf'],
    ]);
  });
});

describe('the supplier update at supplier invoice export (updateSuppliersOnInvoiceExport)', () => {
  const supplierWrites = (from: number, number: string) =>
    fake
      .requests()
      .slice(from)
      .filter((q) => q.method !== 'GET' && q.path.startsWith('/3/suppliers'))
      .map(
        (q) =>
          `${q.method} ${q.path}${q.path.endsWith(`/${number}`) ? '' : ` ${(q.body as { Supplier?: { SupplierNumber?: string } })?.Supplier?.SupplierNumber}`}`,
      );
  let bygg: string;
  let el: string;

  beforeAll(async () => {
    // In Fortnox under an older name; renamed here.
    fake.state.suppliers.push({ SupplierNumber: '400', Name: 'Bygg & Trä AB', City: 'Umeå', Active: true });
    bygg = (
      await db.supplier.create({
        data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '400', name: 'Bygg och Trä i Umeå AB', city: 'Umeå', bankgiro: '50501055' }),
      })
    ).id;
    el = (await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '410', name: 'El AB', organisationNumber: '5560360793' }) }))
      .id;
  });

  it('off: an existing supplier whose name changed here is not updated; a missing one is created', async () => {
    await setSettings({ updateSuppliersOnInvoiceExport: false });
    try {
      await supplierInvoice('U-1', { supplierId: bygg });
      await supplierInvoice('U-2', { supplierId: el });
      const before = fake.requests().length;
      const r = await run(['supplier-invoice-export']);
      expect(failures(r)).toEqual([]);
      expect(supplierWrites(before, '400')).toEqual(['POST /3/suppliers 410']);
      expect(fake.state.suppliers.find((s) => s.SupplierNumber === '400')!.Name).toBe('Bygg & Trä AB');
      expect(fake.state.suppliers.find((s) => s.SupplierNumber === '410')).toMatchObject({ Name: 'El AB', OrganisationNumber: '556036-0793' });
      for (const n of ['U-1', 'U-2']) expect((await stored(invoices[n]!)).externalNumber).not.toBeNull();
    } finally {
      await setSettings({ updateSuppliersOnInvoiceExport: true });
    }
  });

  it('on (the default): updated from the register once for two invoices, with the supplier sync’s payload; unchanged, no request', async () => {
    await supplierInvoice('U-3', { supplierId: bygg });
    await supplierInvoice('U-4', { supplierId: bygg });
    const before = fake.requests().length;
    const r = await run(['supplier-invoice-export']);
    expect(failures(r)).toEqual([]);
    expect(supplierWrites(before, '400')).toEqual(['PUT /3/suppliers/400']);
    expect(fake.state.suppliers.find((s) => s.SupplierNumber === '400')).toMatchObject({ Name: 'Bygg och Trä i Umeå AB', City: 'Umeå', BG: '5050-1055' });
    for (const n of ['U-3', 'U-4']) expect((await stored(invoices[n]!)).externalNumber).not.toBeNull();

    // Unchanged since it was sent: a further invoice costs no supplier request at all.
    await supplierInvoice('U-5', { supplierId: bygg });
    const again = fake.requests().length;
    expect(failures(await run(['supplier-invoice-export']))).toEqual([]);
    expect(
      fake
        .requests()
        .slice(again)
        .filter((q) => q.path.startsWith('/3/suppliers')),
    ).toEqual([]);
    expect((await stored(invoices['U-5']!)).externalNumber).not.toBeNull();
  });

  it('on: a missing supplier is created from the register', async () => {
    const vvs = (
      await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '420', name: 'VVS AB', address1: 'Rörgatan 2', city: 'Luleå' }) })
    ).id;
    await supplierInvoice('U-6', { supplierId: vvs });
    const before = fake.requests().length;
    expect(failures(await run(['supplier-invoice-export']))).toEqual([]);
    expect(supplierWrites(before, '420')).toEqual(['POST /3/suppliers 420']);
    expect(fake.state.suppliers.find((s) => s.SupplierNumber === '420')).toMatchObject({ Name: 'VVS AB', Address1: 'Rörgatan 2', City: 'Luleå' });
  });

  it('on: a refused update is reported with the supplier’s reference and holds its invoices until it passes', async () => {
    await db.supplier.update({ where: { id: bygg }, data: { name: 'Bygg och Trä Norr AB' } });
    await supplierInvoice('U-7', { supplierId: bygg });
    await supplierInvoice('U-8', { supplierId: bygg });
    fake.fail({ method: 'PUT', path: '/3/suppliers/400', status: 400, times: 1 });
    const r = await run(['supplier-invoice-export']);
    expect(failures(r).map((f) => [f.entityType, f.reference])).toEqual([
      ['supplier', 'Supplier 400'],
      ['supplierInvoice', 'Supplier invoice 400/U-7'],
      ['supplierInvoice', 'Supplier invoice 400/U-8'],
    ]);
    for (const n of ['U-7', 'U-8']) expect((await stored(invoices[n]!)).externalNumber).toBeNull();
    expect(fake.state.suppliers.find((s) => s.SupplierNumber === '400')!.Name).toBe('Bygg och Trä i Umeå AB');

    const fixed = await run(['supplier-invoice-export']);
    expect(failures(fixed)).toEqual([]);
    expect(fake.state.suppliers.find((s) => s.SupplierNumber === '400')!.Name).toBe('Bygg och Trä Norr AB');
    for (const n of ['U-7', 'U-8']) expect((await stored(invoices[n]!)).externalNumber).not.toBeNull();
  });
});
