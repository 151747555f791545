// `npm run bench:runs [-- --part sweep|conc1|kill|lock] [--quick] [--companies 200]`: the run
// engine at scale. A database of its own on PostgreSQL (127.0.0.1:5432, user postgres; created as
// bench_runs_<pid> and dropped at the end), companies each with a Fortnox connection to a fake
// Fortnox of its own (so each connection has its own access token and its own 25-requests-per-5-s
// window) and a backlog of customers and projects, and 1, 2 and 4 worker processes
// (bench/runs/worker.ts: the integration runtime and the run engine as the server builds them,
// no HTTP). The benchmark enqueues the sweep (engine.sweep(), what the scheduled tick does) and
// waits until every connection's run has finished.
//
// Parts (all by default):
//   sweep  N companies (default 200) with backlogs of 3–60 customers and 2–60 projects, run by 1, 2
//          and 4 processes sharing a total run concurrency (--concurrency, default 48). Prints the
//          time until every run finished, the floor (the slowest connection's requests ÷ the rate
//          limit; target ≤ 1.1×), the bound the run slots set, CPU per run (the workers' CPU time
//          ÷ runs), jobs lost (a connection never run) and run twice (two runs of one connection,
//          or an entity POSTed twice) — both must be 0.
//   conc1  The same with one run at a time per process (8 companies of equal backlog): throughput
//          against one process (targets: 2 processes ≥ 1.8×, 4 ≥ 3×).
//   kill   One process takes every run, a second one starts, the first is SIGKILLed; its runs are finished by the second with
//          nothing sent twice. Prints how long the takeover took.
//   lock   K invoices (default 50) locked through the GraphQL mutation lockInvoice of an API
//          started in this process (src/start.ts, not working runs), at random moments while the
//          workers are idle and while they export other companies' backlogs: the time from the
//          mutation's answer (after its commit) to the fake receiving the invoice (p50/p95;
//          target p95 < 5 s).
// Between rounds the fakes' data, the id maps, checkpoints and runs are reset, so each round
// exports the full backlog.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { openDatabase, type OpenDatabase } from '../../src/db/database.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createSecretBox } from '../../src/integration/runtime/crypto.js';
import { createRunEngine, installRunEngine, PRUNE_QUEUE, RUN_QUEUE, SWEEP_QUEUE, type RunEngine } from '../../src/integration/runtime/engine.js';
import { postgresRunLocks } from '../../src/integration/runtime/locks.js';
import { loadConnectors } from '../../src/integration/runtime/registry.js';
import { assembleRuntime, STALE_RUN_MESSAGE } from '../../src/integration/runtime/run.js';
import { domainPorts } from '../../src/modules/ports.js';
import { createInvoice } from '../../src/modules/invoices/service.js';
import { createAccount } from '../../src/modules/registers/service.js';
import { BUILT_IN_CONNECTORS } from '../../connectors/index.js';
import { startFortnoxFake, type FortnoxFake, type FortnoxFakeRequest } from '../../connectors/fortnox/fake/server.js';
import { createBacklog, createFortnoxConnection, type Backlog } from '../fortnox/setup.js';

// --- options -----------------------------------------------------------------------------------

