// Every Björn Lundén flow end to end: the real runner (executeRun) on a real database, real HTTP
// to the BL fake, which checks every request and answer against BL's published contract (close()
// fails on any breach). Invoices are created and locked with the invoice services, as users do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { addContact, createCustomer, updateCustomer } from '../../src/modules/customers/service.js';
import { createProject, updateProject } from '../../src/modules/projects/service.js';
import { createInvoice, creditInvoice, lockInvoice, setBuyers, setLineWorkTypes } from '../../src/modules/invoices/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { checkConnection, invoicePreflight } from '../../src/modules/integrations/service.js';
import { startBlFake, type BlFake } from '../../connectors/bjorn-lunden/fake/server.js';

const h = useHarness();
const D = (v: string) => new Prisma.Decimal(v);

interface Setup {
  company: TestCompany;
  fake: BlFake;
  connectionId: string;
  db: () => ReturnType<typeof createTenantDb>;
  auth: () => { actor: { companyId: string; userId: string; signature: string }; permissions: Set<'CUSTOMER_VIEW' | 'CUSTOMER_EDIT' | 'CUSTOMER_CREATE'> };
  run: (dryRun?: boolean) => Promise<{
    status: string;
    error: string | null;
    failures: { reference: string; message: string; entityType: string }[];
    flows: { flowId: string; error: string | null }[];
  }>;
  customer: (input: Record<string, unknown>) => Promise<{ id: string; number: string }>;
}

async function setup(settings: Record<string, unknown>, enabledFlows: string[] = []): Promise<Setup> {
  const fake = await startBlFake({ pageSize: 2 });
  const company = await h.company();
  const db = () => createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' });
  const auth = () => ({
    actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  });
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
  return { company, fake, connectionId: conn.id, db, auth, run, customer };
}

const posts = (fake: BlFake, from: number) =>
  fake
    .requests()
    .slice(from)
    .filter((q) => q.method !== 'GET')
    .map((q) => `${q.method} ${q.path}`);

