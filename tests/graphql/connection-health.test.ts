// Connection health through GraphQL, with the template connector against its fake server (real
// HTTP) and e-mails on a real local SMTP server: failing runs in a row pause the connection with
// one e-mail, a paused connection refuses scheduled runs but runs manual ones, resume clears the
// pause; PARTIAL runs and dry runs do not count.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { graphql } from '../gql/index.js';
import { followRun } from '../helpers/runs.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { startTemplateFake, type TemplateFake } from '../../connectors/template/fake/server.js';
import { smtpNotifier } from '../../src/integration/runtime/notifier.js';
import { readMessage } from '../../src/scripts/mail-sink.js';
import { assembleRuntime } from '../../src/integration/runtime/run.js';
import { memoryRunLocks } from '../../src/integration/runtime/locks.js';
import { createRunEngine, RUN_QUEUE } from '../../src/integration/runtime/engine.js';

const h = useHarness();

const CreateConnection = graphql(`
  mutation HealthCreateConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      __typename
      ... on MutationCreateConnectionSuccess { data { id pauseAfterFailures health { consecutiveFailures paused lastRunStatus } } }
      ... on ValidationError { issues { path code message } }
      ... on Error { message code }
    }
  }
`);
const UpdateConnection = graphql(`
  mutation HealthUpdateConnection($input: UpdateConnectionInput!) {
    updateConnection(input: $input) {
      __typename
      ... on MutationUpdateConnectionSuccess { data { id pauseAfterFailures } }
      ... on ValidationError { issues { path code message } }
      ... on Error { message code }
    }
  }
`);
const Health = graphql(`
  query HealthOfConnection($id: ID!) {
    node(id: $id) {
      ... on Connection {
        health { lastRunStatus lastRunAt consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt }
      }
    }
  }
`);
const RunNow = graphql(`
  mutation HealthRun($id: ID!, $dryRun: Boolean) {
    runConnection(id: $id, dryRun: $dryRun) {
      __typename
      ... on MutationRunConnectionSuccess { data { id status dryRun notification } }
      ... on Error { message code }
    }
  }
`);
const Resume = graphql(`
  mutation HealthResume($id: ID!) {
    resumeConnection(id: $id) {
      __typename
      ... on MutationResumeConnectionSuccess { data { id health { consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt } } }
      ... on Error { message code }
    }
  }
`);

type HealthView = {
  lastRunStatus: string | null;
  lastRunAt: string | null;
  consecutiveFailures: number;
  paused: boolean;
  pausedAt: string | null;
  pausedReason: string | null;
  nextScheduledRunAt: string | null;
};

let company: TestCompany;
let fake: TemplateFake;
let smtp: SMTPServer;
const mail: { to: string[]; raw: string }[] = [];
const KEY = 'health-key-123';
const idOf = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1]!;

beforeAll(async () => {
  company = await h.company();
  fake = await startTemplateFake({ apiKey: KEY });
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('utf8')));
      stream.on('end', () => {
        mail.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  h.integrations.notifier = smtpNotifier(`smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`, 'Integrations <int@example.com>');
  h.integrations.schedule = '0,30 * * * *';
});
afterAll(async () => {
  await fake.close();
  await new Promise<void>((r) => smtp.close(() => r()));
});
beforeEach(() => {
  fake.clearFailures();
  mail.length = 0;
});

/** A connection of the template connector; with a wrong API key every run fails (401). */
async function connection(name: string, o: { apiKey?: string; pauseAfterFailures?: number } = {}) {
  const r = (
    await h.data(
      CreateConnection,
      {
        input: {
          connectorId: 'template',
          name,
          sandbox: true,
          settings: { baseUrl: fake.url },
          credentials: { apiKey: o.apiKey ?? 'wrong-key' },
          notificationEmails: ['finance@example.com'],
          pauseAfterFailures: o.pauseAfterFailures,
        },
      },
      company.adminToken,
    )
  ).createConnection;
  if (r.__typename !== 'MutationCreateConnectionSuccess') throw new Error(JSON.stringify(r));
  return r.data;
}

