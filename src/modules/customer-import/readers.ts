// Streaming row readers: xlsx (exceljs' streaming WorkbookReader, first worksheet) and CSV
// as Swedish Excel writes it (csv-parse; semicolon, UTF-8 with or without BOM, Windows-1252).
// Neither holds the file in memory; both yield rows as they are parsed.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import { EMPTY, type Cell } from './cells.js';
import { SharedStrings } from './shared-strings.js';
import { AppError } from '../../errors.js';
import { fileError, type ImportSource, type Sniffed, type ZipLayout } from './source.js';

export interface SheetRow {
  /** 1-based row number as Excel shows it. */
  row: number;
  /** 0-based by column. */
  cells: Cell[];
}

/** A rectangular range of merged cells, 1-based inclusive. */
export interface MergedRange {
  ref: string;
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface SheetInfo {
  format: 'xlsx' | 'csv';
  /** CSV: the encoding it was read with. */
  encoding?: string;
  /** CSV: the field separator. */
  delimiter?: string;
  /** xlsx: the worksheet read. */
  sheet?: string;
  /** An estimate of the number of rows, for progress: the sheet's <dimension>, or the CSV size over its first lines' length. */
  estimatedRows?: number;
}

export interface SheetReader {
  info: SheetInfo;
  rows(): AsyncGenerator<SheetRow>;
  /** xlsx: merged ranges of the sheet, known once rows() has run to the end. */
  merges: MergedRange[];
}

/** Opens a reader for a sniffed source. CSV: decides the encoding and separator first (one quick pass). */
export async function openSheet(source: ImportSource, sniffed: Sniffed, csv?: CsvOptions): Promise<SheetReader> {
  if (sniffed.format === 'xlsx') return xlsxReader(source, sniffed.layout);
  return csvReader(source, csv ?? (await detectCsv(source)));
}

// ---------------------------------------------------------------------------------------------
// xlsx

interface ExcelCell {
  value: unknown;
}
interface ExcelRow {
  number: number;
  eachCell(opts: { includeEmpty: boolean }, cb: (cell: ExcelCell, col: number) => void): void;
}
interface WorksheetReaderInternals extends AsyncIterable<ExcelRow> {
  name: string;
  /** The raw XML chunks exceljs parses (an internal of its streaming reader, pinned by version). */
  iterator: AsyncIterable<Buffer | string>;
}

function excelCell(value: unknown): Cell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? { kind: 'error', value: '#DATE!' } : { kind: 'date', value };
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('formula' in v || 'sharedFormula' in v) return { kind: 'formula', formula: String(v.formula ?? v.sharedFormula ?? '') };
    if ('error' in v) return { kind: 'error', value: String(v.error) };
    if (Array.isArray(v.richText)) return { kind: 'string', value: (v.richText as { text?: string }[]).map((r) => r.text ?? '').join('') };
    if ('text' in v) return excelCell(v.text);
  }
  return { kind: 'error', value: 'unsupported cell' };
}

function decodeCol(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function parseRange(ref: string): MergedRange | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return null;
  const [l, t, r, b] = [decodeCol(m[1]!), Number(m[2]), decodeCol(m[3] ?? m[1]!), Number(m[4] ?? m[2])];
  return { ref, top: Math.min(t, b), bottom: Math.max(t, b), left: Math.min(l, r), right: Math.max(l, r) };
}

/**
 * exceljs' streaming reader ignores merged cells, which a sheet lists after its rows
 * (<mergeCells> follows <sheetData>). This passes the sheet's XML through unchanged and keeps
 * the short <mergeCells> section for parsing once the sheet has been read.
 */
