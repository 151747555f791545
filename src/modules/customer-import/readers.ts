// Streaming row readers: xlsx (yauzl and exceljs' streaming part parsers, first worksheet) and CSV
// as Swedish Excel writes it (csv-parse; semicolon, UTF-8 with or without BOM, Windows-1252).
// Neither holds the file in memory; both yield rows as they are parsed.
import { pipeline, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import yauzl from 'yauzl';
import { parse as parseCsv } from 'csv-parse';
import iconv from 'iconv-lite';
import { EMPTY, type Cell } from './cells.js';
import { SharedStrings } from './shared-strings.js';
import { AppError } from '../../errors.js';
import { fileError, tooManyEntries, type ImportSource, type Sniffed } from './source.js';
import { EntryGuard, judgeInflated, resolveCaps, type Caps } from './guards.js';

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

/** Opens a reader for a sniffed source. CSV: decides the encoding and separator first (one quick pass). `caps`: the configured ones when left out. */
export async function openSheet(source: ImportSource, sniffed: Sniffed, csv?: CsvOptions, caps: Caps = resolveCaps()): Promise<SheetReader> {
  if (sniffed.format === 'xlsx') return xlsxReader(source, caps);
  return csvReader(source, csv ?? (await detectCsv(source)), caps);
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
  return fileError(
    'corrupt',
    `The workbook is damaged or not a valid .xlsx file and cannot be read (${reason}). Save it again from Excel and upload the new file.`,
  );
}

interface ExcelWorkbookInternals {
  model?: { sheets?: { name: string; rId?: string }[] };
  workbookRels?: { Id: string; Target: string }[];
  _parseRels(entry: Readable): Promise<void>;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<Buffer>, sheetNo: string): Generator<{ eventType: string; value: WorksheetReaderInternals }>;
}

/** A random-access view of the source for yauzl: it reads the central directory and each entry from where they lie. */
class SourceReader extends yauzl.RandomAccessReader {
  constructor(private readonly source: ImportSource) {
    super();
  }
  override _readStreamForRange(start: number, end: number): Readable {
    return this.source.open(start, end);
  }
}

function openZip(source: ImportSource): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.fromRandomAccessReader(new SourceReader(source), source.size, { lazyEntries: true, autoClose: false }, (err, zip) =>
      err ? reject(err) : resolve(zip),
    ),
  );
}

function zipEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, yauzl.Entry>();
    zip.on('entry', (e: yauzl.Entry) => {
      entries.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', reject);
    zip.readEntry();
  });
}

const SHEET_RE = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/**
 * Reads an xlsx with yauzl (random access to the archive, each entry inflated as a stream) and
 * exceljs' streaming parsers for the parts: relationships, workbook, styles (date formats),
 * shared strings and the first sheet in the workbook's tab order. Only those entries are ever
 * inflated. Each passes through an EntryGuard (guards.ts) before exceljs sees it, and each is
 * judged by its declared sizes before it is opened: the caps on inflated bytes, compression
 * ratio, cell length and shared strings hold while the file is read, and the entry count before.
 * (exceljs' own streaming reader inflates every entry in stream order with no cap, and its SAX
 * parser builds a text node whole, so a 400 MB cell was in memory before any rule saw it.)
 */
