// GraphQL: customers, their contacts and custom field definitions. Resolvers stay thin:
// rules.ts validates, service.ts writes.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { registerCompiledList, registerCompiledNode } from '../../graphql/compiled-reads/index.js';
import { auditFields } from '../../graphql/audit.js';
import { cleanInput } from '../../graphql/input.js';
import { SortDirection } from '../../graphql/types.js';
import { actorOf, type Context } from '../../graphql/context.js';
import { customerViewScope, UserRef } from '../auth/index.js';
import { notificationOutbox } from '../notifications/index.js';
import { PaymentTermRef } from '../registers/index.js';
import {
  alwaysChangedConnectionOptions,
  alwaysChangedEdgeOptions,
  changedConnectionOptions,
  changedEdgeOptions,
  changedPage,
  INCLUDE_INACTIVE_DESCRIPTION,
  mirroredCountWhere,
  mirroredRead,
  modifiedSinceArg,
  modifiedSinceListArg,
  withoutIdCursor,
} from '../sync/index.js';
import {
  CUSTOMER_CATEGORIES,
  CUSTOMER_ORDER_FIELDS,
  CUSTOMER_TYPES,
  type CustomerListArgs,
  customerListConditions,
  customerListOrder,
  displayIdentityNumber,
  LANGUAGES,
  rotMissing,
  showsVat,
} from './rules.js';
import type { CustomFieldValues } from './custom-fields.js';
import * as service from './service.js';
import * as definitions from './custom-field-definitions.js';

const VIEW = ['CUSTOMER_VIEW', 'CUSTOMER_VIEW_ASSIGNED'] as const;
const EDIT = ['CUSTOMER_EDIT', 'CUSTOMER_EDIT_ASSIGNED'] as const;
const NO_ID = '00000000-0000-0000-0000-000000000000';
const CUSTOMER_PAGE = { defaultSize: 20, maxSize: 200 };
const CONTACT_PAGE = { defaultSize: 100, maxSize: 1000 };

/** What of the user the customers they may see depend on: their view scope and who they are. */
interface CustomerViewer {
  scope: ReturnType<typeof customerViewScope>;
  userId: string | null;
}
const viewerOf = (ctx: Context): CustomerViewer => ({
  scope: customerViewScope({ userId: ctx.auth?.actor.userId ?? null, permissions: ctx.permissions }),
  userId: ctx.auth ? actorOf(ctx).userId : null,
});

/** Customer filter for what the user may see: never throws, matches nothing when nothing is visible. */
function visibleWhere({ scope }: CustomerViewer): Prisma.CustomerWhereInput {
  if (scope.kind === 'all') return {};
  if (scope.kind === 'assigned') return { assignedUserId: scope.userId };
  return { id: NO_ID };
}
const visibleFilter = (ctx: Context) => visibleWhere(viewerOf(ctx));

/**
 * A customer or contact reached from another row (a project's or an invoice's customer, their
 * contact, a ROT/RUT buyer's contact) shows only what the user may see of customers. Users who
 * see every customer get such a relation through the field's scope (`{ permission: 'CUSTOMER_VIEW' }`,
 * so compiled reads still join it); for anyone else the scope fails and these resolve it: the row
 * when its customer is assigned to a user who sees only assigned customers, else null. Without
 * this a project or invoice showed any customer's card, contacts and identity numbers to a user
 * restricted to the customers assigned to them.
 */
export function customerIfVisible(ctx: Context, customerId: string | null) {
  const viewer = viewerOf(ctx);
  if (!customerId || viewer.scope.kind === 'none') return null;
  return ctx.db.customer.findFirst({ where: { id: customerId, ...visibleWhere(viewer) } });
}

export function contactIfVisible(ctx: Context, contactId: string | null) {
  const viewer = viewerOf(ctx);
  if (!contactId || viewer.scope.kind === 'none') return null;
  return ctx.db.contact.findFirst({ where: { id: contactId, customer: visibleWhere(viewer) } });
}

