// Where an import's bytes come from (an uploaded WHATWG File, or a file on disk for the command
// line) and what they are: an xlsx workbook, CSV text, or something to refuse with a clear
// message (another kind of file, a password-protected or damaged workbook, an old .xls).
// A source can be read more than once: the import scans the file, then processes it.
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { ValidationError } from '../../errors.js';

export interface ImportSource {
  /** File name, for messages and as a format hint. */
  name: string;
  size: number;
  /** A fresh stream of the whole file, or of bytes [start, end). */
  open(start?: number, end?: number): Readable;
  /** Bytes [start, end). */
  read(start: number, end: number): Promise<Buffer>;
}

/** The part of a WHATWG File an import uses (graphql-yoga's File is its own implementation, without slice()). */
export type BlobLike = Pick<Blob, 'size' | 'arrayBuffer'> & { name?: string };

export function isBlobLike(v: unknown): v is BlobLike {
  const b = v as Partial<BlobLike> | null;
  return !!b && typeof b === 'object' && typeof b.size === 'number' && typeof b.arrayBuffer === 'function';
}

const CHUNK = 256 * 1024;

/**
 * An uploaded file. graphql-yoga has already received the whole multipart body (its size is
 * bounded by IMPORT_MAX_BYTES and yoga's request limit), so the bytes are taken once, lazily —
 * after the size check — and parsed as a stream from there.
 */
export function blobSource(file: BlobLike, name = file.name ?? 'upload'): ImportSource {
  let bytes: Promise<Buffer> | null = null;
  const load = () => (bytes ??= file.arrayBuffer().then((ab) => Buffer.from(ab)));
  return bufferLikeSource(name, file.size, load);
}

/** Bytes in memory (tests, uploads). */
export function bufferSource(buf: Buffer, name = 'upload'): ImportSource {
  return bufferLikeSource(name, buf.length, async () => buf);
}

function bufferLikeSource(name: string, size: number, load: () => Promise<Buffer>): ImportSource {
  return {
    name,
    size,
    open: (start = 0, end = size) =>
      Readable.from(
        (async function* () {
          const b = await load();
          for (let at = start; at < end; at += CHUNK) yield b.subarray(at, Math.min(end, at + CHUNK));
        })(),
        { objectMode: false },
      ),
    read: async (start, end) => (await load()).subarray(Math.max(0, start), end),
  };
}

/** A file on disk (the command line). */
export async function pathSource(path: string): Promise<ImportSource> {
  const s = await stat(path);
  if (!s.isFile()) throw fileError('not_a_spreadsheet', `${path} is not a file.`);
  return {
    name: basename(path),
    size: s.size,
    open: (start = 0, end = s.size) => createReadStream(path, { start, end: end - 1, highWaterMark: 256 * 1024 }),
    read: async (start, end) => {
      const fh = await open(path, 'r');
      try {
        const buf = Buffer.alloc(Math.max(0, end - start));
        const { bytesRead } = await fh.read(buf, 0, buf.length, start);
        return buf.subarray(0, bytesRead);
      } finally {
        await fh.close();
      }
    },
  };
}

/** A problem with the file as a whole: reported as a validation error at the path `file`. */
export function fileError(code: string, message: string): ValidationError {
  return ValidationError.single('file', code, message);
}

/** Where each entry of a ZIP archive lies: [start, end) from its local header up to the next entry. */
export interface ZipLayout {
  entries: { name: string; start: number; end: number }[];
  /** The central directory and end record: [start, end). */
  directory: { start: number; end: number };
}

export type Sniffed = { format: 'xlsx'; layout: ZipLayout | null } | { format: 'csv' };

const ZIP_LOCAL = 0x04034b50;
const ZIP_EOCD = 0x06054b50;
const ZIP_CENTRAL = 0x02014b50;
const CFB_MAGIC = Buffer.from('d0cf11e0a1b11ae1', 'hex');

const SIGNATURES: [Buffer, string][] = [
  [Buffer.from('%PDF'), 'a PDF document'],
  [Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'a PNG image'],
  [Buffer.from([0xff, 0xd8, 0xff]), 'a JPEG image'],
  [Buffer.from('GIF8'), 'a GIF image'],
  [Buffer.from([0x1f, 0x8b]), 'a gzip archive'],
  [Buffer.from('Rar!'), 'a RAR archive'],
  [Buffer.from([0x37, 0x7a, 0xbc, 0xaf]), 'a 7-Zip archive'],
  [Buffer.from('{\\rtf'), 'an RTF document'],
];

const NOT_A_SPREADSHEET = 'Upload an Excel workbook (.xlsx) or a CSV file (semicolon-separated, as Excel saves it).';

/** The archive has more entries than accepted (a workbook has a dozen; a flood of entries is an attack on the reader). */
export function tooManyEntries(count: number, max: number): ValidationError {
  return fileError(
    'too_many_entries',
    `The workbook's archive has ${count.toLocaleString('en')} entries; at most ${max.toLocaleString('en')} are accepted. Save it again from Excel and upload the new file.`,
  );
}

/**
 * Decides what the file is, or throws a file error saying why it cannot be imported. A ZIP
 * archive with more than `maxZipEntries` entries is refused before its directory is read.
 */
