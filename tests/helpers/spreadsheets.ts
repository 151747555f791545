// Real spreadsheet files for the import tests, generated in the test: xlsx written by exceljs
// (with merged cells, formulas, number formats as asked), CSV encoded as Swedish Excel saves it,
// and a password-protected workbook encrypted by officecrypto-tool (ECMA-376 agile encryption,
// the format Excel writes).
import { crc32 as zlibCrc32 } from 'node:zlib';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import officeCrypto from 'officecrypto-tool';

export type CellInput = string | number | boolean | Date | null | { formula: string; result?: string | number };

export interface XlsxOptions {
  sheetName?: string;
  /** Ranges to merge, e.g. "A1:B1". */
  merges?: string[];
  /** Number formats by cell address, e.g. { C2: 'yyyy-mm-dd' }. */
  numFmt?: Record<string, string>;
  /** Sheets placed before the data sheet in the ZIP but after it in tab order are not needed; extra sheets come after. */
  extraSheets?: { name: string; rows: CellInput[][] }[];
}

export async function xlsx(rows: CellInput[][], opts: XlsxOptions = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? 'Kunder');
  for (const r of rows) ws.addRow(r);
  for (const m of opts.merges ?? []) ws.mergeCells(m);
  for (const [addr, fmt] of Object.entries(opts.numFmt ?? {})) ws.getCell(addr).numFmt = fmt;
  for (const extra of opts.extraSheets ?? []) {
    const s = wb.addWorksheet(extra.name);
    for (const r of extra.rows) s.addRow(r);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252';

/** CSV as Swedish Excel saves it: semicolons, CRLF, quotes where needed. */
export function csv(rows: string[][], encoding: CsvEncoding = 'utf-8-bom', delimiter = ';'): Buffer {
  const field = (v: string) => (/[";\r\n,]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const text = `${rows.map((r) => r.map(field).join(delimiter)).join('\r\n')}\r\n`;
  if (encoding === 'windows-1252') return iconv.encode(text, 'windows-1252');
  const body = Buffer.from(text, 'utf8');
  return encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** A workbook encrypted with a password, as Excel's "Encrypt with Password" writes it. */
export async function encrypted(workbook: Buffer, password = 'hemligt'): Promise<Buffer> {
  return Buffer.from(await officeCrypto.encrypt(workbook, { password }));
}

/** Reads the first sheet of a workbook back (for checking downloads). */
export async function readXlsx(
  buf: Buffer,
): Promise<{ sheets: string[]; rows: (string | null)[][]; notes: (string | null)[]; validations: Record<string, unknown> }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const rows: (string | null)[][] = [];
  ws.eachRow({ includeEmpty: false }, (row) => {
    const out: (string | null)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      out.push(v === null || v === undefined ? null : String(v));
    }
    rows.push(out);
  });
  const head = ws.getRow(1);
  const notes: (string | null)[] = [];
  for (let c = 1; c <= ws.columnCount; c++) {
    const n = head.getCell(c).note;
    notes.push(typeof n === 'string' ? n : n ? (n.texts?.map((t) => t.text).join('') ?? null) : null);
  }
  const validations = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
  return { sheets: wb.worksheets.map((w) => w.name), rows, notes, validations };
}

/** A ZIP archive with stored (uncompressed) entries, e.g. to make a Word-like or bogus package. */
export function zip(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = typeof content === 'string' ? Buffer.from(content) : content;
    const nameBuf = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(entries).length, 8);
  eocd.writeUInt16LE(Object.keys(entries).length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

function crc32(data: Buffer): number {
  return zlibCrc32(data) >>> 0;
}
