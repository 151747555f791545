// Embedded PostgreSQL: PGlite (Postgres compiled to WASM) behind its socket server, so the
// application talks to it with the same `pg` driver and Prisma adapter as to a real server.
// PGlite is single-connection: clients must use a pool of one.
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
  // The application's pool holds one connection, but after a failed statement the driver drops
  // it and reconnects before the server has processed the old socket's close; with a limit of
  // one the new connection is refused ("Connection terminated unexpectedly"). The server
  // multiplexes connections and keeps a transaction exclusive to its connection.
  const server = new PGLiteSocketServer({ db: pglite, host: '127.0.0.1', port: 0, maxConnections: 4 });
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
