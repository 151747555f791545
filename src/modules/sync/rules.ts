// Incremental sync: the pure rules. A list read with `modifiedSince` is ordered by
// (updatedAt, id) and paged by value (see src/graphql/sync-cursor.ts); deletions are read from
// tombstones ordered by (deletedAt, id) the same way; the high-water mark a client resumes from
// lies before every change not yet committed.

/** A row's place in (time, id) order, as a sync cursor carries it. */
export interface SyncPosition {
  updatedAt: Date;
  id: string;
}

/** The types whose deletions are recorded, with the children a delete of one of them cascades to. */
export const MIRRORED_CASCADES = {
  Customer: [{ type: 'Contact', foreignKey: 'customerId' }],
  Contact: [],
  CustomFieldDefinition: [],
  PaymentTerm: [],
  ProjectStatus: [],
  InvoiceStatus: [],
  InvoiceLine: [],
  SupplierInvoiceRow: [],
  Document: [],
  DocumentFolder: [],
} as const satisfies Record<string, readonly { type: string; foreignKey: string }[]>;

export type MirroredType = keyof typeof MIRRORED_CASCADES;

/**
 * The filter of one page of a list read with `modifiedSince`: rows changed at or after `since`,
 * and, after a cursor, only those strictly behind its position in (field, id) order (pure).
 */
export function changedSinceWhere(since: Date, after: SyncPosition | null, field: 'updatedAt' | 'deletedAt' = 'updatedAt'): Record<string, unknown> {
  const and: Record<string, unknown>[] = [{ [field]: { gte: since } }];
  if (after) and.push({ OR: [{ [field]: { gt: after.updatedAt } }, { [field]: after.updatedAt, id: { gt: after.id } }] });
  return { AND: and };
}

/** The order of a list read with `modifiedSince` (total: the id breaks ties). */
export function changedOrder(field: 'updatedAt' | 'deletedAt' = 'updatedAt') {
  return [{ [field]: 'asc' as const }, { id: 'asc' as const }];
}

/**
 * The high-water mark: a time before which every change is committed and visible (pure). A row's
 * updatedAt (and a tombstone's deletedAt) is taken while its transaction is open, so it is no
 * earlier than the start of that transaction, less the clock difference between the application
 * and the database and the moment between taking the time and the statement starting (`marginMs`).
 * So the mark is the start of the oldest transaction still open (or now), less the margin.
 */
export function highWaterMark(now: Date, oldestOpenTransaction: Date | null, marginMs: number): Date {
  const base = oldestOpenTransaction && oldestOpenTransaction < now ? oldestOpenTransaction : now;
  return new Date(base.getTime() - marginMs);
}

/** The oldest `since` the deletions feed can answer: tombstones are kept `retentionDays` (pure). */
export function retentionStart(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * 86_400_000);
}

/** Whether deletions since `since` may already have been pruned, so the client must re-read everything (pure). */
export function sinceTooOld(since: Date, now: Date, retentionDays: number): boolean {
  return since.getTime() < retentionStart(now, retentionDays).getTime();
}
