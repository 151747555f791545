// Webhooks' pure rules: endpoint URLs and addresses (SSRF), the retry schedule, the signature
// and its verification as a receiver does it, which endpoints get an event.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addressRefusal, urlRefusal } from '../../src/modules/webhooks/addresses.js';
import {
  endpointWants,
  isDelivered,
  MAX_ATTEMPTS,
  nextAttemptAt,
  RETRY_DELAYS_SECONDS,
  signatureHeader,
  verifySignature,
  webhookBody,
} from '../../src/modules/webhooks/rules.js';

describe('urlRefusal', () => {
  it.each([
    ['https://hooks.example.com/in', false, null],
    ['https://hooks.example.com:8443/in?x=1', false, null],
    ['https://93.184.216.34/in', false, null],
    ['http://hooks.example.com/in', false, 'scheme_not_allowed'],
    ['ftp://hooks.example.com/in', false, 'scheme_not_allowed'],
    ['not a url', false, 'invalid_url'],
    ['', false, 'invalid_url'],
    ['https://user:pw@hooks.example.com/', false, 'credentials_in_url'],
    ['https://hooks.example.com/#frag', false, 'fragment'],
    [`https://hooks.example.com/${'a'.repeat(2100)}`, false, 'too_long'],
    ['https://127.0.0.1/in', false, 'address_not_public'],
    ['https://localhost/in', false, 'address_not_public'],
    ['https://api.localhost/in', false, 'address_not_public'],
    ['https://[::1]/in', false, 'address_not_public'],
    ['https://10.1.2.3/in', false, 'address_not_public'],
    ['https://172.16.0.1/in', false, 'address_not_public'],
    ['https://192.168.1.1/in', false, 'address_not_public'],
    ['https://169.254.169.254/latest/meta-data', false, 'address_not_public'],
    ['https://[fe80::1]/in', false, 'address_not_public'],
    ['https://[fd00::1]/in', false, 'address_not_public'],
    ['https://[::ffff:10.0.0.1]/in', false, 'address_not_public'],
    ['https://100.64.0.1/in', false, 'address_not_public'],
    ['https://0.0.0.0/in', false, 'address_not_public'],
    ['https://224.0.0.1/in', false, 'address_not_public'],
    ['https://0x7f000001/in', false, 'address_not_public'],
    ['https://intranet/in', false, 'address_not_public'],
    // Local endpoints allowed (development, tests): this machine only, http too.
    ['http://127.0.0.1:4000/in', true, null],
    ['http://localhost:4000/in', true, null],
    ['https://[::1]:4000/in', true, null],
    ['http://hooks.example.com/in', true, 'scheme_not_allowed'],
    ['https://10.1.2.3/in', true, 'address_not_public'],
    ['https://169.254.169.254/', true, 'address_not_public'],
  ])('%s (local allowed: %s) → %s', (url, allowLocal, code) => {
    expect(urlRefusal(url, allowLocal)?.code ?? null).toBe(code);
  });
});

describe('addressRefusal (each address a name resolves to, at delivery)', () => {
  it.each([
    ['93.184.216.34', false, null],
    ['2606:2800:220:1:248:1893:25c8:1946', false, null],
    ['127.0.0.1', false, 'address_not_public'],
    ['127.0.0.1', true, null],
    ['::1', true, null],
    ['10.0.0.5', true, 'address_not_public'],
    ['169.254.169.254', true, 'address_not_public'],
    ['::ffff:192.168.0.1', false, 'address_not_public'],
    ['fe80::1', true, 'address_not_public'],
    ['example.com', false, 'not_an_address'],
  ])('%s (loopback allowed: %s) → %s', (address, allowLoopback, code) => {
    expect(addressRefusal(address, allowLoopback)?.code ?? null).toBe(code);
  });
});

