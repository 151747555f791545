// GraphQL: the finance registers (Administration – Finance): payment terms, the chart of
// accounts, cost centres and suppliers. Readable by everyone who can view projects and by the
// register's own administrators (payment terms by every user: customers refer to them);
// written by the administrators. Resolvers stay thin: rules.ts validates, service.ts writes.
// Vouchers and the project cost ledger are in vouchers-graphql.ts.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { builder } from '../../graphql/builder.js';
import { auditFields } from '../../graphql/audit.js';
import { cleanInput } from '../../graphql/input.js';
import { type ACCOUNT_KINDS, displaySupplierOrganisationNumber, formatBankgiro, formatPlusgiro } from './rules.js';
import * as service from './service.js';
import {
  changedConnectionOptions,
  changedEdgeOptions,
  INCLUDE_INACTIVE_DESCRIPTION,
  mirroredCountWhere,
  mirroredRead,
  modifiedSinceArg,
  modifiedSinceListArg,
} from '../sync/index.js';

const ACCOUNT_READERS = ['PROJECT_VIEW', 'ADMIN_ACCOUNTS'] as const;
const COST_CENTRE_READERS = ['PROJECT_VIEW', 'ADMIN_COST_CENTRES'] as const;
const SUPPLIER_READERS = ['PROJECT_VIEW', 'ADMIN_SUPPLIERS'] as const;

const clean = cleanInput;

// ---------------------------------------------------------------------------------------------
// Payment terms

export const PaymentTermRef = builder.prismaNode('PaymentTerm', {
  id: { field: 'id' },
  // A node of another company, or one the user may not see, resolves to null, not an error.
  nullable: true,
  authScopes: { authenticated: true },
  fields: (t) => ({
    code: t.exposeString('code'),
    name: t.exposeString('name'),
    days: t.exposeInt('days', { description: 'Days from invoice date to due date.' }),
    active: t.exposeBoolean('active'),
    ...auditFields(t),
  }),
});

builder.queryFields((t) => ({
  paymentTerms: t.prismaField({
    type: ['PaymentTerm'],
    authScopes: { authenticated: true },
    description: 'The payment terms, by days; with modifiedSince those changed since, by (updatedAt, id).',
    args: { includeInactive: t.arg.boolean({ defaultValue: false, description: INCLUDE_INACTIVE_DESCRIPTION }), modifiedSince: t.arg(modifiedSinceListArg) },
    resolve: (query, _r, args, ctx) =>
      ctx.db.paymentTerm.findMany(
        mirroredRead(query, args, args.includeInactive ? {} : { active: true }, [{ days: 'asc' as const }, { code: 'asc' as const }, { id: 'asc' as const }]),
      ),
  }),
}));

// ---------------------------------------------------------------------------------------------
// Cost centres

export const CostCentreRef = builder.prismaNode('CostCentre', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyPermission: [...COST_CENTRE_READERS] },
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The accounting system’s code; imports match cost centres by it.' }),
    name: t.exposeString('name'),
    active: t.exposeBoolean('active'),
    ...auditFields(t),
  }),
});

// ---------------------------------------------------------------------------------------------
// Chart of accounts

export const AccountKindEnum = builder.enumType('AccountKind', {
  description: 'What an account’s lines count as for tax reduction (ROT/RUT); no kind = other.',
  values: {
    COST: { description: 'A cost account.' },
    WORK: { description: 'Labour time: counts as work for tax reduction.' },
    MATERIAL: { description: 'Material.' },
  } satisfies Record<(typeof ACCOUNT_KINDS)[number], { description: string }>,
});

