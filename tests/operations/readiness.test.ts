// /readiness and /health of the real server (startServer in this process) whose database is
// reached through a TCP proxy the test can cut: ready while the database answers, 503 with a
// reason while it is unreachable (the server keeps running, liveness stays 200), ready again once
// it is back, and 503 at once when the shutdown begins (asked on a connection opened before).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/start.js';
import { createLogger } from '../../src/observability/logger.js';
import { openTestDatabase, type TestDatabase } from '../helpers/database.js';
import { parseResponses, rawConnection, tcpProxy } from './helpers.js';

let db: TestDatabase;
let proxy: Awaited<ReturnType<typeof tcpProxy>>;
let server: RunningServer;

beforeAll(async () => {
  db = await openTestDatabase();
  const target = new URL(db.url);
  proxy = await tcpProxy({ host: target.hostname, port: Number(target.port) });
  const proxied = new URL(db.url);
  proxied.hostname = '127.0.0.1';
  proxied.port = String(proxy.port);
  const config = loadConfig({
    DATABASE_URL: proxied.toString(),
    // PGlite serves one session; one pooled connection, as the embedded database uses.
    DATABASE_POOL_SIZE: db.kind === 'pglite' ? '1' : '3',
    INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex'),
    PORT: '0',
    HOST: '127.0.0.1',
    CONNECTOR_SCHEDULER: 'false',
    READINESS_TIMEOUT_MS: '1000',
  });
  server = await startServer(config, { print: () => undefined, logger: createLogger({ level: 'silent' }) });
});

afterAll(async () => {
  await server?.stop();
  await proxy?.close();
  await db?.close();
});

async function get(path: string) {
  const res = await fetch(`${server.url}${path}`);
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> | null };
}

describe('the connectors a server offers', () => {
  it('are the built-in Fortnox and Visma; the template connector only with CONNECTOR_TEMPLATE=true', () => {
    expect(server!.integrations.registry.list().map((c) => c.id)).toEqual(['fortnox', 'visma', 'bjorn-lunden', 'sie']);
  });
});

describe('/readiness', () => {
  it('is 200 while the database answers; /health too', async () => {
    expect(await get('/readiness')).toEqual({ status: 200, body: { status: 'ready' } });
    expect((await get('/health')).status).toBe(200);
  });

  it('is 503 with a reason while the database is unreachable, and 200 again once it is back; /health stays 200', async () => {
    await proxy.cut();
    const down = await get('/readiness');
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: 'unavailable', reason: 'the database is unreachable' });
    expect((await get('/health')).status).toBe(200);

    await proxy.restore();
    let again = await get('/readiness');
    for (let i = 0; i < 50 && again.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      again = await get('/readiness');
    }
    expect(again).toEqual({ status: 200, body: { status: 'ready' } });
    // The API works again too.
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('is 503 "shutting down" as soon as the shutdown begins', async () => {
    // A request still receiving its body keeps the connection open into the shutdown.
    const conn = await rawConnection(server.url);
    const body = JSON.stringify({ query: '{ __typename }' });
    await conn.write(`POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 5)}`);
    await new Promise((r) => setTimeout(r, 100));
    const stopped = server.stop();
    expect(server.shuttingDown).toBe(true);
    await conn.write(`${body.slice(5)}GET /readiness HTTP/1.1\r\nHost: x\r\n\r\n`);
    const [first, readiness] = parseResponses(await conn.closed);
    await stopped;
    expect(first!.status).toBe(200);
    expect(readiness!.status).toBe(503);
    expect(JSON.parse(readiness!.body)).toEqual({ status: 'unavailable', reason: 'the server is shutting down' });
  });
});
