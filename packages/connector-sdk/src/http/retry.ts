// Pure retry arithmetic: backoff with full jitter, Retry-After parsing, which statuses retry.

export interface RetryOptions {
  /** Attempts in all, the first included. Default 5. */
  maxAttempts?: number;
  /** Cap of the first retry's delay; doubles per attempt. Default 500 ms. */
  baseDelayMs?: number;
  /** Upper bound of a backoff delay. Default 30 000 ms (a server's Retry-After may ask for up to 4×). */
  maxDelayMs?: number;
}

export const DEFAULT_RETRY: Readonly<Required<RetryOptions>> = Object.freeze({ maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 });

export function resolveRetryOptions(opts: RetryOptions | undefined): Required<RetryOptions> {
  const r = { ...DEFAULT_RETRY, ...stripUndefined(opts ?? {}) };
  if (!Number.isInteger(r.maxAttempts) || r.maxAttempts < 1) throw new RangeError(`retry.maxAttempts must be an integer >= 1, got ${r.maxAttempts}`);
  if (!(r.baseDelayMs >= 0)) throw new RangeError(`retry.baseDelayMs must be >= 0, got ${r.baseDelayMs}`);
  if (!(r.maxDelayMs >= 0)) throw new RangeError(`retry.maxDelayMs must be >= 0, got ${r.maxDelayMs}`);
  return r;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** Statuses retried without being asked: rate limited and transient server/gateway failures. */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * Delay before the retry that follows failed attempt number `attempt` (1 = the first request):
 * exponential with full jitter, `random() * min(maxDelayMs, baseDelayMs * 2^(attempt-1))`, whole ms.
 */
export function backoffDelay(attempt: number, opts: Required<RetryOptions>, random: () => number): number {
  const n = Math.max(1, Math.floor(attempt));
  const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (n - 1));
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * ceiling);
}

/**
 * A Retry-After header value in ms from `nowMs`: delay-seconds ("120", also "1.5") or an
 * HTTP-date (a past date gives 0). `undefined` when absent or unparsable.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value == null) return undefined;
  const v = value.trim();
  if (v === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(v)) return Math.round(Number(v) * 1000);
  // Date.parse accepts odd inputs ("-5", "1"); an HTTP-date always names a month or weekday.
  if (!/[a-z]/i.test(v)) return undefined;
  const at = Date.parse(v);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
