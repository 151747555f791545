// The invoices' slice of the connector ports: locked invoices with their basis for the
// accounting system, their PDF, and what exports and imports bring back (the accounting
// system's invoice number, the paid date), recorded through this module's service, which holds
// the rules (only a locked invoice gets an external number; an exported one cannot be
// unlocked). A dry run plans its writes instead of making them.
import type { Prisma } from '../../generated/prisma/client.js';
import type { TenantDb } from '../../db/tenant.js';
import type { DomainPorts, InvoiceRecord, InvoiceRowRecord } from '@nordic-invoicing/connector-sdk';
import { day, nextCheckpoint, onlyIds, overlapStart, type PortScope } from '../port-helpers.js';
import { changeOrderCode } from '../projects/index.js';
import { buildInvoiceDocument } from './document-builder.js';
import { renderInvoicePdf, renderPlaceholderPdf } from './pdf.js';
import { recordExport, recordPayment } from './service.js';

const invoiceInclude = {
  customer: { select: { number: true } },
  project: { select: { number: true, costCentre: { select: { code: true } } } },
  ourReference: { select: { name: true } },
  creditOf: { select: { id: true, number: true, externalNumber: true } },
  buyers: { orderBy: { createdAt: 'asc' } },
  // The basis for the accounting system (revenue accounting); invoices without one (revenue
  // accounting not in use) are exported from their billable lines.
  accountingRows: {
    orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
    include: {
      project: { select: { number: true } },
      workOrder: { select: { number: true, project: { select: { number: true } } } },
      changeOrder: { select: { number: true, project: { select: { number: true } } } },
      costCentre: { select: { code: true } },
    },
  },
  lines: {
    where: { billable: true },
    orderBy: { position: 'asc' },
    include: {
      project: { select: { number: true } },
      workOrder: { select: { number: true, project: { select: { number: true } } } },
      changeOrder: { select: { number: true, project: { select: { number: true } } } },
      workTypes: { orderBy: { createdAt: 'asc' } },
    },
  },
} as const satisfies Prisma.InvoiceInclude;

type InvoiceRow = Prisma.InvoiceGetPayload<{ include: typeof invoiceInclude }>;

const money = (d: Prisma.Decimal) => d.toFixed(2);

function partNumber(r: {
  workOrder: { number: number; project: { number: string } } | null;
  changeOrder: { number: number; project: { number: string } } | null;
}): string | null {
  if (r.workOrder) return `${r.workOrder.project.number}_${r.workOrder.number}`;
  if (r.changeOrder) return `${r.changeOrder.project.number}_${changeOrderCode(r.changeOrder.number)}`;
  return null;
}

function rowsOf(inv: InvoiceRow): InvoiceRowRecord[] {
  if (inv.accountingRows.length) {
    return inv.accountingRows.map((r) => ({
      description: r.description,
      quantity: r.quantity.toString(),
      unit: r.unit,
      unitPrice: money(r.unitPrice),
      amount: money(r.amount),
      vatRate: r.vatRate.toFixed(2),
      accountNumber: r.accountNumber,
      projectNumber: r.project?.number ?? inv.project.number,
      projectPartNumber: partNumber(r),
      costCentreCode: r.costCentre?.code ?? null,
      kind: r.kind,
      taxReduction:
        r.reductionType !== 'NONE' && r.workType
          ? { type: r.reductionType, workType: r.workType, hours: r.hours?.toString() ?? null, amount: money(r.reductionAmount) }
          : null,
    }));
  }
  return inv.lines.map((l) => {
    const part = partNumber(l);
    const wt = l.workTypes[0];
    return {
      description: l.description,
      quantity: l.quantity.toString(),
      unit: l.unit,
      unitPrice: money(l.unitPrice),
      amount: money(l.amount),
      vatRate: l.vatRate.toFixed(2),
      accountNumber: l.accountNumber,
      projectNumber: l.project?.number ?? inv.project.number,
      projectPartNumber: part,
      // Without revenue accounting the project card's cost centre applies.
      costCentreCode: inv.project.costCentre?.code ?? null,
      kind: l.kind,
      taxReduction:
        inv.taxReductionType !== 'NONE' && wt
          ? { type: inv.taxReductionType, workType: wt.workType, hours: wt.hours?.toString() ?? null, amount: money(wt.amount) }
          : null,
    };
  });
}

