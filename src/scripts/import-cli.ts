// The command line import, as a function the tests call directly:
//   npm run import -- customers FILE [--commit all|valid] [--company <id or name>] [--errors N]
//   npm run import -- contacts FILE  …
//   npm run import -- sie FILE [--commit all|valid] [--balance-sheet] [--company …]
// Acts for the first company (or --company) with the signature IMPORT and every customer
// permission; previews unless --commit is given; shows a progress bar and a summary.
import { performance } from 'node:perf_hooks';
import type { Writable } from 'node:stream';
import cliProgress from 'cli-progress';
import type { PrismaClient } from '../generated/prisma/client.js';
import { createTenantDb } from '../db/tenant.js';
import { AppError, ValidationError } from '../errors.js';
import { ALL_PERMISSIONS } from '../modules/auth/permissions.js';
import type { ImportKind } from '../modules/customer-import/columns.js';
import { importFile } from '../modules/customer-import/import.js';
import { fileError, pathSource } from '../modules/customer-import/source.js';
import type { ImportLimits, ImportMode, RowResult } from '../modules/customer-import/types.js';
import { runSieImportCli } from '../modules/sie-import/index.js';
import { UsageError } from './cli.js';

export { UsageError };

export const IMPORT_SIGNATURE = 'IMPORT';

export const USAGE = `Usage: npm run import -- <customers|contacts|sie> FILE [options]

  FILE               customers, contacts: .xlsx (first sheet) or .csv (semicolon; UTF-8 or
                     Windows-1252); sie: a SIE 4 file (4E or 4I): accounts, cost centres
                     (dimension 1) and the vouchers' project rows (dimension 6)
  --commit all       import every row, or nothing if any row has an error
  --commit valid     import the valid rows, skip (and list) the others
                     (without --commit: preview only, nothing is written)
  --company <id>     the company to import into (id or exact name; default: the first)
  --errors <n>       list at most n row errors (default 50)
  --balance-sheet    sie: import accounts 1000–2999 too
  -h, --help         this text

While the server runs on the embedded database, the rows go into its database (it sees them at
once); otherwise the command holds the database for its duration. With DATABASE_URL, that server.
`;

export interface CliArgs {
  kind: ImportKind | 'sie';
  file: string;
  mode: ImportMode;
  company: string | null;
  maxErrors: number;
  /** Print one JSON line with time and memory figures (used by bench/). */
  stats: boolean;
  /** sie: import the balance-sheet accounts (1000–2999) too. */
  includeBalanceSheetAccounts: boolean;
}

