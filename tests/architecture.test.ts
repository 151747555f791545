// Rules of the house that code review alone would miss.
import { existsSync, globSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../src/scripts/print-schema.js';
import { DATABASE_INDEPENDENT, OPENS_TEST_DATABASE } from './setup/database-independent.js';
import { ISOLATED, NEEDS_ISOLATION } from './setup/isolation.js';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string, ext = '.ts'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

const IMPORT_RE = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm;

/** Every module specifier a file imports or re-exports (type-only imports included). */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT_RE)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** The workspace packages' entry points in this repository: specifier → source file (tsconfig.json's paths). */
function workspaceEntries(): Map<string, string> {
  const tsconfig = readFileSync(join(ROOT, 'tsconfig.json'), 'utf8').replace(/^\s*\/\/.*$/gm, '');
  const paths = (JSON.parse(tsconfig) as { compilerOptions: { paths: Record<string, string[]> } }).compilerOptions.paths;
  return new Map(Object.entries(paths).map(([name, [target]]) => [name, join(ROOT, target!)]));
}
const WORKSPACE = workspaceEntries();

/** The repository file a specifier names (relative TypeScript sources imported as .js, or a workspace package), or null. */
function resolveImport(from: string, spec: string): string | null {
  if (WORKSPACE.has(spec)) return WORKSPACE.get(spec)!;
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Source folders of the import graph: the application, the workspace packages and the connectors. */
const GRAPH_ROOTS = ['src', ...readdirSync(join(ROOT, 'packages')).map((d) => join('packages', d, 'src')), 'connectors'];

/** Every .ts file under the graph roots (the generated Prisma client left out) with the repository files it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of GRAPH_ROOTS.flatMap((r) => files(join(ROOT, r))).filter((f) => !f.includes(`${join('src', 'generated')}`))) {
    graph.set(
      relative(ROOT, f),
      importsOf(f).flatMap((spec) => {
        const target = resolveImport(f, spec);
        return target ? [relative(ROOT, target)] : [];
      }),
    );
  }
  return graph;
}

/** The strongly connected components (import cycles) of the graph with more than one file (Tarjan). */
function cycles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc);
    }
  };
  for (const v of graph.keys()) if (!idx.has(v)) visit(v);
  return out;
}

/** The files `from` reaches through imports (itself included), with the path to each. */
function reach(graph: Map<string, string[]>, from: string): Map<string, string[]> {
  const paths = new Map<string, string[]>([[from, [from]]]);
  const queue = [from];
  while (queue.length) {
    const f = queue.shift()!;
    for (const next of graph.get(f) ?? []) {
      if (paths.has(next)) continue;
      paths.set(next, [...paths.get(f)!, next]);
      queue.push(next);
    }
  }
  return paths;
}

/**
 * Which module owns (alone writes) each Prisma model: the folder under src/modules whose
 * service holds its rules. Other code asks that module's service.
 */
const TABLE_OWNERS: Record<string, string> = {
  customer: 'customers',
  contact: 'customers',
  customFieldDefinition: 'customers',
  project: 'projects',
  workOrder: 'projects',
  changeOrder: 'projects',
  projectStatus: 'projects',
  invoice: 'invoices',
  invoiceLine: 'invoices',
  invoiceBuyer: 'invoices',
  invoiceLineWorkType: 'invoices',
  invoiceStatus: 'invoices',
  invoiceRevenueLine: 'revenue',
  invoiceAccountingRow: 'revenue',
  revenueDimension: 'revenue',
  revenuePostingRule: 'revenue',
  supplierInvoice: 'supplier-invoices',
  supplierInvoiceRow: 'supplier-invoices',
  supplierInvoiceApproval: 'supplier-invoices',
  account: 'registers',
  costCentre: 'registers',
  supplier: 'registers',
  paymentTerm: 'registers',
  voucher: 'registers',
  voucherRow: 'registers',
  voucherFile: 'registers',
  document: 'documents',
  documentFolder: 'documents',
  notification: 'notifications',
  invoiceDelivery: 'invoice-distribution',
  session: 'auth',
  sessionRefresh: 'auth',
  loginChallenge: 'auth',
  recoveryCode: 'auth',
  invite: 'auth',
  event: 'events',
  tombstone: 'sync',
  webhookEndpoint: 'webhooks',
  webhookDelivery: 'webhooks',
  webhookAttempt: 'webhooks',
};

