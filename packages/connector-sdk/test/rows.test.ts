// One accounting row per account and project: which rows merge, exact sums, what a merged row says.
import { describe, expect, it } from 'vitest';
import { invoiceRowsToSend, type MergeInvoiceRowsOptions, mergeInvoiceRows, outputVatPerRate, sumDecimals } from '../src/rows.js';
import type { InvoiceRowRecord } from '../src/types.js';

const row = (over: Partial<InvoiceRowRecord> = {}): InvoiceRowRecord => ({
  description: 'Arbete',
  quantity: '10',
  unit: 'tim',
  unitPrice: '650.00',
  amount: '6500.00',
  vatRate: '25.00',
  accountNumber: 3001,
  projectNumber: '10000',
  projectPartNumber: null,
  costCentreCode: null,
  kind: 'LABOUR',
  taxReduction: null,
  ...over,
});

const plain: MergeInvoiceRowsOptions = { projectParts: false, costCentres: false, taxReduction: false };
const rot = (workType: string, hours: string | null, amount: string) => ({ type: 'ROT' as const, workType, hours, amount });
/** What a test compares: description, amount, account, VAT, project, part, cost centre, kind. */
const brief = (rows: InvoiceRowRecord[]) =>
  rows.map((r) => [r.description, r.amount, r.accountNumber, r.vatRate, r.projectNumber, r.projectPartNumber, r.costCentreCode, r.kind]);

describe('sumDecimals: exact', () => {
  it.each([
    [['0.1', '0.2'], '0.3'],
    [['0.10', '0.20'], '0.30'],
    [['0.1', '0.20'], '0.30'],
    [['1000000000000.01', '0.02'], '1000000000000.03'],
    [['-650.00', '650.00'], '0.00'],
    [['-0.05', '0.01'], '-0.04'],
    [['10', '2.5'], '12.5'],
    [['7'], '7'],
    [[], '0'],
  ])('%j → %s', (values, sum) => {
    expect(sumDecimals(values)).toBe(sum);
  });

  it('refuses what is not a decimal', () => {
    expect(() => sumDecimals(['1e3'])).toThrow(/not a decimal/);
  });
});

