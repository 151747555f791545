// `npm run bench [-- --duration 15 --warmup 5 --page 50 --connections 1,10,50 --scale 1 --seed 1 --only api|postgraphile --sql-reads on|off]`:
// GraphQL read throughput of this API against PostGraphile 5 over the same PostgreSQL database.
//
// Data: `generate.ts` (one company: 2,000 customers, 5,000 projects, 10,000 work orders, 2,500
// change orders, 50,000 invoices, 500,000 invoice lines and as many revenue lines; × --scale),
// generated once per seed and size and reused. Both servers run as child processes with a pool of
// 10 connections and NODE_ENV=production: this API (`api-server.ts`: createApp on node:http, Node
// of this process, tsx) and PostGraphile 5.1.5 (`postgraphile-server.mjs`, Amber preset, same Node).
// PostGraphile and the load generator are the benchmark's own packages (`bench/package.json`,
// installed by `npm run bench` into bench/node_modules, not by the project's install). The load generator (autocannon) runs in this process, so the servers, PostgreSQL and
// the load generator share the machine's cores.
//
// The query is the same logical query for both: the first --page invoices of the company by
// invoice number, each with its date, total, locked flag, customer (number, name), project
// (number, name), work order and change order (number), its lines by position (description,
// quantity, unit price, amount) and its revenue lines by position (account, amount). Before any
// load, both answer it at page size 50 and the answers are compared (same invoices, lines and
// revenue lines, decimals compared by value): the benchmark stops if they differ. PostGraphile runs
// without authentication (a superuser pool, no row-level security); this API authenticates the
// bearer token on every request and scopes its queries to the token's company, as in production.
//
// It measures, after a warm-up of each server at the highest level, per connection level (1, 10,
// 50: a warm-up, then the measured period, the two servers alternating which goes first): requests per second and latency p50/p99 for each server
// and the ratio of this API's requests per second to PostGraphile's; non-2xx responses, socket
// errors and GraphQL `errors` in the response bodies (every body is checked) are flagged.
// Then, for this API: SQL statements per request at page sizes 10, 50 and 200 (the client's
// statement counter, 20 sequential requests each) and memory retained per request (heap and RSS
// after a forced full GC before and after each measured period, divided by the requests served).
//
// Targets: requests per second ≥ PostGraphile's (ratio ≥ 1.0) at 10 and 50 connections; SQL
// statements per request the same at every page size; memory flat (see MEMORY_FLAT_* below).
// Exits 0 whatever the verdicts, 1 if the benchmark itself fails (a server does not start,
// the answers differ, errors under load).
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { Decimal } from 'decimal.js';
import pg from 'pg';
import { ensureBenchData, type BenchData } from './generate.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '../..');

/** Requests per second at these connection levels must be ≥ PostGraphile's. */
const RATIO_TARGET = 1.0;
const RATIO_LEVELS = [10, 50];
/** Memory is "flat" when, at every level, the heap retained after a forced GC is below 1 KiB per request or 2 MiB in all. */
const MEMORY_FLAT_BYTES_PER_REQUEST = 1024;
const MEMORY_FLAT_TOTAL_BYTES = 2 * 1024 * 1024;
const STATEMENT_PAGES = [10, 50, 200];
const STATEMENT_REQUESTS = 20;

// ---------------------------------------------------------------------------------------------
// Options

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
function num(name: string, fallback: number): number {
  const v = arg(name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${name} must be a positive number, got ${JSON.stringify(v)}`);
  return n;
}

const opts = {
  duration: num('--duration', 15),
  warmup: num('--warmup', 5),
  page: num('--page', 50),
  connections: (arg('--connections') ?? '1,10,50').split(',').map((c) => {
    const n = Number(c);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--connections: ${JSON.stringify(c)} is not a positive integer`);
    return n;
  }),
  scale: num('--scale', 1),
  seed: Number(arg('--seed') ?? 1),
  only: arg('--only') as 'api' | 'postgraphile' | undefined,
  /** off: this API answers field by field (resolvers), for before/after figures. */
  sqlReads: (arg('--sql-reads') ?? 'on') as 'on' | 'off',
};
if (opts.sqlReads !== 'on' && opts.sqlReads !== 'off') throw new Error('--sql-reads must be on or off');
if (opts.only !== undefined && opts.only !== 'api' && opts.only !== 'postgraphile') throw new Error('--only must be api or postgraphile');
if (!Number.isInteger(opts.page) || opts.page > 200) throw new Error('--page must be an integer from 1 to 200 (this API serves at most 200 per page)');

