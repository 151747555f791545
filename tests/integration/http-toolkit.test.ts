// The HTTP toolkit against real HTTP servers on 127.0.0.1 (random ports). Sleeps are injected
// and recorded, so retries never wait for real.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import {
  apiKeyAuth,
  createHttpClient,
  exchangeAuthorizationCode,
  HttpError,
  oauth2Auth,
  type HttpClientOptions,
  type Logger,
  type OAuth2Tokens,
  type PlannedOperation,
  type RateLimiter,
  type TokenStore,
} from '@nordic-invoicing/connector-sdk';

interface Seen {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}
type Handler = (req: Seen, res: ServerResponse, raw: IncomingMessage) => unknown;

const servers: Server[] = [];

async function serve(handler: Handler): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const server = createServer((raw, res) => {
    const chunks: Buffer[] = [];
    raw.on('data', (c: Buffer) => chunks.push(c));
    raw.on('end', () => {
      const s: Seen = { method: raw.method ?? '', url: raw.url ?? '', headers: raw.headers, body: Buffer.concat(chunks) };
      seen.push(s);
      Promise.resolve(handler(s, res, raw)).catch((err: unknown) => {
        if (!res.headersSent) res.writeHead(599);
        res.end(String(err));
      });
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, seen, server };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map(closeServer));
});

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body === undefined ? '' : JSON.stringify(body));
}

function recorder() {
  const sleeps: number[] = [];
  const logs: Array<{ level: keyof Logger; msg: string; data?: object }> = [];
  const log = (level: keyof Logger) => (msg: string, data?: object) => logs.push({ level, msg, data });
  const logger: Logger = { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
  return { sleeps, logs, logger, sleep: async (ms: number) => void sleeps.push(ms), random: () => 0.5 };
}

function client(baseUrl: string, extra: Partial<HttpClientOptions> = {}) {
  const r = recorder();
  const c = createHttpClient({ baseUrl, sleep: r.sleep, random: r.random, logger: r.logger, ...extra });
  return { c, ...r };
}

async function rejection(p: Promise<unknown>): Promise<HttpError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(HttpError);
    return err as HttpError;
  }
  throw new Error('expected the request to fail');
}

