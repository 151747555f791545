// Webhooks end to end: endpoints through GraphQL (secret shown once, never again, encrypted at
// rest), events delivered by the job engine to real HTTP receivers on 127.0.0.1 and verified as
// the README tells receivers to, retries of a failing receiver with every attempt listed, a test
// delivery, a replay, a rotated secret signing beside the old one, an event of a rolled-back
// transaction never delivered, and SSRF refusals (at creation and again at delivery).
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenantDb } from '../../src/db/tenant.js';
import { createRunEngine, type RunEngine } from '../../src/integration/runtime/engine.js';
import { recordEvent } from '../../src/modules/events/index.js';
import { attemptDelivery, configureWebhooks, installWebhooks } from '../../src/modules/webhooks/index.js';
import { guardedLookup } from '../../src/modules/webhooks/http-post.js';
import { graphql } from '../gql/index.js';
import { type TestCompany, useHarness } from '../helpers/harness.js';

const h = useHarness();

const Create = graphql(`
  mutation WhCreate($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      __typename
      ... on Error { code message path }
      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url eventTypes active } } }
    }
  }
`);
const Update = graphql(`
  mutation WhUpdate($input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(input: $input) { __typename ... on Error { code message path } ... on MutationUpdateWebhookEndpointSuccess { data { id url active eventTypes } } }
  }
`);
const Rotate = graphql(`
  mutation WhRotate($id: ID!) {
    rotateWebhookEndpointSecret(id: $id) {
      __typename
      ... on Error { code message }
      ... on MutationRotateWebhookEndpointSecretSuccess { data { secret endpoint { id secretRotatedAt previousSecretExpiresAt } } }
    }
  }
`);
const Delete = graphql(`
  mutation WhDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } ... on MutationDeleteWebhookEndpointSuccess { data } } }
`);
const Endpoints = graphql(`
  query WhEndpoints {
    webhookEndpoints { id url description eventTypes active secretRotatedAt previousSecretExpiresAt createdAt updatedAt }
  }
`);
const Deliveries = graphql(`
  query WhDeliveries($endpointId: ID, $eventId: ID) {
    webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) {
      edges {
        node {
          id eventId eventType kind status attemptCount nextAttemptAt deliveredAt lastError
          endpoint { id url }
          attempts { number startedAt durationMs statusCode error responseBody }
        }
      }
    }
  }
`);
const SendTest = graphql(`
  mutation WhTest($endpointId: ID!) {
    sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code message path } ... on MutationSendTestWebhookSuccess { data { id kind eventType status } } }
  }
`);
const Replay = graphql(`
  mutation WhReplay($endpointId: ID!, $eventId: ID!) {
    replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) {
      __typename
      ... on Error { code message path }
      ... on MutationReplayWebhookEventSuccess { data { id kind eventId status } }
    }
  }
`);

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** What the README tells receivers to do: t and every v1 from the header, HMAC-SHA256 of `t.body`, constant-time compare, refuse old timestamps. */
function verify(headers: IncomingHttpHeaders, body: string, secret: string, toleranceSeconds = 300): boolean {
  const header = String(headers['webhook-signature'] ?? '');
  const parts = header.split(',').map((p) => p.split('='));
  const t = Number(parts.find(([k]) => k === 't')?.[1]);
  if (!Number.isInteger(t) || Math.abs(Date.now() / 1000 - t) > toleranceSeconds) return false;
  const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest();
  return parts
    .filter(([k]) => k === 'v1')
    .some(([, v]) => {
      const given = Buffer.from(v ?? '', 'hex');
      return given.length === expected.length && timingSafeEqual(given, expected);
    });
}

/** The database id inside a global id. */
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString('utf8').split(':')[1]!;

