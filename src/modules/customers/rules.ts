// Customer register rules (pure, no I/O): validation and normalisation of customers and
// contacts, VAT display, customer numbers, copy-to-contact. Shared by GraphQL and imports.
import { z } from 'zod';
import type { CustomerCategory, CustomerType, Language, VatDisplayType } from '../../generated/prisma/enums.js';
import { IssueCollector, type ValidationIssue } from '../../errors.js';
import { likeLiteral, optionalEmail, optionalPhone, optionalText, parseFields } from '../validation.js';
import type { Prisma } from '../../generated/prisma/client.js';
import {
  formatOrganisationNumber,
  formatPersonalIdentityNumberLong,
  parseIdentityNumber,
  parseOrganisationNumber,
  parsePersonalIdentityNumber,
  type ParseOptions,
} from './identity-numbers.js';
import { luhnValid } from '@nordic-invoicing/connector-sdk/se';

export const CUSTOMER_TYPES = ['COMPANY', 'PRIVATE'] as const satisfies readonly CustomerType[];
export const VAT_DISPLAY_TYPES = ['AUTOMATIC', 'NORMAL_VAT', 'NO_VAT'] as const satisfies readonly VatDisplayType[];
/** External or intra-group (koncernintern): a criterion of revenue posting rules. */
export const CUSTOMER_CATEGORIES = ['EXTERNAL', 'INTRA_GROUP'] as const satisfies readonly CustomerCategory[];
export const LANGUAGES = ['SV', 'EN', 'NB', 'DA', 'FI', 'DE', 'PL', 'ET', 'LT', 'LV'] as const satisfies readonly Language[];

// ---------------------------------------------------------------------------------------------
// Identity numbers as stored and shown

/** Display form of a stored (normalised) identity number: 10 digits → NNNNNN-NNNK, 12 → YYYYMMDD-NNNK. */
export function displayIdentityNumber(normalized: string | null | undefined): string | null {
  if (!normalized) return null;
  return normalized.length === 10 ? formatOrganisationNumber(normalized) : formatPersonalIdentityNumberLong(normalized);
}

// ---------------------------------------------------------------------------------------------
// VAT

/**
 * Seed 002: with a corporate id VAT is not shown on orders and prints, without one it is;
 * "Normal VAT" always shows it and "No VAT" never does.
 */
export function showsVat(c: { vatDisplayType: VatDisplayType; type: CustomerType; organisationNumber: string | null }): boolean {
  if (c.vatDisplayType === 'NORMAL_VAT') return true;
  if (c.vatDisplayType === 'NO_VAT') return false;
  return !(c.type === 'COMPANY' && !!c.organisationNumber);
}

/** Normalises a VAT number (upper case, no spaces or dots); Swedish ones must be SE + org.nr + 01. */
export function parseVatNumber(input: string): { ok: true; value: string } | { ok: false; code: string; message: string } {
  const v = input.toUpperCase().replace(/[\s.-]/g, '');
  if (!/^[A-Z]{2}[0-9A-Z+*]{2,13}$/.test(v)) {
    return { ok: false, code: 'invalid_format', message: 'A VAT number is a country code followed by 2–13 letters or digits, e.g. SE556036079301.' };
  }
  if (v.startsWith('SE')) {
    if (!/^SE\d{10}01$/.test(v)) {
      return { ok: false, code: 'invalid_format', message: 'A Swedish VAT number is SE, the 10-digit organisation number and 01.' };
    }
    if (!luhnValid(v.slice(2, 12))) {
      return { ok: false, code: 'check_digit', message: 'The organisation number in the VAT number has a wrong check digit.' };
    }
  }
  return { ok: true, value: v };
}

// ---------------------------------------------------------------------------------------------
// Customer numbers

export interface NumberSettings {
  customerNumberMinLength: number;
  customerNumberMaxLength: number;
  customerNumberStart: number;
}

const NUMBER_RE = /^[A-Za-z0-9_-]+$/;

