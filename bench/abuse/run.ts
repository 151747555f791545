// `npm run bench:abuse [-- --database-url postgres://postgres@127.0.0.1:5432] [--reps 10]`:
// starts the real server (`node --import tsx src/server.ts`, NODE_ENV=production) as a child
// process on a free port — a fresh embedded database in a temporary DATA_DIR, or, with
// --database-url, a fresh database created on that PostgreSQL server and dropped afterwards —
// and sends it the worst requests and uploads known to hurt a GraphQL server. Per attack it
// prints the HTTP statuses and typed error codes received, the time to refusal (median/max over
// the repetitions), the server's resident memory before and at its peak during the attack
// (VmRSS sampled every 20 ms from /proc/<pid>/status, and the kernel's high-water mark VmHWM,
// reset before each attack through /proc/<pid>/clear_refs), and whether the server still answers
// `{ __typename }` afterwards. Exits 0 when every attack was refused (or was harmless) and the
// server stayed up, 1 otherwise.
//
// Every attack sends from its own loopback address (127.0.0.x), so one attack's rate-limit
// buckets (per address, per failed authentication) do not decide the next one's answers; the
// liveness check comes from yet another address.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import yazl from 'yazl';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1024 * 1024;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const REPS = Number(arg('--reps') ?? 10);
const DATABASE_URL = arg('--database-url');

// ---------------------------------------------------------------------------------------------
// The server

interface Server {
  child: ChildProcess;
  pid: number;
  port: number;
  adminToken: string;
  exited: { code: number | null; signal: string | null } | null;
  logFile: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(dir: string, databaseUrl: string | null): Promise<Server> {
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: join(dir, 'data'),
    SEED_DEMO: 'true',
    CONNECTOR_SCHEDULER: 'false',
  };
  delete env.DATABASE_URL;
  for (const k of Object.keys(env)) if (/^(IMPORT_|QUERY_|REQUEST_|RATE_LIMIT_|INTROSPECTION|GRAPHIQL|TRUST_PROXY)/.test(k)) delete env[k];
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
    env.INTEGRATION_SECRET_KEY = randomBytes(32).toString('hex');
  }
  // The entry point `npm start` runs, in node itself so the child's pid is the server's.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logFile = join(dir, 'server.log');
  const log = createWriteStream(logFile);
  const server: Server = { child, pid: child.pid!, port, adminToken: '', exited: null, logFile };
  child.on('exit', (code, signal) => (server.exited = { code, signal }));
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within 120 s; its output:\n${out}`)), 120_000);
    const onData = (d: Buffer) => {
      log.write(d);
      if (server.adminToken && out.length > 64 * 1024) return;
      out += d.toString();
      // Printed once on first start: "Administrator API token (shown once, store it now):", a blank line, the token.
      const token = /Administrator API token[^\n]*\n\s*\n\s*(npi_\S+)/.exec(out)?.[1];
      if (token) server.adminToken = token;
      if (/GraphQL API at http:\/\//.test(out)) {
        clearTimeout(timer);
        if (!server.adminToken) reject(new Error(`the server started without printing an administrator token:\n${out}`));
        else resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before it listened:\n${out}`));
    });
  });
  return server;
}

async function stopServer(s: Server): Promise<void> {
  if (s.exited) return;
  const done = new Promise((resolve) => s.child.once('exit', resolve));
  s.child.kill('SIGTERM');
  const timer = setTimeout(() => s.child.kill('SIGKILL'), 10_000);
  await done;
  clearTimeout(timer);
}

// ---------------------------------------------------------------------------------------------
// The server's memory, from outside

