// GET /invoices/<id>.pdf — the invoice as a PDF (INVOICE_VIEW), served by src/http/file-routes.ts
// with the same Bearer token and tenant scope as GraphQL. A customer user with the right INVOICES
// gets the locked invoices of their own customer, nothing else (404).
import type { FileRoute } from '../../http/file-routes.js';
import { buildInvoiceDocument } from './document-builder.js';
import { renderInvoicePdf } from './pdf.js';

export const invoicePdfRoute: FileRoute = {
  pattern: /^\/invoices\/([0-9a-f-]{36})\.pdf$/i,
  permission: 'INVOICE_VIEW',
  entity: 'invoice',
  customerRight: 'INVOICES',
  async load(db, id, ctx) {
    const customer = ctx.auth?.customer;
    const invoice = await db.invoice.findFirst({
      where: customer ? { id, customerId: customer.customerId, locked: true } : { id },
      select: { id: true, number: true, isCredit: true },
    });
    if (!invoice) return null;
    const pdf = await renderInvoicePdf(await buildInvoiceDocument(db, invoice.id));
    return { fileName: `${invoice.isCredit ? 'kreditfaktura' : 'faktura'}-${invoice.number}.pdf`, contentType: 'application/pdf', bytes: new Uint8Array(pdf) };
  },
};