// ---------------------------------------------------------------------------------------------
// The query, in each API's terms

const API_QUERY = `query BenchInvoiceList($first: Int!) {
  invoices(first: $first, orderBy: { field: NUMBER }) {
    edges { node {
      number invoiceDate total locked
      customer { number name } project { number name } workOrder { number } changeOrder { number }
      lines { description quantity unitPrice amount }
      revenueLines { accountNumber amount }
    } }
  }
}`;

// PostGraphile's names for the same data (its Amber preset's inflection; composite foreign keys
// (companyId, xId) name the relations "…ByCompanyIdAndXId"). The company is chosen by a
// condition on Invoice.companyId, the order by NUMBER_ASC (unique index (companyId, number)), the
// nested lists ordered by POSITION_ASC (index (companyId, invoiceId, position)).
const POSTGRAPHILE_QUERY = `query BenchInvoiceList($companyId: UUID!, $first: Int!) {
  allInvoices(first: $first, condition: { companyId: $companyId }, orderBy: [NUMBER_ASC]) {
    edges { node {
      number invoiceDate total locked
      customerByCompanyIdAndCustomerId { number name }
      projectByCompanyIdAndProjectId { number name }
      workOrderByCompanyIdAndWorkOrderId { number }
      changeOrderByCompanyIdAndChangeOrderId { number }
      invoiceLinesByCompanyIdAndInvoiceId(orderBy: [POSITION_ASC]) { nodes { description quantity unitPrice amount } }
      invoiceRevenueLinesByCompanyIdAndInvoiceId(orderBy: [POSITION_ASC]) { nodes { accountNumber amount } }
    } }
  }
}`;

type ServerName = 'api' | 'postgraphile';
const LABEL: Record<ServerName, string> = { api: 'this API', postgraphile: 'PostGraphile' };

interface Server {
  name: ServerName;
  child: ChildProcess;
  port: number;
  headers: Record<string, string>;
  body(page: number): string;
  /** Sends an IPC request and waits for the answer with the same id. */
  ask<T>(type: string): Promise<T>;
}

// ---------------------------------------------------------------------------------------------
// Child processes

const children = new Set<ChildProcess>();
let stopping = false;
function killChildren(): void {
  stopping = true;
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGTERM');
}
process.on('exit', killChildren);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => {
    killChildren();
    process.exit(130);
  });
}

let nextId = 1;
function startServer(name: ServerName, command: string, args: string[], env: NodeJS.ProcessEnv, data: BenchData): Promise<Server> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, DATABASE_URL: data.url, PORT: '0' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  children.add(child);
  const waiting = new Map<number, (m: unknown) => void>();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${LABEL[name]} did not start within 120 s`)), 120_000);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      if (!stopping) console.error(`!! ${LABEL[name]} server exited (code ${code}, signal ${signal})`);
      reject(new Error(`${LABEL[name]} server exited (code ${code}, signal ${signal})`));
      for (const [, done] of waiting) done({ error: `${LABEL[name]} server exited` });
    });
    child.on('message', (m: { type?: string; id?: number; port?: number }) => {
      if (m.type === 'listening' && m.port) {
        clearTimeout(timer);
        const isApi = name === 'api';
        resolve({
          name,
          child,
          port: m.port,
          headers: { 'content-type': 'application/json', ...(isApi ? { authorization: `Bearer ${data.token}` } : {}) },
          body: (page) =>
            JSON.stringify(
              isApi ? { query: API_QUERY, variables: { first: page } } : { query: POSTGRAPHILE_QUERY, variables: { companyId: data.companyId, first: page } },
            ),
          ask: <T>(type: string) =>
            new Promise<T>((res, rej) => {
              const id = nextId++;
              waiting.set(id, (a) => {
                waiting.delete(id);
                if ((a as { error?: string }).error) rej(new Error((a as { error: string }).error));
                else res(a as T);
              });
              child.send({ id, type });
            }),
        });
      } else if (m.id !== undefined) {
        waiting.get(m.id)?.(m);
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Requests

async function post(server: Server, page: number): Promise<{ status: number; json: { data?: unknown; errors?: { message: string }[] } }> {
  const res = await fetch(`http://127.0.0.1:${server.port}/graphql`, { method: 'POST', headers: server.headers, body: server.body(page) });
  const text = await res.text();
  try {
    return { status: res.status, json: JSON.parse(text) };
  } catch {
    throw new Error(`${LABEL[server.name]} answered ${res.status} with a body that is not JSON: ${text.slice(0, 300)}`);
  }
}

