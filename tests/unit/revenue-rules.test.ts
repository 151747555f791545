// Revenue accounting rules (pure): posting-rule matching with the product's three worked examples,
// rule-set validation, dimensions, splits, the view's grouping, locking and the reduction spread.
import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  DEFAULT_DIMENSIONS,
  changedBeyondProject,
  dimensionChanges,
  effectiveDimensions,
  groupRevenue,
  keepIncluded,
  matchRule,
  missingDimensions,
  normaliseRule,
  postingRuleIssues,
  requiredCostCentreIssues,
  revenueLockIssues,
  splitIssues,
  spreadReduction,
  type Dimension,
  type LineFacts,
  type PostingRuleInput,
  type RevenueDims,
} from '../../src/modules/revenue/rules.js';

const D = (v: string | number) => new Prisma.Decimal(v);
const rules = (list: PostingRuleInput[]) => list.map(normaliseRule);
const facts = (f: Partial<LineFacts> = {}): LineFacts => ({
  constructionVat: false,
  vatRate: '25',
  customerCategory: 'EXTERNAL',
  costAccount: null,
  lineKind: 'OTHER',
  taxReductionType: 'NONE',
  ...f,
});
const line: RevenueDims = {
  accountNumber: 3001,
  projectId: 'p',
  workOrderId: null,
  changeOrderId: null,
  costCentreId: null,
  dimension5: null,
  dimension6: null,
};
const accountFor = (r: ReturnType<typeof rules>, f: Partial<LineFacts>) => r[matchRule(r, facts(f))!]!.accountNumber;

describe('posting rules: example 1 (3001 at 25 %, 3231 reverse charge as the default)', () => {
  const r = rules([{ accountNumber: 3231 }, { accountNumber: 3001, constructionVat: 'EXCLUDED' }]);
  it.each([
    ['construction VAT', { constructionVat: true }, 3231],
    ['25 % VAT', { constructionVat: false }, 3001],
    ['12 % VAT, no construction VAT', { vatRate: '12' }, 3001],
    ['construction VAT, labour', { constructionVat: true, lineKind: 'LABOUR' as const }, 3231],
  ])('%s → %i', (_n, f, account) => expect(accountFor(r, f)).toBe(account));
});

describe('posting rules: example 2 (four accounts, external and intra-group)', () => {
  const r = rules([
    { accountNumber: 3231 },
    { accountNumber: 3001, constructionVat: 'EXCLUDED', customerCategory: 'EXTERNAL' },
    { accountNumber: 3011, constructionVat: 'EXCLUDED', customerCategory: 'INTRA_GROUP' },
    { accountNumber: 3232, constructionVat: 'INCLUDED', customerCategory: 'INTRA_GROUP' },
  ]);
  it.each([
    ['external, construction VAT', { constructionVat: true, customerCategory: 'EXTERNAL' as const }, 3231],
    ['external, 25 %', { constructionVat: false, customerCategory: 'EXTERNAL' as const }, 3001],
    ['intra-group, 25 %', { constructionVat: false, customerCategory: 'INTRA_GROUP' as const }, 3011],
    ['intra-group, construction VAT', { constructionVat: true, customerCategory: 'INTRA_GROUP' as const }, 3232],
  ])('%s → %i', (_n, f, account) => expect(accountFor(r, f)).toBe(account));
});

describe('posting rules: example 3 (goods vs services at 25 %, time-reporting cost accounts → services)', () => {
  const r = rules([
    { accountNumber: 3051, description: 'Material sales' },
    { accountNumber: 3231, constructionVat: 'INCLUDED' },
    { accountNumber: 3041, constructionVat: 'EXCLUDED', costAccounts: [7010, 7011] },
  ]);
  it.each([
    ['material cost account', { costAccount: 4010 }, 3051],
    ['no cost account', { costAccount: null }, 3051],
    ['time reporting 7010', { costAccount: 7010 }, 3041],
    ['time reporting 7011', { costAccount: 7011 }, 3041],
    ['time reporting under construction VAT (row 2 comes first)', { costAccount: 7010, constructionVat: true }, 3231],
    ['material under construction VAT', { costAccount: 4010, constructionVat: true }, 3231],
  ])('%s → %i', (_n, f, account) => expect(accountFor(r, f)).toBe(account));
});

