// A connection's own state, as flows see it: the external-id map and per-flow checkpoints.
// Both write immediately (outside any long transaction), so what a flow has done survives a
// crash later in the run. In a dry run nothing is written; the intended write is planned.
import type { Prisma } from '../../generated/prisma/client.js';
import { scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import type { IdMap, IdMapping, PlannedChange } from '@nordic-invoicing/connector-sdk';
import type { EventPort } from './ports.js';

export interface StateOptions {
  companyId: string;
  connectionId: string;
  dryRun: boolean;
  plan(change: PlannedChange): void;
  /** Test hook: called after a remote create, before the id map records it (crash simulation). */
  beforeIdMapWrite?: (entityType: string, localId: string) => void | Promise<void>;
  /** Records the invoice.exported of run files (./files.ts: an invoice written into a file), in the file's transaction. */
  events?: EventPort;
  /** The flow's invoice.exported owed by the id map (see createInvoiceExports); none in a dry run. */
  exports?: InvoiceExports;
  /** The connection's connector id (named in the events). */
  connector?: string;
}

export function createIdMap(db: TenantDb, o: StateOptions): IdMap {
  const toMapping = (r: { localId: string; remoteId: string; hash: string | null }): IdMapping => ({ localId: r.localId, remoteId: r.remoteId, hash: r.hash });
  return {
    async get(entityType, localId) {
      const r = await db.externalIdMapping.findFirst({ where: { connectionId: o.connectionId, entityType, localId } });
      return r ? toMapping(r) : null;
    },
    async getMany(entityType, localIds) {
      if (!localIds.length) return new Map();
      const rows = await db.externalIdMapping.findMany({ where: { connectionId: o.connectionId, entityType, localId: { in: [...localIds] } } });
      return new Map(rows.map((r) => [r.localId, toMapping(r)]));
    },
    async findByRemote(entityType, remoteId) {
      const r = await db.externalIdMapping.findFirst({ where: { connectionId: o.connectionId, entityType, remoteId } });
      return r ? toMapping(r) : null;
    },
    async set(entityType, localId, remoteId, hash) {
      await o.beforeIdMapWrite?.(entityType, localId);
      if (o.dryRun) return;
      const before =
        entityType === 'invoice' && o.exports
          ? await db.externalIdMapping.findFirst({ where: { connectionId: o.connectionId, entityType, localId }, select: { remoteId: true } })
          : null;
      await db.externalIdMapping.upsert({
        where: { companyId_connectionId_entityType_localId: { companyId: o.companyId, connectionId: o.connectionId, entityType, localId } },
        create: scoped<Prisma.ExternalIdMappingUncheckedCreateInput>({ connectionId: o.connectionId, entityType, localId, remoteId, hash }),
        update: { remoteId, hash },
      });
      // An invoice reaching the accounting system (a new or changed remote id) is owed an invoice.exported.
      if (entityType === 'invoice' && before?.remoteId !== remoteId) o.exports?.noted(localId, remoteId);
    },
    async delete(entityType, localId) {
      if (o.dryRun) {
        o.plan({ kind: 'local', description: `forget the ${entityType} mapping of ${localId}` });
        return;
      }
      await db.externalIdMapping.deleteMany({ where: { connectionId: o.connectionId, entityType, localId } });
    },
  };
}

export function createCheckpoint(db: TenantDb, o: StateOptions, flowId: string) {
  return {
    async get<T = unknown>(): Promise<T | null> {
      const r = await db.flowCheckpoint.findFirst({ where: { connectionId: o.connectionId, flowId } });
      return r ? (r.value as T) : null;
    },
    async set(value: unknown): Promise<void> {
      if (o.dryRun) return;
      const json = (value ?? null) as Prisma.InputJsonValue;
      await db.flowCheckpoint.upsert({
        where: { companyId_connectionId_flowId: { companyId: o.companyId, connectionId: o.connectionId, flowId } },
        create: scoped<Prisma.FlowCheckpointUncheckedCreateInput>({ connectionId: o.connectionId, flowId, value: json }),
        update: { value: json },
      });
    },
  };
}

/**
 * The invoice.exported events of one flow of an API connector. The id map setting an invoice's new
 * or changed remote id owes one event; it is recorded once, with the number the accounting system
 * gave the invoice when the connector records that number (the invoices port's
 * setExternalNumber, in the transaction that writes it), else with remoteNumber null when the flow
 * ends (in the transaction that records the flow's result). Event rows are never changed once
 * written (live subscribers and webhook deliveries may already have them), so the event waits for
 * the number instead of being completed later. An export already told (the invoice's latest
 * invoice.exported names this connection and the mapped remote id, e.g. one an SIE file recorded)
 * is not told again, so a number set in a later run (a retry after a failed step) records nothing,
 * and one set after a crash that lost the owed event records it then.
 */
export interface InvoiceExports {
  /** The id map set this invoice's new or changed remote id. */
  noted(invoiceId: string, remoteId: string): void;
  /** The connector recorded the invoice's number there (call in the transaction that writes it). */
  numbered(tx: TenantClient, invoiceId: string, remoteNumber: string): Promise<void>;
  /** The flow ended: the exports still owed, with remoteNumber null (call in the flow's result transaction). */
  flush(tx: TenantClient): Promise<void>;
}

export function createInvoiceExports(events: EventPort, o: { connectionId: string; connector: string | null }): InvoiceExports {
  const owed = new Map<string, string>();
  const told = async (tx: TenantClient, invoiceId: string, remoteId: string) => {
    const last = await events.latest(tx, { type: 'invoice.exported', entityType: 'Invoice', entityId: invoiceId });
    return last?.connectionId === o.connectionId && last.remoteId === remoteId;
  };
  const record = (tx: TenantClient, invoiceId: string, remoteId: string, remoteNumber: string | null) =>
    events.record(tx, {
      type: 'invoice.exported',
      entityType: 'Invoice',
      entityId: invoiceId,
      data: { invoiceId, connectionId: o.connectionId, connector: o.connector, remoteId, remoteNumber },
    });
  return {
    noted(invoiceId, remoteId) {
      owed.set(invoiceId, remoteId);
    },
    async numbered(tx, invoiceId, remoteNumber) {
      const mapping = await tx.externalIdMapping.findFirst({
        where: { connectionId: o.connectionId, entityType: 'invoice', localId: invoiceId },
        select: { remoteId: true },
      });
      if (!mapping || (await told(tx, invoiceId, mapping.remoteId))) return;
      await record(tx, invoiceId, mapping.remoteId, remoteNumber);
    },
    async flush(tx) {
      for (const [invoiceId, remoteId] of owed) if (!(await told(tx, invoiceId, remoteId))) await record(tx, invoiceId, remoteId, null);
      owed.clear();
    },
  };
}
