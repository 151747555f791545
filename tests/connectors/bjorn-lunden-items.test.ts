// Björn Lundén invoices through the invoicing module (invoiceMode "items") and preliminary
// invoices with "always send as invoice", end to end: the real runner on a real database, real
// HTTP to the BL fake, which checks every request and answer against BL's published contract
// (close() fails on any breach) and refuses unknown items, accounts, projects and cost centres.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { addContact, createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createInvoice, creditInvoice, lockInvoice, setBuyers, setLineWorkTypes } from '../../src/modules/invoices/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { invoicePreflight } from '../../src/modules/integrations/service.js';
import { startBlFake, type BlFake } from '../../connectors/bjorn-lunden/fake/server.js';

const h = useHarness();
const D = (v: string) => new Prisma.Decimal(v);

interface Setup {
  company: TestCompany;
  fake: BlFake;
  db: () => ReturnType<typeof createTenantDb>;
  run: (dryRun?: boolean) => Promise<{ status: string; failures: { reference: string; message: string; entityType: string }[] }>;
  customer: (input: Record<string, unknown>) => Promise<{ id: string; number: string }>;
  settings: (patch: Record<string, unknown>) => Promise<void>;
}

async function setup(settings: Record<string, unknown>): Promise<Setup> {
  const fake = await startBlFake();
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
      enabledFlows: [],
    }),
  });
  await db().connection.update({
    where: { id: conn.id },
    data: { credentials: h.integrations.secrets.encrypt({ clientId: fake.clientId, clientSecret: fake.clientSecret }, conn.id) },
  });
  const run = async (dryRun = false) => {
    const out = await executeRun(h.integrations, { companyId: company.companyId, connectionId: conn.id, trigger: 'MANUAL', dryRun });
    if (out.skipped) throw new Error('run skipped');
    return { status: out.status, failures: out.flows.flatMap((f) => f.failures) };
  };
  const customer = async (input: Record<string, unknown>) => {
    const id = await createCustomer(db(), auth(), {
      type: 'COMPANY',
      invoiceAddress: { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' },
      ...input,
    });
    return db().customer.findUniqueOrThrow({ where: { id }, select: { id: true, number: true } });
  };
  const patchSettings = async (patch: Record<string, unknown>) => {
    const c = await db().connection.findUniqueOrThrow({ where: { id: conn.id } });
    await db().connection.update({ where: { id: conn.id }, data: { settings: { ...(c.settings as object), ...patch } as never } });
  };
  return { company, fake, db, run, customer, settings: patchSettings };
}

const writes = (fake: BlFake, from: number) =>
  fake
    .requests()
    .slice(from)
    .filter((q) => q.method !== 'GET')
    .map((q) => `${q.method} ${q.path}`);

const account = (number: number, name: string, invoiceItemNumber: string | null, externalVatCode: string | null = null) =>
  scoped<Prisma.AccountUncheckedCreateInput>({ number, name, invoiceItemNumber, externalVatCode });

