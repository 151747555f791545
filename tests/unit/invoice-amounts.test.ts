import { describe, expect, it } from 'vitest';
import {
  amountToPay,
  dueDate,
  invoiceTotals,
  lineAmount,
  lineAmountInclVat,
  roundToKronor,
  toOre,
  unitPriceWithMarkup,
  type LineInput,
} from '../../src/modules/invoices/amounts.js';

const s = (d: { toFixed(n: number): string }) => d.toFixed(2);

describe('line amounts', () => {
  it.each<[string, LineInput, string]>([
    ['plain', { quantity: '8', unitPrice: '650', vatRate: '25' }, '5200.00'],
    ['fractional hours', { quantity: '7.5', unitPrice: '695', vatRate: '25' }, '5212.50'],
    ['markup 10 %', { quantity: '3', unitPrice: '199.90', markupPercent: '10', vatRate: '25' }, '659.67'],
    ['discount 15 %', { quantity: '2', unitPrice: '1000', discountPercent: '15', vatRate: '25' }, '1700.00'],
    ['markup and discount', { quantity: '1', unitPrice: '100', markupPercent: '20', discountPercent: '10', vatRate: '25' }, '108.00'],
    ['half öre rounds up', { quantity: '1', unitPrice: '0.125', vatRate: '25' }, '0.13'],
    ['credit (negative quantity)', { quantity: '-2', unitPrice: '650', vatRate: '25' }, '-1300.00'],
    ['0.1 + 0.2 style inputs stay exact', { quantity: '3', unitPrice: '0.1', vatRate: '25' }, '0.30'],
  ])('%s', (_n, line, expected) => {
    expect(s(lineAmount(line))).toBe(expected);
  });

  it('shows the unit price with markup', () => {
    expect(s(unitPriceWithMarkup({ unitPrice: '199.90', markupPercent: '10' }))).toBe('219.89');
  });
});

describe('invoice totals', () => {
  it('worked example (swedish-rules §2.8): labour 40,000 + material 10,000 at 25 %', () => {
    const t = invoiceTotals(
      [
        { quantity: '1', unitPrice: '40000', vatRate: '25' },
        { quantity: '1', unitPrice: '10000', vatRate: '25' },
      ],
      'NORMAL',
    );
    expect([s(t.subtotal), s(t.vatAmount), s(t.total), s(t.rounding), s(t.roundedTotal)]).toEqual(['50000.00', '12500.00', '62500.00', '0.00', '62500.00']);
  });

  it('worked example (§3): reverse charge, 80,000 labour + 20,000 material, no VAT', () => {
    const t = invoiceTotals(
      [
        { quantity: '1', unitPrice: '80000', vatRate: '25' },
        { quantity: '1', unitPrice: '20000', vatRate: '25' },
      ],
      'REVERSE_CHARGE',
    );
    expect([s(t.subtotal), s(t.vatAmount), s(t.total)]).toEqual(['100000.00', '0.00', '100000.00']);
    expect(t.vatGroups.map((g) => [g.rate.toFixed(0), s(g.base), s(g.vat)])).toEqual([['25', '100000.00', '0.00']]);
  });

  it('computes VAT per rate on each rate’s sum, highest rate first', () => {
    const t = invoiceTotals(
      [
        { quantity: '1', unitPrice: '0.03', vatRate: '25' },
        { quantity: '1', unitPrice: '0.03', vatRate: '25' },
        { quantity: '2', unitPrice: '100', vatRate: '12' },
        { quantity: '1', unitPrice: '50', vatRate: '6' },
        { quantity: '1', unitPrice: '80', vatRate: '0' },
        { quantity: '5', unitPrice: '1000', vatRate: '25', billable: false },
      ],
      'NORMAL',
    );
    // 0.06 × 25 % = 0.015 → 0.02 on the sum (line by line would give 0.01 + 0.01).
    expect(t.vatGroups.map((g) => [g.rate.toFixed(0), s(g.base), s(g.vat)])).toEqual([
      ['25', '0.06', '0.02'],
      ['12', '200.00', '24.00'],
      ['6', '50.00', '3.00'],
      ['0', '80.00', '0.00'],
    ]);
    expect([s(t.subtotal), s(t.vatAmount), s(t.total), s(t.roundedTotal), s(t.rounding)]).toEqual(['330.06', '27.02', '357.08', '357.00', '-0.08']);
  });

  it('no-VAT invoices carry no VAT', () => {
    const t = invoiceTotals([{ quantity: '1', unitPrice: '999.50', vatRate: '25' }], 'NO_VAT');
    expect([s(t.vatAmount), s(t.total), s(t.roundedTotal), s(t.rounding)]).toEqual(['0.00', '999.50', '1000.00', '0.50']);
  });
});

describe('öresavrundning', () => {
  it.each([
    ['1250.50', '1251.00'],
    ['1250.49', '1250.00'],
    ['1250.44', '1250.00'],
    ['0.50', '1.00'],
    ['-1250.50', '-1251.00'],
    ['-1250.49', '-1250.00'],
  ])('%s → %s', (v, r) => {
    expect(s(roundToKronor(v))).toBe(r);
  });

  it('§2.6: labour incl. VAT 12,345.60 with a 3,703 reduction leaves 8,643 to pay after rounding', () => {
    expect(s(amountToPay(roundToKronor('12345.60'), '3703'))).toBe('8643.00');
  });
});

describe('helpers', () => {
  it('amount incl. VAT of a line, zero VAT under reverse charge', () => {
    expect(s(lineAmountInclVat({ quantity: '1', unitPrice: '9876.48', vatRate: '25' }, 'NORMAL'))).toBe('12345.60');
    expect(s(lineAmountInclVat({ quantity: '1', unitPrice: '100', vatRate: '25' }, 'REVERSE_CHARGE'))).toBe('100.00');
  });
  it.each([
    ['2026-01-15', 30, '2026-02-14'],
    ['2026-02-20', 10, '2026-03-02'],
    ['2028-02-20', 10, '2028-03-01'],
    ['2026-12-20', 15, '2027-01-04'],
    ['2026-03-01', 0, '2026-03-01'],
  ] as const)('due date of %s + %i days is %s', (d, days, due) => {
    expect(dueDate(d, days)).toBe(due);
  });
  it('rounds to öre half up', () => {
    expect(s(toOre('0.005'))).toBe('0.01');
    expect(s(toOre('0.0049'))).toBe('0.00');
  });
});
