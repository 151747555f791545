// GraphQL of customer users: the staff side (inviteCustomerUser, setCustomerUserRights,
// deleteCustomerUser, Customer.users, User.customer) and the customer user's own portal
// (customerPortal). The portal's types are variants of the models with only what a customer may
// see: no costs, margins, revenue accounting, internal comments or who-did-what of staff.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../../graphql/builder.js';
import type { Context } from '../../graphql/context.js';
import { ForbiddenError } from '../../errors.js';
import { UserRef } from '../auth/index.js';
import { customerIfVisible, CustomerRef, EVERY_CUSTOMER, LanguageEnum } from '../customers/index.js';
import {
  CUSTOMER_USER_ACTIONS,
  CUSTOMER_USER_RIGHTS,
  CUSTOMER_USERS_LIST_PERMISSIONS,
  type PortalList,
  portalAllows,
  portalDocumentsWhere,
  portalInvoicesWhere,
  portalProjectsWhere,
  RIGHT_DESCRIPTIONS,
} from './rules.js';
import * as service from './service.js';

export const CustomerUserRightEnum = builder.enumType('CustomerUserRight', {
  description: 'What a customer user may see of their customer.',
  values: Object.fromEntries(CUSTOMER_USER_RIGHTS.map((r) => [r, { description: RIGHT_DESCRIPTIONS[r] }])) as Record<
    (typeof CUSTOMER_USER_RIGHTS)[number],
    { description: string }
  >,
});

/** The portal's customer: the customer user's own customer. */
function requireRight(ctx: Context, list: PortalList): string {
  const c = ctx.auth?.customer;
  if (!c) throw new ForbiddenError('Only customer users have a portal.');
  if (!portalAllows(c.rights, list)) throw new ForbiddenError(`Your customer user rights do not include ${list === 'documentFolders' ? 'documents' : list}.`);
  return c.customerId;
}

// ---------------------------------------------------------------------------------------------
// Staff side.

builder.prismaObjectFields('User', (t) => ({
  customer: t.relation('customer', {
    nullable: true,
    description:
      'Set for a customer user (a person at this customer, not staff; no groups or permissions). Null for staff, and when the reader may not see this customer.',
    authScopes: EVERY_CUSTOMER,
    unauthorizedResolver: (u, _a, ctx) => customerIfVisible(ctx, u.customerId) as never,
  }),
  customerRights: t.field({
    type: [CustomerUserRightEnum],
    description: 'A customer user’s rights (empty for staff).',
    select: { customerRights: true },
    resolve: (u) => u.customerRights,
  }),
  lastLoginAt: t.field({
    type: 'DateTime',
    nullable: true,
    description: 'When the user last logged in (the newest login session still kept), if ever.',
    resolve: async (u, _a, ctx) =>
      (await ctx.db.session.findFirst({ where: { userId: u.id }, orderBy: { createdAt: 'desc' }, select: { createdAt: true } }))?.createdAt ?? null,
  }),
}));

builder.prismaObjectField('Customer', 'users', (t) =>
  t.relation('users', {
    description: `The customer’s customer users (people at the customer who log in to see its invoices, projects or documents), by name. Needs one of ${CUSTOMER_USERS_LIST_PERMISSIONS.join(', ')}.`,
    authScopes: { anyPermission: [...CUSTOMER_USERS_LIST_PERMISSIONS] },
    query: { orderBy: [{ name: 'asc' }, { id: 'asc' }] },
  }),
);

const CustomerUserInvitation = builder.prismaObject('Invite', {
  variant: 'CustomerUserInvitation',
  description: 'An invitation of a person at a customer to become a customer user.',
  fields: (t) => ({
    email: t.exposeString('email'),
    rights: t.field({ type: [CustomerUserRightEnum], select: { customerRights: true }, resolve: (i) => i.customerRights }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'The link works once, until then.' }),
    customer: t.relation('customer', { nullable: true }),
  }),
});

