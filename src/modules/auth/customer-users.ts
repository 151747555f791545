// Writes of customer users (User rows with customerId): their rights and their removal. User rows
// belong to auth; src/modules/customer-users decides who may act (the permission and seeing the
// customer) and calls these with the customers the staff member may see.
import type { Prisma } from '../../generated/prisma/client.js';
import type { CustomerUserRight } from '../../generated/prisma/enums.js';
import type { TenantClient, TenantDb } from '../../db/tenant.js';
import { NotFoundError } from '../../errors.js';

/**
 * The customer user with this id whose customer matches `visibleCustomer` (a filter on Customer:
 * the customers the acting staff member may see); a staff user's id, or one of a customer the
 * staff member may not see, answers NOT_FOUND at userId. (A concurrent delete makes the write that
 * follows find no row, and the transaction fails whole.)
 */
async function findCustomerUser(tx: TenantClient, userId: string, visibleCustomer: Prisma.CustomerWhereInput) {
  const user = await tx.user.findFirst({ where: { id: userId, customerId: { not: null }, customer: { is: visibleCustomer } } });
  if (!user) throw new NotFoundError('User', 'No such customer user.', 'userId');
  return user;
}

/** Replaces a customer user's rights; they count from the user's next request (read with the token). */
export async function setCustomerUserRights(db: TenantDb, userId: string, rights: CustomerUserRight[], visibleCustomer: Prisma.CustomerWhereInput) {
  return db.$transaction(async (tx) => {
    await findCustomerUser(tx, userId, visibleCustomer);
    return tx.user.update({ where: { id: userId }, data: { customerRights: [...new Set(rights)] } });
  });
}

/**
 * Removes a customer user: the row goes, and with it (ON DELETE CASCADE) their sessions, refresh
 * tokens, recovery codes and notifications, so their access and refresh tokens stop working at once.
 * An open invitation to the same address is removed too.
 */
export async function deleteCustomerUser(db: TenantDb, userId: string, visibleCustomer: Prisma.CustomerWhereInput) {
  return db.$transaction(async (tx) => {
    const user = await findCustomerUser(tx, userId, visibleCustomer);
    await tx.invite.deleteMany({ where: { email: user.email } });
    await tx.user.delete({ where: { id: userId } });
    return user;
  });
}
