// GraphQL subscriptions over server-sent events, read as a browser's fetch reads them: a run's
// progress for a run started through the API, the company's events (tenant isolation, the
// permissions per kind, resuming with `after`), an event of a rolled-back transaction never
// delivered, a lower seq committed late still delivered (PostgreSQL), the credentials checked
// again during a stream, the limits (subscriptions per token, a slow consumer) and shutdown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineConnector, defineFlow } from '@nordic-invoicing/connector-sdk';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createApp, type App } from '../../src/app.js';
import { sqlReaderOf } from '../../src/db/client.js';
import { createTenantDb, scoped, type TenantClient } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { createLiveHub, type LiveHub } from '../../src/live/hub.js';
import { recordEvent } from '../../src/modules/events/index.js';

// A connector whose first flow creates two entities and whose second fails one.
const progress = defineConnector({
  id: 'progress-test',
  name: 'Progress test connector',
  version: '0.0.1',
  settings: z.object({}),
  credentials: { kind: 'api_key' },
  http: () => ({ baseUrl: 'http://127.0.0.1:9', auth: { kind: 'none' } }),
  check: async () => ({ ok: true, message: 'ok' }),
  flows: [
    defineFlow({
      id: 'customers',
      direction: 'export',
      entity: 'customer',
      base: true,
      description: 'Counts two created.',
      run: async (ctx) => {
        ctx.count('created', 2);
      },
    }),
    defineFlow({
      id: 'invoices',
      direction: 'export',
      entity: 'invoice',
      base: true,
      description: 'Reports one failure.',
      run: async (ctx) => {
        ctx.count('updated');
        ctx.reportError({ type: 'invoice', reference: 'Invoice 7' }, 'refused by the remote system');
      },
    }),
  ],
});

const h = useHarness({ connectors: [progress] });
const postgres = process.env.TEST_DATABASE_URL !== undefined;

let hub: LiveHub;
let app: App;
let a: TestCompany;
let b: TestCompany;

/** An app with its own reader: fast polling (LISTEN on PostgreSQL), credentials checked every 300 ms, small limits. */
function liveApp(hubOpts: Partial<Parameters<typeof createLiveHub>[0]> = {}, recheckMs = 300): { app: App; hub: LiveHub } {
  const liveHub = createLiveHub({
    read: sqlReaderOf(h.prisma),
    listenUrl: postgres ? h.db.url : null,
    pollMs: 100,
    maxPerKey: 3,
    ...hubOpts,
  });
  return { hub: liveHub, app: createApp({ prisma: h.prisma, logErrors: false, integrations: h.integrations, live: { hub: liveHub, recheckMs } }) };
}

beforeAll(async () => {
  ({ app, hub } = liveApp());
  a = await h.company('Live A');
  b = await h.company('Live B');
});

afterAll(async () => {
  await hub.stop();
});

interface Message {
  data?: Record<string, Record<string, unknown> | null> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A subscription read as its server-sent events arrive. */
interface Stream {
  status: number;
  messages: Message[];
  /** The stream has ended (the server completed it or closed it). */
  readonly ended: boolean;
  /** Waits until `pred` holds for the messages so far (or the stream ends, or `timeoutMs`). */
  until(pred: (m: Message[]) => boolean, timeoutMs?: number): Promise<Message[]>;
  /** Waits for the end of the stream. */
  end(timeoutMs?: number): Promise<Message[]>;
  close(): void;
}

async function subscribe(query: string, variables: Record<string, unknown>, token: string | null, opts: { read?: boolean; on?: App } = {}): Promise<Stream> {
  const abort = new AbortController();
  const res = await (opts.on ?? app).fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const messages: Message[] = [];
  let ended = false;
  let reading = false;
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const pump = async () => {
    let buffer = '';
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        for (let i = buffer.indexOf('\n\n'); i >= 0; i = buffer.indexOf('\n\n')) {
          const block = buffer.slice(0, i);
          buffer = buffer.slice(i + 2);
          const data = block
            .split('\n')
            .filter((l) => l.startsWith('data:'))
            .map((l) => l.slice(5).trim())
            .join('');
          if (data) messages.push(JSON.parse(data) as Message);
        }
      }
    } catch {
      // closed by us
    } finally {
      ended = true;
    }
  };
  const start = () => {
    if (reading) return;
    reading = true;
    void pump();
  };
  if (opts.read !== false) start();
  const stream: Stream = {
    status: res.status,
    messages,
    get ended() {
      return ended;
    },
    async until(pred, timeoutMs = 15_000) {
      start();
      const until = Date.now() + timeoutMs;
      while (!pred(messages) && !ended && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return messages;
    },
    async end(timeoutMs = 15_000) {
      start();
      const until = Date.now() + timeoutMs;
      while (!ended && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
      return messages;
    },
    close() {
      abort.abort();
      void reader.cancel().catch(() => undefined);
    },
  };
  return stream;
}

const COMPANY_EVENTS = `subscription Events($types: [String!], $after: String) {
  companyEvents(types: $types, after: $after) { id seq resumeAfter type entityType entityId data occurredAt }
}`;
const RUN_PROGRESS = `subscription Progress($runId: ID!) {
  runProgress(runId: $runId) { kind seq flowId status failures counts error data }
}`;

const eventsOf = (ms: Message[]) =>
  ms
    .filter((m) => m.data?.companyEvents)
    .map((m) => m.data!.companyEvents as { id: string; seq: string; resumeAfter: string; type: string; data: Record<string, unknown> });
const codesOf = (ms: Message[]) => ms.flatMap((m) => m.errors ?? []).map((e) => e.extensions?.code);

const dbOf = (c: TestCompany) => createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'TEST' });

