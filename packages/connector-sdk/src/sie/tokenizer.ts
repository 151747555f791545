// The SIE 4 line syntax.
//
// A record is one line: a label (`#KONTO`) followed by fields separated by one or more spaces or
// tabs. A field holding spaces is written in double quotes; inside quotes, `\"` is a quote
// character and `\\` a backslash (any other backslash is kept as it is). An object list is a
// field in braces, `{1 "100" 6 "P1"}`: pairs of dimension number and object number, possibly
// empty (`{}`). Braces delimit words outside quotes, so `{1 "100"}` and `{ "1" "100" }` are the
// same list. A line that is only `{` or `}` opens or closes a voucher's block of rows.
import type { SieIssueCode } from './errors.js';

export type SieToken = { kind: 'word'; value: string } | { kind: 'string'; value: string } | { kind: 'open' } | { kind: 'close' };

export interface TokenizedLine {
  tokens: SieToken[];
  /** Set when the line ends inside a quoted string (the string is kept up to the line end). */
  error?: { code: SieIssueCode; message: string };
}

const isBlank = (c: number) => c === 32 || c === 9;

/** Splits one line (without its line end) into tokens. */
export function tokenizeSieLine(text: string): TokenizedLine {
  const tokens: SieToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || c < 32) {
      i++;
    } else if (c === 123 /* { */) {
      tokens.push({ kind: 'open' });
      i++;
    } else if (c === 125 /* } */) {
      tokens.push({ kind: 'close' });
      i++;
    } else if (c === 34 /* " */) {
      let value = '';
      let j = i + 1;
      let closed = false;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (d === 92 /* \ */ && j + 1 < n && (text.charCodeAt(j + 1) === 34 || text.charCodeAt(j + 1) === 92)) {
          value += text[j + 1];
          j += 2;
        } else if (d === 34) {
          closed = true;
          j++;
          break;
        } else {
          value += text[j];
          j++;
        }
      }
      tokens.push({ kind: 'string', value });
      if (!closed) return { tokens, error: { code: 'unterminated-quote', message: 'a quoted field is not closed before the line ends' } };
      i = j;
    } else {
      let j = i;
      while (j < n) {
        const d = text.charCodeAt(j);
        if (isBlank(d) || d === 123 || d === 125 || d === 34 || d < 32) break;
        j++;
      }
      tokens.push({ kind: 'word', value: text.slice(i, j) });
      i = j;
    }
  }
  return { tokens };
}

/** A field of a record: a single value (quoted or not) or an object list. */
export type SieField = { kind: 'value'; value: string } | { kind: 'list'; items: string[] };

export interface FieldsResult {
  fields: SieField[];
  error?: { code: SieIssueCode; message: string };
}

/** Groups a record's tokens after the label into fields; braces must pair up and not nest. */
export function groupSieFields(tokens: readonly SieToken[]): FieldsResult {
  const fields: SieField[] = [];
  let list: string[] | undefined;
  for (const t of tokens) {
    if (t.kind === 'open') {
      if (list !== undefined) return { fields, error: { code: 'unbalanced-brace', message: 'an object list opens inside another' } };
      list = [];
    } else if (t.kind === 'close') {
      if (list === undefined) return { fields, error: { code: 'unbalanced-brace', message: 'a closing brace has no opening brace' } };
      fields.push({ kind: 'list', items: list });
      list = undefined;
    } else if (list !== undefined) {
      list.push(t.value);
    } else {
      fields.push({ kind: 'value', value: t.value });
    }
  }
  if (list !== undefined) return { fields, error: { code: 'unbalanced-brace', message: 'an object list is not closed before the line ends' } };
  return { fields };
}

/** A value written as a field: bare when it is a non-empty word without blanks, quotes, braces or backslashes; quoted and escaped otherwise. */
export function sieWord(value: string): string {
  return /^[^\s"{}\\]+$/.test(value) ? value : sieQuote(value);
}

/** A value written as a quoted field: `"` and `\` escaped with a backslash, control characters (tabs, line ends) as spaces. */
export function sieQuote(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is replaced.
  return `"${value.replace(/[\\"]/g, (m) => `\\${m}`).replace(/[\u0000-\u001f\u007f]/g, ' ')}"`;
}
