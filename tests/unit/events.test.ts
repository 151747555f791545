// Event types: unique dot names, recognised exactly.
import { describe, expect, it } from 'vitest';
import { EVENT_TYPES, isEventType } from '../../src/modules/events/types.js';

describe('event types', () => {
  it.each([
    ['invoice.locked', true],
    ['run.finished', true],
    ['connection.reauthorization_required', true],
    ['invoice.Locked', false],
    ['', false],
    ['invoice', false],
  ])('isEventType(%j) is %s', (s, expected) => {
    expect(isEventType(s)).toBe(expected);
  });

  it('names are unique dot names', () => {
    expect(new Set(EVENT_TYPES).size).toBe(EVENT_TYPES.length);
    for (const t of EVENT_TYPES) expect(t).toMatch(/^[a-z]+(\.[a-z_]+)+$/);
  });
});
