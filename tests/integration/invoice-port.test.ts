// The invoices port as a flow sees it: locked invoices with their rows, the PDF, recording the
// accounting system's number and the paid date; unlocked invoices never appear.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { TEST_INVOICE_ADDRESS, useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createInvoice, lockInvoice } from '../../src/modules/invoices/service.js';
import { defineConnector, defineFlow, type InvoiceRecord } from '@nordic-invoicing/connector-sdk';
import { executeRun } from '../../src/integration/runtime/run.js';
import { setPostingRules, updateSettings } from '../../src/modules/revenue/service.js';

const seen: { locked: InvoiceRecord[]; awaiting: InvoiceRecord[]; pdfHead: string } = { locked: [], awaiting: [], pdfHead: '' };
const probe = defineConnector({
  id: 'invoice-probe',
  name: 'Invoice probe',
  version: '0.0.1',
  settings: z.object({}),
  credentials: { kind: 'api_key' },
  http: () => ({ baseUrl: 'http://127.0.0.1:9', auth: { kind: 'none' } }),
  check: async () => ({ ok: true, message: 'ok' }),
  flows: [
    defineFlow({
      id: 'invoice-export',
      direction: 'export',
      entity: 'invoice',
      base: true,
      description: 'Reads locked invoices, records external numbers.',
      run: async (ctx) => {
        const { items, next } = await ctx.domain.invoices.locked(await ctx.checkpoint.get<string>());
        seen.locked = items;
        for (const inv of items) {
          if (!seen.pdfHead) {
            const full = await ctx.domain.invoices.pdf(inv.id);
            const small = await ctx.domain.invoices.pdf(inv.id, { maxBytes: 1000 });
            seen.pdfHead = `${Buffer.from(full.bytes.subarray(0, 5)).toString('latin1')} ${full.placeholder} ${small.placeholder} ${small.bytes.length < full.bytes.length}`;
          }
          await ctx.domain.invoices.setExternalNumber(inv.id, `F-${inv.number}`);
        }
        await ctx.checkpoint.set(next);
      },
    }),
    defineFlow({
      id: 'paid-import',
      direction: 'import',
      entity: 'paidDate',
      base: true,
      description: 'Marks awaiting invoices paid.',
      run: async (ctx) => {
        seen.awaiting = await ctx.domain.invoices.awaitingPayment();
        for (const inv of seen.awaiting) await ctx.domain.invoices.setPaidDate(inv.id, '2026-11-20');
      },
    }),
  ],
});

const h = useHarness({ connectors: [probe] });
let c: TestCompany;
let lockedId: string;
let unlockedId: string;
let connectionId: string;

beforeAll(async () => {
  c = await h.company();
  const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  const auth = {
    actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  };
  const customerId = await createCustomer(db, auth, { name: 'Kund AB', type: 'COMPANY', invoiceAddress: TEST_INVOICE_ADDRESS });
  const projectId = await createProject(db, { name: 'Villa', customerId, statusCode: 40 });
  const cc = await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'CC1', name: 'Region Syd' }) });
  await db.project.update({ where: { id: projectId }, data: { costCentreId: cc.id } });
  const D = (v: string) => new Prisma.Decimal(v);
  await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 3001, name: 'Försäljning 25 %' }) });
  const lines = [{ description: 'Arbete', quantity: D('10'), unitPrice: D('650'), vatRate: D('25'), accountNumber: 3001 }];
  lockedId = await createInvoice(db, { projectId, lines, fields: { invoiceDate: '2026-11-01' } });
  unlockedId = await createInvoice(db, { projectId, lines, fields: { invoiceDate: '2026-11-02' } });
  await lockInvoice(db, lockedId, 'AD');
  // The accounts receivable account of the revenue accounting set-up travels with each invoice.
  await updateSettings(db, { receivablesAccountNumber: 1511 });
  connectionId = (await db.connection.create({ data: scoped<Prisma.ConnectionUncheckedCreateInput>({ connectorId: 'invoice-probe', name: 'Probe' }) })).id;
});

