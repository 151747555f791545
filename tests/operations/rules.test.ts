// The operations rules as pure functions (table tests): how an error is logged, which request ids
// are kept, who may read /metrics, how label values are bounded; the yoga logger's lines; the
// settings; and `npm start -- --help`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphQLError } from 'graphql';
import { PothosValidationError } from '@pothos/core';
import { describe, expect, it } from 'vitest';
import { ForbiddenError, UnauthenticatedError, ValidationError } from '../../src/errors.js';
import { classifyError } from '../../src/observability/errors.js';
import { requestIdFrom } from '../../src/observability/http.js';
import { isLoopback, metricsAccess } from '../../src/observability/endpoints.js';
import { boundedLabel } from '../../src/observability/metrics.js';
import { createLogger, yogaLogger } from '../../src/observability/logger.js';
import { createTracing, tracesUrl } from '../../src/observability/tracing.js';
import { loadConfig } from '../../src/config.js';
import { ROOT } from './helpers.js';

const wrapped = (original: Error, path = ['customers']) => new GraphQLError(original.message, { originalError: original, path });

describe('classifyError: expected errors are one line without a stack, bugs are errors with one', () => {
  const cases: [string, Error, Record<string, unknown>][] = [
    ['unauthenticated', wrapped(new UnauthenticatedError('Send a token.'), ['me']), { expected: true, level: 'info', code: 'UNAUTHENTICATED', path: 'me' }],
    ['forbidden (AppError)', wrapped(new ForbiddenError('No.')), { expected: true, level: 'info', code: 'FORBIDDEN' }],
    [
      'validation with its field',
      wrapped(ValidationError.single('input.name', 'required', 'Name is required.')),
      { expected: true, level: 'info', code: 'VALIDATION_FAILED', field: 'input.name' },
    ],
    ['wrapped twice', wrapped(wrapped(new UnauthenticatedError('x'))), { expected: true, code: 'UNAUTHENTICATED' }],
    ['bad input from Pothos', wrapped(new PothosValidationError('Invalid id')), { expected: true, level: 'info', code: 'BAD_USER_INPUT' }],
    [
      'query too complex',
      new GraphQLError('Too deep', { extensions: { code: 'QUERY_TOO_COMPLEX' } }),
      { expected: true, level: 'warn', code: 'QUERY_TOO_COMPLEX' },
    ],
    ['rate limited', new GraphQLError('Slow down', { extensions: { code: 'RATE_LIMITED' } }), { expected: true, level: 'warn', code: 'RATE_LIMITED' }],
    ['request deadline', new GraphQLError('Too long', { extensions: { code: 'REQUEST_TIMEOUT' } }), { expected: true, level: 'warn', code: 'REQUEST_TIMEOUT' }],
    [
      'a bad variable (graphql-js)',
      new GraphQLError('Variable "$id" got invalid value', { extensions: { code: 'BAD_USER_INPUT' } }),
      { expected: true, level: 'info', code: 'BAD_USER_INPUT' },
    ],
    ['a GraphQL error without a code', new GraphQLError('Cannot query field "x"'), { expected: true, level: 'info', code: 'GRAPHQL_ERROR' }],
    ['a bug in a resolver', wrapped(new TypeError('x is undefined')), { expected: false, message: 'x is undefined', path: 'customers' }],
    ['a database failure', new Error('Cannot use a pool after calling end on the pool'), { expected: false }],
  ];
  it.each(cases)('%s', (_name, error, expected) => {
    expect(classifyError(error)).toMatchObject(expected);
  });
});

describe('yogaLogger', () => {
  function capture() {
    const out: Record<string, unknown>[] = [];
    const log = createLogger({ level: 'debug', destination: { write: (s: string) => void out.push(JSON.parse(s)) } });
    return { out, yoga: yogaLogger(log) };
  }
  it('logs an expected error as one line with its code and no stack', () => {
    const { out, yoga } = capture();
    yoga.error(wrapped(new UnauthenticatedError('Send a token.'), ['me']));
    expect(out).toEqual([expect.objectContaining({ level: 'info', code: 'UNAUTHENTICATED', path: 'me', msg: 'Send a token.' })]);
    expect(JSON.stringify(out)).not.toContain('stack');
  });
  it('logs an unexpected error at error with its stack', () => {
    const { out, yoga } = capture();
    yoga.error(wrapped(new TypeError('x is undefined')));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      level: 'error',
      msg: 'Unexpected error: x is undefined',
      path: 'customers',
      err: { type: 'TypeError', message: 'x is undefined' },
    });
    expect((out[0]!.err as { stack: string }).stack).toMatch(/TypeError: x is undefined\n\s+at /);
  });
});

describe('requestIdFrom', () => {
  const cases: [string | string[] | undefined, string][] = [
    ['abc-123', 'abc-123'],
    ['0f8fad5b-d9cb-469f-a165-70867728950e', '0f8fad5b-d9cb-469f-a165-70867728950e'],
    ['trace:span.1_2', 'trace:span.1_2'],
    [['first', 'second'], 'first'],
    [undefined, 'NEW'],
    ['', 'NEW'],
    ['has space', 'NEW'],
    ['line\nbreak', 'NEW'],
    ['"quoted"', 'NEW'],
    ['x'.repeat(128), 'x'.repeat(128)],
    ['x'.repeat(129), 'NEW'],
  ];
  it.each(cases)('%j → %s', (header, expected) => {
    expect(requestIdFrom(header, () => 'NEW')).toBe(expected);
  });
});

