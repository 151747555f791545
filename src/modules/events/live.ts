// GraphQL subscriptions over the company's events (server-sent events at /graphql):
// - companyEvents(types, after): the company's events as they happen, each shown only to a user
//   whose permissions allow its kind (./live-rules.ts); `after` resumes after a seq.
// - runProgress(runId): a connector run's progress (started, each flow finished, finished or
//   failed), ending when the run ends.
// Both read the Event table: the past through the tenant-scoped client (`after`; a run's events
// by the index of their entity, ConnectorRun and the run's id), the present
// from the instance's reader (src/live/hub.ts), which hands a subscriber only its own company's
// rows. The request's credentials are checked again every `recheckMs`: a revoked or expired token
// (or a deactivated user) ends the stream with UNAUTHENTICATED, and permissions taken away apply
// to the next event.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Permission } from '../../generated/prisma/enums.js';
import { builder } from '../../graphql/builder.js';
import { actorOf, type Context, type LiveContext } from '../../graphql/context.js';
import { InputError } from '../../graphql/input.js';
import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../errors.js';
import type { FeedPosition, LiveEvent } from '../../live/hub.js';
import { maySee, parseAfter, typesIssue } from './live-rules.js';

/** What a stream yields: an event with its resume point, or the error that ends the stream. */
type Item = { event: LiveEvent; resumeAfter: bigint } | { error: unknown };

/** Rows of the past read per statement. */
const HISTORY_PAGE = 200;

const RUN_EVENT_TYPES = ['run.started', 'run.flow_finished', 'run.finished', 'run.failed'];
const RUN_END_TYPES = new Set(['run.finished', 'run.failed']);

const EVENT_SELECT = { id: true, companyId: true, seq: true, type: true, entityType: true, entityId: true, data: true, occurredAt: true } as const;

interface StreamOptions {
  /** Resume after this seq (read the past first); null: from now on. */
  after: bigint | null;
  /** Which rows of the company the stream is about (applied to the past in SQL, to the present in memory). */
  where: Prisma.EventWhereInput;
  matches(e: LiveEvent): boolean;
  /** Any of these is needed to go on (checked again with the credentials). */
  required: readonly Permission[] | null;
  /** The stream ends after this event. */
  isLast?(e: LiveEvent): boolean;
  /**
   * Checked with the credentials: an event returned is the stream's last (the run it follows
   * ended without recording one: read from the run itself).
   */
  ended?(): Promise<LiveEvent | null>;
}

function liveOf(ctx: Context): LiveContext {
  if (!ctx.live) throw new Error('This server offers no live events.');
  return ctx.live;
}

/**
 * The stream: the past (seq above `after` up to where the reader stood when joining, minus the
 * numbers it still waits for), then the present from the reader, each row once. Subscribes
 * before it returns, so a refused subscription (a limit) is an ordinary GraphQL error.
 */
async function openStream(ctx: Context, o: StreamOptions): Promise<AsyncIterableIterator<Item>> {
  const live = liveOf(ctx);
  const auth = ctx.auth;
  if (!auth) throw new UnauthenticatedError('Send a valid API token as `Authorization: Bearer <token>`.');
  const sub = await live.hub.subscribe(auth.actor.companyId, auth.tokenId);
  let permissions = auth.permissions;

  let checking = false;
  const check = async () => {
    if (checking) return;
    checking = true;
    try {
      const again = await live.reauthenticate();
      if (!again || again.tokenId !== auth.tokenId) {
        sub.queue.end(new UnauthenticatedError('The token was revoked or has expired (or its user deactivated); the subscription has ended.'));
        return;
      }
      permissions = again.permissions;
      if (o.required && !o.required.some((p) => permissions.has(p))) {
        sub.queue.end(new ForbiddenError(`You need the permission ${o.required.join(' or ')}; the subscription has ended.`, o.required[0] ?? null));
        return;
      }
      const last = o.ended ? await o.ended() : null;
      if (last) {
        sub.queue.push({ event: last, resumeAfter: sub.lowWater() });
        sub.queue.end();
      }
    } catch {
      // The database did not answer: checked again next time.
    } finally {
      checking = false;
    }
  };
  const timer = setInterval(() => void check(), live.recheckMs);
  timer.unref?.();

  const from: FeedPosition = sub.from;
  const firstGap = [...from.gaps].reduce<bigint | null>((m, s) => (m === null || s < m ? s : m), null);

  async function* items(): AsyncGenerator<Item> {
    try {
      if (o.after !== null && o.after < from.high) {
        let cursor = o.after;
        for (;;) {
          const page = (await ctx.db.event.findMany({
            where: { AND: [o.where, { seq: { gt: cursor, lte: from.high } }] },
            orderBy: { seq: 'asc' },
            take: HISTORY_PAGE,
            select: EVENT_SELECT,
          })) as LiveEvent[];
          for (const e of page) {
            cursor = e.seq;
            // A number the reader still waits for arrives from it, not from here.
            if (from.gaps.has(e.seq) || !o.matches(e) || !maySee(permissions, e.type, e.data)) continue;
            yield { event: e, resumeAfter: firstGap !== null && firstGap <= e.seq ? firstGap - 1n : e.seq };
            if (o.isLast?.(e)) return;
          }
          if (page.length < HISTORY_PAGE) break;
          if (sub.queue.closed) break;
        }
      }
      for (;;) {
        let next: IteratorResult<{ event: LiveEvent; resumeAfter: bigint }>;
        try {
          next = await sub.queue.next();
        } catch (error) {
          yield { error };
          return;
        }
        if (next.done) return;
        const { event, resumeAfter } = next.value;
        // (A last step read from the run itself has no seq: 0.)
        if (o.after !== null && event.seq <= o.after && event.seq !== 0n) continue;
        if (!o.matches(event) || !maySee(permissions, event.type, event.data)) continue;
        yield { event, resumeAfter };
        if (o.isLast?.(event)) return;
      }
    } finally {
      clearInterval(timer);
      await sub.queue.return();
    }
  }

  const gen = items();
  // The client leaving (return) wakes a pull waiting for the next event at once.
  const stream: AsyncIterableIterator<Item> = {
    next: () => gen.next(),
    return: async () => {
      clearInterval(timer);
      await sub.queue.return();
      return gen.return(undefined);
    },
    throw: (e: unknown) => gen.throw(e),
    [Symbol.asyncIterator]: () => stream,
  };
  return stream;
}

