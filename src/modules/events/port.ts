// The events module's face to the integration runtime: the runtime records its events (an invoice
// exported, a run finished, a connection paused) through this port, in its own transactions, and
// reads the latest event about an entity (whether the previous run's credentials were refused).
import type { EventPort } from '../../integration/runtime/ports.js';
import { recordEvent } from './service.js';
import { type EventInput, isEventType } from './types.js';

export const eventPort: EventPort = {
  async record(db, event) {
    if (!isEventType(event.type)) throw new Error(`Unknown event type ${event.type}`);
    await recordEvent(db, event as unknown as EventInput);
  },
  async latest(db, about) {
    const row = await db.event.findFirst({
      where: { entityType: about.entityType, entityId: about.entityId, type: about.type },
      orderBy: { seq: 'desc' },
      select: { data: true },
    });
    const data = row?.data;
    return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  },
};