builder.mutationFields((t) => ({
  inviteCustomerUser: t.prismaField({
    type: CustomerUserInvitation,
    errors: {},
    description:
      'E-mails a person at a customer the staff member may see an invitation to become a customer user with these rights (needs CUSTOMER_CREATE_USERS). The e-mail is in Swedish for a customer whose language is SV, else English. An address used by an active user of the company: ALREADY_EXISTS at email.',
    authScopes: { permission: CUSTOMER_USER_ACTIONS.invite },
    args: {
      customerId: t.arg.globalID({ required: true, for: CustomerRef }),
      email: t.arg.string({ required: true }),
      rights: t.arg({ type: [CustomerUserRightEnum], required: true }),
    },
    resolve: async (query, _r, args, ctx) => {
      const invite = await service.inviteCustomerUser(ctx, { customerId: args.customerId.id, email: args.email, rights: args.rights });
      return ctx.db.invite.findUniqueOrThrow({ ...query, where: { id: invite.id } });
    },
  }),
  setCustomerUserRights: t.prismaField({
    type: 'User',
    errors: {},
    description:
      'Replaces what a customer user may see (needs CUSTOMER_CHANGE_USER_RIGHTS and their customer visible to the staff member); counts from their next request. A staff user’s id: NOT_FOUND at userId.',
    authScopes: { permission: CUSTOMER_USER_ACTIONS.setRights },
    args: {
      userId: t.arg.globalID({ required: true, for: UserRef }),
      rights: t.arg({ type: [CustomerUserRightEnum], required: true }),
    },
    resolve: async (query, _r, args, ctx) => {
      await service.setCustomerUserRights(ctx, args.userId.id, args.rights);
      return ctx.db.user.findUniqueOrThrow({ ...query, where: { id: args.userId.id } });
    },
  }),
  deleteCustomerUser: t.field({
    type: 'ID',
    errors: {},
    description:
      'Removes a customer user (needs CUSTOMER_DELETE_USERS and their customer visible to the staff member); their sessions end at once. A staff user’s id: NOT_FOUND at userId. Returns the id.',
    authScopes: { permission: CUSTOMER_USER_ACTIONS.delete },
    args: { userId: t.arg.globalID({ required: true, for: UserRef }) },
    resolve: async (_r, args, ctx) => {
      await service.deleteCustomerUser(ctx, args.userId.id);
      return encodeGlobalID('User', args.userId.id);
    },
  }),
}));

// ---------------------------------------------------------------------------------------------
// The customer user's portal.

const PortalInvoice = builder.prismaObject('Invoice', {
  variant: 'PortalInvoice',
  description: 'A locked (final) invoice as its customer sees it.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The internal invoice number.' }),
    externalNumber: t.exposeString('externalNumber', { nullable: true, description: 'The number in the accounting system.' }),
    isCredit: t.exposeBoolean('isCredit'),
    title: t.exposeString('title', { nullable: true }),
    customerReference: t.exposeString('customerReference', { nullable: true }),
    invoiceDate: t.expose('invoiceDate', { type: 'Date', nullable: true }),
    dueDate: t.expose('dueDate', { type: 'Date', nullable: true }),
    paidDate: t.expose('paidDate', { type: 'Date', nullable: true }),
    ocrReference: t.exposeString('ocrReference', { nullable: true }),
    subtotal: t.expose('subtotal', { type: 'Money', description: 'Excl. VAT.' }),
    vatAmount: t.expose('vatAmount', { type: 'Money' }),
    total: t.expose('total', { type: 'Money', description: 'Incl. VAT, after rounding.' }),
    taxReductionAmount: t.expose('taxReductionAmount', { type: 'Money' }),
    amountToPay: t.expose('amountToPay', { type: 'Money' }),
    projectNumber: t.string({ select: { project: { select: { number: true } } }, resolve: (i) => i.project.number }),
    pdfUrl: t.string({
      description: 'Download path of the invoice PDF (GET with the same Bearer token).',
      select: { id: true },
      resolve: (i) => `/invoices/${i.id}.pdf`,
    }),
  }),
});

const PortalProject = builder.prismaObject('Project', {
  variant: 'PortalProject',
  description: 'A project as its customer sees it: no costs, internal notes or staff.',
  fields: (t) => ({
    number: t.exposeString('number'),
    name: t.exposeString('name'),
    customerReference: t.exposeString('customerReference', { nullable: true }),
    statusCode: t.exposeInt('statusCode'),
    statusName: t.string({ select: { status: { select: { name: true } } }, resolve: (p) => p.status.name }),
    startDate: t.expose('startDate', { type: 'Date', nullable: true }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true }),
    finishedAt: t.expose('finishedAt', { type: 'DateTime', nullable: true }),
  }),
});

const PortalDocumentFolder = builder.prismaObject('DocumentFolder', {
  variant: 'PortalDocumentFolder',
  description: 'A folder of the customer’s documents.',
  fields: (t) => ({
    id: t.string({ select: { id: true }, resolve: (f) => encodeGlobalID('DocumentFolder', f.id) }),
    name: t.exposeString('name'),
  }),
});

