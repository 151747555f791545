// Logs, metrics and tracing of the real server (startServer in this process, on the embedded
// database in a fresh DATA_DIR, or a private PostgreSQL copy): JSON log lines carrying the
// request id (echoed in X-Request-Id) from every part of the code, no stack trace for an expected
// error; /metrics with the GraphQL request metrics and the connector run metrics after a request
// and a run, readable from this machine only and without ids in labels; GraphQL spans exported
// over OTLP/HTTP to a collector on 127.0.0.1.
import { createServer, type Server } from 'node:http';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { startServer, type RunningServer } from '../../src/start.js';
import { createLogger } from '../../src/observability/logger.js';
import { migratedDataDir, openTestDatabase, type TestDatabase } from '../helpers/database.js';
import { inject } from 'vitest';
import { startTemplateFake, type TemplateFake } from '../../connectors/template/fake/server.js';
import type { LogLine } from './helpers.js';

const lines: LogLine[] = [];
const rawLines: string[] = [];
const spans: string[] = [];
let collector: Server;
let server: RunningServer;
let fake: TemplateFake;
let db: TestDatabase | null = null;
let dataDir: string | null = null;
let token: string;

beforeAll(async () => {
  collector = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8').on('data', (c: string) => (body += c));
    req.on('end', () => {
      if (req.url === '/v1/traces') spans.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((r) => collector.listen(0, '127.0.0.1', r));
  fake = await startTemplateFake({ apiKey: 'ops-key-123' });

  const env: Record<string, string> = {
    // The template is offered only when asked for.
    CONNECTOR_TEMPLATE: 'true',
    PORT: '0',
    HOST: '127.0.0.1',
    // Works run jobs: runConnection queues the run for a worker.
    CONNECTOR_SCHEDULER: 'true',
    CONNECTOR_SANDBOX_CONNECTIONS: 'true',
    OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as { port: number }).port}`,
    OTEL_SERVICE_NAME: 'ops-test',
  };
  if (inject('testDatabase').kind === 'postgres') {
    db = await openTestDatabase();
    Object.assign(env, { DATABASE_URL: db.url, INTEGRATION_SECRET_KEY: randomBytes(32).toString('hex'), DATABASE_POOL_SIZE: '3' });
  } else {
    dataDir = migratedDataDir('ops-obs-');
    env.DATA_DIR = dataDir;
  }
  const logger = createLogger({
    level: 'info',
    destination: {
      write(s: string) {
        rawLines.push(s);
        lines.push(JSON.parse(s) as LogLine);
      },
    },
  });
  server = await startServer(loadConfig(env), { print: () => undefined, logger });
  token = server.initialAdminToken!;
});

afterAll(async () => {
  await server?.stop();
  await fake?.close();
  await new Promise<void>((r) => (collector ? collector.close(() => r()) : r()));
  await db?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function gql(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  // The access line is written when the response is done.
  // biome-ignore lint/suspicious/noExplicitAny: the test reads several operations' answers through one untyped helper
  const body = (await res.json()) as { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] };
  await new Promise((r) => setTimeout(r, 20));
  return { res, body };
}
const auth = () => ({ authorization: `Bearer ${token}` });

describe('logs', () => {
  it('writes JSON lines with the request id (echoed in X-Request-Id) and no stack trace for an unauthenticated request', async () => {
    const { res, body } = await gql('query Me { me { name } }', {}, { 'x-request-id': 'ops-test-1' });
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.headers.get('x-request-id')).toBe('ops-test-1');

    const mine = lines.filter((l) => l.requestId === 'ops-test-1');
    expect(mine).toEqual([
      expect.objectContaining({ level: 'info', component: 'graphql', code: 'UNAUTHENTICATED', path: 'me' }),
      expect.objectContaining({ level: 'info', component: 'http', msg: 'request', method: 'POST', path: '/graphql', status: 200 }),
    ]);
    expect(mine.some((l) => 'err' in l || 'stack' in l)).toBe(false);
    expect(rawLines.filter((l) => l.includes('ops-test-1')).join('')).not.toMatch(/\n\s+at |\\n\s+at /);
  });

  it('replaces an unusable X-Request-Id with a new id', async () => {
    const { res } = await gql('{ __typename }', {}, { 'x-request-id': 'has spaces and "quotes"' });
    const id = res.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines.filter((l) => l.requestId === id).map((l) => l.msg)).toEqual(['request']);
  });
});

describe('metrics and the request id in the connector runtime', () => {
  it('counts a request and a run by operation and connector, with the run’s log lines under the request’s id', async () => {
    const created = await gql('mutation AddCustomer($name: String!) { createCustomer(input: { name: $name }) { __typename } }', { name: 'Refused AB' }, auth());
    expect(created.body.data?.createCustomer.__typename).toBe('MutationCreateCustomerSuccess');
    const connection = await gql(
      'mutation AddConnection($input: CreateConnectionInput!) { createConnection(input: $input) { __typename ... on MutationCreateConnectionSuccess { data { id } } } }',
      { input: { connectorId: 'template', name: 'Ledger', sandbox: true, settings: { baseUrl: fake.url }, credentials: { apiKey: 'ops-key-123' } } },
      auth(),
    );
    const connectionId = connection.body.data?.createConnection.data.id as string;
    expect(connectionId).toBeTruthy();
    fake.fail({
      method: 'POST',
      path: '/customers',
      status: 422,
      response: { error: { code: 'x', message: 'Organisation number is required by the ledger' } },
    });

    const run = await gql(
      'mutation Run($id: ID!) { runConnection(id: $id) { __typename ... on MutationRunConnectionSuccess { data { id status } } } }',
      { id: connectionId },
      { ...auth(), 'x-request-id': 'ops-run-1' },
    );
    expect(run.body.data?.runConnection.data.status).toBe('QUEUED');
    // Run by the engine's worker; followed as a client does.
    const runId = run.body.data?.runConnection.data.id as string;
    const followed = async () =>
      (await gql('query RunState($id: ID!) { node(id: $id) { ... on ConnectorRun { status notification failures { reference } } } }', { id: runId }, auth()))
        .body.data?.node;
    await expect.poll(async () => (await followed())?.notification ?? null, { timeout: 30_000, interval: 100 }).not.toBeNull();
    expect(await followed()).toMatchObject({ status: 'PARTIAL', failures: [{ reference: expect.stringMatching(/^Customer /) }] });
    // The runtime's line about the failed entity carries the request's id.
    expect(lines.find((l) => l.requestId === 'ops-run-1' && l.component === 'connectors' && l.level === 'warn')?.msg).toMatch(
      /Organisation number is required/,
    );

    const res = await fetch(`${server.url}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await res.text();
    expect(text).toContain('graphql_envelop_request{operationName="Run",operationType="mutation"} 1');
    expect(text).toContain('graphql_envelop_request_duration_count{operationName="Run",operationType="mutation"} 1');
    expect(text).toContain('graphql_yoga_http_duration_count{operationName="Run",operationType="mutation",method="POST",statusCode="200"} 1');
    expect(text).toContain('graphql_envelop_error_result{operationName="Me",operationType="query",phase="execute",code="UNAUTHENTICATED"} 1');
    expect(text).toContain('connector_runs_started_total{connector="template",trigger="MANUAL",dry_run="false"} 1');
    expect(text).toContain('connector_runs_finished_total{connector="template",trigger="MANUAL",dry_run="false",status="PARTIAL"} 1');
    expect(text).toContain('connector_run_duration_seconds_count{connector="template",status="PARTIAL"} 1');
    expect(text).toContain('connector_run_failed_entities_total{connector="template",flow="customer-export"} 1');
    expect(text).toContain('process_resident_memory_bytes');
    // No tenant data or ids in the exposition.
    const rawId = Buffer.from(connectionId, 'base64').toString().split(':')[1]!;
    for (const secret of [rawId, connectionId, 'Refused AB', 'Ledger', token]) expect(text).not.toContain(secret);
  });

  it('serves /metrics to this machine only when METRICS_TOKEN is unset (a forwarded request is not local)', async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ errors: [{ extensions: { code: 'FORBIDDEN' } }] });
  });
});

describe('tracing', () => {
  it('exports a span per GraphQL operation to the OTLP/HTTP collector, sent at the latest by stop()', async () => {
    await gql('query OpsTrace { __typename }', {}, auth());
    await server.stop();
    const exported = spans.join('\n');
    expect(exported).toContain('"name":"query.OpsTrace"');
    expect(exported).toContain('{"key":"service.name","value":{"stringValue":"ops-test"}}');
    expect(exported).toContain('"name":"mutation.Run"');
    // Variables are never exported.
    expect(exported).not.toContain('Refused AB');
  });
});
