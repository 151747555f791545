// `npm run bench:fortnox [-- --customers 5000 --projects 2000]`: the Fortnox connector's initial
// export through the fake Fortnox's real rate limit (25 requests per 5 s per access token), then
// a run with nothing changed. A fresh embedded database (PGlite, in a temporary directory; or
// DATABASE_URL when set), a company with N customers and M projects at status 40, a Fortnox
// connection to the fake, and the real runner (executeRun) over real HTTP.
// Prints: entities exported per second against the floor of one request per entity (25 / 5 s =
// 5 entities/s; target ratio ≥ 0.95), requests sent (listing pages, lookups, writes), 429s
// received (target 0), whether every customer and project arrived, and the second run's requests
// other than reads (target 0).
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/db/database.js';
import { createSecretBox } from '../../src/integration/runtime/crypto.js';
import { BUILT_IN_CONNECTORS } from '../../connectors/index.js';
import { memoryRunLocks, postgresRunLocks } from '../../src/integration/runtime/locks.js';
import { loadConnectors } from '../../src/integration/runtime/registry.js';
import { domainPorts } from '../../src/modules/ports.js';
import { assembleRuntime, executeRun, type IntegrationRuntime, type RunOutcome } from '../../src/integration/runtime/run.js';
import { startFortnoxFake, type FortnoxFakeRequest } from '../../connectors/fortnox/fake/server.js';
import { createBacklog, createFortnoxConnection } from './setup.js';

const TARGET_RATIO = 0.95;
/**
 * The fake's window: its default (FortnoxFakeOptions.rateLimit: 25 requests per 5000 ms per
 * access token, Fortnox's documented limit), passed explicitly so the floor below is computed
 * from the very window the fake enforces.
 */
