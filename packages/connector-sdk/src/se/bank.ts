/**
 * Swedish and international payment account numbers: bankgiro and plusgiro (Luhn check digit),
 * IBAN (ISO 13616, mod 97) and BIC (ISO 9362). Parsers normalise (digits only, or upper case
 * without spaces) and explain a refusal with a code and a message; formatters give the display
 * form. Pure; depends only on ./luhn.ts.
 */
import { luhnValid } from './luhn.js';

/** A parsed value, or why the input was refused (a stable code and a message for the user). */
export type ParseResult<T = string> = { ok: true; value: T } | { ok: false; code: string; message: string };

const fail = (code: string, message: string): ParseResult<never> => ({ ok: false, code, message });

// ---------------------------------------------------------------------------------------------
// Bankgiro and plusgiro (stored as digits only)

/** Bankgiro: 7 or 8 digits with a Luhn check digit; spaces and '-' are ignored. */
export function parseBankgiro(input: string): ParseResult {
  const digits = input.trim().replace(/[\s-]/g, '');
  if (!/^\d{7,8}$/.test(digits)) {
    return fail('invalid_format', 'A bankgiro number has 7 or 8 digits, e.g. 5050-1055.');
  }
  if (!luhnValid(digits)) return fail('check_digit', 'The bankgiro number has a wrong check digit.');
  return { ok: true, value: digits };
}

/** NNN-NNNN (7 digits) or NNNN-NNNN (8 digits). */
export function formatBankgiro(digits: string | null | undefined): string | null {
  if (!digits) return null;
  return `${digits.slice(0, -4)}-${digits.slice(-4)}`;
}

/** Plusgiro: 2 to 8 digits with a Luhn check digit; spaces and '-' are ignored. */
export function parsePlusgiro(input: string): ParseResult {
  const digits = input.trim().replace(/[\s-]/g, '');
  if (!/^\d{2,8}$/.test(digits)) {
    return fail('invalid_format', 'A plusgiro number has 2 to 8 digits, e.g. 4 78 90-9.');
  }
  if (!luhnValid(digits)) return fail('check_digit', 'The plusgiro number has a wrong check digit.');
  return { ok: true, value: digits };
}

/** Pairs from the right and the check digit after '-': 1234567 → 12 34 56-7. */
export function formatPlusgiro(digits: string | null | undefined): string | null {
  if (!digits) return null;
  const body = digits.slice(0, -1);
  const pairs: string[] = [];
  for (let end = body.length; end > 0; end -= 2) pairs.unshift(body.slice(Math.max(0, end - 2), end));
  return `${pairs.join(' ')}-${digits.slice(-1)}`;
}

// ---------------------------------------------------------------------------------------------
// IBAN and BIC

/** IBAN lengths of the countries a Nordic construction company meets most; others: 15–34. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  SE: 24,
  NO: 15,
  DK: 18,
  FI: 18,
  IS: 26,
  EE: 20,
  LV: 21,
  LT: 20,
  PL: 28,
  DE: 22,
  NL: 18,
  BE: 16,
  FR: 27,
  GB: 22,
  IE: 22,
  ES: 24,
  PT: 25,
  IT: 27,
  AT: 20,
  CH: 21,
  LU: 20,
  CZ: 24,
  SK: 24,
};

function mod97(digitsAndLetters: string): number {
  let rest = 0;
  for (const ch of digitsAndLetters) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch; // A = 10 … Z = 35
    for (const d of value) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rest;
}

/** ISO 13616: normalised upper case without spaces; country length and mod-97 checked. */
export function parseIban(input: string): ParseResult {
  const v = input.trim().replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(v)) {
    return fail('invalid_format', 'An IBAN is a country code, two check digits and up to 30 letters or digits, e.g. SE45 5000 0000 0583 9825 7466.');
  }
  const expected = IBAN_LENGTHS[v.slice(0, 2)];
  if (expected !== undefined && v.length !== expected) {
    return fail('invalid_length', `An IBAN from ${v.slice(0, 2)} has ${expected} characters; this one has ${v.length}.`);
  }
  if (mod97(v.slice(4) + v.slice(0, 4)) !== 1) return fail('check_digit', 'The IBAN has wrong check digits.');
  return { ok: true, value: v };
}

/** Groups of four for display: SE45 5000 0000 0583 9825 7466. */
export function formatIban(iban: string | null | undefined): string | null {
  return iban ? iban.replace(/(.{4})(?=.)/g, '$1 ') : null;
}

/** BIC (ISO 9362): bank (4 letters), country (2 letters), location (2), optional branch (3). */
export function parseBic(input: string): ParseResult {
  const v = input.trim().replace(/\s/g, '').toUpperCase();
  if (v.length !== 8 && v.length !== 11) return fail('invalid_length', 'A BIC has 8 or 11 characters, e.g. ESSESESS.');
  if (!/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(v)) {
    return fail('invalid_format', 'A BIC is 4 letters (bank), 2 letters (country), 2 letters or digits (location) and an optional 3-character branch.');
  }
  return { ok: true, value: v };
}