function xlsxReader(source: ImportSource, caps: Caps): SheetReader {
  const merges: MergedRange[] = [];
  const info: SheetInfo = { format: 'xlsx' };
  return {
    info,
    merges,
    async *rows() {
      merges.length = 0;
      const workbook = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), {
        worksheets: 'emit',
        sharedStrings: 'cache',
        // Styles tell date cells from numbers.
        styles: 'cache',
        hyperlinks: 'ignore',
        entries: 'ignore',
      });
      // exceljs declares none of the reader's internals used here; ExcelWorkbookInternals describes them.
      const book = workbook as unknown as ExcelWorkbookInternals;
      // exceljs' shared-strings cache is a JS array it assigns and pushes to, and the sheet reader
      // indexes; a compact store stands in for it (see shared-strings.ts).
      const strings = new SharedStrings();
      const view = strings.asArray();
      Object.defineProperty(workbook, 'sharedStrings', { get: () => view, set: () => undefined, configurable: true });
      let zip: yauzl.ZipFile | null = null;
      const open = new Set<Readable>();
      let inflated = 0;
      /** The entry's inflated bytes, guarded; judged by its declared sizes first. */
      const entryStream = async (entry: yauzl.Entry): Promise<Readable> => {
        judgeInflated(entry.fileName, entry.uncompressedSize, entry.compressedSize, inflated, caps);
        const raw = await new Promise<Readable>((resolve, reject) => zip!.openReadStream(entry, (err, s) => (err ? reject(err) : resolve(s))));
        const guard = new EntryGuard(entry.fileName, entry.compressedSize, inflated, caps);
        open.add(raw).add(guard);
        pipeline(raw, guard, () => undefined);
        guard.on('end', () => (inflated += guard.inflated));
        return guard;
      };
      let read = false;
      try {
        zip = await openZip(source);
        if (zip.entryCount > caps.maxZipEntries) throw tooManyEntries(zip.entryCount, caps.maxZipEntries);
        const entries = await zipEntries(zip);
        const part = async (name: string, parse: (s: Readable) => Promise<unknown>) => {
          const e = entries.get(name);
          if (e) await parse(await entryStream(e));
        };
        await part('xl/_rels/workbook.xml.rels', (s) => book._parseRels(s));
        await part('xl/workbook.xml', (s) => book._parseWorkbook(s));
        await part('xl/styles.xml', (s) => book._parseStyles(s));
        await part('xl/sharedStrings.xml', async (s) => {
          for await (const _ of book._parseSharedStrings(s));
        });
        // The first sheet in the workbook's tab order; without a usable workbook part, the first in the archive.
        const first = book.model?.sheets?.[0];
        const target = first && book.workbookRels?.find((r) => r.Id === first.rId)?.Target;
        const path = target ? (target.startsWith('/') ? target.slice(1) : `xl/${target}`) : undefined;
        const sheetEntry =
          (path && SHEET_RE.test(path) ? entries.get(path) : undefined) ?? (first ? undefined : [...entries.values()].find((e) => SHEET_RE.test(e.fileName)));
        if (sheetEntry) {
          const sheetNo = SHEET_RE.exec(sheetEntry.fileName)![1]!;
          const stream = await entryStream(sheetEntry);
          for (const { eventType, value: ws } of book._parseWorksheet(stream, sheetNo)) {
            if (eventType !== 'worksheet') continue;
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
        }
      } catch (err) {
        throw describeXlsxError(err);
      } finally {
        for (const s of open) s.destroy();
        zip?.close();
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
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
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

/**
 * CSV rows, as csv-parse reads them. csv-parse holds a record while it is being read, so the
 * record is capped while streaming (max_record_size: four cells of the longest length allowed)
 * and each field of a record at the cell cap; both give cell_too_long at the path `file`.
 */
function csvReader(source: ImportSource, opts: CsvOptions, caps: Caps): SheetReader {
  const info: SheetInfo = {
    format: 'csv',
    encoding: ENCODING_NAMES[opts.encoding] ?? opts.encoding,
    delimiter: opts.delimiter,
    estimatedRows: opts.estimatedRows,
  };
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
        max_record_size: 4 * caps.maxCellChars,
      });
      const decoded = input.pipe(iconv.decodeStream(opts.encoding, { stripBOM: true }));
      decoded.on('error', (e) => parser.destroy(e));
      decoded.pipe(parser);
      let n = 0;
      try {
        for await (const rec of parser as AsyncIterable<{ record: string[] }>) {
          n++;
          if (rec.record.some((f) => f.length > caps.maxCellChars)) throw csvTooLong(n, caps);
          yield { row: n, cells: rec.record.map(csvCell) };
        }
      } catch (err) {
        if (err instanceof AppError) throw err;
        if ((err as { code?: string })?.code === 'CSV_MAX_RECORD_SIZE') throw csvTooLong(n + 1, caps);
        const msg = err instanceof Error ? err.message : String(err);
        throw fileError('corrupt', `The CSV file cannot be read: ${msg}`);
      } finally {
        input.destroy();
      }
    },
  };
}

function csvTooLong(row: number, caps: Caps): Error {
  return fileError(
    'cell_too_long',
    `Row ${row} of the CSV file has a field longer than ${caps.maxCellChars.toLocaleString('en')} characters (Excel's own limit for a cell is 32,767); the file is refused.`,
  );
}

export { guessDelimiter, parseRange, tapMergeCells };
