// The BgMax reader and the matching of payments to invoices by OCR reference (pure): a hand-made
// file written from Bankgirot's layout (two deposits: an OCR payment with the payer's name and
// address in ISO-8859-1, a free-text reference, a deduction, a payment divided over extra
// references with a credit set off, a EUR deposit), each refusal from a broken variant with its
// line, and the outcomes of the matching as a table.
import { describe, expect, it } from 'vitest';
import {
  BgMaxFormatError,
  type BgMaxPayment,
  candidateReferences,
  type InvoiceFacts,
  matchPart,
  matchPayment,
  missingPaymentPermission,
  type PaymentPart,
  parseBgMax,
  paymentParts,
  readBgMax,
  referenceKind,
} from '../../src/modules/bank-payments/rules.js';
import { bgmaxRecords } from '../helpers/bgmax.js';

// Positions:          1         2         3         4         5         6         7         8
//            12345678901234567890123456789012345678901234567890123456789012345678901234567890
const FILE = [
  '01BGMAX               0120261205063015123456P',
  '050050501055          SEK',
  '200009912346                    10017000000000000125000210000000000010',
  '26Kund Åström AB                     Avd. Öst',
  '27Storgatan 2                        12345',
  '28Växjö                              Sverige                            SE',
  '29005560000001',
  '200003783511Faktura 10025 maj        000000000000050000330000000000021',
  '25Betalning för maj',
  '210003783511Kreditnota 10033         0000000000000100004200000000000300',
  '200009701233                         000000000000030000310000000000040',
  '220009701233                    10041000000000000020000210000000000040',
  '220009701233                    10058000000000000015000210000000000040',
  '230009701233                    10066000000000000005000210000000000040',
  '15000000000000000000000584100000100982026120400001000000000000195000SEK00000004',
  '050050501055          EUR',
  '200009912346                    10017000000000000010000210000000000050',
  '15000000000000000000000584100000100982026120400002000000000000010000EUR00000001K',
  '7000000004000000010000000300000002',
];

const text = (lines: string[]) => lines.join('\n');
/** The file with line `n` (1-based) replaced. */
const withLine = (n: number, f: (l: string) => string | null) =>
  FILE.flatMap((l, i) => (i === n - 1 ? (f(l.padEnd(80, ' ')) === null ? [] : [f(l.padEnd(80, ' '))!]) : [l]));
/** Positions from–to (1-based) of a record replaced by `value`. */
const at = (from: number, value: string) => (l: string) => l.slice(0, from - 1) + value + l.slice(from - 1 + value.length);

function refusal(input: string): { line: number; code: string; message: string } {
  try {
    parseBgMax(input);
  } catch (err) {
    if (err instanceof BgMaxFormatError) return err.issue;
    throw err;
  }
  throw new Error('not refused');
}

