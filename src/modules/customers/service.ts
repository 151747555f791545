// Customer register service: reads and writes through the tenant-scoped client, one
// transaction per operation; validation lives in rules.ts and custom-fields.ts.
import type { Prisma } from '../../generated/prisma/client.js';
import type { Customer } from '../../generated/prisma/client.js';
import { lockForUpdate, scoped, type TenantClient, type TenantDb } from '../../db/tenant.js';
import { isForeignKeyViolation, isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError, type ValidationIssue } from '../../errors.js';
import type { AuthenticatedUser } from '../../graphql/context.js';
import { customerEditScope, customerViewScope, scopeAllows, staffUserIssueOf, type CustomerScope } from '../auth/index.js';
import { recordDeletions } from '../sync/index.js';
import { assignmentNotices, type NotificationOutbox, recordAssignmentNotices } from '../notifications/index.js';
import { applyCustomFields, type CustomFieldValues } from './custom-fields.js';
import {
  contactChanges,
  contactFromCustomer,
  customerChanges,
  customerNumberIssues,
  numericValue,
  type ContactColumns,
  type CustomerColumns,
} from './rules.js';
import { takeCustomerNumber } from './numbering.js';

type Auth = Pick<AuthenticatedUser, 'actor' | 'permissions'>;

/** Prisma filter for the customers the user may see; throws when they may see none. */
export function visibleCustomersWhere(auth: Auth): Prisma.CustomerWhereInput {
  const scope = customerViewScope({ userId: auth.actor.userId, permissions: auth.permissions });
  if (scope.kind === 'none') throw new ForbiddenError('You may not view customers.', 'CUSTOMER_VIEW');
  return scope.kind === 'assigned' ? { assignedUserId: scope.userId } : {};
}

/** The customer if the user may see it, else NotFound (existence is not revealed). */
async function loadVisible(tx: TenantClient, auth: Auth, id: string, path = 'id'): Promise<Customer> {
  const customer = await tx.customer.findFirst({ where: { id, ...visibleCustomersWhere(auth) } });
  if (!customer) throw new NotFoundError('Customer', 'No such customer.', path);
  return customer;
}

function requireEdit(auth: Auth, customer: Customer): void {
  const scope: CustomerScope = customerEditScope({ userId: auth.actor.userId, permissions: auth.permissions });
  if (!scopeAllows(scope, customer.assignedUserId)) {
    throw new ForbiddenError(scope.kind === 'assigned' ? 'You may only edit customers assigned to you.' : 'You may not edit customers.', 'CUSTOMER_EDIT');
  }
}

function columnsOf(c: Customer): CustomerColumns {
  const { id: _id, companyId: _c, customFields: _f, active: _a, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...cols } = c;
  return cols;
}

async function referenceIssues(tx: TenantClient, cols: Partial<CustomerColumns>, prefix = ''): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  if (cols.paymentTermId) {
    const t = await tx.paymentTerm.findUnique({ where: { id: cols.paymentTermId } });
    if (!t) issues.push({ path: `${prefix}paymentTermId`, code: 'not_found', message: 'No such payment terms.' });
    else if (!t.active) issues.push({ path: `${prefix}paymentTermId`, code: 'inactive', message: 'These payment terms are inactive.' });
  }
  if (cols.assignedUserId) {
    const issue = await staffUserIssueOf(tx, cols.assignedUserId, `${prefix}assignedUserId`);
    if (issue) issues.push(issue);
  }
  return issues;
}

function numberConflict(err: unknown, number: string): never {
  if (isUniqueViolationOn(err, 'number')) {
    throw new ConflictError('NUMBER_TAKEN', `Customer number ${number} is already in use.`, 'number');
  }
  throw err;
}

export interface CreateCustomerInput extends Record<string, unknown> {
  contacts?: unknown[] | null;
}

/** What a write that may change a customer's responsible user is given: where the notices' e-mails go. */
export interface AssignmentOptions {
  /** Enqueues the notification e-mails in the write's transaction (unset: notifications are written, not e-mailed). */
  outbox?: NotificationOutbox;
}

/** Tells the users a change of the customer's responsible user concerns (in the caller's transaction). */
function notifyAssignment(tx: TenantClient, auth: Auth, customer: Customer, before: string | null, opts: AssignmentOptions) {
  const notices = assignmentNotices(before, customer.assignedUserId, auth.actor.userId);
  return recordAssignmentNotices(tx, customer, notices, opts.outbox);
}

