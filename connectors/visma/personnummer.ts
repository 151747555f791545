// Swedish personal identity numbers as Visma takes them: `YYMMDD-NNNK` (10 digits and a
// separator, century dropped; `+` from the calendar year the person turns 100), with the Luhn
// check digit over YYMMDDNNN. Samordningsnummer (day + 60) keep their form. Parsing and the
// check digit are the SDK's (one implementation for the whole system); this file words the
// refusal for Visma's failure report. Pure; table-tested in visma.test.ts.
import { formatPersonalIdentityNumberShort, luhnCheckDigit, parsePersonalIdentityNumber } from '@nordic-invoicing/connector-sdk';

export { luhnCheckDigit };

export type PersonnummerResult = { ok: true; value: string } | { ok: false; problem: string };

/**
 * Formats a personnummer (`YYYYMMDD-NNNK`, `YYYYMMDDNNNK`, `YYMMDD-NNNK`, `YYMMDD+NNNK` or
 * `YYMMDDNNNK`; spaces ignored) as `YYMMDD-NNNK` (or `YYMMDD+NNNK` for someone 100 or older in
 * `today`'s year, in Sweden); explains why when it cannot be.
 */
export function formatPersonnummer(input: string | null | undefined, today: Date = new Date()): PersonnummerResult {
  const raw = (input ?? '').trim();
  if (raw === '') return { ok: false, problem: 'the personal identity number is missing' };
  const parsed = parsePersonalIdentityNumber(raw.replace(/\s+/g, ''), { today });
  if (parsed.ok) return { ok: true, value: formatPersonalIdentityNumberShort(parsed.value.normalized, { today }) };
  switch (parsed.code) {
    case 'INVALID_DATE':
      return { ok: false, problem: `"${raw}" does not contain a valid date of birth` };
    case 'FUTURE_DATE':
      return { ok: false, problem: `"${raw}" has a date of birth in the future` };
    case 'BIRTH_NUMBER':
      return { ok: false, problem: `"${raw}" has the birth number 000, which is never issued` };
    case 'CHECK_DIGIT': {
      const ten = raw.replace(/\D/g, '').slice(-10);
      return { ok: false, problem: `"${raw}" has the wrong check digit (the last digit should be ${luhnCheckDigit(ten.slice(0, 9))})` };
    }
    default:
      return { ok: false, problem: `"${raw}" is not a personal identity number (expected YYYYMMDD-NNNK or YYMMDD-NNNK): ${parsed.message}` };
  }
}