/** Checks a customer number against the company's length limits; returns issues (empty = fine). */
export function customerNumberIssues(number: string, s: NumberSettings, path = 'number'): ValidationIssue[] {
  if (!NUMBER_RE.test(number)) {
    return [{ path, code: 'invalid_format', message: 'A customer number may contain letters, digits, - and _ only.' }];
  }
  if (number.length < s.customerNumberMinLength) {
    return [{ path, code: 'too_short', message: `A customer number has at least ${s.customerNumberMinLength} characters.` }];
  }
  if (number.length > s.customerNumberMaxLength) {
    return [{ path, code: 'too_long', message: `A customer number has at most ${s.customerNumberMaxLength} characters.` }];
  }
  return [];
}

/** The numeric value of a purely numeric customer number (drives "next free number"). */
export function numericValue(number: string): bigint | null {
  return /^\d{1,18}$/.test(number) ? BigInt(number) : null;
}

/**
 * The next free customer number: one above the highest numeric number in use, at least the
 * company's start number and padded to its minimum length. Null when it would exceed the
 * maximum length (the user must then give a number).
 */
export function nextCustomerNumber(highest: bigint | null, s: NumberSettings): string | null {
  let next = highest === null ? BigInt(s.customerNumberStart) : highest + 1n;
  if (next < BigInt(s.customerNumberStart)) next = BigInt(s.customerNumberStart);
  const str = next.toString().padStart(s.customerNumberMinLength, '0');
  return str.length > s.customerNumberMaxLength ? null : str;
}

// ---------------------------------------------------------------------------------------------
// Addresses, phones

const COUNTRY_RE = /^[A-Z]{2}$/;

export function normalisePostcode(postcode: string, countryCode: string | null | undefined): string | null {
  const p = postcode.trim();
  if ((countryCode ?? 'SE') === 'SE') {
    const m = /^(?:SE-?)?(\d{3})\s?(\d{2})$/i.exec(p);
    return m ? `${m[1]} ${m[2]}` : null;
  }
  return p.length <= 12 ? p : null;
}

const phone = optionalPhone;

const addressSchema = z
  .object({
    address1: optionalText(100),
    address2: optionalText(100),
    postcode: optionalText(12),
    city: optionalText(60),
    countryCode: z
      .string()
      .trim()
      .toUpperCase()
      .nullish()
      .refine((v) => v == null || COUNTRY_RE.test(v), {
        message: 'Use a two-letter ISO 3166 country code, e.g. SE.',
        params: { code: 'invalid_format' },
      }),
  })
  .strict();

export type AddressInput = z.input<typeof addressSchema>;

// ---------------------------------------------------------------------------------------------
// Customers

export interface CustomFieldValueInput {
  key: string;
  value: unknown;
}

const customerShape = z
  .object({
    number: z.string().trim().nullish(),
    name: z.string().trim().min(1, 'Name is required.').max(200, 'At most 200 characters.').nullish(),
    type: z.enum(CUSTOMER_TYPES).nullish(),
    organisationNumber: optionalText(20),
    personalIdentityNumber: optionalText(20),
    vatNumber: optionalText(20),
    isConstructionCompany: z.boolean().nullish(),
    category: z.enum(CUSTOMER_CATEGORIES).nullish(),
    vatDisplayType: z.enum(VAT_DISPLAY_TYPES).nullish(),
    paymentTermId: z.string().nullish(),
    invoiceAddress: addressSchema.nullish(),
    visitingAddress: addressSchema.nullish(),
    mailAddress: addressSchema.nullish(),
    invoiceEmail: optionalEmail,
    phone,
    mobile: phone,
    email: optionalEmail,
    language: z.enum(LANGUAGES).nullish(),
    comments: optionalText(4000),
    customFields: z
      .array(z.object({ key: z.string(), value: z.unknown() }))
      .max(200)
      .nullish(),
    assignedUserId: z.string().nullish(),
    facilitiesDisabled: z.boolean().nullish(),
    facilityRequired: z.boolean().nullish(),
    costCentreRequired: z.boolean().nullish(),
    alwaysSendAsInvoice: z.boolean().nullish(),
  })
  .strict();

export type CustomerInput = z.input<typeof customerShape>;

