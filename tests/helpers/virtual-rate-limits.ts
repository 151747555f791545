// Connection rate limits on a clock that moves by what they wait. The harness's runtime waits
// 1/100 of what a connector asks (at most 50 ms), but a connection's rate limiter reads the real
// clock: once a file has sent a connector's quota (Fortnox: 25 requests per 5.1 s) it polls in
// 50 ms steps until the real window has passed, so a file of many runs on one connection goes at
// the connector's real rate. Here each limiter keeps the same rule (the same quota per window, in
// call order) on a clock of its own that advances by exactly what the limiter waits: the requests
// go out in the order and windows they would, without the real seconds between them.
import { createRateLimiter, type RateLimiter } from '@nordic-invoicing/connector-sdk';
import type { IntegrationRuntime } from '../../src/integration/runtime/run.js';

/** Limiters keyed as the runtime keys them (`<connectionId>:<requests>/<perMs>`), made on first use. */
class VirtualClockLimiters extends Map<string, RateLimiter> {
  /** Milliseconds each limiter has waited, by key. */
  readonly waited = new Map<string, number>();

  override get(key: string): RateLimiter | undefined {
    const existing = super.get(key);
    if (existing) return existing;
    const m = /:(\d+)\/(\d+(?:\.\d+)?)$/.exec(key);
    if (!m) return undefined;
    this.waited.set(key, 0);
    const limiter = createRateLimiter({
      requests: Number(m[1]),
      perMs: Number(m[2]),
      now: () => Date.now() + this.waited.get(key)!,
      sleep: async (ms) => {
        this.waited.set(key, this.waited.get(key)! + ms);
      },
    });
    super.set(key, limiter);
    return limiter;
  }
}

/** Gives the runtime's connections rate limiters on a virtual clock; returns what they waited. */
export function virtualRateLimits(rt: IntegrationRuntime): { waitedMs(): number } {
  const limiters = new VirtualClockLimiters();
  rt.limiters = limiters;
  return { waitedMs: () => [...limiters.waited.values()].reduce((a, b) => a + b, 0) };
}
