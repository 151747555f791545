// The command-line tools as separate processes next to a real server (src/server.ts) on one
// embedded database: a second server is refused naming the first one's PID and writes nothing;
// import, token and seed go through the running server's database (it sees the rows at once and
// they survive a restart); a command takes over a stale lock; --help and unknown options.
// Every database here is the file's own embedded one in a DATA_DIR of its own (never the test
// database), so the file is database-independent (tests/setup/database-independent.ts): CI's run
// on PostgreSQL leaves it out instead of running the same processes again.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { embeddedDataDirCopy } from '../helpers/data-dir.js';
import { lockPath, readLock } from '../../src/db/lock.js';
import { runCommand } from '../../src/scripts/cli.js';

const ROOT = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'cli-test-'));
const children = new Set<ChildProcessWithoutNullStreams>();
afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(tmp, { recursive: true, force: true });
  rmSync(dataDir, { recursive: true, force: true });
});

function env(dataDir: string): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, PORT: '0', HOST: '127.0.0.1', CONNECTOR_SCHEDULER: 'false' };
  delete e.DATABASE_URL;
  delete e.SEED_DEMO;
  return e;
}

function spawnScript(script: string, args: string[], dataDir: string): ChildProcessWithoutNullStreams {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: ROOT, env: env(dataDir) });
  children.add(child);
  return child;
}

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function runScript(script: string, args: string[], dataDir: string): Promise<Result> {
  const child = spawnScript(script, args, dataDir);
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

interface Server {
  pid: number;
  url: string;
  output: () => string;
  stop(): Promise<number | null>;
}

/** src/server.ts in a child process; resolves once it listens (port and first-start token read from its output). */
function startServer(dataDir: string): Promise<Server> {
  const child = spawnScript('src/server.ts', [], dataDir);
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /http:\/\/[^\s"]+:(\d+)\/graphql/.exec(out);
      if (!m) return;
      resolve({
        pid: child.pid!,
        url: `http://127.0.0.1:${m[1]}/graphql`,
        output: () => out,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then((code) => reject(new Error(`server exited ${code}:\n${out}`)));
  });
}

async function gql(url: string, token: string, query: string): Promise<{ data?: Record<string, unknown>; errors?: unknown[] }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data?: Record<string, unknown> };
}

const tokenIn = (text: string) => /npi_[A-Za-z0-9_-]{20,}/.exec(text)?.[0];