describe('posting rules: every criterion, first matching exception wins', () => {
  const r = rules([
    { accountNumber: 3000 },
    { accountNumber: 3100, vatRate: D(12) },
    { accountNumber: 3200, lineKind: 'LABOUR', taxReductionType: 'ROT' },
    { accountNumber: 3300, lineKind: 'LABOUR' },
    { accountNumber: 3400, taxReductionType: 'RUT' },
  ]);
  it.each([
    ['nothing matches → default', {}, 3000],
    ['VAT 12', { vatRate: '12.00' }, 3100],
    ['VAT 12 and labour: row 2 is first', { vatRate: '12', lineKind: 'LABOUR' as const }, 3100],
    ['ROT labour', { lineKind: 'LABOUR' as const, taxReductionType: 'ROT' as const }, 3200],
    ['labour without ROT', { lineKind: 'LABOUR' as const }, 3300],
    ['RUT material', { lineKind: 'MATERIAL' as const, taxReductionType: 'RUT' as const }, 3400],
    ['ROT material → default', { lineKind: 'MATERIAL' as const, taxReductionType: 'ROT' as const }, 3000],
  ])('%s → %i', (_n, f, account) => expect(accountFor(r, f)).toBe(account));

  it('has no rule without rules, and the default always matches', () => {
    expect(matchRule([], facts())).toBeNull();
    expect(matchRule(rules([{ accountNumber: 3001 }]), facts({ constructionVat: true, vatRate: '0' }))).toBe(0);
  });
});

describe('rule-set validation', () => {
  it.each<[string, PostingRuleInput[], [string, string][]]>([
    ['a default and an exception', [{ accountNumber: 3231 }, { accountNumber: 3001, constructionVat: 'EXCLUDED' }], []],
    ['criteria on the default', [{ accountNumber: 3231, lineKind: 'LABOUR' }], [['rules.0', 'default_has_criteria']]],
    ['an exception without criteria', [{ accountNumber: 3231 }, { accountNumber: 3001, constructionVat: 'EITHER' }], [['rules.1', 'no_criteria']]],
    [
      'bad numbers and VAT',
      [{ accountNumber: 30 }, { accountNumber: 3001, vatRate: D(20), costAccounts: [70100] }],
      [
        ['rules.0.accountNumber', 'invalid'],
        ['rules.1.vatRate', 'invalid_vat_rate'],
        ['rules.1.costAccounts.0', 'invalid'],
      ],
    ],
  ])('%s', (_n, input, expected) => {
    expect(postingRuleIssues(input).map((i) => [i.path, i.code])).toEqual(expected);
  });
});

