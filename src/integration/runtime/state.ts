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
  /** Records invoice.exported when an invoice gets (or changes) its remote id, with the id-map write. */
  events?: EventPort;
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
      const write = (tx: TenantClient) =>
        tx.externalIdMapping.upsert({
          where: { companyId_connectionId_entityType_localId: { companyId: o.companyId, connectionId: o.connectionId, entityType, localId } },
          create: scoped<Prisma.ExternalIdMappingUncheckedCreateInput>({ connectionId: o.connectionId, entityType, localId, remoteId, hash }),
          update: { remoteId, hash },
        });
      const events = o.events;
      if (entityType !== 'invoice' || !events) {
        await write(db);
        return;
      }
      // An invoice reaching the accounting system (a new or changed remote id) is an event of the id-map write.
      await db.$transaction(async (tx) => {
        const before = await tx.externalIdMapping.findFirst({ where: { connectionId: o.connectionId, entityType, localId }, select: { remoteId: true } });
        await write(tx);
        if (before?.remoteId === remoteId) return;
        await events.record(tx, {
          type: 'invoice.exported',
          entityType: 'Invoice',
          entityId: localId,
          data: { invoiceId: localId, connectionId: o.connectionId, connector: o.connector ?? null, remoteId, remoteNumber: null },
        });
      });
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
