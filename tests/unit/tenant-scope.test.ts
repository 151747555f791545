import { describe, expect, it } from 'vitest';
import { LOCKABLE_MODELS, lockStatement, scopeArgs, TENANT_MODELS, TenantScopeError, type Actor } from '../../src/db/tenant.js';
import { getDatamodel } from '../../src/generated/pothos-types.js';

const actor: Actor = { companyId: 'c1', userId: 'u1', signature: 'AB' };

const READS = ['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy'] as const;
const UPDATES = ['update', 'updateMany', 'updateManyAndReturn'] as const;
const CREATES = ['create', 'createMany', 'createManyAndReturn'] as const;
const DELETES = ['delete', 'deleteMany'] as const;
const EXPECTED_TENANT_MODELS = [
  'User',
  'Group',
  'UserGroup',
  'ApiToken',
  'Session',
  'SessionRefresh',
  'LoginChallenge',
  'RecoveryCode',
  'Invite',
  'PaymentTerm',
  'CustomFieldDefinition',
  'Customer',
  'Contact',
  'ProjectStatus',
  'Project',
  'WorkOrder',
  'ChangeEntry',
  'ChangeOrder',
  'Account',
  'CostCentre',
  'Supplier',
  'Voucher',
  'VoucherRow',
  'InvoiceStatus',
  'Invoice',
  'InvoiceLine',
  'InvoiceLineWorkType',
  'InvoiceBuyer',
  'Connection',
  'ConnectorRun',
  'ConnectorRunFlow',
  'ConnectorRunFailure',
  'ExternalIdMapping',
  'FlowCheckpoint',
  'RunFile',
  'RevenueDimension',
  'RevenuePostingRule',
  'InvoiceRevenueLine',
  'InvoiceAccountingRow',
  'SupplierInvoice',
  'SupplierInvoiceRow',
  'SupplierInvoiceApproval',
  'VoucherFile',
  'DocumentFolder',
  'Document',
  'Notification',
  'InvoiceDelivery',
  'Event',
  'Tombstone',
  'WebhookEndpoint',
  'WebhookDelivery',
  'WebhookAttempt',
];

/** Freezes an object graph so any mutation by scopeArgs throws (ESM code runs in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** Calls scopeArgs with a deep-frozen copy of `args` and checks the copy is unchanged afterwards. */
function scope(model: string, operation: string, args: Record<string, unknown> | undefined): Record<string, unknown> {
  const snapshot = structuredClone(args);
  const frozen = deepFreeze(structuredClone(args));
  const result = scopeArgs(model, operation, frozen, actor);
  expect(frozen).toEqual(snapshot);
  expect(result).not.toBe(frozen);
  return result;
}

function expectScopeError(fn: () => unknown): void {
  expect(fn).toThrow(TenantScopeError);
}

/**
 * Models without companyId: the tenant itself, and the rate-limit buckets every API instance
 * shares (written only by the rate limiter through its own pool, keyed by token id or address;
 * unreachable through the tenant-scoped client).
 */
const NOT_TENANT_OWNED = ['Company', 'RateLimitBucket', 'RunLease'];

describe('TENANT_MODELS', () => {
  it('is every model except Company and the rate-limit buckets', () => {
    expect([...TENANT_MODELS].sort()).toEqual([...EXPECTED_TENANT_MODELS].sort());
    for (const m of NOT_TENANT_OWNED) expect(TENANT_MODELS.has(m)).toBe(false);
  });

  it('equals the models of the Prisma datamodel minus the listed ones (a new model without companyId fails here)', () => {
    const all = Object.keys(getDatamodel().datamodel.models);
    for (const m of NOT_TENANT_OWNED) expect(all).toContain(m);
    expect([...TENANT_MODELS].sort()).toEqual(all.filter((m) => !NOT_TENANT_OWNED.includes(m)).sort());
  });

  it('the rate-limit buckets cannot be reached through the tenant-scoped client', () => {
    expectScopeError(() => scopeArgs('RateLimitBucket', 'findMany', {}, { companyId: 'c1', userId: null, signature: 'T' }));
  });
});

describe.each(EXPECTED_TENANT_MODELS)('scopeArgs – reads on %s', (model) => {
  it.each(READS)('%s overrides a caller-supplied companyId', (op) => {
    expect(scope(model, op, { where: { id: 'x', companyId: 'c2' }, take: 5 })).toEqual({ where: { id: 'x', companyId: 'c1' }, take: 5 });
  });
});

