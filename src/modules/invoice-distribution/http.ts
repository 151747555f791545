// GET /invoices/<id>/ubl — a locked invoice's Peppol BIS Billing 3.0 document (UBL 2.1 XML;
// INVOICE_VIEW), served by src/http/file-routes.ts with the same Bearer token and tenant scope as
// GraphQL. An invoice not locked yet has none (404).
import type { FileRoute } from '../../http/file-routes.js';
import { peppolDocument } from './service.js';

export const invoiceUblRoute: FileRoute = {
  pattern: /^\/invoices\/([0-9a-f-]{36})\/ubl$/i,
  permission: 'INVOICE_VIEW',
  entity: 'locked invoice',
  attachment: true,
  servedType: () => 'application/xml; charset=utf-8',
  async load(db, id) {
    const doc = await peppolDocument(db, id);
    if (!doc) return null;
    return {
      fileName: `${doc.isCredit ? 'kreditfaktura' : 'faktura'}-${doc.number}.xml`,
      contentType: 'application/xml',
      bytes: new Uint8Array(Buffer.from(doc.xml, 'utf8')),
    };
  },
};
