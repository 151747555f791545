// Webhooks' pure rules: the signature receivers verify, the retry schedule, which endpoints get
// an event, and the body sent. No I/O (the URL rules are in addresses.ts).
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Delays before each retry of a delivery, in seconds: the first attempt is immediate, then
 * 1 min, 5 min, 15 min, 30 min, 1 h, 2 h, 4 h, 8 h, 12 h, 24 h and 24 h. Twelve attempts spanning
 * about 3 days and 4 hours; after the last one fails, the delivery is FAILED.
 */
export const RETRY_DELAYS_SECONDS: readonly number[] = [60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 43_200, 86_400, 86_400];
export const MAX_ATTEMPTS = RETRY_DELAYS_SECONDS.length + 1;

/** When to try again after attempt `attempt` (1-based) failed; null: that was the last attempt. */
export function nextAttemptAt(attempt: number, failedAt: Date, delaysSeconds: readonly number[] = RETRY_DELAYS_SECONDS): Date | null {
  const delay = delaysSeconds[attempt - 1];
  return delay === undefined ? null : new Date(failedAt.getTime() + delay * 1000);
}

/** The JSON body of a delivery: the event as receivers see it. */
export function webhookBody(event: { id: string; type: string; occurredAt: Date; companyId: string; data: unknown }): string {
  return JSON.stringify({ id: event.id, type: event.type, createdAt: event.occurredAt.toISOString(), companyId: event.companyId, data: event.data });
}

/** HMAC-SHA256 (hex) of `timestamp.body` under a secret. */
export function signPayload(secret: string, timestamp: number, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex');
}

/** The signature header: `t=<unix seconds>,v1=<hex>` with one v1 per secret in use (the new one first during a rotation's grace period). */
export function signatureHeader(secrets: readonly string[], timestamp: number, body: string): string {
  return [`t=${timestamp}`, ...secrets.map((s) => `v1=${signPayload(s, timestamp, body)}`)].join(',');
}

/** Seconds a receiver should accept between the signed timestamp and its own clock. */
export const DEFAULT_TOLERANCE_SECONDS = 300;

/**
 * What a receiver does (and the README shows): take t and every v1 from the header, recompute
 * the HMAC of `t.body` with its secret, compare in constant time, and refuse a timestamp further
 * than the tolerance from now (a replayed request). Returns why it is refused, or null.
 */
export function verifySignature(
  header: string,
  body: string,
  secret: string,
  nowSeconds: number,
  toleranceSeconds = DEFAULT_TOLERANCE_SECONDS,
): 'malformed' | 'too_old' | 'mismatch' | null {
  const parts = header.split(',').map((p) => p.trim().split('=', 2) as [string, string | undefined]);
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  const signatures = parts.filter(([k, v]) => k === 'v1' && v).map(([, v]) => v!);
  if (!Number.isInteger(t) || !signatures.length) return 'malformed';
  if (Math.abs(nowSeconds - t) > toleranceSeconds) return 'too_old';
  const expected = Buffer.from(signPayload(secret, t, body), 'hex');
  const ok = signatures.some((s) => {
    const given = Buffer.from(s, 'hex');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
  return ok ? null : 'mismatch';
}

/** Whether an endpoint listening for `types` (empty: all) receives an event of `type`. Test events go only to the endpoint asked for. */
export function endpointWants(types: readonly string[], type: string): boolean {
  if (type === 'webhook.test') return false;
  return types.length === 0 || types.includes(type);
}

/** Whether an HTTP status counts as delivered: any 2xx (redirects are not followed, so 3xx fails). */
export function isDelivered(status: number): boolean {
  return status >= 200 && status < 300;
}

/** The first `max` characters of a response body, for the attempt's record. */
export function responseExcerpt(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