export const AccountRef = builder.prismaNode('Account', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyPermission: [...ACCOUNT_READERS] },
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'Four digits, 1000–9999 (BAS).' }),
    name: t.exposeString('name'),
    active: t.exposeBoolean('active'),
    kind: t.field({ type: AccountKindEnum, nullable: true, resolve: (a) => a.kind }),
    invoiceItemNumber: t.exposeString('invoiceItemNumber', {
      nullable: true,
      description: 'Item number used on invoice rows for this account in the accounting system (e.g. Visma).',
    }),
    externalVatCode: t.exposeString('externalVatCode', { nullable: true, description: 'The accounting system’s VAT code.' }),
    defaultVatRate: t.expose('defaultVatRate', { type: 'Decimal', nullable: true, description: 'Percent: 25, 12, 6 or 0.' }),
    ...auditFields(t),
  }),
});

// ---------------------------------------------------------------------------------------------
// Suppliers

export const SupplierRef = builder.prismaNode('Supplier', {
  id: { field: 'id' },
  nullable: true,
  authScopes: { anyPermission: [...SUPPLIER_READERS] },
  fields: (t) => ({
    number: t.exposeString('number'),
    name: t.exposeString('name'),
    organisationNumber: t.string({
      nullable: true,
      description: 'Swedish: NNNNNN-NNNK (a sole trader’s personnummer YYYYMMDD-NNNK); foreign: as given.',
      select: { organisationNumber: true, countryCode: true },
      resolve: (s) => displaySupplierOrganisationNumber(s),
    }),
    vatNumber: t.exposeString('vatNumber', { nullable: true }),
    address1: t.exposeString('address1', { nullable: true }),
    address2: t.exposeString('address2', { nullable: true }),
    postcode: t.exposeString('postcode', { nullable: true, description: 'Swedish postcodes as NNN NN.' }),
    city: t.exposeString('city', { nullable: true }),
    countryCode: t.exposeString('countryCode', { description: 'ISO 3166 alpha-2.' }),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    bankgiro: t.string({ nullable: true, description: 'NNN-NNNN or NNNN-NNNN.', resolve: (s) => formatBankgiro(s.bankgiro) }),
    plusgiro: t.string({ nullable: true, description: 'Pairs of digits and the check digit, e.g. 12 34 56-7.', resolve: (s) => formatPlusgiro(s.plusgiro) }),
    iban: t.exposeString('iban', { nullable: true, description: 'Upper case without spaces.' }),
    bic: t.exposeString('bic', { nullable: true }),
    active: t.exposeBoolean('active'),
    ...auditFields(t),
  }),
});

// ---------------------------------------------------------------------------------------------
// Queries

const AccountFilter = builder.inputType('AccountFilter', {
  fields: (t) => ({
    active: t.boolean({ description: 'true: only active, false: only inactive, omitted: both.' }),
    kind: t.field({ type: AccountKindEnum }),
    numberFrom: t.int({ description: 'Lowest account number (inclusive), e.g. 4000.' }),
    numberTo: t.int({ description: 'Highest account number (inclusive), e.g. 4999.' }),
  }),
});

type AccountFilterValue = { active?: boolean | null; kind?: (typeof ACCOUNT_KINDS)[number] | null; numberFrom?: number | null; numberTo?: number | null };

function accountWhere(filter: AccountFilterValue | null | undefined, search: string | null | undefined): Prisma.AccountWhereInput {
  const and: Prisma.AccountWhereInput[] = [];
  if (filter?.active != null) and.push({ active: filter.active });
  if (filter?.kind) and.push({ kind: filter.kind });
  if (filter?.numberFrom != null) and.push({ number: { gte: filter.numberFrom } });
  if (filter?.numberTo != null) and.push({ number: { lte: filter.numberTo } });
  const s = search?.trim();
  if (s) {
    const contains = { name: { contains: s, mode: 'insensitive' as const } };
    and.push(/^\d{1,4}$/.test(s) ? { OR: [contains, accountNumberPrefix(s)] } : contains);
  }
  return { AND: and };
}

/** Accounts whose number starts with the digits typed: "30" → 3000–3099. */
function accountNumberPrefix(digits: string): Prisma.AccountWhereInput {
  const scale = 10 ** (4 - digits.length);
  return { number: { gte: Number(digits) * scale, lte: Number(digits) * scale + scale - 1 } };
}

