// What the accounting systems bring back is recorded by the owning module's service, which
// holds the rules: only a locked invoice gets an external number and an exported one cannot be
// unlocked; only an approved supplier invoice gets one; accounts are renamed through the
// registers' validation. The connector ports (src/modules/<domain>/port.ts) only call these.
import { beforeAll, describe, expect, it } from 'vitest';
import { TEST_INVOICE_ADDRESS, useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';
import { createInvoice, lockInvoice, recordExport, recordPayment, unlockInvoice } from '../../src/modules/invoices/service.js';
import {
  approveSupplierInvoice,
  createSupplierInvoice,
  recordSupplierInvoiceBooked,
  recordSupplierInvoiceExport,
} from '../../src/modules/supplier-invoices/service.js';
import { renameAccounts } from '../../src/modules/registers/service.js';

const h = useHarness();
let c: TestCompany;
let db: TenantDb;
let projectId: string;
const D = (v: string) => new Prisma.Decimal(v);

beforeAll(async () => {
  c = await h.company();
  db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  const auth = {
    actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' },
    permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
  };
  const customerId = await createCustomer(db, auth, { name: 'Kund AB', type: 'COMPANY', invoiceAddress: TEST_INVOICE_ADDRESS });
  projectId = await createProject(db, { name: 'Villa', customerId, statusCode: 40 });
  await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 3001, name: 'Försäljning 25 %' }) });
  await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4010, name: 'Inköp' }) });
});

const newInvoice = () =>
  createInvoice(db, {
    projectId,
    lines: [{ description: 'Arbete', quantity: D('1'), unitPrice: D('100'), vatRate: D('25'), accountNumber: 3001 }],
    fields: { invoiceDate: '2026-11-01' },
  });

describe('invoices: recordExport and recordPayment', () => {
  it('refuses an external number on an unlocked invoice and writes nothing', async () => {
    const id = await newInvoice();
    await expect(recordExport(db, id, 'F-1')).rejects.toMatchObject({ code: 'INVALID_STATE' });
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).externalNumber).toBeNull();
  });

  it('records the number on a locked invoice, after which it cannot be unlocked; the same number again changes nothing', async () => {
    const id = await newInvoice();
    await lockInvoice(db, id, 'AD');
    await recordExport(db, id, 'F-2');
    const first = await db.invoice.findUniqueOrThrow({ where: { id } });
    expect(first.externalNumber).toBe('F-2');
    await recordExport(db, id, 'F-2');
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(first.updatedAt);
    await expect(unlockInvoice(db, id)).rejects.toMatchObject({ code: 'INVALID_STATE' });
  });

  it('records the paid date once', async () => {
    const id = await newInvoice();
    await lockInvoice(db, id, 'AD');
    await recordPayment(db, id, '2026-11-20', 'connection-1');
    const paid = await db.invoice.findUniqueOrThrow({ where: { id } });
    expect(paid.paidDate?.toISOString().slice(0, 10)).toBe('2026-11-20');
    await recordPayment(db, id, '2026-11-20', 'connection-1');
    expect((await db.invoice.findUniqueOrThrow({ where: { id } })).updatedAt).toEqual(paid.updatedAt);
  });
});

describe('supplier invoices: export and booking', () => {
  it('refuses an external number before approval; records it and "booked" once approved', async () => {
    const second = await h.user(c.companyId, ['SUPPLIER_INVOICE_APPROVE']);
    const supplier = await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '200', name: 'Plåt AB' }) });
    const { id } = await createSupplierInvoice(db, {
      supplierId: supplier.id,
      invoiceNumber: 'A-1',
      invoiceDate: '2026-11-05',
      dueDate: '2026-12-05',
      net: '800.00',
      vat: '200.00',
      rows: [{ accountNumber: 4010, amount: '800.00' }],
    });
    await expect(recordSupplierInvoiceExport(db, id, 'LF-1')).rejects.toMatchObject({ code: 'INVALID_STATE' });
    await approveSupplierInvoice(db, id, c.adminUserId);
    await approveSupplierInvoice(db, id, second.userId);
    await recordSupplierInvoiceExport(db, id, 'LF-1');
    await recordSupplierInvoiceBooked(db, id);
    expect(await db.supplierInvoice.findUniqueOrThrow({ where: { id }, select: { externalNumber: true, bookkept: true } })).toEqual({
      externalNumber: 'LF-1',
      bookkept: true,
    });
  });
});

describe('accounts: renameAccounts', () => {
  it('renames by number through the registers validation; unknown numbers are left alone; an invalid name writes nothing', async () => {
    expect(
      await renameAccounts(db, [
        { number: 3001, name: 'Försäljning tjänster' },
        { number: 9999, name: 'Okänt' },
      ]),
    ).toBe(1);
    expect((await db.account.findFirstOrThrow({ where: { number: 3001 } })).name).toBe('Försäljning tjänster');
    await expect(
      renameAccounts(db, [
        { number: 4010, name: 'Material' },
        { number: 3001, name: '' },
      ]),
    ).rejects.toMatchObject({ issues: [{ path: 'accounts.1.name' }] });
    expect((await db.account.findFirstOrThrow({ where: { number: 4010 } })).name).toBe('Inköp');
  });
});
