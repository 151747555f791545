// Following the Event table by seq: rows committed out of seq order are delivered once each; a gap
// is kept until every transaction that could hold it has ended (and a grace period), never longer
// than the maximum; the resume point never passes an open gap. And the subscriber's bounded buffer.
import { describe, expect, it } from 'vitest';
import { applyPoll, DEFAULT_FEED_LIMITS, type FeedLimits, lowWater, openGaps, startState } from '../../src/live/feed-rules.js';
import { LiveQueue } from '../../src/live/queue.js';

const limits: FeedLimits = { graceMs: 1_000, maxMs: 60_000, maxGaps: 100 };
const rows = (...seqs: number[]) => seqs.map((s) => ({ seq: BigInt(s) }));
const snap = (xmin: number, xmax: number) => ({ xmin: BigInt(xmin), xmax: BigInt(xmax) });
const seqs = (d: { row: { seq: bigint } }[]) => d.map((x) => Number(x.row.seq));

describe('startState', () => {
  it.each([
    { max: 10, present: [8, 9, 10], window: 5, gaps: [6, 7] },
    { max: 3, present: [1, 3], window: 10, gaps: [2] },
    { max: 0, present: [], window: 10, gaps: [] },
    { max: 100, present: [100], window: 3, gaps: [98, 99] },
  ])('starts at $max with gaps $gaps', ({ max, present, window, gaps }) => {
    const s = startState(BigInt(max), present.map(BigInt), window, snap(5, 9), 0);
    expect(s.high).toBe(BigInt(max));
    expect(openGaps(s).map(Number)).toEqual(gaps);
  });
});

describe('applyPoll', () => {
  it('delivers new rows in seq order and remembers the numbers skipped as gaps', () => {
    const s = startState(5n, [5n], 1, snap(10, 12), 0);
    const r = applyPoll(s, rows(9, 6, 8), snap(10, 12), 0, limits);
    expect(seqs(r.deliver)).toEqual([6, 8, 9]);
    expect(openGaps(s).map(Number)).toEqual([7]);
    expect(s.high).toBe(9n);
    // The resume point never passes the gap at 7.
    expect(r.deliver.map((d) => Number(d.resumeAfter))).toEqual([6, 6, 6]);
  });

  it('delivers a late commit of a lower seq once, and never a row twice', () => {
    const s = startState(5n, [5n], 1, snap(10, 12), 0);
    applyPoll(s, rows(6, 8), snap(10, 12), 0, limits);
    const late = applyPoll(s, rows(7, 8), snap(10, 13), 10, limits);
    expect(seqs(late.deliver)).toEqual([7]);
    expect(late.deliver[0]!.resumeAfter).toBe(8n);
    expect(openGaps(s)).toEqual([]);
    expect(seqs(applyPoll(s, rows(6, 7, 8), snap(13, 13), 20, limits).deliver)).toEqual([]);
  });

  it.each([
    { what: 'a transaction that could hold it still runs', xmin: 11, at: 5_000, open: true, abandoned: [] },
    { what: 'all have ended but the grace period has not passed', xmin: 12, at: 500, open: true, abandoned: [] },
    { what: 'all have ended and the grace period has passed', xmin: 12, at: 1_000, open: false, abandoned: [] },
    { what: 'one still runs but the maximum has passed', xmin: 11, at: 60_000, open: false, abandoned: [7] },
  ])('a gap stays open while $what: $open', ({ xmin, at, open, abandoned }) => {
    const s = startState(5n, [5n], 1, snap(10, 12), 0);
    applyPoll(s, rows(6, 8), snap(10, 12), 0, limits);
    const r = applyPoll(s, [], snap(xmin, 14), at, limits);
    expect(openGaps(s).map(Number)).toEqual(open ? [7] : []);
    expect(r.abandoned.map(Number)).toEqual(abandoned);
    expect(lowWater(s)).toBe(open ? 6n : 8n);
  });

  it('a gap noticed later waits for the transactions running when it was noticed', () => {
    const s = startState(5n, [5n], 1, snap(10, 12), 0);
    applyPoll(s, rows(6), snap(10, 12), 0, limits);
    // 7 is skipped by 8, read in a later snapshot (xmax 20): transactions up to 19 may hold 7.
    applyPoll(s, rows(8), snap(15, 20), 100, limits);
    applyPoll(s, [], snap(19, 21), 5_000, limits);
    expect(openGaps(s).map(Number)).toEqual([7]);
    applyPoll(s, [], snap(20, 21), 5_000, limits);
    expect(openGaps(s)).toEqual([]);
  });

  it('remembers at most maxGaps, giving up the oldest', () => {
    const s = startState(0n, [], 1, snap(1, 2), 0);
    applyPoll(s, rows(1, 5), snap(1, 2), 0, { ...limits, maxGaps: 3 });
    expect(openGaps(s).map(Number)).toEqual([2, 3, 4]);
    const r = applyPoll(s, rows(8), snap(1, 2), 0, { ...limits, maxGaps: 3 });
    expect(seqs(r.deliver)).toEqual([8]);
    expect(openGaps(s).map(Number)).toEqual([4, 6, 7]);
    expect(r.abandoned.map(Number)).toEqual([2, 3]);
  });

  it('a jump far beyond maxGaps records only the newest numbers', () => {
    const s = startState(0n, [], 1, snap(1, 2), 0);
    applyPoll(s, rows(1_000_000), snap(1, 2), 0, { ...limits, maxGaps: 2 });
    expect(openGaps(s).map(Number)).toEqual([999_998, 999_999]);
  });

  it('has defaults that keep a gap for a moment and give it up within minutes', () => {
    expect(DEFAULT_FEED_LIMITS.graceMs).toBeGreaterThan(0);
    expect(DEFAULT_FEED_LIMITS.maxMs).toBeLessThanOrEqual(600_000);
  });
});

describe('LiveQueue', () => {
  it('hands items in order and ends', async () => {
    const q = new LiveQueue<number>(3, () => new Error('behind'));
    q.push(1);
    q.push(2);
    q.end();
    expect(await q.next()).toEqual({ value: 1, done: false });
    expect(await q.next()).toEqual({ value: 2, done: false });
    expect((await q.next()).done).toBe(true);
  });

  it('ends with the overflow error when the consumer falls capacity items behind', async () => {
    let closed = 0;
    const q = new LiveQueue<number>(
      2,
      () => new Error('behind'),
      () => closed++,
    );
    expect([q.push(1), q.push(2), q.push(3)]).toEqual([true, true, false]);
    expect(q.size).toBe(0);
    await expect(q.next()).rejects.toThrow('behind');
    expect(closed).toBe(1);
    expect(q.push(4)).toBe(false);
  });

  it('a waiting pull gets a pushed item at once, and return() wakes it when the client leaves', async () => {
    const q = new LiveQueue<number>(2, () => new Error('behind'));
    const first = q.next();
    q.push(7);
    expect(await first).toEqual({ value: 7, done: false });
    const waiting = q.next();
    await q.return();
    expect((await waiting).done).toBe(true);
  });

  it('an error ends a waiting pull with it', async () => {
    const q = new LiveQueue<number>(2, () => new Error('behind'));
    const waiting = q.next();
    q.end(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');
  });
});
