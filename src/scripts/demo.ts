// `npm run demo`: the API on a fresh embedded database with demo data, the Fortnox and Visma fake
// servers on 127.0.0.1, a local mail sink, and one connection to each fake, created through
// GraphQL with the administrator's token as a user would. One demo customer is refused by both
// accounting systems for reasons a user can fix, so a run ends PARTIAL and sends the failure
// e-mail. Ctrl-C stops everything and deletes the demo database.
//
// This is the only file under src/ that imports a connector's fake server (tests/architecture.test.ts):
// `npm start` never loads it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../config.js';
import type { RunningServer } from '../start.js';
import { luhnCheckDigit } from '../modules/customers/identity-numbers.js';
import type { FortnoxFake } from '../../connectors/fortnox/fake/server.js';
import type { VismaFake } from '../../connectors/visma/fake/server.js';
import type { MailSink } from './mail-sink.js';

export const DEMO_USAGE = `Usage: npm run demo -- [options]

Starts the API on a fresh embedded database (a new temporary directory, deleted at exit) with
demo data, fake Fortnox and Visma servers on 127.0.0.1, a local mail sink that keeps every
e-mail for you to read, and one connection to each fake. Prints the GraphiQL address, the
administrator token, the connection ids and GraphQL to paste. Ctrl-C stops everything.

Options:
  --port <n>        port of the API (default: PORT or 4000; 0 picks a free port)
  --mail-port <n>   port of the mail sink's page (default: a free port)
  --no-schedule     do not run the connections every :00 and :30 (runs only when you ask)
  -h, --help        print this help and exit

DATABASE_URL is ignored: the demo always uses its own embedded database. Logs: warnings
and errors only; LOG_LEVEL=info npm run demo logs every request and run (JSON lines).`;

/** The e-mail address the demo connections send failure reports to. */
export const DEMO_NOTIFY = 'ekonomi@demobygg.example';

export interface DemoOptions {
  /** API port; 0 picks a free one. Default 4000. */
  port?: number;
  /** Port of the mail sink's listing; default a free one. */
  mailPort?: number;
  /** Run the connector schedule (every :00 and :30). Default true. */
  scheduler?: boolean;
  /** Base environment for the configuration (default process.env); DATABASE_URL in it is ignored. */
  env?: NodeJS.ProcessEnv;
  /** Where progress lines go; default the console. */
  print?: (line: string) => void;
}

export interface DemoConnection {
  /** GraphQL id. */
  id: string;
  name: string;
  connectorId: 'fortnox' | 'visma';
  /** What checkConnection answered. */
  check: string;
}

export interface Demo {
  api: RunningServer;
  /** http://localhost:<port>/graphql (GraphiQL in a browser). */
  graphqlUrl: string;
  adminToken: string;
  fakes: { fortnox: FortnoxFake; visma: VismaFake };
  mail: MailSink;
  connections: { fortnox: DemoConnection; visma: DemoConnection };
  /** The demo customer both accounting systems refuse, and what makes them accept it. */
  refusedCustomer: { id: string; number: string; name: string; fixPaymentTermId: string };
  /** The embedded database's directory (deleted by stop()). */
  dataDir: string;
  /** What a newcomer needs, as printed at start. */
  summary: string;
  /** Sends a GraphQL operation to the API with the admin token; returns `data` (errors throw). */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
}

// ---------------------------------------------------------------------------------------------

const REFUSED = { name: 'Kvarnbergets Bygg AB', orgnr: '559988776', street: 'Kvarnbergsvägen 4', postcode: '903 25', city: 'Umeå' };
// Terms of payment the demo Fortnox company has set up: not "20" (our 20 days net).
const FORTNOX_TERMS = ['0', '10', '15', '30'];

type Typed = { __typename: string; data?: unknown; message?: string; code?: string; issues?: { path: string; message: string }[] };

function succeeded<T>(result: Typed, what: string): T {
  if (result.__typename.endsWith('Success')) return result.data as T;
  const issues = result.issues?.map((i) => ` ${i.path}: ${i.message}`).join(';') ?? '';
  throw new Error(`${what} failed: ${result.__typename}${result.code ? ` ${result.code}` : ''}: ${result.message ?? ''}${issues}`);
}

const ERRORS = '... on Error { message code } ... on ValidationError { issues { path message } }';

