// The (companyId, updatedAt, id) index of a mirrored list serves the page a copy reads with
// `modifiedSince`: the rows of one company at or after a time, after the cursor's (updatedAt, id),
// in that order, the first 201. Seeded with 20,000 contacts in each of two companies, the plan of
// that page is an index scan of Contact_companyId_updatedAt_id_idx with no sort; without the index
// (dropped in a transaction rolled back) the planner sorts. The statement explained is the one the
// API sends for the second page of the root `contacts` list.
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { describe, expect, it } from 'vitest';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { useHarness } from '../helpers/harness.js';

const h = useHarness();

const ROWS = 20_000;
const INDEX = 'Contact_companyId_updatedAt_id_idx';

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

const PAGE = parse(
  'query MirroredContacts($since: DateTime!, $after: String) { contacts(modifiedSince: $since, first: 200, after: $after) { edges { node { id } } pageInfo { endCursor } } }',
) as TypedDocumentNode<{ contacts: { pageInfo: { endCursor: string | null } } }, { since: string; after: string | null }>;

async function seedContacts(companyId: string, start: Date): Promise<void> {
  const db = createTenantDb(h.prisma, { companyId, userId: null, signature: 'TEST' });
  const customer = await db.customer.create({
    data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: '1', numberValue: 1, name: 'Kund AB', type: 'COMPANY' }),
    select: { id: true },
  });
  // One contact a second, the newest last: a copy's pass reads the tail.
  await h.prisma.$executeRawUnsafe(
    `INSERT INTO "Contact" ("id", "companyId", "customerId", "name", "createdAt", "updatedAt", "createdBy", "updatedBy")
     SELECT gen_random_uuid(), $1::uuid, $2::uuid, 'Kontakt ' || i, $3::timestamptz + i * interval '1 second', $3::timestamptz + i * interval '1 second', 'TEST', 'TEST'
     FROM generate_series(1, ${ROWS}) AS i`,
    companyId,
    customer.id,
    start,
  );
}

describe('mirrored list index', () => {
  it('a contacts page read with modifiedSince is an index scan in (updatedAt, id) order, without a sort', async () => {
    const a = await h.company();
    const b = await h.company();
    const start = new Date('2026-01-01T00:00:00Z');
    await seedContacts(a.companyId, start);
    await seedContacts(b.companyId, start);
    await h.prisma.$executeRawUnsafe('ANALYZE "Contact"');

    // The statement the API sends for a page after a cursor filters on the company and updatedAt
    // and orders by (updatedAt, id).
    const since = new Date(start.getTime() + 15_000 * 1000).toISOString();
    const first = await h.data(PAGE, { since, after: null }, a.adminToken);
    const { statements } = await h.countStatements(() => h.data(PAGE, { since, after: first.contacts.pageInfo.endCursor }, a.adminToken));
    const page = statements.find((s) => /FROM "Contact"/i.test(s) && /ORDER BY/i.test(s))!;
    // Its parameters: the company, modifiedSince, the cursor's updatedAt (twice) and id.
    expect(page, statements.join('\n')).toMatch(/"companyId" = \$1\b.*"updatedAt" >= \$2\b.*"updatedAt" > \$3 OR \S+"updatedAt" = \$4 AND \S+"id" > \$5\b/s);
    expect(page).toMatch(/ORDER BY\s+\S*"updatedAt"\s+ASC( NULLS LAST)?,\s*\S*"id"\s+ASC( NULLS LAST)?\s+LIMIT 201/i);
    expect(page).not.toContain('$6');

    // That statement explained, at the second page (after the 200th row changed since `since`).
    const cursor = await h.prisma.$queryRawUnsafe<{ updatedAt: Date; id: string }[]>(
      `SELECT "updatedAt", "id" FROM "Contact" WHERE "companyId" = $1::uuid AND "updatedAt" >= $2::timestamptz ORDER BY "updatedAt", "id" OFFSET 199 LIMIT 1`,
      a.companyId,
      since,
    );
    const c = cursor[0]!;
    const explain = async (tx: Pick<typeof h.prisma, '$queryRawUnsafe'>) => {
      const rows = await tx.$queryRawUnsafe<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }[]>(
        `EXPLAIN (ANALYZE, FORMAT JSON) ${page}`,
        a.companyId,
        new Date(since),
        c.updatedAt,
        c.updatedAt,
        c.id,
      );
      const [out] = rows[0]!['QUERY PLAN'];
      return { plan: nodes(out.Plan), ms: out['Execution Time'] };
    };

    const withIndex = await explain(h.prisma);
    expect(withIndex.plan.some((n) => n['Node Type'].startsWith('Index') && n['Index Name'] === INDEX)).toBe(true);
    expect(withIndex.plan.some((n) => n['Node Type'].includes('Sort'))).toBe(false);

    // Before the index: the same page sorts what it reads.
    let without: { plan: PlanNode[]; ms: number } | undefined;
    await h.prisma
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`DROP INDEX "${INDEX}"`);
        without = await explain(tx);
        throw new Error('rollback');
      })
      .catch((e: Error) => {
        if (e.message !== 'rollback') throw e;
      });
    expect(without!.plan.some((n) => n['Node Type'].includes('Sort'))).toBe(true);
    expect(without!.plan.some((n) => n['Index Name'] === INDEX)).toBe(false);
    console.log(`contacts page (${ROWS} rows per company, 2 companies): with the index ${withIndex.ms.toFixed(2)} ms, without ${without!.ms.toFixed(2)} ms`);
  }, 120_000);
});