export async function sniff(source: ImportSource, maxZipEntries = Infinity): Promise<Sniffed> {
  if (source.size === 0) throw fileError('empty_file', 'The file is empty.');
  const head = await source.read(0, Math.min(source.size, 8192));
  if (head.length >= 4 && head.readUInt32LE(0) === ZIP_LOCAL) {
    return { format: 'xlsx', layout: await checkZip(source, maxZipEntries) };
  }
  if (head.length >= 8 && head.subarray(0, 8).equals(CFB_MAGIC)) {
    // An OLE compound file: an encrypted OOXML workbook keeps its package in a stream named
    // "EncryptedPackage" (MS-OFFCRYPTO); otherwise it is an Excel 97–2003 .xls or another old Office file.
    const all = await source.read(0, source.size);
    if (all.includes(Buffer.from('EncryptedPackage', 'utf16le')) || all.includes(Buffer.from('EncryptionInfo', 'utf16le'))) {
      throw fileError(
        'encrypted',
        'The workbook is password-protected (encrypted) and cannot be read. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save and upload it again.',
      );
    }
    throw fileError(
      'legacy_excel',
      'This is an Excel 97–2003 (.xls) or other old Office file. Save it as an Excel Workbook (.xlsx) or as CSV and upload that.',
    );
  }
  for (const [sig, what] of SIGNATURES) {
    if (head.subarray(0, sig.length).equals(sig)) throw fileError('not_a_spreadsheet', `The file is ${what}, not a spreadsheet. ${NOT_A_SPREADSHEET}`);
  }
  if (/\.(xlsx|xlsm|xltx)$/i.test(source.name)) {
    throw fileError('corrupt', `${source.name} is not a valid Excel workbook (an .xlsx file is a ZIP archive; this one is not). ${NOT_A_SPREADSHEET}`);
  }
  if (isBinary(head)) throw fileError('not_a_spreadsheet', `The file is not a spreadsheet or text file. ${NOT_A_SPREADSHEET}`);
  return { format: 'csv' };
}

function isBinary(head: Buffer): boolean {
  // UTF-16 text (with BOM) has zero bytes; other text never has control characters other than tab, CR, LF, FF.
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return false;
  let control = 0;
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c)) control++;
  return control > 0;
}

/**
 * Checks the ZIP container without unpacking it: the end-of-central-directory record must be
 * there (a file cut off while uploading or copying lacks it) and the entries must be those of
 * an Excel workbook, not a Word document, an OpenDocument spreadsheet or a binary workbook.
 */
async function checkZip(source: ImportSource, maxZipEntries: number): Promise<ZipLayout | null> {
  const damaged = fileError(
    'corrupt',
    'The workbook is damaged or incomplete (the ZIP archive inside an .xlsx is cut off or broken). Save it again from Excel and upload the new file.',
  );
  const tailLen = Math.min(source.size, 22 + 65_535);
  const tail = await source.read(source.size - tailLen, source.size);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === ZIP_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw damaged;
  const entries = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  const eocdOffset = source.size - tailLen + eocd;
  if (entries !== 0xffff && entries > maxZipEntries) throw tooManyEntries(entries, maxZipEntries);
  if (cdOffset === 0xffffffff || entries === 0xffff) return null; // ZIP64: let the reader judge
  if (cdOffset + cdSize > eocdOffset || cdSize > 16 * 1024 * 1024) throw damaged;
  const cd = await source.read(cdOffset, cdOffset + cdSize);
  const names: string[] = [];
  const offsets: number[] = [];
  let p = 0;
  for (let i = 0; i < entries; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== ZIP_CENTRAL) throw damaged;
    const flags = cd.readUInt16LE(p + 8);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const localOffset = cd.readUInt32LE(p + 42);
    if (flags & 0x1) {
      throw fileError('encrypted', 'The archive is password-protected (encrypted ZIP entries). Save the workbook without a password and upload it again.');
    }
    if (localOffset >= cdOffset) throw damaged;
    names.push(cd.toString('utf8', p + 46, p + 46 + nameLen));
    offsets.push(localOffset);
    p += 46 + nameLen + extraLen + commentLen;
  }
  const has = (n: string) => names.includes(n);
  if (has('xl/workbook.xml') && names.some((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const order = offsets.map((o, i) => ({ name: names[i]!, start: o })).sort((x, y) => x.start - y.start);
    if (new Set(order.map((e) => e.start)).size !== order.length) throw damaged;
    return {
      entries: order.map((e, i) => ({ ...e, end: order[i + 1]?.start ?? cdOffset })),
      directory: { start: cdOffset, end: source.size },
    };
  }
  if (has('xl/workbook.bin'))
    throw fileError('not_a_spreadsheet', 'This is an Excel binary workbook (.xlsb). Save it as an Excel Workbook (.xlsx) and upload that.');
  if (has('content.xml') && has('mimetype')) {
    throw fileError('not_a_spreadsheet', 'This is an OpenDocument file (.ods). Save it as an Excel Workbook (.xlsx) or CSV and upload that.');
  }
  if (has('word/document.xml')) throw fileError('not_a_spreadsheet', `The file is a Word document, not a spreadsheet. ${NOT_A_SPREADSHEET}`);
  if (has('ppt/presentation.xml')) throw fileError('not_a_spreadsheet', `The file is a PowerPoint presentation, not a spreadsheet. ${NOT_A_SPREADSHEET}`);
  if (has('xl/workbook.xml')) throw fileError('no_sheet', 'The workbook has no worksheet.');
  throw fileError('not_a_spreadsheet', `The file is a ZIP archive but not an Excel workbook. ${NOT_A_SPREADSHEET}`);
}
