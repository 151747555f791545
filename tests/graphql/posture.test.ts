// Production posture: introspection, field suggestions and GraphiQL only for whoever may see the
// schema; CORS from an allow-list, never with credentials; security headers on every response;
// request bodies bounded before they are read.
import { describe, expect, it } from 'vitest';
import { useHarness } from '../helpers/harness.js';
import { appOptionsFromConfig, createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

const h = useHarness();

const INTROSPECTION = '{ __schema { queryType { name } types { name } } }';

async function post(app: App, body: unknown, headers: Record<string, string> = {}) {
  const res = await app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  let json: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } = {};
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { res, json, text };
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The app as `npm start` builds it with NODE_ENV=production and no other setting. */
function productionApp(): App {
  const config = loadConfig({ NODE_ENV: 'production' } as NodeJS.ProcessEnv);
  return createApp({ prisma: h.prisma, logErrors: false, ...appOptionsFromConfig(config, true) });
}

describe('introspection and suggestions', () => {
  it('production: anonymous introspection refused, authenticated allowed, and the answer is not cached across the two', async () => {
    const c = await h.company();
    const app = productionApp();
    const authed = await post(app, { query: INTROSPECTION }, bearer(c.adminToken));
    expect(authed.json.errors).toBeUndefined();
    expect((authed.json.data as { __schema: { queryType: { name: string } } }).__schema.queryType.name).toBe('Query');
    for (const headers of [{}, bearer('npi_wrong')]) {
      const anon = await post(app, { query: INTROSPECTION }, headers);
      expect(anon.json.data).toBeUndefined();
      expect(anon.json.errors![0]!.message).toMatch(/introspection/i);
      expect(anon.text).not.toContain('"types"');
    }
    // __typename alone is not introspection of the schema.
    const typename = await post(app, { query: '{ __typename }' });
    expect(typename.json.data).toEqual({ __typename: 'Query' });
  });

  it('off: nobody introspects; public: anybody does (development default)', async () => {
    const c = await h.company();
    const development = createApp({ prisma: h.prisma, logErrors: false, ...appOptionsFromConfig(loadConfig({} as NodeJS.ProcessEnv), false) });
    expect((await post(development, { query: INTROSPECTION })).json.errors).toBeUndefined();
    const off = createApp({ prisma: h.prisma, logErrors: false, introspection: 'off' });
    expect((await post(off, { query: INTROSPECTION }, bearer(c.adminToken))).json.errors![0]!.message).toMatch(/introspection/i);
    expect((await post(h.app, { query: INTROSPECTION })).json.errors).toBeUndefined();
  });

  it('field suggestions only for whoever may introspect', async () => {
    const c = await h.company();
    const app = productionApp();
    const anon = await post(app, { query: '{ custmers { totalCount } }' });
    expect(anon.json.errors![0]!.message).toMatch(/Cannot query field "custmers"/);
    expect(anon.json.errors![0]!.message).not.toMatch(/Did you mean|customers/);
    const authed = await post(app, { query: '{ custmers { totalCount } }' }, bearer(c.adminToken));
    expect(authed.json.errors![0]!.message).toMatch(/Did you mean "customers"/);
    // Asked anonymously again after the authenticated answer was cached: still hidden.
    const again = await post(app, { query: '{ custmers { totalCount } }' });
    expect(again.json.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it('GraphiQL is served to browsers only where enabled', async () => {
    const html = { accept: 'text/html' };
    const on = await h.app.fetch('http://test.local/graphql', { headers: html });
    expect(on.headers.get('content-type')).toMatch(/text\/html/);
    const off = await productionApp().fetch('http://test.local/graphql', { headers: html });
    expect(off.headers.get('content-type') ?? '').not.toMatch(/text\/html/);
    expect(await off.text()).not.toMatch(/graphiql/i);
  });
});

describe('CORS', () => {
  const app = () => createApp({ prisma: h.prisma, logErrors: false, corsOrigins: ['https://app.example.se'] });

  it('an evil origin is not reflected, and credentials are never allowed', async () => {
    for (const method of ['POST', 'OPTIONS']) {
      const res = await app().fetch('http://test.local/graphql', {
        method,
        headers: { origin: 'https://evil.example', 'content-type': 'application/json', 'access-control-request-method': 'POST' },
        ...(method === 'POST' ? { body: JSON.stringify({ query: '{ __typename }' }) } : {}),
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    }
  });

  it('a listed origin is allowed, without credentials; with no list, no origin is', async () => {
    const res = await app().fetch('http://test.local/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.se', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('https://app.example.se');
    expect(res.headers.get('access-control-allow-credentials')).not.toBe('true');
    const none = await h.app.fetch('http://test.local/graphql', {
      method: 'OPTIONS',
      headers: { origin: 'https://app.example.se', 'access-control-request-method': 'POST' },
    });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('CORS_ORIGINS is read as a comma-separated list', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example, https://b.example/' } as NodeJS.ProcessEnv).CORS_ORIGINS).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
    expect(loadConfig({} as NodeJS.ProcessEnv).CORS_ORIGINS).toEqual([]);
  });
});

describe('security headers and bodies', () => {
  it('every response carries the security headers', async () => {
    const c = await h.company();
    const responses = [
      (await post(h.app, { query: '{ __typename }' })).res,
      (await post(h.app, { query: '{ me { id } }' }, bearer(c.adminToken))).res,
      (await post(h.app, 'not json')).res,
      await h.app.fetch('http://test.local/nowhere'),
    ];
    for (const res of responses) {
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    }
  });

  it('a body over the limit is refused with 413 before it is read', async () => {
    const big = JSON.stringify({ query: `{ __typename }`, variables: { x: 'x'.repeat(5_600_000) } });
    const { res, json } = await post(h.app, big);
    expect(res.status).toBe(413);
    expect(json.errors![0]!.extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
    const query = { query: `{ __typename ${'#'.repeat(2_000_000)}\n }` };
    expect((await post(h.app, query)).res.status).toBe(413);
  });

  it('a body without Content-Length (chunked) is counted while read and refused at the limit', async () => {
    const chunk = new TextEncoder().encode(' '.repeat(64 * 1024));
    let sent = 0;
    const stream = (total: number) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"query":"{ __typename }","extensions":{"pad":"'));
        },
        pull(controller) {
          if (sent >= total) {
            controller.enqueue(new TextEncoder().encode('"}}'));
            controller.close();
            return;
          }
          sent += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
    const big = await h.app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream(3 * 1024 * 1024),
      duplex: 'half',
    } as RequestInit);
    expect(big.status).toBe(413);
    expect(JSON.parse(await big.text()).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // The stream was abandoned at the limit, not read to its end.
    expect(sent).toBeLessThan(2 * 1024 * 1024);
    sent = 0;
    const small = await h.app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream(64 * 1024),
      duplex: 'half',
    } as RequestInit);
    expect(small.status).toBe(200);
  });

  it('an anonymous file upload is refused before its body is read', async () => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: 'mutation ($f: File!) { __typename }', variables: { f: null } }));
    form.append('map', JSON.stringify({ 0: ['variables.f'] }));
    form.append('0', new Blob([new Uint8Array(1024)]), 'customers.xlsx');
    const res = await h.app.fetch('http://test.local/graphql', { method: 'POST', body: form });
    expect(res.status).toBe(401);
    expect(JSON.parse(await res.text()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
