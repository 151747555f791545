// The peer in the GraphQL read benchmark: PostGraphile 5 (postgraphile@5.1.5, the Amber preset)
// over the same database, run by `bench/graphql/run.ts` as a child process with Node ≥ 22 (which
// PostGraphile 5 requires; the runner installs it from the npm registry into
// bench/graphql/.node22/). Plain JavaScript so that it runs without tsx.
//
// Production settings: GRAPHILE_ENV/NODE_ENV=production (Grafast's cheaper planning), no
// GraphiQL, no plan explanations, no schema watching, no websockets, no LISTEN client (pubsub);
// a pg pool of 10 connections like this API's; the GraphQL endpoint at /graphql on an in-process
// node:http server (grafserv's node adaptor) on 127.0.0.1.
//
// Preset: PostGraphileAmberPreset, plus smart tags making the lists' order columns orderable (below). postgraphile@5.1.5 also ships `postgraphile/presets/relay`
// (PostGraphileRelayPreset, marked experimental): it hides primary and foreign key columns in
// favour of global node IDs, so the benchmark's `condition: { companyId }` would become a node-ID
// condition; the Amber preset keeps the columns and is PostGraphile's default.
//
// Environment: DATABASE_URL, PORT (0: any free port). Sends `{ type: 'listening', port }` to the
// parent, answers `{ id, type: 'memory' }` with process.memoryUsage() after forced GCs (when
// started with --expose-gc), and exits on `{ type: 'stop' }` or when the parent goes away.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { jsonPgSmartTags } from 'postgraphile/utils';

// PostGraphile offers orderBy only on columns that lead or belong to an index. The lists the
// benchmark reads are ordered as this API orders them, and some of those columns have no index
// (PostgreSQL sorts the company's rows on both sides): the smart tag isIndexed lets PostGraphile
// order by them.
const orderable = (...columns) => ({ attribute: Object.fromEntries(columns.map((c) => [c, { tags: { isIndexed: true } }])) });
const ListOrdersPlugin = jsonPgSmartTags({
  version: 1,
  config: {
    class: {
      Contact: orderable('isMainContact', 'name'),
      SupplierInvoice: orderable('invoiceDate', 'createdAt'),
      SupplierInvoiceRow: orderable('createdAt'),
      SupplierInvoiceApproval: orderable('approvedAt'),
      Voucher: orderable('series', 'number'),
      // The foreign key Project → ProjectStatus references (companyId, code), which the schema
      // makes unique with a unique index, not a constraint; PostGraphile plans a to-one relation
      // only onto a unique it knows (the primary key or a unique constraint), so it is told.
      ProjectStatus: { tags: { unique: 'companyId,code' } },
    },
  },
});

const connectionString = process.env.DATABASE_URL;
if (!connectionString) throw new Error('DATABASE_URL is not set');

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset],
  plugins: [ListOrdersPlugin],
  pgServices: [makePgService({ connectionString, schemas: ['public'], poolConfig: { max: 10 }, pubsub: false })],
  grafserv: {
    graphqlPath: '/graphql',
    graphiql: false,
    graphqlOverGET: false,
    watch: false,
    websockets: false,
  },
  grafast: { explain: false },
};

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
// Build the schema (introspection) before reporting ready, so the first request is not the one
// that waits for it.
await pgl.getSchema();

const send = process.send ? process.send.bind(process) : (m) => console.log(JSON.stringify(m));
process.on('message', (m) => {
  if (m.type === 'memory') {
    if (globalThis.gc) {
      globalThis.gc();
      globalThis.gc();
    }
    send({ id: m.id, memory: process.memoryUsage() });
  } else if (m.type === 'stop') {
    server.close();
    server.closeAllConnections();
    Promise.resolve(pgl.release()).finally(() => process.exit(0));
  }
});
process.on('disconnect', () => process.exit(0));

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  send({ type: 'listening', port: server.address().port });
});
