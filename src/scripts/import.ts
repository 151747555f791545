// `npm run import -- customers FILE [--commit all|valid] [--company <id>]`: imports customers or
// contacts from an .xlsx or CSV file into the configured database (embedded or DATABASE_URL;
// stop the server first when it uses the embedded database: PGlite allows one process).
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { parseArgs, runImportCli, USAGE, UsageError } from './import-cli.js';

let args;
try {
  args = parseArgs(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  if (err.message) process.stderr.write(`${err.message}\n\n`);
  process.stderr.write(USAGE);
  process.exit(err.message ? 2 : 0);
}
const config = loadConfig();
const db = await openDatabase(config);
let code = 1;
try {
  code = await runImportCli(
    db.prisma,
    args,
    { maxBytes: config.IMPORT_MAX_BYTES, maxRows: config.IMPORT_MAX_ROWS },
    { out: process.stdout, err: process.stderr, progress: !!process.stderr.isTTY },
  );
} catch (err) {
  process.stderr.write(`Import failed: ${err instanceof Error ? err.message : String(err)}\n`);
  code = 1;
} finally {
  await db.close();
}
process.exit(code);
