// GraphQL of incremental sync: `modifiedSince` on the lists a client mirrors (the helpers below,
// used by each module's list), the deletions feed and the high-water mark.
import { PothosValidationError } from '@pothos/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import { decodeSyncCursor, encodeSyncCursor } from '../../graphql/sync-cursor.js';
import { loadConfig } from '../../config.js';
import { changedOrder, changedSinceWhere, sinceTooOld } from './rules.js';
import { ResyncRequiredError, syncPoint } from './service.js';

export const MODIFIED_SINCE_DESCRIPTION =
  'Only rows changed at or after this time (use the syncPoint read before the previous pass), ordered by (updatedAt, id) and paged forward by a cursor that keeps its place while rows change. Deleted rows: see deletions.';

interface PageArgs {
  modifiedSince?: Date | null;
  after?: string | null;
  before?: string | null;
  last?: number | null;
}

/**
 * How a list reads one page with `modifiedSince`: its filter and order, or null when the argument
 * is not given (the list reads as before). Backward paging and cursors of the list's other
 * orders are refused, naming the argument.
 */
export function changedPage(args: PageArgs, field: 'updatedAt' | 'deletedAt' = 'updatedAt', since = args.modifiedSince) {
  if (since == null) return null;
  if (args.before != null || args.last != null) {
    throw Object.assign(new PothosValidationError('Lists read with modifiedSince page forward only (first, after).'), { field: 'last' });
  }
  const after = args.after == null ? null : decodeSyncCursor(args.after);
  if (args.after != null && after === null) {
    throw Object.assign(new PothosValidationError('Not a cursor of this list read with modifiedSince.'), { field: 'after' });
  }
  return { where: changedSinceWhere(since, after, field), orderBy: changedOrder(field) };
}

/** The includeInactive argument of a register a client mirrors: a row made inactive is a change the copy needs. */
export const INCLUDE_INACTIVE_DESCRIPTION =
  'Also the inactive ones. A copy kept in sync with modifiedSince passes true: a row made inactive is a change it has to read.';

/** The options of a list's `modifiedSince` argument: `t.arg(modifiedSinceArg)`. */
export const modifiedSinceArg = { type: 'DateTime', description: MODIFIED_SINCE_DESCRIPTION } as const;

/** The options of the `modifiedSince` argument of a plain (unpaged) list: it returns every row changed since. */
export const modifiedSinceListArg = {
  type: 'DateTime',
  description:
    'Only rows changed at or after this time (use the syncPoint read before the previous pass), all of them, ordered by (updatedAt, id). Deleted rows: see deletions.',
} as const;

/**
 * The findMany arguments of a list a client mirrors: with `modifiedSince`, the list's own filter
 * and the rows changed since, in (updatedAt, id) order, after the cursor's position by value;
 * without it, the list's own filter and order (Pothos' id cursor unchanged). A plain list (no
 * cursor) is read the same way, whole.
 */
export function mirroredRead<Q extends object, W, O>(query: Q, args: PageArgs, where: W, orderBy: O): Q & { where: W; orderBy: O } {
  const changed = changedPage(args);
  if (!changed) return { ...query, where, orderBy };
  return { ...withoutIdCursor(query), where: { AND: [where, changed.where] } as W, orderBy: changed.orderBy as O };
}

/** The filter of a mirrored list's totalCount: its own, and with `modifiedSince` only the rows changed since. */
export function mirroredCountWhere<W>(where: W, args: { modifiedSince?: Date | null }): W {
  return (args.modifiedSince ? { AND: [where, { updatedAt: { gte: args.modifiedSince } }] } : where) as W;
}

/** Pothos' connection query without its id cursor: a page read with `modifiedSince` is found by value. */
export function withoutIdCursor<Q extends object>(query: Q): Q {
  const { cursor: _cursor, skip: _skip, ...rest } = query as Q & { cursor?: unknown; skip?: unknown };
  const select = (rest as { select?: Record<string, unknown> }).select;
  return (select ? { ...rest, select: { ...select, id: true, updatedAt: true } } : rest) as Q;
}

interface Positioned {
  id: string;
  updatedAt?: Date;
  deletedAt?: Date;
}
interface EdgeLike {
  cursor: string;
  node: Positioned;
  connection?: { args?: PageArgs & { since?: Date | null } };
}
const isChangedRead = (args: (PageArgs & { since?: Date | null }) | undefined) => args?.modifiedSince != null || args?.since != null;

