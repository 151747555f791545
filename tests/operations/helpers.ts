// Helpers of the operations tests: a database for a real server (a migrated DATA_DIR of its own on the embedded
// database, a private copy with TEST_DATABASE_URL), the real server as a child process reading its
// JSON log lines, a TCP proxy that can cut the database off, and a raw HTTP/1.1 reader for
// pipelined responses.
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { inject } from 'vitest';
import { migratedDataDir, openTestDatabase } from '../helpers/database.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerDatabase {
  /** Environment for the server: DATA_DIR (embedded) or DATABASE_URL (PostgreSQL). */
  env: Record<string, string>;
  kind: 'embedded' | 'postgres';
  /** The data directory (embedded) or the database URL (PostgreSQL). */
  location: string;
  close(): Promise<void>;
}

/** A fresh database for a server started by the test. */
export async function serverDatabase(): Promise<ServerDatabase> {
  const key = randomBytes(32).toString('hex');
  if (inject('testDatabase').kind === 'postgres') {
    const db = await openTestDatabase();
    return { kind: 'postgres', location: db.url, env: { DATABASE_URL: db.url, INTEGRATION_SECRET_KEY: key, DATABASE_POOL_SIZE: '5' }, close: () => db.close() };
  }
  const dir = migratedDataDir('ops-data-');
  return { kind: 'embedded', location: dir, env: { DATA_DIR: dir }, close: async () => rmSync(dir, { recursive: true, force: true }) };
}

export interface LogLine {
  level: string;
  msg: string;
  requestId?: string;
  [key: string]: unknown;
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  adminToken: string;
  /** Every line the server wrote to standard output, parsed (non-JSON lines as { msg: line, raw: true }). */
  lines: LogLine[];
  stderr: string[];
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
  /** Resolves with the first line `match` accepts (already written or later). */
  waitFor(match: (l: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  kill(): void;
}

/** `src/server.ts` as a child process on Node (the one running the tests), PORT=0, JSON logs. */
export async function spawnServer(env: Record<string, string>, args: string[] = []): Promise<ServerProcess> {
  const base = { ...process.env };
  // The test decides the database and the logging; nothing from the caller's environment.
  for (const k of Object.keys(base)) if (/^(DATABASE_URL|DATA_DIR|LOG_|METRICS_|OTEL_|SHUTDOWN_|NODE_OPTIONS)/.test(k)) delete base[k];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts', ...args], {
    cwd: ROOT,
    env: { ...base, PORT: '0', HOST: '127.0.0.1', LOG_FORMAT: 'json', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const stderr: string[] = [];
  const waiters = new Set<{ match: (l: LogLine) => boolean; resolve: (l: LogLine) => void }>();
  let buffered = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    for (let nl = buffered.indexOf('\n'); nl >= 0; nl = buffered.indexOf('\n')) {
      const text = buffered.slice(0, nl);
      buffered = buffered.slice(nl + 1);
      if (!text.trim()) continue;
      let line: LogLine;
      try {
        line = JSON.parse(text) as LogLine;
      } catch {
        line = { level: 'text', msg: text, raw: true };
      }
      lines.push(line);
      for (const w of waiters) {
        if (w.match(line)) {
          waiters.delete(w);
          w.resolve(line);
        }
      }
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const waitFor = (match: (l: LogLine) => boolean, timeoutMs = 90_000) =>
    new Promise<LogLine>((resolve, reject) => {
      const found = lines.find(match);
      if (found) return resolve(found);
      const timer = setTimeout(() => {
        waiters.delete(w);
        reject(new Error(`no such log line within ${timeoutMs} ms; stdout:\n${lines.map((l) => JSON.stringify(l)).join('\n')}\nstderr:\n${stderr.join('')}`));
      }, timeoutMs);
      const w = {
        match,
        resolve: (l: LogLine) => {
          clearTimeout(timer);
          resolve(l);
        },
      };
      waiters.add(w);
      void exited.then(() => {
        if (waiters.has(w)) {
          waiters.delete(w);
          clearTimeout(timer);
          reject(new Error(`the server exited; stdout:\n${lines.map((l) => JSON.stringify(l)).join('\n')}\nstderr:\n${stderr.join('')}`));
        }
      });
    });
  const kill = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  try {
    const listening = await waitFor((l) => l.msg === 'listening');
    const token = lines.find((l) => typeof l.adminToken === 'string')?.adminToken as string | undefined;
    if (!token) throw new Error('the first start printed no administrator token');
    return { child, url: listening.url as string, adminToken: token, lines, stderr, exited, waitFor, kill };
  } catch (err) {
    kill();
    throw err;
  }
}

/** A TCP proxy to `target` (host:port) on a free loopback port; cut() drops every connection and refuses new ones until restore(). */
export async function tcpProxy(target: { host: string; port: number }) {
  const sockets = new Set<Socket>();
  let server: Server | null = null;
  let port = 0;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer((client) => {
        const upstream = connect(target.port, target.host);
        sockets.add(client).add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        client.pipe(upstream).pipe(client);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as { port: number }).port;
        server = s;
        resolve();
      });
    });
  await listen();
  return {
    get port() {
      return port;
    },
    async cut() {
      const s = server;
      server = null;
      for (const sock of sockets) sock.destroy();
      sockets.clear();
      await new Promise<void>((resolve) => (s ? s.close(() => resolve()) : resolve()));
    },
    restore: listen,
    close() {
      return this.cut();
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Parses consecutive HTTP/1.1 responses (Content-Length or chunked bodies) from what a socket received. */
export function parseResponses(data: Buffer): RawResponse[] {
  const out: RawResponse[] = [];
  let at = 0;
  while (at < data.length) {
    const end = data.indexOf('\r\n\r\n', at);
    if (end < 0) break;
    const [statusLine, ...headerLines] = data.subarray(at, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine!)?.[1]);
    const headers: Record<string, string> = {};
    for (const h of headerLines) {
      const i = h.indexOf(':');
      headers[h.slice(0, i).trim().toLowerCase()] = h.slice(i + 1).trim();
    }
    at = end + 4;
    let body: Buffer;
    if (headers['content-length'] !== undefined) {
      const n = Number(headers['content-length']);
      body = data.subarray(at, at + n);
      at += n;
    } else if (headers['transfer-encoding']?.toLowerCase() === 'chunked') {
      const parts: Buffer[] = [];
      for (;;) {
        const lineEnd = data.indexOf('\r\n', at);
        const size = parseInt(data.subarray(at, lineEnd).toString('latin1'), 16);
        at = lineEnd + 2;
        if (!size) {
          at += 2;
          break;
        }
        parts.push(data.subarray(at, at + size));
        at += size + 2;
      }
      body = Buffer.concat(parts);
    } else {
      body = data.subarray(at);
      at = data.length;
    }
    out.push({ status, headers, body: body.toString('utf8') });
  }
  return out;
}

/** A raw connection to host:port collecting everything received until the server closes it. */
export async function rawConnection(url: string) {
  const u = new URL(url);
  const socket = connect(Number(u.port), u.hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  const chunks: Buffer[] = [];
  socket.on('data', (c: Buffer) => chunks.push(c));
  const closed = new Promise<Buffer>((resolve) => socket.once('close', () => resolve(Buffer.concat(chunks))));
  socket.on('error', () => undefined);
  return {
    write: (data: string | Buffer) => new Promise<void>((resolve, reject) => socket.write(data, (err) => (err ? reject(err) : resolve()))),
    /** Everything received, once the server closed the connection. */
    closed,
    destroy: () => socket.destroy(),
  };
}