async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('BgMax reader', () => {
  it('reads the hand-made file: header, deposits with their payments, payers and extra references, the end counts', () => {
    const f = parseBgMax(text(FILE));
    expect(f.header).toEqual({ line: 1, version: 1, writtenAt: '2026-12-05T06:30:15.123456', test: false });
    expect(f.end).toEqual({ line: 19, payments: 4, deductions: 1, extraReferences: 3, deposits: 2 });
    expect(f.deposits).toHaveLength(2);
    const [sek, eur] = f.deposits;
    expect(sek).toMatchObject({
      openingLine: 2,
      line: 15,
      bankgiro: '50501055',
      plusgiro: null,
      currency: 'SEK',
      bankAccount: '58410000010098',
      paymentDate: '2026-12-04',
      serial: '00001',
      amountOre: 195000n,
      depositType: null,
    });
    expect(sek!.payments.map((p) => [p.line, p.kind, p.reference, p.referenceCode, p.amountOre])).toEqual([
      [3, 'payment', '10017', 2, 125000n],
      [8, 'payment', 'Faktura 10025 maj', 3, 50000n],
      [10, 'deduction', 'Kreditnota 10033', 4, 10000n],
      [11, 'payment', '', 3, 30000n],
    ]);
    expect(sek!.payments[0]).toMatchObject({
      senderBankgiro: '9912346',
      channel: 1,
      bgcSerial: '000000000001',
      hasImage: false,
      payerName: 'Kund Åström AB Avd. Öst',
      payerAddress: ['Storgatan 2', '12345', 'Växjö', 'Sverige', 'SE'],
      organisationNumber: '5560000001',
    });
    expect(sek!.payments[1]).toMatchObject({ channel: 3, hasImage: true, information: ['Betalning för maj'] });
    expect(sek!.payments[2]).toMatchObject({ deductionCode: 0 });
    expect(sek!.payments[3]!.extraReferences).toEqual([
      { line: 12, negative: false, reference: '10041', referenceCode: 2, amountOre: 20000n },
      { line: 13, negative: false, reference: '10058', referenceCode: 2, amountOre: 15000n },
      { line: 14, negative: true, reference: '10066', referenceCode: 2, amountOre: 5000n },
    ]);
    expect(eur).toMatchObject({ currency: 'EUR', amountOre: 10000n, depositType: 'K', line: 18 });
  });

  it('accepts records padded to 80 with CR LF, trailing blank lines, and reads ISO-8859-1 streamed in small chunks', async () => {
    const padded = `${FILE.map((l) => l.padEnd(80, ' ')).join('\r\n')}\r\n\r\n\n`;
    expect(parseBgMax(padded).deposits[0]!.payments[0]!.payerName).toBe('Kund Åström AB Avd. Öst');
    const events = [];
    for await (const e of readBgMax(chunked(Buffer.from(padded, 'latin1'), 7))) events.push(e);
    expect(events.map((e) => e.type)).toEqual(['header', 'opening', 'deposit', 'opening', 'deposit', 'end']);
    const dep = events.find((e) => e.type === 'deposit');
    expect(dep?.type === 'deposit' && dep.deposit.payments[0]!.payerAddress[2]).toBe('Växjö');
    // The builder the API tests use writes what the reader reads.
    const built = parseBgMax(
      bgmaxRecords([{ bankgiro: '5050-1055', paymentDate: '20261204', payments: [{ reference: '10017', amountOre: 100n }] }]).join('\n'),
    );
    expect(built.deposits[0]!.payments[0]!.reference).toBe('10017');
  });

  const broken: [string, string[], number, string][] = [
    ['a record longer than 80 characters', withLine(3, (l) => `${l}X`), 3, 'record_length'],
    ['a record too short for its fields', withLine(3, (l) => l.slice(0, 60)), 3, 'record_length'],
    ['an unknown record type', withLine(9, at(1, '24')), 9, 'record_type'],
    ['an amount that is not digits', withLine(3, at(50, '12x')), 3, 'bad_amount'],
    ['a payer’s bankgiro that is not digits', withLine(3, at(3, 'ABC')), 3, 'bad_number'],
    ['an image marker other than 0 or 1', withLine(3, at(70, '7')), 3, 'bad_marker'],
    ['a payment date that is no date', withLine(15, at(38, '20261331')), 15, 'bad_date'],
    ['a start time that is no time', withLine(1, at(33, '25')), 1, 'bad_date'],
    ['a test marker other than T or P', withLine(1, at(45, 'X')), 1, 'bad_marker'],
    ['a layout other than BGMAX', withLine(1, at(3, 'BGMIN')), 1, 'not_bgmax'],
    ['an unknown layout version', withLine(1, at(23, '02')), 1, 'layout_version'],
    ['a currency other than SEK or EUR', withLine(2, at(23, 'USD')), 2, 'bad_currency'],
    ['a deposit amount its payments do not add up to', withLine(15, at(51, '000000000000195001')), 15, 'deposit_mismatch'],
    ['a deposit count that is not its payments and deductions', withLine(15, at(72, '00000003')), 15, 'deposit_mismatch'],
    ['a deposit in another currency than its opening', withLine(15, at(69, 'EUR')), 15, 'deposit_mismatch'],
    ['an end record counting too many payments', withLine(19, at(3, '00000005')), 19, 'count_mismatch'],
    ['an end record counting too few deductions', withLine(19, at(11, '00000000')), 19, 'count_mismatch'],
    ['an end record miscounting extra references', withLine(19, at(19, '00000002')), 19, 'count_mismatch'],
    ['an end record miscounting deposits', withLine(19, at(27, '00000003')), 19, 'count_mismatch'],
    ['no end record', withLine(19, () => null), 19, 'missing_end'],
    ['a deposit without its deposit record', withLine(15, () => null), 15, 'out_of_place'],
    ['a file not starting with the start record', withLine(1, () => null), 1, 'out_of_place'],
    ['an extra reference with no payment before it', withLine(3, at(1, '22')), 3, 'out_of_place'],
    ['a payment outside a deposit', [...FILE.slice(0, 15), FILE[2]!, ...FILE.slice(15)], 16, 'out_of_place'],
    ['a record after the end record', [...FILE, FILE[2]!], 20, 'after_end'],
    ['an empty line inside the file', [...FILE.slice(0, 5), '  ', ...FILE.slice(5)], 6, 'empty_line'],
    ['an empty file', [''], 1, 'empty_file'],
  ];
  it.each(broken)('refuses %s, at its line', (_what, lines, line, code) => {
    expect(refusal(text(lines))).toMatchObject({ line, code });
  });

  it('names the sums in a deposit refusal', () => {
    expect(refusal(text(withLine(15, at(51, '000000000000195001')))).message).toContain('1950.01 SEK');
    expect(refusal(text(withLine(15, at(51, '000000000000195001')))).message).toContain('add up to 1950.00');
  });

  it('refuses an endless line without a line break before reading it all (memory stays bounded)', async () => {
    let given = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield Buffer.from(`${FILE[0]}\n`, 'latin1');
      for (;;) {
        given++;
        yield Buffer.alloc(1024, 0x41);
      }
    }
    await expect(async () => {
      for await (const _ of readBgMax(endless())) void _;
    }).rejects.toMatchObject({ issue: { line: 2, code: 'record_length' } });
    expect(given).toBeLessThan(3);
  });
});