describe('posting dimensions', () => {
  it('defaults to account and project, included and mandatory', () => {
    expect(effectiveDimensions([]).map((d) => [d.number, d.included, d.mandatory])).toEqual([
      [1, true, true],
      [2, true, true],
      [3, false, false],
      [4, false, false],
      [5, false, false],
      [6, false, false],
    ]);
  });
  it.each<[string, Parameters<typeof dimensionChanges>[1], [string, string][]]>([
    ['work order included and mandatory', [{ number: 3, included: true, mandatory: true }], []],
    ['a named free dimension', [{ number: 5, included: true, name: 'Region' }], []],
    ['account switched off', [{ number: 1, included: false }], [['dimensions.0.included', 'account_required']]],
    ['mandatory but not included', [{ number: 4, mandatory: true }], [['dimensions.0.mandatory', 'not_included']]],
    ['a name on a fixed dimension', [{ number: 2, name: 'X' }], [['dimensions.0.name', 'not_free']]],
    [
      'number 7 and twice 3',
      [{ number: 7 }, { number: 3 }, { number: 3 }],
      [
        ['dimensions.0.number', 'out_of_range'],
        ['dimensions.2.number', 'duplicate'],
      ],
    ],
  ])('%s', (_n, input, expected) => {
    expect(dimensionChanges(DEFAULT_DIMENSIONS, input).issues.map((i) => [i.path, i.code])).toEqual(expected);
  });

  const dims = (over: Partial<Record<number, Partial<Dimension>>>) => effectiveDimensions([]).map((d) => ({ ...d, ...over[d.number] }));
  it.each<[string, Partial<Record<number, Partial<Dimension>>>, Partial<RevenueDims>, number[]]>([
    ['defaults, complete', {}, {}, []],
    ['no account', {}, { accountNumber: null }, [1]],
    ['AO mandatory, none', { 3: { included: true, mandatory: true } }, {}, [3]],
    ['AO mandatory, an ÄTA counts', { 3: { included: true, mandatory: true } }, { changeOrderId: 'c' }, []],
    ['cost centre and dimension 6 mandatory', { 4: { included: true, mandatory: true }, 6: { included: true, mandatory: true } }, { dimension6: 'x' }, [4]],
  ])('missing mandatory dimensions: %s', (_n, over, change, expected) => {
    expect(missingDimensions({ ...line, ...change }, dims(over))).toEqual(expected);
  });

  it('drops dimensions that are not included (no dimension 3: revenue goes to the main project)', () => {
    expect(keepIncluded({ ...line, workOrderId: 'w', costCentreId: 'k', dimension5: 'x' }, dims({ 4: { included: true } }))).toEqual({
      ...line,
      workOrderId: null,
      changeOrderId: null,
      costCentreId: 'k',
      dimension5: null,
    });
  });
});

describe('split lines', () => {
  it.each<[string, string[], string, [string, string][]]>([
    ['adds up', ['100.00', '250.50'], '350.50', []],
    ['one part', ['350.50'], '350.50', []],
    ['negative credit parts', ['-100', '-250.50'], '-350.50', []],
    ['short by one öre', ['100.00', '250.49'], '350.50', [['parts', 'sum_mismatch']]],
    [
      'three decimals',
      ['100.005', '250.495'],
      '350.50',
      [
        ['parts.0.amount', 'too_many_decimals'],
        ['parts.1.amount', 'too_many_decimals'],
      ],
    ],
    ['nothing', [], '1', [['parts', 'required']]],
  ])('%s', (_n, parts, amount, expected) => {
    expect(
      splitIssues(
        parts.map((a) => ({ amount: D(a) })),
        amount,
      ).map((i) => [i.path, i.code]),
    ).toEqual(expected);
  });

  it('the restricted level may change project, work order and ÄTA only', () => {
    expect(changedBeyondProject(line, { projectId: 'q', workOrderId: 'w', changeOrderId: null })).toEqual([]);
    expect(changedBeyondProject(line, { accountNumber: 3001 })).toEqual([]);
    expect(changedBeyondProject(line, { accountNumber: 3231, costCentreId: 'k', dimension5: 'x' })).toEqual(['accountNumber', 'costCentreId', 'dimension5']);
  });
});

