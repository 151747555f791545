// Admin GraphQL for integrations and the runner around it, with the template connector against
// its fake server (real HTTP), failure e-mails on a real local SMTP server, the run lock, time
// limit, shutdown and crash recovery.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { graphql } from '../gql/index.js';
import type { IntRunResultQuery } from '../gql/graphql.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { startTemplateFake, type TemplateFake } from '../../connectors/template/fake/server.js';
import { defineConnector, defineFlow } from '@nordic-invoicing/connector-sdk';
import { formatStockholmTime, smtpNotifier } from '../../src/integration/runtime/notifier.js';
import { readMessage } from '../../src/scripts/mail-sink.js';
import { executeRun, lockKey, reclaimStaleRuns } from '../../src/integration/runtime/run.js';
import { postgresRunLocks } from '../../src/integration/runtime/locks.js';
import { createRunEngine } from '../../src/integration/runtime/engine.js';

// A connector whose flows take their time, for the time limit and shutdown.
const slowLog: string[] = [];
const slow = defineConnector({
  id: 'slow-test',
  name: 'Slow test connector',
  version: '0.0.1',
  settings: z.object({ delayMs: z.number().int().default(150) }),
  credentials: { kind: 'api_key' },
  http: () => ({ baseUrl: 'http://127.0.0.1:9', auth: { kind: 'none' } }),
  check: async () => ({ ok: true, message: 'ok' }),
  flows: [
    defineFlow<{ delayMs: number }>({
      id: 'first',
      direction: 'export',
      entity: 'customer',
      base: true,
      description: 'Waits, then counts one.',
      run: async (ctx) => {
        slowLog.push('first:start');
        for (let waited = 0; waited < ctx.settings.delayMs; waited += 10) {
          if (ctx.signal.aborted) throw ctx.signal.reason;
          await new Promise((r) => setTimeout(r, 10));
        }
        ctx.count('created');
        slowLog.push('first:end');
      },
    }),
    defineFlow({
      id: 'second',
      direction: 'export',
      entity: 'project',
      base: true,
      description: 'Counts one.',
      run: async (ctx) => {
        slowLog.push('second');
        ctx.count('created');
      },
    }),
  ],
});

const h = useHarness({ connectors: [slow] });

const Connectors = graphql(`
  query IntConnectors { connectors { id name version credentialKind settingsSchema flows { id direction entity base description } } }
`);
const CreateConnection = graphql(`
  mutation IntCreateConnection($input: CreateConnectionInput!) {
    createConnection(input: $input) {
      __typename
      ... on MutationCreateConnectionSuccess { data { id name hasCredentials settings enabledFlows notificationEmails flows { id base enabled } } }
      ... on ValidationError { message issues { path code message } }
      ... on Error { message code }
    }
  }
`);
const UpdateConnection = graphql(`
  mutation IntUpdateConnection($input: UpdateConnectionInput!) {
    updateConnection(input: $input) {
      __typename
      ... on MutationUpdateConnectionSuccess { data { id active notificationEmails hasCredentials } }
      ... on Error { message code }
    }
  }
`);
const SetFlow = graphql(`
  mutation IntSetFlow($id: ID!, $flowId: String!, $enabled: Boolean!) {
    setConnectionFlowEnabled(id: $id, flowId: $flowId, enabled: $enabled) {
      __typename
      ... on MutationSetConnectionFlowEnabledSuccess { data { enabledFlows flows { id enabled } } }
      ... on Error { message code }
    }
  }
`);
const Check = graphql(`
  mutation IntCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }
`);
const Run = graphql(`
  mutation IntRun($id: ID!, $flows: [String!], $dryRun: Boolean) {
    runConnection(id: $id, flows: $flows, dryRun: $dryRun) {
      __typename
      ... on MutationRunConnectionSuccess { data { id status queuedAt } }
      ... on Error { message code }
    }
  }
`);
const RunResult = graphql(`
  query IntRunResult($id: ID!) {
    node(id: $id) {
      ... on ConnectorRun {
        id status trigger dryRun error notification cancelledBy cancelRequestedAt
        flows { flowId status created updated unchanged skipped failed error }
        failures { id reference entityType message }
      }
    }
  }
`);
const Cancel = graphql(`
  mutation IntCancel($id: ID!) {
    cancelConnectorRun(id: $id) {
      __typename
      ... on MutationCancelConnectorRunSuccess { data { id status cancelledBy } }
      ... on Error { message code }
    }
  }
`);
type RunData = Extract<NonNullable<IntRunResultQuery['node']>, { id: string }>;

