// A DATA_DIR for a test that starts the server or a command on the embedded database of its own
// directory (never the test database): a copy of the migrated embedded template this run's global
// set-up made, which saves a new directory's initdb and migrations. Runs on PostgreSQL provide no
// such template: null, and the caller starts on an empty directory (a real first start).
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

export function embeddedDataDirCopy(prefix: string): string | null {
  const provided = inject('testDatabase');
  if (provided.kind !== 'pglite') return null;
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(provided.dataDirTemplate, dir, { recursive: true });
  return dir;
}
