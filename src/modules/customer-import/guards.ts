// Guards against hostile import files (zip bombs, giant cells, floods of strings, too many
// imports at once). Every cap is a configuration value (src/config.ts, IMPORT_MAX_*) and is
// enforced while the file is being read: the reading stops the moment a cap is crossed, with a
// validation error at the path `file`; nothing is built whole first.
import { Transform, type TransformCallback } from 'node:stream';
import { loadConfig } from '../../config.js';
import { ConflictError } from '../../errors.js';
import { fileError } from './source.js';
import type { ImportLimits } from './types.js';

export type Caps = Required<ImportLimits>;

/** The configured limits (IMPORT_MAX_* in src/config.ts) with `given` taking precedence. */
export function resolveCaps(given: Partial<ImportLimits> = {}, env: NodeJS.ProcessEnv = process.env): Caps {
  const c = loadConfig(env);
  const defined = Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) as Partial<ImportLimits>;
  return {
    maxBytes: c.IMPORT_MAX_BYTES,
    maxRows: c.IMPORT_MAX_ROWS,
    maxDecompressedBytes: c.IMPORT_MAX_DECOMPRESSED_BYTES,
    maxEntryBytes: c.IMPORT_MAX_ENTRY_BYTES,
    maxCompressionRatio: c.IMPORT_MAX_COMPRESSION_RATIO,
    maxZipEntries: c.IMPORT_MAX_ZIP_ENTRIES,
    maxCellChars: c.IMPORT_MAX_CELL_CHARS,
    maxSharedStrings: c.IMPORT_MAX_SHARED_STRINGS,
    concurrency: c.IMPORT_CONCURRENCY,
    queueWaitMs: c.IMPORT_QUEUE_WAIT_MS,
    ...defined,
  };
}