describe('retry schedule', () => {
  it('twelve attempts spanning more than a day, then FAILED', () => {
    expect(MAX_ATTEMPTS).toBe(12);
    const t0 = new Date('2026-12-01T00:00:00Z');
    let t = t0;
    const gaps: number[] = [];
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const next = nextAttemptAt(attempt, t)!;
      gaps.push((next.getTime() - t.getTime()) / 1000);
      t = next;
    }
    expect(gaps).toEqual([60, 300, 900, 1800, 3600, 7200, 14_400, 28_800, 43_200, 86_400, 86_400]);
    expect(gaps).toEqual([...RETRY_DELAYS_SECONDS]);
    // Never shrinking, and the last attempt more than 24 h (here about 3 days) after the first.
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!).toBeGreaterThanOrEqual(gaps[i - 1]!);
    expect(t.getTime() - t0.getTime()).toBeGreaterThan(24 * 3600 * 1000);
    expect(nextAttemptAt(MAX_ATTEMPTS, t)).toBeNull();
  });

  it.each([
    [1, [5, 10], 5],
    [2, [5, 10], 10],
    [3, [5, 10], null],
  ])('after attempt %i with delays %j: %s s', (attempt, delays, seconds) => {
    const t = new Date('2026-12-01T00:00:00Z');
    const next = nextAttemptAt(attempt, t, delays);
    expect(next === null ? null : (next.getTime() - t.getTime()) / 1000).toBe(seconds);
  });
});

describe('signature', () => {
  const body = webhookBody({ id: 'e1', type: 'invoice.locked', occurredAt: new Date('2026-12-01T10:00:00Z'), companyId: 'c1', data: { total: '10.00' } });
  const t = 1_764_583_200;
  /** What a receiver computes (the README's recipe), independently of the server's code. */
  const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text).digest('hex');

  it('the body is the event as receivers see it', () => {
    expect(JSON.parse(body)).toEqual({ id: 'e1', type: 'invoice.locked', createdAt: '2026-12-01T10:00:00.000Z', companyId: 'c1', data: { total: '10.00' } });
  });

  it('t=…,v1=… with the HMAC-SHA256 of "timestamp.body", one v1 per secret', () => {
    expect(signatureHeader(['s1'], t, body)).toBe(`t=${t},v1=${hmac('s1', `${t}.${body}`)}`);
    expect(signatureHeader(['new', 'old'], t, body)).toBe(`t=${t},v1=${hmac('new', `${t}.${body}`)},v1=${hmac('old', `${t}.${body}`)}`);
  });

  const header = signatureHeader(['s1'], t, body);
  const two = signatureHeader(['s2', 's1'], t, body);
  it.each([
    ['valid', header, body, 's1', t, null],
    ['valid at the tolerance', header, body, 's1', t + 300, null],
    ['either secret of a rotation', two, body, 's1', t, null],
    ['either secret of a rotation (new)', two, body, 's2', t, null],
    ['body changed', header, body.replace('10.00', '99.00'), 's1', t, 'mismatch'],
    ['wrong secret', header, body, 's2', t, 'mismatch'],
    ['timestamp changed', header.replace(`t=${t}`, `t=${t + 1}`), body, 's1', t, 'mismatch'],
    ['replayed later', header, body, 's1', t + 301, 'too_old'],
    ['from the future', header, body, 's1', t - 301, 'too_old'],
    ['no v1', `t=${t}`, body, 's1', t, 'malformed'],
    ['no t', header.replace(`t=${t},`, ''), body, 's1', t, 'malformed'],
    ['garbage', 'abc', body, 's1', t, 'malformed'],
  ])('%s', (_name, h, b, secret, now, expected) => {
    expect(verifySignature(h, b, secret, now)).toBe(expected);
  });
});

describe('which endpoints get an event', () => {
  it.each([
    [[], 'invoice.locked', true],
    [['invoice.locked'], 'invoice.locked', true],
    [['invoice.paid'], 'invoice.locked', false],
    [[], 'webhook.test', false],
    [['webhook.test'], 'webhook.test', false],
  ])('%j wants %s: %s', (types, type, expected) => {
    expect(endpointWants(types, type)).toBe(expected);
  });

  it.each([
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [302, false],
    [400, false],
    [500, false],
    [199, false],
  ])('HTTP %i delivered: %s', (status, expected) => {
    expect(isDelivered(status)).toBe(expected);
  });
});