describe('Björn Lundén flows, "Update customers" off', () => {
  let s: Setup;
  let c1: { id: string; number: string };
  let projectId: string;
  let firstInvoiceId: string;

  beforeAll(async () => {
    s = await setup({ updateCustomers: false });
    for (const [number, name] of [
      [3001, 'Försäljning 25 %'],
      [3002, 'Försäljning som BL inte har'],
    ] as const) {
      await s.db().account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number, name }) });
    }
  });
  afterAll(async () => s?.fake.close());

  it('imports cost centres and income-statement accounts only, paging through the cost centres', async () => {
    s.fake.state.costCenters.push(
      { entityId: 1, id: 'N1', name: 'Norr' },
      { entityId: 2, id: 'S1', name: 'Syd' },
      { entityId: 3, id: 'V1', name: 'Väst', closed: true },
    );
    s.fake.state.accounts.push({ entityId: 50, id: '4010', name: 'Inköp material' });
    const r = await s.run();
    expect(r.flows.filter((f) => f.error)).toEqual([]);
    const db = s.db();
    expect(await db.costCentre.findMany({ select: { code: true, name: true }, orderBy: { code: 'asc' } })).toEqual([
      { code: 'N1', name: 'Norr' },
      { code: 'S1', name: 'Syd' },
      { code: 'V1', name: 'Väst' },
    ]);
    // Two pages of two (the fake's page size), asked page by page.
    expect(
      s.fake
        .requests()
        .filter((q) => q.path === '/costcenter/batch')
        .map((q) => new URLSearchParams(q.query).get('page')),
    ).toEqual(['1', '2']);
    const accounts = (await db.account.findMany({ select: { number: true } })).map((a) => a.number);
    expect(accounts).toEqual(expect.arrayContaining([3231, 3740, 4010]));
    expect(accounts).not.toContain(1510);
    expect(accounts).not.toContain(2611);
    // One token for the whole run, every call with the company's User-Key (the fake refuses others).
    expect(s.fake.tokenRequests()).toBe(1);
  });

  it('sends a customer once, with its first project, and never updates it; a project at 90 is closed in BL', async () => {
    c1 = await s.customer({ name: 'Kund Ett AB', organisationNumber: '556677-8899' });
    const lonely = await s.customer({ name: 'Kund utan projekt AB' });
    projectId = await createProject(s.db(), { name: 'Villa Ett', customerId: c1.id, statusCode: 40, startDate: '2026-10-01' });
    await createProject(s.db(), { name: 'Anbud', customerId: c1.id, statusCode: 10 });
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(s.fake.state.customers.map((c) => c.id)).toEqual([c1.number]);
    expect(s.fake.state.customers.map((c) => c.id)).not.toContain(lonely.number);
    expect(s.fake.state.customers[0]).toMatchObject({
      name: 'Kund Ett AB',
      organisationNumber: '556677-8899',
      street: 'Storgatan 1',
      zip: '111 22',
      city: 'Stockholm',
    });
    expect(s.fake.state.projects).toHaveLength(1);
    expect(s.fake.state.projects[0]).toMatchObject({ name: 'Villa Ett', customerId: c1.number, startDate: '2026-10-01', closed: false });

    await updateCustomer(s.db(), s.auth(), c1.id, { name: 'Kund Ett AB (nytt namn)' });
    const writes = s.fake.writes();
    expect((await s.run()).status).toBe('SUCCEEDED');
    expect(s.fake.writes()).toBe(writes);
    expect(s.fake.state.customers[0]!.name).toBe('Kund Ett AB');
    // The token of the first run, stored with the credentials, is still valid: no new one.
    expect(s.fake.tokenRequests()).toBe(1);
  });

  it('sends a private customer’s personnummer as YYMMDD-NNNK, and reports one BL would refuse before any request for it', async () => {
    const p = await s.customer({ type: 'PRIVATE', name: 'Privat Person', personalIdentityNumber: '198501011236' });
    await createProject(s.db(), { name: 'Badrum', customerId: p.id, statusCode: 40, startDate: '2026-10-05' });
    await h.prisma.customer.update({ where: { id: p.id }, data: { personalIdentityNumber: '198501011237' } });
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entityType: 'customer', reference: `Customer ${p.number}`, message: expect.stringMatching(/check digit.*YYMMDD-NNNK/) }),
        expect.objectContaining({ entityType: 'project', message: expect.stringContaining(`customer ${p.number}`) }),
      ]),
    );
    expect(posts(s.fake, before)).toEqual([]);
    await h.prisma.customer.update({ where: { id: p.id }, data: { personalIdentityNumber: '198501011236' } });
    const fixed = await s.run();
    expect(fixed.failures).toEqual([]);
    expect(s.fake.state.customers.find((c) => c.id === p.number)).toMatchObject({ organisationNumber: '850101-1236' });
  });

  it('exports a locked invoice to the customer ledger on the bookkeeping date, attaches the PDF, records BL’s number; a second run sends nothing', async () => {
    firstInvoiceId = await createInvoice(s.db(), {
      projectId,
      lines: [
        { description: 'Arbete', quantity: D('10'), unitPrice: D('650'), vatRate: D('25'), accountNumber: 3001 },
        { description: 'Resa', quantity: D('1'), unitPrice: D('300.40'), vatRate: D('25'), accountNumber: 3001 },
      ],
      fields: { invoiceDate: '2026-11-02', bookkeepingDate: '2026-10-31' },
    });
    await lockInvoice(s.db(), firstInvoiceId, 'AD');
    const ours = await h.prisma.invoice.findUniqueOrThrow({ where: { id: firstInvoiceId } });
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(posts(s.fake, before)).toEqual(['POST /customerinvoice', expect.stringMatching(/^POST \/document\/attachto\/CUSTOMER_INVOICE\/\d+$/)]);
    const [inv] = s.fake.state.invoices;
    expect(inv).toMatchObject({
      customerId: c1.number,
      invoiceDate: '2026-11-02',
      journalEntryDate: '2026-10-31',
      amountInLocalCurrency: Number(ours.total) + Number(ours.rounding),
      externalInvoiceId: ours.number,
      receivableAccount: '1510',
      type: 'Faktura',
    });
    const project = s.fake.state.projects[0]!.id;
    // Credit entries negative: the revenue rows as they are (no revenue accounting here), the VAT, the rounding.
    expect(inv!.subLedgerEntries.map((e) => [e.accountId, e.amount, e.projectId ?? null])).toEqual([
      ['3001', -6500, project],
      ['3001', -300.4, project],
      ['2611', -1700.1, null],
      ...(Number(ours.rounding) === 0 ? [] : [['3740', -Number(ours.rounding), null]]),
    ]);
    expect(s.fake.state.documents).toHaveLength(1);
    expect(s.fake.state.documents[0]).toMatchObject({ entityId: inv!.entityId, fileName: `Faktura ${ours.number}.pdf` });
    expect(s.fake.state.documents[0]!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: firstInvoiceId } })).externalNumber).toBe(String(inv!.invoiceNumber));

    const writes = s.fake.writes();
    expect((await s.run()).status).toBe('SUCCEEDED');
    expect(s.fake.writes()).toBe(writes);
  });

  it('reports an invoice BL refuses with its reference (an account BL lacks); the others go through', async () => {
    const bad = await createInvoice(s.db(), {
      projectId,
      lines: [{ description: 'Okänt konto', quantity: D('1'), unitPrice: D('100'), vatRate: D('25'), accountNumber: 3002 }],
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
    const r = await s.run();
    expect(r.status).toBe('PARTIAL');
    expect(r.failures).toEqual([
      expect.objectContaining({ entityType: 'invoice', reference: `Invoice ${badNumber}`, message: expect.stringMatching(/Account 3002 not found/) }),
    ]);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: good } })).externalNumber).not.toBeNull();
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: bad } })).externalNumber).toBeNull();
    // Reported every run until fixed in BL.
    const again = await s.run();
    expect(again.failures.map((f) => f.reference)).toEqual([`Invoice ${badNumber}`]);
    s.fake.state.accounts.push({ entityId: 60, id: '3002', name: 'Försäljning 2' });
    expect((await s.run()).failures).toEqual([]);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: bad } })).externalNumber).not.toBeNull();
  });

  it('exports a credit invoice connected to its original, with negative amounts', async () => {
    const creditId = await creditInvoice(s.db(), firstInvoiceId, 'Fel pris');
    await lockInvoice(s.db(), creditId, 'AD');
    const r = await s.run();
    expect(r.failures).toEqual([]);
    const original = s.fake.state.invoices[0]!;
    const credit = s.fake.state.invoices.find((i) => i.connectedInvoices.includes(original.entityId))!;
    expect(credit).toMatchObject({ type: 'Kreditfaktura', amountInLocalCurrency: -original.amountInLocalCurrency });
    expect(original.connectedInvoices).toEqual([credit.entityId]);
    expect(credit.subLedgerEntries.map((e) => e.amount)).toEqual(original.subLedgerEntries.map((e) => -e.amount!));
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: creditId } })).externalNumber).toBe(String(credit.invoiceNumber));
  });

  it('imports the paid date once BL shows the invoice paid in full', async () => {
    const first = s.fake.state.invoices[0]!;
    s.fake.pay(first.invoiceNumber, { amount: 1000, date: '2026-11-10' });
    await s.run();
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: firstInvoiceId } })).paidDate).toBeNull();
    s.fake.pay(first.invoiceNumber, { date: '2026-11-12' });
    await s.run();
    const paid = await h.prisma.invoice.findUniqueOrThrow({ where: { id: firstInvoiceId } });
    expect(paid.paidDate?.toISOString().slice(0, 10)).toBe('2026-11-12');
  });

  it('a crash between an invoice’s create and its id-map write, then a re-run, leaves one invoice in BL, with one PDF', async () => {
    const id = await createInvoice(s.db(), {
      projectId,
      lines: [{ description: 'Arbete', quantity: D('3'), unitPrice: D('700'), vatRate: D('25'), accountNumber: 3001 }],
      fields: { invoiceDate: '2026-11-20' },
    });
    await lockInvoice(s.db(), id, 'AD');
    const before = s.fake.state.invoices.length;
    let armed = true;
    h.integrations.beforeIdMapWrite = (type) => {
      if (type === 'invoice' && armed) {
        armed = false;
        throw new Error('simulated crash after the remote create');
      }
    };
    try {
      const crashed = await s.run();
      expect(crashed.status).toBe('FAILED');
    } finally {
      h.integrations.beforeIdMapWrite = undefined;
    }
    expect(s.fake.state.invoices).toHaveLength(before + 1);
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(s.fake.state.invoices).toHaveLength(before + 1);
    const inv = s.fake.state.invoices.at(-1)!;
    expect(s.fake.state.documents.filter((d) => d.entityId === inv.entityId)).toHaveLength(1);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).toBe(String(inv.invoiceNumber));
  });

  it('a dry run of a locked invoice sends nothing and records nothing; the real run then sends it', async () => {
    const id = await createInvoice(s.db(), {
      projectId,
      lines: [{ description: 'Arbete', quantity: D('1'), unitPrice: D('900'), vatRate: D('25'), accountNumber: 3001 }],
      fields: { invoiceDate: '2026-11-21' },
    });
    await lockInvoice(s.db(), id, 'AD');
    const writes = s.fake.writes();
    const dry = await s.run(true);
    expect(dry.failures).toEqual([]);
    expect(s.fake.writes()).toBe(writes);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).toBeNull();
    expect((await s.run()).failures).toEqual([]);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).not.toBeNull();
  });

  it('closes a project in BL once its status reaches 90', async () => {
    await updateProject(s.db(), projectId, { statusCode: 90 });
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(s.fake.state.projects[0]).toMatchObject({ name: 'Villa Ett', closed: true });
  });

  it('a dry run sends no writes and records nothing', async () => {
    const c = await s.customer({ name: 'Torrkund AB' });
    await createProject(s.db(), { name: 'Torrprojekt', customerId: c.id, statusCode: 50, startDate: '2026-11-01' });
    const writes = s.fake.writes();
    const dry = await s.run(true);
    expect(dry.failures).toEqual([]);
    expect(s.fake.writes()).toBe(writes);
    expect(s.fake.state.customers.map((x) => x.id)).not.toContain(c.number);
    await s.run();
    expect(s.fake.state.customers.map((x) => x.id)).toContain(c.number);
  });
});

