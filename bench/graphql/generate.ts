// `npx tsx bench/graphql/generate.ts [--seed 1] [--scale 1]`: fills a PostgreSQL database with one
// company's invoicing history for the GraphQL read benchmark (`bench/graphql/run.ts`):
// 2,000 customers (a third private persons with personnummer, the rest companies with Luhn-valid
// organisation numbers; Swedish names, addresses) with 2–3 contacts each (one main contact; a
// private customer's contacts with personnummer, most with a property designation), 5,000
// projects (statuses 10–99 of the company's status list, most with a start date), 10,000 work
// orders, 2,500 change orders (ÄTA), 50,000 invoices over two years (30 % on a work order, 10 % on
// a change order, about half locked, the older ones more often), 500,000 invoice lines (10 per
// invoice: labour, material, other; amount = round(quantity × unit price, 2)) and one revenue
// line per invoice line (account 3041/3051/3001 by kind, the line's amount, the invoice's
// project). Invoice subtotal = Σ line amounts, VAT 25 %, total, öresavrundning, amount to pay.
// The purchase side: 300 suppliers, 20 cost centres, 3 approving users, 10,000 supplier invoices
// over two years (1–5 rows on cost accounts, some on a project, work order or ÄTA, some on a cost
// centre; net = Σ rows, VAT per row's rate, total = net + VAT; two approvals make one APPROVED,
// a pending one has none or one; 4 % disputed) and 20,000 vouchers in series A and B (2–6 rows:
// debits on cost accounts, some on a project or work order, one credit row of their sum).
// Sizes × `--scale` (the cost centres and approvers are fixed).
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
  suppliers: 300,
  supplierInvoices: 10_000,
  vouchers: 20_000,
};
export const LINES_PER_INVOICE = 10;
/** Cost centres: a fixed register, whatever the scale. */
export const COST_CENTRES = 20;
/** Users besides the administrator who approve supplier invoices (two approvals make one APPROVED). */
export const APPROVERS = [
  { name: 'Eva Lind', email: 'eva.lind@bench.example', signature: 'EL' },
  { name: 'Per Holm', email: 'per.holm@bench.example', signature: 'PH' },
  { name: 'Karin Berg', email: 'karin.berg@bench.example', signature: 'KB' },
];
/**
 * Bumped when the generated data changes in a way the sizes do not show, so that an older
 * benchmark database is made again (the file's own hash is in the fingerprint too).
 * 2: contacts, suppliers, cost centres, approvers, supplier invoices, vouchers; project statuses 10–99.
 */
const DATA_VERSION = 2;

export type Sizes = typeof BASE_SIZES & { invoiceLines: number; revenueLines: number; costCentres: number };

