// The node:http layer around the application: request ids, the access log, and draining for a
// graceful shutdown.
//
// - Every request gets an id: a valid incoming X-Request-Id (requestIdFrom) or a new UUID, echoed
//   in the response's X-Request-Id; the request runs inside `requestScope`, so every log line
//   written while it is handled carries the id. One access line per request when it ends (at
//   debug for successful probes of /health, /readiness and /metrics).
// - drain(): the server stops listening, idle keep-alive connections are closed, and a request
//   arriving on an existing connection gets 503 SHUTTING_DOWN with `Connection: close` before
//   anything else runs (/health and /readiness still answer: liveness stays up, readiness says
//   503 itself). A response to a request in flight carries `Connection: close` when no further
//   request waits on its connection; a connection that goes idle is closed. Requests in flight
//   get until the deadline to finish; then their connections are closed.
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
  /** Stops accepting, lets requests in flight finish within `timeoutMs`, closes every connection. */
  drain(server: Server, timeoutMs: number): Promise<DrainResult>;
}

export function createHttpHandler(app: RequestListener, opts: { log: Logger; lifecycle: Lifecycle }): HttpHandler {
  const log = opts.log.child({ component: 'http' });
  const perSocket = new Map<Socket, number>();
  let inFlight = 0;
  let server: Server | null = null;
  let drained: (() => void) | null = null;

  const closeIdleSoon = () => {
    // After the response's bytes are handed to the socket and node marked the connection idle.
    if (server) setImmediate(() => server?.closeIdleConnections());
  };

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
        log[level]({ method: req.method, path, status: res.statusCode, durationMs: Math.round(performance.now() - started), ...(res.writableFinished ? {} : { aborted: true }) }, 'request'),
      );
      if (opts.lifecycle.shuttingDown) {
        closeIdleSoon();
        if (inFlight === 0) drained?.();
      }
    });

    if (opts.lifecycle.shuttingDown && !OPEN_DURING_SHUTDOWN.has(path)) {
      // Before anything runs: no body read, no authentication, no database.
      const body = JSON.stringify({ errors: [{ message: 'The server is shutting down; send the request again (it was not processed).', extensions: { code: SHUTTING_DOWN } }] });
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
      server = http;
      opts.lifecycle.shuttingDown = true;
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      // close() stops listening and closes the connections idle now.
      http.closeIdleConnections();
      let abandoned = 0;
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        const finished = await Promise.race([
          new Promise<boolean>((resolve) => {
            drained = () => resolve(true);
          }),
          new Promise<boolean>((resolve) => {
            timer = setTimeout(() => resolve(false), timeoutMs);
          }),
        ]);
        clearTimeout(timer);
        if (!finished) {
          abandoned = inFlight;
          log.warn({ requests: abandoned, timeoutMs }, 'shutdown deadline reached: closing the connections of requests still running');
        }
      }
      http.closeAllConnections();
      await closed;
      return { abandoned };
    },
  };
}
