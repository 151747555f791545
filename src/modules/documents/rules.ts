// Document rules (pure, no I/O): which files may be uploaded as documents of a customer or a
// project, what they are called, and how folders are named.
//
// - The type is decided by the bytes (the caller sniffs them, src/http/file-types.ts), never by
//   the name or the type the sender claimed. Accepted: PDF; JPEG, PNG, GIF, WebP and HEIC/HEIF
//   images; Word, Excel and PowerPoint (docx, xlsx, pptx) and OpenDocument text and spreadsheets
//   (odt, ods); plain text and CSV. Everything else is refused, executables and macro-enabled
//   office files included. Text is only accepted when it is not markup: HTML, SVG and XML are
//   refused (they could run as a page or script when opened).
// - A file name keeps the sender's name (its last path segment), with the extension of the type
//   the bytes show appended when the name does not already end in one of that type's extensions
//   ("offer" holding a PDF is stored as "offer.pdf", "x.exe" holding a PDF as "x.exe.pdf").
// - Names are unique per folder (or the top level) and folder names per customer or project,
//   compared without regard to case. A document uploaded under a taken name is numbered
//   ("offer (2).pdf"); a folder under a taken name is refused.
import type { ValidationIssue } from '../../errors.js';

/** The default largest document (DOCUMENT_MAX_BYTES). */
export const DEFAULT_DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;
export const MAX_DOCUMENT_NAME_CHARS = 200;
export const MAX_FOLDER_NAME_CHARS = 100;

/** The accepted types and their file-name extensions (the first is appended when the name has none of them). */
export const DOCUMENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  'image/png': ['png'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/heic': ['heic', 'heif'],
  'image/heif': ['heif', 'heic'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/vnd.oasis.opendocument.text': ['odt'],
  'application/vnd.oasis.opendocument.spreadsheet': ['ods'],
  'text/plain': ['txt'],
  'text/csv': ['csv'],
};

/** What the bytes are, as the caller found out: the sniffed type (application/octet-stream when unidentified). */
export interface UploadFacts {
  /** The name the sender gave (may carry a path, as some browsers send it). */
  fileName: string;
  /** The type the bytes show (file-type), application/octet-stream when they show none. */
  sniffedType: string;
  bytes: Uint8Array;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; issue: ValidationIssue };

const OCTET_STREAM = 'application/octet-stream';
// biome-ignore lint/suspicious/noControlCharactersInRegex: the rule is about control characters
const NAME_CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/**
 * Whether bytes are plain text: no control characters but tab, line feed, form feed and carriage
 * return (any text encoding: UTF-8, Latin-1 and Windows-1252 exports alike).
 */
export function isPlainText(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b === 0x7f || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d)) return false;
  }
  return true;
}

/** Whether text starts, after a byte-order mark and white space, with `<` (HTML, SVG, XML and other markup). */
export function looksLikeMarkup(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d || bytes[i] === 0x0c)) i++;
  return bytes[i] === 0x3c;
}

/** The extension of a name in lower case ("Offer.PDF" → "pdf"), or null when it has none. */
export function extensionOf(name: string): string | null {
  const m = /\.([A-Za-z0-9]{1,10})$/.exec(name);
  return m && m.index > 0 ? m[1]!.toLowerCase() : null;
}

/** A size issue: empty, or larger than `maxBytes`. */
export function sizeIssue(size: number, maxBytes: number, path = 'file'): ValidationIssue | null {
  if (size === 0) return { path, code: 'empty_file', message: 'The file is empty.' };
  if (size > maxBytes) return { path, code: 'file_too_large', message: `A document is at most ${formatBytes(maxBytes)}; this file is ${formatBytes(size)}.` };
  return null;
}

/** "25 MB", "1.5 MB", "300 kB", "12 bytes". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / 1024 / 1024).toFixed(1))} MB`;
  if (n >= 1024) return `${Number((n / 1024).toFixed(1))} kB`;
  return `${n} bytes`;
}

/**
 * The stored type of an upload, decided by its bytes: an accepted sniffed type; for bytes no
 * magic number identifies, text/csv or text/plain when they are plain text that is not markup
 * (text/csv when the name ends in .csv). Anything else is refused at `path`.
 */
