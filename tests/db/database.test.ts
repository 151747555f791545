// The database layer: migrations runner, the embedded database's persistence, error recovery.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from '../../src/db/migrate.js';
import { createTenantDb } from '../../src/db/tenant.js';
import { createCompanyWithAdmin } from '../../src/modules/companies/bootstrap.js';
import { createDefinition } from '../../src/modules/customers/custom-field-definitions.js';
import { ConflictError } from '../../src/errors.js';
import { useHarness } from '../helpers/harness.js';

const h = useHarness();
const tmp = mkdtempSync(join(tmpdir(), 'db-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('migrations', () => {
  it('records applied migrations like Prisma Migrate and applies nothing twice', async () => {
    expect(await applyMigrations(h.db.url)).toEqual([]);
    const rows = await h.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string; finished_at: Date | null }[]>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(listMigrations().map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.finished_at !== null)).toBe(true);
  });

  it('a Visma connection stored with voucherSeries [] ("every series" then) keeps every series; [] means none everywhere else', async () => {
    const { id: companyId } = await h.prisma.company.create({ data: { name: 'Serier AB' } });
    const connection = (connectorId: string, name: string, voucherSeries: 'all' | string[]) =>
      h.prisma.connection.create({
        data: { companyId, connectorId, name, settings: { baseUrl: 'https://x', voucherSeries }, createdBy: 'AD', updatedBy: 'AD' },
      });
    const visma = await connection('visma', 'Visma', []);
    const vismaChosen = await connection('visma', 'Visma A', ['A']);
    const fortnox = await connection('fortnox', 'Fortnox', []);
    const migration = listMigrations().find((m) => m.name.endsWith('_voucher_series_one_meaning'))!;
    await h.prisma.$executeRawUnsafe(migration.sql);
    const settings = async (id: string) =>
      ((await h.prisma.connection.findUniqueOrThrow({ where: { id } })).settings as { voucherSeries: unknown }).voucherSeries;
    expect([await settings(visma.id), await settings(vismaChosen.id), await settings(fortnox.id)]).toEqual(['all', ['A'], []]);
  });

  it('refuses to start when an applied migration was edited', async () => {
    const dir = join(tmp, 'migrations');
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const first = listMigrations(dir)[0]!;
    writeFileSync(join(dir, first.name, 'migration.sql'), `${first.sql}\n-- edited\n`);
    await expect(applyMigrations(h.db.url, dir)).rejects.toThrow(/was changed after it was applied/);
  });

  it('applies a new migration once, in a transaction with its record', async () => {
    const dir = join(tmp, 'migrations-new');
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const name = '29991231000000_test_extra';
    const { mkdirSync } = await import('node:fs');
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'migration.sql'), 'CREATE TABLE "TestExtra" ("id" INTEGER PRIMARY KEY);');
    expect(await applyMigrations(h.db.url, dir)).toEqual([name]);
    expect(await applyMigrations(h.db.url, dir)).toEqual([]);
    const broken = '29991231000001_broken';
    mkdirSync(join(dir, broken));
    writeFileSync(join(dir, broken, 'migration.sql'), 'CREATE TABLE "TestBroken" ("id" INTEGER); SELECT no_such_function();');
    await expect(applyMigrations(h.db.url, dir)).rejects.toThrow(/29991231000001_broken failed/);
    const tables = await h.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'TestBroken'`);
    expect(Number(tables[0]!.n)).toBe(0);
  });
});

describe('errors', () => {
  it('keeps working after a statement fails outside a transaction', async () => {
    const c = await createCompanyWithAdmin(h.prisma, { name: 'E', admin: { name: 'A', email: 'e@x.se', signature: 'E1' } });
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'T' });
    await createDefinition(db, { key: 'k', label: 'K', type: 'TEXT' });
    await expect(createDefinition(db, { key: 'k', label: 'K', type: 'TEXT' })).rejects.toBeInstanceOf(ConflictError);
    expect(await db.customFieldDefinition.count()).toBe(1);
  });
});

describe('embedded database', () => {
  it('creates its data directory on first start and keeps data across restarts', async () => {
    const dataDir = join(tmp, 'data');
    const first = await openDatabase({ DATA_DIR: dataDir, DATABASE_POOL_SIZE: 1, DATABASE_URL: undefined });
    try {
      expect(first.kind).toBe('embedded');
      expect(first.appliedMigrations).toEqual(listMigrations().map((m) => m.name));
      await first.prisma.company.create({ data: { name: 'Persisted AB' } });
    } finally {
      await first.close();
    }
    const second = await openDatabase({ DATA_DIR: dataDir, DATABASE_POOL_SIZE: 1, DATABASE_URL: undefined });
    try {
      expect(second.appliedMigrations).toEqual([]);
      expect((await second.prisma.company.findMany()).map((c) => c.name)).toEqual(['Persisted AB']);
    } finally {
      await second.close();
    }
  }, 60_000);
});
