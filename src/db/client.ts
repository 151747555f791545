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
}

export interface DatabaseClient {
  prisma: PrismaClient;
  close(): Promise<void>;
}

export function createDatabaseClient(opts: DatabaseClientOptions): DatabaseClient {
  const pool = new pg.Pool({ connectionString: opts.url, max: opts.poolSize });
  const adapter = new PrismaPg(pool);
  const prisma = new PrismaClient({
    adapter,
    log: opts.onQuery ? [{ emit: 'event', level: 'query' }] : [],
    // Prisma's defaults (wait 2 s for a connection, 5 s per transaction) fail bursts of requests
    // queueing for the pool (and PGlite has one connection); every mutation is one transaction.
    transactionOptions: { maxWait: 20_000, timeout: 30_000 },
  });
  if (opts.onQuery) {
    const onQuery = opts.onQuery;
    (prisma as unknown as { $on(e: 'query', cb: (e: { query: string }) => void): void }).$on('query', (e) =>
      onQuery(e.query),
    );
  }
  return {
    prisma,
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}
