// What the command-line tools that write (import, seed, token) share: `--help`/`-h` prints the
// usage and exits 0 before anything is opened; a wrong argument prints the reason and the usage
// and exits 2; the database is opened with `attach` (through the running server's embedded
// database, or holding DATA_DIR's lock for the command's duration; see src/db/database.ts); a
// database held by another command is refused with exit code 1 and the holder named.
import { loadConfig, type Config } from '../config.js';
import { openDatabase, type OpenDatabase } from '../db/database.js';
import { DatabaseInUseError } from '../db/lock.js';

/** A wrong command line; the empty message asks for the usage alone (help). */
export class UsageError extends Error {}

export type OptionSpec = Record<string, 'value' | 'flag'>;

export interface ParsedOptions {
  options: Record<string, string | true>;
  positionals: string[];
}

/** `--name value`, `--name=value` and `--flag`, as the spec allows; anything else is a UsageError. */
export function parseOptions(argv: readonly string[], spec: OptionSpec, maxPositionals = 0): ParsedOptions {
  const options: Record<string, string | true> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--help' || a === '-h') throw new UsageError('');
    if (a.startsWith('-') && a !== '-') {
      const eq = a.indexOf('=');
      const name = a.startsWith('--') ? a.slice(2, eq > 0 ? eq : undefined) : '';
      const kind = name ? spec[name] : undefined;
      if (!kind) throw new UsageError(`Unknown option ${eq > 0 ? a.slice(0, eq) : a}.`);
      if (kind === 'flag') {
        if (eq > 0) throw new UsageError(`--${name} takes no value.`);
        options[name] = true;
        continue;
      }
      const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
      if (v === undefined || v === '') throw new UsageError(`--${name} needs a value.`);
      if (name in options) throw new UsageError(`--${name} is given twice.`);
      options[name] = v;
    } else if (positionals.length < maxPositionals) positionals.push(a);
    else throw new UsageError(`Unexpected argument ${a}.`);
  }
  return { options, positionals };
}

/** Whether the command line asks for help (anywhere, so help wins over any other mistake). */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.some((a) => a === '--help' || a === '-h');
}

export interface CommandDefinition<A> {
  usage: string;
  parse(argv: readonly string[]): A;
  /** Does the work; returns the exit code. */
  run(db: OpenDatabase, args: A, config: Config): Promise<number>;
  /** Prefix of the message when run throws, e.g. "Import failed". */
  failure: string;
}

/** Runs one command-line tool as described at the top of this file and exits with its code. */
export async function runCommand<A>(def: CommandDefinition<A>, argv: readonly string[] = process.argv.slice(2)): Promise<never> {
  const err = (s: string) => process.stderr.write(`${s}\n`);
  if (wantsHelp(argv)) {
    process.stdout.write(def.usage);
    process.exit(0);
  }
  let args: A;
  try {
    args = def.parse(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    if (e.message) err(`${e.message}\n`);
    process.stderr.write(def.usage);
    process.exit(e.message ? 2 : 0);
  }
  const config = loadConfig();
  let db: OpenDatabase;
  try {
    db = await openDatabase(config, {
      attach: true,
      onWait: (h) => err(`Waiting for the server (process ${h.pid}, ${h.command}) to finish starting…`),
    });
  } catch (e) {
    if (!(e instanceof DatabaseInUseError)) throw e;
    err(e.message);
    process.exit(1);
  }
  if (db.attachedTo) err(`Using the embedded database of the running server (process ${db.attachedTo.pid}, ${db.attachedTo.command}).`);
  let code = 1;
  try {
    code = await def.run(db, args, config);
  } catch (e) {
    err(`${def.failure}: ${e instanceof Error ? e.message : String(e)}`);
    code = 1;
  } finally {
    await db.close();
  }
  process.exit(code);
}
