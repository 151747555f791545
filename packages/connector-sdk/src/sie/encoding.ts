// Character encodings of SIE files, and the byte stream → numbered text lines step of the reader.
//
// The standard prescribes `#FORMAT PC8`: IBM code page 437, where å ä ö Å Ä Ö É are the bytes
// 0x86 0x84 0x94 0x8F 0x8E 0x99 0x90. Programs nevertheless write UTF-8 or Windows-1252 /
// ISO-8859-1 (å = 0xE5, ä = 0xE4, ö = 0xF6, Å = 0xC5, Ä = 0xC4, Ö = 0xD6, É = 0xC9) regardless of
// what their #FORMAT line says, so the reader decides by the bytes, not the label:
//   1. a UTF-8 byte-order mark (EF BB BF) → UTF-8;
//   2. otherwise, when the sample has bytes ≥ 0x80, every one of them belongs to a well-formed
//      UTF-8 multi-byte sequence, and there is at least one → UTF-8 (CP437's å ä ö are lone
//      continuation bytes, which never form valid UTF-8);
//   3. otherwise count the bytes of Swedish/common letters in either code page; more
//      Windows-1252 letters than CP437 letters → Windows-1252 (a superset of ISO-8859-1's
//      printable range); else (a tie, or no letters at all) → CP437, the standard's encoding.
// The sample is the start of the file, read until it holds DETECT_HIGH_BYTES bytes ≥ 0x80 or
// DETECT_MAX_BYTES bytes in all, or the file ends; memory stays bounded whatever the file size.
import iconv from 'iconv-lite';

export type SieEncoding = 'cp437' | 'utf8' | 'windows-1252';

/** Stop sampling once this many bytes ≥ 0x80 were seen: enough evidence to decide. */
export const DETECT_HIGH_BYTES = 64;
/** Never sample more than this many bytes. */
export const DETECT_MAX_BYTES = 1 << 20;
/** A line longer than this (in characters) is refused: no SIE record comes near it. */
export const MAX_LINE_LENGTH = 1 << 20;

const CP437_LETTERS = new Set([0x81, 0x82, 0x84, 0x86, 0x8e, 0x8f, 0x90, 0x94, 0x99, 0x9a]);
const LATIN_LETTERS = new Set([0xc4, 0xc5, 0xc9, 0xd6, 0xdc, 0xe4, 0xe5, 0xe9, 0xf6, 0xfc]);

/** Whether the bytes ≥ 0x80 in `bytes` form well-formed UTF-8 (a sequence cut at the end counts as well-formed); `undefined` when there are none. */
function utf8Verdict(bytes: Uint8Array): boolean | undefined {
  let sequences = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return false;
    for (let k = 1; k < length; k++) {
      if (i + k >= bytes.length) return sequences > 0 || undefined;
      const c = bytes[i + k]!;
      if (c < 0x80 || c > 0xbf) return false;
    }
    sequences++;
    i += length;
  }
  return sequences > 0 ? true : undefined;
}

/** The encoding of a SIE file judged from a sample of its first bytes (rules above). */
export function detectSieEncoding(sample: Uint8Array): SieEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  if (utf8Verdict(sample) === true) return 'utf8';
  let cp437 = 0;
  let latin = 0;
  for (const b of sample) {
    if (CP437_LETTERS.has(b)) cp437++;
    else if (LATIN_LETTERS.has(b)) latin++;
  }
  return latin > cp437 ? 'windows-1252' : 'cp437';
}

/** Text in `encoding` as bytes (characters it cannot hold become `?`). */
export function encodeSie(text: string, encoding: SieEncoding = 'cp437'): Buffer {
  return iconv.encode(text, encoding);
}

/** Bytes in `encoding` as text. */
export function decodeSie(bytes: Uint8Array, encoding: SieEncoding = 'cp437'): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

/** A numbered line of a file (1-based), without its line end. */
export interface SieLine {
  line: number;
  text: string;
}

/** Thrown by {@link decodeSieLines} for a line longer than {@link MAX_LINE_LENGTH}. */
export class SieLineTooLong extends Error {
  constructor(readonly line: number) {
    super(`line ${line} is longer than ${MAX_LINE_LENGTH} characters`);
  }
}

export type SieInput = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

/**
 * The lines of a byte stream: the encoding decided from the first bytes (set on `found.encoding`
 * before the first line is yielded), lines split at LF with a CR before it dropped (CRLF and LF
 * files alike). Holds at most the detection sample and one partial line.
 */
export async function* decodeSieLines(input: SieInput, found: { encoding?: SieEncoding } = {}): AsyncGenerator<SieLine> {
  const pending: Buffer[] = [];
  let sampled = 0;
  let high = 0;
  let decoder: ReturnType<typeof iconv.getDecoder> | undefined;
  let rest = '';
  let line = 0;

  function* split(text: string): Generator<SieLine> {
    rest += text;
    let start = 0;
    for (let nl = rest.indexOf('\n'); nl !== -1; nl = rest.indexOf('\n', start)) {
      const end = nl > start && rest.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      line++;
      yield { line, text: rest.slice(start, end) };
      start = nl + 1;
    }
    rest = rest.slice(start);
    if (rest.length > MAX_LINE_LENGTH) throw new SieLineTooLong(line + 1);
  }

  /** Decides the encoding from the sample gathered so far and decodes it. */
  function begin(): string {
    const sample = Buffer.concat(pending);
    pending.length = 0;
    const encoding = detectSieEncoding(sample);
    found.encoding = encoding;
    decoder = iconv.getDecoder(encoding, { stripBOM: true });
    return decoder.write(sample);
  }

  for await (const chunk of input) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (decoder === undefined) {
      pending.push(bytes);
      sampled += bytes.length;
      for (const b of bytes) if (b >= 0x80) high++;
      if (high < DETECT_HIGH_BYTES && sampled < DETECT_MAX_BYTES) continue;
      yield* split(begin());
      continue;
    }
    yield* split(decoder.write(bytes));
  }
  if (decoder === undefined) yield* split(begin());
  yield* split(decoder!.end() ?? '');
  if (rest.length > 0) {
    line++;
    yield { line, text: rest.endsWith('\r') ? rest.slice(0, -1) : rest };
  }
}