/** The stored columns a customer input decides (custom fields and relations handled separately). */
export interface CustomerColumns {
  number: string;
  numberValue: bigint | null;
  name: string;
  type: CustomerType;
  organisationNumber: string | null;
  personalIdentityNumber: string | null;
  vatNumber: string | null;
  isConstructionCompany: boolean;
  category: CustomerCategory;
  vatDisplayType: VatDisplayType;
  paymentTermId: string | null;
  invoiceAddress1: string | null;
  invoiceAddress2: string | null;
  invoicePostcode: string | null;
  invoiceCity: string | null;
  invoiceCountryCode: string;
  visitingAddress1: string | null;
  visitingAddress2: string | null;
  visitingPostcode: string | null;
  visitingCity: string | null;
  visitingCountryCode: string | null;
  mailAddress1: string | null;
  mailAddress2: string | null;
  mailPostcode: string | null;
  mailCity: string | null;
  mailCountryCode: string | null;
  invoiceEmail: string | null;
  phone: string | null;
  mobile: string | null;
  email: string | null;
  language: Language;
  comments: string | null;
  assignedUserId: string | null;
  facilitiesDisabled: boolean;
  facilityRequired: boolean;
  costCentreRequired: boolean;
  alwaysSendAsInvoice: boolean;
}

export const NEW_CUSTOMER_DEFAULTS: Omit<CustomerColumns, 'number' | 'numberValue' | 'name'> = {
  type: 'COMPANY',
  organisationNumber: null,
  personalIdentityNumber: null,
  vatNumber: null,
  isConstructionCompany: false,
  category: 'EXTERNAL',
  vatDisplayType: 'AUTOMATIC',
  paymentTermId: null,
  invoiceAddress1: null,
  invoiceAddress2: null,
  invoicePostcode: null,
  invoiceCity: null,
  invoiceCountryCode: 'SE',
  visitingAddress1: null,
  visitingAddress2: null,
  visitingPostcode: null,
  visitingCity: null,
  visitingCountryCode: null,
  mailAddress1: null,
  mailAddress2: null,
  mailPostcode: null,
  mailCity: null,
  mailCountryCode: null,
  invoiceEmail: null,
  phone: null,
  mobile: null,
  email: null,
  language: 'SV',
  comments: null,
  assignedUserId: null,
  facilitiesDisabled: false,
  facilityRequired: false,
  costCentreRequired: false,
  alwaysSendAsInvoice: false,
};

export interface CustomerRuleContext extends ParseOptions {
  settings: NumberSettings;
  /** Prefix for issue paths, e.g. `rows.12` in an import. */
  pathPrefix?: string;
}

export interface CustomerChanges {
  /** Columns to write (only those the input set, on update). */
  columns: Partial<CustomerColumns>;
  /** The customer as it will be after the change. */
  merged: CustomerColumns;
  customFields: CustomFieldValueInput[] | undefined;
  issues: ValidationIssue[];
}

/**
 * Validates and normalises a customer input against the customer as it is (null for a new
 * one). Fields left out are unchanged; null clears. Returns every problem, not just the first.
 * A new customer without a number gets one later (next free number), so `number` may be empty.
 */