export async function createCustomer(db: TenantDb, auth: Auth, input: CreateCustomerInput, today = new Date(), opts: AssignmentOptions = {}): Promise<string> {
  const { contacts: contactInputs, ...customerInput } = input;
  if (customerInput.assignedUserId && !auth.permissions.has('CUSTOMER_ASSIGN')) {
    throw new ForbiddenError('Assigning a user to a customer needs the Assign permission.', 'CUSTOMER_ASSIGN');
  }
  const autoNumber = customerInput.number == null || customerInput.number === '';
  // Automatic numbers come from the company's counter, one creation at a time (numbering.ts);
  // one can still collide with a number given by hand in a transaction not yet committed. That
  // insert fails on the unique constraint and is retried: the retry skips the number.
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const company = await tx.company.findFirstOrThrow({});
        const defs = await tx.customFieldDefinition.findMany({});
        const ch = customerChanges(customerInput, null, { settings: company, today });
        const issues = [...ch.issues];
        const cf = applyCustomFields(ch.customFields, defs, {});
        issues.push(...cf.issues);
        const contacts = (contactInputs ?? []).map((c, i) => contactChanges(c, null, { today, pathPrefix: `contacts.${i}` }));
        for (const c of contacts) issues.push(...c.issues);
        if (contacts.filter((c) => c.merged.isMainContact).length > 1) {
          issues.push({ path: 'contacts', code: 'several_main_contacts', message: 'Only one contact can be the main contact.' });
        }
        issues.push(...(await referenceIssues(tx, ch.columns)));
        if (issues.length) throw new ValidationError(issues);

        let number = ch.merged.number;
        if (autoNumber) {
          const next = await takeCustomerNumber(tx, company);
          if (next === null) {
            throw ValidationError.single('number', 'required', 'No free customer number fits the maximum length; give a number.');
          }
          number = next;
        }
        const customer = await tx.customer
          .create({
            data: scoped<Prisma.CustomerUncheckedCreateInput>({
              ...ch.merged,
              number,
              numberValue: numericValue(number),
              customFields: cf.values,
            }),
          })
          .catch((err) => numberConflict(err, number));
        if (contacts.length) {
          await tx.contact.createMany({
            data: contacts.map((c) => scoped<Prisma.ContactCreateManyInput>({ ...c.merged, customerId: customer.id })),
          });
        }
        await notifyAssignment(tx, auth, customer, null, opts);
        return customer.id;
      });
    } catch (err) {
      if (autoNumber && attempt < 3 && err instanceof ConflictError && err.code === 'NUMBER_TAKEN') continue;
      throw err;
    }
  }
}

export async function updateCustomer(db: TenantDb, auth: Auth, id: string, input: Record<string, unknown>, today = new Date(), opts: AssignmentOptions = {}) {
  return db.$transaction(async (tx) => {
    // The responsible user is read and changed under the row's lock, so two concurrent changes
    // each tell the user the other replaced.
    await lockForUpdate(tx, 'Customer', id);
    const existing = await loadVisible(tx, auth, id);
    requireEdit(auth, existing);
    const company = await tx.company.findFirstOrThrow({});
    const defs = await tx.customFieldDefinition.findMany({});
    const ch = customerChanges(input, columnsOf(existing), { settings: company, today });
    const cf = applyCustomFields(ch.customFields, defs, existing.customFields as CustomFieldValues);
    const issues = [...ch.issues, ...cf.issues, ...(await referenceIssues(tx, ch.columns))];
    if ('assignedUserId' in ch.columns && ch.merged.assignedUserId !== existing.assignedUserId && !auth.permissions.has('CUSTOMER_ASSIGN')) {
      throw new ForbiddenError('Assigning a user to a customer needs the Assign permission.', 'CUSTOMER_ASSIGN');
    }
    if (issues.length) throw new ValidationError(issues);
    const updated = await tx.customer.update({ where: { id }, data: { ...ch.columns, customFields: cf.values } });
    await notifyAssignment(tx, auth, updated, existing.assignedUserId, opts);
    return updated;
  });
}

export async function deleteCustomer(db: TenantDb, auth: Auth, id: string) {
  return db
    .$transaction(async (tx) => {
      const existing = await loadVisible(tx, auth, id);
      // Customer users are not deleted with their customer: they are people with logins, removed
      // one by one with deleteCustomerUser (CUSTOMER_DELETE_USERS). User.customerId is ON DELETE RESTRICT.
      const users = await tx.user.findMany({ where: { customerId: existing.id }, select: { email: true }, orderBy: { email: 'asc' } });
      if (users.length) {
        throw new ConflictError(
          'IN_USE',
          `The customer has customer users (${users.map((u) => u.email).join(', ')}); delete them first (deleteCustomerUser), or inactivate the customer.`,
          'id',
        );
      }
      await recordDeletions(tx, 'Customer', [existing.id]);
      await tx.customer.delete({ where: { id: existing.id } });
      return existing;
    })
    .catch((err: unknown) => {
      // Projects, invoices and documents reference customers with ON DELETE RESTRICT.
      if (isForeignKeyViolation(err)) {
        throw new ConflictError('IN_USE', 'The customer has projects, invoices or documents and cannot be deleted; inactivate it instead.', 'id');
      }
      throw err;
    });
}

