// GET /invoices/<id>.pdf — the invoice as a PDF, with the same Bearer token and permission
// (INVOICE_VIEW) as GraphQL. A graphql-yoga plugin registered in createApp; the request's
// context comes from the app's own context factory, so the tenant scope is the same.
import type { Plugin, YogaServer } from 'graphql-yoga';
import type { Context } from '../../graphql/context.js';
import { buildInvoiceDocument } from './document-builder.js';
import { renderInvoicePdf } from './pdf.js';

const ROUTE = /^\/invoices\/([0-9a-f-]{36})\.pdf$/i;

export function useInvoicePdfRoute(): Plugin<Record<string, unknown>, Record<string, never>> {
  let yoga: YogaServer<Record<string, never>, Context> | undefined;
  return {
    onYogaInit({ yoga: y }) {
      yoga = y as unknown as YogaServer<Record<string, never>, Context>;
    },
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      const m = ROUTE.exec(url.pathname);
      if (!m) return;
      const error = (status: number, code: string, message: string) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8' },
          }),
        );
      if (request.method !== 'GET') return error(405, 'METHOD_NOT_ALLOWED', 'Use GET.');
      const { contextFactory } = yoga!.getEnveloped({ request, ...serverContext } as never);
      const ctx = (await contextFactory()) as unknown as Context;
      if (!ctx.auth) return error(401, 'UNAUTHENTICATED', 'Send a valid API token as `Authorization: Bearer <token>`.');
      if (!ctx.permissions.has('INVOICE_VIEW')) return error(403, 'FORBIDDEN', 'You need the permission INVOICE_VIEW.');
      const exists = await ctx.db.invoice.findUnique({ where: { id: m[1]!.toLowerCase() }, select: { id: true, number: true, isCredit: true } });
      if (!exists) return error(404, 'NOT_FOUND', 'No such invoice.');
      const pdf = await renderInvoicePdf(await buildInvoiceDocument(ctx.db, exists.id));
      endResponse(
        new fetchAPI.Response(new Uint8Array(pdf), {
          status: 200,
          headers: {
            'content-type': 'application/pdf',
            'content-disposition': `inline; filename="${exists.isCredit ? 'kreditfaktura' : 'faktura'}-${exists.number}.pdf"`,
          },
        }),
      );
    },
  };
}
