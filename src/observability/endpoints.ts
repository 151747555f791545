// The operations endpoints, answered before anything else a request would do (no rate limit, no
// authentication of API tokens, no GraphQL):
// - GET /readiness: 200 when the server is not shutting down and the database answers `SELECT 1`
//   within READINESS_TIMEOUT_MS; else 503 with the reason. Concurrent checks share one query.
//   (/health, graphql-yoga's own, stays liveness: it answers while the process runs.)
// - GET /metrics: the Prometheus exposition, to whom METRICS_TOKEN allows (metricsAccess).
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import type { Registry } from 'prom-client';
import type { Logger } from 'pino';

/** Shared by the HTTP handler, the endpoints and stop(): set once shutdown begins. */
export interface Lifecycle {
  shuttingDown: boolean;
}

export type MetricsAccess = 'allowed' | 'unauthenticated' | 'forbidden';

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopback(address: string | undefined | null): boolean {
  if (!address) return false;
  const a = address.toLowerCase().replace(/^::ffff:/, '');
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}

/**
 * Who may read /metrics (METRICS_TOKEN): `public`, anyone; a token, whoever sends it as
 * `Authorization: Bearer <token>` (loopback clients too); unset, clients connected from a
 * loopback address that came through no proxy (no X-Forwarded-For or Forwarded header: behind a
 * proxy on the same machine every client would look local).
 */
export function metricsAccess(
  token: string | undefined,
  req: { authorization: string | null; remoteAddress: string | null | undefined; forwarded: boolean },
): MetricsAccess {
  if (token === 'public') return 'allowed';
  if (token) {
    const sent = Buffer.from(req.authorization ?? '');
    const expected = Buffer.from(`Bearer ${token}`);
    return sent.length === expected.length && timingSafeEqual(sent, expected) ? 'allowed' : 'unauthenticated';
  }
  return isLoopback(req.remoteAddress) && !req.forwarded ? 'allowed' : 'forbidden';
}

export interface OperationsEndpointsOptions {
  lifecycle: Lifecycle;
  /** Resolves when the database answers (e.g. `SELECT 1`). */
  checkDatabase: () => Promise<unknown>;
  readinessTimeoutMs: number;
  /** The metrics registry and METRICS_TOKEN; null: no /metrics. */
  metrics: { registry: Registry; token: string | undefined } | null;
  log: Logger;
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
  });
}

const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** Rejects after `ms` unless `p` settles first. */
function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}

export function useOperationsEndpoints(opts: OperationsEndpointsOptions): Plugin {
  const log = opts.log.child({ component: 'operations' });
  let probe: Promise<string | null> | null = null;
  /** null when the database answered, else the reason given to the caller (details go to the log). */
  const databaseReady = (): Promise<string | null> => {
    if (probe) return probe;
    const p = withTimeout(Promise.resolve().then(opts.checkDatabase), opts.readinessTimeoutMs, `no answer within ${opts.readinessTimeoutMs} ms`).then(
      () => null,
      (err: unknown) => {
        const message = err instanceof Error ? err.message : String(err);
        log.warn({ err: message }, 'readiness: the database did not answer');
        return /^no answer within/.test(message) ? `the database did not answer within ${opts.readinessTimeoutMs} ms` : 'the database is unreachable';
      },
    );
    probe = p.finally(() => {
      probe = null;
    });
    return probe;
  };

  return {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname === '/readiness') {
        if (request.method !== 'GET' && request.method !== 'HEAD')
          return endResponse(json(405, errorBody('METHOD_NOT_ALLOWED', 'Use GET.'), { allow: 'GET, HEAD' }));
        if (opts.lifecycle.shuttingDown) return endResponse(json(503, { status: 'unavailable', reason: 'the server is shutting down' }));
        const reason = await databaseReady();
        if (opts.lifecycle.shuttingDown) return endResponse(json(503, { status: 'unavailable', reason: 'the server is shutting down' }));
        return endResponse(reason ? json(503, { status: 'unavailable', reason }) : json(200, { status: 'ready' }));
      }
      if (url.pathname === '/metrics' && opts.metrics) {
        if (request.method !== 'GET' && request.method !== 'HEAD')
          return endResponse(json(405, errorBody('METHOD_NOT_ALLOWED', 'Use GET.'), { allow: 'GET, HEAD' }));
        const req = (serverContext as { req?: IncomingMessage } | undefined)?.req;
        const access = metricsAccess(opts.metrics.token, {
          authorization: request.headers.get('authorization'),
          remoteAddress: req?.socket?.remoteAddress,
          forwarded: request.headers.has('x-forwarded-for') || request.headers.has('forwarded'),
        });
        if (access === 'unauthenticated') {
          return endResponse(
            json(401, errorBody('UNAUTHENTICATED', 'Send the metrics token (METRICS_TOKEN) as `Authorization: Bearer <token>`.'), {
              'www-authenticate': 'Bearer',
            }),
          );
        }
        if (access === 'forbidden') {
          return endResponse(
            json(403, errorBody('FORBIDDEN', 'Metrics are served to clients on this machine only; set METRICS_TOKEN to let a scraper elsewhere read them.')),
          );
        }
        const body = await opts.metrics.registry.metrics();
        return endResponse(new Response(body, { status: 200, headers: { 'content-type': opts.metrics.registry.contentType, 'cache-control': 'no-store' } }));
      }
    },
  };
}
