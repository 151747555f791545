// Reading import files, with real files generated here: what a file is (xlsx, CSV, or something
// to refuse with a clear message), the cells an xlsx holds (dates, formulas, rich text, merged
// ranges), and CSV in the encodings Swedish Excel writes.
import { describe, expect, it } from 'vitest';
import CFB from 'cfb';
import iconv from 'iconv-lite';
import type { Cell } from '../../src/modules/customer-import/cells.js';
import { openSheet, type SheetRow } from '../../src/modules/customer-import/readers.js';
import { bufferSource, sniff } from '../../src/modules/customer-import/source.js';
import { SharedStrings } from '../../src/modules/customer-import/shared-strings.js';
import { ValidationError } from '../../src/errors.js';
import { csv, encrypted, xlsx, zip } from '../helpers/spreadsheets.js';

async function rowsOf(buf: Buffer, name = 'file.xlsx'): Promise<{ rows: SheetRow[]; merges: string[]; info: object }> {
  const source = bufferSource(buf, name);
  const sheet = await openSheet(source, await sniff(source));
  const rows: SheetRow[] = [];
  for await (const r of sheet.rows()) rows.push(r);
  return { rows, merges: sheet.merges.map((m) => m.ref), info: sheet.info };
}

async function fileProblem(buf: Buffer, name = 'file.xlsx'): Promise<{ code: string; message: string }> {
  try {
    await rowsOf(buf, name);
  } catch (err) {
    if (err instanceof ValidationError && err.issues[0]?.path === 'file') return { code: err.issues[0].code, message: err.issues[0].message };
    throw err;
  }
  throw new Error('expected a file error');
}

const strings = (cells: Cell[]) => cells.map((c) => (c.kind === 'string' ? c.value : c.kind));

