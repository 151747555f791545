// Live delivery of the Event table to this instance's subscribers (GraphQL subscriptions).
//
// One reader per API instance follows the table by seq across every company (./feed-rules.ts:
// rows that commit late with a lower seq are still delivered, each row once) and hands each row
// to the subscribers of its company only. It is woken by PostgreSQL's LISTEN/NOTIFY (a trigger on
// "Event" notifies channel `event_recorded` when a transaction that recorded events commits) and
// polls every `pollMs` besides (on the embedded database, which serves one process, polling
// alone). Every instance runs its own reader, so delivery does not depend on which instance wrote
// the event. The reader runs only while someone subscribes (it stops `idleMs` after the last
// one leaves) and starts at the table's end: history is read by the subscriber itself (`after`).
//
// Limits: each subscriber has a buffer of `bufferSize` deliveries; a consumer that falls that far
// behind gets STREAM_ENDED with the seq to resume after. At most `maxPerKey` subscriptions per
// key (the API token) and `maxTotal` in all, in this instance. stop() (shutdown) ends every
// stream with STREAM_ENDED telling the client to resume, so long-lived requests do not hold up
// the drain.
import pg from 'pg';
import { ConflictError, StreamEndedError } from '../errors.js';
import { applyPoll, DEFAULT_FEED_LIMITS, type FeedLimits, type FeedState, lowWater, openGaps, startState } from './feed-rules.js';
import { LiveQueue } from './queue.js';

/** One recorded event as the reader hands it out. */
export interface LiveEvent {
  id: string;
  companyId: string;
  seq: bigint;
  type: string;
  entityType: string | null;
  entityId: string | null;
  data: unknown;
  occurredAt: Date;
}

export interface LiveDelivery {
  event: LiveEvent;
  /** Resume point once this delivery is received (see feed-rules' Delivery). */
  resumeAfter: bigint;
}

/** Runs one read statement on the database (not tenant-scoped: the reader serves every company). */
export type FeedReader = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

export interface LiveHubOptions {
  read: FeedReader;
  /** PostgreSQL: LISTEN on a connection of its own to this URL; unset: polling only. */
  listenUrl?: string | null;
  /** How often the reader looks without being woken (default 1 s with LISTEN, 250 ms without). */
  pollMs?: number;
  /** Rows read per statement (default 500). */
  batchSize?: number;
  limits?: Partial<FeedLimits>;
  /** Deliveries buffered per subscriber (default 1000). */
  bufferSize?: number;
  /** Subscriptions per key (API token) in this instance (default 10). */
  maxPerKey?: number;
  /** Subscriptions in this instance (default 1000). */
  maxTotal?: number;
  /** The reader stops this long after its last subscriber left (default 30 s). */
  idleMs?: number;
  log?: { warn(obj: object, msg: string): void; error(obj: object, msg: string): void };
  now?: () => number;
}

/** Where the reader stood when a subscriber joined: what it delivers from then on is not in the table's past. */
export interface FeedPosition {
  /** Rows above this are delivered to the subscriber as they become visible. */
  high: bigint;
  /** Numbers at or below `high` not seen yet: delivered to the subscriber if they ever commit. */
  gaps: ReadonlySet<bigint>;
}

export interface LiveSubscription {
  /** The deliveries for the subscriber's company, from the moment it subscribed. */
  queue: LiveQueue<LiveDelivery>;
  /**
   * Where the reader stood when the subscriber joined. The rows committed before it are those
   * with seq at or below `high` and not in `gaps`: a subscriber resuming from a seq reads those
   * from the table itself, and everything else arrives on `queue`, each row once.
   */
  from: FeedPosition;
  /** The reader's resume point now (every seq at or below it delivered or settled). */
  lowWater(): bigint;
}

export interface LiveHub {
  subscribe(companyId: string, key: string): Promise<LiveSubscription>;
  /** Ends every stream (STREAM_ENDED: resume with `after`) and the reader; later subscriptions are refused. */
  stop(): Promise<void>;
  /** Subscribers now (all, per key). */
  count(key?: string): number;
  /** Reads at once (tests; the trigger's notification does this on PostgreSQL). */
  wake(): void;
}

/** How often a stream checks its request's credentials again, by default (ms). */
export const DEFAULT_LIVE_RECHECK_MS = 15_000;

/** The channel the trigger on "Event" notifies (migration 20261206380000_event_live). */
export const EVENT_CHANNEL = 'event_recorded';

const COLUMNS = `"id", "companyId", "seq"::text AS "seq", "type", "entityType", "entityId", "data", "occurredAt"`;

