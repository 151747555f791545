// File downloads of supplier invoices and vouchers (served by src/http/file-routes.ts):
//
//   GET /supplier-invoices/<id>/file   a supplier invoice's document   (SUPPLIER_INVOICE_VIEW)
//   GET /vouchers/files/<id>           a file of an imported voucher   (PROJECT_VIEW, as vouchers)
import type { FileRoute } from '../../http/file-routes.js';
import { supplierInvoiceFile } from './service.js';

export const supplierInvoiceFileRoutes: FileRoute[] = [
  {
    pattern: /^\/supplier-invoices\/([0-9a-f-]{36})\/file$/i,
    permission: 'SUPPLIER_INVOICE_VIEW',
    entity: 'supplier invoice document',
    load: (db, id) => supplierInvoiceFile(db, id),
  },
  {
    pattern: /^\/vouchers\/files\/([0-9a-f-]{36})$/i,
    permission: 'PROJECT_VIEW',
    entity: 'voucher file',
    load: async (db, id) => {
      const f = await db.voucherFile.findUnique({ where: { id }, select: { fileName: true, contentType: true, bytes: true } });
      return f && { fileName: f.fileName, contentType: f.contentType, bytes: new Uint8Array(f.bytes) };
    },
  },
];
