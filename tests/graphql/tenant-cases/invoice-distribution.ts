// Cross-tenant cases for sending invoices: company B's invoice has a recorded sending; company A
// (every permission) asks to send B's invoices by every method. A is told there is no such invoice,
// B's sendings stay as they were and nothing of B's appears.
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { execAsA, gid, remember, type TenantModule, type TenantWorld } from './world.js';

const M = {
  send: graphql(`
    mutation TenantSendInvoice($invoiceId: ID!, $method: InvoiceDeliveryMethod) {
      sendInvoice(invoiceId: $invoiceId, method: $method) { __typename ... on Error { code } ... on MutationSendInvoiceSuccess { data { id recipient } } }
    }
  `),
};

export const invoiceDistributionTenantModule: TenantModule = {
  name: 'invoice-distribution',
  async seed(w: TenantWorld) {
    const db = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: w.b.adminUserId, signature: 'SEED' });
    const invoiceId = w.ids.get('Invoice')?.[0];
    if (!invoiceId) throw new Error('the invoices module seeds company B’s invoices first');
    const d = await db.invoiceDelivery.create({
      data: scoped<Prisma.InvoiceDeliveryUncheckedCreateInput>({ invoiceId, method: 'EMAIL', recipient: 'victim-delivery@example.com', requestedBy: 'SEED' }),
    });
    remember(w, 'InvoiceDelivery', d.id);
    w.markers.push('victim-delivery@example.com');
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    return {
      sendInvoice: {
        run: async () => {
          const results = [];
          for (const invoiceId of [gid(w, 'Invoice'), gid(w, 'Invoice', 1)])
            for (const method of ['EMAIL', 'PAPER', 'PEPPOL', null] as const) results.push(await exec(M.send, { invoiceId, method }));
          return results;
        },
        expectError: 'NotFoundError',
      },
    };
  },
};
