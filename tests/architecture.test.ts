// Rules of the house that code review alone would miss.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../src/scripts/print-schema.js';

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

/** The repository file a relative specifier names (TypeScript sources imported as .js), or null. */
function resolveImport(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

const FAKE_SERVER = /(^|\/)connectors\/[^/]+\/fake(\/|$)/;

describe('architecture', () => {
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
          /src\/(modules|db|graphql)\//.test(spec) ||
          (spec.includes('/src/') && !/src\/integration\/sdk\//.test(spec));
        if (bad) offenders.push(`${relative(ROOT, f)} imports ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
    // The rule is checked on real files, not vacuously.
    expect(files(join(ROOT, 'connectors')).length).toBeGreaterThan(3);
  });

  it('modules reach the database only through the tenant-scoped client', () => {
    // The base client decides the tenant only when authenticating a token or creating a company.
    const allowed = new Set(['src/modules/auth/authenticate.ts', 'src/modules/companies/bootstrap.ts', 'src/modules/companies/first-start.ts']);
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
      // The tenant itself, and the rate-limit buckets every instance shares (keyed by token id or
      // client address, written only by the rate limiter, unreachable through the tenant scope).
      if (name === 'Company' || name === 'RateLimitBucket') continue;
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
      .flatMap((f) => importsOf(f).filter((spec) => FAKE_SERVER.test(spec)).map((spec) => `${relative(ROOT, f)} imports ${spec}`));
    expect(offenders).toEqual([]);
    // The rule is checked on real imports, not vacuously.
    expect(importsOf(join(ROOT, demo)).filter((spec) => FAKE_SERVER.test(spec))).toHaveLength(2);

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
    expect(names).toEqual(expect.arrayContaining(['src/start.ts', 'src/app.ts', 'src/integration/runtime/notifier.ts', 'connectors/fortnox/index.ts', 'connectors/fortnox/client.ts']));
  });
});
