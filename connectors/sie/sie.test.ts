// The SIE export's pure heart (mappers.ts): the voucher of an invoice, table by table (each row an
// invoice and the voucher rows expected: account, objects, amount, debit positive), the product's
// revenue-accounting worked examples, the refusals naming the invoice, the header, and the round
// trip through the SDK's writer and reader. The amounts of every invoice are written out by hand
// from the rules of the invoice (VAT per rate on the rate's sum, öresavrundning to whole kronor,
// the tax reduction off the amount to pay), never computed with the code under test.
import type { InvoiceRecord, InvoiceRowRecord } from '@nordic-invoicing/connector-sdk';
import { readSieFile, writeSieToBuffer } from '@nordic-invoicing/connector-sdk/sie';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  fiscalYearsOf,
  invoiceVoucher,
  invoicesSieModel,
  type SieCompany,
  SieExportError,
  type SieExportSettings,
  type SieInvoiceVoucher,
  sieExportSettings,
  sieHeader,
  usedInVouchers,
} from './mappers.js';

// ---------------------------------------------------------------------------------------------
// Builders

function row(amount: string, o: Partial<InvoiceRowRecord> = {}): InvoiceRowRecord {
  return {
    description: 'Arbete',
    quantity: '1',
    unit: null,
    unitPrice: amount,
    amount,
    vatRate: '25.00',
    accountNumber: 3001,
    projectNumber: '10000',
    projectPartNumber: null,
    costCentreCode: null,
    kind: 'LABOUR',
    taxReduction: null,
    ...o,
  };
}

type Totals = Pick<InvoiceRecord, 'net' | 'vat' | 'rounding' | 'total' | 'amountToPay'>;

function invoice(rows: InvoiceRowRecord[], totals: Totals, o: Partial<InvoiceRecord> = {}): InvoiceRecord {
  return {
    id: `inv-${o.number ?? 17}`,
    number: 17,
    isCredit: false,
    creditOf: null,
    customerId: 'c1',
    customerNumber: 'K100',
    invoiceDate: '2026-03-30',
    bookkeepingDate: '2026-03-31',
    dueDate: '2026-04-29',
    yourReference: null,
    ourReference: null,
    projectNumber: '10000',
    reverseCharge: false,
    currency: 'SEK',
    taxReductionType: 'NONE',
    taxReductionAmount: '0.00',
    buyers: [],
    rows,
    rowsMerged: true,
    externalNumber: null,
    paidDate: null,
    lockedAt: '2026-03-30T10:00:00.000Z',
    updatedAt: '2026-03-30T10:00:00.000Z',
    ...totals,
    ...o,
  };
}

const buyer = (name: string, pnr: string, amount: string) => ({
  name,
  personalIdentityNumber: pnr,
  amount,
  propertyDesignation: 'Stockholm Gamla stan 1:1',
  brfOrganisationNumber: null,
  apartmentNumber: null,
});

/** A voucher's rows as [account, objects "dim:id …", amount]. */
type Expected = [string, string, string][];
const shape = (v: Pick<SieInvoiceVoucher, 'rows'>): Expected =>
  v.rows.map((r) => [r.account, r.objects.map((x) => `${x.dimension}:${x.id}`).join(' '), r.amount]);
const settings = (o: Partial<SieExportSettings> = {}) => sieExportSettings(o);

// ---------------------------------------------------------------------------------------------
// Invoices

const plain = invoice([row('1000.00')], { net: '1000.00', vat: '250.00', rounding: '0.00', total: '1250.00', amountToPay: '1250.00' });

// 25 %: 1000.00 → 250.00; 12 %: 333.33 → 39.9996 → 40.00; 6 %: 99.99 → 5.9994 → 6.00.
// Total 1433.32 + 296.00 = 1729.32, rounded to 1730 (+0.68).
const mixed = invoice(
  [
    row('1000.00', { accountNumber: 3001 }),
    row('333.33', { accountNumber: 3002, vatRate: '12.00', description: 'Livsmedel' }),
    row('99.99', { accountNumber: 3003, vatRate: '6.00', description: 'Böcker' }),
  ],
  { net: '1433.32', vat: '296.00', rounding: '0.68', total: '1729.32', amountToPay: '1730.00' },
);