const SupplierFilter = builder.inputType('SupplierFilter', {
  fields: (t) => ({ active: t.boolean({ description: 'true: only active, false: only inactive, omitted: both.' }) }),
});

function supplierWhere(filter: { active?: boolean | null } | null | undefined, search: string | null | undefined): Prisma.SupplierWhereInput {
  const and: Prisma.SupplierWhereInput[] = [];
  if (filter?.active != null) and.push({ active: filter.active });
  const s = search?.trim();
  if (s) {
    const contains = { contains: s, mode: 'insensitive' as const };
    const digits = s.replace(/\D/g, '');
    and.push({
      OR: [
        { name: contains },
        { number: { startsWith: s } },
        { email: contains },
        ...(digits.length >= 6 ? [{ organisationNumber: { contains: digits } }] : []),
      ],
    });
  }
  return { AND: and };
}

builder.queryFields((t) => ({
  accounts: t.prismaConnection(
    {
      type: 'Account',
      cursor: 'id',
      defaultSize: 100,
      maxSize: 200,
      description: 'The chart of accounts, by number.',
      authScopes: { anyPermission: [...ACCOUNT_READERS] },
      args: {
        search: t.arg.string({ description: 'Matches the name, or the number by its leading digits.', validate: z.string().max(200) }),
        filter: t.arg({ type: AccountFilter }),
        modifiedSince: t.arg(modifiedSinceArg),
      },
      totalCount: (_p, args, ctx) => ctx.db.account.count({ where: mirroredCountWhere(accountWhere(args.filter, args.search), args) }),
      resolve: (query, _r, args, ctx) =>
        ctx.db.account.findMany(mirroredRead(query, args, accountWhere(args.filter, args.search), [{ number: 'asc' as const }, { id: 'asc' as const }])),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
  accountByNumber: t.prismaField({
    type: 'Account',
    nullable: true,
    authScopes: { anyPermission: [...ACCOUNT_READERS] },
    args: { number: t.arg.int({ required: true }) },
    resolve: (query, _r, { number }, ctx) => ctx.db.account.findFirst({ ...query, where: { number } }),
  }),
  costCentres: t.prismaField({
    type: ['CostCentre'],
    authScopes: { anyPermission: [...COST_CENTRE_READERS] },
    description: 'The cost centres, by code; with modifiedSince those changed since, by (updatedAt, id).',
    args: { includeInactive: t.arg.boolean({ defaultValue: false, description: INCLUDE_INACTIVE_DESCRIPTION }), modifiedSince: t.arg(modifiedSinceListArg) },
    resolve: (query, _r, args, ctx) =>
      ctx.db.costCentre.findMany(mirroredRead(query, args, args.includeInactive ? {} : { active: true }, [{ code: 'asc' as const }, { id: 'asc' as const }])),
  }),
  suppliers: t.prismaConnection(
    {
      type: 'Supplier',
      cursor: 'id',
      defaultSize: 20,
      maxSize: 200,
      description: 'The supplier register, by name.',
      authScopes: { anyPermission: [...SUPPLIER_READERS] },
      args: {
        search: t.arg.string({ description: 'Matches name, number, e-mail and organisation number.', validate: z.string().max(200) }),
        filter: t.arg({ type: SupplierFilter }),
        modifiedSince: t.arg(modifiedSinceArg),
      },
      totalCount: (_p, args, ctx) => ctx.db.supplier.count({ where: mirroredCountWhere(supplierWhere(args.filter, args.search), args) }),
      resolve: (query, _r, args, ctx) =>
        ctx.db.supplier.findMany(mirroredRead(query, args, supplierWhere(args.filter, args.search), [{ name: 'asc' as const }, { id: 'asc' as const }])),
    },
    changedConnectionOptions,
    changedEdgeOptions,
  ),
}));

// ---------------------------------------------------------------------------------------------
// Mutations

const CreateAccountInput = builder.inputType('CreateAccountInput', {
  fields: (t) => ({
    number: t.int({ required: true, description: 'Four digits, 1000–9999; cannot be changed later.' }),
    name: t.string({ required: true }),
    active: t.boolean({ description: 'Default true.' }),
    kind: t.field({ type: AccountKindEnum, description: 'Omit for other.' }),
    invoiceItemNumber: t.string(),
    externalVatCode: t.string(),
    defaultVatRate: t.field({ type: 'Decimal', description: '25, 12, 6 or 0.' }),
  }),
});
const UpdateAccountInput = builder.inputType('UpdateAccountInput', {
  description: 'Fields left out are unchanged; null clears kind, item number, VAT code and VAT rate.',
  fields: (t) => ({
    id: t.globalID({ required: true, for: AccountRef }),
    name: t.string(),
    active: t.boolean(),
    kind: t.field({ type: AccountKindEnum }),
    invoiceItemNumber: t.string(),
    externalVatCode: t.string(),
    defaultVatRate: t.field({ type: 'Decimal' }),
  }),
});
const ACCOUNT_CLEARABLE = ['name', 'kind', 'invoiceItemNumber', 'externalVatCode', 'defaultVatRate'];

const CreateCostCentreInput = builder.inputType('CreateCostCentreInput', {
  fields: (t) => ({
    code: t.string({ required: true, description: 'The accounting system’s code.' }),
    name: t.string({ required: true }),
    active: t.boolean({ description: 'Default true.' }),
  }),
});
const UpdateCostCentreInput = builder.inputType('UpdateCostCentreInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: CostCentreRef }),
    code: t.string(),
    name: t.string(),
    active: t.boolean(),
  }),
});

