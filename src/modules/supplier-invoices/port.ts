// The supplier invoices' slice of the connector ports: approved, undisputed supplier invoices
// with their rows and supplier, their document, and what the export brings back (the
// accounting system's number, booked or not), recorded through this module's service. A dry
// run plans its writes instead of making them.
import type { Prisma } from '../../generated/prisma/client.js';
import type { TenantDb } from '../../db/tenant.js';
import type { DomainPorts, SupplierInvoiceRecord } from '@nordic-invoicing/connector-sdk';
import { day, nextCheckpoint, onlyIds, overlapStart, type PortScope } from '../port-helpers.js';
import { changeOrderCode } from '../projects/index.js';
import { recordSupplierInvoiceBooked, recordSupplierInvoiceExport, supplierInvoiceFile } from './service.js';

const supplierInvoiceSelect = {
  id: true,
  invoiceNumber: true,
  invoiceDate: true,
  dueDate: true,
  net: true,
  vat: true,
  total: true,
  ocr: true,
  description: true,
  approvedAt: true,
  externalNumber: true,
  bookkept: true,
  updatedAt: true,
  fileName: true,
  fileContentType: true,
  fileSize: true,
  supplier: { select: { id: true, number: true, name: true, organisationNumber: true, vatNumber: true, bankgiro: true, plusgiro: true, iban: true } },
  rows: {
    orderBy: [{ position: 'asc' }, { createdAt: 'asc' }],
    select: {
      accountNumber: true,
      amount: true,
      vatRate: true,
      description: true,
      project: { select: { number: true } },
      workOrder: { select: { number: true, project: { select: { number: true } } } },
      changeOrder: { select: { number: true, project: { select: { number: true } } } },
      costCentre: { select: { code: true } },
    },
  },
} as const satisfies Prisma.SupplierInvoiceSelect;

type Row = Prisma.SupplierInvoiceGetPayload<{ select: typeof supplierInvoiceSelect }>;

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

export function supplierInvoicePorts(db: TenantDb, scope: PortScope, now: Date): Pick<DomainPorts, 'supplierInvoices'> {
  return {
    supplierInvoices: {
      async approved(since) {
        // Approved, not disputed (held even when double-approved), not exported by any connection.
        let where: Prisma.SupplierInvoiceWhereInput = { status: 'APPROVED', disputed: false, externalNumber: null };
        if (scope.only) where = { ...where, id: { in: onlyIds('supplierInvoice', scope) } };
        else if (since !== null) {
          const failed = [...(scope.openFailures.get('supplierInvoice') ?? [])];
          where = { ...where, OR: [{ updatedAt: { gt: overlapStart(since) } }, ...(failed.length ? [{ id: { in: failed } }] : [])] };
        }
        const rows = await db.supplierInvoice.findMany({ where, select: supplierInvoiceSelect, orderBy: [{ approvedAt: 'asc' }, { id: 'asc' }] });
        const items = rows.map(supplierInvoiceRecord);
        return { items, next: nextCheckpoint(since, items, now) };
      },
      async approvedByIds(ids) {
        if (!ids.length) return [];
        const rows = await db.supplierInvoice.findMany({
          where: { status: 'APPROVED', disputed: false, id: { in: [...ids] } },
          select: supplierInvoiceSelect,
          orderBy: [{ approvedAt: 'asc' }, { id: 'asc' }],
        });
        return rows.map(supplierInvoiceRecord);
      },
      async file(id) {
        return supplierInvoiceFile(db, id);
      },
      async setExternalNumber(id, externalNumber) {
        if (scope.dryRun) return scope.plan({ kind: 'local', description: `record external number ${externalNumber} on supplier invoice ${id}` });
        await recordSupplierInvoiceExport(db, id, externalNumber);
      },
      async setBookkept(id) {
        if (scope.dryRun) return scope.plan({ kind: 'local', description: `record supplier invoice ${id} as booked` });
        await recordSupplierInvoiceBooked(db, id);
      },
    },
  };
}