export function sizesFor(scale: number): Sizes {
  const s = (n: number) => Math.max(1, Math.round(n * scale));
  const base = {
    customers: s(BASE_SIZES.customers),
    projects: s(BASE_SIZES.projects),
    workOrders: s(BASE_SIZES.workOrders),
    changeOrders: s(BASE_SIZES.changeOrders),
    invoices: s(BASE_SIZES.invoices),
    suppliers: s(BASE_SIZES.suppliers),
    supplierInvoices: s(BASE_SIZES.supplierInvoices),
    vouchers: s(BASE_SIZES.vouchers),
  };
  return { ...base, invoiceLines: base.invoices * LINES_PER_INVOICE, revenueLines: base.invoices * LINES_PER_INVOICE, costCentres: COST_CENTRES };
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

const TREES = ['Björken', 'Eken', 'Tallen', 'Granen', 'Linden', 'Asken', 'Lönnen', 'Rönnen', 'Alen', 'Häggen'];
const SUPPLIER_NAMES = [
  'Ahlsell Sverige AB',
  'Dahl Sverige AB',
  'Beijer Byggmaterial AB',
  'Optimera Svenska AB',
  'Solar Sverige AB',
  'Elektroskandia Sverige AB',
  'Rexel Sverige AB',
  'Würth Svenska AB',
  'Cramo AB',
  'Ramirent AB',
  'Stena Recycling AB',
  'XL-Bygg Järn AB',
  'Onninen AB',
  'Lindab Sverige AB',
  'Swedol AB',
  'Circle K Sverige AB',
];
const DEPARTMENTS = ['Service', 'Bygg', 'El', 'VVS', 'Administration'];
const VOUCHER_TEXTS = [
  'Leverantörsfaktura',
  'Inköp material',
  'Underentreprenad',
  'Maskinhyra',
  'Drivmedel',
  'Lokalhyra',
  'Förbrukningsmaterial',
  'IT-tjänster',
  'Avfallshantering',
  'Ställningshyra',
];
/** Cost accounts of supplier invoice rows and voucher debit rows. */
const COST_ACCOUNTS = [4010, 4010, 4010, 4600, 4600, 5010, 5410, 5611, 6110, 6540];

/** Runs one generation step, printing its duration. */
async function step(log: (s: string) => void, what: string, fn: () => Promise<unknown>): Promise<void> {
  const t = performance.now();
  await fn();
  log(`  ${what.padEnd(52)} ${((performance.now() - t) / 1000).toFixed(1).padStart(6)} s`);
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
  return createHash('sha256')
    .update(JSON.stringify({ version: DATA_VERSION, seed, sizes }))
    .update(migrations)
    .update(self)
    .digest('hex');
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

  await step(log, 'accounts (revenue 3001/3041/3051, costs, 1930, 2440)', () =>
    q(
      `INSERT INTO "Account" (id, "companyId", number, name, kind, "defaultVatRate", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('acc', a.number), $1, a.number, a.name, a.kind::"AccountKind", 25, timestamptz '2023-01-01', ${audit}
       FROM (VALUES (3001, 'Försäljning inom Sverige, 25 % moms', NULL),
                    (3041, 'Försäljning tjänster inom Sverige, 25 % moms', 'WORK'),
                    (3051, 'Försäljning varor inom Sverige, 25 % moms', 'MATERIAL'),
                    (1930, 'Företagskonto', NULL),
                    (2440, 'Leverantörsskulder', NULL),
                    (4010, 'Inköp material och varor', 'COST'),
                    (4600, 'Legoarbeten och underentreprenader', 'COST'),
                    (5010, 'Lokalhyra', 'COST'),
                    (5410, 'Förbrukningsinventarier', 'COST'),
                    (5611, 'Drivmedel för personbilar', 'COST'),
                    (6110, 'Kontorsmateriel', 'COST'),
                    (6540, 'IT-tjänster', 'COST')) a(number, name, kind)`,
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
                              "statusChangedAt", "finishedAt", description, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('proj', i), $1, (10000 + i - 1)::text, 10000 + i - 1,
              pg_temp.pick($2, pg_temp.rnd('pwork', i)) || ' ' || pg_temp.pick($3, pg_temp.rnd('pstreet', i)) || ' ' || (1 + floor(pg_temp.rnd('pno', i) * 90))::int,
              pg_temp.uid('cust', 1 + floor(pg_temp.rnd('pcust', i) * ${C})::int),
              CASE WHEN pg_temp.rnd('pref', i) < 0.4 THEN pg_temp.pick($4, pg_temp.rnd('preff', i)) || ' ' || pg_temp.pick($5, pg_temp.rnd('prefl', i)) END,
              CASE WHEN pg_temp.rnd('pstart', i) < 0.7 THEN date '2023-01-02' + floor(pg_temp.rnd('pstartd', i) * 700)::int END,
              status, ts, CASE WHEN status >= 90 THEN ts END,
              CASE WHEN pg_temp.rnd('pdesc', i) < 0.5 THEN 'Enligt offert och besiktningsprotokoll.' END,
              ts, ts, ${audit}
       FROM (SELECT i, timestamptz '2023-01-01 08:00+01' + (i * interval '140 minutes') AS ts,
                    (ARRAY[10, 20, 40, 50, 50, 50, 80, 90, 99])[1 + floor(pg_temp.rnd('pstatus', i) * 9)::int] AS status
             FROM generate_series(1, ${P}) i) s`,
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

  await generateRegistersAndLedgers(q, { seed, sizes, companyId, log });
}

type Query = (sql: string, params?: unknown[]) => Promise<unknown>;

/**
 * The data of the other lists a frontend reads: contacts (2–3 per customer, the first the main
 * contact; a private customer's main contact is the customer), suppliers, cost centres, the
 * approving users, supplier invoices with rows and approvals, and vouchers with balanced rows.
 */
async function generateRegistersAndLedgers(q: Query, o: { seed: number; sizes: Sizes; companyId: string; log: (s: string) => void }): Promise<void> {
  const { sizes, companyId, log } = o;
  const { customers: C, projects: P, workOrders: W, changeOrders: CO, suppliers: S, supplierInvoices: SI, vouchers: V, costCentres: CC } = sizes;
  const audit = `'${SIGNATURE}', '${SIGNATURE}'`;
  const ascii = (x: string) => `translate(lower(${x}), 'åäöéü ', 'aaoeu.')`;

  // Contacts j = (customer - 1) × 3 + k, k = 1 (main), 2, 3 (half the customers have a third).
  // Private customers: the main contact is the customer (name and personnummer), the others their
  // household with their own personnummer; 60 % of a private customer's contacts have a property
  // designation (fastighetsbeteckning, for ROT). Company customers' contacts have neither.
  await step(log, 'contacts (2–3 per customer)', () =>
    q(
      `INSERT INTO "Contact" (id, "companyId", "customerId", name, "identityNumber", mobile, phone, email, "propertyDesignation",
                              "isMainContact", "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('contact', x.j), $1, c.id, x.name,
              CASE WHEN c.type = 'PRIVATE' THEN CASE WHEN x.k = 1 THEN c."personalIdentityNumber" ELSE x.pnr END END,
              '07' || (ARRAY['0', '2', '3', '6'])[1 + floor(pg_temp.rnd('ktmob', x.j) * 4)::int] || '-' ||
                lpad(floor(pg_temp.rnd('ktmob2', x.j) * 10000000)::int::text, 7, '0'),
              CASE WHEN c.type = 'COMPANY' AND pg_temp.rnd('ktphone', x.j) < 0.5 THEN c.phone END,
              ${ascii('x.name')} || x.j || '@example.se',
              CASE WHEN c.type = 'PRIVATE' AND pg_temp.rnd('ktprop', x.j) < 0.6
                   THEN upper(c."invoiceCity") || ' ' || upper(pg_temp.pick($4, pg_temp.rnd('kttree', x.i))) || ' ' ||
                        (1 + floor(pg_temp.rnd('ktblock', x.i) * 30))::int || ':' || (1 + floor(pg_temp.rnd('ktunit', x.i) * 400))::int END,
              x.k = 1, c."createdAt" + x.k * interval '1 hour', c."createdAt" + x.k * interval '1 hour', ${audit}
       FROM (
         SELECT i, k, j,
                CASE WHEN k = 1 AND ctype = 'PRIVATE' THEN cname
                     ELSE pg_temp.pick($2, pg_temp.rnd('ktfirst', j)) || ' ' || pg_temp.pick($3, pg_temp.rnd('ktlast', j)) END AS name,
                to_char(birth, 'YYYYMMDD') || serial || pg_temp.luhn(to_char(birth, 'YYMMDD') || serial) AS pnr
         FROM (
           SELECT i, k, (i - 1) * 3 + k AS j, cu.type::text AS ctype, cu.name AS cname,
                  date '1940-01-01' + floor(pg_temp.rnd('ktbirth', (i - 1) * 3 + k) * 22000)::int AS birth,
                  lpad((1 + floor(pg_temp.rnd('ktserial', (i - 1) * 3 + k) * 998))::int::text, 3, '0') AS serial
           FROM generate_series(1, ${C}) i CROSS JOIN generate_series(1, 3) k
           JOIN "Customer" cu ON cu.id = pg_temp.uid('cust', i)
           WHERE k <= 2 + floor(pg_temp.rnd('ktcount', i) * 2)
         ) a
       ) x
       JOIN "Customer" c ON c.id = pg_temp.uid('cust', x.i)`,
      [companyId, FIRST, LAST, TREES],
    ),
  );

  await step(log, `${S.toLocaleString('en')} suppliers, ${CC} cost centres, ${APPROVERS.length} approvers`, async () => {
    await q(
      `INSERT INTO "Supplier" (id, "companyId", number, name, "organisationNumber", "vatNumber", address1, postcode, city, email, phone, bankgiro,
                               "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('sup', i), $1, (100 + i)::text,
              CASE WHEN i <= array_length($2::text[], 1) THEN ($2::text[])[i]
                   ELSE pg_temp.pick($3, pg_temp.rnd('slast', i)) || 's ' || pg_temp.pick($4, pg_temp.rnd('strade', i)) || ' ' ||
                        pg_temp.pick($5, pg_temp.rnd('sform', i)) END,
              o9 || pg_temp.luhn(o9), 'SE' || o9 || pg_temp.luhn(o9) || '01',
              pg_temp.pick($6, pg_temp.rnd('sstreet', i)) || ' ' || (1 + floor(pg_temp.rnd('sno', i) * 90))::int,
              lpad((10000 + floor(pg_temp.rnd('spost', i) * 89999))::int::text, 5, '0'),
              pg_temp.pick($7, pg_temp.rnd('scity', i)),
              'faktura' || (100 + i) || '@leverantor.example.se',
              '0' || (10 + floor(pg_temp.rnd('sphone', i) * 80))::int || '-' || lpad(floor(pg_temp.rnd('sphone2', i) * 1000000)::int::text, 6, '0'),
              (100 + floor(pg_temp.rnd('sbg', i) * 9800))::int || '-' || lpad(floor(pg_temp.rnd('sbg2', i) * 10000)::int::text, 4, '0'),
              ts, ts, ${audit}
       FROM (SELECT i, '55' || lpad(floor(pg_temp.rnd('sorg', i) * 10000000)::int::text, 7, '0') AS o9,
                    timestamptz '2022-12-01 08:00+01' + i * interval '1 hour' AS ts
             FROM generate_series(1, ${S}) i) s`,
      [companyId, SUPPLIER_NAMES, LAST, TRADES, FORMS, STREETS, CITIES],
    );
    await q(
      `INSERT INTO "CostCentre" (id, "companyId", code, name, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('cc', i), $1, (100 + i * 10)::text, ($2::text[])[1 + (i - 1) % 5] || ' ' || ($3::text[])[1 + ((i - 1) / 5) % 16],
              timestamptz '2022-12-01 08:00+01', timestamptz '2022-12-01 08:00+01', ${audit}
       FROM generate_series(1, ${CC}) i`,
      [companyId, DEPARTMENTS, CITIES],
    );
    await q(
      `INSERT INTO "User" (id, "companyId", name, email, signature, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('user', k), $1, a.name, a.email, a.signature, timestamptz '2022-12-01 08:00+01', timestamptz '2022-12-01 08:00+01', ${audit}
       FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY a(name, email, signature, k)`,
      [companyId, APPROVERS.map((a) => a.name), APPROVERS.map((a) => a.email), APPROVERS.map((a) => a.signature)],
    );
  });

  // Supplier invoices: dates rising with i over two years; 1–5 rows each; older ones approved more
  // often (two approvals by two different approvers; a pending one has none or one), 4 % disputed.
  await step(log, `${SI.toLocaleString('en')} supplier invoices (staging)`, () =>
    q(
      `CREATE TEMP TABLE _si AS
       SELECT i, pg_temp.uid('si', i) AS id, pg_temp.uid('sup', 1 + floor(pg_temp.rnd('sisup', i) * ${S})::int) AS supplier_id,
              (200000 + i * 7 + floor(pg_temp.rnd('sino', i) * 7))::int::text AS invoice_number, d AS invoice_date,
              CASE WHEN pg_temp.rnd('sidue', i) < 0.97 THEN d + (ARRAY[10, 15, 20, 30, 30, 30])[1 + floor(pg_temp.rnd('siterm', i) * 6)::int] END AS due_date,
              1 + floor(pg_temp.rnd('sin', i) * 5)::int AS nrows,
              pg_temp.rnd('sistat', i) < 0.3 + 0.65 * (1 - (i - 0.5) / ${SI}) AS approved,
              pg_temp.rnd('sidisp', i) < 0.04 AS disputed,
              CASE WHEN pg_temp.rnd('sipart', i) < 0.3 THEN 1 ELSE 0 END AS pending_approvals,
              floor(pg_temp.rnd('siapp1', i) * ${APPROVERS.length})::int AS a1, floor(pg_temp.rnd('siapp2', i) * ${APPROVERS.length - 1})::int AS a2,
              d + time '09:00' + ((i * 13) % 480) * interval '1 minute' AS created_at
       FROM (SELECT i, date '2023-01-02' + floor((i - 1) * 730.0 / ${SI})::int AS d FROM generate_series(1, ${SI}) i) s`,
    ),
  );
  // Rows j = (invoice - 1) × 5 + position: 25 % on a work order (and its project), 10 % on a change
  // order (and its project), 25 % on a project alone; 20 % on a cost centre; VAT 25 % mostly.
  await step(log, 'supplier invoice rows (staging)', () =>
    q(
      `CREATE TEMP TABLE _sir AS
       SELECT r.si, r.pos, r.j, r.account, r.amount, r.vat_rate, r.wo_id, r.co_id, r.cc_id, r.description,
              COALESCE(w."projectId", c."projectId", r.proj_id) AS project_id
       FROM (
         SELECT x.i AS si, pos, j,
                ($1::int[])[1 + floor(pg_temp.rnd('siracc', j) * array_length($1::int[], 1))::int] AS account,
                round((150 + pg_temp.rnd('siramt', j) ^ 2 * 40000)::numeric, 2) AS amount,
                CASE WHEN rv < 0.9 THEN 25 WHEN rv < 0.94 THEN 12 WHEN rv < 0.96 THEN 6 ELSE 0 END AS vat_rate,
                CASE WHEN rk < 0.25 THEN pg_temp.uid('wo', 1 + floor(pg_temp.rnd('sirwo', j) * ${W})::int) END AS wo_id,
                CASE WHEN rk >= 0.25 AND rk < 0.35 THEN pg_temp.uid('co', 1 + floor(pg_temp.rnd('sirco', j) * ${CO})::int) END AS co_id,
                CASE WHEN rk >= 0.35 AND rk < 0.6 THEN pg_temp.uid('proj', 1 + floor(pg_temp.rnd('sirproj', j) * ${P})::int) END AS proj_id,
                CASE WHEN pg_temp.rnd('sircc', j) < 0.2 THEN pg_temp.uid('cc', 1 + floor(pg_temp.rnd('sirccn', j) * ${CC})::int) END AS cc_id,
                CASE WHEN pg_temp.rnd('sirdesc', j) < 0.3 THEN pg_temp.pick($2, pg_temp.rnd('sirdesc2', j)) END AS description
         FROM (SELECT h.i, pos, (h.i - 1) * 5 + pos AS j, pg_temp.rnd('sirkind', (h.i - 1) * 5 + pos) AS rk, pg_temp.rnd('sirvat', (h.i - 1) * 5 + pos) AS rv
               FROM _si h CROSS JOIN generate_series(1, 5) pos WHERE pos <= h.nrows OFFSET 0) x
       ) r
       LEFT JOIN "WorkOrder" w ON w.id = r.wo_id
       LEFT JOIN "ChangeOrder" c ON c.id = r.co_id`,
      [COST_ACCOUNTS, MATERIAL],
    ),
  );
  await step(log, `${SI.toLocaleString('en')} supplier invoices, rows, approvals`, async () => {
    await q(
      `INSERT INTO "SupplierInvoice" (id, "companyId", "supplierId", "invoiceNumber", "invoiceDate", "dueDate", net, vat, total, ocr, status,
                                      "approvedAt", disputed, "disputeReason", "disputedAt", "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT h.id, $1, h.supplier_id, h.invoice_number, h.invoice_date, h.due_date, t.net, t.vat, t.net + t.vat,
              CASE WHEN pg_temp.rnd('siocr', h.i) < 0.7 THEN (100000000 + h.i * 37)::text END,
              (CASE WHEN h.approved THEN 'APPROVED' ELSE 'PENDING' END)::"SupplierInvoiceStatus",
              CASE WHEN h.approved THEN h.created_at + interval '2 days 3 hours' END,
              h.disputed, CASE WHEN h.disputed THEN 'Felaktigt antal enligt följesedel' END, CASE WHEN h.disputed THEN h.created_at + interval '1 day' END,
              h.created_at, h.created_at, ${audit}
       FROM _si h
       JOIN (SELECT si, sum(amount) AS net, sum(round(amount * vat_rate / 100, 2)) AS vat FROM _sir GROUP BY si) t ON t.si = h.i`,
      [companyId],
    );
    await q(
      `INSERT INTO "SupplierInvoiceRow" (id, "companyId", "supplierInvoiceId", position, "accountNumber", "projectId", "workOrderId", "changeOrderId",
                                         "costCentreId", amount, "vatRate", description, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('sir', r.j), $1, h.id, r.pos, r.account, r.project_id, r.wo_id, r.co_id, r.cc_id, r.amount, r.vat_rate, r.description,
              h.created_at, h.created_at, ${audit}
       FROM _sir r JOIN _si h ON h.i = r.si
       ORDER BY r.j`,
      [companyId],
    );
    // Approval n (1, 2) by approver a1, then another one: (a1 + 1 + a2) mod the approvers.
    await q(
      `INSERT INTO "SupplierInvoiceApproval" (id, "companyId", "supplierInvoiceId", "userId", "approvedAt", "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('siapp', (h.i - 1) * 2 + n), $1, h.id, pg_temp.uid('user', 1 + u), at, at, at, ($2::text[])[1 + u], ($2::text[])[1 + u]
       FROM (SELECT h.*, n, CASE WHEN n = 1 THEN h.a1 ELSE (h.a1 + 1 + h.a2) % ${APPROVERS.length} END AS u,
                    h.created_at + n * interval '1 day' + (n + 1) * interval '1 hour' AS at
             FROM _si h CROSS JOIN generate_series(1, 2) n
             WHERE n <= CASE WHEN h.approved THEN 2 ELSE h.pending_approvals END) h`,
      [companyId, APPROVERS.map((a) => a.signature)],
    );
    await q('DROP TABLE _sir; DROP TABLE _si');
  });

  // Vouchers: series A (70 %, supplier invoices and costs, credit 2440) and B (bank, credit 1930),
  // numbered from 1 per series and year, dates rising with i over two years. Rows 1 … n-1 debit a
  // cost account (a quarter on a work order, a quarter more on a project alone), row n credits
  // their sum, so every voucher balances.
  await step(log, `${V.toLocaleString('en')} vouchers (staging)`, () =>
    q(
      `CREATE TEMP TABLE _v AS
       SELECT i, pg_temp.uid('ver', i) AS id, series, d, nrows, description,
              row_number() OVER (PARTITION BY series, extract(year FROM d) ORDER BY i) AS number
       FROM (SELECT i, CASE WHEN pg_temp.rnd('vser', i) < 0.7 THEN 'A' ELSE 'B' END AS series,
                    date '2023-01-02' + floor((i - 1) * 730.0 / ${V})::int AS d,
                    2 + floor(pg_temp.rnd('vn', i) * 5)::int AS nrows,
                    CASE WHEN pg_temp.rnd('vdesc', i) < 0.9 THEN pg_temp.pick($1, pg_temp.rnd('vdesc2', i)) || ' ' || i END AS description
             FROM generate_series(1, ${V}) i) s`,
      [VOUCHER_TEXTS],
    ),
  );
  await step(log, 'voucher rows (staging)', () =>
    q(
      `CREATE TEMP TABLE _vr AS
       SELECT x.v, x.k, x.j, x.account, x.debit, x.wo_id, COALESCE(w."projectId", x.proj_id) AS project_id
       FROM (
         SELECT v.i AS v, k, (v.i - 1) * 6 + k AS j,
                ($1::int[])[1 + floor(pg_temp.rnd('vracc', (v.i - 1) * 6 + k) * array_length($1::int[], 1))::int] AS account,
                round((100 + pg_temp.rnd('vramt', (v.i - 1) * 6 + k) ^ 2 * 30000)::numeric, 2) AS debit,
                CASE WHEN pg_temp.rnd('vrkind', (v.i - 1) * 6 + k) < 0.25 THEN pg_temp.uid('wo', 1 + floor(pg_temp.rnd('vrwo', (v.i - 1) * 6 + k) * ${W})::int) END AS wo_id,
                CASE WHEN pg_temp.rnd('vrkind', (v.i - 1) * 6 + k) BETWEEN 0.25 AND 0.5
                     THEN pg_temp.uid('proj', 1 + floor(pg_temp.rnd('vrproj', (v.i - 1) * 6 + k) * ${P})::int) END AS proj_id
         FROM _v v CROSS JOIN generate_series(1, 5) k WHERE k < v.nrows
       ) x
       LEFT JOIN "WorkOrder" w ON w.id = x.wo_id`,
      [COST_ACCOUNTS],
    ),
  );
  await step(log, `${V.toLocaleString('en')} vouchers and their rows`, async () => {
    await q(
      `INSERT INTO "Voucher" (id, "companyId", source, "remoteId", series, number, "transactionDate", description, "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT id, $1, 'manual', extract(year FROM d) || '/' || series || '/' || number, series, number, d, description,
              d + time '18:00', d + time '18:00', ${audit}
       FROM _v`,
      [companyId],
    );
    await q(
      `INSERT INTO "VoucherRow" (id, "companyId", "voucherId", "rowIndex", "accountNumber", debit, credit, "projectId", "workOrderId",
                                 "createdAt", "updatedAt", "createdBy", "updatedBy")
       SELECT pg_temp.uid('vr', r.j), $1::uuid, v.id, r.k, r.account, r.debit, 0, r.project_id, r.wo_id, v.d + time '18:00', v.d + time '18:00', ${audit}
       FROM _vr r JOIN _v v ON v.i = r.v
       UNION ALL
       SELECT pg_temp.uid('vr', (v.i - 1) * 6 + v.nrows), $1::uuid, v.id, v.nrows, CASE WHEN v.series = 'A' THEN 2440 ELSE 1930 END, 0, t.total, NULL, NULL,
              v.d + time '18:00', v.d + time '18:00', ${audit}
       FROM _v v JOIN (SELECT v, sum(debit) AS total FROM _vr GROUP BY v) t ON t.v = v.i`,
      [companyId],
    );
    await q('DROP TABLE _vr; DROP TABLE _v');
  });
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
               ON l."invoiceId" = i.id WHERE i.subtotal <> l.s OR i.total <> i.subtotal + i."vatAmount") AS "badSubtotals",
            (SELECT count(*) FROM "Supplier" WHERE "companyId" = $1) AS suppliers,
            (SELECT count(*) FROM "CostCentre" WHERE "companyId" = $1) AS "costCentres",
            (SELECT count(*) FROM "SupplierInvoice" WHERE "companyId" = $1) AS "supplierInvoices",
            (SELECT count(*) FROM "Voucher" WHERE "companyId" = $1) AS vouchers,
            (SELECT count(*) FROM "Contact" WHERE "companyId" = $1) AS contacts,
            (SELECT count(*) FROM "SupplierInvoiceRow" WHERE "companyId" = $1) AS "supplierInvoiceRows",
            (SELECT count(*) FROM "SupplierInvoiceApproval" WHERE "companyId" = $1) AS approvals,
            (SELECT count(*) FROM "VoucherRow" WHERE "companyId" = $1) AS "voucherRows",
            (SELECT count(*) FROM "User" WHERE "companyId" = $1) AS users,
            (SELECT count(*) FROM "Customer" c LEFT JOIN (SELECT "customerId", count(*) AS n, count(*) FILTER (WHERE "isMainContact") AS main
                                                         FROM "Contact" WHERE "companyId" = $1 GROUP BY 1) k ON k."customerId" = c.id
               WHERE c."companyId" = $1 AND (k.n IS NULL OR k.n NOT BETWEEN 2 AND 3 OR k.main <> 1)) AS "badContacts",
            (SELECT count(*) FROM "SupplierInvoice" i
               LEFT JOIN (SELECT "supplierInvoiceId", count(*) AS n, sum(amount) AS net, sum(round(amount * "vatRate" / 100, 2)) AS vat
                          FROM "SupplierInvoiceRow" WHERE "companyId" = $1 GROUP BY 1) r ON r."supplierInvoiceId" = i.id
               LEFT JOIN (SELECT "supplierInvoiceId", count(*) AS n FROM "SupplierInvoiceApproval" WHERE "companyId" = $1 GROUP BY 1) a
                 ON a."supplierInvoiceId" = i.id
               WHERE i."companyId" = $1 AND (r.n IS NULL OR r.n NOT BETWEEN 1 AND 5 OR i.net <> r.net OR i.vat <> r.vat OR i.total <> i.net + i.vat
                     OR (i.status = 'APPROVED') <> (COALESCE(a.n, 0) = 2) OR (i.status = 'APPROVED') <> (i."approvedAt" IS NOT NULL))) AS "badSupplierInvoices",
            (SELECT count(*) FROM "SupplierInvoiceRow" r LEFT JOIN "WorkOrder" w ON w.id = r."workOrderId" LEFT JOIN "ChangeOrder" c ON c.id = r."changeOrderId"
               WHERE r."companyId" = $1 AND r."projectId" IS DISTINCT FROM COALESCE(w."projectId", c."projectId", r."projectId")) AS "badRowProjects",
            (SELECT count(*) FROM "Voucher" v
               LEFT JOIN (SELECT "voucherId", count(*) AS n, sum(debit) AS d, sum(credit) AS c FROM "VoucherRow" WHERE "companyId" = $1 GROUP BY 1) r
                 ON r."voucherId" = v.id
               WHERE v."companyId" = $1 AND (r.n IS NULL OR r.n NOT BETWEEN 2 AND 6 OR r.d <> r.c)) AS "badVouchers"`,
    [companyId],
  );
  const r = rows[0]!;
  const wrong = Object.entries(sizes)
    .filter(([k, v]) => Number(r[k]) !== v)
    .map(([k, v]) => `${k}: ${r[k]} (expected ${v})`);
  const between = (k: string, lo: number, hi: number) => {
    if (!(Number(r[k]) >= lo && Number(r[k]) <= hi)) wrong.push(`${k}: ${r[k]} (expected ${lo}–${hi})`);
  };
  between('contacts', 2 * sizes.customers, 3 * sizes.customers);
  between('supplierInvoiceRows', sizes.supplierInvoices, 5 * sizes.supplierInvoices);
  between('approvals', 0, 2 * sizes.supplierInvoices);
  between('voucherRows', 2 * sizes.vouchers, 6 * sizes.vouchers);
  if (Number(r.users) !== 1 + APPROVERS.length) wrong.push(`users: ${r.users} (expected ${1 + APPROVERS.length})`);
  if (r.badSubtotals !== '0') wrong.push(`${r.badSubtotals} invoices whose subtotal is not the sum of their lines`);
  if (r.badContacts !== '0') wrong.push(`${r.badContacts} customers without 2–3 contacts and exactly one main contact`);
  if (r.badSupplierInvoices !== '0')
    wrong.push(
      `${r.badSupplierInvoices} supplier invoices with 0 or over 5 rows, net/VAT/total not from the rows, or a status that does not match the approvals`,
    );
  if (r.badRowProjects !== '0') wrong.push(`${r.badRowProjects} supplier invoice rows whose project is not their work order's or change order's`);
  if (r.badVouchers !== '0') wrong.push(`${r.badVouchers} vouchers with fewer than 2 or more than 6 rows or unbalanced`);
  if (wrong.length) throw new Error(`generated data is not as expected: ${wrong.join('; ')}`);
}

function describe(s: Sizes): string {
  const n = (x: number) => x.toLocaleString('en');
  return (
    `${n(s.customers)} customers (2–3 contacts each), ${n(s.projects)} projects, ${n(s.workOrders)} work orders, ${n(s.changeOrders)} change orders, ` +
    `${n(s.invoices)} invoices, ${n(s.invoiceLines)} lines, ${n(s.revenueLines)} revenue lines, ${n(s.suppliers)} suppliers, ${n(s.costCentres)} cost centres, ` +
    `${n(s.supplierInvoices)} supplier invoices (1–5 rows), ${n(s.vouchers)} vouchers (2–6 rows)`
  );
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