// A credit invoice: the record carries every amount negated.
const credit = invoice(
  [
    row('-1000.00', { accountNumber: 3001 }),
    row('-333.33', { accountNumber: 3002, vatRate: '12.00', description: 'Livsmedel' }),
    row('-99.99', { accountNumber: 3003, vatRate: '6.00', description: 'Böcker' }),
  ],
  { net: '-1433.32', vat: '-296.00', rounding: '-0.68', total: '-1729.32', amountToPay: '-1730.00' },
  { number: 18, isCredit: true, creditOf: { id: 'inv-17', number: 17, externalNumber: null } },
);

// Reverse charge: the line keeps its rate, the invoice carries no VAT.
const reverse = invoice(
  [row('10000.00', { accountNumber: 3231 })],
  { net: '10000.00', vat: '0.00', rounding: '0.00', total: '10000.00', amountToPay: '10000.00' },
  { reverseCharge: true },
);

// ROT, two buyers: labour 30000 + 10000 (one work type) and material 10000, all on 3001. Labour
// incl. VAT 50000 × 30 % = 15000, 7500 per buyer; to pay 62500 − 15000.
const rotWork = (amount: string, hours: string, reduction: string) =>
  row(amount, { kind: 'LABOUR', taxReduction: { type: 'ROT', workType: 'BYGG', hours, amount: reduction } });
const rot = invoice(
  [rotWork('30000.00', '60', '11250.00'), row('10000.00', { kind: 'MATERIAL', description: 'Material' }), rotWork('10000.00', '20', '3750.00')],
  { net: '50000.00', vat: '12500.00', rounding: '0.00', total: '62500.00', amountToPay: '47500.00' },
  {
    taxReductionType: 'ROT',
    taxReductionAmount: '15000.00',
    buyers: [buyer('Anna Andersson', '198001012387', '7500.00'), buyer('Bertil Andersson', '197902022398', '7500.00')],
  },
);

// RUT: 2000 incl. VAT 2500, 50 % = 1250.
const rut = invoice(
  [row('2000.00', { taxReduction: { type: 'RUT', workType: 'STÄDNING', hours: '4', amount: '1250.00' } })],
  { net: '2000.00', vat: '500.00', rounding: '0.00', total: '2500.00', amountToPay: '1250.00' },
  { taxReductionType: 'RUT', taxReductionAmount: '1250.00', buyers: [buyer('Anna Andersson', '198001012387', '1250.00')] },
);

// Green technology (battery storage, 50 %): 8000 incl. VAT 10000 → 5000.
const green = invoice(
  [
    row('8000.00', {
      kind: 'MATERIAL',
      description: 'Batteri installerat',
      taxReduction: { type: 'GREEN', workType: 'BATTERI', hours: null, amount: '5000.00' },
    }),
  ],
  { net: '8000.00', vat: '2000.00', rounding: '0.00', total: '10000.00', amountToPay: '5000.00' },
  { taxReductionType: 'GREEN', taxReductionAmount: '5000.00', buyers: [buyer('Anna Andersson', '198001012387', '5000.00')] },
);

// Öresavrundning up (99.90 + 24.975 → 24.98 = 124.88 → 125) and down (100.20 + 25.05 = 125.25 → 125).
const roundUp = invoice([row('99.90')], { net: '99.90', vat: '24.98', rounding: '0.12', total: '124.88', amountToPay: '125.00' });
const roundDown = invoice([row('100.20')], { net: '100.20', vat: '25.05', rounding: '-0.25', total: '125.25', amountToPay: '125.00' });

// Work order and ÄTA rows of project 10000, and one on the main project.
const parts = invoice([row('5000.00', { projectPartNumber: '10000_1' }), row('2000.00', { projectPartNumber: '10000_Ä001' }), row('1000.00')], {
  net: '8000.00',
  vat: '2000.00',
  rounding: '0.00',
  total: '10000.00',
  amountToPay: '10000.00',
});

// Cost centres on one account: rows stay apart by cost centre.
const centres = invoice(
  [row('600.00', { costCentreCode: 'K1' }), row('400.00', { costCentreCode: 'K2' }), row('100.00', { costCentreCode: 'K1', description: 'Resa' })],
  { net: '1100.00', vat: '275.00', rounding: '0.00', total: '1375.00', amountToPay: '1375.00' },
);

// The invoice's VAT was computed line by line (0.01 more than per rate): the öre goes to the largest rate.
// 25 %: 100.02 + 100.02 → 50.01 (per line 25.005 → 25.01 twice = 50.02); 12 %: 10.00 → 1.20.
const lineByLine = invoice(
  [row('100.02', { description: 'A' }), row('100.02', { description: 'B' }), row('10.00', { accountNumber: 3002, vatRate: '12.00' })],
  { net: '210.04', vat: '51.22', rounding: '-0.26', total: '261.26', amountToPay: '261.00' },
  { rowsMerged: false },
);

