// How long a connection's runs are kept (pure; the daily prune in ./run.ts deletes what these rules
// name). A run is history: kept CONNECTOR_RUN_HISTORY_DAYS (90). A run that wrote files (a SIE
// file handed to the accounting program) is bookkeeping evidence: kept with its flows and its
// files CONNECTOR_RUN_FILE_DAYS (seven years) — only its per-entity failures go at the history
// retention. A run still RUNNING is never pruned.
import type { ConnectorRunStatus } from '../../generated/prisma/enums.js';

/** Seven years (7 × 365 + 2 leap days): Swedish bookkeeping records are kept seven years. */
export const DEFAULT_RUN_FILE_DAYS = 2557;
/** The default history retention (CONNECTOR_RUN_HISTORY_DAYS). */
export const DEFAULT_RUN_HISTORY_DAYS = 90;

export interface RunRetention {
  /** Days a run without files is kept. */
  historyDays: number;
  /** Days a run with files is kept (never less than `historyDays`). */
  fileDays: number;
}

/** The moments before which the daily prune deletes runs, or a run's failures. */
export interface RunPruneCutoffs {
  /** A run without files that started before this goes; a run with files loses its failures. */
  historyBefore: Date;
  /** A run with files that started before this goes (with its files, flows and failures). */
  filesBefore: Date;
}

/**
 * The cutoffs from `now` and the retention. A run with files is kept at least as long as one
 * without: a file retention shorter than the history's counts as the history's.
 */
export function runPruneCutoffs(now: Date, r: RunRetention): RunPruneCutoffs {
  const day = 86_400_000;
  return {
    historyBefore: new Date(now.getTime() - r.historyDays * day),
    filesBefore: new Date(now.getTime() - Math.max(r.fileDays, r.historyDays) * day),
  };
}

/**
 * What the daily prune does with a run: `delete` it (its flows, failures and files go with it),
 * `trim` it (its per-entity failures go; the run, its flows and files stay) or `keep` it.
 */
export type RunPruneAction = 'delete' | 'trim' | 'keep';

export function runPruneAction(run: { startedAt: Date; status: ConnectorRunStatus; hasFiles: boolean }, c: RunPruneCutoffs): RunPruneAction {
  if (run.status === 'RUNNING') return 'keep';
  if (!run.hasFiles) return run.startedAt < c.historyBefore ? 'delete' : 'keep';
  if (run.startedAt < c.filesBefore) return 'delete';
  return run.startedAt < c.historyBefore ? 'trim' : 'keep';
}
