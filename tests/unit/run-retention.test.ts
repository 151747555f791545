// Which run the daily prune deletes, trims (its per-entity failures) or keeps: by its age, whether
// it wrote files, and its status (src/integration/runtime/retention.ts).
import { describe, expect, it } from 'vitest';
import { DEFAULT_RUN_FILE_DAYS, runPruneAction, runPruneCutoffs } from '../../src/integration/runtime/retention.js';
import type { ConnectorRunStatus } from '../../src/generated/prisma/enums.js';

const now = new Date('2026-12-06T03:15:00Z');
const daysAgo = (d: number) => new Date(now.getTime() - d * 86_400_000);

describe('runPruneCutoffs', () => {
  it('the history and the file retention, in days before now', () => {
    expect(runPruneCutoffs(now, { historyDays: 90, fileDays: DEFAULT_RUN_FILE_DAYS })).toEqual({ historyBefore: daysAgo(90), filesBefore: daysAgo(2557) });
  });
  it('a file retention shorter than the history counts as the history', () => {
    expect(runPruneCutoffs(now, { historyDays: 90, fileDays: 30 })).toEqual({ historyBefore: daysAgo(90), filesBefore: daysAgo(90) });
  });
  it('seven years by default: 2557 days is 2019-12-06 → 2026-12-06', () => {
    expect(runPruneCutoffs(now, { historyDays: 90, fileDays: DEFAULT_RUN_FILE_DAYS }).filesBefore.toISOString()).toBe('2019-12-06T03:15:00.000Z');
  });
});

describe('runPruneAction (history 90 days, files 2557)', () => {
  const c = runPruneCutoffs(now, { historyDays: 90, fileDays: 2557 });
  it.each([
    // [days ago, status, has files, action]
    [1, 'SUCCEEDED', false, 'keep'],
    [89, 'FAILED', false, 'keep'],
    [90, 'SUCCEEDED', false, 'keep'],
    [91, 'SUCCEEDED', false, 'delete'],
    [91, 'PARTIAL', false, 'delete'],
    [91, 'CANCELLED', false, 'delete'],
    [91, 'QUEUED', false, 'delete'],
    [91, 'RUNNING', false, 'keep'],
    [1, 'SUCCEEDED', true, 'keep'],
    [90, 'PARTIAL', true, 'keep'],
    [91, 'PARTIAL', true, 'trim'],
    [91, 'SUCCEEDED', true, 'trim'],
    [2000, 'SUCCEEDED', true, 'trim'],
    [2557, 'SUCCEEDED', true, 'trim'],
    [2558, 'SUCCEEDED', true, 'delete'],
    [2558, 'FAILED', true, 'delete'],
    [2558, 'RUNNING', true, 'keep'],
    [5000, 'RUNNING', false, 'keep'],
  ] as const)('started %i days ago, %s, files %s → %s', (days, status, hasFiles, action) => {
    expect(runPruneAction({ startedAt: daysAgo(days), status: status as ConnectorRunStatus, hasFiles }, c)).toBe(action);
  });
});