class RssMonitor {
  private peak = 0;
  private timer: NodeJS.Timeout;
  private hwmResettable = true;
  constructor(private readonly pid: number) {
    this.timer = setInterval(() => {
      const now = this.read('VmRSS');
      if (now > this.peak) this.peak = now;
    }, 20);
  }
  /** MB of a /proc/<pid>/status line (0 once the process is gone). */
  read(field: 'VmRSS' | 'VmHWM'): number {
    try {
      const m = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${this.pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : 0;
    } catch {
      return 0;
    }
  }
  /** Starts a window: the peak so far is forgotten (and the kernel's high-water mark reset). */
  begin(): number {
    if (this.hwmResettable) {
      try {
        writeFileSync(`/proc/${this.pid}/clear_refs`, '5');
      } catch {
        this.hwmResettable = false;
      }
    }
    this.peak = this.read('VmRSS');
    return this.peak;
  }
  /** The window's peak: the highest sample, or the kernel's high-water mark if that is higher (it sees between samples). */
  end(): number {
    const now = this.read('VmRSS');
    return Math.max(this.peak, now, this.hwmResettable ? this.read('VmHWM') : 0);
  }
  stop(): void {
    clearInterval(this.timer);
  }
}

// ---------------------------------------------------------------------------------------------
// HTTP, from a chosen loopback address

interface Reply {
  /** The HTTP status, or the socket error when no response came. */
  status: number | string;
  ms: number;
  json: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
  bytes: number;
}

interface Send {
  from: string;
  port: number;
  token?: string | null;
  headers?: Record<string, string>;
  body: Buffer;
  /** Sent without Content-Length (chunked), in 64 KiB pieces. */
  chunked?: boolean;
  timeoutMs?: number;
}

function send(o: Send): Promise<Reply> {
  const started = performance.now();
  return new Promise((resolve) => {
    let done = false;
    const finish = (r: Omit<Reply, 'ms'>) => {
      if (done) return;
      done = true;
      resolve({ ...r, ms: performance.now() - started });
    };
    const headers: Record<string, string> = { 'content-type': 'application/json', ...o.headers };
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (!o.chunked) headers['content-length'] = String(o.body.length);
    const req = http.request({ host: '127.0.0.1', port: o.port, path: '/graphql', method: 'POST', headers, localAddress: o.from, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let json: Reply['json'] = null;
        try {
          json = JSON.parse(text) as Reply['json'];
        } catch {
          json = null;
        }
        finish({ status: res.statusCode ?? 0, json, bytes: text.length });
      });
      res.on('error', (e: NodeJS.ErrnoException) => finish({ status: e.code ?? e.message, json: null, bytes: 0 }));
    });
    req.on('error', (e: NodeJS.ErrnoException) => finish({ status: e.code ?? e.message, json: null, bytes: 0 }));
    req.setTimeout(o.timeoutMs ?? 60_000, () => req.destroy(Object.assign(new Error('timeout'), { code: 'TIMEOUT' })));
    if (!o.chunked) req.end(o.body);
    else {
      Readable.from(
        (function* () {
          for (let i = 0; i < o.body.length; i += 64 * 1024) yield o.body.subarray(i, i + 64 * 1024);
        })(),
      ).pipe(req);
    }
  });
}

const gql = (query: string, variables?: Record<string, unknown>) => Buffer.from(JSON.stringify({ query, ...(variables ? { variables } : {}) }));

/** Typed error codes of a reply: `extensions.code` of its errors, and the errors a mutation's union result carries (`Type:code`, with `path:code` of a ValidationError's issues). */
function codesOf(r: Reply): string[] {
  const codes: string[] = [];
  for (const e of r.json?.errors ?? []) codes.push(String(e.extensions?.code ?? `(no code: ${e.message.slice(0, 50)})`));
  for (const v of Object.values(r.json?.data ?? {})) {
    const o = v as { __typename?: string; code?: string; issues?: { path: string; code: string }[] } | null;
    if (o && typeof o === 'object' && typeof o.__typename === 'string' && o.code) {
      codes.push(o.issues?.length ? o.issues.map((i) => `${o.__typename}:${i.path}:${i.code}`).join(',') : `${o.__typename}:${o.code}`);
    }
  }
  return [...new Set(codes)];
}

/** The server closed the connection while the client was still sending (after answering 413, or without answering). */
const closedByServer = (r: Reply) => r.status === 'EPIPE' || r.status === 'ECONNRESET';

/** Refused for its size: 413, or the connection closed while the body was still being sent. */
const tooLarge = (r: Reply) => r.status === 413 || closedByServer(r);