async function eventually<T>(probe: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('webhooks', () => {
  let receiver: Server;
  let base: string;
  const received: Received[] = [];
  let flaky = 0;
  let engine: RunEngine;
  let c: TestCompany;
  const undo: (() => void)[] = [];
  /** The redirecting and the never-answering receiver, and the one event both get (see beforeAll). */
  let early: { redirect: Awaited<ReturnType<typeof create>>; slow: Awaited<ReturnType<typeof create>>; event: { id: string } };

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (d: Buffer) => chunks.push(d));
      req.on('end', () => {
        const path = req.url ?? '/';
        received.push({ path, headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
        if (path.startsWith('/ok')) return res.writeHead(200).end('thanks');
        if (path.startsWith('/fail')) return res.writeHead(500).end(`boom ${'x'.repeat(10_000)}`);
        if (path.startsWith('/flaky')) return ++flaky <= 2 ? res.writeHead(503).end('later') : res.writeHead(204).end();
        if (path.startsWith('/redirect')) return res.writeHead(302, { location: `${base}/ok/redirected` }).end();
        if (path.startsWith('/slow')) return; // never answers
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    // Test hooks: local receivers allowed, retries 1 s apart (three attempts), a short deadline.
    undo.push(configureWebhooks({ allowLocalUrls: true, retryDelaysSeconds: [1, 1], timeoutMs: 1_500 }));
    // As the server wires it in src/start.ts.
    undo.push(installWebhooks(h.integrations));
    h.integrations.webhookDelivery = attemptDelivery;
    engine = createRunEngine(h.integrations, { url: h.db.url, work: true, pollingIntervalSeconds: 0.5 });
    await engine.start();
    c = await h.company();
    // The receivers of "redirects are not followed and a receiver that never answers times out"
    // get their event now: the silent one's three attempts (the 1.5 s deadline each, 1 s apart)
    // take about 7 s, spent while the tests before that one run. Only these two endpoints want
    // connection.paused, which no other test here records, so no other test's deliveries change.
    const redirect = await create(`${base}/redirect`, { eventTypes: ['connection.paused'] });
    const slow = await create(`${base}/slow`, { eventTypes: ['connection.paused'] });
    const event = await db().$transaction((tx) =>
      recordEvent(tx, {
        type: 'connection.paused',
        entityType: 'Connection',
        entityId: 'conn-4',
        data: { connectionId: 'conn-4', connector: 'fortnox', reason: 'test' },
      }),
    );
    early = { redirect, slow, event };
  });
  afterAll(async () => {
    await engine?.stop({ timeoutMs: 5_000 });
    for (const u of undo.reverse()) u();
    receiver.closeAllConnections();
    await new Promise<void>((r) => receiver.close(() => r()));
  });

  const create = async (url: string, extra: { eventTypes?: string[]; description?: string } = {}) => {
    const r = (await h.data(Create, { input: { url, ...extra } }, c.adminToken)).createWebhookEndpoint;
    if (r.__typename !== 'MutationCreateWebhookEndpointSuccess') throw new Error(JSON.stringify(r));
    return r.data;
  };
  const db = () => createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'TEST' });
  const emit = (entityId: string) =>
    db().$transaction((tx) =>
      recordEvent(tx, {
        type: 'invoice.paid',
        entityType: 'Invoice',
        entityId,
        data: { invoiceId: entityId, number: 7, paidDate: '2026-12-06', amount: '1250.00', source: 'payment', connectionId: null },
      }),
    );
  const deliveriesOf = async (endpointId: string) =>
    (await h.data(Deliveries, { endpointId, eventId: null }, c.adminToken)).webhookDeliveries.edges.map((e) => e.node);
  const settledDelivery = (endpointId: string, eventId: string) =>
    eventually(async () => (await deliveriesOf(endpointId)).find((d) => d.eventId === eventId && d.status !== 'PENDING'));

  it('a receiver gets the signed event; the secret is shown once and stored encrypted', async () => {
    const ep = await create(`${base}/ok/1`, { eventTypes: ['invoice.paid'] });
    expect(ep.secret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/);
    const stored = await db().webhookEndpoint.findUniqueOrThrow({
      where: { id: (await db().webhookEndpoint.findFirstOrThrow({ where: { url: `${base}/ok/1` } })).id },
    });
    expect(stored.secret).not.toContain(ep.secret);
    expect(stored.secret).not.toContain(ep.secret.slice(6));

    const event = await emit('inv-1');
    const d = await settledDelivery(ep.endpoint.id, event.id);
    expect(d).toMatchObject({ status: 'SUCCEEDED', kind: 'EVENT', eventType: 'invoice.paid', attemptCount: 1, lastError: null });
    expect(d.attempts).toMatchObject([{ number: 1, statusCode: 200, error: null, responseBody: 'thanks' }]);

    const got = received.filter((r) => r.path === '/ok/1');
    expect(got).toHaveLength(1);
    const r = got[0]!;
    expect(verify(r.headers, r.body, ep.secret)).toBe(true);
    expect(verify(r.headers, r.body, 'whsec_wrong')).toBe(false);
    expect(verify(r.headers, r.body.replace('1250.00', '9999.00'), ep.secret)).toBe(false);
    expect(r.headers['content-type']).toBe('application/json');
    expect(r.headers['webhook-id']).toBe(event.id);
    expect(Number(r.headers['webhook-timestamp'])).toBeCloseTo(Date.now() / 1000, -2);
    expect(JSON.parse(r.body)).toEqual({
      id: event.id,
      type: 'invoice.paid',
      createdAt: event.occurredAt.toISOString(),
      companyId: c.companyId,
      data: { invoiceId: 'inv-1', number: 7, paidDate: '2026-12-06', amount: '1250.00', source: 'payment', connectionId: null },
    });

    // Never again in any answer: the endpoint list, the deliveries.
    const listed = JSON.stringify(await h.data(Endpoints, {}, c.adminToken)) + JSON.stringify(await deliveriesOf(ep.endpoint.id));
    expect(listed).not.toContain(ep.secret);
    expect(listed).not.toContain(stored.secret);
  });

  it('a failing receiver gets retries on the schedule, every attempt listed, then FAILED', async () => {
    const ep = await create(`${base}/fail`, { eventTypes: ['invoice.paid'] });
    const event = await emit('inv-2');
    const d = await settledDelivery(ep.endpoint.id, event.id);
    expect(d).toMatchObject({ status: 'FAILED', attemptCount: 3, nextAttemptAt: null, deliveredAt: null, lastError: 'HTTP 500' });
    expect(d.attempts.map((a) => [a.number, a.statusCode, a.error])).toEqual([
      [1, 500, 'HTTP 500'],
      [2, 500, 'HTTP 500'],
      [3, 500, 'HTTP 500'],
    ]);
    // The response is kept bounded: its first 4 KB.
    expect(d.attempts[0]!.responseBody!.length).toBe(4096);
    expect(d.attempts[0]!.responseBody!.startsWith('boom x')).toBe(true);
    // About a second between attempts (the schedule the test set), not all at once.
    const starts = d.attempts.map((a) => Date.parse(a.startedAt));
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(900);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(900);
    expect(received.filter((r) => r.path === '/fail')).toHaveLength(3);
    // Listed per event too.
    const byEvent = (await h.data(Deliveries, { endpointId: null, eventId: event.id }, c.adminToken)).webhookDeliveries.edges.map((e) => e.node.endpoint.url);
    expect(byEvent.sort()).toEqual([`${base}/fail`, `${base}/ok/1`]);
  });

  it('a receiver failing twice gets the event on the third attempt', async () => {
    const ep = await create(`${base}/flaky`, { eventTypes: ['invoice.paid'] });
    const event = await emit('inv-3');
    const d = await settledDelivery(ep.endpoint.id, event.id);
    expect(d.status).toBe('SUCCEEDED');
    expect(d.attempts.map((a) => a.statusCode)).toEqual([503, 503, 204]);
    expect(d.deliveredAt).not.toBeNull();
  });

  it('redirects are not followed and a receiver that never answers times out; both are failed attempts', async () => {
    const { redirect, slow, event } = early;
    const r = await settledDelivery(redirect.endpoint.id, event.id);
    expect(r.attempts[0]).toMatchObject({ statusCode: 302, error: 'HTTP 302 (redirects are not followed)' });
    expect(received.some((x) => x.path === '/ok/redirected')).toBe(false);
    const s = await settledDelivery(slow.endpoint.id, event.id);
    expect(s.attempts[0]).toMatchObject({ statusCode: null, error: 'No answer within 1500 ms.' });
    expect(s.attempts[0]!.durationMs).toBeGreaterThanOrEqual(1400);
    for (const ep of [redirect, slow, ...(await h.data(Endpoints, {}, c.adminToken)).webhookEndpoints.filter((e) => /fail|flaky/.test(e.url))])
      await h.data(Update, { input: { id: 'endpoint' in ep ? ep.endpoint.id : ep.id, active: false } }, c.adminToken);
  });

  it('a test delivery goes to the one endpoint asked for; a replay sends an event again', async () => {
    const a = await create(`${base}/ok/test-a`);
    const b = await create(`${base}/ok/test-b`);
    const t = (await h.data(SendTest, { endpointId: a.endpoint.id }, c.adminToken)).sendTestWebhook;
    if (t.__typename !== 'MutationSendTestWebhookSuccess') throw new Error(JSON.stringify(t));
    expect(t.data).toMatchObject({ kind: 'TEST', eventType: 'webhook.test', status: 'PENDING' });
    const td = await eventually(async () => (await deliveriesOf(a.endpoint.id)).find((d) => d.id === t.data.id && d.status === 'SUCCEEDED'));
    const got = received.filter((r) => r.path === '/ok/test-a');
    expect(got.map((r) => JSON.parse(r.body).type)).toEqual(['webhook.test']);
    expect(verify(got[0]!.headers, got[0]!.body, a.secret)).toBe(true);
    expect((await deliveriesOf(b.endpoint.id)).some((d) => d.eventId === td.eventId)).toBe(false);

    // Replay of an event b received: a new delivery with its own attempts; the same event id twice.
    const event = await emit('inv-5');
    const first = await settledDelivery(b.endpoint.id, event.id);
    const rp = (await h.data(Replay, { endpointId: b.endpoint.id, eventId: event.id }, c.adminToken)).replayWebhookEvent;
    if (rp.__typename !== 'MutationReplayWebhookEventSuccess') throw new Error(JSON.stringify(rp));
    expect(rp.data).toMatchObject({ kind: 'REPLAY', eventId: event.id });
    const replayed = await eventually(async () => (await deliveriesOf(b.endpoint.id)).find((d) => d.id === rp.data.id && d.status === 'SUCCEEDED'));
    expect(replayed.id).not.toBe(first.id);
    expect(replayed.attempts).toHaveLength(1);
    const bodies = received.filter((r) => r.path === '/ok/test-b' && JSON.parse(r.body).id === event.id);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]!.body).toBe(bodies[1]!.body);

    // Refusals name the field: an unknown event, a malformed id, an inactive endpoint.
    const unknown = (await h.data(Replay, { endpointId: b.endpoint.id, eventId: '00000000-0000-4000-8000-000000000000' }, c.adminToken)).replayWebhookEvent;
    expect(unknown).toMatchObject({ __typename: 'NotFoundError', path: 'eventId' });
    const malformed = (await h.data(Replay, { endpointId: b.endpoint.id, eventId: 'x' }, c.adminToken)).replayWebhookEvent;
    expect(malformed).toMatchObject({ __typename: 'ValidationError', path: 'eventId' });
    await h.data(Update, { input: { id: b.endpoint.id, active: false } }, c.adminToken);
    const inactive = (await h.data(SendTest, { endpointId: b.endpoint.id }, c.adminToken)).sendTestWebhook;
    expect(inactive).toMatchObject({ __typename: 'ConflictError', code: 'INACTIVE', path: 'endpointId' });
    await h.data(Update, { input: { id: a.endpoint.id, active: false } }, c.adminToken);
  });

  it('after a rotation deliveries carry both signatures; the new secret is shown once', async () => {
    const ep = await create(`${base}/ok/rotate`);
    const r = (await h.data(Rotate, { id: ep.endpoint.id }, c.adminToken)).rotateWebhookEndpointSecret;
    if (r.__typename !== 'MutationRotateWebhookEndpointSecretSuccess') throw new Error(JSON.stringify(r));
    expect(r.data.secret).not.toBe(ep.secret);
    const grace = Date.parse(r.data.endpoint.previousSecretExpiresAt!) - Date.parse(r.data.endpoint.secretRotatedAt!);
    expect(grace).toBe(24 * 3600 * 1000);
    const event = await emit('inv-6');
    await settledDelivery(ep.endpoint.id, event.id);
    const got = received.find((x) => x.path === '/ok/rotate' && JSON.parse(x.body).id === event.id)!;
    expect(String(got.headers['webhook-signature']).match(/v1=/g)).toHaveLength(2);
    expect(verify(got.headers, got.body, r.data.secret)).toBe(true);
    expect(verify(got.headers, got.body, ep.secret)).toBe(true);
    expect(JSON.stringify(await h.data(Endpoints, {}, c.adminToken))).not.toContain(r.data.secret);
    await h.data(Delete, { id: ep.endpoint.id }, c.adminToken);
  });

  it('an event recorded in a transaction that rolls back is never delivered', async () => {
    const ep = await create(`${base}/ok/rollback`);
    await expect(
      db().$transaction(async (tx) => {
        await recordEvent(tx, {
          type: 'import.finished',
          data: { kind: 'customers', mode: 'VALID_ROWS', fileName: 'rolled-back.xlsx', counts: { created: 1, updated: 0, refused: 0 } },
        });
        throw new Error('import refused');
      }),
    ).rejects.toThrow('import refused');
    // An event after it is delivered; by then the rolled-back one would have been too.
    const after = await emit('inv-7');
    await settledDelivery(ep.endpoint.id, after.id);
    await new Promise((r) => setTimeout(r, 1500));
    const bodies = received.filter((x) => x.path === '/ok/rollback').map((x) => JSON.parse(x.body));
    expect(bodies.map((b) => b.id)).toEqual([after.id]);
    expect(await db().webhookDelivery.count({ where: { endpointId: rawId(ep.endpoint.id) } })).toBe(1);
    await h.data(Delete, { id: ep.endpoint.id }, c.adminToken);
  });

  it('refuses URLs that are not https on a public address, naming the field', async () => {
    for (const url of [
      'http://hooks.example.com/in',
      'https://10.0.0.1/in',
      'https://169.254.169.254/latest',
      'https://[::ffff:192.168.1.1]/',
      'https://u:p@hooks.example.com/',
      'nope',
    ]) {
      const r = (await h.data(Create, { input: { url } }, c.adminToken)).createWebhookEndpoint;
      expect(r, url).toMatchObject({ __typename: 'ValidationError', path: 'input.url' });
    }
    const types = (await h.data(Create, { input: { url: 'https://hooks.example.com/in', eventTypes: ['invoice.paid', 'invoice.eaten'] } }, c.adminToken))
      .createWebhookEndpoint;
    expect(types).toMatchObject({ __typename: 'ValidationError', path: 'input.eventTypes.1' });
    // This machine only where the server allows it.
    const restore = configureWebhooks({ allowLocalUrls: false });
    try {
      const local = (await h.data(Create, { input: { url: `${base}/ok/x` } }, c.adminToken)).createWebhookEndpoint;
      expect(local).toMatchObject({ __typename: 'ValidationError', path: 'input.url' });
    } finally {
      restore();
    }
  });

  it('the address is checked again at delivery: an endpoint on a refused address gets nothing', async () => {
    const ep = await create(`${base}/ok/recheck`, { eventTypes: ['invoice.paid'] });
    const restore = configureWebhooks({ allowLocalUrls: false, retryDelaysSeconds: [] });
    try {
      const event = await emit('inv-8');
      const d = await settledDelivery(ep.endpoint.id, event.id);
      expect(d.status).toBe('FAILED');
      expect(d.attempts[0]!.statusCode).toBeNull();
      expect(d.attempts[0]!.error).toBe('Refused: The URL must start with https://.');
      expect(received.some((x) => x.path === '/ok/recheck')).toBe(false);
    } finally {
      restore();
      await h.data(Delete, { id: ep.endpoint.id }, c.adminToken);
    }
  });

  it('a name is checked on every address it resolves to, and the socket gets exactly the address checked', async () => {
    const look = (allow: boolean) =>
      new Promise<{ code?: string; address?: unknown }>((resolve) =>
        guardedLookup(allow)('localhost', {}, (err, address) => resolve(err ? { code: err.code } : { address })),
      );
    expect(await look(false)).toEqual({ code: 'WEBHOOK_ADDRESS_REFUSED' });
    expect(String((await look(true)).address)).toMatch(/^(127\.0\.0\.1|::1)$/);
  });

  it("another company's events never reach this company's endpoints", async () => {
    const ep = await create(`${base}/ok/tenant`);
    const other = await h.company();
    const otherDb = createTenantDb(h.prisma, { companyId: other.companyId, userId: null, signature: 'TEST' });
    const foreign = await recordEvent(otherDb, {
      type: 'import.finished',
      data: { kind: 'bankgiro-payments', mode: 'COMMIT', fileName: 'other.txt', counts: { created: 0, updated: 1, refused: 0 } },
    });
    const own = await emit('inv-9');
    await settledDelivery(ep.endpoint.id, own.id);
    expect(received.filter((x) => x.path === '/ok/tenant').map((x) => JSON.parse(x.body).id)).toEqual([own.id]);
    expect(await otherDb.webhookDelivery.count()).toBe(0);
    // Nor can it replay another company's event to its endpoint.
    const r = (await h.data(Replay, { endpointId: ep.endpoint.id, eventId: foreign.id }, c.adminToken)).replayWebhookEvent;
    expect(r).toMatchObject({ __typename: 'NotFoundError', path: 'eventId' });
  });
});
