import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  isReductionEligible,
  lineKindFromAccount,
  lockIssues,
  parseLine,
  vatMode,
  vatModeIssues,
  warnings,
  type LockFacts,
} from '../../src/modules/invoices/rules.js';

describe('line kinds and eligibility', () => {
  it.each([
    ['WORK', 'LABOUR'],
    ['MATERIAL', 'MATERIAL'],
    ['COST', 'OTHER'],
    [null, 'OTHER'],
  ] as const)('account kind %s → %s', (k, kind) => {
    expect(lineKindFromAccount(k)).toBe(kind);
  });

  it.each([
    ['LABOUR', null, true, 'ROT', true],
    ['MATERIAL', null, true, 'ROT', false],
    ['OTHER', null, true, 'RUT', false],
    ['LABOUR', null, true, 'GREEN', true],
    ['MATERIAL', null, true, 'GREEN', true],
    ['OTHER', null, true, 'GREEN', false],
    ['LABOUR', false, true, 'ROT', false],
    ['MATERIAL', true, true, 'ROT', true],
    ['LABOUR', null, false, 'ROT', false],
    ['LABOUR', true, true, 'NONE', false],
  ] as const)('%s (by hand: %s, billable: %s) on %s → %s', (kind, byHand, billable, type, eligible) => {
    expect(isReductionEligible({ kind, reductionEligible: byHand, billable }, type)).toBe(eligible);
  });

  it.each([
    [false, false, 'NORMAL', 0],
    [true, false, 'REVERSE_CHARGE', 0],
    [false, true, 'NO_VAT', 0],
    [true, true, 'REVERSE_CHARGE', 1],
  ] as const)('reverse charge %s, no VAT %s → %s (%i issues)', (reverseCharge, noVat, mode, n) => {
    expect(vatMode({ reverseCharge, noVat })).toBe(mode);
    expect(vatModeIssues({ reverseCharge, noVat })).toHaveLength(n);
  });
});

describe('lines', () => {
  const d = (s: string) => new Prisma.Decimal(s);
  it.each([
    ['complete', { description: 'Arbete', quantity: d('1'), unitPrice: d('100') }, []],
    ['missing required on create', {}, ['description', 'quantity', 'unitPrice']],
    ['bad VAT rate', { description: 'x', quantity: d('1'), unitPrice: d('1'), vatRate: d('20') }, ['vatRate']],
    ['discount over 100 %', { description: 'x', quantity: d('1'), unitPrice: d('1'), discountPercent: d('101') }, ['discountPercent']],
    ['negative markup', { description: 'x', quantity: d('1'), unitPrice: d('1'), markupPercent: d('-1') }, ['markupPercent']],
    ['öre fractions in price', { description: 'x', quantity: d('1'), unitPrice: d('1.001') }, ['unitPrice']],
    ['three-digit account', { description: 'x', quantity: d('1'), unitPrice: d('1'), accountNumber: 300 }, ['accountNumber']],
  ] as const)('%s', (_n, input, paths) => {
    expect(parseLine(input, true).issues.map((i) => i.path)).toEqual(paths);
  });
  it('only checks given fields on update', () => {
    expect(parseLine({ quantity: new Prisma.Decimal('2') }, false).issues).toEqual([]);
  });
});

describe('locking', () => {
  const ok: LockFacts = {
    lineCount: 1,
    reverseCharge: false,
    noVat: false,
    noVatReason: null,
    customerVatNumber: null,
    sellerVatNumber: 'SE556036079301',
    taxReductionType: 'NONE',
    greenCategory: null,
    buyerCount: 0,
    eligibleBasisIsZero: true,
    isCredit: false,
    creditReason: null,
    hasInvoiceAddress: true,
    linesWithoutAccount: 0,
  };
  it.each<[string, Partial<LockFacts>, [string, string][]]>([
    ['a plain invoice', {}, []],
    ['no lines', { lineCount: 0 }, [['lines', 'required']]],
    ['reverse charge without buyer VAT number', { reverseCharge: true }, [['reverseCharge', 'buyer_vat_number_missing']]],
    [
      'reverse charge without seller VAT number',
      { reverseCharge: true, customerVatNumber: 'SE1', sellerVatNumber: null },
      [['reverseCharge', 'seller_vat_number_missing']],
    ],
    ['VAT-free without grounds', { noVat: true }, [['noVatReason', 'required']]],
    [
      'ROT without buyers or eligible lines',
      { taxReductionType: 'ROT' },
      [
        ['taxReductionBuyers', 'required'],
        ['lines', 'no_eligible_lines'],
      ],
    ],
    [
      'ROT with reverse charge',
      { taxReductionType: 'ROT', reverseCharge: true, customerVatNumber: 'SE1', buyerCount: 1, eligibleBasisIsZero: false },
      [['taxReductionType', 'conflict']],
    ],
    ['green without category', { taxReductionType: 'GREEN', buyerCount: 1, eligibleBasisIsZero: false }, [['greenCategory', 'required']]],
    ['credit without reason', { isCredit: true }, [['creditReason', 'required']]],
  ])('%s', (_n, facts, expected) => {
    expect(lockIssues({ ...ok, ...facts }).map((i) => [i.path, i.code])).toEqual(expected);
  });
  it('warns about missing addresses and accounts besides what stops locking', () => {
    expect(warnings({ ...ok, hasInvoiceAddress: false, linesWithoutAccount: 2 })).toEqual([
      'The customer has no invoice address.',
      '2 line(s) have no account.',
    ]);
    expect(warnings({ ...ok, lineCount: 0 })).toEqual(['An invoice needs at least one line.']);
  });
});
