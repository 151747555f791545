// "An internal (staff) user": the one check every place that chooses a user for a staff role
// makes (a customer's responsible user, a project manager, an invoice's "our reference", group
// membership, API tokens, approvals). A customer user (User.customerId set) is never one; the
// database refuses it as well (triggers of migration 20261206400000_customer_users).
import type { TenantClient } from '../../db/tenant.js';
import { ValidationError, type ValidationIssue } from '../../errors.js';

export interface UserForRole {
  active: boolean;
  customerId: string | null;
}

/** Why a user cannot take a staff role at `path`, or null when they can (pure). */
export function staffUserIssue(user: UserForRole | null, path: string): ValidationIssue | null {
  if (!user) return { path, code: 'not_found', message: 'No such user.' };
  if (user.customerId !== null) return { path, code: 'customer_user', message: 'A customer user cannot take this role; choose a staff user.' };
  if (!user.active) return { path, code: 'inactive', message: 'The user is inactive.' };
  return null;
}

/** The issue of the user with this id at `path` (read through the tenant-scoped client), or null. */
export async function staffUserIssueOf(tx: Pick<TenantClient, 'user'>, userId: string, path: string): Promise<ValidationIssue | null> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { active: true, customerId: true } });
  return staffUserIssue(user, path);
}

/** Throws a ValidationError naming `path` unless the user is an active staff user. */
export async function assertStaffUser(tx: Pick<TenantClient, 'user'>, userId: string, path: string): Promise<void> {
  const issue = await staffUserIssueOf(tx, userId, path);
  if (issue) throw new ValidationError([issue]);
}
