// The SIE 4 reader: bytes → lines (encoding.ts) → tokens (tokenizer.ts) → typed records, one at a
// time, so memory stays flat in the file size (it keeps the current voucher, the set of account
// numbers from #KONTO and the running #KSUMMA).
//
// What is refused, and how far (see SieIssueScope in errors.ts):
// - file (throws SieFormatError, nothing of the file is to be imported): a #VER block never
//   closed (the file ends, or another #VER or a non-row record comes, before its `}`), a `{` or
//   `}` line where no block opens or closes, a wrong #KSUMMA, an opening #KSUMMA without the
//   closing one (a cut-off file), a closing #KSUMMA without the opening one, a line beyond the
//   length cap. The error is thrown where it is found: a consumer writing while it streams does
//   so in one transaction and rolls it back.
// - voucher (delivered in `voucher.issues`): its rows do not sum to zero (only booked rows count:
//   #TRANS, and an #RTRANS without its duplicate #TRANS; never #BTRANS), a #TRANS or #RTRANS on an
//   account not in #KONTO (checked only when the file has #KONTO records, which the standard puts
//   before the vouchers), a bad date or amount, an unterminated quote or object list, a missing
//   field, no rows at all.
// - record (delivered as an ISSUE record, the record skipped): the same problems in a record
//   outside a voucher, a row record outside any voucher, a line that is not a record.
// Unknown labels are delivered as UNKNOWN records and otherwise ignored, as the standard asks.
import { Decimal } from 'decimal.js';
import { SieChecksum } from './checksum.js';
import { decodeSieLines, type SieEncoding, type SieInput, SieLineTooLong } from './encoding.js';
import { SieFormatError, type SieIssue, type SieIssueCode, type SieIssueScope } from './errors.js';
import { type SieField, groupSieFields, tokenizeSieLine } from './tokenizer.js';
import type { SieAccount, SieBalance, SieBalanceType, SieDimension, SieHeader, SieObject, SieObjectRef, SieRecord, SieRow, SieVoucher } from './types.js';
import { parseSieAmount, parseSieDate } from './values.js';

class FieldProblem extends Error {
  constructor(
    readonly code: SieIssueCode,
    message: string,
  ) {
    super(message);
  }
}

/** Positional access to a record's fields, with typed refusals naming the field. */
class Fields {
  constructor(
    readonly label: string,
    readonly list: SieField[],
  ) {}

  /** The value at `i`; '' when absent. */
  text(i: number, name: string, required = false): string {
    const f = this.list[i];
    if (f === undefined || (f.kind === 'value' && f.value === '')) {
      if (required) throw new FieldProblem('missing-field', `${this.label}: ${name} is missing`);
      return '';
    }
    if (f.kind === 'list') throw new FieldProblem('bad-object-list', `${this.label}: ${name} is an object list where a value belongs`);
    return f.value;
  }

  optText(i: number, name: string): string | undefined {
    const v = this.text(i, name);
    return v === '' ? undefined : v;
  }

  date(i: number, name: string, required: true): string;
  date(i: number, name: string, required?: false): string | undefined;
  date(i: number, name: string, required = false): string | undefined {
    const raw = this.text(i, name, required);
    if (raw === '') return undefined;
    const d = parseSieDate(raw);
    if (d === undefined) throw new FieldProblem('bad-date', `${this.label}: ${name} "${raw}" is not a date written YYYYMMDD`);
    return d;
  }

  amount(i: number, name: string): Decimal {
    const raw = this.text(i, name, true);
    const d = parseSieAmount(raw);
    if (d === undefined)
      throw new FieldProblem('bad-amount', `${this.label}: ${name} "${raw}" is not an amount (digits, optional minus, "." as decimal point)`);
    return d;
  }

  optDecimal(i: number, name: string): Decimal | undefined {
    const raw = this.text(i, name);
    if (raw === '') return undefined;
    const d = parseSieAmount(raw);
    if (d === undefined) throw new FieldProblem('bad-number', `${this.label}: ${name} "${raw}" is not a number`);
    return d;
  }

  int(i: number, name: string): number {
    const raw = this.text(i, name, true);
    if (!/^[+-]?\d+$/.test(raw)) throw new FieldProblem('bad-number', `${this.label}: ${name} "${raw}" is not a whole number`);
    return Number(raw);
  }

