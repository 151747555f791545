// The files a flow hands its run (the SDK's ctx.files): stored with the run in RunFile, with the
// id-map entries the file records written in the same transaction, so a crash leaves both or
// neither and nothing is written into a second file; an invoice the file records at a new place is
// an invoice.exported event of that transaction. A dry run stores nothing and plans the file.
import { createHash } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client.js';
import { scoped, type TenantDb } from '../../db/tenant.js';
import type { RunFileInput, RunFiles, SavedRunFile } from '@nordic-invoicing/connector-sdk';
import type { StateOptions } from './state.js';

/** The largest file a flow may hand a run (the row holds the bytes). */
export const RUN_FILE_MAX_BYTES = 50 * 1024 * 1024;

/** Why a file name cannot be stored, or null (pure). */
export function runFileNameProblem(name: string): string | null {
  if (!name.trim()) return 'a file needs a name';
  if (name.length > 200) return `the file name "${name.slice(0, 40)}…" is longer than 200 characters`;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[/\\\u0000-\u001f]/.test(name) || name === '.' || name === '..') return `the file name "${name}" holds a path or control characters`;
  return null;
}

export function createRunFiles(db: TenantDb, o: StateOptions & { runId: string; flowId: string }): RunFiles {
  return {
    async save(file: RunFileInput): Promise<SavedRunFile> {
      const problem = runFileNameProblem(file.name);
      if (problem) throw new Error(`The file was not stored: ${problem}.`);
      const size = file.bytes.byteLength;
      if (size > RUN_FILE_MAX_BYTES) throw new Error(`The file ${file.name} was not stored: ${size} bytes is more than ${RUN_FILE_MAX_BYTES}.`);
      const sha256 = createHash('sha256').update(file.bytes).digest('hex');
      const ids = file.ids ?? [];
      const saved = { name: file.name, size, sha256 };
      if (o.dryRun) {
        o.plan({
          kind: 'local',
          description: `save the file ${file.name} (${size} bytes)${ids.length ? ` recording ${ids.length} ${ids.length === 1 ? 'entity' : 'entities'}` : ''}`,
          body: { ...saved, contentType: file.contentType, ids: ids.map((e) => ({ entityType: e.entityType, localId: e.localId, remoteId: e.remoteId })) },
        });
        return { id: null, ...saved };
      }
      return db.$transaction(async (tx) => {
        const created = await tx.runFile.create({
          data: scoped<Prisma.RunFileUncheckedCreateInput>({
            connectionId: o.connectionId,
            runId: o.runId,
            flowId: o.flowId,
            name: file.name,
            contentType: file.contentType,
            size,
            sha256,
            bytes: new Uint8Array(file.bytes),
          }),
          select: { id: true },
        });
        for (const e of ids) {
          // The crash hook inside the transaction: a crash here takes the file back with it.
          await o.beforeIdMapWrite?.(e.entityType, e.localId);
          const before =
            e.entityType === 'invoice' && o.events
              ? await tx.externalIdMapping.findFirst({
                  where: { connectionId: o.connectionId, entityType: e.entityType, localId: e.localId },
                  select: { remoteId: true },
                })
              : null;
          await tx.externalIdMapping.upsert({
            where: {
              companyId_connectionId_entityType_localId: { companyId: o.companyId, connectionId: o.connectionId, entityType: e.entityType, localId: e.localId },
            },
            create: scoped<Prisma.ExternalIdMappingUncheckedCreateInput>({
              connectionId: o.connectionId,
              entityType: e.entityType,
              localId: e.localId,
              remoteId: e.remoteId,
              hash: e.hash,
            }),
            update: { remoteId: e.remoteId, hash: e.hash },
          });
          // An invoice written into a file (a new or changed place) is exported: the place in the
          // file is the number it is known by there.
          if (e.entityType === 'invoice' && o.events && before?.remoteId !== e.remoteId) {
            await o.events.record(tx, {
              type: 'invoice.exported',
              entityType: 'Invoice',
              entityId: e.localId,
              data: { invoiceId: e.localId, connectionId: o.connectionId, connector: o.connector ?? null, remoteId: e.remoteId, remoteNumber: e.remoteId },
            });
          }
        }
        return { id: created.id, ...saved };
      });
    },
    count: () => db.runFile.count({ where: { connectionId: o.connectionId, flowId: o.flowId } }),
  };
}
