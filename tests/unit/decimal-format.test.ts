// Money and Decimal scalars format decimal text (as PostgreSQL writes numeric values) without
// building a Decimal; the result must be exactly what Decimal's toFixed gives.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import { formatDecimal, formatMoney } from '../../src/graphql/types.js';

const SAMPLES = [
  '0',
  '0.00',
  '0.0000',
  '1',
  '25',
  '25.00',
  '12.50',
  '12.5000',
  '2.5000',
  '3.0000',
  '-0.50',
  '-5.00',
  '-1234.5600',
  '450.50',
  '99999999999999.99',
  '1234567890123.4567',
  '0.0001',
  '10',
  '100.10',
  '-10.0100',
  '7',
  '0.10',
  // not in PostgreSQL's form: left to Decimal
  '007',
  '1e3',
  '.5',
  '5.',
  ' 5',
  '-0',
  '-0.00',
  '-0.0000',
  '+3',
];

describe('decimal scalars', () => {
  it.each(SAMPLES)('Decimal %j', (s) => {
    let expected: string | Error;
    try {
      expected = new Prisma.Decimal(s).toFixed();
    } catch (e) {
      expected = e as Error;
    }
    if (expected instanceof Error) expect(() => formatDecimal(s)).toThrow();
    else expect(formatDecimal(s)).toBe(expected);
  });

  it.each(SAMPLES)('Money %j', (s) => {
    let expected: string | Error;
    try {
      expected = new Prisma.Decimal(s).toFixed(2);
    } catch (e) {
      expected = e as Error;
    }
    if (expected instanceof Error) expect(() => formatMoney(s)).toThrow();
    else expect(formatMoney(s)).toBe(expected);
  });

  it('Decimal values and numbers format as before', () => {
    expect(formatDecimal(new Prisma.Decimal('2.50'))).toBe('2.5');
    expect(formatMoney(new Prisma.Decimal('2.5'))).toBe('2.50');
    expect(formatMoney(3)).toBe('3.00');
  });
});