/** The field scope of such relations: users who see every customer read them as relations. */
export const EVERY_CUSTOMER = { permission: 'CUSTOMER_VIEW' } as const;

export const CustomerTypeEnum = builder.enumType('CustomerType', { values: CUSTOMER_TYPES });
export const VatDisplayTypeEnum = builder.enumType('VatDisplayType', {
  values: {
    AUTOMATIC: { description: 'VAT shown unless the customer is a company with an organisation number.' },
    NORMAL_VAT: { description: 'VAT always shown.' },
    NO_VAT: { description: 'VAT never shown.' },
  },
});
export const LanguageEnum = builder.enumType('Language', { values: LANGUAGES });
export const CustomFieldTypeEnum = builder.enumType('CustomFieldType', {
  values: ['TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SELECT'] as const,
});

interface Address {
  address1: string | null;
  address2: string | null;
  postcode: string | null;
  city: string | null;
  countryCode: string | null;
}

/** The columns of a visiting or mail address. */
const addressSelect = (which: 'visiting' | 'mail') => ({
  [`${which}Address1`]: true,
  [`${which}Address2`]: true,
  [`${which}Postcode`]: true,
  [`${which}City`]: true,
  [`${which}CountryCode`]: true,
});

/** A visiting or mail address, null when none of its parts is set. */
function optionalAddress(
  c: Pick<Prisma.CustomerGetPayload<object>, `${'visiting' | 'mail'}${'Address1' | 'Address2' | 'Postcode' | 'City' | 'CountryCode'}`>,
  which: 'visiting' | 'mail',
): Address | null {
  const a: Address = {
    address1: c[`${which}Address1`],
    address2: c[`${which}Address2`],
    postcode: c[`${which}Postcode`],
    city: c[`${which}City`],
    countryCode: c[`${which}CountryCode`],
  };
  return Object.values(a).some((v) => v) ? a : null;
}

const AddressRef = builder.objectRef<Address>('Address').implement({
  fields: (t) => ({
    address1: t.exposeString('address1', { nullable: true }),
    address2: t.exposeString('address2', { nullable: true }),
    postcode: t.exposeString('postcode', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    countryCode: t.exposeString('countryCode', { nullable: true, description: 'ISO 3166 alpha-2.' }),
  }),
});

interface CustomFieldValue {
  key: string;
  label: string;
  type: 'TEXT' | 'NUMBER' | 'DATE' | 'BOOLEAN' | 'SELECT';
  value: string | boolean;
}
const CustomFieldValueRef = builder.objectRef<CustomFieldValue>('CustomFieldValue').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    type: t.field({ type: CustomFieldTypeEnum, resolve: (v) => v.type }),
    value: t.field({
      type: 'JSON',
      description: 'TEXT, SELECT and DATE (YYYY-MM-DD) as strings, NUMBER as an exact decimal string, BOOLEAN as a boolean.',
      resolve: (v) => v.value,
    }),
  }),
});

const definitionsOf = (ctx: Context) =>
  ctx.once('customFieldDefinitions', () => ctx.db.customFieldDefinition.findMany({ where: { active: true }, orderBy: [{ position: 'asc' }, { key: 'asc' }] }));

export const CustomerCategoryEnum = builder.enumType('CustomerCategory', {
  description: 'External or intra-group (koncernintern) customer; revenue posting rules can tell them apart.',
  values: CUSTOMER_CATEGORIES,
});

