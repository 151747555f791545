/**
 * Swedish VAT rates (mervärdesskatt), in percent: 25 (standard), 12 and 6 (reduced) and 0
 * (exempt, reverse charge, exports). The only list of them in the repository; rates are compared
 * as exact decimals ('6', '6.00' and 6 are the same rate).
 */
export const SWEDISH_VAT_RATES = ['25', '12', '6', '0'] as const;
export type SwedishVatRate = (typeof SWEDISH_VAT_RATES)[number];

/**
 * The rate a decimal text or whole number names ('25', '6.00', ' 12 ', 0), or null when it is not
 * one of SWEDISH_VAT_RATES (fractions, negatives, exponents and JS floats are not rates).
 */
export function swedishVatRate(value: string | number): SwedishVatRate | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) return null;
    text = String(value);
  } else {
    const m = /^\s*(\d{1,3})(?:\.(\d{1,8}))?\s*$/.exec(value);
    if (!m || (m[2] !== undefined && !/^0+$/.test(m[2]))) return null;
    text = String(Number(m[1]));
  }
  return (SWEDISH_VAT_RATES as readonly string[]).includes(text) ? (text as SwedishVatRate) : null;
}

/** True when the value names one of SWEDISH_VAT_RATES. */
export function isSwedishVatRate(value: string | number): boolean {
  return swedishVatRate(value) !== null;
}
