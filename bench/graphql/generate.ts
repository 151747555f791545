// `npx tsx bench/graphql/generate.ts [--seed 1] [--scale 1]`: fills a PostgreSQL database with one
// company's invoicing history for the GraphQL read benchmark (`bench/graphql/run.ts`):
// 2,000 customers (a third private persons with personnummer, the rest companies with Luhn-valid
// organisation numbers; Swedish names, addresses), 5,000 projects (status 40–80, most with a
// start date), 10,000 work orders, 2,500 change orders (ÄTA), 50,000 invoices over two years
// (30 % on a work order, 10 % on a change order, about half locked, the older ones more often),
// 500,000 invoice lines (10 per invoice: labour, material, other; amount = round(quantity ×
// unit price, 2)) and one revenue line per invoice line (account 3041/3051/3001 by kind, the
// line's amount, the invoice's project). Invoice subtotal = Σ line amounts, VAT 25 %, total,
// öresavrundning, amount to pay. Sizes × `--scale`.
//
// Deterministic: every value comes from md5(seed:tag:i) in SQL (ids are md5(…)::uuid), so the
// same seed gives the same rows; the rows are made by `INSERT … SELECT … FROM generate_series`,
// not row by row from Node. The company, its defaults and the administrator come from the app's
// own `createCompanyWithAdmin`. Cached: `_bench.meta` records the seed, the sizes, the
// migrations' checksums and this file's hash; when they match, nothing is done. Otherwise the
// database (BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/bench_graphql) is
// dropped and made again — only if it is one this script made (it has `_bench.meta`) or empty.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { applyMigrations, listMigrations } from '../../src/db/migrate.js';
import { createDatabaseClient } from '../../src/db/client.js';
import { createCompanyWithAdmin } from '../../src/modules/companies/bootstrap.js';

export const DEFAULT_BENCH_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/bench_graphql';

export const BASE_SIZES = {
  customers: 2_000,
  projects: 5_000,
  workOrders: 10_000,
  changeOrders: 2_500,
  invoices: 50_000,
};
export const LINES_PER_INVOICE = 10;

export type Sizes = typeof BASE_SIZES & { invoiceLines: number; revenueLines: number };

export function sizesFor(scale: number): Sizes {
  const s = (n: number) => Math.max(1, Math.round(n * scale));
  const base = {
    customers: s(BASE_SIZES.customers),
    projects: s(BASE_SIZES.projects),
    workOrders: s(BASE_SIZES.workOrders),
    changeOrders: s(BASE_SIZES.changeOrders),
    invoices: s(BASE_SIZES.invoices),
  };
  return { ...base, invoiceLines: base.invoices * LINES_PER_INVOICE, revenueLines: base.invoices * LINES_PER_INVOICE };
}

export interface BenchData {
  url: string;
  seed: number;
  sizes: Sizes;
  companyId: string;
  /** The administrator's API token (plain text; this is a throw-away benchmark database). */
  token: string;
  /** false: the database already held this seed and these sizes. */
  generated: boolean;
  ms: number;
}

const SIGNATURE = 'ADM';

