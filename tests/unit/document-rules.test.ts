// The document rules as tables: which types are accepted (decided by the bytes), file names,
// folder names, numbering of taken names and the size limit.
import { describe, expect, it } from 'vitest';
import {
  baseName,
  documentName,
  documentType,
  extensionOf,
  folderName,
  formatBytes,
  freeName,
  isPlainText,
  isStorageKey,
  looksLikeMarkup,
  nameKey,
  sizeIssue,
} from '../../src/modules/documents/rules.js';

const text = (s: string) => new TextEncoder().encode(s);
const OCTET = 'application/octet-stream';

describe('documentType', () => {
  it.each([
    ['application/pdf', 'x.pdf', 'application/pdf'],
    ['image/jpeg', 'x.jpg', 'image/jpeg'],
    ['image/png', 'x.png', 'image/png'],
    ['image/gif', 'x.gif', 'image/gif'],
    ['image/webp', 'x.webp', 'image/webp'],
    ['image/heic', 'IMG_1.HEIC', 'image/heic'],
    ['image/heif', 'x.heif', 'image/heif'],
    [
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'x.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'x.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    [
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
      'x.pptx',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    ['application/vnd.oasis.opendocument.text', 'x.odt', 'application/vnd.oasis.opendocument.text'],
    ['application/vnd.oasis.opendocument.spreadsheet', 'x.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
  ])('accepts %s whatever the name says (%s)', (sniffed, fileName, expected) => {
    expect(documentType({ fileName, sniffedType: sniffed, bytes: new Uint8Array([1]) })).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['application/x-msdownload', 'report.pdf'],
    ['application/x-elf', 'x.pdf'],
    ['application/x-sh', 'x.txt'],
    ['application/xml', 'drawing.svg'],
    ['application/zip', 'x.docx'],
    ['application/vnd.ms-word.document.macroenabled.12', 'x.docm'],
    ['application/vnd.ms-excel.sheet.macroenabled.12', 'x.xlsm'],
    ['image/tiff', 'x.tif'],
    ['application/x-rar-compressed', 'x.rar'],
    // A text type is never taken from a sniffer: text is recognised by the rules below.
    ['text/plain', 'x.txt'],
  ])('refuses %s (named %s) as type_not_allowed at file', (sniffed, fileName) => {
    const r = documentType({ fileName, sniffedType: sniffed, bytes: new Uint8Array([1]) });
    expect(r).toMatchObject({ ok: false, issue: { path: 'file', code: 'type_not_allowed' } });
  });

  it.each([
    ['plain UTF-8 text', 'Anteckningar om taket\r\n', 'notes.txt', 'text/plain'],
    ['a CSV', 'artikel;pris\nRör;12,50\n', 'priser.csv', 'text/csv'],
    ['a CSV named in capitals', 'a,b\n', 'PRISER.CSV', 'text/csv'],
    ['text named otherwise', 'a,b\n', 'priser.dat', 'text/plain'],
    ['text without a name', 'hej', '', 'text/plain'],
  ])('accepts %s as %s', (_label, content, fileName, expected) => {
    expect(documentType({ fileName, sniffedType: OCTET, bytes: text(content) })).toEqual({ ok: true, value: expected });
  });

  it('accepts Windows-1252 text (Swedish letters as single bytes)', () => {
    expect(documentType({ fileName: 'x.csv', sniffedType: OCTET, bytes: Uint8Array.from([0x52, 0xf6, 0x72, 0x3b, 0x31, 0x0a]) })).toEqual({
      ok: true,
      value: 'text/csv',
    });
  });

  it.each([
    ['HTML named as a PDF', '<!doctype html><script>alert(1)</script>', 'invoice.pdf'],
    ['HTML after white space and a BOM', '\ufeff  \n<html></html>', 'x.txt'],
    ['SVG named as text', '<svg onload="alert(1)"/>', 'x.txt'],
    ['XML as CSV', '<?xml version="1.0"?><a/>', 'x.csv'],
  ])('refuses markup: %s', (_label, content, fileName) => {
    expect(documentType({ fileName, sniffedType: OCTET, bytes: text(content) })).toMatchObject({ ok: false, issue: { code: 'type_not_allowed' } });
  });

  it.each([
    ['a NUL byte', [0x61, 0x00, 0x62]],
    ['an escape character', [0x61, 0x1b, 0x62]],
    ['DEL', [0x61, 0x7f]],
  ])('refuses unidentified bytes with %s', (_label, bytes) => {
    expect(documentType({ fileName: 'x.txt', sniffedType: OCTET, bytes: Uint8Array.from(bytes) })).toMatchObject({
      ok: false,
      issue: { code: 'type_not_allowed' },
    });
  });

  it('names the path it is given', () => {
    expect(documentType({ fileName: 'x', sniffedType: 'application/x-msdownload', bytes: new Uint8Array([1]) }, 'input.file')).toMatchObject({
      issue: { path: 'input.file' },
    });
  });
});

describe('isPlainText and looksLikeMarkup', () => {
  it.each([
    ['tab, CR, LF, FF', [0x61, 0x09, 0x0d, 0x0a, 0x0c], true],
    ['UTF-8 å', [0xc3, 0xa5], true],
    ['NUL', [0x00], false],
    ['BEL', [0x07], false],
    ['vertical tab', [0x0b], false],
    ['DEL', [0x7f], false],
    ['nothing', [], true],
  ])('%s → %s', (_label, bytes, expected) => {
    expect(isPlainText(Uint8Array.from(bytes))).toBe(expected);
  });

  it.each([
    ['<html>', true],
    ['   \n\t<svg>', true],
    ['\ufeff<x>', true],
    ['a < b', false],
    ['', false],
  ])('%j → %s', (content, expected) => {
    expect(looksLikeMarkup(text(content))).toBe(expected);
  });
});

describe('documentName', () => {
  it.each([
    ['Offert.pdf', 'application/pdf', 'Offert.pdf'],
    ['  Offert.PDF  ', 'application/pdf', 'Offert.PDF'],
    ['Offert', 'application/pdf', 'Offert.pdf'],
    ['report.docx', 'application/pdf', 'report.docx.pdf'],
    ['photo.exe', 'image/png', 'photo.exe.png'],
    ['IMG_0001.JPEG', 'image/jpeg', 'IMG_0001.JPEG'],
    ['bild.jpg', 'image/jpeg', 'bild.jpg'],
    ['C:\\Users\\me\\Desktop\\Ritning v1.2', 'application/pdf', 'Ritning v1.2.pdf'],
    ['../../etc/passwd', 'text/plain', 'passwd.txt'],
    ['..', 'application/pdf', 'document.pdf'],
    ['', 'text/csv', 'document.csv'],
    ['.pdf', 'application/pdf', '.pdf.pdf'],
    ['Kvitto\u0041\u030a.pdf', 'application/pdf', 'Kvitto\u00c5.pdf'],
  ])('%j holding %s → %j', (raw, type, expected) => {
    expect(documentName(raw, type)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['a control character', 'a\u0007b.pdf', 'invalid_name'],
    ['a right-to-left override (disguised extension)', 'invoice\u202Efdp.exe', 'invalid_name'],
    ['a name too long', `${'x'.repeat(200)}.pdf`, 'too_long'],
  ])('refuses %s', (_label, raw, code) => {
    expect(documentName(raw, 'application/pdf')).toMatchObject({ ok: false, issue: { path: 'file', code } });
  });

  it('accepts a name of exactly 200 characters with its extension', () => {
    expect(documentName(`${'x'.repeat(196)}.pdf`, 'application/pdf')).toMatchObject({ ok: true });
  });
});

describe('folderName', () => {
  it.each([
    ['Ritningar', 'Ritningar'],
    ['  Foton 2026  ', 'Foton 2026'],
    ['Avtal & offerter', 'Avtal & offerter'],
    ['x'.repeat(100), 'x'.repeat(100)],
  ])('%j → %j', (raw, expected) => {
    expect(folderName(raw)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['x'.repeat(101), 'too_long'],
    ['a/b', 'invalid_name'],
    ['a\\b', 'invalid_name'],
    ['a\nb', 'invalid_name'],
    ['.', 'invalid_name'],
    ['..', 'invalid_name'],
  ])('refuses %j as %s at name', (raw, code) => {
    expect(folderName(raw)).toMatchObject({ ok: false, issue: { path: 'name', code } });
  });
});

describe('freeName', () => {
  const taken = (...names: string[]) => new Set(names.map(nameKey));
  it.each([
    ['offer.pdf', [], 'offer.pdf'],
    ['offer.pdf', ['offer.pdf'], 'offer (2).pdf'],
    ['offer.pdf', ['OFFER.PDF'], 'offer (2).pdf'],
    ['offer.pdf', ['offer.pdf', 'offer (2).pdf'], 'offer (3).pdf'],
    ['offer (2).pdf', ['offer (2).pdf'], 'offer (3).pdf'],
    ['README', ['readme'], 'README (2)'],
    ['a.tar.gz', ['a.tar.gz'], 'a.tar (2).gz'],
    ['offer.pdf', ['offer (2).pdf'], 'offer.pdf'],
  ])('%j among %j → %j', (name, names, expected) => {
    expect(freeName(name, taken(...names))).toBe(expected);
  });
});

describe('sizeIssue', () => {
  it.each([
    [0, 100, 'empty_file'],
    [1, 100, null],
    [100, 100, null],
    [101, 100, 'file_too_large'],
    [25 * 1024 * 1024 + 1, 25 * 1024 * 1024, 'file_too_large'],
  ])('%i bytes with a limit of %i → %s', (size, max, code) => {
    const issue = sizeIssue(size, max);
    expect(issue?.code ?? null).toBe(code);
    if (issue) expect(issue.path).toBe('file');
  });

  it('says the limit in the message', () => {
    expect(sizeIssue(30 * 1024 * 1024, 25 * 1024 * 1024)?.message).toBe('A document is at most 25 MB; this file is 30 MB.');
  });
});

describe('small helpers', () => {
  it.each([
    ['a.PDF', 'pdf'],
    ['a.tar.gz', 'gz'],
    ['README', null],
    ['.bashrc', null],
    ['a.', null],
    ['Ritning v1.2', '2'],
  ])('extensionOf(%j) = %j', (name, ext) => {
    expect(extensionOf(name)).toBe(ext);
  });

  it.each([
    ['C:\\x\\y.pdf', 'y.pdf'],
    ['/tmp/y.pdf', 'y.pdf'],
    ['y.pdf', 'y.pdf'],
    ['dir/', ''],
  ])('baseName(%j) = %j', (name, base) => {
    expect(baseName(name)).toBe(base);
  });

  it.each([
    [12, '12 bytes'],
    [1536, '1.5 kB'],
    [25 * 1024 * 1024, '25 MB'],
  ])('formatBytes(%i) = %j', (n, s) => {
    expect(formatBytes(n)).toBe(s);
  });

  it.each([
    ['0123456789abcdef0123456789abcdef', true],
    ['0123456789ABCDEF0123456789ABCDEF', false],
    ['../../etc/passwd', false],
    ['0123456789abcdef0123456789abcde', false],
  ])('isStorageKey(%j) = %s', (key, ok) => {
    expect(isStorageKey(key)).toBe(ok);
  });
});