export async function setCustomerActive(db: TenantDb, auth: Auth, id: string, active: boolean) {
  return db.$transaction(async (tx) => {
    const existing = await loadVisible(tx, auth, id);
    requireEdit(auth, existing);
    if (existing.active === active) return existing;
    return tx.customer.update({ where: { id }, data: { active } });
  });
}

export async function changeCustomerNumber(db: TenantDb, auth: Auth, id: string, number: string) {
  const trimmed = number.trim();
  return db.$transaction(async (tx) => {
    const existing = await loadVisible(tx, auth, id);
    const company = await tx.company.findFirstOrThrow({});
    const issues = customerNumberIssues(trimmed, company);
    if (issues.length) throw new ValidationError(issues);
    if (trimmed === existing.number) return existing;
    return tx.customer.update({ where: { id }, data: { number: trimmed, numberValue: numericValue(trimmed) } }).catch((err) => numberConflict(err, trimmed));
  });
}

export async function assignCustomer(db: TenantDb, auth: Auth, id: string, userId: string | null, opts: AssignmentOptions = {}) {
  return db.$transaction(async (tx) => {
    // Under the row's lock: two concurrent assignments each tell the user the other replaced.
    await lockForUpdate(tx, 'Customer', id);
    // Refuses a customer the user may not see.
    const existing = await loadVisible(tx, auth, id);
    const issues = await referenceIssues(tx, { assignedUserId: userId }, '');
    if (issues.length) throw new ValidationError(issues.map((i) => ({ ...i, path: 'userId' })));
    const updated = await tx.customer.update({ where: { id }, data: { assignedUserId: userId } });
    await notifyAssignment(tx, auth, updated, existing.assignedUserId, opts);
    return updated;
  });
}

// ---------------------------------------------------------------------------------------------
// Contacts

async function clearOtherMainContacts(tx: TenantClient, customerId: string, keepId: string): Promise<void> {
  await tx.contact.updateMany({ where: { customerId, isMainContact: true, id: { not: keepId } }, data: { isMainContact: false } });
}

export async function addContact(db: TenantDb, auth: Auth, customerId: string, input: unknown, today = new Date()) {
  return db.$transaction(async (tx) => {
    const customer = await loadVisible(tx, auth, customerId, 'customerId');
    requireEdit(auth, customer);
    const ch = contactChanges(input, null, { today });
    if (ch.issues.length) throw new ValidationError(ch.issues);
    const contact = await tx.contact.create({ data: scoped<Prisma.ContactUncheckedCreateInput>({ ...ch.merged, customerId }) });
    if (contact.isMainContact) await clearOtherMainContacts(tx, customerId, contact.id);
    return contact;
  });
}

async function loadContactForEdit(tx: TenantClient, auth: Auth, id: string) {
  const contact = await tx.contact.findUnique({ where: { id } });
  if (!contact) throw new NotFoundError('Contact', 'No such contact.', 'id');
  const customer = await loadVisible(tx, auth, contact.customerId).catch(() => {
    throw new NotFoundError('Contact', 'No such contact.', 'id');
  });
  requireEdit(auth, customer);
  return contact;
}

export async function updateContact(db: TenantDb, auth: Auth, id: string, input: unknown, today = new Date()) {
  return db.$transaction(async (tx) => {
    const existing = await loadContactForEdit(tx, auth, id);
    const { id: _i, companyId: _c, customerId, createdAt: _ca, updatedAt: _ua, createdBy: _cb, updatedBy: _ub, ...cols } = existing;
    const ch = contactChanges(input, cols satisfies ContactColumns, { today });
    if (ch.issues.length) throw new ValidationError(ch.issues);
    const contact = await tx.contact.update({ where: { id }, data: ch.columns });
    if (ch.columns.isMainContact) await clearOtherMainContacts(tx, customerId, id);
    return contact;
  });
}

export async function removeContact(db: TenantDb, auth: Auth, id: string) {
  return db.$transaction(async (tx) => {
    const existing = await loadContactForEdit(tx, auth, id);
    // Projects that named the contact keep their history without it.
    await tx.project.updateMany({ where: { contactId: id }, data: { contactId: null } });
    await recordDeletions(tx, 'Contact', [id]);
    await tx.contact.delete({ where: { id } });
    return existing;
  });
}

export async function copyCustomerToContact(db: TenantDb, auth: Auth, customerId: string) {
  return db.$transaction(async (tx) => {
    const customer = await loadVisible(tx, auth, customerId, 'customerId');
    requireEdit(auth, customer);
    return tx.contact.create({
      data: scoped<Prisma.ContactUncheckedCreateInput>({ ...contactFromCustomer(customer), customerId }),
    });
  });
}