describe('scopeArgs – reads on Customer', () => {
  it.each(READS)('%s without args gets where.companyId', (op) => {
    expect(scope('Customer', op, undefined)).toEqual({ where: { companyId: 'c1' } });
  });

  it.each(READS)('%s without where gets where.companyId, other args kept', (op) => {
    expect(scope('Customer', op, { select: { id: true }, orderBy: { name: 'asc' } })).toEqual({
      select: { id: true },
      orderBy: { name: 'asc' },
      where: { companyId: 'c1' },
    });
  });

  it.each(READS)('%s replaces a companyId filter object instead of merging it', (op) => {
    expect(scope('Customer', op, { where: { companyId: { in: ['c1', 'c2'] }, name: { contains: 'a' } } })).toEqual({
      where: { companyId: 'c1', name: { contains: 'a' } },
    });
  });

  it('an OR naming another company is still bounded by the actor company', () => {
    expect(scope('Customer', 'findMany', { where: { OR: [{ companyId: 'c2' }, { name: 'x' }] } })).toEqual({
      where: { OR: [{ companyId: 'c2' }, { name: 'x' }], companyId: 'c1' },
    });
  });
});

describe('scopeArgs – updates', () => {
  it.each(UPDATES)('%s scopes where and stamps updatedBy (overriding a caller value)', (op) => {
    expect(scope('Customer', op, { where: { id: 'x', companyId: 'c2' }, data: { name: 'New', updatedBy: 'ZZ' } })).toEqual({
      where: { id: 'x', companyId: 'c1' },
      data: { name: 'New', updatedBy: 'AB' },
    });
  });

  it.each(UPDATES)('%s without where gets where.companyId', (op) => {
    expect(scope('Contact', op, { data: { phone: null } })).toEqual({
      where: { companyId: 'c1' },
      data: { phone: null, updatedBy: 'AB' },
    });
  });

  it.each(UPDATES)('%s does not set createdBy', (op) => {
    const r = scope('Customer', op, { where: { id: 'x' }, data: { name: 'New' } });
    expect(r.data).not.toHaveProperty('createdBy');
  });

  it.each(UPDATES)('%s throws when the data changes companyId', (op) => {
    expectScopeError(() => scope('Customer', op, { where: { id: 'x' }, data: { companyId: 'c2', name: 'New' } }));
  });

  // CustomerUpdateInput (checked) has `company?: CompanyUpdateOneRequiredWithoutCustomersNestedInput`,
  // so re-pointing the company relation changes companyId just like the scalar does.
  // (updateMany/updateManyAndReturn take scalar fields only.)
  it('update throws when the data re-points the company relation', () => {
    expectScopeError(() => scope('Customer', 'update', { where: { id: 'x' }, data: { company: { connect: { id: 'c2' } } } }));
  });
});

describe('scopeArgs – creates', () => {
  it.each(['create', 'createMany', 'createManyAndReturn'] as const)('%s with one data object sets companyId, createdBy, updatedBy', (op) => {
    expect(scope('Customer', op, { data: { name: 'Acme', number: '1001' } })).toEqual({
      data: { name: 'Acme', number: '1001', companyId: 'c1', createdBy: 'AB', updatedBy: 'AB' },
    });
  });

  it.each(CREATES)('%s overrides a caller-supplied companyId and audit columns', (op) => {
    expect(scope('Customer', op, { data: { name: 'Acme', companyId: 'c2', createdBy: 'ZZ', updatedBy: 'ZZ' } })).toEqual({
      data: { name: 'Acme', companyId: 'c1', createdBy: 'AB', updatedBy: 'AB' },
    });
  });

  it.each(['createMany', 'createManyAndReturn'] as const)('%s stamps every row of a data array', (op) => {
    expect(
      scope('Contact', op, {
        data: [
          { name: 'A', customerId: 'k1' },
          { name: 'B', customerId: 'k1', companyId: 'c2' },
        ],
        skipDuplicates: true,
      }),
    ).toEqual({
      data: [
        { name: 'A', customerId: 'k1', companyId: 'c1', createdBy: 'AB', updatedBy: 'AB' },
        { name: 'B', customerId: 'k1', companyId: 'c1', createdBy: 'AB', updatedBy: 'AB' },
      ],
      skipDuplicates: true,
    });
  });

  it('create keeps select/include', () => {
    expect(scope('User', 'create', { data: { name: 'Eva' }, select: { id: true } })).toEqual({
      data: { name: 'Eva', companyId: 'c1', createdBy: 'AB', updatedBy: 'AB' },
      select: { id: true },
    });
  });
});

