// The plumbing every connector's fake server shares: a real HTTP server on 127.0.0.1 (port chosen
// by the system) that reads each request's body up to a cap, parses its JSON, logs it, answers
// injected failures before anything else, counts successful writes and 429 answers, and can slow
// its answers down. The vendor's API (routes, authentication, rate limit, error shape) is the
// fake's own, passed in as callbacks.
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ContractChecker, type ContractIssue, formatContractIssues } from './contract.js';

/** A failure a test injects into a fake: the matching requests get this answer instead of the API's. */
export interface FakeFailRule {
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Matched against the request path (without query). */
  path: RegExp | string;
  /** Further narrowing on the parsed JSON body, e.g. (b) => b.Customer?.CustomerNumber === '1002'. */
  body?: (body: unknown) => boolean;
  status: number;
  /** Response body, in the remote API's error shape. */
  response?: unknown;
  headers?: Record<string, string>;
  /** How many matching requests fail (default: every one). */
  times?: number;
}

/** Whether an injected failure rule applies to a request (method, path without query, parsed body). */
export function failRuleMatches(rule: FakeFailRule, method: string, path: string, body: unknown): boolean {
  if (rule.method && rule.method.toUpperCase() !== method) return false;
  if (typeof rule.path === 'string' ? rule.path !== path : !new RegExp(rule.path.source, rule.path.flags.replace('g', '').replace('y', '')).test(path))
    return false;
  return !rule.body || rule.body(body);
}

/** What a connector's fake server offers the conformance kit and tests. */
export interface FakeServer {
  /** Base URL to put in the connection's settings. */
  readonly url: string;
  /** Write requests (POST/PUT/PATCH/DELETE) received and answered successfully since start. */
  writes(): number;
  /** Every request received: method and path, in order. */
  requests(): { method: string; path: string; status: number }[];
  /** Injects failures (4xx, 429 with Retry-After, 5xx). */
  fail(rule: FakeFailRule): void;
  /** Removes injected failures. */
  clearFailures(): void;
  close(): Promise<void>;
}

/** One request in a fake's log. */
export interface FakeRequestRecord {
  method: string;
  /** Path without the query and without trailing slashes ("/" when empty). */
  path: string;
  /** Query string without "?" ('' when none). */
  query: string;
  /** Status of the answer (0 while unanswered). */
  status: number;
  /** Parsed JSON body of a request other than GET, when it had one. */
  body?: unknown;
}

/** A request as a fake's handler sees it, its body read and parsed. */
export interface FakeRequest {
  /** Upper case. */
  method: string;
  /** Path without the query and without trailing slashes ("/" when empty). */
  path: string;
  url: URL;
  headers: IncomingHttpHeaders;
  /** The body's bytes. */
  raw: Buffer;
  /** The parsed JSON body; undefined when the body is blank or not read as JSON. */
  body: unknown;
}

/** An answer: JSON (`body`, none when undefined) or bytes sent as they are (`bytes`). */
export interface FakeResponse {
  status: number;
  /** Serialised as JSON with content-type application/json; no body when undefined. */
  body?: unknown;
  /** Sent as they are with `contentType` (default application/octet-stream), instead of `body`. */
  bytes?: Uint8Array;
  contentType?: string;
  headers?: Record<string, string>;
}