describe('invoiceVoucher: one voucher per invoice, debit positive', () => {
  it.each<[string, InvoiceRecord, Partial<SieExportSettings>, Expected]>([
    [
      'plain 25 %',
      plain,
      {},
      [
        ['1510', '', '1250.00'],
        ['3001', '6:10000', '-1000.00'],
        ['2611', '', '-250.00'],
      ],
    ],
    [
      'mixed 25/12/6 % with öresavrundning',
      mixed,
      {},
      [
        ['1510', '', '1730.00'],
        ['3001', '6:10000', '-1000.00'],
        ['3002', '6:10000', '-333.33'],
        ['3003', '6:10000', '-99.99'],
        ['2611', '', '-250.00'],
        ['2621', '', '-40.00'],
        ['2631', '', '-6.00'],
        ['3740', '', '-0.68'],
      ],
    ],
    [
      'reverse charge: no output VAT',
      reverse,
      {},
      [
        ['1510', '', '10000.00'],
        ['3231', '6:10000', '-10000.00'],
      ],
    ],
    [
      'ROT with two buyers: one claim on 1513, labour and material apart on one account',
      rot,
      {},
      [
        ['1510', '', '47500.00'],
        ['1513', '', '15000.00'],
        ['3001', '6:10000', '-40000.00'],
        ['3001', '6:10000', '-10000.00'],
        ['2611', '', '-12500.00'],
      ],
    ],
    [
      'RUT',
      rut,
      {},
      [
        ['1510', '', '1250.00'],
        ['1513', '', '1250.00'],
        ['3001', '6:10000', '-2000.00'],
        ['2611', '', '-500.00'],
      ],
    ],
    [
      'green technology, on the tax-reduction account the settings name',
      green,
      { taxReductionAccount: '1514' },
      [
        ['1510', '', '5000.00'],
        ['1514', '', '5000.00'],
        ['3001', '6:10000', '-8000.00'],
        ['2611', '', '-2000.00'],
      ],
    ],
    [
      'rounding up: credited on 3740',
      roundUp,
      {},
      [
        ['1510', '', '125.00'],
        ['3001', '6:10000', '-99.90'],
        ['2611', '', '-24.98'],
        ['3740', '', '-0.12'],
      ],
    ],
    [
      'rounding down: debited on 3740',
      roundDown,
      {},
      [
        ['1510', '', '125.00'],
        ['3001', '6:10000', '-100.20'],
        ['2611', '', '-25.05'],
        ['3740', '', '0.25'],
      ],
    ],
    [
      'credit invoice: every sign turned',
      credit,
      {},
      [
        ['1510', '', '-1730.00'],
        ['3001', '6:10000', '1000.00'],
        ['3002', '6:10000', '333.33'],
        ['3003', '6:10000', '99.99'],
        ['2611', '', '250.00'],
        ['2621', '', '40.00'],
        ['2631', '', '6.00'],
        ['3740', '', '0.68'],
      ],
    ],
    [
      'credit of a ROT invoice: the claim on Skatteverket reversed too',
      {
        ...rot,
        number: 19,
        isCredit: true,
        creditOf: { id: 'inv-17', number: 17, externalNumber: null },
        rows: rot.rows.map((r) => ({
          ...r,
          amount: `-${r.amount}`,
          unitPrice: `-${r.unitPrice}`,
          taxReduction: r.taxReduction && { ...r.taxReduction, amount: `-${r.taxReduction.amount}` },
        })),
        net: '-50000.00',
        vat: '-12500.00',
        total: '-62500.00',
        amountToPay: '-47500.00',
        taxReductionAmount: '-15000.00',
        buyers: rot.buyers.map((b) => ({ ...b, amount: '-7500.00' })),
      },
      {},
      [
        ['1510', '', '-47500.00'],
        ['1513', '', '-15000.00'],
        ['3001', '6:10000', '40000.00'],
        ['3001', '6:10000', '10000.00'],
        ['2611', '', '12500.00'],
      ],
    ],
    [
      'projectLevel project: work order and ÄTA rows on the main project, merged',
      parts,
      { projectLevel: 'project' },
      [
        ['1510', '', '10000.00'],
        ['3001', '6:10000', '-8000.00'],
        ['2611', '', '-2000.00'],
      ],
    ],
    [
      'projectLevel workOrder: the work order and the ÄTA as the project object',
      parts,
      { projectLevel: 'workOrder' },
      [
        ['1510', '', '10000.00'],
        ['3001', '6:10000_1', '-5000.00'],
        ['3001', '6:10000_Ä001', '-2000.00'],
        ['3001', '6:10000', '-1000.00'],
        ['2611', '', '-2000.00'],
      ],
    ],
    [
      'cost centres as dimension 1, rows apart per cost centre',
      centres,
      {},
      [
        ['1510', '', '1375.00'],
        ['3001', '1:K1 6:10000', '-700.00'],
        ['3001', '1:K2 6:10000', '-400.00'],
        ['2611', '', '-275.00'],
      ],
    ],
    [
      'VAT reconciled to the invoice: the rounding difference on the largest rate',
      lineByLine,
      {},
      [
        ['1510', '', '261.00'],
        ['3001', '6:10000', '-100.02'],
        ['3001', '6:10000', '-100.02'],
        ['3002', '6:10000', '-10.00'],
        ['2611', '', '-50.02'],
        ['2621', '', '-1.20'],
        ['3740', '', '0.26'],
      ],
    ],
    [
      "the invoice's own receivables account, other VAT accounts and series",
      { ...plain, receivablesAccount: 1519 },
      { vatAccounts: { '25': '2610' }, series: 'K' },
      [
        ['1519', '', '1250.00'],
        ['3001', '6:10000', '-1000.00'],
        ['2610', '', '-250.00'],
      ],
    ],
  ])('%s', (_name, inv, s, expected) => {
    const v = invoiceVoucher(inv, settings(s));
    expect(shape(v)).toEqual(expected);
    expect(v.rows.reduce((sum, r) => sum + Math.round(Number(r.amount) * 100), 0)).toBe(0);
    expect(v.date).toBe(inv.bookkeepingDate);
    expect(v.series).toBe(s.series ?? 'F');
  });

  it('a credit invoice is the voucher of its original with every sign turned', () => {
    const original = invoiceVoucher({ ...mixed, number: 17 }, DEFAULT_SETTINGS);
    const reversed = invoiceVoucher(credit, DEFAULT_SETTINGS);
    expect(shape(reversed)).toEqual(shape(original).map(([a, o, amount]) => [a, o, amount.startsWith('-') ? amount.slice(1) : `-${amount}`]));
  });

  it('names the invoice and customer in the text and the reference', () => {
    expect(invoiceVoucher(plain, DEFAULT_SETTINGS)).toMatchObject({ ref: 'Invoice 17', series: 'F', date: '2026-03-31', text: 'Faktura 17 K100' });
    expect(invoiceVoucher(credit, DEFAULT_SETTINGS)).toMatchObject({ ref: 'Credit invoice 18', text: 'Kreditfaktura 18 K100 kredit av faktura 17' });
  });
});

