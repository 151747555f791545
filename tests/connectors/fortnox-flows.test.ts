// Every Fortnox flow end to end: domain services create the data, the real runner (executeRun)
// runs the connector over real HTTP against the fake Fortnox, and the fake's state and our
// database are checked afterwards. The connection's rate limit (25 requests per 5.1 s) holds on a
// clock that moves by what it waits (tests/helpers/virtual-rate-limits.ts): the same windows, not
// the real seconds.
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { addContact, createCustomer, updateCustomer } from '../../src/modules/customers/service.js';
import { closeProject, createChangeOrder, createProject, createWorkOrder } from '../../src/modules/projects/service.js';
import { createInvoice, creditInvoice, lockInvoice, setBuyers, setLineWorkTypes } from '../../src/modules/invoices/service.js';
import { createSupplier } from '../../src/modules/registers/service.js';
import { rebuildBasis, setPostingRules, updateSettings } from '../../src/modules/revenue/service.js';
import { invoicePreflight } from '../../src/modules/integrations/index.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { startFortnoxFake, type FortnoxFake } from '../../connectors/fortnox/fake/server.js';
import { buildInvoiceDocument } from '../../src/modules/invoices/document-builder.js';
import { renderInvoicePdf } from '../../src/modules/invoices/pdf.js';
import { virtualRateLimits } from '../helpers/virtual-rate-limits.js';

