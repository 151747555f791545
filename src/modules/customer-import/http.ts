// HTTP GET downloads beside the GraphQL endpoint, as a graphql-yoga plugin (registered in
// createApp): the import templates and the register export, authenticated with the same Bearer
// token. The request's context is built by the app's own context factory (authenticate() and the
// tenant-scoped client), so the downloads see exactly what GraphQL would.
//
//   GET /templates/customers.xlsx   GET /templates/contacts.xlsx      (CUSTOMER_UPLOAD)
//   GET /export/customers.xlsx|csv  GET /export/contacts.xlsx|csv     (CUSTOMER_VIEW, or VIEW_ASSIGNED: own customers;
//     the customer list's search, filters and order as query parameters: search, active, type, category,
//     assignedToMe, orderBy, direction)
//   ?lang=sv (default) or en chooses the header language.
import { PassThrough, Readable } from 'node:stream';
import type { Plugin, YogaServer } from 'graphql-yoga';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../errors.js';
import type { ImportKind, Lang } from './columns.js';
import { exportRegister, writeTemplate, type ExportFormat } from './export.js';
import { CUSTOMER_ORDER_FIELDS, type CustomerListArgs } from '../customers/index.js';

type Route = { action: 'template'; kind: ImportKind } | { action: 'export'; kind: ImportKind; format: ExportFormat };

export function routeOf(pathname: string): Route | null {
  const t = /^\/templates\/(customers|contacts)\.xlsx$/.exec(pathname);
  if (t) return { action: 'template', kind: t[1] as ImportKind };
  const e = /^\/export\/(customers|contacts)\.(xlsx|csv)$/.exec(pathname);
  if (e) return { action: 'export', kind: e[1] as ImportKind, format: e[2] as ExportFormat };
  return null;
}

const CONTENT_TYPE: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

const FILE_NAME: Record<ImportKind, Record<Lang, string>> = {
  customers: { sv: 'kunder', en: 'customers' },
  contacts: { sv: 'kontakter', en: 'contacts' },
};

/**
 * The customer list's search, filters and order from the export's query parameters (pure): the
 * same names and values as the GraphQL list's arguments (`search`, `active`, `type`, `category`,
 * `assignedToMe`, `orderBy`, `direction`). An unknown value is an error naming its parameter.
 */
export function listArgsOf(params: URLSearchParams): { args: CustomerListArgs } | { error: string } {
  const one = <T extends string>(name: string, allowed: readonly T[]): T | null | { error: string } => {
    const v = params.get(name);
    if (v === null || v === '') return null;
    return (allowed as readonly string[]).includes(v)
      ? (v as T)
      : { error: `Query parameter "${name}": one of ${allowed.join(', ')} (got "${v.slice(0, 50)}").` };
  };
  const bool = (name: string) => {
    const v = one(name, ['true', 'false'] as const);
    return v === null || typeof v === 'object' ? v : v === 'true';
  };
  const search = params.get('search');
  if (search && search.length > 200) return { error: 'Query parameter "search": at most 200 characters.' };
  const active = bool('active');
  const assignedToMe = bool('assignedToMe');
  const type = one('type', ['COMPANY', 'PRIVATE'] as const);
  const category = one('category', ['EXTERNAL', 'INTRA_GROUP'] as const);
  const field = one('orderBy', CUSTOMER_ORDER_FIELDS);
  const direction = one('direction', ['ASC', 'DESC'] as const);
  for (const v of [active, assignedToMe, type, category, field, direction]) if (v && typeof v === 'object') return v;
  const ok = <T>(v: T | { error: string } | null): T | null => (v && typeof v === 'object' ? null : (v as T | null));
  return {
    args: {
      search,
      filter: { active: ok(active), assignedToMe: ok(assignedToMe), type: ok(type), category: ok(category) },
      orderBy: ok(field) ? { field: ok(field)!, direction: ok(direction) } : null,
    },
  };
}

export function useCustomerFileRoutes(): Plugin<Record<string, unknown>, Record<never, never>> {
  let yoga: YogaServer<Record<never, never>, Context> | undefined;
  return {
    onYogaInit({ yoga: y }) {
      yoga = y;
    },
    async onRequest({ request, url, endResponse, fetchAPI, serverContext }) {
      const route = routeOf(url.pathname);
      if (!route) return;
      const json = (status: number, code: string, message: string) =>
        new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
          status,
          headers: { 'content-type': 'application/json; charset=utf-8', ...(status === 401 ? { 'www-authenticate': 'Bearer' } : {}) },
        });
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      try {
        const { contextFactory } = yoga!.getEnveloped({ request, ...serverContext });
        const ctx: Context = await contextFactory();
        if (!ctx.auth) {
          endResponse(json(401, 'UNAUTHENTICATED', 'Send a valid API token as `Authorization: Bearer <token>`.'));
          return;
        }
        const lang: Lang = url.searchParams.get('lang') === 'en' ? 'en' : 'sv';
        const p = ctx.permissions;
        const date = new Date().toISOString().slice(0, 10);
        if (route.action === 'template') {
          if (!p.has('CUSTOMER_UPLOAD')) {
            endResponse(json(403, 'FORBIDDEN', 'You need the permission CUSTOMER_UPLOAD.'));
            return;
          }
          const body = await writeTemplate(ctx.db, route.kind, lang);
          const name = `${lang === 'sv' ? 'importmall' : 'import-template'}-${FILE_NAME[route.kind][lang]}.xlsx`;
          endResponse(
            new fetchAPI.Response(new Uint8Array(body), {
              headers: {
                'content-type': CONTENT_TYPE.xlsx,
                'content-disposition': `attachment; filename="${name}"`,
                'cache-control': 'no-store',
                'x-content-type-options': 'nosniff',
              },
            }),
          );
          return;
        }
        if (!p.has('CUSTOMER_VIEW') && !p.has('CUSTOMER_VIEW_ASSIGNED')) {
          endResponse(json(403, 'FORBIDDEN', 'You need the permission CUSTOMER_VIEW or CUSTOMER_VIEW_ASSIGNED.'));
          return;
        }
        const list = listArgsOf(url.searchParams);
        if ('error' in list) {
          endResponse(json(400, 'BAD_USER_INPUT', list.error));
          return;
        }
        const name = `${FILE_NAME[route.kind][lang]}-${date}.${route.format}`;
        const headers = {
          'content-type': CONTENT_TYPE[route.format],
          'content-disposition': `attachment; filename="${name}"`,
          'cache-control': 'no-store',
          'x-content-type-options': 'nosniff',
        };
        if (request.method === 'HEAD') {
          endResponse(new fetchAPI.Response(null, { headers }));
          return;
        }
        // Streamed: rows are read a page at a time and written as they come.
        const out = new PassThrough();
        exportRegister(ctx.db, ctx.auth, route.kind, route.format, lang, out, list.args).catch((err: unknown) => {
          console.error('export failed', err);
          out.destroy(err instanceof Error ? err : new Error(String(err)));
        });
        // Node's web ReadableStream and the DOM's are one class at run time but two unrelated declarations to TypeScript.
        const body = Readable.toWeb(out) as unknown as BodyInit;
        endResponse(new fetchAPI.Response(body, { headers }));
      } catch (err) {
        // Exceptions from onRequest are not caught by the server: answer here.
        if (err instanceof AppError) endResponse(json(err.code === 'UNAUTHENTICATED' ? 401 : err.code === 'FORBIDDEN' ? 403 : 400, err.code, err.message));
        else {
          console.error('download failed', err);
          endResponse(json(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.'));
        }
      }
    },
  };
}
