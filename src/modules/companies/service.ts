// Company settings of the acting company.
import { z } from 'zod';
import type { TenantDb } from '../../db/tenant.js';
import { ValidationError } from '../../errors.js';
import { optionalText, parseInput, requiredText } from '../validation.js';
import { parseOrganisationNumber } from '../customers/identity-numbers.js';

const settingsSchema = z.object({
  name: requiredText(200, 'Name').optional(),
  organisationNumber: optionalText(20),
  vatNumber: optionalText(20),
  customerNumberMinLength: z.number().int().min(1).max(20).optional(),
  customerNumberMaxLength: z.number().int().min(1).max(20).optional(),
  customerNumberStart: z.number().int().min(1).max(999_999_999).optional(),
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
      },
    });
  });
}