async function health(gid: string): Promise<HealthView> {
  return ((await h.data(Health, { id: gid }, company.adminToken)).node as { health: HealthView }).health;
}

const scheduled = (gid: string) => h.integrations.run({ companyId: company.companyId, connectionId: idOf(gid), trigger: 'SCHEDULE' });

async function manual(gid: string, dryRun = false) {
  const r = (await h.data(RunNow, { id: gid, dryRun }, company.adminToken)).runConnection;
  if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
  return followRun(h, r.data.id, company.adminToken);
}

const subjects = () => mail.map((m) => readMessage(m.raw).subject);
const pauseMails = () => subjects().filter((s) => s.includes('är pausad'));

describe('connection health', () => {
  it('a new connection has a clean health and the default threshold of 5', async () => {
    const c = await connection('Fresh');
    expect(c.pauseAfterFailures).toBe(5);
    const hv = await health(c.id);
    expect(hv).toMatchObject({ lastRunStatus: null, lastRunAt: null, consecutiveFailures: 0, paused: false, pausedAt: null, pausedReason: null });
    // Every :00 and :30 (Stockholm time, whole half hours in UTC too), within the next half hour.
    const next = new Date(hv.nextScheduledRunAt!);
    expect(next.getUTCMinutes() % 30).toBe(0);
    expect(next.getTime() - Date.now()).toBeGreaterThan(0);
    expect(next.getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000);
  });

  it('refuses a threshold out of range, naming the field', async () => {
    const c = await connection('Threshold');
    for (const n of [-1, 101]) {
      const r = (await h.data(UpdateConnection, { input: { id: c.id, pauseAfterFailures: n } }, company.adminToken)).updateConnection;
      expect(r).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'pauseAfterFailures', code: 'out_of_range' }] });
    }
    const ok = (await h.data(UpdateConnection, { input: { id: c.id, pauseAfterFailures: 0 } }, company.adminToken)).updateConnection;
    expect(ok).toMatchObject({ data: { pauseAfterFailures: 0 } });
  });

  it('N failing runs in a row pause it with one e-mail; scheduled runs are refused, manual ones run; resume clears', async () => {
    const c = await connection('Broken', { pauseAfterFailures: 3 });
    for (const n of [1, 2]) {
      const r = await scheduled(c.id);
      expect(r).toMatchObject({ skipped: false, status: 'FAILED' });
      expect(await health(c.id)).toMatchObject({ lastRunStatus: 'FAILED', consecutiveFailures: n, paused: false });
    }
    // The failure e-mails of the failing runs say how close the pause is.
    expect(mail).toHaveLength(2);
    expect(readMessage(mail[1]!.raw).text).toContain('2 av 3 körningar i rad har misslyckats');

    const third = await scheduled(c.id);
    if (third.skipped) throw new Error('third run skipped');
    expect(third.status).toBe('FAILED');
    const paused = await health(c.id);
    expect(paused).toMatchObject({ lastRunStatus: 'FAILED', consecutiveFailures: 3, paused: true, nextScheduledRunAt: null });
    expect(paused.pausedReason).toMatch(/^3 runs in a row failed; the last: Flow \S+ stopped: .+\.$/);
    expect(new Date(paused.pausedAt!).getTime()).toBeGreaterThanOrEqual(new Date(paused.lastRunAt!).getTime());
    // The pausing run sends the pause e-mail instead of its failure e-mail.
    expect(mail).toHaveLength(3);
    expect(mail[2]!.to).toEqual(['finance@example.com']);
    const notice = readMessage(mail[2]!.raw);
    expect(notice.subject).toBe(`Integrationen med Ledger (template connector) är pausad (${await companyName()})`);
    expect(notice.text).toContain('"Broken"');
    expect(notice.text).toContain('3 körningar i rad har misslyckats');
    expect(notice.text).toContain('resumeConnection');
    const pausingRun = await h.prisma.connectorRun.findUniqueOrThrow({ where: { id: third.runId } });
    expect(pausingRun.notification).toBe('Paused; the pause e-mail was sent to finance@example.com.');

    // Scheduled runs are refused with the reason, and leave no run behind.
    const runs = await h.prisma.connectorRun.count({ where: { connectionId: idOf(c.id) } });
    const refused = await scheduled(c.id);
    expect(refused).toEqual({ skipped: true, code: 'CONNECTION_PAUSED', reason: expect.stringMatching(/^The connection is paused: 3 runs in a row failed/) });
    expect(await h.prisma.connectorRun.count({ where: { connectionId: idOf(c.id) } })).toBe(runs);

    // A manual run still runs (to test a fix); failing again sends no second pause e-mail.
    const tried = await manual(c.id);
    expect(tried.status).toBe('FAILED');
    expect(await health(c.id)).toMatchObject({ consecutiveFailures: 4, paused: true });
    expect(pauseMails()).toHaveLength(1);

    // Fixed; a successful manual run resets the count but the connection stays paused.
    await h.data(UpdateConnection, { input: { id: c.id, credentials: { apiKey: KEY } } }, company.adminToken);
    expect((await manual(c.id)).status).toBe('SUCCEEDED');
    expect(await health(c.id)).toMatchObject({ lastRunStatus: 'SUCCEEDED', consecutiveFailures: 0, paused: true });
    expect(await scheduled(c.id)).toMatchObject({ skipped: true, code: 'CONNECTION_PAUSED' });

    const resumed = (await h.data(Resume, { id: c.id }, company.adminToken)).resumeConnection;
    if (resumed.__typename !== 'MutationResumeConnectionSuccess') throw new Error(JSON.stringify(resumed));
    expect(resumed.data.health).toMatchObject({ consecutiveFailures: 0, paused: false, pausedAt: null, pausedReason: null });
    expect(resumed.data.health.nextScheduledRunAt).not.toBeNull();
    expect(await scheduled(c.id)).toMatchObject({ skipped: false, status: 'SUCCEEDED' });
    expect(pauseMails()).toHaveLength(1);
  });

  it('a PARTIAL run (some customers refused) resets the count instead of counting', async () => {
    const c = await connection('Partly', { pauseAfterFailures: 3 });
    await scheduled(c.id);
    await scheduled(c.id);
    expect(await health(c.id)).toMatchObject({ consecutiveFailures: 2 });

    await h.data(UpdateConnection, { input: { id: c.id, credentials: { apiKey: KEY } } }, company.adminToken);
    const db = createTenantDb(h.prisma, { companyId: company.companyId, userId: null, signature: 'T' });
    const auth = { actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'T' }, permissions: new Set(['CUSTOMER_CREATE'] as const) };
    const refusedId = await createCustomer(db, auth, { name: 'Refused AB', type: 'COMPANY' });
    const refused = (await db.customer.findUniqueOrThrow({ where: { id: refusedId } })).number;
    fake.fail({
      method: 'POST',
      path: '/customers',
      body: (b) => (b as { number?: string }).number === refused,
      status: 422,
      response: { error: { code: 'x', message: 'Organisation number is required by the ledger' } },
    });
    expect(await scheduled(c.id)).toMatchObject({ skipped: false, status: 'PARTIAL' });
    expect(await health(c.id)).toMatchObject({ lastRunStatus: 'PARTIAL', consecutiveFailures: 0, paused: false });

    await h.data(UpdateConnection, { input: { id: c.id, credentials: { apiKey: 'wrong-again' } } }, company.adminToken);
    await scheduled(c.id);
    await scheduled(c.id);
    expect(await health(c.id)).toMatchObject({ consecutiveFailures: 2, paused: false });
    expect(pauseMails()).toHaveLength(0);
  });

  it('a dry run neither counts, resets nor shows as the last run', async () => {
    const c = await connection('Dry', { pauseAfterFailures: 3 });
    await scheduled(c.id);
    await scheduled(c.id);
    const before = await health(c.id);
    expect(before).toMatchObject({ lastRunStatus: 'FAILED', consecutiveFailures: 2 });

    const dry = await manual(c.id, true);
    expect(dry).toMatchObject({ dryRun: true, status: 'FAILED' });
    expect(await health(c.id)).toEqual(before);

    await h.data(UpdateConnection, { input: { id: c.id, credentials: { apiKey: KEY } } }, company.adminToken);
    expect(await manual(c.id, true)).toMatchObject({ dryRun: true, status: 'SUCCEEDED' });
    expect(await health(c.id)).toEqual(before);
    expect(pauseMails()).toHaveLength(0);
  });

  it('a run this server stopped (shutdown) is the last run but neither counts nor resets', async () => {
    const c = await connection('Stopped', { pauseAfterFailures: 2 });
    await scheduled(c.id);
    expect(await health(c.id)).toMatchObject({ consecutiveFailures: 1 });
    h.integrations.stopping!.value = true;
    try {
      const r = await scheduled(c.id);
      expect(r).toMatchObject({ skipped: false, status: 'FAILED', error: 'The server was shutting down.' });
    } finally {
      h.integrations.stopping!.value = false;
    }
    expect(await health(c.id)).toMatchObject({ lastRunStatus: 'FAILED', consecutiveFailures: 1, paused: false });
    expect(pauseMails()).toHaveLength(0);
  });

  it('runs of different connections finishing at the same time each count', async () => {
    const a = await connection('Both A', { pauseAfterFailures: 2 });
    const b = await connection('Both B', { pauseAfterFailures: 2 });
    for (let i = 0; i < 2; i++) {
      const rs = await Promise.all([scheduled(a.id), scheduled(b.id)]);
      expect(rs).toMatchObject([
        { skipped: false, status: 'FAILED' },
        { skipped: false, status: 'FAILED' },
      ]);
    }
    expect(await health(a.id)).toMatchObject({ consecutiveFailures: 2, paused: true });
    expect(await health(b.id)).toMatchObject({ consecutiveFailures: 2, paused: true });
    expect(pauseMails()).toHaveLength(2);
  });

  it('0 never pauses', async () => {
    const c = await connection('Never', { pauseAfterFailures: 0 });
    for (let i = 0; i < 3; i++) expect(await scheduled(c.id)).toMatchObject({ skipped: false, status: 'FAILED' });
    expect(await health(c.id)).toMatchObject({ consecutiveFailures: 3, paused: false });
    expect(pauseMails()).toHaveLength(0);
  });

  it('through the run engine: the scheduled run job of a paused connection ends with the reason and records no run', async () => {
    const c = await connection('Engine', { pauseAfterFailures: 1 });
    await scheduled(c.id);
    expect(await health(c.id)).toMatchObject({ paused: true });
    const runs = await h.prisma.connectorRun.count({ where: { connectionId: idOf(c.id) } });
    // A runtime of its own (as another process would have), so stopping the engine leaves the harness' alone.
    const { run: _r, httpClient: _h, egress: _e, nextScheduledRunAt: _n, reaper: _p, ...parts } = h.integrations;
    const rt = assembleRuntime({ ...parts, locks: memoryRunLocks(), stopping: { value: false } });
    const engine = createRunEngine(rt, { url: h.db.url, work: true, pollingIntervalSeconds: 0.5 });
    await engine.start();
    try {
      expect(await engine.enqueueRun({ id: idOf(c.id), companyId: company.companyId }, 'SCHEDULE')).not.toBeNull();
      await expect
        .poll(async () => (await engine.boss.findJobs(RUN_QUEUE, { key: idOf(c.id) })).map((j) => [j.state, j.output]), { timeout: 20_000, interval: 100 })
        .toEqual([['completed', { skipped: expect.stringMatching(/^The connection is paused: A run failed; the last: Flow /) }]]);
    } finally {
      await engine.stop();
    }
    expect(await h.prisma.connectorRun.count({ where: { connectionId: idOf(c.id) } })).toBe(runs);
    expect(pauseMails()).toHaveLength(1);
  });

  it('resuming needs the integrations permission', async () => {
    const c = await connection('Guarded');
    const u = await h.user(company.companyId, ['CUSTOMER_VIEW']);
    const r = (await h.data(Resume, { id: c.id }, u.token)).resumeConnection;
    expect(r).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
  });
});

async function companyName() {
  return (await h.prisma.company.findUniqueOrThrow({ where: { id: company.companyId } })).name;
}
