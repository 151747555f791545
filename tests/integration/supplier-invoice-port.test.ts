// The supplier-invoices port and vouchers.attachFile as a flow sees them, through a tiny test
// connector and executeRun: approved and undisputed invoices only (a disputed double-approved
// one is held), the document, the external number and bookkept flag recorded, nothing recorded
// in a dry run; a file attached to the voucher this connection imported.
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { approveSupplierInvoice, createSupplierInvoice, disputeSupplierInvoice } from '../../src/modules/supplier-invoices/service.js';
import { defineConnector, defineFlow, type SupplierInvoiceRecord } from '@nordic-invoicing/connector-sdk';
import { executeRun } from '../../src/integration/runtime/run.js';

const PDF = new TextEncoder().encode('%PDF-1.4 supplier invoice');
const seen: { approved: SupplierInvoiceRecord[]; file: string | null; attach: string[] } = { approved: [], file: null, attach: [] };

const probe = defineConnector({
  id: 'supplier-invoice-probe',
  name: 'Supplier invoice probe',
  version: '0.0.1',
  settings: z.object({}),
  credentials: { kind: 'api_key' },
  http: () => ({ baseUrl: 'http://127.0.0.1:9', auth: { kind: 'none' } }),
  check: async () => ({ ok: true, message: 'ok' }),
  flows: [
    defineFlow({
      id: 'supplier-invoice-export',
      direction: 'export',
      entity: 'supplierInvoice',
      base: true,
      description: 'Reads approved supplier invoices, records numbers.',
      run: async (ctx) => {
        const { items, next } = await ctx.domain.supplierInvoices.approved(await ctx.checkpoint.get<string>());
        seen.approved = items;
        for (const inv of items) {
          const f = await ctx.domain.supplierInvoices.file(inv.id);
          if (f) seen.file = `${f.fileName} ${f.contentType} ${Buffer.from(f.bytes).toString('latin1')}`;
          await ctx.domain.supplierInvoices.setExternalNumber(inv.id, `LF-${inv.invoiceNumber}`);
          await ctx.domain.supplierInvoices.setBookkept(inv.id);
        }
        await ctx.checkpoint.set(next);
      },
    }),
    defineFlow({
      id: 'voucher-files',
      direction: 'import',
      entity: 'voucher',
      base: true,
      description: 'Attaches voucher images.',
      run: async (ctx) => {
        seen.attach = [];
        for (const remoteId of ['2026/A/1', '2026/A/404']) {
          seen.attach.push(await ctx.domain.vouchers.attachFile(remoteId, { fileName: 'scan.pdf', contentType: 'application/pdf', bytes: PDF }));
        }
      },
    }),
  ],
});

const h = useHarness({ connectors: [probe] });
let c: TestCompany;
let db: TenantDb;
let connectionId: string;
let approvedId: string;
let disputedId: string;
let pendingId: string;

beforeAll(async () => {
  c = await h.company();
  db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  const second = await h.user(c.companyId, ['SUPPLIER_INVOICE_APPROVE']);
  await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4010, name: 'Inköp' }) });
  const supplier = await db.supplier.create({
    data: scoped<Prisma.SupplierUncheckedCreateInput>({
      number: '200',
      name: 'Plåt AB',
      organisationNumber: '5560360793',
      bankgiro: '50501055',
      plusgiro: '4000007',
      iban: 'SE3550000000054910000003',
      vatNumber: 'SE556036079301',
    }),
  });
  const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'K1', name: 'Kund AB' }) });
  const project = await db.project.create({
    data: scoped<Prisma.ProjectUncheckedCreateInput>({ customerId: customer.id, number: '10000', name: 'Villa', statusCode: 50 }),
  });
  const co = await db.changeOrder.create({
    data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({ projectId: project.id, number: 1, name: 'ÄTA 1', statusCode: 50 }),
  });
  const cc = await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'CC1', name: 'Syd' }) });
  const make = async (invoiceNumber: string, file: boolean) =>
    (
      await createSupplierInvoice(
        db,
        {
          supplierId: supplier.id,
          invoiceNumber,
          invoiceDate: '2026-11-05',
          dueDate: '2026-12-05',
          net: '800.00',
          vat: '200.00',
          ocr: '123456',
          rows: [
            { accountNumber: 4010, amount: '500.00', projectId: project.id, changeOrderId: co.id, costCentreId: cc.id, description: 'Plåt' },
            { accountNumber: 4010, amount: '300.00', vatRate: '12', projectId: project.id },
          ],
        },
        file ? { fileName: 'lf.pdf', contentType: 'application/pdf', bytes: PDF } : null,
      )
    ).id;
  approvedId = await make('A-1', true);
  disputedId = await make('A-2', false);
  pendingId = await make('A-3', false);
  for (const id of [approvedId, disputedId]) {
    await approveSupplierInvoice(db, id, c.adminUserId);
    await approveSupplierInvoice(db, id, second.userId);
  }
  await approveSupplierInvoice(db, pendingId, c.adminUserId);
  await disputeSupplierInvoice(db, disputedId, 'Fel pris');
  connectionId = (await db.connection.create({ data: scoped<Prisma.ConnectionUncheckedCreateInput>({ connectorId: 'supplier-invoice-probe', name: 'Probe' }) }))
    .id;
  await db.voucher.create({
    data: scoped<Prisma.VoucherUncheckedCreateInput>({
      source: connectionId,
      remoteId: '2026/A/1',
      series: 'A',
      number: 1,
      transactionDate: new Date('2026-11-06T00:00:00Z'),
    }),
  });
});

