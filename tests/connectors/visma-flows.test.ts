// Every Visma flow end to end: the real runner (executeRun) on a real database, real HTTP to the
// Visma fake. Invoices are created and locked with the invoice services, as users do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { addContact, createCustomer, updateCustomer } from '../../src/modules/customers/service.js';
import { createProject, createWorkOrder } from '../../src/modules/projects/service.js';
import { createInvoice, lockInvoice, setBuyers, setLineWorkTypes } from '../../src/modules/invoices/service.js';
import { rebuildBasis, setPostingRules, updateSettings } from '../../src/modules/revenue/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { invoicePreflight } from '../../src/modules/integrations/service.js';
import { startVismaFake, type VismaFake } from '../../connectors/visma/fake/server.js';

const h = useHarness();
const D = (v: string) => new Prisma.Decimal(v);

interface Setup {
  company: TestCompany;
  fake: VismaFake;
  connectionId: string;
  db: () => ReturnType<typeof createTenantDb>;
  auth: () => { actor: { companyId: string; userId: string; signature: string }; permissions: Set<'CUSTOMER_VIEW' | 'CUSTOMER_EDIT' | 'CUSTOMER_CREATE'> };
  run: () => Promise<{
    status: string;
    error: string | null;
    failures: { reference: string; message: string; entityType: string }[];
    flows: { flowId: string; error: string | null }[];
  }>;
  customer: (input: Record<string, unknown>) => Promise<{ id: string; number: string }>;
}

async function setup(settings: Record<string, unknown>, enabledFlows: string[] = []): Promise<Setup> {
  const fake = await startVismaFake({ accessTokens: ['flow-access'], refreshTokens: ['flow-refresh'], pageSize: 3 });
  const ARB = { Id: '11111111-1111-4111-8111-111111111111', Number: 'ARB', Name: 'Arbete', IsActive: true };
  fake.state.articles.push(ARB, { Id: '22222222-2222-4222-8222-222222222222', Number: 'MAT', Name: 'Material', IsActive: true });
  const company = await h.company();
  const db = () => createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' });
  const auth = () => ({
    actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  });
  const conn = await db().connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: 'visma',
      name: 'Visma',
      settings: { baseUrl: fake.url, tokenUrl: fake.tokenUrl, ...settings } as never,
      enabledFlows,
    }),
  });
  const credentials = { clientId: fake.clientId, clientSecret: fake.clientSecret, accessToken: 'flow-access', refreshToken: 'flow-refresh' };
  await db().connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(credentials, conn.id) } });
  const connectionId = conn.id;
  const run = async () => {
    const out = await executeRun(h.integrations, { companyId: company.companyId, connectionId, trigger: 'MANUAL' });
    if (out.skipped) throw new Error('run skipped');
    return { status: out.status, error: out.error, flows: out.flows, failures: out.flows.flatMap((f) => f.failures) };
  };
  const customer = async (input: Record<string, unknown>) => {
    const id = await createCustomer(db(), auth(), {
      type: 'COMPANY',
      invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' },
      ...input,
    });
    return db().customer.findUniqueOrThrow({ where: { id }, select: { id: true, number: true } });
  };
  return { company, fake, connectionId, db, auth, run, customer };
}

