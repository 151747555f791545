// The bulk insert used by imports writes exactly the columns of its tables: every column a row
// must have (required, no default) and nothing the tenant scope fills in.
import { describe, expect, it } from 'vitest';
import { getDatamodel } from '../../src/generated/pothos-types.js';
import { BULK_TABLES, bulkInsert } from '../../src/db/bulk-insert.js';
import { TenantScopeError, type TenantClient } from '../../src/db/tenant.js';

describe('bulk insert', () => {
  it.each(Object.keys(BULK_TABLES) as (keyof typeof BULK_TABLES)[])('%s: lists every scalar column but the tenant, audit and timestamp columns', (table) => {
    const model = getDatamodel().datamodel.models[table]!;
    const scalars = model.fields.filter((f) => f.kind !== 'object').map((f) => f.name);
    const stamped = ['companyId', 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'];
    expect(Object.keys(BULK_TABLES[table]).sort()).toEqual(scalars.filter((f) => !stamped.includes(f)).sort());
  });

  it('refuses a row that sets the company or an audit column, before touching the database', async () => {
    const tx = new Proxy(
      {},
      {
        get: () => {
          throw new Error('database touched');
        },
      },
    ) as unknown as TenantClient;
    const row = { id: 'x', companyId: 'other' } as never;
    await expect(bulkInsert(tx, 'Contact', 'X', [row])).rejects.toBeInstanceOf(TenantScopeError);
    await expect(bulkInsert(tx, 'Contact', 'X', [])).resolves.toBe(0);
  });
});
