// The invoices' slice of the connector ports: locked invoices with their basis for the
// accounting system, their PDF, and what exports and imports bring back (the accounting
// system's invoice number, the paid date), recorded through this module's service, which holds
// the rules (only a locked invoice gets an external number; an exported one cannot be
// unlocked). A dry run plans its writes instead of making them.
import type { Prisma } from '../../generated/prisma/client.js';
import type { TenantDb } from '../../db/tenant.js';
import type { DomainPorts } from '@nordic-invoicing/connector-sdk';
import { nextCheckpoint, onlyIds, overlapStart, type PortScope } from '../port-helpers.js';
import { buildInvoiceDocument } from './document-builder.js';
import { renderInvoicePdf, renderPlaceholderPdf } from './pdf.js';
import { invoiceInclude, invoiceRecord } from './record.js';
import { recordExport, recordPayment } from './service.js';

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
      async lockedByIds(ids) {
        if (!ids.length) return [];
        const rows = await db.invoice.findMany({ where: { locked: true, id: { in: [...ids] } }, include: invoiceInclude, orderBy: [{ number: 'asc' }] });
        return rows.map(invoiceRecord);
      },
      async pdf(invoiceId, options = {}) {
        const doc = await buildInvoiceDocument(db, invoiceId);
        const full = await renderInvoicePdf(doc);
        if (options.maxBytes === undefined || full.length <= options.maxBytes) return { bytes: new Uint8Array(full), placeholder: false };
        const inv = await db.invoice.findUniqueOrThrow({ where: { id: invoiceId }, select: { number: true, externalNumber: true } });
        const company = await db.company.findFirstOrThrow({ select: { name: true } });
        const stand = await renderPlaceholderPdf({
          sellerName: company.name,
          invoiceNumber: String(inv.number),
          externalNumber: inv.externalNumber,
          systemName: 'Project invoicing',
          language: doc.language,
        });
        return { bytes: new Uint8Array(stand), placeholder: true };
      },
      async setExternalNumber(invoiceId, externalNumber) {
        if (scope.dryRun) return scope.plan({ kind: 'local', description: `record external number ${externalNumber} on invoice ${invoiceId}` });
        await recordExport(db, invoiceId, externalNumber, scope.invoiceNumbered);
      },
      async setPaidDate(invoiceId, paidDate) {
        if (scope.dryRun) return scope.plan({ kind: 'local', description: `record paid date ${paidDate} on invoice ${invoiceId}` });
        await recordPayment(db, invoiceId, paidDate, scope.connectionId);
      },
    },
  };
}