describe('xlsx', () => {
  it('reads the first sheet cell by cell: text, numbers, dates, formulas, rich text', async () => {
    const buf = await xlsx(
      [
        ['Kundnummer', 'Namn', 'Datum', 'Tal'],
        ['1001', { formula: 'A2&"x"', result: '1001x' }, new Date(Date.UTC(2024, 0, 1)), 1012384],
        [1002, 'Beta', 45292, 850412.2384],
      ],
      { numFmt: { C2: 'yyyy-mm-dd' }, extraSheets: [{ name: 'Anvisningar', rows: [['not read']] }] },
    );
    const { rows, info } = await rowsOf(buf);
    expect(info).toMatchObject({ format: 'xlsx', sheet: 'Kunder' });
    expect(rows.map((r) => r.row)).toEqual([1, 2, 3]);
    expect(rows[1]!.cells).toEqual([
      { kind: 'string', value: '1001' },
      { kind: 'formula', formula: 'A2&"x"' },
      { kind: 'date', value: new Date(Date.UTC(2024, 0, 1)) },
      { kind: 'number', value: 1012384 },
    ]);
    // A serial number without a date format stays a number (a date stored as a number).
    expect(rows[2]!.cells[2]).toEqual({ kind: 'number', value: 45292 });
  });

  it('reports merged ranges (exceljs streaming ignores them; the import reads them from the sheet XML)', async () => {
    const buf = await xlsx(
      [
        ['Kundnummer', 'Namn', 'Ort'],
        ['1', 'A', 'B'],
        ['2', 'C', 'D'],
      ],
      { merges: ['B1:C1', 'A3:B3'] },
    );
    const { merges, rows } = await rowsOf(buf);
    expect(merges.sort()).toEqual(['A3:B3', 'B1:C1']);
    // The merged-over cell C1 is gone: 'Ort' no longer has a header of its own.
    expect(strings(rows[0]!.cells)).toEqual(['Kundnummer', 'Namn']);
  });

  it('a real password-protected workbook (ECMA-376 agile encryption) is refused as encrypted', async () => {
    const plain = await xlsx([
      ['Kundnummer', 'Namn'],
      ['1', 'A'],
    ]);
    const problem = await fileProblem(await encrypted(plain));
    expect(problem.code).toBe('encrypted');
    expect(problem.message).toMatch(/password/);
  });

  it('an OLE compound file without an encrypted package is an old .xls', async () => {
    const cfb = CFB.utils.cfb_new();
    CFB.utils.cfb_add(cfb, 'Workbook', Buffer.from('BIFF8 data would be here'));
    const buf = Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
    expect((await fileProblem(buf, 'kunder.xls')).code).toBe('legacy_excel');
  });

  it('a workbook cut off (truncated download) is damaged', async () => {
    const buf = await xlsx([['Kundnummer', 'Namn'], ...Array.from({ length: 200 }, (_, i) => [String(i), `Kund ${i}`])]);
    for (const keep of [0.3, 0.6, 0.95]) {
      expect((await fileProblem(buf.subarray(0, Math.floor(buf.length * keep)))).code, `kept ${keep}`).toBe('corrupt');
    }
  });

  it('a workbook with damaged data inside an intact archive is damaged', async () => {
    const buf = Buffer.from(await xlsx([['Kundnummer', 'Namn'], ...Array.from({ length: 500 }, (_, i) => [String(i), `Kund nummer ${i}`])]));
    // Overwrite the middle of the compressed data (not the ZIP directory at the end).
    buf.fill(0x41, Math.floor(buf.length * 0.3), Math.floor(buf.length * 0.5));
    expect((await fileProblem(buf)).code).toBe('corrupt');
  });

  it('other files are not spreadsheets, with a message saying what they are', async () => {
    const word = zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' });
    expect(await fileProblem(word, 'kunder.docx')).toMatchObject({ code: 'not_a_spreadsheet', message: expect.stringContaining('Word') });
    const ods = zip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content/>' });
    expect(await fileProblem(ods, 'kunder.ods')).toMatchObject({ code: 'not_a_spreadsheet', message: expect.stringContaining('.ods') });
    expect((await fileProblem(Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'kunder.pdf')).message).toContain('PDF');
    expect((await fileProblem(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'bild.png')).message).toContain('PNG');
    expect((await fileProblem(Buffer.from([0x00, 0x01, 0x02, 0xff, 0x10, 0x00]), 'data.bin')).code).toBe('not_a_spreadsheet');
    expect((await fileProblem(Buffer.from('Kundnummer;Namn\r\n'), 'kunder.xlsx')).code).toBe('corrupt');
    expect((await fileProblem(Buffer.alloc(0), 'tom.csv')).code).toBe('empty_file');
  });
});