function cursorOf(edge: EdgeLike, always = false): string {
  if (!always && !isChangedRead(edge.connection?.args)) return edge.cursor;
  const n = edge.node;
  return encodeSyncCursor({ updatedAt: (n.deletedAt ?? n.updatedAt)!, id: n.id });
}

const edgeOptions = (always: boolean) =>
  ({
    // The edge's parent is typed per list; these fields read only what every edge has.
    fields: (t: PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<{ Context: object }>, EdgeLike>) => ({
      cursor: t.string({ resolve: (edge: EdgeLike) => cursorOf(edge, always) }),
    }),
  }) as never;

/** Edge options of a list with `modifiedSince`: its edges' cursors carry (updatedAt, id). */
export const changedEdgeOptions = edgeOptions(false);
/** Edge options of a list always read in (updatedAt, id) order (with or without `modifiedSince`): cursors carry (updatedAt, id). */
export const alwaysChangedEdgeOptions = edgeOptions(true);

interface ConnectionLike {
  args?: PageArgs & { since?: Date | null };
  edges: EdgeLike[];
  pageInfo: { startCursor: string | null; endCursor: string | null; hasNextPage: boolean; hasPreviousPage: boolean };
}

const connectionOptions = (always: boolean) =>
  ({
    fields: (t: PothosSchemaTypes.ObjectFieldBuilder<PothosSchemaTypes.ExtendDefaultTypes<{ Context: object }>, ConnectionLike>) => ({
      pageInfo: t.field({
        type: builder.pageInfoRef() as unknown as 'String',
        resolve: ((c: ConnectionLike) => {
          if (!always && !isChangedRead(c.args)) return c.pageInfo;
          const first = c.edges[0];
          const last = c.edges[c.edges.length - 1];
          return { ...c.pageInfo, startCursor: first ? cursorOf(first, always) : null, endCursor: last ? cursorOf(last, always) : null };
        }) as never,
      }),
    }),
  }) as never;

/** Connection options of a list with `modifiedSince`: pageInfo's cursors as the edges'. */
export const changedConnectionOptions = connectionOptions(false);
/** Connection options of a list always read in (updatedAt, id) order: pageInfo's cursors as the edges'. */
export const alwaysChangedConnectionOptions = connectionOptions(true);

export const TombstoneRef = builder.prismaObject('Tombstone', {
  description: 'A deleted row of a mirrored list (deleted itself or with the row it belonged to).',
  fields: (t) => ({
    entityType: t.exposeString('entityType', { description: 'The GraphQL type of the deleted row: Customer, Contact, InvoiceLine, …' }),
    entityId: t.id({ description: 'The global id the row had.', resolve: (r) => encodeGlobalID(r.entityType, r.entityId) }),
    deletedAt: t.expose('deletedAt', { type: 'DateTime' }),
  }),
});

let settings: { days: number; marginMs: number } | null = null;
function syncSettings() {
  if (!settings) {
    const c = loadConfig();
    settings = { days: c.SYNC_TOMBSTONE_DAYS, marginMs: c.SYNC_CLOCK_MARGIN_MS };
  }
  return settings;
}

builder.queryFields((t) => ({
  syncPoint: t.field({
    type: 'DateTime',
    authScopes: { authenticated: true },
    description:
      'The high-water mark: every change (and deletion) before it is committed and readable. Read it before a sync pass, read the lists with modifiedSince and deletions since the mark of the previous pass, then keep this one for the next.',
    resolve: (_r, _a, ctx) => syncPoint(ctx.db, syncSettings().marginMs),
  }),
  deletions: t.prismaConnection(
    {
      type: 'Tombstone',
      cursor: 'id',
      defaultSize: 100,
      maxSize: 1000,
      authScopes: { authenticated: true },
      description:
        'Rows of the mirrored lists deleted at or after `since`, oldest first, paged forward. Kept SYNC_TOMBSTONE_DAYS days: an older `since` is refused with RESYNC_REQUIRED.',
      args: { since: t.arg({ type: 'DateTime', required: true }) },
      resolve: (query, _r, args, ctx) => {
        if (sinceTooOld(args.since, new Date(), syncSettings().days)) throw new ResyncRequiredError(syncSettings().days);
        const page = changedPage(args, 'deletedAt', args.since)!;
        return ctx.db.tombstone.findMany({ ...withoutIdCursor(query), where: page.where, orderBy: page.orderBy });
      },
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
}));
