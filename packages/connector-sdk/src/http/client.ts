// The HTTP client connectors use to reach remote APIs: auth, client-side rate limiting,
// retries with backoff (Retry-After honoured), per-attempt timeouts, dry run, counters.
import type { ContractChecker } from '../contract.js';
import { formatContractIssues } from '../contract.js';
import { checkUrl, EgressRefusedError, guardedFetch, type EgressPolicy } from './egress.js';
import { extractRemoteMessage, HttpError, causeMessage, requestNeverSent } from './errors.js';
import type { AuthProvider } from './oauth2.js';
import { realSleep, type RateLimiter } from './rate-limit.js';
import { backoffDelay, parseRetryAfter, resolveRetryOptions, RETRYABLE_STATUSES, type RetryOptions } from './retry.js';

export type { HttpMethod } from './errors.js';
import type { HttpMethod } from './errors.js';
export type QueryValue = string | number | boolean | undefined | null;

export interface HttpRequest {
  method: HttpMethod;
  /** Relative to `baseUrl` (a leading slash does not drop the base's path), or an absolute URL. */
  path: string;
  /** `undefined` and `null` values are left out. */
  query?: Record<string, QueryValue>;
  /** JSON-serialised unless FormData, URLSearchParams, Blob, Uint8Array/ArrayBuffer or string. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Default 'json' (an empty body gives `undefined`). */
  responseType?: 'json' | 'text' | 'bytes';
  timeoutMs?: number;
  /** Human text for dry-run plans and logs, e.g. "create customer 1001". */
  description?: string;
  /**
   * Whether sending the request twice is harmless. Default: true except for POST and PATCH.
   * A non-idempotent request is not repeated after a timeout or a dropped connection (the
   * server may have acted on it); it is still retried after 429/5xx responses and when the
   * connection could not be opened at all.
   */
  idempotent?: boolean;
}

export interface HttpResponse<T = unknown> {
  status: number;
  headers: Headers;
  body: T;
  /** True when a dry run recorded the request instead of sending it. */
  planned?: boolean;
}

export interface PlannedOperation {
  method: HttpMethod;
  url: string;
  body?: unknown;
  description?: string;
}

export interface Logger {
  debug(msg: string, data?: object): void;
  info(msg: string, data?: object): void;
  warn(msg: string, data?: object): void;
  error(msg: string, data?: object): void;
}

export interface HttpClientOptions {
  baseUrl: string;
  auth?: AuthProvider;
  rateLimit?: RateLimiter;
  /** Rate-limit window per key, e.g. per endpoint for Visma. Default: one window. */
  rateLimitKey?: (req: HttpRequest) => string;
  retry?: RetryOptions;
  /** Per attempt. Default 30 000 ms. */
  timeoutMs?: number;
  defaultHeaders?: Record<string, string>;
  /** Connector-specific remote message; `undefined` falls back to the default extraction. */
  errorMessage?: (body: unknown, status: number) => string | undefined;
  /** Delay a failed response asks for (e.g. Visma 4010 "Try again in N seconds"); a number makes it retryable. */
  retryAfterMs?: (status: number, body: unknown, headers: Headers) => number | undefined;
  /** Send GETs, record writes in `planned` instead of sending them. */
  dryRun?: boolean;
  /**
   * The remote API's contract: in a dry run every planned write is checked against it, and one it
   * refuses throws an HttpError (status 400, `refusedInDryRun`) naming what the API would refuse,
   * as the real request would fail. Nothing is sent either way.
   */
  contract?: ContractChecker;
  onPlanned?: (op: PlannedOperation) => void;
  logger?: Logger;
  /**
   * Where requests may go (allowed hosts, public addresses only, same-origin redirects); a
   * refused request throws EgressRefusedError before anything is sent. Unset: unrestricted
   * (only for callers that hold no credentials of a connection, e.g. tests against a fake).
   */
  egress?: EgressPolicy;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

type Options = Partial<HttpRequest>;

export interface HttpClient {
  request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>>;
  get<T = unknown>(path: string, query?: HttpRequest['query'], opts?: Options): Promise<HttpResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, opts?: Options): Promise<HttpResponse<T>>;
  put<T = unknown>(path: string, body?: unknown, opts?: Options): Promise<HttpResponse<T>>;
  patch<T = unknown>(path: string, body?: unknown, opts?: Options): Promise<HttpResponse<T>>;
  delete<T = unknown>(path: string, opts?: Options): Promise<HttpResponse<T>>;
  /** Writes a dry run did not send, in order. */
  readonly planned: readonly PlannedOperation[];
  /** requests: attempts sent; writes: non-GET attempts sent; retries: attempts repeated. */
  readonly stats: { requests: number; writes: number; retries: number };
}

export const DEFAULT_TIMEOUT_MS = 30_000;

const noop = () => undefined;
const silentLogger: Logger = { debug: noop, info: noop, warn: noop, error: noop };