/** No data came back: an HTTP refusal, or errors instead of data. */
function refusedReply(r: Reply): boolean {
  if (closedByServer(r)) return true;
  if (typeof r.status !== 'number') return false;
  if (r.status >= 400) return true;
  const data = r.json?.data;
  return !!r.json?.errors?.length && (data == null || Object.values(data).every((v) => v == null));
}

// ---------------------------------------------------------------------------------------------
// Attacks

interface Outcome {
  replies: Reply[];
  /** Times to refusal, when not every reply's own time (default: each reply's). */
  times?: number[];
  refused: boolean;
  note?: string;
}

interface Row {
  name: string;
  n: number;
  statuses: string;
  codes: string;
  median: number;
  max: number;
  baseMb: number;
  peakMb: number;
  up: boolean;
  refused: boolean;
  note: string;
}

const tally = (xs: string[]) => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return [...m].map(([k, v]) => (m.size === 1 && v > 1 ? `${k} ×${v}` : v > 1 ? `${k} ×${v}` : k)).join(', ');
};
const median = (xs: number[]) => {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function stillUp(server: Server): Promise<boolean> {
  if (server.exited) return false;
  const r = await send({ from: '127.0.0.250', port: server.port, token: server.adminToken, body: gql('{ __typename }'), timeoutMs: 15_000 });
  return r.status === 200 && (r.json?.data as { __typename?: string } | undefined)?.__typename === 'Query';
}

/** Runs fn `reps` times, one after another. */
async function repeat(reps: number, fn: () => Promise<Reply>): Promise<Reply[]> {
  const out: Reply[] = [];
  for (let i = 0; i < reps; i++) out.push(await fn());
  return out;
}

/** Runs `total` calls of fn, `concurrency` at a time. */
async function pool<T>(total: number, concurrency: number, fn: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(total);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(concurrency, total) }, async () => {
      while (next < total) {
        const i = next++;
        out[i] = await fn(i);
      }
    }),
  );
  return out;
}

// --- Workbooks (a real .xlsx, streamed through yazl) ---

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

