// Visma supplier invoice export (optional flow "supplier-invoice-export") end to end: the real
// runner on a real database, real HTTP to the Visma fake. Supplier invoices are registered and
// approved by two different users with the supplier-invoice service, as users do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import {
  approveSupplierInvoice,
  createSupplierInvoice,
  disputeSupplierInvoice,
  undisputeSupplierInvoice,
} from '../../src/modules/supplier-invoices/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { startVismaFake, type VismaFake } from '../../connectors/visma/fake/server.js';

const h = useHarness();
const PDF = new TextEncoder().encode('%PDF-1.4 leverantörsfaktura');
const CC_ID = 'aaaaaaaa-0000-4000-8000-000000000001';
const ITEM_ID = 'bbbbbbbb-0000-4000-8000-000000000001';

interface Setup {
  company: TestCompany;
  fake: VismaFake;
  db: () => ReturnType<typeof createTenantDb>;
  run: () => Promise<{
    status: string;
    failures: { reference: string; message: string; entityType: string }[];
    flows: { flowId: string; error: string | null }[];
  }>;
  /** Registers a supplier invoice and approves it (twice by default: two different users). */
  invoice: (supplierId: string, invoiceNumber: string, o?: { approvals?: number; file?: boolean; account?: number }) => Promise<string>;
  supplier: (number: string, name: string) => Promise<string>;
  projectId: string;
  projectNumber: string;
  costCentreId: string;
}

async function setup(settings: Record<string, unknown>): Promise<Setup> {
  const fake = await startVismaFake({ accessTokens: ['si-access'], refreshTokens: ['si-refresh'], pageSize: 3 });
  fake.state.costCenters.push({
    Id: CC_ID,
    Number: 1,
    Name: 'Avdelning',
    IsActive: true,
    Items: [{ Id: ITEM_ID, CostCenterId: CC_ID, Name: 'Norr', ShortName: 'N1', IsActive: true }],
  });
  fake.state.accounts.push(
    { Number: '4010', Name: 'Inköp material', FiscalYearId: 'f1f1f1f1-0000-4000-8000-000000002026', IsActive: true },
    { Number: '2440', Name: 'Leverantörsskulder', FiscalYearId: 'f1f1f1f1-0000-4000-8000-000000002026', IsActive: true },
  );
  const company = await h.company();
  const db = () => createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' });
  const second = await h.user(company.companyId, ['SUPPLIER_INVOICE_APPROVE']);
  const conn = await db().connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: 'visma',
      name: 'Visma',
      settings: { baseUrl: fake.url, tokenUrl: fake.tokenUrl, ...settings } as never,
      enabledFlows: ['supplier-invoice-export'],
    }),
  });
  await db().connection.update({
    where: { id: conn.id },
    data: {
      credentials: h.integrations.secrets.encrypt(
        { clientId: fake.clientId, clientSecret: fake.clientSecret, accessToken: 'si-access', refreshToken: 'si-refresh' },
        conn.id,
      ),
    },
  });
  const run = async () => {
    const out = await executeRun(h.integrations, { companyId: company.companyId, connectionId: conn.id, trigger: 'MANUAL' });
    if (out.skipped) throw new Error('run skipped');
    return { status: out.status, flows: out.flows, failures: out.flows.flatMap((f) => f.failures) };
  };
  await db().account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4010, name: 'Inköp material' }) });
  await db().account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4020, name: 'Inköp UE' }) });
  const auth = {
    actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  };
  const customerId = await createCustomer(db(), auth, {
    type: 'COMPANY',
    name: 'Beställare AB',
    invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' },
  });
  const projectId = await createProject(db(), { name: 'Villa Ett', customerId, statusCode: 40, startDate: '2026-10-01' });
  // The base flows bring the cost centre here and the project to Visma.
  const first = await run();
  if (first.failures.length) throw new Error(JSON.stringify(first.failures));
  const projectNumber = (await db().project.findUniqueOrThrow({ where: { id: projectId } })).number;
  const costCentreId = (await db().costCentre.findFirstOrThrow({ where: { code: 'N1' } })).id;

  const supplier = async (number: string, name: string) =>
    (
      await db().supplier.create({
        data: scoped<Prisma.SupplierUncheckedCreateInput>({
          number,
          name,
          organisationNumber: '5560360793',
          bankgiro: '50501055',
          vatNumber: 'SE556036079301',
        }),
      })
    ).id;
  const invoice: Setup['invoice'] = async (supplierId, invoiceNumber, o = {}) => {
    const { id } = await createSupplierInvoice(
      db(),
      {
        supplierId,
        invoiceNumber,
        invoiceDate: '2026-11-05',
        dueDate: '2026-12-05',
        net: '800.00',
        vat: '200.00',
        ocr: '123456',
        rows: [
          { accountNumber: o.account ?? 4010, amount: '500.00', projectId, costCentreId, description: 'Plåt' },
          { accountNumber: 4010, amount: '300.00', projectId },
        ],
      },
      o.file ? { fileName: 'lf.pdf', contentType: 'application/pdf', bytes: PDF } : null,
    );
    const approvals = o.approvals ?? 2;
    if (approvals >= 1) await approveSupplierInvoice(db(), id, company.adminUserId);
    if (approvals >= 2) await approveSupplierInvoice(db(), id, second.userId);
    return id;
  };
  return { company, fake, db, run, invoice, supplier, projectId, projectNumber, costCentreId };
}