describe('Björn Lundén invoices with items (invoiceMode "items")', () => {
  let s: Setup;
  let c1: { id: string; number: string };
  let projectId: string;
  let firstId: string;

  beforeAll(async () => {
    s = await setup({ invoiceMode: 'items' });
    await s.db().account.createMany({
      data: [
        account(3001, 'Försäljning arbete', 'ARB'),
        account(3002, 'Försäljning material 12 %', 'MAT', '2'),
        account(3003, 'Försäljning utan artikel', null),
        account(3004, 'Försäljning ny artikel', 'NY'),
      ] as never,
    });
    s.fake.state.accounts.push(
      { entityId: 70, id: '3002', name: 'Material' },
      { entityId: 71, id: '3003', name: 'Övrigt' },
      { entityId: 72, id: '3004', name: 'Nytt' },
    );
    s.fake.state.articles.push(
      { entityId: 1, id: 'ARB', name: 'Arbete', account: '3001', vatCode: '1' },
      { entityId: 2, id: 'MAT', name: 'Material', account: '3002', vatCode: '2' },
    );
    s.fake.state.costCenters.push({ entityId: 1, id: 'N1', name: 'Norr' });
    c1 = await s.customer({ name: 'Kund Ett AB', organisationNumber: '556677-8899' });
    projectId = await createProject(s.db(), { name: 'Villa Ett', customerId: c1.id, statusCode: 40, startDate: '2026-10-01' });
  });
  afterAll(async () => s?.fake.close());

  it('sends a locked invoice as an order invoiced at once: one line per item and account, booked on the bookkeeping date; the PDF; BL’s number; nothing twice', async () => {
    firstId = await createInvoice(s.db(), {
      projectId,
      lines: [
        { description: 'Arbete', quantity: D('10'), unitPrice: D('650'), vatRate: D('25'), accountNumber: 3001, unit: 'h' },
        { description: 'Virke', quantity: D('4'), unitPrice: D('125.10'), vatRate: D('12'), accountNumber: 3002 },
      ],
      fields: { invoiceDate: '2026-11-02', bookkeepingDate: '2026-10-31', customerReference: 'Anna Ek' },
    });
    await lockInvoice(s.db(), firstId, 'AD');
    const ours = await h.prisma.invoice.findUniqueOrThrow({ where: { id: firstId } });
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(writes(s.fake, before).filter((w) => /customerinvoice|document/.test(w))).toEqual([
      'POST /customerinvoice/orderToInvoiceFlow',
      expect.stringMatching(/^POST \/document\/attachto\/CUSTOMER_INVOICE\/\d+$/),
    ]);
    const flow = s.fake.requests().find((q) => q.path === '/customerinvoice/orderToInvoiceFlow')!;
    // BL takes the order's rounding as it is; no tax-deduction basis from the order; nothing delivered.
    expect(Object.fromEntries(new URLSearchParams(flow.query))).toEqual({ rounding: 'true', taxDeductable: 'false' });
    const [order] = s.fake.state.orders;
    const project = s.fake.state.projects[0]!.id;
    expect(order).toMatchObject({
      customerId: c1.number,
      invoiceDate: '2026-10-31',
      requisitionNumber: String(ours.number),
      yourReference: 'Anna Ek',
      projectId: project,
    });
    expect(order!.lines.map((l) => [l.articleId, l.accountId, l.orderedQuantity, l.unitPrice, l.vatCode, l.projectId, l.unit ?? null])).toEqual([
      ['ARB', '3001', 10, 650, '1', project, 'h'],
      ['MAT', '3002', 4, 125.1, '2', project, null],
    ]);
    const inv = s.fake.state.invoices.find((i) => i.orderNumber === order!.id)!;
    // BL computes the VAT from the lines' codes: the same total as ours.
    expect(inv).toMatchObject({
      amountInLocalCurrency: Number(ours.total) + Number(ours.rounding),
      type: 'Faktura',
      preliminary: false,
      journalEntryDate: '2026-10-31',
    });
    expect(s.fake.state.documents).toEqual([expect.objectContaining({ entityId: inv.entityId, fileName: `Faktura ${ours.number}.pdf` })]);
    expect(s.fake.state.documents[0]!.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: firstId } })).externalNumber).toBe(String(inv.invoiceNumber));

    const count = s.fake.writes();
    expect((await s.run()).status).toBe('SUCCEEDED');
    expect(s.fake.writes()).toBe(count);
  });

  it('reports an invoice whose item BL lacks, or whose account has no item number, with its reference and before any request; BL’s items read once a run', async () => {
    const line = (accountNumber: number) => ({ description: 'Arbete', quantity: D('1'), unitPrice: D('100'), vatRate: D('25'), accountNumber });
    const unknown = await createInvoice(s.db(), { projectId, lines: [line(3004)], fields: { invoiceDate: '2026-11-03' } });
    const noItem = await createInvoice(s.db(), { projectId, lines: [line(3003)], fields: { invoiceDate: '2026-11-03' } });
    const good = await createInvoice(s.db(), { projectId, lines: [line(3001)], fields: { invoiceDate: '2026-11-03' } });
    for (const id of [unknown, noItem, good]) await lockInvoice(s.db(), id, 'AD');
    const number = async (id: string) => (await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).number;
    const before = s.fake.requests().length;
    const r = await s.run();
    expect(r.status).toBe('PARTIAL');
    expect(r.failures).toEqual([
      expect.objectContaining({
        entityType: 'invoice',
        reference: `Invoice ${await number(unknown)}`,
        message: expect.stringMatching(/item NY \(account 3004\) does not exist in BL/),
      }),
      expect.objectContaining({
        entityType: 'invoice',
        reference: `Invoice ${await number(noItem)}`,
        message: expect.stringMatching(/account 3003 has no item number on invoice/),
      }),
    ]);
    expect(writes(s.fake, before).filter((w) => w.endsWith('orderToInvoiceFlow'))).toHaveLength(1);
    expect(
      s.fake
        .requests()
        .slice(before)
        .filter((q) => q.path === '/article'),
    ).toHaveLength(1);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: good } })).externalNumber).not.toBeNull();
    // Reported every run until the item exists in BL.
    s.fake.state.articles.push({ entityId: 3, id: 'NY', name: 'Nytt' });
    const again = await s.run();
    expect(again.failures.map((f) => f.reference)).toEqual([`Invoice ${await number(noItem)}`]);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: unknown } })).externalNumber).not.toBeNull();
    // The item number given in the chart of accounts: sent on the next run.
    await s.db().account.updateMany({ where: { number: 3003 }, data: { invoiceItemNumber: 'ARB' } });
    expect((await s.run()).failures).toEqual([]);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: noItem } })).externalNumber).not.toBeNull();
  });

  it('reports what BL refuses (a cost centre it lacks) with the reference, and sends it once BL has it', async () => {
    const centre = await s.db().costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'S9', name: 'Söder' }) });
    const southProject = await createProject(s.db(), { name: 'Söder', customerId: c1.id, statusCode: 40, startDate: '2026-10-01', costCentreId: centre.id });
    const id = await createInvoice(s.db(), {
      projectId: southProject,
      lines: [{ description: 'Arbete', quantity: D('1'), unitPrice: D('100'), vatRate: D('25'), accountNumber: 3001 }],
      fields: { invoiceDate: '2026-11-04' },
    });
    await lockInvoice(s.db(), id, 'AD');
    const number = (await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).number;
    const r = await s.run();
    expect(r.failures).toEqual([
      expect.objectContaining({
        entityType: 'invoice',
        reference: `Invoice ${number}`,
        message: expect.stringMatching(/cost centre S9 not found.*COSTCENTER_NOT_FOUND/),
      }),
    ]);
    s.fake.state.costCenters.push({ entityId: 9, id: 'S9', name: 'Söder' });
    expect((await s.run()).failures).toEqual([]);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).not.toBeNull();
    expect(s.fake.state.orders.at(-1)!.lines[0]).toMatchObject({ costCenterId: 'S9' });
  });

  it('sends a credit invoice with negative quantities, connected to its original’s order', async () => {
    const creditId = await creditInvoice(s.db(), firstId, 'Fel pris');
    await lockInvoice(s.db(), creditId, 'AD');
    const r = await s.run();
    expect(r.failures).toEqual([]);
    const originalOrder = s.fake.state.orders[0]!;
    const original = s.fake.state.invoices.find((i) => i.orderNumber === originalOrder.id)!;
    const credit = s.fake.state.invoices.at(-1)!;
    const creditOrder = s.fake.state.orders.find((o) => o.id === credit.orderNumber)!;
    expect(
      new URLSearchParams(
        s.fake
          .requests()
          .filter((q) => q.path === '/customerinvoice/orderToInvoiceFlow')
          .at(-1)!.query,
      ).get('connect'),
    ).toBe(String(originalOrder.entityId));
    expect(originalOrder.connectedInvoices).toEqual([credit.entityId]);
    expect(credit).toMatchObject({ type: 'Kreditfaktura', amountInLocalCurrency: -original.amountInLocalCurrency, connectedInvoices: [original.entityId] });
    expect(creditOrder.lines.map((l) => [l.articleId, l.orderedQuantity, l.unitPrice])).toEqual(
      originalOrder.lines.map((l) => [l.articleId, -l.orderedQuantity!, l.unitPrice]),
    );
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: creditId } })).externalNumber).toBe(String(credit.invoiceNumber));
  });

  it('a crash between the create and the id-map write, then a re-run, leaves one order and one invoice in BL, with one PDF', async () => {
    const id = await createInvoice(s.db(), {
      projectId,
      lines: [{ description: 'Arbete', quantity: D('3'), unitPrice: D('700'), vatRate: D('25'), accountNumber: 3001 }],
      fields: { invoiceDate: '2026-11-20' },
    });
    await lockInvoice(s.db(), id, 'AD');
    const orders = s.fake.state.orders.length;
    let armed = true;
    h.integrations.beforeIdMapWrite = (type) => {
      if (type === 'invoice' && armed) {
        armed = false;
        throw new Error('simulated crash after the remote create');
      }
    };
    try {
      expect((await s.run()).status).toBe('FAILED');
    } finally {
      h.integrations.beforeIdMapWrite = undefined;
    }
    expect(s.fake.state.orders).toHaveLength(orders + 1);
    const r = await s.run();
    expect(r.failures).toEqual([]);
    expect(s.fake.state.orders).toHaveLength(orders + 1);
    const inv = s.fake.state.invoices.at(-1)!;
    expect(s.fake.state.documents.filter((d) => d.entityId === inv.entityId)).toHaveLength(1);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).toBe(String(inv.invoiceNumber));
  });

  it('a dry run sends nothing and records nothing; the real run then sends the invoice', async () => {
    const id = await createInvoice(s.db(), {
      projectId,
      lines: [{ description: 'Arbete', quantity: D('1'), unitPrice: D('900'), vatRate: D('25'), accountNumber: 3001 }],
      fields: { invoiceDate: '2026-11-21' },
    });
    await lockInvoice(s.db(), id, 'AD');
    const count = s.fake.writes();
    const dry = await s.run(true);
    expect(dry.failures).toEqual([]);
    expect(s.fake.writes()).toBe(count);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).toBeNull();
    expect((await s.run()).failures).toEqual([]);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).not.toBeNull();
  });

  it('refuses at lock an invoice with a row without account (no item can be given), naming the row', async () => {
    const id = await createInvoice(s.db(), {
      projectId,
      lines: [
        { description: 'Arbete', quantity: D('1'), unitPrice: D('100'), vatRate: D('25'), accountNumber: 3001 },
        { description: 'Okonterat', quantity: D('1'), unitPrice: D('50'), vatRate: D('25') },
      ],
      fields: { invoiceDate: '2026-11-22' },
    });
    const refused = await lockInvoice(s.db(), id, 'AD', undefined, { exportCheck: invoicePreflight(h.integrations.registry) }).catch((e: unknown) => e);
    expect(refused).toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [expect.objectContaining({ code: 'REFUSED_BY_ACCOUNTING_SYSTEM', message: expect.stringMatching(/row 2 \(Okonterat\) has no account/) })],
    });
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).locked).toBe(false);
  });
});

