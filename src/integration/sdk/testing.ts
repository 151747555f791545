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
