// Connection health rules (pure): which runs count as failing, how a run changes the count and
// the last run, when the connection pauses (once), which triggers a paused connection refuses,
// the next scheduled run in Swedish time; and the pause e-mail's text.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PAUSE_AFTER_FAILURES,
  type FinishedRun,
  type HealthState,
  healthAfterRun,
  nextScheduledRun,
  pausedRefusal,
  pauseReason,
  reachesPause,
} from '../../src/integration/runtime/health.js';
import { renderFailureReport, renderPauseNotice } from '../../src/integration/runtime/notifier.js';

const at = new Date('2026-12-06T10:30:00Z');
const pausedAt = new Date('2026-12-06T08:00:00Z');
const state = (consecutiveFailures: number, o: Partial<HealthState> = {}): HealthState => ({
  consecutiveFailures,
  pausedAt: null,
  pauseAfterFailures: DEFAULT_PAUSE_AFTER_FAILURES,
  ...o,
});
const run = (status: FinishedRun['status'], o: Partial<FinishedRun> = {}): FinishedRun => ({ status, dryRun: false, interrupted: false, startedAt: at, ...o });

describe('how a finished run changes the health', () => {
  it.each([
    // [case, before, run, consecutiveFailures after, pauses]
    ['a failed run counts', state(0), run('FAILED'), 1, false],
    ['failures add up', state(3), run('FAILED'), 4, false],
    ['the fifth failure in a row pauses (default 5)', state(4), run('FAILED'), 5, true],
    ['a PARTIAL run (entities refused) resets the count', state(4), run('PARTIAL'), 0, false],
    ['a SUCCEEDED run resets the count', state(4), run('SUCCEEDED'), 0, false],
    ['a threshold of 1 pauses at the first failure', state(0, { pauseAfterFailures: 1 }), run('FAILED'), 1, true],
    ['0 never pauses', state(99, { pauseAfterFailures: 0 }), run('FAILED'), 100, false],
    ['a threshold lowered below the count pauses at the next failure', state(7, { pauseAfterFailures: 3 }), run('FAILED'), 8, true],
    ['already paused: counts on, no second pause', state(5, { pausedAt }), run('FAILED'), 6, false],
    ['already paused: a manual success resets the count (the pause stays)', state(5, { pausedAt }), run('SUCCEEDED'), 0, false],
    ['stopped by this server (shutdown): neither counts nor resets', state(4), run('FAILED', { interrupted: true }), 4, false],
    ['stopped by this server after successes: no reset either', state(2), run('SUCCEEDED', { interrupted: true }), 2, false],
  ] as const)('%s', (_case, before, r, failures, pause) => {
    expect(healthAfterRun(before, r)).toEqual({ lastRunStatus: r.status, lastRunAt: at, consecutiveFailures: failures, pause });
  });

  it.each([
    ['a dry run', run('FAILED', { dryRun: true })],
    ['a dry run that succeeded', run('SUCCEEDED', { dryRun: true })],
    ['a run still running', run('RUNNING')],
  ] as const)('%s changes nothing', (_case, r) => {
    expect(healthAfterRun(state(4), r)).toBeNull();
  });

  it.each([
    [4, 5, false],
    [5, 5, true],
    [6, 5, true],
    [1, 1, true],
    [0, 1, false],
    [1000, 0, false],
  ])('%i failures with pauseAfterFailures %i → pause %s', (n, after, expected) => {
    expect(reachesPause(n, after)).toBe(expected);
  });
});

describe('which runs a paused connection refuses', () => {
  const paused = { pausedAt, pausedReason: '5 runs in a row failed; the last: Flow account-import stopped: 401 Unauthorized.' };
  it.each([
    ['SCHEDULE', true],
    ['EVENT', true],
    ['MANUAL', false],
    ['RETRY', false],
  ])('%s refused: %s', (trigger, refused) => {
    const reason = pausedRefusal(paused, trigger);
    if (!refused) expect(reason).toBeNull();
    else expect(reason).toBe(`The connection is paused: ${paused.pausedReason} An admin resumes it with resumeConnection.`);
  });
  it('a connection that is not paused refuses nothing', () => {
    for (const trigger of ['SCHEDULE', 'EVENT', 'MANUAL', 'RETRY']) expect(pausedRefusal({ pausedAt: null, pausedReason: null }, trigger)).toBeNull();
  });
  it('the stored reason names the count and the last error', () => {
    expect(pauseReason(5, 'Flow account-import stopped: 401')).toBe('5 runs in a row failed; the last: Flow account-import stopped: 401.');
    expect(pauseReason(3, null)).toBe('3 runs in a row failed.');
    expect(pauseReason(1, 'Invalid settings: baseUrl')).toBe('A run failed; the last: Invalid settings: baseUrl.');
  });
});