const inv = (over: Partial<InvoiceFacts> & { number: number }): InvoiceFacts => ({
  id: `inv-${over.number}`,
  ocrReference: '',
  locked: true,
  isCredit: false,
  paidDate: null,
  amountToPayOre: 125000n,
  ...over,
});

describe('OCR references of a payment', () => {
  it.each([
    [0, 'NONE'],
    [1, 'NONE'],
    [2, 'OCR'],
    [3, 'FREE_TEXT'],
    [4, 'FREE_TEXT'],
    [5, 'INVALID_OCR'],
  ] as const)('reference code %i is %s', (code, kind) => {
    expect(referenceKind(code)).toBe(kind);
  });

  it.each([
    ['an OCR reference', '10017', 2, ['10017']],
    ['an OCR reference written with spaces and a dash', '100 1-7', 2, ['10017']],
    ['an OCR reference with a wrong check digit', '10018', 2, []],
    ['an OCR code on text', 'Faktura 10017', 2, []],
    ['a free-text reference holding an OCR reference', 'Faktura 10025 maj', 3, ['10025']],
    ['a free text naming two invoices', '10025, 10033 och 12', 3, ['10025', '10033']],
    ['a free text whose number fails the check digit', 'Faktura 10026', 4, []],
    ['a reference Bankgirot found wrong, still holding a valid one', 'ref 10017', 5, ['10017']],
    ['no reference', '10017', 0, []],
    ['a number longer than 25 digits', '12345678901234567890123452', 3, []],
  ] as const)('%s', (_what, reference, code, expected) => {
    expect(candidateReferences(reference, code)).toEqual(expected);
  });
});