/** Records an event for the company in a transaction of its own (committed). */
async function record(c: TestCompany, type: 'invoice.paid' | 'connection.paused' | 'webhook.test', marker: string) {
  return dbOf(c).$transaction((tx: TenantClient) => recordTest(tx, type, marker));
}

function recordTest(tx: TenantClient, type: 'invoice.paid' | 'connection.paused' | 'webhook.test', marker: string) {
  if (type === 'invoice.paid')
    return recordEvent(tx, {
      type,
      entityType: 'Invoice',
      entityId: null,
      data: { invoiceId: marker, number: 1, paidDate: '2026-12-06', amount: '100.00', source: 'payment', connectionId: null },
    });
  if (type === 'connection.paused')
    return recordEvent(tx, { type, entityType: 'Connection', entityId: null, data: { connectionId: marker, connector: 'x', reason: 'test' } });
  return recordEvent(tx, { type, data: { endpointId: marker, message: 'test' } });
}

describe('runProgress', () => {
  it('follows a run started through the API: started, each flow with its counts and failures, finished; then the stream ends', async () => {
    const connection = await dbOf(a).connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: 'progress-test', name: 'Progress', settings: {} }),
    });
    const started = await app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${a.adminToken}` },
      body: JSON.stringify({
        query: 'mutation Run($id: ID!) { runConnection(id: $id) { __typename ... on MutationRunConnectionSuccess { data { id status } } } }',
        variables: { id: encodeGlobalID('Connection', connection.id) },
      }),
    });
    const run = ((await started.json()) as { data: { runConnection: { data: { id: string } } } }).data.runConnection.data;
    const s = await subscribe(RUN_PROGRESS, { runId: run.id }, a.adminToken);
    expect(s.status).toBe(200);
    const messages = await s.end(30_000);
    expect(s.ended).toBe(true);
    const steps = messages.map(
      (m) =>
        m.data?.runProgress as { kind: string; flowId: string | null; status: string | null; failures: number | null; counts: Record<string, number> | null },
    );
    expect(steps.map((p) => p.kind)).toEqual(['STARTED', 'FLOW_FINISHED', 'FLOW_FINISHED', 'FINISHED']);
    expect(steps[1]).toMatchObject({ flowId: 'customers', status: 'SUCCEEDED', failures: 0, counts: { created: 2 } });
    expect(steps[2]).toMatchObject({ flowId: 'invoices', status: 'PARTIAL', failures: 1, counts: { updated: 1, failed: 1 } });
    expect(steps[3]!.status).toBe('PARTIAL');

    // Another company's admin: NOT_FOUND, nothing of the run.
    const other = await subscribe(RUN_PROGRESS, { runId: run.id }, b.adminToken);
    const refused = await other.end();
    expect(codesOf(refused)).toContain('NOT_FOUND');
    expect(JSON.stringify(refused)).not.toContain('customers');
    // Without ADMIN_INTEGRATIONS: FORBIDDEN.
    const viewer = await h.user(a.companyId, ['INVOICE_VIEW']);
    expect(codesOf(await (await subscribe(RUN_PROGRESS, { runId: run.id }, viewer.token)).end())).toContain('FORBIDDEN');
  });
});

describe('companyEvents', () => {
  it('requires a token', async () => {
    const s = await subscribe(COMPANY_EVENTS, {}, null);
    expect(codesOf(await s.end())).toContain('UNAUTHENTICATED');
  });

  it("delivers the company's events as they are recorded and never another company's", async () => {
    const s = await subscribe(COMPANY_EVENTS, {}, a.adminToken);
    // Subscribed once the first event of the company arrives.
    await expect.poll(() => hub.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await record(b, 'invoice.paid', 'b-secret-1');
    const mine = await record(a, 'invoice.paid', 'a-1');
    await record(b, 'connection.paused', 'b-secret-2');
    const mine2 = await record(a, 'connection.paused', 'a-2');
    const messages = await s.until((m) => eventsOf(m).length >= 2);
    s.close();
    expect(eventsOf(messages).map((e) => e.id)).toEqual([mine.id, mine2.id]);
    expect(JSON.stringify(messages)).not.toContain('b-secret');
    expect(JSON.stringify(messages)).not.toContain(b.companyId);

    // Resumed from before both: the company's past first (B's left out), then the present.
    const before = (BigInt(mine.seq) - 1n).toString();
    const resumed = await subscribe(COMPANY_EVENTS, { after: before }, a.adminToken);
    const later = await record(a, 'webhook.test', 'a-3');
    const all = await resumed.until((m) => eventsOf(m).length >= 3);
    resumed.close();
    expect(eventsOf(all).map((e) => e.id)).toEqual([mine.id, mine2.id, later.id]);
    expect(JSON.stringify(all)).not.toContain('b-secret');
    // Each resume point is at least the seq before the event and at most the event's seq.
    for (const e of eventsOf(all)) expect(BigInt(e.resumeAfter) <= BigInt(e.seq)).toBe(true);
  });

  it("every instance's reader delivers every event, whichever instance recorded it", async () => {
    const second = liveApp();
    try {
      const here = await subscribe(COMPANY_EVENTS, {}, a.adminToken);
      const there = await subscribe(COMPANY_EVENTS, {}, a.adminToken, { on: second.app });
      await expect.poll(() => hub.count() > 0 && second.hub.count() > 0, { timeout: 10_000 }).toBe(true);
      const e = await record(a, 'connection.paused', 'both-instances');
      const [mine, theirs] = await Promise.all([
        here.until((m) => eventsOf(m).some((x) => x.id === e.id)),
        there.until((m) => eventsOf(m).some((x) => x.id === e.id)),
      ]);
      here.close();
      there.close();
      expect(eventsOf(mine).map((x) => x.id)).toContain(e.id);
      expect(eventsOf(theirs).map((x) => x.id)).toContain(e.id);
    } finally {
      await second.hub.stop();
    }
  });

  it('filters by type and shows each event only to users whose permissions allow its kind', async () => {
    const invoices = await h.user(a.companyId, ['INVOICE_VIEW']);
    const viewer = await subscribe(COMPANY_EVENTS, {}, invoices.token);
    const typed = await subscribe(COMPANY_EVENTS, { types: ['connection.paused'] }, a.adminToken);
    await expect.poll(() => hub.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    await record(a, 'connection.paused', 'a-paused');
    await record(a, 'invoice.paid', 'a-paid');
    const seen = await viewer.until((m) => eventsOf(m).length >= 1);
    const seenTyped = await typed.until((m) => eventsOf(m).length >= 1);
    await new Promise((r) => setTimeout(r, 500));
    viewer.close();
    typed.close();
    expect(eventsOf(seen).map((e) => e.type)).toEqual(['invoice.paid']);
    expect(eventsOf(seenTyped).map((e) => e.type)).toEqual(['connection.paused']);
    // An unknown type names the argument.
    const bad = await (await subscribe(COMPANY_EVENTS, { types: ['invoice.nope'] }, a.adminToken)).end();
    expect(bad[0]!.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'types' } });
    const badAfter = await (await subscribe(COMPANY_EVENTS, { after: '-1' }, a.adminToken)).end();
    expect(badAfter[0]!.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('never delivers an event whose transaction was rolled back', async () => {
    const s = await subscribe(COMPANY_EVENTS, {}, a.adminToken);
    await expect.poll(() => hub.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect(
      dbOf(a).$transaction(async (tx: TenantClient) => {
        await recordTest(tx, 'invoice.paid', 'rolled-back');
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await record(a, 'invoice.paid', 'committed');
    const messages = await s.until((m) => eventsOf(m).some((e) => e.id === after.id));
    // The rolled-back number is settled once its transaction has ended; a moment more changes nothing.
    await new Promise((r) => setTimeout(r, 2_500));
    s.close();
    expect(JSON.stringify(messages)).toContain('committed');
    expect(JSON.stringify(messages)).not.toContain('rolled-back');
  });

  it.runIf(postgres)('delivers an event whose transaction committed after one with a higher seq (PostgreSQL)', async () => {
    const s = await subscribe(COMPANY_EVENTS, {}, a.adminToken);
    await expect.poll(() => hub.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    let releaseSlow!: () => void;
    const slowMayCommit = new Promise<void>((r) => {
      releaseSlow = r;
    });
    let slowRecorded!: (seq: bigint) => void;
    const slowSeq = new Promise<bigint>((r) => {
      slowRecorded = r;
    });
    // The slow transaction takes its seq first and commits last.
    const slow = dbOf(a).$transaction(async (tx: TenantClient) => {
      const e = await recordTest(tx, 'invoice.paid', 'slow-lower-seq');
      slowRecorded(e.seq);
      await slowMayCommit;
      return e;
    });
    const lower = await slowSeq;
    const fast = await record(a, 'invoice.paid', 'fast-higher-seq');
    expect(fast.seq > lower).toBe(true);
    const first = await s.until((m) => eventsOf(m).some((e) => e.id === fast.id));
    // The higher seq arrives first, with a resume point below the number still open.
    const fastEvent = eventsOf(first).find((e) => e.id === fast.id)!;
    expect(BigInt(fastEvent.resumeAfter) < lower).toBe(true);
    // Open for longer than the reader's grace period: only the transaction still running keeps its number open.
    await new Promise((r) => setTimeout(r, 3_000));
    releaseSlow();
    const committed = await slow;
    const all = await s.until((m) => eventsOf(m).some((e) => e.id === committed.id));
    s.close();
    const ids = eventsOf(all).map((e) => e.id);
    expect(ids).toContain(committed.id);
    expect(ids.indexOf(committed.id)).toBeGreaterThan(ids.indexOf(fast.id));
    // Each once.
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('a long-lived stream', () => {
  it('ends with UNAUTHENTICATED soon after its token is revoked', async () => {
    const user = await h.user(a.companyId, ['INVOICE_VIEW']);
    const s = await subscribe(COMPANY_EVENTS, {}, user.token);
    await expect.poll(() => hub.count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await h.prisma.apiToken.updateMany({ where: { userId: user.userId }, data: { revokedAt: new Date() } });
    const revokedAt = Date.now();
    const messages = await s.end(10_000);
    expect(s.ended).toBe(true);
    expect(Date.now() - revokedAt).toBeLessThan(5_000);
    expect(codesOf(messages)).toContain('UNAUTHENTICATED');
  });

  it('refuses more subscriptions per token than the limit', async () => {
    const user = await h.user(a.companyId, ['INVOICE_VIEW']);
    const open = [];
    for (let i = 0; i < 3; i++) open.push(await subscribe(COMPANY_EVENTS, {}, user.token));
    await expect.poll(() => hub.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    const refused = await (await subscribe(COMPANY_EVENTS, {}, user.token)).end();
    expect(codesOf(refused)).toContain('BUSY');
    for (const s of open) s.close();
    // Closing a stream gives its place back.
    await expect.poll(() => hub.count(), { timeout: 10_000 }).toBe(0);
    const again = await subscribe(COMPANY_EVENTS, {}, user.token);
    await expect.poll(() => hub.count(), { timeout: 10_000 }).toBe(1);
    again.close();
  });

  it('a consumer that falls behind gets STREAM_ENDED telling it to resume, and the server keeps no more than its buffer', async () => {
    const small = liveApp({ bufferSize: 3 });
    try {
      const s = await subscribe(COMPANY_EVENTS, {}, a.adminToken, { read: false, on: small.app });
      await expect.poll(() => small.hub.count(), { timeout: 10_000 }).toBe(1);
      for (let i = 0; i < 12; i++) await record(a, 'invoice.paid', `burst-${i}`);
      await expect.poll(() => small.hub.count(), { timeout: 10_000 }).toBe(0);
      const messages = await s.end();
      const ended = messages.at(-1)!;
      expect(ended.errors?.[0]?.extensions?.code).toBe('STREAM_ENDED');
      expect(ended.errors?.[0]?.message).toMatch(/after/);
      expect(eventsOf(messages).length).toBeLessThan(12);
    } finally {
      await small.hub.stop();
    }
  });

  it('shutdown ends every stream with STREAM_ENDED and refuses new ones', async () => {
    const other = liveApp();
    const s = await subscribe(COMPANY_EVENTS, {}, a.adminToken, { on: other.app });
    await expect.poll(() => other.hub.count(), { timeout: 10_000 }).toBe(1);
    await other.hub.stop();
    const messages = await s.end(5_000);
    expect(s.ended).toBe(true);
    expect(codesOf(messages)).toContain('STREAM_ENDED');
    expect(codesOf(await (await subscribe(COMPANY_EVENTS, {}, a.adminToken, { on: other.app })).end())).toContain('STREAM_ENDED');
  });
});