// Word lists (passed to SQL as arrays).
const FIRST = [
  'Anna',
  'Erik',
  'Maria',
  'Johan',
  'Sara',
  'Lars',
  'Karin',
  'Anders',
  'Eva',
  'Per',
  'Ingrid',
  'Mikael',
  'Elin',
  'Nils',
  'Kerstin',
  'Oskar',
  'Lena',
  'Magnus',
  'Sofia',
  'Henrik',
  'Emma',
  'Fredrik',
  'Ulla',
  'Gustav',
];
const LAST = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Pettersson',
  'Jonsson',
  'Lindberg',
  'Lindqvist',
  'Berglund',
  'Sandberg',
  'Holm',
  'Forsberg',
  'Engström',
  'Åberg',
  'Sjöberg',
  'Wallin',
  'Lundgren',
  'Hedlund',
];
const TRADES = [
  'Bygg',
  'Rör',
  'El',
  'Måleri',
  'Mark & Anläggning',
  'Fastigheter',
  'Snickeri',
  'Plåt',
  'Ventilation',
  'Golv',
  'Fastighetsförvaltning',
  'Entreprenad',
];
const FORMS = ['AB', 'AB', 'AB', 'AB', 'HB', 'KB'];
const STREETS = [
  'Storgatan',
  'Kyrkvägen',
  'Industrivägen',
  'Björkvägen',
  'Sjögatan',
  'Ängsvägen',
  'Hamngatan',
  'Skolgatan',
  'Drottninggatan',
  'Östra Långgatan',
  'Järnvägsgatan',
  'Parkvägen',
  'Tallvägen',
  'Villagatan',
  'Strandvägen',
  'Bäckvägen',
];
const CITIES = [
  'Stockholm',
  'Göteborg',
  'Malmö',
  'Uppsala',
  'Västerås',
  'Örebro',
  'Umeå',
  'Luleå',
  'Falun',
  'Östersund',
  'Jönköping',
  'Linköping',
  'Norrköping',
  'Gävle',
  'Sundsvall',
  'Karlstad',
];
const POSTCODE_PREFIX = [114, 411, 211, 753, 722, 702, 903, 972, 791, 831, 553, 582, 602, 802, 852, 652];
const WORKS = [
  'Badrumsrenovering',
  'Takbyte',
  'Fönsterbyte',
  'Stambyte',
  'Tillbyggnad',
  'Fasadrenovering',
  'Köksrenovering',
  'Dränering',
  'Installation av värmepump',
  'Ombyggnad kontor',
  'Nybyggnad garage',
  'Elrenovering',
  'Laddbox och elcentral',
  'Solceller',
  'Service ventilation',
  'Löpande underhåll',
];
const WORK_ORDERS = [
  'Rivning',
  'Stomme',
  'Installation el',
  'Installation VVS',
  'Ytskikt',
  'Slutbesiktning',
  'Felsökning',
  'Service',
  'Montering',
  'Kompletterande arbeten',
];
const CHANGE_ORDERS = [
  'Extra eluttag',
  'Flytt av golvbrunn',
  'Byte av fönsterbänkar',
  'Tilläggsisolering',
  'Extra takfönster',
  'Förstärkning av bjälklag',
  'Ny dörröppning',
  'Byte av blandare',
  'Extra belysningspunkter',
  'Fuktskadad regel',
];
const LABOUR = [
  'Arbete snickare',
  'Arbete elektriker',
  'Arbete rörmokare',
  'Arbete målare',
  'Arbete plattsättare',
  'Arbete lärling',
  'Restid',
  'Arbete arbetsledare',
];
const MATERIAL = [
  'Gipsskiva 13 mm',
  'Kabel EKK 3G1,5',
  'Kopparrör 15 mm',
  'Kakel 20x20 vit',
  'Golvbrunn',
  'Reglar 45x95',
  'Fogmassa',
  'Takpannor',
  'Isolering 95 mm',
  'Vägguttag 2-vägs',
  'Elcentral',
  'Spackel',
  'Målarfärg 10 l',
  'Klinker 30x30',
  'Tätskiktsmatta',
  'Skruv 4,2x55',
];
const OTHER = [
  'Etableringskostnad',
  'Bortforsling av avfall',
  'Container 10 m³',
  'Maskinhyra',
  'Ställningshyra',
  'Fraktkostnad',
  'Parkering',
  'Bygglovshandlingar',
];

/** Runs one generation step, printing its duration. */
async function step(log: (s: string) => void, what: string, fn: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  await fn();
  log(`  ${what.padEnd(44)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

function fingerprint(seed: number, sizes: Sizes): string {
  const migrations = listMigrations()
    .map((m) => `${m.name}:${m.checksum}`)
    .join('\n');
  const self = readFileSync(fileURLToPath(import.meta.url), 'utf8');
  return createHash('sha256').update(JSON.stringify({ seed, sizes })).update(migrations).update(self).digest('hex');
}

interface Meta {
  fingerprint: string;
  companyId: string;
  token: string;
}

/** What the database holds: 'missing', a finished benchmark database's meta, 'ours' (unfinished), 'empty' or 'foreign'. */
async function inspect(url: string): Promise<'missing' | 'empty' | 'ours' | 'foreign' | Meta> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (err) {
    if ((err as { code?: string }).code === '3D000') return 'missing'; // invalid_catalog_name
    throw err;
  }
  try {
    const { rows } = await client.query<{ meta: string | null; tables: string }>(
      `SELECT to_regclass('_bench.meta')::text AS meta,
              (SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema'))::text AS tables`,
    );
    if (rows[0]!.meta) {
      const m = await client.query<Meta & { complete: boolean }>('SELECT fingerprint, "companyId", token, complete FROM _bench.meta');
      const meta = m.rows[0];
      return meta?.complete ? { fingerprint: meta.fingerprint, companyId: meta.companyId, token: meta.token } : 'ours';
    }
    return rows[0]!.tables === '0' ? 'empty' : 'foreign';
  } finally {
    await client.end();
  }
}

