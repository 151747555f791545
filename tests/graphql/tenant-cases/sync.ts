// Cross-tenant cases of incremental sync: company B deletes a customer with a contact (its
// tombstones name both); A's deletions feed, contacts list and sync point must show none of it,
// nor A's root lists of work orders, change orders, documents and folders B's rows.
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createTenantDb } from '../../../src/db/tenant.js';
import { recordDeletions } from '../../../src/modules/sync/index.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { execAsA, type TenantModule, type TenantWorld } from './world.js';

// biome-ignore lint/suspicious/noExplicitAny: untyped documents; the walk checks the raw responses
const doc = (text: string) => parse(text) as unknown as TypedDocumentNode<any, any>;
const Q = {
  deletions: doc(
    'query TenantDeletions($since: DateTime!) { deletions(since: $since, first: 100) { edges { cursor node { entityType entityId deletedAt } } } }',
  ),
  contacts: doc('query TenantContacts($since: DateTime) { contacts(modifiedSince: $since, first: 200) { totalCount edges { cursor node { id name } } } }'),
  syncPoint: doc('query TenantSyncPoint { syncPoint }'),
  workOrders: doc(
    'query TenantWorkOrders($since: DateTime) { workOrders(modifiedSince: $since, first: 200) { totalCount edges { cursor node { id name reference project { id name } } } } }',
  ),
  changeOrders: doc(
    'query TenantChangeOrders($since: DateTime) { changeOrders(modifiedSince: $since, first: 200) { totalCount edges { cursor node { id name estimatedAmount project { id name } } } } }',
  ),
  documents: doc(
    'query TenantDocuments($since: DateTime) { documents(modifiedSince: $since, first: 200) { totalCount edges { cursor node { id name sha256 customer { id name } project { id name } folder { id name } } } } }',
  ),
  documentFolders: doc(
    'query TenantDocumentFolders($since: DateTime) { documentFolders(modifiedSince: $since, first: 200) { totalCount edges { cursor node { id name customer { id name } project { id name } } } } }',
  ),
};

export const syncTenantModule: TenantModule = {
  name: 'sync',
  async seed(w: TenantWorld) {
    const dbB = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: w.b.adminUserId, signature: 'VB' });
    await dbB.$transaction(async (tx) => {
      const customer = await tx.customer.create({ data: { number: 'SYNC-GONE', name: 'Victim Deleted Customer' } as never });
      const contact = await tx.contact.create({ data: { customerId: customer.id, name: 'Victim Deleted Contact' } as never });
      await recordDeletions(tx, 'Customer', [customer.id]);
      await tx.customer.delete({ where: { id: customer.id } });
      // Not remembered by type (the node lookups ask for every remembered id); their raw ids and
      // global ids must not leak all the same.
      w.markers.push(customer.id, contact.id, encodeGlobalID('Customer', customer.id), encodeGlobalID('Contact', contact.id));
    });
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const dayAgo = () => new Date(Date.now() - 86_400_000).toISOString();
    return {
      deletions: { run: () => exec(Q.deletions, { since: dayAgo() }) },
      contacts: { run: () => exec(Q.contacts, { since: dayAgo() }) },
      syncPoint: { run: () => exec(Q.syncPoint, {}) },
      workOrders: { run: async () => [await exec(Q.workOrders, { since: dayAgo() }), await exec(Q.workOrders, {})] },
      changeOrders: { run: async () => [await exec(Q.changeOrders, { since: dayAgo() }), await exec(Q.changeOrders, {})] },
      documents: { run: async () => [await exec(Q.documents, { since: dayAgo() }), await exec(Q.documents, {})] },
      documentFolders: { run: async () => [await exec(Q.documentFolders, { since: dayAgo() }), await exec(Q.documentFolders, {})] },
    };
  },
};