describe('mergeInvoiceRows: which rows become one', () => {
  it.each<[string, InvoiceRowRecord[], MergeInvoiceRowsOptions, number]>([
    ['same account, VAT and project', [row(), row({ description: 'Material' })], plain, 1],
    ['different accounts', [row(), row({ accountNumber: 3051 })], plain, 2],
    ['different VAT rates on one account: never merged', [row(), row({ vatRate: '12.00' })], plain, 2],
    ['the same VAT rate spelt differently', [row(), row({ vatRate: '25' })], plain, 1],
    ['different projects', [row(), row({ projectNumber: '10001' })], plain, 2],
    ['different AO/ÄTA, parts not distinguished', [row({ projectPartNumber: '10000_1' }), row({ projectPartNumber: '10000_Ä001' })], plain, 1],
    [
      'different AO/ÄTA, parts distinguished',
      [row({ projectPartNumber: '10000_1' }), row({ projectPartNumber: '10000_Ä001' })],
      { ...plain, projectParts: true },
      2,
    ],
    ['AO and none, parts distinguished', [row({ projectPartNumber: '10000_1' }), row()], { ...plain, projectParts: true }, 2],
    ['different cost centres, not distinguished', [row({ costCentreCode: 'UME' }), row({ costCentreCode: 'LUL' })], plain, 1],
    ['different cost centres, distinguished', [row({ costCentreCode: 'UME' }), row({ costCentreCode: 'LUL' })], { ...plain, costCentres: true }, 2],
    ['labour and material, no tax reduction', [row(), row({ kind: 'MATERIAL' })], plain, 1],
    ['labour and material on a tax-reduction invoice', [row(), row({ kind: 'MATERIAL' })], { ...plain, taxReduction: true }, 2],
    ['material and other on a tax-reduction invoice', [row({ kind: 'MATERIAL' }), row({ kind: 'OTHER' })], { ...plain, taxReduction: true }, 2],
    [
      'two ROT work types on a tax-reduction invoice',
      [row({ taxReduction: rot('Bygg', '2', '100.00') }), row({ taxReduction: rot('El', '1', '50.00') })],
      { ...plain, taxReduction: true },
      2,
    ],
    [
      'labour with and without a work type on a tax-reduction invoice',
      [row({ taxReduction: rot('Bygg', '2', '100.00') }), row()],
      { ...plain, taxReduction: true },
      2,
    ],
    [
      'one ROT work type on a tax-reduction invoice',
      [row({ taxReduction: rot('Bygg', '2', '100.00') }), row({ taxReduction: rot('Bygg', '1', '50.00') })],
      { ...plain, taxReduction: true },
      1,
    ],
  ])('%s', (_name, rows, o, count) => {
    expect(mergeInvoiceRows(rows, o)).toHaveLength(count);
  });

  it('ten lines over two accounts and one project: two rows at the exact sums, in the order of their first line', () => {
    const rows = Array.from({ length: 10 }, (_, i) =>
      row({ description: `Rad ${i + 1}`, amount: `${i + 1}00.10`, unitPrice: `${i + 1}00.10`, quantity: '1', accountNumber: i % 3 === 0 ? 3051 : 3001 }),
    );
    expect(brief(mergeInvoiceRows(rows, plain))).toEqual([
      ['Konto 3051, projekt 10000', '2200.40', 3051, '25.00', '10000', null, null, 'LABOUR'],
      ['Konto 3001, projekt 10000', '3300.60', 3001, '25.00', '10000', null, null, 'LABOUR'],
    ]);
  });

  it('0.1 + 0.2 is 0.30', () => {
    const [m] = mergeInvoiceRows([row({ amount: '0.10', unitPrice: '0.10' }), row({ amount: '0.20', unitPrice: '0.20' })], plain);
    expect(m).toMatchObject({ amount: '0.30', unitPrice: '0.30', quantity: '1', unit: null });
  });

  it('credit rows (negative amounts) sum exactly too', () => {
    const [m] = mergeInvoiceRows([row({ amount: '-6500.00' }), row({ amount: '-1200.55' })], plain);
    expect(m).toMatchObject({ amount: '-7700.55', unitPrice: '-7700.55', quantity: '1' });
  });

  it('a row that merges with nothing is returned exactly as it was', () => {
    const alone = row({ quantity: '2.5', unit: 'st', unitPrice: '99.90', amount: '249.75', projectPartNumber: '10000_1', costCentreCode: 'UME' });
    const other = row({ accountNumber: 3051 });
    const out = mergeInvoiceRows([alone, other], plain);
    expect(out[0]).toBe(alone);
    expect(out[1]).toBe(other);
  });

  it('merged rows sharing a description keep it; a work order/ÄTA or cost centre only when all rows have the same', () => {
    const out = mergeInvoiceRows(
      [
        row({ description: 'Arbete', projectPartNumber: '10000_1', costCentreCode: 'UME' }),
        row({ description: 'Arbete', projectPartNumber: '10000_2', costCentreCode: 'UME' }),
      ],
      plain,
    );
    expect(brief(out)).toEqual([['Arbete', '13000.00', 3001, '25.00', '10000', null, 'UME', 'LABOUR']]);
  });

  it('a merged row of different descriptions is named by its account, project, AO/ÄTA and cost centre when kept apart, and kind on tax-reduction invoices', () => {
    const out = mergeInvoiceRows(
      [
        row({ description: 'A', projectPartNumber: '10000_1', costCentreCode: 'UME', kind: 'MATERIAL' }),
        row({ description: 'B', projectPartNumber: '10000_1', costCentreCode: 'UME', kind: 'MATERIAL' }),
        row({ description: 'C', accountNumber: null, projectNumber: null }),
        row({ description: 'D', accountNumber: null, projectNumber: null }),
      ],
      { projectParts: true, costCentres: true, taxReduction: true },
    );
    expect(out.map((r) => r.description)).toEqual(['Konto 3001, projekt 10000_1, kostnadsställe UME, material', 'Utan konto, arbete']);
  });

  it('two named rows alike but for their VAT rate say their rate', () => {
    const out = mergeInvoiceRows(
      [row({ description: 'A' }), row({ description: 'B', vatRate: '12.00' }), row({ description: 'C' }), row({ description: 'D', vatRate: '12.00' })],
      plain,
    );
    expect(out.map((r) => r.description)).toEqual(['Konto 3001, projekt 10000, moms 25 %', 'Konto 3001, projekt 10000, moms 12 %']);
  });

  it('every merged name fits Fortnox (255) and Visma (2000)', () => {
    const long = 'x'.repeat(20);
    const out = mergeInvoiceRows(
      [
        row({
          description: 'A',
          projectNumber: long,
          projectPartNumber: `${long}_1`,
          costCentreCode: long,
          taxReduction: rot('MarkDraneringarbete', '1', '1.00'),
        }),
        row({
          description: 'B',
          projectNumber: long,
          projectPartNumber: `${long}_1`,
          costCentreCode: long,
          taxReduction: rot('MarkDraneringarbete', '1', '1.00'),
        }),
      ],
      { projectParts: true, costCentres: true, taxReduction: true },
    );
    expect(out[0]!.description.length).toBeLessThanOrEqual(255);
  });
});