async function recreateDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!name || name === 'postgres' || name.startsWith('template')) throw new Error(`refusing to (re)create the database ${JSON.stringify(name)}`);
  const admin = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
  await admin.connect();
  try {
    const ident = `"${name.replace(/"/g, '""')}"`;
    await admin.query(`DROP DATABASE IF EXISTS ${ident} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${ident}`);
  } finally {
    await admin.end();
  }
}

/** Makes sure the benchmark database holds the data for this seed and scale; generates it if not. */
export async function ensureBenchData(opts: { url?: string; seed?: number; scale?: number; log?: (s: string) => void }): Promise<BenchData> {
  const url = opts.url ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
  const seed = opts.seed ?? 1;
  const scale = opts.scale ?? 1;
  const log = opts.log ?? ((s: string) => console.log(s));
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${seed}`);
  if (!(scale > 0)) throw new Error(`--scale must be positive, got ${scale}`);
  const sizes = sizesFor(scale);
  const fp = fingerprint(seed, sizes);
  const started = performance.now();

  const state = await inspect(url);
  if (typeof state === 'object' && state.fingerprint === fp) {
    log(`Benchmark data: ${describe(sizes)} (seed ${seed}) already in ${redact(url)}; reused.`);
    return { url, seed, sizes, companyId: state.companyId, token: state.token, generated: false, ms: performance.now() - started };
  }
  if (state === 'foreign') {
    throw new Error(
      `${redact(url)} holds tables but was not made by bench/graphql/generate.ts (no _bench.meta); refusing to drop it. Set BENCH_DATABASE_URL to another database.`,
    );
  }
  log(
    `Generating benchmark data: ${describe(sizes)} (seed ${seed}) into ${redact(url)}` +
      (state === 'missing' ? ' (new database)' : state === 'empty' ? '' : ' (replacing the previous data)'),
  );
  await step(log, 'drop and create the database', () => recreateDatabase(url));

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  let companyId = '';
  let token = '';
  try {
    await client.query(`CREATE SCHEMA _bench;
      CREATE TABLE _bench.meta (fingerprint text NOT NULL, seed int NOT NULL, sizes jsonb NOT NULL, "companyId" uuid, token text,
                                complete boolean NOT NULL DEFAULT false, "generatedAt" timestamptz NOT NULL DEFAULT now(), "generationSeconds" numeric)`);
    await client.query('INSERT INTO _bench.meta (fingerprint, seed, sizes) VALUES ($1, $2, $3)', [fp, seed, JSON.stringify(sizes)]);

    await step(log, 'migrations', () => applyMigrations(url));
    await step(log, 'company, defaults and administrator', async () => {
      const db = createDatabaseClient({ url, poolSize: 1 });
      try {
        const c = await createCompanyWithAdmin(db.prisma, {
          name: 'Bench Bygg & Installation AB',
          organisationNumber: '5560000001',
          admin: { name: 'Bench Admin', email: 'admin@bench.example', signature: SIGNATURE },
        });
        companyId = c.companyId;
        token = c.adminToken;
      } finally {
        await db.close();
      }
    });
    await client.query('UPDATE _bench.meta SET "companyId" = $1, token = $2', [companyId, token]);
    await generateRows(client, { seed, sizes, companyId, log });
    await step(log, 'VACUUM ANALYZE', () => client.query('VACUUM ANALYZE'));
    await step(log, 'check counts and sums', () => verify(client, companyId, sizes));
    const ms = performance.now() - started;
    await client.query('UPDATE _bench.meta SET complete = true, "generationSeconds" = $1', [(ms / 1000).toFixed(1)]);
    log(`Generated in ${(ms / 1000).toFixed(1)} s.`);
    return { url, seed, sizes, companyId, token, generated: true, ms };
  } finally {
    await client.end();
  }
}

async function generateRows(client: pg.Client, o: { seed: number; sizes: Sizes; companyId: string; log: (s: string) => void }): Promise<void> {
  const { seed, sizes, companyId, log } = o;
  const q = (sql: string, params: unknown[] = []) => client.query(sql, params);
  await q('SET synchronous_commit = off');
  await q("SET work_mem = '256MB'");
  // Pseudo-random helpers (session-local: pg_temp), all derived from the seed. rnd ∈ [0, 1).
  await q(`CREATE FUNCTION pg_temp.rnd(tag text, i bigint) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT ('x' || substr(md5('${seed}:' || tag || ':' || i), 1, 13))::bit(52)::bigint::float8 / 4503599627370496.0::float8 $$`);
  await q(`CREATE FUNCTION pg_temp.uid(tag text, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT md5('${seed}:' || tag || ':' || i)::uuid $$`);
  await q(`CREATE FUNCTION pg_temp.pick(a text[], r float8) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS
    $$ SELECT a[1 + floor(r * array_length(a, 1))::int] $$`);
  // Luhn check digit of a 9-digit string (Swedish personnummer / organisationsnummer).
  await q(`CREATE FUNCTION pg_temp.luhn(d text) RETURNS int LANGUAGE sql IMMUTABLE AS
    $$ SELECT (10 - sum(CASE WHEN k % 2 = 1 THEN (substr(d, k, 1)::int * 2) / 10 + (substr(d, k, 1)::int * 2) % 10
                             ELSE substr(d, k, 1)::int END)::int % 10) % 10
       FROM generate_series(1, 9) k $$`);

  const { customers: C, projects: P, workOrders: W, changeOrders: CO, invoices: N } = sizes;
  const audit = `'${SIGNATURE}', '${SIGNATURE}'`;

  await step(log, 'accounts 3001, 3041, 3051', () =>
    q(
      `INSERT INTO "Account" (id, "companyId", number, name, kind, "defaultVatRate", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('acc', a.number), $1, a.number, a.name, a.kind::"AccountKind", 25, timestamptz '2023-01-01', ${audit}
       FROM (VALUES (3001, 'Försäljning inom Sverige, 25 % moms', NULL),
                    (3041, 'Försäljning tjänster inom Sverige, 25 % moms', 'WORK'),
                    (3051, 'Försäljning varor inom Sverige, 25 % moms', 'MATERIAL')) a(number, name, kind)`,
      [companyId],
    ),
  );

  await step(log, `${C.toLocaleString('en')} customers`, () =>
    q(
      `INSERT INTO "Customer" (id, "companyId", number, "numberValue", name, type, "organisationNumber", "personalIdentityNumber",
                               "vatNumber", "paymentTermId", "invoiceAddress1", "invoicePostcode", "invoiceCity", "invoiceEmail", phone,
                               "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('cust', i), $1, (1000 + i)::text, 1000 + i, name, type::"CustomerType",
              CASE WHEN type = 'COMPANY' THEN org END, CASE WHEN type = 'PRIVATE' THEN pnr END,
              CASE WHEN type = 'COMPANY' THEN 'SE' || org || '01' END,
              (SELECT id FROM "PaymentTerm" WHERE "companyId" = $1 AND code = '30'),
              pg_temp.pick($4, pg_temp.rnd('cstreet', i)) || ' ' || (1 + floor(pg_temp.rnd('cno', i) * 90))::int,
              ($7::int[])[city] || ' ' || lpad(floor(pg_temp.rnd('cpost', i) * 100)::int::text, 2, '0'),
              ($5::text[])[city],
              CASE WHEN type = 'COMPANY' THEN 'faktura' ELSE 'kund' END || (1000 + i) || '@example.se',
              '0' || (10 + floor(pg_temp.rnd('cphone', i) * 80))::int || '-' || lpad(floor(pg_temp.rnd('cphone2', i) * 1000000)::int::text, 6, '0'),
              ts, ts, ${audit}
       FROM (
         SELECT i, type, org, pnr, city, ts,
                CASE WHEN type = 'PRIVATE' THEN pg_temp.pick($2, pg_temp.rnd('cfirst', i)) || ' ' || pg_temp.pick($3, pg_temp.rnd('clast', i))
                     WHEN pg_temp.rnd('cbrf', i) < 0.1 THEN 'Bostadsrättsföreningen ' || pg_temp.pick($4, pg_temp.rnd('cbstreet', i)) || ' ' || (1 + floor(pg_temp.rnd('cbno', i) * 40))::int
                     ELSE pg_temp.pick($3, pg_temp.rnd('clast', i)) || 's ' || pg_temp.pick($6, pg_temp.rnd('ctrade', i)) || ' ' || pg_temp.pick($8, pg_temp.rnd('cform', i))
                END AS name
         FROM (
           SELECT i, CASE WHEN pg_temp.rnd('ctype', i) < 1.0 / 3 THEN 'PRIVATE' ELSE 'COMPANY' END AS type,
                  o9 || pg_temp.luhn(o9) AS org,
                  to_char(birth, 'YYYYMMDD') || serial || pg_temp.luhn(to_char(birth, 'YYMMDD') || serial) AS pnr,
                  1 + floor(pg_temp.rnd('ccity', i) * array_length($5::text[], 1))::int AS city,
                  timestamptz '2023-01-01 08:00+01' + (i * interval '37 minutes') AS ts
           FROM (
             SELECT i, '556' || lpad(floor(pg_temp.rnd('corg', i) * 1000000)::int::text, 6, '0') AS o9,
                    date '1940-01-01' + floor(pg_temp.rnd('cbirth', i) * 22000)::int AS birth,
                    lpad((1 + floor(pg_temp.rnd('cserial', i) * 998))::int::text, 3, '0') AS serial
             FROM generate_series(1, ${C}) i OFFSET 0
           ) a OFFSET 0
         ) b OFFSET 0
       ) c`,
      [companyId, FIRST, LAST, STREETS, CITIES, TRADES, POSTCODE_PREFIX, FORMS],
    ),
  );

  await step(log, `${P.toLocaleString('en')} projects`, () =>
    q(
      `INSERT INTO "Project" (id, "companyId", number, "numberValue", name, "customerId", "customerReference", "startDate", "statusCode",
                              "statusChangedAt", description, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('proj', i), $1, (10000 + i - 1)::text, 10000 + i - 1,
              pg_temp.pick($2, pg_temp.rnd('pwork', i)) || ' ' || pg_temp.pick($3, pg_temp.rnd('pstreet', i)) || ' ' || (1 + floor(pg_temp.rnd('pno', i) * 90))::int,
              pg_temp.uid('cust', 1 + floor(pg_temp.rnd('pcust', i) * ${C})::int),
              CASE WHEN pg_temp.rnd('pref', i) < 0.4 THEN pg_temp.pick($4, pg_temp.rnd('preff', i)) || ' ' || pg_temp.pick($5, pg_temp.rnd('prefl', i)) END,
              CASE WHEN pg_temp.rnd('pstart', i) < 0.7 THEN date '2023-01-02' + floor(pg_temp.rnd('pstartd', i) * 700)::int END,
              (ARRAY[40, 50, 50, 50, 80])[1 + floor(pg_temp.rnd('pstatus', i) * 5)::int],
              ts, CASE WHEN pg_temp.rnd('pdesc', i) < 0.5 THEN 'Enligt offert och besiktningsprotokoll.' END,
              ts, ts, ${audit}
       FROM (SELECT i, timestamptz '2023-01-01 08:00+01' + (i * interval '140 minutes') AS ts FROM generate_series(1, ${P}) i) s`,
      [companyId, WORKS, STREETS, FIRST, LAST],
    ),
  );

  await step(log, `${W.toLocaleString('en')} work orders`, () =>
    q(
      `INSERT INTO "WorkOrder" (id, "companyId", "projectId", number, name, "statusCode", "startDate", "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('wo', i), $1, pg_temp.uid('proj', p), row_number() OVER (PARTITION BY p ORDER BY i),
              pg_temp.pick($2, pg_temp.rnd('woname', i)),
              (ARRAY[40, 50, 50, 80])[1 + floor(pg_temp.rnd('wostatus', i) * 4)::int],
              CASE WHEN pg_temp.rnd('wostart', i) < 0.6 THEN date '2023-01-02' + floor(pg_temp.rnd('wostartd', i) * 700)::int END,
              ts, ts, ${audit}
       FROM (SELECT i, 1 + floor(pg_temp.rnd('woproj', i) * ${P})::int AS p,
                    timestamptz '2023-01-02 08:00+01' + (i * interval '70 minutes') AS ts
             FROM generate_series(1, ${W}) i) s`,
      [companyId, WORK_ORDERS],
    ),
  );

  await step(log, `${CO.toLocaleString('en')} change orders`, () =>
    q(
      `INSERT INTO "ChangeOrder" (id, "companyId", "projectId", number, name, description, "statusCode", "estimatedAmount",
                                  "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('co', i), $1, pg_temp.uid('proj', p), row_number() OVER (PARTITION BY p ORDER BY i),
              pg_temp.pick($2, pg_temp.rnd('coname', i)),
              CASE WHEN pg_temp.rnd('codesc', i) < 0.5 THEN 'Beställt av kund på plats.' END,
              (ARRAY[40, 50, 80])[1 + floor(pg_temp.rnd('costatus', i) * 3)::int],
              round((500 + pg_temp.rnd('coest', i) * 60000)::numeric, -2),
              ts, ts, ${audit}
       FROM (SELECT i, 1 + floor(pg_temp.rnd('coproj', i) * ${P})::int AS p,
                    timestamptz '2023-01-03 08:00+01' + (i * interval '280 minutes') AS ts
             FROM generate_series(1, ${CO}) i) s`,
      [companyId, CHANGE_ORDERS],
    ),
  );

  await step(log, 'project work order / ÄTA counters', () =>
    q(
      `UPDATE "Project" p SET "nextWorkOrderNumber" = COALESCE(w.n, 0) + 1, "nextChangeOrderNumber" = COALESCE(c.n, 0) + 1
       FROM "Project" p2
       LEFT JOIN (SELECT "projectId", max(number) AS n FROM "WorkOrder" GROUP BY 1) w ON w."projectId" = p2.id
       LEFT JOIN (SELECT "projectId", max(number) AS n FROM "ChangeOrder" GROUP BY 1) c ON c."projectId" = p2.id
       WHERE p.id = p2.id AND (w.n IS NOT NULL OR c.n IS NOT NULL)`,
    ),
  );

  // Invoices: 30 % on a random work order (and its project), 10 % on a change order, the rest on
  // a random project; the customer is the project's. Dates rise with the number over two years.
  await step(log, 'invoice headers (staging)', () =>
    q(
      `CREATE TEMP TABLE _inv AS
       SELECT s.i, pg_temp.uid('inv', s.i) AS id, pr.id AS project_id, pr."customerId" AS customer_id, cu.type AS customer_type,
              s.wo_id, s.co_id,
              date '2023-01-02' + floor((s.i - 1) * 730.0 / ${N})::int AS invoice_date,
              pg_temp.rnd('ilock', s.i) < 1 - (s.i - 0.5) / ${N} AS locked
       FROM (
         SELECT i, r,
                CASE WHEN r < 0.3 THEN pg_temp.uid('wo', 1 + floor(pg_temp.rnd('iwo', i) * ${W})::int) END AS wo_id,
                CASE WHEN r >= 0.3 AND r < 0.4 THEN pg_temp.uid('co', 1 + floor(pg_temp.rnd('ico', i) * ${CO})::int) END AS co_id,
                pg_temp.uid('proj', 1 + floor(pg_temp.rnd('iproj', i) * ${P})::int) AS proj_id
         FROM (SELECT i, pg_temp.rnd('ikind', i) AS r FROM generate_series(1, ${N}) i OFFSET 0) x
         OFFSET 0
       ) s
       LEFT JOIN "WorkOrder" w ON w.id = s.wo_id
       LEFT JOIN "ChangeOrder" c ON c.id = s.co_id
       JOIN "Project" pr ON pr.id = COALESCE(w."projectId", c."projectId", s.proj_id)
       JOIN "Customer" cu ON cu.id = pr."customerId"`,
    ),
  );

  // Lines: j = (invoice - 1) × 10 + position. 45 % labour (hours × hourly rate), 45 % material,
  // 10 % other (one-off charges).
  await step(log, `${sizes.invoiceLines.toLocaleString('en')} invoice lines (staging)`, () =>
    q(
      `CREATE TEMP TABLE _line AS
       SELECT inv, pos, j, kind, description, unit, quantity, unit_price, round(quantity * unit_price, 2) AS amount,
              CASE kind WHEN 'LABOUR' THEN 3041 WHEN 'MATERIAL' THEN 3051 ELSE 3001 END AS account
       FROM (
         SELECT inv, pos, j, kind,
                CASE kind WHEN 'LABOUR' THEN pg_temp.pick($1, r1) WHEN 'MATERIAL' THEN pg_temp.pick($2, r1) ELSE pg_temp.pick($3, r1) END AS description,
                CASE kind WHEN 'LABOUR' THEN 'tim' WHEN 'MATERIAL' THEN CASE WHEN r2 < 0.7 THEN 'st' ELSE 'm' END ELSE 'st' END AS unit,
                CASE kind WHEN 'LABOUR' THEN (1 + floor(r3 * 64)) * 0.25
                          WHEN 'MATERIAL' THEN CASE WHEN r2 < 0.7 THEN 1 + floor(r3 * r3 * 40) ELSE round((0.5 + r3 * 60)::numeric, 1) END
                          ELSE 1 END::numeric(14, 4) AS quantity,
                CASE kind WHEN 'LABOUR' THEN 450 + floor(r4 * 31) * 10
                          WHEN 'MATERIAL' THEN round((4.9 + r4 * r4 * 2400)::numeric, 2)
                          ELSE round((250 + r4 * 4750)::numeric, 0) END::numeric(14, 2) AS unit_price
         FROM (
           SELECT inv, pos, j,
                  CASE WHEN rk < 0.45 THEN 'LABOUR' WHEN rk < 0.9 THEN 'MATERIAL' ELSE 'OTHER' END AS kind,
                  pg_temp.rnd('ldesc', j) AS r1, pg_temp.rnd('lunit', j) AS r2, pg_temp.rnd('lqty', j) AS r3, pg_temp.rnd('lprice', j) AS r4
           FROM (SELECT inv, pos, (inv - 1) * ${LINES_PER_INVOICE} + pos AS j, pg_temp.rnd('lkind', (inv - 1) * ${LINES_PER_INVOICE} + pos) AS rk
                 FROM generate_series(1, ${N}) inv CROSS JOIN generate_series(1, ${LINES_PER_INVOICE}) pos OFFSET 0) a
           OFFSET 0
         ) b
         OFFSET 0
       ) c`,
      [LABOUR, MATERIAL, OTHER],
    ),
  );

  await step(log, `${N.toLocaleString('en')} invoices`, () =>
    q(
      `INSERT INTO "Invoice" (id, "companyId", number, title, "statusCode", "customerId", "customerType", distribution, "readyForInvoice",
                              locked, "lockedAt", "lockedBy", "invoiceDate", "dueDate", "paymentTermId", "projectId", "workOrderId", "changeOrderId",
                              subtotal, "vatAmount", total, rounding, "taxReductionAmount", "amountToPay", warnings,
                              "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT v.id, $1, v.i, NULL, CASE WHEN v.locked THEN 90 ELSE 10 END, v.customer_id, v.customer_type,
              (CASE WHEN pg_temp.rnd('idist', v.i) < 0.85 THEN 'EMAIL' WHEN pg_temp.rnd('idist', v.i) < 0.97 THEN 'PAPER' ELSE 'EDI' END)::"InvoiceDistribution",
              v.locked, v.locked, CASE WHEN v.locked THEN v.invoice_date + time '16:00' END, CASE WHEN v.locked THEN '${SIGNATURE}' END,
              v.invoice_date, v.invoice_date + 30, (SELECT id FROM "PaymentTerm" WHERE "companyId" = $1 AND code = '30'),
              v.project_id, v.wo_id, v.co_id,
              t.subtotal, t.vat, t.subtotal + t.vat, round(t.subtotal + t.vat, 0) - (t.subtotal + t.vat), 0, round(t.subtotal + t.vat, 0),
              '{}', v.invoice_date + time '08:00', v.invoice_date + time '08:00', ${audit}
       FROM _inv v
       JOIN (SELECT inv, sum(amount) AS subtotal, round(sum(amount) * 0.25, 2) AS vat FROM _line GROUP BY inv) t ON t.inv = v.i`,
      [companyId],
    ),
  );
  await q(
    `UPDATE "Company" SET "nextInvoiceNumber" = ${N + 1}, "revenueAccountingActive" = true, "revenueAccountingActivatedAt" = timestamptz '2023-01-01' WHERE id = $1`,
    [companyId],
  );

  await step(log, `${sizes.invoiceLines.toLocaleString('en')} invoice lines`, () =>
    q(
      `INSERT INTO "InvoiceLine" (id, "companyId", "invoiceId", position, description, quantity, unit, "unitPrice", "vatRate", "accountNumber",
                                  "projectId", "workOrderId", "changeOrderId", kind, amount, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('line', l.j), $1, v.id, l.pos, l.description, l.quantity, l.unit, l.unit_price, 25, l.account,
              v.project_id, v.wo_id, v.co_id, l.kind::"LineKind", l.amount,
              v.invoice_date + time '08:00', v.invoice_date + time '08:00', ${audit}
       FROM _line l JOIN _inv v ON v.i = l.inv
       ORDER BY l.j`,
      [companyId],
    ),
  );

  await step(log, `${sizes.revenueLines.toLocaleString('en')} revenue lines`, () =>
    q(
      `INSERT INTO "InvoiceRevenueLine" (id, "companyId", "invoiceId", "lineId", position, "accountNumber", "projectId", "workOrderId", "changeOrderId",
                                         amount, kind, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('rev', l.j), $1, v.id, pg_temp.uid('line', l.j), l.pos, l.account, v.project_id, v.wo_id, v.co_id,
              l.amount, l.kind::"LineKind", v.invoice_date + time '08:00', v.invoice_date + time '08:00', ${audit}
       FROM _line l JOIN _inv v ON v.i = l.inv
       ORDER BY l.j`,
      [companyId],
    ),
  );
  await q('DROP TABLE _line; DROP TABLE _inv');
}

/** Counts and the amounts' consistency; throws if the data is not what was asked for. */
async function verify(client: pg.Client, companyId: string, sizes: Sizes): Promise<void> {
  const { rows } = await client.query<Record<string, string>>(
    `SELECT (SELECT count(*) FROM "Customer" WHERE "companyId" = $1) AS customers,
            (SELECT count(*) FROM "Project" WHERE "companyId" = $1) AS projects,
            (SELECT count(*) FROM "WorkOrder" WHERE "companyId" = $1) AS "workOrders",
            (SELECT count(*) FROM "ChangeOrder" WHERE "companyId" = $1) AS "changeOrders",
            (SELECT count(*) FROM "Invoice" WHERE "companyId" = $1) AS invoices,
            (SELECT count(*) FROM "InvoiceLine" WHERE "companyId" = $1) AS "invoiceLines",
            (SELECT count(*) FROM "InvoiceRevenueLine" WHERE "companyId" = $1) AS "revenueLines",
            (SELECT count(*) FROM "Invoice" i JOIN (SELECT "invoiceId", sum(amount) AS s FROM "InvoiceLine" WHERE "companyId" = $1 GROUP BY 1) l
               ON l."invoiceId" = i.id WHERE i.subtotal <> l.s OR i.total <> i.subtotal + i."vatAmount") AS "badSubtotals"`,
    [companyId],
  );
  const r = rows[0]!;
  const wrong = Object.entries(sizes)
    .filter(([k, v]) => Number(r[k]) !== v)
    .map(([k, v]) => `${k}: ${r[k]} (expected ${v})`);
  if (r.badSubtotals !== '0') wrong.push(`${r.badSubtotals} invoices whose subtotal is not the sum of their lines`);
  if (wrong.length) throw new Error(`generated data is not as expected: ${wrong.join('; ')}`);
}

function describe(s: Sizes): string {
  const n = (x: number) => x.toLocaleString('en');
  return `${n(s.customers)} customers, ${n(s.projects)} projects, ${n(s.workOrders)} work orders, ${n(s.changeOrders)} change orders, ${n(s.invoices)} invoices, ${n(s.invoiceLines)} lines, ${n(s.revenueLines)} revenue lines`;
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  ensureBenchData({ seed: Number(arg('--seed') ?? 1), scale: Number(arg('--scale') ?? 1) }).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exitCode = 1;
  });
}