/** The vendor-specific parts of a fake server. */
export interface FakeServerOptions {
  /** Answers a request that no injected failure took. What it throws is answered by `onError`. */
  handle(request: FakeRequest): FakeResponse | Promise<FakeResponse>;
  /** The answer for what `handle` throws (the vendor's error shape; 500 for the unexpected). */
  onError(err: unknown): FakeResponse;
  /** The body of an injected failure whose rule has no `response`, in the vendor's error shape. */
  injectedBody(status: number): unknown;
  /** The answer for a JSON body that does not parse. */
  invalidJson(): FakeResponse;
  /** Largest request body read, in bytes; a larger one is answered by `bodyTooLarge`. */
  maxBodyBytes: number;
  /** The answer for a body larger than `maxBodyBytes`. */
  bodyTooLarge(maxBytes: number): FakeResponse;
  /**
   * Whether a request's non-blank body is parsed as JSON (default: every one). A body that is not
   * parsed reaches the handler as `raw` only and is not logged.
   */
  parsesJson?(request: { method: string; path: string; headers: IncomingHttpHeaders }): boolean;
  /** Requests answered by the handler whatever failures are injected (e.g. the token endpoint); none by default. */
  exempt?(request: { method: string; path: string }): boolean;
  /** Which successfully answered (2xx) requests count as writes (default: every method but GET). */
  isWrite?(request: { method: string; path: string }): boolean;
  /**
   * The remote API's published contract. Every request is checked against it before injected
   * failures and the handler (with `refuse`, one that breaks it gets `invalidRequest`'s answer,
   * as the real API would refuse it), and every answer of the handler after; what breaks it is
   * listed by `contractIssues()`, and `close()` then rejects with them (so a test that closes its
   * fake fails on any) unless `allowBreaches`. Requests `skip` names (e.g. an OAuth token endpoint
   * outside the API's specification) are not checked.
   */
  contract?: {
    checker: ContractChecker;
    refuse: boolean;
    invalidRequest(issues: readonly ContractIssue[]): FakeResponse;
    skip?(request: { method: string; path: string }): boolean;
    /** close() resolves despite breaches: only for tests that send bad requests on purpose. */
    allowBreaches?: boolean;
    /** Breaches close() lets pass (what the API is known to do although its document says nothing of it). */
    tolerated?(breach: ContractBreach): boolean;
    /** The fake's name in close()'s error ("The Fortnox fake saw …"). */
    name: string;
  };
}

/** A request or answer that broke the remote API's contract. */
export interface ContractBreach {
  method: string;
  path: string;
  /** 'request', or the answer's status. */
  what: 'request' | number;
  issues: ContractIssue[];
}

/** A running fake server: the `FakeServer` members plus what the fakes build on. */
export interface StartedFakeServer extends FakeServer {
  /** `http://127.0.0.1:<port>`, without a path. */
  readonly url: string;
  requests(): FakeRequestRecord[];
  /** Every answer waits this long from now on (0: none). */
  setLatency(ms: number): void;
  /** 429 answers sent (injected ones included). */
  tooManyRequests(): number;
  /** Requests and answers that broke the contract (`FakeServerOptions.contract`), in order; empty without one. */
  contractIssues(): ContractBreach[];
}

interface ActiveRule extends FakeFailRule {
  remaining: number;
}

class BodyTooLarge extends Error {}

