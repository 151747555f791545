// Graceful shutdown of the real server (src/server.ts as a child process): 40 requests doing real
// work (customer mutations and lists with the administrator's token) and SIGTERM 150 ms after
// they were sent. Every request either succeeds or gets the clean 503 SHUTTING_DOWN; none gets
// "Unexpected error" or a dropped connection; a request that arrives on an open connection after
// the shutdown began gets 503 SHUTTING_DOWN with `Connection: close` before it is processed
// (its customer is never created); the process exits 0 and everything it answered as created is
// in the database.
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { startEmbeddedDatabase } from '../../src/db/embedded.js';
import { join } from 'node:path';
import { parseResponses, rawConnection, serverDatabase, spawnServer, type ServerDatabase, type ServerProcess } from './helpers.js';

const CREATE = `mutation Create($name: String!) {
  createCustomer(input: { name: $name }) {
    __typename
    ... on MutationCreateCustomerSuccess { data { id number name } }
  }
}`;
const LIST = `query List { customers(first: 100) { totalCount edges { node { id number name email contacts(first: 10) { totalCount } } } } }`;

type Outcome = { kind: 'ok'; created?: string } | { kind: 'shutting-down' } | { kind: 'bad'; detail: string };

async function classify(res: Response): Promise<Outcome> {
  const text = await res.text();
  let body: {
    data?: { createCustomer?: { __typename: string; data?: { name: string } } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  try {
    body = JSON.parse(text);
  } catch {
    return { kind: 'bad', detail: `${res.status} ${text.slice(0, 200)}` };
  }
  if (res.status === 503 && body.errors?.[0]?.extensions?.code === 'SHUTTING_DOWN' && res.headers.get('connection') === 'close')
    return { kind: 'shutting-down' };
  if (res.status === 200 && !body.errors?.length && body.data) {
    const c = body.data.createCustomer;
    if (c && c.__typename !== 'MutationCreateCustomerSuccess') return { kind: 'bad', detail: text.slice(0, 200) };
    return { kind: 'ok', created: c?.data?.name };
  }
  return { kind: 'bad', detail: `${res.status} ${text.slice(0, 300)}` };
}

const gqlBody = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

/** Customer names in the database the server used (after it exited). */
async function customerNames(db: ServerDatabase, prefix: string): Promise<string[]> {
  if (db.kind === 'postgres') {
    const client = new pg.Client({ connectionString: db.location });
    await client.connect();
    try {
      const { rows } = await client.query<{ name: string }>('SELECT name FROM "Customer" WHERE name LIKE $1', [`${prefix}%`]);
      return rows.map((r) => r.name);
    } finally {
      await client.end();
    }
  }
  const embedded = await startEmbeddedDatabase({ dataDir: join(db.location, 'pglite') });
  try {
    const { rows } = await embedded.pglite.query<{ name: string }>('SELECT name FROM "Customer" WHERE name LIKE $1', [`${prefix}%`]);
    return rows.map((r) => r.name);
  } finally {
    await embedded.close();
  }
}

describe('graceful shutdown (SIGTERM with requests in flight)', () => {
  let db: ServerDatabase | undefined;
  let server: ServerProcess | undefined;
  afterAll(async () => {
    server?.kill();
    await server?.exited;
    await db?.close();
  });

  it('lets the 40 requests in flight finish, answers a late request 503 SHUTTING_DOWN, then exits 0', { timeout: 180_000 }, async () => {
    db = await serverDatabase();
    server = await spawnServer({ ...db.env, SHUTDOWN_TIMEOUT_MS: '60000' });
    const { url, adminToken } = server;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${adminToken}` };

    // A request in flight whose body is still arriving when the shutdown begins; a second one
    // pipelined on the same connection after that.
    const late = await rawConnection(url);
    const inFlightBody = gqlBody(CREATE, { name: 'Shutdown in flight' });
    const half = Math.floor(inFlightBody.length / 2);
    await late.write(
      `POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${adminToken}\r\nContent-Length: ${Buffer.byteLength(inFlightBody)}\r\n\r\n${inFlightBody.slice(0, half)}`,
    );

    let settled = 0;
    const requests = Array.from({ length: 40 }, (_, i) =>
      fetch(`${url}/graphql`, { method: 'POST', headers, body: i % 2 ? gqlBody(LIST) : gqlBody(CREATE, { name: `Shutdown ${i}` }) })
        .then(classify, (err: unknown) => ({ kind: 'bad', detail: `no response: ${String((err as Error).cause ?? err)}` }) as Outcome)
        .finally(() => settled++),
    );
    await new Promise((r) => setTimeout(r, 150));
    const settledAtSignal = settled;
    if (process.env.OPS_DEBUG) console.log('settled at signal', settledAtSignal);
    server.child.kill('SIGTERM');

    await server.waitFor((l) => String(l.msg).startsWith('shutting down'));
    const afterBody = gqlBody(CREATE, { name: 'Shutdown after' });
    await late.write(
      `${inFlightBody.slice(half)}POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nAuthorization: Bearer ${adminToken}\r\nContent-Length: ${Buffer.byteLength(afterBody)}\r\n\r\n${afterBody}`,
    );

    const outcomes = await Promise.all(requests);
    const code = await server.exited;
    const raw = parseResponses(await late.closed);

    const bad = outcomes.filter((o) => o.kind === 'bad');
    expect(bad, JSON.stringify(bad, null, 1)).toEqual([]);
    // The signal came while requests were still running (else this tests nothing).
    expect(settledAtSignal).toBeLessThan(40);
    expect(outcomes.filter((o) => o.kind === 'ok').length).toBeGreaterThan(0);

    // The request that began before the signal finished; the one after it was refused cleanly.
    expect(raw.map((r) => r.status)).toEqual([200, 503]);
    expect(JSON.parse(raw[0]!.body).data.createCustomer.__typename).toBe('MutationCreateCustomerSuccess');
    expect(raw[1]!.headers.connection).toBe('close');
    expect(JSON.parse(raw[1]!.body)).toMatchObject({ errors: [{ extensions: { code: 'SHUTTING_DOWN' } }] });

    expect(code).toBe(0);
    const messages = server.lines.map((l) => l.msg);
    expect(messages.indexOf('stopped')).toBeGreaterThan(messages.findIndex((m) => m.startsWith('HTTP closed')));
    expect(server.lines.filter((l) => l.level === 'error')).toEqual([]);

    // Everything answered as created is stored; the refused request created nothing.
    const created = outcomes.flatMap((o) => (o.kind === 'ok' && o.created ? [o.created] : []));
    const names = await customerNames(db, 'Shutdown ');
    expect(names.sort()).toEqual([...created, 'Shutdown in flight'].sort());
  });
});