describe('Björn Lundén ROT/RUT', () => {
  let s: Setup;
  let customer: { id: string; number: string };
  let projectId: string;
  const contacts: string[] = [];

  beforeAll(async () => {
    s = await setup({ updateCustomers: true });
    await s.db().account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 3001, name: 'Försäljning 25 %' }) });
    customer = await s.customer({ type: 'PRIVATE', name: 'Eva Svensson', personalIdentityNumber: '198112189876' });
    projectId = await createProject(s.db(), { name: 'Villa Björkvägen', customerId: customer.id, statusCode: 40, startDate: '2026-10-01' });
    for (const [name, pnr] of [
      ['Eva Svensson', '198112189876'],
      ['Per Svensson', '197902021232'],
      ['Anna Svensson', '198501011236'],
    ] as const) {
      const c = await addContact(s.db(), s.auth(), customer.id, { name, personalIdentityNumber: pnr, propertyDesignation: 'Umeå Björken 1:2' });
      contacts.push(typeof c === 'string' ? c : (c as { id: string }).id);
    }
  });
  afterAll(async () => s?.fake.close());

  const rotInvoice = async (buyers: string[]) => {
    const db = s.db();
    const id = await createInvoice(db, {
      projectId,
      lines: [
        { description: 'Snickeri', quantity: D('10'), unitPrice: D('600'), vatRate: D('25'), accountNumber: 3001, kind: 'LABOUR' },
        { description: 'Virke', quantity: D('1'), unitPrice: D('2000'), vatRate: D('25'), accountNumber: 3001, kind: 'MATERIAL' },
      ],
      fields: { invoiceDate: '2026-11-07', taxReductionType: 'ROT' },
    });
    const l = await db.invoiceLine.findFirstOrThrow({ where: { invoiceId: id, description: 'Snickeri' } });
    await setLineWorkTypes(db, l.id, [{ workType: 'Bygg', amount: D('6000'), hours: D('10') }]);
    await setBuyers(
      db,
      id,
      buyers.map((contactId) => ({ contactId })),
    );
    return id;
  };

  it('refuses to lock a ROT invoice with more than two buyers, saying why', async () => {
    const id = await rotInvoice(contacts);
    const refused = await lockInvoice(s.db(), id, 'AD', undefined, { exportCheck: invoicePreflight(h.integrations.registry) }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [
        expect.objectContaining({ code: 'REFUSED_BY_ACCOUNTING_SYSTEM', message: expect.stringMatching(/at most 2 persons per ROT invoice; this one has 3/) }),
      ],
    });
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).locked).toBe(false);
  });

  it('sends the ROT basis with both persons as 12 digits and their amounts, after the invoice and before the PDF', async () => {
    const id = await rotInvoice(contacts.slice(0, 2));
    await lockInvoice(s.db(), id, 'AD', undefined, { exportCheck: invoicePreflight(h.integrations.registry) });
    const ours = await h.prisma.invoice.findUniqueOrThrow({ where: { id }, include: { buyers: true } });
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(posts(s.fake, before).filter((p) => /customerinvoice|document/.test(p))).toEqual([
      'POST /customerinvoice',
      'POST /customerinvoice/rotrut',
      expect.stringMatching(/^POST \/document\/attachto\//),
    ]);
    const inv = s.fake.state.invoices.at(-1)!;
    expect(inv.rotRutAmount).toBe(Number(ours.taxReductionAmount));
    const [rot] = s.fake.state.rotRuts;
    expect(rot).toMatchObject({
      type: 0,
      invoiceNumber: inv.invoiceNumber,
      customerId: customer.number,
      socialSecurityNumber1: '198112189876',
      socialSecurityNumber2: '197902021232',
      propertyId: 'UMEÅ BJÖRKEN 1:2',
    });
    const amounts = ours.buyers.map((b) => Number(b.amount)).sort((a, b) => a - b);
    expect([rot!.amountPerson1, rot!.amountPerson2].sort((a, b) => a! - b!)).toEqual(amounts);
    // A ROT basis BL refused is tried again on the next run, without a second invoice.
    expect((await s.run()).failures).toEqual([]);
    expect(s.fake.state.rotRuts).toHaveLength(1);
  });
});

