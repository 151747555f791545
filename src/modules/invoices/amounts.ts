// Invoice arithmetic (pure, exact decimal): line amounts, VAT per rate, reverse charge and
// no-VAT invoices, öresavrundning of the total, amount to pay, due dates.
// Amounts are Prisma.Decimal (decimal.js); rounding to öre is half up.
import { Prisma } from '../../generated/prisma/client.js';
import { SWEDISH_VAT_RATES, type SwedishVatRate } from '@nordic-invoicing/connector-sdk/se';

const D = Prisma.Decimal;
type Dec = Prisma.Decimal;
export type DecimalLike = Dec | string | number;
const dec = (v: DecimalLike): Dec => (v instanceof D ? v : new D(v));
const HUNDRED = new D(100);

/** The Swedish VAT rates (packages/connector-sdk/src/se/vat.ts). */
export const VAT_RATES = SWEDISH_VAT_RATES;
export type VatRate = SwedishVatRate;

export function isVatRate(v: DecimalLike): boolean {
  return VAT_RATES.some((r) => dec(v).equals(r));
}

/** Rounds to whole öre, half up (0.005 → 0.01). */
export function toOre(v: DecimalLike): Dec {
  return dec(v).toDecimalPlaces(2, D.ROUND_HALF_UP);
}

export interface LineInput {
  quantity: DecimalLike;
  unitPrice: DecimalLike;
  /** Percent added to the unit price, e.g. 10 for +10 %. */
  markupPercent?: DecimalLike;
  /** Percent taken off, e.g. 5 for −5 %. */
  discountPercent?: DecimalLike;
  vatRate: DecimalLike;
  billable?: boolean;
}

/** The unit price the customer sees: with markup, before discount. */
export function unitPriceWithMarkup(l: Pick<LineInput, 'unitPrice' | 'markupPercent'>): Dec {
  return toOre(
    dec(l.unitPrice)
      .times(HUNDRED.plus(dec(l.markupPercent ?? 0)))
      .dividedBy(HUNDRED),
  );
}

/** Line amount excl. VAT: quantity × unit price × (1 + markup) × (1 − discount), rounded to öre. */
export function lineAmount(l: LineInput): Dec {
  return toOre(
    dec(l.quantity)
      .times(dec(l.unitPrice))
      .times(HUNDRED.plus(dec(l.markupPercent ?? 0)))
      .times(HUNDRED.minus(dec(l.discountPercent ?? 0)))
      .dividedBy(HUNDRED.times(HUNDRED)),
  );
}

export type VatMode = 'NORMAL' | 'REVERSE_CHARGE' | 'NO_VAT';

export interface VatGroup {
  rate: Dec;
  base: Dec;
  vat: Dec;
}

export interface InvoiceTotals {
  /** Sum of billable line amounts excl. VAT. */
  subtotal: Dec;
  /** VAT per rate: base and VAT, computed on each rate's sum (not line by line). */
  vatGroups: VatGroup[];
  vatAmount: Dec;
  /** Subtotal + VAT, exact to the öre. */
  total: Dec;
  /** Öresavrundning: the total rounded to whole kronor minus the exact total (kept for bookkeeping, account 3740). */
  rounding: Dec;
  /** The total rounded to whole kronor. */
  roundedTotal: Dec;
}

/**
 * Totals of an invoice. Reverse charge (omvänd betalningsskyldighet) and no-VAT invoices carry
 * no VAT; their bases are still grouped by the lines' rates (reported as reverse-charge sales).
 */
export function invoiceTotals(lines: LineInput[], mode: VatMode): InvoiceTotals {
  const groups = new Map<string, VatGroup>();
  let subtotal = new D(0);
  for (const l of lines) {
    if (l.billable === false) continue;
    const amount = lineAmount(l);
    subtotal = subtotal.plus(amount);
    const rate = dec(l.vatRate);
    const key = rate.toFixed(2);
    const g = groups.get(key) ?? { rate, base: new D(0), vat: new D(0) };
    g.base = g.base.plus(amount);
    groups.set(key, g);
  }
  const vatGroups = [...groups.values()]
    .map((g) => ({ ...g, vat: mode === 'NORMAL' ? toOre(g.base.times(g.rate).dividedBy(HUNDRED)) : new D(0) }))
    .sort((a, b) => b.rate.comparedTo(a.rate));
  const vatAmount = vatGroups.reduce((s, g) => s.plus(g.vat), new D(0));
  const total = subtotal.plus(vatAmount);
  const roundedTotal = roundToKronor(total);
  return { subtotal, vatGroups, vatAmount, total, rounding: roundedTotal.minus(total), roundedTotal };
}

/** Öresavrundning (lag 1970:1029): 1–49 öre down, 50–99 öre up; symmetric for credits. */
export function roundToKronor(v: DecimalLike): Dec {
  const d = dec(v);
  return d.isNegative() ? d.negated().toDecimalPlaces(0, D.ROUND_HALF_UP).negated() : d.toDecimalPlaces(0, D.ROUND_HALF_UP);
}

/** What the customer pays: the rounded total less the tax reduction (whole kronor). */
export function amountToPay(roundedTotal: DecimalLike, taxReduction: DecimalLike): Dec {
  return dec(roundedTotal).minus(dec(taxReduction));
}

/** Amount incl. VAT of one line, as the tax-reduction basis counts it (0 VAT under reverse charge). */
export function lineAmountInclVat(l: LineInput, mode: VatMode): Dec {
  const amount = lineAmount(l);
  return mode === 'NORMAL' ? amount.plus(toOre(amount.times(dec(l.vatRate)).dividedBy(HUNDRED))) : amount;
}

/** Due date: invoice date + the payment terms' days (YYYY-MM-DD in, YYYY-MM-DD out). */
export function dueDate(invoiceDate: string, days: number): string {
  const d = new Date(`${invoiceDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Negates every amount-bearing field for a credit invoice line. */
export function negatedQuantity(q: DecimalLike): Dec {
  return dec(q).negated();
}