// ---------------------------------------------------------------------------------------------
// The product's revenue-accounting worked examples (the revenue accounting guide among the seeds):
// the posting rules decide each line's account, the basis for the accounting system carries one
// row per account and project (per work order/ÄTA when dimension 3 is included; labour and
// material/other apart on tax-reduction invoices), and the export books that basis.

describe('the revenue-accounting worked examples as vouchers', () => {
  it.each<[string, InvoiceRecord, Partial<SieExportSettings>, Expected]>([
    [
      'example 1: sale at 25 % on 3001 (two lines, one row per account and project)',
      invoice([row('3000.00', { accountNumber: 3001 }), row('1000.00', { accountNumber: 3001, kind: 'MATERIAL', description: 'Material' })], {
        net: '4000.00',
        vat: '1000.00',
        rounding: '0.00',
        total: '5000.00',
        amountToPay: '5000.00',
      }),
      {},
      [
        ['1510', '', '5000.00'],
        ['3001', '6:10000', '-4000.00'],
        ['2611', '', '-1000.00'],
      ],
    ],
    [
      'example 1: construction VAT (reverse charge) on 3231, the default rule',
      invoice(
        [row('20000.00', { accountNumber: 3231 }), row('5000.00', { accountNumber: 3231, kind: 'MATERIAL' })],
        {
          net: '25000.00',
          vat: '0.00',
          rounding: '0.00',
          total: '25000.00',
          amountToPay: '25000.00',
        },
        { reverseCharge: true },
      ),
      {},
      [
        ['1510', '', '25000.00'],
        ['3231', '6:10000', '-25000.00'],
      ],
    ],
    [
      'example 2: intra-group sale at 25 % on 3011',
      invoice([row('8000.00', { accountNumber: 3011 })], { net: '8000.00', vat: '2000.00', rounding: '0.00', total: '10000.00', amountToPay: '10000.00' }),
      {},
      [
        ['1510', '', '10000.00'],
        ['3011', '6:10000', '-8000.00'],
        ['2611', '', '-2000.00'],
      ],
    ],
    [
      'example 2: intra-group construction VAT on 3232',
      invoice(
        [row('8000.00', { accountNumber: 3232 })],
        { net: '8000.00', vat: '0.00', rounding: '0.00', total: '8000.00', amountToPay: '8000.00' },
        { reverseCharge: true },
      ),
      {},
      [
        ['1510', '', '8000.00'],
        ['3232', '6:10000', '-8000.00'],
      ],
    ],
    [
      'example 3: goods on 3051 and services (time-reporting cost accounts) on 3041, one VAT row for both',
      invoice(
        [
          row('4500.00', { accountNumber: 3041, description: 'Arbete 10 h' }),
          row('1234.56', { accountNumber: 3051, kind: 'MATERIAL', description: 'Material' }),
          row('500.00', { accountNumber: 3041, description: 'Arbete 1 h' }),
        ],
        // 6234.56 × 25 % = 1558.64; 7793.20 → 7793 (−0.20).
        { net: '6234.56', vat: '1558.64', rounding: '-0.20', total: '7793.20', amountToPay: '7793.00' },
      ),
      {},
      [
        ['1510', '', '7793.00'],
        ['3041', '6:10000', '-5000.00'],
        ['3051', '6:10000', '-1234.56'],
        ['2611', '', '-1558.64'],
        ['3740', '', '0.20'],
      ],
    ],
    [
      'dimension 3 included: project 10000 work order 2 is its own project, 10000_2',
      invoice([row('6000.00', { projectPartNumber: '10000_2' }), row('4000.00', { projectPartNumber: '10000_2', kind: 'MATERIAL' })], {
        net: '10000.00',
        vat: '2500.00',
        rounding: '0.00',
        total: '12500.00',
        amountToPay: '12500.00',
      }),
      { projectLevel: 'workOrder' },
      [
        ['1510', '', '12500.00'],
        ['3001', '6:10000_2', '-10000.00'],
        ['2611', '', '-2500.00'],
      ],
    ],
    [
      'dimension 3 not included: work order 2 posts against the main project 10000',
      invoice([row('6000.00', { projectPartNumber: '10000_2' }), row('4000.00', { projectPartNumber: '10000_2', kind: 'MATERIAL' })], {
        net: '10000.00',
        vat: '2500.00',
        rounding: '0.00',
        total: '12500.00',
        amountToPay: '12500.00',
      }),
      { projectLevel: 'project' },
      [
        ['1510', '', '12500.00'],
        ['3001', '6:10000', '-10000.00'],
        ['2611', '', '-2500.00'],
      ],
    ],
    [
      'split line: a fixed price spread over four work orders/ÄTA',
      invoice(
        [
          row('40000.00', { description: 'Fast pris', projectPartNumber: '10000_1' }),
          row('30000.00', { description: 'Fast pris', projectPartNumber: '10000_2' }),
          row('20000.00', { description: 'Fast pris', projectPartNumber: '10000_Ä001' }),
          row('10000.00', { description: 'Fast pris', projectPartNumber: '10000_Ä002' }),
        ],
        { net: '100000.00', vat: '25000.00', rounding: '0.00', total: '125000.00', amountToPay: '125000.00' },
      ),
      { projectLevel: 'workOrder' },
      [
        ['1510', '', '125000.00'],
        ['3001', '6:10000_1', '-40000.00'],
        ['3001', '6:10000_2', '-30000.00'],
        ['3001', '6:10000_Ä001', '-20000.00'],
        ['3001', '6:10000_Ä002', '-10000.00'],
        ['2611', '', '-25000.00'],
      ],
    ],
    [
      'tax reduction: labour and material apart although both are on 3001, split over two ROT work types',
      invoice(
        [
          row('8000.00', { taxReduction: { type: 'ROT', workType: 'BYGG', hours: '16', amount: '3000.00' } }),
          row('4000.00', { taxReduction: { type: 'ROT', workType: 'EL', hours: '8', amount: '1500.00' } }),
          row('3000.00', { kind: 'MATERIAL', description: 'Material' }),
          row('200.00', { kind: 'OTHER', description: 'Resa' }),
        ],
        // Labour incl. VAT 15000 × 30 % = 4500; 15200 + 3800 = 19000; to pay 14500.
        { net: '15200.00', vat: '3800.00', rounding: '0.00', total: '19000.00', amountToPay: '14500.00' },
        { taxReductionType: 'ROT', taxReductionAmount: '4500.00', buyers: [buyer('Anna Andersson', '198001012387', '4500.00')] },
      ),
      {},
      [
        ['1510', '', '14500.00'],
        ['1513', '', '4500.00'],
        ['3001', '6:10000', '-8000.00'],
        ['3001', '6:10000', '-4000.00'],
        ['3001', '6:10000', '-3000.00'],
        ['3001', '6:10000', '-200.00'],
        ['2611', '', '-3800.00'],
      ],
    ],
  ])('%s', (_name, inv, s, expected) => {
    expect(shape(invoiceVoucher(inv, settings(s)))).toEqual(expected);
  });
});