describe('the Revenue Accounting view', () => {
  const l = (id: string, accountNumber: number, amount: string, more: Partial<RevenueDims & { kind: 'LABOUR' | 'MATERIAL' | 'OTHER' }> = {}) => ({
    id,
    accountNumber,
    amount: D(amount),
    kind: 'OTHER' as const,
    projectId: 'p',
    workOrderId: null,
    changeOrderId: null,
    costCentreId: null,
    dimension5: null,
    dimension6: null,
    ...more,
  });
  const lines = [
    l('a', 3001, '100', { kind: 'LABOUR', workOrderId: 'w1' }),
    l('b', 3001, '50', { kind: 'MATERIAL', workOrderId: 'w2' }),
    l('c', 3231, '10'),
    l('d', 3001, '5', { kind: 'OTHER', workOrderId: 'w1' }),
    l('e', 3001, '1', { kind: 'LABOUR', costCentreId: 'k' }),
  ];
  const shape = (g: ReturnType<typeof groupRevenue>) =>
    g.map((x) => [x.accountNumber, x.workOrderId, x.costCentreId, x.kind, x.amount.toFixed(2), x.lines.map((y) => y.id).join('')]);
  it('one row per account + project + cost centre without dimension 3', () => {
    expect(shape(groupRevenue(lines, DEFAULT_DIMENSIONS, false))).toEqual([
      [3001, null, null, null, '155.00', 'abd'],
      [3231, null, null, null, '10.00', 'c'],
      [3001, null, 'k', null, '1.00', 'e'],
    ]);
  });
  it('and per work order/ÄTA when dimension 3 is included', () => {
    const dims = effectiveDimensions([{ number: 3, included: true, mandatory: false, name: null }]);
    expect(shape(groupRevenue(lines, dims, false)).map((r) => r.slice(0, 2).concat(r.slice(4)))).toEqual([
      [3001, 'w1', '105.00', 'ad'],
      [3001, 'w2', '50.00', 'b'],
      [3231, null, '10.00', 'c'],
      [3001, null, '1.00', 'e'],
    ]);
  });
  it('keeps labour, material and other apart on tax-reduction invoices', () => {
    expect(shape(groupRevenue(lines, DEFAULT_DIMENSIONS, true))).toEqual([
      [3001, null, null, 'LABOUR', '100.00', 'a'],
      [3001, null, null, 'MATERIAL', '50.00', 'b'],
      [3231, null, null, 'OTHER', '10.00', 'c'],
      [3001, null, null, 'OTHER', '5.00', 'd'],
      [3001, null, 'k', 'LABOUR', '1.00', 'e'],
    ]);
  });
});

describe('locking with revenue accounting active', () => {
  const rl = (amount: string, more: Partial<RevenueDims> = {}) => ({
    accountNumber: 3001,
    projectId: 'p',
    workOrderId: null,
    changeOrderId: null,
    costCentreId: null,
    dimension5: null,
    dimension6: null,
    amount,
    position: 1,
    isBalancePosting: false,
    ...more,
  });
  it.each<[string, Parameters<typeof revenueLockIssues>[0], [string, string][]]>([
    ['complete', { netAmount: '150', revenueLines: [rl('100'), rl('50')], basisAmount: '150', basisRows: 2, dimensions: DEFAULT_DIMENSIONS }, []],
    [
      'invoice from before activation (Q&A)',
      { netAmount: '150', revenueLines: [], basisAmount: '0', basisRows: 0, dimensions: DEFAULT_DIMENSIONS },
      [['revenueLines', 'revenue_accounting_missing']],
    ],
    ['empty invoice', { netAmount: '0', revenueLines: [], basisAmount: '0', basisRows: 0, dimensions: DEFAULT_DIMENSIONS }, []],
    [
      'a mandatory dimension missing',
      { netAmount: '100', revenueLines: [rl('100', { accountNumber: null })], basisAmount: '100', basisRows: 1, dimensions: DEFAULT_DIMENSIONS },
      [['revenueLines.0.accountNumber', 'dimension_missing']],
    ],
    [
      'revenue short of the net amount',
      { netAmount: '150', revenueLines: [rl('100')], basisAmount: '150', basisRows: 1, dimensions: DEFAULT_DIMENSIONS },
      [['revenueLines', 'sum_mismatch']],
    ],
    [
      'basis edited off the net amount',
      { netAmount: '100', revenueLines: [rl('100')], basisAmount: '90', basisRows: 1, dimensions: DEFAULT_DIMENSIONS },
      [['accountingBasis', 'sum_mismatch']],
    ],
  ])('%s', (_n, f, expected) => {
    expect(revenueLockIssues(f).map((i) => [i.path, i.code])).toEqual(expected);
  });
});

