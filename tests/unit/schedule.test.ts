// The connector schedule: CONNECTOR_SCHEDULE (default every :00 and :30) is a cron expression in
// Swedish time. The next scheduled run the API shows (nextScheduledRunAt) is computed by
// nextScheduledRun; it must fall at the times the scheduler fires, across both daylight-saving
// changes (last Sunday of March, 02:00 → 03:00; last Sunday of October, 03:00 → 02:00), and agree
// with pg-boss, which fires the schedule. Pure: no database (pg-boss is constructed, never started).
import { PgBoss } from 'pg-boss';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DEFAULT_SCHEDULE } from '../../src/integration/runtime/engine.js';
import { nextScheduledRun, SCHEDULE_TIME_ZONE } from '../../src/integration/runtime/health.js';

const active = { active: true, pausedAt: null };

/** An instant as Swedish wall-clock time with its offset, e.g. "2026-10-25 02:30 GMT+02:00". */
const swedish = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'longOffset',
});
const local = (d: Date | null) => (d ? swedish.format(d) : null);

/** The next `count` scheduled runs after `from`, each computed from the one before, as the API would show them run after run. */
function nextRuns(schedule: string, from: string, count: number): Date[] {
  const out: Date[] = [];
  let at = new Date(from);
  for (let i = 0; i < count; i++) {
    const next = nextScheduledRun(schedule, at, active);
    if (!next) throw new Error(`no run after ${at.toISOString()}`);
    out.push(next);
    at = next;
  }
  return out;
}

// Never started: previewSchedule is pure cron arithmetic, the same pg-boss uses to fire the schedule.
const boss = new PgBoss('postgres://unused@127.0.0.1:1/unused');
const fired = (schedule: string, from: string, count: number) => boss.previewSchedule(schedule, { tz: SCHEDULE_TIME_ZONE, from: new Date(from), count });