// ---------------------------------------------------------------------------------------------
// Refusals

function refusal(run: () => unknown): SieExportError {
  try {
    run();
  } catch (e) {
    if (e instanceof SieExportError) return e;
    throw e;
  }
  throw new Error('expected a SieExportError');
}

describe('refusals name the invoice and what is wrong', () => {
  it.each<[string, InvoiceRecord, Partial<SieExportSettings>, Partial<SieExportError>]>([
    [
      'unbalanced: the amount to pay does not match the total',
      { ...plain, amountToPay: '1240.00' },
      {},
      {
        code: 'unbalanced',
        invoice: 'Invoice 17',
        field: 'rows',
        difference: '-10.00',
        message: 'Invoice 17: the voucher does not balance: its rows sum to -10.00, not zero',
      },
    ],
    [
      'unbalanced: the rows do not add up to the net',
      { ...plain, rows: [row('999.99')], vat: '250.00' },
      {},
      { code: 'unbalanced', invoice: 'Invoice 17', difference: '0.01' },
    ],
    ['a tax reduction without a type', { ...plain, taxReductionAmount: '100.00' }, {}, { code: 'unbalanced', field: 'taxReductionAmount' }],
    [
      'a row without an account',
      { ...plain, rows: [row('1000.00', { accountNumber: null })] },
      {},
      { code: 'missing-account', invoice: 'Invoice 17', field: 'rows.0.accountNumber' },
    ],
    ['a rate without a VAT account', mixed, { vatAccounts: { '25': '2611', '12': '2621' } }, { code: 'missing-vat-account', field: 'vatAccounts.6' }],
    ['a rate that is no Swedish rate', { ...plain, rows: [row('1000.00', { vatRate: '24.00' })] }, {}, { code: 'bad-vat-rate', field: 'rows.0.vatRate' }],
    ['VAT on a reverse-charge invoice', { ...reverse, vat: '2500.00' }, {}, { code: 'vat-mismatch', field: 'vat', difference: '2500.00' }],
    [
      'VAT that rounding cannot explain',
      { ...plain, vat: '251.00', total: '1251.00', amountToPay: '1251.00' },
      {},
      { code: 'vat-mismatch', difference: '1.00' },
    ],
    ['VAT without a rate that carries VAT', { ...plain, rows: [row('1000.00', { vatRate: '0' })] }, {}, { code: 'vat-mismatch', difference: '250.00' }],
    ['an amount finer than öre', { ...plain, rows: [row('1000.005')] }, {}, { code: 'bad-amount', field: 'rows.0.amount' }],
    ['a credit invoice is named as one', { ...credit, amountToPay: '-1729.00' }, {}, { code: 'unbalanced', invoice: 'Credit invoice 18', difference: '1.00' }],
    [
      'a credit invoice whose amounts are not negated',
      { ...mixed, number: 18, isCredit: true, creditOf: { id: 'inv-17', number: 17, externalNumber: null } },
      {},
      { code: 'bad-amount', invoice: 'Credit invoice 18', field: 'total' },
    ],
    [
      'nothing to book',
      invoice([row('0.00')], { net: '0.00', vat: '0.00', rounding: '0.00', total: '0.00', amountToPay: '0.00' }),
      {},
      { code: 'no-rows', invoice: 'Invoice 17' },
    ],
  ])('%s', (_name, inv, s, expected) => {
    expect(refusal(() => invoiceVoucher(inv, settings(s)))).toMatchObject(expected);
  });

  it.each<[string, Partial<SieExportSettings>, string]>([
    ['series', { series: 'F 1' }, 'series'],
    ['receivables account', { receivablesAccount: '15x0' }, 'receivablesAccount'],
    ['tax-reduction account', { taxReductionAccount: '' }, 'taxReductionAccount'],
    ['rounding account', { roundingAccount: '37' }, 'roundingAccount'],
    ['VAT rate', { vatAccounts: { '20': '2611' } }, 'vatAccounts.20'],
    ['VAT account', { vatAccounts: { '25': 'moms' } }, 'vatAccounts.25'],
    ['project level', { projectLevel: 'ao' as 'project' }, 'projectLevel'],
  ])('a bad setting is refused naming it: %s', (_name, s, field) => {
    expect(refusal(() => sieExportSettings(s))).toMatchObject({ code: 'bad-setting', field });
  });

  it('defaults to the BAS accounts and series F; rates are read as the same rate however written', () => {
    expect(sieExportSettings()).toEqual({
      series: 'F',
      receivablesAccount: '1510',
      taxReductionAccount: '1513',
      vatAccounts: { '25': '2611', '12': '2621', '6': '2631' },
      roundingAccount: '3740',
      projectLevel: 'project',
    });
    expect(sieExportSettings({ vatAccounts: { '25.00': '2611', '06': '2631' } }).vatAccounts).toEqual({ '25': '2611', '6': '2631' });
  });
});

