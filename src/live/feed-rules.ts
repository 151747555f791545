// The rules of following the Event table by seq (pure: no I/O).
//
// seq comes from a sequence, taken when a row is inserted; a transaction commits whenever it
// ends, so rows become visible out of seq order: seq 7 may commit after seq 8 was read. The
// reader keeps the highest seq it has delivered (`high`) and, below it, every seq it has not
// seen yet (a gap). A gap is either a transaction still running (its row will appear) or a
// number that will never be used (a rolled-back insert, the sequence's cache after a crash).
// Each gap remembers the first transaction id not yet started when it was noticed (the
// snapshot's xmax): once the oldest transaction still running (xmin) is at or past it, every
// transaction that could hold the number has ended, so a row not read by then never will be.
// A sequence number is taken a moment before its transaction gets its id, so a gap is also kept
// for at least `graceMs`; and never longer than `maxMs` (a transaction left open elsewhere in
// the database must not make the reader remember gaps forever).

export interface FeedLimits {
  /** A gap is kept at least this long (ms). */
  graceMs: number;
  /** A gap is given up after this long (ms), whatever runs in the database. */
  maxMs: number;
  /** At most this many gaps are remembered (the oldest are given up first). */
  maxGaps: number;
}

export const DEFAULT_FEED_LIMITS: FeedLimits = { graceMs: 2_000, maxMs: 300_000, maxGaps: 10_000 };

export interface Gap {
  /** When it was noticed (ms). */
  seenAt: number;
  /** The snapshot's xmax when it was noticed: transactions from then on cannot hold it. */
  xmax: bigint;
}

export interface FeedState {
  /** The highest seq delivered (or present when the reader started). */
  high: bigint;
  /** Numbers below `high` not seen yet, in ascending order of seq. */
  gaps: Map<bigint, Gap>;
}

/** The snapshot a read was made in (pg_current_snapshot()). */
export interface Snapshot {
  xmin: bigint;
  xmax: bigint;
}

export interface Delivery<R> {
  row: R;
  /**
   * Every seq at or below this has been delivered or will never exist, as far as this reader
   * knows once the row is delivered: a client that has received everything up to here resumes
   * with `after` set to it.
   */
  resumeAfter: bigint;
}

export interface PollResult<R> {
  deliver: Delivery<R>[];
  /** Gaps given up in this poll because of `maxMs` or `maxGaps` (not because they were settled). */
  abandoned: bigint[];
}

/**
 * The state of a reader starting at `max` (the highest seq in the table): nothing already there is
 * delivered, and every number of the last `window` below it not present is a gap, since a
 * transaction running now may still commit it.
 */
export function startState(max: bigint, present: readonly bigint[], window: number, snapshot: Snapshot, now: number): FeedState {
  const have = new Set(present);
  const gaps = new Map<bigint, Gap>();
  const from = max - BigInt(window) > 0n ? max - BigInt(window) + 1n : 1n;
  for (let s = from; s < max; s++) if (!have.has(s)) gaps.set(s, { seenAt: now, xmax: snapshot.xmax });
  return { high: max, gaps };
}

/** The seqs the next read asks for besides those above `high`: the open gaps. */
export function openGaps(state: FeedState): bigint[] {
  return [...state.gaps.keys()];
}

/** Every seq at or below this is delivered or settled. */
export function lowWater(state: FeedState): bigint {
  for (const s of state.gaps.keys()) return s - 1n;
  return state.high;
}

/**
 * Applies one read (rows with seq above `high` or in a gap, ascending, all read in `snapshot`):
 * which rows to deliver (each once), and the new gaps and settled ones. Mutates `state`.
 */
export function applyPoll<R extends { seq: bigint }>(state: FeedState, rows: readonly R[], snapshot: Snapshot, now: number, limits: FeedLimits): PollResult<R> {
  const deliver: Delivery<R>[] = [];
  const abandoned: bigint[] = [];
  const sorted = [...rows].sort((a, b) => (a.seq < b.seq ? -1 : a.seq > b.seq ? 1 : 0));
  for (const row of sorted) {
    if (row.seq <= state.high) {
      // Below high: delivered only if it fills a gap (never twice).
      if (!state.gaps.delete(row.seq)) continue;
    } else {
      // Numbers skipped between high and this row are gaps (at most maxGaps of the newest).
      const from = row.seq - state.high > BigInt(limits.maxGaps) ? row.seq - BigInt(limits.maxGaps) : state.high + 1n;
      for (let s = from; s < row.seq; s++) state.gaps.set(s, { seenAt: now, xmax: snapshot.xmax });
      state.high = row.seq;
    }
    deliver.push({ row, resumeAfter: 0n });
  }
  // Gaps every possible holder of which has ended, or kept too long, are settled.
  for (const [s, g] of state.gaps) {
    const settled = snapshot.xmin >= g.xmax && now - g.seenAt >= limits.graceMs;
    if (settled) state.gaps.delete(s);
    else if (now - g.seenAt >= limits.maxMs) {
      state.gaps.delete(s);
      abandoned.push(s);
    }
  }
  // Too many gaps: the oldest go.
  if (state.gaps.size > limits.maxGaps) {
    const ordered = [...state.gaps.keys()].sort((a, b) => (a < b ? -1 : 1));
    for (const s of ordered.slice(0, state.gaps.size - limits.maxGaps)) {
      state.gaps.delete(s);
      abandoned.push(s);
    }
  }
  // Keep the map in ascending order (lowWater reads its first key).
  const ordered = [...state.gaps.entries()].sort(([a], [b]) => (a < b ? -1 : 1));
  state.gaps = new Map(ordered);
  // Once a client has the rows of this poll up to one, it lacks only the later ones.
  const water = lowWater(state);
  deliver.forEach((d, i) => {
    const next = deliver[i + 1];
    d.resumeAfter = next && next.row.seq - 1n < water ? next.row.seq - 1n : water;
  });
  return { deliver, abandoned };
}
