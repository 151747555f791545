// The supplier-invoices port: approved, undisputed supplier invoices with their rows and
// supplier, their document, and what the export brings back (the accounting system's number,
// booked or not). And the voucher-file half of the vouchers port (a supplier-invoice voucher's
// image). Plain records; a dry run plans its writes instead of making them.
import type { Prisma } from '../../generated/prisma/client.js';
import type { TenantDb } from '../../db/tenant.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { changeOrderCode } from '../../modules/projects/rules.js';
import { attachVoucherFile } from '../../modules/registers/vouchers.js';
import { fileIssues, normaliseContentType } from '../../modules/supplier-invoices/rules.js';
import { supplierInvoiceFile } from '../../modules/supplier-invoices/service.js';
import type { Changes, DomainPorts, SupplierInvoiceRecord, VoucherFileUpsert } from '../sdk/types.js';
import { CHANGE_OVERLAP_MS, type PortScope } from './ports.js';

const supplierInvoiceSelect = {
  id: true, invoiceNumber: true, invoiceDate: true, dueDate: true, net: true, vat: true, total: true, ocr: true, description: true,
  approvedAt: true, externalNumber: true, bookkept: true, updatedAt: true, fileName: true, fileContentType: true, fileSize: true,
  supplier: { select: { id: true, number: true, name: true, organisationNumber: true, vatNumber: true, bankgiro: true, plusgiro: true, iban: true } },
  rows: {
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      accountNumber: true, amount: true, vatRate: true, description: true,
      project: { select: { number: true } },
      workOrder: { select: { number: true, project: { select: { number: true } } } },
      changeOrder: { select: { number: true, project: { select: { number: true } } } },
      costCentre: { select: { code: true } },
    },
  },
} as const satisfies Prisma.SupplierInvoiceSelect;

type Row = Prisma.SupplierInvoiceGetPayload<{ select: typeof supplierInvoiceSelect }>;

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const money = (d: Prisma.Decimal) => d.toFixed(2);

function supplierInvoiceRecord(s: Row): SupplierInvoiceRecord {
  return {
    id: s.id,
    supplier: s.supplier,
    invoiceNumber: s.invoiceNumber,
    invoiceDate: day(s.invoiceDate)!,
    dueDate: day(s.dueDate),
    currency: 'SEK',
    net: money(s.net),
    vat: money(s.vat),
    total: money(s.total),
    ocr: s.ocr,
    description: s.description,
    rows: s.rows.map((r) => ({
      accountNumber: r.accountNumber,
      projectNumber: r.project?.number ?? null,
      projectPartNumber: r.workOrder
        ? `${r.workOrder.project.number}_${r.workOrder.number}`
        : r.changeOrder
          ? `${r.changeOrder.project.number}_${changeOrderCode(r.changeOrder.number)}`
          : null,
      costCentreCode: r.costCentre?.code ?? null,
      amount: money(r.amount),
      vatRate: r.vatRate.toFixed(2),
      description: r.description,
    })),
    file: s.fileName ? { fileName: s.fileName, contentType: s.fileContentType ?? 'application/octet-stream', size: s.fileSize ?? 0 } : null,
    approvedAt: s.approvedAt!.toISOString(),
    externalNumber: s.externalNumber,
    bookkept: s.bookkept,
    updatedAt: s.updatedAt.toISOString(),
  };
}

export function createSupplierInvoicePort(db: TenantDb, scope: PortScope, now: Date): DomainPorts['supplierInvoices'] {
  return {
    async approved(since): Promise<Changes<SupplierInvoiceRecord>> {
      // Approved, not disputed (held even when double-approved), not exported by any connection.
      let where: Prisma.SupplierInvoiceWhereInput = { status: 'APPROVED', disputed: false, externalNumber: null };
      if (scope.only) where = { ...where, id: { in: scope.only.filter((r) => r.type === 'supplierInvoice' && r.id).map((r) => r.id!) } };
      else if (since !== null) {
        const from = new Date(new Date(since).getTime() - CHANGE_OVERLAP_MS);
        const failed = [...(scope.openFailures.get('supplierInvoice') ?? [])];
        where = { ...where, OR: [{ updatedAt: { gt: from } }, ...(failed.length ? [{ id: { in: failed } }] : [])] };
      }
      const rows = await db.supplierInvoice.findMany({ where, select: supplierInvoiceSelect, orderBy: [{ approvedAt: 'asc' }, { id: 'asc' }] });
      const items = rows.map(supplierInvoiceRecord);
      let next = since ?? new Date(0).toISOString();
      for (const i of items) if (i.updatedAt > next) next = i.updatedAt;
      if (next > now.toISOString()) next = now.toISOString();
      return { items, next };
    },
    async file(id) {
      return supplierInvoiceFile(db, id);
    },
    async setExternalNumber(id, externalNumber) {
      if (scope.dryRun) {
        scope.plan({ kind: 'local', description: `record external number ${externalNumber} on supplier invoice ${id}` });
        return;
      }
      const inv = await db.supplierInvoice.findUnique({ where: { id }, select: { status: true, invoiceNumber: true, externalNumber: true } });
      if (!inv) throw new NotFoundError('SupplierInvoice', 'No such supplier invoice.');
      if (inv.status !== 'APPROVED') throw new ConflictError('INVALID_STATE', `Supplier invoice ${inv.invoiceNumber} is not approved.`);
      if (inv.externalNumber === externalNumber) return;
      await db.supplierInvoice.update({ where: { id }, data: { externalNumber }, select: { id: true } });
    },
    async setBookkept(id) {
      if (scope.dryRun) {
        scope.plan({ kind: 'local', description: `record supplier invoice ${id} as booked` });
        return;
      }
      const inv = await db.supplierInvoice.findUnique({ where: { id }, select: { bookkept: true } });
      if (!inv) throw new NotFoundError('SupplierInvoice', 'No such supplier invoice.');
      if (inv.bookkept) return;
      await db.supplierInvoice.update({ where: { id }, data: { bookkept: true }, select: { id: true } });
    },
  };
}

/** vouchers.attachFile: the voucher this connection imported with `remoteId`. */
export function createVoucherFileAttacher(db: TenantDb, scope: PortScope): DomainPorts['vouchers']['attachFile'] {
  return async (remoteId: string, file: VoucherFileUpsert) => {
    const voucher = await db.voucher.findFirst({ where: { source: scope.connectionId, remoteId }, select: { id: true, series: true, number: true } });
    if (!voucher) return 'no_voucher';
    const same = await db.voucherFile.findFirst({ where: { voucherId: voucher.id, fileName: file.fileName.trim() }, select: { size: true } });
    if (same?.size === file.bytes.byteLength) return 'unchanged';
    if (scope.dryRun) {
      const issues = fileIssues({ fileName: file.fileName.trim(), contentType: normaliseContentType(file.contentType), size: file.bytes.byteLength }, 'file', null);
      if (issues.length) throw new ValidationError(issues);
      scope.plan({ kind: 'local', description: `attach ${file.fileName.trim()} to voucher ${voucher.series}${voucher.number} (${remoteId})` });
      return 'attached';
    }
    return attachVoucherFile(db, voucher.id, file);
  };
}