function tapMergeCells(source: AsyncIterable<Buffer | string>, merges: MergedRange[], info?: SheetInfo): AsyncIterable<Buffer | string> {
  return (async function* () {
    let carry = '';
    let section: string | null = null;
    let first = true;
    for await (const chunk of source) {
      const text = typeof chunk === 'string' ? chunk : chunk.toString('latin1');
      if (first && info) {
        // Excel writes <dimension ref="A1:M10001"/> before the rows: the row count, for progress.
        const d = /<(?:\w+:)?dimension\s+ref="[A-Z]+\d+:[A-Z]+(\d+)"/.exec(text.slice(0, 4096));
        if (d) info.estimatedRows = Number(d[1]);
        first = false;
      }
      if (section === null) {
        const s = carry + text;
        const i = s.search(/<(?:\w+:)?mergeCells[\s>]/);
        if (i >= 0) section = s.slice(i);
        else carry = s.slice(-64);
      } else if (!/<\/(?:\w+:)?mergeCells>/.test(section)) {
        section += text;
      }
      yield chunk;
    }
    if (section !== null) {
      const end = section.search(/<\/(?:\w+:)?mergeCells>/);
      const body = end >= 0 ? section.slice(0, end) : section;
      for (const m of body.matchAll(/<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z0-9:]+)"/g)) {
        const r = parseRange(m[1]!);
        if (r) merges.push(r);
      }
    }
  })();
}

/**
 * Whatever stops exceljs from reading the workbook (the ZIP stream ends early, an entry does not
 * inflate, the sheet XML is not well-formed) means the file is damaged; file errors pass through.
 */
function describeXlsxError(err: unknown): Error {
  if (err instanceof AppError) return err;
  const reason = err instanceof Error ? err.message : String(err);
  return fileError('corrupt', `The workbook is damaged or not a valid .xlsx file and cannot be read (${reason}). Save it again from Excel and upload the new file.`);
}

/** Entries exceljs should see first: the workbook, its relations, styles and shared strings, then the rest, sheets last. */
const ENTRY_ORDER = ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/sharedStrings.xml'];
function entryRank(name: string): number {
  const i = ENTRY_ORDER.indexOf(name);
  if (i >= 0) return i;
  return /^xl\/worksheets\//.test(name) ? ENTRY_ORDER.length + 1 : ENTRY_ORDER.length;
}

/**
 * The archive with its entries in the order exceljs' streaming reader needs. The ZIP format
 * lets a writer put entries in any order; exceljs reads them in stream order and fails on a
 * sheet that comes before xl/workbook.xml (it reads the sheet list from it), and writes a
 * sheet that comes before the shared strings (as Excel orders them) to a temporary file to read
 * it again later. Each entry is passed on unchanged, only in another order.
 */
function reorderedZip(source: ImportSource, layout: ZipLayout): Readable {
  const entries = [...layout.entries].sort((x, y) => entryRank(x.name) - entryRank(y.name) || x.start - y.start);
  const spans = [...entries.map((e) => [e.start, e.end] as const), [layout.directory.start, layout.directory.end] as const];
  return Readable.from(
    (async function* () {
      for (const [start, end] of spans) if (end > start) yield* source.open(start, end);
    })(),
    { objectMode: false },
  );
}

function xlsxReader(source: ImportSource, layout: ZipLayout | null): SheetReader {
  const merges: MergedRange[] = [];
  const info: SheetInfo = { format: 'xlsx' };
  return {
    info,
    merges,
    async *rows() {
      merges.length = 0;
      const input: Readable = layout ? reorderedZip(source, layout) : source.open();
      const workbook = new ExcelJS.stream.xlsx.WorkbookReader(input, {
        worksheets: 'emit',
        sharedStrings: 'cache',
        // Styles tell date cells from numbers.
        styles: 'cache',
        hyperlinks: 'ignore',
        entries: 'ignore',
      });
      // exceljs' shared-strings cache is a JS array it assigns and pushes to, and the sheet reader
      // indexes; a compact store stands in for it (see shared-strings.ts). Only with the entries
      // reordered: the store is there from the start, so exceljs reads sheets right away, which
      // is right only when the shared strings come first.
      const strings = new SharedStrings();
      if (layout) {
        const view = strings.asArray();
        Object.defineProperty(workbook, 'sharedStrings', { get: () => view, set: () => undefined, configurable: true });
      }
      let read = false;
      try {
        for await (const ws of workbook as unknown as AsyncIterable<WorksheetReaderInternals>) {
          // The first sheet in the workbook's tab order (exceljs yields them in ZIP order).
          const first = (workbook as unknown as { model?: { sheets?: { name: string }[] } }).model?.sheets?.[0]?.name;
          if (read || (first !== undefined && ws.name !== first)) continue;
          read = true;
          info.sheet = ws.name;
          ws.iterator = tapMergeCells(ws.iterator, merges, info);
          for await (const row of ws) {
            const cells: Cell[] = [];
            row.eachCell({ includeEmpty: false }, (cell, col) => {
              cells[col - 1] = excelCell(cell.value);
            });
            for (let i = 0; i < cells.length; i++) cells[i] ??= EMPTY;
            yield { row: row.number, cells };
          }
        }
      } catch (err) {
        throw describeXlsxError(err);
      } finally {
        input.destroy();
        strings.close();
      }
      if (!read) throw fileError('no_sheet', 'The workbook has no worksheet to import.');
    },
  };
}

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * The encoding and separator of a CSV file: a BOM decides (UTF-8, UTF-16); otherwise the whole
 * file is checked as UTF-8 and, if it is not valid UTF-8, read as Windows-1252 (what Excel's
 * "CSV (semicolon separated)" writes on Swedish Windows). The separator is the most frequent
 * of ; , and tab in the first line (a "sep=;" line, which Excel understands, wins).
 */