/** The rows above `high` and those in the open gaps, with the snapshot they were read in (one statement: one snapshot). */
const POLL_SQL = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "xmin", pg_snapshot_xmax(pg_current_snapshot())::text AS "xmax",
  coalesce((SELECT json_agg(r ORDER BY r."seq"::bigint) FROM (
    SELECT ${COLUMNS} FROM "Event" WHERE "seq" > $1::bigint OR "seq" = ANY($2::bigint[]) ORDER BY "seq" LIMIT $3
  ) r), '[]'::json)::text AS "rows"`;

/** Where the reader starts: the highest seq and those present just below it. */
const START_SQL = `SELECT pg_snapshot_xmin(pg_current_snapshot())::text AS "xmin", pg_snapshot_xmax(pg_current_snapshot())::text AS "xmax",
  (SELECT coalesce(max("seq"), 0)::text FROM "Event") AS "max",
  coalesce((SELECT json_agg("seq"::text) FROM "Event" WHERE "seq" > (SELECT coalesce(max("seq"), 0) FROM "Event") - $1), '[]'::json)::text AS "present"`;

/** How far below the start the reader looks for rows still to commit. */
const START_WINDOW = 1_000;

interface Subscriber {
  companyId: string;
  key: string;
  queue: LiveQueue<LiveDelivery>;
}

export function createLiveHub(opts: LiveHubOptions): LiveHub {
  const limits: FeedLimits = { ...DEFAULT_FEED_LIMITS, ...opts.limits };
  const pollMs = opts.pollMs ?? (opts.listenUrl ? 1_000 : 250);
  const batchSize = opts.batchSize ?? 500;
  const bufferSize = opts.bufferSize ?? 1_000;
  const maxPerKey = opts.maxPerKey ?? 10;
  const maxTotal = opts.maxTotal ?? 1_000;
  const idleMs = opts.idleMs ?? 30_000;
  const now = opts.now ?? Date.now;
  const byCompany = new Map<string, Set<Subscriber>>();
  const perKey = new Map<string, number>();
  let total = 0;
  let stopped = false;

  // The reader: started by the first subscriber, stopped when idle. Each start is a reader of
  // its own, so one stopping never disturbs the next.
  interface Reader {
    state: FeedState;
    /** The position it started at (for subscribers that joined while it started). */
    initial: FeedPosition;
    running: boolean;
    woken: boolean;
    wakeUp: (() => void) | null;
    listener: pg.Client | null;
    loop: Promise<void>;
  }
  let reader: Reader | null = null;
  let starting: Promise<Reader> | null = null;
  let idleTimer: NodeJS.Timeout | null = null;

  const wakeReader = (r: Reader | null) => {
    if (!r) return;
    r.woken = true;
    const w = r.wakeUp;
    r.wakeUp = null;
    w?.();
  };

  async function listen(r: Reader): Promise<void> {
    if (!opts.listenUrl) return;
    const client = new pg.Client({ connectionString: opts.listenUrl, application_name: 'live-events' });
    client.on('error', (err) => {
      opts.log?.warn({ err }, 'live events: the LISTEN connection failed; polling until the reader restarts');
      if (r.listener === client) r.listener = null;
    });
    client.on('notification', () => wakeReader(r));
    try {
      await client.connect();
      await client.query(`LISTEN ${EVENT_CHANNEL}`);
      r.listener = client;
    } catch (err) {
      opts.log?.warn({ err }, 'live events: LISTEN is not available; polling only');
      await client.end().catch(() => undefined);
    }
  }

  async function start(): Promise<Reader> {
    const [row] = await opts.read(START_SQL, [START_WINDOW]);
    const present = (JSON.parse(String(row!.present)) as string[]).map((s) => BigInt(s));
    const state = startState(BigInt(String(row!.max)), present, START_WINDOW, { xmin: BigInt(String(row!.xmin)), xmax: BigInt(String(row!.xmax)) }, now());
    const initial: FeedPosition = { high: state.high, gaps: new Set(state.gaps.keys()) };
    const r: Reader = { state, initial, running: true, woken: false, wakeUp: null, listener: null, loop: Promise.resolve() };
    await listen(r);
    r.loop = run(r);
    return r;
  }

  async function pollOnce(s: FeedState): Promise<number> {
    const [row] = await opts.read(POLL_SQL, [s.high.toString(), openGaps(s).map(String), batchSize]);
    const rows = (JSON.parse(String(row!.rows)) as (Omit<LiveEvent, 'seq' | 'occurredAt'> & { seq: string; occurredAt: string })[]).map(
      (r): LiveEvent => ({ ...r, seq: BigInt(r.seq), occurredAt: new Date(r.occurredAt) }),
    );
    const result = applyPoll(s, rows, { xmin: BigInt(String(row!.xmin)), xmax: BigInt(String(row!.xmax)) }, now(), limits);
    if (result.abandoned.length)
      opts.log?.warn({ seqs: result.abandoned.slice(0, 20).map(String), count: result.abandoned.length }, 'live events: gave up waiting for event numbers');
    for (const d of result.deliver) {
      const subs = byCompany.get(d.row.companyId);
      if (!subs) continue;
      for (const sub of subs) sub.queue.push({ event: d.row, resumeAfter: d.resumeAfter });
    }
    return rows.length;
  }

  async function run(r: Reader): Promise<void> {
    let failures = 0;
    while (r.running) {
      r.woken = false;
      let read = 0;
      try {
        read = await pollOnce(r.state);
        failures = 0;
      } catch (err) {
        failures++;
        if (failures === 1 || failures % 60 === 0) opts.log?.error({ err, failures }, 'live events: reading the events failed; trying again');
      }
      if (!r.running) break;
      // A full batch or a notification meanwhile: read on at once; else wait for either or the poll interval.
      if (read >= batchSize || r.woken) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, failures ? Math.min(pollMs * 2 ** failures, 10_000) : pollMs);
        t.unref?.();
        r.wakeUp = () => {
          clearTimeout(t);
          resolve();
        };
      });
    }
  }

  async function stopReader(): Promise<void> {
    const pending = starting;
    starting = null;
    reader = null;
    const r = await pending?.catch(() => null);
    if (!r) return;
    r.running = false;
    wakeReader(r);
    await r.loop.catch(() => undefined);
    await r.listener?.end().catch(() => undefined);
    r.listener = null;
  }

  function remove(sub: Subscriber): void {
    const subs = byCompany.get(sub.companyId);
    if (!subs?.delete(sub)) return;
    if (!subs.size) byCompany.delete(sub.companyId);
    total--;
    const n = (perKey.get(sub.key) ?? 1) - 1;
    if (n > 0) perKey.set(sub.key, n);
    else perKey.delete(sub.key);
    if (total === 0 && !stopped) {
      idleTimer = setTimeout(() => {
        idleTimer = null;
        if (total === 0) void stopReader();
      }, idleMs);
      idleTimer.unref?.();
    }
  }

  return {
    async subscribe(companyId, key) {
      if (stopped) throw new StreamEndedError('The server is shutting down; subscribe again (another instance answers).');
      if ((perKey.get(key) ?? 0) >= maxPerKey)
        throw new ConflictError('BUSY', `This token has ${maxPerKey} subscriptions open on this server, the most it may; end one first.`);
      if (total >= maxTotal) throw new ConflictError('BUSY', 'This server has as many subscriptions open as it takes; try again later.');
      if (idleTimer) {
        clearTimeout(idleTimer);
        idleTimer = null;
      }
      // Counted before the reader starts, so concurrent subscriptions see each other.
      total++;
      perKey.set(key, (perKey.get(key) ?? 0) + 1);
      let sub: Subscriber | null = null;
      const queue = new LiveQueue<LiveDelivery>(
        bufferSize,
        () =>
          new StreamEndedError(
            `The subscription fell ${bufferSize} events behind and was ended; subscribe again with after set to the resumeAfter of the last event received.`,
          ),
        () => {
          if (sub) remove(sub);
        },
      );
      sub = { companyId, key, queue };
      const subs = byCompany.get(companyId) ?? new Set<Subscriber>();
      byCompany.set(companyId, subs);
      subs.add(sub);
      // With a reader running, its position now (taken in the same tick as joining, so no delivery
      // falls between); else the position the starting reader starts at.
      const running = reader;
      const position: FeedPosition | null = running ? { high: running.state.high, gaps: new Set(running.state.gaps.keys()) } : null;
      let r: Reader;
      try {
        if (!starting) {
          const p = start();
          starting = p;
          p.then(
            (started) => {
              if (starting === p) reader = started;
            },
            () => {
              if (starting === p) starting = null;
            },
          );
        }
        r = await starting;
      } catch (err) {
        queue.end();
        throw err;
      }
      return { queue, from: position ?? r.initial, lowWater: () => lowWater(r.state) };
    },
    async stop() {
      stopped = true;
      if (idleTimer) clearTimeout(idleTimer);
      for (const subs of [...byCompany.values()]) {
        for (const sub of [...subs])
          sub.queue.end(new StreamEndedError('The server is shutting down; subscribe again with after set to the resumeAfter of the last event received.'));
      }
      await stopReader();
    },
    count(key) {
      return key === undefined ? total : (perKey.get(key) ?? 0);
    },
    wake: () => wakeReader(reader),
  };
}