const PortalDocument = builder.prismaObject('Document', {
  variant: 'PortalDocument',
  description: 'A document of the customer.',
  fields: (t) => ({
    name: t.exposeString('name'),
    contentType: t.exposeString('contentType'),
    size: t.exposeInt('size', { description: 'Bytes.' }),
    folder: t.relation('folder', { type: PortalDocumentFolder, nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was uploaded.' }),
    url: t.string({
      description: 'Download path (GET with the same Bearer token); served as an attachment.',
      select: { id: true },
      resolve: (d) => `/documents/${d.id}`,
    }),
  }),
});

const CustomerPortal = builder.prismaObject('Customer', {
  variant: 'CustomerPortal',
  description:
    'What a customer user sees: their customer and, per right, its locked invoices (INVOICES), projects (PROJECTS) and documents (DOCUMENTS). A list without its right answers FORBIDDEN.',
  fields: (t) => ({
    number: t.exposeString('number'),
    name: t.exposeString('name'),
    language: t.field({ type: LanguageEnum, select: { language: true }, resolve: (c) => c.language }),
    rights: t.field({
      type: [CustomerUserRightEnum],
      description: 'The customer user’s rights.',
      resolve: (_c, _a, ctx) => [...(ctx.auth?.customer?.rights ?? [])],
    }),
    invoiceAddress1: t.exposeString('invoiceAddress1', { nullable: true }),
    invoiceAddress2: t.exposeString('invoiceAddress2', { nullable: true }),
    invoicePostcode: t.exposeString('invoicePostcode', { nullable: true }),
    invoiceCity: t.exposeString('invoiceCity', { nullable: true }),
    invoiceCountryCode: t.exposeString('invoiceCountryCode'),
    visitingAddress1: t.exposeString('visitingAddress1', { nullable: true }),
    visitingAddress2: t.exposeString('visitingAddress2', { nullable: true }),
    visitingPostcode: t.exposeString('visitingPostcode', { nullable: true }),
    visitingCity: t.exposeString('visitingCity', { nullable: true }),
    visitingCountryCode: t.exposeString('visitingCountryCode', { nullable: true }),
    mailAddress1: t.exposeString('mailAddress1', { nullable: true }),
    mailAddress2: t.exposeString('mailAddress2', { nullable: true }),
    mailPostcode: t.exposeString('mailPostcode', { nullable: true }),
    mailCity: t.exposeString('mailCity', { nullable: true }),
    mailCountryCode: t.exposeString('mailCountryCode', { nullable: true }),
    invoices: t.prismaConnection({
      type: PortalInvoice,
      cursor: 'id',
      defaultSize: 20,
      maxSize: 100,
      description: 'The customer’s locked invoices (never drafts), newest first (needs the right INVOICES).',
      totalCount: (_c, _a, ctx) => ctx.db.invoice.count({ where: portalInvoicesWhere(requireRight(ctx, 'invoices')) }),
      resolve: (query, _c, _a, ctx) =>
        ctx.db.invoice.findMany({
          ...query,
          where: portalInvoicesWhere(requireRight(ctx, 'invoices')),
          orderBy: [{ invoiceDate: { sort: 'desc', nulls: 'last' } }, { number: 'desc' }, { id: 'desc' }],
        }),
    }),
    projects: t.prismaConnection({
      type: PortalProject,
      cursor: 'id',
      defaultSize: 20,
      maxSize: 100,
      description: 'The customer’s projects, newest first (needs the right PROJECTS).',
      totalCount: (_c, _a, ctx) => ctx.db.project.count({ where: portalProjectsWhere(requireRight(ctx, 'projects')) }),
      resolve: (query, _c, _a, ctx) =>
        ctx.db.project.findMany({ ...query, where: portalProjectsWhere(requireRight(ctx, 'projects')), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    }),
    documents: t.prismaConnection({
      type: PortalDocument,
      cursor: 'id',
      defaultSize: 20,
      maxSize: 100,
      description: 'The customer’s documents, newest first (needs the right DOCUMENTS).',
      totalCount: (_c, _a, ctx) => ctx.db.document.count({ where: portalDocumentsWhere(requireRight(ctx, 'documents')) }),
      resolve: (query, _c, _a, ctx) =>
        ctx.db.document.findMany({ ...query, where: portalDocumentsWhere(requireRight(ctx, 'documents')), orderBy: [{ createdAt: 'desc' }, { id: 'desc' }] }),
    }),
    documentFolders: t.prismaField({
      type: [PortalDocumentFolder],
      description: 'The customer’s document folders by name (needs the right DOCUMENTS).',
      resolve: (query, _c, _a, ctx) =>
        ctx.db.documentFolder.findMany({
          ...query,
          where: portalDocumentsWhere(requireRight(ctx, 'documentFolders')),
          orderBy: [{ nameKey: 'asc' }, { id: 'asc' }],
        }),
    }),
  }),
});

builder.queryFields((t) => ({
  customerPortal: t.prismaField({
    type: CustomerPortal,
    nullable: true,
    authScopes: { authenticated: true },
    description: 'A customer user’s own customer and what their rights show of it; null for staff.',
    resolve: (query, _r, _a, ctx) => {
      const customerId = service.portalCustomerId(ctx);
      return customerId ? ctx.db.customer.findUnique({ ...query, where: { id: customerId } }) : null;
    },
  }),
}));