/** Joins `baseUrl` and `path` (absolute URLs win) and appends the defined query values. */
export function buildUrl(baseUrl: string, path: string, query?: Record<string, QueryValue>): string {
  const joined = /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ? path : path === '' ? baseUrl : `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  const url = new URL(joined);
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v === undefined || v === null) continue;
    url.searchParams.append(k, String(v));
  }
  return url.toString();
}

/** A body sent as JSON, as the contract checks it; undefined for none and for binary, text and form bodies. */
function jsonBody(body: unknown): unknown {
  if (body === undefined || body instanceof FormData || body instanceof URLSearchParams || body instanceof Blob) return undefined;
  if (body instanceof Uint8Array || body instanceof ArrayBuffer || typeof body === 'string') return undefined;
  return body;
}

interface EncodedBody {
  body: RequestInit['body'];
  /** Content-Type to use when the caller set none; `null` = must not be set (FormData boundary). */
  contentType: string | null | undefined;
}

function encodeBody(body: unknown): EncodedBody {
  if (body === undefined) return { body: undefined, contentType: undefined };
  if (body instanceof FormData) return { body, contentType: null };
  if (body instanceof URLSearchParams || body instanceof Blob) return { body, contentType: undefined };
  // (TS 5.9 types Uint8Array over ArrayBufferLike, which a request body does not take; fetch does.)
  if (body instanceof Uint8Array || body instanceof ArrayBuffer) return { body: body as Uint8Array<ArrayBuffer>, contentType: 'application/octet-stream' };
  if (typeof body === 'string') return { body, contentType: 'text/plain; charset=utf-8' };
  return { body: JSON.stringify(body), contentType: 'application/json' };
}

type Parsed = { ok: true; body: unknown } | { ok: false; text: string };

async function readBody(res: Response, type: 'json' | 'text' | 'bytes'): Promise<Parsed> {
  if (res.ok && type === 'bytes') return { ok: true, body: new Uint8Array(await res.arrayBuffer()) };
  const text = await res.text();
  if (res.ok && type === 'text') return { ok: true, body: text };
  if (text.trim() === '') return { ok: true, body: undefined };
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    // An error body may be text or HTML; a success body that should be JSON is an error.
    return res.ok ? { ok: false, text } : { ok: true, body: text };
  }
}

export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const retry = resolveRetryOptions(opts.retry);
  const fetchImpl = opts.fetch ?? globalThis.fetch;
  const sleep = opts.sleep ?? realSleep;
  const random = opts.random ?? Math.random;
  const now = opts.now ?? Date.now;
  const logger = opts.logger ?? silentLogger;
  const planned: PlannedOperation[] = [];
  const stats = { requests: 0, writes: 0, retries: 0 };
  new URL(opts.baseUrl); // fail early on a malformed base

  function plan<T>(req: HttpRequest, url: string): HttpResponse<T> {
    if (opts.contract) {
      const u = new URL(url);
      const json = jsonBody(req.body);
      const issues = opts.contract.checkRequest({
        method: req.method,
        path: u.pathname,
        query: u.searchParams,
        body: json,
        opaqueBody: req.body !== undefined && json === undefined,
      });
      if (issues.length) {
        throw new HttpError({
          status: 400,
          method: req.method,
          url,
          remoteMessage: `the accounting system would refuse this (${formatContractIssues(issues).replaceAll('\n', '; ')})`,
          retryable: false,
          refusedInDryRun: true,
        });
      }
    }
    const op: PlannedOperation = { method: req.method, url };
    if (req.body !== undefined) op.body = req.body;
    if (req.description !== undefined) op.description = req.description;
    planned.push(op);
    logger.info(`dry run: ${req.method} ${url} not sent${req.description ? ` (${req.description})` : ''}`, {
      method: req.method,
      url,
      description: req.description,
    });
    opts.onPlanned?.(op);
    return { status: 0, headers: new Headers(), body: undefined as T, planned: true };
  }

  async function request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>> {
    const { method } = req;
    const url = buildUrl(opts.baseUrl, req.path, req.query);
    if (opts.egress) checkUrl(url, opts.egress);
    if (opts.dryRun && method !== 'GET') return plan<T>(req, url);

    const responseType = req.responseType ?? 'json';
    const timeoutMs = req.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    const idempotent = req.idempotent ?? (method !== 'POST' && method !== 'PATCH');
    const rateKey = opts.rateLimitKey?.(req);
    const encoded = encodeBody(req.body);

    let attempt = 1; // counts against maxAttempts and drives the backoff
    let tries = 0; // every attempt made, the re-authorised one included
    let reauthorised = false;
    for (;;) {
      tries++;
      let error: HttpError;
      let hintMs: number | undefined;
      // biome-ignore lint/suspicious/noConfusingLabels: a labelled block: every way an attempt fails breaks out of it to the one retry decision below
      attemptBlock: {
        if (opts.rateLimit) await opts.rateLimit.acquire(rateKey);
        let authHeaders: Record<string, string> = {};
        if (opts.auth) {
          try {
            authHeaders = await opts.auth.headers();
          } catch (err) {
            // A token endpoint that is down or busy is retried like the request itself.
            if (err instanceof HttpError && err.retryable) {
              error = err;
              break attemptBlock;
            }
            throw err;
          }
        }
        const headers = new Headers(opts.defaultHeaders);
        for (const [k, v] of Object.entries(authHeaders)) headers.set(k, v);
        for (const [k, v] of Object.entries(req.headers ?? {})) headers.set(k, v);
        if (encoded.contentType === null) headers.delete('content-type');
        else if (encoded.contentType && !headers.has('content-type')) headers.set('content-type', encoded.contentType);
        if (responseType === 'json' && !headers.has('accept')) headers.set('accept', 'application/json');

        stats.requests++;
        if (method !== 'GET') stats.writes++;
        const started = now();
        let res: Response;
        let parsed: Parsed;
        try {
          const init: RequestInit = { method, headers, body: encoded.body, signal: AbortSignal.timeout(timeoutMs) };
          res = opts.egress ? await guardedFetch(url, init, opts.egress, opts.fetch) : await fetchImpl(url, init);
          parsed = await readBody(res, responseType);
        } catch (err) {
          // Nothing reached the refused host, and retrying cannot change the answer.
          if (err instanceof EgressRefusedError) throw err;
          const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
          const retryable = idempotent || (!timedOut && requestNeverSent(err));
          const what = timedOut ? `timed out after ${timeoutMs} ms` : `network error: ${causeMessage(err)}`;
          error = new HttpError({
            status: 0,
            method,
            url,
            remoteMessage: retryable ? what : `${what} (not retried: the server may have processed the ${method})`,
            retryable,
            cause: err,
          });
          break attemptBlock;
        }
        logger.debug(`${method} ${url} → ${res.status}`, { method, url, status: res.status, ms: now() - started });

        if (!parsed.ok) {
          const e = new HttpError({
            status: res.status,
            method,
            url,
            body: parsed.text,
            remoteMessage: 'response is not valid JSON',
            retryable: false,
            headers: res.headers,
          });
          e.attempts = tries;
          throw e;
        }
        if (res.ok) return { status: res.status, headers: res.headers, body: parsed.body as T };

        if (res.status === 401 && opts.auth?.onUnauthorized && !reauthorised) {
          reauthorised = true;
          if (await opts.auth.onUnauthorized(authHeaders)) {
            stats.retries++;
            logger.info(`${method} ${url} got 401; retrying with refreshed credentials`, { method, url, status: 401 });
            continue;
          }
        }

        const headerHint = parseRetryAfter(res.headers.get('retry-after'), now());
        const hookHint = opts.retryAfterMs?.(res.status, parsed.body, res.headers);
        const retryable = RETRYABLE_STATUSES.has(res.status) || hookHint !== undefined;
        if (retryable) hintMs = headerHint ?? hookHint;
        error = new HttpError({
          status: res.status,
          method,
          url,
          body: parsed.body,
          remoteMessage: opts.errorMessage?.(parsed.body, res.status) ?? extractRemoteMessage(parsed.body, res.status),
          retryable,
          headers: res.headers,
        });
      }

      if (!error.retryable || attempt >= retry.maxAttempts) {
        error.attempts = tries;
        throw error;
      }
      const delayMs = hintMs !== undefined ? Math.min(Math.max(hintMs, 0), retry.maxDelayMs * 4) : backoffDelay(attempt, retry, random);
      const reason = error.status === 0 ? error.remoteMessage : `${error.status} ${error.remoteMessage}`;
      logger.warn(`retrying ${method} ${url} in ${delayMs} ms after ${reason} (attempt ${attempt}/${retry.maxAttempts})`, {
        method,
        url,
        status: error.status,
        attempt,
        maxAttempts: retry.maxAttempts,
        delayMs,
        message: error.remoteMessage,
      });
      stats.retries++;
      await sleep(delayMs);
      attempt++;
    }
  }

  const withBody =
    (method: HttpMethod) =>
    <T = unknown>(path: string, body?: unknown, o?: Options): Promise<HttpResponse<T>> =>
      request<T>({ ...o, method, path, body: body === undefined ? o?.body : body });

  return {
    request,
    get: <T = unknown>(path: string, query?: HttpRequest['query'], o?: Options) => request<T>({ ...o, method: 'GET', path, query: query ?? o?.query }),
    post: withBody('POST'),
    put: withBody('PUT'),
    patch: withBody('PATCH'),
    delete: <T = unknown>(path: string, o?: Options) => request<T>({ ...o, method: 'DELETE', path }),
    get planned() {
      return planned;
    },
    get stats() {
      return { ...stats };
    },
  };
}
