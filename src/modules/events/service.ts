// Recording events: one row in the caller's transaction, through the tenant-scoped client, so an
// event of a change that is rolled back never exists. Those who act on events in the same
// transaction (the webhooks' outbox) register a listener; a listener's failure fails the
// transaction, so an event is never recorded without what it must set off.
import type { Prisma } from '../../generated/prisma/client.js';
import { scoped, type TenantClient } from '../../db/tenant.js';
import type { EventInput, EventType } from './types.js';

/** An event as recorded. */
export interface RecordedEvent {
  id: string;
  companyId: string;
  seq: bigint;
  type: string;
  entityType: string | null;
  entityId: string | null;
  data: Prisma.JsonValue;
  occurredAt: Date;
}

/** Acts on an event inside the transaction that recorded it. */
export type EventListener = (tx: TenantClient, event: RecordedEvent) => Promise<void>;

const listeners = new Set<EventListener>();

/** Registers a listener called for every event recorded in this process; returns its removal. */
export function onEventRecorded(listener: EventListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

const SELECT = { id: true, companyId: true, seq: true, type: true, entityType: true, entityId: true, data: true, occurredAt: true } as const;

/**
 * Records an event in the transaction of `db` (call it with the transaction that makes the
 * change) and calls the listeners there. Returns the row.
 */
export async function recordEvent<T extends EventType>(db: TenantClient, input: EventInput<T>): Promise<RecordedEvent> {
  const event = await db.event.create({
    data: scoped<Prisma.EventUncheckedCreateInput>({
      type: input.type,
      entityType: input.entityType ?? null,
      entityId: input.entityId ?? null,
      data: input.data as unknown as Prisma.InputJsonValue,
    }),
    select: SELECT,
  });
  for (const l of listeners) await l(db, event);
  return event;
}
