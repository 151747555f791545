// The SQL building blocks of compiled reads (src/graphql/compiled-reads/sql.ts): Prisma `where` and
// `orderBy` objects as SQL, the cursor condition, and the schema convention the joins rely on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GraphQLScalarType } from 'graphql';
import { buildObject, type Out } from '../../src/graphql/compiled-reads/compile.js';
import { likeLiteral } from '../../src/modules/validation.js';
import {
  afterCursorSql,
  lookupJoin,
  orderSql,
  orderTerms,
  Params,
  referencedColumn,
  relationJoin,
  Unsupported,
  whereSql,
} from '../../src/graphql/compiled-reads/sql.js';

const where = (w: unknown) => {
  const p = new Params();
  p.alias(); // t0 is the listed table
  return { sql: whereSql(p, 'Invoice', 't0', w), params: p.values };
};

describe('Prisma where → SQL', () => {
  it.each([
    [{}, 'TRUE', []],
    [{ AND: [] }, '(TRUE)', []],
    [{ locked: true }, 't0."locked" = $2', [true]],
    [{ number: 12 }, 't0."number" = $2', [12]],
    [{ externalNumber: null }, 't0."externalNumber" IS NULL', []],
    [{ externalNumber: { not: null } }, 't0."externalNumber" IS NOT NULL', []],
    [{ taxReductionType: 'ROT' }, 't0."taxReductionType" = $2', ['ROT']],
    [{ invoiceDate: { gte: new Date('2026-02-01T00:00:00Z') } }, 't0."invoiceDate" >= $2', ['2026-02-01T00:00:00.000Z']],
    [{ number: { in: [1, 2] } }, 't0."number" = ANY($2)', [[1, 2]]],
    [{ title: { contains: '50%', mode: 'insensitive' } }, 't0."title" ILIKE $2', ['%50%%']],
    [{ externalNumber: { startsWith: '90' } }, 't0."externalNumber" LIKE $2', ['90%']],
    [{ warnings: { isEmpty: true } }, 'cardinality(t0."warnings") = 0', []],
    [{ NOT: { warnings: { isEmpty: true } } }, 'NOT (cardinality(t0."warnings") = 0)', []],
    [{ OR: [{ number: 1 }, { locked: false }] }, '(t0."number" = $2 OR t0."locked" = $3)', [1, false]],
    [
      { customer: { name: { contains: 'ab', mode: 'insensitive' } } },
      'EXISTS (SELECT 1 FROM "Customer" t1 WHERE t1."companyId" = $1 AND t1."id" = t0."customerId" AND t1."name" ILIKE $2)',
      ['%ab%'],
    ],
  ])('%j', (w, sql, params) => {
    expect(where(w)).toEqual({ sql, params });
  });

  it.each([
    [{ lines: { some: { amount: 1 } } }, 'EXISTS (SELECT 1 FROM "InvoiceLine" t1 WHERE t1."companyId" = $1 AND t1."invoiceId" = t0."id" AND t1."amount" = $2)'],
    [
      { lines: { none: { amount: 1 } } },
      'NOT EXISTS (SELECT 1 FROM "InvoiceLine" t1 WHERE t1."companyId" = $1 AND t1."invoiceId" = t0."id" AND t1."amount" = $2)',
    ],
    [
      { lines: { every: { amount: 1 } } },
      'NOT EXISTS (SELECT 1 FROM "InvoiceLine" t1 WHERE t1."companyId" = $1 AND t1."invoiceId" = t0."id" AND NOT (t1."amount" = $2))',
    ],
  ])('list relation %j', (w, sql) => {
    expect(where(w).sql).toBe(sql);
  });

  it.each([
    [{ lines: { some: { amount: 1 }, none: { amount: 2 } } }],
    [{ externalNumber: { not: '1' } }],
    [{ number: { notIn: [1] } }],
    [{ noSuchField: 1 }],
    [{ title: { search: 'x' } }],
  ])('%j is not compiled', (w) => {
    expect(() => where(w)).toThrow(Unsupported);
  });
});

describe('Prisma orderBy → SQL', () => {
  it.each([
    [[{ number: 'asc' }, { id: 'asc' }], 't0."number" ASC NULLS LAST, t0."id" ASC NULLS LAST'],
    [[{ number: 'desc' }], 't0."number" DESC NULLS FIRST'],
    [[{ invoiceDate: { sort: 'desc', nulls: 'last' } }], 't0."invoiceDate" DESC NULLS LAST'],
    [
      [{ customer: { name: 'asc' } }],
      '(SELECT t0_customer."name" FROM "Customer" t0_customer WHERE t0_customer."companyId" = $1 AND t0_customer."id" = t0."customerId") ASC NULLS LAST',
    ],
  ])('%j', (o, sql) => {
    expect(orderSql(orderTerms('Invoice', o), 't0')).toBe(sql);
  });

  it('rows after the cursor row: each order column in turn, ties broken by the next', () => {
    const sql = afterCursorSql(orderTerms('Invoice', [{ number: 'asc' }, { id: 'asc' }]), 't0', (c) => `"Invoice" ${c} WHERE ${c}."id" = $2`);
    expect(sql).toBe(
      'EXISTS (SELECT 1 FROM "Invoice" cur WHERE cur."id" = $2 AND (' +
        '(t0."number" > cur."number" OR (cur."number" IS NOT NULL AND t0."number" IS NULL)) OR ' +
        't0."number" IS NOT DISTINCT FROM cur."number" AND (t0."id" > cur."id" OR (cur."id" IS NOT NULL AND t0."id" IS NULL))))',
    );
  });
});

