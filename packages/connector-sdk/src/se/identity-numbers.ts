/**
 * Swedish identity numbers: personnummer, samordningsnummer (coordination numbers) and
 * organisationsnummer. Pure functions, no I/O; depends only on ./luhn.ts.
 *
 * - Check digit: Luhn ("modulus 10", weights 2,1,2,…) over the 9 digits YYMMDDNNN only,
 *   never over the century digits.
 * - Century of a 10-digit person number, relative to the reference date (`opts.today`):
 *   '-' or no separator → the year ending in YY within [currentYear − 99, currentYear];
 *   '+' → within [currentYear − 199, currentYear − 100]. A 12-digit input carries its own
 *   century (18, 19 or 20) and any '-' or '+' in it is ignored.
 * - The "current year" and "today" are the calendar date in Sweden (Europe/Stockholm) at the
 *   instant `opts.today`, so the '+' rule and the future-date check flip at Swedish midnight.
 * - Order of checks (the first failing one is reported): EMPTY → FORMAT → INVALID_DATE →
 *   FUTURE_DATE → BIRTH_NUMBER → CHECK_DIGIT for persons; EMPTY → FORMAT →
 *   ORGANISATION_THIRD_DIGIT → CHECK_DIGIT for organisations. The date is checked before the
 *   check digit so a mistyped date is not reported as "expected check digit X", which would
 *   invite the user to "fix" the wrong digit.
 */

import { luhnCheckDigit } from './luhn.js';

export type IdentityKind = 'PERSONNUMMER' | 'SAMORDNINGSNUMMER' | 'ORGANISATIONSNUMMER';

export type IdentityErrorCode = 'EMPTY' | 'FORMAT' | 'CHECK_DIGIT' | 'INVALID_DATE' | 'FUTURE_DATE' | 'BIRTH_NUMBER' | 'ORGANISATION_THIRD_DIGIT';

export interface ParsedIdentity {
  kind: IdentityKind;
  /**
   * Normalised storage form: persons/coordination numbers 12 digits YYYYMMDDNNNK; organisations
   * 10 digits NNNNNNNNNK (a 16-prefixed 12-digit input is reduced to 10).
   */
  normalized: string;
  /** Persons only: real birth date as YYYY-MM-DD (for samordningsnummer: day minus 60). */
  birthDate?: string;
}

export type IdentityParseResult = { ok: true; value: ParsedIdentity } | { ok: false; code: IdentityErrorCode; message: string };

export interface ParseOptions {
  /** Reference instant for the century rules and the future-date check; default `new Date()`. */
  today?: Date;
}

/** Day-of-month offset of a samordningsnummer (DD 61–91). */
export const SAMORDNINGSNUMMER_DAY_OFFSET = 60;

// ---------------------------------------------------------------------------------------------
// Check digit
// ---------------------------------------------------------------------------------------------

/**
 * The check digit of an identity number: Luhn over exactly nine ASCII digits (YYMMDDNNN, or the
 * first nine digits of an organisation number). Throws a RangeError for anything else.
 * Example: identityCheckDigit('640823323') === 4.
 */
export function identityCheckDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits)) {
    throw new RangeError(`identityCheckDigit expects exactly 9 digits, got ${JSON.stringify(nineDigits)}`);
  }
  return luhnCheckDigit(nineDigits);
}

// ---------------------------------------------------------------------------------------------
// Reference date
// ---------------------------------------------------------------------------------------------

interface CalendarDate {
  year: number;
  /** YYYYMMDD, comparable as a string. */
  compact: string;
}

let swedishDateFormat: Intl.DateTimeFormat | undefined;
/** The last instant asked for and its date: formatToParts costs ~8 µs, and imports parse many numbers against one `today`. */
let lastCalendarDate: { instant: number; date: CalendarDate } | undefined;

/** Calendar date in Sweden at the given instant. */
function swedishCalendarDate(instant: Date): CalendarDate {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('ParseOptions.today is an invalid Date');
  }
  if (lastCalendarDate?.instant === instant.getTime()) return lastCalendarDate.date;
  swedishDateFormat ??= new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  let year = '';
  let month = '';
  let day = '';
  for (const part of swedishDateFormat.formatToParts(instant)) {
    if (part.type === 'year') year = part.value;
    else if (part.type === 'month') month = part.value;
    else if (part.type === 'day') day = part.value;
  }
  const date = { year: Number(year), compact: `${year.padStart(4, '0')}${month}${day}` };
  lastCalendarDate = { instant: instant.getTime(), date };
  return date;
}