export const CustomerRef = builder.prismaNode('Customer', {
  id: { field: 'id' },
  // A node of another company, or one the user may not see, resolves to null, not an error.
  nullable: true,
  authScopes: { anyPermission: [...VIEW] },
  findUnique: (id, ctx) => ({ id, ...visibleFilter(ctx) }) as Prisma.CustomerWhereUniqueInput,
  fields: (t) => ({
    number: t.exposeString('number'),
    name: t.exposeString('name'),
    type: t.expose('type', { type: CustomerTypeEnum }),
    organisationNumber: t.string({
      nullable: true,
      description: 'NNNNNN-NNNK (a sole trader’s personnummer as YYYYMMDD-NNNK).',
      select: { organisationNumber: true },
      resolve: (c) => displayIdentityNumber(c.organisationNumber),
    }),
    personalIdentityNumber: t.string({
      nullable: true,
      description: 'Private customers: YYYYMMDD-NNNK.',
      select: { personalIdentityNumber: true },
      resolve: (c) => displayIdentityNumber(c.personalIdentityNumber),
    }),
    vatNumber: t.exposeString('vatNumber', { nullable: true }),
    category: t.field({
      type: CustomerCategoryEnum,
      description: 'External or intra-group, for revenue accounting.',
      select: { category: true },
      resolve: (c) => c.category,
    }),
    isConstructionCompany: t.exposeBoolean('isConstructionCompany', {
      description: 'Entreprenadbolag: its invoices default to reverse charge (omvänd betalningsskyldighet).',
    }),
    vatDisplayType: t.field({ type: VatDisplayTypeEnum, select: { vatDisplayType: true }, resolve: (c) => c.vatDisplayType }),
    showsVat: t.boolean({
      description: 'Whether VAT is shown on this customer’s orders and prints (follows vatDisplayType).',
      select: { vatDisplayType: true, type: true, organisationNumber: true },
      resolve: (c) => showsVat(c),
    }),
    paymentTerm: t.relation('paymentTerm', { nullable: true }),
    invoiceAddress: t.field({
      type: AddressRef,
      select: { invoiceAddress1: true, invoiceAddress2: true, invoicePostcode: true, invoiceCity: true, invoiceCountryCode: true },
      resolve: (c) => ({
        address1: c.invoiceAddress1,
        address2: c.invoiceAddress2,
        postcode: c.invoicePostcode,
        city: c.invoiceCity,
        countryCode: c.invoiceCountryCode,
      }),
    }),
    visitingAddress: t.field({ type: AddressRef, nullable: true, select: addressSelect('visiting'), resolve: (c) => optionalAddress(c, 'visiting') }),
    mailAddress: t.field({
      type: AddressRef,
      nullable: true,
      description: 'Postal address when letters go elsewhere than the invoice address.',
      select: addressSelect('mail'),
      resolve: (c) => optionalAddress(c, 'mail'),
    }),
    invoiceEmail: t.exposeString('invoiceEmail', { nullable: true, description: 'Where invoices are e-mailed.' }),
    phone: t.exposeString('phone', { nullable: true }),
    mobile: t.exposeString('mobile', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    language: t.field({ type: LanguageEnum, select: { language: true }, resolve: (c) => c.language }),
    comments: t.exposeString('comments', { nullable: true, description: 'Internal; never shown to the customer.' }),
    customFields: t.field({
      type: [CustomFieldValueRef],
      select: { customFields: true },
      resolve: async (c, _a, ctx) => {
        const values = c.customFields as CustomFieldValues;
        return (await definitionsOf(ctx))
          .filter((d) => values[d.key] !== undefined)
          .map((d) => ({ key: d.key, label: d.label, type: d.type, value: values[d.key]! }));
      },
    }),
    assignedUser: t.relation('assignedUser', { nullable: true, description: 'The technician responsible for the customer.' }),
    facilitiesDisabled: t.exposeBoolean('facilitiesDisabled'),
    facilityRequired: t.exposeBoolean('facilityRequired'),
    costCentreRequired: t.exposeBoolean('costCentreRequired'),
    alwaysSendAsInvoice: t.exposeBoolean('alwaysSendAsInvoice', {
      description: 'Always send to the accounting system as an invoice, whatever the integration’s setting.',
    }),
    active: t.exposeBoolean('active', { description: 'Inactive customers keep their history but cannot be chosen for new work.' }),
    contacts: t.relatedConnection('contacts', {
      cursor: 'id',
      totalCount: true,
      query: () => ({ orderBy: [{ isMainContact: 'desc' }, { name: 'asc' }, { id: 'asc' }] }),
    }),
    ...auditFields(t),
  }),
});

export const ContactRef = builder.prismaNode('Contact', {
  id: { field: 'id' },
  // A node of another company, or one the user may not see, resolves to null, not an error.
  nullable: true,
  authScopes: { anyPermission: [...VIEW] },
  findUnique: (id, ctx) => ({ id, customer: visibleFilter(ctx) }),
  fields: (t) => ({
    name: t.exposeString('name'),
    personalIdentityNumber: t.string({
      nullable: true,
      description: 'Person/Orgnr: YYYYMMDD-NNNK for a person, NNNNNN-NNNK for an organisation.',
      select: { identityNumber: true },
      resolve: (c) => displayIdentityNumber(c.identityNumber),
    }),
    mobile: t.exposeString('mobile', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    email: t.exposeString('email', { nullable: true }),
    brfOrganisationNumber: t.string({
      nullable: true,
      description: 'Condominium association (BRF) organisation number.',
      select: { brfOrganisationNumber: true },
      resolve: (c) => displayIdentityNumber(c.brfOrganisationNumber),
    }),
    apartmentNumber: t.exposeString('apartmentNumber', { nullable: true }),
    propertyDesignation: t.exposeString('propertyDesignation', { nullable: true, description: 'Fastighetsbeteckning.' }),
    isMainContact: t.exposeBoolean('isMainContact'),
    sendServiceProtocol: t.exposeBoolean('sendServiceProtocol'),
    sendWorkOrder: t.exposeBoolean('sendWorkOrder'),
    rotMissing: t.stringList({
      description: 'What the contact lacks to be a ROT buyer (empty when ready): personalIdentityNumber, propertyDesignation, …',
      select: { identityNumber: true, propertyDesignation: true, brfOrganisationNumber: true, apartmentNumber: true },
      resolve: (c) => rotMissing(c),
    }),
    customer: t.relation('customer'),
    ...auditFields(t),
  }),
});

export const CustomFieldDefinitionRef = builder.prismaNode('CustomFieldDefinition', {
  id: { field: 'id' },
  // A node of another company, or one the user may not see, resolves to null, not an error.
  nullable: true,
  authScopes: { authenticated: true },
  fields: (t) => ({
    key: t.exposeString('key'),
    label: t.exposeString('label'),
    type: t.field({ type: CustomFieldTypeEnum, resolve: (d) => d.type }),
    options: t.exposeStringList('options'),
    required: t.exposeBoolean('required'),
    position: t.exposeInt('position'),
    active: t.exposeBoolean('active'),
    ...auditFields(t),
  }),
});

// ---------------------------------------------------------------------------------------------
// Queries

const CustomerFilter = builder.inputType('CustomerFilter', {
  fields: (t) => ({
    active: t.boolean({ description: 'true: only active, false: only inactive, omitted: both.' }),
    type: t.field({ type: CustomerTypeEnum }),
    category: t.field({ type: CustomerCategoryEnum }),
    assignedToMe: t.boolean({ description: 'Only customers assigned to the acting user.' }),
  }),
});
const CustomerOrderField = builder.enumType('CustomerOrderField', { values: CUSTOMER_ORDER_FIELDS });
const CustomerOrder = builder.inputType('CustomerOrder', {
  fields: (t) => ({
    field: t.field({ type: CustomerOrderField, required: true }),
    direction: t.field({ type: SortDirection, defaultValue: 'ASC' }),
  }),
});

builder.queryFields((t) => ({
  customer: t.prismaField({
    type: 'Customer',
    nullable: true,
    authScopes: { anyPermission: [...VIEW] },
    args: { id: t.arg.globalID({ required: true, for: CustomerRef }) },
    resolve: (query, _r, { id }, ctx) => ctx.db.customer.findFirst({ ...query, where: { id: id.id, ...visibleFilter(ctx) } }),
  }),
  customerByNumber: t.prismaField({
    type: 'Customer',
    nullable: true,
    authScopes: { anyPermission: [...VIEW] },
    args: { number: t.arg.string({ required: true, validate: z.string().max(50) }) },
    resolve: (query, _r, { number }, ctx) => ctx.db.customer.findFirst({ ...query, where: { number: number.trim(), ...visibleFilter(ctx) } }),
  }),
  customers: t.prismaConnection(
    {
      type: 'Customer',
      cursor: 'id',
      ...CUSTOMER_PAGE,
      authScopes: { anyPermission: [...VIEW] },
      args: {
        search: t.arg.string({
          description: 'Matches number, name, e-mail addresses and contact names.',
          validate: z.string().max(200),
        }),
        filter: t.arg({ type: CustomerFilter }),
        orderBy: t.arg({ type: CustomerOrder, description: 'Ignored with modifiedSince.' }),
        modifiedSince: t.arg(modifiedSinceArg),
      },
      totalCount: (_p, args, ctx) => ctx.db.customer.count({ where: mirroredCountWhere(listWhere(ctx, args), args) }),
      resolve: (query, _r, args, ctx) => ctx.db.customer.findMany(mirroredRead(query, args, listWhere(ctx, args), customerListOrder(args.orderBy))),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
  contacts: t.prismaConnection(
    {
      type: 'Contact',
      cursor: 'id',
      ...CONTACT_PAGE,
      description: 'Every visible customer’s contacts, by (updatedAt, id); with modifiedSince only those changed since (a copy in sync).',
      authScopes: { anyPermission: [...VIEW] },
      args: { modifiedSince: t.arg(modifiedSinceArg) },
      totalCount: (_p, args, ctx) => ctx.db.contact.count({ where: mirroredCountWhere({ customer: visibleFilter(ctx) }, args) }),
      resolve: (query, _r, args, ctx) => {
        const changed = changedPage(args, 'updatedAt', args.modifiedSince ?? new Date(0))!;
        return ctx.db.contact.findMany({
          ...withoutIdCursor(query),
          where: { AND: [{ customer: visibleFilter(ctx) }, changed.where] },
          orderBy: changed.orderBy,
        });
      },
    },
    // Always in (updatedAt, id) order: its cursors carry those values, with or without modifiedSince.
    alwaysChangedConnectionOptions,
    alwaysChangedEdgeOptions,
  ),
  customFieldDefinitions: t.prismaField({
    type: ['CustomFieldDefinition'],
    authScopes: { authenticated: true },
    description: 'The custom field definitions, by position; with modifiedSince those changed since, by (updatedAt, id).',
    args: { includeInactive: t.arg.boolean({ defaultValue: false, description: INCLUDE_INACTIVE_DESCRIPTION }), modifiedSince: t.arg(modifiedSinceListArg) },
    resolve: (query, _r, args, ctx) =>
      ctx.db.customFieldDefinition.findMany(
        mirroredRead(query, args, args.includeInactive ? {} : { active: true }, [
          { position: 'asc' as const },
          { key: 'asc' as const },
          { id: 'asc' as const },
        ]),
      ),
  }),
}));

function listWhere(ctx: Context, args: CustomerListArgs): Prisma.CustomerWhereInput {
  return viewerListWhere(viewerOf(ctx), args);
}
function viewerListWhere(viewer: CustomerViewer, args: CustomerListArgs): Prisma.CustomerWhereInput {
  return { AND: [visibleWhere(viewer), ...customerListConditions(args, viewer.userId)] };
}

// The customer and contact lists answered by one compiled statement (src/graphql/compiled-reads):
// the same filter and order as the resolvers, narrowed by the same viewer.
registerCompiledList('customers', {
  model: 'Customer',
  ...CUSTOMER_PAGE,
  totalCount: true,
  viewer: viewerOf,
  query: (args, viewer) => ({
    where: viewerListWhere(viewer as CustomerViewer, args as CustomerListArgs),
    orderBy: customerListOrder((args as CustomerListArgs).orderBy),
  }),
});
registerCompiledList('contacts', {
  model: 'Contact',
  ...CONTACT_PAGE,
  totalCount: true,
  changedOrder: true,
  viewer: viewerOf,
  query: (_args, viewer) => ({ where: { customer: visibleWhere(viewer as CustomerViewer) }, orderBy: [{ updatedAt: 'asc' }, { id: 'asc' }] }),
});
registerCompiledNode('Customer');
registerCompiledNode('Contact');

// ---------------------------------------------------------------------------------------------
// Mutations

const AddressInput = builder.inputType('AddressInput', {
  fields: (t) => ({
    address1: t.string(),
    address2: t.string(),
    postcode: t.string({ description: 'Swedish postcodes are stored as NNN NN.' }),
    city: t.string(),
    countryCode: t.string({ description: 'ISO 3166 alpha-2; invoice address default SE.' }),
  }),
});
const CustomFieldValueInput = builder.inputType('CustomFieldValueInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    value: t.field({ type: 'JSON', description: 'null clears the field.' }),
  }),
});
const ContactInput = builder.inputType('ContactInput', {
  fields: (t) => ({
    name: t.string(),
    personalIdentityNumber: t.string({ description: 'Person/Orgnr; personnummer needed for ROT/RUT.' }),
    mobile: t.string(),
    phone: t.string(),
    email: t.string(),
    brfOrganisationNumber: t.string({ description: 'Condominium association organisation number (ROT on a bostadsrätt).' }),
    apartmentNumber: t.string(),
    propertyDesignation: t.string({ description: 'Fastighetsbeteckning, at most 40 characters.' }),
    isMainContact: t.boolean({ description: 'Setting it clears the flag on the customer’s other contacts.' }),
    sendServiceProtocol: t.boolean(),
    sendWorkOrder: t.boolean(),
  }),
});

const customerFields = (t: PothosSchemaTypesInputFieldBuilder) => ({
  name: t.string(),
  type: t.field({ type: CustomerTypeEnum }),
  organisationNumber: t.string({ description: 'COMPANY: organisation number (a sole trader’s personnummer).' }),
  personalIdentityNumber: t.string({ description: 'PRIVATE: personnummer or samordningsnummer.' }),
  vatNumber: t.string(),
  isConstructionCompany: t.boolean(),
  category: t.field({ type: CustomerCategoryEnum, description: 'Default EXTERNAL.' }),
  vatDisplayType: t.field({ type: VatDisplayTypeEnum }),
  paymentTermId: t.globalID({ for: PaymentTermRef }),
  invoiceAddress: t.field({ type: AddressInput }),
  visitingAddress: t.field({ type: AddressInput }),
  mailAddress: t.field({ type: AddressInput, description: 'Postal address when letters go elsewhere than the invoice address; null removes it.' }),
  invoiceEmail: t.string(),
  phone: t.string(),
  mobile: t.string(),
  email: t.string(),
  language: t.field({ type: LanguageEnum }),
  comments: t.string(),
  customFields: t.field({ type: [CustomFieldValueInput], description: 'Only the keys given change.' }),
  facilitiesDisabled: t.boolean(),
  facilityRequired: t.boolean(),
  costCentreRequired: t.boolean(),
  alwaysSendAsInvoice: t.boolean(),
});
type PothosSchemaTypesInputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const CreateCustomerInput = builder.inputType('CreateCustomerInput', {
  fields: (t) => ({
    number: t.string({ description: 'Omit to get the next free number.' }),
    ...customerFields(t),
    name: t.string({ required: true }),
    assignedUserId: t.globalID({ for: UserRef, description: 'Needs the Assign permission.' }),
    contacts: t.field({ type: [ContactInput] }),
  }),
});
const UpdateCustomerInput = builder.inputType('UpdateCustomerInput', {
  description: 'Fields left out are unchanged; null clears a field. The number changes with changeCustomerNumber.',
  fields: (t) => ({ id: t.globalID({ required: true, for: CustomerRef }), ...customerFields(t) }),
});
const CreateCustomFieldDefinitionInput = builder.inputType('CreateCustomFieldDefinitionInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    label: t.string({ required: true }),
    type: t.field({ type: CustomFieldTypeEnum, required: true }),
    options: t.stringList(),
    required: t.boolean(),
    position: t.int(),
  }),
});
const UpdateCustomFieldDefinitionInput = builder.inputType('UpdateCustomFieldDefinitionInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: CustomFieldDefinitionRef }),
    label: t.string(),
    options: t.stringList(),
    required: t.boolean(),
    position: t.int(),
    active: t.boolean(),
  }),
});