describe('matching payments to invoices', () => {
  const byOcr = (invoices: InvoiceFacts[]) => (ocr: string) => invoices.filter((i) => i.ocrReference === ocr);
  const part = (over: Partial<PaymentPart> = {}): PaymentPart => ({
    line: 3,
    references: [{ text: '10017', code: 2 }],
    amountOre: 125000n,
    deduction: false,
    ...over,
  });
  const base = inv({ number: 1001, ocrReference: '10017' });

  const cases: [string, PaymentPart, InvoiceFacts[], string, string, bigint | null][] = [
    ['the amount the customer pays: paid', part(), [base], 'SEK', 'PAID', 125000n],
    ['less than the customer pays: partial', part({ amountOre: 100000n }), [base], 'SEK', 'PARTIAL', 125000n],
    ['more than the customer pays: overpaid', part({ amountOre: 125001n }), [base], 'SEK', 'OVERPAID', 125000n],
    ['an invoice already paid', part(), [{ ...base, paidDate: '2026-12-01' }], 'SEK', 'ALREADY_PAID', null],
    ['a credit note', part(), [{ ...base, isCredit: true }], 'SEK', 'CREDIT_NOTE', null],
    ['an unlocked invoice', part(), [{ ...base, locked: false }], 'SEK', 'NOT_LOCKED', null],
    ['a payment in EUR', part(), [base], 'EUR', 'OTHER_CURRENCY', null],
    ['a reference no invoice carries', part({ references: [{ text: '10025', code: 2 }] }), [base], 'SEK', 'UNKNOWN_REFERENCE', null],
    [
      'a reference with a wrong check digit',
      part({ references: [{ text: '10018', code: 2 }] }),
      [inv({ number: 1001, ocrReference: '10018' })],
      'SEK',
      'UNKNOWN_REFERENCE',
      null,
    ],
    ['no reference', part({ references: [{ text: '', code: 0 }] }), [base], 'SEK', 'UNKNOWN_REFERENCE', null],
    ['a free-text reference holding the OCR reference', part({ references: [{ text: 'Fakt. 10017', code: 3 }] }), [base], 'SEK', 'PAID', 125000n],
    ['two invoices carrying the reference', part(), [base, inv({ number: 2001, ocrReference: '10017' })], 'SEK', 'AMBIGUOUS_REFERENCE', null],
    ['a deduction naming an invoice', part({ deduction: true }), [base], 'SEK', 'DEDUCTION', null],
    ['a deduction naming none', part({ deduction: true, references: [{ text: 'x', code: 3 }] }), [base], 'SEK', 'DEDUCTION', null],
  ];
  it.each(cases)('%s', (_what, p, invoices, currency, outcome, expected) => {
    const [m, ...rest] = matchPart(p, currency, byOcr(invoices));
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ outcome, expectedOre: expected, line: 3, amountOre: p.amountOre });
  });

  it('reports both amounts when they differ', () => {
    expect(matchPart(part({ amountOre: 100000n }), 'SEK', byOcr([base]))[0]!.message).toBe('Paid 1000.00 SEK of 1250.00 SEK; invoice 1001 is not marked paid.');
  });

  it('several invoices paid together: paid when the amount is their sum, those already paid left out', () => {
    const a = inv({ number: 1002, ocrReference: '10025', amountToPayOre: 50000n });
    const b = inv({ number: 1003, ocrReference: '10033', amountToPayOre: 20000n });
    const c = inv({ number: 1004, ocrReference: '10041', amountToPayOre: 1n, paidDate: '2026-11-30' });
    const refs = [{ text: '10025 10033 10041', code: 3 }];
    expect(matchPart(part({ references: refs, amountOre: 70000n }), 'SEK', byOcr([a, b, c])).map((m) => [m.invoice?.number, m.outcome, m.expectedOre])).toEqual(
      [
        [1002, 'PAID', 70000n],
        [1003, 'PAID', 70000n],
        [1004, 'ALREADY_PAID', null],
      ],
    );
    expect(matchPart(part({ references: refs, amountOre: 50000n }), 'SEK', byOcr([a, b])).map((m) => m.outcome)).toEqual(['PARTIAL', 'PARTIAL']);
  });

  it('divides a payment over its extra references; a 23 is a credit set off, a 21 a deduction; undivided references are paid together', () => {
    const f = parseBgMax(text(FILE));
    const [ocr, free, deduction, divided] = f.deposits[0]!.payments as [BgMaxPayment, BgMaxPayment, BgMaxPayment, BgMaxPayment];
    expect(paymentParts(ocr)).toEqual([{ line: 3, references: [{ text: '10017', code: 2 }], amountOre: 125000n, deduction: false }]);
    expect(paymentParts(deduction)).toEqual([{ line: 10, references: [{ text: 'Kreditnota 10033', code: 4 }], amountOre: 10000n, deduction: true }]);
    expect(paymentParts(divided).map((p) => [p.line, p.amountOre, p.deduction])).toEqual([
      [12, 20000n, false],
      [13, 15000n, false],
      [14, 5000n, true],
    ]);
    const undivided = { ...divided, reference: '10041 10058', extraReferences: divided.extraReferences.slice(0, 2).map((e) => ({ ...e, amountOre: 0n })) };
    expect(paymentParts(undivided)).toEqual([
      {
        line: 11,
        references: [
          { text: '10041 10058', code: 3 },
          { text: '10041', code: 2 },
          { text: '10058', code: 2 },
        ],
        amountOre: 30000n,
        deduction: false,
      },
    ]);
    // A remainder the extra references leave is the payment's own reference's.
    const short = { ...divided, reference: '10017', referenceCode: 2, amountOre: 40000n };
    expect(paymentParts(short)[0]).toEqual({ line: 11, references: [{ text: '10017', code: 2 }], amountOre: 10000n, deduction: false });

    const invoices = [
      inv({ number: 1001, ocrReference: '10017' }),
      inv({ number: 1002, ocrReference: '10025', amountToPayOre: 50000n }),
      inv({ number: 1003, ocrReference: '10033', isCredit: true }),
      inv({ number: 1004, ocrReference: '10041', amountToPayOre: 20000n }),
      inv({ number: 1005, ocrReference: '10058', amountToPayOre: 15001n }),
      inv({ number: 1006, ocrReference: '10066', isCredit: true }),
    ];
    const all = [ocr, free, deduction, divided].flatMap((p) => matchPayment(p, 'SEK', byOcr(invoices)));
    expect(all.map((m) => [m.line, m.invoice?.number ?? null, m.outcome])).toEqual([
      [3, 1001, 'PAID'],
      [8, 1002, 'PAID'],
      [10, 1003, 'DEDUCTION'],
      [12, 1004, 'PAID'],
      [13, 1005, 'PARTIAL'],
      [14, 1006, 'DEDUCTION'],
    ]);
    expect(matchPayment(f.deposits[1]!.payments[0]!, 'EUR', byOcr(invoices)).map((m) => m.outcome)).toEqual(['OTHER_CURRENCY']);
  });
});

describe('missingPaymentPermission', () => {
  it.each([
    [['INVOICE_PAYMENTS', 'INVOICE_VIEW'], null],
    [['INVOICE_PAYMENTS', 'INVOICE_VIEW', 'ADMIN_INTEGRATIONS'], null],
    [['INVOICE_PAYMENTS'], 'INVOICE_VIEW'],
    [['INVOICE_VIEW'], 'INVOICE_PAYMENTS'],
    [['ADMIN_INTEGRATIONS'], 'INVOICE_PAYMENTS'],
    [['ADMIN_INTEGRATIONS', 'INVOICE_VIEW', 'INVOICE_EDIT', 'INVOICE_LOCK'], 'INVOICE_PAYMENTS'],
    [[], 'INVOICE_PAYMENTS'],
  ])('%j lacks %s', (held, missing) => {
    expect(missingPaymentPermission(new Set(held))).toBe(missing);
  });
});