export async function startDemo(opts: DemoOptions = {}): Promise<Demo> {
  const print = opts.print ?? ((line: string) => console.log(line));
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanup = async () => {
    for (const fn of cleanups.splice(0).reverse()) {
      try {
        await fn();
      } catch (err) {
        print(`Cleaning up: ${(err as Error).message}`);
      }
    }
  };

  try {
    // The API, the fakes and the mail sink are loaded here, not at the top: `--help` and a wrong
    // option answer without loading them (seconds).
    const [{ startServer }, { startFortnoxFake }, { startVismaFake }, { startMailSink }] = await Promise.all([
      import('../start.js'),
      import('../../connectors/fortnox/fake/server.js'),
      import('../../connectors/visma/fake/server.js'),
      import('./mail-sink.js'),
    ]);
    const dataDir = mkdtempSync(join(tmpdir(), 'npi-demo-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    const fortnox = await startFortnoxFake();
    cleanups.push(() => fortnox.close());
    fortnox.state.termsOfPayments.push(...FORTNOX_TERMS);
    fortnox.state.costCenters.push({ Code: 'UME', Description: 'Umeå', Active: true }, { Code: 'STH', Description: 'Stockholm', Active: true });
    fortnox.state.accounts.push(
      { Number: 3001, Description: 'Försäljning 25 %', Active: true },
      { Number: 3231, Description: 'Försäljning byggtjänster, omvänd skattskyldighet', Active: true },
      { Number: 4010, Description: 'Inköp material och varor', Active: true },
    );

    const visma = await startVismaFake();
    cleanups.push(() => visma.close());
    visma.state.accounts.push(
      { Number: '3001', Name: 'Försäljning 25 %', FiscalYearId: 'f1a2b3c4-0000-4000-8000-000000000001', IsActive: true },
      { Number: '4010', Name: 'Inköp material och varor', FiscalYearId: 'f1a2b3c4-0000-4000-8000-000000000001', IsActive: true },
    );

    const mail = await startMailSink({ httpPort: opts.mailPort ?? 0 });
    cleanups.push(() => mail.close());

    const { DATABASE_URL: _ignored, ...baseEnv } = opts.env ?? process.env;
    const config = loadConfig({
      ...baseEnv,
      DATA_DIR: dataDir,
      PORT: String(opts.port ?? 4000),
      HOST: '127.0.0.1',
      INITIAL_COMPANY_NAME: 'Demobygg AB',
      SMTP_URL: mail.smtpUrl,
      MAIL_FROM: 'Projektfakturering (demo) <integrationer@demobygg.example>',
      CONNECTOR_SANDBOX_CONNECTIONS: 'true',
      // Runs asked for are worked by this process; --no-schedule only leaves out the half-hourly runs.
      CONNECTOR_SCHEDULER: 'true',
      ...(opts.scheduler === false ? { CONNECTOR_SCHEDULE: 'off' } : {}),
      GRAPHIQL: 'true',
      // Request and run logs only with LOG_LEVEL=info: the summary below is what a newcomer reads.
      LOG_LEVEL: baseEnv.LOG_LEVEL ?? 'warn',
    });
    const api = await startServer(config, { seed: true, print });
    cleanups.push(() => api.stop());
    const adminToken = api.initialAdminToken;
    if (!adminToken) throw new Error('The demo database was not fresh: no administrator token was created.');

    const local = `http://127.0.0.1:${(api.http.address() as AddressInfo).port}`;
    const graphql = async <T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
      const res = await fetch(`${local}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL (HTTP ${res.status}): ${body.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
      return body.data;
    };

    // The customer both accounting systems refuse: 20 days net (unknown to the demo Fortnox
    // company) and no postcode or city on the invoice address (Visma requires both).
    const { paymentTerms } = await graphql<{ paymentTerms: { id: string; days: number }[] }>('query DemoTerms { paymentTerms { id days } }');
    const termId = (days: number) => {
      const t = paymentTerms.find((p) => p.days === days);
      if (!t) throw new Error(`The demo company has no payment term of ${days} days`);
      return t.id;
    };
    const created = await graphql<{ createCustomer: Typed }>(
      `mutation DemoRefusedCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id number name } } ${ERRORS} } }`,
      {
        input: {
          name: REFUSED.name,
          type: 'COMPANY',
          organisationNumber: `${REFUSED.orgnr.slice(0, 6)}-${REFUSED.orgnr.slice(6)}${luhnCheckDigit(REFUSED.orgnr)}`,
          paymentTermId: termId(20),
          invoiceAddress: { address1: REFUSED.street },
          email: 'ekonomi@kvarnbergetsbygg.example',
        },
      },
    );
    const customer = succeeded<{ id: string; number: string; name: string }>(created.createCustomer, 'Creating the demo customer');

    const createConnection = async (input: Record<string, unknown>) => {
      const r = await graphql<{ createConnection: Typed }>(
        `mutation DemoCreateConnection($input: CreateConnectionInput!) { createConnection(input: $input) { __typename ... on MutationCreateConnectionSuccess { data { id name } } ${ERRORS} } }`,
        { input },
      );
      return succeeded<{ id: string; name: string }>(r.createConnection, `Creating the connection "${String(input.name)}"`);
    };
    const check = async (id: string) => {
      const r = await graphql<{ checkConnection: Typed }>(
        `mutation DemoCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } ${ERRORS} } }`,
        { id },
      );
      const c = succeeded<{ ok: boolean; message: string }>(r.checkConnection, 'Checking the connection');
      if (!c.ok) throw new Error(`The connection ${id} does not work: ${c.message}`);
      return c.message;
    };

    // Fortnox: the app's client id and secret, then the OAuth2 authorization code the admin's
    // consent in Fortnox would give (the fake issues it), exchanged for tokens by the API.
    const fx = await createConnection({
      connectorId: 'fortnox',
      name: 'Fortnox (demo)',
      sandbox: true,
      settings: { baseUrl: fortnox.url, tokenUrl: fortnox.tokenUrl },
      credentials: { clientId: fortnox.clientId, clientSecret: fortnox.clientSecret },
      notificationEmails: [DEMO_NOTIFY],
    });
    const authorized = await graphql<{ authorizeConnection: Typed }>(
      `mutation DemoAuthorize($id: ID!, $code: String!, $redirectUri: String!) { authorizeConnection(id: $id, code: $code, redirectUri: $redirectUri) { __typename ... on MutationAuthorizeConnectionSuccess { data { id } } ${ERRORS} } }`,
      { id: fx.id, code: fortnox.authorizationCode(), redirectUri: `${api.url}/demo/fortnox-callback` },
    );
    succeeded(authorized.authorizeConnection, 'Authorising the Fortnox connection');

    // Visma: client id and secret with the tokens of an authorisation given in Visma.
    const vi = await createConnection({
      connectorId: 'visma',
      name: 'Visma eAccounting (demo)',
      sandbox: true,
      settings: { baseUrl: visma.url, tokenUrl: visma.tokenUrl, updateCustomers: true },
      credentials: {
        clientId: visma.clientId,
        clientSecret: visma.clientSecret,
        accessToken: visma.issueAccessToken(),
        refreshToken: visma.issueRefreshToken(),
      },
      notificationEmails: [DEMO_NOTIFY],
    });

    const connections = {
      fortnox: { id: fx.id, name: fx.name, connectorId: 'fortnox' as const, check: await check(fx.id) },
      visma: { id: vi.id, name: vi.name, connectorId: 'visma' as const, check: await check(vi.id) },
    };
    const refusedCustomer = { ...customer, fixPaymentTermId: termId(30) };
    const graphqlUrl = `${api.url}/graphql`;

    let stopped: Promise<void> | null = null;
    const demo: Demo = {
      api,
      graphqlUrl,
      adminToken,
      fakes: { fortnox, visma },
      mail,
      connections,
      refusedCustomer,
      dataDir,
      summary: '',
      graphql,
      stop: () => (stopped ??= cleanup()),
    };
    demo.summary = demoSummary(demo, config.CONNECTOR_SCHEDULER);
    print(demo.summary);
    return demo;
  } catch (err) {
    await cleanup();
    throw err;
  }
}

/** The text printed once the demo is up: addresses, token, ids and GraphQL to paste. */
export function demoSummary(
  d: Pick<Demo, 'graphqlUrl' | 'adminToken' | 'mail' | 'connections' | 'refusedCustomer' | 'fakes' | 'dataDir'>,
  scheduled: boolean,
): string {
  const { fortnox, visma } = d.connections;
  const c = d.refusedCustomer;
  return `
