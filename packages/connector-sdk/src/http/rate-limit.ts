// Client-side rate limiting: a sliding window per key (Fortnox: 25 per 5 s per token;
// Visma eAccounting: 600 per minute per endpoint).

export interface RateLimiter {
  /** Resolves when a request under `key` may be sent; the slot is taken on resolve. */
  acquire(key?: string): Promise<void>;
}

export interface RateLimiterOptions {
  /** Requests allowed in any window of `perMs`. */
  requests: number;
  perMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

const DEFAULT_KEY = '';

export function createRateLimiter(opts: RateLimiterOptions): RateLimiter {
  if (!Number.isInteger(opts.requests) || opts.requests < 1) throw new RangeError(`requests must be an integer >= 1, got ${opts.requests}`);
  if (!(opts.perMs > 0)) throw new RangeError(`perMs must be > 0, got ${opts.perMs}`);
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? realSleep;
  /** Send times within the current window, oldest first, per key. */
  const windows = new Map<string, number[]>();
  /** Waiters queue per key so slots go out in call order and only the head polls the clock. */
  const tails = new Map<string, Promise<void>>();

  async function take(key: string): Promise<void> {
    for (;;) {
      const t = now();
      let sent = windows.get(key);
      if (!sent) {
        sent = [];
        windows.set(key, sent);
      }
      while (sent.length > 0 && sent[0]! <= t - opts.perMs) sent.shift();
      if (sent.length < opts.requests) {
        sent.push(t);
        return;
      }
      await sleep(Math.max(1, sent[0]! + opts.perMs - t));
    }
  }

  return {
    acquire(key = DEFAULT_KEY) {
      const previous = tails.get(key) ?? Promise.resolve();
      const mine = previous.then(() => take(key));
      const tail = mine.catch(() => undefined);
      tails.set(key, tail);
      // Forget an idle key's queue (its window is pruned on next use).
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return mine;
    },
  };
}
