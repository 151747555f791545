// Incremental sync: tombstones written in the transaction of a delete, the high-water mark.
import type { TenantClient, TenantDb } from '../../db/tenant.js';
import { AppError } from '../../errors.js';
import { oldestOpenTransaction } from './database.js';
import { highWaterMark, MIRRORED_CASCADES, type MirroredType } from './rules.js';

/**
 * Records the deletion of `ids` of `type`, and of the rows the delete cascades to. Call it inside
 * the deleting transaction, before the delete (the cascaded rows are read to be named).
 */
export async function recordDeletions(tx: TenantClient, type: MirroredType, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const rows: { entityType: string; entityId: string }[] = ids.map((id) => ({ entityType: type, entityId: id }));
  for (const child of MIRRORED_CASCADES[type] as readonly { type: MirroredType; foreignKey: string }[]) {
    const model = (child.type.charAt(0).toLowerCase() + child.type.slice(1)) as 'contact';
    const found = await tx[model].findMany({ where: { [child.foreignKey]: { in: [...ids] } } as never, select: { id: true } });
    for (const r of found) rows.push({ entityType: child.type, entityId: r.id });
  }
  await tx.tombstone.createMany({ data: rows as never });
}

/** The high-water mark now (see highWaterMark). */
export async function syncPoint(db: TenantDb, marginMs: number): Promise<Date> {
  return highWaterMark(new Date(), await oldestOpenTransaction(db), marginMs);
}

/** `since` is older than the tombstones are kept: the client has to read everything again. */
export class ResyncRequiredError extends AppError {
  readonly code = 'RESYNC_REQUIRED' as const;
  constructor(retentionDays: number) {
    super(
      `Deletions are kept for ${retentionDays} days and since is older: read every list again without modifiedSince, replace the copy, and resume from the syncPoint read before that.`,
      'since',
    );
  }
}