describe('metricsAccess (METRICS_TOKEN)', () => {
  const token = 'a-long-enough-metrics-token';
  const cases: [string, string | undefined, { authorization: string | null; remoteAddress: string | undefined; forwarded: boolean }, string][] = [
    ['unset: loopback', undefined, { authorization: null, remoteAddress: '127.0.0.1', forwarded: false }, 'allowed'],
    ['unset: IPv6 loopback', undefined, { authorization: null, remoteAddress: '::1', forwarded: false }, 'allowed'],
    ['unset: IPv4-mapped loopback', undefined, { authorization: null, remoteAddress: '::ffff:127.0.0.1', forwarded: false }, 'allowed'],
    ['unset: loopback through a proxy', undefined, { authorization: null, remoteAddress: '127.0.0.1', forwarded: true }, 'forbidden'],
    ['unset: another machine', undefined, { authorization: null, remoteAddress: '10.0.0.8', forwarded: false }, 'forbidden'],
    ['unset: no address', undefined, { authorization: null, remoteAddress: undefined, forwarded: false }, 'forbidden'],
    ['public: anyone', 'public', { authorization: null, remoteAddress: '203.0.113.9', forwarded: true }, 'allowed'],
    ['token: sent', token, { authorization: `Bearer ${token}`, remoteAddress: '10.0.0.8', forwarded: false }, 'allowed'],
    ['token: wrong', token, { authorization: `Bearer ${token}x`, remoteAddress: '10.0.0.8', forwarded: false }, 'unauthenticated'],
    ['token: missing, even from loopback', token, { authorization: null, remoteAddress: '127.0.0.1', forwarded: false }, 'unauthenticated'],
    ['token: an API token instead', token, { authorization: 'Bearer npi_abc', remoteAddress: '127.0.0.1', forwarded: false }, 'unauthenticated'],
  ];
  it.each(cases)('%s', (_name, setting, req, expected) => {
    expect(metricsAccess(setting, req)).toBe(expected);
  });
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['128.0.0.1', false],
    ['::2', false],
    ['localhost', false],
    ['1270.0.0.1', false],
    [undefined, false],
  ] as const)('isLoopback(%s) = %s', (address, expected) => {
    expect(isLoopback(address)).toBe(expected);
  });
});

describe('boundedLabel', () => {
  it('keeps names up to the limit, then counts the rest as other; refuses what is not a name', () => {
    const seen = new Set<string>();
    const label = (n: string | null | undefined) => boundedLabel(seen, 3, n, 'anonymous');
    expect([label('A'), label('B'), label('A'), label('C'), label('D'), label('B')]).toEqual(['A', 'B', 'A', 'C', 'other', 'B']);
    expect([label(null), label(''), label(undefined)]).toEqual(['anonymous', 'anonymous', 'anonymous']);
    expect([label('has space'), label('x'.repeat(65)), label('{"id":1}'), label('customer-export'), label('x'.repeat(64))]).toEqual([
      'invalid',
      'invalid',
      'invalid',
      'other',
      'other',
    ]);
    expect(seen.size).toBe(3);
  });
});

describe('tracing setting', () => {
  it('is off without an endpoint and sends to <endpoint>/v1/traces', async () => {
    expect(createTracing(undefined)).toBeNull();
    expect(tracesUrl('http://collector:4318')).toBe('http://collector:4318/v1/traces');
    expect(tracesUrl('http://collector:4318/')).toBe('http://collector:4318/v1/traces');
  });
});

describe('settings', () => {
  it('has defaults and refuses bad values naming the variable', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      SHUTDOWN_TIMEOUT_MS: 25_000,
      READINESS_TIMEOUT_MS: 2_000,
      LOG_LEVEL: 'info',
      LOG_FORMAT: 'auto',
      OTEL_SERVICE_NAME: 'project-invoicing',
    });
    expect([c.METRICS_TOKEN, c.OTEL_EXPORTER_OTLP_ENDPOINT]).toEqual([undefined, undefined]);
    const empty = loadConfig({ METRICS_TOKEN: '', OTEL_EXPORTER_OTLP_ENDPOINT: '' });
    expect([empty.METRICS_TOKEN, empty.OTEL_EXPORTER_OTLP_ENDPOINT]).toEqual([undefined, undefined]);
    expect(loadConfig({ METRICS_TOKEN: 'public' }).METRICS_TOKEN).toBe('public');
    for (const [k, v] of [
      ['METRICS_TOKEN', 'short'],
      ['LOG_LEVEL', 'verbose'],
      ['LOG_FORMAT', 'pretty'],
      ['SHUTDOWN_TIMEOUT_MS', '-1'],
      ['READINESS_TIMEOUT_MS', 'soon'],
      ['OTEL_EXPORTER_OTLP_ENDPOINT', 'collector:4318'],
    ]) {
      expect(() => loadConfig({ [k!]: v }), k).toThrow(new RegExp(`${k}:`));
    }
  });
});

describe('npm start -- --help', () => {
  const start = (args: string[], dataDir: string) => {
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0' };
    delete env.DATABASE_URL;
    return spawnSync(process.execPath, ['--import', 'tsx', 'src/server.ts', ...args], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
  };

  it.each([['--help'], ['-h'], ['--seed', '--help']])('%s prints the usage and exits 0 without touching the database', (...args) => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-help-'));
    try {
      const r = start(args, dir);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Usage: npm start');
      expect(r.stdout).toContain('--seed');
      expect(r.stdout).toContain('README.md');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an unknown option with the usage and exit code 2, without touching the database', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-help-'));
    try {
      const r = start(['--sed'], dir);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('Unknown option: --sed');
      expect(r.stderr).toContain('Usage: npm start');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