describe('retries', () => {
  it('429 with Retry-After (seconds) waits that long, then succeeds', async () => {
    let n = 0;
    const srv = await serve((_req, res) => (++n === 1 ? json(res, 429, { message: 'slow down' }, { 'retry-after': '2' }) : json(res, 200, { ok: true })));
    const { c, sleeps, logs } = client(srv.url);
    const res = await c.get<{ ok: boolean }>('/things', { page: 1 });
    expect(res).toMatchObject({ status: 200, body: { ok: true } });
    expect(sleeps).toEqual([2000]);
    expect(srv.seen.map((s) => s.url)).toEqual(['/things?page=1', '/things?page=1']);
    expect(c.stats).toEqual({ requests: 2, writes: 0, retries: 1 });
    const warns = logs.filter((l) => l.level === 'warn');
    expect(warns).toHaveLength(1);
    expect(warns[0]!.data).toMatchObject({ method: 'GET', url: `${srv.url}/things?page=1`, status: 429, delayMs: 2000, attempt: 1 });
    expect(warns[0]!.msg).toContain('429');
  });

  it('Retry-After as an HTTP-date, and a huge Retry-After capped at 4 × maxDelayMs', async () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    let n = 0;
    const srv = await serve((_req, res) => {
      n++;
      if (n === 1) return json(res, 503, undefined, { 'retry-after': 'Sun, 01 Mar 2026 12:00:10 GMT' });
      if (n === 2) return json(res, 429, undefined, { 'retry-after': '86400' });
      json(res, 200, { n });
    });
    const { c, sleeps } = client(srv.url, { now: () => now, retry: { maxDelayMs: 5000 } });
    expect((await c.get('/x')).body).toEqual({ n: 3 });
    expect(sleeps).toEqual([10_000, 20_000]);
  });

  it('Visma 4010: the retryAfterMs hook reads "try again in N seconds" from the body', async () => {
    let n = 0;
    const srv = await serve((_req, res) =>
      ++n === 1
        ? json(res, 429, {
            ErrorCode: 4010,
            DeveloperErrorMessage: 'API calls quota exceeded! maximum admitted 600 per Minute. Try again in 55 seconds.',
            ErrorId: 'x',
          })
        : json(res, 200, []),
    );
    const hookCalls: number[] = [];
    const { c, sleeps } = client(srv.url, {
      retryAfterMs: (status, body) => {
        hookCalls.push(status);
        const m = /try again in (\d+) seconds/i.exec(String((body as { DeveloperErrorMessage?: string } | undefined)?.DeveloperErrorMessage ?? ''));
        return m ? Number(m[1]) * 1000 : undefined;
      },
    });
    expect((await c.get('/customers')).body).toEqual([]);
    expect(hookCalls).toEqual([429]);
    expect(sleeps).toEqual([55_000]);
  });

  it('the retryAfterMs hook makes an otherwise final status retryable', async () => {
    let n = 0;
    const srv = await serve((_req, res) => (++n === 1 ? json(res, 400, { code: 'LOCKED_TRY_LATER' }) : json(res, 200, { ok: 1 })));
    const { c, sleeps } = client(srv.url, { retryAfterMs: (_s, body) => ((body as { code?: string }).code === 'LOCKED_TRY_LATER' ? 1234 : undefined) });
    expect((await c.get('/x')).body).toEqual({ ok: 1 });
    expect(sleeps).toEqual([1234]);
  });

  it('503 twice, then success (exponential backoff with jitter); a POST counts as writes', async () => {
    let n = 0;
    const srv = await serve((req, res) =>
      ++n <= 2 ? json(res, 503, { message: 'maintenance' }) : json(res, 201, { created: JSON.parse(req.body.toString()) }),
    );
    const { c, sleeps } = client(srv.url);
    const res = await c.post('/customers', { Customer: { Name: 'Anna' } });
    expect(res).toMatchObject({ status: 201, body: { created: { Customer: { Name: 'Anna' } } } });
    expect(sleeps).toEqual([250, 500]); // random 0.5 × 500, × 1000
    expect(srv.seen.map((s) => s.headers['content-type'])).toEqual(Array(3).fill('application/json'));
    expect(c.stats).toEqual({ requests: 3, writes: 3, retries: 2 });
  });

  it('exhausted retries throw the last error with attempts set', async () => {
    const srv = await serve((_req, res) => json(res, 502, '<html>Bad gateway</html>'));
    const { c, sleeps, logs } = client(srv.url, { retry: { maxAttempts: 3 } });
    const err = await rejection(c.get('/x'));
    expect({ status: err.status, attempts: err.attempts, retryable: err.retryable, remoteMessage: err.remoteMessage, method: err.method }).toEqual({
      status: 502,
      attempts: 3,
      retryable: true,
      remoteMessage: 'Bad Gateway',
      method: 'GET',
    });
    expect(err.url).toBe(`${srv.url}/x`);
    expect(srv.seen).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    expect(logs.filter((l) => l.level === 'warn')).toHaveLength(2);
  });

  it('400 is not retried and carries the remote message (Fortnox ErrorInformation)', async () => {
    const srv = await serve((_req, res) => json(res, 400, { ErrorInformation: { error: 1, message: 'Kan inte hitta kontot.', code: 2000423 } }));
    const { c, sleeps } = client(srv.url);
    const err = await rejection(c.put('/customers/1001', { Customer: { SalesAccount: '9999' } }));
    expect([err.status, err.attempts, err.retryable, err.remoteMessage]).toEqual([400, 1, false, 'Kan inte hitta kontot.']);
    expect(err.body).toEqual({ ErrorInformation: { error: 1, message: 'Kan inte hitta kontot.', code: 2000423 } });
    expect(err.message).toContain('400 Kan inte hitta kontot.');
    expect(srv.seen).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it('a connector errorMessage hook decides the remote message; undefined falls back', async () => {
    const srv = await serve((req, res) =>
      req.url === '/wrapped'
        ? json(res, 403, { headers: {}, body: { status: 'FORBIDDEN', message: 'out of allowed scope' }, statusCodeValue: 403 })
        : json(res, 404, { message: 'plain' }),
    );
    const { c } = client(srv.url, { errorMessage: (body) => (body as { body?: { message?: string } }).body?.message });
    expect((await rejection(c.get('/wrapped'))).remoteMessage).toBe('out of allowed scope');
    expect((await rejection(c.get('/other'))).remoteMessage).toBe('plain');
  });

  it('a dropped connection is retried for a GET', async () => {
    let n = 0;
    const srv = await serve((_req, res, raw) => (++n === 1 ? raw.socket.destroy() : json(res, 200, { n })));
    const { c, sleeps, logs } = client(srv.url);
    expect((await c.get('/x')).body).toEqual({ n: 2 });
    expect(sleeps).toEqual([250]);
    expect(logs.find((l) => l.level === 'warn')?.data).toMatchObject({ status: 0, method: 'GET' });
  });

  it('a dropped connection is not repeated for a POST (may have been processed) unless marked idempotent', async () => {
    let n = 0;
    const srv = await serve((_req, res, raw) => (++n === 1 ? raw.socket.destroy() : json(res, 201, { n })));
    const { c } = client(srv.url);
    const err = await rejection(c.post('/invoices', { total: 1 }));
    expect([err.status, err.retryable, err.attempts]).toEqual([0, false, 1]);
    expect(err.remoteMessage).toMatch(/network error.*not retried/);
    expect(srv.seen).toHaveLength(1);

    n = 0;
    const res = await c.post('/invoices', { total: 1 }, { idempotent: true });
    expect(res.body).toEqual({ n: 2 });
  });

  it('a refused connection is retried even for a POST (nothing was sent)', async () => {
    const srv = await serve(() => undefined);
    await closeServer(srv.server);
    servers.splice(servers.indexOf(srv.server), 1);
    const { c, sleeps } = client(srv.url, { retry: { maxAttempts: 2 } });
    const err = await rejection(c.post('/x', {}));
    expect([err.status, err.retryable, err.attempts]).toEqual([0, true, 2]);
    expect(err.remoteMessage).toMatch(/ECONNREFUSED/);
    expect(sleeps).toHaveLength(1);
  });

  it('a timeout is a retryable status-0 error; the retry can succeed', async () => {
    let n = 0;
    const srv = await serve((_req, res) => {
      if (++n === 1) return; // never answer
      json(res, 200, { n });
    });
    const { c, sleeps } = client(srv.url, { timeoutMs: 100 });
    expect((await c.get('/slow')).body).toEqual({ n: 2 });
    expect(sleeps).toHaveLength(1);
  });

  it('timeouts on every attempt end in HttpError status 0 with attempts', async () => {
    const srv = await serve(() => undefined);
    const { c } = client(srv.url, { retry: { maxAttempts: 2 } });
    const started = Date.now();
    const err = await rejection(c.get('/slow', undefined, { timeoutMs: 80 }));
    expect([err.status, err.retryable, err.attempts]).toEqual([0, true, 2]);
    expect(err.remoteMessage).toBe('timed out after 80 ms');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(srv.seen).toHaveLength(2);
  });

  it('the rate limiter is asked before every attempt, retries included, with the request key', async () => {
    let n = 0;
    const srv = await serve((_req, res) => (++n === 1 ? json(res, 429, {}) : json(res, 200, {})));
    const keys: Array<string | undefined> = [];
    const rateLimit: RateLimiter = { acquire: async (key) => void keys.push(key) };
    const { c } = client(srv.url, { rateLimit, rateLimitKey: (req) => `${req.method} ${req.path.split('/')[1]}` });
    await c.get('/customers/1');
    await c.delete('/projects/2');
    expect(keys).toEqual(['GET customers', 'GET customers', 'DELETE projects']);
  });
});

describe('bodies and headers', () => {
  it('multipart FormData arrives intact (a JSON default Content-Type is not applied)', async () => {
    const srv = await serve(async (req, res) => {
      const form = await new Request('http://local/', {
        method: 'POST',
        headers: { 'content-type': String(req.headers['content-type']) },
        body: new Uint8Array(req.body),
      }).formData();
      const file = form.get('file') as File;
      json(res, 200, { note: form.get('note'), name: file.name, type: file.type, bytes: [...new Uint8Array(await file.arrayBuffer())] });
    });
    const { c } = client(srv.url, { defaultHeaders: { 'Content-Type': 'application/json' } });
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
    const form = new FormData();
    form.set('note', 'Kvitto å ä ö');
    form.set('file', new Blob([bytes], { type: 'application/pdf' }), 'faktura 1001.pdf');
    const res = await c.post<{ note: string; name: string; type: string; bytes: number[] }>('/archive', form);
    expect(res.body).toEqual({ note: 'Kvitto å ä ö', name: 'faktura 1001.pdf', type: 'application/pdf', bytes: [...bytes] });
    expect(srv.seen[0]!.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('bytes and text responses; Uint8Array request body', async () => {
    const payload = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7) % 256));
    const srv = await serve((req, res) => {
      if (req.url === '/sie') {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        return res.end(payload);
      }
      if (req.url === '/text') {
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('#FLAGGA 0');
      }
      json(res, 200, { type: req.headers['content-type'], length: req.body.length, same: req.body.equals(payload) });
    });
    const { c } = client(srv.url);
    const bytes = await c.get<Uint8Array>('/sie', undefined, { responseType: 'bytes' });
    expect(bytes.body).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes.body).equals(payload)).toBe(true);
    expect((await c.get<string>('/text', undefined, { responseType: 'text' })).body).toBe('#FLAGGA 0');
    expect((await c.put('/upload', new Uint8Array(payload))).body).toEqual({ type: 'application/octet-stream', length: 300, same: true });
  });

  it('empty JSON body gives undefined; invalid JSON on success is a non-retryable error', async () => {
    const srv = await serve((req, res) => {
      if (req.url === '/empty') {
        res.writeHead(204);
        return res.end();
      }
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html>login page</html>');
    });
    const { c } = client(srv.url);
    expect(await c.delete('/empty')).toMatchObject({ status: 204, body: undefined });
    const err = await rejection(c.get('/html'));
    expect([err.status, err.retryable, err.remoteMessage, err.body]).toEqual([200, false, 'response is not valid JSON', '<html>login page</html>']);
  });

  it('API-key auth, default headers and per-request headers (request wins)', async () => {
    const srv = await serve((req, res) => json(res, 200, req.headers));
    const { c } = client(`${srv.url}/3/`, {
      auth: apiKeyAuth({ 'User-Key': 'company-guid' }),
      defaultHeaders: { 'X-Client': 'npi', 'X-Mode': 'default' },
    });
    const res = await c.get<IncomingHttpHeaders>('/details', undefined, { headers: { 'X-Mode': 'request' } });
    expect(res.body).toMatchObject({ 'user-key': 'company-guid', 'x-client': 'npi', 'x-mode': 'request', accept: 'application/json' });
    expect(srv.seen[0]!.url).toBe('/3/details');
  });
});