// ---------------------------------------------------------------------------------------------
// Header and file

const company: SieCompany = {
  name: 'Bygg & Måleri "Norr" AB',
  orgNr: '5566778899',
  program: { name: 'Nordic Invoicing', version: '1.0' },
  generated: { date: '2026-04-01', sign: 'Admin' },
  fiscalYears: [{ index: 0, start: '2026-01-01', end: '2026-12-31' }],
};

describe('sieHeader', () => {
  it('names the company, its accounts and the objects used, each once and sorted', () => {
    const header = sieHeader(
      company,
      [{ number: '3001', name: 'Försäljning 25 %' }, { number: '1510' }, { number: '3001' }, { number: '9999' }],
      [
        { dimension: '6', id: '10000_1', name: 'Arbetsorder 1' },
        { dimension: '1', id: 'K1', name: 'Stockholm' },
        { dimension: '6', id: '10000' },
      ],
    );
    expect(header).toEqual({
      program: { name: 'Nordic Invoicing', version: '1.0' },
      generated: { date: '2026-04-01', sign: 'Admin' },
      companyName: 'Bygg & Måleri "Norr" AB',
      orgNr: '556677-8899',
      fiscalYears: [{ index: 0, start: '2026-01-01', end: '2026-12-31' }],
      accounts: [
        { number: '1510', name: 'Kundfordringar' },
        { number: '3001', name: 'Försäljning 25 %' },
        { number: '9999', name: 'Konto 9999' },
      ],
      dimensions: [
        { number: '1', name: 'Kostnadsställe' },
        { number: '6', name: 'Projekt' },
      ],
      objects: [
        { dimension: '1', id: 'K1', name: 'Stockholm' },
        { dimension: '6', id: '10000', name: '10000' },
        { dimension: '6', id: '10000_1', name: 'Arbetsorder 1' },
      ],
    });
  });

  it('declares no dimension without objects; takes a sole trader’s personnummer', () => {
    const header = sieHeader({ ...company, orgNr: '19800101-2387' }, [{ number: '1510' }], []);
    expect(header.dimensions).toEqual([]);
    expect(header.orgNr).toBe('800101-2387');
  });

  it('refuses a company without a valid organisation number, naming the field', () => {
    expect(refusal(() => sieHeader({ ...company, orgNr: '5566778898' }, [], []))).toMatchObject({ code: 'bad-setting', field: 'orgNr' });
  });

  it('lists the accounts and objects the vouchers use', () => {
    const vouchers = [invoiceVoucher(centres, DEFAULT_SETTINGS), invoiceVoucher(rot, DEFAULT_SETTINGS)];
    const used = usedInVouchers(vouchers);
    expect(used.accounts.map((a) => a.number).sort()).toEqual(['1510', '1513', '2611', '3001']);
    expect(used.objects).toEqual([
      { dimension: '1', id: 'K1' },
      { dimension: '6', id: '10000' },
      { dimension: '1', id: 'K2' },
    ]);
  });
});

