// DATA_DIR's lock file (src/db/lock.ts): one holder, refusal naming the holder, stale locks taken
// over by exactly one of several takers, release only of one's own lock, removal on exit.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  acquireLock,
  DatabaseInUseError,
  describeCommand,
  isHolderAlive,
  lockPath,
  processStartOf,
  readLock,
  takeOverStale,
  tryAcquireLock,
  type LockRecord,
} from '../../src/db/lock.js';

const ROOT = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'lock-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;
const freshDir = () => join(tmp, `d${++n}`);

/** The PID of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', '']);
  return r.pid!;
}

function writeLock(dir: string, record: Partial<LockRecord>): string {
  mkdirSync(dir, { recursive: true });
  const full: LockRecord = {
    pid: deadPid(),
    command: 'npm start',
    role: 'server',
    startedAt: '2026-12-01T08:00:00.000Z',
    hostname: hostname(),
    url: 'postgresql://postgres:postgres@127.0.0.1:1/postgres',
    processStart: null,
    nonce: 'stale',
    ...record,
  };
  const raw = JSON.stringify(full);
  writeFileSync(lockPath(dir), raw);
  return raw;
}

describe('the lock file', () => {
  it('is created with the holder’s PID, command, role and start time; a second taker is refused naming them; release removes it', async () => {
    const dir = freshDir();
    const lock = await acquireLock(dir, 'server', { command: 'npm start' });
    const onDisk = JSON.parse(readFileSync(lockPath(dir), 'utf8')) as LockRecord;
    expect(onDisk).toMatchObject({ pid: process.pid, command: 'npm start', role: 'server', url: null, hostname: hostname() });
    expect(Date.parse(onDisk.startedAt)).toBeGreaterThan(Date.now() - 10_000);

    const before = readFileSync(lockPath(dir), 'utf8');
    const refused = await acquireLock(dir, 'server', { displayDir: './.data' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DatabaseInUseError);
    expect((refused as DatabaseInUseError).holder.pid).toBe(process.pid);
    expect((refused as Error).message).toBe(
      `The embedded database in ./.data is in use by process ${process.pid} (npm start) since ${onDisk.startedAt}: stop it, or set DATA_DIR / DATABASE_URL to use another database.`,
    );
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['server.lock']);

    lock.publish('postgresql://postgres:postgres@127.0.0.1:5555/postgres');
    expect(readLock(dir)?.url).toBe('postgresql://postgres:postgres@127.0.0.1:5555/postgres');
    lock.release();
    expect(existsSync(lockPath(dir))).toBe(false);
    lock.release();
  });

  it('a command holding it is named as one to wait for', async () => {
    const dir = freshDir();
    const lock = await acquireLock(dir, 'command', { command: 'npm run import -- customers a.csv' });
    await expect(acquireLock(dir, 'server')).rejects.toThrow(
      `is in use by process ${process.pid} (npm run import -- customers a.csv) since ${lock.record.startedAt}: wait for it to finish, or set DATA_DIR / DATABASE_URL`,
    );
    lock.release();
  });

  it('a holder removes only its own lock', async () => {
    const dir = freshDir();
    const lock = await acquireLock(dir, 'server');
    // Someone removed it and another process took it meanwhile.
    const other = writeLock(dir, { pid: process.pid, nonce: 'other' });
    lock.release();
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(other);
  });

  it('judges a holder alive by its PID, its process start time, and its host', () => {
    const me = { pid: process.pid, hostname: hostname(), processStart: processStartOf(process.pid) };
    expect(isHolderAlive(me)).toBe(true);
    expect(isHolderAlive({ ...me, processStart: null })).toBe(true);
    expect(isHolderAlive({ ...me, pid: deadPid() })).toBe(false);
    // The PID now belongs to a process started later than the holder.
    if (me.processStart) expect(isHolderAlive({ ...me, processStart: '1' })).toBe(false);
    // Another host's process cannot be checked from here: held.
    expect(isHolderAlive({ ...me, pid: deadPid(), hostname: 'elsewhere.example' })).toBe(true);
  });

  it.each([
    ['a dead PID', () => ({ pid: deadPid() })],
    ['a PID reused by a later process', () => ({ pid: process.pid, processStart: '1' })],
  ])('takes over a stale lock (%s)', async (_what, record) => {
    const dir = freshDir();
    if (!processStartOf(process.pid) && _what.includes('reused')) return;
    writeLock(dir, record());
    const lock = await acquireLock(dir, 'command');
    expect(readLock(dir)).toMatchObject({ pid: process.pid, role: 'command', nonce: lock.record.nonce });
    expect(readdirSync(dir)).toEqual(['server.lock']);
    lock.release();
  });

  it('keeps a lock taken on another host', async () => {
    const dir = freshDir();
    writeLock(dir, { hostname: 'elsewhere.example' });
    await expect(acquireLock(dir, 'server')).rejects.toThrow(/in use by process \d+ \(npm start\) since .* on elsewhere\.example: stop it/);
  });

  it('takes over an unreadable lock file once it is old enough to be no write in progress', async () => {
    const dir = freshDir();
    mkdirSync(dir);
    writeFileSync(lockPath(dir), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath(dir), old, old);
    const lock = await acquireLock(dir, 'server');
    expect(readLock(dir)?.nonce).toBe(lock.record.nonce);
    lock.release();
  });

  it('a taker that read the stale lock before another taker replaced it does not remove the new lock', async () => {
    const dir = freshDir();
    const staleRaw = writeLock(dir, {});
    // B takes the stale lock over; A, slower, acts on what it read before.
    const b = await acquireLock(dir, 'server');
    const bRaw = readFileSync(lockPath(dir), 'utf8');
    expect(takeOverStale(lockPath(dir), staleRaw)).toBe(false);
    expect(readFileSync(lockPath(dir), 'utf8')).toBe(bRaw);
    const a = await tryAcquireLock(dir, 'server');
    expect('holder' in a && a.holder.nonce).toBe(b.record.nonce);
    expect(readdirSync(dir)).toEqual(['server.lock']);
    b.release();
  });

  it('of six processes taking one stale lock at once exactly one gets it; the lock is removed when its holder exits', async () => {
    const dir = freshDir();
    writeLock(dir, {});
    const startAt = Date.now() + 6000;
    const children = Array.from({ length: 6 }, () =>
      spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'tests/cli/fixtures/take-lock.ts'), dir, String(startAt)], { cwd: ROOT }),
    );
    const results = await Promise.all(
      children.map(
        (c) =>
          new Promise<{ pid: number; held?: true; holder?: number }>((resolve, reject) => {
            let out = '';
            let err = '';
            c.stdout.on('data', (d: Buffer) => {
              out += d.toString();
              if (out.includes('\n')) resolve(JSON.parse(out) as { pid: number });
            });
            c.stderr.on('data', (d: Buffer) => (err += d.toString()));
            c.on('exit', (code) => reject(new Error(`take-lock exited ${code}: ${err}`)));
          }),
      ),
    );
    const winners = results.filter((r) => r.held);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => !r.held).map((r) => r.holder)).toEqual(Array(5).fill(winners[0]!.pid));
    expect(readLock(dir)?.pid).toBe(winners[0]!.pid);
    await Promise.all(
      children.map((c) => {
        const exited = new Promise((r) => c.on('exit', r));
        c.stdin.end();
        return exited;
      }),
    );
    // Exited without calling release: the exit handler removed it; no claim files are left.
    expect(readdirSync(dir)).toEqual([]);
  }, 60_000);
});

describe('describeCommand', () => {
  const saved = { argv: process.argv, event: process.env.npm_lifecycle_event, script: process.env.npm_lifecycle_script };
  afterAll(() => {
    process.argv = saved.argv;
    if (saved.event === undefined) delete process.env.npm_lifecycle_event;
    else process.env.npm_lifecycle_event = saved.event;
    if (saved.script === undefined) delete process.env.npm_lifecycle_script;
    else process.env.npm_lifecycle_script = saved.script;
  });
  it.each([
    ['start', 'tsx src/server.ts', ['src/server.ts'], 'npm start'],
    ['import', 'tsx src/scripts/import.ts', ['src/scripts/import.ts', 'customers', 'a.csv'], 'npm run import -- customers a.csv'],
    ['token', 'tsx src/scripts/token.ts', ['src/scripts/token.ts', '--user', 'ADM'], 'npm run token -- --user ADM'],
    // A child of an npm script inherits npm's variables: named by its own script.
    ['test', 'vitest run', ['src/server.ts'], 'src/server.ts'],
    [undefined, undefined, ['src/scripts/seed.ts'], 'src/scripts/seed.ts'],
  ])('npm_lifecycle_event %s, script %s, argv %j: %s', (event, script, args, expected) => {
    process.argv = [process.execPath, ...args.map((a, i) => (i === 0 ? join(process.cwd(), a) : a))];
    if (event === undefined) delete process.env.npm_lifecycle_event;
    else process.env.npm_lifecycle_event = event;
    if (script === undefined) delete process.env.npm_lifecycle_script;
    else process.env.npm_lifecycle_script = script;
    expect(describeCommand()).toBe(expected);
  });
});
