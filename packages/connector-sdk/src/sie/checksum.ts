// #KSUMMA, the checksum of a SIE file.
//
// A file with a checksum has two #KSUMMA records: one without a value directly after #FLAGGA (so
// #FLAGGA, which a program sets to 1 after reading the file, stays outside the sum) and one with
// the value as the last record. The value is the CRC-32 (the ISO 3309 / zlib polynomial
// 0xEDB88320, initial value and final xor 0xFFFFFFFF, the algorithm the standard prints) of the
// records between the two: for each record, its label and then each field's content, in the
// file's bytes (PC8), without the blanks that separate fields, the quotes around fields, the
// braces of object lists and the line ends. An escaped quote counts as the quote character
// itself; an empty field adds nothing. Block lines `{` and `}` add nothing.
//
// The writer writes the value as an unsigned decimal number. The reader also accepts the same
// 32 bits written as a signed number, and a sum computed without the `#` of each label, both of
// which some programs write.
import { crc32 } from 'node:zlib';
import { encodeSie, type SieEncoding } from './encoding.js';

/** An incremental #KSUMMA over records, in a file's encoding. */
export class SieChecksum {
  #crc = 0;
  #bare = 0;
  constructor(private readonly encoding: SieEncoding = 'cp437') {}

  /** Adds one record: its label (with `#`) and its field contents (object lists flattened). */
  addRecord(label: string, contents: readonly string[]): void {
    const bytes = encodeSie(label + contents.join(''), this.encoding);
    this.#crc = crc32(bytes, this.#crc);
    this.#bare = crc32(label.startsWith('#') ? bytes.subarray(1) : bytes, this.#bare);
  }

  /** The checksum of the records added so far (unsigned 32-bit). */
  get value(): number {
    return this.#crc >>> 0;
  }

  /** Whether `declared` (the text of the closing #KSUMMA's field) is this checksum. */
  matches(declared: string): boolean {
    if (!/^-?\d+$/.test(declared.trim())) return false;
    const n = Number(declared.trim());
    if (!Number.isSafeInteger(n) || n < -0x80000000 || n > 0xffffffff) return false;
    const bits = n >>> 0;
    return bits === this.#crc >>> 0 || bits === this.#bare >>> 0;
  }
}
