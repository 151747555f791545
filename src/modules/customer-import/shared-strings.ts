// The shared-strings table of an xlsx, kept compactly: an xlsx stores every distinct text once
// (xl/sharedStrings.xml) and cells refer to it by index, so the table is as large as the text
// of the sheet and must be at hand while the sheet is read. exceljs keeps it as an array of JS
// strings (about 40 bytes plus the text per entry, 65 MB for 40,000 customers). Here the text
// is UTF-8 in one buffer with an offset per entry, and beyond `memoryLimit` bytes it spills to
// a temporary file read back through a small block cache (cells refer to strings roughly in
// the order they were written, so reads are mostly sequential). Memory stays bounded whatever
// the file size.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BLOCK = 64 * 1024;
const CACHED_BLOCKS = 16;

export class SharedStrings {
  private offsets = new Uint32Array(4096);
  private count = 0;
  /** Bytes of all strings added so far. */
  private total = 0;
  /** Bytes [spilled, total) are in `memory`; bytes below `spilled` are in the file. */
  private memory = Buffer.alloc(64 * 1024);
  private spilled = 0;
  private dir: string | null = null;
  private fd: number | null = null;
  private readonly blocks = new Map<number, Buffer>();

  constructor(private readonly memoryLimit = 8 * 1024 * 1024) {}

  get size(): number {
    return this.count;
  }

  /** Appends the next entry (rich text is kept as its plain text). */
  push(value: unknown): number {
    const text =
      typeof value === 'string'
        ? value
        : value && typeof value === 'object' && Array.isArray((value as { richText?: unknown }).richText)
          ? (value as { richText: { text?: string | null }[] }).richText.map((r) => r.text ?? '').join('')
          : value == null
            ? ''
            : String(value);
    const bytes = Buffer.byteLength(text);
    const used = this.total - this.spilled;
    if (used + bytes > this.memory.length) {
      if (used + bytes > this.memoryLimit) this.spill();
      const need = this.total - this.spilled + bytes;
      if (need > this.memory.length) {
        const grown = Buffer.alloc(Math.max(need, this.memory.length * 2));
        this.memory.copy(grown, 0, 0, this.total - this.spilled);
        this.memory = grown;
      }
    }
    this.memory.write(text, this.total - this.spilled, 'utf8');
    if (this.count + 2 > this.offsets.length) {
      const grown = new Uint32Array(this.offsets.length * 2);
      grown.set(this.offsets);
      this.offsets = grown;
    }
    this.offsets[this.count] = this.total;
    this.total += bytes;
    this.offsets[++this.count] = this.total;
    return this.count;
  }

  get(index: number): string | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const start = this.offsets[index]!;
    const end = this.offsets[index + 1]!;
    if (start >= this.spilled) return this.memory.toString('utf8', start - this.spilled, end - this.spilled);
    return this.readFile(start, end).toString('utf8');
  }

  /** An array-like view for exceljs: `strings[i]` reads, `strings.push(x)` appends. */
  asArray(): unknown[] {
    return new Proxy([] as unknown[], {
      get: (_target, p) => {
        if (p === 'push') return (...values: unknown[]) => values.reduce<number>((_n, v) => this.push(v), this.count);
        if (p === 'length') return this.count;
        if (typeof p === 'string') {
          const i = Number(p);
          if (Number.isInteger(i)) return this.get(i);
        }
        return undefined;
      },
    });
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.fd = null;
    this.dir = null;
    this.blocks.clear();
  }

  private spill(): void {
    const used = this.total - this.spilled;
    if (used === 0) return;
    if (this.fd === null) {
      this.dir = mkdtempSync(join(tmpdir(), 'xlsx-strings-'));
      this.fd = openSync(join(this.dir, 'strings'), 'w+');
    }
    writeSync(this.fd, this.memory, 0, used, this.spilled);
    this.spilled = this.total;
  }

  private readFile(start: number, end: number): Buffer {
    const first = Math.floor(start / BLOCK);
    const last = Math.floor((end - 1) / BLOCK);
    if (first === last) {
      const block = this.block(first);
      return block.subarray(start - first * BLOCK, end - first * BLOCK);
    }
    const out = Buffer.alloc(end - start);
    readSync(this.fd!, out, 0, out.length, start);
    return out;
  }

  private block(n: number): Buffer {
    let b = this.blocks.get(n);
    if (b) {
      // Most recently used last.
      this.blocks.delete(n);
      this.blocks.set(n, b);
      return b;
    }
    const length = Math.min(BLOCK, this.spilled - n * BLOCK);
    b = Buffer.alloc(length);
    readSync(this.fd!, b, 0, length, n * BLOCK);
    this.blocks.set(n, b);
    if (this.blocks.size > CACHED_BLOCKS) this.blocks.delete(this.blocks.keys().next().value!);
    return b;
  }
}