interface Row {
  number: number;
  invoiceDate: string | null;
  total: string;
  locked: boolean;
  customer: [string, string];
  project: [string, string];
  workOrder: number | null;
  changeOrder: number | null;
  lines: [string, string, string, string][];
  revenueLines: [number | null, string][];
}
const dec = (v: unknown) => new Decimal(String(v)).toFixed();
type Obj = Record<string, unknown>;
type Num = { number: number } | null;

/** Both answers in one shape, decimals by value ("2.0000" → "2"). */
function normalise(name: ServerName, json: { data?: unknown }): Row[] {
  const data = json.data as Obj;
  const edges = ((name === 'api' ? data.invoices : data.allInvoices) as { edges: { node: Obj }[] }).edges;
  return edges.map(({ node: n }) => {
    const pick = (apiName: string, pgName: string) => (name === 'api' ? n[apiName] : n[pgName]);
    const list = (apiName: string, pgName: string) => (name === 'api' ? (n[apiName] as Obj[]) : (n[pgName] as { nodes: Obj[] }).nodes);
    const customer = pick('customer', 'customerByCompanyIdAndCustomerId') as Obj;
    const project = pick('project', 'projectByCompanyIdAndProjectId') as Obj;
    return {
      number: n.number as number,
      invoiceDate: (n.invoiceDate as string | null) ?? null,
      total: dec(n.total),
      locked: n.locked as boolean,
      customer: [String(customer.number), String(customer.name)],
      project: [String(project.number), String(project.name)],
      workOrder: (pick('workOrder', 'workOrderByCompanyIdAndWorkOrderId') as Num)?.number ?? null,
      changeOrder: (pick('changeOrder', 'changeOrderByCompanyIdAndChangeOrderId') as Num)?.number ?? null,
      lines: list('lines', 'invoiceLinesByCompanyIdAndInvoiceId').map((l) => [String(l.description), dec(l.quantity), dec(l.unitPrice), dec(l.amount)]),
      revenueLines: list('revenueLines', 'invoiceRevenueLinesByCompanyIdAndInvoiceId').map((r) => [(r.accountNumber as number | null) ?? null, dec(r.amount)]),
    };
  });
}

async function answer(server: Server, page: number): Promise<Row[]> {
  const { status, json } = await post(server, page);
  if (status !== 200 || json.errors?.length || !json.data) {
    throw new Error(`${LABEL[server.name]} answered ${status}${json.errors ? `: ${json.errors.map((e) => e.message).join('; ')}` : ''}`);
  }
  return normalise(server.name, json);
}

/** Runs the query once on both at page size 50 and compares the normalised answers. */
async function checkSameAnswers(api: Server, pgl: Server): Promise<void> {
  const page = 50;
  const [a, b] = [await answer(api, page), await answer(pgl, page)];
  const count = (rows: Row[]) => ({
    invoices: rows.length,
    lines: rows.reduce((t, r) => t + r.lines.length, 0),
    revenueLines: rows.reduce((t, r) => t + r.revenueLines.length, 0),
    amount: rows.reduce((t, r) => t.plus(r.lines.reduce((s, l) => s.plus(l[3]), new Decimal(0))), new Decimal(0)).toFixed(2),
  });
  const [ca, cb] = [count(a), count(b)];
  const diffs: string[] = [];
  if (a.length !== page) diffs.push(`this API returned ${a.length} invoices, expected ${page}`);
  for (let i = 0; i < Math.max(a.length, b.length) && diffs.length < 5; i++) {
    const [x, y] = [JSON.stringify(a[i]), JSON.stringify(b[i])];
    if (x !== y) diffs.push(`invoice #${i + 1}:\n      this API:     ${x?.slice(0, 400)}\n      PostGraphile: ${y?.slice(0, 400)}`);
  }
  if (diffs.length) throw new Error(`the two APIs' answers differ:\n  - ${diffs.join('\n  - ')}`);
  console.log(
    `Same answers at page size ${page}: invoices ${a[0]?.number}–${a[a.length - 1]?.number} (${ca.invoices}), ${ca.lines} lines, ${ca.revenueLines} revenue lines, ` +
      `line amounts ${ca.amount} in both (PostGraphile: ${cb.invoices} / ${cb.lines} / ${cb.revenueLines} / ${cb.amount}).`,
  );
}

