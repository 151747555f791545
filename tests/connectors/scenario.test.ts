// One story every accounting connector must tell the same way, parameterised by connector:
// a customer, a project and a locked invoice are exported (with the invoice PDF), the invoice is
// paid in the accounting system, the paid date comes back, and a further run sends nothing.
// Then a company switches from one accounting system to another (Fortnox → Visma, Fortnox → Björn
// Lundén, Visma → Björn Lundén): nothing is sent twice and
// nothing is lost. Real runner, real database, real HTTP to each connector's fake.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createInvoice, lockInvoice } from '../../src/modules/invoices/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import type { Credentials, FakeServer } from '@nordic-invoicing/connector-sdk';
import { startFortnoxFake, type FortnoxFake } from '../../connectors/fortnox/fake/server.js';
import { startVismaFake, type VismaFake } from '../../connectors/visma/fake/server.js';
import { startBlFake, type BlFake } from '../../connectors/bjorn-lunden/fake/server.js';

interface Adapter<F extends FakeServer> {
  connectorId: string;
  start(): Promise<F>;
  settings(fake: F): Record<string, unknown>;
  credentials(fake: F): Credentials;
  remoteCustomers(fake: F): string[];
  remoteProjects(fake: F): string[];
  /** The exported invoice by the accounting system's number: its total and whether the PDF is attached. */
  remoteInvoice(fake: F, externalNumber: string): { total: number; pdf: boolean } | undefined;
  remoteInvoiceCount(fake: F): number;
  /** Pays the invoice in full in the accounting system on `date`. */
  pay(fake: F, externalNumber: string, date: string): void;
}

const fortnox: Adapter<FortnoxFake> = {
  connectorId: 'fortnox',
  start: async () => {
    const fake = await startFortnoxFake({ rateLimit: { requests: 100_000, perMs: 5000 } });
    fake.state.accounts.push({ Number: 3001, Description: 'Försäljning 25 %', Active: true });
    return fake;
  },
  settings: (fake) => ({ baseUrl: fake.url, tokenUrl: fake.tokenUrl }),
  credentials: (fake) => ({ ...fake.credentials() }),
  remoteCustomers: (fake) => fake.state.customers.map((c) => String(c.CustomerNumber)),
  remoteProjects: (fake) => fake.state.projects.map((p) => String(p.ProjectNumber)),
  remoteInvoice: (fake, ext) => {
    const inv = fake.state.invoices.find((i) => String(i.DocumentNumber) === ext);
    return inv && { total: Number(inv.Total), pdf: fake.state.attachments.some((a) => String(a.entityId) === ext) };
  },
  remoteInvoiceCount: (fake) => fake.state.invoices.length,
  pay: (fake, ext, date) => fake.pay(ext, Number(fake.state.invoices.find((i) => String(i.DocumentNumber) === ext)!.Balance), date),
};

const visma: Adapter<VismaFake> = {
  connectorId: 'visma',
  start: async () => {
    const fake = await startVismaFake({ accessTokens: ['scenario-access'], refreshTokens: ['scenario-refresh'] });
    fake.state.articles.push({ Id: '11111111-1111-4111-8111-111111111111', Number: 'ARB', Name: 'Arbete', IsActive: true });
    return fake;
  },
  settings: (fake) => ({ baseUrl: fake.url, tokenUrl: fake.tokenUrl, updateCustomers: true }),
  credentials: (fake) => ({ clientId: fake.clientId, clientSecret: fake.clientSecret, accessToken: 'scenario-access', refreshToken: 'scenario-refresh' }),
  remoteCustomers: (fake) => fake.state.customers.map((c) => String(c.CustomerNumber)),
  remoteProjects: (fake) => fake.state.projects.map((p) => String(p.Number)),
  remoteInvoice: (fake, ext) => {
    const inv = fake.state.invoices.find((i) => String(i.InvoiceNumber) === ext);
    // The API cannot link an attachment to a customer invoice: the PDF is uploaded to the company's attachments.
    const pdf = fake.state.attachments.some((a) => a.ContentType === 'application/pdf' && /^Faktura \d+\.pdf$/.test(a.FileName));
    return inv && { total: inv.TotalAmount, pdf };
  },
  remoteInvoiceCount: (fake) => fake.state.invoices.length,
  pay: (fake, ext, date) => void fake.pay(Number(ext), { date }),
};

const bl: Adapter<BlFake> = {
  connectorId: 'bjorn-lunden',
  start: () => startBlFake(),
  settings: (fake) => ({ baseUrl: fake.url, tokenUrl: fake.tokenUrl, userKey: fake.userKey, updateCustomers: true }),
  credentials: (fake) => ({ clientId: fake.clientId, clientSecret: fake.clientSecret }),
  remoteCustomers: (fake) => fake.state.customers.map((c) => String(c.id)),
  remoteProjects: (fake) => fake.state.projects.map((p) => String(p.id)),
  remoteInvoice: (fake, ext) => {
    const inv = fake.state.invoices.find((i) => String(i.invoiceNumber) === ext);
    const pdf = inv
      ? fake.state.documents.some((d) => d.entityType === 'CUSTOMER_INVOICE' && d.entityId === inv.entityId && d.bytes.subarray(0, 5).toString() === '%PDF-')
      : false;
    return inv && { total: inv.amountInLocalCurrency, pdf };
  },
  remoteInvoiceCount: (fake) => fake.state.invoices.length,
  pay: (fake, ext, date) => void fake.pay(Number(ext), { date }),
};

const h = useHarness();
const D = (v: string) => new Prisma.Decimal(v);

