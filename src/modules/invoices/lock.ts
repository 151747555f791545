// The one way into a change of an invoice or anything it owns (lines, buyers, work types,
// revenue lines, the basis for the accounting system, the external number and paid date): the
// invoice's row is locked first, inside the change's transaction, and only then read. Changes
// to one invoice therefore run one after the other, each seeing what the previous one committed:
// a lock validates exactly what is stored, a line edit cannot slip in after it, and the stored
// totals are computed from the lines as they are.
import type { Invoice, InvoiceLine } from '../../generated/prisma/client.js';
import { lockForUpdate, type TenantClient } from '../../db/tenant.js';
import { ConflictError, NotFoundError } from '../../errors.js';

/** Locks the invoice row until the transaction ends and reads it. */
export async function loadInvoiceForUpdate(tx: TenantClient, id: string, path: string | null = 'id'): Promise<Invoice> {
  const invoice = (await lockForUpdate(tx, 'Invoice', id)) ? await tx.invoice.findUnique({ where: { id } }) : null;
  if (!invoice) throw new NotFoundError('Invoice', 'No such invoice.', path);
  return invoice;
}

/** As loadInvoiceForUpdate, for changes that need the invoice unlocked. */
export async function loadUnlockedForUpdate(tx: TenantClient, id: string, path: string | null = 'id'): Promise<Invoice> {
  const invoice = await loadInvoiceForUpdate(tx, id, path);
  if (invoice.locked) throw new ConflictError('LOCKED', `Invoice ${invoice.number} is locked; unlock it first.`, path);
  return invoice;
}

/**
 * A line and its invoice, the invoice locked: the line is read again after the lock, so what a
 * change checks is what the line holds once no other change of the invoice is running.
 */
export async function loadLineForUpdate(tx: TenantClient, lineId: string, path = 'id', unlocked = true): Promise<{ line: InvoiceLine; invoice: Invoice }> {
  const notFound = () => new NotFoundError('InvoiceLine', 'No such invoice line.', path);
  const ref = await tx.invoiceLine.findUnique({ where: { id: lineId }, select: { invoiceId: true } });
  if (!ref) throw notFound();
  const invoice = unlocked ? await loadUnlockedForUpdate(tx, ref.invoiceId, path) : await loadInvoiceForUpdate(tx, ref.invoiceId, path);
  const line = await tx.invoiceLine.findUnique({ where: { id: lineId } });
  if (!line) throw notFound();
  return { line, invoice };
}