describe('dry run', () => {
  it('sends GETs, records writes without sending them', async () => {
    const srv = await serve((req, res) => json(res, 200, { method: req.method }));
    const seenPlans: PlannedOperation[] = [];
    const { c } = client(`${srv.url}/v2`, { dryRun: true, onPlanned: (op) => seenPlans.push(op) });
    expect((await c.get('/customers')).body).toEqual({ method: 'GET' });
    const results = [
      await c.post('/customers', { Name: 'Anna' }, { description: 'create customer 1001' }),
      await c.put('/customers/7', { Name: 'Bo' }),
      await c.patch('/customers/7', { Name: 'Bo' }),
      await c.delete('/customers/7', { query: { force: true } }),
    ];
    for (const r of results) expect(r).toEqual({ status: 0, headers: new Headers(), body: undefined, planned: true });
    expect(srv.seen.map((s) => s.method)).toEqual(['GET']);
    expect(c.stats).toEqual({ requests: 1, writes: 0, retries: 0 });
    expect(c.planned).toEqual([
      { method: 'POST', url: `${srv.url}/v2/customers`, body: { Name: 'Anna' }, description: 'create customer 1001' },
      { method: 'PUT', url: `${srv.url}/v2/customers/7`, body: { Name: 'Bo' } },
      { method: 'PATCH', url: `${srv.url}/v2/customers/7`, body: { Name: 'Bo' } },
      { method: 'DELETE', url: `${srv.url}/v2/customers/7?force=true` },
    ]);
    expect(seenPlans).toEqual(c.planned);
  });
});

