// Connection health (pure rules, no I/O): which runs count, how a finished run changes a
// connection's last run and its count of failed runs in a row, when the connection is paused,
// which runs a paused connection refuses, and when it is next scheduled.
//
// - A failing run is one whose status is FAILED: a flow stopped (the accounting system refused the
//   credentials, could not be reached, answered with errors the connector cannot get past), the
//   run hit its time limit, or the connection cannot run at all (connector not installed, invalid
//   settings). A PARTIAL run (some entities refused, each listed with its reference) reached the
//   system and did its work: the connection is not broken, so it resets the count like SUCCEEDED.
// - Dry runs and cancelled runs change nothing (a cancel is an admin's decision). A run our own server stopped
//   (shutdown, or recording its results failed) is recorded as the last run but neither counts
//   nor resets. Scheduled, event, manual and retry runs count alike: each is a real attempt to reach
//   the accounting system.
// - After `pauseAfterFailures` failing runs in a row (per connection; 0 = never) the connection is
//   paused: scheduled (and any other unattended) runs are refused until an admin resumes it.
//   Manual runs and retries still run, so an admin can test a fix; they update the health but do
//   not lift the pause.
// - Credentials refused: a flow stopped because the accounting system refused the connection's
//   credentials (401 after the one retry with refreshed tokens, or its token endpoint refused the
//   refresh token, e.g. invalid_grant). An admin must authorise the connection again; that is
//   told once per state change: by the first run refused after one that got past the credentials
//   (or after none), not by every refused run after it.
import { isHttpError } from '@nordic-invoicing/connector-sdk';
import { CronExpressionParser } from 'cron-parser';

export type RunStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'PARTIAL' | 'FAILED' | 'CANCELLED';

/** The schedule's time zone: a schedule such as "0 6 * * *" means 06:00 Swedish time. */
export const SCHEDULE_TIME_ZONE = 'Europe/Stockholm';

/** The default number of failing runs in a row that pauses a connection. */
export const DEFAULT_PAUSE_AFTER_FAILURES = 5;

/** Triggers a paused connection still runs: an admin asked for them. Every other trigger is refused. */
export const TRIGGERS_RUN_WHILE_PAUSED: readonly string[] = ['MANUAL', 'RETRY'];

export interface HealthState {
  consecutiveFailures: number;
  pausedAt: Date | null;
  /** 0: never paused. */
  pauseAfterFailures: number;
}

export interface FinishedRun {
  status: RunStatus;
  dryRun: boolean;
  /** Stopped by this server (shutdown, results not recorded), not by the connection. */
  interrupted: boolean;
  startedAt: Date;
}

export interface HealthChange {
  lastRunStatus: RunStatus;
  lastRunAt: Date;
  consecutiveFailures: number;
  /** This run pauses the connection (it was not paused before). */
  pause: boolean;
}

/** Whether a finished run is a failing one for the count (pure). */
export function isFailingRun(run: Pick<FinishedRun, 'status'>): boolean {
  return run.status === 'FAILED';
}

/** Whether `failures` failing runs in a row pause a connection with this setting (0 = never). */
export function reachesPause(failures: number, pauseAfterFailures: number): boolean {
  return pauseAfterFailures > 0 && failures >= pauseAfterFailures;
}

/**
 * How a finished run changes the connection's health; null when it changes nothing (a dry run).
 * `pause` is set only by the run that reaches the threshold on a connection not yet paused, so
 * the pause (and its one e-mail) happens once.
 */
export function healthAfterRun(before: HealthState, run: FinishedRun): HealthChange | null {
  // A cancelled run is an admin's decision, not the connection's state.
  if (run.dryRun || run.status === 'QUEUED' || run.status === 'RUNNING' || run.status === 'CANCELLED') return null;
  const consecutiveFailures = run.interrupted ? before.consecutiveFailures : isFailingRun(run) ? before.consecutiveFailures + 1 : 0;
  const pause = !before.pausedAt && !run.interrupted && isFailingRun(run) && reachesPause(consecutiveFailures, before.pauseAfterFailures);
  return { lastRunStatus: run.status, lastRunAt: run.startedAt, consecutiveFailures, pause };
}

/** Why a paused connection refuses a run of this trigger, or null when it runs (pure). */
export function pausedRefusal(connection: { pausedAt: Date | null; pausedReason: string | null }, trigger: string): string | null {
  if (!connection.pausedAt || TRIGGERS_RUN_WHILE_PAUSED.includes(trigger)) return null;
  return `The connection is paused: ${connection.pausedReason ?? 'too many failed runs in a row.'} An admin resumes it with resumeConnection.`;
}

/** The reason stored on a connection this run paused (English, like every API message). */
export function pauseReason(failures: number, lastError: string | null): string {
  const runs = failures === 1 ? 'A run failed' : `${failures} runs in a row failed`;
  return `${runs}${lastError ? `; the last: ${lastError}` : ''}.`;
}

/**
 * When the schedule next runs the connection, strictly after `from`; null when it will not
 * (no schedule on this server, inactive, paused, or an expression that never fires).
 */
export function nextScheduledRun(schedule: string | null | undefined, from: Date, connection: { active: boolean; pausedAt: Date | null }): Date | null {
  if (!schedule || !connection.active || connection.pausedAt) return null;
  try {
    return CronExpressionParser.parse(schedule, { currentDate: from, tz: SCHEDULE_TIME_ZONE }).next().toDate();
  } catch {
    return null;
  }
}

/** Why the accounting system refused the connection's credentials, when `err` says so; else null (pure). */
export function credentialsRefusal(err: unknown): string | null {
  if (!isHttpError(err)) return null;
  if (!err.fromTokenEndpoint && err.status !== 401) return null;
  const where = err.fromTokenEndpoint ? 'the token endpoint' : 'the accounting system';
  return `${where} answered ${err.status || 'nothing'}: ${err.remoteMessage}`;
}

/**
 * Whether a run whose credentials were refused (or not) starts a new "reauthorization required"
 * state: only when the previous finished run (cancelled ones aside) was not refused too (pure).
 */
export function reauthorizationStarts(refusedNow: boolean, previousRefused: boolean): boolean {
  return refusedNow && !previousRefused;
}
