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
   * returns its remote id, or null. Called when the id map has no entry.
   */
  find(): Promise<string | null>;
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
    let remoteId = mapping?.remoteId ?? (await o.find());
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
 * The usual export flow: our entities changed since the flow's checkpoint (the port adds those
 * that failed last time, until they pass), each handled in turn, then the checkpoint moves on.
 */
export async function exportChanged<T>(
  ctx: FlowContext<unknown>,
  changed: (since: string | null) => Promise<{ items: T[]; next: string }>,
  each: (item: T) => Promise<unknown>,
): Promise<void> {
  const since = await ctx.checkpoint.get<string>();
  const { items, next } = await changed(since);
  await forEachEntity(ctx, items, each);
  await ctx.checkpoint.set(next);
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