// ---------- OAuth2 ----------

function memoryStore(initial: OAuth2Tokens | null, events: string[] = [], opts: { saveDelayMs?: number; failSave?: boolean } = {}) {
  const saved: OAuth2Tokens[] = [];
  let tokens = initial;
  const store: TokenStore = {
    load: async () => tokens,
    save: async (t) => {
      if (opts.saveDelayMs) await delay(opts.saveDelayMs);
      if (opts.failSave) {
        events.push('save-failed');
        throw new Error('disk full');
      }
      events.push(`save:${t.accessToken}`);
      saved.push(t);
      tokens = t;
    },
  };
  return { store, saved };
}

const basic = (id: string, secret: string) => `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}`;

/** A token endpoint (/token, rotating refresh tokens) and a resource server (/api/…) in one. */
async function oauthServer(opts: { refreshToken: string; tokenDelayMs?: number; omitRefreshToken?: boolean; validAccess?: string[] }) {
  const events: string[] = [];
  const state = {
    rejectAll: false,
    refreshToken: opts.refreshToken,
    issued: 0,
    valid: new Set(opts.validAccess ?? []),
    tokenRequests: [] as URLSearchParams[],
  };
  const srv = await serve(async (req, res) => {
    if (req.url === '/token') {
      const form = new URLSearchParams(req.body.toString());
      state.tokenRequests.push(form);
      events.push('token');
      if (opts.tokenDelayMs) await delay(opts.tokenDelayMs);
      if (req.headers.authorization !== basic('client-1', 's3cret')) return json(res, 401, { error: 'invalid_client' });
      if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== state.refreshToken) {
        return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid refresh token' });
      }
      state.issued++;
      const access = `access-${state.issued}`;
      state.valid.add(access);
      const body: Record<string, unknown> = { access_token: access, token_type: 'bearer', expires_in: 3600, scope: 'customer' };
      if (!opts.omitRefreshToken) body.refresh_token = state.refreshToken = `refresh-${state.issued}`;
      return json(res, 200, body);
    }
    const token = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    events.push(`resource:${token}`);
    if (state.rejectAll || !state.valid.has(token)) return json(res, 401, { message: 'Unauthorized' });
    json(res, 200, { token });
  });
  return { ...srv, events, state };
}

