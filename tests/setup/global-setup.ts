// Runs once per test run: applies the migrations and creates the run engine's schema (pg-boss's
// `pgboss`, which a server creates on its first start) once, then every test file starts from a
// copy. On the embedded database the copy is a PGlite data-directory dump; with
// TEST_DATABASE_URL it is a PostgreSQL template database.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { installRunEngine } from '../../src/integration/runtime/engine.js';
import { adminQuery, databaseUrl } from '../helpers/postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: { kind: 'pglite'; dumpFile: string; dataDirTemplate: string } | { kind: 'postgres'; baseUrl: string; template: string; prefix: string };
  }
}

export default async function setup(project: TestProject) {
  const base = process.env.TEST_DATABASE_URL;
  if (base) {
    const prefix = `t${process.pid}_${Date.now().toString(36)}`;
    const template = `${prefix}_template`;
    await adminQuery(base, `CREATE DATABASE "${template}"`);
    await applyMigrations(databaseUrl(base, template));
    await installRunEngine(databaseUrl(base, template));
    project.provide('testDatabase', { kind: 'postgres', baseUrl: base, template, prefix });
    return async () => {
      const { rows } = await adminQuery<{ datname: string }>(base, `SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix}%`]);
      for (const r of rows) await adminQuery(base, `DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pglite-template-'));
  const dumpFile = join(dir, 'migrated.tar.gz');
  const db = await startEmbeddedDatabase();
  let dump: Blob;
  try {
    await applyMigrations(db.url);
    await installRunEngine(db.url);
    dump = await db.pglite.dumpDataDir('gzip');
    writeFileSync(dumpFile, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
  // The same database as a DATA_DIR on disk, for tests that start the server (or a command) on a
  // data directory of their own: copying it costs a fraction of a first start's initdb and
  // migrations (tests/db/database.test.ts and the command-line tests keep a real first start).
  const dataDirTemplate = join(dir, 'data-dir');
  const onDisk = await startEmbeddedDatabase({ dataDir: join(dataDirTemplate, 'pglite'), loadDataDir: dump });
  await onDisk.close();
  project.provide('testDatabase', { kind: 'pglite', dumpFile, dataDirTemplate });
  return () => rmSync(dir, { recursive: true, force: true });
}