  /** Makes sure field `i` is an object list: programs that leave it out get an empty one. */
  ensureList(i: number): void {
    const f = this.list[i];
    if (f === undefined || f.kind !== 'list') this.list.splice(i, 0, { kind: 'list', items: [] });
  }

  objects(i: number, name: string): SieObjectRef[] {
    const f = this.list[i];
    if (f === undefined || f.kind !== 'list') return [];
    if (f.items.length % 2 !== 0) {
      throw new FieldProblem('bad-object-list', `${this.label}: ${name} must hold pairs of dimension and object, it has ${f.items.length} items`);
    }
    const refs: SieObjectRef[] = [];
    for (let k = 0; k < f.items.length; k += 2) refs.push({ dimension: f.items[k]!, id: f.items[k + 1]! });
    return refs;
  }
}

type Parsed = Exclude<SieRecord, { type: 'VER' | 'KSUMMA' | 'UNKNOWN' | 'ISSUE' }>;
type Parser = (f: Fields, line: number) => Parsed;

function balance(type: SieBalanceType, f: Fields, line: number): SieBalance {
  const withObjects = type !== 'IB' && type !== 'UB' && type !== 'RES';
  const withPeriod = type === 'PSALDO' || type === 'PBUDGET';
  const at = withPeriod ? 2 : 1;
  if (withObjects) f.ensureList(at + 1);
  const period = withPeriod ? f.text(1, 'period', true) : undefined;
  if (period !== undefined && !/^\d{6}$/.test(period)) throw new FieldProblem('bad-date', `#${type}: period "${period}" is not written YYYYMM`);
  const rec: SieBalance = {
    type,
    line,
    yearIndex: f.int(0, 'year number'),
    account: f.text(at, 'account', true),
    objects: withObjects ? f.objects(at + 1, 'object list') : [],
    amount: f.amount(withObjects ? at + 2 : at + 1, 'balance'),
  };
  if (period !== undefined) rec.period = period;
  const quantity = f.optDecimal(withObjects ? at + 3 : at + 2, 'quantity');
  if (quantity !== undefined) rec.quantity = quantity;
  return rec;
}

