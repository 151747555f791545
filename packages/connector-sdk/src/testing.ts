// What a connector's fake server offers the conformance kit (src/integration/conformance/).
// A fake is a real HTTP server on 127.0.0.1 speaking the remote API's JSON.

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

/**
 * A request object read as the vendor's wire shape `T`. Like the real API, a fake keeps the fields the client sent
 * and checks the ones it relies on where it uses them.
 */
export function asWire<T extends object>(input: Record<string, unknown>): T {
  // Client JSON is `T` only by the vendor's contract; without a schema per type the compiler cannot prove it.
  return input as T;
}

export interface FakeServer {
  /** Base URL to put in the connection's settings. */
  readonly url: string;
  /** Write requests (POST/PUT/PATCH/DELETE) received and answered successfully since start/reset. */
  writes(): number;
  /** Every request received: method and path, in order. */
  requests(): { method: string; path: string; status: number }[];
  /** Injects failures (4xx, 429 with Retry-After, 5xx). */
  fail(rule: FakeFailRule): void;
  /** Removes injected failures. */
  clearFailures(): void;
  close(): Promise<void>;
}
