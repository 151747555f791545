// GET /invoices/<id>.pdf — the invoice as a PDF (INVOICE_VIEW), served by src/http/file-routes.ts
// with the same Bearer token and tenant scope as GraphQL.
import type { FileRoute } from '../../http/file-routes.js';
import { buildInvoiceDocument } from './document-builder.js';
import { renderInvoicePdf } from './pdf.js';

export const invoicePdfRoute: FileRoute = {
  pattern: /^\/invoices\/([0-9a-f-]{36})\.pdf$/i,
  permission: 'INVOICE_VIEW',
  entity: 'invoice',
  async load(db, id) {
    const invoice = await db.invoice.findUnique({ where: { id }, select: { id: true, number: true, isCredit: true } });
    if (!invoice) return null;
    const pdf = await renderInvoicePdf(await buildInvoiceDocument(db, invoice.id));
    return { fileName: `${invoice.isCredit ? 'kreditfaktura' : 'faktura'}-${invoice.number}.pdf`, contentType: 'application/pdf', bytes: new Uint8Array(pdf) };
  },
};
