// Custom fields defined per company (pure): definitions validate the values customers carry.
import type { CustomFieldType } from '../../generated/prisma/enums.js';
import type { ValidationIssue } from '../../errors.js';
import { isRealDate } from '../validation.js';

export interface CustomFieldDef {
  key: string;
  label: string;
  type: CustomFieldType;
  options: string[];
  required: boolean;
  active: boolean;
}

export type CustomFieldValues = Record<string, string | boolean>;

export const CUSTOM_FIELD_KEY_RE = /^[a-zA-Z][a-zA-Z0-9_]{0,49}$/;
const DECIMAL_RE = /^-?\d{1,15}(\.\d{1,6})?$/;

/** Checks one value against its definition; returns the stored form or an issue. */
export function coerceCustomFieldValue(
  def: CustomFieldDef,
  value: unknown,
): { ok: true; value: string | boolean } | { ok: false; code: string; message: string } {
  switch (def.type) {
    case 'TEXT':
      if (typeof value !== 'string') return { ok: false, code: 'invalid_type', message: `${def.label} takes text.` };
      if (value.length > 1000) return { ok: false, code: 'too_long', message: 'At most 1000 characters.' };
      return { ok: true, value };
    case 'NUMBER': {
      // Kept as an exact decimal string, never a float.
      const s = typeof value === 'number' && Number.isFinite(value) ? String(value) : typeof value === 'string' ? value.trim().replace(',', '.') : null;
      if (s === null || !DECIMAL_RE.test(s)) return { ok: false, code: 'invalid_number', message: `${def.label} takes a number, e.g. 12.5.` };
      return { ok: true, value: s };
    }
    case 'DATE':
      if (typeof value !== 'string' || !isRealDate(value)) {
        return { ok: false, code: 'invalid_date', message: `${def.label} takes a date written YYYY-MM-DD.` };
      }
      return { ok: true, value };
    case 'BOOLEAN':
      if (typeof value !== 'boolean') return { ok: false, code: 'invalid_type', message: `${def.label} takes true or false.` };
      return { ok: true, value };
    case 'SELECT':
      if (typeof value !== 'string' || !def.options.includes(value)) {
        return { ok: false, code: 'invalid_option', message: `${def.label} takes one of: ${def.options.join(', ')}.` };
      }
      return { ok: true, value };
  }
}

/**
 * Applies custom field inputs ({key, value}; a null value clears) to the current values and
 * checks them against the company's definitions, including required fields.
 */
export function applyCustomFields(
  inputs: { key: string; value: unknown }[] | undefined,
  defs: CustomFieldDef[],
  current: CustomFieldValues,
  pathPrefix = 'customFields',
): { values: CustomFieldValues; issues: ValidationIssue[] } {
  const byKey = new Map(defs.map((d) => [d.key, d]));
  const values: CustomFieldValues = { ...current };
  const issues: ValidationIssue[] = [];
  const seen = new Set<string>();
  const invalid = new Set<string>();
  (inputs ?? []).forEach((inp, i) => {
    const def = byKey.get(inp.key);
    if (!def?.active) {
      issues.push({ path: `${pathPrefix}.${i}.key`, code: 'unknown_field', message: `There is no custom field "${inp.key}".` });
      return;
    }
    if (seen.has(inp.key)) {
      issues.push({ path: `${pathPrefix}.${i}.key`, code: 'duplicate', message: `"${inp.key}" is given twice.` });
      return;
    }
    seen.add(inp.key);
    if (inp.value === null || inp.value === undefined || inp.value === '') {
      delete values[inp.key];
      return;
    }
    const r = coerceCustomFieldValue(def, inp.value);
    if (r.ok) values[inp.key] = r.value;
    else {
      invalid.add(inp.key);
      issues.push({ path: `${pathPrefix}.${i}.value`, code: r.code, message: r.message });
    }
  });
  for (const def of defs) {
    // A required field given an invalid value is reported once, at its value.
    if (def.active && def.required && values[def.key] === undefined && !invalid.has(def.key)) {
      issues.push({ path: pathPrefix, code: 'required', message: `${def.label} (${def.key}) is required.` });
    }
  }
  return { values, issues };
}
