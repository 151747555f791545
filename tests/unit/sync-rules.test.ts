// Incremental sync's pure rules: the value cursor, the filter of a page, the high-water mark and
// the retention of the deletions feed.
import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '@pothos/core';
import { formatPrismaCursor } from '@pothos/plugin-prisma';
import { decodeSyncCursor, encodeSyncCursor } from '../../src/graphql/sync-cursor.js';
import { cursorId } from '../../src/graphql/input.js';
import { changedOrder, changedSinceWhere, highWaterMark, retentionStart, sinceTooOld } from '../../src/modules/sync/rules.js';

const ID = '0b9d3c6e-1f2a-4c5b-9d8e-7f6a5b4c3d2e';
const AT = new Date('2026-12-06T10:11:12.345Z');

describe('sync cursor', () => {
  it.each([
    ['a position', { updatedAt: AT, id: ID }],
    ['the epoch', { updatedAt: new Date(0), id: ID }],
    ['an upper-case id read back lower case', { updatedAt: AT, id: ID.toUpperCase() }],
  ])('round trip: %s', (_name, p) => {
    const c = encodeSyncCursor(p);
    expect(c.length).toBeLessThanOrEqual(120);
    expect(decodeSyncCursor(c)).toEqual({ updatedAt: p.updatedAt, id: p.id.toLowerCase() });
  });

  it.each([
    ['an id cursor of the other orders', formatPrismaCursor({ id: ID }, 'id')],
    ['not base64', '%%%'],
    ['empty', ''],
    ['a tuple of three', encodeBase64(`GPC:T:${JSON.stringify(['D:1', `S:${ID}`, 'S:x'])}`)],
    ['a tuple without a date', encodeBase64(`GPC:T:${JSON.stringify([`S:${ID}`, `S:${ID}`])}`)],
    ['an invalid date', encodeBase64(`GPC:T:${JSON.stringify(['D:x', `S:${ID}`])}`)],
    ['an id that is no UUID', encodeBase64(`GPC:T:${JSON.stringify(['D:1', 'S:1 OR 1=1'])}`)],
    ['too long', encodeBase64(`GPC:T:${JSON.stringify(['D:1', `S:${ID}${'x'.repeat(200)}`])}`)],
    ['not a string', 42],
  ])('refuses %s', (_name, c) => {
    expect(decodeSyncCursor(c)).toBeNull();
  });

  it('is not taken for an id cursor, and an id cursor not for it', () => {
    expect(cursorId(encodeSyncCursor({ updatedAt: AT, id: ID }))).toBeNull();
    expect(decodeSyncCursor(formatPrismaCursor({ id: ID }, 'id'))).toBeNull();
  });
});

describe('changedSinceWhere', () => {
  it.each([
    ['first page', null, 'updatedAt', { AND: [{ updatedAt: { gte: AT } }] }],
    [
      'after a cursor',
      { updatedAt: new Date(5), id: ID },
      'updatedAt',
      { AND: [{ updatedAt: { gte: AT } }, { OR: [{ updatedAt: { gt: new Date(5) } }, { updatedAt: new Date(5), id: { gt: ID } }] }] },
    ],
    [
      'deletions after a cursor',
      { updatedAt: new Date(5), id: ID },
      'deletedAt',
      { AND: [{ deletedAt: { gte: AT } }, { OR: [{ deletedAt: { gt: new Date(5) } }, { deletedAt: new Date(5), id: { gt: ID } }] }] },
    ],
  ] as const)('%s', (_name, after, field, expected) => {
    expect(changedSinceWhere(AT, after, field)).toEqual(expected);
  });

  it('orders by the time, then the id', () => {
    expect(changedOrder()).toEqual([{ updatedAt: 'asc' }, { id: 'asc' }]);
    expect(changedOrder('deletedAt')).toEqual([{ deletedAt: 'asc' }, { id: 'asc' }]);
  });
});

describe('highWaterMark', () => {
  const now = new Date('2026-12-06T12:00:00.000Z');
  it.each([
    ['no open transaction: now less the margin', null, 2000, '2026-12-06T11:59:58.000Z'],
    ['an open transaction holds the mark back', new Date('2026-12-06T11:50:00.000Z'), 2000, '2026-12-06T11:49:58.000Z'],
    ['a transaction start after now (clocks apart) does not move it forward', new Date('2026-12-06T12:00:05.000Z'), 0, '2026-12-06T12:00:00.000Z'],
    ['no margin', new Date('2026-12-06T11:59:59.500Z'), 0, '2026-12-06T11:59:59.500Z'],
  ])('%s', (_name, oldest, margin, expected) => {
    expect(highWaterMark(now, oldest, margin).toISOString()).toBe(expected);
  });
});

describe('retention of the deletions feed', () => {
  const now = new Date('2026-12-31T00:00:00.000Z');
  it.each([
    ['within the retention', '2026-12-10T00:00:00.000Z', 30, false],
    ['exactly at its start', '2026-12-01T00:00:00.000Z', 30, false],
    ['a millisecond before it', '2026-11-30T23:59:59.999Z', 30, true],
    ['long ago', '1970-01-01T00:00:00.000Z', 30, true],
    ['a one-day retention', '2026-12-29T23:59:59.000Z', 1, true],
  ])('%s', (_name, since, days, tooOld) => {
    expect(sinceTooOld(new Date(since), now, days)).toBe(tooOld);
  });
  it('starts the retention days before now', () => {
    expect(retentionStart(now, 30).toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
