// The fake-server plumbing the connectors' fakes share: loopback listening, the request log, write
// and 429 counting, injected failures, the body cap, latency, close, and the sliding window.
import { afterEach, describe, expect, it } from 'vitest';
import {
  type ApiContract,
  contractChecker,
  type FakeServerOptions,
  retryAfterSeconds,
  type StartedFakeServer,
  slidingWindow,
  startFakeServer,
} from '../src/testing.js';

class VendorError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
  ) {
    super(code);
  }
}

const started: StartedFakeServer[] = [];

/** A small vendor: GET/POST /items (POST refuses a missing name with 400), anything else 404. */
async function start(overrides: Partial<FakeServerOptions> = {}): Promise<StartedFakeServer> {
  const items: unknown[] = [];
  const server = await startFakeServer({
    maxBodyBytes: 1000,
    handle(request) {
      if (request.path === '/items' && request.method === 'GET') return { status: 200, body: items };
      if (request.path === '/items' && request.method === 'POST') {
        if (!(request.body as { name?: string } | undefined)?.name) throw new VendorError(400, 'name_missing');
        items.push(request.body);
        return { status: 201, body: request.body };
      }
      if (request.path === '/form' && request.method === 'POST') return { status: 200, body: { form: request.raw.toString('utf8') } };
      if (request.path === '/file') return { status: 200, bytes: Buffer.from('%PDF-1.7'), contentType: 'application/pdf' };
      throw new VendorError(404, 'not_found');
    },
    onError: (err) => (err instanceof VendorError ? { status: err.status, body: { error: err.code } } : { status: 500, body: { error: String(err) } }),
    injectedBody: (status) => ({ error: `injected ${status}` }),
    invalidJson: () => ({ status: 400, body: { error: 'invalid_json' } }),
    bodyTooLarge: (max) => ({ status: 413, body: { error: `over ${max}` } }),
    ...overrides,
  });
  started.push(server);
  return server;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((s) => s.close().catch(() => {})));
});

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('startFakeServer', () => {
  it('listens on 127.0.0.1 with a port chosen by the system and answers through the handler', async () => {
    const server = await start();
    const url = new URL(server.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(Number(url.port)).toBeGreaterThan(0);
    const res = await fetch(`${server.url}/items`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await res.json()).toEqual([]);
    const file = await fetch(`${server.url}/file`);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(await file.text()).toBe('%PDF-1.7');
  });

  it('logs every request in order: method, path without query or trailing slash, query, status, and the JSON body of writes', async () => {
    const server = await start();
    await fetch(`${server.url}/items/?page=2`);
    await post(`${server.url}/items`, { name: 'a' });
    await fetch(`${server.url}/nowhere`, { method: 'DELETE' });
    expect(server.requests()).toEqual([
      { method: 'GET', path: '/items', query: 'page=2', status: 200 },
      { method: 'POST', path: '/items', query: '', status: 201, body: { name: 'a' } },
      { method: 'DELETE', path: '/nowhere', query: '', status: 404 },
    ]);
    expect('body' in server.requests()[0]!).toBe(false);
    // The log handed out is a copy.
    server.requests()[0]!.status = 999;
    expect(server.requests()[0]!.status).toBe(200);
  });

  it('counts as writes only the successful requests other than GET, or those isWrite names', async () => {
    const server = await start();
    await fetch(`${server.url}/items`);
    await post(`${server.url}/items`, { name: 'a' });
    await post(`${server.url}/items`, {}); // 400
    await fetch(`${server.url}/items/1`, { method: 'PUT', body: '{}' }); // 404
    expect(server.writes()).toBe(1);

    const narrowed = await start({ isWrite: ({ method, path }) => method !== 'GET' && path !== '/form' });
    await post(`${narrowed.url}/form`, 'a=1', { 'content-type': 'application/x-www-form-urlencoded' });
    await post(`${narrowed.url}/items`, { name: 'b' });
    expect(narrowed.writes()).toBe(1);
  });

  it('answers injected failures before the handler, `times` times, matching method, path and body', async () => {
    const server = await start();
    server.fail({ method: 'POST', path: '/items', body: (b) => (b as { name: string }).name === 'bad', status: 503, times: 2 });
    server.fail({ path: /^\/items$/, method: 'GET', status: 429, response: { error: 'slow down' }, headers: { 'retry-after': '7' } });

    const good = await post(`${server.url}/items`, { name: 'good' });
    expect(good.status).toBe(201);
    const bad1 = await post(`${server.url}/items`, { name: 'bad' });
    expect(bad1.status).toBe(503);
    expect(await bad1.json()).toEqual({ error: 'injected 503' });
    expect((await post(`${server.url}/items`, { name: 'bad' })).status).toBe(503);
    // The rule is used up: the handler answers again.
    expect((await post(`${server.url}/items`, { name: 'bad' })).status).toBe(201);
    expect(server.writes()).toBe(2);

    const limited = await fetch(`${server.url}/items`);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    expect(await limited.json()).toEqual({ error: 'slow down' });

    server.clearFailures();
    expect((await fetch(`${server.url}/items`)).status).toBe(200);
  });

  it('lets exempt requests through whatever failures are injected', async () => {
    const server = await start({ exempt: ({ path }) => path === '/form' });
    server.fail({ path: /./, status: 500 });
    const form = await post(`${server.url}/form`, 'grant_type=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(200);
    expect(await form.json()).toEqual({ form: 'grant_type=x' });
    expect((await fetch(`${server.url}/items`)).status).toBe(500);
  });

  it('counts the 429 answers sent, injected or from the handler', async () => {
    const server = await start({
      handle: (request) => (request.path === '/busy' ? { status: 429, body: { error: 'busy' } } : { status: 200, body: {} }),
    });
    server.fail({ path: '/injected', status: 429, times: 1 });
    await fetch(`${server.url}/busy`);
    await fetch(`${server.url}/injected`);
    await fetch(`${server.url}/injected`);
    await fetch(`${server.url}/fine`);
    expect(server.tooManyRequests()).toBe(2);
  });

  it('answers a body that is not JSON in the vendor shape, and parses JSON only where parsesJson says so', async () => {
    const server = await start();
    const res = await post(`${server.url}/items`, '{nope');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'invalid_json' });

    const formOnly = await start({ parsesJson: ({ headers }) => String(headers['content-type']).includes('json') });
    const form = await post(`${formOnly.url}/form`, 'a=1&b=2', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(form.status).toBe(200);
    expect(await form.json()).toEqual({ form: 'a=1&b=2' });
  });

  it('refuses a body over the cap with the vendor answer, without reaching the handler', async () => {
    const server = await start();
    const res = await post(`${server.url}/items`, { name: 'x'.repeat(1200) });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: 'over 1000' });
    expect((await post(`${server.url}/items`, { name: 'x'.repeat(900) })).status).toBe(201);
    expect(server.writes()).toBe(1);
  });

  it('answers what the handler throws through onError', async () => {
    const server = await start({
      handle: () => {
        throw new Error('boom');
      },
    });
    const res = await fetch(`${server.url}/items`);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ error: 'Error: boom' });
  });

  it('delays every answer by the latency set', async () => {
    const server = await start();
    server.setLatency(300);
    let t = performance.now();
    await fetch(`${server.url}/items`);
    expect(performance.now() - t).toBeGreaterThanOrEqual(290);
    server.setLatency(0);
    t = performance.now();
    await fetch(`${server.url}/items`);
    expect(performance.now() - t).toBeLessThan(250);
  });

  it('closes: the port refuses connections afterwards', async () => {
    const server = await start();
    await fetch(`${server.url}/items`);
    await server.close();
    await expect(fetch(`${server.url}/items`)).rejects.toThrow();
  });
});

