// A project's cost ledger from its voucher rows, batched per request: however many projects a
// query lists, their ledgers cost one grouped query over the voucher rows plus one each for the
// account names and the AO/ÄTA numbers (the order of the parts).
import DataLoader from 'dataloader';
import type { TenantClient } from '../../db/tenant.js';
import type { Context } from '../../graphql/context.js';
import { summariseLedger, type CostLedger } from './rules.js';

export async function loadCostLedgers(db: TenantClient, projectIds: readonly string[]): Promise<CostLedger[]> {
  const groups = await db.voucherRow.groupBy({
    by: ['projectId', 'accountNumber', 'workOrderId', 'changeOrderId'],
    where: { projectId: { in: [...projectIds] } },
    _sum: { debit: true, credit: true },
  });
  const distinct = <T>(values: (T | null)[]) => [...new Set(values.filter((v): v is T => v !== null))];
  const numbers = distinct(groups.map((g) => g.accountNumber));
  const workOrderIds = distinct(groups.map((g) => g.workOrderId));
  const changeOrderIds = distinct(groups.map((g) => g.changeOrderId));
  const accounts = numbers.length ? await db.account.findMany({ where: { number: { in: numbers } }, select: { number: true, name: true, kind: true } }) : [];
  const workOrders = workOrderIds.length ? await db.workOrder.findMany({ where: { id: { in: workOrderIds } }, select: { id: true, number: true } }) : [];
  const changeOrders = changeOrderIds.length
    ? await db.changeOrder.findMany({ where: { id: { in: changeOrderIds } }, select: { id: true, number: true } })
    : [];
  const accountMap = new Map(accounts.map((a) => [a.number, a]));
  const partNumbers = {
    workOrders: new Map(workOrders.map((w) => [w.id, w.number])),
    changeOrders: new Map(changeOrders.map((c) => [c.id, c.number])),
  };
  return projectIds.map((id) =>
    summariseLedger(
      groups
        .filter((g) => g.projectId === id)
        .map((g) => ({
          accountNumber: g.accountNumber,
          workOrderId: g.workOrderId,
          changeOrderId: g.changeOrderId,
          debit: g._sum.debit,
          credit: g._sum.credit,
        })),
      accountMap,
      partNumbers,
    ),
  );
}

/** The request's cost ledger loader (keyed by project id). */
export function costLedgerLoader(ctx: Context): Promise<DataLoader<string, CostLedger>> {
  return ctx.once('registers:costLedger', async () => new DataLoader<string, CostLedger>((ids) => loadCostLedgers(ctx.db, ids)));
}

type Row = { id: string };

/**
 * A per-request loader of `model` rows by id for a Pothos selection (`query`), so a field that
 * returns a Prisma object from plain data still loads its nested selections in one statement.
 */
export function rowsByIdLoader<T extends Row, Q extends { select?: object }>(
  ctx: Context,
  model: string,
  query: Q,
  fetch: (args: Q & { where: { id: { in: string[] } } }) => Promise<T[]>,
): Promise<DataLoader<string, T | null>> {
  const q: Q = query.select ? { ...query, select: { ...query.select, id: true } } : query;
  return ctx.once(
    `registers:${model}:${JSON.stringify(q)}`,
    async () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = await fetch({ ...q, where: { id: { in: [...ids] } } });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
  );
}

/** The request's account loader by number (voucher rows refer to accounts by number). */
export function accountByNumberLoader(ctx: Context) {
  return ctx.once(
    'registers:accountByNumber',
    async () =>
      new DataLoader(async (numbers: readonly number[]) => {
        const rows = await ctx.db.account.findMany({ where: { number: { in: [...numbers] } } });
        const byNumber = new Map(rows.map((a) => [a.number, a]));
        return numbers.map((n) => byNumber.get(n) ?? null);
      }),
  );
}
