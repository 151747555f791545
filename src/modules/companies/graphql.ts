// GraphQL: the acting company and its settings.
import { builder } from '../../graphql/builder.js';
import { auditFields } from '../../graphql/audit.js';
import { formatBankgiro, formatIban, formatPlusgiro } from '@nordic-invoicing/connector-sdk/se';
import { formatOrganisationNumber, LanguageEnum } from '../customers/index.js';
import { PaymentTermRef } from '../registers/index.js';
import * as service from './service.js';

const OcrSchemeEnum = builder.enumType('OcrScheme', {
  values: {
    NONE: { description: 'Invoices carry no OCR reference.' },
    CHECK_DIGIT: { description: 'The invoice number followed by its Luhn (modulus 10) check digit (default).' },
    LENGTH_AND_CHECK_DIGIT: { description: 'The invoice number, a length digit (the reference’s length modulo 10), then the check digit.' },
  } as const,
});

builder.prismaObject('Company', {
  authScopes: { authenticated: true },
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    organisationNumber: t.string({
      nullable: true,
      resolve: (c) => (c.organisationNumber ? formatOrganisationNumber(c.organisationNumber) : null),
    }),
    vatNumber: t.exposeString('vatNumber', { nullable: true }),
    customerNumberMinLength: t.exposeInt('customerNumberMinLength'),
    customerNumberMaxLength: t.exposeInt('customerNumberMaxLength'),
    address1: t.exposeString('address1', { nullable: true }),
    address2: t.exposeString('address2', { nullable: true }),
    postcode: t.exposeString('postcode', { nullable: true }),
    city: t.exposeString('city', { nullable: true }),
    countryCode: t.exposeString('countryCode'),
    email: t.exposeString('email', { nullable: true }),
    phone: t.exposeString('phone', { nullable: true }),
    registeredOffice: t.exposeString('registeredOffice', { nullable: true, description: 'Säte, printed on invoices.' }),
    paymentDetails: t.exposeString('paymentDetails', {
      nullable: true,
      description: 'Free text printed with the payment details (e.g. Swish); the payment accounts below are what a lock requires.',
    }),
    bankgiro: t.string({ nullable: true, description: 'NNN-NNNN or NNNN-NNNN.', resolve: (c) => formatBankgiro(c.bankgiro) }),
    bankgiroDigits: t.exposeString('bankgiro', { nullable: true, description: 'The bankgiro number as stored: digits only.' }),
    plusgiro: t.string({ nullable: true, description: 'Pairs of digits and the check digit, e.g. 12 34 56-7.', resolve: (c) => formatPlusgiro(c.plusgiro) }),
    plusgiroDigits: t.exposeString('plusgiro', { nullable: true, description: 'The plusgiro number as stored: digits only.' }),
    iban: t.exposeString('iban', { nullable: true, description: 'Upper case without spaces.' }),
    ibanFormatted: t.string({
      nullable: true,
      description: 'In groups of four, as printed: SE45 5000 0000 0583 9825 7466.',
      resolve: (c) => formatIban(c.iban),
    }),
    bic: t.exposeString('bic', { nullable: true, description: 'Given with the IBAN for payments from abroad.' }),
    lateInterestRate: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Late-payment interest (dröjsmålsränta) in percent per year; null: the Interest Act’s reference rate plus eight percentage points.',
      resolve: (c) => c.lateInterestRate,
    }),
    defaultPaymentTerm: t.relation('defaultPaymentTerm', {
      nullable: true,
      description: 'The payment term of an invoice whose customer has none (a lock needs a due date).',
    }),
    fSkatt: t.exposeBoolean('fSkatt', {
      nullable: true,
      description:
        'Approved for F-skatt (printed on invoices; required for ROT/RUT). Null until the company has said so; an invoice cannot be locked while it is null.',
    }),
    ocrScheme: t.field({
      type: OcrSchemeEnum,
      description: 'How an invoice’s OCR reference is made from its number when it is locked (Bankgirot’s OCR control levels).',
      resolve: (c) => c.ocrScheme,
    }),
    language: t.field({
      type: LanguageEnum,
      nullable: true,
      description:
        "Language of what the system writes to the company's own staff (the connectors' failure e-mails: English for EN, otherwise Swedish); null: Swedish.",
      resolve: (c) => c.language,
    }),
    customerNumberStart: t.exposeInt('customerNumberStart', {
      description: 'The first number given automatically when the company has no numeric customer numbers yet.',
    }),
    ...auditFields(t),
  }),
});

const UpdateCompanySettingsInput = builder.inputType('UpdateCompanySettingsInput', {
  fields: (t) => ({
    name: t.string(),
    organisationNumber: t.string(),
    vatNumber: t.string(),
    customerNumberMinLength: t.int(),
    customerNumberMaxLength: t.int(),
    customerNumberStart: t.int(),
    address1: t.string(),
    address2: t.string(),
    postcode: t.string(),
    city: t.string(),
    countryCode: t.string(),
    email: t.string(),
    phone: t.string(),
    registeredOffice: t.string(),
    paymentDetails: t.string(),
    bankgiro: t.string({ description: '7 or 8 digits with check digit; spaces and - are ignored; null or empty clears it.' }),
    plusgiro: t.string({ description: '2 to 8 digits with check digit; spaces and - are ignored; null or empty clears it.' }),
    iban: t.string({ description: 'Checked (country length, mod 97) and stored upper case without spaces; null or empty clears it.' }),
    bic: t.string({ description: '8 or 11 characters; needs an IBAN.' }),
    lateInterestRate: t.field({ type: 'Decimal', description: 'Percent per year, 0–100, at most 2 decimals; null clears it.' }),
    defaultPaymentTermId: t.globalID({ for: PaymentTermRef, description: 'A payment term of this company; null clears it.' }),
    fSkatt: t.boolean({ description: 'Approved for F-skatt (true) or not (false); null: not stated, and no invoice can be locked.' }),
    ocrScheme: t.field({ type: OcrSchemeEnum }),
    language: t.field({ type: LanguageEnum, description: 'null: Swedish.' }),
  }),
});

builder.queryFields((t) => ({
  company: t.prismaField({
    type: 'Company',
    authScopes: { authenticated: true },
    description: 'The company the API token belongs to.',
    resolve: (query, _r, _a, ctx) => ctx.db.company.findFirstOrThrow({ ...query }),
  }),
}));

builder.mutationFields((t) => ({
  updateCompanySettings: t.prismaField({
    type: 'Company',
    errors: {},
    authScopes: { permission: 'ADMIN_COMPANY_SETTINGS' },
    args: { input: t.arg({ type: UpdateCompanySettingsInput, required: true }) },
    resolve: async (query, _r, { input }, ctx) => {
      await service.updateCompanySettings(ctx.db, {
        ...input,
        defaultPaymentTermId: input.defaultPaymentTermId ? input.defaultPaymentTermId.id : input.defaultPaymentTermId,
      });
      return ctx.db.company.findFirstOrThrow({ ...query });
    },
  }),
}));