/** A real .xlsx whose second row's name cell holds `cellBytes` of 'a' (deflates about a thousandfold). */
function cellBomb(cellBytes: number): Promise<Buffer> {
  const z = new yazl.ZipFile();
  const parts: Record<string, string> = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kunder" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  };
  for (const [name, text] of Object.entries(parts)) z.addBuffer(Buffer.from(text), name);
  const sheet = async function* () {
    yield Buffer.from(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kundnummer</t></is></c><c r="B1" t="inlineStr"><is><t>Namn</t></is></c></row>` +
        '<row r="2"><c r="A2" t="inlineStr"><is><t>1</t></is></c><c r="B2" t="inlineStr"><is><t>',
    );
    // The same 1 MB buffer each time: nothing large is held while the bomb is written.
    const chunk = Buffer.alloc(MB, 'a');
    for (let sent = 0; sent < cellBytes; sent += chunk.length) yield chunk.subarray(0, Math.min(chunk.length, cellBytes - sent));
    yield Buffer.from('</t></is></c></row></sheetData></worksheet>');
  };
  z.addReadStream(Readable.from(sheet()), 'xl/worksheets/sheet1.xml');
  z.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

const IMPORT = `mutation ($file: File!) { importCustomers(file: $file) { __typename ... on MutationImportCustomersSuccess { data { totalRows } } ... on Error { code message } ... on ValidationError { issues { path code } } } }`;

/** A GraphQL multipart request (operations, map, the file as part "0"). */
function multipart(file: Buffer, filename: string): { body: Buffer; contentType: string } {
  const boundary = `----abuse${randomBytes(8).toString('hex')}`;
  const head = (name: string, extra = '') => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${extra}\r\n`;
  const body = Buffer.concat([
    Buffer.from(`${head('operations')}\r\n${JSON.stringify({ query: IMPORT, variables: { file: null } })}\r\n`),
    Buffer.from(`${head('map')}\r\n${JSON.stringify({ 0: ['variables.file'] })}\r\n`),
    Buffer.from(`${head('0', `; filename="${filename}"`)}Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Sends `bytes` of a request that declares `declared` bytes, waits `holdMs`, then drops the connection. */
function abortMidway(o: { from: string; port: number; token: string; contentType: string; body: Buffer; sendBytes: number; holdMs: number }): Promise<void> {
  return new Promise((resolve) => {
    const req = http.request({
      host: '127.0.0.1',
      port: o.port,
      path: '/graphql',
      method: 'POST',
      localAddress: o.from,
      agent: false,
      headers: { 'content-type': o.contentType, 'content-length': String(o.body.length), authorization: `Bearer ${o.token}`, 'graphql-preflight': '1' },
    });
    req.on('error', () => resolve());
    req.on('close', () => resolve());
    req.on('response', (res) => res.resume());
    req.write(o.body.subarray(0, o.sendBytes));
    setTimeout(() => req.destroy(), o.holdMs);
  });
}

// ---------------------------------------------------------------------------------------------

async function createTechnicianToken(server: Server): Promise<string> {
  const call = async (query: string, variables?: Record<string, unknown>) => {
    const r = await send({ from: '127.0.0.250', port: server.port, token: server.adminToken, body: gql(query, variables) });
    if (r.status !== 200 || r.json?.errors?.length) throw new Error(`setup failed: ${r.status} ${JSON.stringify(r.json)}`);
    return r.json!.data as Record<string, { __typename: string; data?: Record<string, unknown>; message?: string }> & {
      groups?: { id: string; name: string }[];
    };
  };
  const groups = (await call('{ groups { id name } }')).groups!;
  const technicians = groups.find((g) => g.name === 'Technicians');
  if (!technicians) throw new Error(`no Technicians group among ${groups.map((g) => g.name).join(', ')}`);
  const user = (
    await call(
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id } } ... on Error { message } } }',
      {
        input: { email: 'tech@example.com', name: 'Tekniker Test', signature: 'TEK', groupIds: [technicians.id] },
      },
    )
  ).createUser!;
  if (!user.data) throw new Error(`createUser: ${user.__typename} ${user.message}`);
  const token = (
    await call(
      'mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on MutationCreateApiTokenSuccess { data { token } } ... on Error { message } } }',
      {
        input: { name: 'abuse bench', userId: (user.data as { id: string }).id },
      },
    )
  ).createApiToken!;
  if (!token.data) throw new Error(`createApiToken: ${token.__typename} ${token.message}`);
  return (token.data as { token: string }).token;
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'bench-abuse-'));
  let admin: pg.Client | null = null;
  let database: string | null = null;
  let serverUrl: string | null = null;
  if (DATABASE_URL) {
    const url = new URL(DATABASE_URL);
    if (url.pathname === '/' || url.pathname === '') url.pathname = '/postgres';
    admin = new pg.Client({ connectionString: url.toString() });
    await admin.connect();
    database = `bench_abuse_${randomBytes(4).toString('hex')}`;
    await admin.query(`CREATE DATABASE ${database}`);
    url.pathname = `/${database}`;
    serverUrl = url.toString();
  }
  console.log(
    `Machine load (uptime): ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}`,
  );
  // The bomb is written while the server starts.
  const bombStart = performance.now();
  const [server, bomb] = await Promise.all([startServer(dir, serverUrl), cellBomb(400 * MB)]);
  console.log(
    `Server pid ${server.pid} on port ${server.port}, ${serverUrl ? `PostgreSQL database ${database}` : `embedded database in ${dir}`}; bomb: ${(bomb.length / MB).toFixed(2)} MB .xlsx with a 400 MB cell (written in ${((performance.now() - bombStart) / 1000).toFixed(1)} s)`,
  );
  const rss = new RssMonitor(server.pid);
  const rows: Row[] = [];
  const { port } = server;
  try {
    const techToken = await createTechnicianToken(server);
    await sleep(500);
    const startMb = rss.read('VmRSS');
    console.log(`Baseline RSS after start and setup: ${startMb.toFixed(0)} MB\n`);

    let addr = 10;
    const run = async (name: string, n: number, fn: (from: string) => Promise<Outcome>) => {
      const from = `127.0.0.${addr++}`;
      const baseMb = rss.begin();
      let o: Outcome;
      try {
        o = await fn(from);
      } catch (e) {
        o = { replies: [], refused: false, note: `bench error: ${e instanceof Error ? e.message : String(e)}` };
      }
      const peakMb = rss.end();
      const up = await stillUp(server);
      const times = o.times ?? o.replies.map((r) => r.ms);
      const row: Row = {
        name,
        n,
        statuses: tally(o.replies.map((r) => String(r.status))),
        codes: tally(o.replies.map((r) => codesOf(r).join('+') || '(none)')),
        median: median(times),
        max: times.length ? Math.max(...times) : NaN,
        baseMb,
        peakMb,
        up,
        refused: o.refused,
        note: o.note ?? '',
      };
      rows.push(row);
      console.log(
        `${rows.length}. ${name}\n   HTTP: ${row.statuses || '-'}\n   codes: ${row.codes || '-'}\n   time to refusal: median ${row.median.toFixed(0)} ms, max ${row.max.toFixed(0)} ms (n=${times.length})\n` +
          `   RSS: ${baseMb.toFixed(0)} MB before, ${peakMb.toFixed(0)} MB peak (+${(peakMb - baseMb).toFixed(0)})\n   ${o.refused ? 'refused' : 'NOT REFUSED'}; server ${up ? 'answers { __typename }' : 'DOES NOT ANSWER'}${row.note ? `\n   ${row.note}` : ''}\n`,
      );
      if (server.exited) throw new Error(`the server exited (${JSON.stringify(server.exited)}); see ${server.logFile}`);
    };
    const everyRefused = (replies: Reply[], ok: (r: Reply) => boolean = refusedReply) => replies.length > 0 && replies.every(ok);

    // 1. The fan-out that once crashed the server, with the lowest role.
    let fan = 'name';
    for (let i = 0; i < 3; i++) fan = `customer { contacts(first: 200) { edges { node { ${fan} } } } }`;
    const fanOut = `{ projects(first: 200) { edges { node { ${fan} } } } }`;
    await run(`Technicians token: projects(first:200) → customer → contacts(first:200) ×3 (${Buffer.byteLength(fanOut)} bytes)`, REPS, async (from) => {
      const replies = await repeat(REPS, () => send({ from, port, token: techToken, body: gql(fanOut) }));
      return { replies, refused: everyRefused(replies) };
    });

    // 2. Aliases.
    const aliases = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: customers(first: 200) { edges { node { name } } }`).join(' ')} }`;
    await run(`1,000 aliases of customers(first: 200) (${(aliases.length / 1024).toFixed(0)} KB)`, REPS, async (from) => {
      const replies = await repeat(REPS, () => send({ from, port, token: server.adminToken, body: gql(aliases) }));
      return { replies, refused: everyRefused(replies) };
    });

    // 3. nodes(ids:) with many ids (well-formed global ids of customers that do not exist).
    const id = Buffer.from('Customer:00000000-0000-4000-8000-000000000000').toString('base64');
    for (const count of [5_000, 20_000]) {
      const body = gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array(count).fill(id) });
      await run(`nodes(ids:) with ${count.toLocaleString('en')} ids (${(body.length / 1024).toFixed(0)} KB)`, REPS, async (from) => {
        const replies = await repeat(REPS, () => send({ from, port, token: server.adminToken, body }));
        return { replies, refused: everyRefused(replies) };
      });
    }

    // 4. Nesting.
    const deep = `{ me ${'{ groups '.repeat(5000)}{ id }${' }'.repeat(5000)} }`;
    await run('a 5,000-level nested query', REPS, async (from) => {
      const replies = await repeat(REPS, () => send({ from, port, token: server.adminToken, body: gql(deep) }));
      return { replies, refused: everyRefused(replies) };
    });

    // 5. Huge documents, anonymous: declared (Content-Length) and chunked (no length to refuse by).
    const comment = gql(`# ${'x'.repeat(5.6 * MB)}\n{ __typename }`);
    const hugeString = gql(`{ customerByNumber(number: "${'1'.repeat(5.6 * MB)}") { id } }`);
    const badId = gql(`{ node(id: "${'!'.repeat(5 * MB)}") { id } }`);
    for (const [label, body] of [
      ['a 5.6 MB anonymous query (one comment)', comment],
      ['a 5.6 MB anonymous query (one string argument)', hugeString],
      ['a 5 MB invalid id, anonymous', badId],
    ] as const) {
      for (const chunked of [false, true]) {
        const n = Math.min(REPS, 5);
        await run(`${label}, ${chunked ? 'chunked (no Content-Length)' : 'with Content-Length'}`, n, async (from) => {
          const replies = await repeat(n, () => send({ from, port, body, chunked }));
          // Refused means refused for its size (REQUEST_MAX_BYTES, 1 MiB): a body read whole and then
          // answered (or refused for another reason) was not stopped by the limit.
          return { replies, refused: everyRefused(replies, tooLarge) };
        });
      }
    }
    // 6. Introspection, anonymous, in production.
    const introspection = '{ __schema { queryType { name } types { name fields { name args { name } type { name ofType { name } } } } } }';
    await run('anonymous introspection (production)', REPS, async (from) => {
      const replies = await repeat(REPS, () => send({ from, port, body: gql(introspection) }));
      return { replies, refused: everyRefused(replies, (r) => refusedReply(r) && !(r.json?.data as { __schema?: unknown } | undefined)?.__schema) };
    });

    // 7. A flood of wrong tokens.
    const TOTAL = 3_000;
    let floodFrom = '';
    await run(`${TOTAL.toLocaleString('en')} wrong tokens, 100 concurrent`, TOTAL, async (from) => {
      floodFrom = from;
      const start = performance.now();
      let first429 = NaN;
      const replies = await pool(TOTAL, 100, async () => {
        const r = await send({ from, port, token: `npi_${randomBytes(24).toString('base64url')}`, body: gql('{ me { id } }') });
        if (r.status === 429 && Number.isNaN(first429)) first429 = performance.now() - start;
        return r;
      });
      const total = performance.now() - start;
      const n429 = replies.filter((r) => r.status === 429).length;
      // The attacker's address with a valid token, and another address with the same token.
      const sameAddress = await send({ from, port, token: server.adminToken, body: gql('{ __typename }') });
      const otherAddress = await send({ from: '127.0.0.251', port, token: server.adminToken, body: gql('{ __typename }') });
      return {
        replies,
        refused: everyRefused(replies),
        note:
          `${n429} of ${TOTAL} got 429; first 429 after ${first429.toFixed(0)} ms; all ${TOTAL} answered in ${(total / 1000).toFixed(1)} s. ` +
          `Afterwards a valid token from the flooding address: ${sameAddress.status} ${codesOf(sameAddress).join(',') || ''}; from another address: ${otherAddress.status}.`,
      };
    });
    void floodFrom;

    // 8. Zip bombs: the 400 MB cell, one at a time, then six at once.
    const upload = multipart(bomb, 'kunder.xlsx');
    const bombHeaders = { 'content-type': upload.contentType, 'graphql-preflight': '1' };
    const bombRefused = (r: Reply) => {
      const result = (r.json?.data as { importCustomers?: { __typename: string } } | undefined)?.importCustomers;
      return (typeof r.status === 'number' && r.status >= 400) || (!!result && result.__typename !== 'MutationImportCustomersSuccess') || refusedReply(r);
    };
    await run(`zip bomb: ${(bomb.length / MB).toFixed(2)} MB .xlsx with one 400 MB cell → importCustomers`, Math.min(REPS, 3), async (from) => {
      const replies = await repeat(Math.min(REPS, 3), () => send({ from, port, token: server.adminToken, headers: bombHeaders, body: upload.body }));
      return { replies, refused: everyRefused(replies, bombRefused) };
    });
    await run('six zip bombs at once', 6, async (from) => {
      const replies = await Promise.all(
        Array.from({ length: 6 }, () => send({ from, port, token: server.adminToken, headers: bombHeaders, body: upload.body })),
      );
      return { replies, refused: everyRefused(replies, bombRefused) };
    });

    // 8b. What the server holds before it knows who asks: anonymous multipart bodies just under the
    // upload cap (graphql-yoga's 25,000,000 bytes).
    const big = multipart(randomBytes(23 * MB), 'kunder.xlsx');
    await run('10 anonymous 23 MiB multipart uploads at once', 10, async (from) => {
      const replies = await Promise.all(
        Array.from({ length: 10 }, () => send({ from, port, headers: { 'content-type': big.contentType, 'graphql-preflight': '1' }, body: big.body })),
      );
      return { replies, refused: everyRefused(replies, bombRefused) };
    });

    // 9. Requests the client abandons mid-way, while another client keeps asking.
    await run(
      '20 uploads abandoned mid-body (1 of 23 MiB sent, held 1 s) + 20 queries dropped before their answer, while another client asks { __typename }',
      40,
      async (from) => {
        const probes: Reply[] = [];
        let stop = false;
        const prober = (async () => {
          while (!stop) {
            probes.push(await send({ from: '127.0.0.252', port, token: server.adminToken, body: gql('{ __typename }'), timeoutMs: 10_000 }));
            await sleep(50);
          }
        })();
        await Promise.all(
          Array.from({ length: 20 }, () =>
            abortMidway({ from, port, token: server.adminToken, contentType: big.contentType, body: big.body, sendBytes: MB, holdMs: 1000 }),
          ),
        );
        const list = gql('{ customers(first: 200) { edges { node { name contacts(first: 20) { edges { node { name } } } } } } }');
        await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            sleep(i * 10).then(
              () =>
                new Promise<void>((resolve) => {
                  const req = http.request({
                    host: '127.0.0.1',
                    port,
                    path: '/graphql',
                    method: 'POST',
                    localAddress: from,
                    agent: false,
                    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.adminToken}` },
                  });
                  req.on('error', () => resolve());
                  req.on('close', () => resolve());
                  req.end(list, () => setTimeout(() => req.destroy(), 2));
                }),
            ),
          ),
        );
        await sleep(300);
        stop = true;
        await prober;
        const ok = probes.filter((r) => r.status === 200 && (r.json?.data as { __typename?: string } | undefined)?.__typename === 'Query');
        return {
          replies: probes,
          times: probes.map((r) => r.ms),
          refused: probes.length > 0 && ok.length === probes.length,
          note: `the other client: ${ok.length} of ${probes.length} answered (times above are its latencies, not refusals)`,
        };
      },
    );

    // 10. How far a body without Content-Length goes: five of 23 MiB (under graphql-yoga's own 25 MB
    // cap) at once. Last, because the memory it takes stays with the process (freed, not returned)
    // and would hide what later attacks take.
    const largest = gql(`# ${'x'.repeat(23 * MB)}\n{ __typename }`);
    await run('five 23 MiB anonymous queries (one comment) at once, chunked (no Content-Length)', 5, async (from) => {
      const replies = await Promise.all(Array.from({ length: 5 }, () => send({ from, port, body: largest, chunked: true })));
      return { replies, refused: everyRefused(replies, tooLarge) };
    });
  } finally {
    rss.stop();
    await stopServer(server);
    if (admin) {
      await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).catch((e: Error) => console.error(`could not drop ${database}: ${e.message}`));
      await admin.end();
    }
  }

  // The table.
  const head = ['#', 'attack', 'n', 'HTTP', 'codes', 'refusal ms (median / max)', 'RSS MB (before → peak)', 'up'];
  const lines = rows.map((r, i) => [
    String(i + 1),
    r.name,
    String(r.n),
    r.statuses,
    r.codes,
    `${r.median.toFixed(0)} / ${r.max.toFixed(0)}`,
    `${r.baseMb.toFixed(0)} → ${r.peakMb.toFixed(0)}`,
    `${r.up ? 'yes' : 'NO'}${r.refused ? '' : ' (NOT REFUSED)'}`,
  ]);
  console.log(`| ${head.join(' | ')} |\n|${head.map(() => '---').join('|')}|`);
  for (const l of lines) console.log(`| ${l.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`);
  const failed = rows.filter((r) => !r.refused || !r.up);
  console.log(
    `\nMachine load at the end: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(', ')}; total ${((performance.now() - t0) / 1000).toFixed(0)} s.`,
  );
  console.log(failed.length ? `FAILED: ${failed.map((r) => r.name).join('; ')}` : 'Every attack was refused and the server stayed up.');
  if (!failed.length) rmSync(dir, { recursive: true, force: true });
  else console.log(`Server log kept: ${join(dir, 'server.log')}`);
  process.exitCode = failed.length ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 1;
});
