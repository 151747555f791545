// The node:http layer around the application: request ids, the access log, and draining for a
// graceful shutdown.
//
// - Every request gets an id: a valid incoming X-Request-Id (requestIdFrom) or a new UUID, echoed
//   in the response's X-Request-Id; the request runs inside `requestScope`, so every log line
//   written while it is handled carries the id. One access line per request when it ends (at
//   debug for successful probes of /health, /readiness and /metrics).
// - drain(): every request that arrives from then on gets 503 SHUTTING_DOWN with
//   `Connection: close` before anything else runs (/health and /readiness still answer: liveness
//   stays up, readiness says 503 itself). A response to a request in flight carries
//   `Connection: close` when no further request waits on its connection, so connections close
//   after their last response. Requests in flight get until the deadline to finish; then the
//   server stops listening and every connection is closed (see drain for why not at once).
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, RequestListener, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { Logger } from 'pino';
import { API_CSP, SECURITY_HEADERS } from '../http/guard.js';
import { requestScope } from './logger.js';
import type { Lifecycle } from './endpoints.js';

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The incoming X-Request-Id when it is 1–128 letters, digits or `. _ : -`, else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined, generate: () => string = randomUUID): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value && REQUEST_ID.test(value) ? value : generate();
}

/** Paths that answer during shutdown: liveness, and readiness (which answers 503 itself). */
const OPEN_DURING_SHUTDOWN = new Set(['/health', '/readiness']);
const OPERATIONS_PATHS = new Set(['/health', '/readiness', '/metrics']);

export const SHUTTING_DOWN = 'SHUTTING_DOWN';

/** While draining, listening stops once no request has been in flight for this long… */
const QUIET_MS = 200;
/** …or this long after the requests in flight first all finished, whichever comes first. */
const LINGER_MS = 1_000;

function pathOf(url: string | undefined): string {
  const path = (url ?? '/').split('?')[0]!;
  // Paths are logged; keep a hostile one short.
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

export interface DrainResult {
  /** Requests still running at the deadline, whose connections were closed. */
  abandoned: number;
}

export interface HttpHandler {
  listener: RequestListener;
  /** Requests being handled now. */
  inFlight(): number;
  /** Refuses new requests (503), lets requests in flight finish within `timeoutMs`, then stops listening and closes every connection. */
  drain(server: Server, timeoutMs: number): Promise<DrainResult>;
}

export function createHttpHandler(app: RequestListener, opts: { log: Logger; lifecycle: Lifecycle }): HttpHandler {
  const log = opts.log.child({ component: 'http' });
  const perSocket = new Map<Socket, number>();
  let inFlight = 0;

  const listener: RequestListener = (req: IncomingMessage, res: ServerResponse) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.setHeader('x-request-id', requestId);
    const path = pathOf(req.url);
    const socket = req.socket;
    inFlight++;
    perSocket.set(socket, (perSocket.get(socket) ?? 0) + 1);

    // While draining, a response is the connection's last unless another request waits on it.
    const writeHead = res.writeHead;
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (opts.lifecycle.shuttingDown && (perSocket.get(socket) ?? 0) <= 1 && !this.headersSent) this.setHeader('connection', 'close');
      return (writeHead as (...a: unknown[]) => ServerResponse).apply(this, args);
    } as typeof res.writeHead;

    res.once('close', () => {
      inFlight--;
      const left = (perSocket.get(socket) ?? 1) - 1;
      if (left > 0) perSocket.set(socket, left);
      else perSocket.delete(socket);
      // Probes and scrapes (every few seconds) at debug while they succeed.
      const level = OPERATIONS_PATHS.has(path) && res.statusCode < 400 ? 'debug' : 'info';
      requestScope.run({ requestId }, () =>
        log[level](
          {
            method: req.method,
            path,
            status: res.statusCode,
            durationMs: Math.round(performance.now() - started),
            ...(res.writableFinished ? {} : { aborted: true }),
          },
          'request',
        ),
      );
    });

    if (opts.lifecycle.shuttingDown && !OPEN_DURING_SHUTDOWN.has(path)) {
      // Before anything runs: no body read, no authentication, no database.
      const body = JSON.stringify({
        errors: [{ message: 'The server is shutting down; send the request again (it was not processed).', extensions: { code: SHUTTING_DOWN } }],
      });
      res.writeHead(503, {
        ...SECURITY_HEADERS,
        'content-security-policy': API_CSP,
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(body),
        'retry-after': '1',
        connection: 'close',
      });
      res.end(body);
      return;
    }
    requestScope.run({ requestId }, () => app(req, res));
  };

  return {
    listener,
    inFlight: () => inFlight,
    async drain(http, timeoutMs) {
      opts.lifecycle.shuttingDown = true;
      // The listener stays open while requests finish: closing it would reset the connections the
      // kernel has accepted but node has not (the listen backlog), and closing "idle" connections
      // now would reset those whose request node has not parsed yet (a busy event loop) — both
      // requests the client has already sent. Instead every request that arrives from now on is
      // answered 503 SHUTTING_DOWN with `Connection: close` before anything runs, and a connection
      // closes after its last response. Listening stops once no request has been in flight for
      // QUIET_MS (at most LINGER_MS after the last one finished), or at the deadline.
      const deadline = Date.now() + timeoutMs;
      let quietSince: number | null = null;
      let lingerUntil: number | null = null;
      for (;;) {
        const now = Date.now();
        if (now >= deadline) break;
        if (inFlight > 0) {
          quietSince = null;
        } else {
          quietSince ??= now;
          lingerUntil ??= now + LINGER_MS;
          if (now - quietSince >= QUIET_MS || now >= lingerUntil) break;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      const abandoned = inFlight;
      if (abandoned > 0) log.warn({ requests: abandoned, timeoutMs }, 'shutdown deadline reached: closing the connections of requests still running');
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      http.closeAllConnections();
      await closed;
      return { abandoned };
    },
  };
}