const PARSERS: Record<string, Parser> = {
  '#FLAGGA': (f, line) => ({ type: 'FLAGGA', line, flag: f.int(0, 'flag') }),
  '#PROGRAM': (f, line) => ({ type: 'PROGRAM', line, name: f.text(0, 'program name'), version: f.text(1, 'version') }),
  '#FORMAT': (f, line) => ({ type: 'FORMAT', line, format: f.text(0, 'format', true) }),
  '#GEN': (f, line) => {
    const sign = f.optText(1, 'sign');
    return { type: 'GEN', line, date: f.date(0, 'date', true), ...(sign === undefined ? {} : { sign }) };
  },
  '#SIETYP': (f, line) => ({ type: 'SIETYP', line, sieType: f.text(0, 'type', true) }),
  '#PROSA': (f, line) => ({ type: 'PROSA', line, text: f.text(0, 'text') }),
  '#FTYP': (f, line) => ({ type: 'FTYP', line, companyType: f.text(0, 'company type') }),
  '#FNR': (f, line) => ({ type: 'FNR', line, companyId: f.text(0, 'company id') }),
  '#ORGNR': (f, line) => {
    const partNo = f.optText(1, 'part number');
    const workplace = f.optText(2, 'workplace number');
    return {
      type: 'ORGNR',
      line,
      orgNr: f.text(0, 'organisation number'),
      ...(partNo === undefined ? {} : { partNo }),
      ...(workplace === undefined ? {} : { workplace }),
    };
  },
  '#ADRESS': (f, line) => ({
    type: 'ADRESS',
    line,
    contact: f.text(0, 'contact'),
    street: f.text(1, 'street address'),
    postal: f.text(2, 'postal address'),
    phone: f.text(3, 'phone'),
  }),
  '#FNAMN': (f, line) => ({ type: 'FNAMN', line, name: f.text(0, 'company name') }),
  '#RAR': (f, line) => ({ type: 'RAR', line, index: f.int(0, 'year number'), start: f.date(1, 'start', true), end: f.date(2, 'end', true) }),
  '#TAXAR': (f, line) => ({ type: 'TAXAR', line, year: f.int(0, 'tax year') }),
  '#KPTYP': (f, line) => ({ type: 'KPTYP', line, chartType: f.text(0, 'chart type') }),
  '#VALUTA': (f, line) => ({ type: 'VALUTA', line, currency: f.text(0, 'currency', true) }),
  '#KONTO': (f, line) => ({ type: 'KONTO', line, account: f.text(0, 'account', true), name: f.text(1, 'name') }),
  '#KTYP': (f, line) => ({ type: 'KTYP', line, account: f.text(0, 'account', true), accountType: f.text(1, 'account type', true) }),
  '#ENHET': (f, line) => ({ type: 'ENHET', line, account: f.text(0, 'account', true), unit: f.text(1, 'unit') }),
  '#SRU': (f, line) => ({ type: 'SRU', line, account: f.text(0, 'account', true), code: f.text(1, 'SRU code', true) }),
  '#DIM': (f, line) => ({ type: 'DIM', line, dimension: f.text(0, 'dimension', true), name: f.text(1, 'name') }),
  '#UNDERDIM': (f, line) => ({
    type: 'UNDERDIM',
    line,
    dimension: f.text(0, 'dimension', true),
    name: f.text(1, 'name'),
    parent: f.text(2, 'super-dimension', true),
  }),
  '#OBJEKT': (f, line) => ({ type: 'OBJEKT', line, dimension: f.text(0, 'dimension', true), id: f.text(1, 'object', true), name: f.text(2, 'name') }),
  '#IB': (f, line) => balance('IB', f, line),
  '#UB': (f, line) => balance('UB', f, line),
  '#RES': (f, line) => balance('RES', f, line),
  '#OIB': (f, line) => balance('OIB', f, line),
  '#OUB': (f, line) => balance('OUB', f, line),
  '#PSALDO': (f, line) => balance('PSALDO', f, line),
  '#PBUDGET': (f, line) => balance('PBUDGET', f, line),
};

const ROW_KINDS: Record<string, SieRow['kind']> = { '#TRANS': 'trans', '#RTRANS': 'rtrans', '#BTRANS': 'btrans' };

/** #TRANS kontonr {objektlista} belopp transdat transtext kvantitet sign (the same for #RTRANS and #BTRANS). */
function parseRow(kind: SieRow['kind'], f: Fields, line: number): SieRow {
  f.ensureList(1);
  const row: SieRow = {
    kind,
    line,
    account: f.text(0, 'account', true),
    objects: f.objects(1, 'object list'),
    amount: f.amount(2, 'amount'),
    booked: kind !== 'btrans',
  };
  const date = f.date(3, 'transaction date');
  if (date !== undefined) row.date = date;
  const text = f.optText(4, 'text');
  if (text !== undefined) row.text = text;
  const quantity = f.optDecimal(5, 'quantity');
  if (quantity !== undefined) row.quantity = quantity;
  const sign = f.optText(6, 'sign');
  if (sign !== undefined) row.sign = sign;
  return row;
}

const sameObjects = (a: SieObjectRef[], b: SieObjectRef[]) => a.length === b.length && a.every((o, k) => o.dimension === b[k]!.dimension && o.id === b[k]!.id);

/** Marks each #RTRANS booked only when the next row is not its duplicate #TRANS. */
function pairRtrans(rows: SieRow[]): void {
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    if (r.kind !== 'rtrans') continue;
    const next = rows[k + 1];
    const duplicated =
      next !== undefined && next.kind === 'trans' && next.account === r.account && next.amount.eq(r.amount) && sameObjects(next.objects, r.objects);
    r.booked = !duplicated;
  }
}

interface OpenVoucher {
  voucher: SieVoucher;
  /** False until its `{` line. */
  open: boolean;
  /** A row could not be read: the balance is not checked (the voucher is refused already). */
  unreadableRow: boolean;
}

export interface ReadSieOptions {
  /** Called once the encoding is decided, before the first record. */
  onEncoding?: (encoding: SieEncoding) => void;
}

