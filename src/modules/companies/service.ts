// Company settings of the acting company.
import { z } from 'zod';
import type { TenantDb } from '../../db/tenant.js';
import { ValidationError, type ValidationIssue } from '../../errors.js';
import { optionalEmail, optionalPhone, optionalText, parseInput, requiredText } from '../validation.js';
import { parseOrganisationNumber, LANGUAGES } from '../customers/index.js';
import { parsePaymentSettings } from './rules.js';

const settingsSchema = z.object({
  name: requiredText(200, 'Name').optional(),
  organisationNumber: optionalText(20),
  vatNumber: optionalText(20),
  customerNumberMinLength: z.number().int().min(1).max(20).optional(),
  customerNumberMaxLength: z.number().int().min(1).max(20).optional(),
  customerNumberStart: z.number().int().min(1).max(999_999_999).optional(),
  address1: optionalText(100),
  address2: optionalText(100),
  postcode: optionalText(12),
  city: optionalText(60),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Use a two-letter ISO 3166 country code, e.g. SE.')
    .optional(),
  email: optionalEmail,
  phone: optionalPhone,
  registeredOffice: optionalText(100),
  paymentDetails: optionalText(200),
  /** Checked by parsePaymentSettings (rules.ts). */
  bankgiro: z.string().max(40, 'At most 40 characters.').nullish(),
  plusgiro: z.string().max(40, 'At most 40 characters.').nullish(),
  iban: z.string().max(60, 'At most 60 characters.').nullish(),
  bic: z.string().max(20, 'At most 20 characters.').nullish(),
  lateInterestRate: z
    .union([z.string().max(20, 'At most 20 characters.'), z.custom<{ toFixed(): string }>((v) => typeof v === 'object' && v !== null && 'toFixed' in v)])
    .nullish(),
  /** A payment term of this company, or null to clear. */
  defaultPaymentTermId: z.string().nullish(),
  /** true/false: approved for F-skatt or not; null: not stated (a lock refuses then). */
  fSkatt: z.boolean().nullish(),
  ocrScheme: z.enum(['NONE', 'CHECK_DIGIT', 'LENGTH_AND_CHECK_DIGIT']).optional(),
  /** null clears it (Swedish). */
  language: z.enum(LANGUAGES).nullable().optional(),
});

export async function updateCompanySettings(db: TenantDb, input: unknown) {
  const v = parseInput(settingsSchema, input);
  return db.$transaction(async (tx) => {
    const current = await tx.company.findFirstOrThrow({});
    const issues: ValidationIssue[] = [];
    const min = v.customerNumberMinLength ?? current.customerNumberMinLength;
    const max = v.customerNumberMaxLength ?? current.customerNumberMaxLength;
    if (min > max) {
      issues.push({ path: 'customerNumberMinLength', code: 'min_above_max', message: 'The minimum length cannot exceed the maximum length.' });
    }
    let organisationNumber = v.organisationNumber;
    if (organisationNumber) {
      const r = parseOrganisationNumber(organisationNumber);
      if (!r.ok) issues.push({ path: 'organisationNumber', code: r.code.toLowerCase(), message: r.message });
      else organisationNumber = r.value.normalized;
    }
    const payment = parsePaymentSettings(v, current);
    issues.push(...payment.issues);
    if (v.defaultPaymentTermId) {
      // The tenant-scoped client finds only this company's terms: another company's is "no such".
      const term = await tx.paymentTerm.findUnique({ where: { id: v.defaultPaymentTermId } });
      if (!term) issues.push({ path: 'defaultPaymentTermId', code: 'not_found', message: 'No such payment terms.' });
      else if (!term.active) issues.push({ path: 'defaultPaymentTermId', code: 'inactive', message: 'These payment terms are inactive.' });
    }
    if (issues.length) throw new ValidationError(issues);
    return tx.company.update({
      where: { id: current.id },
      data: {
        name: v.name,
        organisationNumber,
        vatNumber: v.vatNumber === undefined ? undefined : (v.vatNumber?.toUpperCase().replace(/\s+/g, '') ?? null),
        customerNumberMinLength: v.customerNumberMinLength,
        customerNumberMaxLength: v.customerNumberMaxLength,
        customerNumberStart: v.customerNumberStart,
        address1: v.address1,
        address2: v.address2,
        postcode: v.postcode,
        city: v.city,
        countryCode: v.countryCode,
        email: v.email,
        phone: v.phone,
        registeredOffice: v.registeredOffice,
        paymentDetails: v.paymentDetails,
        ...payment.columns,
        defaultPaymentTermId: v.defaultPaymentTermId,
        ocrScheme: v.ocrScheme,
        language: v.language,
      },
    });
  });
}