================================================================================
Demo ready. Ctrl-C stops everything and deletes the demo database.

  GraphiQL       ${d.graphqlUrl}
  Admin token    ${d.adminToken}
  Headers        {"Authorization": "Bearer ${d.adminToken}"}
  Mail sink      ${d.mail.url}   (JSON: ${d.mail.url}messages)
  Fortnox fake   ${d.fakes.fortnox.url}   connection ${fortnox.id}
                 ${fortnox.check}
  Visma fake     ${d.fakes.visma.url}   connection ${visma.id}
                 ${visma.check}
  Database       embedded, in ${d.dataDir}

The company has demo customers and "${c.name}" (customer ${c.number}), which both accounting
systems refuse as the real ones would: the demo Fortnox company has no terms of payment "20"
(the customer's 20 days net) and Visma needs a postcode and a city on the invoice address. A
run therefore ends PARTIAL and the failure e-mail (in Swedish) to ${DEMO_NOTIFY} shows up in
the mail sink. ${scheduled ? 'The connections also run every :00 and :30.' : 'The connections run only when you ask.'}

Open GraphiQL, put the headers above in its Headers tab, paste this and run the operations one
by one. A run is queued and answered at once (status QUEUED); a worker runs it (a Fortnox run
takes a few seconds: Fortnox allows 25 requests per 5 seconds). Follow it with the History query,
node(id) or the subscription connectorRun(id).

# 1. Dry run: what the Fortnox connection would send; nothing is sent or written.
mutation DryRun {
  runConnection(id: "${fortnox.id}", dryRun: true) {
    __typename
    ... on MutationRunConnectionSuccess { data { id status } }
    ... on Error { code message }
  }
}

# 2. A real run (for Visma use the id "${visma.id}").
mutation Run {
  runConnection(id: "${fortnox.id}") {
    __typename
    ... on MutationRunConnectionSuccess { data { id status } }
    ... on Error { code message }
  }
}

# 3. The run history of both connections, newest first: each run's flows, failures and e-mail.
query History {
  connections {
    name
    runs(first: 5) {
      edges {
        node {
          id startedAt trigger dryRun status notification
          flows { flowId status created updated unchanged failed planned }
          failures { reference entityType message }
        }
      }
    }
  }
}

# 4. Fix the customer (30 days net, a postcode and a city), then run again: the run succeeds.
mutation FixCustomer {
  updateCustomer(input: {
    id: "${c.id}"
    paymentTermId: "${c.fixPaymentTermId}"
    invoiceAddress: { address1: "${REFUSED.street}", postcode: "${REFUSED.postcode}", city: "${REFUSED.city}" }
  }) {
    __typename
    ... on MutationUpdateCustomerSuccess { data { number name } }
    ... on Error { code message }
  }
}
================================================================================`;
}

// ---------------------------------------------------------------------------------------------
// The command

export function parseDemoArgs(
  argv: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): { help: true } | { help: false; options: DemoOptions } | { error: string } {
  const options: DemoOptions = {};
  const port = (flag: string, v: string | undefined) => {
    const n = Number(v);
    if (v === undefined || !/^\d+$/.test(v) || n > 65535) throw new Error(`${flag} needs a port number (0–65535)`);
    return n;
  };
  try {
    for (let i = 0; i < argv.length; i++) {
      const a = argv[i]!;
      if (a === '-h' || a === '--help') return { help: true };
      else if (a === '--port') options.port = port(a, argv[++i]);
      else if (a === '--mail-port') options.mailPort = port(a, argv[++i]);
      else if (a === '--no-schedule') options.scheduler = false;
      else throw new Error(`Unknown option ${a}`);
    }
    if (options.port === undefined && env.PORT) options.port = port('PORT', env.PORT);
  } catch (err) {
    return { error: (err as Error).message };
  }
  return { help: false, options };
}

async function main(): Promise<void> {
  const parsed = parseDemoArgs(process.argv.slice(2));
  if ('error' in parsed) {
    console.error(`${parsed.error}\n\n${DEMO_USAGE}`);
    process.exit(2);
  }
  if (parsed.help) {
    console.log(DEMO_USAGE);
    return;
  }
  if (process.env.DATABASE_URL) console.log('The demo ignores DATABASE_URL: it uses its own embedded database.');

  // A first Ctrl-C (or SIGTERM) stops the demo; one during the start lets the start finish (or
  // fail and clean up), then stops. A second one exits at once, as `npm start` does.
  let demo: Demo | null = null;
  let stopping = false;
  const stopNow = () =>
    demo!.stop().then(
      () => {
        console.log('Demo stopped; its database is deleted.');
        process.exit(0);
      },
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  const onSignal = (signal: string) => {
    if (stopping) {
      console.log(`${signal} again: exiting without cleaning up${demo ? ` (the demo database stays in ${demo.dataDir})` : ''}.`);
      process.exit(1);
    }
    stopping = true;
    console.log(demo ? `${signal}: stopping the demo…` : `${signal}: stopping once the start has finished…`);
    if (demo) void stopNow();
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));

  try {
    demo = await startDemo(parsed.options);
  } catch (err) {
    const e = err as NodeJS.ErrnoException & { port?: number };
    if (e.code === 'EADDRINUSE') {
      console.error(
        `Port ${e.port ?? parsed.options.port ?? 4000} is in use (is \`npm start\` or another demo running?). Stop it, or choose other ports: npm run demo -- --port 0`,
      );
    } else console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  }
  if (stopping) void stopNow();
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  void main();
}