/**
 * Reads a SIE file as a stream of typed records (see the rules at the top of this file):
 * `for await (const rec of readSie(stream)) …`. Throws SieFormatError for a file-level refusal.
 */
export async function* readSie(input: SieInput, options: ReadSieOptions = {}): AsyncGenerator<SieRecord> {
  const found: { encoding?: SieEncoding } = {};
  const accounts = new Set<string>();
  let current: OpenVoucher | undefined;
  let checksum: SieChecksum | undefined;
  let ksumma: 'none' | 'open' | 'closed' = 'none';
  let announced = false;

  const issue = (line: number, code: SieIssueCode, scope: SieIssueScope, message: string): SieIssue => ({ line, code, scope, message });
  const fatal = (line: number, code: SieIssueCode, message: string) => new SieFormatError([issue(line, code, 'file', message)]);

  function finish(v: OpenVoucher): SieRecord {
    const { voucher } = v;
    pairRtrans(voucher.rows);
    if (voucher.rows.length === 0 && !v.unreadableRow) {
      voucher.issues.push(issue(voucher.line, 'voucher-without-rows', 'voucher', `#VER ${voucher.series} ${voucher.number}: the voucher has no rows`));
    } else if (!v.unreadableRow) {
      const sum = voucher.rows.reduce((s, r) => (r.booked ? s.plus(r.amount) : s), new Decimal(0));
      if (!sum.isZero()) {
        voucher.issues.push(
          issue(voucher.line, 'unbalanced-voucher', 'voucher', `#VER ${voucher.series} ${voucher.number}: the rows sum to ${sum.toFixed()}, not zero`),
        );
      }
    }
    return { type: 'VER', line: voucher.line, voucher };
  }

  let lastLine = 0;
  try {
    for await (const { line, text } of decodeSieLines(input, found)) {
      lastLine = line;
      if (!announced && found.encoding !== undefined) {
        announced = true;
        options.onEncoding?.(found.encoding);
      }
      const tokenized = tokenizeSieLine(text);
      const { tokens } = tokenized;
      if (tokens.length === 0) continue;
      const first = tokens[0]!;

      // Block lines: `{` opens the rows of the #VER before it, `}` closes them.
      if (tokens.length === 1 && first.kind === 'open') {
        if (current === undefined || current.open) throw fatal(line, 'unexpected-brace', 'a "{" line where no #VER opens its block of rows');
        current.open = true;
        continue;
      }
      if (tokens.length === 1 && first.kind === 'close') {
        if (current === undefined || !current.open) throw fatal(line, 'unexpected-brace', 'a "}" line where no voucher block is open');
        const done = finish(current);
        current = undefined;
        yield done;
        continue;
      }

      const inBlock = current?.open === true;
      if (first.kind !== 'word' || !first.value.startsWith('#')) {
        const problem = issue(line, 'not-a-record', inBlock ? 'voucher' : 'record', 'the line does not start with a #label');
        if (inBlock) {
          current!.voucher.issues.push(problem);
          current!.unreadableRow = true;
        } else yield { type: 'ISSUE', line, issue: problem };
        continue;
      }
      const label = first.value.toUpperCase();

      if (label === '#KSUMMA') {
        const value = tokens[1]?.kind === 'word' || tokens[1]?.kind === 'string' ? tokens[1].value : '';
        if (value === '') {
          if (ksumma === 'none') {
            ksumma = 'open';
            checksum = new SieChecksum(found.encoding ?? 'cp437');
          }
          continue;
        }
        if (ksumma !== 'open' || checksum === undefined) throw fatal(line, 'ksumma-without-start', '#KSUMMA with a value but no opening #KSUMMA before it');
        if (!checksum.matches(value)) {
          throw fatal(
            line,
            'ksumma-mismatch',
            `#KSUMMA ${value} does not match the file's contents (computed ${checksum.value}): the file was changed or damaged`,
          );
        }
        ksumma = 'closed';
        yield { type: 'KSUMMA', line, value };
        continue;
      }
      if (ksumma === 'open' && checksum !== undefined) {
        const contents: string[] = [];
        for (let k = 1; k < tokens.length; k++) {
          const t = tokens[k]!;
          if (t.kind === 'word' || t.kind === 'string') contents.push(t.value);
        }
        checksum.addRecord(first.value, contents);
      }

      const rowKind = ROW_KINDS[label];
      const parser = PARSERS[label];

      // A voucher whose #VER had no block: delivered, refused, before this record.
      if (current !== undefined && !current.open) {
        const v = current;
        current = undefined;
        if (rowKind !== undefined)
          throw fatal(line, 'unterminated-voucher', `${label} after #VER on line ${v.voucher.line} without the "{" line opening its rows`);
        v.voucher.issues.push(issue(v.voucher.line, 'voucher-without-rows', 'voucher', `#VER on line ${v.voucher.line} has no block of rows`));
        v.unreadableRow = true;
        yield finish(v);
      }
      if (current !== undefined && (label === '#VER' || parser !== undefined)) {
        throw fatal(
          current.voucher.line,
          'unterminated-voucher',
          `the rows of #VER on line ${current.voucher.line} are not closed with "}" before line ${line}`,
        );
      }

      const scope: SieIssueScope = inBlock ? 'voucher' : 'record';
      const grouped = tokenized.error === undefined ? groupSieFields(tokens.slice(1)) : undefined;
      const syntaxError = tokenized.error ?? grouped?.error;
      if (syntaxError !== undefined) {
        const problem = issue(line, syntaxError.code, scope, `${label}: ${syntaxError.message}`);
        if (current !== undefined) {
          current.voucher.issues.push(problem);
          current.unreadableRow = true;
        } else yield { type: 'ISSUE', line, issue: problem };
        continue;
      }
      const fields = new Fields(label, grouped!.fields);

      try {
        if (rowKind !== undefined) {
          if (current === undefined) {
            yield { type: 'ISSUE', line, issue: issue(line, 'row-outside-voucher', 'record', `${label} outside a #VER block`) };
            continue;
          }
          const row = parseRow(rowKind, fields, line);
          if (rowKind !== 'btrans' && accounts.size > 0 && !accounts.has(row.account)) {
            current.voucher.issues.push(issue(line, 'unknown-account', 'voucher', `${label}: account ${row.account} is not in the file's #KONTO records`));
          }
          current.voucher.rows.push(row);
        } else if (label === '#VER') {
          const voucher: SieVoucher = {
            line,
            series: fields.text(0, 'series'),
            number: fields.text(1, 'number'),
            date: fields.text(2, 'date'),
            text: fields.text(3, 'text'),
            rows: [],
            issues: [],
          };
          current = { voucher, open: false, unreadableRow: false };
          try {
            voucher.date = fields.date(2, 'date', true);
            const reg = fields.date(4, 'registration date');
            if (reg !== undefined) voucher.registrationDate = reg;
            const sign = fields.optText(5, 'sign');
            if (sign !== undefined) voucher.sign = sign;
          } catch (err) {
            if (!(err instanceof FieldProblem)) throw err;
            voucher.issues.push(issue(line, err.code, 'voucher', err.message));
          }
        } else if (parser !== undefined) {
          const rec = parser(fields, line);
          if (rec.type === 'KONTO') accounts.add(rec.account);
          yield rec;
        } else if (current === undefined) {
          yield { type: 'UNKNOWN', line, label, fields: grouped!.fields };
        }
      } catch (err) {
        if (!(err instanceof FieldProblem)) throw err;
        const problem = issue(line, err.code, scope, err.message);
        if (current !== undefined) {
          current.voucher.issues.push(problem);
          current.unreadableRow = true;
        } else yield { type: 'ISSUE', line, issue: problem };
      }
    }
  } catch (err) {
    if (err instanceof SieLineTooLong) throw fatal(err.line, 'line-too-long', err.message);
    throw err;
  }
  if (current !== undefined) {
    if (current.open)
      throw fatal(
        current.voucher.line,
        'unterminated-voucher',
        `the rows of #VER on line ${current.voucher.line} are not closed with "}" before the file ends`,
      );
    current.voucher.issues.push(issue(current.voucher.line, 'voucher-without-rows', 'voucher', `#VER on line ${current.voucher.line} has no block of rows`));
    current.unreadableRow = true;
    yield finish(current);
  }
  if (ksumma === 'open')
    throw fatal(lastLine, 'ksumma-missing', 'the file opens a #KSUMMA but the closing #KSUMMA with the checksum is missing: the file is cut off');
}

