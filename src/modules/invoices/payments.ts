// Payments recorded on invoices from inside another change's transaction (the bankgiro payment
// import): the invoices' rows are locked first (./lock.ts), in a fixed order so two imports
// cannot wait on each other, and read as locked; a paid date is written only on a locked,
// unpaid invoice that is not a credit note. The connectors' paid date (the accounting system's
// word) goes through recordPayment in ./service.ts instead.
import type { Invoice } from '../../generated/prisma/client.js';
import type { TenantClient } from '../../db/tenant.js';
import { ConflictError } from '../../errors.js';
import { toDate } from '../projects/index.js';
import { loadInvoiceForUpdate } from './lock.js';
import { recordEvent } from '../events/index.js';
import { Prisma } from '../../generated/prisma/client.js';

/** Locks the invoices' rows until the transaction ends (in id order) and reads them. */
export async function lockInvoicesForPayment(tx: TenantClient, ids: readonly string[]): Promise<Invoice[]> {
  const out: Invoice[] = [];
  for (const id of [...new Set(ids)].sort()) out.push(await loadInvoiceForUpdate(tx, id, null));
  return out;
}

/**
 * Records the date (YYYY-MM-DD) a payment paid the invoice in full, in the caller's transaction,
 * under the invoice's row lock. Refused (ConflictError) unless the invoice is locked, not a credit
 * note and unpaid; the same date again changes nothing.
 */
export async function recordPaymentIn(tx: TenantClient, id: string, paidDate: string): Promise<void> {
  const invoice = await loadInvoiceForUpdate(tx, id, null);
  if (invoice.paidDate?.toISOString().slice(0, 10) === paidDate) return;
  if (!invoice.locked) throw new ConflictError('INVALID_STATE', `Invoice ${invoice.number} is not locked.`);
  if (invoice.isCredit) throw new ConflictError('INVALID_STATE', `Invoice ${invoice.number} is a credit note; a payment does not mark it paid.`);
  if (invoice.paidDate) throw new ConflictError('INVALID_STATE', `Invoice ${invoice.number} is already paid.`);
  await tx.invoice.update({ where: { id }, data: { paidDate: toDate(paidDate) }, select: { id: true } });
  await recordEvent(tx, {
    type: 'invoice.paid',
    entityType: 'Invoice',
    entityId: id,
    data: {
      invoiceId: id,
      number: invoice.number,
      paidDate,
      amount: new Prisma.Decimal(invoice.amountToPay).toFixed(2),
      source: 'payment',
      connectionId: null,
    },
  });
}
