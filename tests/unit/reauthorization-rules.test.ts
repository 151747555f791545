// When a run's failure means the connection must be authorised again, and when that starts a new
// "reauthorization required" state (once per state change, not per run): table tests of the pure
// rules in the runtime's health module.
import { describe, expect, it } from 'vitest';
import { HttpError } from '@nordic-invoicing/connector-sdk';
import { credentialsRefusal, reauthorizationStarts } from '../../src/integration/runtime/health.js';

const http = (status: number, o: { fromTokenEndpoint?: boolean; remoteMessage?: string } = {}) =>
  new HttpError({
    status,
    method: 'GET',
    url: 'https://api.example.com/x',
    remoteMessage: o.remoteMessage ?? 'Unauthorized',
    retryable: false,
    fromTokenEndpoint: o.fromTokenEndpoint,
  });

describe('credentialsRefusal', () => {
  const cases: [string, unknown, string | null][] = [
    ['401 from the API', http(401, { remoteMessage: 'The API key is not valid' }), 'the accounting system answered 401: The API key is not valid'],
    [
      'the token endpoint refusing the refresh token (400 invalid_grant)',
      http(400, { fromTokenEndpoint: true, remoteMessage: 'invalid_grant' }),
      'the token endpoint answered 400: invalid_grant',
    ],
    [
      'the token endpoint unreachable',
      http(0, { fromTokenEndpoint: true, remoteMessage: 'fetch failed' }),
      'the token endpoint answered nothing: fetch failed',
    ],
    ['403 (a permission, not the credentials)', http(403), null],
    ['400 of an entity', http(400), null],
    ['500', http(500), null],
    ['429', http(429), null],
    ['no answer from the API', http(0), null],
    ['a plain error', new Error('401 Unauthorized'), null],
    ['a string', 'HttpError 401', null],
    ['null', null, null],
  ];
  it.each(cases)('%s', (_name, err, expected) => {
    expect(credentialsRefusal(err)).toBe(expected);
  });
});

describe('reauthorizationStarts', () => {
  const cases: [boolean, boolean, boolean][] = [
    // refused now, previous run refused → starts
    [true, false, true],
    [true, true, false],
    [false, false, false],
    [false, true, false],
  ];
  it.each(cases)('refused now %s, previous refused %s → %s', (now, previous, expected) => {
    expect(reauthorizationStarts(now, previous)).toBe(expected);
  });
});