describe('Visma flows, "Update customers" off', () => {
  let s: Setup;
  let c1: { id: string; number: string };
  let projectId: string;
  beforeAll(async () => {
    s = await setup({ updateCustomers: false, voucherSeries: ['A'] }, ['supplier-import']);
    const db = s.db();
    for (const [number, name, item, vat] of [
      [3001, 'Försäljning 25 %', 'ARB', 'MP1'],
      [3231, 'Försäljning omvänd byggmoms', 'ARB', 'OBS'],
      [3002, 'Försäljning utan artikel', null, 'MP1'],
      [3003, 'Försäljning utan momskod', 'MAT', null],
    ] as const) {
      await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number, name, invoiceItemNumber: item, externalVatCode: vat }) });
    }
  });
  afterAll(async () => s?.fake.close());

  it('sends a customer once, with its first project, and never updates it', async () => {
    c1 = await s.customer({ name: 'Kund Ett AB' });
    const lonely = await s.customer({ name: 'Kund utan projekt AB' });
    projectId = await createProject(s.db(), { name: 'Villa Ett', customerId: c1.id, statusCode: 40, startDate: '2026-10-01' });
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(r.status).toBe('SUCCEEDED');
    expect(s.fake.state.customers.map((c) => c.CustomerNumber)).toEqual([c1.number]);
    expect(s.fake.state.customers.map((c) => c.CustomerNumber)).not.toContain(lonely.number);
    const [project] = s.fake.state.projects;
    expect(project).toMatchObject({ Name: 'Villa Ett', Status: 1, StartDate: '2026-10-01T00:00:00', CustomerId: s.fake.state.customers[0]!.Id });

    await updateCustomer(s.db(), s.auth(), c1.id, { name: 'Kund Ett AB (nytt namn)' });
    const writes = s.fake.writes();
    expect((await s.run()).status).toBe('SUCCEEDED');
    expect(s.fake.writes()).toBe(writes);
    expect(s.fake.state.customers[0]!.Name).toBe('Kund Ett AB');
  });

  it('exports a locked invoice as a draft with articles and VAT codes and the PDF, books it, records the number; a second run sends nothing', async () => {
    const invoiceId = await createInvoice(s.db(), {
      projectId,
      lines: [
        { description: 'Arbete', quantity: D('10'), unitPrice: D('650'), vatRate: D('25'), accountNumber: 3001 },
        { description: 'Resa', quantity: D('1'), unitPrice: D('300'), vatRate: D('25'), accountNumber: 3001 },
      ],
      fields: { invoiceDate: '2026-11-02', bookkeepingDate: '2026-10-31' },
    });
    await lockInvoice(s.db(), invoiceId, 'AD');
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual([]);
    const paths = s.fake
      .requests()
      .slice(before)
      .filter((q) => q.method === 'POST')
      .map((q) => q.path);
    expect(paths).toEqual(['/v2/attachments', '/v2/customerinvoicedrafts', expect.stringMatching(/^\/v2\/customerinvoicedrafts\/[0-9a-f-]+\/convert$/)]);
    expect(s.fake.state.drafts).toEqual([]);
    const [inv] = s.fake.state.invoices;
    // Booked on the bookkeeping date (the PDF keeps the customer's invoice date).
    expect(inv).toMatchObject({ InvoiceDate: '2026-10-31T00:00:00', TotalAmount: 8500, TotalVatAmount: 1700, RotReducedInvoicingType: 0 });
    // The rows' VAT is the article's coding's (25 %): a row's VatRateId is read-only.
    expect(inv!.Rows.map((row) => [row.ArticleId, row.PercentVat, row.Quantity, row.UnitPrice, row.ProjectId])).toEqual([
      ['11111111-1111-4111-8111-111111111111', 0.25, 10, 650, s.fake.state.projects[0]!.Id],
      ['11111111-1111-4111-8111-111111111111', 0.25, 1, 300, s.fake.state.projects[0]!.Id],
    ]);
    expect(s.fake.state.attachments).toHaveLength(1);
    expect(Buffer.from(s.fake.state.attachments[0]!.Data, 'base64').subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Uploaded, not linked: the API has no writable link from an attachment to a customer invoice.
    expect(s.fake.state.attachments[0]!.FileName).toMatch(/^Faktura \d+\.pdf$/);
    expect(inv).not.toHaveProperty('SalesDocumentAttachments');
    const stored = await h.prisma.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(stored.externalNumber).toBe(String(inv!.InvoiceNumber));

    const writes = s.fake.writes();
    expect((await s.run()).status).toBe('SUCCEEDED');
    expect(s.fake.writes()).toBe(writes);
  });

  it('reports a missing item number or VAT code with the invoice reference; the others go through', async () => {
    const bad = await createInvoice(s.db(), {
      projectId,
      lines: [
        { description: 'Utan artikel', quantity: D('1'), unitPrice: D('100'), vatRate: D('25'), accountNumber: 3002 },
        { description: 'Utan momskod', quantity: D('1'), unitPrice: D('100'), vatRate: D('25'), accountNumber: 3003 },
      ],
      fields: { invoiceDate: '2026-11-03' },
    });
    const good = await createInvoice(s.db(), {
      projectId,
      lines: [{ description: 'Arbete', quantity: D('2'), unitPrice: D('500'), vatRate: D('25'), accountNumber: 3001 }],
      fields: { invoiceDate: '2026-11-03' },
    });
    await lockInvoice(s.db(), bad, 'AD');
    await lockInvoice(s.db(), good, 'AD');
    const badNumber = (await h.prisma.invoice.findUniqueOrThrow({ where: { id: bad } })).number;
    const drafts = s.fake.requests().filter((q) => q.path === '/v2/customerinvoicedrafts' && q.method === 'POST').length;
    const r = await s.run();
    expect(r.status).toBe('PARTIAL');
    expect(r.failures).toEqual([expect.objectContaining({ entityType: 'invoice', reference: `Invoice ${badNumber}` })]);
    expect(r.failures[0]!.message).toMatch(/account 3002 has no item number on invoice/);
    expect(r.failures[0]!.message).toMatch(/account 3003 has no external VAT code/);
    // Only the good invoice reached Visma.
    expect(s.fake.requests().filter((q) => q.path === '/v2/customerinvoicedrafts' && q.method === 'POST').length).toBe(drafts + 1);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: good } })).externalNumber).not.toBeNull();
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: bad } })).externalNumber).toBeNull();
  });

  it('reports a personnummer that cannot be written YYMMDD-NNNK before any request for that customer', async () => {
    const p = await s.customer({ type: 'PRIVATE', name: 'Privat Person', personalIdentityNumber: '200001012384' });
    // A wrong check digit, as an import might have left it.
    await h.prisma.customer.update({ where: { id: p.id }, data: { personalIdentityNumber: '200001012385' } });
    await createProject(s.db(), { name: 'Badrum', customerId: p.id, statusCode: 40, startDate: '2026-10-05' });
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityType: 'customer', reference: `Customer ${p.number}`, message: expect.stringMatching(/check digit.*YYMMDD-NNNK/) }),
        expect.objectContaining({ entityType: 'project', message: expect.stringContaining(`customer ${p.number}`) }),
      ]),
    );
    const sent = s.fake
      .requests()
      .slice(before)
      .filter((q) => q.path === '/v2/customers' && q.method !== 'GET');
    expect(sent).toEqual([]);
    // Fixed here: sent with the short form.
    await h.prisma.customer.update({ where: { id: p.id }, data: { personalIdentityNumber: '200001012384' } });
    const fixed = await s.run();
    expect(fixed.failures.filter((f) => f.reference === `Customer ${p.number}`)).toEqual([]);
    expect(s.fake.state.customers.find((c) => c.CustomerNumber === p.number)).toMatchObject({ IsPrivatePerson: true, CorporateIdentityNumber: '000101-2384' });
  });

  it('imports the paid date once Visma shows the invoice paid in full (partial payment is not paid)', async () => {
    const [first] = s.fake.state.invoices;
    s.fake.pay(first!.Id, { amount: 1000, date: '2026-11-10' });
    await s.run();
    const local = await h.prisma.invoice.findFirstOrThrow({ where: { externalNumber: String(first!.InvoiceNumber) } });
    expect(local.paidDate).toBeNull();
    s.fake.pay(first!.Id, { date: '2026-11-12' });
    await s.run();
    const paid = await h.prisma.invoice.findUniqueOrThrow({ where: { id: local.id } });
    expect(paid.paidDate?.toISOString().slice(0, 10)).toBe('2026-11-12');
  });

  it('imports cost centres, accounts (not classes 1–2), vouchers of the chosen series with project rows, and suppliers', async () => {
    const visProject = s.fake.state.projects[0]!;
    s.fake.state.costCenters.push({
      Id: 'aaaaaaaa-0000-4000-8000-000000000001',
      Number: 1,
      Name: 'Avdelning',
      IsActive: true,
      Items: [
        { Id: 'bbbbbbbb-0000-4000-8000-000000000001', CostCenterId: 'aaaaaaaa-0000-4000-8000-000000000001', Name: 'Norr', ShortName: 'N1', IsActive: true },
      ],
    });
    s.fake.state.accounts.push(
      { Number: '1930', Name: 'Företagskonto', FiscalYearId: 'f1f1f1f1-0000-4000-8000-000000002026', IsActive: true },
      { Number: '4010', Name: 'Inköp material', FiscalYearId: 'f1f1f1f1-0000-4000-8000-000000002026', IsActive: true },
    );
    const modified = new Date().toISOString();
    s.fake.state.vouchers.push(
      {
        Id: 'cccccccc-0000-4000-8000-000000000001',
        VoucherDate: '2026-11-05T00:00:00',
        VoucherText: 'Leverantörsfaktura',
        NumberSeries: 'A',
        NumberAndNumberSeries: 'A12',
        ModifiedUtc: modified,
        Rows: [
          {
            AccountNumber: 4010,
            DebitAmount: 800,
            CreditAmount: 0,
            ProjectId: visProject.Id,
            CostCenterItemId1: 'bbbbbbbb-0000-4000-8000-000000000001',
            TransactionText: 'Virke',
          },
          { AccountNumber: 2440, DebitAmount: 0, CreditAmount: 800 },
        ],
      },
      {
        Id: 'cccccccc-0000-4000-8000-000000000002',
        VoucherDate: '2026-11-05T00:00:00',
        VoucherText: 'Serie B',
        NumberSeries: 'B',
        NumberAndNumberSeries: 'B3',
        ModifiedUtc: modified,
        Rows: [{ AccountNumber: 4010, DebitAmount: 50, CreditAmount: 0, ProjectId: visProject.Id }],
      },
    );
    s.fake.state.suppliers.push({
      Id: 'dddddddd-0000-4000-8000-000000000001',
      SupplierNumber: '501',
      Name: 'Bygghandel AB',
      IsActive: true,
      TermsOfPaymentId: s.fake.state.termsOfPayments[0]!.Id,
      ModifiedUtc: modified,
      City: 'Umeå',
      PostalCode: '90326',
    });
    const r = await s.run();
    expect(r.flows.filter((f) => f.error)).toEqual([]);
    // Only the invoice with the missing item/VAT code is still reported (every run, until fixed).
    expect(r.failures.map((f) => f.entityType)).toEqual(['invoice']);
    const db = s.db();
    expect(await db.costCentre.findMany({ select: { code: true, name: true } })).toEqual([{ code: 'N1', name: 'Norr' }]);
    const accounts = (await db.account.findMany({ select: { number: true } })).map((a) => a.number);
    expect(accounts).toContain(4010);
    expect(accounts).not.toContain(1930);
    const vouchers = await db.voucher.findMany({ include: { rows: true } });
    expect(vouchers.map((v) => v.series)).toEqual(['A']);
    expect(vouchers[0]!.rows).toEqual([expect.objectContaining({ debit: D('800'), projectId })]);
    expect(await db.supplier.findMany({ select: { number: true, name: true } })).toEqual([{ number: '501', name: 'Bygghandel AB' }]);
    // Nothing new in Visma: a further run imports nothing again and sends nothing.
    const writes = s.fake.writes();
    const again = await s.run();
    expect(again.failures.map((f) => f.entityType)).toEqual(['invoice']);
    expect(s.fake.writes()).toBe(writes);
    expect(await db.voucher.count()).toBe(1);
  });

  it('voucherSeries means the same as in every connector: [] reads no vouchers, "all" every series', async () => {
    const db = s.db();
    const conn = await db.connection.findUniqueOrThrow({ where: { id: s.connectionId } });
    const withSeries = (voucherSeries: unknown) =>
      db.connection.update({
        where: { id: s.connectionId },
        data: { settings: { ...(conn.settings as Record<string, unknown>), voucherSeries } as Prisma.InputJsonValue },
      });
    const voucherReads = () => s.fake.requests().filter((q) => q.path.startsWith('/v2/vouchers')).length;
    // The B voucher changes in Visma.
    s.fake.state.vouchers.find((v) => v.NumberSeries === 'B')!.ModifiedUtc = new Date(Date.now() + 1000).toISOString();
    try {
      await withSeries([]);
      const before = voucherReads();
      await s.run();
      expect(voucherReads()).toBe(before);
      expect(await db.voucher.count()).toBe(1);

      await withSeries('all');
      await s.run();
      expect(voucherReads()).toBeGreaterThan(before);
      expect((await db.voucher.findMany({ orderBy: { series: 'asc' } })).map((v) => v.series)).toEqual(['A', 'B']);
    } finally {
      await db.connection.update({ where: { id: s.connectionId }, data: { settings: conn.settings as Prisma.InputJsonValue } });
    }
  });
});