describe('mergeInvoiceRows: tax-reduction invoices', () => {
  it('a ROT invoice keeps labour and material apart on the same account; hours and reductions summed per work type', () => {
    const rows = [
      row({ description: 'Snickeri', amount: '6000.00', taxReduction: rot('Bygg', '10', '1800.00') }),
      row({ description: 'Virke', kind: 'MATERIAL', amount: '2000.00', quantity: '1', unitPrice: '2000.00' }),
      row({ description: 'Rivning', amount: '1000.10', taxReduction: rot('Bygg', '1.5', '300.03') }),
      row({ description: 'Elarbete', amount: '800.00', taxReduction: rot('El', '2', '240.00') }),
      row({ description: 'Skruv', kind: 'MATERIAL', amount: '0.20', quantity: '1', unitPrice: '0.20' }),
      row({ description: 'Frakt', kind: 'OTHER', amount: '300.00', quantity: '1', unitPrice: '300.00' }),
    ];
    const out = mergeInvoiceRows(rows, { ...plain, taxReduction: true });
    expect(out.map((r) => [r.description, r.kind, r.amount, r.taxReduction])).toEqual([
      ['Konto 3001, projekt 10000, arbete Bygg', 'LABOUR', '7000.10', rot('Bygg', '11.5', '2100.03')],
      ['Konto 3001, projekt 10000, material', 'MATERIAL', '2000.20', null],
      ['Elarbete', 'LABOUR', '800.00', rot('El', '2', '240.00')],
      ['Frakt', 'OTHER', '300.00', null],
    ]);
  });

  it('hours stay unknown only when no merged row has any', () => {
    const [a] = mergeInvoiceRows([row({ taxReduction: rot('Bygg', null, '1.00') }), row({ taxReduction: rot('Bygg', null, '2.00') })], {
      ...plain,
      taxReduction: true,
    });
    expect(a!.taxReduction).toEqual(rot('Bygg', null, '3.00'));
    const [b] = mergeInvoiceRows([row({ taxReduction: rot('Bygg', null, '1.00') }), row({ taxReduction: rot('Bygg', '0.5', '2.00') })], {
      ...plain,
      taxReduction: true,
    });
    expect(b!.taxReduction).toEqual(rot('Bygg', '0.5', '3.00'));
  });
});

