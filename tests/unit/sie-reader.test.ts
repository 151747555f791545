// The SIE 4 reader (packages/connector-sdk/src/sie): the real files other programs wrote, checked
// against a second, deliberately simple parse written here; table tests of the tokenizer, dates,
// amounts and encodings; every refusal with its line number; #RTRANS/#BTRANS; #KSUMMA.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { crc32 } from 'node:zlib';
import {
  detectSieEncoding,
  groupSieFields,
  parseSieAmount,
  parseSieDate,
  readSie,
  readSieFile,
  SieChecksum,
  SieFormatError,
  type SieIssue,
  type SieRecord,
  tokenizeSieLine,
} from '@nordic-invoicing/connector-sdk/sie';
import { Decimal } from 'decimal.js';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';

const SAMPLES = fileURLToPath(new URL('../../../shared/reference/sie-samples/', import.meta.url));
const sampleFiles = readdirSync(SAMPLES).filter((f) => !f.endsWith('.md'));

/** Voucher counts of the sample files (counted by hand with grep over their #VER lines). */
const VOUCHERS: Record<string, number> = {
  'BL0001_typ4.SE': 84,
  'BL0001_typ4I.SI': 1,
  'Exempelbolaget_SIE_110322_B_33.si': 13,
  'SIE-fil_från_Visma_Eget_Aktiebolag_2010.se': 0,
  'SIE_exempelfil.se': 26,
  'Sie4.se': 70,
  'Sie4.si': 165,
  'Test4.SE': 167,
  'magenta_bokföring_SIE4E.se': 19,
  'magenta_bokföring_SIE4I.se': 19,
  'transaktioner_ovnbolag.se': 163,
};

