// Following a connector run as a client does: runConnection and retryConnectorFailure return the
// run QUEUED at once; the client reads it with node(id) until it has finished, its e-mail included.
import { graphql } from '../gql/index.js';
import type { HelperRunQuery } from '../gql/graphql.js';
import type { Harness } from './harness.js';

const HelperRun = graphql(`
  query HelperRun($id: ID!) {
    node(id: $id) {
      ... on ConnectorRun {
        id status trigger dryRun error notification queuedAt startedAt finishedAt cancelRequestedAt cancelledBy requestedFlows
        flows { flowId status created updated unchanged skipped failed error planned }
        failures { id entityType entityId reference message flowId }
      }
    }
  }
`);

export type FollowedRun = Extract<NonNullable<HelperRunQuery['node']>, { id: string }>;

/** Whether a run has finished, its e-mail included (recorded in `notification` right after the final status). */
export function settled(run: Pick<FollowedRun, 'status' | 'dryRun' | 'notification'>): boolean {
  if (run.status === 'QUEUED' || run.status === 'RUNNING') return false;
  return run.status === 'SUCCEEDED' || run.status === 'CANCELLED' || run.dryRun || run.notification !== null;
}

/** The run as it is now. */
export async function readRun(h: Harness, runId: string, token: string): Promise<FollowedRun> {
  const node = (await h.data(HelperRun, { id: runId }, token)).node;
  if (!node || !('id' in node)) throw new Error(`no run ${runId}`);
  return node as FollowedRun;
}

/** Polls the run until it has settled (at most `timeoutMs`). */
export async function followRun(h: Harness, runId: string, token: string, timeoutMs = 60_000): Promise<FollowedRun> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const run = await readRun(h, runId, token);
    if (settled(run)) return run;
    if (Date.now() > until) throw new Error(`run ${runId} still ${run.status} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