export function parseArgs(argv: readonly string[]): CliArgs {
  const positional: string[] = [];
  let mode: ImportMode = 'PREVIEW';
  let company: string | null = null;
  let maxErrors = 50;
  let stats = false;
  let includeBalanceSheetAccounts = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value.`);
      return v;
    };
    if (a === '--commit') {
      const v = value();
      if (v === 'all') mode = 'ALL_OR_NOTHING';
      else if (v === 'valid') mode = 'VALID_ROWS';
      else throw new UsageError(`--commit takes "all" or "valid", not "${v}".`);
    } else if (a.startsWith('--commit=')) {
      return parseArgs([...argv.slice(0, i), '--commit', a.slice(9), ...argv.slice(i + 1)]);
    } else if (a === '--company') company = value();
    else if (a === '--errors') {
      maxErrors = Number(value());
      if (!Number.isInteger(maxErrors) || maxErrors < 0) throw new UsageError('--errors takes a whole number.');
    } else if (a === '--stats') stats = true;
    else if (a === '--balance-sheet') includeBalanceSheetAccounts = true;
    else if (a === '--help' || a === '-h') throw new UsageError('');
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`Unknown option ${a}.`);
    else positional.push(a);
  }
  const [kind, file, ...rest] = positional;
  if (kind !== 'customers' && kind !== 'contacts' && kind !== 'sie') throw new UsageError('Say what to import: customers or contacts, or sie (a SIE file).');
  if (!file) throw new UsageError('Give the file to import.');
  if (rest.length) throw new UsageError(`Unexpected argument ${rest[0]}.`);
  return { kind, file, mode, company, maxErrors, stats, includeBalanceSheetAccounts };
}

export interface CliIo {
  out: Writable;
  err: Writable;
  /** Show the progress bar (a terminal). */
  progress: boolean;
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Runs one import; returns the exit code: 0 done (or a clean preview), 1 rows with errors and nothing written, 2 the file or the arguments. */
export async function runImportCli(prisma: PrismaClient, args: CliArgs, limits: ImportLimits, io: CliIo): Promise<number> {
  const print = (s = '') => io.out.write(`${s}\n`);
  const company = args.company
    ? await prisma.company.findFirst({ where: UUID_RE.test(args.company) ? { id: args.company } : { name: args.company } })
    : await prisma.company.findFirst({ orderBy: { createdAt: 'asc' } });
  if (!company) {
    io.err.write(args.company ? `No company "${args.company}".\n` : 'There is no company yet: start the server once first.\n');
    return 2;
  }
  // The command line decides the tenant (like the server does from a token) and acts as the system.
  const db = createTenantDb(prisma, { companyId: company.id, userId: null, signature: IMPORT_SIGNATURE });
  const auth = { actor: { companyId: company.id, userId: null, signature: IMPORT_SIGNATURE }, permissions: new Set(ALL_PERMISSIONS) };
  if (args.kind === 'sie') {
    const sie = { file: args.file, mode: args.mode, maxErrors: args.maxErrors, includeBalanceSheetAccounts: args.includeBalanceSheetAccounts };
    return runSieImportCli(db, auth.actor, company.name, sie, limits.maxBytes, io);
  }

  const bar = io.progress
    ? new cliProgress.SingleBar(
        {
          format: ' {bar} {percentage}% | {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}',
          stream: io.err as NodeJS.WritableStream,
          hideCursor: true,
        },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 25);
  const errors: RowResult[] = [];
  let errorCount = 0;
  let barStarted = false;
  let passStarted = started;
  let liveChecks = 0;
  let peakLive = 0;
  try {
    const source = await pathSource(args.file).catch((e: unknown) => {
      if (e instanceof AppError) throw e;
      throw fileError('not_found', `Cannot read ${args.file}: ${(e as Error).message}`);
    });
    const summary = await importFile(db, auth, args.kind, source, {
      mode: args.mode,
      limits,
      onRow: (r) => {
        if (r.outcome === 'ERROR') {
          errorCount++;
          if (errors.length < args.maxErrors) errors.push(r);
        }
      },
      onReset: () => {
        // The file needs the two-pass import (see importFile): its rows come again.
        errors.length = 0;
        errorCount = 0;
        passStarted = performance.now();
        bar?.update(0);
      },
      onProgress: (done, total) => {
        // --stats with node --expose-gc: the live heap (after a full collection) every 5,000 rows.
        const gc = (globalThis as { gc?: () => void }).gc;
        if (args.stats && gc && Math.floor(done / 5000) > liveChecks) {
          liveChecks = Math.floor(done / 5000);
          gc();
          peakLive = Math.max(peakLive, process.memoryUsage().heapUsed);
        }
        if (!bar) return;
        const t = Math.max(total ?? done, done);
        if (!barStarted) {
          bar.start(t, 0, { rate: 0 });
          barStarted = true;
        } else bar.setTotal(t);
        const secs = (performance.now() - passStarted) / 1000;
        bar.update(done, { rate: Math.round(done / Math.max(secs, 0.001)) });
      },
    });
    bar?.stop();
    const ms = performance.now() - started;
    print(
      `${args.kind === 'customers' ? 'Customers' : 'Contacts'} from ${source.name}` +
        (summary.sheet ? ` (sheet "${summary.sheet}"` : ` (CSV, ${summary.encoding}, separator "${summary.delimiter === '\t' ? 'tab' : summary.delimiter}"`) +
        `, header row ${summary.headerRow}) into "${company.name}"`,
    );
    print(`Columns: ${summary.columns.map((c) => c.header).join(', ')}`);
    if (summary.unknownColumns.length) print(`Unknown columns (ignored): ${summary.unknownColumns.join(', ')}`);
    print();
    print(summary.message);
    if (errorCount) {
      print();
      print(`Rows with errors (${errorCount}${errorCount > errors.length ? `, first ${errors.length} shown` : ''}):`);
      for (const r of errors) {
        for (const e of r.errors) print(`  row ${e.row}${e.column ? `, ${e.column}` : ''}: ${e.message}`);
      }
    }
    if (args.mode === 'PREVIEW') {
      print();
      print('Nothing was written. Import with --commit all (all or nothing) or --commit valid (valid rows only).');
    }
    print(`Time: ${(ms / 1000).toFixed(1)} s, ${Math.round(summary.totalRows / Math.max(ms / 1000, 0.001)).toLocaleString('en')} rows/s`);
    if (args.stats) {
      clearInterval(sampler);
      peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
      print(
        JSON.stringify({
          stats: {
            rows: summary.totalRows,
            ms: Math.round(ms),
            maxRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
            peakHeapMB: Math.round(peakHeap / 1048576),
            ...(peakLive ? { peakLiveHeapMB: Math.round(peakLive / 1048576) } : {}),
            cpuMs: Math.round((process.cpuUsage(cpuAtStart).user + process.cpuUsage(cpuAtStart).system) / 1000),
            ...summary.timings,
          },
        }),
      );
    }
    return summary.committed || (summary.errors === 0 && args.mode === 'PREVIEW') ? 0 : 1;
  } catch (err) {
    bar?.stop();
    if (err instanceof ValidationError) {
      io.err.write(`Cannot import ${args.file}: ${err.issues.map((i) => i.message).join(' ')}\n`);
      return 2;
    }
    if (err instanceof AppError) {
      io.err.write(`Cannot import ${args.file}: ${err.message}\n`);
      return 2;
    }
    throw err;
  } finally {
    clearInterval(sampler);
  }
}