describe('CSV as Swedish Excel writes it', () => {
  const rows = [
    ['Kundnummer', 'Namn', 'Ort'],
    ['1001', 'Åkesson & Öberg AB', 'Västerås'],
    ['1002', 'Bygg; "Mäster" AB', 'Malmö'],
  ];

  it.each(['utf-8-bom', 'utf-8', 'windows-1252'] as const)('reads %s', async (encoding) => {
    const { rows: read, info } = await rowsOf(csv(rows, encoding), 'kunder.csv');
    expect(info).toMatchObject({ format: 'csv', delimiter: ';', encoding: encoding === 'windows-1252' ? 'Windows-1252' : 'UTF-8' });
    expect(read.map((r) => strings(r.cells))).toEqual(rows);
  });

  it('a Windows-1252 file whose first 64 kB are plain ASCII is still recognised (the whole file is checked)', async () => {
    const many = [['Kundnummer', 'Namn'], ...Array.from({ length: 4000 }, (_, i) => [String(i), `Kund ${i}`]), ['9999', 'Örjans Åkeri']];
    const { rows: read } = await rowsOf(csv(many, 'windows-1252'), 'kunder.csv');
    expect(strings(read.at(-1)!.cells)).toEqual(['9999', 'Örjans Åkeri']);
  });

  it('also reads comma-separated files and honours a "sep=" line', async () => {
    expect((await rowsOf(csv(rows, 'utf-8', ','), 'kunder.csv')).info).toMatchObject({ delimiter: ',' });
    const withSep = Buffer.concat([Buffer.from('sep=;\r\n'), csv(rows, 'utf-8')]);
    const r = await rowsOf(withSep, 'kunder.csv');
    expect(r.rows.map((x) => x.row)).toEqual([1, 2, 3]);
    expect(strings(r.rows[0]!.cells)).toEqual(rows[0]);
  });

  it('reads UTF-16 with a BOM (Excel\'s "Unicode text")', async () => {
    const unicode = rows.slice(0, 2);
    const text = unicode.map((r) => r.join('\t')).join('\r\n');
    const buf = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]);
    const r = await rowsOf(buf, 'kunder.txt');
    expect(r.info).toMatchObject({ format: 'csv', encoding: 'UTF-16LE', delimiter: '\t' });
    expect(r.rows.map((x) => strings(x.cells))).toEqual(unicode);
  });

  it('an unclosed quote is a damaged file', async () => {
    const problem = await fileProblem(Buffer.from('Kundnummer;Namn\r\n1;"Acme\r\n'), 'kunder.csv');
    expect(problem.code).toBe('corrupt');
  });
});

describe('ZIP entry order', () => {
  // A minimal workbook written by hand, the worksheet stored after the shared strings but before
  // xl/workbook.xml: valid (ZIP order is free; exceljs' own writer sometimes produces it), but
  // exceljs' streaming reader then fails reading the sheet list. The import hands it the
  // entries in the order it needs.
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  const entries = {
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    'xl/_rels/workbook.xml.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
    'xl/sharedStrings.xml': `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${ns}" count="3" uniqueCount="3"><si><t>Kundnummer</t></si><si><t>Namn</t></si><si><t>Örjans Åkeri AB</t></si></sst>`,
    'xl/worksheets/sheet1.xml':
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${ns}"><dimension ref="A1:B2"/><sheetData>` +
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
      '<row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="s"><v>2</v></c></row></sheetData></worksheet>',
    'xl/workbook.xml': `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="Kunder" sheetId="1" r:id="rId1"/></sheets></workbook>`,
  };

  it('reads a workbook whose worksheet comes before xl/workbook.xml in the archive', async () => {
    const { rows, info } = await rowsOf(zip(entries));
    expect(info).toMatchObject({ sheet: 'Kunder', estimatedRows: 2 });
    expect(rows.map((r) => r.cells)).toEqual([
      [
        { kind: 'string', value: 'Kundnummer' },
        { kind: 'string', value: 'Namn' },
      ],
      [
        { kind: 'number', value: 1001 },
        { kind: 'string', value: 'Örjans Åkeri AB' },
      ],
    ]);
  });
});

describe('shared strings store', () => {
  it('keeps every string, in memory and spilled to disk, including rich text and non-ASCII', () => {
    const store = new SharedStrings(1024); // spills after 1 kB
    const expected: string[] = [];
    for (let i = 0; i < 5000; i++) {
      const s = i % 7 === 0 ? '' : `Örjans Åkeri ${i} ${'x'.repeat(i % 50)} 🚚`;
      expected.push(s);
      store.push(i % 11 === 0 ? { richText: [{ text: s.slice(0, 3) }, { text: s.slice(3) }] } : s);
    }
    const view = store.asArray() as string[];
    expect(view.length).toBe(5000);
    for (const i of [0, 1, 7, 11, 999, 2500, 4998, 4999, 3, 4000, 17]) expect(view[i]).toBe(expected[i]);
    expect(Array.from({ length: 5000 }, (_, i) => store.get(i))).toEqual(expected);
    expect(store.get(5000)).toBeUndefined();
    store.close();
  });
});