describe('round trip: vouchers written with the SDK writer and read back with its reader', () => {
  const invoices = [plain, mixed, { ...credit, number: 18 }, reverse, rot, rut, green, roundDown, parts, centres].map((inv, i) => ({
    ...inv,
    number: 100 + i,
    bookkeepingDate: `2026-0${1 + (i % 9)}-15`,
  }));
  const s = settings({ projectLevel: 'workOrder' });

  it('gives the same vouchers, rows, objects and amounts; PC8 with a verified #KSUMMA', async () => {
    const model = invoicesSieModel(company, invoices, s, {
      accounts: [{ number: '3001', name: 'Försäljning byggtjänster 25 %' }],
      objects: [{ dimension: '6', id: '10000_Ä001', name: 'ÄTA 1 - Tillägg kök' }],
    });
    const bytes = await writeSieToBuffer(model);
    const file = await readSieFile(bytes);
    expect(file.encoding).toBe('cp437');
    expect(file.checksumVerified).toBe(true);
    expect(file.issues).toEqual([]);

    const text = iconv.decode(bytes, 'cp437');
    for (const line of ['#FLAGGA 0', '#FORMAT PC8', '#SIETYP 4', '#ORGNR 556677-8899', '#RAR 0 20260101 20261231', '#GEN 20260401 "Admin"'])
      expect(text.split('\r\n')).toContain(line);
    expect(text).toContain('#FNAMN "Bygg & Måleri \\"Norr\\" AB"');
    expect(text).toContain('#OBJEKT 6 "10000_Ä001" "ÄTA 1 - Tillägg kök"');

    expect(file.header).toMatchObject({ companyName: 'Bygg & Måleri "Norr" AB', orgNr: { orgNr: '556677-8899' }, sieType: '4', format: 'PC8' });
    expect(file.vouchers).toHaveLength(invoices.length);
    file.vouchers.forEach((read, i) => {
      const written = model.vouchers[i]!;
      expect({ series: read.series, date: read.date, text: read.text }).toEqual({ series: 'F', date: invoices[i]!.bookkeepingDate, text: written.text });
      expect(read.issues).toEqual([]);
      expect(read.rows.map((r) => [r.account, r.objects.map((o) => `${o.dimension}:${o.id}`).join(' '), r.amount.toFixed(2)])).toEqual(shape(written));
    });
    expect([...file.accounts.keys()].sort()).toEqual(['1510', '1513', '2611', '2621', '2631', '3001', '3002', '3003', '3231', '3740']);
    expect(file.accounts.get('3001')?.name).toBe('Försäljning byggtjänster 25 %');
    expect(file.dimensions.map((d) => [d.number, d.name])).toEqual([
      ['1', 'Kostnadsställe'],
      ['6', 'Projekt'],
    ]);
    expect(file.objects.map((o) => `${o.dimension}:${o.id}`)).toEqual(['1:K1', '1:K2', '6:10000', '6:10000_1', '6:10000_Ä001']);
  });

  it('the writer refuses a voucher the mapper would not have made (the mapper checks balance first)', () => {
    expect(refusal(() => invoicesSieModel(company, [...invoices, { ...plain, number: 999, amountToPay: '1249.00' }], s))).toMatchObject({
      invoice: 'Invoice 999',
      difference: '-1.00',
    });
  });
});

