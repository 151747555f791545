// The supplier-invoice voucher (mappers.ts, supplierInvoiceVoucher), table by table: each row a
// supplier invoice and the voucher rows expected (account, objects, amount, debit positive),
// written out by hand: the total credited on the supplier debt, each cost row debited on its
// account with cost centre (dimension 1) and project or work order/ÄTA (dimension 6), the input
// VAT debited, öresavrundning; a credit note with every sign turned; the refusals naming the
// supplier invoice; the settings' defaults and refusals; the round trip through the SDK's writer
// and reader.
import type { SupplierInvoiceRecord, SupplierInvoiceRowRecord } from '@nordic-invoicing/connector-sdk';
import { readSieFile, writeSieToBuffer } from '@nordic-invoicing/connector-sdk/sie';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUPPLIER_SETTINGS,
  type SieCompany,
  SieExportError,
  type SieSupplierExportSettings,
  sieHeader,
  sieSupplierExportSettings,
  supplierInvoiceReference,
  supplierInvoiceVoucher,
  usedInVouchers,
} from './mappers.js';

function row(amount: string, o: Partial<SupplierInvoiceRowRecord> = {}): SupplierInvoiceRowRecord {
  return {
    accountNumber: 4010,
    projectNumber: '10000',
    projectPartNumber: null,
    costCentreCode: null,
    amount,
    vatRate: '25.00',
    description: 'Material',
    ...o,
  };
}

function supplierInvoice(o: Partial<SupplierInvoiceRecord> & Pick<SupplierInvoiceRecord, 'net' | 'vat' | 'total' | 'rows'>): SupplierInvoiceRecord {
  return {
    id: 'si-1',
    supplier: { id: 's-1', number: '200', name: 'Plåt AB', organisationNumber: null, vatNumber: null, bankgiro: null, plusgiro: null, iban: null },
    invoiceNumber: 'A-1',
    invoiceDate: '2026-11-05',
    dueDate: '2026-12-05',
    currency: 'SEK',
    ocr: null,
    description: null,
    file: null,
    approvedAt: '2026-11-06T10:00:00.000Z',
    externalNumber: null,
    bookkept: false,
    updatedAt: '2026-11-06T10:00:00.000Z',
    ...o,
  };
}

const settings = (o: Partial<SieSupplierExportSettings> = {}) => sieSupplierExportSettings(o);
/** [account, "dim:id dim:id", amount] per voucher row. */
const rowsOf = (inv: SupplierInvoiceRecord, s = settings()) =>
  supplierInvoiceVoucher(inv, s).rows.map((r) => [r.account, r.objects.map((x) => `${x.dimension}:${x.id}`).join(' '), r.amount]);

function refusal(fn: () => unknown): SieExportError {
  try {
    fn();
  } catch (err) {
    if (err instanceof SieExportError) return err;
    throw err;
  }
  throw new Error('not refused');
}

