// The events module's public surface: the event types and their payloads (pure), and recording an
// event in the caller's transaction. It owns the Event table.
export { EVENT_TYPES, type EventInput, type EventPayloads, type EventType, isEventType } from './types.js';
export type * from './types.js';
export { type EventListener, onEventRecorded, type RecordedEvent, recordEvent } from './service.js';
export { eventPort } from './port.js';