describe('invoiceRowsToSend', () => {
  const rows = [row({ projectPartNumber: '10000_1' }), row({ description: 'Material', projectPartNumber: '10000_2' })];
  it.each<[string, boolean, boolean, number]>([
    ['billable lines (no revenue accounting) go as they are, even alike', false, false, 2],
    ['revenue accounting rows merge over what the connector does not send', true, false, 1],
    ['revenue accounting rows stay apart by what the connector sends', true, true, 2],
  ])('%s', (_name, rowsMerged, projectParts, count) => {
    expect(invoiceRowsToSend({ rows, rowsMerged, taxReductionType: 'NONE' }, { projectParts, costCentres: false })).toHaveLength(count);
  });

  it('on a tax-reduction invoice labour and material stay apart', () => {
    const r = [row(), row({ kind: 'MATERIAL' })];
    expect(invoiceRowsToSend({ rows: r, rowsMerged: true, taxReductionType: 'ROT' }, { projectParts: false, costCentres: false })).toHaveLength(2);
    expect(invoiceRowsToSend({ rows: r, rowsMerged: true, taxReductionType: 'NONE' }, { projectParts: false, costCentres: false })).toHaveLength(1);
  });
});

describe('outputVatPerRate: the output VAT a connector books per rate', () => {
  const r = (amount: string, vatRate: string) => ({ amount, vatRate });
  const ok = (vat: string, rows: { amount: string; vatRate: string }[], reverseCharge = false) => {
    const res = outputVatPerRate({ vat, reverseCharge }, rows);
    if (!res.ok) throw new Error(res.problem.message);
    return res.vat.map((v) => [v.rate, v.amount]);
  };
  it.each([
    // 66.66 × 25 % = 16.665 → 16.67 (half up, on the rate's sum, not per row: 8.33 + 8.33); 2.40; 0.60.
    [
      'per rate on the rate sum, 25 before 12 before 6',
      '19.67',
      [r('10.00', '6.00'), r('33.33', '25.00'), r('33.33', '25'), r('20.00', '12')],
      [
        ['25', '16.67'],
        ['12', '2.40'],
        ['6', '0.60'],
      ],
    ],
    // Rounded per line (0.005 twice) the invoice says 0.02, per rate 0.01: the öre goes to the largest.
    ['rounding left to the largest rate', '0.02', [r('0.02', '25'), r('0.02', '25')], [['25', '0.02']]],
    // 0.10 × 6 % = 0.006 → 0.01, 100.02 × 25 % = 25.005 → 25.01: 25.02 against the invoice's 25.01.
    [
      'what rounding leaves goes to the largest rate, not the first',
      '25.01',
      [r('0.10', '6'), r('100.02', '25')],
      [
        ['25', '25.00'],
        ['6', '0.01'],
      ],
    ],
    ['rates without VAT left out', '25.00', [r('100.00', '25'), r('50.00', '0.00')], [['25', '25.00']]],
    ['a credit: negative amounts', '-25.00', [r('-100.00', '25')], [['25', '-25.00']]],
    ['reverse charge: none', '0.00', [r('100.00', '25')], []],
  ] as const)('%s', (_name, vat, rows, expected) => {
    expect(ok(vat, [...rows], _name.startsWith('reverse'))).toEqual(expected);
  });

  it.each([
    [
      'a difference rounding cannot explain (more than half an öre per row)',
      '25.02',
      false,
      [r('100.00', '25'), r('0.00', '25')],
      'vat-mismatch',
      'vat',
      '0.02',
    ],
    ['VAT without any row with VAT', '1.00', false, [r('100.00', '0')], 'vat-mismatch', 'vat', '1.00'],
    ['a rate that is not Swedish', '8.00', false, [r('100.00', '8')], 'bad-vat-rate', 'rows.0.vatRate', undefined],
    ['reverse charge with VAT', '25.00', true, [r('100.00', '25')], 'vat-mismatch', 'vat', '25.00'],
  ] as const)('refuses %s', (_name, vat, reverseCharge, rows, code, field, difference) => {
    const res = outputVatPerRate({ vat, reverseCharge }, [...rows]);
    expect(res.ok ? null : { code: res.problem.code, field: res.problem.field, difference: res.problem.difference }).toEqual({ code, field, difference });
  });
});
