// Spreadsheet cells (pure): what a reader hands over, and the conversions the import applies
// before the customer rules see a value. The conversions catch what Excel does to data behind
// the user's back: formulas, numbers that lost their leading zeros or became decimals, text
// that Excel turned into a date, dates stored as bare serial numbers.

/** One cell as read from an xlsx sheet or a CSV record (CSV cells are always strings). */
export type Cell =
  | { kind: 'empty' }
  | { kind: 'string'; value: string }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  /** A number cell with a date format; `value` is the calendar date at UTC midnight (plus the time of day, if any). */
  | { kind: 'date'; value: Date }
  | { kind: 'formula'; formula: string }
  | { kind: 'error'; value: string };

export const EMPTY: Cell = { kind: 'empty' };

export function isEmpty(c: Cell | undefined): boolean {
  return !c || c.kind === 'empty' || (c.kind === 'string' && c.value.trim() === '');
}

/** A problem with one cell, before any business rule ran. */
export interface CellProblem {
  code: string;
  message: string;
}

export type Converted<T> = { ok: true; value: T } | { ok: false; problem: CellProblem };

const ok = <T>(value: T): Converted<T> => ({ ok: true, value });
const bad = (code: string, message: string): Converted<never> => ({ ok: false, problem: { code, message } });

/** YYYY-MM-DD of a date cell (exceljs gives dates at UTC midnight, whatever the time zone). */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The calendar date an Excel serial number stands for (1900 date system), or null when implausible. */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465 || Math.floor(serial) === 60) return null;
  // Serial 25569 is 1970-01-01. Excel counts a fictitious 1900-02-29 (serial 60), so serials
  // below 60 are one day later than the arithmetic gives.
  const days = serial < 60 ? serial + 1 : serial;
  return isoDate(new Date(Math.round((days - 25569) * 86_400_000)));
}

/** A number as it would be typed: integers without exponent, others in plain notation. */
export function plainNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return BigInt(n).toString();
  return String(n);
}

function commonProblems(c: Cell): Converted<never> | null {
  if (c.kind === 'formula') {
    return bad('formula', `The cell holds a formula (=${c.formula.slice(0, 60)}); import only values: copy the column and paste it as values.`);
  }
  if (c.kind === 'error') return bad('cell_error', `The cell holds the error ${c.value}; correct it in the sheet.`);
  return null;
}

/**
 * Plain text for a text field. Numbers become their digits; a date is refused because Excel
 * turns entries like "1-2" or "3/4" into dates, so the text the user typed is lost.
 * Returns null for an empty cell.
 */
export function cellText(c: Cell): Converted<string | null> {
  const p = commonProblems(c);
  if (p) return p;
  switch (c.kind) {
    case 'empty':
      return ok(null);
    case 'string': {
      const t = c.value.trim();
      return ok(t === '' ? null : t);
    }
    case 'number':
      return ok(plainNumber(c.value));
    case 'boolean':
      return bad('invalid_type', `The cell holds the truth value ${c.value ? 'TRUE' : 'FALSE'}, not text.`);
    case 'date':
      return bad('unexpected_date', `Excel has turned this cell into the date ${isoDate(c.value)}; format the column as Text and type the value again.`);
    default:
      return bad('invalid_type', 'Unsupported cell content.');
  }
}

/** Text of a column whose values are codes or numbers (customer numbers): integers only when numeric. */
export function cellCode(c: Cell): Converted<string | null> {
  if (c.kind === 'number' && !Number.isInteger(c.value)) {
    return bad('invalid_format', `The cell holds the decimal number ${c.value}; a customer number is text or a whole number.`);
  }
  return cellText(c);
}

const SCIENTIFIC = /^\d+(?:[.,]\d+)?[eE][+-]?\d+$/;

/**
 * A Swedish identity number (personnummer, samordningsnummer, organisationsnummer). Excel
 * stores a number typed without '-' as a number: it loses leading zeros (0001012384 becomes
 * 1012384), may show in scientific notation (8,50412E+11 in a CSV) or becomes a decimal
 * (850412.2384). Each is refused with a message that says so instead of a vague format error.
 */