describe('OAuth2', () => {
  it('single flight: 10 concurrent requests with an expired token make one token request; the rotated token is saved first', async () => {
    const srv = await oauthServer({ refreshToken: 'refresh-0', tokenDelayMs: 30 });
    const { store, saved } = memoryStore(
      { accessToken: 'access-0', refreshToken: 'refresh-0', expiresAt: new Date(Date.now() - 1000).toISOString() },
      srv.events,
      { saveDelayMs: 30 },
    );
    const auth = oauth2Auth({ tokenUrl: `${srv.url}/token`, clientId: 'client-1', clientSecret: 's3cret', grant: 'authorization_code', store });
    const { c } = client(`${srv.url}/api`, { auth });

    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => c.get<{ token: string }>(`/customers/${i}`)));
    expect(results.map((r) => r.body.token)).toEqual(Array(10).fill('access-1'));
    expect(srv.state.tokenRequests).toHaveLength(1);
    expect(srv.state.tokenRequests[0]!.get('grant_type')).toBe('refresh_token');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(Date.parse(saved[0]!.expiresAt!) - Date.now()).toBeGreaterThan(3500 * 1000);
    // Saved before the resource server saw the new token; the expired one was never sent.
    expect(srv.events.indexOf('save:access-1')).toBeGreaterThan(srv.events.indexOf('token'));
    expect(srv.events.indexOf('save:access-1')).toBeLessThan(srv.events.indexOf('resource:access-1'));
    expect(srv.events.filter((e) => e === 'resource:access-0')).toEqual([]);

    // The rotated refresh token is what the next refresh uses.
    await auth.refresh();
    expect(srv.state.tokenRequests[1]!.get('refresh_token')).toBe('refresh-1');
    expect(saved[1]).toMatchObject({ accessToken: 'access-2', refreshToken: 'refresh-2' });
  });

  it('401 → one refresh → retry, also for concurrent requests; a response without refresh_token keeps the old one', async () => {
    const srv = await oauthServer({ refreshToken: 'r-keep', omitRefreshToken: true, tokenDelayMs: 20 });
    const { store, saved } = memoryStore({ accessToken: 'revoked', refreshToken: 'r-keep' }, srv.events);
    const auth = oauth2Auth({ tokenUrl: `${srv.url}/token`, clientId: 'client-1', clientSecret: 's3cret', grant: 'authorization_code', store });
    const { c } = client(`${srv.url}/api`, { auth });

    const results = await Promise.all(Array.from({ length: 5 }, () => c.get<{ token: string }>('/me')));
    expect(results.map((r) => r.body.token)).toEqual(Array(5).fill('access-1'));
    expect(srv.state.tokenRequests).toHaveLength(1);
    expect(saved).toEqual([{ accessToken: 'access-1', refreshToken: 'r-keep', expiresAt: expect.any(String) }]);
    expect(c.stats).toEqual({ requests: 10, writes: 0, retries: 5 });
  });

  it('a 401 after the refresh is final (no loop)', async () => {
    const srv = await oauthServer({ refreshToken: 'r0' });
    srv.state.rejectAll = true;
    const { store } = memoryStore({ accessToken: 'revoked', refreshToken: 'r0' });
    const auth = oauth2Auth({ tokenUrl: `${srv.url}/token`, clientId: 'client-1', clientSecret: 's3cret', grant: 'authorization_code', store });
    const { c } = client(`${srv.url}/api`, { auth });
    const err = await rejection(c.get('/x'));
    expect([err.status, err.attempts, err.remoteMessage, err.fromTokenEndpoint]).toEqual([401, 2, 'Unauthorized', false]);
    expect(srv.state.tokenRequests).toHaveLength(1);
    expect(srv.events.filter((e) => e.startsWith('resource:'))).toEqual(['resource:revoked', 'resource:access-1']);
  });

  it('if saving the rotated tokens fails, the refresh fails and nobody uses the new token', async () => {
    const srv = await oauthServer({ refreshToken: 'r0' });
    const { store } = memoryStore({ accessToken: 'old', refreshToken: 'r0', expiresAt: new Date(Date.now() - 1).toISOString() }, srv.events, {
      failSave: true,
    });
    const auth = oauth2Auth({ tokenUrl: `${srv.url}/token`, clientId: 'client-1', clientSecret: 's3cret', grant: 'authorization_code', store });
    const { c } = client(`${srv.url}/api`, { auth });
    const results = await Promise.allSettled([c.get('/a'), c.get('/b'), c.get('/c')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
    expect(String((results[0] as PromiseRejectedResult).reason)).toContain('disk full');
    expect(srv.state.tokenRequests).toHaveLength(1);
    expect(srv.events.filter((e) => e.startsWith('resource:'))).toEqual([]);
    expect(c.stats.requests).toBe(0);
  });

  it('token endpoint errors become HttpError with error_description', async () => {
    const srv = await oauthServer({ refreshToken: 'the-real-one' });
    const { store } = memoryStore({ accessToken: 'old', refreshToken: 'used-already', expiresAt: new Date(0).toISOString() });
    const auth = oauth2Auth({ tokenUrl: `${srv.url}/token`, clientId: 'client-1', clientSecret: 's3cret', grant: 'authorization_code', store });
    const { c } = client(`${srv.url}/api`, { auth });
    const err = await rejection(c.get('/x'));
    expect([err.status, err.remoteMessage, err.url, err.retryable, err.fromTokenEndpoint]).toEqual([
      400,
      'Invalid refresh token',
      `${srv.url}/token`,
      false,
      true,
    ]);
    expect(err.body).toEqual({ error: 'invalid_grant', error_description: 'Invalid refresh token' });
  });

  it('client_credentials: fetches a token (client auth in the body), reuses it, fetches a new one near expiry', async () => {
    let issued = 0;
    const tokenRequests: Array<{ form: URLSearchParams; authorization?: string; tenant?: string }> = [];
    const srv = await serve((req, res) => {
      if (req.url === '/oauth/v2/token') {
        const form = new URLSearchParams(req.body.toString());
        tokenRequests.push({ form, authorization: req.headers.authorization, tenant: req.headers.tenantid as string | undefined });
        if (form.get('client_id') !== 'bl-client' || form.get('client_secret') !== 'bl-secret') return json(res, 401, { error: 'invalid_client' });
        issued++;
        return json(res, 200, { access_token: `cc-${issued}`, token_type: 'bearer', expires_in: 3600, scope: 'oob' });
      }
      json(res, 200, { authorization: req.headers.authorization });
    });
    let clock = Date.parse('2026-03-01T12:00:00Z');
    const { store, saved } = memoryStore(null);
    const auth = oauth2Auth({
      tokenUrl: `${srv.url}/oauth/v2/token`,
      clientId: 'bl-client',
      clientSecret: 'bl-secret',
      grant: 'client_credentials',
      scope: 'oob',
      clientAuth: 'body',
      tokenHeaders: { TenantId: '42' },
      store,
      now: () => clock,
    });
    const { c } = client(srv.url, { auth });
    expect((await c.get('/sp/details')).body).toEqual({ authorization: 'Bearer cc-1' });
    expect((await c.get('/sp/details')).body).toEqual({ authorization: 'Bearer cc-1' });
    expect(tokenRequests).toHaveLength(1);
    clock += 3600_000 - 30_000; // inside the 60 s skew
    expect((await c.get('/sp/details')).body).toEqual({ authorization: 'Bearer cc-2' });
    expect(tokenRequests).toHaveLength(2);
    for (const t of tokenRequests) {
      expect(Object.fromEntries(t.form)).toEqual({ grant_type: 'client_credentials', scope: 'oob', client_id: 'bl-client', client_secret: 'bl-secret' });
      expect(t.authorization).toBeUndefined();
      expect(t.tenant).toBe('42');
    }
    expect(saved.map((t) => t.accessToken)).toEqual(['cc-1', 'cc-2']);
    expect(saved[0]!.expiresAt).toBe('2026-03-01T13:00:00.000Z');
  });

  it('authorization_code without stored tokens tells the connection to be authorized again', async () => {
    const { store } = memoryStore(null);
    const auth = oauth2Auth({ tokenUrl: 'http://127.0.0.1:1/token', clientId: 'a', clientSecret: 'b', grant: 'authorization_code', store });
    await expect(auth.headers()).rejects.toThrow(/authorized again/);
  });

  it('exchangeAuthorizationCode posts the code with Basic client auth', async () => {
    let form: URLSearchParams | undefined;
    let authorization: string | undefined;
    const srv = await serve((req, res) => {
      form = new URLSearchParams(req.body.toString());
      authorization = req.headers.authorization;
      json(res, 200, { access_token: 'a1', refresh_token: 'r1', expires_in: '3600', token_type: 'bearer' });
    });
    const tokens = await exchangeAuthorizationCode({
      tokenUrl: `${srv.url}/oauth-v1/token`,
      clientId: 'client-1',
      clientSecret: 's3cret',
      code: 'code-123',
      redirectUri: 'https://app.example/callback',
      now: () => Date.parse('2026-03-01T12:00:00Z'),
    });
    expect(tokens).toEqual({ accessToken: 'a1', refreshToken: 'r1', expiresAt: '2026-03-01T13:00:00.000Z' });
    expect(Object.fromEntries(form!)).toEqual({ grant_type: 'authorization_code', code: 'code-123', redirect_uri: 'https://app.example/callback' });
    expect(authorization).toBe(basic('client-1', 's3cret'));
    expect(srv.seen[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded');
  });
});
