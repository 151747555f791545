// Finance registers service: chart of accounts, cost centres, suppliers and payment terms,
// administered by hand (GraphQL) and imported by the accounting connectors. I/O through the
// tenant-scoped client only, one transaction per operation; validation lives in rules.ts.
import type { Prisma } from '../../generated/prisma/client.js';
import type { AccountKind } from '../../generated/prisma/enums.js';
import { scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { isForeignKeyViolation, isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError, NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import {
  accountChanges,
  accountImportPlan,
  costCentreChanges,
  costCentreSyncPlan,
  nextSupplierNumber,
  paymentTermChanges,
  supplierChanges,
  type AccountColumns,
  type AccountImportOptions,
  type SupplierColumns,
} from './rules.js';
import { recordDeletions } from '../sync/index.js';

/** Rethrows a unique violation on `field` as ALREADY_EXISTS at that input path. */
function alreadyExists(field: string, message: string) {
  return (err: unknown): never => {
    if (isUniqueViolationOn(err, field)) throw new ConflictError('ALREADY_EXISTS', message, field);
    throw err;
  };
}

function throwIfAny(issues: ValidationIssue[]): void {
  if (issues.length) throw new ValidationError(issues);
}

/** Issues of a list input (`accounts.3.name`) in list order, each position's in the order found. */
function byPosition(issues: ValidationIssue[]): ValidationIssue[] {
  const pos = (i: ValidationIssue) => Number(/^\w+\.(\d+)/.exec(i.path)?.[1] ?? -1);
  return issues
    .map((issue, n) => ({ issue, n }))
    .sort((a, b) => pos(a.issue) - pos(b.issue) || a.n - b.n)
    .map((x) => x.issue);
}

// ---------------------------------------------------------------------------------------------
// Chart of accounts

export async function createAccount(db: TenantDb, input: Record<string, unknown>) {
  const ch = accountChanges(input, null);
  throwIfAny(ch.issues);
  return db.$transaction((tx) =>
    tx.account
      .create({ data: scoped<Prisma.AccountUncheckedCreateInput>(ch.merged) })
      .catch(alreadyExists('number', `Account ${ch.merged.number} already exists.`)),
  );
}

export async function updateAccount(db: TenantDb, id: string, input: Record<string, unknown>) {
  return db.$transaction(async (tx) => {
    const existing = await tx.account.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Account', 'No such account.', 'id');
    const ch = accountChanges(input, existing satisfies AccountColumns);
    throwIfAny(ch.issues);
    return tx.account.update({ where: { id }, data: ch.columns });
  });
}

/** An account as an accounting connector delivers it. */
export interface AccountImport {
  number: number;
  name: string;
  active?: boolean;
  kind?: AccountKind | null;
  invoiceItemNumber?: string | null;
  externalVatCode?: string | null;
  /** 25, 12, 6 or 0 (a Prisma.Decimal, a decimal string or a whole number). */
  defaultVatRate?: Prisma.Decimal | string | number | null;
}

/**
 * Imports the accounting system's chart of accounts. Only accounts whose numbers the company
 * does not have are created; existing accounts (and their names) are never touched. The first
 * run never imports classes 1 and 2 (1000–2999, assets and liabilities), and later runs skip
 * them too unless `includeBalanceSheetAccounts`. Invalid input (paths `accounts.<i>.<field>`)
 * fails the whole import and writes nothing.
 */
export async function importAccounts(
  db: TenantDb,
  accounts: readonly AccountImport[],
  opts: AccountImportOptions,
): Promise<{ created: number; skipped: number }> {
  return db.$transaction((tx) => importAccountsIn(tx, accounts, opts));
}

/** importAccounts inside the caller's transaction (an import that writes several registers at once). */
export async function importAccountsIn(
  tx: TenantClient,
  accounts: readonly AccountImport[],
  opts: AccountImportOptions,
): Promise<{ created: number; skipped: number }> {
  const existing = await tx.account.findMany({ select: { number: true } });
  const plan = accountImportPlan(accounts, new Set(existing.map((a) => a.number)), opts);
  const issues = [...plan.issues];
  const data: AccountColumns[] = [];
  for (const i of plan.create) {
    const ch = accountChanges(accounts[i], null, `accounts.${i}`);
    issues.push(...ch.issues);
    data.push(ch.merged);
  }
  throwIfAny(byPosition(issues));
  // An account created concurrently (by hand or another run) is skipped, not an error.
  const created = data.length
    ? (await tx.account.createMany({ data: data.map((d) => scoped<Prisma.AccountCreateManyInput>(d)), skipDuplicates: true })).count
    : 0;
  return { created, skipped: plan.skipped + data.length - created };
}

/**
 * Renames accounts by number to the accounting system's names (an accounting connector's
 * import with renaming on); numbers the company does not have are left alone. Returns how many
 * were renamed.
 */
export async function renameAccounts(db: TenantDb, renames: readonly { number: number; name: string }[]): Promise<number> {
  if (!renames.length) return 0;
  return db.$transaction(async (tx) => {
    const existing = new Map((await tx.account.findMany({ where: { number: { in: renames.map((r) => r.number) } } })).map((a) => [a.number, a]));
    const issues: ValidationIssue[] = [];
    const updates: { id: string; name: string }[] = [];
    for (const [i, r] of renames.entries()) {
      const account = existing.get(r.number);
      if (!account || account.name === r.name) continue;
      const ch = accountChanges({ name: r.name }, account satisfies AccountColumns, `accounts.${i}`);
      issues.push(...ch.issues);
      updates.push({ id: account.id, name: r.name });
    }
    throwIfAny(issues);
    for (const u of updates) await tx.account.update({ where: { id: u.id }, data: { name: u.name }, select: { id: true } });
    return updates.length;
  });
}

// ---------------------------------------------------------------------------------------------
// Cost centres

export async function createCostCentre(db: TenantDb, input: Record<string, unknown>) {
  const ch = costCentreChanges(input, null);
  throwIfAny(ch.issues);
  return db.$transaction((tx) =>
    tx.costCentre
      .create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>(ch.merged) })
      .catch(alreadyExists('code', `A cost centre with code ${ch.merged.code} already exists.`)),
  );
}

