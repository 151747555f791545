// Administration of the company's custom field definitions for customers.
import { z } from 'zod';
import type { Prisma } from '../../generated/prisma/client.js';
import { scoped, type TenantDb } from '../../db/tenant.js';
import { isUniqueViolationOn } from '../../db/errors.js';
import { ConflictError, NotFoundError, ValidationError } from '../../errors.js';
import { parseInput, requiredText } from '../validation.js';
import { CUSTOM_FIELD_KEY_RE } from './custom-fields.js';
import { recordDeletions } from '../sync/index.js';

const TYPES = ['TEXT', 'NUMBER', 'DATE', 'BOOLEAN', 'SELECT'] as const;
const options = z.array(z.string().trim().min(1).max(100)).max(100);

const createSchema = z.object({
  key: z.string().trim().regex(CUSTOM_FIELD_KEY_RE, {
    message: 'A key starts with a letter and has letters, digits and _ only (at most 50).',
  }),
  label: requiredText(100, 'Label'),
  type: z.enum(TYPES),
  options: options.default([]),
  required: z.boolean().default(false),
  /** Display order; omitted: after the existing fields. */
  position: z.number().int().min(0).max(10_000).optional(),
});
const updateSchema = z.object({
  id: z.string(),
  label: requiredText(100, 'Label').optional(),
  options: options.optional(),
  required: z.boolean().optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
});

function checkOptions(type: string, opts: string[]): void {
  if (type === 'SELECT' && opts.length === 0) {
    throw ValidationError.single('options', 'required', 'A SELECT field needs at least one option.');
  }
  if (type !== 'SELECT' && opts.length > 0) {
    throw ValidationError.single('options', 'not_allowed_for_type', 'Only SELECT fields have options.');
  }
}

export async function createDefinition(db: TenantDb, input: unknown) {
  const v = parseInput(createSchema, input);
  checkOptions(v.type, v.options);
  return db.$transaction(async (tx) => {
    const last = await tx.customFieldDefinition.aggregate({ _max: { position: true } });
    const position = v.position ?? (last._max.position === null ? 0 : last._max.position + 1);
    return tx.customFieldDefinition.create({ data: scoped<Prisma.CustomFieldDefinitionUncheckedCreateInput>({ ...v, position }) }).catch((err) => {
      if (isUniqueViolationOn(err, 'key')) throw new ConflictError('ALREADY_EXISTS', `A custom field "${v.key}" exists.`, 'key');
      throw err;
    });
  });
}

export async function updateDefinition(db: TenantDb, input: unknown) {
  const v = parseInput(updateSchema, input);
  return db.$transaction(async (tx) => {
    const existing = await tx.customFieldDefinition.findUnique({ where: { id: v.id } });
    if (!existing) throw new NotFoundError('CustomFieldDefinition', 'No such custom field.', 'id');
    if (v.options) checkOptions(existing.type, v.options);
    const { id, ...data } = v;
    return tx.customFieldDefinition.update({ where: { id }, data });
  });
}

/** Deletes a definition; values customers hold for it stay stored but are no longer shown. */
export async function deleteDefinition(db: TenantDb, id: string) {
  return db.$transaction(async (tx) => {
    const existing = await tx.customFieldDefinition.findUnique({ where: { id } });
    if (!existing) throw new NotFoundError('CustomFieldDefinition', 'No such custom field.', 'id');
    await recordDeletions(tx, 'CustomFieldDefinition', [id]);
    await tx.customFieldDefinition.delete({ where: { id } });
    return existing;
  });
}