/** The item's event, or its error thrown (the stream's last message carries it). */
function eventOf(item: Item): { event: LiveEvent; resumeAfter: bigint } {
  if ('error' in item) throw item.error;
  return item;
}

const CompanyEventRef = builder.objectRef<{ event: LiveEvent; resumeAfter: bigint }>('CompanyEvent').implement({
  description: 'One of the company’s events (the same as the webhooks send).',
  fields: (t) => ({
    id: t.id({ resolve: (i) => i.event.id }),
    seq: t.string({
      description:
        'Its place in the order events were recorded (increasing, not always in the order they arrive: a change that took longer to commit arrives later).',
      resolve: (i) => i.event.seq.toString(),
    }),
    resumeAfter: t.string({
      description:
        'Resume point: once this event is received, every event up to this seq has been sent or will never exist. Subscribe again with `after` set to the last one received; an event may then arrive twice (tell by id).',
      resolve: (i) => i.resumeAfter.toString(),
    }),
    type: t.string({ description: 'e.g. invoice.locked, run.finished.', resolve: (i) => i.event.type }),
    entityType: t.string({ nullable: true, resolve: (i) => i.event.entityType }),
    entityId: t.string({ nullable: true, resolve: (i) => i.event.entityId }),
    data: t.field({ type: 'JSON', description: 'The payload: ids, numbers, amounts as decimal strings, statuses.', resolve: (i) => i.event.data }),
    occurredAt: t.field({ type: 'DateTime', resolve: (i) => i.event.occurredAt }),
  }),
});

const RunProgressKindEnum = builder.enumType('RunProgressKind', {
  values: {
    STARTED: { description: 'The run started.' },
    FLOW_FINISHED: { description: 'One flow ended (its status, counts and failures).' },
    FINISHED: { description: 'The run ended (SUCCEEDED, PARTIAL or CANCELLED); the stream ends.' },
    FAILED: { description: 'The run failed; the stream ends.' },
  } as const,
});

const KIND_OF: Record<string, 'STARTED' | 'FLOW_FINISHED' | 'FINISHED' | 'FAILED'> = {
  'run.started': 'STARTED',
  'run.flow_finished': 'FLOW_FINISHED',
  'run.finished': 'FINISHED',
  'run.failed': 'FAILED',
};

type RunData = { status?: unknown; flow?: unknown; failures?: unknown; error?: unknown; counts?: unknown };
const dataOf = (e: LiveEvent) => (e.data ?? {}) as RunData;

const RunProgressRef = builder.objectRef<{ event: LiveEvent; resumeAfter: bigint }>('RunProgress').implement({
  description: 'A step of a connector run.',
  fields: (t) => ({
    kind: t.field({ type: RunProgressKindEnum, resolve: (i) => KIND_OF[i.event.type]! }),
    seq: t.string({
      nullable: true,
      description: 'The event’s seq; null for a last step read from the run itself (a run that ended without recording one, e.g. cancelled before it started).',
      resolve: (i) => (i.event.seq === 0n ? null : i.event.seq.toString()),
    }),
    flowId: t.string({
      nullable: true,
      description: 'FLOW_FINISHED: the flow.',
      resolve: (i) => (typeof dataOf(i.event).flow === 'string' ? (dataOf(i.event).flow as string) : null),
    }),
    status: t.string({
      nullable: true,
      description: 'FLOW_FINISHED: the flow’s status; FINISHED: the run’s.',
      resolve: (i) => (typeof dataOf(i.event).status === 'string' ? (dataOf(i.event).status as string) : null),
    }),
    failures: t.int({
      nullable: true,
      description: 'Entities that failed (in the flow, or in the run).',
      resolve: (i) => (typeof dataOf(i.event).failures === 'number' ? (dataOf(i.event).failures as number) : null),
    }),
    counts: t.field({
      type: 'JSON',
      nullable: true,
      description: 'FLOW_FINISHED: entities created, updated, unchanged, skipped and failed.',
      resolve: (i) => dataOf(i.event).counts ?? null,
    }),
    error: t.string({
      nullable: true,
      description: 'FAILED (or a flow that stopped): why.',
      resolve: (i) => (typeof dataOf(i.event).error === 'string' ? (dataOf(i.event).error as string) : null),
    }),
    data: t.field({ type: 'JSON', description: 'The event’s whole payload.', resolve: (i) => i.event.data }),
    occurredAt: t.field({ type: 'DateTime', resolve: (i) => i.event.occurredAt }),
  }),
});

