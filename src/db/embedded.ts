// Embedded PostgreSQL: PGlite (Postgres compiled to WASM) behind its socket server, so the
// application talks to it with the same `pg` driver and Prisma adapter as to a real server.
// PGlite is one session: the application uses a pool of one; see the connection limit below.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedDatabase {
  /** postgres:// URL of the socket server on a free loopback port. */
  url: string;
  pglite: PGlite;
  close(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Directory to persist in; omit for an in-memory database. */
  dataDir?: string;
  /** A data directory dump (from `dumpDataDir`) to start from, e.g. an already migrated template. */
  loadDataDir?: Blob;
}

export async function startEmbeddedDatabase(opts: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
  });
  // Port 0: the OS picks a free port, never 5432 where a real PostgreSQL may listen.
  // The server multiplexes connections onto PGlite's one session and keeps a transaction
  // exclusive to its connection. Who connects: the application's pool (one connection; after a
  // failed statement the driver drops it and reconnects before the server has processed the old
  // socket's close, so a limit of one would refuse the new one), the connector run engine's pool
  // (pg-boss, two), a command-line tool attached to a running server (one), and room for their
  // reconnects.
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 10 });
  await server.start();
  const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  return {
    url,
    pglite,
    async close() {
      await server.stop();
      await pglite.close();
    },
  };
}