/** A whole SIE file collected in memory (for small files and tests; imports stream with readSie). */
export interface SieFile {
  encoding: SieEncoding;
  header: SieHeader;
  accounts: Map<string, SieAccount>;
  dimensions: SieDimension[];
  objects: SieObject[];
  balances: SieBalance[];
  vouchers: SieVoucher[];
  /** Record- and voucher-level issues, in file order. */
  issues: SieIssue[];
  unknown: { line: number; label: string }[];
  /** True when the file had a #KSUMMA and it verified. */
  checksumVerified: boolean;
}

/** Reads a whole file into a {@link SieFile}; throws SieFormatError for a file-level refusal. */
export async function readSieFile(input: SieInput | Uint8Array): Promise<SieFile> {
  let encoding: SieEncoding = 'cp437';
  const file: SieFile = {
    encoding,
    header: { prosa: [], fiscalYears: [] },
    accounts: new Map(),
    dimensions: [],
    objects: [],
    balances: [],
    vouchers: [],
    issues: [],
    unknown: [],
    checksumVerified: false,
  };
  const h = file.header;
  const source: SieInput = input instanceof Uint8Array ? [input] : input;
  for await (const rec of readSie(source, { onEncoding: (e) => (encoding = e) })) {
    switch (rec.type) {
      case 'FLAGGA':
        h.flag = rec.flag;
        break;
      case 'PROGRAM':
        h.program = { name: rec.name, version: rec.version };
        break;
      case 'FORMAT':
        h.format = rec.format;
        break;
      case 'GEN':
        h.generated = { date: rec.date, ...(rec.sign === undefined ? {} : { sign: rec.sign }) };
        break;
      case 'SIETYP':
        h.sieType = rec.sieType;
        break;
      case 'PROSA':
        h.prosa.push(rec.text);
        break;
      case 'FTYP':
        h.companyType = rec.companyType;
        break;
      case 'FNR':
        h.companyId = rec.companyId;
        break;
      case 'ORGNR': {
        const { type: _t, line: _l, ...orgNr } = rec;
        h.orgNr = orgNr;
        break;
      }
      case 'ADRESS':
        h.address = { contact: rec.contact, street: rec.street, postal: rec.postal, phone: rec.phone };
        break;
      case 'FNAMN':
        h.companyName = rec.name;
        break;
      case 'RAR':
        h.fiscalYears.push({ index: rec.index, start: rec.start, end: rec.end });
        break;
      case 'TAXAR':
        h.taxYear = rec.year;
        break;
      case 'KPTYP':
        h.chartType = rec.chartType;
        break;
      case 'VALUTA':
        h.currency = rec.currency;
        break;
      case 'KONTO':
        file.accounts.set(rec.account, { ...file.accounts.get(rec.account), number: rec.account, name: rec.name, line: rec.line });
        break;
      case 'KTYP':
      case 'ENHET':
      case 'SRU': {
        const account = file.accounts.get(rec.account);
        if (account === undefined) break;
        if (rec.type === 'KTYP') account.type = rec.accountType;
        else if (rec.type === 'ENHET') account.unit = rec.unit;
        else account.sru = rec.code;
        break;
      }
      case 'DIM':
        file.dimensions.push({ number: rec.dimension, name: rec.name, line: rec.line });
        break;
      case 'UNDERDIM':
        file.dimensions.push({ number: rec.dimension, name: rec.name, parent: rec.parent, line: rec.line });
        break;
      case 'OBJEKT':
        file.objects.push({ dimension: rec.dimension, id: rec.id, name: rec.name, line: rec.line });
        break;
      case 'VER':
        file.vouchers.push(rec.voucher);
        file.issues.push(...rec.voucher.issues);
        break;
      case 'KSUMMA':
        file.checksumVerified = true;
        break;
      case 'UNKNOWN':
        file.unknown.push({ line: rec.line, label: rec.label });
        break;
      case 'ISSUE':
        file.issues.push(rec.issue);
        break;
      default:
        file.balances.push(rec);
    }
  }
  file.encoding = encoding;
  return file;
}
