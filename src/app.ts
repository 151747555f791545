// The HTTP application: graphql-yoga serving the schema at /graphql (GraphiQL in a browser).
import { createYoga, createGraphQLError, maskError as defaultMaskError, type Plugin, type YogaLogger, type YogaServerInstance } from 'graphql-yoga';
import { PothosValidationError } from '@pothos/core';
import type { PrismaClient } from './generated/prisma/client.js';
import type { Config } from './config.js';
import { schema } from './schema.js';
import { createContext, DEFAULT_DOCUMENT_SETTINGS, type Context, type DocumentSettings } from './graphql/context.js';
import { createTenantDb } from './db/tenant.js';
import { authenticate } from './modules/auth/authenticate.js';
import { AppError } from './errors.js';
import type { IntegrationRuntime } from './integration/runtime/run.js';
import { useCustomerFileRoutes } from './modules/customer-import/http.js';
import { useFileRoutes } from './http/file-routes.js';
import { useCompiledReads, type CompiledReadsOptions } from './graphql/compiled-reads/index.js';
import { invoicePdfRoute } from './modules/invoices/http.js';
import { DEFAULT_QUERY_LIMITS, useQueryLimits, type QueryLimits } from './graphql/limits.js';
import {
  clientAddress,
  createLoginLimiters,
  DEFAULT_LOGIN_LIMITS,
  requestAuth,
  useRequestGuard,
  type IntrospectionMode,
  type LoginLimits,
  type RateLimiters,
} from './http/guard.js';
import { attachLogin, createCredentialStore, createLoginRuntime, DEFAULT_LOGIN_SETTINGS, type LoginRuntime, type LoginSettings } from './modules/auth/index.js';
import type pg from 'pg';
import { supplierInvoiceFileRoutes } from './modules/supplier-invoices/http.js';
import { documentFileRoutes } from './modules/documents/http.js';
import { invoiceUblRoute } from './modules/invoice-distribution/http.js';
import { runFileRoute } from './modules/integrations/http.js';
import { GRAPHIQL_OPTIONS, renderGraphiQL } from './http/graphiql.js';
import { createLiveHub, DEFAULT_LIVE_RECHECK_MS, type LiveHub } from './live/hub.js';
import { sqlReaderOf } from './db/client.js';
import { CLIENT_MANIFEST, loadManifests, useTrustedDocuments, type TrustedDocumentsSettings } from './http/trusted-documents.js';
import { bearerToken, TOKEN_PREFIX } from './modules/auth/tokens.js';

export type App = YogaServerInstance<Record<string, never>, Context>;

/**
 * The request limits and posture the configuration asks for. In production (NODE_ENV=production)
 * introspection and field suggestions default to authenticated users only and GraphiQL to off.
 */
export function appOptionsFromConfig(config: Config, production: boolean) {
  return {
    queryLimits: {
      maxCost: config.QUERY_MAX_COST,
      maxDepth: config.QUERY_MAX_DEPTH,
      maxAliases: config.QUERY_MAX_ALIASES,
      maxDirectives: config.QUERY_MAX_DIRECTIVES,
      maxTokens: config.QUERY_MAX_TOKENS,
      maxNodeIds: config.QUERY_MAX_NODE_IDS,
      timeoutMs: config.REQUEST_TIMEOUT_MS,
    },
    introspection: config.INTROSPECTION ?? (production ? 'authenticated' : 'public'),
    graphiql: config.GRAPHIQL ?? !production,
    corsOrigins: config.CORS_ORIGINS,
    maxBodyBytes: config.REQUEST_MAX_BYTES,
    trustProxy: config.TRUST_PROXY,
    documents: { maxBytes: config.DOCUMENT_MAX_BYTES, storage: config.DOCUMENT_STORAGE, dir: config.DOCUMENT_DIR ?? null },
    trustedDocuments: { mode: config.TRUSTED_DOCUMENTS, manifests: config.TRUSTED_DOCUMENTS_MANIFESTS, apiTokens: config.TRUSTED_DOCUMENTS_API_TOKENS },
  } satisfies Partial<Parameters<typeof createApp>[0]>;
}

/**
 * The login runtime: sessions, passwords, TOTP (secrets sealed with the integration runtime's
 * key), reset and invitation e-mails (through its notifier, read when a mail is sent), and login
 * limits on PostgreSQL when a pool is given, in memory otherwise.
 */