function mb(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

/** Entries that inflate to at most this are not judged by their compression ratio (small XML parts compress well). */
export const RATIO_FREE_BYTES = 1024 * 1024;

/**
 * Judges an entry of the archive by what it inflates to (declared, before reading it, or
 * counted so far, while reading it): the entry's own cap, the cap on all entries read together
 * (`before`: bytes of the entries read earlier) and its compression ratio.
 */
export function judgeInflated(name: string, inflated: number, compressed: number, before: number, caps: Caps): void {
  if (inflated > caps.maxEntryBytes) {
    throw fileError('decompressed_too_large', `The workbook part ${name} unpacks to more than ${mb(caps.maxEntryBytes)}; split the sheet into smaller files.`);
  }
  if (before + inflated > caps.maxDecompressedBytes) {
    throw fileError('decompressed_too_large', `The workbook unpacks to more than ${mb(caps.maxDecompressedBytes)}; split it into smaller files.`);
  }
  if (inflated > RATIO_FREE_BYTES && inflated > caps.maxCompressionRatio * Math.max(1, compressed)) {
    throw fileError(
      'compression_ratio',
      `The workbook part ${name} unpacks to more than ${caps.maxCompressionRatio} times its packed size, which a real spreadsheet does not; the file is refused.`,
    );
  }
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMI = 0x3b;
const SLASH = 0x2f;
const COLON = 0x3a;

/**
 * Counts an entry's inflated bytes and watches its XML as it passes, before the XML parser
 * sees it: a cell (`<c>`, with its value, formula or inline text) or a shared string (`<si>`)
 * may have at most `maxCellChars` characters, any other text run as well, a tag at most
 * max(64 KiB, maxCellChars) bytes, and the shared-strings table at most `maxSharedStrings`
 * entries. A SAX parser keeps a text node whole until its end tag, so a 400 MB cell would be
 * built in memory before anything could judge it; this stops it after maxCellChars characters.
 *
 * Hand-written: it is a byte scanner that only tells tags from text (no parsing); none of the
 * XML libraries offers a cap on a text node's length.
 */
export class EntryGuard extends Transform {
  /** Bytes that passed. */
  inflated = 0;
  private inTag = false;
  private inEntity = 0;
  private tagBytes = 0;
  private closing = false;
  private selfClosing = false;
  /** The tag's local name (after any prefix), its first bytes only. */
  private name = '';
  private naming = false;
  private inCell = false;
  private chars = 0;
  private strings = 0;
  private readonly tagCap: number;

  constructor(
    private readonly entry: string,
    private readonly compressed: number,
    /** Bytes of the entries read before this one. */
    private readonly before: number,
    private readonly caps: Caps,
  ) {
    super();
    this.tagCap = Math.max(64 * 1024, caps.maxCellChars);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    try {
      this.inflated += chunk.length;
      judgeInflated(this.entry, this.inflated, this.compressed, this.before, this.caps);
      this.scan(chunk);
    } catch (err) {
      done(err as Error);
      return;
    }
    done(null, chunk);
  }

  private scan(b: Buffer): void {
    const cap = this.caps.maxCellChars;
    for (let i = 0; i < b.length; i++) {
      const c = b[i]!;
      if (this.inTag) {
        if (++this.tagBytes > this.tagCap) throw this.tooLong();
        if (c === GT) {
          this.inTag = false;
          this.endTag();
        } else if (this.naming) {
          if (c === SLASH && this.tagBytes === 1) this.closing = true;
          else if (c === COLON) this.name = '';
          else if (c <= 0x20 || c === SLASH) this.naming = false;
          else if (this.name.length < 8) this.name += String.fromCharCode(c);
        }
        this.selfClosing = c === SLASH;
        continue;
      }
      if (c === LT) {
        this.inTag = true;
        this.tagBytes = 0;
        this.closing = false;
        this.selfClosing = false;
        this.name = '';
        this.naming = true;
        this.inEntity = 0;
        if (!this.inCell) this.chars = 0;
        continue;
      }
      // Text: an entity (&amp;) is one character; a UTF-8 continuation byte is part of one.
      if (this.inEntity) {
        if (c === SEMI || ++this.inEntity > 12) this.inEntity = 0;
        continue;
      }
      if (c === AMP) this.inEntity = 1;
      else if ((c & 0xc0) === 0x80) continue;
      if (++this.chars > cap) throw this.tooLong();
    }
  }

  private endTag(): void {
    const n = this.name;
    if (n !== 'c' && n !== 'si') return;
    if (this.closing || this.selfClosing) {
      this.inCell = false;
      this.chars = 0;
      return;
    }
    this.inCell = true;
    this.chars = 0;
    if (n === 'si' && ++this.strings > this.caps.maxSharedStrings) {
      throw fileError(
        'too_many_strings',
        `The workbook has more than ${this.caps.maxSharedStrings.toLocaleString('en')} different texts (shared strings); split it into smaller files.`,
      );
    }
  }

  private tooLong(): Error {
    return fileError(
      'cell_too_long',
      `The workbook part ${this.entry} has a cell or text longer than ${this.caps.maxCellChars.toLocaleString('en')} characters (Excel's own limit is 32,767); the file is refused.`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Imports at once

/**
 * A counting semaphore with a bounded wait. Hand-written (a few lines): the limit is read from
 * the configuration on every acquisition, and a waiter that is not let in within `waitMs` is
 * refused with a typed BUSY error; p-limit and p-queue queue without a bound on the wait.
 */
class Slots {
  private running = 0;
  private readonly waiting: { admit: () => void }[] = [];
  private max = 1;

  async acquire(max: number, waitMs: number): Promise<() => void> {
    this.max = max;
    if (this.running < max) {
      this.running++;
      return this.releaser();
    }
    if (waitMs <= 0) throw busy();
    return new Promise((resolve, reject) => {
      const waiter = {
        admit: () => {
          clearTimeout(timer);
          this.running++;
          resolve(this.releaser());
        },
      };
      const timer = setTimeout(() => {
        const i = this.waiting.indexOf(waiter);
        if (i >= 0) this.waiting.splice(i, 1);
        reject(busy());
      }, waitMs);
      this.waiting.push(waiter);
    });
  }

  get active(): number {
    return this.running;
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      while (this.running < this.max && this.waiting.length) this.waiting.shift()!.admit();
    };
  }
}

function busy(): ConflictError {
  return new ConflictError('BUSY', 'Too many imports are running right now; try again in a minute.', 'file');
}

const slots = new Slots();

/** Waits for one of the process's import slots (caps.concurrency), at most caps.queueWaitMs; returns its release. */
export function acquireImportSlot(caps: Caps): Promise<() => void> {
  return slots.acquire(caps.concurrency, caps.queueWaitMs);
}

/** Imports running now in this process. */
export function runningImports(): number {
  return slots.active;
}
