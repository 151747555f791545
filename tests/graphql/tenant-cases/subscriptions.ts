// Cross-tenant cases for the subscriptions (server-sent events): company B has events and a
// connector run; company A (every permission) reads the company's events from the first seq on,
// and follows B's run by its id (runProgress, connectorRun). A gets none of B's events and
// NOT_FOUND for B's run. Each stream is read for a bounded time, then closed.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { recordEvent } from '../../../src/modules/events/index.js';
import { remember, type TenantModule, type TenantWorld } from './world.js';

/** The messages of a subscription read for at most `ms` (or until the server ends it). */
async function readStream(w: TenantWorld, query: string, variables: Record<string, unknown>, ms = 1_500): Promise<unknown[]> {
  const abort = new AbortController();
  const res = await w.h.app.fetch('http://test.local/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${w.a.adminToken}` },
    body: JSON.stringify({ query, variables }),
    signal: abort.signal,
  });
  const reader = res.body!.getReader();
  const timer = setTimeout(() => {
    abort.abort();
    void reader.cancel().catch(() => undefined);
  }, ms);
  let text = '';
  const decoder = new TextDecoder();
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch {
    // closed at the time limit
  } finally {
    clearTimeout(timer);
  }
  return text
    .split('\n')
    .filter((l) => l.startsWith('data:') && l.length > 6)
    .map((l) => JSON.parse(l.slice(5)) as unknown);
}

export const subscriptionsTenantModule: TenantModule = {
  name: 'subscriptions',
  async seed(w: TenantWorld) {
    const db = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: null, signature: 'SEED' });
    const connection = await db.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ sandbox: true, connectorId: 'template', name: 'Victim live connection', settings: {} }),
    });
    const run = await db.connectorRun.create({
      data: scoped<Prisma.ConnectorRunUncheckedCreateInput>({ connectionId: connection.id, trigger: 'MANUAL', startedAt: new Date(), status: 'SUCCEEDED' }),
    });
    remember(w, 'ConnectorRun', run.id);
    await db.$transaction(async (tx) => {
      await recordEvent(tx, {
        type: 'run.started',
        entityType: 'ConnectorRun',
        entityId: run.id,
        data: { runId: run.id, connectionId: connection.id, connector: 'template', trigger: 'MANUAL', dryRun: false },
      });
      await recordEvent(tx, { type: 'webhook.test', data: { endpointId: 'victim-live-endpoint', message: 'victim live event' } });
    });
    w.markers.push('victim-live-endpoint', 'victim live event', 'Victim live connection');
  },
  cases(w: TenantWorld) {
    const runId = () => encodeGlobalID('ConnectorRun', w.ids.get('ConnectorRun')!.at(-1)!);
    return {
      // From the first seq: the past of A's company only.
      companyEvents: { run: () => readStream(w, 'subscription { companyEvents(after: "0") { id seq type data entityId } }', {}) },
      runProgress: { run: () => readStream(w, 'subscription P($id: ID!) { runProgress(runId: $id) { kind data } }', { id: runId() }) },
      connectorRun: { run: () => readStream(w, 'subscription R($id: ID!) { connectorRun(id: $id) { id status } }', { id: runId() }) },
    };
  },
};
