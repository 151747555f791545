// The invoice status list (admin-defined codes).
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { lockForUpdate, scoped, type TenantDb } from '../../db/tenant.js';
import { isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError, NotFoundError } from '../../errors.js';
import { parseInput, requiredText } from '../validation.js';
import { recordDeletions } from '../sync/index.js';

const schema = z.object({ code: z.number().int().min(0).max(999), name: requiredText(100, 'Name') });

export async function createInvoiceStatus(db: TenantDb, input: unknown) {
  const v = parseInput(schema, input);
  return db.invoiceStatus.create({ data: scoped<Prisma.InvoiceStatusUncheckedCreateInput>(v) }).catch((err) => {
    if (isUniqueViolationOn(err, 'code')) throw new ConflictError('ALREADY_EXISTS', `An invoice status with code ${v.code} exists.`, 'code');
    throw err;
  });
}

export async function deleteInvoiceStatus(db: TenantDb, id: string) {
  return db.$transaction(async (tx) => {
    // Locked like an invoice update assigning it locks it: the count below sees every such update.
    if (!(await lockForUpdate(tx, 'InvoiceStatus', id))) throw new NotFoundError('InvoiceStatus', 'No such invoice status.', 'id');
    const s = await tx.invoiceStatus.findUniqueOrThrow({ where: { id } });
    const used = await tx.invoice.count({ where: { statusCode: s.code } });
    if (used) throw new ConflictError('IN_USE', `Invoice status ${s.code} is used by ${used} invoice(s).`, 'id');
    await recordDeletions(tx, 'InvoiceStatus', [id]);
    await tx.invoiceStatus.delete({ where: { id } });
    return s;
  });
}
