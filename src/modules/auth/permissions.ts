// Permissions (pure). Users get them through groups. Names follow the customer register's
// permission list (View, View assigned, Edit, Edit assigned, Create, Delete, Upload, Create Customer Users, Change
// Customer Users Rights, Delete Customer Users, Assign, Delete Uploaded Files) plus
// admin permissions.
import type { Permission } from '../../generated/prisma/enums.js';

export type { Permission };

export const PERMISSION_DESCRIPTIONS: Record<Permission, string> = {
  CUSTOMER_VIEW: 'View every customer.',
  CUSTOMER_VIEW_ASSIGNED: 'View only the customers assigned to you.',
  CUSTOMER_EDIT: 'Edit every customer and its contacts.',
  CUSTOMER_EDIT_ASSIGNED: 'Edit only the customers assigned to you, and their contacts.',
  CUSTOMER_CREATE: 'Create customers.',
  CUSTOMER_DELETE: 'Delete customers that have no projects or invoices.',
  CUSTOMER_UPLOAD: 'Upload files and import customer registers.',
  CUSTOMER_DELETE_FILES: 'Delete uploaded files: documents of the customers and projects the user may see.',
  CUSTOMER_ASSIGN: 'Assign a user (technician) as responsible for a customer.',
  CUSTOMER_CREATE_USERS:
    'Create Customer Users: invite people at a customer the user may see to log in and see that customer’s invoices, projects or documents.',
  CUSTOMER_CHANGE_USER_RIGHTS: 'Change Customer Users Rights: choose what the customer users of a customer the user may see can see.',
  CUSTOMER_DELETE_USERS: 'Delete Customer Users: remove the customer users of a customer the user may see (their sessions end at once).',
  ADMIN_CHANGE_CUSTOMER_NUMBER: 'Administrator: change the number of an existing customer.',
  ADMIN_USERS: 'Administrator: manage users, groups, permissions and API tokens.',
  ADMIN_COMPANY_SETTINGS: 'Administrator: company settings, customer number lengths, custom fields.',
  PROJECT_VIEW: 'View projects, their work orders, change orders and costs, and the finance registers.',
  PROJECT_CREATE: 'Create projects.',
  PROJECT_EDIT: 'Edit and close projects, and create, edit and close their work orders and change orders (ÄTA).',
  ADMIN_PROJECT_STATUSES: 'Administrator: the project status list (Administration – Settings – Statuses).',
  ADMIN_ACCOUNTS: 'Administrator: the chart of accounts.',
  ADMIN_COST_CENTRES: 'Administrator: cost centres.',
  ADMIN_SUPPLIERS: 'Administrator: the supplier register.',
  ADMIN_PAYMENT_TERMS: 'Administrator: payment terms.',
  INVOICE_VIEW: 'View invoices and their PDFs.',
  INVOICE_EDIT: 'Create invoice bases and credit invoices, and edit invoices while they are unlocked.',
  INVOICE_LOCK: 'Lock invoices (freezing them for the accounting system) and unlock them while they have no external number.',
  INVOICE_PAYMENTS: 'Register invoice payments: import bank payment files and mark invoices paid from them.',
  ADMIN_INVOICE_STATUSES: 'Administrator: the invoice status list.',
  ADMIN_INTEGRATIONS: 'Administrator: accounting-system connections, their flows, runs and failures.',
  ADMIN_REVENUE_ACCOUNTING_READ: 'Administrator: Revenue Accounting (read): view the activation, posting dimensions and posting rules.',
  ADMIN_REVENUE_ACCOUNTING: 'Administrator: Revenue Accounting (full): activate revenue accounting and change its posting dimensions and posting rules.',
  INVOICE_REVENUE_ACCOUNTING:
    'Use revenue accounting in invoices (full): view an invoice’s revenue accounting and basis for the accounting system, edit and split revenue lines (accounts, dimensions), add balance postings, edit the basis.',
  INVOICE_REVENUE_ACCOUNTING_PROJECT:
    'Use revenue accounting in invoices (project, work order and ÄTA only): view an invoice’s revenue accounting, and change or split its revenue lines across projects, work orders and ÄTA, not accounts or other parameters.',
  SUPPLIER_INVOICE_VIEW: 'View supplier invoices, their rows, approvals and documents.',
  SUPPLIER_INVOICE_EDIT: 'Register supplier invoices and edit them (and their rows) until they are approved; dispute and undispute them.',
  SUPPLIER_INVOICE_APPROVE: 'Approve (attest) supplier invoices; an invoice is approved once the required number of different users have approved it.',
};

export const ALL_PERMISSIONS = Object.keys(PERMISSION_DESCRIPTIONS) as Permission[];

export interface PermissionHolder {
  userId: string | null;
  permissions: ReadonlySet<Permission>;
}

/**
 * Which customers a user may see: all, only those assigned to them, or none.
 * Full "View" wins over "View (only) assigned".
 */
export type CustomerScope = { kind: 'all' } | { kind: 'assigned'; userId: string } | { kind: 'none' };

export function customerViewScope(h: PermissionHolder): CustomerScope {
  if (h.permissions.has('CUSTOMER_VIEW')) return { kind: 'all' };
  if (h.permissions.has('CUSTOMER_VIEW_ASSIGNED') && h.userId) return { kind: 'assigned', userId: h.userId };
  return { kind: 'none' };
}

export function customerEditScope(h: PermissionHolder): CustomerScope {
  if (h.permissions.has('CUSTOMER_EDIT')) return { kind: 'all' };
  if (h.permissions.has('CUSTOMER_EDIT_ASSIGNED') && h.userId) return { kind: 'assigned', userId: h.userId };
  return { kind: 'none' };
}

export function scopeAllows(scope: CustomerScope, assignedUserId: string | null): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'assigned') return assignedUserId === scope.userId;
  return false;
}