export function createLoginRuntimeFor(
  prisma: PrismaClient,
  integrations: IntegrationRuntime | null,
  opts: { limits?: LoginLimits; pool?: pg.Pool | null; settings?: Partial<LoginSettings>; logError?: (err: unknown, what: string) => void } = {},
): LoginRuntime {
  return createLoginRuntime({
    credentials: createCredentialStore(prisma),
    limiters: createLoginLimiters(opts.limits ?? DEFAULT_LOGIN_LIMITS, opts.pool ?? null),
    settings: { ...DEFAULT_LOGIN_SETTINGS, ...opts.settings },
    secrets: () => integrations?.secrets ?? null,
    sendMail: () => {
      const notifier = integrations?.notifier;
      return notifier ? (to, subject, text) => notifier.sendMessage([to], { subject, text, language: 'en' }) : null;
    },
    logError: opts.logError,
  });
}

export function createApp(opts: {
  prisma: PrismaClient;
  /** Log errors (to the console unless `logger` is given); default on. */
  logErrors?: boolean;
  /** Where yoga logs: the server's JSON logger (src/observability/logger.ts); default the console. */
  logger?: YogaLogger;
  /**
   * Plugins that run before all others: the operations endpoints (/readiness, /metrics),
   * metrics and tracing (src/observability/). They answer before the request guard.
   */
  operations?: Plugin[];
  integrations?: IntegrationRuntime | null;
  /** List screens answered by one compiled SQL statement (src/graphql/compiled-reads); on by default. */
  sqlReads?: CompiledReadsOptions;
  /** Query cost, depth, alias, token and time limits (src/graphql/limits.ts). */
  queryLimits?: Partial<QueryLimits>;
  /** Rate limiters (src/http/guard.ts); null or unset: none. */
  rateLimiters?: RateLimiters | null;
  /** Who may introspect and get field suggestions; default public. */
  introspection?: IntrospectionMode;
  /** Serve GraphiQL to browsers; default on. */
  graphiql?: boolean;
  /** Origins allowed to call the API from a browser (exact match); default none. */
  corsOrigins?: readonly string[];
  /** Largest non-upload request body in bytes; default 1 MiB. */
  maxBodyBytes?: number;
  /** Client address from X-Forwarded-For; default off. */
  trustProxy?: boolean;
  /** Documents' size limit and storage (DOCUMENT_MAX_BYTES, DOCUMENT_STORAGE, DOCUMENT_DIR); default 25 MB in the database. */
  documents?: DocumentSettings;
  /**
   * Registered documents (src/http/trusted-documents.ts): the typed client's manifest and the
   * settings' others; unset: off (every request sends its document's text).
   */
  trustedDocuments?: TrustedDocumentsSettings;
  /**
   * Live events for subscriptions: the instance's reader of the Event table (src/live/hub.ts;
   * default one polling through `prisma`) and how often a stream checks its credentials again
   * (default 15 s).
   */
  live?: { hub?: LiveHub; recheckMs?: number };
  /** Logging in (createLoginRuntimeFor); default: in-memory login limits, no reset or invitation links. */
  login?: LoginRuntime;
}): App {
  const { prisma } = opts;
  const authenticateHeader = (authorization: string | null) => authenticate(prisma, authorization);
  const corsOrigins = new Set(opts.corsOrigins ?? []);
  const documents = opts.documents ?? DEFAULT_DOCUMENT_SETTINGS;
  const login = opts.login ?? createLoginRuntimeFor(prisma, opts.integrations ?? null);
  const liveHub = opts.live?.hub ?? createLiveHub({ read: sqlReaderOf(prisma) });
  const liveRecheckMs = opts.live?.recheckMs ?? DEFAULT_LIVE_RECHECK_MS;
  const trusted = opts.trustedDocuments;
  const trustedDocuments =
    trusted && trusted.mode !== 'off'
      ? useTrustedDocuments({
          mode: trusted.mode,
          documents: loadManifests([CLIENT_MANIFEST, ...trusted.manifests], schema),
          // API tokens (integrations) may keep sending free-form documents when the setting says so.
          freeFormAllowed: async (request) =>
            trusted.apiTokens === 'free-form' &&
            (bearerToken(request.headers.get('authorization'))?.startsWith(TOKEN_PREFIX) ?? false) &&
            (await requestAuth(request, authenticateHeader)) !== null,
        })
      : null;
  return createYoga<Record<string, never>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: opts.graphiql === false ? false : GRAPHIQL_OPTIONS,
    // GraphiQL from the npm package (src/http/graphiql.ts), not yoga's default page, which loads it from a CDN.
    renderGraphiQL,
    logging: opts.logErrors === false ? false : (opts.logger ?? 'info'),
    // Browsers may call the API only from the listed origins; tokens travel in a header, never
    // in cookies, so credentials are never allowed.
    cors: (request) => {
      const origin = request.headers.get('origin');
      return origin && corsOrigins.has(origin)
        ? { origin: [origin], credentials: false, allowedHeaders: ['authorization', 'content-type'], maxAge: 600 }
        : false;
    },
    plugins: [
      ...(opts.operations ?? []),
      ...useRequestGuard({
        authenticate: authenticateHeader,
        rateLimiters: opts.rateLimiters ?? null,
        introspection: opts.introspection ?? 'public',
        maxBodyBytes: opts.maxBodyBytes ?? 1024 * 1024,
        // graphql-yoga's own cap on a multipart request: 25 MB, or a largest document and room
        // for the request's other parts when DOCUMENT_MAX_BYTES is larger.
        maxUploadBytes: Math.max(25 * 1024 * 1024, documents.maxBytes + 64 * 1024),
        trustProxy: opts.trustProxy ?? false,
      }),
      ...(trustedDocuments ? [trustedDocuments] : []),
      useQueryLimits({ ...DEFAULT_QUERY_LIMITS, ...opts.queryLimits }),
      useCustomerFileRoutes(),
      useFileRoutes([invoicePdfRoute, invoiceUblRoute, ...supplierInvoiceFileRoutes, ...documentFileRoutes(documents), runFileRoute]),
      useCompiledReads(opts.sqlReads),
    ],
    context: async (initial) => {
      const { request } = initial;
      const auth = await requestAuth(request, authenticateHeader);
      const ctx = createContext(auth, auth ? createTenantDb(prisma, auth.actor) : null, opts.integrations ?? null, documents);
      ctx.live = { hub: liveHub, recheckMs: liveRecheckMs, reauthenticate: () => authenticateHeader(request.headers.get('authorization')) };
      return attachLogin(ctx, login, { address: clientAddress(request, initial, opts.trustProxy ?? false), userAgent: request.headers.get('user-agent') });
    },
    maskedErrors: {
      // Errors users can act on keep their message and carry their code; everything else is
      // masked so internals never leak.
      maskError(error, message) {
        const original = (error as { originalError?: unknown }).originalError ?? error;
        if (original instanceof AppError) {
          return createGraphQLError(original.message, {
            extensions: { code: original.code, ...(original.path ? { field: original.path } : {}) },
            path: (error as { path?: readonly (string | number)[] }).path,
          });
        }
        // Input errors quote at most 40 characters of a value (an argument may be megabytes long).
        // Every quoted string is matched whole, left to right (so a closing quote is never taken
        // for an opening one), and only the long ones are cut.
        const short = (text: string) =>
          text.replace(/"(?:[^"\\]|\\.)*"/gu, (quoted) => {
            const chars = Array.from(quoted.slice(1, -1));
            return chars.length > 40 ? `"${chars.slice(0, 40).join('')}…"` : quoted;
          });
        // Argument errors Pothos raises while decoding input (a malformed id, an id of another type)
        // and the argument guard's (src/graphql/input.ts), which names the argument in `field`.
        if (original instanceof PothosValidationError) {
          const field = (original as { field?: unknown }).field;
          return createGraphQLError(short(original.message), {
            extensions: { code: 'BAD_USER_INPUT', ...(typeof field === 'string' ? { field } : {}) },
            path: (error as { path?: readonly (string | number)[] }).path,
          });
        }
        // A variable value its type refuses (a Date out of range, Money beyond its column, an
        // unknown enum value): graphql-js quotes the whole value and names its path.
        const e = error as Error & NonNullable<Parameters<typeof createGraphQLError>[1]>;
        if (e instanceof Error && e.message.startsWith('Variable "$') && !e.path) {
          const text = short(e.message);
          const field = / at "([^"]+)"; /.exec(text)?.[1] ?? /^Variable "\$(\w+)"/.exec(text)?.[1];
          return createGraphQLError(text, {
            nodes: e.nodes,
            source: e.source,
            positions: e.positions,
            extensions: { ...e.extensions, code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
          });
        }
        return defaultMaskError(error, message);
      },
    },
  });
}
