// Cross-tenant case for the bankgiro payment import: company A uploads a BgMax file paying B's
// locked invoices by their OCR references (exact amounts) and commits it. None of B's invoices
// may be matched, shown or marked paid: to A they are unknown references.
import { ocrReference } from '@nordic-invoicing/connector-sdk/se';
import { createTenantDb } from '../../../src/db/tenant.js';
import { Prisma } from '../../../src/generated/prisma/client.js';
import { createInvoice } from '../../../src/modules/invoices/service.js';
import { bgmaxFile } from '../../helpers/bgmax.js';
import { remember, type TenantModule, type TenantWorld } from './world.js';

const IMPORT = `
  mutation TenantBankImport($file: File!) {
    importBankgiroPayments(file: $file, dryRun: false) {
      __typename
      ... on MutationImportBankgiroPaymentsSuccess { data { committed paid results { reference invoiceId invoiceNumber outcome message } } }
      ... on Error { code message }
    }
  }
`;

export const bankPaymentsTenantModule: TenantModule = {
  name: 'bank-payments',
  async seed(w: TenantWorld) {
    // A receives on its own bankgiro. B gets a locked invoice with an OCR reference of its own here
    // (locked and referenced directly, whatever the lock rules ask of B's settings at the time).
    await w.h.prisma.company.update({ where: { id: w.a.companyId }, data: { bankgiro: '50501055' } });
    const dbB = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: w.b.adminUserId, signature: 'VB' });
    const projectId = w.ids.get('Project')?.[0];
    if (!projectId) throw new Error('company B has no project to invoice');
    const id = await createInvoice(dbB, {
      projectId,
      lines: [{ description: 'Victim work', quantity: new Prisma.Decimal('1'), unitPrice: new Prisma.Decimal('808'), vatRate: new Prisma.Decimal('25') }],
    });
    const { number } = await dbB.invoice.findUniqueOrThrow({ where: { id }, select: { number: true } });
    await w.h.prisma.invoice.update({
      where: { id },
      data: { locked: true, lockedAt: new Date(), lockedBy: 'VB', ocrReference: ocrReference(String(number), 'CHECK_DIGIT') },
    });
    remember(w, 'Invoice', id);
  },
  cases(w: TenantWorld) {
    return {
      importBankgiroPayments: {
        run: async () => {
          const victims = await w.h.prisma.invoice.findMany({
            where: { companyId: w.b.companyId, ocrReference: { not: null } },
            select: { ocrReference: true, amountToPay: true },
          });
          if (victims.length === 0) throw new Error('company B has no locked invoice with an OCR reference');
          const file = bgmaxFile([
            {
              bankgiro: '50501055',
              paymentDate: '20261204',
              payments: victims.map((v) => ({ reference: v.ocrReference!, amountOre: BigInt(v.amountToPay.toFixed(2).replace('.', '')) })),
            },
          ]);
          const form = new FormData();
          form.append('operations', JSON.stringify({ query: IMPORT, variables: { file: null } }));
          form.append('map', JSON.stringify({ 0: ['variables.file'] }));
          form.append('0', new Blob([new Uint8Array(file)]), 'bgmax.txt');
          const res = await w.h.app.fetch('http://test.local/graphql', {
            method: 'POST',
            headers: { authorization: `Bearer ${w.a.adminToken}`, 'graphql-preflight': '1' },
            body: form,
          });
          const body = (await res.json()) as { data?: { importBankgiroPayments?: { data?: { paid: number; results: { outcome: string }[] } } } };
          const data = body.data?.importBankgiroPayments?.data;
          if (data?.paid !== 0 || data.results.some((r) => r.outcome !== 'UNKNOWN_REFERENCE'))
            throw new Error(`A's import matched something of B's: ${JSON.stringify(body).slice(0, 500)}`);
          return body;
        },
      },
    };
  },
};