describe('fiscalYearsOf: the #RAR records of the vouchers’ dates', () => {
  it.each([
    { dates: ['2026-03-01'], start: 1, rar: [[0, '2026-01-01', '2026-12-31']] },
    { dates: ['2026-12-31', '2026-01-01'], start: 1, rar: [[0, '2026-01-01', '2026-12-31']] },
    {
      dates: ['2025-12-30', '2026-01-02'],
      start: 1,
      rar: [
        [0, '2026-01-01', '2026-12-31'],
        [-1, '2025-01-01', '2025-12-31'],
      ],
    },
    { dates: ['2026-04-30', '2025-05-01'], start: 5, rar: [[0, '2025-05-01', '2026-04-30']] },
    {
      dates: ['2026-05-01', '2024-06-15'],
      start: 5,
      rar: [
        [0, '2026-05-01', '2027-04-30'],
        [-1, '2025-05-01', '2026-04-30'],
        [-2, '2024-05-01', '2025-04-30'],
      ],
    },
    { dates: ['2024-02-10'], start: 3, rar: [[0, '2023-03-01', '2024-02-29']] },
    { dates: [], start: 1, rar: [] },
  ])('$dates from month $start', ({ dates, start, rar }) => {
    expect(fiscalYearsOf(dates, start).map((y) => [y.index, y.start, y.end])).toEqual(rar);
  });

  it('refuses a month that is not one', () => {
    expect(() => fiscalYearsOf(['2026-01-01'], 13)).toThrow(expect.objectContaining({ code: 'bad-setting', field: 'fiscalYearStartMonth' }));
  });
});
