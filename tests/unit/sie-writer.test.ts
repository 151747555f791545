// The SIE 4I writer (packages/connector-sdk/src/sie/writer.ts): PC8 bytes, quoting and escaping,
// #KSUMMA (checked against a hand-built vector and by the reader), the refusals naming the
// voucher, and the round trip writer → reader.
import { crc32 } from 'node:zlib';
import {
  readSie,
  readSieFile,
  SieFormatError,
  type SieVoucher,
  type SieWriteModel,
  SieWriteError,
  type SieWriteVoucher,
  writeSie,
  writeSieToBuffer,
} from '@nordic-invoicing/connector-sdk/sie';
import { Decimal } from 'decimal.js';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const vouchers: SieWriteVoucher[] = [
  {
    ref: 'F1001',
    series: 'A',
    number: '1',
    date: '2025-03-01',
    text: 'Faktura 1001 "ÄTA" Åkesson\\Öberg',
    registrationDate: '2025-03-02',
    sign: 'Éva',
    rows: [
      { account: '1510', amount: '15625.00' },
      {
        account: '3010',
        objects: [
          { dimension: '1', id: 'K10' },
          { dimension: '6', id: 'P 100' },
        ],
        amount: new Decimal('-12500'),
        text: 'Arbete ÅÄÖ',
        quantity: '40.5',
      },
      { account: '2611', amount: '-3125.00', date: '2025-03-01' },
    ],
  },
  {
    ref: 'K1002',
    series: 'A',
    number: '2',
    date: '2025-03-05',
    text: 'Kredit 1002',
    rows: [
      { account: '1510', amount: '-0.10' },
      { account: '3010', objects: [{ dimension: '6', id: 'P 100' }], amount: '0.08' },
      { account: '2611', amount: '0.02' },
    ],
  },
];

function model(over: Partial<SieWriteModel> = {}): SieWriteModel {
  return {
    program: { name: 'Nordic Invoicing', version: '1.0' },
    generated: { date: '2025-04-01', sign: 'Admin' },
    companyName: 'Bygg & Måleri "Östra" AB',
    orgNr: '556677-8899',
    address: { contact: 'Åsa Ek', street: 'Ängsvägen 1', postal: '123 45 Södertälje', phone: '08-123' },
    fiscalYears: [{ index: 0, start: '2025-01-01', end: '2025-12-31' }],
    currency: 'SEK',
    accounts: [
      { number: '1510', name: 'Kundfordringar', type: 'T' },
      { number: '2611', name: 'Utgående moms 25 %', type: 'S' },
      { number: '3010', name: 'Försäljning ÅÄÖ åäö É', type: 'I' },
    ],
    dimensions: [
      { number: '1', name: 'Kostnadsställe' },
      { number: '6', name: 'Projekt' },
      { number: '21', name: 'ÄTA', parent: '6' },
    ],
    objects: [
      { dimension: '1', id: 'K10', name: 'Södra' },
      { dimension: '6', id: 'P 100', name: 'Villa Åkesson' },
    ],
    vouchers,
    ...over,
  };
}

/** A voucher as plain values, to compare what was written with what was read. */
function plain(v: SieVoucher) {
  return {
    series: v.series,
    number: v.number,
    date: v.date,
    text: v.text,
    registrationDate: v.registrationDate,
    sign: v.sign,
    rows: v.rows.map((r) => ({
      account: r.account,
      objects: r.objects,
      amount: r.amount.toFixed(2),
      date: r.date,
      text: r.text,
      quantity: r.quantity?.toFixed(),
    })),
  };
}