export function documentType(f: UploadFacts, path = 'file'): Outcome<string> {
  const refuse = (code: string, message: string): Outcome<string> => ({ ok: false, issue: { path, code, message } });
  if (f.sniffedType !== OCTET_STREAM) {
    if (f.sniffedType in DOCUMENT_TYPES && !f.sniffedType.startsWith('text/')) return { ok: true, value: f.sniffedType };
    return refuse('type_not_allowed', `The file is ${f.sniffedType}, which is not accepted. ${ACCEPTED}`);
  }
  if (!isPlainText(f.bytes)) return refuse('type_not_allowed', `The file’s type is not recognised. ${ACCEPTED}`);
  if (looksLikeMarkup(f.bytes)) return refuse('type_not_allowed', `The file is markup (HTML, SVG or XML), which is not accepted. ${ACCEPTED}`);
  return { ok: true, value: extensionOf(baseName(f.fileName)) === 'csv' ? 'text/csv' : 'text/plain' };
}

const ACCEPTED =
  'Accepted: PDF, JPEG, PNG, GIF, WebP, HEIC, Word/Excel/PowerPoint (docx, xlsx, pptx), OpenDocument text and spreadsheets (odt, ods), plain text and CSV.';

/** The last segment of a path the sender may have sent ("C:\\Users\\me\\offer.pdf" → "offer.pdf"). */
export function baseName(name: string): string {
  const parts = name.split(/[/\\]/);
  return parts[parts.length - 1] ?? '';
}

/** Unicode NFC and trimmed. */
function clean(name: string): string {
  return name.normalize('NFC').trim();
}

/** The key names are compared by: NFC, lower case. */
export function nameKey(name: string): string {
  return name.normalize('NFC').toLowerCase();
}

/**
 * The stored name of an uploaded file: its last path segment, trimmed, with the type's
 * extension appended when it does not already end in one of the type's extensions.
 */
export function documentName(fileName: string, contentType: string, path = 'file'): Outcome<string> {
  let name = clean(baseName(fileName));
  if (NAME_CONTROL_RE.test(name)) return { ok: false, issue: { path, code: 'invalid_name', message: 'A file name may not contain control characters.' } };
  if (name === '.' || name === '..') name = '';
  const extensions = DOCUMENT_TYPES[contentType] ?? [];
  const ext = extensionOf(name);
  const suffix = ext !== null && extensions.includes(ext) ? '' : `.${extensions[0] ?? 'bin'}`;
  const stem = name === '' ? 'document' : name;
  if (Array.from(stem).length + suffix.length > MAX_DOCUMENT_NAME_CHARS) {
    return { ok: false, issue: { path, code: 'too_long', message: `A file name has at most ${MAX_DOCUMENT_NAME_CHARS} characters.` } };
  }
  return { ok: true, value: stem + suffix };
}

/** A folder's name: trimmed, 1–100 characters, no slash, backslash or control characters, not "." or "..". */
export function folderName(raw: string, path = 'name'): Outcome<string> {
  const name = clean(raw);
  const refuse = (code: string, message: string): Outcome<string> => ({ ok: false, issue: { path, code, message } });
  if (name === '') return refuse('required', 'A folder needs a name.');
  if (Array.from(name).length > MAX_FOLDER_NAME_CHARS) return refuse('too_long', `A folder name has at most ${MAX_FOLDER_NAME_CHARS} characters.`);
  if (/[/\\]/.test(name) || NAME_CONTROL_RE.test(name)) return refuse('invalid_name', 'A folder name may not contain / or \\ or control characters.');
  if (name === '.' || name === '..') return refuse('invalid_name', 'A folder may not be called "." or "..".');
  return { ok: true, value: name };
}

/**
 * `name` when no name in `taken` (keys, see nameKey) equals it; otherwise the first free
 * "stem (n).ext" from n = 2 (a name already ending in " (n)" continues from n + 1).
 */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(nameKey(name))) return name;
  const ext = extensionOf(name);
  const dotExt = ext === null ? '' : name.slice(name.length - ext.length - 1);
  const full = name.slice(0, name.length - dotExt.length);
  const numbered = / \((\d{1,6})\)$/.exec(full);
  const stem = numbered ? full.slice(0, numbered.index) : full;
  for (let n = numbered ? Number(numbered[1]) + 1 : 2; ; n++) {
    const candidate = `${stem} (${n})${dotExt}`;
    if (!taken.has(nameKey(candidate))) return candidate;
  }
}

/** Whether a storage key is one this system makes (32 lower-case hex digits): the only file names under DOCUMENT_DIR. */
export function isStorageKey(key: string): boolean {
  return /^[0-9a-f]{32}$/.test(key);
}