describe('supplierInvoiceVoucher: the rows', () => {
  it.each<[string, SupplierInvoiceRecord, Partial<SieSupplierExportSettings>, string[][]]>([
    [
      'one cost row at 25 %: debt credited, cost and input VAT debited',
      supplierInvoice({ net: '1000.00', vat: '250.00', total: '1250.00', rows: [row('1000.00')] }),
      {},
      [
        ['2440', '', '-1250.00'],
        ['4010', '6:10000', '1000.00'],
        ['2641', '', '250.00'],
      ],
    ],
    [
      'rows on two accounts, a cost centre and an ÄTA on the main project (project level)',
      supplierInvoice({
        net: '800.00',
        vat: '161.00',
        total: '961.00',
        rows: [
          row('500.00', { costCentreCode: 'CC1', projectPartNumber: '10000_Ä001' }),
          row('300.00', { accountNumber: 5410, vatRate: '12.00', projectNumber: '10001' }),
        ],
      }),
      {},
      [
        ['2440', '', '-961.00'],
        ['4010', '1:CC1 6:10000', '500.00'],
        ['5410', '6:10001', '300.00'],
        ['2641', '', '161.00'],
      ],
    ],
    [
      'workOrder level: the ÄTA or work order as the project object; a row without project has none',
      supplierInvoice({
        net: '700.00',
        vat: '175.00',
        total: '875.00',
        rows: [row('500.00', { projectPartNumber: '10000_Ä001' }), row('150.00', { projectPartNumber: '10000_1' }), row('50.00', { projectNumber: null })],
      }),
      { projectLevel: 'workOrder' },
      [
        ['2440', '', '-875.00'],
        ['4010', '6:10000_Ä001', '500.00'],
        ['4010', '6:10000_1', '150.00'],
        ['4010', '', '50.00'],
        ['2641', '', '175.00'],
      ],
    ],
    [
      'a credit note (negative total): every sign turned',
      supplierInvoice({ net: '-400.00', vat: '-100.00', total: '-500.00', rows: [row('-400.00', { costCentreCode: 'CC1' })] }),
      {},
      [
        ['2440', '', '500.00'],
        ['4010', '1:CC1 6:10000', '-400.00'],
        ['2641', '', '-100.00'],
      ],
    ],
    [
      'öresavrundning: a total rounded to whole kronor books the difference',
      supplierInvoice({ net: '99.90', vat: '24.98', total: '125.00', rows: [row('99.90')] }),
      {},
      [
        ['2440', '', '-125.00'],
        ['4010', '6:10000', '99.90'],
        ['2641', '', '24.98'],
        ['3740', '', '0.12'],
      ],
    ],
    [
      'no VAT (0 %): no VAT row; a zero row is left out',
      supplierInvoice({ net: '300.00', vat: '0.00', total: '300.00', rows: [row('300.00', { vatRate: '0.00' }), row('0.00')] }),
      {},
      [
        ['2440', '', '-300.00'],
        ['4010', '6:10000', '300.00'],
      ],
    ],
    [
      'the accounts and series of the settings',
      supplierInvoice({ net: '100.00', vat: '25.00', total: '125.00', rows: [row('100.00')] }),
      { supplierDebtAccount: '2441', inputVatAccount: '2640' },
      [
        ['2441', '', '-125.00'],
        ['4010', '6:10000', '100.00'],
        ['2640', '', '25.00'],
      ],
    ],
  ])('%s', (_name, inv, s, expected) => {
    expect(rowsOf(inv, settings(s))).toEqual(expected);
    const sum = supplierInvoiceVoucher(inv, settings(s)).rows.reduce((t, r) => t + Math.round(Number(r.amount) * 100), 0);
    expect(sum).toBe(0);
  });

  it('is booked on the invoice date in the supplier series, text naming the invoice and supplier', () => {
    const inv = supplierInvoice({ net: '100.00', vat: '25.00', total: '125.00', rows: [row('100.00')] });
    expect(supplierInvoiceVoucher(inv, settings())).toMatchObject({
      ref: 'Supplier invoice A-1 Plåt AB (200)',
      series: 'LF',
      date: '2026-11-05',
      text: 'Leverantörsfaktura A-1 Plåt AB',
    });
    const credit = supplierInvoice({ invoiceNumber: 'K-9', net: '-100.00', vat: '-25.00', total: '-125.00', rows: [row('-100.00')] });
    expect(supplierInvoiceVoucher(credit, settings({ series: 'D' }))).toMatchObject({ series: 'D', text: 'Leverantörskreditfaktura K-9 Plåt AB' });
  });

  it('the row texts: the row description, else "Kostnad"', () => {
    const inv = supplierInvoice({
      net: '100.00',
      vat: '25.00',
      total: '125.00',
      rows: [row('60.00', { description: ' Plåt ' }), row('40.00', { description: null })],
    });
    expect(supplierInvoiceVoucher(inv, settings()).rows.map((r) => r.text)).toEqual(['Leverantörsskuld', 'Plåt', 'Kostnad', 'Ingående moms']);
  });
});

describe('supplierInvoiceVoucher: refusals name the supplier invoice', () => {
  it.each<[string, SupplierInvoiceRecord, string, string, string | undefined]>([
    [
      'rows that do not sum to the net amount',
      supplierInvoice({ net: '1000.00', vat: '250.00', total: '1250.00', rows: [row('900.00')] }),
      'unbalanced',
      'rows',
      '-100.00',
    ],
    [
      'a total off net + VAT by a krona or more',
      supplierInvoice({ net: '1000.00', vat: '250.00', total: '1251.00', rows: [row('1000.00')] }),
      'unbalanced',
      'total',
      '1.00',
    ],
    [
      'an amount with more than two decimals',
      supplierInvoice({ net: '10.005', vat: '0.00', total: '10.005', rows: [row('10.005')] }),
      'bad-amount',
      'total',
      undefined,
    ],
    [
      'an account SIE cannot carry',
      supplierInvoice({ net: '10.00', vat: '0.00', total: '10.00', rows: [row('10.00', { accountNumber: 40 })] }),
      'missing-account',
      'rows.0.accountNumber',
      undefined,
    ],
    ['nothing to book', supplierInvoice({ net: '0.00', vat: '0.00', total: '0.00', rows: [] }), 'no-rows', 'rows', undefined],
  ])('%s', (_name, inv, code, field, difference) => {
    const err = refusal(() => supplierInvoiceVoucher(inv, settings()));
    expect(err).toMatchObject({ code, field, invoice: 'Supplier invoice A-1 Plåt AB (200)' });
    expect(err.message.startsWith('Supplier invoice A-1 Plåt AB (200): ')).toBe(true);
    if (difference !== undefined) expect(err.difference).toBe(difference);
  });

  it('names the supplier invoice by its number and supplier', () => {
    expect(supplierInvoiceReference({ invoiceNumber: '7781', supplier: { number: '300', name: 'Ahlsell AB' } })).toBe('Supplier invoice 7781 Ahlsell AB (300)');
  });
});