// ---------------------------------------------------------------------------------------------
// Load

interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  socketErrors: number;
  timeouts: number;
  graphqlErrors: number;
  firstError?: string;
}

async function load(server: Server, connections: number, seconds: number): Promise<Load> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  const result = await autocannon({
    url: `http://127.0.0.1:${server.port}/graphql`,
    connections,
    duration: seconds,
    timeout: 60,
    requests: [
      {
        method: 'POST',
        headers: server.headers,
        body: server.body(opts.page),
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) {
            graphqlErrors++;
            firstError ??= body.slice(0, 300);
          }
        },
      },
    ],
  });
  return {
    reqPerSec: result.requests.total / result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    firstError,
  };
}

/**
 * autocannon stops at the end of a period with requests still in flight; the server goes on
 * working on them (and on those queued for its pool). Waits until the database has had no active
 * statement from the benchmark database for 500 ms (then 200 ms more for the last responses to be
 * written), so a period does not start, and memory is not read, while the previous one's
 * abandoned requests still run.
 */
async function settle(db: pg.Client): Promise<void> {
  const deadline = Date.now() + 120_000;
  let quietSince = 0;
  while (Date.now() < deadline) {
    const { rows } = await db.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state NOT IN ('idle')`,
    );
    if (rows[0]!.n === '0') {
      quietSince ||= Date.now();
      if (Date.now() - quietSince >= 500) break;
    } else quietSince = 0;
    await new Promise((r) => setTimeout(r, 50));
  }
  await new Promise((r) => setTimeout(r, 200));
}

interface Memory {
  heapUsed: number;
  rss: number;
}
async function memory(server: Server): Promise<Memory> {
  const { memory: m } = await server.ask<{ memory: Memory }>('memory');
  return { heapUsed: m.heapUsed, rss: m.rss };
}

// ---------------------------------------------------------------------------------------------
// Statements per request (this API)

/** Statements of each of STATEMENT_REQUESTS sequential requests, less the token's lastUsedAt updates (once a minute, whatever the query). */
async function statementsPerRequest(api: Server, page: number): Promise<{ counts: number[]; touches: number }> {
  await answer(api, page);
  await api.ask('statements'); // reset
  const counts: number[] = [];
  let touches = 0;
  for (let i = 0; i < STATEMENT_REQUESTS; i++) {
    await answer(api, page);
    const r = await api.ask<{ statements: number; tokenTouches: number }>('statements');
    counts.push(r.statements - r.tokenTouches);
    touches += r.tokenTouches;
  }
  return { counts, touches };
}

// ---------------------------------------------------------------------------------------------
// Main

const fmt = (n: number, d = 0) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
const mib = (b: number) => `${(b / 1048576).toFixed(1)} MiB`;

async function main(): Promise<number> {
  const pgVersion = await serverVersion();
  console.log(
    `GraphQL read benchmark: this API vs PostGraphile 5.1.5 — ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${fmt(totalmem() / 1073741824, 1)} GiB, ` +
      `Node ${process.version} (this API), PostgreSQL ${pgVersion}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
  );
  console.log(
    `Options: page ${opts.page}, connections ${opts.connections.join(',')}, warm-up ${opts.warmup} s, measured ${opts.duration} s, scale ${opts.scale}, seed ${opts.seed}` +
      (opts.only ? `, only ${LABEL[opts.only]}` : '') +
      `, this API's compiled reads ${opts.sqlReads}` +
      '\n',
  );

  const data = await ensureBenchData({ seed: opts.seed, scale: opts.scale });
  console.log();

  const servers: Server[] = [];
  if (opts.only !== 'postgraphile') {
    servers.push(
      await startServer(
        'api',
        process.execPath,
        ['--expose-gc', '--import', 'tsx', join(HERE, 'api-server.ts')],
        { NODE_ENV: 'production', BENCH_SQL_READS: opts.sqlReads },
        data,
      ),
    );
  }
  if (opts.only !== 'api') {
    const version = process.version;
    servers.push(
      await startServer(
        'postgraphile',
        process.execPath,
        ['--expose-gc', join(HERE, 'postgraphile-server.mjs')],
        { NODE_ENV: 'production', GRAPHILE_ENV: 'production' },
        data,
      ),
    );
    console.log(`PostGraphile runs on Node ${version}.`);
  }
  const api = servers.find((s) => s.name === 'api');
  const pgl = servers.find((s) => s.name === 'postgraphile');
  if (api && pgl) await checkSameAnswers(api, pgl);
  else for (const s of servers) console.log(`${LABEL[s.name]} answers: ${(await answer(s, opts.page)).length} invoices at page size ${opts.page}.`);

  // Load: per connection level, each server gets a warm-up then the measured period; the order
  // alternates from level to level.
  const monitor = new pg.Client({ connectionString: data.url });
  await monitor.connect();
  const results = new Map<number, Partial<Record<ServerName, Load>>>();
  const mem = new Map<number, Partial<Record<ServerName, { before: Memory; after: Memory }>>>();
  const problems: string[] = [];
  console.log(`\nLoad (autocannon, POST /graphql, page size ${opts.page}):`);
  // First a warm-up of each server at the highest level, so that the first level's measured
  // period does not also carry the one-time settling (JIT, pools, caches) of a cold process.
  for (const s of servers) {
    await load(s, Math.max(...opts.connections), opts.warmup);
    await settle(monitor);
  }
  for (const [k, c] of opts.connections.entries()) {
    const order = k % 2 === 0 ? servers : [...servers].reverse();
    results.set(c, {});
    mem.set(c, {});
    for (const s of order) {
      await load(s, c, opts.warmup);
      await settle(monitor);
      const before = await memory(s);
      const r = await load(s, c, opts.duration);
      await settle(monitor);
      const after = await memory(s);
      results.get(c)![s.name] = r;
      mem.get(c)![s.name] = { before, after };
      const flags = [
        r.requests === 0 && `no response within the ${opts.duration} s period`,
        r.non2xx && `${r.non2xx} non-2xx`,
        r.socketErrors && `${r.socketErrors} socket errors (${r.timeouts} timeouts)`,
        r.graphqlErrors && `${r.graphqlErrors} responses with GraphQL errors, e.g. ${r.firstError}`,
      ].filter(Boolean);
      console.log(
        `  ${String(c).padStart(3)} connections, ${LABEL[s.name].padEnd(12)} ${fmt(r.reqPerSec, 1).padStart(8)} req/s  p50 ${fmt(r.p50).padStart(5)} ms  p99 ${fmt(r.p99).padStart(5)} ms  ` +
          `(${fmt(r.requests)} requests)${flags.length ? `  !! ${flags.join(', ')}` : ''}`,
      );
      if (flags.length) problems.push(`${LABEL[s.name]} at ${c} connections: ${flags.join(', ')}`);
    }
  }

  console.log('\n| connections | this API req/s | p50 | p99 | PostGraphile req/s | p50 | p99 | ratio this/PostGraphile (req/s) |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
  const cell = (r?: Load) => (r?.requests ? [fmt(r.reqPerSec, 1), `${fmt(r.p50)} ms`, `${fmt(r.p99)} ms`] : [r ? '0' : '–', '–', '–']);
  for (const c of opts.connections) {
    const r = results.get(c)!;
    const ratio = r.api && r.postgraphile?.requests ? (r.api.reqPerSec / r.postgraphile.reqPerSec).toFixed(2) : '–';
    console.log(`| ${c} | ${[...cell(r.api), ...cell(r.postgraphile), ratio].join(' | ')} |`);
  }

  await monitor.end();

  // Statements per request (this API).
  let statementsConstant: boolean | undefined;
  if (api) {
    console.log(
      `\nSQL statements per request, this API (${STATEMENT_REQUESTS} sequential requests per page size, counted by the database client: Prisma's query events and the app's prepared reads):`,
    );
    const perPage: number[][] = [];
    for (const page of STATEMENT_PAGES) {
      const { counts, touches } = await statementsPerRequest(api, page);
      perPage.push(counts);
      const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
      console.log(
        `  page ${String(page).padStart(3)}: ${fmt(mean, 2)} statements per request (min ${Math.min(...counts)}, max ${Math.max(...counts)})` +
          (touches ? ` (+ ${touches} update of the token's lastUsedAt, once a minute, not counted)` : ''),
      );
    }
    const all = perPage.flat();
    statementsConstant = Math.min(...all) === Math.max(...all);
    console.log(`  ${statementsConstant ? 'constant' : 'NOT constant'} across page sizes ${STATEMENT_PAGES.join(', ')}`);
  }

  // Memory per request.
  let memoryFlat: boolean | undefined;
  console.log('\nMemory retained per request (after a forced full GC, before vs. after each measured period):');
  for (const s of servers) {
    let flat = true;
    for (const c of opts.connections) {
      const m = mem.get(c)![s.name]!;
      const n = results.get(c)![s.name]!.requests;
      const dHeap = m.after.heapUsed - m.before.heapUsed;
      const dRss = m.after.rss - m.before.rss;
      const ok = dHeap < MEMORY_FLAT_TOTAL_BYTES || (n > 0 && dHeap / n < MEMORY_FLAT_BYTES_PER_REQUEST);
      const per = (d: number) => (n > 0 ? `${fmt(d / n)} B/request` : 'no requests');
      if (s.name === 'api') flat &&= ok;
      console.log(
        `  ${LABEL[s.name].padEnd(12)} ${String(c).padStart(3)} connections: heap ${mib(m.before.heapUsed)} → ${mib(m.after.heapUsed)} ` +
          `(${per(dHeap)}), RSS ${mib(m.before.rss)} → ${mib(m.after.rss)} (${per(dRss)}) over ${fmt(n)} requests` +
          (s.name === 'api' ? (ok ? '' : '  (grows)') : '  (reference)'),
      );
    }
    if (s.name === 'api') memoryFlat = flat;
  }

  // Verdicts.
  console.log('\nAgainst the targets:');
  if (api && pgl) {
    for (const c of RATIO_LEVELS) {
      const r = results.get(c);
      if (!r?.api || !r.postgraphile) {
        console.log(`  requests per second ≥ PostGraphile's at ${c} connections: not measured (use --connections …,${c})`);
        continue;
      }
      const ratio = r.postgraphile.reqPerSec > 0 ? r.api.reqPerSec / r.postgraphile.reqPerSec : NaN;
      console.log(
        `  requests per second at ${c} connections: ${fmt(r.api.reqPerSec, 1)} vs. PostGraphile ${fmt(r.postgraphile.reqPerSec, 1)}: ` +
          `ratio ${ratio.toFixed(2)} (target ≥ ${RATIO_TARGET.toFixed(1)}): ${ratio >= RATIO_TARGET ? 'met' : 'NOT met'}`,
      );
    }
  } else {
    console.log('  ratio to PostGraphile: not measured (--only)');
  }
  if (statementsConstant !== undefined) console.log(`  SQL statements per request constant in the page size: ${statementsConstant ? 'met' : 'NOT met'}`);
  if (memoryFlat !== undefined) {
    console.log(
      `  memory flat (heap retained < ${fmt(MEMORY_FLAT_BYTES_PER_REQUEST)} B per request or < ${mib(MEMORY_FLAT_TOTAL_BYTES)} per measured period, at every level): ${memoryFlat ? 'met' : 'NOT met'}`,
    );
  }
  console.log(
    `  (load average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')})`,
  );

  if (problems.length) {
    console.error(`\nThe benchmark saw failures under load:\n  - ${problems.join('\n  - ')}`);
    return 1;
  }
  return 0;
}

async function serverVersion(): Promise<string> {
  const url = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
  const u = new URL(url);
  u.pathname = '/postgres';
  const c = new pg.Client({ connectionString: u.toString() });
  await c.connect();
  try {
    return (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version;
  } finally {
    await c.end();
  }
}

main().then(
  (code) => {
    killChildren();
    process.exit(code);
  },
  (err: unknown) => {
    console.error(`\nbench failed: ${err instanceof Error ? err.message : String(err)}`);
    killChildren();
    process.exit(1);
  },
);