describe('Visma flows, "Update customers" on', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup({ updateCustomers: true });
  });
  afterAll(async () => s?.fake.close());

  it('sends every customer and overwrites Visma with each change', async () => {
    const c = await s.customer({ name: 'Mästare AB' });
    await s.run();
    expect(s.fake.state.customers.map((x) => x.CustomerNumber)).toEqual([c.number]);
    s.fake.state.customers[0]!.Name = 'Ändrat i Visma';
    await updateCustomer(s.db(), s.auth(), c.id, { name: 'Mästare AB (ändrad)' });
    const r = await s.run();
    expect(r.status).toBe('SUCCEEDED');
    expect(s.fake.state.customers[0]!.Name).toBe('Mästare AB (ändrad)');
  });

  it('a company without the API module fails the run with a clear message, not one error per entity', async () => {
    s.fake.state.apiModule = false;
    await s.customer({ name: 'Ny kund AB' });
    const r = await s.run();
    s.fake.state.apiModule = true;
    expect(r.status).toBe('FAILED');
    expect(r.failures).toEqual([]);
    expect(r.flows.find((f) => f.error)?.error).toMatch(/API module/);
  });
});

describe('Visma: one invoice row per account and project with revenue accounting', () => {
  let s: Setup;
  let customer: { id: string; number: string };
  let projectId: string;
  const line = (description: string, amount: string, over: Record<string, unknown> = {}) => ({
    description,
    quantity: D('1'),
    unitPrice: D(amount),
    vatRate: D('25'),
    accountNumber: 3001,
    ...over,
  });
  const remote = async (id: string) => {
    const ours = await h.prisma.invoice.findUniqueOrThrow({ where: { id } });
    return { ours, inv: s.fake.state.invoices.find((i) => String(i.InvoiceNumber) === ours.externalNumber)! };
  };

  beforeAll(async () => {
    s = await setup({ updateCustomers: false });
    const db = s.db();
    for (const [number, name, item] of [
      [3001, 'Försäljning tjänster', 'ARB'],
      [3051, 'Försäljning varor', 'MAT'],
    ] as const) {
      await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number, name, invoiceItemNumber: item, externalVatCode: 'MP1' }) });
    }
    await setPostingRules(db, [{ accountNumber: 3001 }, { accountNumber: 3051, lineKind: 'MATERIAL' }]);
    await updateSettings(db, { active: true });
    customer = await s.customer({ type: 'PRIVATE', name: 'Eva Svensson', personalIdentityNumber: '198112189876' });
    projectId = await createProject(db, { name: 'Villa Björkvägen', customerId: customer.id, statusCode: 40, startDate: '2026-10-01' });
  });
  afterAll(async () => s?.fake.close());

  it('ten lines over two accounts and one project arrive as two rows at the exact sums; the totals are the invoice’s', async () => {
    const id = await createInvoice(s.db(), {
      projectId,
      lines: [
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
      ],
      fields: { invoiceDate: '2026-11-05' },
    });
    await lockInvoice(s.db(), id, 'AD');
    const r = await s.run();
    expect(r.failures).toEqual([]);
    const { ours, inv } = await remote(id);
    const project = s.fake.state.projects[0]!.Id;
    expect(inv.Rows.map((row) => [row.Text, row.ArticleId, row.Quantity, row.UnitPrice, row.ProjectId])).toEqual([
      [`Konto 3001, projekt ${s.fake.state.projects[0]!.Number}`, '11111111-1111-4111-8111-111111111111', 1, 10050.7, project],
      [`Konto 3051, projekt ${s.fake.state.projects[0]!.Number}`, '22222222-2222-4222-8222-222222222222', 1, 5949.8, project],
    ]);
    expect(ours.subtotal.toFixed(2)).toBe('16000.50');
    expect([inv.TotalAmount, inv.TotalVatAmount]).toEqual([Number(ours.total), Number(ours.vatAmount)]);
  });

  it('a ROT invoice keeps labour and material apart on the same revenue account; work hours summed per work type', async () => {
    const db = s.db();
    await setPostingRules(db, [{ accountNumber: 3001 }]);
    const contact = await addContact(db, s.auth(), customer.id, {
      name: 'Eva Svensson',
      personalIdentityNumber: '198112189876',
      propertyDesignation: 'Umeå Björken 1:2',
    });
    const contactId = typeof contact === 'string' ? contact : (contact as { id: string }).id;
    const id = await createInvoice(db, {
      projectId,
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
      ['Rivning', '1500', '0.5'],
    ] as const) {
      const l = await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: id, description } });
      await setLineWorkTypes(db, l.id, [{ workType: 'Bygg', amount: D(amount), hours: D(hours) }]);
    }
    // The basis takes the work types when it is rebuilt (one row per line and work type).
    await rebuildBasis(db, id, 'FULL');
    await setBuyers(db, id, [{ contactId }]);
    await lockInvoice(db, id, 'AD');
    const r = await s.run();
    expect(r.failures).toEqual([]);
    const { ours, inv } = await remote(id);
    const n = s.fake.state.projects[0]!.Number;
    expect(inv.Rows.map((row) => [row.Text, row.UnitPrice, row.WorkCostType ?? 0, row.WorkHours ?? null])).toEqual([
      [`Konto 3001, projekt ${n}, arbete Bygg`, 7500, 1, 10.5],
      [`Konto 3001, projekt ${n}, material`, 2150.5, 0, null],
    ]);
    expect([inv.TotalAmount, inv.TotalVatAmount]).toEqual([Number(ours.total), Number(ours.vatAmount)]);
  });
  it('the lock checks the rows Visma would get with the connection’s settings: ROT hours on two work orders reach 1 hour only merged on the project', async () => {
    const db = s.db();
    await setPostingRules(db, [{ accountNumber: 3001 }]);
    // Work orders kept apart in the basis, so each has its own row before the connector merges.
    await updateSettings(db, { dimensions: [{ number: 3, included: true, mandatory: false }] });
    const projectLevel = (level: string) =>
      db.connection.update({
        where: { id: s.connectionId },
        data: { settings: { baseUrl: s.fake.url, tokenUrl: s.fake.tokenUrl, updateCustomers: false, projectLevel: level } },
      });
    try {
      const woId = async (name: string) =>
        createWorkOrder(db, projectId, { name }).then((w: unknown) => (typeof w === 'string' ? w : (w as { id: string }).id));
      const [kitchen, bath] = [await woId('Kök'), await woId('Bad')];
      const contact = await db.contact.findFirstOrThrow({ where: { customerId: customer.id } });
      const id = await createInvoice(db, {
        projectId,
        lines: [line('Kök, snickeri', '600', { kind: 'LABOUR', workOrderId: kitchen }), line('Bad, snickeri', '400', { kind: 'LABOUR', workOrderId: bath })],
        fields: { invoiceDate: '2026-11-08', taxReductionType: 'ROT' },
      });
      for (const [description, amount] of [
        ['Kök, snickeri', '600'],
        ['Bad, snickeri', '400'],
      ] as const) {
        const l = await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: id, description } });
        await setLineWorkTypes(db, l.id, [{ workType: 'Bygg', amount: D(amount), hours: D('0.5') }]);
      }
      await rebuildBasis(db, id, 'FULL');
      await setBuyers(db, id, [{ contactId: contact.id }]);
      const exportCheck = invoicePreflight(h.integrations.registry);

      // Work orders as projects of their own in Visma: two rows of half an hour each, refused.
      await projectLevel('workOrder');
      const refused = await lockInvoice(db, id, 'AD', undefined, { exportCheck }).catch((e: unknown) => e);
      expect(refused).toMatchObject({
        code: 'VALIDATION_FAILED',
        issues: [
          { path: 'export.Visma.rows.0.taxReduction.hours', code: 'REFUSED_BY_ACCOUNTING_SYSTEM', message: expect.stringContaining('at least 1 work hour') },
          { path: 'export.Visma.rows.1.taxReduction.hours', code: 'REFUSED_BY_ACCOUNTING_SYSTEM', message: expect.stringContaining('at least 1 work hour') },
        ],
      });
      expect((await db.invoice.findUniqueOrThrow({ where: { id } })).locked).toBe(false);

      // Rows on the main project: merged into one row of one hour, which Visma takes.
      await projectLevel('project');
      await lockInvoice(db, id, 'AD', undefined, { exportCheck });
      expect((await db.invoice.findUniqueOrThrow({ where: { id } })).locked).toBe(true);
    } finally {
      await projectLevel('project');
      await updateSettings(db, { dimensions: [{ number: 3, included: false, mandatory: false }] });
    }
  });
});