describe('the connector schedule', () => {
  it('is every :00 and :30 in Swedish time unless CONNECTOR_SCHEDULE says otherwise', () => {
    expect(DEFAULT_SCHEDULE).toBe('0,30 * * * *');
    expect(loadConfig({}).CONNECTOR_SCHEDULE).toBe(DEFAULT_SCHEDULE);
    expect(loadConfig({ CONNECTOR_SCHEDULE: '15 6 * * 1-5' }).CONNECTOR_SCHEDULE).toBe('15 6 * * 1-5');
    expect(SCHEDULE_TIME_ZONE).toBe('Europe/Stockholm');
  });

  it.each([
    // from (UTC)                  next run (Swedish time)
    ['2026-01-15T10:10:00.000Z', '2026-01-15 11:30:00 GMT+01:00'],
    ['2026-01-15T10:29:59.999Z', '2026-01-15 11:30:00 GMT+01:00'],
    // Strictly after: a run at :30 is followed by the one at :00.
    ['2026-01-15T10:30:00.000Z', '2026-01-15 12:00:00 GMT+01:00'],
    ['2026-01-15T10:30:00.001Z', '2026-01-15 12:00:00 GMT+01:00'],
    ['2026-07-01T09:59:00.000Z', '2026-07-01 12:00:00 GMT+02:00'],
    ['2026-07-01T10:00:00.000Z', '2026-07-01 12:30:00 GMT+02:00'],
    // Across midnight and the new year, Swedish time.
    ['2026-12-31T22:45:00.000Z', '2027-01-01 00:00:00 GMT+01:00'],
  ])('default schedule: after %s the next run is %s', (from, expected) => {
    const next = nextScheduledRun(DEFAULT_SCHEDULE, new Date(from), active);
    expect(local(next)).toBe(expected);
    expect(next).toEqual(fired(DEFAULT_SCHEDULE, from, 1)[0]);
  });

  it('default schedule across the change to summer time (last Sunday of March): every half hour, at :00 and :30', () => {
    const runs = nextRuns(DEFAULT_SCHEDULE, '2026-03-29T00:10:00Z', 6);
    expect(runs.map(local)).toEqual([
      '2026-03-29 01:30:00 GMT+01:00',
      // 02:00 does not exist that night: the clocks go from 02:00 to 03:00.
      '2026-03-29 03:00:00 GMT+02:00',
      '2026-03-29 03:30:00 GMT+02:00',
      '2026-03-29 04:00:00 GMT+02:00',
      '2026-03-29 04:30:00 GMT+02:00',
      '2026-03-29 05:00:00 GMT+02:00',
    ]);
    expect(runs.slice(1).map((r, i) => r.getTime() - runs[i]!.getTime())).toEqual(Array(5).fill(30 * 60_000));
    expect(runs).toEqual(fired(DEFAULT_SCHEDULE, '2026-03-29T00:10:00Z', 6));
  });

  it('default schedule across the change to winter time (last Sunday of October): the repeated hour runs twice, every half hour', () => {
    const runs = nextRuns(DEFAULT_SCHEDULE, '2026-10-24T23:40:00Z', 6);
    expect(runs.map(local)).toEqual([
      '2026-10-25 02:00:00 GMT+02:00',
      '2026-10-25 02:30:00 GMT+02:00',
      // 03:00 summer time is 02:00 winter time: that hour is shown twice.
      '2026-10-25 02:00:00 GMT+01:00',
      '2026-10-25 02:30:00 GMT+01:00',
      '2026-10-25 03:00:00 GMT+01:00',
      '2026-10-25 03:30:00 GMT+01:00',
    ]);
    expect(runs.slice(1).map((r, i) => r.getTime() - runs[i]!.getTime())).toEqual(Array(5).fill(30 * 60_000));
    expect(runs).toEqual(fired(DEFAULT_SCHEDULE, '2026-10-24T23:40:00Z', 6));
  });

  it('a custom CONNECTOR_SCHEDULE (weekdays at 06:15) keeps its Swedish time across both changes', () => {
    const schedule = loadConfig({ CONNECTOR_SCHEDULE: '15 6 * * 1-5' }).CONNECTOR_SCHEDULE;
    // Thursday 26 March 2026, winter time, to Tuesday 31 March, summer time: the weekend is skipped.
    const march = nextRuns(schedule, '2026-03-26T06:00:00Z', 3);
    expect(march.map(local)).toEqual(['2026-03-27 06:15:00 GMT+01:00', '2026-03-30 06:15:00 GMT+02:00', '2026-03-31 06:15:00 GMT+02:00']);
    expect(march.map((d) => d.toISOString())).toEqual(['2026-03-27T05:15:00.000Z', '2026-03-30T04:15:00.000Z', '2026-03-31T04:15:00.000Z']);
    expect(march).toEqual(fired(schedule, '2026-03-26T06:00:00Z', 3));
    // Friday 23 October 2026, summer time, to Monday 26 October, winter time.
    const october = nextRuns(schedule, '2026-10-22T06:00:00Z', 2);
    expect(october.map(local)).toEqual(['2026-10-23 06:15:00 GMT+02:00', '2026-10-26 06:15:00 GMT+01:00']);
    expect(october.map((d) => d.toISOString())).toEqual(['2026-10-23T04:15:00.000Z', '2026-10-26T05:15:00.000Z']);
    expect(october).toEqual(fired(schedule, '2026-10-22T06:00:00Z', 2));
  });

  it('a daily run in the hour the clocks skip or repeat runs once that day', () => {
    // 02:30 does not exist on 29 March: the run is at 03:30 summer time.
    expect(nextRuns('30 2 * * *', '2026-03-28T12:00:00Z', 2).map(local)).toEqual(['2026-03-29 03:30:00 GMT+02:00', '2026-03-30 02:30:00 GMT+02:00']);
    // 02:30 happens twice on 25 October: the run is at the first.
    expect(nextRuns('30 2 * * *', '2026-10-24T12:00:00Z', 2).map(local)).toEqual(['2026-10-25 02:30:00 GMT+02:00', '2026-10-26 02:30:00 GMT+01:00']);
    expect(nextRuns('30 2 * * *', '2026-10-24T12:00:00Z', 2)).toEqual(fired('30 2 * * *', '2026-10-24T12:00:00Z', 2));
  });

  it('shows no next run without a schedule, for an inactive or paused connection, or for an expression that does not parse', () => {
    const from = new Date('2026-01-15T10:10:00Z');
    expect(nextScheduledRun(null, from, active)).toBeNull();
    expect(nextScheduledRun('', from, active)).toBeNull();
    expect(nextScheduledRun(DEFAULT_SCHEDULE, from, { active: false, pausedAt: null })).toBeNull();
    expect(nextScheduledRun(DEFAULT_SCHEDULE, from, { active: true, pausedAt: from })).toBeNull();
    expect(nextScheduledRun('not a schedule', from, active)).toBeNull();
  });
});