const argv = process.argv.slice(2);
function opt(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i < 0 ? undefined : argv[i + 1];
}
function intOpt(name: string, fallback: number): number {
  const raw = opt(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} expects a positive integer, got ${raw}`);
  return n;
}
const quick = argv.includes('--quick');
const PARTS = ['sweep', 'conc1', 'kill', 'lock'] as const;
type Part = (typeof PARTS)[number];
const partArg = opt('--part');
if (partArg && !PARTS.includes(partArg as Part)) throw new Error(`--part expects one of ${PARTS.join(', ')}`);
const parts: Part[] = partArg ? [partArg as Part] : [...PARTS];
const nCompanies = intOpt('--companies', quick ? 20 : 200);
/** Run slots shared by the worker processes of the sweep (each process gets its share). */
const totalConcurrency = intOpt('--concurrency', quick ? 12 : 48);
const processCounts = (opt('--processes') ?? '1,2,4').split(',').map(Number);
const nConc1 = intOpt('--conc1-companies', quick ? 4 : 8);
const nLocks = intOpt('--locks', quick ? 10 : 50);
const nLockCompanies = Math.min(nLocks, quick ? 5 : 10);
const nBusy = Math.min(nCompanies, intOpt('--busy-companies', quick ? 8 : 24));
const ADMIN_URL = process.env.BENCH_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/** The fake's window (Fortnox's documented limit, the fake's default), passed explicitly: the floor is computed from it. */
const LIMIT = { requests: 25, perMs: 5000 };
const PER_SECOND = LIMIT.requests / (LIMIT.perMs / 1000);
const TOKEN_PATH = '/oauth-v1/token';
/** A cron expression that does not fire while the benchmark runs (1 January, 03:00): the benchmark enqueues the sweep itself. */
const NEVER = '0 3 1 1 *';
const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));

// --- printing ----------------------------------------------------------------------------------

const fmt = (n: number, d = 0) => n.toLocaleString('en', { minimumFractionDigits: d, maximumFractionDigits: d });
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const table = (head: string[], rows: string[][]) => {
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => `  ${r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ')}`;
  console.log(line(head));
  for (const r of rows) console.log(line(r));
};
const verdicts: [string, boolean, string][] = [];

// --- a deterministic random sequence (sizes, lock moments) -------------------------------------

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(19);

// --- the database ------------------------------------------------------------------------------

const dbName = `bench_runs_${process.pid}`;
const url = (() => {
  const u = new URL(ADMIN_URL);
  u.pathname = `/${dbName}`;
  return u.toString();
})();
async function admin(sql: string) {
  const c = new pg.Client({ connectionString: ADMIN_URL });
  await c.connect();
  try {
    await c.query(sql);
  } finally {
    await c.end();
  }
}

// --- companies, their fakes and connections -----------------------------------------------------

interface Tenant extends Backlog {
  index: number;
  customers: number;
  projects: number;
  fake: FortnoxFake;
  connectionId: string;
  /** Where this round's requests start in the fake's log. */
  logFrom: number;
}

const key = randomBytes(32);
const secrets = createSecretBox(key);
const tenants: Tenant[] = [];

async function createTenants(database: OpenDatabase, group: string, sizes: { customers: number; projects: number }[]): Promise<Tenant[]> {
  const out: Tenant[] = [];
  const BATCH = 8;
  for (let i = 0; i < sizes.length; i += BATCH) {
    const made = await Promise.all(
      sizes.slice(i, i + BATCH).map(async (s, k) => {
        const index = tenants.length + i + k;
        const fake = await startFortnoxFake({ rateLimit: LIMIT });
        const b = await createBacklog(database.prisma, {
          name: `${group} ${i + k + 1} Bygg AB`,
          email: `admin-${index}@bench-runs.se`,
          customers: s.customers,
          projects: s.projects,
        });
        const connectionId = await createFortnoxConnection(b.db, fake, secrets);
        return { ...b, index, customers: s.customers, projects: s.projects, fake, connectionId, logFrom: 0 } satisfies Tenant;
      }),
    );
    out.push(...made);
  }
  tenants.push(...out);
  return out;
}

/** The fakes' customers and projects, and the database's id maps, checkpoints and runs, as before the first run. */
async function reset(database: OpenDatabase, group: Tenant[]) {
  const ids = group.map((t) => t.connectionId);
  for (const t of group) {
    t.fake.state.customers.length = 0;
    t.fake.state.projects.length = 0;
    t.logFrom = t.fake.requests().length;
  }
  // Across companies: the benchmark's own bookkeeping, not a tenant's operation.
  await database.prisma.externalIdMapping.deleteMany({ where: { connectionId: { in: ids } } });
  await database.prisma.flowCheckpoint.deleteMany({ where: { connectionId: { in: ids } } });
  await database.prisma.connectorRun.deleteMany({ where: { connectionId: { in: ids } } });
  // Only this group's connections are swept.
  await database.prisma.connection.updateMany({ where: { id: { in: ids } }, data: { active: true, pausedAt: null, consecutiveFailures: 0 } });
  await database.prisma.connection.updateMany({ where: { id: { notIn: ids } }, data: { active: false } });
}

// --- worker processes --------------------------------------------------------------------------

interface Worker {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
  messages: string[];
}

let workerSeq = 0;
async function startWorkers(n: number, concurrency: number, env: Record<string, string> = {}): Promise<Worker[]> {
  const started = Array.from({ length: n }, () => {
    const name = `worker ${++workerSeq}`;
    // BENCH_WORKER_NODE_ARGS: extra node options for the workers (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof").
    const nodeArgs = (process.env.BENCH_WORKER_NODE_ARGS ?? '').split(' ').filter(Boolean);
    const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', WORKER], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        DATABASE_URL: url,
        DATABASE_POOL_SIZE: '5',
        INTEGRATION_SECRET_KEY: key.toString('hex'),
        CONNECTOR_RUN_CONCURRENCY: String(concurrency),
        CONNECTOR_SANDBOX_CONNECTIONS: 'true',
        CONNECTOR_SCHEDULE: NEVER,
        BENCH_WORKER_NAME: name,
        ...env,
      },
    });
    const messages: string[] = [];
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const ready = new Promise<void>((resolve, reject) => {
      let out = '';
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('ready')) resolve();
      });
      child.stderr!.on('data', (d: Buffer) => {
        for (const l of d.toString().split('\n')) if (l.trim()) messages.push(l);
      });
      void exited.then((code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${messages.slice(-20).join('\n')}`)));
    });
    return { w: { name, child, exited, messages } satisfies Worker, ready };
  });
  await Promise.all(started.map((s) => s.ready));
  return started.map((s) => s.w);
}

async function stopWorkers(workers: Worker[]) {
  for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
  await Promise.all(workers.map((w) => Promise.race([w.exited, sleep(20_000).then(() => w.child.kill('SIGKILL'))])));
  const shown = workers.flatMap((w) => w.messages).filter((m) => !/stop failed/.test(m));
  if (shown.length) {
    console.log(`  worker messages (${shown.length}):`);
    for (const m of shown.slice(0, 8)) console.log(`    ${m.slice(0, 240)}`);
  }
}

/** CPU time (user + system) of a process so far, in ms, from /proc (Linux). */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 (utime, stime) in clock ticks; 100 per second on Linux.
    return ((Number(f[11]) + Number(f[12])) * 1000) / 100;
  } catch {
    return 0;
  }
}

// --- one round: enqueue, wait, measure ---------------------------------------------------------

interface RunRow {
  connectionId: string;
  status: string;
  startedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

interface RoundResult {
  elapsedMs: number;
  runs: RunRow[];
  /** Requests each connection's fake answered (429s and token requests excluded), this round. */
  served: number[];
  tooMany: number;
  lost: number;
  twice: number;
  duplicatePosts: number;
  incomplete: number;
  cpuMs: number;
  entities: number;
  /** Failed runs other than those marked dead after a kill. */
  failed: string[];
}

function roundRequests(t: Tenant): FortnoxFakeRequest[] {
  return t.fake
    .requests()
    .slice(t.logFrom)
    .filter((r) => r.path !== TOKEN_PATH);
}

/** POSTs answered 2xx that created an entity already created this round (by its number). */
function duplicatePosts(reqs: FortnoxFakeRequest[]): number {
  const seen = new Set<string>();
  let dup = 0;
  for (const r of reqs) {
    if (r.method !== 'POST' || r.status < 200 || r.status >= 300) continue;
    const body = (r.body ?? {}) as Record<string, Record<string, unknown>>;
    const k =
      r.path === '/3/customers'
        ? `c:${body.Customer?.CustomerNumber}`
        : r.path === '/3/projects'
          ? `p:${body.Project?.ProjectNumber}`
          : r.path === '/3/invoices'
            ? `i:${body.Invoice?.ExternalInvoiceReference1}`
            : null;
    if (!k) continue;
    if (seen.has(k)) dup++;
    seen.add(k);
  }
  return dup;
}

async function waitForRuns(database: OpenDatabase, group: Tenant[], since: Date, timeoutMs: number, done?: (runs: RunRow[]) => boolean) {
  const ids = group.map((t) => t.connectionId);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const runs: RunRow[] = await database.prisma.connectorRun.findMany({
      where: { connectionId: { in: ids }, startedAt: { gte: since } },
      select: { connectionId: true, status: true, startedAt: true, finishedAt: true, error: true },
    });
    const finished = new Set(runs.filter((r) => r.status !== 'RUNNING' && r.error !== STALE_RUN_MESSAGE).map((r) => r.connectionId));
    const ok = done ? done(runs) : finished.size === ids.length && runs.every((r) => r.status !== 'RUNNING');
    if (ok || Date.now() > deadline) return runs;
    await sleep(250);
  }
}

function measure(group: Tenant[], runs: RunRow[], t0: number, cpu: number): RoundResult {
  const byConnection = new Map<string, RunRow[]>();
  for (const r of runs) byConnection.set(r.connectionId, [...(byConnection.get(r.connectionId) ?? []), r]);
  let lost = 0;
  let twice = 0;
  let duplicates = 0;
  let incomplete = 0;
  let tooMany = 0;
  const served: number[] = [];
  const failed: string[] = [];
  for (const t of group) {
    const rs = byConnection.get(t.connectionId) ?? [];
    const good = rs.filter((r) => r.status === 'SUCCEEDED');
    if (good.length === 0) lost++;
    // A run marked dead after a kill is followed by the run that finishes its work: not twice.
    const dead = rs.filter((r) => r.error === STALE_RUN_MESSAGE || r.status === 'RUNNING').length;
    if (rs.length - dead > 1) twice++;
    for (const r of rs) if (r.status !== 'SUCCEEDED' && r.error !== STALE_RUN_MESSAGE) failed.push(`${t.index}: ${r.status} ${r.error ?? ''}`);
    const reqs = roundRequests(t);
    duplicates += duplicatePosts(reqs);
    tooMany += reqs.filter((r) => r.status === 429).length;
    served.push(reqs.filter((r) => r.status !== 429).length);
    if (t.fake.state.customers.length !== t.customers || t.fake.state.projects.length !== t.projects) incomplete++;
  }
  const last = Math.max(...runs.map((r) => r.finishedAt?.getTime() ?? Date.now()));
  return {
    elapsedMs: last - t0,
    runs,
    served,
    tooMany,
    lost,
    twice,
    duplicatePosts: duplicates,
    incomplete,
    cpuMs: cpu,
    entities: group.reduce((s, t) => s + t.customers + t.projects, 0),
    failed,
  };
}

let lastRoundEnd = 0;
/** The fakes' windows hold the previous round's last requests for 5 s. */
async function windowsClear() {
  const wait = lastRoundEnd + LIMIT.perMs + 200 - Date.now();
  if (wait > 0) await sleep(wait);
}

async function round(
  database: OpenDatabase,
  sender: RunEngine,
  group: Tenant[],
  o: { processes: number; concurrency: number; env?: Record<string, string>; during?: (workers: Worker[], t0: number) => Promise<void>; timeoutMs?: number },
): Promise<RoundResult & { workers: Worker[]; benchCpuMs: number }> {
  await reset(database, group);
  const workers = await startWorkers(o.processes, o.concurrency, o.env);
  await windowsClear();
  const cpu0 = workers.map((w) => cpuMs(w.child.pid));
  const own0 = process.cpuUsage();
  const since = new Date(Date.now() - 1000);
  const t0 = Date.now();
  const { enqueued } = await sender.sweep();
  if (enqueued !== group.length) console.log(`  (the sweep enqueued ${enqueued} of ${group.length} runs: the others were still queued)`);
  const during = o.during?.(workers, t0);
  const runs = await waitForRuns(database, group, since, o.timeoutMs ?? 15 * 60_000);
  await during;
  const cpu = workers.reduce((s, w, i) => s + (w.child.exitCode === null && w.child.signalCode === null ? cpuMs(w.child.pid) - cpu0[i]! : 0), 0);
  lastRoundEnd = Date.now();
  await stopWorkers(workers);
  const own = process.cpuUsage(own0);
  return { ...measure(group, runs, t0, cpu), workers, benchCpuMs: (own.user + own.system) / 1000 };
}

// --- the benchmark -----------------------------------------------------------------------------

console.log(
  `Run engine benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `PostgreSQL database ${dbName} (created and dropped by the benchmark); fake Fortnox ${LIMIT.requests} requests / ${LIMIT.perMs} ms per access token`,
);
console.log(`Parts: ${parts.join(', ')}${quick ? ' (quick)' : ''}\n`);

await admin(`CREATE DATABASE ${dbName}`);
let database: OpenDatabase | null = null;
let sender: RunEngine | null = null;
const closers: (() => Promise<unknown>)[] = [];
try {
  const tSetup = Date.now();
  database = await openDatabase({ DATABASE_URL: url, DATA_DIR: '.', DATABASE_POOL_SIZE: 4 });
  await installRunEngine(url);
  const quiet = () => undefined;
  const rt = assembleRuntime({
    prisma: database.prisma,
    registry: await loadConnectors({ builtIn: BUILT_IN_CONNECTORS, packages: [] }),
    ports: domainPorts,
    secrets,
    locks: postgresRunLocks(url),
    notifier: null,
    log: { debug: quiet, info: quiet, warn: (m) => console.warn(`  [warn] ${m}`), error: (m) => console.error(`  [error] ${m}`) },
    runTimeoutMs: 20 * 60_000,
    stopping: { value: false },
  });
  // Enqueues only (work: false), like an API instance: the sweep below is what the scheduled tick runs.
  sender = createRunEngine(rt, { url, work: false });
  await sender.start();

  const sweepGroup =
    parts.includes('sweep') || parts.includes('lock')
      ? await createTenants(
          database,
          'Sweep',
          Array.from({ length: nCompanies }, (_, i) =>
            // One company with the largest backlog (60 + 60) sets the floor; the others 3–60 customers and 2–60 projects.
            i === Math.floor(nCompanies / 2)
              ? { customers: 60, projects: 60 }
              : { customers: 3 + Math.floor(random() * 58), projects: 2 + Math.floor(random() * 59) },
          ),
        )
      : [];
  const conc1Group = parts.includes('conc1')
    ? await createTenants(
        database,
        'Conc1',
        Array.from({ length: nConc1 }, () => ({ customers: 20, projects: 20 })),
      )
    : [];
  const killGroup = parts.includes('kill')
    ? await createTenants(
        database,
        'Kill',
        Array.from({ length: quick ? 2 : 4 }, () => ({ customers: 60, projects: 60 })),
      )
    : [];
  const lockGroup = parts.includes('lock')
    ? await createTenants(
        database,
        'Lock',
        Array.from({ length: nLockCompanies }, () => ({ customers: 5, projects: 3 })),
      )
    : [];
  closers.push(() => Promise.all(tenants.map((t) => t.fake.close().catch(() => undefined))));
  console.log(
    `Set up ${tenants.length} companies, each with a Fortnox connection to a fake of its own, in ${secs(Date.now() - tSetup)}; ` +
      `${fmt(tenants.reduce((s, t) => s + t.customers, 0))} customers, ${fmt(tenants.reduce((s, t) => s + t.projects, 0))} projects\n`,
  );

  // --- 1. the sweep ---------------------------------------------------------------------------
  if (parts.includes('sweep')) {
    console.log(`1. Sweep of ${nCompanies} companies (backlogs of 3–60 customers and 2–60 projects; ${totalConcurrency} run slots shared by the processes)`);
    const rows: string[][] = [];
    for (const p of processCounts) {
      const per = Math.ceil(totalConcurrency / p);
      const r = await round(database, sender, sweepGroup, { processes: p, concurrency: per });
      const slowest = Math.max(...r.served);
      const floorMs = (slowest / PER_SECOND) * 1000;
      const slotBoundMs = (r.served.reduce((s, n) => s + n / PER_SECOND, 0) * 1000) / (per * p);
      const ratio = r.elapsedMs / floorMs;
      const runs = r.runs.length;
      rows.push([
        `${p} × ${per}`,
        secs(r.elapsedMs),
        secs(floorMs),
        ratio.toFixed(2),
        secs(Math.max(floorMs, slotBoundMs)),
        (r.elapsedMs / Math.max(floorMs, slotBoundMs)).toFixed(2),
        `${fmt(r.cpuMs / Math.max(runs, 1))} ms`,
        secs(r.benchCpuMs),
        fmt(r.entities / (r.elapsedMs / 1000), 1),
        String(r.lost),
        String(r.twice + r.duplicatePosts),
        String(r.tooMany),
        String(r.incomplete),
      ]);
      if (r.failed.length) console.log(`  failed runs: ${r.failed.slice(0, 5).join('; ')}${r.failed.length > 5 ? ` … ${r.failed.length} in all` : ''}`);
      verdicts.push([`sweep, ${p} process(es): ≤ 1.1 × floor`, ratio <= 1.1, `${ratio.toFixed(2)} × (${secs(r.elapsedMs)} / ${secs(floorMs)})`]);
      verdicts.push([
        `sweep, ${p} process(es): 0 lost, 0 twice`,
        r.lost === 0 && r.twice + r.duplicatePosts === 0 && r.incomplete === 0,
        `${r.lost} lost, ${r.twice + r.duplicatePosts} twice, ${r.incomplete} incomplete`,
      ]);
    }
    table(
      [
        'processes × slots',
        'all finished',
        'floor',
        'ratio',
        'slot bound',
        'ratio',
        'CPU/run',
        'fakes CPU',
        'entities/s',
        'lost',
        'twice',
        '429s',
        'incomplete',
      ],
      rows,
    );
    console.log(
      `  floor: the slowest connection's requests ÷ ${PER_SECOND}/s; slot bound: every connection's requests ÷ ${PER_SECOND}/s, summed and divided by the run slots (no schedule can beat it); fakes CPU: this process's CPU time in the round (the fakes, polling)\n`,
    );
  }

  // --- 2. one run at a time per process -------------------------------------------------------
  if (parts.includes('conc1')) {
    console.log(`2. One run at a time per process: ${nConc1} companies of 20 customers + 20 projects each`);
    const rows: string[][] = [];
    let base = 0;
    for (const p of processCounts) {
      const r = await round(database, sender, conc1Group, { processes: p, concurrency: 1 });
      const perMinute = (r.runs.length / r.elapsedMs) * 60_000;
      if (p === processCounts[0]) base = perMinute / p;
      const gain = perMinute / base;
      rows.push([
        String(p),
        secs(r.elapsedMs),
        fmt(perMinute, 1),
        fmt(r.entities / (r.elapsedMs / 1000), 1),
        `${gain.toFixed(2)}×`,
        `${fmt(r.cpuMs / Math.max(r.runs.length, 1))} ms`,
        String(r.lost),
        String(r.twice + r.duplicatePosts),
      ]);
      const target = p >= 4 ? 3 : p >= 2 ? 1.8 : 1;
      if (p > 1) verdicts.push([`concurrency 1, ${p} processes: ≥ ${target}× one process`, gain >= target, `${gain.toFixed(2)}×`]);
      verdicts.push([
        `concurrency 1, ${p} process(es): 0 lost, 0 twice`,
        r.lost === 0 && r.twice + r.duplicatePosts === 0 && r.incomplete === 0,
        `${r.lost} lost, ${r.twice + r.duplicatePosts} twice`,
      ]);
    }
    table(['processes', 'all finished', 'runs/min', 'entities/s', 'vs 1 process', 'CPU/run', 'lost', 'twice'], rows);
    console.log('');
  }

  // --- 3. a worker killed mid-run -------------------------------------------------------------
  if (parts.includes('kill')) {
    const lease = 20;
    console.log(
      `3. SIGKILL of a worker mid-run: ${killGroup.length} companies of 60 + 60 taken by one worker (${killGroup.length} slots); a second worker starts, the first is killed; run lease ${lease} s, job heartbeat 10 s, supervision every 2 s`,
    );
    let killedAt = 0;
    let sweptAt = 0;
    let killed = '';
    const killEnv = { CONNECTOR_RUN_LEASE_SECONDS: String(lease), BENCH_HEARTBEAT_SECONDS: '10', BENCH_SUPERVISE_SECONDS: '2' };
    const others: Worker[] = [];
    // One worker takes every run; a second one starts once they run; the first is killed.
    const r = await round(database, sender, killGroup, {
      processes: 1,
      concurrency: killGroup.length,
      env: killEnv,
      during: async (workers, t0) => {
        sweptAt = t0;
        // Once every connection's run is under way (in the only worker) and some entities are sent.
        const ids = killGroup.map((t) => t.connectionId);
        for (;;) {
          const running = await database!.prisma.connectorRun.count({ where: { connectionId: { in: ids }, status: 'RUNNING' } });
          const sent = killGroup.reduce((s, t) => s + t.fake.state.customers.length + t.fake.state.projects.length, 0);
          if (running === ids.length && sent >= killGroup.length * 10) break;
          await sleep(100);
        }
        others.push(...(await startWorkers(1, killGroup.length, killEnv)));
        workers[0]!.child.kill('SIGKILL');
        killedAt = Date.now();
        killed = workers[0]!.name;
      },
    });
    await stopWorkers(others);
    for (const [i, t] of killGroup.entries()) {
      const rs = r.runs.filter((x) => x.connectionId === t.connectionId).sort((a, b) => +a.startedAt - +b.startedAt);
      const at = (d: Date | null) => (d ? `${((d.getTime() - killedAt) / 1000).toFixed(1)} s` : '—');
      console.log(
        `  connection ${i + 1}: ${rs.map((x) => `run ${x.status} (started ${at(x.startedAt)}, finished ${at(x.finishedAt)} from the kill)`).join('; ')}`,
      );
    }
    const dead = r.runs.filter((x) => x.error === STALE_RUN_MESSAGE);
    const takeovers = dead.map((d) => {
      const next = r.runs
        .filter((x) => x.connectionId === d.connectionId && x !== d && x.startedAt > d.startedAt)
        .sort((a, b) => +a.startedAt - +b.startedAt)[0];
      return {
        started: next ? next.startedAt.getTime() - killedAt : NaN,
        finished: next?.finishedAt ? next.finishedAt.getTime() - killedAt : NaN,
        status: next?.status ?? 'none',
      };
    });
    console.log(`  ${killed} killed ${secs(killedAt - sweptAt)} after the sweep; runs it had: ${dead.length} (marked FAILED as stopped without finishing)`);
    for (const [i, t] of takeovers.entries())
      console.log(`  run ${i + 1}: taken over by the other worker ${secs(t.started)} after the kill, finished ${secs(t.finished)} after it (${t.status})`);
    console.log(
      `  every connection's backlog in Fortnox: ${killGroup.length - r.incomplete} of ${killGroup.length}; entities POSTed twice: ${r.duplicatePosts}; connections never finished: ${r.lost}`,
    );
    const ok = dead.length > 0 && takeovers.every((t) => t.status === 'SUCCEEDED') && r.duplicatePosts === 0 && r.lost === 0 && r.incomplete === 0;
    verdicts.push([
      'killed worker: its runs finish elsewhere, nothing twice',
      ok,
      `${dead.length} run(s) taken over in ${takeovers.map((t) => secs(t.started)).join(', ')}; ${r.duplicatePosts} POSTed twice`,
    ]);
    console.log('');
  }

  // --- 4. lock to arrival ---------------------------------------------------------------------
  if (parts.includes('lock')) {
    await lockToArrival(database, sender, sweepGroup.slice(0, nBusy), lockGroup);
  }

  console.log('Verdicts');
  for (const [label, ok, note] of verdicts) console.log(`  ${label.padEnd(56)} ${verdict(ok)}   ${note}`);
  console.log(
    `\nLoad average at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
} catch (err) {
  console.error(`\nBenchmark stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
} finally {
  await sender?.stop({ timeoutMs: 1000 }).catch(() => undefined);
  for (const c of closers.reverse()) await c().catch(() => undefined);
  await database?.close().catch(() => undefined);
  await admin(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`).catch((e: unknown) => console.error(`could not drop ${dbName}: ${(e as Error).message}`));
}
process.exit(process.exitCode ?? 0);

// --- part 4 ------------------------------------------------------------------------------------

async function lockToArrival(database: OpenDatabase, sender: RunEngine, busyGroup: Tenant[], lockGroup: Tenant[]) {
  const { loadConfig } = await import('../../src/config.js');
  const { startServer } = await import('../../src/start.js');
  const { createLogger } = await import('../../src/observability/logger.js');
  const processes = 2;
  const concurrency = 4;
  console.log(
    `4. Lock to arrival: ${nLocks} invoices of ${lockGroup.length} companies locked through GraphQL (lockInvoice), ${processes} processes × ${concurrency} run slots (the server's default)`,
  );
  // The lock companies' backlogs go out first (as they would have long before), and with them the chart of accounts.
  for (const t of lockGroup) t.fake.state.accounts.push({ Number: 3001, Description: 'Försäljning tjänster 25 % sv', Active: true } as never);
  const warm = await round(database, sender, lockGroup, { processes: 1, concurrency: lockGroup.length });
  if (warm.lost) throw new Error(`the lock companies' first runs failed: ${warm.failed.join('; ')}`);
  // K unlocked invoices, spread over the companies.
  const invoices: { tenant: Tenant; id: string; number: string }[] = [];
  for (let i = 0; i < nLocks; i++) {
    const t = lockGroup[i % lockGroup.length]!;
    if (i < lockGroup.length) {
      await database.prisma.company.update({ where: { id: t.companyId }, data: { vatNumber: 'SE556677889901', organisationNumber: '5566778899' } });
      const has = await t.db.account.findFirst({ where: { number: 3001 } });
      if (!has) await createAccount(t.db, { number: 3001, name: 'Försäljning tjänster 25 % sv' });
    }
    const p = await t.db.project.findFirstOrThrow({ orderBy: { numberValue: 'asc' } });
    const id = await createInvoice(t.db, {
      projectId: p.id,
      lines: [
        { description: 'Arbete', quantity: new Prisma.Decimal(8), unitPrice: new Prisma.Decimal(650), vatRate: new Prisma.Decimal(25), accountNumber: 3001 },
      ],
    });
    const inv = await t.db.invoice.findUniqueOrThrow({ where: { id }, select: { number: true } });
    invoices.push({ tenant: t, id, number: String(inv.number) });
  }

  // The API, as `npm start` builds it, on the benchmark's database; it does not work runs itself.
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    DATABASE_POOL_SIZE: '4',
    INTEGRATION_SECRET_KEY: key.toString('hex'),
    CONNECTOR_SCHEDULER: 'false',
    CONNECTOR_SANDBOX_CONNECTIONS: 'true',
    CONNECTOR_SCHEDULE: NEVER,
    PORT: '0',
    HOST: '127.0.0.1',
  });
  const server = await startServer(config, { print: () => undefined, logger: createLogger({ level: 'silent' }) });
  const workers = await startWorkers(processes, concurrency);
  const lockPhase = new Date();
  const arrivals: { phase: string; ms: number | null }[] = [];
  const pending: { number: string; tenant: Tenant; at: number; phase: string }[] = [];
  const watch = setInterval(() => {
    for (let i = pending.length - 1; i >= 0; i--) {
      const p = pending[i]!;
      if (p.tenant.fake.state.invoices.some((x) => x.ExternalInvoiceReference1 === p.number)) {
        arrivals.push({ phase: p.phase, ms: Date.now() - p.at });
        pending.splice(i, 1);
      }
    }
  }, 20);
  const lock = async (inv: (typeof invoices)[number], phase: string) => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${inv.tenant.adminToken}` },
      body: JSON.stringify({
        query: 'mutation ($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }',
        variables: { id: Buffer.from(`Invoice:${inv.id}`).toString('base64') },
      }),
    });
    const body = (await res.json()) as { data?: { lockInvoice: { __typename: string; message?: string } }; errors?: { message: string }[] };
    const result = body.data?.lockInvoice;
    if (result?.__typename !== 'MutationLockInvoiceSuccess') throw new Error(`lockInvoice: ${result?.message ?? body.errors?.[0]?.message ?? res.status}`);
    pending.push({ number: inv.number, tenant: inv.tenant, at: Date.now(), phase });
  };
  const waitArrivals = async (limitMs: number) => {
    const deadline = Date.now() + limitMs;
    while (pending.length && Date.now() < deadline) await sleep(100);
  };
  const half = Math.ceil(nLocks / 2);
  const ARRIVAL_WAIT_MS = 60_000;
  let busy: RoundResult | null = null;
  try {
    // Idle workers: locks at random moments, 0–1.5 s apart.
    for (const inv of invoices.slice(0, half)) {
      await sleep(random() * 1500);
      await lock(inv, 'idle');
    }
    await waitArrivals(ARRIVAL_WAIT_MS);
    const idleMissing = pending.splice(0).length;
    // Busy workers: the busy companies' backlogs are exported meanwhile (their sweep).
    await reset(database, busyGroup);
    // The lock companies stay active (their event-driven runs), without being swept.
    const lockIds = lockGroup.map((t) => t.connectionId);
    await windowsClear();
    const since = new Date(Date.now() - 1000);
    const t0 = Date.now();
    await sender.sweep();
    await database.prisma.connection.updateMany({ where: { id: { in: lockIds } }, data: { active: true } });
    for (const inv of invoices.slice(half)) {
      await sleep(random() * 1500);
      await lock(inv, 'busy');
    }
    await waitArrivals(ARRIVAL_WAIT_MS);
    const busyMissing = pending.splice(0).length;
    const runs = await waitForRuns(database, busyGroup, since, 10 * 60_000);
    busy = measure(busyGroup, runs, t0, 0);
    const jobsByLocks = await countEventJobs(database, lockPhase);
    clearInterval(watch);

    const rows: string[][] = [];
    for (const phase of ['idle', 'busy']) {
      const ms = arrivals
        .filter((a) => a.phase === phase)
        .map((a) => a.ms!)
        .sort((a, b) => a - b);
      const missing = phase === 'idle' ? idleMissing : busyMissing;
      const q = (p: number) => (ms.length ? secs(ms[Math.min(ms.length - 1, Math.ceil((p / 100) * ms.length) - 1)]!) : '—');
      rows.push([phase, String(ms.length + missing), String(ms.length), String(missing), q(50), q(95), ms.length ? secs(ms.at(-1)!) : '—']);
    }
    table(['workers', 'locked', 'arrived', `not within ${ARRIVAL_WAIT_MS / 1000} s`, 'p50', 'p95', 'max'], rows);
    const all = arrivals.map((a) => a.ms!).sort((a, b) => a - b);
    const missingAll = idleMissing + busyMissing;
    const p95 = missingAll > 0.05 * nLocks ? Number.POSITIVE_INFINITY : (all[Math.ceil(0.95 * nLocks) - 1] ?? Number.POSITIVE_INFINITY);
    console.log(
      `  jobs enqueued by the ${nLocks} locks: ${jobsByLocks}${jobsByLocks <= 0 ? ' (locking enqueues nothing: invoices wait for the next scheduled sweep)' : ''}; ` +
        `busy phase: ${busyGroup.length} companies' backlogs exported in ${secs(busy.elapsedMs)}`,
    );
    verdicts.push([
      'lock to arrival: p95 < 5 s',
      p95 < 5000,
      Number.isFinite(p95) ? secs(p95) : `${missingAll} of ${nLocks} not arrived within ${ARRIVAL_WAIT_MS / 1000} s`,
    ]);
    const dup = lockGroup.reduce((s, t) => s + duplicatePosts(roundRequests(t)), 0) + busy.duplicatePosts;
    verdicts.push(['lock to arrival: nothing sent twice', dup === 0, `${dup} POSTed twice`]);
    console.log('');
  } finally {
    clearInterval(watch);
    lastRoundEnd = Date.now();
    await stopWorkers(workers);
    await server.stop();
  }
}

/** Jobs sent since `since` other than the sweep's scheduled runs, the sweep and the pruning: those the locks enqueued. */
async function countEventJobs(database: OpenDatabase, since: Date): Promise<number> {
  const { rows } = await database.pool.query<{ n: string }>(
    `SELECT count(*) AS n FROM pgboss.job
      WHERE created_on >= $1 AND name NOT IN ($2, $3) AND NOT (name = $4 AND data->>'trigger' = 'SCHEDULE')`,
    [since, SWEEP_QUEUE, PRUNE_QUEUE, RUN_QUEUE],
  );
  return Number(rows[0]?.n ?? 0);
}