describe('scopeArgs – upsert', () => {
  it('scopes where and stamps create and update', () => {
    expect(
      scope('Customer', 'upsert', {
        where: { id: 'x', companyId: 'c2' },
        create: { name: 'Acme', companyId: 'c2' },
        update: { name: 'Acme 2', updatedBy: 'ZZ' },
      }),
    ).toEqual({
      where: { id: 'x', companyId: 'c1' },
      create: { name: 'Acme', companyId: 'c1', createdBy: 'AB', updatedBy: 'AB' },
      update: { name: 'Acme 2', updatedBy: 'AB' },
    });
  });

  it('throws when the update part changes companyId (as update does)', () => {
    expectScopeError(() => scope('Customer', 'upsert', { where: { id: 'x' }, create: { name: 'Acme' }, update: { companyId: 'c2' } }));
  });

  it('throws when the update part re-points the company relation', () => {
    expectScopeError(() => scope('Customer', 'upsert', { where: { id: 'x' }, create: { name: 'Acme' }, update: { company: { connect: { id: 'c2' } } } }));
  });
});

describe('scopeArgs – deletes', () => {
  it.each(DELETES)('%s scopes where, overriding a caller-supplied companyId', (op) => {
    expect(scope('Customer', op, { where: { id: 'x', companyId: 'c2' } })).toEqual({ where: { id: 'x', companyId: 'c1' } });
  });

  it.each(DELETES)('%s without args gets where.companyId', (op) => {
    expect(scope('ApiToken', op, undefined)).toEqual({ where: { companyId: 'c1' } });
  });
});

describe('scopeArgs – Company (the tenant itself)', () => {
  it.each(READS)('%s is pinned to id c1', (op) => {
    expect(scope('Company', op, { where: { id: 'c2' }, select: { name: true } })).toEqual({
      where: { id: 'c1' },
      select: { name: true },
    });
  });

  it.each(READS)('%s without args is pinned to id c1', (op) => {
    expect(scope('Company', op, undefined)).toEqual({ where: { id: 'c1' } });
  });

  it.each(UPDATES)('%s is pinned to id c1 and stamps updatedBy only', (op) => {
    expect(scope('Company', op, { where: { id: 'c2' }, data: { name: 'New name' } })).toEqual({
      where: { id: 'c1' },
      data: { name: 'New name', updatedBy: 'AB' },
    });
  });

  it.each([...CREATES, ...DELETES, 'upsert'])('%s throws TenantScopeError', (op) => {
    expectScopeError(() => scope('Company', op, { data: { name: 'Other' }, where: { id: 'c1' } }));
  });
});

describe('scopeArgs – refusals', () => {
  it.each([
    ['NoSuchInvoice', 'findMany'],
    ['NoSuchModel', 'create'],
    ['customer', 'findMany'], // model names are case-sensitive
    ['', 'count'],
  ])('unknown model %j (%s) throws', (model, op) => {
    expectScopeError(() => scope(model, op, { where: {} }));
  });

  it.each(['findRaw', 'aggregateRaw', 'executeRaw', 'somethingNew'])('unsupported operation Customer.%s throws', (op) => {
    expectScopeError(() => scope('Customer', op, { where: {} }));
  });

  it('TenantScopeError is an Error', () => {
    try {
      scopeArgs('Company', 'delete', { where: { id: 'c1' } }, actor);
      expect.unreachable('should have thrown');
    } catch (e) {
      expect(e).toBeInstanceOf(TenantScopeError);
      expect(e).toBeInstanceOf(Error);
    }
  });
});

describe('row locks (lockStatement)', () => {
  it.each([
    ['Invoice', /FROM "Invoice" WHERE "companyId" = \$1::uuid AND "id" = /],
    ['Project', /FROM "Project" WHERE "companyId" = \$1::uuid AND "id" = /],
    ['Customer', /FROM "Customer" WHERE "companyId" = \$1::uuid AND "id" = /],
    ['Company', /FROM "Company" WHERE "id" = \$1::uuid AND "id" = /],
  ] as const)('%s: the company is parameter $1 (bound from the actor), the id $2 only if it is a UUID', (model, where) => {
    const sql = lockStatement(model);
    expect(sql).toMatch(where);
    expect(sql).toMatch(/THEN \$2::uuid END\) FOR NO KEY UPDATE$/);
    expect(sql).not.toMatch(/\$3/);
  });

  it('locks only the listed models', () => {
    expect([...LOCKABLE_MODELS].sort()).toEqual(['Company', 'Connection', 'Customer', 'Invoice', 'InvoiceStatus', 'Project', 'User']);
  });
});
