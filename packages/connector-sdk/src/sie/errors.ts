// Refusals of the SIE reader and writer. Both errors carry the SDK's cross-copy brand, so a
// connector's copy of the SDK and the host's copy recognise each other's errors.
import { brandedInstanceOf, errorBrand, setBrand } from '../brand.js';

/**
 * How far a problem reaches:
 * - `file`: the file as a whole cannot be trusted (wrong or missing #KSUMMA, a voucher block that
 *   is never closed, a stray brace line, a line beyond the length cap). The reader throws
 *   {@link SieFormatError}; nothing of the file should be imported.
 * - `voucher`: one voucher is refused (unbalanced, a row on an account missing from #KONTO, a bad
 *   date or amount, an unterminated quote or object list in one of its lines). The voucher is
 *   still delivered, with its issues, so an import can take the valid ones.
 * - `record`: one record outside a voucher (#KONTO, #IB, #RAR, …) is unreadable and skipped.
 */
export type SieIssueScope = 'file' | 'voucher' | 'record';

export type SieIssueCode =
  | 'unterminated-quote'
  | 'unbalanced-brace'
  | 'bad-object-list'
  | 'bad-date'
  | 'bad-amount'
  | 'bad-number'
  | 'missing-field'
  | 'unbalanced-voucher'
  | 'unknown-account'
  | 'row-outside-voucher'
  | 'voucher-without-rows'
  | 'not-a-record'
  | 'unterminated-voucher'
  | 'unexpected-brace'
  | 'line-too-long'
  | 'ksumma-mismatch'
  | 'ksumma-missing'
  | 'ksumma-without-start';

/** One problem found in a file, at its 1-based line number. */
export interface SieIssue {
  line: number;
  code: SieIssueCode;
  scope: SieIssueScope;
  message: string;
}

const SIE_FORMAT_ERROR = errorBrand('SieFormatError');

/** A SIE file refused as a whole; `issues` lists every file-level problem with its line. */
export class SieFormatError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof was asked about (a subclass checks its prototype chain).
    return brandedInstanceOf(this, SieFormatError, SIE_FORMAT_ERROR, value);
  }
  readonly issues: readonly SieIssue[];

  constructor(issues: readonly SieIssue[]) {
    super(`SIE file refused: ${issues.map((i) => `line ${i.line}: ${i.message}`).join('; ')}`);
    this.name = 'SieFormatError';
    this.issues = issues;
    setBrand(this, SIE_FORMAT_ERROR);
  }
}

export type SieWriteErrorCode = 'unbalanced-voucher' | 'unknown-account' | 'bad-amount' | 'bad-date' | 'bad-field';

const SIE_WRITE_ERROR = errorBrand('SieWriteError');

/**
 * The writer refused its input. `voucher` names the voucher (the caller's `ref` when given,
 * else series and number, else its position) when the problem is in one.
 */
export class SieWriteError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof was asked about (a subclass checks its prototype chain).
    return brandedInstanceOf(this, SieWriteError, SIE_WRITE_ERROR, value);
  }
  readonly code: SieWriteErrorCode;
  readonly voucher: string | undefined;
  readonly field: string | undefined;

  constructor(code: SieWriteErrorCode, message: string, where: { voucher?: string; field?: string } = {}) {
    super(where.voucher === undefined ? message : `voucher ${where.voucher}: ${message}`);
    this.name = 'SieWriteError';
    this.code = code;
    this.voucher = where.voucher;
    this.field = where.field;
    setBrand(this, SIE_WRITE_ERROR);
  }
}