const supplierFields = (t: InputFieldBuilder) => ({
  name: t.string(),
  organisationNumber: t.string({ description: 'Swedish suppliers: organisation number (a sole trader’s personnummer), checked.' }),
  vatNumber: t.string(),
  address1: t.string(),
  address2: t.string(),
  postcode: t.string({ description: 'Swedish postcodes are stored as NNN NN.' }),
  city: t.string(),
  countryCode: t.string({ description: 'ISO 3166 alpha-2; default SE.' }),
  email: t.string(),
  phone: t.string(),
  bankgiro: t.string({ description: '7 or 8 digits with check digit; spaces and - are ignored.' }),
  plusgiro: t.string({ description: '2–8 digits with check digit; spaces and - are ignored.' }),
  iban: t.string({ description: 'Checked (mod 97) and stored upper case without spaces.' }),
  bic: t.string({ description: '8 or 11 characters.' }),
  active: t.boolean(),
});
type InputFieldBuilder = Parameters<Parameters<typeof builder.inputType>[1]['fields']>[0];

const CreateSupplierInput = builder.inputType('CreateSupplierInput', {
  fields: (t) => ({
    number: t.string({ description: 'Omit to get the next free number (highest numeric + 1).' }),
    ...supplierFields(t),
    name: t.string({ required: true }),
  }),
});
const UpdateSupplierInput = builder.inputType('UpdateSupplierInput', {
  description: 'Fields left out are unchanged; null clears a field.',
  fields: (t) => ({ id: t.globalID({ required: true, for: SupplierRef }), number: t.string(), ...supplierFields(t) }),
});
const SUPPLIER_CLEARABLE = [
  'name',
  'organisationNumber',
  'vatNumber',
  'address1',
  'address2',
  'postcode',
  'city',
  'email',
  'phone',
  'bankgiro',
  'plusgiro',
  'iban',
  'bic',
];

const CreatePaymentTermInput = builder.inputType('CreatePaymentTermInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    name: t.string({ required: true }),
    days: t.int({ required: true, description: 'Days from invoice date to due date, 0–365.' }),
  }),
});
const UpdatePaymentTermInput = builder.inputType('UpdatePaymentTermInput', {
  fields: (t) => ({
    id: t.globalID({ required: true, for: PaymentTermRef }),
    code: t.string(),
    name: t.string(),
    days: t.int(),
    active: t.boolean({ description: 'Inactive terms stay on the customers that have them but cannot be chosen.' }),
  }),
});

