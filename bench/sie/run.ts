// `npm run bench:sie [-- --sizes 2500,10000] [-- --url postgresql://…]`: imports generated SIE 4
// files of N vouchers (generate.ts) into a company with 200 projects, through the SIE import's
// service in a process of its own, and prints per size: the time, vouchers per second, the ratio
// to the floor measured in the same run (the SDK's reader alone streaming the same file), and the
// importing process' peak heap and RSS; then how memory grows with the file.
// The database: a fresh embedded one (PGlite) per size, or with --url a PostgreSQL database the
// benchmark migrates and adds a fresh company to per size. `--cpu-prof DIR` writes a CPU profile
// of each worker process to DIR (run the benchmark itself with node --cpu-prof to profile the
// embedded database too).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createDatabaseClient } from '../../src/db/client.js';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { createBacklog } from '../fortnox/setup.js';
import { writeSieFile } from './generate.js';

/**
 * The target (see bench/README.md for why): 10,000 vouchers, a mid-sized contractor's year,
 * imported in at most TARGET_SECONDS on the embedded database, and peak heap flat in the file size.
 */
const TARGET_VOUCHERS = 10_000;
const TARGET_SECONDS = 20;
const PROJECTS = 200;

interface Stats {
  ms: number;
  cpuMs: number;
  vouchers: number;
  committed: boolean;
  peakHeapMB: number;
  peakLiveHeapMB: number;
  maxRssMB: number;
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const profileDir = arg('--cpu-prof');

async function worker(args: string[]): Promise<Stats> {
  const profile = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const child = spawn(process.execPath, ['--expose-gc', ...profile, '--import', 'tsx', 'bench/sie/worker.ts', ...args], {
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = out.split('\n').find((l) => l.startsWith('{"ms"'));
  if (code !== 0 || !line) throw new Error(`worker ${args[0]} failed (exit ${code}):\n${out}`);
  return JSON.parse(line) as Stats;
}

const sizes = (arg('--sizes') ?? '2500,10000').split(',').map(Number);
const serverUrl = arg('--url');
const results: { n: number; fileMB: number; floor: Stats; s: Stats; dbCpuMs: number | null }[] = [];
console.log(
  `SIE import benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, ${serverUrl ? 'PostgreSQL' : 'embedded PostgreSQL (PGlite)'}; load ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}\n`,
);

for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-sie-'));
  const embedded = serverUrl ? null : await startEmbeddedDatabase();
  const url = serverUrl ?? embedded!.url;
  try {
    await applyMigrations(url);
    const client = createDatabaseClient({ url, poolSize: 1 });
    const company = await createBacklog(client.prisma, {
      name: `SIE Bench ${n} ${Date.now()}`,
      email: `sie-${n}-${Date.now()}@bench.se`,
      customers: 50,
      projects: PROJECTS,
    });
    const projects = (await company.db.project.findMany({ select: { number: true } })).map((p) => p.number);
    const file = join(dir, `bench-${n}.se`);
    const g = performance.now();
    await writeSieFile(file, n, projects);
    const fileMB = statSync(file).size / 1024 / 1024;
    console.log(`Generated ${n.toLocaleString('en')} vouchers (${fileMB.toFixed(1)} MB) in ${((performance.now() - g) / 1000).toFixed(1)} s`);

    const floor = await worker(['read', file]);
    // The embedded database runs in this process: its CPU during the import is the database's.
    const dbCpu0 = process.cpuUsage();
    const s = await worker(['import', file, url, company.companyId]);
    const dbCpu = process.cpuUsage(dbCpu0);
    const dbCpuMs = (dbCpu.user + dbCpu.system) / 1000;
    const [vouchers, rows] = [await company.db.voucher.count(), await company.db.voucherRow.count()];
    await client.close();
    if (!s.committed || vouchers !== n) throw new Error(`expected ${n} vouchers imported, found ${vouchers} (committed: ${s.committed})`);
    results.push({ n, fileMB, floor, s, dbCpuMs: serverUrl ? null : dbCpuMs });
    console.log(
      `  floor (reader alone): ${(floor.ms / 1000).toFixed(2)} s, live heap ${floor.peakLiveHeapMB} MB\n` +
        `  import: ${vouchers.toLocaleString('en')} vouchers, ${rows.toLocaleString('en')} rows in ${(s.ms / 1000).toFixed(2)} s (CPU: importer ${(s.cpuMs / 1000).toFixed(1)} s${serverUrl ? '' : `, embedded database ${(dbCpuMs / 1000).toFixed(1)} s`}), ` +
        `${Math.round(n / (s.ms / 1000)).toLocaleString('en')} vouchers/s, ${(s.ms / floor.ms).toFixed(1)}× the floor; live heap ${s.peakLiveHeapMB} MB (with garbage ${s.peakHeapMB} MB), RSS ${s.maxRssMB} MB`,
    );
  } finally {
    await embedded?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\nAgainst the target:');
const at = results.find((r) => r.n === TARGET_VOUCHERS);
if (at) {
  const secs = at.s.ms / 1000;
  console.log(
    `  ${TARGET_VOUCHERS.toLocaleString('en')} vouchers: ${secs.toFixed(2)} s vs. target ${TARGET_SECONDS} s: ratio ${(secs / TARGET_SECONDS).toFixed(2)} ${secs <= TARGET_SECONDS ? '(met)' : '(NOT met)'}; ` +
      `${(at.s.ms / at.floor.ms).toFixed(1)}× the reader alone (${(at.floor.ms / 1000).toFixed(2)} s)` +
      // On a loaded machine the wall time waits for other processes; the CPU the import needed does not.
      (at.dbCpuMs === null ? '' : `; CPU importer + embedded database ${((at.s.cpuMs + at.dbCpuMs) / 1000).toFixed(1)} s`),
  );
}
const [small, large] = [results[0], results.at(-1)];
if (small && large && small !== large) {
  console.log(
    `  file ${(large.fileMB / small.fileMB).toFixed(1)}× larger → import live heap ${(large.s.peakLiveHeapMB / small.s.peakLiveHeapMB).toFixed(2)}× (${small.s.peakLiveHeapMB} → ${large.s.peakLiveHeapMB} MB), with garbage ${small.s.peakHeapMB} → ${large.s.peakHeapMB} MB, ` +
      `RSS ${(large.s.maxRssMB / small.s.maxRssMB).toFixed(2)}× (${small.s.maxRssMB} → ${large.s.maxRssMB} MB)`,
  );
}
