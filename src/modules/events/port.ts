// The events module's face to the integration runtime: the runtime records its events (an invoice
// exported, a run finished, a connection paused) through this port, in its own transactions.
import type { EventPort } from '../../integration/runtime/ports.js';
import { recordEvent } from './service.js';
import { type EventInput, isEventType } from './types.js';

export const eventPort: EventPort = {
  async record(db, event) {
    if (!isEventType(event.type)) throw new Error(`Unknown event type ${event.type}`);
    await recordEvent(db, event as unknown as EventInput);
  },
};