/** Every file under a directory with its size and content hash. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(dir, p)] = `${statSync(p).size}:${createHash('sha256').update(readFileSync(p)).digest('hex')}`;
    }
  };
  walk(dir);
  return out;
}

const SCRIPTS = { seed: 'src/scripts/seed.ts', import: 'src/scripts/import.ts', token: 'src/scripts/token.ts' } as const;

describe('--help and wrong options', () => {
  it.each(Object.entries(SCRIPTS))(
    '%s: --help prints the usage and exits 0, an unknown option exits 2, before opening anything',
    async (name, script) => {
      const dataDir = join(tmp, `help-${name}`);
      const [help, unknown] = await Promise.all([runScript(script, ['--help'], dataDir), runScript(script, ['--frobnicate'], dataDir)]);
      expect(help).toEqual({ code: 0, stdout: expect.stringMatching(new RegExp(`^Usage: npm run ${name}`)), stderr: '' });
      expect(unknown.code).toBe(2);
      expect(unknown.stderr).toMatch(new RegExp(`^Unknown option --frobnicate\\.\\n\\nUsage: npm run ${name}`));
      expect(existsSync(dataDir)).toBe(false);
    },
    60_000,
  );

  // What the three commands share (src/scripts/cli.ts, which each script above hands its command
  // line): -h is --help, wherever it stands, before the arguments are read or anything is opened.
  // In-process (each command's own --help ran as a process above).
  it.each([[['-h']], [['--help']], [['--bogus', '-h']], [['-h', '--bogus']]])(
    'runCommand(%j) prints the usage and exits 0 without parsing or opening',
    async (argv) => {
      class Exit extends Error {
        constructor(readonly code: number | undefined) {
          super(`exit ${code}`);
        }
      }
      const written: string[] = [];
      const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
        throw new Exit(code === undefined || code === null ? undefined : Number(code));
      });
      const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
        written.push(String(chunk));
        return true;
      });
      // Reading the arguments would fail the command here, before it could open anything.
      const parse = vi.fn((): Record<string, never> => {
        throw new Error('the arguments were read');
      });
      const run = vi.fn(async () => 0);
      try {
        await expect(runCommand({ usage: 'Usage: npm run example\n', parse, run, failure: 'Example failed' }, argv)).rejects.toEqual(new Exit(0));
      } finally {
        exit.mockRestore();
        stdout.mockRestore();
      }
      expect(written).toEqual(['Usage: npm run example\n']);
      expect(parse).not.toHaveBeenCalled();
      expect(run).not.toHaveBeenCalled();
    },
  );
});

// The server's first start begins with the file, so that it overlaps the --help processes above;
// the first test below waits for it. Its DATA_DIR is a copy of the migrated embedded database (no
// company yet: the first start still creates the company and prints its token), which saves the
// initdb and migrations of a new directory; tests/db/database.test.ts and the demo test keep a
// first start on an empty directory.
const dataDir = embeddedDataDirCopy('cli-data-') ?? join(tmp, 'data');
let firstStart: Promise<Server>;
beforeAll(() => {
  firstStart = startServer(dataDir);
  firstStart.catch(() => undefined); // awaited (and reported) by the first test
});

describe('commands next to a running server on the embedded database', () => {
  let server: Server;
  let adminToken: string;
  let cliToken: string;

  it('a second server on the same DATA_DIR is refused with the holder’s PID and writes nothing', async () => {
    server = await firstStart;
    adminToken = tokenIn(server.output())!;
    expect(adminToken).toBeDefined();
    expect(readLock(dataDir)).toMatchObject({ pid: server.pid, role: 'server', url: expect.stringMatching(/^postgresql:\/\/.*@127\.0\.0\.1:\d+\//) });

    const before = snapshot(dataDir);
    const second = await runScript('src/server.ts', [], dataDir);
    expect(second.code).not.toBe(0);
    expect(second.stdout + second.stderr).toContain(
      `The embedded database in ${dataDir} is in use by process ${server.pid} (src/server.ts) since ${readLock(dataDir)!.startedAt}: stop it, or set DATA_DIR / DATABASE_URL`,
    );
    expect(snapshot(dataDir)).toEqual(before);
  }, 120_000);

  it('an import while the server runs is visible to the server at once', async () => {
    const file = join(tmp, 'kunder.csv');
    writeFileSync(file, 'Kundnummer;Namn;Typ\n9901;Låsfilen AB;Företag\n');
    const r = await runScript(SCRIPTS.import, ['customers', file, '--commit', 'all'], dataDir);
    expect(r.stderr).toBe(`Using the embedded database of the running server (process ${server.pid}, src/server.ts).\n`);
    expect(r.stdout).toContain('Imported 1 row of customers: 1 created, 0 updated, 0 unchanged.');
    expect(r.code).toBe(0);
    const q = await gql(server.url, adminToken, '{ customers(first: 5) { totalCount edges { node { number name } } } }');
    expect(q.data?.customers).toEqual({ totalCount: 1, edges: [{ node: { number: '9901', name: 'Låsfilen AB' } }] });
  }, 120_000);

  it('`token` issues a token that works against the running server', async () => {
    // Two commands at once next to the server: one issues a token, one names a user that does not exist.
    const [r, none] = await Promise.all([
      runScript(SCRIPTS.token, ['--user', 'adm', '--name', 'Recovered'], dataDir),
      runScript(SCRIPTS.token, ['--user', 'nobody@example.com'], dataDir),
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('New API token "Recovered" for Administrator (ADM, admin@example.com) in "My Company AB"');
    cliToken = tokenIn(r.stdout)!;
    expect(cliToken).not.toBe(adminToken);
    const q = await gql(server.url, cliToken, '{ me { signature } customers(first: 1) { totalCount } }');
    expect(q).toEqual({ data: { me: { signature: 'ADM' }, customers: { totalCount: 1 } } });

    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toContain('No user with the e-mail address or signature "nobody@example.com".');
  }, 120_000);

  it('`seed` says why it loads nothing into a register that has customers', async () => {
    const r = await runScript(SCRIPTS.seed, [], dataDir);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      'Company "My Company AB" exists already: no company or token created.\n' +
        'Loaded nothing: the company "My Company AB" already has 1 customer; demo data loads only into an empty customer register.\n',
    );
  }, 120_000);

  it('what the commands wrote survives a restart of the server; the lock goes with the server', async () => {
    expect(await server.stop()).toBe(0);
    expect(existsSync(lockPath(dataDir))).toBe(false);
    server = await startServer(dataDir);
    const q = await gql(server.url, cliToken, '{ me { signature } customers(first: 5) { edges { node { number name } } } }');
    expect(q).toEqual({ data: { me: { signature: 'ADM' }, customers: { edges: [{ node: { number: '9901', name: 'Låsfilen AB' } }] } } });
    expect(await server.stop()).toBe(0);
  }, 120_000);

  it('a command takes over the lock of a process that died, holds it while it runs and removes it', async () => {
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(
      lockPath(dataDir),
      JSON.stringify({
        pid: dead,
        command: 'npm start',
        role: 'server',
        startedAt: '2026-12-01T08:00:00.000Z',
        hostname: hostname(),
        url: 'postgresql://postgres:postgres@127.0.0.1:9/postgres',
        processStart: null,
        nonce: 'dead',
      }),
    );
    const r = await runScript(SCRIPTS.token, ['--user', 'admin@example.com'], dataDir);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(tokenIn(r.stdout)).toBeDefined();
    expect(readdirSync(dataDir).sort()).toEqual(['integration-secret.key', 'pglite']);
  }, 120_000);
});
