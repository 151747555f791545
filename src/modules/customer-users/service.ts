// Customer users: the staff actions on them (each needs its permission, checked by the GraphQL
// scope, and the customer visible to the staff member: NOT_FOUND otherwise) and the reads of a
// customer user's own portal. User and invitation rows belong to auth and are written there.
import type { CustomerUserRight } from '../../generated/prisma/enums.js';
import type { Context } from '../../graphql/context.js';
import { isForeignKeyViolation } from '../../db/errors.js';
import { NotFoundError } from '../../errors.js';
import { deleteCustomerUser as deleteUser, loginOf, setCustomerUserRights as setRights } from '../auth/index.js';
import { visibleCustomersWhere } from '../customers/index.js';
import { invitationLanguage, normaliseRights } from './rules.js';

export async function inviteCustomerUser(ctx: Context, input: { customerId: string; email: string; rights: CustomerUserRight[] }) {
  const auth = ctx.auth!;
  const customer = await ctx.db.customer.findFirst({
    where: { id: input.customerId, ...visibleCustomersWhere(auth) },
    select: { id: true, name: true, language: true },
  });
  if (!customer) throw new NotFoundError('Customer', 'No such customer.', 'customerId');
  return loginOf(ctx)
    .runtime.inviteCustomerUser(ctx.db, auth, { email: input.email, rights: normaliseRights(input.rights) }, customer, invitationLanguage(customer.language))
    .catch((err: unknown) => {
      // The customer was deleted between the check and the invitation's insert.
      if (isForeignKeyViolation(err)) throw new NotFoundError('Customer', 'No such customer.', 'customerId');
      throw err;
    });
}

export async function setCustomerUserRights(ctx: Context, userId: string, rights: CustomerUserRight[]) {
  return setRights(ctx.db, userId, normaliseRights(rights), visibleCustomersWhere(ctx.auth!));
}

export async function deleteCustomerUser(ctx: Context, userId: string) {
  return deleteUser(ctx.db, userId, visibleCustomersWhere(ctx.auth!));
}

/** The customer user's customer id, or null for staff (and anonymous requests). */
export function portalCustomerId(ctx: Context): string | null {
  return ctx.auth?.customer?.customerId ?? null;
}
