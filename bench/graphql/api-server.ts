// This API's server for the GraphQL read benchmark, run by `bench/graphql/run.ts` as a child
// process (`node --expose-gc --import tsx bench/graphql/api-server.ts`, NODE_ENV=production) so
// its CPU and memory are its own. The app as `src/server.ts` serves it (createApp on node:http),
// with a pool of 10 connections and a counter of the SQL statements it sends (the client's
// `onQuery`: Prisma's query events, which the app does not otherwise enable, and the app's own
// prepared reads). BENCH_SQL_READS=off: no compiled reads (every query field by field). The
// production request limits and posture apply (query cost, deadlines, statement timeout,
// security headers); rate limits do not (one token sends thousands of requests a second here).
//
// Environment: DATABASE_URL, PORT (0: any free port). Sends `{ type: 'listening', port }` to the
// parent when it listens, then answers IPC messages `{ id, type }`:
//   'statements' → `{ id, statements, tokenTouches }`: statements counted since the last reset, of
//                  which updates of the API token's lastUsedAt (written at most once a minute per
//                  token, whatever the query), and resets both to 0;
//   'memory'     → `{ id, memory }`: process.memoryUsage() after two forced full GCs;
//   'compiledReads' → `{ id, compiled, fallbacks }`: requests answered by one compiled statement
//                  since the last reset, per root field, and requests whose registered root field
//                  fell back to field-by-field execution, per reason (createApp's sqlReads
//                  onCompiled / onFallback); a request seen by neither had no compiled read
//                  registered for its root field. Resets both.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDatabaseClient } from '../../src/db/client.js';
import { appOptionsFromConfig, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';

type Request = { id: number; type: 'statements' | 'memory' | 'compiledReads' | 'stop' };

const url = process.env.DATABASE_URL;
if (!url) throw new Error('DATABASE_URL is not set');
if (!process.send) throw new Error('api-server.ts is meant to be started by bench/graphql/run.ts (with an IPC channel)');
const send = process.send.bind(process);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');

let statements = 0;
let tokenTouches = 0;
const TOKEN_TOUCH = /^UPDATE "public"\."ApiToken" SET "lastUsedAt"/;
const config = loadConfig({ ...process.env, DATABASE_URL: url });
const db = createDatabaseClient({
  url,
  poolSize: 10,
  prepareReads: true,
  statementTimeoutMs: config.DATABASE_STATEMENT_TIMEOUT_MS,
  onQuery: (sql) => {
    statements++;
    if (TOKEN_TOUCH.test(sql)) tokenTouches++;
  },
});
let compiled: Record<string, number> = {};
let fallbacks: Record<string, number> = {};
const app = createApp({
  prisma: db.prisma,
  logErrors: false,
  sqlReads: {
    enabled: process.env.BENCH_SQL_READS !== 'off',
    onCompiled: (fields) => {
      for (const f of fields) compiled[f] = (compiled[f] ?? 0) + 1;
    },
    onFallback: (reason) => {
      fallbacks[reason] = (fallbacks[reason] ?? 0) + 1;
    },
  },
  ...appOptionsFromConfig(config, true),
});
const server = createServer(app);

process.on('message', (m: Request) => {
  if (m.type === 'statements') {
    send({ id: m.id, statements, tokenTouches });
    statements = 0;
    tokenTouches = 0;
  } else if (m.type === 'compiledReads') {
    send({ id: m.id, compiled, fallbacks });
    compiled = {};
    fallbacks = {};
  } else if (m.type === 'memory') {
    gc();
    gc();
    send({ id: m.id, memory: process.memoryUsage() });
  } else if (m.type === 'stop') {
    server.close();
    server.closeAllConnections();
    void db.close().finally(() => process.exit(0));
  }
});
// The parent went away: do not linger.
process.on('disconnect', () => process.exit(0));

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  send({ type: 'listening', port: (server.address() as AddressInfo).port });
});