describe('invoices port', () => {
  it('gives flows locked invoices only, with rows, totals and the PDF', async () => {
    const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL' });
    expect(r).toMatchObject({ skipped: false, status: 'SUCCEEDED' });
    expect(seen.locked.map((i) => i.id)).toEqual([lockedId]);
    const inv = seen.locked[0]!;
    expect(inv).toMatchObject({
      net: '6500.00',
      vat: '1625.00',
      total: '8125.00',
      invoiceDate: '2026-11-01',
      currency: 'SEK',
      isCredit: false,
      projectNumber: expect.any(String),
      receivablesAccount: 1511,
    });
    expect(inv.rows).toEqual([
      expect.objectContaining({
        description: 'Arbete',
        quantity: '10',
        unitPrice: '650.00',
        amount: '6500.00',
        vatRate: '25.00',
        accountNumber: 3001,
        costCentreCode: 'CC1',
      }),
    ]);
    expect(seen.pdfHead).toBe('%PDF- false true true');
    const stored = await h.prisma.invoice.findUniqueOrThrow({ where: { id: lockedId } });
    expect(stored.externalNumber).toBe(`F-${inv.number}`);
    expect((await h.prisma.invoice.findUniqueOrThrow({ where: { id: unlockedId } })).externalNumber).toBeNull();
    // The paid-date flow ran after the export: the invoice had an external number and no paid date.
    expect(seen.awaiting.map((i) => i.id)).toEqual([lockedId]);
    expect(stored.paidDate?.toISOString().slice(0, 10)).toBe('2026-11-20');
  });

  it('an invoice with an external number (exported by any connection) is not offered again', async () => {
    const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL', flows: ['invoice-export'] });
    expect(r).toMatchObject({ status: 'SUCCEEDED' });
    expect(seen.locked).toEqual([]);
  });

  it('a dry run records nothing', async () => {
    await h.prisma.invoice.update({ where: { id: lockedId }, data: { externalNumber: null, paidDate: null } });
    const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL', dryRun: true });
    expect(r).toMatchObject({ skipped: false, status: 'SUCCEEDED' });
    const stored = await h.prisma.invoice.findUniqueOrThrow({ where: { id: lockedId } });
    expect(stored.externalNumber).toBeNull();
    expect(r.skipped === false && r.flows[0]!.planned.map((p) => p.description)).toEqual([expect.stringMatching(/^record external number F-\d+ on invoice/)]);
  });
});

describe('invoices port with revenue accounting', () => {
  it('exports the basis for the accounting system: the posting rule’s account and the work order as dimension 3', async () => {
    const c2 = await h.company();
    const db = createTenantDb(h.prisma, { companyId: c2.companyId, userId: c2.adminUserId, signature: 'AD' });
    const auth = {
      actor: { companyId: c2.companyId, userId: c2.adminUserId, signature: 'AD' },
      permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
    };
    for (const [number, name, kind] of [
      [3001, 'Försäljning tjänster', null],
      [3051, 'Försäljning varor', null],
      [4010, 'Inköp material', 'MATERIAL'],
    ] as const) {
      await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number, name, kind }) });
    }
    await setPostingRules(db, [{ accountNumber: 3001 }, { accountNumber: 3051, lineKind: 'MATERIAL' }]);
    await updateSettings(db, { active: true, dimensions: [{ number: 3, included: true, mandatory: false }] });
    const customerId = await createCustomer(db, auth, { name: 'Bygg AB', type: 'COMPANY', invoiceAddress: TEST_INVOICE_ADDRESS });
    const projectId = await createProject(db, { name: 'Kontor', customerId, statusCode: 40 });
    const wo = await db.workOrder.create({ data: scoped<Prisma.WorkOrderUncheckedCreateInput>({ projectId, number: 1, name: 'Etapp 1', statusCode: 40 }) });
    const D = (v: string) => new Prisma.Decimal(v);
    const id = await createInvoice(db, {
      projectId,
      lines: [{ description: 'Material', quantity: D('2'), unitPrice: D('100'), vatRate: D('25'), accountNumber: 4010, workOrderId: wo.id }],
      fields: { invoiceDate: '2026-11-03' },
    });
    await lockInvoice(db, id, 'AD');
    const conn = await db.connection.create({ data: scoped<Prisma.ConnectionUncheckedCreateInput>({ connectorId: 'invoice-probe', name: 'Probe' }) });
    const r = await executeRun(h.integrations, { companyId: c2.companyId, connectionId: conn.id, trigger: 'MANUAL', flows: ['invoice-export'] });
    expect(r).toMatchObject({ status: 'SUCCEEDED' });
    const project = await db.project.findUniqueOrThrow({ where: { id: projectId } });
    expect(seen.locked).toHaveLength(1);
    expect(seen.locked[0]!.rows).toEqual([
      expect.objectContaining({
        description: 'Material',
        amount: '200.00',
        accountNumber: 3051,
        kind: 'MATERIAL',
        projectNumber: project.number,
        projectPartNumber: `${project.number}_1`,
      }),
    ]);
  });
});
