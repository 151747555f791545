// The one place a PrismaClient is built. Application code never receives this client directly:
// it gets a tenant-scoped client from src/db/tenant.ts.
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../generated/prisma/client.js';

export type { PrismaClient };

export interface DatabaseClientOptions {
  url: string;
  poolSize: number;
  /** Called for every SQL statement Prisma sends (used by tests counting statements). */
  onQuery?: (sql: string) => void;
  /**
   * Prepare hand-written reads as named statements (PostgreSQL). Off for PGlite: all its
   * connections share one session, where one connection's statement names clash with another's.
   */
  prepareReads?: boolean;
  /** PostgreSQL's statement_timeout on every connection: no statement runs longer (milliseconds). */
  statementTimeoutMs?: number;
}

/** A read-only SQL statement (rows as plain objects), for the hand-written reads below. */
export type SqlReader = <Row extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params: readonly unknown[]) => Promise<Row[]>;

const READER: unique symbol = Symbol.for('nordic-project-invoicing.sqlReader');

/** Whether the client was built by `createDatabaseClient`, which attaches its reader under READER. */
function hasOwnReader(prisma: object): prisma is { [READER]: SqlReader } {
  return typeof Reflect.get(prisma, READER) === 'function';
}
/** Distinct statements prepared per connection at most; others are planned on every run. */
const PREPARED_STATEMENTS = 500;

/**
 * How to run a hand-written read on this client's database: compiled list reads
 * (src/graphql/compiled-reads) and the token lookup before every request. On a client from
 * `createDatabaseClient` these are prepared statements on its pool (planned once per connection,
 * not on every request, and without Prisma's per-statement overhead), reported to `onQuery` like
 * Prisma's own; on any other client, Prisma's `$queryRawUnsafe`.
 */
export function sqlReaderOf(prisma: PrismaClient): SqlReader {
  return hasOwnReader(prisma) ? prisma[READER] : (sql, params) => prisma.$queryRawUnsafe(sql, ...params);
}

export interface DatabaseClient {
  prisma: PrismaClient;
  /** The connection pool under the client (for stores that share the database, e.g. rate limits). */
  pool: pg.Pool;
  close(): Promise<void>;
}

/** Prisma's query events, typed so that `$on('query', …)` is known to the client's type. */
const QUERY_EVENTS: { emit: 'event'; level: 'query' }[] = [{ emit: 'event', level: 'query' }];

export function createDatabaseClient(opts: DatabaseClientOptions): DatabaseClient {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: opts.poolSize,
    ...(opts.statementTimeoutMs ? { statement_timeout: opts.statementTimeoutMs } : {}),
  });
  const adapter = new PrismaPg(pool);
  const prisma = new PrismaClient({
    adapter,
    log: opts.onQuery ? QUERY_EVENTS : [],
    // Prisma's defaults (wait 2 s for a connection, 5 s per transaction) fail bursts of requests
    // queueing for the pool (and PGlite has one connection); every mutation is one transaction.
    transactionOptions: { maxWait: 20_000, timeout: 30_000 },
  });
  const names = new Map<string, string>();
  const read: SqlReader = async <Row extends pg.QueryResultRow>(sql: string, params: readonly unknown[]) => {
    opts.onQuery?.(sql);
    let name = names.get(sql);
    if (name === undefined && opts.prepareReads && names.size < PREPARED_STATEMENTS) {
      name = `read_${names.size}`;
      names.set(sql, name);
    }
    return (await pool.query<Row>({ text: sql, values: params as unknown[], ...(name ? { name } : {}) })).rows;
  };
  Object.defineProperty(prisma, READER, { value: read });
  if (opts.onQuery) {
    const onQuery = opts.onQuery;
    prisma.$on('query', (e) => onQuery(e.query));
  }
  return {
    prisma,
    pool,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