const FAKE_LIMIT = { requests: 25, perMs: 5000 };
const FLOWS = ['customer-export', 'project-export'];
const PROGRESS_EVERY_MS = 60_000;

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} expects a positive integer, got ${process.argv[i + 1]}`);
  return n;
}

const nCustomers = arg('--customers', 5000);
const nProjects = arg('--projects', 2000);
/** Requests per second the limit allows, and so entities per second at one request per entity. */
const floor = FAKE_LIMIT.requests / (FAKE_LIMIT.perMs / 1000);
const nEntities = nCustomers + nProjects;
const fmt = (n: number) => n.toLocaleString('en');
const secs = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? 'PASS' : 'FAIL');
const line = (label: string, value: string, note = '') => console.log(`  ${label.padEnd(34)} ${value.padStart(14)}${note ? `   ${note}` : ''}`);

const isApi = (r: FortnoxFakeRequest) => r.path !== '/oauth-v1/token';
const isWrite = (r: FortnoxFakeRequest) => r.method !== 'GET';

console.log(`Fortnox export benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}`);
console.log(
  `${fmt(nCustomers)} customers, ${fmt(nProjects)} projects; fake Fortnox rate limit ${FAKE_LIMIT.requests} requests / ${FAKE_LIMIT.perMs} ms per access token\n`,
);

const dataDir = process.env.DATABASE_URL ? null : mkdtempSync(join(tmpdir(), 'bench-fortnox-'));
const database = await openDatabase({ DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: dataDir ?? '.', DATABASE_POOL_SIZE: 5 });
const fake = await startFortnoxFake({ rateLimit: FAKE_LIMIT });
let progress: NodeJS.Timeout | undefined;
try {
  console.log(`Database: ${database.kind === 'embedded' ? `embedded PGlite in ${dataDir}` : 'PostgreSQL (DATABASE_URL)'}`);

  // --- data ---------------------------------------------------------------------------------
  const t0 = performance.now();
  const tag = Date.now().toString(36);
  const company = await createBacklog(database.prisma, {
    name: 'Bygg & Rör i Norr AB',
    email: `admin-${tag}@bench.se`,
    customers: nCustomers,
    projects: nProjects,
  });
  const secrets = createSecretBox(randomBytes(32));
  const connection = { id: await createFortnoxConnection(company.db, fake, secrets) };
  console.log(`Data: ${fmt(nCustomers)} customers and ${fmt(nProjects)} projects (status 40) created in ${secs(performance.now() - t0)}\n`);

  const quiet = () => undefined;
  const rt: IntegrationRuntime = assembleRuntime({
    prisma: database.prisma,
    registry: await loadConnectors({ builtIn: BUILT_IN_CONNECTORS, packages: [] }),
    ports: domainPorts,
    secrets,
    locks: database.kind === 'postgres' ? postgresRunLocks(database.url) : memoryRunLocks(),
    notifier: null,
    log: { debug: quiet, info: quiet, warn: (m) => console.warn(`  [warn] ${m}`), error: (m) => console.error(`  [error] ${m}`) },
    runTimeoutMs: 24 * 3_600_000,
    stopping: { value: false },
    // No `sleep` override: the connector's limiter and retries wait in real time.
  });
  const run = async () => {
    const r: RunOutcome = await executeRun(rt, { companyId: company.companyId, connectionId: connection.id, trigger: 'MANUAL', flows: FLOWS });
    if (r.skipped) throw new Error(`run skipped: ${r.reason}`);
    return r;
  };
  const report = (r: Extract<RunOutcome, { skipped: false }>) => {
    line('run status', r.status, r.error ?? '');
    for (const f of r.flows) {
      const c = f.counts;
      line(
        `  ${f.flowId}`,
        f.status,
        `created ${fmt(c.created)}, updated ${fmt(c.updated)}, unchanged ${fmt(c.unchanged)}, skipped ${fmt(c.skipped)}, failed ${fmt(c.failed)}${f.error ? ` — ${f.error}` : ''}`,
      );
      for (const x of f.failures.slice(0, 5)) console.log(`      ${x.reference}: ${x.message}`);
      if (f.failures.length > 5) console.log(`      … and ${fmt(f.failures.length - 5)} more failures`);
    }
  };

  // --- 1. initial export ---------------------------------------------------------------------
  console.log('1. Initial export (flows project-export, then customer-export: manifest order)');
  const started = performance.now();
  progress = setInterval(() => {
    const reqs = fake.requests().filter(isApi);
    const s = (performance.now() - started) / 1000;
    console.log(
      `  … ${s.toFixed(0).padStart(5)} s: ${fmt(reqs.length).padStart(6)} requests (${(reqs.length / s).toFixed(2)}/s), ${fake.rateLimited()} × 429, ` +
        `in Fortnox ${fmt(fake.state.customers.length)} customers, ${fmt(fake.state.projects.length)} projects`,
    );
  }, PROGRESS_EVERY_MS);
  progress.unref();
  const first = await run();
  const elapsedMs = performance.now() - started;
  clearInterval(progress);

  const log1 = fake.requests();
  const api1 = log1.filter(isApi);
  const tokenCalls = log1.length - api1.length;
  const tooMany = fake.rateLimited();
  const answered = api1.filter((r) => r.status !== 429);
  const gets = answered.filter((r) => !isWrite(r)).length;
  // A listing page: GET of a collection (/3/customers?page=…); a lookup: GET of one entity.
  const listingPages = answered.filter((r) => !isWrite(r) && /^\/3\/(customers|projects)$/.test(r.path)).length;
  const lookups = answered.filter((r) => !isWrite(r) && /^\/3\/(customers|projects)\/./.test(r.path)).length;
  const writes1 = fake.writes();
  // Throughput counts the requests Fortnox served: a 429 did no work (it is shown on its own).
  const throughput = answered.length / (elapsedMs / 1000);
  // What the benchmark is about: entities per second against one request per entity.
  const entityRate = nEntities / (elapsedMs / 1000);
  const ratio = entityRate / floor;
  // The fastest the sliding window allows for R requests: R − 25 of them wait for the window,
  // 25 every 5 s (the first 25 go at once) — matters for small runs, not for 7,000 entities.
  const windowMinS = (Math.ceil(answered.length / FAKE_LIMIT.requests) - 1) * (FAKE_LIMIT.perMs / 1000);
  const customersIn = fake.state.customers.length;
  const projectsIn = fake.state.projects.length;
  report(first);
  line(
    'requests sent (API)',
    fmt(api1.length),
    `${fmt(listingPages)} listing pages, ${fmt(lookups)} lookups, ${fmt(gets - listingPages - lookups)} other reads, ${fmt(answered.length - gets)} writes, ${fmt(api1.length - answered.length)} answered 429${tokenCalls ? `; plus ${tokenCalls} token request(s)` : ''}`,
  );
  line('write requests', fmt(writes1));
  line('429s received', fmt(tooMany), `target 0: ${verdict(tooMany === 0)}`);
  if (tooMany > 0) {
    // Where they fell: among a flow's first 25 requests (the flow's limiter starts empty while
    // the fake's window still holds the previous flow's last requests) or later in the flow.
    const resource = (r: FortnoxFakeRequest) => r.path.split('/')[2] ?? '';
    const firstAt = new Map<string, number>();
    let atStart = 0;
    api1.forEach((r, i) => {
      if (!firstAt.has(resource(r))) firstAt.set(resource(r), i);
      if (r.status === 429) {
        const position = api1.slice(firstAt.get(resource(r))!, i).filter((x) => resource(x) === resource(r)).length;
        if (position < FAKE_LIMIT.requests) atStart++;
      }
    });
    line("  within a flow's first 25 requests", fmt(atStart), 'the flow boundary');
    line('  later in a flow', fmt(tooMany - atStart));
  }
  line('elapsed', secs(elapsedMs), `(${(elapsedMs / 60_000).toFixed(1)} min)`);
  line('entities exported', fmt(nEntities), `${fmt(nCustomers)} customers + ${fmt(nProjects)} projects`);
  line('entities per second', `${entityRate.toFixed(3)} /s`, 'entities / elapsed');
  line('floor (one request per entity)', `${floor.toFixed(3)} /s`, `${FAKE_LIMIT.requests} requests / ${FAKE_LIMIT.perMs / 1000} s`);
  const ratioOk = ratio >= TARGET_RATIO && first.status === 'SUCCEEDED';
  line(
    'entities per second / floor',
    ratio.toFixed(3),
    `target ≥ ${TARGET_RATIO}: ${verdict(ratioOk)}${first.status === 'SUCCEEDED' ? '' : ' (the run did not complete)'}`,
  );
  line('requests served per entity', (answered.length / nEntities).toFixed(3), 'the listing pages above one each');
  line('request throughput', `${throughput.toFixed(3)} req/s`, `requests served (429s excluded) / elapsed; ${(throughput / floor).toFixed(3)} of the limit`);
  line('window minimum for these requests', `${windowMinS.toFixed(1)} s`, `minimum / elapsed: ${(windowMinS / (elapsedMs / 1000)).toFixed(3)}`);
  line('customers in Fortnox', `${fmt(customersIn)} / ${fmt(nCustomers)}`, verdict(customersIn === nCustomers));
  line('projects in Fortnox', `${fmt(projectsIn)} / ${fmt(nProjects)}`, verdict(projectsIn === nProjects));
  console.log(
    `  (a first export lists Fortnox's customers and projects once, pages of 500, then sends one POST per entity; a lookup by number only when fewer than 20 are unknown)\n`,
  );

  // --- 2. nothing changed ---------------------------------------------------------------------
  // Wait out the fake's window, as a scheduled run would: this run measures change detection.
  await new Promise((r) => setTimeout(r, FAKE_LIMIT.perMs + 100));
  console.log(`2. Second run, nothing changed (started ${FAKE_LIMIT.perMs + 100} ms after the first)`);
  const before = fake.requests().length;
  const tooManyBefore = fake.rateLimited();
  const writesBefore = fake.writes();
  const t2 = performance.now();
  const second = await run();
  const elapsed2 = performance.now() - t2;
  const log2 = fake.requests().slice(before);
  const writes2 = fake.writes() - writesBefore;
  report(second);
  const nonReads2 = log2.filter((r) => isApi(r) && isWrite(r)).length;
  line('requests sent (API)', fmt(log2.filter(isApi).length), `${log2.filter((r) => isApi(r) && !isWrite(r)).length} GET`);
  const writesOk = nonReads2 === 0 && writes2 === 0 && second.status === 'SUCCEEDED';
  line(
    'requests other than reads',
    fmt(nonReads2),
    `target 0: ${verdict(writesOk)} (${fmt(writes2)} writes done)${second.status === 'SUCCEEDED' ? '' : ' (the run did not complete)'}`,
  );
  line('429s received', fmt(fake.rateLimited() - tooManyBefore));
  line('elapsed', secs(elapsed2));

  console.log('\nVerdicts');
  line('no 429s (initial export)', verdict(tooMany === 0), `${fmt(tooMany)} received`);
  line('entities/s ≥ 0.95 × floor', verdict(ratioOk), `${ratio.toFixed(3)}${first.status === 'SUCCEEDED' ? '' : `, run ${first.status}`}`);
  line('everything arrived', verdict(customersIn === nCustomers && projectsIn === nProjects), `${fmt(customersIn)} customers, ${fmt(projectsIn)} projects`);
  line(
    'no writes without changes',
    verdict(writesOk),
    `${fmt(nonReads2)} requests other than reads${second.status === 'SUCCEEDED' ? '' : `, run ${second.status}`}`,
  );
} catch (err) {
  console.error(`\nBenchmark stopped: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
} finally {
  if (progress) clearInterval(progress);
  await fake.close();
  await database.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
// Open handles (connection pools, run locks) must not keep a finished benchmark alive.
process.exit(process.exitCode ?? 0);