const stored = (id: string) => h.prisma.supplierInvoice.findUniqueOrThrow({ where: { id }, select: { externalNumber: true, bookkept: true } });

describe('Visma supplier invoice export, booked directly', () => {
  let s: Setup;
  let plat: string;
  let disputed: string;
  let pending: string;
  beforeAll(async () => {
    s = await setup({ bookkeepSupplierInvoices: true });
    s.fake.state.suppliers.push({
      Id: 'dddddddd-0000-4000-8000-000000000001',
      SupplierNumber: '300',
      Name: 'Redan i Visma AB',
      IsActive: true,
      TermsOfPaymentId: s.fake.state.termsOfPayments[0]!.Id,
      ModifiedUtc: new Date().toISOString(),
    });
  });
  afterAll(async () => s?.fake.close());

  it('books approved invoices with rows, project, cost centre, VAT and the document; creates the missing supplier; holds disputed and pending ones', async () => {
    const platAb = await s.supplier('200', 'Plåt AB');
    const known = await s.supplier('300', 'Redan i Visma AB (namn här)');
    plat = await s.invoice(platAb, 'A-1', { file: true });
    disputed = await s.invoice(platAb, 'A-2');
    await disputeSupplierInvoice(s.db(), disputed, 'Fel pris');
    pending = await s.invoice(platAb, 'A-3', { approvals: 1 });
    const other = await s.invoice(known, 'B-1');

    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(r.status).toBe('SUCCEEDED');

    // The missing supplier was created; the existing one brought up to date from the register
    // (updateSuppliersOnInvoiceExport is on by default).
    expect(s.fake.state.suppliers.map((x) => [x.SupplierNumber, x.Name])).toEqual([
      ['300', 'Redan i Visma AB (namn här)'],
      ['200', 'Plåt AB'],
    ]);
    const created = s.fake.state.suppliers.find((x) => x.SupplierNumber === '200')!;
    expect(created).toMatchObject({ CorporateIdentityNumber: '556036-0793', VatNumber: 'SE556036079301', BankgiroNumber: '50501055', IsActive: true });

    const visProject = s.fake.state.projects.find((p) => p.Number === s.projectNumber)!;
    expect(s.fake.state.supplierInvoices.map((i) => i.InvoiceNumber).sort()).toEqual(['A-1', 'B-1']);
    const a1 = s.fake.state.supplierInvoices.find((i) => i.InvoiceNumber === 'A-1')!;
    expect(a1).toMatchObject({
      SupplierId: created.Id,
      TotalAmount: 1000,
      Vat: 200,
      InvoiceDate: '2026-11-05T00:00:00',
      DueDate: '2026-12-05T00:00:00',
      OcrNumber: '123456',
      IsCreditInvoice: false,
      CurrencyCode: 'SEK',
      Status: 1,
      RemainingAmount: -1000,
    });
    expect(a1.Rows).toEqual([
      { AccountNumber: 4010, DebetAmount: 500, CreditAmount: 0, TransactionText: 'Plåt', ProjectId: visProject.Id, CostCenterItemId1: ITEM_ID },
      { AccountNumber: 4010, DebetAmount: 300, CreditAmount: 0, ProjectId: visProject.Id },
    ]);
    expect(s.fake.state.supplierInvoices.find((i) => i.InvoiceNumber === 'B-1')!.SupplierId).toBe('dddddddd-0000-4000-8000-000000000001');

    // The document: uploaded and linked to the booked invoice.
    expect(s.fake.state.attachments).toHaveLength(1);
    expect(s.fake.state.attachments[0]).toMatchObject({ ContentType: 'application/pdf', FileName: 'lf.pdf' });
    expect(Buffer.from(s.fake.state.attachments[0]!.Data, 'base64').toString('utf8')).toBe('%PDF-1.4 leverantörsfaktura');
    expect(s.fake.state.attachmentLinks).toEqual([{ DocumentId: a1.Id, DocumentType: 1, AttachmentIds: [s.fake.state.attachments[0]!.Id] }]);

    // Visma's id recorded, booked; the disputed and the pending one not sent.
    expect(await stored(plat)).toEqual({ externalNumber: a1.Id, bookkept: true });
    expect((await stored(other)).bookkept).toBe(true);
    for (const id of [disputed, pending]) expect(await stored(id)).toEqual({ externalNumber: null, bookkept: false });
  });

  it('a second run sends nothing; an invoice whose dispute is cleared follows', async () => {
    const writes = s.fake.writes();
    expect((await s.run()).status).toBe('SUCCEEDED');
    expect(s.fake.writes()).toBe(writes);

    await undisputeSupplierInvoice(s.db(), disputed);
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(s.fake.state.supplierInvoices.map((i) => i.InvoiceNumber).sort()).toEqual(['A-1', 'A-2', 'B-1']);
    expect(s.fake.state.suppliers.filter((x) => x.SupplierNumber === '200')).toHaveLength(1);
    expect((await stored(disputed)).bookkept).toBe(true);
    expect(await stored(pending)).toEqual({ externalNumber: null, bookkept: false });
  });

  it('reports a 4xx with the invoice reference, sends the others, and retries it until it passes', async () => {
    const supplierId = (await s.db().supplier.findFirstOrThrow({ where: { number: '200' } })).id;
    const bad = await s.invoice(supplierId, 'C-1', { account: 4020 });
    const good = await s.invoice(supplierId, 'C-2');
    const r = await s.run();
    expect(r.status).toBe('PARTIAL');
    expect(r.failures).toEqual([
      expect.objectContaining({
        entityType: 'supplierInvoice',
        reference: 'Supplier invoice 200/C-1',
        message: expect.stringMatching(/3002 AccountNotFound.*4020/),
      }),
    ]);
    expect(await stored(bad)).toEqual({ externalNumber: null, bookkept: false });
    expect((await stored(good)).externalNumber).not.toBeNull();

    // Reported again on the next run, until the account exists in Visma.
    expect((await s.run()).failures.map((f) => f.reference)).toEqual(['Supplier invoice 200/C-1']);
    s.fake.state.accounts.push({ Number: '4020', Name: 'Inköp UE', FiscalYearId: 'f1f1f1f1-0000-4000-8000-000000002026', IsActive: true });
    const fixed = await s.run();
    expect(fixed.failures).toEqual([]);
    expect((await stored(bad)).bookkept).toBe(true);
    expect(s.fake.state.supplierInvoices.filter((i) => i.InvoiceNumber === 'C-1')).toHaveLength(1);
  });

  it('an invoice already in Visma (a crash after the create) is found by supplier and invoice number, not created twice', async () => {
    const supplierId = (await s.db().supplier.findFirstOrThrow({ where: { number: '300' } })).id;
    const id = await s.invoice(supplierId, 'E-1');
    const existing = {
      Id: 'eeeeeeee-0000-4000-8000-000000000001',
      SupplierId: 'dddddddd-0000-4000-8000-000000000001',
      InvoiceNumber: 'E-1',
      TotalAmount: 1000,
      Vat: 200,
      Rows: [],
      Status: 1 as const,
      PaymentStatus: 3,
      RemainingAmount: -1000,
      ModifiedUtc: new Date().toISOString(),
    };
    s.fake.state.supplierInvoices.push(existing);
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(
      s.fake
        .requests()
        .slice(before)
        .filter((q) => q.path === '/v2/supplierinvoices' && q.method === 'POST'),
    ).toEqual([]);
    expect(await stored(id)).toEqual({ externalNumber: existing.Id, bookkept: true });
  });

  it('a document link refused after the create is reported; the next run links it without sending the invoice again', async () => {
    const supplierId = (await s.db().supplier.findFirstOrThrow({ where: { number: '200' } })).id;
    const id = await s.invoice(supplierId, 'F-1', { file: true });
    s.fake.fail({ method: 'POST', path: '/v2/attachmentlinks', status: 400, times: 1 });
    const r = await s.run();
    expect(r.failures).toEqual([expect.objectContaining({ reference: 'Supplier invoice 200/F-1', message: expect.stringContaining('Injected failure') })]);
    expect(await stored(id)).toEqual({ externalNumber: null, bookkept: false });
    const created = s.fake.state.supplierInvoices.filter((i) => i.InvoiceNumber === 'F-1');
    expect(created).toHaveLength(1);
    const uploads = s.fake.state.attachments.length;

    const again = await s.run();
    expect(again.failures).toEqual([]);
    expect(s.fake.state.supplierInvoices.filter((i) => i.InvoiceNumber === 'F-1')).toHaveLength(1);
    expect(s.fake.state.attachments).toHaveLength(uploads);
    expect(s.fake.state.attachmentLinks.at(-1)).toEqual({ DocumentId: created[0]!.Id, DocumentType: 1, AttachmentIds: [s.fake.state.attachments.at(-1)!.Id] });
    expect(await stored(id)).toEqual({ externalNumber: created[0]!.Id, bookkept: true });
  });

  it('a project missing in Visma is reported before anything is sent for that invoice', async () => {
    const supplierId = (await s.db().supplier.findFirstOrThrow({ where: { number: '200' } })).id;
    const id = await s.invoice(supplierId, 'D-1');
    s.fake.state.projects.splice(0, s.fake.state.projects.length);
    const before = s.fake.requests().length;
    const r = await s.run();
    const ref = r.failures.find((f) => f.reference === 'Supplier invoice 200/D-1');
    expect(ref?.message).toMatch(new RegExp(`project ${s.projectNumber} is not in Visma`));
    expect(
      s.fake
        .requests()
        .slice(before)
        .filter((q) => q.path === '/v2/supplierinvoices' && q.method === 'POST'),
    ).toEqual([]);
    expect((await stored(id)).externalNumber).toBeNull();
  });
});