export function cellIdentity(c: Cell): Converted<string | null> {
  if (c.kind === 'number') {
    if (!Number.isInteger(c.value)) {
      return bad(
        'number_float',
        `The identity number was stored as the decimal number ${c.value}; format the column as Text and type the number as YYYYMMDD-NNNN or NNNNNN-NNNN.`,
      );
    }
    const digits = plainNumber(Math.abs(c.value));
    if (digits.length === 10 || digits.length === 12) return ok(digits);
    return bad('lost_leading_zero', lostZeroMessage(digits));
  }
  const t = cellText(c);
  if (!t.ok || t.value === null) return t;
  const v = t.value;
  if (SCIENTIFIC.test(v)) {
    return bad(
      'scientific_notation',
      `The identity number was saved in scientific notation (${v}), so digits are lost; format the column as Text in Excel and type the numbers again.`,
    );
  }
  if (/^\d+$/.test(v) && v.length >= 5 && v.length <= 9) return bad('lost_leading_zero', lostZeroMessage(v));
  if (/^\d+[.,]\d+$/.test(v)) {
    return bad('number_float', `The identity number ${v} has become a decimal number; type it as YYYYMMDD-NNNN or NNNNNN-NNNN.`);
  }
  return ok(v);
}

function lostZeroMessage(digits: string): string {
  const padded = digits.padStart(10, '0');
  return (
    `The identity number ${digits} has ${digits.length} digits: it was probably stored as a number and lost its leading zero(s) ` +
    `(perhaps ${padded.slice(0, 6)}-${padded.slice(6)}); format the column as Text and type the full number with '-'.`
  );
}

/** A phone number: a number cell has lost its leading 0 or + (Swedish numbers start with 0 or +46). */
export function cellPhone(c: Cell): Converted<string | null> {
  if (c.kind === 'number') {
    return bad(
      'lost_leading_zero',
      `The phone number was stored as the number ${plainNumber(c.value)} and has lost its leading 0 or +; format the column as Text and type it again.`,
    );
  }
  const t = cellText(c);
  if (t.ok && t.value !== null && SCIENTIFIC.test(t.value)) {
    return bad('scientific_notation', `The phone number was saved in scientific notation (${t.value}); format the column as Text and type it again.`);
  }
  return t;
}

const TRUE_WORDS = new Set(['ja', 'j', 'yes', 'y', 'true', 'sant', '1', 'x']);
const FALSE_WORDS = new Set(['nej', 'n', 'no', 'false', 'falskt', '0']);

/** Yes/no: TRUE/FALSE cells, 1/0, ja/nej, yes/no, sant/falskt, x. Null when empty. */
export function cellBoolean(c: Cell): Converted<boolean | null> {
  const p = commonProblems(c);
  if (p) return p;
  if (c.kind === 'empty') return ok(null);
  if (c.kind === 'boolean') return ok(c.value);
  if (c.kind === 'number' && (c.value === 0 || c.value === 1)) return ok(c.value === 1);
  if (c.kind === 'string') {
    const w = c.value.trim().toLowerCase();
    if (w === '') return ok(null);
    if (TRUE_WORDS.has(w)) return ok(true);
    if (FALSE_WORDS.has(w)) return ok(false);
  }
  return bad('invalid_boolean', 'Write Ja or Nej (Yes or No).');
}

/** A calendar date as YYYY-MM-DD: a date cell, or text YYYY-MM-DD. A bare number is a date stored as a number. */
export function cellDate(c: Cell): Converted<string | null> {
  const p = commonProblems(c);
  if (p) return p;
  if (c.kind === 'empty') return ok(null);
  if (c.kind === 'date') return ok(isoDate(c.value));
  const serialOf = (n: number) => {
    const d = excelSerialToIsoDate(n);
    return bad(
      'date_as_number',
      `The date is stored as the number ${plainNumber(n)}${d ? ` (Excel's serial number for ${d})` : ''}; format the cell as a date or write it as YYYY-MM-DD.`,
    );
  };
  if (c.kind === 'number') return serialOf(c.value);
  if (c.kind === 'string') {
    const t = c.value.trim();
    if (t === '') return ok(null);
    if (/^\d{5}(?:[.,]\d+)?$/.test(t)) return serialOf(Number(t.replace(',', '.')));
    return ok(t);
  }
  return bad('invalid_date', 'Write the date as YYYY-MM-DD.');
}

/** A decimal number as exact text ("12.5"); text is kept as typed (decimal comma allowed). */
export function cellDecimal(c: Cell): Converted<string | null> {
  const p = commonProblems(c);
  if (p) return p;
  if (c.kind === 'number') return ok(plainNumber(c.value));
  return cellText(c);
}