function referenceDate(opts: ParseOptions | undefined): CalendarDate {
  return swedishCalendarDate(opts?.today ?? new Date());
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

function fail(code: IdentityErrorCode, message: string): IdentityParseResult {
  return { ok: false, code, message };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The unique year in [hi − 99, hi] whose last two digits are `yy`. */
function yearEndingIn(yy: number, hi: number): number {
  return hi - (((((hi % 100) - yy) % 100) + 100) % 100);
}

function checkDigitError(tenDigits: string): IdentityParseResult | undefined {
  const expected = identityCheckDigit(tenDigits.slice(0, 9));
  if (expected !== Number(tenDigits[9])) {
    return fail('CHECK_DIGIT', `The check digit is wrong (expected ${expected}).`);
  }
  return undefined;
}

/** 10 or 12 digits, optionally with one '-' or '+' before the last four digits. */
const PERSON_PATTERN = /^(\d{6}|\d{8})([-+]?)(\d{4})$/;
/** 10 digits with an optional '-', or 16 + 10 digits with an optional '-' before the last four. */
const ORGANISATION_PATTERN = /^(16)?(\d{6})-?(\d{4})$/;

function personFormatMessage(input: string): string {
  if (/[^\d+-]/.test(input)) {
    return "A personal identity number may only contain digits, with an optional '-' or '+' before the last four.";
  }
  const digitCount = input.replace(/\D/g, '').length;
  if (digitCount !== 10 && digitCount !== 12) {
    return `A personal identity number has 10 digits (YYMMDD-NNNK) or 12 digits (YYYYMMDD-NNNK); this one has ${digitCount}.`;
  }
  return "Put a single '-' or '+' directly before the last four digits, or leave it out.";
}

function organisationFormatMessage(input: string): string {
  if (/[^\d-]/.test(input)) {
    return "An organisation number may only contain digits and an optional '-' before the last four (NNNNNN-NNNK).";
  }
  const digits = input.replace(/\D/g, '');
  if (digits.length === 12 && !digits.startsWith('16')) {
    return 'A 12-digit organisation number must start with 16.';
  }
  if (digits.length !== 10 && digits.length !== 12) {
    return `An organisation number has 10 digits (NNNNNN-NNNK), or 12 digits starting with 16; this one has ${digits.length}.`;
  }
  return "Put a single '-' directly before the last four digits, or leave it out.";
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

/**
 * Parses a personnummer or samordningsnummer: 10 digits (YYMMDDNNNK) or 12 digits
 * (YYYYMMDDNNNK), each with '-', '+' or no separator before the last four digits; surrounding
 * whitespace is ignored.
 */
export function parsePersonalIdentityNumber(input: string, opts?: ParseOptions): IdentityParseResult {
  const text = input.trim();
  if (text === '') return fail('EMPTY', 'Enter a personal identity number.');

  const match = PERSON_PATTERN.exec(text);
  if (!match) return fail('FORMAT', personFormatMessage(text));
  const datePart = match[1]!;
  const separator = match[2]!;
  const tail = match[3]!;

  const today = referenceDate(opts);
  let year: number;
  let ten: string;
  if (datePart.length === 8) {
    const century = datePart.slice(0, 2);
    if (century === '16') {
      return fail('FORMAT', 'This looks like an organisation number (12 digits starting with 16), not a personal identity number.');
    }
    if (century !== '18' && century !== '19' && century !== '20') {
      return fail('FORMAT', 'A 12-digit personal identity number must start with 18, 19 or 20.');
    }
    year = Number(datePart.slice(0, 4));
    ten = datePart.slice(2) + tail;
  } else {
    const yy = Number(datePart.slice(0, 2));
    year = separator === '+' ? yearEndingIn(yy, today.year - 100) : yearEndingIn(yy, today.year);
    ten = datePart + tail;
  }

  const month = Number(ten.slice(2, 4));
  const rawDay = Number(ten.slice(4, 6));
  const coordination = rawDay > SAMORDNINGSNUMMER_DAY_OFFSET;
  const day = coordination ? rawDay - SAMORDNINGSNUMMER_DAY_OFFSET : rawDay;
  if (month < 1 || month > 12) {
    return fail('INVALID_DATE', `The month must be between 01 and 12 (got ${ten.slice(2, 4)}).`);
  }
  if (rawDay < 1 || (rawDay > 31 && rawDay <= SAMORDNINGSNUMMER_DAY_OFFSET) || rawDay > 91) {
    return fail('INVALID_DATE', `The day must be 01–31, or 61–91 for a samordningsnummer (got ${ten.slice(4, 6)}).`);
  }
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  if (day > daysInMonth(year, month)) {
    return fail('INVALID_DATE', `The date ${yyyy}-${mm}-${dd} does not exist.`);
  }
  if (`${yyyy}${mm}${dd}` > today.compact) {
    return fail('FUTURE_DATE', `The birth date ${yyyy}-${mm}-${dd} is in the future.`);
  }
  if (ten.slice(6, 9) === '000') {
    return fail('BIRTH_NUMBER', 'The three digits after the date cannot be 000.');
  }
  const checkError = checkDigitError(ten);
  if (checkError) return checkError;

  return {
    ok: true,
    value: {
      kind: coordination ? 'SAMORDNINGSNUMMER' : 'PERSONNUMMER',
      normalized: yyyy.slice(0, 2) + ten, // century + YYMMDDNNNK
      birthDate: `${yyyy}-${mm}-${dd}`,
    },
  };
}

/**
 * Parses an organisationsnummer: 10 digits with or without '-' (NNNNNN-NNNK), or the 12-digit
 * form 16 + those 10 digits (also accepted with '-' before the last four). Third digit ≥ 2; Luhn.
 */
export function parseOrganisationNumber(input: string): IdentityParseResult {
  const text = input.trim();
  if (text === '') return fail('EMPTY', 'Enter an organisation number.');

  const match = ORGANISATION_PATTERN.exec(text);
  if (!match) return fail('FORMAT', organisationFormatMessage(text));
  const ten = match[2]! + match[3]!;

  if (Number(ten[2]) < 2) {
    return fail('ORGANISATION_THIRD_DIGIT', 'The third digit of an organisation number is always 2 or higher; this looks like a personal identity number.');
  }
  const checkError = checkDigitError(ten);
  if (checkError) return checkError;

  return { ok: true, value: { kind: 'ORGANISATIONSNUMMER', normalized: ten } };
}

/**
 * Parses a "Person/Orgnr" field: a 10-digit number whose third digit is ≥ 2, or a 12-digit number
 * starting with 16, is an organisation number; anything else is parsed as a person.
 */
export function parseIdentityNumber(input: string, opts?: ParseOptions): IdentityParseResult {
  const text = input.trim();
  if (text === '') return fail('EMPTY', 'Enter a personal identity number or an organisation number.');
  if (/^\d{2}[2-9]\d{3}[-+]?\d{4}$/.test(text) || /^16\d{6}[-+]?\d{4}$/.test(text)) {
    return parseOrganisationNumber(text);
  }
  return parsePersonalIdentityNumber(text, opts);
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

function assertDigits(value: string, length: number, fn: string): void {
  if (!new RegExp(`^\\d{${length}}$`).test(value)) {
    throw new RangeError(`${fn} expects a normalised ${length}-digit number, got ${JSON.stringify(value)}`);
  }
}

/**
 * 'YYMMDD-NNNK', with '+' instead of '-' from the calendar year the person turns 100
 * (relative to opts.today). The form accounting systems demand.
 */
export function formatPersonalIdentityNumberShort(normalized12: string, opts?: ParseOptions): string {
  assertDigits(normalized12, 12, 'formatPersonalIdentityNumberShort');
  const birthYear = Number(normalized12.slice(0, 4));
  const separator = referenceDate(opts).year - birthYear >= 100 ? '+' : '-';
  return `${normalized12.slice(2, 8)}${separator}${normalized12.slice(8)}`;
}

/** 'YYYYMMDD-NNNK'. */
export function formatPersonalIdentityNumberLong(normalized12: string): string {
  assertDigits(normalized12, 12, 'formatPersonalIdentityNumberLong');
  return `${normalized12.slice(0, 8)}-${normalized12.slice(8)}`;
}

/** 'NNNNNN-NNNK'. */
export function formatOrganisationNumber(normalized10: string): string {
  assertDigits(normalized10, 10, 'formatOrganisationNumber');
  return `${normalized10.slice(0, 6)}-${normalized10.slice(6)}`;
}

/**
 * Display form: persons → 'YYYYMMDD-NNNK', organisations → 'NNNNNN-NNNK'.
 * `opts` is accepted for API symmetry; the long person form does not depend on the date.
 */
export function formatIdentityNumber(parsed: ParsedIdentity, _opts?: ParseOptions): string {
  return parsed.kind === 'ORGANISATIONSNUMMER' ? formatOrganisationNumber(parsed.normalized) : formatPersonalIdentityNumberLong(parsed.normalized);
}

// ---------------------------------------------------------------------------------------------
// Age
// ---------------------------------------------------------------------------------------------

/**
 * Age on 31 December of `year` (= year − birth year), for the ROT/RUT rule "buyer ≥ 18 at year
 * end". Negative if the person is born after `year`.
 */
export function ageAtEndOfYear(normalized12: string, year: number): number {
  assertDigits(normalized12, 12, 'ageAtEndOfYear');
  if (!Number.isInteger(year)) throw new RangeError(`ageAtEndOfYear expects an integer year, got ${year}`);
  return year - Number(normalized12.slice(0, 4));
}