describe('sieSupplierExportSettings', () => {
  it('defaults: series LF, BAS 2440 supplier debt, 2641 input VAT, 3740 rounding, main project', () => {
    expect(sieSupplierExportSettings()).toEqual({
      series: 'LF',
      supplierDebtAccount: '2440',
      inputVatAccount: '2641',
      roundingAccount: '3740',
      projectLevel: 'project',
    });
    expect(DEFAULT_SUPPLIER_SETTINGS).toEqual(sieSupplierExportSettings());
  });

  it.each<[string, Partial<SieSupplierExportSettings>, string]>([
    ['series', { series: 'L-F' }, 'supplierInvoiceSeries'],
    ['supplier debt account', { supplierDebtAccount: '24x0' }, 'supplierDebtAccount'],
    ['input VAT account', { inputVatAccount: '264' }, 'inputVatAccount'],
    ['rounding account', { roundingAccount: '' }, 'roundingAccount'],
    ['project level', { projectLevel: 'ao' as 'project' }, 'projectLevel'],
  ])('a bad setting is refused naming it: %s', (_name, s, field) => {
    expect(refusal(() => sieSupplierExportSettings(s))).toMatchObject({ code: 'bad-setting', field });
  });
});

describe('round trip through the SDK writer and reader', () => {
  it('gives back the vouchers, accounts and objects; #KSUMMA verifies', async () => {
    const vouchers = [
      supplierInvoiceVoucher(
        supplierInvoice({
          net: '800.00',
          vat: '161.00',
          total: '961.00',
          rows: [row('500.00', { costCentreCode: 'CC1' }), row('300.00', { accountNumber: 5410, vatRate: '12.00' })],
        }),
        settings(),
      ),
      supplierInvoiceVoucher(supplierInvoice({ invoiceNumber: 'K-9', net: '-99.90', vat: '-24.98', total: '-125.00', rows: [row('-99.90')] }), settings()),
    ];
    const company: SieCompany = {
      name: 'Bygg AB',
      orgNr: '556036-0793',
      program: { name: 'Test', version: '1' },
      generated: { date: '2026-12-06' },
      fiscalYears: [{ index: 0, start: '2026-01-01', end: '2026-12-31' }],
    };
    const used = usedInVouchers(vouchers);
    const header = sieHeader(company, used.accounts, used.objects);
    expect(header.accounts.map((a) => [a.number, a.name])).toEqual([
      ['2440', 'Leverantörsskulder'],
      ['2641', 'Debiterad ingående moms'],
      ['3740', 'Öres- och kronutjämning'],
      ['4010', 'Konto 4010'],
      ['5410', 'Konto 5410'],
    ]);
    const file = await readSieFile(await writeSieToBuffer({ ...header, vouchers }));
    expect(file.checksumVerified).toBe(true);
    expect(
      file.vouchers.map((v) => [
        v.series,
        v.date,
        v.text,
        v.rows.map((r) => [r.account, r.objects.map((o) => `${o.dimension}:${o.id}`).join(' '), r.amount.toFixed(2)]),
      ]),
    ).toEqual([
      [
        'LF',
        '2026-11-05',
        'Leverantörsfaktura A-1 Plåt AB',
        [
          ['2440', '', '-961.00'],
          ['4010', '1:CC1 6:10000', '500.00'],
          ['5410', '6:10000', '300.00'],
          ['2641', '', '161.00'],
        ],
      ],
      [
        'LF',
        '2026-11-05',
        'Leverantörskreditfaktura K-9 Plåt AB',
        [
          ['2440', '', '125.00'],
          ['4010', '6:10000', '-99.90'],
          ['2641', '', '-24.98'],
          ['3740', '', '-0.12'],
        ],
      ],
    ]);
  });
});