export async function updateCostCentre(db: TenantDb, id: string, input: Record<string, unknown>) {
  return db.$transaction(async (tx) => {
    const existing = await tx.costCentre.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('CostCentre', 'No such cost centre.', 'id');
    const ch = costCentreChanges(input, existing);
    throwIfAny(ch.issues);
    return tx.costCentre.update({ where: { id }, data: ch.columns }).catch(alreadyExists('code', `A cost centre with code ${ch.merged.code} already exists.`));
  });
}

/** A cost centre as the accounting system (the master) has it. */
export interface CostCentreImport {
  code: string;
  name: string;
  /** False: closed in the accounting system (a new one is created inactive). */
  active?: boolean;
}

/**
 * Brings the cost centres in line with the accounting system, keyed by code: new codes are
 * created (inactive when closed there), a changed name renames ours. Cost centres the list lacks
 * are left alone, and so is whether an existing one is active. Invalid input (paths `costCentres.<i>.<field>`) writes nothing.
 */
export async function syncCostCentres(db: TenantDb, list: readonly CostCentreImport[]): Promise<{ created: number; renamed: number; unchanged: number }> {
  return db.$transaction((tx) => syncCostCentresIn(tx, list));
}

/** syncCostCentres inside the caller's transaction. */
export async function syncCostCentresIn(tx: TenantClient, list: readonly CostCentreImport[]): Promise<{ created: number; renamed: number; unchanged: number }> {
  const existing = await tx.costCentre.findMany({ select: { id: true, code: true, name: true } });
  const plan = costCentreSyncPlan(list, existing);
  throwIfAny(plan.issues);
  const created = plan.create.length
    ? (
        await tx.costCentre.createMany({
          data: plan.create.map((c) => scoped<Prisma.CostCentreCreateManyInput>(c)),
          skipDuplicates: true,
        })
      ).count
    : 0;
  for (const r of plan.rename) await tx.costCentre.update({ where: { id: r.id }, data: { name: r.name } });
  return { created, renamed: plan.rename.length, unchanged: plan.unchanged + plan.create.length - created };
}

