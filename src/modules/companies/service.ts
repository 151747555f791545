// Company settings of the acting company.
import { z } from 'zod';
import type { TenantDb } from '../../db/tenant.js';
import { ValidationError } from '../../errors.js';
import { optionalEmail, optionalPhone, optionalText, parseInput, requiredText } from '../validation.js';
import { parseOrganisationNumber, LANGUAGES } from '../customers/index.js';

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
  fSkatt: z.boolean().optional(),
  ocrScheme: z.enum(['NONE', 'CHECK_DIGIT', 'LENGTH_AND_CHECK_DIGIT']).optional(),
  /** null clears it (Swedish). */
  language: z.enum(LANGUAGES).nullable().optional(),
});

export async function updateCompanySettings(db: TenantDb, input: unknown) {
  const v = parseInput(settingsSchema, input);
  return db.$transaction(async (tx) => {
    const current = await tx.company.findFirstOrThrow({});
    const min = v.customerNumberMinLength ?? current.customerNumberMinLength;
    const max = v.customerNumberMaxLength ?? current.customerNumberMaxLength;
    if (min > max) {
      throw ValidationError.single('customerNumberMinLength', 'min_above_max', 'The minimum length cannot exceed the maximum length.');
    }
    let organisationNumber = v.organisationNumber;
    if (organisationNumber) {
      const r = parseOrganisationNumber(organisationNumber);
      if (!r.ok) throw ValidationError.single('organisationNumber', r.code.toLowerCase(), r.message);
      organisationNumber = r.value.normalized;
    }
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
        fSkatt: v.fSkatt,
        ocrScheme: v.ocrScheme,
        language: v.language,
      },
    });
  });
}
