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
  return error.issues.map((i) => ({
    path: [prefix, ...i.path.map(String)].filter(Boolean).join('.'),
    code: issueCode(i, input),
    message: i.message,
  }));
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
