// The one tenant-scoped access path. Every model operation issued through a TenantDb gets the
// acting company's id forced into its filter (reads, updates, deletes) or its data (creates),
// and the actor's signature into the audit columns. Together with composite foreign keys
// (companyId, id) in the schema, a request of one company cannot read or touch another's rows.
import { Prisma, type PrismaClient } from '../generated/prisma/client.js';
import { sqlReaderOf } from './client.js';
import { getDatamodel } from '../generated/pothos-types.js';

export interface Actor {
  companyId: string;
  /** null for system work (start-up, imports run by the scheduler). */
  userId: string | null;
  /** Recorded in createdBy/updatedBy. */
  signature: string;
}

/** Models that carry companyId (everything but Company itself), read from the datamodel. */
export const TENANT_MODELS: ReadonlySet<string> = new Set(
  Object.entries(getDatamodel().datamodel.models)
    .filter(([, m]) => m.fields.some((f) => f.name === 'companyId'))
    .map(([name]) => name),
);

const READS = new Set(['findUnique', 'findUniqueOrThrow', 'findFirst', 'findFirstOrThrow', 'findMany', 'count', 'aggregate', 'groupBy']);
const UPDATES = new Set(['update', 'updateMany', 'updateManyAndReturn']);
const DELETES = new Set(['delete', 'deleteMany']);
const CREATES = new Set(['create', 'createMany', 'createManyAndReturn']);

type Args = Record<string, unknown> | undefined;
type Data = Record<string, unknown>;

export class TenantScopeError extends Error {}

/**
 * Rewrites the arguments of one Prisma model operation so it stays inside the actor's company.
 * Pure; exported for its table-driven test.
 */
export function scopeArgs(model: string, operation: string, args: Args, actor: Actor): Record<string, unknown> {
  const a: Record<string, unknown> = { ...(args ?? {}) };
  const stamp = (data: unknown, created: boolean): Data => {
    const d = { ...(data as Data) };
    if (created) d.createdBy = actor.signature;
    d.updatedBy = actor.signature;
    return d;
  };

  if (model === 'Company') {
    // The tenant itself: readable and updatable only as "my company".
    if (READS.has(operation) || UPDATES.has(operation)) {
      a.where = { ...(a.where as Data | undefined), id: actor.companyId };
      if (UPDATES.has(operation)) a.data = stamp(a.data, false);
      return a;
    }
    throw new TenantScopeError(`Company.${operation} is not available through the tenant-scoped client`);
  }

  if (!TENANT_MODELS.has(model)) {
    throw new TenantScopeError(`Model ${model} is not tenant-owned and cannot be reached through the tenant-scoped client`);
  }

  const scopedWhere = () => ({ ...(a.where as Data | undefined), companyId: actor.companyId });
  // The tenant of a row never changes, neither as a scalar nor through the relation.
  const assertTenantUnchanged = (data: unknown, allowScalar: boolean) => {
    const d = (data ?? {}) as Data;
    if ('company' in d || (!allowScalar && 'companyId' in d)) {
      throw new TenantScopeError(`${model}.${operation} may not set the company`);
    }
  };

  if (READS.has(operation) || DELETES.has(operation)) {
    a.where = scopedWhere();
  } else if (UPDATES.has(operation)) {
    assertTenantUnchanged(a.data, false);
    a.where = scopedWhere();
    a.data = stamp(a.data, false);
  } else if (CREATES.has(operation)) {
    const one = (d: unknown) => {
      assertTenantUnchanged(d, true);
      return { ...stamp(d, true), companyId: actor.companyId };
    };
    a.data = Array.isArray(a.data) ? a.data.map(one) : one(a.data);
  } else if (operation === 'upsert') {
    assertTenantUnchanged(a.create, true);
    assertTenantUnchanged(a.update, false);
    a.where = scopedWhere();
    a.create = { ...stamp(a.create, true), companyId: actor.companyId };
    a.update = stamp(a.update, false);
  } else {
    throw new TenantScopeError(`Operation ${model}.${operation} is not supported by the tenant-scoped client`);
  }
  return a;
}

/**
 * A GraphQL selection of only `__typename` reaches Prisma as an empty `select`, which Prisma
 * rejects; select the id instead.
 */
function withNonEmptySelect(args: Record<string, unknown>): Record<string, unknown> {
  const select = args.select as Record<string, unknown> | undefined;
  return select && Object.keys(select).length === 0 ? { ...args, select: { id: true } } : args;
}

/**
 * The scoped client has exactly PrismaClient's API (the extension only rewrites arguments), so it
 * is typed as one: the extension's own generic type made TypeScript give up ("excessive stack
 * depth") comparing Pothos' query selections with it once the data model grew.
 */
export function createTenantDb(prisma: PrismaClient, actor: Actor): PrismaClient {
  const read = sqlReaderOf(prisma);
  return prisma.$extends({
    name: 'tenant-scope',
    client: {
      /**
       * One compiled read statement (src/graphql/compiled-reads) whose single column "result" is JSON
       * text. $1 is bound to the acting company; the compiler binds every table it reads to it.
       */
      async $tenantReadJson(sql: string, params: unknown[]): Promise<unknown> {
        const rows = await read(sql, [actor.companyId, ...params]);
        return JSON.parse(rows[0]!.result as string);
      },
      /** The signature the acting company's writes through this client are stamped with (createdBy/updatedBy). */
      $actorSignature(): string {
        return actor.signature;
      },
      /**
       * Row lock (SELECT … FOR NO KEY UPDATE) on one of the acting company's rows, held until the
       * surrounding transaction ends. Runs on the client it is called on, so inside
       * `$transaction(async (tx) => tx.…)` it runs in that transaction. The company is bound from
       * the actor, never from the caller; the table is one of a fixed set.
       */
      async $lockForUpdate(this: PrismaClient, model: LockableModel, id: string): Promise<boolean> {
        if (!LOCKABLE_MODELS.has(model)) throw new TenantScopeError(`Rows of ${model} cannot be locked`);
        const self = Prisma.getExtensionContext(this);
        return (await self.$queryRawUnsafe<unknown[]>(lockStatement(model), actor.companyId, id)).length > 0;
      },
    },
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          // Prisma types `args` per model and operation; the rewrite works on any of them, as a plain record.
          return query(withNonEmptySelect(scopeArgs(model, operation, args as Args, actor)) as never);
        },
      },
    },
    // The extension's own type is the one TypeScript cannot compare with Pothos' selections (see above).
  }) as unknown as PrismaClient;
}

