// File downloads beside the GraphQL endpoint, authenticated like the invoice PDF route (same
// Bearer token, the app's own context factory, so the same tenant scope):
//
//   GET /supplier-invoices/<id>/file   a supplier invoice's document   (SUPPLIER_INVOICE_VIEW)
//   GET /vouchers/files/<id>           a file of an imported voucher   (PROJECT_VIEW, as vouchers)
import type { Plugin, YogaServer } from 'graphql-yoga';
import type { Permission } from '../../generated/prisma/enums.js';
import type { Context } from '../../graphql/context.js';
import type { TenantDb } from '../../db/tenant.js';
import { contentDisposition } from './rules.js';
import { supplierInvoiceFile } from './service.js';

interface Download {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

interface FileRoute {
  pattern: RegExp;
  permission: Permission;
  entity: string;
  load(db: TenantDb, id: string): Promise<Download | null>;
}

const ROUTES: FileRoute[] = [
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

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function useFileDownloadRoutes(): Plugin<Record<string, unknown>, Record<string, never>> {
  let yoga: YogaServer<Record<string, never>, Context> | undefined;
  return {
    onYogaInit({ yoga: y }) {
      yoga = y as unknown as YogaServer<Record<string, never>, Context>;
    },
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      let match: RegExpExecArray | null = null;
      const route = ROUTES.find((r) => (match = r.pattern.exec(url.pathname)) !== null);
      if (!route || !match) return;
      const id = (match as RegExpExecArray)[1]!.toLowerCase();
      const error = (status: number, code: string, message: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}) },
          }),
        );
      if (request.method !== 'GET') return error(405, 'METHOD_NOT_ALLOWED', 'Use GET.');
      try {
        const { contextFactory } = yoga!.getEnveloped({ request, ...serverContext } as never);
        const ctx = (await contextFactory()) as unknown as Context;
        if (!ctx.auth) return error(401, 'UNAUTHENTICATED', 'Send a valid API token as `Authorization: Bearer <token>`.');
        if (!ctx.permissions.has(route.permission)) return error(403, 'FORBIDDEN', `You need the permission ${route.permission}.`);
        const file = UUID_RE.test(id) ? await route.load(ctx.db, id) : null;
        if (!file) return error(404, 'NOT_FOUND', `No such ${route.entity}.`);
        endResponse(
          new fetchAPI.Response(file.bytes as unknown as BodyInit, {
            status: 200,
            headers: {
              'content-type': file.contentType,
              'content-length': String(file.bytes.byteLength),
              'content-disposition': contentDisposition(file.fileName),
              'cache-control': 'private, no-store',
              'x-content-type-options': 'nosniff',
            },
          }),
        );
      } catch (err) {
        console.error('download failed', err);
        error(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
      }
    },
  };
}