builder.mutationFields((t) => ({
  createAccount: t.prismaField({
    type: 'Account',
    errors: {},
    authScopes: { permission: 'ADMIN_ACCOUNTS' },
    args: { input: t.arg({ type: CreateAccountInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const a = await service.createAccount(ctx.db, clean(input, []));
      return ctx.db.account.findUniqueOrThrow({ ...query, where: { id: a.id } });
    },
  }),
  updateAccount: t.prismaField({
    type: 'Account',
    errors: {},
    authScopes: { permission: 'ADMIN_ACCOUNTS' },
    args: { input: t.arg({ type: UpdateAccountInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...rest } = input;
      await service.updateAccount(ctx.db, id.id, clean(rest, ACCOUNT_CLEARABLE));
      return ctx.db.account.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  createCostCentre: t.prismaField({
    type: 'CostCentre',
    errors: {},
    authScopes: { permission: 'ADMIN_COST_CENTRES' },
    args: { input: t.arg({ type: CreateCostCentreInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const c = await service.createCostCentre(ctx.db, clean(input, []));
      return ctx.db.costCentre.findUniqueOrThrow({ ...query, where: { id: c.id } });
    },
  }),
  updateCostCentre: t.prismaField({
    type: 'CostCentre',
    errors: {},
    authScopes: { permission: 'ADMIN_COST_CENTRES' },
    args: { input: t.arg({ type: UpdateCostCentreInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...rest } = input;
      await service.updateCostCentre(ctx.db, id.id, clean(rest, ['code', 'name']));
      return ctx.db.costCentre.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  createSupplier: t.prismaField({
    type: 'Supplier',
    errors: {},
    authScopes: { permission: 'ADMIN_SUPPLIERS' },
    args: { input: t.arg({ type: CreateSupplierInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const s = await service.createSupplier(ctx.db, clean(input, SUPPLIER_CLEARABLE));
      return ctx.db.supplier.findUniqueOrThrow({ ...query, where: { id: s.id } });
    },
  }),
  updateSupplier: t.prismaField({
    type: 'Supplier',
    errors: {},
    authScopes: { permission: 'ADMIN_SUPPLIERS' },
    args: { input: t.arg({ type: UpdateSupplierInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...rest } = input;
      await service.updateSupplier(ctx.db, id.id, clean(rest, [...SUPPLIER_CLEARABLE, 'number']));
      return ctx.db.supplier.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  createPaymentTerm: t.prismaField({
    type: 'PaymentTerm',
    errors: {},
    authScopes: { permission: 'ADMIN_PAYMENT_TERMS' },
    args: { input: t.arg({ type: CreatePaymentTermInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const p = await service.createPaymentTerm(ctx.db, clean(input, []));
      return ctx.db.paymentTerm.findUniqueOrThrow({ ...query, where: { id: p.id } });
    },
  }),
  updatePaymentTerm: t.prismaField({
    type: 'PaymentTerm',
    errors: {},
    authScopes: { permission: 'ADMIN_PAYMENT_TERMS' },
    args: { input: t.arg({ type: UpdatePaymentTermInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      const { id, ...rest } = input;
      await service.updatePaymentTerm(ctx.db, id.id, clean(rest, ['code', 'name', 'days']));
      return ctx.db.paymentTerm.findUniqueOrThrow({ ...query, where: { id: id.id } });
    },
  }),
  deletePaymentTerm: t.field({
    type: 'ID',
    errors: {},
    description: 'Deletes payment terms no customer uses (inactivate them otherwise). Returns the id.',
    authScopes: { permission: 'ADMIN_PAYMENT_TERMS' },
    args: { id: t.arg.globalID({ required: true, for: PaymentTermRef }) },
    resolve: async (_r, { id }, ctx) => {
      await service.deletePaymentTerm(ctx.db, id.id);
      return encodeGlobalID('PaymentTerm', id.id);
    },
  }),
}));
