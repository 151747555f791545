// The sync module's two statements that read or write no tenant's rows through the tenant path:
// the start of the oldest open transaction (for the high-water mark) and the daily pruning of
// tombstones across companies (a maintenance job with no tenant).
import type { PrismaClient } from '../../generated/prisma/client.js';
import { retentionStart } from './rules.js';

/** The start of the oldest transaction open in this database (this one included), or null. */
export async function oldestOpenTransaction(db: PrismaClient): Promise<Date | null> {
  const rows = await db.$queryRawUnsafe<{ oldest: Date | null }[]>(
    `SELECT min(xact_start) AS oldest FROM pg_stat_activity WHERE datname = current_database() AND xact_start IS NOT NULL`,
  );
  const v = rows[0]?.oldest ?? null;
  return v ? new Date(v) : null;
}

/** Deletes the tombstones older than the retention; the number deleted. */
export async function pruneTombstones(prisma: PrismaClient, retentionDays: number, now = new Date()): Promise<number> {
  const { count } = await prisma.tombstone.deleteMany({ where: { deletedAt: { lt: retentionStart(now, retentionDays) } } });
  return count;
}