/** The run as it is now (node(id)). */
async function runNow(runId: string, token: string): Promise<RunData> {
  return (await h.data(RunResult, { id: runId }, token)).node as RunData;
}

/** Whether a run has finished, its e-mail included (recorded in `notification` right after the final status). */
const settled = (run: RunData) =>
  run.status !== 'QUEUED' && run.status !== 'RUNNING' && (run.status === 'SUCCEEDED' || run.status === 'CANCELLED' || run.dryRun || run.notification !== null);

/** Follows a run until it has finished, as a client polls node(id). */
async function finished(runId: string, token: string, timeout = 30_000): Promise<RunData> {
  let run = await runNow(runId, token);
  const until = Date.now() + timeout;
  while (!settled(run)) {
    if (Date.now() > until) throw new Error(`run ${runId} still ${run.status}`);
    await new Promise((r) => setTimeout(r, 25));
    run = await runNow(runId, token);
  }
  return run;
}

/** runConnection, then the run once finished (or the mutation's error). */
async function runAndWait(vars: { id: string; flows?: string[]; dryRun?: boolean }, token = company.adminToken) {
  const r = (await h.data(Run, vars, token)).runConnection;
  if (r.__typename !== 'MutationRunConnectionSuccess') return r;
  expect(r.data.status).toBe('QUEUED');
  return { __typename: 'MutationRunConnectionSuccess' as const, data: await finished(r.data.id, token) };
}
const SetCompanyLanguage = graphql(`
  mutation IntSetCompanyLanguage($language: Language) {
    updateCompanySettings(input: { language: $language }) {
      __typename
      ... on MutationUpdateCompanySettingsSuccess { data { language } }
      ... on Error { message code }
    }
  }
`);

const Retry = graphql(`
  mutation IntRetry($id: ID!) {
    retryConnectorFailure(id: $id) {
      __typename
      ... on MutationRetryConnectorFailureSuccess { data { id status } }
      ... on Error { message code }
    }
  }
`);
const History = graphql(`
  query IntHistory($id: ID!) {
    node(id: $id) {
      ... on Connection {
        runs(first: 10) { edges { node { status trigger flows { flowId status } failures { reference message entityType } } } }
      }
    }
  }
`);
const AuthorizeUrl = graphql(`
  mutation IntAuthorizeUrl($id: ID!, $redirectUri: String!, $state: String!) {
    connectionAuthorizeUrl(id: $id, redirectUri: $redirectUri, state: $state) {
      __typename
      ... on MutationConnectionAuthorizeUrlSuccess { data }
      ... on Error { message code }
    }
  }
`);
const Delete = graphql(`
  mutation IntDelete($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }
`);

let company: TestCompany;
let fake: TemplateFake;
const mail: { to: string[]; raw: string }[] = [];
let smtp: SMTPServer;

beforeAll(async () => {
  company = await h.company();
  fake = await startTemplateFake({ apiKey: 'secret-key-123' });
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
});
afterAll(async () => {
  await fake.close();
  await new Promise<void>((r) => smtp.close(() => r()));
});

const db = () => createTenantDb(h.prisma, { companyId: company.companyId, userId: null, signature: 'T' });
const auth = () => ({
  actor: { companyId: company.companyId, userId: company.adminUserId, signature: 'T' },
  permissions: new Set(['CUSTOMER_VIEW', 'CUSTOMER_EDIT', 'CUSTOMER_CREATE'] as const),
});
const newCustomer = (name: string) => createCustomer(db(), auth(), { name, type: 'COMPANY' });

async function create(input: Record<string, unknown>) {
  return (await h.data(CreateConnection, { input: input as never }, company.adminToken)).createConnection;
}