/** The simple parse: regular expressions over the text decoded as code page 437. */
function simpleParse(text: string) {
  const lines = text.split('\n');
  const accounts = new Set<string>();
  let objects = 0;
  let vouchers = 0;
  const counts = { TRANS: 0, RTRANS: 0, BTRANS: 0 };
  let debit = new Decimal(0);
  const unbalanced: number[] = [];
  const transRows: { line: number; account: string }[] = [];
  /** Rows whose last quoted field runs to the line end (an odd number of unescaped quotes). */
  const unterminated: number[] = [];
  let verLine = 0;
  let verSum = new Decimal(0);
  lines.forEach((raw, k) => {
    const line = raw.trim();
    const konto = /^#KONTO\s+(\S+)/.exec(line);
    if (konto) accounts.add(konto[1]!);
    if (/^#OBJEKT\s/.test(line)) objects++;
    if (/^#VER\s/.test(line)) {
      vouchers++;
      verLine = k + 1;
      verSum = new Decimal(0);
    }
    const row = /^#(TRANS|RTRANS|BTRANS)\s+(\S+)\s*\{[^}]*\}\s*(\S+)/.exec(line);
    if (row) {
      const open = (line.replaceAll('\\"', '').split('"').length - 1) % 2 === 1;
      if (open) unterminated.push(k + 1);
      else counts[row[1] as keyof typeof counts]++;
      if (row[1] === 'TRANS') {
        const amount = new Decimal(row[3]!);
        verSum = verSum.plus(amount);
        if (!open && amount.isPositive()) debit = debit.plus(amount);
        if (!open) transRows.push({ line: k + 1, account: row[2]! });
      }
    }
    if (line === '}' && !verSum.isZero()) unbalanced.push(verLine);
  });
  const unknownAccountLines = accounts.size === 0 ? [] : transRows.filter((r) => !accounts.has(r.account)).map((r) => r.line);
  return { accounts, objects, vouchers, counts, debit, unbalanced, unknownAccountLines, unterminated, lines };
}

const linesOf = (issues: SieIssue[], code: SieIssue['code']) => issues.filter((i) => i.code === code).map((i) => i.line);

describe('the sample files written by other programs', () => {
  it('has the files this test expects', () => {
    expect(sampleFiles.sort()).toEqual(Object.keys(VOUCHERS).sort());
  });

  it.each(sampleFiles)('%s: read without a crash; counts, totals and refusals match a simple parse', async (name) => {
    const bytes = readFileSync(SAMPLES + name);
    const simple = simpleParse(iconv.decode(bytes, 'cp437'));
    const file = await readSieFile(bytes);

    expect(file.encoding).toBe('cp437');
    expect(file.vouchers).toHaveLength(VOUCHERS[name]!);
    expect(file.vouchers).toHaveLength(simple.vouchers);
    expect([...file.accounts.keys()].sort()).toEqual([...simple.accounts].sort());
    expect(file.objects).toHaveLength(simple.objects);

    const rows = file.vouchers.flatMap((v) => v.rows);
    expect(rows.filter((r) => r.kind === 'trans')).toHaveLength(simple.counts.TRANS);
    expect(rows.filter((r) => r.kind === 'rtrans')).toHaveLength(simple.counts.RTRANS);
    expect(rows.filter((r) => r.kind === 'btrans')).toHaveLength(simple.counts.BTRANS);
    const debit = rows.filter((r) => r.kind === 'trans' && r.amount.isPositive()).reduce((s, r) => s.plus(r.amount), new Decimal(0));
    expect(debit.toFixed()).toBe(simple.debit.toFixed());

    // Refusals: exactly the unbalanced vouchers and rows on unknown accounts the simple parse finds.
    expect(linesOf(file.issues, 'unbalanced-voucher')).toEqual(simple.unbalanced);
    expect(linesOf(file.issues, 'unknown-account')).toEqual(simple.unknownAccountLines);
    // Rows with a quote left open (a program cut its text at a fixed width) are refused, not read.
    expect(linesOf(file.issues, 'unterminated-quote')).toEqual(simple.unterminated);
    for (const issue of file.issues) {
      expect(issue.line).toBeGreaterThan(0);
      expect(simple.lines[issue.line - 1]!.trim()).toMatch(/^#/);
    }
  });

  it('names the refusals found in the real files, with their lines', async () => {
    const sie4 = await readSieFile(readFileSync(`${SAMPLES}Sie4.se`));
    // A #KTYP without its type, and rows on the account "FEL" that #KONTO does not list.
    expect(sie4.issues[0]).toMatchObject({ line: 593, code: 'missing-field', scope: 'record' });
    expect(sie4.issues[1]).toMatchObject({ line: 721, code: 'unknown-account', scope: 'voucher' });
    const bl = await readSieFile(readFileSync(`${SAMPLES}BL0001_typ4I.SI`));
    expect(bl.issues).toEqual([expect.objectContaining({ line: 7, code: 'missing-field', message: '#RAR: start is missing' })]);
    expect(bl.vouchers[0]!.issues).toEqual([]);
  });

  it('books an #RTRANS once (its duplicate #TRANS counts, the #RTRANS does not) and never a #BTRANS', async () => {
    const file = await readSieFile(readFileSync(`${SAMPLES}BL0001_typ4.SE`));
    const withCorrections = file.vouchers.filter((v) => v.rows.some((r) => r.kind !== 'trans'));
    expect(withCorrections.length).toBeGreaterThan(0);
    for (const v of withCorrections) {
      expect(v.issues).toEqual([]);
      for (const [k, r] of v.rows.entries()) {
        if (r.kind === 'btrans') expect(r.booked).toBe(false);
        if (r.kind === 'rtrans') {
          expect(v.rows[k + 1]).toMatchObject({ kind: 'trans', account: r.account });
          expect(r.booked).toBe(false);
        }
      }
    }
  });

  it('reads the object lists of rows and #UNDERDIM-free dimensions', async () => {
    const file = await readSieFile(readFileSync(`${SAMPLES}BL0001_typ4.SE`));
    expect(file.dimensions.map((d) => d.number)).toEqual(['1', '2', '6']);
    const withObjects = file.vouchers.flatMap((v) => v.rows).filter((r) => r.objects.length > 0);
    expect(withObjects.length).toBeGreaterThan(0);
    for (const r of withObjects) for (const o of r.objects) expect(o.dimension).toMatch(/^\d+$/);
  });

  it('streams the same records in 7-byte chunks as in one piece', async () => {
    const bytes = readFileSync(`${SAMPLES}transaktioner_ovnbolag.se`);
    const chunks = function* () {
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    };
    const whole: SieRecord[] = [];
    for await (const r of readSie([bytes])) whole.push(r);
    const split: SieRecord[] = [];
    for await (const r of readSie(chunks())) split.push(r);
    expect(split).toEqual(whole);
  });
});

describe('tokenizer', () => {
  const cases: [string, string, unknown[], string?][] = [
    [
      'plain words',
      '#KONTO 1930 Bank',
      [
        ['w', '#KONTO'],
        ['w', '1930'],
        ['w', 'Bank'],
      ],
    ],
    [
      'quoted with spaces',
      '#KONTO 1930 "Bank konto"',
      [
        ['w', '#KONTO'],
        ['w', '1930'],
        ['s', 'Bank konto'],
      ],
    ],
    [
      'escaped quote',
      '#FNAMN "AB \\"Bygg\\""',
      [
        ['w', '#FNAMN'],
        ['s', 'AB "Bygg"'],
      ],
    ],
    [
      'escaped backslash',
      '#FNAMN "a\\\\b"',
      [
        ['w', '#FNAMN'],
        ['s', 'a\\b'],
      ],
    ],
    [
      'a lone backslash stays',
      '#FNAMN "a\\b"',
      [
        ['w', '#FNAMN'],
        ['s', 'a\\b'],
      ],
    ],
    [
      'escaped backslash before the closing quote',
      '#FNAMN "a\\\\" x',
      [
        ['w', '#FNAMN'],
        ['s', 'a\\'],
        ['w', 'x'],
      ],
    ],
    ['empty string', '#TRANS 1930 {} 5 "" "x"', [['w', '#TRANS'], ['w', '1930'], ['{'], ['}'], ['w', '5'], ['s', ''], ['s', 'x']]],
    ['tabs and runs of blanks', '\t#TRANS  \t1910 {}\t-128.00  ', [['w', '#TRANS'], ['w', '1910'], ['{'], ['}'], ['w', '-128.00']]],
    ['braces glued to words', '{1 "100"}', [['{'], ['w', '1'], ['s', '100'], ['}']]],
    ['braces with blanks inside', '{ "1" "1100" "6" "1118"}', [['{'], ['s', '1'], ['s', '1100'], ['s', '6'], ['s', '1118'], ['}']]],
    [
      'a quote ends a word',
      'abc"d e"',
      [
        ['w', 'abc'],
        ['s', 'd e'],
      ],
    ],
    [
      'unterminated quote',
      '#KONTO 1930 "Bank',
      [
        ['w', '#KONTO'],
        ['w', '1930'],
        ['s', 'Bank'],
      ],
      'unterminated-quote',
    ],
    [
      'quote closed by an escaped quote only',
      '#FNAMN "AB\\"',
      [
        ['w', '#FNAMN'],
        ['s', 'AB"'],
      ],
      'unterminated-quote',
    ],
  ];
  it.each(cases)('%s', (_name, line, expected, error) => {
    const { tokens, error: found } = tokenizeSieLine(line);
    const short = tokens.map((t) => (t.kind === 'word' ? ['w', t.value] : t.kind === 'string' ? ['s', t.value] : [t.kind === 'open' ? '{' : '}']));
    expect(short).toEqual(expected);
    expect(found?.code).toBe(error);
  });

  const groups: [string, unknown, string?][] = [
    [
      '1930 {} 5',
      [
        { kind: 'value', value: '1930' },
        { kind: 'list', items: [] },
        { kind: 'value', value: '5' },
      ],
    ],
    [
      '1930 {1 "A" 6 "P"} 5',
      [
        { kind: 'value', value: '1930' },
        { kind: 'list', items: ['1', 'A', '6', 'P'] },
        { kind: 'value', value: '5' },
      ],
    ],
    ['1930 {1 "A" 5', undefined, 'unbalanced-brace'],
    ['1930 1 "A"} 5', undefined, 'unbalanced-brace'],
    ['1930 {{1 "A"}} 5', undefined, 'unbalanced-brace'],
  ];
  it.each(groups)('fields of %s', (line, fields, error) => {
    const result = groupSieFields(tokenizeSieLine(line).tokens);
    expect(result.error?.code).toBe(error);
    if (fields !== undefined) expect(result.fields).toEqual(fields);
  });
});

describe('dates and amounts', () => {
  it.each([
    ['20240229', '2024-02-29'],
    ['20250101', '2025-01-01'],
    ['20230229', undefined],
    ['20251301', undefined],
    ['20250431', undefined],
    ['2025-01-01', undefined],
    ['250101', undefined],
    ['', undefined],
  ])('date %j → %j', (text, iso) => {
    expect(parseSieDate(text)).toBe(iso);
  });

  it.each([
    ['5', '5'],
    ['-3142.1', '-3142.1'],
    ['13200.00', '13200'],
    ['0.5', '0.5'],
    ['.5', '0.5'],
    ['+12', '12'],
    ['12,50', undefined],
    ['1 000', undefined],
    ['1e3', undefined],
    ['', undefined],
    ['--1', undefined],
  ])('amount %j → %j', (text, value) => {
    expect(parseSieAmount(text)?.toFixed()).toBe(value);
  });

  it('keeps amounts exact (no float rounding)', () => {
    expect(parseSieAmount('0.1')!.plus(parseSieAmount('0.2')!).eq('0.3')).toBe(true);
    expect(parseSieAmount('12345678901234567.89')!.toFixed(2)).toBe('12345678901234567.89');
  });
});

describe('encodings', () => {
  const name = 'Åsa Öberg Ängsvägen É';
  const text = `#FLAGGA 0\n#FORMAT PC8\n#FNAMN "${name}"\n#KONTO 3010 "Försäljning åäö"\n`;

  it.each([
    ['cp437', iconv.encode(text, 'cp437')],
    ['windows-1252', iconv.encode(text, 'windows-1252')],
    ['iso-8859-1 (read as windows-1252)', iconv.encode(text, 'latin1')],
    ['utf8', Buffer.from(text, 'utf8')],
    ['utf8 with a byte-order mark', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
  ])('%s: detected, and the names read back the same', async (label, bytes) => {
    const expected = label.startsWith('utf8') ? 'utf8' : label === 'cp437' ? 'cp437' : 'windows-1252';
    expect(detectSieEncoding(bytes)).toBe(expected);
    // One byte at a time: a UTF-8 sequence split across chunks still decodes.
    const file = await readSieFile(
      (function* () {
        for (const b of bytes) yield Uint8Array.of(b);
      })(),
    );
    expect(file.encoding).toBe(expected);
    expect(file.header.companyName).toBe(name);
    expect(file.accounts.get('3010')?.name).toBe('Försäljning åäö');
    expect(file.header.flag).toBe(0);
  });

  it.each([
    ['plain ASCII', Buffer.from('#KONTO 1930 "Bank"\n'), 'cp437'],
    ['a tie counts as PC8', Buffer.from([0x84, 0xe4]), 'cp437'],
    ['invalid UTF-8 is not UTF-8', Buffer.from([0xc3, 0x41, 0xe4, 0xe5]), 'windows-1252'],
    ['CP437 box characters with one stray Latin-1 letter', Buffer.from([0x86, 0x84, 0x94, 0xc5]), 'cp437'],
  ])('%s', (_label, bytes, expected) => {
    expect(detectSieEncoding(bytes)).toBe(expected);
  });
});

/** A small valid file; `vouchers` replaces its voucher section. */
function file(vouchers: string, head = '#KONTO 1930 "Bank"\n#KONTO 3010 "Försäljning"\n#KONTO 2611 "Moms"\n'): Buffer {
  return iconv.encode(`#FLAGGA 0\n#PROGRAM "Test" 1.0\n#FORMAT PC8\n#GEN 20250102\n#SIETYP 4\n#FNAMN "Bolaget AB"\n${head}${vouchers}`, 'cp437');
}
// Line numbers: the head above takes lines 1–9, so the first #VER is line 10.

async function refusal(bytes: Buffer): Promise<SieFormatError> {
  const err = await readSieFile(bytes).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(SieFormatError);
  return err as SieFormatError;
}

describe('refusals with line numbers', () => {
  const good = '#VER A 1 20250110 "Sale"\n{\n#TRANS 1930 {} 125.00\n#TRANS 3010 {} -100.00\n#TRANS 2611 {} -25.00\n}\n';

  it('a valid file has no issues', async () => {
    const f = await readSieFile(file(good));
    expect(f.issues).toEqual([]);
    expect(f.vouchers[0]).toMatchObject({ line: 10, series: 'A', number: '1', date: '2025-01-10', text: 'Sale' });
    expect(f.vouchers[0]!.rows.map((r) => [r.line, r.account, r.amount.toFixed(2)])).toEqual([
      [12, '1930', '125.00'],
      [13, '3010', '-100.00'],
      [14, '2611', '-25.00'],
    ]);
  });

  const voucherCases: [string, string, SieIssue['code'], number][] = [
    ['unbalanced voucher', '#VER A 2 20250111 "x"\n{\n#TRANS 1930 {} 100.00\n#TRANS 3010 {} -99.99\n}\n', 'unbalanced-voucher', 16],
    ['row on an account not in #KONTO', '#VER A 2 20250111 "x"\n{\n#TRANS 1930 {} 100.00\n#TRANS 3011 {} -100.00\n}\n', 'unknown-account', 19],
    ['bad voucher date', '#VER A 2 20251311 "x"\n{\n#TRANS 1930 {} 100.00\n#TRANS 3010 {} -100.00\n}\n', 'bad-date', 16],
    ['bad row date', '#VER A 2 20250111 "x"\n{\n#TRANS 1930 {} 100.00 2025011\n#TRANS 3010 {} -100.00\n}\n', 'bad-date', 18],
    ['bad amount', '#VER A 2 20250111 "x"\n{\n#TRANS 1930 {} 100,00\n#TRANS 3010 {} -100.00\n}\n', 'bad-amount', 18],
    ['missing amount', '#VER A 2 20250111 "x"\n{\n#TRANS 1930 {}\n#TRANS 3010 {} -100.00\n}\n', 'missing-field', 18],
    ['unterminated quote in a row', '#VER A 2 20250111 "x"\n{\n#TRANS 1930 {} 100.00 20250111 "text\n#TRANS 3010 {} -100.00\n}\n', 'unterminated-quote', 18],
    ['unterminated object list', '#VER A 2 20250111 "x"\n{\n#TRANS 1930 {1 "A" 100.00\n#TRANS 3010 {} -100.00\n}\n', 'unbalanced-brace', 18],
    ['odd object list', '#VER A 2 20250111 "x"\n{\n#TRANS 1930 {1} 100.00\n#TRANS 3010 {} -100.00\n}\n', 'bad-object-list', 18],
    ['empty voucher', '#VER A 2 20250111 "x"\n{\n}\n', 'voucher-without-rows', 16],
  ];
  it.each(voucherCases)('%s: the voucher is refused at its line, the valid one is kept', async (_name, bad, code, line) => {
    const f = await readSieFile(file(good + bad));
    expect(f.vouchers).toHaveLength(2);
    expect(f.vouchers[0]!.issues).toEqual([]);
    expect(f.vouchers[1]!.issues).toEqual([expect.objectContaining({ code, line, scope: 'voucher' })]);
    expect(f.issues).toEqual(f.vouchers[1]!.issues);
  });

  it('checks accounts only when the file has #KONTO records', async () => {
    const f = await readSieFile(file('#VER A 1 20250110 "x"\n{\n#TRANS 1234 {} 1\n#TRANS 5678 {} -1\n}\n', ''));
    expect(f.issues).toEqual([]);
  });

  const recordCases: [string, string, SieIssue['code'], number][] = [
    ['unterminated quote in #KONTO', '#KONTO 1510 "Kundfordringar\n', 'unterminated-quote', 10],
    ['bad date in #RAR', '#RAR 0 20250101 20251232\n', 'bad-date', 10],
    ['bad amount in #IB', '#IB 0 1930 12,50\n', 'bad-amount', 10],
    ['a row outside a voucher', '#TRANS 1930 {} 5\n', 'row-outside-voucher', 10],
    ['a line that is no record', 'KONTO 1930 "Bank"\n', 'not-a-record', 10],
  ];
  it.each(recordCases)('%s: the record is skipped with its line', async (_name, bad, code, line) => {
    const f = await readSieFile(file(bad + good));
    expect(f.issues).toEqual([expect.objectContaining({ code, line, scope: 'record' })]);
    expect(f.vouchers).toHaveLength(1);
  });

  const fatalCases: [string, string, SieIssue['code'], number][] = [
    ['a voucher block never closed', `${good}#VER A 2 20250111 "x"\n{\n#TRANS 1930 {} 1\n`, 'unterminated-voucher', 16],
    ['a #VER inside an open block', `${good}#VER A 2 20250111 "x"\n{\n#TRANS 1930 {} 1\n#VER A 3 20250111 "y"\n{\n}\n`, 'unterminated-voucher', 16],
    ['a stray closing brace', `${good}}\n`, 'unexpected-brace', 16],
    ['a stray opening brace', `{\n${good}`, 'unexpected-brace', 10],
    ['a closing #KSUMMA without an opening one', `${good}#KSUMMA 12345\n`, 'ksumma-without-start', 16],
  ];
  it.each(fatalCases)('%s: the file is refused, with the line', async (_name, body, code, line) => {
    const err = await refusal(file(body));
    expect(err.issues).toEqual([expect.objectContaining({ code, line, scope: 'file' })]);
    expect(err.message).toContain(`line ${line}`);
  });
});

describe('#RTRANS and #BTRANS', () => {
  it('balances on #TRANS rows: the #RTRANS duplicate is not counted twice, a #BTRANS not at all', async () => {
    const f = await readSieFile(
      file(
        '#VER A 1 20250110 "x"\n{\n#TRANS 1930 {} 100\n#BTRANS 3010 {} -40 20250112 "" "" "Anna"\n#TRANS 3010 {} -60\n#RTRANS 3010 {} -40 20250112 "" "" "Anna"\n#TRANS 3010 {} -40\n}\n',
      ),
    );
    const v = f.vouchers[0]!;
    expect(v.issues).toEqual([]);
    expect(v.rows.map((r) => [r.kind, r.booked])).toEqual([
      ['trans', true],
      ['btrans', false],
      ['trans', true],
      ['rtrans', false],
      ['trans', true],
    ]);
    expect(v.rows[1]).toMatchObject({ date: '2025-01-12', sign: 'Anna' });
  });

  it('books an #RTRANS that a program wrote without its duplicate #TRANS', async () => {
    const f = await readSieFile(file('#VER A 1 20250110 "x"\n{\n#TRANS 1930 {} 100\n#RTRANS 3010 {} -100\n}\n'));
    expect(f.vouchers[0]!.rows.map((r) => r.booked)).toEqual([true, true]);
    expect(f.vouchers[0]!.issues).toEqual([]);
  });

  it('refuses a voucher that only balances when its #BTRANS is counted', async () => {
    const f = await readSieFile(file('#VER A 1 20250110 "x"\n{\n#TRANS 1930 {} 100\n#BTRANS 3010 {} -100\n}\n'));
    expect(f.vouchers[0]!.issues).toEqual([expect.objectContaining({ code: 'unbalanced-voucher', line: 10 })]);
  });
});

describe('lenient where programs differ', () => {
  it('reads CRLF, tabs, missing optional fields, a missing object list, unknown labels, empty lines', async () => {
    const body =
      '#OMFATTN 20251231\r\n\r\n#DIM 6 "Projekt"\r\n#UNDERDIM 21 "Delprojekt" 6\r\n#OBJEKT 6 "P1" "Villa Åkesson"\r\n' +
      '\t#VER\t""\t""\t20250110\t"x"\r\n{\r\n\t#TRANS  1930  {6 "P1"}  100.5\r\n#TRANS 3010 -100.5 "" "text"\r\n#NYTT 1\r\n}\r\n';
    const f = await readSieFile(file(body));
    expect(f.issues).toEqual([]);
    expect(f.unknown).toEqual([{ line: 10, label: '#OMFATTN' }]);
    expect(f.dimensions).toEqual([
      { number: '6', name: 'Projekt', line: 12 },
      { number: '21', name: 'Delprojekt', parent: '6', line: 13 },
    ]);
    expect(f.objects).toEqual([{ dimension: '6', id: 'P1', name: 'Villa Åkesson', line: 14 }]);
    const v = f.vouchers[0]!;
    expect(v).toMatchObject({ series: '', number: '', date: '2025-01-10' });
    expect(v.rows[0]).toMatchObject({ account: '1930', objects: [{ dimension: '6', id: 'P1' }] });
    expect(v.rows[0]!.amount.toFixed()).toBe('100.5');
    expect(v.rows[1]).toMatchObject({ account: '3010', objects: [], text: 'text' });
    expect(v.rows[1]!.date).toBeUndefined();
  });
});

describe('#KSUMMA', () => {
  it('is the CRC-32 of labels and field contents without blanks, quotes, braces or line ends', () => {
    const sum = new SieChecksum('cp437');
    const records = ['#KONTO 1915 "Kassa \\"special\\" åäö"', '#TRANS 7010 {1 "456"} 13200.00'];
    for (const r of records) {
      const tokens = tokenizeSieLine(r).tokens.flatMap((t) => (t.kind === 'word' || t.kind === 'string' ? [t.value] : []));
      sum.addRecord(tokens[0]!, tokens.slice(1));
    }
    const expected = crc32(iconv.encode('#KONTO1915Kassa "special" åäö#TRANS70101456' + '13200.00', 'cp437'));
    expect(sum.value).toBe(expected);
    expect(sum.matches(String(expected))).toBe(true);
    expect(sum.matches(String(expected | 0))).toBe(true); // the same bits written signed
    expect(sum.matches(String(expected + 1))).toBe(false);
    // Some programs leave the # of each label out of the sum.
    expect(sum.matches(String(crc32(iconv.encode('KONTO1915Kassa "special" åäöTRANS70101456' + '13200.00', 'cp437'))))).toBe(true);
    expect(sum.matches('abc')).toBe(false);
  });

  function withChecksum(body: string, extraBlanks = false): Buffer {
    const records = `#PROGRAM "Test" 1.0\n#FORMAT PC8\n#SIETYP 4\n#FNAMN "Bolaget \\"Å\\" AB"\n#KONTO 1930 "Bank"\n${body}`;
    const sum = new SieChecksum('cp437');
    for (const line of records.split('\n')) {
      const tokens = tokenizeSieLine(line).tokens.flatMap((t) => (t.kind === 'word' || t.kind === 'string' ? [t.value] : []));
      if (tokens.length > 0) sum.addRecord(tokens[0]!, tokens.slice(1));
    }
    const text = extraBlanks ? records.replace('#TRANS 1930 {} 1', '#TRANS\t1930  { }   1').replace('#KONTO 1930', '#KONTO \t 1930') : records;
    return iconv.encode(`#FLAGGA 0\n#KSUMMA\n${text}#KSUMMA ${sum.value}\n`, 'cp437');
  }
  const body = '#VER A 1 20250110 "x"\n{\n#TRANS 1930 {} 1\n#TRANS 1930 {} -1\n}\n';

  it('verifies a right checksum, also when blanks differ', async () => {
    expect((await readSieFile(withChecksum(body))).checksumVerified).toBe(true);
    expect((await readSieFile(withChecksum(body, true))).checksumVerified).toBe(true);
  });

  it('refuses a file whose content changed after the checksum, at the #KSUMMA line', async () => {
    const bytes = withChecksum(body);
    bytes[bytes.indexOf('Bank')] = 'P'.charCodeAt(0);
    const err = await refusal(bytes);
    expect(err.issues).toEqual([expect.objectContaining({ code: 'ksumma-mismatch', line: 13 })]);
  });

  it('refuses a file cut off before its closing #KSUMMA', async () => {
    const bytes = withChecksum(body);
    const err = await refusal(bytes.subarray(0, bytes.lastIndexOf('#KSUMMA')));
    expect(err.issues).toEqual([expect.objectContaining({ code: 'ksumma-missing', line: 12 })]);
  });
});
