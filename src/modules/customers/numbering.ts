// Automatic customer numbers from the company's counter (Company.nextCustomerNumber). The rule
// for the number itself is nextCustomerNumber in rules.ts (start, minimum and maximum length);
// this decides what it continues from, without races: the counter's row is locked for the rest
// of the numbering transaction, so concurrent automatic numbering runs one after the other, and
// a number already taken at or above the counter (given by hand, imported, changed to) is skipped.
import { lockForUpdate, type TenantClient } from '../../db/tenant.js';
import { nextCustomerNumber, type NumberSettings } from './rules.js';

/** The company row as the numbering reads it. */
export interface NumberingCompany extends NumberSettings {
  id: string;
}

/** The highest number to continue from: one below the counter, or a higher number already in use. */
async function highestFrom(tx: TenantClient, counter: bigint): Promise<bigint> {
  const taken = await tx.customer.aggregate({ where: { numberValue: { gte: counter } }, _max: { numberValue: true } });
  return taken._max.numberValue ?? counter - 1n;
}

/**
 * Takes the next automatic customer number inside the creating transaction: the counter is
 * advanced by an UPDATE … RETURNING, whose row lock holds until the transaction ends. Null when
 * no number fits the maximum length (the caller refuses, and the transaction rolls back).
 */
export async function takeCustomerNumber(tx: TenantClient, company: NumberingCompany): Promise<string | null> {
  const { nextCustomerNumber: after } = await tx.company.update({
    where: { id: company.id },
    data: { nextCustomerNumber: { increment: 1 } },
    select: { nextCustomerNumber: true },
  });
  const number = nextCustomerNumber(await highestFrom(tx, after - 1n), company);
  if (number === null) return null;
  const following = BigInt(number) + 1n;
  if (following !== after) await tx.company.update({ where: { id: company.id }, data: { nextCustomerNumber: following }, select: { id: true } });
  return number;
}

/**
 * For numbering many customers in one transaction (an import): locks the counter until the
 * transaction ends and returns the highest number to continue from. Outside a transaction (a
 * preview) the lock ends at once and nothing is written.
 */
export async function lockCustomerNumbers(tx: TenantClient): Promise<bigint> {
  const company = await tx.company.findFirstOrThrow({ select: { id: true } });
  await lockForUpdate(tx, 'Company', company.id);
  const { nextCustomerNumber: counter } = await tx.company.findFirstOrThrow({ select: { nextCustomerNumber: true } });
  return highestFrom(tx, counter);
}

/** After creating customers under lockCustomerNumbers: the counter continues above the highest of them. */
export async function advanceCustomerNumbers(tx: TenantClient, created: readonly { numberValue?: unknown }[]): Promise<void> {
  let highest: bigint | null = null;
  for (const c of created) if (typeof c.numberValue === 'bigint' && (highest === null || c.numberValue > highest)) highest = c.numberValue;
  if (highest === null) return;
  const company = await tx.company.findFirstOrThrow({ select: { id: true, nextCustomerNumber: true } });
  if (company.nextCustomerNumber <= highest) {
    await tx.company.update({ where: { id: company.id }, data: { nextCustomerNumber: highest + 1n }, select: { id: true } });
  }
}
