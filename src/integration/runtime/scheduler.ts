// The cron runner: on every tick (default every :00 and :30) each active connection of every
// company runs once, one connection after another. Several API instances may tick at the same
// time; the run lock makes the second one skip. Shutdown stops the schedule and waits for the
// flow in progress to finish (no further flow starts).
import cron from 'node-cron';
import { executeRun, pruneRunHistory, reclaimStaleRuns, type IntegrationRuntime, type RunOutcome } from './run.js';

export const DEFAULT_SCHEDULE = '0,30 * * * *';

export interface Scheduler {
  /** One sweep over every active connection (what a tick does). */
  tick(): Promise<RunOutcome[]>;
  start(): void;
  /** Stops ticking and waits for the sweep in progress. */
  stop(): Promise<void>;
}

export function createScheduler(rt: IntegrationRuntime, schedule = DEFAULT_SCHEDULE, historyDays = 90): Scheduler {
  if (!cron.validate(schedule)) throw new Error(`Invalid CONNECTOR_SCHEDULE "${schedule}" (a cron expression such as "${DEFAULT_SCHEDULE}")`);
  rt.stopping ??= { value: false };
  let current: Promise<RunOutcome[]> | null = null;
  let task: ReturnType<typeof cron.schedule> | null = null;

  async function sweep(): Promise<RunOutcome[]> {
    // The one read across companies: which connections exist. Each run is tenant-scoped.
    const connections = await rt.prisma.connection.findMany({ where: { active: true }, select: { id: true, companyId: true }, orderBy: { createdAt: 'asc' } });
    const results: RunOutcome[] = [];
    const pruned = await pruneRunHistory(rt, historyDays);
    if (pruned) rt.log.info(`deleted ${pruned} run(s) older than ${historyDays} days`);
    for (const c of connections) {
      if (rt.stopping!.value) break;
      try {
        results.push(await executeRun(rt, { companyId: c.companyId, connectionId: c.id, trigger: 'SCHEDULE' }));
      } catch (err) {
        rt.log.error(`connection ${c.id}: run failed to start: ${(err as Error).message}`);
      }
    }
    return results;
  }

  const scheduler: Scheduler = {
    async tick() {
      if (current) {
        rt.log.info('previous sweep still running; tick skipped');
        return [];
      }
      current = sweep();
      try {
        return await current;
      } finally {
        current = null;
      }
    },
    start() {
      // Every instance also reclaims periodically (startRunReaper), scheduler or not.
      void reclaimStaleRuns(rt).catch((err: unknown) => rt.log.error(`could not check for abandoned runs: ${(err as Error).message}`));
      task = cron.schedule(schedule, () => void scheduler.tick(), { noOverlap: true });
    },
    async stop() {
      rt.stopping!.value = true;
      rt.reaper?.stop();
      await task?.stop();
      await current?.catch(() => undefined);
    },
  };
  return scheduler;
}
