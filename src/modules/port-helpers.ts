// What every domain's connector port (src/modules/<domain>/port.ts) shares: "changed since"
// with its overlap window, the next checkpoint, and a service's validation error as per-item
// issues for the flow to report.
//
// "Changed since" uses updatedAt with an overlap window: a row committed late with an earlier
// updatedAt than the checkpoint is still seen on the next run, and the id map's payload hash
// makes seeing a row twice free (nothing is sent again).
import { ValidationError } from '../errors.js';
import type { PortScope } from '../integration/runtime/ports.js';
import type { UpsertResult } from '@nordic-invoicing/connector-sdk';

export type { PortScope };

/** How far back "changed since" looks before the checkpoint. */
export const CHANGE_OVERLAP_MS = 10 * 60 * 1000;

export const iso = (d: Date) => d.toISOString();
export const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

/**
 * Rows of `type` to return: the admin's retry list; else all (first run); else those changed
 * since the checkpoint less the overlap, those matching `extra`, and those the flow failed on.
 */
export function changedWhere(type: string, since: string | null, scope: PortScope, extra: object[] = []) {
  if (scope.only) return { id: { in: onlyIds(type, scope) } };
  if (since === null) return {};
  const failed = [...(scope.openFailures.get(type) ?? [])];
  return { OR: [{ updatedAt: { gt: overlapStart(since) } }, ...extra, ...(failed.length ? [{ id: { in: failed } }] : [])] };
}

/** The ids of `type` the admin's retry asks for. */
export function onlyIds(type: string, scope: PortScope): string[] {
  return (scope.only ?? []).filter((r) => r.type === type && r.id).map((r) => r.id!);
}

export function overlapStart(since: string): Date {
  return new Date(new Date(since).getTime() - CHANGE_OVERLAP_MS);
}

/** The latest updatedAt seen, never beyond "now": a row updated later in this very millisecond is seen next time. */
export function nextCheckpoint(since: string | null, items: readonly { updatedAt: string }[], now: Date): string {
  let max = since ?? new Date(0).toISOString();
  for (const i of items) if (i.updatedAt > max) max = i.updatedAt;
  return max > iso(now) ? iso(now) : max;
}

export const emptyResult = (): UpsertResult => ({ created: 0, updated: 0, unchanged: 0, issues: [] });

/** A validation error from a domain service as per-item issues, for the flow to report; anything else is rethrown. */
export function issuesOf(err: unknown, reference: (path: string) => string): UpsertResult['issues'] {
  if (err instanceof ValidationError) return err.issues.map((i) => ({ reference: reference(i.path), message: `${i.path}: ${i.message}` }));
  throw err;
}
