// `npm run demo`: started in-process (startDemo, port 0 everywhere, its own temporary embedded
// database), the GraphQL it prints is run as a newcomer would paste it: a dry run sends nothing,
// a real run of each connection fails the refused demo customer and sends the failure e-mail in
// Swedish to the mail sink, the history shows the runs, the printed fix makes the next runs
// clean; stop() closes every server and deletes the database. Then the real command: --help,
// a bad option, and Ctrl-C on the process group (as a terminal sends it) stopping everything.
// The command's process is started when the file starts, so that its start (a first start on a
// new embedded database, most of its cost) overlaps the in-process tests, which spend much of
// their time waiting on Fortnox's rate limit; the Ctrl-C test then finds it ready (or waits).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_NOTIFY, parseDemoArgs, startDemo, type Demo } from '../../src/scripts/demo.js';
import { formatStockholmTime } from '../../src/integration/runtime/notifier.js';
import type { SinkMessage } from '../../src/scripts/mail-sink.js';

const ROOT = join(import.meta.dirname, '../..');
// tsx's command line, on this Node: a tsx parent process relaying signals to the script's process.
const TSX = [join(ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/scripts/demo.ts'];

/** The GraphQL document the demo prints for pasting into GraphiQL. */
function pastedDocument(summary: string): string {
  const from = summary.indexOf('# 1. Dry run');
  const to = summary.indexOf('\n====', from);
  expect(from).toBeGreaterThan(0);
  return summary.slice(from, to);
}

/** `npm run demo` as a terminal starts it, in a process group of its own. */
let command: { child: ChildProcess; out(): string; exited: Promise<{ code: number | null; signal: string | null }> };
let commandDataDir = '';
beforeAll(() => {
  // The real command: npm runs tsx, which relays the signal (and kills a child that does not confirm it in time).
  const child = spawn('npm', ['run', '--silent', 'demo', '--', '--port', '0', '--no-schedule'], {
    cwd: ROOT,
    detached: true,
    env: { ...process.env, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
  const exited = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('exit', (code, signal) => r({ code, signal })));
  command = { child, out: () => out, exited };
});
afterAll(() => {
  try {
    process.kill(-command.child.pid!, 'SIGKILL');
  } catch {
    /* the group is gone */
  }
  const dataDir = commandDataDir || /Database\s+embedded, in (\S+)/.exec(command.out())?.[1];
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type RunData = {
  id: string;
  status: string;
  dryRun: boolean;
  notification: string | null;
  flows: { flowId: string; status: string; created?: number; failed?: number; planned?: unknown }[];
  failures: { reference: string; entityType: string; message: string }[];
};

describe('npm run demo, in-process', () => {
  let demo: Demo;
  const printed: string[] = [];
  let doc: string;

  /** Runs one operation of the printed document as GraphiQL does, with the printed header. */
  async function paste(operationName: string, replace: [string, string] = ['', '']) {
    const headers = JSON.parse(/Headers\s+(\{.*\})/.exec(printed.join('\n'))![1]!) as Record<string, string>;
    const res = await fetch(demo.graphqlUrl.replace('localhost', '127.0.0.1'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: replace[0] ? doc.replaceAll(replace[0], replace[1]) : doc, operationName }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { data: Record<string, { __typename: string; data: RunData }>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  }
  /**
   * Pastes a run operation (answered at once, QUEUED) and follows the run with the printed History
   * query, as a newcomer would, until it has finished and its e-mail is recorded.
   */
  async function pasteRun(operationName: string, replace: [string, string] = ['', '']): Promise<{ __typename: string; data: RunData }> {
    const { runConnection } = await paste(operationName, replace);
    expect(runConnection!.__typename).toBe('MutationRunConnectionSuccess');
    expect(runConnection!.data.status).toBe('QUEUED');
    const id = runConnection!.data.id;
    const until = Date.now() + 90_000;
    for (;;) {
      const { connections } = (await paste('History')) as unknown as { connections: { runs: { edges: { node: RunData }[] } }[] };
      const run = connections.flatMap((c) => c.runs.edges.map((e) => e.node)).find((r) => r.id === id);
      const settled = run && run.status !== 'QUEUED' && run.status !== 'RUNNING' && (run.status === 'SUCCEEDED' || run.dryRun || run.notification !== null);
      if (settled) return { __typename: runConnection!.__typename, data: run };
      if (Date.now() > until) throw new Error(`run ${id} did not finish: ${JSON.stringify(run)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const mail = async () => (await (await fetch(`${demo.mail.url}messages`)).json()) as SinkMessage[];

  beforeAll(async () => {
    demo = await startDemo({ port: 0, scheduler: false, print: (l) => printed.push(l), env: { ...process.env, LOG_LEVEL: 'silent' } });
    doc = pastedDocument(demo.summary);
  }, 180_000);
  afterAll(async () => {
    await demo?.stop();
  });

  it('prints the GraphiQL address, the admin token, the connection ids, GraphQL to paste and the mail sink', async () => {
    const out = printed.join('\n');
    expect(out).toContain(demo.summary);
    expect(out).toMatch(/GraphiQL\s+http:\/\/localhost:\d+\/graphql/);
    expect(out).toContain(`Admin token    ${demo.adminToken}`);
    expect(out).toContain(`{"Authorization": "Bearer ${demo.adminToken}"}`);
    expect(out).toContain(`Mail sink      ${demo.mail.url}`);
    for (const c of [demo.connections.fortnox, demo.connections.visma]) expect(out).toContain(`connection ${c.id}`);
    expect(doc).toMatch(/mutation DryRun \{\n {2}runConnection\(id: "[^"]+", dryRun: true\)/);
    expect(doc).toContain('mutation Run {');
    expect(doc).toContain('query History {');
    expect(doc).toContain('mutation FixCustomer {');
    // Checked at start against each fake, through the API.
    expect(demo.connections.fortnox.check).toBe('Connected to Fortnox: Bygg & Rör i Norr AB (556677-8899)');
    expect(demo.connections.visma.check).toMatch(/^Connected to Visma eAccounting/);
    // GraphiQL is served, and the token works.
    const page = await fetch(demo.graphqlUrl.replace('localhost', '127.0.0.1'), { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    // Read to the end: the page is large (GraphiQL inlined, ~9 MB), and a response nobody reads stays
    // in flight on the server, which stop() then waits for until its shutdown deadline (25 s).
    expect(await page.text()).toMatch(/graphiql/i);
    const me = await demo.graphql<{ connections: { name: string; sandbox: boolean; notificationEmails: string[]; hasCredentials: boolean }[] }>(
      '{ connections { name sandbox notificationEmails hasCredentials } }',
    );
    expect(me.connections).toEqual([
      { name: 'Fortnox (demo)', sandbox: true, notificationEmails: [DEMO_NOTIFY], hasCredentials: true },
      { name: 'Visma eAccounting (demo)', sandbox: true, notificationEmails: [DEMO_NOTIFY], hasCredentials: true },
    ]);
  });

  it('a dry run plans the customers and sends and writes nothing', async () => {
    const writes = demo.fakes.fortnox.writes();
    const runConnection = await pasteRun('DryRun');
    expect(runConnection!.__typename).toBe('MutationRunConnectionSuccess');
    const customers = runConnection!.data.flows.find((f) => f.flowId === 'customer-export')!;
    expect(JSON.stringify(customers.planned)).toContain(`create customer ${demo.refusedCustomer.number}`);
    expect(demo.fakes.fortnox.writes()).toBe(writes);
    expect(demo.fakes.fortnox.state.customers).toEqual([]);
    expect(await mail()).toEqual([]);
  });

  it('a run fails the refused customer and the failure e-mail in Swedish arrives in the mail sink; likewise for Visma', async () => {
    const c = demo.refusedCustomer;
    const fortnox = await pasteRun('Run');
    expect(fortnox!.data.status).toBe('PARTIAL');
    expect(fortnox!.data.failures).toEqual([
      {
        reference: `Customer ${c.number}`,
        entityType: 'customer',
        message: expect.stringContaining('Betalningsvillkoret "20" hittades inte. (TermsOfPayment)'),
      },
    ]);
    expect(fortnox!.data.notification).toBe(`Sent to ${DEMO_NOTIFY}.`);
    expect(demo.fakes.fortnox.state.customers.length).toBeGreaterThan(10);

    const [sent, ...older] = await mail();
    expect(older).toEqual([]);
    expect(sent!.envelope.to).toEqual([DEMO_NOTIFY]);
    expect(sent!.language).toBe('sv');
    expect(sent!.subject).toMatch(/^Integrationen med Fortnox: 1 fel vid körningen \d{1,2} [a-z]+ \d{4} kl\. \d\d:\d\d.* \(Demobygg AB\)$/);
    expect(sent!.text).toContain(
      `  Referens:   Customer ${c.number}\n  Typ:        Kund\n  Flöde:      customer-export\n  Meddelande: Betalningsvillkoret "20" hittades inte. (TermsOfPayment)`,
    );
    expect(sent!.text).toContain('Resultat: delvis lyckad');
    // The listing page shows it too.
    const page = await (await fetch(demo.mail.url)).text();
    expect(page).toContain('Integrationen med Fortnox: 1 fel vid körningen');
    expect(page).toContain('Betalningsvillkoret &#34;20&#34; hittades inte.');

    const visma = await pasteRun('Run', [demo.connections.fortnox.id, demo.connections.visma.id]);
    expect(visma!.data.status).toBe('PARTIAL');
    expect(visma!.data.failures).toEqual([
      { reference: `Customer ${c.number}`, entityType: 'customer', message: 'Visma requires a postcode and a city on the invoice address' },
    ]);
    const [vismaMail] = await mail();
    expect(vismaMail!.subject).toMatch(/^Integrationen med Visma eAccounting \/ Spiris: 1 fel vid körningen /);
    expect(vismaMail!.text).toContain('  Meddelande: Visma requires a postcode and a city on the invoice address');
  }, 120_000);

  it('the run history shows the runs, newest first, with their failures and e-mails', async () => {
    const { connections } = (await paste('History')) as unknown as {
      connections: {
        name: string;
        runs: {
          edges: {
            node: { startedAt: string; trigger: string; dryRun: boolean; status: string; notification: string | null; failures: { reference: string }[] };
          }[];
        };
      }[];
    };
    const byName = Object.fromEntries(connections.map((c) => [c.name, c.runs.edges.map((e) => e.node)]));
    const ref = `Customer ${demo.refusedCustomer.number}`;
    expect(byName['Fortnox (demo)']!.map((r) => [r.trigger, r.dryRun, r.status, r.notification, r.failures.map((f) => f.reference)])).toEqual([
      ['MANUAL', false, 'PARTIAL', `Sent to ${DEMO_NOTIFY}.`, [ref]],
      ['MANUAL', true, 'SUCCEEDED', null, []],
    ]);
    expect(byName['Visma eAccounting (demo)']!.map((r) => [r.status, r.failures.map((f) => f.reference)])).toEqual([['PARTIAL', [ref]]]);
    // The e-mail names the run's time in Stockholm local time.
    const run = byName['Fortnox (demo)']![0]!;
    expect((await mail()).some((m) => m.subject.includes(`körningen ${formatStockholmTime(new Date(run.startedAt), 'sv')} (`))).toBe(true);
  });

  it('after the printed fix both connections run clean and send no e-mail', async () => {
    const { updateCustomer } = await paste('FixCustomer');
    expect(updateCustomer!.__typename).toBe('MutationUpdateCustomerSuccess');
    const before = (await mail()).length;
    for (const id of [demo.connections.fortnox.id, demo.connections.visma.id]) {
      const runConnection = await pasteRun('Run', [demo.connections.fortnox.id, id]);
      expect(runConnection!.data).toMatchObject({ status: 'SUCCEEDED', failures: [], notification: null });
    }
    expect((await mail()).length).toBe(before);
    expect(demo.fakes.fortnox.state.customers.map((x) => String(x.CustomerNumber))).toContain(demo.refusedCustomer.number);
  }, 60_000);

  it('stop() closes the API, the fakes and the mail sink and deletes the demo database', async () => {
    const urls = [
      demo.graphqlUrl.replace('localhost', '127.0.0.1'),
      demo.mail.url,
      `${demo.fakes.fortnox.url}/3/companyinformation`,
      `${demo.fakes.visma.url}/companysettings`,
    ];
    expect(existsSync(demo.dataDir)).toBe(true);
    await demo.stop();
    for (const url of urls) await expect(fetch(url), url).rejects.toThrow();
    expect(existsSync(demo.dataDir)).toBe(false);
  });
});

describe('the demo command', () => {
  it.each([
    [[], { help: false, options: {} }],
    [['--port', '0', '--mail-port', '8025', '--no-schedule'], { help: false, options: { port: 0, mailPort: 8025, scheduler: false } }],
    [['-h'], { help: true }],
    [['--port', '4001', '--help'], { help: true }],
    [['--port'], { error: '--port needs a port number (0–65535)' }],
    [['--port', '70000'], { error: '--port needs a port number (0–65535)' }],
    [['--seed'], { error: 'Unknown option --seed' }],
  ])('%j → %j', (argv, expected) => {
    expect(parseDemoArgs(argv, {})).toEqual(expected);
  });

  it('takes PORT from the environment unless --port is given', () => {
    expect(parseDemoArgs([], { PORT: '5000' })).toEqual({ help: false, options: { port: 5000 } });
    expect(parseDemoArgs(['--port', '0'], { PORT: '5000' })).toEqual({ help: false, options: { port: 0 } });
  });

  it('--help prints usage and exits 0; an unknown option prints usage and exits 2', () => {
    const help = spawnSync(process.execPath, [...TSX, '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run demo/);
    expect(help.stdout).not.toContain('Embedded PostgreSQL');
    const bad = spawnSync(process.execPath, [...TSX, '--bogus'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('Unknown option --bogus');
  }, 60_000);

  it('Ctrl-C (SIGINT to the process group, as a terminal sends it) stops everything and deletes the demo database', async () => {
    const { child, out, exited } = command;
    for (let i = 0; i < 1800 && !out().includes('Demo ready'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(out()).toContain('Demo ready');
    const dataDir = /Database\s+embedded, in (\S+)/.exec(out())![1]!;
    commandDataDir = dataDir;
    const graphiql = /GraphiQL\s+(\S+)/.exec(out())![1]!.replace('localhost', '127.0.0.1');
    const sink = /Mail sink\s+(\S+)/.exec(out())![1]!;
    expect((await fetch(sink)).status).toBe(200);
    expect(existsSync(dataDir)).toBe(true);

    process.kill(-child.pid!, 'SIGINT');
    // npm ends as its script did, or re-raises the SIGINT it got; the demo itself printed its goodbye.
    expect([
      { code: 0, signal: null },
      { code: null, signal: 'SIGINT' },
    ]).toContainEqual(await exited);
    expect(out()).toContain('Demo stopped; its database is deleted.');
    expect(existsSync(dataDir)).toBe(false);
    await expect(fetch(graphiql)).rejects.toThrow();
    await expect(fetch(sink)).rejects.toThrow();
  }, 180_000);
});