export function customerChanges(input: unknown, existing: CustomerColumns | null, ctx: CustomerRuleContext): CustomerChanges {
  const pre = ctx.pathPrefix ? `${ctx.pathPrefix}.` : '';
  const issues = new IssueCollector();
  const parsed = parseFields(customerShape, input, ctx.pathPrefix);
  issues.issues.push(...parsed.issues);
  const v = parsed.value;
  const cols: Partial<CustomerColumns> = {};
  const set = <K extends keyof CustomerColumns>(k: K, val: CustomerColumns[K] | undefined) => {
    if (val !== undefined) cols[k] = val;
  };

  if (v.number != null && v.number !== '') {
    for (const i of customerNumberIssues(v.number, ctx.settings, `${pre}number`)) issues.issues.push(i);
    set('number', v.number);
    set('numberValue', numericValue(v.number));
  }
  if (parsed.invalid.has('name')) {
    // already reported
  } else if (v.name === null || (existing === null && v.name === undefined)) {
    issues.add(`${pre}name`, 'required', 'Name is required.');
  } else set('name', v.name);
  if (v.type !== null) set('type', v.type);
  if (v.vatDisplayType !== null) set('vatDisplayType', v.vatDisplayType);
  if (v.category != null) set('category', v.category);
  if (v.language !== null) set('language', v.language);
  for (const flag of ['isConstructionCompany', 'facilitiesDisabled', 'facilityRequired', 'costCentreRequired', 'alwaysSendAsInvoice'] as const) {
    if (v[flag] != null) set(flag, v[flag]);
  }
  set('paymentTermId', v.paymentTermId);
  set('assignedUserId', v.assignedUserId);
  set('invoiceEmail', v.invoiceEmail);
  set('phone', v.phone);
  set('mobile', v.mobile);
  set('email', v.email);
  set('comments', v.comments);

  if (v.organisationNumber != null) {
    // Companies have an organisation number; a sole trader's is their personnummer.
    const r = parseIdentityNumber(v.organisationNumber, ctx);
    if (!r.ok) issues.add(`${pre}organisationNumber`, r.code.toLowerCase(), r.message);
    else set('organisationNumber', r.value.normalized);
  } else if (v.organisationNumber === null) set('organisationNumber', null);

  if (v.personalIdentityNumber != null) {
    const r = parsePersonalIdentityNumber(v.personalIdentityNumber, ctx);
    if (!r.ok) issues.add(`${pre}personalIdentityNumber`, r.code.toLowerCase(), r.message);
    else set('personalIdentityNumber', r.value.normalized);
  } else if (v.personalIdentityNumber === null) set('personalIdentityNumber', null);

  if (v.vatNumber != null) {
    const r = parseVatNumber(v.vatNumber);
    if (!r.ok) issues.add(`${pre}vatNumber`, r.code, r.message);
    else set('vatNumber', r.value);
  } else if (v.vatNumber === null) set('vatNumber', null);

  const address = (which: 'invoice' | 'visiting' | 'mail', a: z.output<typeof addressSchema> | null | undefined) => {
    if (a === undefined) return;
    const base = existing ?? { ...NEW_CUSTOMER_DEFAULTS };
    const country = a?.countryCode !== undefined ? a.countryCode : base[`${which}CountryCode`];
    if (a === null) {
      set(`${which}Address1`, null);
      set(`${which}Address2`, null);
      set(`${which}Postcode`, null);
      set(`${which}City`, null);
      if (which !== 'invoice') set(`${which}CountryCode`, null);
      return;
    }
    set(`${which}Address1`, a.address1);
    set(`${which}Address2`, a.address2);
    set(`${which}City`, a.city);
    if (a.countryCode !== undefined) {
      if (which === 'invoice') set('invoiceCountryCode', a.countryCode ?? 'SE');
      else set(`${which}CountryCode`, a.countryCode);
    }
    if (a.postcode != null) {
      const p = normalisePostcode(a.postcode, country);
      if (p === null) {
        issues.add(
          `${pre}${which}Address.postcode`,
          'invalid_format',
          (country ?? 'SE') === 'SE' ? 'A Swedish postcode has five digits, e.g. 123 45.' : 'At most 12 characters.',
        );
      } else set(`${which}Postcode`, p);
    } else if (a.postcode === null) set(`${which}Postcode`, null);
  };
  address('invoice', v.invoiceAddress);
  address('visiting', v.visitingAddress);
  address('mail', v.mailAddress);

  const merged: CustomerColumns = {
    ...(existing ?? { ...NEW_CUSTOMER_DEFAULTS, number: '', numberValue: null, name: '' }),
    ...cols,
  };

  // The identity number belongs to the customer's type.
  if (merged.type === 'PRIVATE' && merged.organisationNumber) {
    issues.add(
      `${pre}organisationNumber`,
      'not_allowed_for_type',
      'A private customer has a personal identity number, not an organisation number; clear it or choose COMPANY.',
    );
  }
  if (merged.type === 'COMPANY' && merged.personalIdentityNumber) {
    issues.add(
      `${pre}personalIdentityNumber`,
      'not_allowed_for_type',
      'A company has an organisation number; give a sole trader’s personnummer as organisationNumber, or choose PRIVATE.',
    );
  }

  return { columns: cols, merged, customFields: v.customFields ?? undefined, issues: issues.issues };
}