/** A company with a customer, a project and what invoices need (an account with item and VAT code). */
async function world() {
  const company = await h.company();
  const db = createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' });
  const auth = {
    actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  };
  await db.account.create({
    data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 3001, name: 'Försäljning 25 %', invoiceItemNumber: 'ARB', externalVatCode: 'MP1' }),
  });
  const customerId = await createCustomer(db, auth, {
    name: 'Byggbolaget i Umeå AB',
    type: 'COMPANY',
    organisationNumber: '556036-0793',
    invoiceAddress: { address1: 'Storgatan 1', postcode: '903 25', city: 'Umeå' },
    email: 'ekonomi@byggbolaget.se',
  });
  const projectId = await createProject(db, { name: 'Kontorshuset', customerId, statusCode: 40, startDate: '2026-10-01' });
  const customer = await db.customer.findUniqueOrThrow({ where: { id: customerId } });
  const project = await db.project.findUniqueOrThrow({ where: { id: projectId } });
  const lockedInvoice = async (date: string) => {
    const id = await createInvoice(db, {
      projectId,
      lines: [{ description: 'Arbete vecka 46', quantity: D('10'), unitPrice: D('650'), vatRate: D('25'), accountNumber: 3001 }],
      fields: { invoiceDate: date },
    });
    await lockInvoice(db, id, 'AD');
    return id;
  };
  return { company, db, customer, project, lockedInvoice };
}

async function connect<F extends FakeServer>(w: { company: TestCompany; db: ReturnType<typeof createTenantDb> }, a: Adapter<F>, fake: F) {
  const conn = await w.db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      sandbox: true,
      connectorId: a.connectorId,
      name: a.connectorId,
      settings: a.settings(fake) as Prisma.InputJsonValue,
    }),
  });
  await w.db.connection.update({ where: { id: conn.id }, data: { credentials: h.integrations.secrets.encrypt(a.credentials(fake), conn.id) } });
  return async () => {
    const r = await executeRun(h.integrations, { companyId: w.company.companyId, connectionId: conn.id, trigger: 'MANUAL' });
    if (r.skipped) throw new Error(r.reason);
    expect(r.flows.flatMap((f) => f.failures)).toEqual([]);
    expect(r.status).toBe('SUCCEEDED');
    return conn.id;
  };
}

describe.each([
  ['Fortnox', fortnox as Adapter<FakeServer>],
  ['Visma', visma as Adapter<FakeServer>],
  ['Björn Lundén', bl as Adapter<FakeServer>],
])('the invoicing story with %s', (_name, a) => {
  let fake: FakeServer;
  beforeAll(async () => {
    fake = await a.start();
  });
  afterAll(() => fake.close());

  it('lock → export with PDF → payment in the accounting system → paid date imported → nothing more to send', async () => {
    const w = await world();
    const invoiceId = await w.lockedInvoice('2026-11-16');
    const run = await connect(w, a, fake);

    await run();
    expect(a.remoteCustomers(fake)).toContain(w.customer.number);
    expect(a.remoteProjects(fake)).toContain(w.project.number);
    const exported = await w.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(exported.externalNumber).toBeTruthy();
    expect(a.remoteInvoice(fake, exported.externalNumber!)).toEqual({ total: 8125, pdf: true });
    expect(exported.paidDate).toBeNull();

    a.pay(fake, exported.externalNumber!, '2026-11-20');
    await run();
    const paid = await w.db.invoice.findUniqueOrThrow({ where: { id: invoiceId } });
    expect(paid.paidDate?.toISOString().slice(0, 10)).toBe('2026-11-20');

    const writes = fake.writes();
    await run();
    expect(fake.writes()).toBe(writes);
  });
});

describe.each([
  ['Fortnox', 'Visma', fortnox as Adapter<FakeServer>, visma as Adapter<FakeServer>],
  ['Fortnox', 'Björn Lundén', fortnox as Adapter<FakeServer>, bl as Adapter<FakeServer>],
  ['Visma', 'Björn Lundén', visma as Adapter<FakeServer>, bl as Adapter<FakeServer>],
])('switching accounting system (%s → %s)', (_from, _to, from, to) => {
  let f: FakeServer;
  let t: FakeServer;
  beforeAll(async () => {
    f = await from.start();
    t = await to.start();
  });
  afterAll(async () => {
    await f.close();
    await t.close();
  });

  it('sends nothing twice and loses nothing', async () => {
    const w = await world();
    const before = await w.lockedInvoice('2026-11-02');
    const runFrom = await connect(w, from, f);
    const fromConnection = await runFrom();
    const first = await w.db.invoice.findUniqueOrThrow({ where: { id: before } });
    expect(from.remoteInvoice(f, first.externalNumber!)).toBeTruthy();

    // The company moves: the old connection is switched off, a new one created.
    await w.db.connection.update({ where: { id: fromConnection }, data: { active: false } });
    const after = await w.lockedInvoice('2026-11-18');
    const fromWrites = f.writes();
    const runTo = await connect(w, to, t);
    await runTo();

    // The new system gets the register data it needs and only the invoice the old one never had.
    expect(to.remoteCustomers(t)).toEqual([w.customer.number]);
    expect(to.remoteProjects(t)).toEqual([w.project.number]);
    expect(to.remoteInvoiceCount(t)).toBe(1);
    const second = await w.db.invoice.findUniqueOrThrow({ where: { id: after } });
    expect(to.remoteInvoice(t, second.externalNumber!)).toEqual({ total: 8125, pdf: true });
    // The invoice already booked in the old system keeps its number there and is not sent again.
    expect((await w.db.invoice.findUniqueOrThrow({ where: { id: before } })).externalNumber).toBe(first.externalNumber);
    expect(from.remoteInvoiceCount(f)).toBe(1);
    expect(f.writes()).toBe(fromWrites);

    const toWrites = t.writes();
    await runTo();
    expect(t.writes()).toBe(toWrites);
  });
});
