// OCR references of customer invoices (Bankgirot's OCR control levels): the check digit by the
// Luhn rule, optionally with a length digit before it; and the invoice rules built on them.
import { describe, expect, it } from 'vitest';
import { invoiceNumberOfOcr, isValidOcrReference, ocrReference } from '@nordic-invoicing/connector-sdk/se';
import { invoiceOcrReference, normaliseOcrReference } from '../../src/modules/invoices/rules.js';

describe('ocrReference', () => {
  it.each([
    // The textbook Luhn example: 7992739871 → check digit 3.
    ['7992739871', 'CHECK_DIGIT', '79927398713'],
    ['12345', 'CHECK_DIGIT', '123455'],
    ['1', 'CHECK_DIGIT', '18'],
    ['1001', 'CHECK_DIGIT', '10017'],
    // Length digit: the whole reference is 7 digits, so 7, then the check digit over 123457.
    ['12345', 'LENGTH_AND_CHECK_DIGIT', '1234574'],
    // 10 digits with the two added ones: length digit 0.
    ['12345678', 'LENGTH_AND_CHECK_DIGIT', '1234567806'],
    ['not digits', 'CHECK_DIGIT', null],
    ['', 'CHECK_DIGIT', null],
    // Bankgirot allows at most 25 digits.
    ['123456789012345678901234', 'CHECK_DIGIT', '1234567890123456789012340'],
    ['1234567890123456789012345', 'CHECK_DIGIT', null],
  ] as const)('%s by %s → %s', (number, scheme, expected) => {
    const ref = ocrReference(number, scheme);
    expect(ref).toBe(expected);
    if (ref) {
      expect(isValidOcrReference(ref, scheme)).toBe(true);
      expect(invoiceNumberOfOcr(ref, scheme)).toBe(number);
    }
  });

  it.each([
    ['79927398713', 'CHECK_DIGIT', true],
    ['7992 7398 713', 'CHECK_DIGIT', true],
    ['79927398710', 'CHECK_DIGIT', false],
    ['1234574', 'LENGTH_AND_CHECK_DIGIT', true],
    // A valid check digit but the wrong length digit.
    ['123455', 'LENGTH_AND_CHECK_DIGIT', false],
    ['1', 'CHECK_DIGIT', false],
    ['12a4', 'CHECK_DIGIT', false],
  ] as const)('%s is %s valid under %s', (ref, scheme, valid) => {
    expect(isValidOcrReference(ref, scheme)).toBe(valid);
  });

  it('every changed single digit is caught', () => {
    const ref = ocrReference('20261206', 'LENGTH_AND_CHECK_DIGIT')!;
    for (let i = 0; i < ref.length; i++) {
      for (let d = 0; d <= 9; d++) {
        if (String(d) === ref[i]) continue;
        expect(isValidOcrReference(ref.slice(0, i) + d + ref.slice(i + 1), 'LENGTH_AND_CHECK_DIGIT'), `${i}:${d}`).toBe(false);
      }
    }
  });
});

describe('the invoice rules', () => {
  it.each([
    [1001, 'CHECK_DIGIT', '10017'],
    [1001, 'LENGTH_AND_CHECK_DIGIT', '100164'],
    [1001, 'NONE', null],
  ] as const)('invoice %i by %s → %s', (n, scheme, ref) => {
    expect(invoiceOcrReference(n, scheme)).toBe(ref);
  });

  it.each([
    ['1001 7', '10017'],
    ['100-17', '10017'],
    [' 10017 ', '10017'],
    ['1', null],
    ['ABC', null],
  ] as const)('normalises %j → %j', (input, out) => {
    expect(normaliseOcrReference(input)).toBe(out);
  });
});
