// `npm run bench:import [-- --sizes 10000,40000]`: imports N customers and 2N contacts from
// generated .xlsx files into a fresh embedded database, through the real command line
// (`src/scripts/import.ts --commit all`), and prints rows per second and the importing
// process' peak memory for each size. The database runs in this process, the import in a
// child, so the child's memory is the importer's alone. Target: 10,000 customers + 20,000
// contacts in under 10 s, and peak memory flat in the file size (streaming).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { createDatabaseClient } from '../../src/db/client.js';
import { createCompanyWithAdmin } from '../../src/modules/companies/bootstrap.js';
import { writeContacts, writeCustomers } from './generate.js';

const TARGET_SECONDS = 10;
const TARGET_CUSTOMERS = 10_000;

interface Stats {
  rows: number;
  ms: number;
  cpuMs: number;
  maxRssMB: number;
  peakHeapMB: number;
  peakLiveHeapMB: number;
  scan: number;
  lookup: number;
  validate: number;
  write: number;
  passes: number;
}

/** The floor: exceljs alone streaming through a file (no validation, no database), in a fresh process. */
async function readOnly(file: string): Promise<number> {
  const code = `
    const ExcelJS = require('exceljs'); const fs = require('node:fs');
    (async () => {
      const t = performance.now();
      const wb = new ExcelJS.stream.xlsx.WorkbookReader(fs.createReadStream(${JSON.stringify(file)}), { styles: 'cache', sharedStrings: 'cache', worksheets: 'emit' });
      for await (const ws of wb) for await (const row of ws) row.eachCell(() => {});
      console.log(performance.now() - t);
    })();`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((resolve) => child.on('close', resolve));
  return Number(out.trim());
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function runCli(kind: string, file: string, url: string, companyId: string): Promise<Stats & { wallMs: number }> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', 'src/scripts/import.ts', kind, file, '--commit', 'all', '--company', companyId, '--stats', '--errors', '5'],
    { env: { ...process.env, DATABASE_URL: url, DATABASE_POOL_SIZE: '1', NODE_ENV: 'production' }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const wallMs = performance.now() - started;
  const line = out.split('\n').find((l) => l.startsWith('{"stats"'));
  if (code !== 0 || !line) throw new Error(`import ${kind} failed (exit ${code}):\n${out}`);
  return { ...(JSON.parse(line) as { stats: Stats }).stats, wallMs };
}

const sizes = (arg('--sizes') ?? '10000,40000').split(',').map(Number);
const results: { customers: number; kind: string; fileMB: number; s: Stats & { wallMs: number } }[] = [];
const floors = new Map<number, number>();
console.log(`Import benchmark on ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, embedded PostgreSQL (PGlite)\n`);

for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const customersFile = join(dir, 'kunder.xlsx');
    const contactsFile = join(dir, 'kontakter.xlsx');
    const g = performance.now();
    await writeCustomers(customersFile, n);
    await writeContacts(contactsFile, n, 2);
    console.log(
      `Generated ${n.toLocaleString('en')} customers (${mb(customersFile)} MB) and ${(2 * n).toLocaleString('en')} contacts (${mb(contactsFile)} MB) in ${((performance.now() - g) / 1000).toFixed(1)} s`,
    );

    const floor = (await readOnly(customersFile)) + (await readOnly(contactsFile));
    floors.set(n, floor);
    console.log(`  floor: exceljs alone reads both files in ${(floor / 1000).toFixed(2)} s`);

    const db = await startEmbeddedDatabase();
    try {
      await applyMigrations(db.url);
      const client = createDatabaseClient({ url: db.url, poolSize: 1 });
      const company = await createCompanyWithAdmin(client.prisma, { name: 'Bench AB', admin: { name: 'Admin', email: 'admin@bench.se', signature: 'ADM' } });
      await client.close();
      for (const [kind, file] of [
        ['customers', customersFile],
        ['contacts', contactsFile],
      ] as const) {
        const s = await runCli(kind, file, db.url, company.companyId);
        results.push({ customers: n, kind, fileMB: Number(mb(file)), s });
        console.log(
          `  ${kind.padEnd(9)} ${s.rows.toLocaleString('en').padStart(7)} rows  ${(s.ms / 1000).toFixed(2).padStart(6)} s (CPU ${(s.cpuMs / 1000).toFixed(1)} s)  ` +
            `${Math.round(s.rows / (s.ms / 1000))
              .toLocaleString('en')
              .padStart(6)} rows/s  peak RSS ${s.maxRssMB} MB, heap ${s.peakHeapMB} MB, live heap ${s.peakLiveHeapMB} MB` +
            `  [read ${(s.scan / 1000).toFixed(1)} s, validate ${(s.validate / 1000).toFixed(1)} s, waiting for the database ${((s.lookup + s.write) / 1000).toFixed(1)} s]`,
        );
      }
      const check = createDatabaseClient({ url: db.url, poolSize: 1 });
      const [customers, contacts] = [await check.prisma.customer.count(), await check.prisma.contact.count()];
      await check.close();
      if (customers !== n || contacts !== 2 * n) throw new Error(`expected ${n} customers and ${2 * n} contacts, found ${customers} and ${contacts}`);
    } finally {
      await db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('\nAgainst the target:');
const base = results.filter((r) => r.customers === TARGET_CUSTOMERS);
if (base.length === 2) {
  const secs = base.reduce((t, r) => t + r.s.ms, 0) / 1000;
  const rows = base.reduce((t, r) => t + r.s.rows, 0);
  console.log(
    `  ${TARGET_CUSTOMERS.toLocaleString('en')} customers + ${(2 * TARGET_CUSTOMERS).toLocaleString('en')} contacts: ${secs.toFixed(2)} s ` +
      `(${Math.round(rows / secs).toLocaleString('en')} rows/s) vs. target ${TARGET_SECONDS} s: ratio ${(secs / TARGET_SECONDS).toFixed(2)} ${secs < TARGET_SECONDS ? '(met)' : '(NOT met)'}`,
  );
  const floor = floors.get(TARGET_CUSTOMERS)! / 1000;
  console.log(`  vs. the floor (exceljs reading the same files, ${floor.toFixed(2)} s): ${(secs / floor).toFixed(1)}×`);
}
const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
if (small !== large) {
  for (const kind of ['customers', 'contacts']) {
    const a = results.find((r) => r.customers === small && r.kind === kind)!;
    const b = results.find((r) => r.customers === large && r.kind === kind)!;
    console.log(
      `  ${kind}: file ${(b.fileMB / a.fileMB).toFixed(1)}× larger → peak RSS ${(b.s.maxRssMB / a.s.maxRssMB).toFixed(2)}× (${a.s.maxRssMB} → ${b.s.maxRssMB} MB), ` +
        `live heap ${(b.s.peakLiveHeapMB / a.s.peakLiveHeapMB).toFixed(2)}× (${a.s.peakLiveHeapMB} → ${b.s.peakLiveHeapMB} MB), peak heap incl. garbage ${a.s.peakHeapMB} → ${b.s.peakHeapMB} MB`,
    );
  }
}

function mb(file: string): string {
  return (statSync(file).size / 1048576).toFixed(2);
}
