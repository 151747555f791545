// Subscriptions on the real server (src/server.ts as a child process) over HTTP: a stream is open
// when SIGTERM arrives; it ends at once with STREAM_ENDED (resume with `after`) instead of holding
// the shutdown until SHUTDOWN_TIMEOUT_MS, and the process exits 0.
import { afterAll, describe, expect, it } from 'vitest';
import { serverDatabase, spawnServer, type ServerDatabase, type ServerProcess } from '../operations/helpers.js';

describe('subscriptions and graceful shutdown', () => {
  let db: ServerDatabase | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    server?.kill();
    await server?.exited;
    await db?.close();
  });

  it('ends every open stream with STREAM_ENDED on SIGTERM and exits long before the shutdown deadline', { timeout: 180_000 }, async () => {
    db = await serverDatabase();
    server = await spawnServer({ ...db.env, SHUTDOWN_TIMEOUT_MS: '60000' });
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${server.adminToken}` },
      body: JSON.stringify({ query: 'subscription { companyEvents { id seq resumeAfter type } }' }),
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const text = res.text();
    // The subscription is open (the reader has started) before the signal.
    await new Promise((r) => setTimeout(r, 500));
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const body = await text;
    const code = await server.exited;
    expect(code).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(20_000);
    const messages = body
      .split('\n')
      .filter((l) => l.startsWith('data:') && l.length > 6)
      .map((l) => JSON.parse(l.slice(5)) as { errors?: { message: string; extensions?: { code?: string } }[] });
    expect(messages.at(-1)?.errors?.[0]?.extensions?.code).toBe('STREAM_ENDED');
    expect(messages.at(-1)?.errors?.[0]?.message).toMatch(/after/);
  });
});