/** The small vendor's published contract: POST /items takes { name (≤ 10) }, answers 201 with the item. */
const ITEMS_CONTRACT: ApiContract = {
  source: 'items.json (Items 1)',
  operations: [
    { method: 'GET', path: '/items', query: ['page'], request: null, responses: { '200': { type: 'array', items: { $ref: '#/definitions/Item' } } } },
    {
      method: 'POST',
      path: '/items',
      query: [],
      request: { $ref: '#/definitions/Item' },
      responses: { '201': { $ref: '#/definitions/Item' }, default: { type: 'object', properties: { error: { type: 'string' } } } },
    },
  ],
  definitions: { Item: { type: 'object', properties: { name: { type: 'string', maxLength: 10 }, id: { type: 'integer', readOnly: true } } } },
};

describe('startFakeServer with the API contract', () => {
  const contract = (refuse: boolean, more: Partial<NonNullable<FakeServerOptions['contract']>> = {}): FakeServerOptions['contract'] => ({
    checker: contractChecker(ITEMS_CONTRACT),
    refuse,
    invalidRequest: (issues) => ({ status: 400, body: { error: issues.map((i) => `${i.where}: ${i.message}`).join('; ') } }),
    skip: (r) => r.path === '/form',
    name: 'Items',
    ...more,
  });
  const postItem = (server: StartedFakeServer, body: unknown) =>
    fetch(`${server.url}/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it('close() rejects with the breaches, unless allowed or tolerated', async () => {
    const strict = await start({ contract: contract(true) });
    await postItem(strict, { name: 'far too long a name' });
    await expect(strict.close()).rejects.toThrow(
      "The Items fake saw 1 request(s) or answer(s) breaking the API's contract (items.json (Items 1)):\nPOST /items request:\n  request body /name: must NOT have more than 10 characters",
    );
    const allowed = await start({ contract: contract(true, { allowBreaches: true }) });
    await postItem(allowed, { name: 'far too long a name' });
    await expect(allowed.close()).resolves.toBeUndefined();
    const tolerant = await start({ contract: contract(true, { tolerated: (b) => b.what === 'request' }) });
    await postItem(tolerant, { name: 'far too long a name' });
    await expect(tolerant.close()).resolves.toBeUndefined();
  });

  it('refuses a request that breaks the contract as the API would, before the handler, and lists it', async () => {
    const server = await start({ contract: contract(true) });
    const bad = await fetch(`${server.url}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', id: 7 }),
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({ error: 'request body /id: is read-only or not accepted here' });
    expect((await fetch(`${server.url}/items?pagee=1`)).status).toBe(400);
    expect(await (await fetch(`${server.url}/items`)).json()).toEqual([]);
    const ok = await fetch(`${server.url}/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'Spik' }) });
    expect(ok.status).toBe(201);
    expect(server.contractIssues()).toEqual([
      { method: 'POST', path: '/items', what: 'request', issues: [{ where: 'request body /id', message: 'is read-only or not accepted here' }] },
      { method: 'GET', path: '/items', what: 'request', issues: [{ where: 'query pagee', message: 'is not a parameter of GET /items' }] },
    ]);
  });

  it('without refuse, lets the request through but still lists it; checks the handler’s answers, errors included, but not injected ones or skipped paths', async () => {
    const server = await start({ contract: contract(false) });
    const long = await fetch(`${server.url}/items`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'far too long a name' }),
    });
    expect(long.status).toBe(201);
    // The handler echoes the body, so the answer breaks the contract too; its 400 (thrown) is an error answer of the documented shape.
    expect((await fetch(`${server.url}/items`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(400);
    server.fail({ path: '/items', status: 503, response: { unexpected: true } });
    expect((await fetch(`${server.url}/items`)).status).toBe(503);
    await fetch(`${server.url}/form`, { method: 'POST', body: 'a=1' });
    expect(server.contractIssues()).toEqual([
      { method: 'POST', path: '/items', what: 'request', issues: [{ where: 'request body /name', message: 'must NOT have more than 10 characters' }] },
      { method: 'POST', path: '/items', what: 201, issues: [{ where: 'response 201 /name', message: 'must NOT have more than 10 characters' }] },
    ]);
  });
});

describe('slidingWindow', () => {
  it('accepts `requests` per `perMs` and key, then says how long to wait until the oldest leaves the window', () => {
    let now = 10_000;
    const take = slidingWindow({ requests: 3, perMs: 1000, now: () => now });
    expect(take('a')).toBeNull();
    now += 100;
    expect(take('a')).toBeNull();
    now += 100;
    expect(take('a')).toBeNull();
    now += 100;
    expect(take('a')).toBe(700);
    // Another key has its own window.
    expect(take('b')).toBeNull();
    // A refused request takes no place in the window.
    now = 10_999;
    expect(take('a')).toBe(1);
    now = 11_000;
    expect(take('a')).toBeNull();
    expect(take('a')).toBe(100);
    now = 11_100;
    expect(take('a')).toBeNull();
    expect(take('a')).toBe(100);
  });

  it('uses one window for calls without a key', () => {
    let now = 0;
    const take = slidingWindow({ requests: 1, perMs: 5000, now: () => now });
    expect(take()).toBeNull();
    now = 4000;
    expect(take()).toBe(1000);
    now = 5000;
    expect(take()).toBeNull();
  });

  it('rounds a wait up to whole seconds for Retry-After, at least 1', () => {
    expect(retryAfterSeconds(1)).toBe(1);
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(retryAfterSeconds(3000)).toBe(3);
  });
});
