// Input validation shared by GraphQL and imports: zod schemas whose failures become
// ValidationIssues with dotted input paths.
import { z } from 'zod';
import { ValidationError, type ValidationIssue } from '../errors.js';

function issueCode(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.code === 'invalid_type') {
    let v: unknown = input;
    for (const k of issue.path) v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
    return v === undefined || v === null ? 'required' : 'invalid_type';
  }
  if (issue.code === 'too_big') return issue.origin === 'string' ? 'too_long' : 'too_big';
  if (issue.code === 'too_small') {
    if (issue.origin === 'string' && issue.minimum === 1) return 'required';
    return issue.origin === 'string' ? 'too_short' : 'too_small';
  }
  if (issue.code === 'custom') return (issue.params?.code as string | undefined) ?? 'invalid';
  return issue.code;
}

export function toIssues(error: z.ZodError, input: unknown, prefix = ''): ValidationIssue[] {
  return error.issues.flatMap((i) => {
    const path = [prefix, ...i.path.map(String)].filter(Boolean);
    if (i.code === 'unrecognized_keys') {
      // One issue per unknown key, at the key's own path.
      return i.keys.map((k) => ({ path: [...path, k].join('.'), code: 'unknown_field', message: `Unknown field "${k}".` }));
    }
    return [{ path: path.join('.'), code: issueCode(i, input), message: i.message }];
  });
}

/** Parses `input` with `schema`, throwing a ValidationError naming every invalid field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, prefix = ''): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new ValidationError(toIssues(r.error, input, prefix));
  return r.data;
}

/** Trims; empty becomes null (an explicit "clear"). Keeps undefined (= leave unchanged). */
export const optionalText = (max: number) =>
  z
    .string()
    .max(max, `At most ${max} characters.`)
    .nullish()
    .transform((v) => (v == null ? v : v.trim() === '' ? null : v.trim()));

export const requiredText = (max: number, what = 'This field') =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, `${what} is required.`)
    .max(max, `At most ${max} characters.`);

export const optionalEmail = z
  .string()
  .trim()
  .max(254)
  .nullish()
  .transform((v) => (v == null || v === '' ? (v === '' ? null : v) : v.toLowerCase()))
  .refine((v) => v == null || z.email().safeParse(v).success, { message: 'Not a valid e-mail address.', params: { code: 'invalid_email' } });

/**
 * Parses an input object field by field against a zod object's shape, so one invalid field
 * does not hide the others: returns the valid fields, every issue, and which keys were invalid.
 * Unknown keys are reported at their own path.
 */
export function parseFields<S extends z.ZodRawShape>(
  object: z.ZodObject<S>,
  input: unknown,
  prefix = '',
): { value: Partial<z.output<z.ZodObject<S>>>; issues: ValidationIssue[]; invalid: Set<string> } {
  const at = (key: string) => (prefix ? `${prefix}.${key}` : key);
  const issues: ValidationIssue[] = [];
  const invalid = new Set<string>();
  const value: Record<string, unknown> = {};
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { value: {}, issues: [{ path: prefix, code: 'invalid_type', message: 'Expected an object.' }], invalid };
  }
  const shape: Record<string, z.core.$ZodType> = object.shape;
  for (const [key, raw] of Object.entries(input as Record<string, unknown>)) {
    const field = shape[key];
    if (!field) {
      invalid.add(key);
      issues.push({ path: at(key), code: 'unknown_field', message: `Unknown field "${key}".` });
      continue;
    }
    const r = z.safeParse(field, raw);
    if (r.success) value[key] = r.data;
    else {
      invalid.add(key);
      issues.push(...toIssues(r.error, raw, at(key)));
    }
  }
  return { value: value as Partial<z.output<z.ZodObject<S>>>, issues, invalid };
}

// The business-date window and calendar check live in src/shared/dates.ts (GraphQL's scalars use them too).
export { DATE_YEARS, isRealDate } from '../shared/dates.js';

/** Trims and folds spaces; empty becomes null. Digits, spaces and + ( ) - / only. */
export const optionalPhone = z
  .string()
  .max(30, 'At most 30 characters.')
  .nullish()
  .transform((v) => (v == null ? v : v.trim() === '' ? null : v.trim().replace(/\s+/g, ' ')))
  .refine((v) => v == null || /^\+?[0-9 ()/-]{3,30}$/.test(v), {
    message: 'A phone number has digits, spaces and + ( ) - / only.',
    params: { code: 'invalid_format' },
  });

/**
 * A search text as a LIKE pattern that matches it literally: Prisma passes `contains` and
 * `startsWith` values into PostgreSQL's LIKE unescaped, so "100%" would match "1000" and "a_b"
 * "axb". Every search builds its filters from this.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
