// One process per embedded database. The process that opens DATA_DIR's embedded database holds
// DATA_DIR/server.lock: a JSON file created with O_EXCL (so of two openers exactly one creates
// it) naming the holder's PID, command, start time, role and, once its database is ready, the URL
// of its socket server. Any other opener is refused with a DatabaseInUseError naming the holder,
// before it writes anything; a command-line tool may instead use a running server's database
// through that URL (see openDatabase's `attach`). The holder removes the file on close and on
// exit. A lock whose process is gone (its PID is not alive, or now belongs to a process started
// later) is stale and taken over; of several takers at once exactly one succeeds (see
// takeOverStale).
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, join, relative } from 'node:path';

export const LOCK_FILE = 'server.lock';

export type LockRole = 'server' | 'command';

export interface LockRecord {
  pid: number;
  /** How the holder was started, e.g. `npm start` or `npm run import -- customers a.csv`. */
  command: string;
  /** `server`: serves its database to attached commands; `command`: holds it for its own run. */
  role: LockRole;
  /** ISO time the lock was taken. */
  startedAt: string;
  hostname: string;
  /** The socket server's postgres:// URL once the database is migrated and ready; null before. */
  url: string | null;
  /** The holder process's start time (Linux: /proc/<pid>/stat), to tell a reused PID apart. */
  processStart: string | null;
  /** Identifies this lock; a holder removes the file only while it still carries its nonce. */
  nonce: string;
}

/** Another live process holds the embedded database; nothing was written. */
export class DatabaseInUseError extends Error {
  readonly code = 'DATABASE_IN_USE' as const;
  constructor(
    readonly dataDir: string,
    readonly holder: LockRecord,
    hint?: string,
  ) {
    const what = holder.role === 'command' ? 'wait for it to finish' : 'stop it';
    super(
      `The embedded database in ${dataDir} is in use by process ${holder.pid} (${holder.command}) since ${holder.startedAt}` +
        `${holder.hostname !== hostname() ? ` on ${holder.hostname}` : ''}: ${hint ?? what}, or set DATA_DIR / DATABASE_URL to use another database.`,
    );
    this.name = 'DatabaseInUseError';
  }
}

export function lockPath(dataDir: string): string {
  return join(dataDir, LOCK_FILE);
}

