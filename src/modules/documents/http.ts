// Download of documents (served by src/http/file-routes.ts):
//
//   GET /documents/<id>   a document of a customer or project the user may see
//
// Needs one of CUSTOMER_VIEW, CUSTOMER_VIEW_ASSIGNED or PROJECT_VIEW, and then the document's
// customer or project must be one the user may see (404 otherwise, as for another company's
// id). Always an attachment, with its name (RFC 5987), nosniff and the sandboxing CSP; the type
// is decided by the bytes again when served.
import type { FileRoute } from '../../http/file-routes.js';
import type { DocumentSettings } from '../../graphql/context.js';
import { documentType } from './rules.js';
import { documentFile } from './service.js';

export function documentFileRoutes(settings: DocumentSettings): FileRoute[] {
  return [
    {
      pattern: /^\/documents\/([0-9a-f-]{36})$/i,
      permission: ['CUSTOMER_VIEW', 'CUSTOMER_VIEW_ASSIGNED', 'PROJECT_VIEW'],
      entity: 'document',
      // A customer user with the right DOCUMENTS: their own customer's documents only.
      customerRight: 'DOCUMENTS',
      attachment: true,
      load: (db, id, ctx) => documentFile(db, ctx.auth!, settings, id),
      // Text and CSV show no magic number: the document rules recognise them from the bytes.
      servedType: (file, sniffed) => {
        const t = documentType({ fileName: file.fileName, sniffedType: sniffed, bytes: file.bytes });
        return t.ok ? t.value : sniffed;
      },
    },
  ];
}
