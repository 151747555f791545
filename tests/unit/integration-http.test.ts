import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  buildUrl,
  createRateLimiter,
  DEFAULT_RETRY,
  extractRemoteMessage,
  HttpError,
  parseRetryAfter,
  requestNeverSent,
  resolveRetryOptions,
  type QueryValue,
  type RetryOptions,
} from '@nordic-invoicing/connector-sdk';

describe('backoffDelay (exponential, full jitter, capped)', () => {
  const opts: Required<RetryOptions> = { maxAttempts: 5, baseDelayMs: 500, maxDelayMs: 30_000 };
  it.each<[string, number, Required<RetryOptions>, number, number]>([
    ['first retry, top of jitter', 1, opts, 0.999999, 499],
    ['first retry, half', 1, opts, 0.5, 250],
    ['second retry doubles', 2, opts, 0.5, 500],
    ['third retry', 3, opts, 0.5, 1000],
    ['jitter can be zero', 4, opts, 0, 0],
    ['capped at maxDelayMs', 10, opts, 0.5, 15_000],
    ['huge attempt does not overflow', 5000, opts, 0.5, 15_000],
    ['attempt 0 treated as 1', 0, opts, 0.5, 250],
    ['random above 1 clamped', 1, opts, 7, 500],
    ['small cap', 3, { maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 150 }, 1, 150],
  ])('%s', (_name, attempt, o, r, expected) => {
    expect(backoffDelay(attempt, o, () => r)).toBe(expected);
  });

  it('stays within [0, ceiling] for random jitter', () => {
    for (let attempt = 1; attempt <= 12; attempt++) {
      const ceiling = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1));
      for (let i = 0; i < 50; i++) {
        const d = backoffDelay(attempt, opts, Math.random);
        expect(d).toBeGreaterThanOrEqual(0);
        expect(d).toBeLessThanOrEqual(ceiling);
      }
    }
  });
});

