// openDatabase on the embedded database under DATA_DIR's lock (src/db/database.ts), in this
// process: a server holds the lock and publishes its socket server; a command attaches to it
// (same data, no migrations, no lock), or holds the lock itself when no server runs.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/database.js';
import { DatabaseInUseError, lockPath, readLock } from '../../src/db/lock.js';
import { listMigrations } from '../../src/db/migrate.js';

const tmp = mkdtempSync(join(tmpdir(), 'lock-db-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dir = join(tmp, 'data');
const config = { DATA_DIR: dir, DATABASE_URL: undefined, DATABASE_POOL_SIZE: 1 };

describe.skipIf(!!process.env.TEST_DATABASE_URL)('the embedded database under its lock', () => {
  it('a command with no server running holds the lock for its duration; a server started meanwhile is refused', async () => {
    const cmd = await openDatabase(config, { attach: true });
    try {
      expect(cmd.attachedTo).toBeNull();
      expect(cmd.appliedMigrations).toEqual(listMigrations().map((m) => m.name));
      expect(readLock(dir)).toMatchObject({ pid: process.pid, role: 'command', url: null });
      const refused = await openDatabase(config).catch((e: unknown) => e);
      expect(refused).toBeInstanceOf(DatabaseInUseError);
      expect((refused as Error).message).toMatch(
        new RegExp(
          `^The embedded database in ${dir} is in use by process ${process.pid} \\(.+\\) since .+: wait for it to finish, or set DATA_DIR / DATABASE_URL`,
        ),
      );
      // Another command does not attach to a command: it is refused too.
      await expect(openDatabase(config, { attach: true })).rejects.toBeInstanceOf(DatabaseInUseError);
      await cmd.prisma.company.create({ data: { name: 'Written by a command AB' } });
    } finally {
      await cmd.close();
    }
    expect(existsSync(lockPath(dir))).toBe(false);
  }, 120_000);

  it('a server holds the lock; a command attaches through its socket server and writes what the server reads at once', async () => {
    const server = await openDatabase(config);
    try {
      const lock = readLock(dir)!;
      expect(lock).toMatchObject({ pid: process.pid, role: 'server', url: server.url });
      expect(await openDatabase(config).catch((e: unknown) => e)).toBeInstanceOf(DatabaseInUseError);

      const cmd = await openDatabase(config, { attach: true });
      try {
        expect(cmd.attachedTo).toMatchObject({ pid: process.pid, nonce: lock.nonce });
        expect(cmd.url).toBe(server.url);
        expect(cmd.appliedMigrations).toEqual([]);
        await cmd.prisma.company.create({ data: { name: 'Written through the server AB' } });
        expect((await server.prisma.company.findMany({ orderBy: { createdAt: 'asc' } })).map((c) => c.name)).toEqual([
          'Written by a command AB',
          'Written through the server AB',
        ]);
      } finally {
        await cmd.close();
      }
      // The command neither took nor released the lock; the server still answers.
      expect(readLock(dir)).toEqual(lock);
      expect(await server.prisma.company.count()).toBe(2);
    } finally {
      await server.close();
    }
    expect(readdirSync(dir).sort()).toEqual(['pglite']);
    // What the command wrote is in the server's data directory.
    const again = await openDatabase(config);
    try {
      expect(await again.prisma.company.count()).toBe(2);
    } finally {
      await again.close();
    }
  }, 120_000);

  it('a command waits for a starting server until it lets commands attach', async () => {
    const server = await openDatabase(config, { deferAttach: true });
    try {
      expect(readLock(dir)?.url).toBeNull();
      const waits: number[] = [];
      const opening = openDatabase(config, { attach: true, onWait: (h) => waits.push(h.pid) });
      await new Promise((r) => setTimeout(r, 600));
      expect(waits).toEqual([process.pid]);
      server.allowAttach();
      const cmd = await opening;
      try {
        expect(cmd.attachedTo?.pid).toBe(process.pid);
        expect(await cmd.prisma.company.count()).toBe(2);
      } finally {
        await cmd.close();
      }
    } finally {
      await server.close();
    }
    // A server still starting that never lets commands in: they give up with the reason.
    const starting = await openDatabase(config, { deferAttach: true });
    try {
      await expect(openDatabase(config, { attach: true, attachWaitMs: 300 })).rejects.toThrow(/: it is still starting; try again when it is up/);
    } finally {
      await starting.close();
    }
  }, 120_000);

  it('a command does not write into a running server whose database lacks a migration this code needs', async () => {
    const server = await openDatabase(config);
    try {
      const last = listMigrations().at(-1)!.name;
      await server.prisma.$executeRawUnsafe('DELETE FROM "_prisma_migrations" WHERE migration_name = $1', last);
      await expect(openDatabase(config, { attach: true })).rejects.toThrow(`lacks the migration ${last} this code needs; restart it`);
    } finally {
      await server.close();
    }
  }, 120_000);
});
