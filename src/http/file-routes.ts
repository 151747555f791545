// Authenticated file downloads beside the GraphQL endpoint: the same Bearer token and the app's
// own context factory as GraphQL (so the same tenant scope), one permission per route, and the
// same JSON errors (401, 403, 404, 405). Each module lists its routes; createApp registers them.
// A file is served as what its bytes are (file-types.ts), inline only for PDFs and common
// images, otherwise as an attachment, always with nosniff and a sandboxing CSP: a file uploaded
// by someone else never runs as a page of the API's origin.
import type { Plugin, YogaServer } from 'graphql-yoga';
import type { CustomerUserRight, Permission } from '../generated/prisma/enums.js';
import type { Context } from '../graphql/context.js';
import type { TenantDb } from '../db/tenant.js';
import { servedAs } from './file-types.js';

/** `inline; filename="…"; filename*=UTF-8''…` (ASCII fallback plus the exact UTF-8 name). */
export function contentDisposition(fileName: string, disposition: 'inline' | 'attachment' = 'inline'): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

export interface Download {
  fileName: string;
  /** The stored type; informative only: the served type is sniffed from the bytes. */
  contentType: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export interface FileRoute {
  pattern: RegExp;
  /** The permission the route needs, or several of which any one will do. */
  permission: Permission | readonly Permission[];
  entity: string;
  /**
   * The customer-user right that lets a customer user (AuthenticatedUser.customer) use the route;
   * `load` then answers only their own customer's files. Unset: customer users get 404.
   */
  customerRight?: CustomerUserRight;
  /** The file, or null when it does not exist or the user may not see it (both answer 404). */
  load(db: TenantDb, id: string, ctx: Context): Promise<Download | null>;
  /** Always served as an attachment (default: inline for PDFs and common images). */
  attachment?: boolean;
  /**
   * The served type, given the type the bytes show (application/octet-stream when they show
   * none); default that type. For a type a route's own rules recognise from the bytes (e.g. text).
   */
  servedType?(file: Download, sniffed: string): string;
}

/** Served with every stored file: nothing may load or run, and the document gets an opaque origin. */
export const FILE_CSP = "default-src 'none'; sandbox";

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function useFileRoutes(routes: readonly FileRoute[]): Plugin<Record<string, unknown>, Record<never, never>> {
  let yoga: YogaServer<Record<never, never>, Context> | undefined;
  return {
    onYogaInit({ yoga: y }) {
      yoga = y;
    },
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      let match: RegExpExecArray | null = null;
      const route = routes.find((r) => {
        match = r.pattern.exec(url.pathname);
        return match !== null;
      });
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
        const { contextFactory } = yoga!.getEnveloped({ request, ...serverContext });
        const ctx: Context = await contextFactory();
        if (!ctx.auth) return error(401, 'UNAUTHENTICATED', 'Send a valid API token as `Authorization: Bearer <token>`.');
        const permissions: readonly Permission[] = typeof route.permission === 'string' ? [route.permission] : route.permission;
        // A customer user downloads only what a right of theirs covers (load scopes it to their
        // customer); anything else is not there for them.
        const customer = ctx.auth.customer;
        if (customer && !(route.customerRight && customer.rights.has(route.customerRight))) return error(404, 'NOT_FOUND', `No such ${route.entity}.`);
        if (!customer && !permissions.some((p) => ctx.permissions.has(p)))
          return error(403, 'FORBIDDEN', `You need the permission ${permissions.join(' or ')}.`);
        const file = UUID_RE.test(id) ? await route.load(ctx.db, id, ctx) : null;
        if (!file) return error(404, 'NOT_FOUND', `No such ${route.entity}.`);
        // The type is decided by the bytes at serve time, whatever was stored: rows stored before
        // types were sniffed (with the type their sender claimed) are served as safely as new ones.
        const sniffed = await servedAs(file.bytes);
        const served = {
          contentType: route.servedType ? route.servedType(file, sniffed.contentType) : sniffed.contentType,
          disposition: route.attachment ? ('attachment' as const) : sniffed.disposition,
        };
        endResponse(
          new fetchAPI.Response(file.bytes, {
            status: 200,
            headers: {
              'content-type': served.contentType,
              'content-length': String(file.bytes.byteLength),
              'content-disposition': contentDisposition(file.fileName, served.disposition),
              'cache-control': 'private, no-store',
              'x-content-type-options': 'nosniff',
              // A file is never a page of this origin: no scripts, no requests, a unique origin.
              'content-security-policy': FILE_CSP,
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