const h = useHarness();
let fake: FortnoxFake;
let c: TestCompany;
let db: TenantDb;
let connectionId: string;
let offsetMs = 0;
let limits: ReturnType<typeof virtualRateLimits>;
const D = (v: string) => new Prisma.Decimal(v);
/** The text of a PDF, as a reader extracts it. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, ' ');
  } finally {
    await parser.destroy();
  }
}
const auth = () => ({
  actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' },
  permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
});

let settings: Record<string, unknown>;
async function setSettings(over: Record<string, unknown>) {
  settings = { ...settings, ...over };
  await db.connection.update({ where: { id: connectionId }, data: { settings: settings as Prisma.InputJsonValue } });
}

async function run(flows?: string[]) {
  const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL', flows });
  if (r.skipped) throw new Error(r.reason);
  return r;
}
const failures = (r: Awaited<ReturnType<typeof run>>) => r.flows.flatMap((f) => f.failures);
const lastBody = (method: string, path: string) =>
  fake
    .requests()
    .filter((q) => q.method === method && q.path === path)
    .at(-1)?.body as Record<string, Record<string, unknown>> | undefined;

let customerId: string;
let customerNumber: string;
let projectA: { id: string; number: string };
let projectD: { id: string; number: string };
let workOrderId: string;

beforeAll(async () => {
  fake = await startFortnoxFake({ rateLimit: { requests: 100_000, perMs: 5000 } });
  c = await h.company();
  db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  h.integrations.now = () => new Date(Date.now() + offsetMs);
  limits = virtualRateLimits(h.integrations);
  settings = {
    baseUrl: fake.url,
    tokenUrl: fake.tokenUrl,
    projectNumbering: 'projectsAndParts',
    completionDelayDays: 10,
    voucherSeries: ['A'],
    supplierDirection: 'import',
    bookkeepInvoices: true,
  };
  const conn = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: 'fortnox',
      name: 'Fortnox',
      settings: settings as Prisma.InputJsonValue,
      enabledFlows: ['project-part-export', 'supplier-sync'],
    }),
  });
  connectionId = conn.id;
  await db.connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(fake.credentials(), conn.id) } });
  customerId = await createCustomer(db, auth(), {
    name: 'Byggbolaget i Umeå AB',
    type: 'COMPANY',
    organisationNumber: '556036-0793',
    vatNumber: 'SE556036079301',
    invoiceAddress: { address1: 'Storgatan 1', postcode: '903 25', city: 'Umeå' },
    phone: '090-123456',
    email: 'info@byggbolaget.se',
  });
  await h.prisma.company.update({ where: { id: c.companyId }, data: { vatNumber: 'SE556677889901' } });
  customerNumber = (await db.customer.findUniqueOrThrow({ where: { id: customerId } })).number;
});

afterAll(async () => {
  h.integrations.now = undefined;
  await fake?.close();
});

const project = async (input: Record<string, unknown>) => {
  const id = await createProject(db, { customerId, ...input });
  return { id, number: (await db.project.findUniqueOrThrow({ where: { id } })).number };
};

describe('project export', () => {
  it('exports status 40–89 (name cut to 50, dates, leader), reports a number Fortnox refuses while the others pass, skips lower statuses', async () => {
    projectA = await project({
      name: 'Nybyggnad flerbostadshus kvarteret Björken etapp 2 – stomme och tak',
      statusCode: 40,
      startDate: '2026-10-01',
      endDate: '2027-03-31',
      projectManagerId: c.adminUserId,
    });
    const bad = await project({ name: 'Punkt i numret', statusCode: 40 });
    await db.project.update({ where: { id: bad.id }, data: { number: `${bad.number}.1` } });
    const low = await project({ name: 'Offert', statusCode: 20 });
    expect((await db.project.findUniqueOrThrow({ where: { id: low.id } })).statusCode).toBe(20);
    const r = await run(['project-export']);
    expect(r.status).toBe('PARTIAL');
    expect(failures(r)).toEqual([
      expect.objectContaining({ entityType: 'project', reference: `Project ${bad.number}.1`, message: expect.stringContaining('"."') }),
    ]);
    const a = fake.state.projects.find((p) => p.ProjectNumber === projectA.number)!;
    expect(a).toMatchObject({
      Description: 'Nybyggnad flerbostadshus kvarteret Björken etapp 2',
      Status: 'ONGOING',
      StartDate: '2026-10-01',
      EndDate: '2027-03-31',
    });
    expect(a.Description).toHaveLength(50);
    expect(a.ProjectLeader).toEqual(expect.any(String));
    // Below status 40: not sent (while the project above it, created the same way, was).
    expect(fake.state.projects.some((p) => p.ProjectNumber === low.number)).toBe(false);
    // Unchanged: nothing sent again, the refused one reported again.
    const writes = fake.writes();
    const again = await run(['project-export']);
    expect(fake.writes()).toBe(writes);
    expect(failures(again).map((f) => f.reference)).toEqual([`Project ${bad.number}.1`]);
    await db.project.update({ where: { id: bad.id }, data: { number: `${bad.number}-1` } });
  });

  it('a project at status 90 is set COMPLETED only after the configured delay, re-checked on later runs without changes', async () => {
    await closeProject(db, projectA.id, 90);
    await run(['project-export']);
    expect(fake.state.projects.find((p) => p.ProjectNumber === projectA.number)!.Status).toBe('ONGOING');
    offsetMs = 11 * 86_400_000;
    try {
      const writes = fake.writes();
      await run(['project-export']);
      expect(fake.state.projects.find((p) => p.ProjectNumber === projectA.number)!.Status).toBe('COMPLETED');
      expect(fake.writes()).toBe(writes + 1);
      await run(['project-export']);
      expect(fake.writes()).toBe(writes + 1);
    } finally {
      offsetMs = 0;
    }
  });
});

describe('work order & ÄTA export', () => {
  it('exports AO and ÄTA as projects 10000_1 / 10000_Ä001 with the project’s dates', async () => {
    projectD = await project({ name: 'Badrumsrenovering', statusCode: 40, startDate: '2026-09-01', endDate: '2026-12-31' });
    workOrderId = await createWorkOrder(db, projectD.id, { name: 'Rivning' }).then((w: unknown) => (typeof w === 'string' ? w : (w as { id: string }).id));
    await createChangeOrder(db, projectD.id, { name: 'Extra golvvärme' });
    const r = await run(['project-export', 'project-part-export']);
    expect(failures(r)).toEqual([]);
    expect(fake.state.projects.find((p) => p.ProjectNumber === `${projectD.number}_1`)).toMatchObject({
      Description: 'Rivning',
      Status: 'ONGOING',
      StartDate: '2026-09-01',
      EndDate: '2026-12-31',
    });
    expect(fake.state.projects.find((p) => p.ProjectNumber === `${projectD.number}_Ä001`)).toMatchObject({
      Description: 'Extra golvvärme',
      Status: 'ONGOING',
      EndDate: '2026-12-31',
    });
  });
});

describe('customer export', () => {
  it('creates with the creation-only fields, updates without them', async () => {
    await run(['customer-export']);
    const created = lastBody('POST', '/3/customers')!.Customer!;
    expect(created).toMatchObject({
      CustomerNumber: customerNumber,
      Name: 'Byggbolaget i Umeå AB',
      CountryCode: 'SE',
      VATType: expect.stringMatching(/^SE/),
      OrganisationNumber: '556036-0793',
      Address1: 'Storgatan 1',
      ZipCode: '903 25',
      City: 'Umeå',
      Phone1: '090-123456',
      Type: 'COMPANY',
    });
    await updateCustomer(db, auth(), customerId, { name: 'Byggbolaget Norr AB', mobile: '070-1234567' });
    await run(['customer-export']);
    const updated = lastBody('PUT', `/3/customers/${customerNumber}`)!.Customer!;
    expect(updated).toMatchObject({ Name: 'Byggbolaget Norr AB', Phone2: '070-1234567' });
    for (const k of ['CustomerNumber', 'CountryCode', 'VATType', 'OrganisationNumber']) expect(updated).not.toHaveProperty(k);
    expect(fake.state.customers.find((x) => x.CustomerNumber === customerNumber)).toMatchObject({
      Name: 'Byggbolaget Norr AB',
      OrganisationNumber: '556036-0793',
    });
  });
});

describe('cost centre and account import', () => {
  it('creates and renames cost centres (Fortnox is the master)', async () => {
    fake.state.costCenters.push({ Code: 'UME', Description: 'Umeå', Active: true }, { Code: 'SKE', Description: 'Skellefteå', Active: true });
    await run(['cost-centre-import']);
    expect((await db.costCentre.findMany({ orderBy: { code: 'asc' } })).map((x) => [x.code, x.name])).toEqual([
      ['SKE', 'Skellefteå'],
      ['UME', 'Umeå'],
    ]);
    fake.state.costCenters[0]!.Description = 'Umeå centrum';
    await run(['cost-centre-import']);
    expect((await db.costCentre.findFirstOrThrow({ where: { code: 'UME' } })).name).toBe('Umeå centrum');
  });

  it('imports accounts except classes 1–2; later runs only add new numbers and never rename', async () => {
    fake.state.accounts.push(
      { Number: 1930, Description: 'Företagskonto', Active: true },
      { Number: 2440, Description: 'Leverantörsskulder', Active: true },
      { Number: 3001, Description: 'Försäljning 25 %', Active: true },
      { Number: 4010, Description: 'Inköp material', Active: true },
    );
    await run(['account-import']);
    expect((await db.account.findMany({ orderBy: { number: 'asc' } })).map((a) => a.number)).toEqual([3001, 4010]);
    fake.state.accounts.find((a) => a.Number === 3001)!.Description = 'Omdöpt';
    fake.state.accounts.push({ Number: 5010, Description: 'Lokalhyra', Active: true });
    await run(['account-import']);
    const accounts = await db.account.findMany({ orderBy: { number: 'asc' } });
    expect(accounts.map((a) => a.number)).toEqual([3001, 4010, 5010]);
    expect(accounts[0]!.name).toBe('Försäljning 25 %');
  });
});

describe('voucher import', () => {
  it('skips a voucher without project rows, imports it once a project is added, then appended rows; TransactionInformation → note', async () => {
    fake.addVoucher({
      VoucherSeries: 'A',
      TransactionDate: '2026-11-10',
      Description: 'Leverantörsfaktura Beijer',
      VoucherRows: [
        { Account: 4010, Debit: 1000, Credit: 0, TransactionInformation: 'Gips' },
        { Account: 2440, Debit: 0, Credit: 1000 },
      ],
    });
    fake.addVoucher({
      VoucherSeries: 'B',
      TransactionDate: '2026-11-10',
      Description: 'Annan serie',
      VoucherRows: [
        { Account: 4010, Debit: 5, Project: projectD.number },
        { Account: 2440, Credit: 5 },
      ],
    });
    await run(['voucher-import']);
    expect(await db.voucher.count()).toBe(0);
    fake.editVoucher('A', 1, (v) => {
      v.VoucherRows![0]!.Project = projectD.number;
    });
    await run(['voucher-import']);
    const v = await db.voucher.findFirstOrThrow({ include: { rows: { orderBy: { rowIndex: 'asc' } } } });
    expect(v).toMatchObject({ series: 'A', number: 1, description: 'Leverantörsfaktura Beijer' });
    expect(v.rows.map((r) => [r.rowIndex, r.accountNumber, r.note])).toEqual([[1, 4010, 'Gips']]);
    fake.editVoucher('A', 1, (x) => {
      x.VoucherRows!.push(
        { Account: 4010, Debit: 200, Credit: 0, Project: `${projectD.number}_1`, TransactionInformation: 'Tillägg' },
        { Account: 2440, Debit: 0, Credit: 200 },
      );
      x.VoucherRows![0]!.TransactionInformation = 'Ändrad (ignoreras)';
    });
    await run(['voucher-import']);
    const after = await db.voucher.findFirstOrThrow({ include: { rows: { orderBy: { rowIndex: 'asc' } } } });
    expect(after.rows.map((r) => [r.rowIndex, r.accountNumber, r.note, r.workOrderId])).toEqual([
      [1, 4010, 'Gips', null],
      [3, 4010, 'Tillägg', workOrderId],
    ]);
    expect(await db.voucher.count()).toBe(1);
  });

  it('voucherSeries means the same as in every connector: "all" reads each series of Fortnox’s register, [] reads none', async () => {
    const withSeries = (voucherSeries: unknown) =>
      db.connection.update({ where: { id: connectionId }, data: { settings: { ...settings, voucherSeries } as Prisma.InputJsonValue } });
    const voucherReads = () => fake.requests().filter((q) => q.path.startsWith('/3/voucher')).length;
    try {
      await withSeries('all');
      await run(['voucher-import']);
      // The B voucher with a project row (left alone while only A was read) is imported now.
      expect((await db.voucher.findMany({ orderBy: { series: 'asc' } })).map((v) => `${v.series}/${v.number}`)).toEqual(['A/1', 'B/1']);
      expect(fake.requests().some((q) => q.method === 'GET' && q.path === '/3/voucherseries')).toBe(true);

      fake.addVoucher({
        VoucherSeries: 'A',
        TransactionDate: '2026-11-12',
        Description: 'Efter att serierna tömts',
        VoucherRows: [
          { Account: 4010, Debit: 7, Project: projectD.number },
          { Account: 2440, Credit: 7 },
        ],
      });
      await withSeries([]);
      const before = voucherReads();
      await run(['voucher-import']);
      expect(before).toBeGreaterThan(0);
      expect(voucherReads()).toBe(before);
      expect(await db.voucher.count()).toBe(2);
    } finally {
      await withSeries(['A']);
    }
  });
});

describe('suppliers', () => {
  it('imports suppliers from Fortnox when the direction is import', async () => {
    fake.state.suppliers.push({
      SupplierNumber: '200',
      Name: 'Beijer Bygg AB',
      OrganisationNumber: '556036-0793',
      City: 'Malmö',
      BG: '5050-1055',
      Active: true,
    });
    const r = await run(['supplier-sync']);
    expect(failures(r)).toEqual([]);
    expect(await db.supplier.findFirstOrThrow({ where: { number: '200' } })).toMatchObject({
      name: 'Beijer Bygg AB',
      city: 'Malmö',
      bankgiro: expect.stringContaining('5050'),
    });
  });

  it('exports our suppliers when the direction is export', async () => {
    await setSettings({ supplierDirection: 'export' });
    await createSupplier(db, { number: '300', name: 'Ahlsell AB', city: 'Stockholm' });
    const r = await run(['supplier-sync']);
    expect(failures(r)).toEqual([]);
    expect(fake.state.suppliers.find((s) => s.SupplierNumber === '300')).toMatchObject({ Name: 'Ahlsell AB', City: 'Stockholm' });
    await setSettings({ supplierDirection: 'import' });
  });
});

describe('customer invoice export and paid dates', () => {
  let invoiceId: string;
  let reverseId: string;
  let creditId: string;
  let unlockedId: string;

  it('exports locked invoices only: rows, accounts, project parts, reverse charge, credit reference, PDF, bookkeeping, external number', async () => {
    const lines = [
      { description: 'Arbete', quantity: D('10'), unitPrice: D('650'), vatRate: D('25'), accountNumber: 3001 },
      { description: 'Material', quantity: D('1'), unitPrice: D('1200'), vatRate: D('25'), accountNumber: 3001 },
    ];
    invoiceId = await createInvoice(db, { projectId: projectD.id, workOrderId, lines, fields: { invoiceDate: '2026-11-01', bookkeepingDate: '2026-10-31' } });
    unlockedId = await createInvoice(db, { projectId: projectD.id, lines, fields: { invoiceDate: '2026-11-02' } });
    reverseId = await createInvoice(db, { projectId: projectD.id, lines: [lines[0]!], fields: { invoiceDate: '2026-11-03', reverseCharge: true } });
    await lockInvoice(db, invoiceId, 'AD');
    await lockInvoice(db, reverseId, 'AD');
    creditId = await creditInvoice(db, invoiceId, 'Fel pris');
    await lockInvoice(db, creditId, 'AD');

    const r = await run();
    expect(failures(r)).toEqual([]);
    expect(r.status).toBe('SUCCEEDED');
    const stored = async (id: string) => db.invoice.findUniqueOrThrow({ where: { id } });
    const [inv, rev, cre, unl] = [await stored(invoiceId), await stored(reverseId), await stored(creditId), await stored(unlockedId)];
    expect(unl.externalNumber).toBeNull();
    expect(inv.ocrReference).toMatch(new RegExp(`^${inv.number}\\d$`));
    expect(fake.state.invoices).toHaveLength(3);
    const remote = (n: string | null) => fake.state.invoices.find((i) => i.DocumentNumber === n)!;

    const main = remote(inv.externalNumber);
    // Booked on the bookkeeping date (the PDF keeps the customer's invoice date).
    expect(main).toMatchObject({
      CustomerNumber: customerNumber,
      InvoiceDate: '2026-10-31',
      ExternalInvoiceReference1: String(inv.number),
      // The OCR reference the customer pays with, made when it was locked.
      OCR: inv.ocrReference,
      Booked: true,
      Credit: 'false',
    });
    expect(main.InvoiceRows.map((x) => [x.Description, x.AccountNumber, x.DeliveredQuantity, x.Price, x.VAT, x.Project])).toEqual([
      ['Arbete', 3001, '10', 650, 25, `${projectD.number}_1`],
      ['Material', 3001, '1', 1200, 25, `${projectD.number}_1`],
    ]);
    expect(remote(rev.externalNumber).InvoiceRows.map((x) => x.VAT)).toEqual([0]);
    const credit = remote(cre.externalNumber);
    expect(credit).toMatchObject({ CreditInvoiceReference: inv.externalNumber, Credit: 'true' });
    expect(Number(credit.InvoiceRows[0]!.DeliveredQuantity)).toBeLessThan(0);
    // One PDF attached per invoice.
    for (const doc of [inv, rev, cre]) {
      const att = fake.state.attachments.filter((a) => String(a.entityId) === doc.externalNumber);
      expect(att).toHaveLength(1);
      expect(
        fake.state.files
          .find((f) => f.ArchiveFileId === att[0]!.fileId)!
          .bytes.subarray(0, 5)
          .toString('latin1'),
      ).toBe('%PDF-');
    }
  });

  // The limit (pdfMaxBytes, at most Fortnox's 5 MB) is set around this invoice's own PDF, rendered
  // here as the export renders it (the same document gives the same bytes): a PDF at or under the
  // limit is uploaded whole, one byte over it is replaced by the one-page stand-in.
  it.each([
    ['one byte under', 'the PDF itself', 1, false],
    ['exactly at', 'the PDF itself', 0, false],
    ['one byte over', 'the stand-in instead', -1, true],
  ] as const)('a PDF %s the limit: Fortnox receives %s', async (_where, _receives, margin, standIn) => {
    const id = await createInvoice(db, {
      projectId: projectD.id,
      lines: [{ description: 'Stort arbete', quantity: D('1'), unitPrice: D('100'), vatRate: D('25'), accountNumber: 3001 }],
      fields: { invoiceDate: '2026-11-05' },
    });
    await lockInvoice(db, id, 'AD');
    const number = (await db.invoice.findUniqueOrThrow({ where: { id } })).number;
    const full = await renderInvoicePdf(await buildInvoiceDocument(db, id));
    expect(await pdfText(full)).toContain('Stort arbete');
    const limit = full.length + margin;
    await setSettings({ pdfMaxBytes: limit });
    try {
      const r = await run(['invoice-export']);
      expect(failures(r)).toEqual([]);
      const ext = (await db.invoice.findUniqueOrThrow({ where: { id } })).externalNumber;
      expect(ext).not.toBeNull();
      // What the fake received: exactly one file, attached to this invoice.
      const attached = fake.state.attachments.filter((a) => String(a.entityId) === ext);
      expect(attached).toHaveLength(1);
      const file = fake.state.files.find((f) => f.ArchiveFileId === attached[0]!.fileId)!;
      expect(file.Name).toBe(`Faktura ${number}.pdf`);
      expect(file.Size).toBe(file.bytes.length);
      if (!standIn) {
        // The invoice itself, byte for byte.
        expect(file.Size).toBe(full.length);
        expect(file.Size).toBeLessThanOrEqual(limit);
        expect(file.bytes.equals(full)).toBe(true);
      } else {
        // Not the invoice: a smaller stand-in naming it and saying where it is.
        expect(full.length).toBeGreaterThan(limit);
        expect(file.Size).toBeLessThan(full.length);
        expect(file.bytes.equals(full)).toBe(false);
        const text = await pdfText(file.bytes);
        expect(text).toContain(`Faktura ${number}`);
        expect(text).toContain('Fakturadokumentet finns tillgängligt i faktureringssystemet Project invoicing.');
        expect(text).not.toContain('Stort arbete');
      }
    } finally {
      await setSettings({ pdfMaxBytes: 5 * 1024 * 1024 });
    }
  });

  it('"always send as invoice" on the customer card bookkeeps the invoice even when the connection leaves invoices unbooked', async () => {
    const finalCustomer = await createCustomer(db, auth(), {
      name: 'Alltid Faktura AB',
      type: 'COMPANY',
      organisationNumber: '556677-8899',
      invoiceAddress: { address1: 'Kungsgatan 2', postcode: '111 43', city: 'Stockholm' },
      alwaysSendAsInvoice: true,
    });
    const finalProject = await createProject(db, { customerId: finalCustomer, name: 'Fasadrenovering', statusCode: 40, startDate: '2026-10-01' });
    const line = { description: 'Arbete', quantity: D('2'), unitPrice: D('650'), vatRate: D('25'), accountNumber: 3001 };
    const plain = await createInvoice(db, { projectId: projectD.id, lines: [line], fields: { invoiceDate: '2026-11-07' } });
    const final = await createInvoice(db, { projectId: finalProject, lines: [line], fields: { invoiceDate: '2026-11-07' } });
    await lockInvoice(db, plain, 'AD');
    await lockInvoice(db, final, 'AD');
    await setSettings({ bookkeepInvoices: false });
    try {
      const r = await run();
      expect(failures(r)).toEqual([]);
      const booked = async (id: string) => {
        const ext = (await db.invoice.findUniqueOrThrow({ where: { id } })).externalNumber;
        return fake.state.invoices.find((i) => i.DocumentNumber === ext)?.Booked;
      };
      expect(await booked(plain)).toBe(false);
      expect(await booked(final)).toBe(true);
    } finally {
      await setSettings({ bookkeepInvoices: true });
    }
  });

  it('reports a Fortnox refusal with the invoice reference and exports it once fixed', async () => {
    const id = await createInvoice(db, {
      projectId: projectD.id,
      lines: [{ description: 'Okänt konto', quantity: D('1'), unitPrice: D('10'), vatRate: D('25'), accountNumber: 5010 }],
      fields: { invoiceDate: '2026-11-06' },
    });
    await lockInvoice(db, id, 'AD');
    const number = (await db.invoice.findUniqueOrThrow({ where: { id } })).number;
    fake.state.accounts.splice(
      fake.state.accounts.findIndex((a) => a.Number === 5010),
      1,
    );
    const r = await run(['invoice-export']);
    expect(failures(r)).toEqual([
      expect.objectContaining({ entityType: 'invoice', reference: `Invoice ${number}`, message: expect.stringContaining('Kunde inte hitta konto 5010') }),
    ]);
    fake.state.accounts.push({ Number: 5010, Description: 'Lokalhyra', Active: true });
    const fixed = await run(['invoice-export']);
    expect(failures(fixed)).toEqual([]);
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).not.toBeNull();
  });

  it('ROT without work types cannot be locked while the Fortnox connection is active: a typed error naming it, the invoice stays unlocked', async () => {
    const privateId = await createCustomer(db, auth(), {
      name: 'Olle Svensson',
      type: 'PRIVATE',
      personalIdentityNumber: '198112189876',
      invoiceAddress: { address1: 'Björkvägen 4', postcode: '903 30', city: 'Umeå' },
    });
    const contact = await addContact(db, auth(), privateId, {
      name: 'Olle Svensson',
      personalIdentityNumber: '198112189876',
      propertyDesignation: 'Umeå Björken 1:4',
    });
    const contactId = typeof contact === 'string' ? contact : (contact as { id: string }).id;
    const villa = await createProject(db, { customerId: privateId, name: 'Villa Olle', statusCode: 40 });
    const id = await createInvoice(db, {
      projectId: villa,
      lines: [{ description: 'Snickeri', quantity: D('10'), unitPrice: D('600'), vatRate: D('25'), accountNumber: 3001, kind: 'LABOUR' }],
      fields: { invoiceDate: '2026-11-07', taxReductionType: 'ROT' },
    });
    await setBuyers(db, id, [{ contactId }]);
    const exportCheck = invoicePreflight(h.integrations.registry);
    const refused = await lockInvoice(db, id, 'AD', undefined, { exportCheck }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        {
          path: 'export.Fortnox.rows',
          code: 'REFUSED_BY_ACCOUNTING_SYSTEM',
          message: 'Fortnox (Fortnox) would refuse it: a ROT invoice needs at least one row marked as house work: give the labour lines their work types',
        },
      ],
    });
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).locked).toBe(false);
    const labour = await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: id } });
    await setLineWorkTypes(db, labour.id, [{ workType: 'Bygg', amount: D('6000'), hours: D('10') }]);
    await lockInvoice(db, id, 'AD', undefined, { exportCheck });
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).locked).toBe(true);
  });

  it('ROT: HouseWork rows with the work type and hours, one tax reduction per buyer', async () => {
    const privateId = await createCustomer(db, auth(), {
      name: 'Eva Svensson',
      type: 'PRIVATE',
      personalIdentityNumber: '198112189876',
      invoiceAddress: { address1: 'Björkvägen 2', postcode: '903 30', city: 'Umeå' },
    });
    const contact = await addContact(db, auth(), privateId, {
      name: 'Eva Svensson',
      personalIdentityNumber: '198112189876',
      propertyDesignation: 'Umeå Björken 1:2',
    });
    const contactId = typeof contact === 'string' ? contact : (contact as { id: string }).id;
    const villa = await createProject(db, { customerId: privateId, name: 'Villa Björkvägen', statusCode: 40 });
    const id = await createInvoice(db, {
      projectId: villa,
      lines: [
        { description: 'Snickeri', quantity: D('10'), unitPrice: D('600'), vatRate: D('25'), accountNumber: 3001, kind: 'LABOUR' },
        { description: 'Virke', quantity: D('1'), unitPrice: D('2000'), vatRate: D('25'), accountNumber: 3001, kind: 'MATERIAL' },
      ],
      fields: { invoiceDate: '2026-11-07', taxReductionType: 'ROT' },
    });
    const labour = await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: id, description: 'Snickeri' } });
    await setLineWorkTypes(db, labour.id, [{ workType: 'Bygg', amount: D('6000'), hours: D('10') }]);
    await setBuyers(db, id, [{ contactId }]);
    await lockInvoice(db, id, 'AD');
    const r = await run(['project-export', 'customer-export', 'invoice-export']);
    expect(failures(r)).toEqual([]);
    const stored = await db.invoice.findUniqueOrThrow({ where: { id } });
    const remote = fake.state.invoices.find((i) => i.DocumentNumber === stored.externalNumber)!;
    expect(remote.TaxReductionType).toBe('rot');
    expect(remote.InvoiceRows.map((x) => [x.Description, x.HouseWork, x.HouseWorkType, x.HouseWorkHoursToReport])).toEqual([
      ['Snickeri', true, 'CONSTRUCTION', 10],
      ['Virke', false, 'OTHERCOSTS', undefined],
    ]);
    const reductions = fake.state.taxReductions.filter((t) => t.ReferenceNumber === stored.externalNumber);
    expect(reductions).toEqual([
      expect.objectContaining({
        ReferenceDocumentType: 'INVOICE',
        SocialSecurityNumber: '198112189876',
        CustomerName: 'Eva Svensson',
        PropertyDesignation: 'UMEÅ BJÖRKEN 1:2',
        AskedAmount: Math.floor(Number(stored.taxReductionAmount)),
      }),
    ]);
    expect(reductions[0]!.AskedAmount).toBeGreaterThan(0);
  });

  it('imports the paid date of fully paid invoices (credit invoices too) within the lookback', async () => {
    const inv = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    const cre = await db.invoice.findUniqueOrThrow({ where: { id: creditId } });
    const rev = await db.invoice.findUniqueOrThrow({ where: { id: reverseId } });
    const today = new Date().toISOString().slice(0, 10);
    const total = (n: string | null) => Number(fake.state.invoices.find((i) => i.DocumentNumber === n)!.Balance);
    fake.pay(inv.externalNumber!, total(inv.externalNumber), today);
    fake.pay(cre.externalNumber!, total(cre.externalNumber), today);
    fake.pay(rev.externalNumber!, total(rev.externalNumber) - 1, today); // part-paid
    await run(['paid-date-import']);
    const paid = async (id: string) => (await db.invoice.findUniqueOrThrow({ where: { id } })).paidDate?.toISOString().slice(0, 10) ?? null;
    expect(await paid(invoiceId)).toBe(today);
    expect(await paid(creditId)).toBe(today);
    expect(await paid(reverseId)).toBeNull();
    // Outside the lookback: not imported.
    fake.pay(rev.externalNumber!, 1, '2020-01-01');
    await run(['paid-date-import']);
    expect(await paid(reverseId)).toBeNull();
  });
});

describe('a first export of many customers', () => {
  it('lists Fortnox once instead of a lookup each: one request per customer besides the listing, none created twice', async () => {
    await run(['customer-export']);
    const numbers: string[] = [];
    for (let i = 0; i < 22; i++) {
      const id = await createCustomer(db, auth(), {
        name: `Massexport ${i} AB`,
        type: 'COMPANY',
        invoiceAddress: { address1: 'Storgatan 1', postcode: '903 25', city: 'Umeå' },
      });
      numbers.push((await db.customer.findUniqueOrThrow({ where: { id } })).number);
    }
    // One of them is in Fortnox already (as a crashed run would have left it): found in the listing, updated.
    fake.state.customers.push({ CustomerNumber: numbers[5]!, Name: 'Massexport 5 AB' });
    const before = fake.requests().length;
    const r = await run(['customer-export']);
    expect(failures(r)).toEqual([]);
    const sent = fake.requests().slice(before);
    expect(sent.filter((q) => q.method === 'GET' && /^\/3\/customers\/./.test(q.path))).toEqual([]);
    expect(sent.filter((q) => q.method === 'GET' && q.path === '/3/customers')).toHaveLength(1);
    expect(sent.filter((q) => q.method === 'POST' && q.path === '/3/customers')).toHaveLength(21);
    expect(sent.filter((q) => q.method === 'PUT')).toHaveLength(1);
    const remote = fake.state.customers.map((x) => x.CustomerNumber);
    expect(new Set(remote).size).toBe(remote.length);
    for (const n of numbers) expect(remote).toContain(n);
    // The connection's quota held: by now its limiter has waited for windows to clear (on its clock).
    expect(limits.waitedMs()).toBeGreaterThan(0);
  });
});

describe('a run with no changes', () => {
  it('sends nothing to Fortnox', async () => {
    await run();
    const writes = fake.writes();
    const r = await run();
    expect(r.status).toBe('SUCCEEDED');
    expect(fake.writes()).toBe(writes);
  });

  it('an expired access token is refreshed through the runner and the rotated refresh token is stored', async () => {
    const before = fake.currentRefreshToken();
    fake.expireAccessTokens();
    const r = await run(['cost-centre-import']);
    expect(r.status).toBe('SUCCEEDED');
    expect(fake.currentRefreshToken()).not.toBe(before);
    const conn = await db.connection.findUniqueOrThrow({ where: { id: connectionId } });
    const stored = h.integrations.secrets.decrypt<{ refreshToken: string; accessToken: string }>(conn.credentials!, connectionId);
    expect(stored.refreshToken).toBe(fake.currentRefreshToken());
    expect((await run(['cost-centre-import'])).status).toBe('SUCCEEDED');
  });

  it('a service account connects with client credentials and its TenantId', async () => {
    const service = await db.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({
        sandbox: true,
        connectorId: 'fortnox',
        name: 'Fortnox service account',
        settings: { ...settings, authMode: 'serviceAccount' } as Prisma.InputJsonValue,
      }),
    });
    const credentials = { clientId: fake.clientId, clientSecret: fake.clientSecret, tenantId: String(fake.state.company.DatabaseNumber) };
    await db.connection.update({ where: { id: service.id }, data: { credentials: h.integrations.secrets.encrypt(credentials, service.id) } });
    const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId: service.id, trigger: 'MANUAL', flows: ['cost-centre-import'] });
    expect(r).toMatchObject({ skipped: false, status: 'SUCCEEDED' });
    const wrong = { ...credentials, tenantId: '999' };
    await db.connection.update({ where: { id: service.id }, data: { credentials: h.integrations.secrets.encrypt(wrong, service.id) } });
    const refused = await executeRun(h.integrations, { companyId: c.companyId, connectionId: service.id, trigger: 'MANUAL', flows: ['cost-centre-import'] });
    expect(refused).toMatchObject({ skipped: false, status: 'FAILED' });
    expect(refused.skipped === false && refused.flows[0]!.error).toMatch(/TenantId/);
  });
});

describe('one invoice row per account and project with revenue accounting', () => {
  // A company of its own with revenue accounting, its own fake: what arrives in Fortnox is read there.
  let fx: FortnoxFake;
  let rc: TestCompany;
  let rdb: TenantDb;
  let conn: string;
  let customer: string;
  let proj: { id: string; number: string };
  const rauth = () => ({
    actor: { companyId: rc.companyId, userId: rc.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  });
  const rsettings = (over: Record<string, unknown> = {}) =>
    rdb.connection.update({
      where: { id: conn },
      data: { settings: { baseUrl: fx.url, tokenUrl: fx.tokenUrl, projectNumbering: 'projectsAndParts', ...over } as Prisma.InputJsonValue },
    });
  /** Exports what is locked and answers the invoice as Fortnox holds it, with ours. */
  const exported = async (id: string) => {
    const r = await executeRun(h.integrations, { companyId: rc.companyId, connectionId: conn, trigger: 'MANUAL' });
    if (r.skipped) throw new Error(r.reason);
    expect(r.flows.flatMap((f) => f.failures)).toEqual([]);
    const ours = await rdb.invoice.findUniqueOrThrow({ where: { id } });
    return { ours, remote: fx.state.invoices.find((i) => i.DocumentNumber === ours.externalNumber)! };
  };
  const line = (description: string, amount: string, over: Record<string, unknown> = {}) => ({
    description,
    quantity: D('1'),
    unitPrice: D(amount),
    vatRate: D('25'),
    accountNumber: 3001,
    ...over,
  });

  beforeAll(async () => {
    fx = await startFortnoxFake({ rateLimit: { requests: 100_000, perMs: 5000 } });
    rc = await h.company();
    rdb = createTenantDb(h.prisma, { companyId: rc.companyId, userId: rc.adminUserId, signature: 'AD' });
    for (const [number, name] of [
      [3001, 'Försäljning tjänster'],
      [3051, 'Försäljning varor'],
    ] as const) {
      await rdb.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number, name }) });
    }
    await setPostingRules(rdb, [{ accountNumber: 3001 }, { accountNumber: 3051, lineKind: 'MATERIAL' }]);
    await updateSettings(rdb, { active: true });
    const created = await rdb.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: 'fortnox', name: 'Fortnox', enabledFlows: ['project-part-export'] }),
    });
    conn = created.id;
    await rsettings();
    await rdb.connection.update({ where: { id: conn }, data: { credentials: h.integrations.secrets.encrypt(fx.credentials(), conn) } });
    customer = await createCustomer(rdb, rauth(), {
      name: 'Eva Svensson',
      type: 'PRIVATE',
      personalIdentityNumber: '198112189876',
      invoiceAddress: { address1: 'Björkvägen 2', postcode: '903 30', city: 'Umeå' },
    });
    const id = await createProject(rdb, { customerId: customer, name: 'Villa Björkvägen', statusCode: 40 });
    proj = { id, number: (await rdb.project.findUniqueOrThrow({ where: { id } })).number };
  });
  afterAll(async () => fx?.close());

  it('ten lines over two accounts and one project arrive as two rows at the exact sums; the totals are the invoice’s', async () => {
    const lines = [
      line('Arbete vecka 44', '6500.10'),
      line('Kakel', '1200.20', { kind: 'MATERIAL' }),
      line('Arbete vecka 45', '3250.30'),
      line('Fog', '99.90', { kind: 'MATERIAL' }),
      line('Resa', '300'),
      line('Lim', '149.40', { kind: 'MATERIAL' }),
      line('Arbete vecka 46', '0.10'),
      line('Golvvärme', '4500', { kind: 'MATERIAL' }),
      line('Etablering', '0.20'),
      line('Spackel', '0.30', { kind: 'MATERIAL' }),
    ];
    const id = await createInvoice(rdb, { projectId: proj.id, lines, fields: { invoiceDate: '2026-11-05' } });
    await lockInvoice(rdb, id, 'AD');
    const { ours, remote } = await exported(id);
    expect(remote.InvoiceRows.map((x) => [x.AccountNumber, x.DeliveredQuantity, x.Price, x.VAT, x.Project])).toEqual([
      [3001, '1', 10050.7, 25, proj.number],
      [3051, '1', 5949.8, 25, proj.number],
    ]);
    expect(remote.InvoiceRows.map((x) => x.Description)).toEqual([`Konto 3001, projekt ${proj.number}`, `Konto 3051, projekt ${proj.number}`]);
    expect(ours.subtotal.toFixed(2)).toBe('16000.50');
    expect([remote.Total, remote.TotalVAT]).toEqual([Number(ours.total), Number(ours.vatAmount)]);
  });

  it('a ROT invoice keeps labour and material apart on the same revenue account; labour hours summed per work type', async () => {
    await setPostingRules(rdb, [{ accountNumber: 3001 }]);
    const contact = await addContact(rdb, rauth(), customer, {
      name: 'Eva Svensson',
      personalIdentityNumber: '198112189876',
      propertyDesignation: 'Umeå Björken 1:2',
    });
    const contactId = typeof contact === 'string' ? contact : (contact as { id: string }).id;
    const id = await createInvoice(rdb, {
      projectId: proj.id,
      lines: [
        line('Snickeri', '6000', { kind: 'LABOUR' }),
        line('Virke', '2000', { kind: 'MATERIAL' }),
        line('Rivning', '1500', { kind: 'LABOUR' }),
        line('Skruv', '150.50', { kind: 'MATERIAL' }),
      ],
      fields: { invoiceDate: '2026-11-07', taxReductionType: 'ROT' },
    });
    for (const [description, amount, hours] of [
      ['Snickeri', '6000', '10'],
      ['Rivning', '1500', '2.5'],
    ] as const) {
      const l = await rdb.invoiceLine.findFirstOrThrow({ where: { invoiceId: id, description } });
      await setLineWorkTypes(rdb, l.id, [{ workType: 'Bygg', amount: D(amount), hours: D(hours) }]);
    }
    // The basis takes the work types when it is rebuilt (one row per line and work type).
    await rebuildBasis(rdb, id, 'FULL');
    await setBuyers(rdb, id, [{ contactId }]);
    await lockInvoice(rdb, id, 'AD');
    const { ours, remote } = await exported(id);
    expect(remote.InvoiceRows.map((x) => [x.Description, x.AccountNumber, x.Price, x.HouseWork, x.HouseWorkType, x.HouseWorkHoursToReport])).toEqual([
      [`Konto 3001, projekt ${proj.number}, arbete Bygg`, 3001, 7500, true, 'CONSTRUCTION', 13],
      [`Konto 3001, projekt ${proj.number}, material`, 3001, 2150.5, false, 'OTHERCOSTS', undefined],
    ]);
    expect([remote.Total, remote.TotalVAT]).toEqual([Number(ours.total), Number(ours.vatAmount)]);
    await setPostingRules(rdb, [{ accountNumber: 3001 }, { accountNumber: 3051, lineKind: 'MATERIAL' }]);
  });

  it('work orders stay apart only when dimension 3 is included and Fortnox is sent AO/ÄTA numbers', async () => {
    const wo = async (name: string) => createWorkOrder(rdb, proj.id, { name }).then((w: unknown) => (typeof w === 'string' ? w : (w as { id: string }).id));
    const [wo1, wo2] = [await wo('Kök'), await wo('Bad')];
    const invoice = async () => {
      const id = await createInvoice(rdb, {
        projectId: proj.id,
        lines: [line('Kök', '1000', { workOrderId: wo1 }), line('Bad', '2000', { workOrderId: wo2 }), line('Kök, el', '500', { workOrderId: wo1 })],
        fields: { invoiceDate: '2026-11-09' },
      });
      await lockInvoice(rdb, id, 'AD');
      return (await exported(id)).remote.InvoiceRows.map((x) => [x.Description, x.Price, x.Project]);
    };
    await updateSettings(rdb, { dimensions: [{ number: 3, included: true, mandatory: false }] });
    expect(await invoice()).toEqual([
      [`Konto 3001, projekt ${proj.number}_1`, 1500, `${proj.number}_1`],
      ['Bad', 2000, `${proj.number}_2`],
    ]);
    await rsettings({ projectNumbering: 'projects' });
    expect(await invoice()).toEqual([[`Konto 3001, projekt ${proj.number}`, 3500, proj.number]]);
    await rsettings();
    await updateSettings(rdb, { dimensions: [{ number: 3, included: false, mandatory: false }] });
    expect(await invoice()).toEqual([[`Konto 3001, projekt ${proj.number}`, 3500, proj.number]]);
  });
});