describe('resolveRetryOptions', () => {
  it('fills the defaults and ignores undefined', () => {
    expect(resolveRetryOptions(undefined)).toEqual(DEFAULT_RETRY);
    expect(resolveRetryOptions({ maxAttempts: 2, baseDelayMs: undefined })).toEqual({ maxAttempts: 2, baseDelayMs: 500, maxDelayMs: 30_000 });
  });
  it.each<[RetryOptions]>([[{ maxAttempts: 0 }], [{ maxAttempts: 1.5 }], [{ baseDelayMs: -1 }], [{ maxDelayMs: Number.NaN }]])('rejects %j', (o) => {
    expect(() => resolveRetryOptions(o)).toThrow(RangeError);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-03-01T12:00:00Z');
  it.each<[string, string | null, number | undefined]>([
    ['absent', null, undefined],
    ['empty', '', undefined],
    ['blank', '   ', undefined],
    ['seconds', '120', 120_000],
    ['zero seconds', '0', 0],
    ['seconds with spaces', ' 5 ', 5000],
    ['fractional seconds', '1.5', 1500],
    ['HTTP-date in the future', 'Sun, 01 Mar 2026 12:00:30 GMT', 30_000],
    ['HTTP-date in the past gives 0', 'Sun, 01 Mar 2026 11:59:00 GMT', 0],
    ['ISO date (lenient)', '2026-03-01T12:01:00Z', 60_000],
    ['negative seconds', '-5', undefined],
    ['garbage', 'soon', undefined],
    ['number with unit', '10s', undefined],
  ])('%s', (_name, value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('rate limiter (sliding window, fake clock)', () => {
  function fakeClock(start = 0) {
    const clock = { t: start, sleeps: [] as number[] };
    return {
      clock,
      now: () => clock.t,
      sleep: async (ms: number) => {
        clock.sleeps.push(ms);
        clock.t += ms;
      },
    };
  }

  async function acquireTimes(limit: { requests: number; perMs: number }, calls: Array<{ at?: number; key?: string }>) {
    const { clock, now, sleep } = fakeClock();
    const rl = createRateLimiter({ ...limit, now, sleep });
    const times: number[] = [];
    for (const c of calls) {
      if (c.at !== undefined && c.at > clock.t) clock.t = c.at;
      await rl.acquire(c.key);
      times.push(clock.t);
    }
    return times;
  }

  it.each<[string, { requests: number; perMs: number }, Array<{ at?: number; key?: string }>, number[]]>([
    ['under the limit: no waiting', { requests: 3, perMs: 1000 }, [{}, {}, {}], [0, 0, 0]],
    ['fourth waits for the first to leave the window', { requests: 3, perMs: 1000 }, [{}, {}, {}, {}], [0, 0, 0, 1000]],
    ['window slides (not fixed buckets)', { requests: 2, perMs: 1000 }, [{ at: 0 }, { at: 600 }, { at: 700 }, {}], [0, 600, 1000, 1600]],
    ['slots freed by time need no sleep', { requests: 2, perMs: 1000 }, [{ at: 0 }, { at: 10 }, { at: 1500 }, { at: 1500 }], [0, 10, 1500, 1500]],
    ['keys have their own windows', { requests: 1, perMs: 1000 }, [{ key: 'a' }, { key: 'b' }, { key: 'a' }, { key: 'b' }], [0, 0, 1000, 1000]],
    ['Fortnox: 25 per 5 s, 26th waits 5 s', { requests: 25, perMs: 5000 }, Array.from({ length: 26 }, () => ({})), [...Array<number>(25).fill(0), 5000]],
  ])('%s', async (_name, limit, calls, expected) => {
    expect(await acquireTimes(limit, calls)).toEqual(expected);
  });

  it('concurrent waiters get slots in call order, never more than the limit per window', async () => {
    const { clock, now, sleep } = fakeClock();
    const rl = createRateLimiter({ requests: 2, perMs: 1000, now, sleep });
    const got: Array<[number, number]> = [];
    await Promise.all(Array.from({ length: 7 }, (_, i) => rl.acquire('x').then(() => got.push([i, clock.t]))));
    expect(got.map(([i]) => i)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    const times = got.map(([, t]) => t);
    for (const t of times) expect(times.filter((u) => u > t - 1000 && u <= t).length).toBeLessThanOrEqual(2);
    expect(times[6]).toBe(3000);
  });

  it.each<[{ requests: number; perMs: number }]>([[{ requests: 0, perMs: 1000 }], [{ requests: 1.5, perMs: 1000 }], [{ requests: 1, perMs: 0 }]])(
    'rejects %j',
    (o) => {
      expect(() => createRateLimiter(o)).toThrow(RangeError);
    },
  );
});

describe('extractRemoteMessage', () => {
  it.each<[string, unknown, number, string]>([
    ['Fortnox ErrorInformation.message', { ErrorInformation: { error: 1, message: 'Kan inte hitta kontot.', code: 2000423 } }, 400, 'Kan inte hitta kontot.'],
    ['Fortnox casing variant', { ErrorInformation: { Error: 1, Message: 'Kan inte logga in.', Code: 2000311 } }, 403, 'Kan inte logga in.'],
    [
      'Visma DeveloperErrorMessage',
      { ErrorCode: 4002, DeveloperErrorMessage: 'No access to module: api_standard', Errors: [] },
      403,
      'No access to module: api_standard',
    ],
    ['OAuth2 error_description wins', { error: 'invalid_grant', error_description: 'Invalid refresh token' }, 400, 'Invalid refresh token'],
    ['OAuth2 bare error', { error: 'invalid_client' }, 401, 'invalid_client'],
    ['plain message', { message: 'Customer not found' }, 404, 'Customer not found'],
    ['capital Message', { Message: 'Boom' }, 500, 'Boom'],
    ['nested error.message', { error: { message: 'nested' } }, 422, 'nested'],
    [
      'BL ApiError message',
      { status: '400 BAD_REQUEST', message: 'Customer id already exists', exceptionId: 'CUSTOMER_ID_ALREADY_EXISTS' },
      400,
      'Customer id already exists',
    ],
    ['blank message falls through', { message: '  ', Message: 'second' }, 400, 'second'],
    ['short text body', 'Service temporarily down\nretry later', 503, 'Service temporarily down'],
    ['HTML body → status text', '<html><body>Bad Gateway</body></html>', 502, 'Bad Gateway'],
    ['empty body → status text', undefined, 404, 'Not Found'],
    ['array body → status text', [1, 2], 400, 'Bad Request'],
    ['object without message → status text', { foo: 1 }, 409, 'Conflict'],
    ['unknown status', undefined, 599, 'HTTP 599'],
  ])('%s', (_name, body, status, expected) => {
    expect(extractRemoteMessage(body, status)).toBe(expected);
  });

  it('truncates a long text body', () => {
    const m = extractRemoteMessage('x'.repeat(1000), 500);
    expect(m.length).toBe(301);
    expect(m.endsWith('…')).toBe(true);
  });
});

describe('HttpError', () => {
  it('carries the request, status and remote message', () => {
    const e = new HttpError({
      status: 400,
      method: 'POST',
      url: 'https://api.example/3/customers',
      body: { x: 1 },
      remoteMessage: 'Bad input',
      retryable: false,
    });
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('HttpError');
    expect(e.message).toBe('POST https://api.example/3/customers failed: 400 Bad input');
    expect([e.status, e.attempts, e.retryable, e.remoteMessage]).toEqual([400, 1, false, 'Bad input']);
  });
  it('status 0 reads as a network failure', () => {
    const e = new HttpError({ status: 0, method: 'GET', url: 'http://x/', remoteMessage: 'timed out after 5 ms', retryable: true, attempts: 3 });
    expect(e.message).toBe('GET http://x/ failed: timed out after 5 ms');
    expect(e.attempts).toBe(3);
  });
});

describe('requestNeverSent', () => {
  const fetchFailed = (code: string) => new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code}`), { code }) });
  it.each<[string, unknown, boolean]>([
    ['connection refused', fetchFailed('ECONNREFUSED'), true],
    ['DNS failure', fetchFailed('ENOTFOUND'), true],
    ['socket closed mid-request', fetchFailed('UND_ERR_SOCKET'), false],
    ['reset', fetchFailed('ECONNRESET'), false],
    ['no code', new Error('x'), false],
  ])('%s', (_name, err, expected) => {
    expect(requestNeverSent(err)).toBe(expected);
  });
});

describe('buildUrl', () => {
  it.each<[string, string, string, Record<string, QueryValue> | undefined, string]>([
    ['keeps the base path with a leading slash', 'https://api.fortnox.se/3', '/customers', undefined, 'https://api.fortnox.se/3/customers'],
    ['no double slashes', 'https://api.fortnox.se/3/', '/customers/1001', undefined, 'https://api.fortnox.se/3/customers/1001'],
    ['relative path', 'https://eaccountingapi.vismaonline.com/v2', 'customers', undefined, 'https://eaccountingapi.vismaonline.com/v2/customers'],
    [
      'absolute URL wins',
      'https://api.fortnox.se/3',
      'https://api.fortnox.se/api/fileattachments/attachments-v1',
      undefined,
      'https://api.fortnox.se/api/fileattachments/attachments-v1',
    ],
    ['empty path is the base', 'https://x.test/v1', '', undefined, 'https://x.test/v1'],
    [
      'query: skips undefined/null, stringifies',
      'https://x.test',
      '/list',
      { page: 2, limit: 500, active: true, filter: undefined, q: null, s: 'a b&c' },
      'https://x.test/list?page=2&limit=500&active=true&s=a+b%26c',
    ],
    ['query appended to an existing one', 'https://x.test', '/list?sortby=name', { page: 1 }, 'https://x.test/list?sortby=name&page=1'],
  ])('%s', (_name, base, path, query, expected) => {
    expect(buildUrl(base, path, query)).toBe(expected);
  });
});
