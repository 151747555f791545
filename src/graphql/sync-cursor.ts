// The cursor of a list read with `modifiedSince`: the position (updatedAt, id) of the row it was
// issued for, carried by value. Paging resumes strictly after that position, whatever happened to
// the row since, so rows not modified while paging are neither skipped nor repeated, and a row
// modified while paging moves behind the cursor and is read again later.
import { decodeBase64, encodeBase64, encodeCursorTuple } from '@pothos/core';
import { parsePrismaCursor } from '@pothos/plugin-prisma';

export interface SyncPosition {
  updatedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Longer than any sync cursor this API issues (about 90 characters). */
const MAX_SYNC_CURSOR_LENGTH = 120;

/** The cursor of the row at `p` (pure). */
export function encodeSyncCursor(p: SyncPosition): string {
  return encodeBase64(`GPC:${encodeCursorTuple([p.updatedAt, p.id])}`);
}

/** The position a sync cursor names, or null when the text is not one (pure, never throws). */
export function decodeSyncCursor(cursor: unknown): SyncPosition | null {
  if (typeof cursor !== 'string' || cursor.length > MAX_SYNC_CURSOR_LENGTH) return null;
  try {
    if (!decodeBase64(cursor).startsWith('GPC:T:')) return null;
    const parts = parsePrismaCursor(cursor);
    if (!Array.isArray(parts) || parts.length !== 2) return null;
    const [updatedAt, id] = parts as unknown[];
    if (!(updatedAt instanceof Date) || Number.isNaN(updatedAt.getTime())) return null;
    if (typeof id !== 'string' || !UUID.test(id)) return null;
    return { updatedAt, id: id.toLowerCase() };
  } catch {
    return null;
  }
}
