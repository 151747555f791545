// Events: recorded in the caller's transaction through the tenant-scoped client (a rolled-back
// change leaves none), seq increasing across companies, listeners run in that transaction (their
// failure rolls the event back), and the runtime's port refuses unknown types.
import { describe, expect, it } from 'vitest';
import { createTenantDb } from '../../src/db/tenant.js';
import { eventPort, onEventRecorded, recordEvent } from '../../src/modules/events/index.js';
import { createIdMap, createInvoiceExports } from '../../src/integration/runtime/state.js';
import { scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { useHarness } from '../helpers/harness.js';

const h = useHarness();

const locked = (invoiceId: string) =>
  ({
    type: 'invoice.locked',
    entityType: 'Invoice',
    entityId: invoiceId,
    data: {
      invoiceId,
      number: 1,
      isCredit: false,
      customerId: 'c',
      projectId: 'p',
      invoiceDate: null,
      dueDate: null,
      total: '100.00',
      amountToPay: '100.00',
    },
  }) as const;

describe('recordEvent', () => {
  it('writes the event in the caller transaction; a rollback leaves none', async () => {
    const a = await h.company();
    const db = createTenantDb(h.prisma, { companyId: a.companyId, userId: null, signature: 'TEST' });
    await expect(
      db.$transaction(async (tx) => {
        await recordEvent(tx, locked('rolled-back'));
        throw new Error('change refused');
      }),
    ).rejects.toThrow('change refused');
    expect(await db.event.count({ where: { entityId: 'rolled-back' } })).toBe(0);

    const e = await db.$transaction((tx) => recordEvent(tx, locked('kept')));
    const row = await db.event.findUniqueOrThrow({ where: { id: e.id } });
    expect(row).toMatchObject({ companyId: a.companyId, type: 'invoice.locked', entityType: 'Invoice', entityId: 'kept', createdBy: 'TEST' });
    expect(row.data).toMatchObject({ invoiceId: 'kept', total: '100.00' });
  });

  it('seq increases across companies, and each company sees only its own events', async () => {
    const a = await h.company();
    const b = await h.company();
    const dbA = createTenantDb(h.prisma, { companyId: a.companyId, userId: null, signature: 'TEST' });
    const dbB = createTenantDb(h.prisma, { companyId: b.companyId, userId: null, signature: 'TEST' });
    const e1 = await recordEvent(dbA, locked('a1'));
    const e2 = await recordEvent(dbB, locked('b1'));
    const e3 = await recordEvent(dbA, locked('a2'));
    expect(e2.seq > e1.seq && e3.seq > e2.seq).toBe(true);
    expect((await dbA.event.findMany({ orderBy: { seq: 'asc' } })).map((e) => e.entityId)).toEqual(['a1', 'a2']);
    expect((await dbB.event.findMany()).map((e) => e.entityId)).toEqual(['b1']);
  });

  it('listeners run in the same transaction; a failing listener rolls the event back', async () => {
    const a = await h.company();
    const db = createTenantDb(h.prisma, { companyId: a.companyId, userId: null, signature: 'TEST' });
    const seen: string[] = [];
    const off = onEventRecorded(async (tx, event) => {
      // The listener reads the event through the transaction it was given.
      expect(await tx.event.count({ where: { id: event.id } })).toBe(1);
      seen.push(event.entityId!);
      if (event.entityId === 'refused') throw new Error('listener failed');
    });
    try {
      await db.$transaction((tx) => recordEvent(tx, locked('heard')));
      await expect(db.$transaction((tx) => recordEvent(tx, locked('refused')))).rejects.toThrow('listener failed');
    } finally {
      off();
    }
    await recordEvent(db, locked('after'));
    expect(seen).toEqual(['heard', 'refused']);
    expect(await db.event.count({ where: { entityId: 'refused' } })).toBe(0);
  });

  it('the runtime port records known types and refuses others', async () => {
    const a = await h.company();
    const db = createTenantDb(h.prisma, { companyId: a.companyId, userId: null, signature: 'SYSTEM' });
    await eventPort.record(db, {
      type: 'connection.paused',
      entityType: 'Connection',
      entityId: 'x',
      data: { connectionId: 'x', connector: 't', reason: 'r' },
    });
    expect(await db.event.count({ where: { type: 'connection.paused' } })).toBe(1);
    await expect(eventPort.record(db, { type: 'nope' as never, data: {} })).rejects.toThrow('Unknown event type nope');
  });

  it('invoice.exported: owed by the id map for a new or changed remote id, recorded once, with the number when the connector gives it in the flow, else null at the flow end', async () => {
    const a = await h.company();
    const db = createTenantDb(h.prisma, { companyId: a.companyId, userId: null, signature: 'SYSTEM' });
    const conn = await db.connection.create({ data: scoped<Prisma.ConnectionUncheckedCreateInput>({ connectorId: 'template', name: 'Ledger' }) });
    /** One flow: its id map and its owed events. */
    const flow = () => {
      const exports = createInvoiceExports(eventPort, { connectionId: conn.id, connector: 'template' });
      const ids = createIdMap(db, {
        companyId: a.companyId,
        connectionId: conn.id,
        dryRun: false,
        plan: () => undefined,
        events: eventPort,
        exports,
        connector: 'template',
      });
      return { ids, exports };
    };
    const exported = async () => (await db.event.findMany({ where: { type: 'invoice.exported' }, orderBy: { seq: 'asc' } })).map((e) => e.data);
    const told = (invoiceId: string, remoteId: string, remoteNumber: string | null) => ({
      invoiceId,
      connectionId: conn.id,
      connector: 'template',
      remoteId,
      remoteNumber,
    });

    // A flow that gives the number: one event, with it; nothing more at the flow's end.
    let f = flow();
    await f.ids.set('invoice', 'inv-1', 'R-1', 'h1');
    await f.ids.set('customer', 'cus-1', 'C-1', 'h1');
    expect(await exported()).toEqual([]);
    await db.$transaction((tx) => f.exports.numbered(tx, 'inv-1', 'F-1'));
    await db.$transaction((tx) => f.exports.numbered(tx, 'inv-1', 'F-1'));
    await db.$transaction((tx) => f.exports.flush(tx));
    expect(await exported()).toEqual([told('inv-1', 'R-1', 'F-1')]);

    // The same remote id again (a changed payload): nothing owed.
    f = flow();
    await f.ids.set('invoice', 'inv-1', 'R-1', 'h2');
    await db.$transaction((tx) => f.exports.flush(tx));
    expect(await exported()).toHaveLength(1);

    // A changed remote id without a number: told at the flow's end with null; a number given in
    // a later flow (a retried step) does not tell it again.
    f = flow();
    await f.ids.set('invoice', 'inv-1', 'R-2', 'h3');
    await db.$transaction((tx) => f.exports.flush(tx));
    await db.$transaction((tx) => flow().exports.numbered(tx, 'inv-1', 'F-2'));
    expect(await exported()).toEqual([told('inv-1', 'R-1', 'F-1'), told('inv-1', 'R-2', null)]);

    // A flow that never ended (a crash after the id map was written): the number set later tells it.
    f = flow();
    await f.ids.set('invoice', 'inv-2', 'R-3', 'h1');
    await db.$transaction((tx) => flow().exports.numbered(tx, 'inv-2', 'F-3'));
    // A number without an id-map entry (no export of this connection) tells nothing.
    await db.$transaction((tx) => flow().exports.numbered(tx, 'inv-3', 'F-4'));
    expect(await exported()).toEqual([told('inv-1', 'R-1', 'F-1'), told('inv-1', 'R-2', null), told('inv-2', 'R-3', 'F-3')]);
  });
});