builder.subscriptionField('companyEvents', (t) =>
  t.field({
    type: CompanyEventRef,
    authScopes: { authenticated: true },
    description:
      'The company’s events as they happen, each shown only to users whose permissions allow its kind (invoice.*: INVOICE_VIEW; run.*, connection.*: ADMIN_INTEGRATIONS; import.finished: the permission of that import). `after`: first the events after that seq (a resumeAfter received earlier), then the new ones. Ends with STREAM_ENDED when the server stops or the client falls too far behind (subscribe again with `after`), with UNAUTHENTICATED when the token is revoked or expires.',
    args: {
      types: t.arg.stringList({ description: 'Only these event types (default: all).' }),
      after: t.arg.string({ description: 'Resume after this seq: the resumeAfter of the last event received.' }),
    },
    subscribe: (_r, args, ctx) => {
      const issue = typesIssue(args.types);
      if (issue) throw new InputError(`types: ${issue}`, 'types');
      const after = args.after == null ? null : parseAfter(args.after);
      if (args.after != null && after === null) throw new InputError('after: A seq is a whole number of at most 19 digits.', 'after');
      const types = args.types ? new Set(args.types) : null;
      return openStream(ctx, {
        after,
        where: types ? { type: { in: [...types] } } : {},
        matches: (e) => !types || types.has(e.type),
        required: null,
      });
    },
    resolve: (item: Item) => eventOf(item),
  }),
);

builder.subscriptionField('runProgress', (t) =>
  t.field({
    type: RunProgressRef,
    authScopes: { permission: 'ADMIN_INTEGRATIONS' },
    description:
      'A connector run’s progress (follow a run started with runConnection): STARTED, FLOW_FINISHED for each flow with its counts and failures, then FINISHED or FAILED, after which the stream ends; steps already taken come first. Another company’s run is NOT_FOUND.',
    args: { runId: t.arg.globalID({ required: true }) },
    subscribe: async (_r, { runId }, ctx) => {
      if (runId.typename !== 'ConnectorRun') throw new InputError('runId: Not the id of a connector run.', 'runId');
      const id = runId.id;
      const run = await ctx.db.connectorRun.findUnique({ where: { id }, select: { id: true } });
      if (!run) throw new NotFoundError('ConnectorRun', 'No such run.', 'runId');
      // A run's events are about the run (entityType ConnectorRun, entityId its id): read by that index.
      const ofRun = (e: LiveEvent) => RUN_EVENT_TYPES.includes(e.type) && e.entityType === 'ConnectorRun' && e.entityId === id;
      let endSeenAt: number | null = null;
      return openStream(ctx, {
        after: 0n,
        where: { entityType: 'ConnectorRun', entityId: id, type: { in: RUN_EVENT_TYPES } },
        matches: ofRun,
        required: ['ADMIN_INTEGRATIONS'],
        isLast: (e) => RUN_END_TYPES.has(e.type),
        // A run that ended without a last event (e.g. cancelled before it started) ends the
        // stream with its final status read from the run, once that has been seen twice (the
        // last event may still be on its way).
        ended: async () => {
          const r = await ctx.db.connectorRun.findUnique({
            where: { id },
            select: { status: true, error: true, connectionId: true, finishedAt: true, _count: { select: { failures: true } } },
          });
          if (r && (r.status === 'QUEUED' || r.status === 'RUNNING')) return null;
          if (endSeenAt === null) {
            endSeenAt = Date.now();
            return null;
          }
          const failed = !r || r.status === 'FAILED';
          return {
            id,
            companyId: actorOf(ctx).companyId,
            seq: 0n,
            type: failed ? 'run.failed' : 'run.finished',
            entityType: 'ConnectorRun',
            entityId: id,
            data: {
              runId: id,
              connectionId: r?.connectionId ?? null,
              status: r?.status ?? 'FAILED',
              failures: r?._count.failures ?? 0,
              error: r?.error ?? null,
            },
            occurredAt: r?.finishedAt ?? new Date(),
          };
        },
      });
    },
    resolve: (item: Item) => eventOf(item),
  }),
);