function invoiceRecord(inv: InvoiceRow): InvoiceRecord {
  return {
    id: inv.id,
    number: inv.number,
    isCredit: inv.isCredit,
    creditOf: inv.creditOf,
    customerId: inv.customerId,
    customerNumber: inv.customer.number,
    invoiceDate: day(inv.invoiceDate)!,
    bookkeepingDate: day(inv.bookkeepingDate ?? inv.invoiceDate)!,
    dueDate: day(inv.dueDate),
    yourReference: inv.customerReference,
    ourReference: inv.ourReference?.name ?? null,
    projectNumber: inv.project.number,
    reverseCharge: inv.reverseCharge,
    currency: 'SEK',
    net: money(inv.subtotal),
    vat: money(inv.vatAmount),
    rounding: money(inv.rounding),
    total: money(inv.total),
    taxReductionType: inv.taxReductionType,
    taxReductionAmount: money(inv.taxReductionAmount),
    amountToPay: money(inv.amountToPay),
    buyers: inv.buyers.map((b) => ({
      name: b.name,
      personalIdentityNumber: b.personalIdentityNumber,
      amount: money(b.amount),
      propertyDesignation: b.propertyDesignation,
      brfOrganisationNumber: b.brfOrganisationNumber,
      apartmentNumber: b.apartmentNumber,
    })),
    rows: rowsOf(inv),
    externalNumber: inv.externalNumber,
    paidDate: day(inv.paidDate),
    lockedAt: inv.lockedAt!.toISOString(),
    updatedAt: inv.updatedAt.toISOString(),
  };
}

export function invoicePorts(db: TenantDb, scope: PortScope, now: Date): Pick<DomainPorts, 'invoices'> {
  return {
    invoices: {
      async locked(since) {
        let where: Prisma.InvoiceWhereInput = { locked: true, externalNumber: null };
        if (scope.only) where = { ...where, id: { in: onlyIds('invoice', scope) } };
        else if (since !== null) {
          const failed = [...(scope.openFailures.get('invoice') ?? [])];
          where = { ...where, OR: [{ updatedAt: { gt: overlapStart(since) } }, ...(failed.length ? [{ id: { in: failed } }] : [])] };
        }
        const rows = await db.invoice.findMany({ where, include: invoiceInclude, orderBy: [{ number: 'asc' }] });
        const items = rows.map(invoiceRecord);
        return { items, next: nextCheckpoint(since, items, now) };
      },
      async awaitingPayment() {
        const rows = await db.invoice.findMany({
          where: { locked: true, externalNumber: { not: null }, paidDate: null },
          include: invoiceInclude,
          orderBy: { number: 'asc' },
        });
        return rows.map(invoiceRecord);
      },
      async pdf(invoiceId, options = {}) {
        const full = await renderInvoicePdf(await buildInvoiceDocument(db, invoiceId));
        if (options.maxBytes === undefined || full.length <= options.maxBytes) return { bytes: new Uint8Array(full), placeholder: false };
        const inv = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { number: true, externalNumber: true } });
        const company = await db.company.findFirstOrThrow({ select: { name: true } });
        const stand = await renderPlaceholderPdf({
          sellerName: company.name,
          invoiceNumber: String(inv.number),
          externalNumber: inv.externalNumber,
          systemName: 'Project invoicing',
        });
        return { bytes: new Uint8Array(stand), placeholder: true };
      },
      async setExternalNumber(invoiceId, externalNumber) {
        if (scope.dryRun) return scope.plan({ kind: 'local', description: `record external number ${externalNumber} on invoice ${invoiceId}` });
        await recordExport(db, invoiceId, externalNumber);
      },
      async setPaidDate(invoiceId, paidDate) {
        if (scope.dryRun) return scope.plan({ kind: 'local', description: `record paid date ${paidDate} on invoice ${invoiceId}` });
        await recordPayment(db, invoiceId, paidDate);
      },
    },
  };
}