describe('connectors and connections', () => {
  it('lists the installed connectors with their flows in run order and a JSON Schema settings form', async () => {
    const { connectors } = await h.data(Connectors, {}, company.adminToken);
    const template = connectors.find((c) => c.id === 'template')!;
    expect(template.credentialKind).toBe('API_KEY');
    expect(template.flows.map((f) => [f.id, f.base])).toEqual([
      ['customer-export', true],
      ['project-export', true],
      ['project-part-export', false],
      ['cost-centre-import', true],
      ['account-import', true],
    ]);
    expect((template.settingsSchema as { properties: Record<string, unknown> }).properties).toHaveProperty('baseUrl');
  });

  it('refuses users without the integrations permission', async () => {
    const u = await h.user(company.companyId, ['CUSTOMER_VIEW']);
    const r = await h.exec(Connectors, {}, u.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('validates settings, credentials, flows and e-mail addresses, naming each field', async () => {
    const r = await create({
      connectorId: 'template',
      name: 'Bad',
      settings: { baseUrl: 'not a url' },
      credentials: {},
      enabledFlows: ['customer-export', 'nope'],
      notificationEmails: ['not-an-address'],
    });
    expect(r.__typename).toBe('ValidationError');
    if (r.__typename !== 'ValidationError') return;
    expect(r.issues.map((i) => i.path).sort()).toEqual(['credentials.apiKey', 'enabledFlows.0', 'enabledFlows.1', 'notificationEmails.0', 'settings.baseUrl']);
    const unknown = await create({ connectorId: 'nope', name: 'X' });
    expect(unknown.__typename).toBe('ValidationError');
    expect(await h.prisma.connection.count({ where: { companyId: company.companyId } })).toBe(0);
  });

  it('stores credentials encrypted and never returns them; base flows cannot be toggled', async () => {
    const r = await create({
      connectorId: 'template',
      name: 'Ledger',
      sandbox: true,
      settings: { baseUrl: fake.url },
      credentials: { apiKey: 'secret-key-123' },
      notificationEmails: ['finance@example.com'],
    });
    if (r.__typename !== 'MutationCreateConnectionSuccess') throw new Error(JSON.stringify(r));
    expect(r.data.hasCredentials).toBe(true);
    expect(JSON.stringify(r)).not.toContain('secret-key-123');
    const row = await h.prisma.connection.findFirstOrThrow({ where: { companyId: company.companyId } });
    expect(row.credentials).toMatch(/^v1:/);
    expect(row.credentials).not.toContain('secret-key-123');
    expect(h.integrations.secrets.decrypt(row.credentials!, row.id)).toEqual({ apiKey: 'secret-key-123' });
    // Bound to its connection: the ciphertext does not open under another id.
    expect(() => h.integrations.secrets.decrypt(row.credentials!, company.companyId)).toThrow(/cannot be decrypted/);

    const base = await h.data(SetFlow, { id: r.data.id, flowId: 'customer-export', enabled: false }, company.adminToken);
    expect(base.setConnectionFlowEnabled).toMatchObject({ __typename: 'ConflictError', code: 'BASE_FLOW' });
    const on = await h.data(SetFlow, { id: r.data.id, flowId: 'project-part-export', enabled: true }, company.adminToken);
    if (on.setConnectionFlowEnabled.__typename !== 'MutationSetConnectionFlowEnabledSuccess') throw new Error('toggle');
    expect(on.setConnectionFlowEnabled.data.enabledFlows).toEqual(['project-part-export']);
    expect(on.setConnectionFlowEnabled.data.flows.find((f) => f.id === 'project-part-export')?.enabled).toBe(true);
    await h.data(SetFlow, { id: r.data.id, flowId: 'project-part-export', enabled: false }, company.adminToken);
  });

  it('checks the connection against the accounting system', async () => {
    const id = (await h.prisma.connection.findFirstOrThrow({ where: { companyId: company.companyId, name: 'Ledger' } })).id;
    const gid = Buffer.from(`Connection:${id}`).toString('base64');
    const ok = await h.data(Check, { id: gid }, company.adminToken);
    expect(ok.checkConnection).toMatchObject({ data: { ok: true } });
    await h.data(UpdateConnection, { input: { id: gid, credentials: { apiKey: 'wrong' } } }, company.adminToken);
    const bad = await h.data(Check, { id: gid }, company.adminToken);
    expect(bad.checkConnection).toMatchObject({ data: { ok: false } });
    await h.data(UpdateConnection, { input: { id: gid, credentials: { apiKey: 'secret-key-123' } } }, company.adminToken);
  });
});

describe('OAuth2 authorization code', () => {
  it('gives the address where an admin grants access, and refuses for API-key connectors', async () => {
    const fortnox = await create({ connectorId: 'fortnox', name: 'Fortnox', credentials: { clientId: 'my-client', clientSecret: 's' } });
    if (fortnox.__typename !== 'MutationCreateConnectionSuccess') throw new Error(JSON.stringify(fortnox));
    const r = await h.data(
      AuthorizeUrl,
      { id: fortnox.data.id, redirectUri: 'https://app.example.com/fortnox/callback', state: 'state-123456' },
      company.adminToken,
    );
    if (r.connectionAuthorizeUrl.__typename !== 'MutationConnectionAuthorizeUrlSuccess') throw new Error(JSON.stringify(r));
    const url = new URL(r.connectionAuthorizeUrl.data);
    expect(url.origin + url.pathname).toBe('https://apps.fortnox.se/oauth-v1/auth');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'my-client',
      redirect_uri: 'https://app.example.com/fortnox/callback',
      response_type: 'code',
      state: 'state-123456',
      access_type: 'offline',
    });
    expect(url.searchParams.get('scope')!.split(' ')).toEqual(expect.arrayContaining(['project', 'customer', 'invoice', 'bookkeeping', 'costcenter']));
    const ledger = await h.prisma.connection.findFirstOrThrow({ where: { companyId: company.companyId, name: 'Ledger' } });
    const refused = await h.data(
      AuthorizeUrl,
      { id: Buffer.from(`Connection:${ledger.id}`).toString('base64'), redirectUri: 'https://app.example.com/cb', state: 'state-123456' },
      company.adminToken,
    );
    expect(refused.connectionAuthorizeUrl).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
    await h.prisma.connection.delete({ where: { id: Buffer.from(fortnox.data.id, 'base64').toString().split(':')[1] } });
  });
});

describe('runs', () => {
  let gid: string;
  let connectionId: string;
  beforeAll(async () => {
    connectionId = (await h.prisma.connection.findFirstOrThrow({ where: { companyId: company.companyId, name: 'Ledger' } })).id;
    gid = Buffer.from(`Connection:${connectionId}`).toString('base64');
  });

  it('records per-flow results and failures, e-mails every failure with its reference after every run, and retries one entity', async () => {
    const good = await newCustomer('Good AB');
    const badId = await newCustomer('Refused AB');
    const bad = (await db().customer.findUniqueOrThrow({ where: { id: badId } })).number;
    void good;
    fake.fail({
      method: 'POST',
      path: '/customers',
      body: (b) => (b as { number?: string }).number === bad,
      status: 422,
      response: { error: { code: 'x', message: 'Organisation number is required by the ledger' } },
    });
    mail.length = 0;
    const r = await runAndWait({ id: gid });
    if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
    expect(r.data.status).toBe('PARTIAL');
    expect(r.data.trigger).toBe('MANUAL');
    expect(r.data.flows.map((f) => f.flowId)).toEqual(['customer-export', 'project-export', 'cost-centre-import', 'account-import']);
    const customers = r.data.flows[0]!;
    expect(customers).toMatchObject({ status: 'PARTIAL', created: 1, failed: 1 });
    expect(r.data.failures).toEqual([
      expect.objectContaining({ reference: `Customer ${bad}`, entityType: 'customer', message: 'Organisation number is required by the ledger' }),
    ]);
    expect(r.data.notification).toBe('Sent to finance@example.com.');
    expect(mail).toHaveLength(1);
    expect(mail[0]!.to).toEqual(['finance@example.com']);
    // Swedish (the company has no language set), the run's time in Stockholm local time.
    const sent = readMessage(mail[0]!.raw);
    const run = await h.prisma.connectorRun.findFirstOrThrow({ where: { connectionId }, orderBy: { startedAt: 'desc' } });
    const { name: companyName } = await h.prisma.company.findUniqueOrThrow({ where: { id: company.companyId } });
    expect(sent.subject).toBe(
      `Integrationen med Ledger (template connector): 1 fel vid körningen ${formatStockholmTime(run.startedAt, 'sv')} (${companyName})`,
    );
    expect(sent.language).toBe('sv');
    expect(sent.text).toContain(
      `  Referens:   Customer ${bad}\n  Typ:        Kund\n  Flöde:      customer-export\n  Meddelande: Organisation number is required by the ledger`,
    );
    expect(sent.text).toContain('Resultat: delvis lyckad');

    // Not fixed: the next run reports it and e-mails again.
    const again = await runAndWait({ id: gid });
    if (again.__typename !== 'MutationRunConnectionSuccess') throw new Error('run');
    expect(again.data.failures.map((f) => f.reference)).toEqual([`Customer ${bad}`]);
    expect(mail).toHaveLength(2);

    // Fixed remotely; the admin retries just that entity.
    fake.clearFailures();
    const writes = fake.writes();
    const asked = (await h.data(Retry, { id: again.data.failures[0]!.id }, company.adminToken)).retryConnectorFailure;
    if (asked.__typename !== 'MutationRetryConnectorFailureSuccess') throw new Error(JSON.stringify(asked));
    expect(asked.data.status).toBe('QUEUED');
    const retried = { data: await finished(asked.data.id, company.adminToken) };
    expect(retried.data).toMatchObject({ status: 'SUCCEEDED', trigger: 'RETRY', failures: [] });
    expect(retried.data.flows).toEqual([expect.objectContaining({ flowId: 'customer-export', created: 1, unchanged: 0 })]);
    expect(fake.writes()).toBe(writes + 1);
    expect(fake.state.customers.map((c) => c.number)).toContain(bad);
    expect(mail).toHaveLength(2);

    const history = await h.data(History, { id: gid }, company.adminToken);
    const runs = (history.node as { runs: { edges: { node: { status: string; trigger: string } }[] } }).runs.edges.map((e) => e.node);
    expect(runs.map((x) => [x.trigger, x.status])).toEqual([
      ['RETRY', 'SUCCEEDED'],
      ['MANUAL', 'PARTIAL'],
      ['MANUAL', 'PARTIAL'],
    ]);
  });

  it("writes the failure e-mail in the company's language: English when set to EN, Swedish again when cleared", async () => {
    const refusedId = await newCustomer('Language AB');
    const refused = (await db().customer.findUniqueOrThrow({ where: { id: refusedId } })).number;
    fake.fail({
      method: 'POST',
      path: '/customers',
      body: (b) => (b as { number?: string }).number === refused,
      status: 422,
      response: { error: { code: 'x', message: 'Refused by the ledger' } },
    });
    try {
      const set = (await h.data(SetCompanyLanguage, { language: 'EN' }, company.adminToken)).updateCompanySettings;
      expect(set).toEqual({ __typename: 'MutationUpdateCompanySettingsSuccess', data: { language: 'EN' } });
      mail.length = 0;
      const r = await runAndWait({ id: gid });
      if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
      const english = readMessage(mail[0]!.raw);
      expect(english.language).toBe('en');
      expect(english.subject).toMatch(/^Ledger \(template connector\) integration: 1 error/);

      const cleared = (await h.data(SetCompanyLanguage, { language: null }, company.adminToken)).updateCompanySettings;
      expect(cleared).toEqual({ __typename: 'MutationUpdateCompanySettingsSuccess', data: { language: null } });
      await runAndWait({ id: gid });
      const swedish = readMessage(mail[1]!.raw);
      expect(swedish.language).toBe('sv');
      expect(swedish.subject).toMatch(/^Integrationen med Ledger \(template connector\): 1 fel/);
    } finally {
      fake.clearFailures();
      await h.data(SetCompanyLanguage, { language: null }, company.adminToken);
    }
  });

  it('runs chosen flows only, and refuses a disabled optional flow', async () => {
    const r = await runAndWait({ id: gid, flows: ['account-import'] });
    if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
    expect(r.data.flows.map((f) => f.flowId)).toEqual(['account-import']);
    const refused = await runAndWait({ id: gid, flows: ['project-part-export'] });
    expect(refused).toMatchObject({ __typename: 'ValidationError' });
  });

  it('a run asked for while another holds the connection waits for it and then runs; a second one asked meanwhile is refused', async () => {
    const release = (await h.integrations.locks.tryAcquire(lockKey(connectionId)))!;
    let queuedId: string;
    try {
      const asked = Date.now();
      const r = (await h.data(Run, { id: gid }, company.adminToken)).runConnection;
      if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
      // Returned at once, queued; still waiting a while later.
      expect(Date.now() - asked).toBeLessThan(1_000);
      expect(r.data.status).toBe('QUEUED');
      queuedId = r.data.id;
      await new Promise((res) => setTimeout(res, 300));
      expect((await runNow(queuedId, company.adminToken)).status).toBe('QUEUED');
      const second = (await h.data(Run, { id: gid }, company.adminToken)).runConnection;
      expect(second).toMatchObject({ __typename: 'ConflictError', code: 'RUN_IN_PROGRESS' });
      // A scheduled run job's unit of work skips (the job completes; the next tick runs it).
      const scheduled = await executeRun(h.integrations, { companyId: company.companyId, connectionId, trigger: 'SCHEDULE' });
      expect(scheduled.skipped).toBe(true);
      if (h.db.kind === 'postgres') {
        // Another process (its own connection) sees the advisory lock too.
        expect(await postgresRunLocks(h.db.url).tryAcquire(lockKey(connectionId))).toBeNull();
      }
    } finally {
      await release();
    }
    expect(await finished(queuedId, company.adminToken)).toMatchObject({ status: 'SUCCEEDED', trigger: 'MANUAL' });
  });

  it('two runs asked for at once: one is queued, the other answers RUN_IN_PROGRESS', async () => {
    const both = await Promise.all([h.data(Run, { id: gid }, company.adminToken), h.data(Run, { id: gid }, company.adminToken)]);
    const kinds = both.map((b) => b.runConnection.__typename).sort();
    expect(kinds).toEqual(['ConflictError', 'MutationRunConnectionSuccess']);
    const ok = both.find((b) => b.runConnection.__typename === 'MutationRunConnectionSuccess')!.runConnection;
    if (ok.__typename !== 'MutationRunConnectionSuccess') throw new Error('run');
    expect((await finished(ok.data.id, company.adminToken)).status).toBe('SUCCEEDED');
  });

  it('cancels a queued run (it never starts) and a running one (it stops between entities); a finished run cannot be cancelled', async () => {
    // Queued: the connection is held, the run waits; cancelled, it never starts.
    const release = (await h.integrations.locks.tryAcquire(lockKey(connectionId)))!;
    let queuedId: string;
    try {
      const r = (await h.data(Run, { id: gid }, company.adminToken)).runConnection;
      if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
      queuedId = r.data.id;
      const c = (await h.data(Cancel, { id: queuedId }, company.adminToken)).cancelConnectorRun;
      expect(c).toMatchObject({ __typename: 'MutationCancelConnectorRunSuccess', data: { status: 'CANCELLED', cancelledBy: expect.any(String) } });
    } finally {
      await release();
    }
    await new Promise((res) => setTimeout(res, 1_500));
    const cancelled = await runNow(queuedId, company.adminToken);
    expect(cancelled).toMatchObject({ status: 'CANCELLED', flows: [], error: expect.stringMatching(/before it started/) });
    // A finished run: nothing to cancel.
    expect((await h.data(Cancel, { id: queuedId }, company.adminToken)).cancelConnectorRun).toMatchObject({
      __typename: 'ConflictError',
      code: 'INVALID_STATE',
    });

    // Running: a slow connection; cancelled in its first flow, the second never starts.
    const c = await db().connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: 'slow-test', name: 'Cancelled', settings: { delayMs: 1500 } }),
    });
    const before = await h.prisma.connection.findUniqueOrThrow({ where: { id: c.id } });
    h.integrations.cancelPollMs = 50;
    slowLog.length = 0;
    try {
      const r = (await h.data(Run, { id: Buffer.from(`Connection:${c.id}`).toString('base64') }, company.adminToken)).runConnection;
      if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
      while (!slowLog.includes('first:start')) await new Promise((res) => setTimeout(res, 5));
      const asked = (await h.data(Cancel, { id: r.data.id }, company.adminToken)).cancelConnectorRun;
      expect(asked).toMatchObject({ __typename: 'MutationCancelConnectorRunSuccess', data: { status: 'RUNNING' } });
      const run = await finished(r.data.id, company.adminToken);
      expect(run).toMatchObject({ status: 'CANCELLED', error: expect.stringMatching(/^Cancelled by /), cancelRequestedAt: expect.any(String) });
      expect(run.flows.map((f) => f.flowId)).toEqual(['first', 'second']);
      expect(run.flows[1]!.status).toBe('SKIPPED');
      expect(slowLog).not.toContain('second');
    } finally {
      h.integrations.cancelPollMs = undefined;
    }
    // The connection's health is untouched by a cancelled run.
    const after = await h.prisma.connection.findUniqueOrThrow({ where: { id: c.id } });
    expect([after.lastRunStatus, after.consecutiveFailures]).toEqual([before.lastRunStatus, before.consecutiveFailures]);
  });

  it('stops at the time limit: the flow in progress fails, the rest are skipped', async () => {
    const odb = db();
    const c = await odb.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: 'slow-test', name: 'Slow', settings: { delayMs: 2000 } }),
    });
    const previous = h.integrations.runTimeoutMs;
    h.integrations.runTimeoutMs = 100;
    try {
      const r = await runAndWait({ id: Buffer.from(`Connection:${c.id}`).toString('base64') });
      if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
      expect(r.data.status).toBe('FAILED');
      expect(r.data.error).toMatch(/time limit/);
      expect(r.data.flows.map((f) => [f.flowId, f.status])).toEqual([
        ['first', 'FAILED'],
        ['second', 'SKIPPED'],
      ]);
    } finally {
      h.integrations.runTimeoutMs = previous;
    }
  });

  it('on shutdown the flow in progress finishes and no further flow starts', async () => {
    const c = await db().connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: 'slow-test', name: 'Shutdown', settings: { delayMs: 200 } }),
    });
    slowLog.length = 0;
    // The run engine's stop (tests/integration/run-engine.test.ts has it with run jobs) tells runs in progress to stop after their flow.
    const engine = createRunEngine(h.integrations, { url: h.db.url, work: false });
    const running = runAndWait({ id: Buffer.from(`Connection:${c.id}`).toString('base64') });
    while (!slowLog.includes('first:start')) await new Promise((r) => setTimeout(r, 5));
    await engine.stop();
    const r = await running;
    h.integrations.stopping!.value = false;
    if (r.__typename !== 'MutationRunConnectionSuccess') throw new Error(JSON.stringify(r));
    expect(slowLog).toEqual(['first:start', 'first:end']);
    expect(r.data.flows.map((f) => [f.flowId, f.status])).toEqual([
      ['first', 'SUCCEEDED'],
      ['second', 'SKIPPED'],
    ]);
    expect(r.data.error).toMatch(/shutting down/);
  });

  it('marks a run left running by a crashed process (old heartbeat) as failed, unless its lock is held', async () => {
    const stale = await db().connectorRun.create({
      data: scoped<Prisma.ConnectorRunUncheckedCreateInput>({ connectionId, trigger: 'SCHEDULE', heartbeatAt: new Date(Date.now() - 10 * 60_000) }),
    });
    const release = (await h.integrations.locks.tryAcquire(lockKey(connectionId)))!;
    expect(await reclaimStaleRuns(h.integrations)).toBe(0);
    await release();
    expect(await reclaimStaleRuns(h.integrations)).toBe(1);
    const after = await h.prisma.connectorRun.findUniqueOrThrow({ where: { id: stale.id } });
    expect(after.status).toBe('FAILED');
    expect(after.error).toMatch(/stopped without finishing/);
  });

  it('deletes a connection with its history', async () => {
    const r = await h.data(Delete, { id: gid }, company.adminToken);
    expect(r.deleteConnection.__typename).toBe('MutationDeleteConnectionSuccess');
    expect(await h.prisma.connectorRun.count({ where: { connectionId } })).toBe(0);
  });
});