// ---------------------------------------------------------------------------------------------
// Contacts

const contactShape = z
  .object({
    name: z.string().trim().min(1, 'Name is required.').max(200, 'At most 200 characters.').nullish(),
    /** "Person/Orgnr": a personnummer, or an organisation number. */
    personalIdentityNumber: optionalText(20),
    mobile: phone,
    phone,
    email: optionalEmail,
    brfOrganisationNumber: optionalText(20),
    apartmentNumber: optionalText(10),
    propertyDesignation: optionalText(40),
    isMainContact: z.boolean().nullish(),
    sendServiceProtocol: z.boolean().nullish(),
    sendWorkOrder: z.boolean().nullish(),
  })
  .strict();

export type ContactInput = z.input<typeof contactShape>;

export interface ContactColumns {
  name: string;
  identityNumber: string | null;
  mobile: string | null;
  phone: string | null;
  email: string | null;
  brfOrganisationNumber: string | null;
  apartmentNumber: string | null;
  propertyDesignation: string | null;
  isMainContact: boolean;
  sendServiceProtocol: boolean;
  sendWorkOrder: boolean;
}

const NEW_CONTACT_DEFAULTS: ContactColumns = {
  name: '',
  identityNumber: null,
  mobile: null,
  phone: null,
  email: null,
  brfOrganisationNumber: null,
  apartmentNumber: null,
  propertyDesignation: null,
  isMainContact: false,
  sendServiceProtocol: false,
  sendWorkOrder: false,
};

/** Validates a contact input (path prefix e.g. `contacts.0`) against the contact as it is. */
export function contactChanges(
  input: unknown,
  existing: ContactColumns | null,
  ctx: ParseOptions & { pathPrefix?: string },
): { columns: Partial<ContactColumns>; merged: ContactColumns; issues: ValidationIssue[] } {
  const pre = ctx.pathPrefix ? `${ctx.pathPrefix}.` : '';
  const issues = new IssueCollector();
  const parsed = parseFields(contactShape, input, ctx.pathPrefix);
  issues.issues.push(...parsed.issues);
  const v = parsed.value;
  const cols: Partial<ContactColumns> = {};
  if (parsed.invalid.has('name')) {
    // already reported
  } else if (v.name === null || (existing === null && v.name === undefined)) issues.add(`${pre}name`, 'required', 'Name is required.');
  else if (v.name !== undefined) cols.name = v.name;
  for (const k of ['mobile', 'phone', 'email', 'apartmentNumber', 'propertyDesignation'] as const) {
    if (v[k] !== undefined) cols[k] = v[k];
  }
  for (const k of ['isMainContact', 'sendServiceProtocol', 'sendWorkOrder'] as const) {
    if (v[k] != null) cols[k] = v[k];
  }
  if (v.personalIdentityNumber != null) {
    const r = parseIdentityNumber(v.personalIdentityNumber, ctx);
    if (!r.ok) issues.add(`${pre}personalIdentityNumber`, r.code.toLowerCase(), r.message);
    else cols.identityNumber = r.value.normalized;
  } else if (v.personalIdentityNumber === null) cols.identityNumber = null;
  if (v.brfOrganisationNumber != null) {
    const r = parseOrganisationNumber(v.brfOrganisationNumber);
    if (!r.ok) issues.add(`${pre}brfOrganisationNumber`, r.code.toLowerCase(), r.message);
    else cols.brfOrganisationNumber = r.value.normalized;
  } else if (v.brfOrganisationNumber === null) cols.brfOrganisationNumber = null;
  if (cols.propertyDesignation) cols.propertyDesignation = cols.propertyDesignation.toUpperCase();
  return { columns: cols, merged: { ...(existing ?? NEW_CONTACT_DEFAULTS), ...cols }, issues: issues.issues };
}