describe('Björn Lundén suppliers (optional flow)', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup({}, ['supplier-import']);
  });
  afterAll(async () => s?.fake.close());

  it('creates and updates suppliers from BL by supplier number; those without a number are left out', async () => {
    s.fake.state.suppliers.push(
      { entityId: 1, id: '501', name: 'Bygghandel AB', organisationId: '556677-8899', bg: '5050-1055', city: 'Umeå', zipCode: '903 26', closed: false },
      { entityId: 2, id: '502', name: 'Rör & Co', closed: true },
      { entityId: 3, name: 'Utan nummer' },
    );
    const r = await s.run();
    expect(r.failures).toEqual([]);
    const list = () => s.db().supplier.findMany({ select: { number: true, name: true, city: true, active: true }, orderBy: { number: 'asc' } });
    expect(await list()).toEqual([
      { number: '501', name: 'Bygghandel AB', city: 'Umeå', active: true },
      { number: '502', name: 'Rör & Co', city: null, active: false },
    ]);
    s.fake.state.suppliers[0]!.name = 'Bygghandel i Norr AB';
    expect((await s.run()).failures).toEqual([]);
    expect((await list())[0]).toMatchObject({ number: '501', name: 'Bygghandel i Norr AB' });
  });

  it('gets a new token when BL no longer takes the stored one (401), and goes on', async () => {
    const tokens = s.fake.tokenRequests();
    s.fake.expireAccessTokens();
    const r = await s.run();
    expect(r.status).toBe('SUCCEEDED');
    expect(s.fake.tokenRequests()).toBe(tokens + 1);
  });
});

