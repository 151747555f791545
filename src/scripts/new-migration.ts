// `npm run migration:new -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// with the SQL that brings the existing migrations to prisma/schema.prisma. Offline: Prisma's
// WASM schema engine through the pg adapter, which replays the migrations into a temporary
// shadow database on a PostgreSQL server (MIGRATION_DATABASE_URL, else DATABASE_URL, else the
// local server at postgres://postgres@127.0.0.1:5432/postgres).
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIGRATIONS_DIR } from '../db/migrate.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run migration:new -- <name>   (lower case, digits and _)');
  process.exit(2);
}
const url = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const sql = execFileSync(
  'npx',
  ['prisma', 'migrate', 'diff', '--from-migrations', MIGRATIONS_DIR, '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
  { env: { ...process.env, DATABASE_URL: url }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
if (!/^\s*(CREATE|ALTER|DROP|INSERT|UPDATE|DELETE)/im.test(sql)) {
  console.log('The schema matches the migrations; nothing to do.');
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const dir = join(MIGRATIONS_DIR, `${stamp}_${name}`);
mkdirSync(dir);
writeFileSync(join(dir, 'migration.sql'), sql);
console.log(`Wrote ${dir}/migration.sql — review it, then commit it with the schema change.`);