/** The start time of a process (clock ticks since boot, Linux), or null where it cannot be read. */
export function processStartOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) is in parentheses and may contain spaces.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Whether the process holding a lock still runs. A lock taken on another host counts as held. */
export function isHolderAlive(record: Pick<LockRecord, 'pid' | 'hostname' | 'processStart'>): boolean {
  if (record.hostname !== hostname()) return true;
  if (!Number.isInteger(record.pid) || record.pid <= 0) return false;
  try {
    process.kill(record.pid, 0);
  } catch (err) {
    // EPERM: it runs, under another user.
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = processStartOf(record.pid);
  return !(record.processStart && now && now !== record.processStart);
}

/** How the current process was started, for the lock's `command`. */
export function describeCommand(): string {
  const argv = process.argv.slice(2);
  const script = process.argv[1] ? relative(process.cwd(), process.argv[1]) || basename(process.argv[1]) : 'node';
  const event = process.env.npm_lifecycle_event;
  // Children inherit npm's variables: only a process npm started itself runs its script.
  const viaNpm = event && process.env.npm_lifecycle_script?.includes(script);
  const text = viaNpm
    ? `${event === 'start' || event === 'test' ? `npm ${event}` : `npm run ${event}`}${argv.length ? ` -- ${argv.join(' ')}` : ''}`
    : [script, ...argv].join(' ');
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

interface LockFileContent {
  raw: string;
  record: LockRecord | null;
  mtimeMs: number;
}

function parseRecord(raw: string): LockRecord | null {
  try {
    const r = JSON.parse(raw) as Partial<LockRecord>;
    if (typeof r.pid !== 'number' || typeof r.nonce !== 'string') return null;
    return {
      pid: r.pid,
      command: typeof r.command === 'string' ? r.command : '?',
      role: r.role === 'command' ? 'command' : 'server',
      startedAt: typeof r.startedAt === 'string' ? r.startedAt : '?',
      hostname: typeof r.hostname === 'string' ? r.hostname : hostname(),
      url: typeof r.url === 'string' ? r.url : null,
      processStart: typeof r.processStart === 'string' ? r.processStart : null,
      nonce: r.nonce,
    };
  } catch {
    return null;
  }
}

function readLockFile(path: string): LockFileContent | null {
  try {
    const raw = readFileSync(path, 'utf8');
    return { raw, record: parseRecord(raw), mtimeMs: statSync(path).mtimeMs };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
}

/** The lock of a data directory as it is now, or null when none is held. */
export function readLock(dataDir: string): LockRecord | null {
  return readLockFile(lockPath(dataDir))?.record ?? null;
}

/** Creates the file only if it does not exist (O_EXCL); false when it does. */
function createExclusive(path: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

function unlinkIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
}

/** A claim on a stale lock older than this was left by a taker that died during the takeover. */
const ABANDONED_CLAIM_MS = 10_000;

/**
 * Removes the stale lock whose content was `staleRaw`, if it is still that lock. The takers of one
 * stale lock race for a claim file named after its content (O_EXCL): only the winner removes the
 * lock, and only after reading it again under the claim, so a taker that read the stale lock
 * before another taker replaced it never removes the new one. Returns whether it removed the lock;
 * either way the caller tries to create its own lock again.
 */
export function takeOverStale(path: string, staleRaw: string): boolean {
  const claim = `${path}.takeover-${createHash('sha256').update(staleRaw).digest('hex').slice(0, 16)}`;
  if (!createExclusive(claim, String(process.pid))) {
    try {
      if (Date.now() - statSync(claim).mtimeMs > ABANDONED_CLAIM_MS) unlinkIfPresent(claim);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
    return false;
  }
  try {
    const now = readLockFile(path);
    if (now?.raw !== staleRaw) return false;
    unlinkSync(path);
    return true;
  } finally {
    unlinkIfPresent(claim);
  }
}

export interface HeldLock {
  readonly path: string;
  readonly record: LockRecord;
  /** Records the URL other processes may attach through (the database is ready), or withdraws it (null). */
  publish(url: string | null): void;
  /** Removes the lock file if it is still this lock. Idempotent, synchronous (runs on exit too). */
  release(): void;
}

export type LockAttempt = { held: HeldLock } | { holder: LockRecord };

/** A lock file that cannot be parsed is being written for this long at most; after that it is stale. */
const UNREADABLE_GRACE_MS = 2_000;

/**
 * Takes DATA_DIR's lock, or reports the live process that holds it (without writing anything).
 * Creates DATA_DIR if needed; nothing under it is touched before the lock is held.
 */
export async function tryAcquireLock(dataDir: string, role: LockRole, command = describeCommand()): Promise<LockAttempt> {
  mkdirSync(dataDir, { recursive: true });
  const path = lockPath(dataDir);
  for (let attempt = 0; attempt < 50; attempt++) {
    const record: LockRecord = {
      pid: process.pid,
      command,
      role,
      startedAt: new Date().toISOString(),
      hostname: hostname(),
      url: null,
      processStart: processStartOf(process.pid),
      nonce: randomBytes(12).toString('hex'),
    };
    if (createExclusive(path, `${JSON.stringify(record, null, 2)}\n`)) return { held: holdLock(path, record) };
    const current = readLockFile(path);
    if (!current) continue; // released meanwhile
    if (!current.record) {
      // Being written right now (created, content not yet there), or corrupt.
      if (Date.now() - current.mtimeMs < UNREADABLE_GRACE_MS) {
        await new Promise((r) => setTimeout(r, 50));
        continue;
      }
    } else if (isHolderAlive(current.record)) {
      return { holder: current.record };
    }
    if (!takeOverStale(path, current.raw)) await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
  }
  throw new Error(`Could not take the lock ${path}: it keeps changing.`);
}

/** Takes DATA_DIR's lock or throws DatabaseInUseError naming the holder. */
export async function acquireLock(dataDir: string, role: LockRole, opts: { command?: string; displayDir?: string } = {}): Promise<HeldLock> {
  const attempt = await tryAcquireLock(dataDir, role, opts.command);
  if ('holder' in attempt) throw new DatabaseInUseError(opts.displayDir ?? dataDir, attempt.holder);
  return attempt.held;
}

function holdLock(path: string, initial: LockRecord): HeldLock {
  let record = initial;
  let released = false;
  const ours = () => readLockFile(path)?.record?.nonce === record.nonce;
  const release = () => {
    if (released) return;
    released = true;
    process.off('exit', release);
    try {
      if (ours()) unlinkSync(path);
    } catch {
      // Already gone, or the directory was removed: nothing left to release.
    }
  };
  process.on('exit', release);
  return {
    path,
    get record() {
      return record;
    },
    publish(url: string | null) {
      if (released || !ours()) throw new Error(`The lock ${path} is no longer held by this process.`);
      record = { ...record, url };
      // Readers see the old or the new content, never a partial file.
      const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
      try {
        if (!createExclusive(tmp, `${JSON.stringify(record, null, 2)}\n`)) throw new Error(`${tmp} exists`);
        renameSync(tmp, path);
      } finally {
        unlinkIfPresent(tmp);
      }
    },
    release,
  };
}