describe('Björn Lundén check()', () => {
  let s: Setup;
  beforeAll(async () => {
    s = await setup({});
  });
  afterAll(async () => s?.fake.close());

  const settingsWith = async (patch: Record<string, unknown>) => {
    const c = await s.db().connection.findUniqueOrThrow({ where: { id: s.connectionId } });
    await s.db().connection.update({ where: { id: s.connectionId }, data: { settings: { ...(c.settings as object), ...patch } as never } });
  };

  it('names the company; tells a wrong User-Key and refused credentials apart', async () => {
    expect(await checkConnection(s.db(), h.integrations, s.connectionId)).toEqual({
      ok: true,
      message: 'Connected to Björn Lundén as Bygg & Rör i Norr AB (5566778899)',
    });
    await settingsWith({ userKey: '00000000-0000-4000-8000-000000000000' });
    expect(await checkConnection(s.db(), h.integrations, s.connectionId)).toEqual({ ok: false, message: expect.stringMatching(/User-Key/) });
    await settingsWith({ userKey: s.fake.userKey });
    await s.db().connection.update({
      where: { id: s.connectionId },
      data: { credentials: h.integrations.secrets.encrypt({ clientId: s.fake.clientId, clientSecret: 'wrong' }, s.connectionId) },
    });
    expect(await checkConnection(s.db(), h.integrations, s.connectionId)).toEqual({
      ok: false,
      message: expect.stringMatching(/^BL refused the credentials: Client authentication failed/),
    });
  });
});