const CLEARABLE = [
  'organisationNumber',
  'personalIdentityNumber',
  'vatNumber',
  'paymentTermId',
  'visitingAddress',
  'mailAddress',
  'invoiceEmail',
  'phone',
  'mobile',
  'email',
  'comments',
  'name',
  'brfOrganisationNumber',
  'apartmentNumber',
  'propertyDesignation',
];
const clean = (input: Record<string, unknown>) => cleanInput(input, CLEARABLE);

const customerById = (ctx: Context, query: object, id: string) => ctx.db.customer.findUniqueOrThrow({ ...(query as object), where: { id } });
const contactById = (ctx: Context, query: object, id: string) => ctx.db.contact.findUniqueOrThrow({ ...(query as object), where: { id } });

builder.mutationFields((t) => ({
  createCustomer: t.prismaField({
    type: 'Customer',
    errors: {},
    authScopes: { permission: 'CUSTOMER_CREATE' },
    args: { input: t.arg({ type: CreateCustomerInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { contacts, ...rest } = input;
      const id = await service.createCustomer(ctx.db, ctx.auth!, { ...clean(rest), contacts: contacts?.map((c) => clean(c)) }, undefined, {
        outbox: notificationOutbox(ctx.integrations),
      });
      return customerById(ctx, query, id);
    },
  }),
  updateCustomer: t.prismaField({
    type: 'Customer',
    errors: {},
    authScopes: { anyPermission: [...EDIT] },
    args: { input: t.arg({ type: UpdateCustomerInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...rest } = input;
      await service.updateCustomer(ctx.db, ctx.auth!, id.id, clean(rest), undefined, { outbox: notificationOutbox(ctx.integrations) });
      return customerById(ctx, query, id.id);
    },
  }),
  deleteCustomer: t.field({
    type: 'ID',
    errors: {},
    description: 'Deletes a customer and its contacts; refused once it has projects, invoices or documents. Returns the id.',
    authScopes: { permission: 'CUSTOMER_DELETE' },
    args: { id: t.arg.globalID({ required: true, for: CustomerRef }) },
    resolve: async (_r, { id }, ctx) => {
      await service.deleteCustomer(ctx.db, ctx.auth!, id.id);
      return encodeGlobalID('Customer', id.id);
    },
  }),
  inactivateCustomer: t.prismaField({
    type: 'Customer',
    errors: {},
    authScopes: { anyPermission: [...EDIT] },
    args: { id: t.arg.globalID({ required: true, for: CustomerRef }) },
    resolve: async (query, _r, { id }, ctx) => {
      await service.setCustomerActive(ctx.db, ctx.auth!, id.id, false);
      return customerById(ctx, query, id.id);
    },
  }),
  activateCustomer: t.prismaField({
    type: 'Customer',
    errors: {},
    authScopes: { anyPermission: [...EDIT] },
    args: { id: t.arg.globalID({ required: true, for: CustomerRef }) },
    resolve: async (query, _r, { id }, ctx) => {
      await service.setCustomerActive(ctx.db, ctx.auth!, id.id, true);
      return customerById(ctx, query, id.id);
    },
  }),
  changeCustomerNumber: t.prismaField({
    type: 'Customer',
    errors: {},
    description: 'Administrators only: give an existing customer another number.',
    authScopes: { permission: 'ADMIN_CHANGE_CUSTOMER_NUMBER' },
    args: { id: t.arg.globalID({ required: true, for: CustomerRef }), number: t.arg.string({ required: true }) },
    resolve: async (query, _r, { id, number }, ctx) => {
      await service.changeCustomerNumber(ctx.db, ctx.auth!, id.id, number);
      return customerById(ctx, query, id.id);
    },
  }),
  assignCustomer: t.prismaField({
    type: 'Customer',
    errors: {},
    description:
      'Makes a user (technician) responsible for the customer; null removes the assignment. The user assigned and the user no longer assigned are notified (myNotifications, and by e-mail), unless they made the change themselves.',
    authScopes: { permission: 'CUSTOMER_ASSIGN' },
    args: { id: t.arg.globalID({ required: true, for: CustomerRef }), userId: t.arg.globalID({ for: UserRef }) },
    resolve: async (query, _r, { id, userId }, ctx) => {
      await service.assignCustomer(ctx.db, ctx.auth!, id.id, userId?.id ?? null, { outbox: notificationOutbox(ctx.integrations) });
      return customerById(ctx, query, id.id);
    },
  }),
  addContact: t.prismaField({
    type: 'Contact',
    errors: {},
    authScopes: { anyPermission: [...EDIT] },
    args: {
      customerId: t.arg.globalID({ required: true, for: CustomerRef }),
      input: t.arg({ type: ContactInput, required: true }),
    },
    resolve: async (query, _r, { customerId, input }, ctx) => {
      const c = await service.addContact(ctx.db, ctx.auth!, customerId.id, clean(input));
      return contactById(ctx, query, c.id);
    },
  }),
  updateContact: t.prismaField({
    type: 'Contact',
    errors: {},
    authScopes: { anyPermission: [...EDIT] },
    args: { id: t.arg.globalID({ required: true, for: ContactRef }), input: t.arg({ type: ContactInput, required: true }) },
    resolve: async (query, _r, { id, input }, ctx) => {
      await service.updateContact(ctx.db, ctx.auth!, id.id, clean(input));
      return contactById(ctx, query, id.id);
    },
  }),
  removeContact: t.field({
    type: 'ID',
    errors: {},
    authScopes: { anyPermission: [...EDIT] },
    args: { id: t.arg.globalID({ required: true, for: ContactRef }) },
    resolve: async (_r, { id }, ctx) => {
      await service.removeContact(ctx.db, ctx.auth!, id.id);
      return encodeGlobalID('Contact', id.id);
    },
  }),
  copyCustomerToContact: t.prismaField({
    type: 'Contact',
    errors: {},
    description: 'Creates a contact from the customer: name, person/org number, mobile, phone and e-mail.',
    authScopes: { anyPermission: [...EDIT] },
    args: { customerId: t.arg.globalID({ required: true, for: CustomerRef }) },
    resolve: async (query, _r, { customerId }, ctx) => {
      const c = await service.copyCustomerToContact(ctx.db, ctx.auth!, customerId.id);
      return contactById(ctx, query, c.id);
    },
  }),
  createCustomFieldDefinition: t.prismaField({
    type: 'CustomFieldDefinition',
    errors: {},
    authScopes: { permission: 'ADMIN_COMPANY_SETTINGS' },
    args: { input: t.arg({ type: CreateCustomFieldDefinitionInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const d = await definitions.createDefinition(ctx.db, cleanInput(input, []));
      return ctx.db.customFieldDefinition.findUniqueOrThrow({ ...query, where: { id: d.id } });
    },
  }),
  updateCustomFieldDefinition: t.prismaField({
    type: 'CustomFieldDefinition',
    errors: {},
    authScopes: { permission: 'ADMIN_COMPANY_SETTINGS' },
    args: { input: t.arg({ type: UpdateCustomFieldDefinitionInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const d = await definitions.updateDefinition(ctx.db, cleanInput(input, []));
      return ctx.db.customFieldDefinition.findUniqueOrThrow({ ...query, where: { id: d.id } });
    },
  }),
  deleteCustomFieldDefinition: t.field({
    type: 'ID',
    errors: {},
    authScopes: { permission: 'ADMIN_COMPANY_SETTINGS' },
    args: { id: t.arg.globalID({ required: true, for: CustomFieldDefinitionRef }) },
    resolve: async (_r, { id }, ctx) => {
      await definitions.deleteDefinition(ctx.db, id.id);
      return encodeGlobalID('CustomFieldDefinition', id.id);
    },
  }),
}));