export type TenantDb = ReturnType<typeof createTenantDb>;

/** Models whose rows a mutation locks to serialise its "check, then write" (see `lockForUpdate`). */
export const LOCKABLE_MODELS: ReadonlySet<string> = new Set(['Company', 'Customer', 'Invoice', 'Project', 'Connection', 'InvoiceStatus', 'User']);
export type LockableModel = 'Company' | 'Customer' | 'Invoice' | 'Project' | 'Connection' | 'InvoiceStatus' | 'User';

/**
 * The locking statement: $1 is the acting company, $2 the row's id. The Company row is the
 * tenant itself, so its id must be the company's. An id that is not a UUID matches no row.
 * FOR NO KEY UPDATE is the lock an UPDATE of the row takes: lockers (and updates) of the row
 * wait for each other, while inserts of rows referring to it (their foreign-key checks take
 * FOR KEY SHARE) do not wait — FOR UPDATE would hold up every insert of the company's rows
 * for as long as its Company row is locked. Pure; exported for its test.
 */
export function lockStatement(model: LockableModel): string {
  const key = model === 'Company' ? '"id" = $1::uuid AND "id"' : '"companyId" = $1::uuid AND "id"';
  return `SELECT 1 FROM "${model}" WHERE ${key} = (CASE WHEN $2 ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN $2::uuid END) FOR NO KEY UPDATE`;
}

/**
 * Locks the acting company's row `id` of `model` until the transaction of `tx` ends (call it
 * inside a transaction). Returns false when the company has no such row. Concurrent callers
 * locking the same row run one after the other, each seeing what the previous one committed.
 */
export function lockForUpdate(tx: TenantClient, model: LockableModel, id: string): Promise<boolean> {
  if (!hasTenantMethods(tx)) throw new TenantScopeError('Row locks need the tenant-scoped client');
  return tx.$lockForUpdate(model, id);
}

/** The schema of the job queue's tables (pg-boss's default). */
export const JOB_QUEUE_SCHEMA = 'pgboss';

/**
 * A runner of the job queue's own statements on the transaction of `tx`, so that a job is
 * enqueued together with the change that causes it and disappears when that change is rolled
 * back. It runs only statements on the queue's schema (JOB_QUEUE_SCHEMA): the company's rows stay
 * behind the scoped model operations above. Modules get no other raw SQL.
 */
export function jobQueueStatements(tx: TenantClient): (text: string, values: unknown[]) => Promise<unknown[]> {
  if (!hasTenantMethods(tx)) throw new TenantScopeError('Job queue statements need the tenant-scoped client');
  return (text, values) => {
    if (!text.includes(`${JOB_QUEUE_SCHEMA}.`)) return Promise.reject(new TenantScopeError("Only statements on the job queue's tables run here"));
    return tx.$queryRawUnsafe<unknown[]>(text, ...values);
  };
}

/** Runs a compiled read (see `$tenantReadJson` above) on a tenant-scoped client. */
export function tenantReadJson(db: TenantDb, sql: string, params: unknown[]): Promise<unknown> {
  if (!hasTenantMethods(db)) throw new TenantScopeError('Compiled reads need the tenant-scoped client');
  return db.$tenantReadJson(sql, params);
}

/** The signature a tenant-scoped client stamps its writes with (for statements that stamp them themselves). */
export function actorSignature(db: TenantClient): string {
  if (!hasTenantMethods(db)) throw new TenantScopeError('The actor is known only to the tenant-scoped client');
  return db.$actorSignature();
}

/** The methods `createTenantDb` adds to PrismaClient's API. */
interface TenantMethods {
  $actorSignature(): string;
  $tenantReadJson(sql: string, params: unknown[]): Promise<unknown>;
  $lockForUpdate(model: LockableModel, id: string): Promise<boolean>;
}

/** Whether a client is the tenant-scoped one (or a transaction of it): it carries the methods above. */
function hasTenantMethods(db: object): db is TenantMethods {
  return typeof Reflect.get(db, '$lockForUpdate') === 'function' && typeof Reflect.get(db, '$tenantReadJson') === 'function';
}
/** The client inside `db.$transaction(async (tx) => …)`: same scoping. */
export type TenantTx = Parameters<Parameters<TenantDb['$transaction']>[0]>[0];
/** Either of the above; services accept this so they compose inside a caller's transaction. */
export type TenantClient = TenantDb | TenantTx;

export const SYSTEM_SIGNATURE = 'SYSTEM';

/** Fields the tenant scope fills in on create; callers leave them out. */
export type Unscoped<T> = Omit<T, 'companyId' | 'createdBy' | 'updatedBy'>;
/**
 * Types create data without the fields the tenant scope fills in, checking everything else:
 * `tx.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ … }) })`.
 */
export function scoped<T>(data: Unscoped<T>): T {
  return data as T;
}
