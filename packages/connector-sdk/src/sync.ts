// The export pattern every connector repeats, written once: skip what has not changed since it
// was last sent (hash in the id map), recover from a crash between a remote create and the
// id-map write by looking the entity up remotely before creating it, and report a remote
// rejection of one entity with its reference while the flow goes on with the others.
import { HttpError } from './http/index.js';
import type { EntityRef, FlowContext, Outcome, UpsertResult } from './types.js';

export interface ExportEntityOptions {
  /** The local entity, with the reference users know it by ("Customer 1001"). */
  ref: EntityRef & { id: string };
  /** What is sent; its hash decides "unchanged". */
  payload: unknown;
  /**
   * Looks the entity up remotely by its natural key (customer number, project number …) and
   * returns its remote id, or null. Called when the id map has no entry and `listed` is undefined.
   */
  find(): Promise<string | null>;
  /**
   * What a listing of the remote collection, made earlier in this run, says of the entity: its
   * remote id, or null when it is not there (no lookup is then sent); undefined: not listed.
   * See `exportChanged`'s `listing`.
   */
  listed?: string | null;
  /** Creates it remotely and returns the remote id (undefined in a dry run). */
  create(): Promise<string | undefined>;
  /** Updates it remotely. */
  update(remoteId: string): Promise<void>;
  /**
   * false: an entity that exists remotely is never updated after it was first sent or found
   * (e.g. Visma with "Update customers" off). Default true.
   */
  updateExisting?: boolean;
}

/**
 * Errors that belong to one entity: the remote system answered 4xx (other than 401/429, which
 * the HTTP toolkit handles). Anything else (network down, 5xx after retries) stops the flow.
 */
export function isEntityError(err: unknown): err is HttpError {
  return err instanceof HttpError && err.status >= 400 && err.status < 500 && err.status !== 401 && err.status !== 429 && !err.fromTokenEndpoint;
}

export async function exportEntity(ctx: FlowContext<unknown>, o: ExportEntityOptions): Promise<Outcome> {
  if (ctx.signal.aborted) throw ctx.signal.reason ?? new Error('aborted');
  const hash = ctx.hash(o.payload);
  const mapping = await ctx.ids.get(o.ref.type, o.ref.id);
  if (mapping && (mapping.hash === hash || o.updateExisting === false)) {
    ctx.count('unchanged');
    return 'unchanged';
  }
  try {
    let remoteId = mapping?.remoteId ?? (o.listed !== undefined ? o.listed : await o.find());
    let outcome: Outcome;
    if (remoteId) {
      if (mapping || o.updateExisting !== false) await o.update(remoteId);
      outcome = 'updated';
    } else {
      remoteId = (await o.create()) ?? `planned:${o.ref.id}`;
      outcome = 'created';
    }
    await ctx.ids.set(o.ref.type, o.ref.id, remoteId, hash);
    ctx.count(outcome);
    return outcome;
  } catch (err) {
    if (!isEntityError(err)) throw err;
    ctx.reportError(o.ref, err.remoteMessage);
    ctx.count('failed');
    return 'failed';
  }
}

/** Runs `fn` for each item, stopping between items when the run is aborted. */
export async function forEachEntity<T>(ctx: FlowContext<unknown>, items: Iterable<T>, fn: (item: T) => Promise<unknown>): Promise<void> {
  for (const item of items) {
    if (ctx.signal.aborted) throw ctx.signal.reason ?? new Error('aborted');
    await fn(item);
  }
}

/**
 * How an export finds entities the id map does not know, in bulk: when at least `threshold` of a
 * run's entities are unknown (a first export), the remote collection is listed once (the
 * connector pages through it) instead of one lookup per entity, so a first export costs one
 * request per entity plus the listing's pages. The listing is made at the start of every run that
 * needs it, so an entity a crashed run created remotely is found and not created twice.
 */
export interface ExportListing<T> {
  /** The id map's entity type of an item: one type, or per item (work orders and ÄTA listed together). */
  entityType: EntityRef['type'] | ((item: T) => EntityRef['type']);
  /** Our id of an item (the id map's key). */
  id(item: T): string;
  /** Its natural key as the remote system holds it (customer number …). */
  key(item: T): string;
  /** The remote collection: natural key → remote id. */
  list(): Promise<Iterable<readonly [string, string]>>;
  /** Unknown entities from which listing pays (default 20). */
  threshold?: number;
  /**
   * Whether an item would be looked up remotely when the id map lacks it (default: every item).
   * Items the flow skips or refuses before any lookup do not count towards the threshold.
   */
  wanted?(item: T): boolean;
}

/**
 * The usual export flow: our entities changed since the flow's checkpoint (the port adds those
 * that failed last time, until they pass), each handled in turn, then the checkpoint moves on.
 * With a `listing`, `each` receives what the listing says of the item (pass it to exportEntity
 * as `listed`; undefined when no listing was made).
 */
export async function exportChanged<T>(
  ctx: FlowContext<unknown>,
  changed: (since: string | null) => Promise<{ items: T[]; next: string }>,
  each: (item: T, listed: string | null | undefined) => Promise<unknown>,
  listing?: ExportListing<T>,
): Promise<void> {
  const since = await ctx.checkpoint.get<string>();
  const { items, next } = await changed(since);
  const listed = listing ? await listedLookup(ctx, items, listing) : null;
  await forEachEntity(ctx, items, (item) => each(item, listed ? listed(item) : undefined));
  await ctx.checkpoint.set(next);
}

/**
 * The listing decision of `exportChanged` for a flow that walks its items itself (e.g. with a
 * checkpoint of its own): when at least the listing's threshold of the wanted items are unknown to
 * the id map, the remote collection is listed once and the answer says, per item, its remote id or
 * null (not there: create it without a lookup); null (no function) when lookups one by one are
 * cheaper. Pass the function's answer to exportEntity as `listed`.
 */
export async function listedLookup<T>(ctx: FlowContext<unknown>, items: readonly T[], listing: ExportListing<T>): Promise<((item: T) => string | null) | null> {
  const wanted = listing.wanted ? items.filter((i) => listing.wanted!(i)) : items;
  if (wanted.length === 0) return null;
  const typeOf = (i: T) => (typeof listing.entityType === 'function' ? listing.entityType(i) : listing.entityType);
  const byType = new Map<EntityRef['type'], T[]>();
  for (const i of wanted) {
    const group = byType.get(typeOf(i));
    if (group) group.push(i);
    else byType.set(typeOf(i), [i]);
  }
  let unknown = 0;
  for (const [type, group] of byType) {
    const known = await ctx.ids.getMany(
      type,
      group.map((i) => listing.id(i)),
    );
    unknown += group.filter((i) => !known.has(listing.id(i))).length;
  }
  if (unknown < (listing.threshold ?? 20)) return null;
  const remote = new Map(await listing.list());
  return (item) => remote.get(listing.key(item)) ?? null;
}

/** Counts what an import port did and reports each of its per-item issues with its reference. */
export function recordUpsert(ctx: FlowContext<unknown>, type: EntityRef['type'], result: UpsertResult): void {
  if (result.created) ctx.count('created', result.created);
  if (result.updated) ctx.count('updated', result.updated);
  if (result.unchanged) ctx.count('unchanged', result.unchanged);
  for (const issue of result.issues) {
    ctx.reportError({ type, reference: issue.reference }, issue.message);
    ctx.count('failed');
  }
}
