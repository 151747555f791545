// `npm run import -- customers FILE [--commit all|valid] [--company <id>]`: imports customers or
// contacts from an .xlsx or CSV file into the configured database. On the embedded database while
// the server runs, through the server's database (it sees the rows at once); with no server, the
// command holds the database for its duration (see src/scripts/cli.ts).
import { parseArgs, runImportCli, USAGE } from './import-cli.js';
import { runCommand } from './cli.js';

await runCommand({
  usage: USAGE,
  parse: parseArgs,
  failure: 'Import failed',
  run: (db, args, config) =>
    runImportCli(
      db.prisma,
      args,
      { maxBytes: config.IMPORT_MAX_BYTES, maxRows: config.IMPORT_MAX_ROWS },
      { out: process.stdout, err: process.stderr, progress: !!process.stderr.isTTY },
    ),
});