describe('spreading the tax reduction over the basis', () => {
  it.each<[string, [string, boolean][], string, string[]]>([
    [
      'all on the one eligible row',
      [
        ['40000', true],
        ['10000', false],
      ],
      '15000',
      ['15000.00', '0.00'],
    ],
    [
      'in proportion, the öre left over to the row that lost most (the first on a tie)',
      [
        ['100', true],
        ['100', true],
        ['100', true],
      ],
      '100',
      ['33.34', '33.33', '33.33'],
    ],
    [
      'nine lines of 1.00 and one of 0.01 sharing 0.05: no row is more than an öre off (the last row used to get −0.04)',
      [...Array.from({ length: 9 }, () => ['1.00', true] as [string, boolean]), ['0.01', true]],
      '0.05',
      ['0.01', '0.01', '0.01', '0.01', '0.01', '0.00', '0.00', '0.00', '0.00', '0.00'],
    ],
    [
      'the öre go by the largest remainder, not by position',
      [
        ['10', true],
        ['20', true],
        ['70', true],
      ],
      '0.07',
      ['0.01', '0.01', '0.05'],
    ],
    ['no reduction', [['100', true]], '0', ['0.00']],
    ['nothing eligible', [['100', false]], '50', ['0.00']],
    [
      'credit (negative)',
      [
        ['-300', true],
        ['-100', true],
      ],
      '-100',
      ['-75.00', '-25.00'],
    ],
  ])('%s', (_n, rows, total, expected) => {
    expect(
      spreadReduction(
        rows.map(([amount, eligible]) => ({ amount, eligible })),
        total,
      ).map((d) => d.toFixed(2)),
    ).toEqual(expected);
  });

  it('in 5,000 random invoices every row is within an öre of its exact share and the rows add up to the reduction', () => {
    // A fixed-seed generator (mulberry32), so a failure can be replayed.
    let seed = 20261206;
    const rnd = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = seed;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (let k = 0; k < 5000; k++) {
      const rows = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => ({
        amount: (Math.floor(rnd() * 5_000_000) / 100 + 0.01).toFixed(2),
        eligible: rnd() < 0.8,
      }));
      const base = rows.filter((r) => r.eligible).reduce((sum, r) => sum + Number(r.amount), 0);
      const reduction = (Math.floor(rnd() * Math.min(base, 75_000) * 30) / 100).toFixed(2);
      const out = spreadReduction(rows, reduction);
      expect(out.reduce((sum, d) => sum.plus(d), new Prisma.Decimal(0)).toFixed(2)).toBe(base > 0 ? reduction : '0.00');
      if (base === 0) continue;
      const eligibleBase = rows.filter((r) => r.eligible).reduce((sum, r) => sum.plus(r.amount), new Prisma.Decimal(0));
      rows.forEach((r, n) => {
        const fair = r.eligible ? new Prisma.Decimal(reduction).times(r.amount).dividedBy(eligibleBase) : new Prisma.Decimal(0);
        expect(out[n]!.minus(fair).abs().lessThan('0.01'), `invoice ${k}, row ${n}`).toBe(true);
      });
    }
  });
});

describe('a customer that requires a cost centre (requiredCostCentreIssues)', () => {
  const withCc = (mandatory: boolean): Dimension[] => DEFAULT_DIMENSIONS.map((d) => (d.number === 4 ? { ...d, included: true, mandatory } : d));
  const cc = (id: string | null) => ({ costCentreId: id });
  it.each([
    ['dimension not included', DEFAULT_DIMENSIONS, [cc('a')], [cc('a')], [['revenueLines', 'cost_centre_not_included']]],
    ['all named', withCc(false), [cc('a'), cc('b')], [cc('a'), cc('b')], []],
    [
      'a revenue line and a basis row without',
      withCc(false),
      [cc('a'), cc(null)],
      [cc(null), cc('b')],
      [
        ['revenueLines.1.costCentreId', 'required'],
        ['accountingBasis.0.costCentreId', 'required'],
      ],
    ],
    [
      'mandatory already: the revenue line is left to the dimension check',
      withCc(true),
      [cc(null)],
      [cc(null)],
      [['accountingBasis.0.costCentreId', 'required']],
    ],
    ['nothing to check', withCc(false), [], [], []],
  ] as const)('%s', (_name, dimensions, revenueLines, basisRows, expected) => {
    const issues = requiredCostCentreIssues('1001', { dimensions, revenueLines, basisRows });
    expect(issues.map((i) => [i.path, i.code])).toEqual(expected);
    for (const i of issues) expect(i.message).toContain('Customer 1001 requires a cost centre');
  });
});