describe('Björn Lundén ROT through the invoicing module', () => {
  let s: Setup;
  it('sends the order, then the ROT basis naming BL’s invoice and order with both persons, then the PDF', async () => {
    s = await setup({ invoiceMode: 'items' });
    try {
      await s.db().account.create({ data: account(3001, 'Försäljning arbete', 'ARB') });
      s.fake.state.articles.push({ entityId: 1, id: 'ARB', name: 'Arbete' });
      const c = await s.customer({ type: 'PRIVATE', name: 'Eva Svensson', personalIdentityNumber: '198112189876' });
      const projectId = await createProject(s.db(), { name: 'Villa Björkvägen', customerId: c.id, statusCode: 40, startDate: '2026-10-01' });
      const auth = {
        actor: { companyId: s.company.companyId, userId: s.company.adminUserId, signature: 'AD' },
        permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
      };
      const contacts: string[] = [];
      for (const [name, pnr] of [
        ['Eva Svensson', '198112189876'],
        ['Per Svensson', '197902021232'],
      ] as const) {
        const added = await addContact(s.db(), auth, c.id, { name, personalIdentityNumber: pnr, propertyDesignation: 'Umeå Björken 1:2' });
        contacts.push(typeof added === 'string' ? added : (added as { id: string }).id);
      }
      const id = await createInvoice(s.db(), {
        projectId,
        lines: [
          { description: 'Snickeri', quantity: D('10'), unitPrice: D('600'), vatRate: D('25'), accountNumber: 3001, kind: 'LABOUR' },
          { description: 'Virke', quantity: D('1'), unitPrice: D('2000'), vatRate: D('25'), accountNumber: 3001, kind: 'MATERIAL' },
        ],
        fields: { invoiceDate: '2026-11-07', taxReductionType: 'ROT' },
      });
      const l = await s.db().invoiceLine.findFirstOrThrow({ where: { invoiceId: id, description: 'Snickeri' } });
      await setLineWorkTypes(s.db(), l.id, [{ workType: 'Bygg', amount: D('6000'), hours: D('10') }]);
      await setBuyers(
        s.db(),
        id,
        contacts.map((contactId) => ({ contactId })),
      );
      await lockInvoice(s.db(), id, 'AD', undefined, { exportCheck: invoicePreflight(h.integrations.registry) });
      const ours = await h.prisma.invoice.findUniqueOrThrow({ where: { id }, include: { buyers: true } });
      const before = s.fake.requests().length;
      const r = await s.run();
      expect(r.failures).toEqual([]);
      expect(writes(s.fake, before).filter((w) => /customerinvoice|document/.test(w))).toEqual([
        'POST /customerinvoice/orderToInvoiceFlow',
        'POST /customerinvoice/rotrut',
        expect.stringMatching(/^POST \/document\/attachto\//),
      ]);
      const inv = s.fake.state.invoices.at(-1)!;
      // BL invoices the full amount; the reduction is the basis's, claimed from the tax agency.
      expect(inv.amountInLocalCurrency).toBe(Number(ours.total) + Number(ours.rounding));
      const [rot] = s.fake.state.rotRuts;
      expect(rot).toMatchObject({
        type: 0,
        invoiceNumber: inv.invoiceNumber,
        orderNumber: inv.orderNumber,
        customerId: c.number,
        socialSecurityNumber1: '198112189876',
        socialSecurityNumber2: '197902021232',
        propertyId: 'UMEÅ BJÖRKEN 1:2',
      });
      const amounts = ours.buyers.map((b) => Number(b.amount)).sort((a, b) => a - b);
      expect([rot!.amountPerson1, rot!.amountPerson2].sort((a, b) => a! - b!)).toEqual(amounts);
      expect((await s.run()).failures).toEqual([]);
      expect(s.fake.state.rotRuts).toHaveLength(1);
    } finally {
      await s.fake.close();
    }
  });
});

describe('Björn Lundén preliminary invoices and "always send as invoice"', () => {
  let s: Setup;
  let plainProject: string;
  let finalProject: string;

  beforeAll(async () => {
    s = await setup({ preliminaryInvoices: true });
    await s.db().account.create({ data: account(3001, 'Försäljning 25 %', 'ARB') });
    s.fake.state.articles.push({ entityId: 1, id: 'ARB', name: 'Arbete' });
    const plain = await s.customer({ name: 'Vanlig Kund AB', organisationNumber: '556677-8899' });
    const final = await s.customer({ name: 'Alltid Faktura AB', organisationNumber: '556677-8899', alwaysSendAsInvoice: true });
    plainProject = await createProject(s.db(), { name: 'Kontor', customerId: plain.id, statusCode: 40, startDate: '2026-10-01' });
    finalProject = await createProject(s.db(), { name: 'Fasad', customerId: final.id, statusCode: 40, startDate: '2026-10-01' });
  });
  afterAll(async () => s?.fake.close());

  const lockedPair = async (date: string) => {
    const line = { description: 'Arbete', quantity: D('2'), unitPrice: D('650'), vatRate: D('25'), accountNumber: 3001 };
    const plain = await createInvoice(s.db(), { projectId: plainProject, lines: [line], fields: { invoiceDate: date } });
    const final = await createInvoice(s.db(), { projectId: finalProject, lines: [line], fields: { invoiceDate: date } });
    await lockInvoice(s.db(), plain, 'AD');
    await lockInvoice(s.db(), final, 'AD');
    return { plain, final };
  };
  const preliminary = async (id: string) => {
    const ext = (await h.prisma.invoice.findUniqueOrThrow({ where: { id } })).externalNumber;
    return s.fake.state.invoices.find((i) => String(i.invoiceNumber) === ext)?.preliminary;
  };

  it.each(['ledger', 'items'])(
    'invoiceMode %s: an ordinary customer’s invoice arrives preliminary, an "always send as invoice" customer’s booked',
    async (mode) => {
      await s.settings({ invoiceMode: mode });
      const { plain, final } = await lockedPair(mode === 'ledger' ? '2026-11-02' : '2026-11-03');
      const r = await s.run();
      expect(r.failures).toEqual([]);
      expect(await preliminary(plain)).toBe(true);
      expect(await preliminary(final)).toBe(false);
      const path = mode === 'ledger' ? '/customerinvoice' : '/customerinvoice/orderToInvoiceFlow';
      expect(s.fake.requests().filter((q) => q.path === path && q.method === 'POST')).toHaveLength(2);
    },
  );

  it('with the setting off, every invoice is booked', async () => {
    await s.settings({ preliminaryInvoices: false, invoiceMode: 'ledger' });
    const { plain, final } = await lockedPair('2026-11-04');
    expect((await s.run()).failures).toEqual([]);
    expect(await preliminary(plain)).toBe(false);
    expect(await preliminary(final)).toBe(false);
  });
});