describe('joins', () => {
  it('every reference (companyId, xId) in the schema points at (companyId, id), as the compiled joins assume', () => {
    const prisma = readFileSync(join(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
    const refs = [...prisma.matchAll(/@relation\((?:"\w+", )?fields: \[companyId, (\w+)\], references: \[([^\]]+)\]/g)];
    expect(refs.length).toBeGreaterThan(50);
    for (const [, fk, to] of refs) if (fk!.endsWith('Id')) expect(to, fk).toBe('companyId, id');
  });

  it('to-one and to-many relations join on the foreign key or the referenced value; other references are not compiled', () => {
    expect(relationJoin('Invoice', 'customer').on('t0', 't1')).toBe('t1."id" = t0."customerId"');
    expect(relationJoin('Invoice', 'lines')).toMatchObject({ model: 'InvoiceLine', list: true });
    expect(relationJoin('Invoice', 'lines').on('t0', 't1')).toBe('t1."invoiceId" = t0."id"');
    expect(relationJoin('Invoice', 'status').on('t0', 't1')).toBe('t1."code" = t0."statusCode"');
    expect(relationJoin('ProjectStatus', 'projects' as never).on('t0', 't1')).toBe('t1."statusCode" = t0."code"');
    expect(() => relationJoin('InvoiceLine', 'account' as never)).toThrow(Unsupported);
    expect(() => relationJoin('Invoice', 'company' as never)).toThrow(Unsupported);
  });

  it('the referenced column the joins infer is the one prisma/schema.prisma names, for every composite reference', () => {
    const prisma = readFileSync(join(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
    let checked = 0;
    for (const [, model, body] of prisma.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
      for (const [, field, target, fk, to] of body!.matchAll(
        /^\s+(\w+)\s+(\w+)\??\s+@relation\((?:"\w+", )?fields: \[companyId, (\w+)\], references: \[companyId, (\w+)\]/gm,
      )) {
        expect(referencedColumn(model!, fk!, target!), `${model}.${field}`).toBe(to);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('a lookup by value needs the target column unique per company', () => {
    expect(lookupJoin('VoucherRow', 'Account', { number: 'accountNumber' }).on('t0', 't1')).toBe('t1."number" = t0."accountNumber"');
    expect(() => lookupJoin('VoucherRow', 'Account', { name: 'note' })).toThrow(Unsupported);
  });
});

describe('search text', () => {
  it.each([
    ['plain', 'plain'],
    ['100%', '100\\%'],
    ['a_b', 'a\\_b'],
    ['c:\\temp', 'c:\\\\temp'],
    ['%_\\', '\\%\\_\\\\'],
  ])('%j matches literally as %j', (text, pattern) => {
    expect(likeLiteral(text)).toBe(pattern);
  });
});

describe('building results', () => {
  const Str = new GraphQLScalarType({ name: 'S', serialize: (v) => `<${String(v)}>` });
  it('runs computed fields on their columns as Prisma values, awaiting those that return promises', async () => {
    const pending: Promise<unknown>[] = [];
    const outs: Out[] = [
      { kind: 'const', key: '__typename', value: 'X' },
      { kind: 'leaf', key: 'n', slot: 0, type: Str, list: false },
      {
        kind: 'computed',
        key: 'sync',
        columns: [{ name: 'a', slot: 1, value: (v) => Number(v) * 2 }],
        resolve: (p) => p.a,
        type: Str,
        list: false,
      },
      { kind: 'computed', key: 'later', columns: [{ name: 'a', slot: 1, value: (v) => v }], resolve: async (p) => `${String(p.a)}!`, type: Str, list: false },
      { kind: 'computed', key: 'none', columns: [], resolve: () => null, type: Str, list: false },
    ];
    const obj = buildObject([1, '21'], outs, {}, pending);
    await Promise.all(pending);
    expect(obj).toEqual({ __typename: 'X', n: '<1>', sync: '<42>', later: '<21!>', none: null });
  });

  it('a computed field that throws stops the build (the request then runs normally)', () => {
    const outs: Out[] = [
      {
        kind: 'computed',
        key: 'x',
        columns: [],
        resolve: () => {
          throw new Error('no');
        },
        type: Str,
        list: false,
      },
    ];
    expect(() => buildObject([], outs, {}, [])).toThrow('no');
  });
});
