// The command line SIE import (`npm run import -- sie FILE …`, src/scripts/import-cli.ts, which
// chooses the company): acts for it as the system, previews unless told to commit, prints a
// summary and the refusals.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Writable } from 'node:stream';
import type { Actor, TenantDb } from '../../db/tenant.js';
import { AppError, ValidationError } from '../../errors.js';
import { ALL_PERMISSIONS } from '../auth/index.js';
import type { SieImportMode, SieItemResult } from './rules.js';
import { importSie } from './service.js';

export interface SieCliArgs {
  file: string;
  mode: SieImportMode;
  maxErrors: number;
  includeBalanceSheetAccounts: boolean;
}

/** Runs one SIE import; returns the exit code: 0 done (or a clean preview), 1 refusals and nothing written, 2 the file or the arguments. */
export async function runSieImportCli(
  db: TenantDb,
  actor: Actor,
  companyName: string,
  args: SieCliArgs,
  maxBytes: number,
  io: { out: Writable; err: Writable },
): Promise<number> {
  const print = (s = '') => io.out.write(`${s}\n`);
  const refused: SieItemResult[] = [];
  let refusedCount = 0;
  try {
    const size = await stat(args.file).then(
      (s) => s.size,
      (e: Error) => {
        throw ValidationError.single('file', 'not_found', `Cannot read ${args.file}: ${e.message}`);
      },
    );
    const summary = await importSie(
      db,
      { actor, permissions: new Set(ALL_PERMISSIONS) },
      { name: basename(args.file), size, stream: () => createReadStream(args.file) },
      {
        mode: args.mode,
        includeBalanceSheetAccounts: args.includeBalanceSheetAccounts,
        maxBytes,
        onItem: (i) => {
          if (i.outcome !== 'ERROR') return;
          refusedCount++;
          if (refused.length < args.maxErrors) refused.push(i);
        },
      },
    );
    print(`SIE file ${basename(args.file)}${summary.program ? ` from ${summary.program}` : ''} (${summary.encoding ?? 'empty'}) into "${companyName}"`);
    print();
    print(summary.message);
    for (const w of summary.warnings) print(`  line ${w.line}: skipped: ${w.message}`);
    if (refusedCount) {
      print();
      print(`Refused (${refusedCount}${refusedCount > refused.length ? `, first ${refused.length} shown` : ''}):`);
      for (const i of refused) for (const e of i.errors) print(`  line ${e.line}, ${i.kind.toLowerCase().replace('_', ' ')} ${i.key}: ${e.message}`);
    }
    if (args.mode === 'PREVIEW') {
      print();
      print('Nothing was written. Import with --commit all (all or nothing) or --commit valid (valid ones only).');
    }
    return summary.committed || (refusedCount === 0 && args.mode === 'PREVIEW') ? 0 : 1;
  } catch (err) {
    if (err instanceof ValidationError) {
      io.err.write(`Cannot import ${args.file}: ${err.issues.map((i) => i.message).join(' ')}\n`);
      return 2;
    }
    if (err instanceof AppError) {
      io.err.write(`Cannot import ${args.file}: ${err.message}\n`);
      return 2;
    }
    throw err;
  }
}