/** Writes outside the owner that are part of the design: a new company's default registers, the customer import, a deleted contact leaving its projects. */
const TABLE_WRITES_ALLOWED = new Set([
  'src/modules/companies/bootstrap.ts invoiceStatus',
  'src/modules/companies/bootstrap.ts paymentTerm',
  'src/modules/companies/bootstrap.ts projectStatus',
  'src/modules/customer-import/customer-rows.ts customer',
  'src/modules/customer-import/contact-rows.ts contact',
  'src/modules/customers/service.ts project',
]);

const WRITE_RE = /\.\s*(\w+)\s*\.\s*(?:create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)\s*\(/g;

/** "file model" for every write of a module-owned model outside its module (comments ignored). */
function foreignTableWrites(): string[] {
  const out = new Set<string>();
  for (const f of files(join(ROOT, 'src')).filter((f) => !f.includes(join('src', 'generated')))) {
    const rel = relative(ROOT, f);
    const src = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    for (const m of src.matchAll(WRITE_RE)) {
      const owner = TABLE_OWNERS[m[1]!];
      if (!owner || rel.startsWith(`src/modules/${owner}/`)) continue;
      const key = `${rel} ${m[1]}`;
      if (!TABLE_WRITES_ALLOWED.has(key)) out.add(key);
    }
  }
  return [...out].sort();
}

/**
 * The imports across modules that bypass the public index: a pure rules file using another
 * module's pure rules imports that file itself, since the index also carries the module's service
 * and GraphQL types, which a rules file may not reach.
 */
const CROSS_MODULE_IMPORTS_ALLOWED = new Set([
  'src/modules/registers/rules.ts src/modules/customers/rules.ts',
  'src/modules/revenue/rules.ts src/modules/invoices/amounts.ts',
]);

const FAKE_SERVER = /(^|\/)connectors\/[^/]+\/fake(\/|$)/;

describe('architecture', () => {
  it('every test file that replaces a module or a global, or measures the process’s memory, runs in a module graph of its own', () => {
    const all = ['tests/**/*.test.ts', 'connectors/**/*.test.ts', 'packages/*/test/**/*.test.ts'].flatMap((g) => globSync(g, { cwd: ROOT }));
    const needing = all.filter((f) => NEEDS_ISOLATION.test(readFileSync(join(ROOT, f), 'utf8'))).sort();
    expect(needing).toEqual([...ISOLATED].sort());
    expect(needing.length).toBeGreaterThan(0);
  });

  it('the test files left out of the database-only run never open the test database', () => {
    const independent = DATABASE_INDEPENDENT.flatMap((g) => globSync(g, { cwd: ROOT })).filter((f) => f.endsWith('.test.ts'));
    // Every pattern names real test files (the list is not stale), and the rule is checked on them.
    for (const g of DATABASE_INDEPENDENT)
      expect(
        globSync(g, { cwd: ROOT }).some((f) => f.endsWith('.test.ts')),
        g,
      ).toBe(true);
    expect(independent.length).toBeGreaterThan(30);
    expect(independent.filter((f) => OPENS_TEST_DATABASE.test(readFileSync(join(ROOT, f), 'utf8')))).toEqual([]);
    // The marker does find the files that do open it.
    expect(OPENS_TEST_DATABASE.test(readFileSync(join(ROOT, 'tests/graphql/customers.test.ts'), 'utf8'))).toBe(true);
  });

  it('schema.graphql is the printed schema (run `npm run schema:print`)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printedSchema());
  });

  it('connectors reach this system only through the connector SDK (never Prisma or src/modules)', () => {
    const importRe = /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
    const offenders: string[] = [];
    for (const f of files(join(ROOT, 'connectors'))) {
      for (const m of readFileSync(f, 'utf8').matchAll(importRe)) {
        const spec = m[1] ?? m[2]!;
        const bad =
          /(^|\/)(@prisma|prisma)(\/|$)|generated\/prisma/.test(spec) ||
          /(^|\/)src\//.test(spec) ||
          (spec.startsWith('.') && !resolve(dirname(f), spec).startsWith(join(ROOT, 'connectors')));
        if (bad) offenders.push(`${relative(ROOT, f)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
    // The rule is checked on real files, not vacuously.
    expect(files(join(ROOT, 'connectors')).length).toBeGreaterThan(3);
  });

  it('modules reach the database only through the tenant-scoped client', () => {
    // The base client decides the tenant only when authenticating a token, resolving a login
    // credential (an e-mail with its password, a refresh, challenge, reset or invitation token)
    // or creating a company.
    const allowed = new Set([
      'src/modules/auth/authenticate.ts',
      'src/modules/auth/credentials.ts',
      'src/modules/companies/bootstrap.ts',
      'src/modules/companies/first-start.ts',
      // The oldest open transaction (no tenant's rows) and the daily pruning across companies.
      'src/modules/sync/database.ts',
      // The daily pruning of the login data across companies.
      'src/modules/auth/prune.ts',
    ]);
    const offenders = files(join(ROOT, 'src/modules'))
      .map((f) => relative(ROOT, f))
      .filter((f) => !allowed.has(f))
      .filter((f) => {
        const src = readFileSync(join(ROOT, f), 'utf8');
        return /\bPrismaClient\b/.test(src) || /db\/client\.js/.test(src) || /\$queryRaw|\$executeRaw/.test(src);
      });
    expect(offenders).toEqual([]);
  });

  it('every tenant-owned model carries companyId and a composite key for references', () => {
    const prisma = readFileSync(join(ROOT, 'prisma/schema.prisma'), 'utf8');
    const models = [...prisma.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)];
    for (const [, name, body] of models) {
      // The tenant itself, the rate-limit buckets every instance shares (keyed by token id or
      // client address, written only by the rate limiter) and the run leases (keyed by connection,
      // written only by the run engine's locks); the last two are unreachable through the tenant scope.
      if (name === 'Company' || name === 'RateLimitBucket' || name === 'RunLease') continue;
      expect(body, name).toMatch(/\bcompanyId\s+String\b/);
      // References to other tenant rows go through (companyId, x).
      for (const rel of body!.matchAll(/@relation\(fields: \[([^\]]+)\], references: \[([^\]]+)\]/g)) {
        if (rel[2] === 'id' && rel[1] === 'companyId') continue;
        expect(rel[1], `${name}: ${rel[0]}`).toMatch(/^companyId, /);
      }
    }
  });

  it('only the demo script imports a connector fake server, and `npm start` cannot reach one', () => {
    const demo = 'src/scripts/demo.ts';
    const offenders = files(join(ROOT, 'src'))
      .filter((f) => relative(ROOT, f) !== demo)
      .flatMap((f) =>
        importsOf(f)
          .filter((spec) => FAKE_SERVER.test(spec))
          .map((spec) => `${relative(ROOT, f)} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
    // The rule is checked on real imports, not vacuously.
    expect(new Set(importsOf(join(ROOT, demo)).filter((spec) => FAKE_SERVER.test(spec))).size).toBe(2);

    // Everything `npm start` loads: src/server.ts and what it imports (the built-in connectors
    // through connectors/index.ts among them), followed import by import.
    const roots = [join(ROOT, 'src/server.ts')];
    const reached = new Set<string>();
    const queue = [...roots];
    while (queue.length) {
      const f = queue.pop()!;
      if (reached.has(f)) continue;
      reached.add(f);
      for (const spec of importsOf(f)) {
        const next = resolveImport(f, spec);
        if (next && /\.ts$/.test(next)) queue.push(next);
      }
    }
    const names = [...reached].map((f) => relative(ROOT, f));
    expect(names.filter((f) => FAKE_SERVER.test(f) || f === demo || f === 'src/scripts/mail-sink.ts')).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining([
        'src/start.ts',
        'src/app.ts',
        'src/integration/runtime/notifier.ts',
        'connectors/fortnox/index.ts',
        'connectors/fortnox/client.ts',
      ]),
    );
  });

  it('the connector SDK package imports only its own files, its declared dependencies and Node built-ins', () => {
    const dir = join(ROOT, 'packages/connector-sdk');
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
      peerDependencies: Record<string, string>;
    };
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies)]);
    const sources = files(join(dir, 'src'));
    const offenders = sources.flatMap((f) =>
      importsOf(f)
        .filter((spec) =>
          spec.startsWith('.')
            ? !resolve(dirname(f), spec).startsWith(join(dir, 'src'))
            : !spec.startsWith('node:') &&
              !declared.has(
                spec
                  .split('/')
                  .slice(0, spec.startsWith('@') ? 2 : 1)
                  .join('/'),
              ),
        )
        .map((spec) => `${relative(ROOT, f)} imports ${spec}`),
    );
    expect(offenders).toEqual([]);
    expect(sources.length).toBeGreaterThan(10);
  });

  it('the integration runtime and SDK import nothing from src/modules, not even through another file', () => {
    const graph = importGraph();
    const integration = [...graph.keys()].filter((f) => f.startsWith('src/integration/') || f.startsWith('packages/connector-sdk/'));
    // Direct imports, also of files that do not exist (yet).
    const direct = integration.flatMap((f) =>
      importsOf(join(ROOT, f))
        .filter((spec) => spec.startsWith('.') && relative(ROOT, resolve(dirname(join(ROOT, f)), spec)).startsWith('src/modules/'))
        .map((spec) => `${f} imports ${spec}`),
    );
    expect(direct).toEqual([]);
    const indirect = integration.flatMap((f) => [...reach(graph, f)].filter(([to]) => to.startsWith('src/modules/')).map(([, path]) => path.join(' → ')));
    expect(indirect.slice(0, 5)).toEqual([]);
    expect(integration.length).toBeGreaterThan(10);
  });

  it('src/graphql (builder, context, scalars, shared types) imports nothing from src/modules, not even through another file; the schema is assembled in src/schema.ts', () => {
    const graph = importGraph();
    const graphql = [...graph.keys()].filter((f) => f.startsWith('src/graphql/'));
    const reached = graphql.flatMap((f) => [...reach(graph, f)].filter(([to]) => to.startsWith('src/modules/')).map(([, path]) => path.join(' → ')));
    expect(reached.slice(0, 5)).toEqual([]);
    expect(graphql.length).toBeGreaterThan(5);
    expect(graph.get('src/schema.ts')?.some((t) => t.startsWith('src/modules/'))).toBe(true);
  });

  it('rule files are pure: no rules.ts reaches a service, the database, GraphQL, HTTP or I/O, not even through another file', () => {
    const graph = importGraph();
    const rules = [...graph.keys()].filter((f) => /^src\/modules\/[^/]+\/rules\.ts$/.test(f));
    const forbidden =
      /^src\/db\/|service\.ts$|graphql\.ts$|^src\/graphql\/|^src\/http\/|\/http\.ts$|^src\/integration\/|^packages\/connector-sdk\/src\/(http\/|index\.ts$)/;
    const reached = rules.flatMap((f) => [...reach(graph, f)].filter(([to]) => forbidden.test(to)).map(([, path]) => path.join(' → ')));
    expect(reached).toEqual([]);
    const io = rules.flatMap((f) =>
      importsOf(join(ROOT, f))
        .filter((spec) => /^node:(fs|net|http|https|child_process|dgram)/.test(spec))
        .map((spec) => `${f} imports ${spec}`),
    );
    expect(io).toEqual([]);
    expect(rules.length).toBeGreaterThanOrEqual(6);
  });

  it('no import cycle runs through both src/modules and src/integration', () => {
    const mixed = cycles(importGraph()).filter((c) => c.some((f) => f.startsWith('src/modules/')) && c.some((f) => f.startsWith('src/integration/')));
    expect(mixed).toEqual([]);
  });

  it("modules reach src/integration only through the runtime's port declaration (and the SDK by its package name)", () => {
    const allowed = /^src\/integration\/runtime\/ports\.ts$/;
    const offenders = [...importGraph()]
      .filter(([f]) => f.startsWith('src/modules/'))
      .flatMap(([f, targets]) => targets.filter((t) => t.startsWith('src/integration/') && !allowed.test(t)).map((t) => `${f} imports ${t}`));
    expect(offenders).toEqual([]);
  });

  it('modules import another module only through its public index', () => {
    // A file in src/modules/A/ imports a file of src/modules/B/ (B ≠ A) only as src/modules/B/index.ts,
    // type-only imports included. The files directly under src/modules (ports.ts, port-helpers.ts,
    // validation.ts) are shared module infrastructure: every module may import them, and they
    // import a module only through its index too. Code outside src/modules is not bound by this.
    const moduleOf = (f: string) => /^src\/modules\/([^/]+)\//.exec(f)?.[1] ?? null;
    const graph = importGraph();
    const sources = [...graph.keys()].filter((f) => f.startsWith('src/modules/'));
    const crossing = sources.flatMap((f) =>
      graph
        .get(f)!
        .filter((t) => moduleOf(t) !== null && moduleOf(t) !== moduleOf(f))
        .map((t) => `${f} ${t}`),
    );
    // A module's port.ts (its slice of the connector ports) is its face to connectors, assembled only in src/modules/ports.ts.
    const portAssembly = (e: string) => /^src\/modules\/ports\.ts src\/modules\/[^/]+\/port\.ts$/.test(e);
    const offenders = crossing.filter((e) => !/ src\/modules\/[^/]+\/index\.ts$/.test(e) && !CROSS_MODULE_IMPORTS_ALLOWED.has(e) && !portAssembly(e));
    expect(offenders).toEqual([]);
    // Every allowed exception is a real import, so none outlives its reason.
    expect([...CROSS_MODULE_IMPORTS_ALLOWED].filter((e) => !crossing.includes(e))).toEqual([]);
    // Each module has an index, which names what it exports (no `export *`).
    const modules = readdirSync(join(ROOT, 'src/modules')).filter((d) => statSync(join(ROOT, 'src/modules', d)).isDirectory());
    expect(modules.filter((m) => !graph.has(`src/modules/${m}/index.ts`))).toEqual([]);
    expect(modules.filter((m) => /export\s*\*/.test(readFileSync(join(ROOT, 'src/modules', m, 'index.ts'), 'utf8')))).toEqual([]);
    // The rule is checked on real imports, not vacuously.
    expect(crossing.length).toBeGreaterThan(20);
    expect(modules.length).toBeGreaterThanOrEqual(10);
  });

  it("no file outside a module writes that module's tables (the runtime included): it asks the module's service", () => {
    expect(foreignTableWrites()).toEqual([]);
    // The rule sees real writes, not vacuously: the owners' own writes match the pattern.
    const own = readFileSync(join(ROOT, 'src/modules/invoices/service.ts'), 'utf8');
    expect([...own.matchAll(WRITE_RE)].some((m) => m[1] === 'invoice')).toBe(true);
  });
});