export interface CsvOptions {
  encoding: string;
  delimiter: string;
  skipLines: number;
  estimatedRows?: number;
}

export async function detectCsv(source: ImportSource): Promise<CsvOptions> {
  const head = await source.read(0, Math.min(source.size, 64 * 1024));
  let encoding: string;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) encoding = 'utf-8';
  else if (head[0] === 0xff && head[1] === 0xfe) encoding = 'utf-16le';
  else if (head[0] === 0xfe && head[1] === 0xff) encoding = 'utf-16be';
  else encoding = (await isValidUtf8(source)) ? 'utf-8' : 'windows-1252';
  const text = iconv.decode(head, encoding);
  const lines = text.split(/\r?\n/);
  const firstLine = lines[0] ?? '';
  // The file size over the sample's bytes per line: a row estimate for progress.
  const sampleLines = Math.max(1, lines.length - (head.length < source.size ? 1 : 0));
  const estimatedRows = Math.max(1, Math.round((source.size / head.length) * sampleLines));
  const sep = /^sep=(.)\s*$/i.exec(firstLine);
  if (sep) return { encoding, delimiter: sep[1]!, skipLines: 1, estimatedRows };
  return { encoding, delimiter: guessDelimiter(firstLine), skipLines: 0, estimatedRows };
}

async function isValidUtf8(source: ImportSource): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of source.open()) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

function guessDelimiter(line: string): string {
  const counts = new Map<string, number>([[';', 0], [',', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ';';
  for (const [d, n] of counts) if (n > counts.get(best)!) best = d;
  return best;
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-8': 'UTF-8',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
};

/** A CSV cell that was escaped against formula injection on export ('=…, '+…) is read without the quote. */
function csvCell(v: string): Cell {
  if (v === '') return EMPTY;
  if (v.length > 1 && v[0] === "'" && '=+-@'.includes(v[1]!)) return { kind: 'string', value: v.slice(1) };
  return { kind: 'string', value: v };
}

function csvReader(source: ImportSource, opts: CsvOptions): SheetReader {
  const info: SheetInfo = { format: 'csv', encoding: ENCODING_NAMES[opts.encoding] ?? opts.encoding, delimiter: opts.delimiter, estimatedRows: opts.estimatedRows };
  return {
    info,
    merges: [],
    async *rows() {
      const input = source.open();
      const parser = parseCsv({
        delimiter: opts.delimiter,
        bom: true,
        relax_column_count: true,
        skip_empty_lines: false,
        from_line: opts.skipLines + 1,
        info: true,
      });
      const decoded = input.pipe(iconv.decodeStream(opts.encoding, { stripBOM: true }));
      decoded.on('error', (e) => parser.destroy(e));
      decoded.pipe(parser);
      let n = 0;
      try {
        for await (const rec of parser as AsyncIterable<{ record: string[] }>) {
          n++;
          yield { row: n, cells: rec.record.map(csvCell) };
        }
      } catch (err) {
        const msg = err instanceof Error ? err.message : String(err);
        throw fileError('corrupt', `The CSV file cannot be read: ${msg}`);
      } finally {
        input.destroy();
      }
    },
  };
}

export { guessDelimiter, parseRange, tapMergeCells };
