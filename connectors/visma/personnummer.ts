// Swedish personal identity numbers as Visma takes them: `YYMMDD-NNNK` (10 digits and a
// separator, century dropped; `+` from the calendar year the person turns 100), with the Luhn
// check digit over YYMMDDNNN (shared/reference/swedish-rules.md §1). Samordningsnummer (day + 60)
// keep their form. Pure; table-tested in visma.test.ts.

export type PersonnummerResult = { ok: true; value: string } | { ok: false; problem: string };

/** The Luhn ("modulus 10", weights 2,1,2,…) check digit of nine digits. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let p = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (p > 9) p -= 9;
    sum += p;
  }
  return (10 - (sum % 10)) % 10;
}

function validDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

/**
 * Formats a personnummer (`YYYYMMDD-NNNK`, `YYYYMMDDNNNK`, `YYMMDD-NNNK`, `YYMMDD+NNNK` or
 * `YYMMDDNNNK`) as `YYMMDD-NNNK` (or `YYMMDD+NNNK` for someone 100 or older in `today`'s year);
 * explains why when it cannot be.
 */
export function formatPersonnummer(input: string | null | undefined, today: Date = new Date()): PersonnummerResult {
  const raw = (input ?? '').trim();
  if (raw === '') return { ok: false, problem: 'the personal identity number is missing' };
  const m = /^(\d{2})?(\d{6})([-+]?)(\d{4})$/.exec(raw.replace(/\s+/g, ''));
  if (!m) return { ok: false, problem: `"${raw}" is not a personal identity number (expected YYYYMMDD-NNNK or YYMMDD-NNNK)` };
  const [, century, ymd, sep, tail] = m as unknown as [string, string | undefined, string, string, string];
  const yy = Number(ymd.slice(0, 2));
  const month = Number(ymd.slice(2, 4));
  let day = Number(ymd.slice(4, 6));
  if (day > 60) day -= 60; // samordningsnummer
  const thisYear = today.getUTCFullYear();
  let year: number;
  if (century !== undefined) {
    year = Number(century) * 100 + yy;
    if (!['18', '19', '20'].includes(century)) return { ok: false, problem: `"${raw}" has the century ${century}, which no living person has` };
  } else {
    // 10-digit form: '-' → the year ending in YY within the last 99 years; '+' → 100–199 years ago.
    const lo = sep === '+' ? thisYear - 199 : thisYear - 99;
    year = lo + ((yy - (lo % 100) + 100) % 100);
  }
  if (!validDate(year, month, day)) return { ok: false, problem: `"${raw}" does not contain a valid date of birth` };
  if (year > thisYear) return { ok: false, problem: `"${raw}" has a date of birth in the future` };
  if (tail.slice(0, 3) === '000') return { ok: false, problem: `"${raw}" has the birth number 000, which is never issued` };
  const expected = luhnCheckDigit(ymd + tail.slice(0, 3));
  if (Number(tail[3]) !== expected) return { ok: false, problem: `"${raw}" has the wrong check digit (the last digit should be ${expected})` };
  const separator = thisYear - year >= 100 ? '+' : '-';
  return { ok: true, value: `${ymd}${separator}${tail}` };
}