describe('writer → reader round trip', () => {
  it('gives the same vouchers, accounts, dimensions, objects and exact amounts', async () => {
    const bytes = await writeSieToBuffer(model());
    const file = await readSieFile(bytes);
    expect(file.issues).toEqual([]);
    expect(file.checksumVerified).toBe(true);
    expect(file.encoding).toBe('cp437');
    expect(file.header).toMatchObject({
      flag: 0,
      program: { name: 'Nordic Invoicing', version: '1.0' },
      format: 'PC8',
      generated: { date: '2025-04-01', sign: 'Admin' },
      sieType: '4',
      companyName: 'Bygg & Måleri "Östra" AB',
      orgNr: { orgNr: '556677-8899' },
      address: { contact: 'Åsa Ek', street: 'Ängsvägen 1', postal: '123 45 Södertälje', phone: '08-123' },
      fiscalYears: [{ index: 0, start: '2025-01-01', end: '2025-12-31' }],
      currency: 'SEK',
    });
    expect([...file.accounts.values()].map((a) => [a.number, a.name, a.type])).toEqual([
      ['1510', 'Kundfordringar', 'T'],
      ['2611', 'Utgående moms 25 %', 'S'],
      ['3010', 'Försäljning ÅÄÖ åäö É', 'I'],
    ]);
    expect(file.dimensions.map((d) => [d.number, d.name, d.parent])).toEqual([
      ['1', 'Kostnadsställe', undefined],
      ['6', 'Projekt', undefined],
      ['21', 'ÄTA', '6'],
    ]);
    expect(file.objects.map((o) => [o.dimension, o.id, o.name])).toEqual([
      ['1', 'K10', 'Södra'],
      ['6', 'P 100', 'Villa Åkesson'],
    ]);
    expect(file.vouchers.map(plain)).toEqual([
      {
        series: 'A',
        number: '1',
        date: '2025-03-01',
        text: 'Faktura 1001 "ÄTA" Åkesson\\Öberg',
        registrationDate: '2025-03-02',
        sign: 'Éva',
        rows: [
          { account: '1510', objects: [], amount: '15625.00', date: undefined, text: undefined, quantity: undefined },
          {
            account: '3010',
            objects: [
              { dimension: '1', id: 'K10' },
              { dimension: '6', id: 'P 100' },
            ],
            amount: '-12500.00',
            date: undefined,
            text: 'Arbete ÅÄÖ',
            quantity: '40.5',
          },
          { account: '2611', objects: [], amount: '-3125.00', date: '2025-03-01', text: undefined, quantity: undefined },
        ],
      },
      {
        series: 'A',
        number: '2',
        date: '2025-03-05',
        text: 'Kredit 1002',
        registrationDate: undefined,
        sign: undefined,
        rows: [
          { account: '1510', objects: [], amount: '-0.10', date: undefined, text: undefined, quantity: undefined },
          { account: '3010', objects: [{ dimension: '6', id: 'P 100' }], amount: '0.08', date: undefined, text: undefined, quantity: undefined },
          { account: '2611', objects: [], amount: '0.02', date: undefined, text: undefined, quantity: undefined },
        ],
      },
    ]);
  });

  it('writes PC8 bytes: å ä ö Å Ä Ö É as code page 437, never UTF-8', async () => {
    const bytes = await writeSieToBuffer(model());
    for (const b of [0x86, 0x84, 0x94, 0x8f, 0x8e, 0x99, 0x90]) expect(bytes.includes(b)).toBe(true);
    expect(bytes.includes(0xc3)).toBe(false);
    const text = iconv.decode(bytes, 'cp437');
    expect(text).toContain('#KONTO 3010 "Försäljning ÅÄÖ åäö É"\r\n');
    expect(text.startsWith('#FLAGGA 0\r\n#KSUMMA\r\n#PROGRAM "Nordic Invoicing" "1.0"\r\n#FORMAT PC8\r\n#GEN 20250401 "Admin"\r\n#SIETYP 4\r\n')).toBe(true);
    expect(text.split('\r\n').every((l) => !l.includes('\n'))).toBe(true);
  });

  it('quotes and escapes as the standard says', async () => {
    const text = iconv.decode(await writeSieToBuffer(model()), 'cp437');
    expect(text).toContain('#FNAMN "Bygg & Måleri \\"Östra\\" AB"\r\n');
    expect(text).toContain('#VER A 1 20250301 "Faktura 1001 \\"ÄTA\\" Åkesson\\\\Öberg" 20250302 "Éva"\r\n{\r\n');
    expect(text).toContain('#TRANS 3010 {1 "K10" 6 "P 100"} -12500.00 "" "Arbete ÅÄÖ" 40.5\r\n');
    expect(text).toContain('#TRANS 2611 {} -3125.00 20250301\r\n');
    expect(text).toContain('#TRANS 1510 {} -0.10\r\n');
    expect(text).toContain('#UNDERDIM 21 "ÄTA" 6\r\n');
    expect(text).toContain('#OBJEKT 6 "P 100" "Villa Åkesson"\r\n');
  });

  it('streams a large file in chunks that read back through the streaming reader', async () => {
    const many: SieWriteVoucher[] = Array.from({ length: 3000 }, (_, k) => ({
      series: 'B',
      number: String(k + 1),
      date: '2025-05-01',
      text: `Faktura ${k + 1}`,
      rows: [
        { account: '1510', amount: `${k + 1}.25` },
        { account: '3010', amount: `-${k + 1}.25`, objects: [{ dimension: '6', id: 'P 100' }] },
      ],
    }));
    const chunks: Buffer[] = [];
    for await (const c of writeSie(model({ vouchers: many }))) chunks.push(c);
    expect(chunks.length).toBeGreaterThan(2);
    let count = 0;
    let debit = new Decimal(0);
    let verified = false;
    for await (const rec of readSie(chunks)) {
      if (rec.type === 'VER') {
        expect(rec.voucher.issues).toEqual([]);
        count++;
        debit = debit.plus(rec.voucher.rows[0]!.amount);
      }
      if (rec.type === 'KSUMMA') verified = true;
    }
    expect(count).toBe(3000);
    expect(debit.toFixed(2)).toBe(
      new Decimal(3000 * 3001)
        .div(2)
        .plus(3000 * 0.25)
        .toFixed(2),
    );
    expect(verified).toBe(true);
  });
});