describe('supplier invoices port', () => {
  it('a dry run records nothing and plans the writes', async () => {
    const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL', dryRun: true });
    expect(r).toMatchObject({ skipped: false, status: 'SUCCEEDED' });
    expect(seen.approved.map((i) => i.id)).toEqual([approvedId]);
    expect(seen.attach).toEqual(['attached', 'no_voucher']);
    const stored = await h.prisma.supplierInvoice.findUniqueOrThrow({ where: { id: approvedId } });
    expect(stored).toMatchObject({ externalNumber: null, bookkept: false });
    expect(await h.prisma.voucherFile.count({ where: { companyId: c.companyId } })).toBe(0);
    const planned = r.skipped === false ? r.flows.flatMap((f) => f.planned.map((p) => p.description)) : [];
    expect(planned).toEqual([
      `record external number LF-A-1 on supplier invoice ${approvedId}`,
      `record supplier invoice ${approvedId} as booked`,
      'attach scan.pdf to voucher A1 (2026/A/1)',
    ]);
  });

  it('gives approved, undisputed invoices with supplier, rows and document; records number and bookkept', async () => {
    const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL' });
    expect(r).toMatchObject({ skipped: false, status: 'SUCCEEDED' });
    expect(seen.approved.map((i) => i.id)).toEqual([approvedId]);
    const inv = seen.approved[0]!;
    expect(inv).toMatchObject({
      invoiceNumber: 'A-1',
      invoiceDate: '2026-11-05',
      dueDate: '2026-12-05',
      currency: 'SEK',
      net: '800.00',
      vat: '200.00',
      total: '1000.00',
      ocr: '123456',
      externalNumber: null,
      bookkept: false,
      file: { fileName: 'lf.pdf', contentType: 'application/pdf', size: PDF.byteLength },
      supplier: {
        number: '200',
        name: 'Plåt AB',
        organisationNumber: '5560360793',
        vatNumber: 'SE556036079301',
        bankgiro: '50501055',
        plusgiro: '4000007',
        iban: 'SE3550000000054910000003',
      },
    });
    expect(inv.rows).toEqual([
      {
        accountNumber: 4010,
        projectNumber: '10000',
        projectPartNumber: '10000_Ä001',
        costCentreCode: 'CC1',
        amount: '500.00',
        vatRate: '25.00',
        description: 'Plåt',
      },
      { accountNumber: 4010, projectNumber: '10000', projectPartNumber: null, costCentreCode: null, amount: '300.00', vatRate: '12.00', description: null },
    ]);
    expect(seen.file).toBe('lf.pdf application/pdf %PDF-1.4 supplier invoice');
    expect(await h.prisma.supplierInvoice.findUniqueOrThrow({ where: { id: approvedId } })).toMatchObject({ externalNumber: 'LF-A-1', bookkept: true });
    for (const id of [disputedId, pendingId]) {
      expect(await h.prisma.supplierInvoice.findUniqueOrThrow({ where: { id } })).toMatchObject({ externalNumber: null, bookkept: false });
    }
    expect(seen.attach).toEqual(['attached', 'no_voucher']);
    const files = await h.prisma.voucherFile.findMany({ where: { companyId: c.companyId } });
    expect(files.map((f) => [f.fileName, f.size, f.contentType])).toEqual([['scan.pdf', PDF.byteLength, 'application/pdf']]);
  });

  it('an exported invoice is not offered again; the same file is unchanged; an undisputed one follows', async () => {
    await h.prisma.supplierInvoice.update({ where: { id: disputedId }, data: { disputed: false, disputeReason: null } });
    const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL' });
    expect(r).toMatchObject({ status: 'SUCCEEDED' });
    expect(seen.approved.map((i) => i.id)).toEqual([disputedId]);
    expect(seen.attach).toEqual(['unchanged', 'no_voucher']);
    expect(await h.prisma.voucherFile.count({ where: { companyId: c.companyId } })).toBe(1);
  });
});