describe('Visma supplier invoice export, as drafts (bookkeeping off)', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup({});
  });
  afterAll(async () => s?.fake.close());

  it('sends a draft (rows spelled DebitAmount) with the document linked; records the draft id, not booked', async () => {
    const supplierId = await s.supplier('200', 'Plåt AB');
    const id = await s.invoice(supplierId, 'A-1', { file: true });
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(s.fake.state.supplierInvoices).toEqual([]);
    const [draft] = s.fake.state.supplierInvoiceDrafts;
    expect(draft).toMatchObject({ InvoiceNumber: 'A-1', TotalAmount: 1000, Vat: 200 });
    expect(draft!.Rows.map((row) => [row.AccountNumber, row.DebitAmount, row.DebetAmount])).toEqual([
      [4010, 500, undefined],
      [4010, 300, undefined],
    ]);
    expect(s.fake.state.attachmentLinks).toEqual([{ DocumentId: draft!.Id, DocumentType: 4, AttachmentIds: [s.fake.state.attachments[0]!.Id] }]);
    expect(await stored(id)).toEqual({ externalNumber: draft!.Id, bookkept: false });
    const writes = s.fake.writes();
    await s.run();
    expect(s.fake.writes()).toBe(writes);
  });
});

describe('Visma: the supplier update at supplier invoice export (updateSuppliersOnInvoiceExport)', () => {
  let s: Setup;
  let bygg: string;
  let el: string;
  const BYGG_ID = 'dddddddd-0000-4000-8000-000000000400';
  const settings = async (over: Record<string, unknown>) => {
    const conn = await s.db().connection.findFirstOrThrow({ where: { connectorId: 'visma' } });
    await s.db().connection.update({ where: { id: conn.id }, data: { settings: { ...(conn.settings as object), ...over } as never } });
  };
  const supplierWrites = (from: number) =>
    s.fake
      .requests()
      .slice(from)
      .filter((q) => q.method !== 'GET' && q.path.startsWith('/v2/suppliers'))
      .map((q) => `${q.method} ${q.path}`);
  const remoteSupplier = (number: string) => s.fake.state.suppliers.find((x) => x.SupplierNumber === number)!;

  beforeAll(async () => {
    s = await setup({ bookkeepSupplierInvoices: true });
    // In Visma under an older name; renamed here.
    s.fake.state.suppliers.push({
      Id: BYGG_ID,
      SupplierNumber: '400',
      Name: 'Bygg & Trä AB',
      IsActive: true,
      TermsOfPaymentId: s.fake.state.termsOfPayments[0]!.Id,
      ModifiedUtc: new Date().toISOString(),
    });
    bygg = await s.supplier('400', 'Bygg och Trä i Umeå AB');
    el = await s.supplier('410', 'El AB');
  });
  afterAll(async () => s?.fake.close());

  it('off: an existing supplier whose name changed here is not updated; a missing one is created', async () => {
    await settings({ updateSuppliersOnInvoiceExport: false });
    const a = await s.invoice(bygg, 'U-1');
    const b = await s.invoice(el, 'U-2');
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(supplierWrites(before)).toEqual(['POST /v2/suppliers']);
    expect(remoteSupplier('400').Name).toBe('Bygg & Trä AB');
    expect(remoteSupplier('410')).toMatchObject({ Name: 'El AB', CorporateIdentityNumber: '556036-0793' });
    for (const id of [a, b]) expect((await stored(id)).externalNumber).not.toBeNull();
  });

  it('on: updated from the register once for two invoices, with the supplier export’s payload; unchanged, no request', async () => {
    await settings({ updateSuppliersOnInvoiceExport: true });
    await s.db().supplier.update({ where: { id: bygg }, data: { city: 'Umeå' } });
    const ids = [await s.invoice(bygg, 'U-3'), await s.invoice(bygg, 'U-4')];
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(supplierWrites(before)).toEqual([`PUT /v2/suppliers/${BYGG_ID}`]);
    expect(remoteSupplier('400')).toMatchObject({
      Name: 'Bygg och Trä i Umeå AB',
      City: 'Umeå',
      CorporateIdentityNumber: '556036-0793',
      BankgiroNumber: '50501055',
    });
    for (const id of ids) expect((await stored(id)).externalNumber).not.toBeNull();

    // Unchanged since it was sent: a further invoice costs no supplier request at all.
    const id = await s.invoice(bygg, 'U-5');
    const again = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(
      s.fake
        .requests()
        .slice(again)
        .filter((q) => q.path.startsWith('/v2/suppliers')),
    ).toEqual([]);
    expect((await stored(id)).externalNumber).not.toBeNull();
  });

  it('on: a missing supplier is created from the register', async () => {
    const vvs = await s.supplier('420', 'VVS AB');
    await s.db().supplier.update({ where: { id: vvs }, data: { address1: 'Rörgatan 2', city: 'Luleå' } });
    await s.invoice(vvs, 'U-6');
    const before = s.fake.requests().length;
    expect((await s.run()).failures).toEqual([]);
    expect(supplierWrites(before)).toEqual(['POST /v2/suppliers']);
    expect(remoteSupplier('420')).toMatchObject({ Name: 'VVS AB', Address1: 'Rörgatan 2', City: 'Luleå' });
  });

  it('on: a refused update is reported with the supplier’s reference and holds its invoices until it passes', async () => {
    await s.db().supplier.update({ where: { id: bygg }, data: { name: 'Bygg och Trä Norr AB' } });
    const ids = [await s.invoice(bygg, 'U-7'), await s.invoice(bygg, 'U-8')];
    s.fake.fail({ method: 'PUT', path: `/v2/suppliers/${BYGG_ID}`, status: 400, times: 1 });
    const r = await s.run();
    expect(r.failures.map((f) => [f.entityType, f.reference])).toEqual([
      ['supplier', 'Supplier 400'],
      ['supplierInvoice', 'Supplier invoice 400/U-7'],
      ['supplierInvoice', 'Supplier invoice 400/U-8'],
    ]);
    for (const id of ids) expect((await stored(id)).externalNumber).toBeNull();
    expect(remoteSupplier('400').Name).toBe('Bygg och Trä i Umeå AB');

    const fixed = await s.run();
    expect(fixed.failures).toEqual([]);
    expect(remoteSupplier('400').Name).toBe('Bygg och Trä Norr AB');
    for (const id of ids) expect((await stored(id)).externalNumber).not.toBeNull();
  });
});