/**
 * Whether a contact can be a buyer on a ROT invoice: a personnummer, and a property
 * designation or (for a condominium) the association's organisation number and apartment number.
 * Returns what is missing, empty when ready.
 */
export function rotMissing(c: Pick<ContactColumns, 'identityNumber' | 'propertyDesignation' | 'brfOrganisationNumber' | 'apartmentNumber'>): string[] {
  const missing: string[] = [];
  if (c.identityNumber?.length !== 12) missing.push('personalIdentityNumber');
  if (!c.propertyDesignation && !(c.brfOrganisationNumber && c.apartmentNumber)) {
    if (c.brfOrganisationNumber && !c.apartmentNumber) missing.push('apartmentNumber');
    else if (!c.brfOrganisationNumber && c.apartmentNumber) missing.push('brfOrganisationNumber');
    else missing.push('propertyDesignation');
  }
  return missing;
}

/** Copy to contact: name, person/org number, mobile, phone and e-mail. */
export function contactFromCustomer(
  c: Pick<CustomerColumns, 'name' | 'type' | 'organisationNumber' | 'personalIdentityNumber' | 'mobile' | 'phone' | 'email'>,
): Pick<ContactColumns, 'name' | 'identityNumber' | 'mobile' | 'phone' | 'email'> {
  return {
    name: c.name,
    identityNumber: c.type === 'PRIVATE' ? c.personalIdentityNumber : c.organisationNumber,
    mobile: c.mobile,
    phone: c.phone,
    email: c.email,
  };
}

// ---------------------------------------------------------------------------------------------
// The customer list's search, filters and order: one definition for the GraphQL list and the
// register export, so an export holds exactly the customers the list shows, in its order.

export const CUSTOMER_ORDER_FIELDS = ['NUMBER', 'NAME', 'MODIFIED'] as const;
export type CustomerOrderField = (typeof CUSTOMER_ORDER_FIELDS)[number];

export interface CustomerListArgs {
  search?: string | null;
  filter?: {
    active?: boolean | null;
    type?: CustomerType | null;
    category?: CustomerCategory | null;
    assignedToMe?: boolean | null;
  } | null;
  orderBy?: { field: CustomerOrderField; direction?: 'ASC' | 'DESC' | null } | null;
}

/** The list's search and filters (visibility is the caller's), as Prisma conditions to AND (pure). */
export function customerListConditions(args: CustomerListArgs, actingUserId: string | null): Prisma.CustomerWhereInput[] {
  const and: Prisma.CustomerWhereInput[] = [];
  const f = args.filter;
  if (f?.active != null) and.push({ active: f.active });
  if (f?.type) and.push({ type: f.type });
  if (f?.category) and.push({ category: f.category });
  if (f?.assignedToMe) and.push({ assignedUserId: actingUserId ?? '00000000-0000-0000-0000-000000000000' });
  const s = args.search?.trim();
  if (s) {
    const literal = likeLiteral(s);
    const contains = { contains: literal, mode: 'insensitive' as const };
    and.push({
      OR: [
        { name: contains },
        { number: { startsWith: literal } },
        { email: contains },
        { invoiceEmail: contains },
        { contacts: { some: { OR: [{ name: contains }, { email: contains }] } } },
      ],
    });
  }
  return and;
}

/** The list's order, the id last so that it is total (pure). NUMBER: numeric numbers first, in value order. */
export function customerListOrder(orderBy: CustomerListArgs['orderBy']): Prisma.CustomerOrderByWithRelationInput[] {
  const dir = orderBy?.direction === 'DESC' ? 'desc' : 'asc';
  if (orderBy?.field === 'NAME') return [{ name: dir }, { numberValue: { sort: dir, nulls: 'last' } }, { number: dir }, { id: dir }];
  if (orderBy?.field === 'MODIFIED') return [{ updatedAt: dir }, { id: dir }];
  return [{ numberValue: { sort: dir, nulls: 'last' } }, { number: dir }, { id: dir }];
}