describe('the next scheduled run (Swedish time)', () => {
  const on = { active: true, pausedAt: null };
  it.each([
    ['every :00 and :30, mid-hour', '0,30 * * * *', '2026-12-06T10:10:00Z', '2026-12-06T10:30:00.000Z'],
    ['strictly after a tick', '0,30 * * * *', '2026-12-06T10:30:00Z', '2026-12-06T11:00:00.000Z'],
    // 06:00 Stockholm is 05:00 UTC in winter (CET) and 04:00 UTC in summer (CEST)
    ['daily 06:00 in winter', '0 6 * * *', '2026-12-06T10:00:00Z', '2026-12-07T05:00:00.000Z'],
    ['daily 06:00 in summer', '0 6 * * *', '2026-07-01T10:00:00Z', '2026-07-02T04:00:00.000Z'],
    // summer time begins on 29 March 2026 at 02:00 → 03:00
    ['across the change to summer time', '0 6 * * *', '2026-03-28T12:00:00Z', '2026-03-29T04:00:00.000Z'],
  ])('%s', (_case, schedule, from, next) => {
    expect(nextScheduledRun(schedule, new Date(from), on)?.toISOString()).toBe(next);
  });
  it.each([
    ['no schedule on this server', null, on],
    ['paused', '0,30 * * * *', { active: true, pausedAt }],
    ['inactive', '0,30 * * * *', { active: false, pausedAt: null }],
    ['an invalid expression', 'not cron', on],
  ] as const)('none when %s', (_case, schedule, connection) => {
    expect(nextScheduledRun(schedule, at, connection)).toBeNull();
  });
});

describe('the pause e-mail', () => {
  const notice = {
    companyName: 'Bygg AB',
    connectionName: 'Ledger',
    connectorName: 'Ledger (template connector)',
    runId: 'r5',
    startedAt: new Date('2026-12-05T13:30:00Z'),
    failures: 5,
    errors: [{ flow: 'account-import', message: '401: Invalid API key' }],
  };
  it('is Swedish by default: names the connection, the failures, the errors and how to resume', () => {
    const m = renderPauseNotice(notice);
    expect(m.language).toBe('sv');
    expect(m.subject).toBe('Integrationen med Ledger (template connector) är pausad (Bygg AB)');
    expect(m.text).toContain(
      'Integrationen "Ledger" (Ledger (template connector)) för Bygg AB har pausats: 5 körningar i rad har misslyckats, den senaste 5 december 2026 kl. 14:30.',
    );
    expect(m.text).toContain('Inga schemalagda körningar görs förrän en administratör återupptar integrationen.');
    expect(m.text).toContain('Senaste fel:\n  - account-import: 401: Invalid API key');
    expect(m.text).toContain('Återuppta sedan integrationen under Integrationer (resumeConnection i API:t).');
    expect(m.text).toContain('Körningens id: r5');
  });
  it('with a threshold of 1 it names the one run', () => {
    expect(renderPauseNotice({ ...notice, failures: 1 }).text).toContain('har pausats: körningen 5 december 2026 kl. 14:30 misslyckades.');
    expect(renderPauseNotice({ ...notice, failures: 1, language: 'EN' }).text).toContain(
      'has been paused: the run on 5 December 2026 at 14:30 (Swedish time) failed.',
    );
  });
  it('is English for EN companies; an error without a flow stands alone', () => {
    const m = renderPauseNotice({ ...notice, language: 'EN', errors: [{ flow: null, message: 'Invalid settings: baseUrl' }] });
    expect(m.subject).toBe('Ledger (template connector) integration paused (Bygg AB)');
    expect(m.text).toContain('has been paused: 5 runs in a row failed, the last on 5 December 2026 at 14:30 (Swedish time).');
    expect(m.text).toContain('Last errors:\n  - Invalid settings: baseUrl');
  });
  it('the failure e-mail of a failing run says how close the pause is', () => {
    const base = {
      companyName: 'Bygg AB',
      connectionName: 'Ledger',
      connectorName: 'Ledger',
      runId: 'r3',
      startedAt: notice.startedAt,
      status: 'FAILED',
      flowErrors: [{ flow: 'account-import', message: '401' }],
      failures: [],
    };
    expect(renderFailureReport({ ...base, pause: { failures: 3, after: 5 } }).text).toContain(
      '3 av 5 körningar i rad har misslyckats; efter 5 pausas integrationen tills en administratör återupptar den.',
    );
    expect(renderFailureReport(base).text).not.toContain('pausas');
  });
});