/** Starts a fake server on 127.0.0.1 with a port chosen by the system; see `FakeServerOptions`. */
export async function startFakeServer(options: FakeServerOptions): Promise<StartedFakeServer> {
  const parsesJson = options.parsesJson ?? (() => true);
  const exempt = options.exempt ?? (() => false);
  const isWrite = options.isWrite ?? ((r) => r.method !== 'GET');
  const log: FakeRequestRecord[] = [];
  let rules: ActiveRule[] = [];
  let writeCount = 0;
  let tooMany = 0;
  let latency = 0;
  const breaches: ContractBreach[] = [];
  const contract = options.contract;
  const checked = (method: string, path: string) => contract !== undefined && !contract.skip?.({ method, path });

  async function readBody(stream: AsyncIterable<unknown>): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      size += buf.length;
      if (size > options.maxBodyBytes) throw new BodyTooLarge();
      chunks.push(buf);
    }
    return Buffer.concat(chunks);
  }

  async function answer(request: FakeRequest, stream: AsyncIterable<unknown>, entry: FakeRequestRecord): Promise<FakeResponse> {
    try {
      request.raw = await readBody(stream);
    } catch (err) {
      if (err instanceof BodyTooLarge) return options.bodyTooLarge(options.maxBodyBytes);
      throw err;
    }
    const { method, path } = request;
    if (exempt({ method, path })) return options.handle(request);
    const text = parsesJson({ method, path, headers: request.headers }) ? request.raw.toString('utf8') : '';
    if (text.trim() !== '') {
      try {
        request.body = JSON.parse(text);
      } catch {
        return options.invalidJson();
      }
    }
    if (method !== 'GET' && request.body !== undefined) entry.body = request.body;
    if (contract && checked(method, path)) {
      const issues = contract.checker.checkRequest({
        method,
        path,
        query: request.url.searchParams,
        body: request.body,
        opaqueBody: request.body === undefined && request.raw.length > 0,
      });
      if (issues.length) {
        breaches.push({ method, path, what: 'request', issues });
        if (contract.refuse) return contract.invalidRequest(issues);
      }
    }
    const rule = rules.find((r) => r.remaining > 0 && failRuleMatches(r, method, path, request.body));
    if (rule) {
      rule.remaining--;
      return { status: rule.status, body: rule.response ?? options.injectedBody(rule.status), headers: rule.headers };
    }
    let response: FakeResponse;
    try {
      response = await options.handle(request);
    } catch (err) {
      response = options.onError(err);
    }
    if (contract && checked(method, path) && response.bytes === undefined) {
      const issues = contract.checker.checkResponse({ method, path, status: response.status, body: response.body });
      if (issues.length) breaches.push({ method, path, what: response.status, issues });
    }
    return response;
  }

  const server = createServer((req, res) => {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://fake');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const entry: FakeRequestRecord = { method, path, query: url.search.replace(/^\?/, ''), status: 0 };
    log.push(entry);
    const request: FakeRequest = { method, path, url, headers: req.headers, raw: Buffer.alloc(0), body: undefined };
    void (async () => {
      let response: FakeResponse;
      try {
        response = await answer(request, req, entry);
      } catch (err) {
        response = options.onError(err);
      }
      entry.status = response.status;
      if (response.status >= 200 && response.status < 300 && isWrite({ method, path })) writeCount++;
      if (response.status === 429) tooMany++;
      const send = () => {
        if (response.bytes !== undefined) {
          res.writeHead(response.status, {
            'content-type': response.contentType ?? 'application/octet-stream',
            'content-length': String(response.bytes.length),
            ...response.headers,
          });
          res.end(response.bytes);
          return;
        }
        const text = response.body === undefined ? '' : JSON.stringify(response.body);
        res.writeHead(response.status, { ...(text ? { 'content-type': 'application/json; charset=utf-8' } : {}), ...response.headers });
        res.end(text);
      };
      if (latency > 0) setTimeout(send, latency);
      else send();
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;

  return {
    url: `http://${address}:${port}`,
    writes: () => writeCount,
    requests: () => log.map((r) => ({ ...r })),
    fail(rule) {
      rules.push({ ...rule, remaining: rule.times ?? Number.POSITIVE_INFINITY });
    },
    clearFailures() {
      rules = [];
    },
    setLatency(ms) {
      latency = ms;
    },
    tooManyRequests: () => tooMany,
    contractIssues: () => breaches.map((b) => ({ ...b, issues: [...b.issues] })),
    async close() {
      await new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      });
      if (!contract || contract.allowBreaches) return;
      const counted = breaches.filter((b) => !contract.tolerated?.(b));
      if (counted.length) throw new Error(formatContractBreaches(contract.name, contract.checker.source, counted));
    },
  };
}

/** Breaches as one message: a line per request or answer, then its issues indented. */
export function formatContractBreaches(name: string, source: string, breaches: readonly ContractBreach[]): string {
  const lines = breaches.map(
    (b) => `${b.method} ${b.path} ${b.what === 'request' ? 'request' : `answer ${b.what}`}:\n${formatContractIssues(b.issues).replace(/^/gm, '  ')}`,
  );
  return `The ${name} fake saw ${breaches.length} request(s) or answer(s) breaking the API's contract (${source}):\n${lines.join('\n')}`;
}

/** Options of `slidingWindow`. */
export interface SlidingWindowOptions {
  /** Requests accepted per window and key. */
  requests: number;
  /** The window's length in ms. */
  perMs: number;
  /** The clock in ms (default Date.now). */
  now?: () => number;
}

/**
 * A sliding-window rate limiter: at most `requests` accepted per key within any `perMs` ms. Each
 * call is one request for `key` (default ''); it returns null when the request is accepted (and
 * counts it), or the ms until the window has room again when it is refused (not counted).
 */
export function slidingWindow(options: SlidingWindowOptions): (key?: string) => number | null {
  const now = options.now ?? Date.now;
  /** Per key, the times of the requests accepted within the window, oldest first. */
  const windows = new Map<string, number[]>();
  return (key = '') => {
    const t = now();
    let accepted = windows.get(key);
    if (!accepted) {
      accepted = [];
      windows.set(key, accepted);
    }
    while (accepted.length > 0 && accepted[0]! <= t - options.perMs) accepted.shift();
    if (accepted.length >= options.requests) return accepted[0]! + options.perMs - t;
    accepted.push(t);
    return null;
  };
}

/** A wait in ms as whole seconds for Retry-After (rounded up, at least 1). */
export function retryAfterSeconds(waitMs: number): number {
  return Math.max(1, Math.ceil(waitMs / 1000));
}
