// The query generator of the compiled-list tests (tests/helpers/selection-gen.ts): every query it
// makes is valid against the schema (a refused query would compare nothing), the same seed gives
// the same queries, and over a batch it uses every shape it promises.
import { parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schema } from '../../src/schema.js';
import { generateListQuery, mulberry32 } from '../helpers/selection-gen.js';

const LISTS = ['customers', 'contacts', 'projects', 'workOrders', 'changeOrders', 'supplierInvoices', 'vouchers', 'invoices'];

describe('selection generator', () => {
  it('makes only queries the schema accepts, with every shape over a batch', () => {
    const all: string[] = [];
    for (const root of LISTS) {
      const rng = mulberry32(root.length);
      for (let n = 0; n < 150; n++) {
        const g = generateListQuery(schema, root, rng, { name: `G${n}`, rootArgs: root === 'customers' ? ['orderBy: { field: NAME, direction: DESC }'] : [] });
        expect(
          validate(schema, parse(g.query)).map((e) => e.message),
          g.query,
        ).toEqual([]);
        expect(g.fields.size, g.query).toBeGreaterThan(0);
        all.push(g.query);
      }
    }
    const text = all.join('\n');
    expect(text).toMatch(/\bfragment F\d+ on \w+ \{/);
    expect(text).toMatch(/\.\.\. on \w+ \{/);
    expect(text).toMatch(/\.\.\. \{/);
    expect(text).toMatch(/\ba\d+: \w+/);
    expect(text).toMatch(/__typename/);
    expect(text).toMatch(/\bcontacts\(first: \d+\)/);
    expect(text).toMatch(/\bworkOrders\((first: \d+, )?finished: (true|false)\)/);
    expect(text).toMatch(/\btotalCount\b/);
    expect(text).toMatch(/\bpageInfo \{/);
    expect(text).toMatch(/orderBy: \{ field: NAME, direction: DESC \}/);
  });

  it('gives the same queries for the same seed and leaves out fields picked rarely most of the time', () => {
    const once = (rare?: Set<string>) => {
      const rng = mulberry32(7);
      return Array.from({ length: 20 }, (_, n) => generateListQuery(schema, 'projects', rng, { name: `G${n}`, rare }));
    };
    expect(once().map((g) => g.query)).toEqual(once().map((g) => g.query));
    const rare = new Set(['Project.customer', 'Project.costLedger']);
    const withRare = once(rare).filter((g) => [...g.fields].some((f) => rare.has(f))).length;
    const without = once().filter((g) => [...g.fields].some((f) => rare.has(f))).length;
    expect(withRare).toBeLessThan(without);
  });
});
