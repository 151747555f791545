// GET /run-files/<id> — a file a connector's flow produced in a run (e.g. a SIE file), served by
// src/http/file-routes.ts with the same Bearer token and tenant scope as GraphQL and the same
// permission as reading the connection's runs (ADMIN_INTEGRATIONS). Another company's id answers
// 404. Always an attachment, with nosniff and the sandboxing CSP.
import type { FileRoute } from '../../http/file-routes.js';
import { runFileDownload } from './service.js';

/** Stored types served as stored (text a connector wrote); any other is served as its bytes show. */
const SERVED_AS_STORED = /^(text\/plain|application\/octet-stream)(;\s*charset=[\w-]+)?$/i;

export const runFileRoute: FileRoute = {
  pattern: /^\/run-files\/([0-9a-f-]{36})$/i,
  permission: 'ADMIN_INTEGRATIONS',
  entity: 'run file',
  attachment: true,
  load: (db, id) => runFileDownload(db, id),
  servedType: (file, sniffed) => (SERVED_AS_STORED.test(file.contentType) ? file.contentType : sniffed),
};
