// Dates and amounts as SIE 4 writes them.
// - A date is YYYYMMDD, eight digits naming a real calendar day. The model holds it as ISO
//   YYYY-MM-DD.
// - An amount is a decimal number with `.` as the decimal point, an optional leading minus and no
//   thousands separators (`-1234.50`, `5`, `0.5`). It is read into an exact Decimal, never a
//   float. The writer writes amounts with exactly two decimals and refuses more (money is öre).
import { Decimal } from 'decimal.js';

const DATE = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const AMOUNT = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

function realDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

/** A SIE date (YYYYMMDD) as ISO YYYY-MM-DD, or undefined when it is not a real day so written. */
export function parseSieDate(text: string): string | undefined {
  const m = DATE.exec(text);
  if (m === null) return undefined;
  const [, y, mo, d] = m;
  return realDay(Number(y), Number(mo), Number(d)) ? `${y}-${mo}-${d}` : undefined;
}

/** An ISO date (YYYY-MM-DD) as SIE writes it (YYYYMMDD), or undefined when it is not a real day. */
export function formatSieDate(iso: string): string | undefined {
  const m = ISO_DATE.exec(iso);
  if (m === null) return undefined;
  const [, y, mo, d] = m;
  return realDay(Number(y), Number(mo), Number(d)) ? `${y}${mo}${d}` : undefined;
}

/** A SIE amount as an exact Decimal, or undefined when it is not written as the standard says. */
export function parseSieAmount(text: string): Decimal | undefined {
  return AMOUNT.test(text) ? new Decimal(text) : undefined;
}

/** An amount written with two decimals (`-1234.50`), or undefined when it has more than two. */
export function formatSieAmount(amount: Decimal.Value): string | undefined {
  const d = new Decimal(amount);
  if (!d.isFinite() || d.decimalPlaces() > 2) return undefined;
  const text = d.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}