describe('#KSUMMA of written files', () => {
  it('is the CRC-32 of the labels and field contents after the opening #KSUMMA', async () => {
    const bytes = await writeSieToBuffer({
      program: { name: 'P', version: '1' },
      generated: { date: '2025-01-02' },
      companyName: 'Å "B"',
      accounts: [{ number: '1930', name: 'Bank' }],
      vouchers: [{ date: '2025-01-03', rows: [{ account: '1930', objects: [{ dimension: '6', id: 'X' }], amount: 0 }] }],
    });
    const text = iconv.decode(bytes, 'cp437');
    expect(text).toBe(
      '#FLAGGA 0\r\n#KSUMMA\r\n#PROGRAM "P" "1"\r\n#FORMAT PC8\r\n#GEN 20250102\r\n#SIETYP 4\r\n#FNAMN "Å \\"B\\""\r\n#KONTO 1930 "Bank"\r\n' +
        `#VER "" "" 20250103 ""\r\n{\r\n#TRANS 1930 {6 "X"} 0.00\r\n}\r\n#KSUMMA ${crc32(iconv.encode('#PROGRAMP1#FORMATPC8#GEN20250102#SIETYP4#FNAMNÅ "B"#KONTO1930Bank#VER20250103#TRANS19306X0.00', 'cp437'))}\r\n`,
    );
    expect((await readSieFile(bytes)).checksumVerified).toBe(true);
  });

  it('fails when any byte of the content changes', async () => {
    const bytes = await writeSieToBuffer(model());
    const changes: [string, string][] = [
      ['Kundfordringar', 'Kundfordringen'],
      ['15625.00', '15625.01'],
      ['"P 100"', '"P 101"'],
    ];
    for (const [from, to] of changes) {
      const at = bytes.indexOf(from);
      expect(at).toBeGreaterThan(0);
      const changed = Buffer.from(bytes);
      changed.write(to, at, 'latin1');
      const err = await readSieFile(changed).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(SieFormatError);
      expect((err as SieFormatError).issues[0]).toMatchObject({ code: 'ksumma-mismatch', scope: 'file' });
    }
    // #FLAGGA stays outside the sum: a program marks the file read without breaking it.
    const flagged = Buffer.from(bytes);
    flagged.write('1', bytes.indexOf('#FLAGGA 0') + 8, 'latin1');
    expect((await readSieFile(flagged)).header.flag).toBe(1);
  });
});

describe('writer refusals name the voucher', () => {
  const base = vouchers[0]!;
  const cases: [string, SieWriteVoucher, SieWriteError['code'], string][] = [
    ['unbalanced', { ...base, rows: [...base.rows, { account: '1510', amount: '0.01' }] }, 'unbalanced-voucher', 'rows'],
    ['unknown account', { ...base, rows: [...base.rows.slice(0, 2), { account: '2610', amount: '-3125.00' }] }, 'unknown-account', 'rows.2.account'],
    [
      'more than two decimals',
      {
        ...base,
        rows: [
          { account: '1510', amount: '0.005' },
          { account: '3010', amount: '-0.005' },
        ],
      },
      'bad-amount',
      'rows.0.amount',
    ],
    ['bad date', { ...base, date: '2025-02-30' }, 'bad-date', 'date'],
    ['no rows', { ...base, rows: [] }, 'bad-field', 'rows'],
  ];
  it.each(cases)('%s', async (_name, bad, code, field) => {
    const err = await writeSieToBuffer(model({ vouchers: [vouchers[1]!, bad] })).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(SieWriteError);
    expect(err).toMatchObject({ code, voucher: 'F1001', field });
    expect((err as Error).message).toMatch(/^voucher F1001: /);
  });

  it('names a voucher without a ref by series and number, else by position', async () => {
    const unbalanced = { date: '2025-01-01', rows: [{ account: '1510', amount: 1 }] };
    await expect(writeSieToBuffer(model({ vouchers: [{ ...unbalanced, series: 'C', number: '7' }] }))).rejects.toMatchObject({ voucher: 'C 7' });
    await expect(writeSieToBuffer(model({ vouchers: [vouchers[1]!, unbalanced] }))).rejects.toMatchObject({ voucher: '#2' });
  });
});