// ---------------------------------------------------------------------------------------------
// Suppliers

function supplierColumns(s: Prisma.SupplierGetPayload<object>): SupplierColumns {
  const { id: _i, companyId: _c, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...cols } = s;
  return cols;
}

/** Creates a supplier; without a number it gets the next free one (highest numeric + 1). */
export async function createSupplier(db: TenantDb, input: Record<string, unknown>, today = new Date()) {
  const ch = supplierChanges(input, null, { today });
  throwIfAny(ch.issues);
  const autoNumber = !ch.merged.number;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        let number = ch.merged.number;
        if (autoNumber) number = nextSupplierNumber((await tx.supplier.findMany({ select: { number: true } })).map((s) => s.number));
        return tx.supplier
          .create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ ...ch.merged, number }) })
          .catch(alreadyExists('number', `Supplier number ${number} is already in use.`));
      });
    } catch (err) {
      // An automatically numbered insert that lost a race for the number takes the next one.
      if (autoNumber && attempt < 5 && err instanceof ConflictError) continue;
      throw err;
    }
  }
}

export async function updateSupplier(db: TenantDb, id: string, input: Record<string, unknown>, today = new Date()) {
  return db.$transaction(async (tx) => {
    const existing = await tx.supplier.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('Supplier', 'No such supplier.', 'id');
    const ch = supplierChanges(input, supplierColumns(existing), { today });
    throwIfAny(ch.issues);
    return tx.supplier.update({ where: { id }, data: ch.columns }).catch(alreadyExists('number', `Supplier number ${ch.merged.number} is already in use.`));
  });
}

// ---------------------------------------------------------------------------------------------
// Payment terms

export async function createPaymentTerm(db: TenantDb, input: Record<string, unknown>) {
  const ch = paymentTermChanges(input, null);
  throwIfAny(ch.issues);
  return db.$transaction((tx) =>
    tx.paymentTerm
      .create({ data: scoped<Prisma.PaymentTermUncheckedCreateInput>(ch.merged) })
      .catch(alreadyExists('code', `Payment terms with code ${ch.merged.code} already exist.`)),
  );
}

export async function updatePaymentTerm(db: TenantDb, id: string, input: Record<string, unknown>) {
  return db.$transaction(async (tx) => {
    const existing = await tx.paymentTerm.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('PaymentTerm', 'No such payment terms.', 'id');
    const ch = paymentTermChanges(input, existing);
    throwIfAny(ch.issues);
    return tx.paymentTerm.update({ where: { id }, data: ch.columns }).catch(alreadyExists('code', `Payment terms with code ${ch.merged.code} already exist.`));
  });
}

/** Deletes payment terms no customer uses; terms in use can be inactivated instead. */
export async function deletePaymentTerm(db: TenantDb, id: string) {
  const inUse = (n: number | null) => new ConflictError('IN_USE', `${n ?? 'Some'} customer(s) use these payment terms; inactivate them instead.`, 'id');
  return db
    .$transaction(async (tx) => {
      const existing = await tx.paymentTerm.findUnique({ where: { id } });
      if (!existing) throw new NotFoundError('PaymentTerm', 'No such payment terms.', 'id');
      const users = await tx.customer.count({ where: { paymentTermId: id } });
      if (users > 0) throw inUse(users);
      await recordDeletions(tx, 'PaymentTerm', [id]);
      await tx.paymentTerm.delete({ where: { id } });
      return existing;
    })
    .catch((err: unknown) => {
      // A customer that took the terms meanwhile: the foreign key (ON DELETE RESTRICT) refuses.
      if (isForeignKeyViolation(err)) throw inUse(null);
      throw err;
    });
}