describe('Björn Lundén vouchers', () => {
  let s: Setup;
  let projectNumber: string;
  let projectId: string;
  const day = (back: number) => new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
  const entry = (series: string, n: number, date: string, rows: { account: string; amount: number; project?: string }[], changed = `${date}T09:00:00Z`) => ({
    entityId: 9000 + n,
    journalId: series,
    journalEntryId: n,
    journalEntryDate: date,
    financialYearId: date.slice(0, 4),
    journalEntryText: `Verifikation ${series}${n}`,
    upsertDate: changed,
    ledgerEntries: rows.map((r, i) => ({ entityId: i + 1, line: i + 1, accountId: r.account, amount: r.amount, projectId: r.project })),
  });

  beforeAll(async () => {
    s = await setup({ voucherSeries: ['A'], voucherLookbackMonths: 2 });
    const c = await s.customer({ name: 'Verifikationskund AB' });
    projectId = await createProject(s.db(), { name: 'Projekt V', customerId: c.id, statusCode: 40, startDate: day(60) });
    projectNumber = (await h.prisma.project.findUniqueOrThrow({ where: { id: projectId } })).number;
    await s.db().account.createMany({
      data: [4010, 2440].map((number) => scoped<Prisma.AccountUncheckedCreateInput>({ number, name: `Konto ${number}` })) as never,
    });
  });
  afterAll(async () => s?.fake.close());

  it('imports the chosen series’ entries with project rows, asking again in halves when an answer is cut; a second run imports nothing new', async () => {
    s.fake.state.journals.push(
      entry('A', 1, day(20), [
        { account: '4010', amount: 800, project: projectNumber },
        { account: '2440', amount: -800 },
      ]),
      entry('A', 2, day(10), [
        { account: '4010', amount: 500 },
        { account: '2440', amount: -500 },
      ]),
      entry('A', 3, day(5), [
        { account: '4010', amount: 250.5, project: projectNumber },
        { account: '2440', amount: -250.5 },
      ]),
      entry('B', 1, day(4), [
        { account: '4010', amount: 99, project: projectNumber },
        { account: '2440', amount: -99 },
      ]),
      // Outside the look-back window.
      entry('A', 4, day(200), [
        { account: '4010', amount: 1, project: projectNumber },
        { account: '2440', amount: -1 },
      ]),
    );
    const r = await s.run();
    expect(r.flows.filter((f) => f.error)).toEqual([]);
    const vouchers = await h.prisma.voucher.findMany({ where: { companyId: s.company.companyId }, include: { rows: true }, orderBy: { number: 'asc' } });
    expect(vouchers.map((v) => [v.remoteId, v.series, v.number])).toEqual([
      [`${day(20).slice(0, 4)}/A/1`, 'A', 1],
      [`${day(5).slice(0, 4)}/A/3`, 'A', 3],
    ]);
    expect(vouchers[0]!.rows).toEqual([expect.objectContaining({ debit: D('800'), credit: D('0'), projectId })]);
    expect(vouchers[1]!.rows).toEqual([expect.objectContaining({ debit: D('250.5'), projectId })]);
    // The fake answers at most 2 entries: the window was asked again in halves.
    const asked = s.fake.requests().filter((q) => q.path === '/journal/entry/batch');
    expect(asked.length).toBeGreaterThan(1);
    expect(asked.every((q) => new URLSearchParams(q.query).get('journalid') === 'A')).toBe(true);

    const again = await s.run();
    expect(again.flows.filter((f) => f.error)).toEqual([]);
    expect(await h.prisma.voucher.count({ where: { companyId: s.company.companyId } })).toBe(2);
    // Only entries changed since the last one imported are asked for.
    const last = s.fake
      .requests()
      .filter((q) => q.path === '/journal/entry/batch')
      .at(-1)!;
    expect(new URLSearchParams(last.query).get('upsertstartdate')).toBe(day(5));
  });

  it('imports an entry once a project is added to it in BL', async () => {
    const a2 = s.fake.state.journals.find((e) => e.journalId === 'A' && e.journalEntryId === 2)!;
    a2.ledgerEntries![0]!.projectId = projectNumber;
    a2.upsertDate = new Date().toISOString();
    const r = await s.run();
    expect(r.flows.filter((f) => f.error)).toEqual([]);
    const v = await h.prisma.voucher.findFirstOrThrow({ where: { companyId: s.company.companyId, number: 2 }, include: { rows: true } });
    expect(v.rows).toEqual([expect.objectContaining({ debit: D('500'), projectId })]);
  });
});
