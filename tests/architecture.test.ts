// Rules of the house that code review alone would miss.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { printedSchema, SCHEMA_FILE } from '../src/scripts/print-schema.js';

const ROOT = join(import.meta.dirname, '..');

function files(dir: string, ext = '.ts'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

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
});
