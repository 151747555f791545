// What every HTTP request passes before any work is done for it: the size of its body, who sent
// it (the Bearer token, resolved once per request and shared with the GraphQL context and the
// file routes), rate limits, and the production posture (introspection, field suggestions,
// CORS, security headers).
//
// Rate limits (rate-limiter-flexible; on PostgreSQL its store is the "RateLimitBucket" table, so
// every API instance counts against the same buckets; on the embedded database, memory):
// - a valid token: RATE_LIMIT_PER_TOKEN requests per minute, counted per token;
// - no token: RATE_LIMIT_PER_ADDRESS requests per minute, counted per client address;
// - a wrong, revoked or expired token: RATE_LIMIT_FAILED_AUTH per 15 minutes per client address,
//   counted separately; once spent, that address gets 429 before its token is even looked up.
// A refused request gets 429 with `Retry-After` (seconds) and `extensions.code = RATE_LIMITED`.
import type { IncomingMessage } from 'node:http';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type pg from 'pg';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import type { AuthenticatedUser } from '../graphql/context.js';
import { bearerToken } from '../modules/auth/tokens.js';

export type IntrospectionMode = 'public' | 'authenticated' | 'off';

export interface RateLimits {
  perTokenPerMinute: number;
  perAddressPerMinute: number;
  failedAuthPer15Minutes: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = { perTokenPerMinute: 1_200, perAddressPerMinute: 300, failedAuthPer15Minutes: 30 };

export interface GuardOptions {
  /** Resolves the Authorization header (once per request). */
  authenticate(authorization: string | null): Promise<AuthenticatedUser | null>;
  /** null: no rate limits (tests of other things). */
  rateLimiters: RateLimiters | null;
  introspection: IntrospectionMode;
  /** Largest body of a request that is not a multipart file upload. */
  maxBodyBytes: number;
  /** Largest multipart (file upload) body. */
  maxUploadBytes: number;
  /** Take the client address from X-Forwarded-For (behind a proxy that sets it). */
  trustProxy: boolean;
}

export interface RateLimiters {
  token: RateLimiterAbstract;
  address: RateLimiterAbstract;
  failedAuth: RateLimiterAbstract;
}

/**
 * The limiters: PostgreSQL-backed (shared by every instance) when a pool is given, in memory
 * otherwise (the embedded database serves one process).
 */
export function createRateLimiters(limits: RateLimits, pool: pg.Pool | null): RateLimiters {
  const make = (keyPrefix: string, points: number, duration: number): RateLimiterAbstract =>
    pool
      ? new RateLimiterPostgres({
          storeClient: pool,
          tableName: 'RateLimitBucket',
          tableCreated: true,
          keyPrefix,
          points,
          duration,
          // A key that has spent its points is refused from memory until its window ends,
          // without a database round trip (a flood costs the database nothing).
          inMemoryBlockOnConsumed: points,
          inMemoryBlockDuration: duration,
          // Counting goes on in memory if the database does not answer.
          insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
        })
      : new RateLimiterMemory({ keyPrefix, points, duration });
  return {
    token: make('token', limits.perTokenPerMinute, 60),
    address: make('address', limits.perAddressPerMinute, 60),
    failedAuth: make('failedauth', limits.failedAuthPer15Minutes, 15 * 60),
  };
}

export interface LoginLimits {
  /** Attempts on one account (by e-mail) within `failureWindowSeconds` before it is locked. */
  maxFailures: number;
  failureWindowSeconds: number;
  /** How long a locked account stays locked. */
  lockoutSeconds: number;
  /** Login, reset and invite attempts from one client address per 15 minutes. */
  attemptsPerAddress: number;
  /** Password-reset e-mails to one address per hour. */
  resetEmailsPerHour: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = {
  maxFailures: 5,
  failureWindowSeconds: 15 * 60,
  lockoutSeconds: 15 * 60,
  attemptsPerAddress: 100,
  resetEmailsPerHour: 3,
};

/**
 * The login limiters, on the same store as the request limits. No in-memory blocking and no
 * insurance limiter: a success deletes an account's counter, which every instance must see.
 */
export function createLoginLimiters(limits: LoginLimits, pool: pg.Pool | null) {
  const make = (keyPrefix: string, points: number, duration: number, blockDuration = 0): RateLimiterAbstract =>
    pool
      ? new RateLimiterPostgres({ storeClient: pool, tableName: 'RateLimitBucket', tableCreated: true, keyPrefix, points, duration, blockDuration })
      : new RateLimiterMemory({ keyPrefix, points, duration, blockDuration });
  return {
    account: make('loginaccount', limits.maxFailures, limits.failureWindowSeconds, limits.lockoutSeconds),
    address: make('loginaddress', limits.attemptsPerAddress, 15 * 60),
    resetEmail: make('resetemail', limits.resetEmailsPerHour, 60 * 60),
  };
}

declare module 'rate-limiter-flexible' {
  interface RateLimiterPostgres {
    /** Deletes the rows whose window ended before `expire` (ms); public in the library, missing from its declarations. */
    clearExpired(expire: number): Promise<unknown>;
  }
}

/** Deletes buckets whose window has ended (the PostgreSQL store keeps a row per key it has seen). */
export async function sweepExpiredBuckets(limiters: RateLimiters): Promise<void> {
  for (const limiter of [limiters.token, limiters.address, limiters.failedAuth]) {
    if (limiter instanceof RateLimiterPostgres) await limiter.clearExpired(Date.now());
  }
}

/** The client's address: the socket's, or the first X-Forwarded-For entry behind a trusted proxy. */
export function clientAddress(request: Request, serverContext: unknown, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded.slice(0, 64);
  }
  const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
  return req?.socket?.remoteAddress ?? 'unknown';
}

const auths = new WeakMap<Request, Promise<AuthenticatedUser | null>>();

/** The request's authentication, resolved once (the guard starts it; the context reuses it). */
export function requestAuth(request: Request, authenticate: GuardOptions['authenticate']): Promise<AuthenticatedUser | null> {
  let p = auths.get(request);
  if (!p) {
    p = authenticate(request.headers.get('authorization'));
    auths.set(request, p);
  }
  return p;
}

/** A GraphQL multipart request (a file upload). */
function isMultipart(request: Request): boolean {
  return (request.headers.get('content-type') ?? '').toLowerCase().startsWith('multipart/');
}

function jsonError(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

function rateLimited(res: RateLimiterRes): Response {
  const seconds = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
  return jsonError(429, 'RATE_LIMITED', `Too many requests; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
}

/** Consumes one point; the 429 response when the key has none left. */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<Response | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (e) {
    if (e instanceof RateLimiterRes) return rateLimited(e);
    throw e;
  }
}

/** Whether the key has no points left (without spending one). */
async function exhausted(limiter: RateLimiterAbstract, key: string): Promise<Response | null> {
  const res = await limiter.get(key);
  return res && res.consumedPoints >= limiter.points ? rateLimited(res) : null;
}

function payloadTooLarge(max: number): GraphQLError {
  return new GraphQLError(`The request body is larger than ${max} bytes.`, { extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } } });
}

/** The request with a body that fails once more than `max` bytes have been read. */
function limitBody(request: Request, max: number): Request {
  let read = 0;
  const body = request.body!.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        read += chunk.byteLength;
        if (read > max) controller.error(payloadTooLarge(max));
        else controller.enqueue(chunk);
      },
    }),
  );
  return new Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body, duplex: 'half' } as RequestInit);
}

/** Headers on every response: no sniffing, no framing, no referrer, nothing cached by shared caches. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
  'cross-origin-opener-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
};
/** For everything but GraphiQL's page (which needs its scripts): nothing may load or run. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

export function useRequestGuard(opts: GuardOptions): Plugin[] {
  const restricted = async (request: Request) =>
    opts.introspection === 'off' || (opts.introspection === 'authenticated' && !(await requestAuth(request, opts.authenticate)));
  const suggestions = blockFieldSuggestionsPlugin({ mask: '' });
  const anonymous = new WeakSet<Request>();
  return [
    {
      async onRequest({ request, serverContext, endResponse }) {
        // The body: refused by its declared size before anything reads it.
        const length = Number(request.headers.get('content-length') ?? 0);
        const multipart = isMultipart(request);
        const max = multipart ? opts.maxUploadBytes : opts.maxBodyBytes;
        if (length > max) {
          return endResponse(jsonError(413, 'PAYLOAD_TOO_LARGE', `The request body is ${length} bytes; at most ${max} are accepted.`));
        }
        const limiters = opts.rateLimiters;
        // Only a header that carries a token is looked up and can spend the wrong-token allowance;
        // one without (GraphiQL's `Bearer <your token>` placeholder) is an anonymous request.
        const token = bearerToken(request.headers.get('authorization'));
        // Only users upload files: an anonymous upload is refused before its body is read.
        if (multipart && request.method === 'POST' && !(await requestAuth(request, opts.authenticate))) {
          return endResponse(jsonError(401, 'UNAUTHENTICATED', 'Send a valid API token as `Authorization: Bearer <token>`.', { 'www-authenticate': 'Bearer' }));
        }
        if (!limiters) return;
        const address = clientAddress(request, serverContext, opts.trustProxy);
        if (token) {
          // An address that keeps sending wrong tokens is refused before the next lookup.
          const blocked = await exhausted(limiters.failedAuth, address);
          if (blocked) return endResponse(blocked);
          const auth = await requestAuth(request, opts.authenticate);
          const refused = auth ? await consume(limiters.token, auth.tokenId) : await consume(limiters.failedAuth, address);
          if (refused) return endResponse(refused);
          if (auth) return;
        }
        const refused = await consume(limiters.address, address);
        if (refused) endResponse(refused);
      },
      onRequestParse({ request, requestParser, setRequestParser }) {
        // A body without Content-Length (chunked) is counted while it is read and refused at the
        // limit. graphql-yoga does the same for its own (upload-sized) limit but does not export
        // the helper, hence this copy of the idea for the smaller limit on non-upload requests.
        const multipart = isMultipart(request);
        if (multipart || !requestParser || !request.body) return;
        // A declared length (already checked against the limit in onRequest) is all the body there
        // is: the HTTP server reads exactly that many bytes, so only a body without one is counted.
        if (request.headers.has('content-length') && !request.headers.has('transfer-encoding')) return;
        const parse = requestParser;
        setRequestParser((req) => parse(limitBody(req, opts.maxBodyBytes)));
      },
      onResponse({ response }) {
        for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(k)) response.headers.set(k, v);
        const type = response.headers.get('content-type') ?? '';
        if (!response.headers.has('content-security-policy') && !type.startsWith('text/html')) {
          response.headers.set('content-security-policy', API_CSP);
        }
      },
    },
    useDisableIntrospection({ isDisabled: restricted }),
    {
      // Field suggestions ("Did you mean …?") tell a stranger the schema: only for whoever may introspect.
      async onRequestParse({ request }) {
        if (await restricted(request)) anonymous.add(request);
      },
      onValidate(payload) {
        const request = (payload.context as { request?: Request }).request;
        if (request && anonymous.has(request)) return suggestions.onValidate!(payload);
      },
    },
  ];
}
