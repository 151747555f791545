// Customer users (pure): what each right shows, which permissions govern them, and the filters
// that keep a customer user's portal on their own customer. No I/O.
import type { CustomerUserRight, Permission } from '../../generated/prisma/enums.js';

export const CUSTOMER_USER_RIGHTS: readonly CustomerUserRight[] = ['INVOICES', 'PROJECTS', 'DOCUMENTS'];

export const RIGHT_DESCRIPTIONS: Record<CustomerUserRight, string> = {
  INVOICES: 'The customer’s locked (final) invoices with totals, due date, OCR reference, paid date and the PDF; never drafts.',
  PROJECTS: 'The customer’s projects: number, name, status and dates; no costs or internal notes.',
  DOCUMENTS: 'The customer’s documents and folders, with downloads.',
};

/** The portal's lists and the right each needs. */
export type PortalList = 'invoices' | 'projects' | 'documents' | 'documentFolders';
export const PORTAL_LIST_RIGHT: Record<PortalList, CustomerUserRight> = {
  invoices: 'INVOICES',
  projects: 'PROJECTS',
  documents: 'DOCUMENTS',
  documentFolders: 'DOCUMENTS',
};

/** Whether a customer user with these rights may read this list of their portal. */
export function portalAllows(rights: ReadonlySet<CustomerUserRight>, list: PortalList): boolean {
  return rights.has(PORTAL_LIST_RIGHT[list]);
}

/** The permissions of the three staff actions on customer users (each also needs the customer to be visible). */
export const CUSTOMER_USER_ACTIONS = {
  invite: 'CUSTOMER_CREATE_USERS',
  setRights: 'CUSTOMER_CHANGE_USER_RIGHTS',
  delete: 'CUSTOMER_DELETE_USERS',
} as const satisfies Record<string, Permission>;

/** Who sees a customer's customer users (Customer.users): staff who see the customer and hold one of these. */
export const CUSTOMER_USERS_LIST_PERMISSIONS: readonly Permission[] = [
  'CUSTOMER_CREATE_USERS',
  'CUSTOMER_CHANGE_USER_RIGHTS',
  'CUSTOMER_DELETE_USERS',
  'CUSTOMER_EDIT',
];

/** The invoices a customer user sees: their customer's locked invoices (drafts never). */
export function portalInvoicesWhere(customerId: string) {
  return { customerId, locked: true };
}

/** The projects a customer user sees: their customer's. */
export function portalProjectsWhere(customerId: string) {
  return { customerId };
}

/** The documents and folders a customer user sees: those of their customer (not of its projects). */
export function portalDocumentsWhere(customerId: string) {
  return { customerId };
}

/** The language of a customer user's invitation: Swedish for a customer whose language is SV, else English. */
export function invitationLanguage(customerLanguage: string | null | undefined): 'sv' | 'en' {
  return (customerLanguage ?? 'SV').toUpperCase() === 'SV' ? 'sv' : 'en';
}

/** The rights as stored: each once, in the enum's order. */
export function normaliseRights(rights: readonly CustomerUserRight[]): CustomerUserRight[] {
  const set = new Set(rights);
  return CUSTOMER_USER_RIGHTS.filter((r) => set.has(r));
}
