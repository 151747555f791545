import { describe, expect, it } from 'vitest';
import { buyerIssues, computeReduction, reductionPercent, remainingCap, shareIssues } from '../../src/modules/invoices/tax-reduction.js';

const none = { rot: 0, rut: 0, green: 0 };
const buyers = (n: number) => Array.from({ length: n }, (_, i) => ({ key: `b${i}`, usedThisYear: none }));

describe('rates by payment date', () => {
  it.each([
    ['ROT', '2025-05-11', null, 30],
    ['ROT', '2025-05-12', null, 50],
    ['ROT', '2025-12-31', null, 50],
    ['ROT', '2026-01-01', null, 30],
    ['RUT', '2026-06-01', null, 50],
    ['GREEN', '2022-06-01', 'SOLAR', 15],
    ['GREEN', '2025-06-30', 'SOLAR', 20],
    ['GREEN', '2025-07-01', 'SOLAR', 15],
    ['GREEN', '2026-03-01', 'BATTERY', 50],
    ['GREEN', '2026-03-01', 'EV_CHARGER', 50],
  ] as const)('%s paid %s (%s) → %i %%', (type, date, cat, pct) => {
    expect(reductionPercent(type, date, cat)).toBe(pct);
  });
});

describe('worked examples (swedish-rules §2.6, §2.8)', () => {
  it('labour incl. VAT 12,345.60 × 30 % = 3,703.68 → 3,703 (rounded down)', () => {
    const r = computeReduction({ type: 'ROT', basisInclVat: '12345.60', paymentDate: '2026-03-01', buyers: buyers(1) });
    expect(r.total.toFixed(2)).toBe('3703.00');
  });
  it.each([
    ['2026-04-10', '15000.00', '7500.00'],
    ['2025-09-01', '25000.00', '12500.00'],
  ])('two buyers, labour 50,000 incl. VAT, paid %s → %s total, %s each', (date, total, each) => {
    const r = computeReduction({ type: 'ROT', basisInclVat: '50000', paymentDate: date, buyers: buyers(2) });
    expect(r.total.toFixed(2)).toBe(total);
    expect(r.perBuyer.map((b) => b.amount.toFixed(2))).toEqual([each, each]);
  });
  it('green: EV charger 20,000 at a turnkey fixed price → 97 % × 50 % = 9,700', () => {
    const r = computeReduction({
      type: 'GREEN',
      greenCategory: 'EV_CHARGER',
      basisInclVat: '20000',
      paymentDate: '2026-02-01',
      fixedPriceTurnkey: true,
      buyers: buyers(1),
    });
    expect(r.total.toFixed(2)).toBe('9700.00');
  });
  it('green: solar 150,000 at 15 % turnkey → 21,825', () => {
    const r = computeReduction({
      type: 'GREEN',
      greenCategory: 'SOLAR',
      basisInclVat: '150000',
      paymentDate: '2026-02-01',
      fixedPriceTurnkey: true,
      buyers: buyers(1),
    });
    expect(r.total.toFixed(2)).toBe('21825.00');
  });
});

describe('yearly caps', () => {
  it.each([
    ['ROT, nothing used', 'ROT', none, '50000'],
    ['ROT, 45,000 ROT used', 'ROT', { rot: 45000, rut: 0, green: 0 }, '5000'],
    ['ROT limited by ROT+RUT', 'ROT', { rot: 40000, rut: 30000, green: 0 }, '5000'],
    ['RUT, ROT used counts', 'RUT', { rot: 50000, rut: 0, green: 0 }, '25000'],
    ['RUT exhausted', 'RUT', { rot: 10000, rut: 70000, green: 0 }, '0'],
    ['green separate', 'GREEN', { rot: 50000, rut: 25000, green: 20000 }, '30000'],
  ] as const)('%s → %s left', (_n, type, used, left) => {
    expect(remainingCap(type, used).toFixed(0)).toBe(left);
  });

  it('limits each buyer by their own cap', () => {
    const r = computeReduction({
      type: 'ROT',
      basisInclVat: '200000',
      paymentDate: '2026-05-01',
      buyers: [
        { key: 'a', usedThisYear: { rot: 45000, rut: 0, green: 0 } },
        { key: 'b', usedThisYear: none },
      ],
    });
    // 30 % of 200,000 = 60,000, 30,000 each; a has 5,000 left.
    expect(r.perBuyer.map((b) => [b.key, b.amount.toFixed(0), b.capped])).toEqual([
      ['a', '5000', true],
      ['b', '30000', false],
    ]);
    expect(r.total.toFixed(0)).toBe('35000');
  });

  it('splits by given shares and rounds each down', () => {
    const r = computeReduction({
      type: 'RUT',
      basisInclVat: '10001',
      paymentDate: '2026-05-01',
      buyers: [
        { key: 'a', sharePercent: '70', usedThisYear: none },
        { key: 'b', sharePercent: '30', usedThisYear: none },
      ],
    });
    expect(r.perBuyer.map((b) => b.amount.toFixed(2))).toEqual(['3500.00', '1500.00']);
  });
});

describe('buyers', () => {
  const person = { identityNumber: '200001012384', propertyDesignation: 'VÄSTERÅS BJÖRKEN 3:14', brfOrganisationNumber: null, apartmentNumber: null };
  it.each([
    ['a ROT buyer with a property', 'ROT', person, []],
    ['a condominium', 'ROT', { ...person, propertyDesignation: null, brfOrganisationNumber: '7176004583', apartmentNumber: '1102' }, []],
    ['no home', 'ROT', { ...person, propertyDesignation: null }, [['b.propertyDesignation', 'required']]],
    [
      'condominium without apartment',
      'ROT',
      { ...person, propertyDesignation: null, brfOrganisationNumber: '7176004583' },
      [['b.apartmentNumber', 'required']],
    ],
    ['condominium without association', 'GREEN', { ...person, propertyDesignation: null, apartmentNumber: '1102' }, [['b.brfOrganisationNumber', 'required']]],
    ['RUT needs no property', 'RUT', { ...person, propertyDesignation: null }, []],
    ['an organisation number', 'RUT', { ...person, identityNumber: '5560360793' }, [['b.personalIdentityNumber', 'required']]],
    ['a minor (born 2017)', 'ROT', { ...person, identityNumber: '201701012393' }, [['b.personalIdentityNumber', 'minor']]],
  ] as const)('%s', (_n, type, facts, expected) => {
    expect(buyerIssues(type, facts, 2026, 'b').map((i) => [i.path, i.code])).toEqual(expected);
  });

  it.each([
    [[{}, {}], []],
    [[{ sharePercent: '60' }, { sharePercent: '40' }], []],
    [[{ sharePercent: '60' }, {}], ['shares_incomplete']],
    [[{ sharePercent: '60' }, { sharePercent: '30' }], ['shares_not_100']],
  ])('shares %j', (b, codes) => {
    expect(shareIssues(b).map((i) => i.code)).toEqual(codes);
  });
});
