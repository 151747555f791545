// Business dates: the years they may fall in and the YYYY-MM-DD calendar check. Pure, no imports;
// used by the modules' input validation and by GraphQL's Date and DateTime scalars.

/**
 * The years a date or point in time may fall in. Every date here is a business date (invoice,
 * due, bookkeeping, project and voucher dates, custom fields): a year outside this window is a
 * typo, and the extremes JavaScript accepts (year 0000, ±275760) are out of PostgreSQL's range
 * (it has no year 0) or break date arithmetic. 1900 keeps any historical record; 2999 any plan.
 */
export const DATE_YEARS = { min: 1900, max: 2999 } as const;

/** True for a YYYY-MM-DD string naming a day that exists (2026-02-29 and 2026-13-01 do not), in DATE_YEARS. */
export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const year = Number(s.slice(0, 4));
  if (year < DATE_YEARS.min || year > DATE_YEARS.max) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
