// Incoming bankgiro payments (pure): Bankgirot's BgMax file ("Bankgiro Inbetalningar") read
// record by record, and each payment matched to a customer invoice by its OCR reference.
//
// THE LAYOUT RELIED ON (Bankgirot, "Bankgiro Inbetalningar – Teknisk manual", the BgMax file,
// layout version 01; cross-checked against Bankgirot's published example files "BgMaxfil4" and
// "avtal om OCR-kontroll, checksiffra och längd", whose counts and totals this reader reproduces).
// Records ("poster") are 80 characters, ISO-8859-1, one per line; the first two characters are
// the transaction code (TK). Positions below are 1-based and inclusive; amounts are whole öre,
// 18 digits, zero-padded; numbers are zero-padded, texts space-padded.
//   01 start          3–22 layout name "BGMAX", 23–24 layout version "01",
//                     25–44 written at YYYYMMDDHHMMSS + 6 digits microseconds, 45 T (test) / P (production)
//   05 opening        3–12 the receiving bankgiro number, 13–22 plusgiro number (blank), 23–25 currency SEK/EUR
//   20 payment        3–12 the payer's bankgiro (zeros when unknown), 13–37 reference (25),
//                     38–55 amount, 56 reference code, 57 payment channel, 58–69 Bankgirot's serial
//                     number, 70 image marker (0 none, 1 an image of the payment slip)
//   21 deduction      as 20, plus 71 deduction code (0 whole, 1 partial – final, 2 partial – rest left);
//                     a deduction is subtracted from the deposit
//   22 extra reference  as 20: a further reference of the payment above, with its share of the
//                     amount (zero when the payer did not divide it); 23 the same with a negative
//                     amount (a credit note the payer set off)
//   25 information    3–52 a line of the payer's message
//   26 name           3–37 name, 38–72 extra name;  27 address 1: 3–37 address, 38–46 postcode;
//   28 address 2      3–37 town, 38–72 country, 73–74 country code;  29 3–14 organisation number
//   15 deposit        3–37 the receiving bank account, 38–45 payment date YYYYMMDD, 46–50 the
//                     deposit's serial number, 51–68 deposit amount, 69–71 currency, 72–79 number
//                     of payments (20 and 21 records), 80 deposit type (K, D, S or blank)
//   70 end            3–10 payment records (20), 11–18 deduction records (21), 19–26 extra
//                     reference records (22 and 23), 27–34 deposit records (15)
// Reference codes: 0 and 1 no reference, 2 a correct OCR reference (checked by Bankgirot under
// the payee's OCR agreement), 3 one or more references (free text), 4 one reference (free text),
// 5 a wrong reference (failed the OCR check); 6–9 are reserved. Payment channels: 1 electronic
// (a bank's internet service), 2 electronic (Leverantörsbetalningar), 3 a paper form, 4 Autogiro.
// A file is 01, then deposits (05, its 20/21 payments each followed by its 22/23/25–29 records,
// closed by 15), then 70. The 15 amount is the deposit's 20 amounts less its 21 amounts; its
// count is its 20 and 21 records.
//
// What this reader adds: a line may end in CR LF and trailing spaces (editors and transfers
// strip or add them): a record is its line with trailing whitespace removed, padded back to 80;
// a line longer than 80 after that is refused, as is one too short to hold its record's
// fields. Anything else the layout does not allow is refused with its line: an unknown
// transaction code, a record out of place, a malformed number, amount or date, a 15 whose amount,
// count or currency does not add up, a 70 whose counts do not. Blank lines are allowed only after
// the 70 (a file of nothing but blank lines is empty). The reader is streaming: it keeps one deposit's payments, which it hands over at the
// deposit's 15 (the payment date comes only there), and running totals for the 70.
import { luhnValid } from '@nordic-invoicing/connector-sdk/se';

export const RECORD_LENGTH = 80;

/** A problem of the file as a whole, at the line it is about. */
export interface BgMaxIssue {
  line: number;
  code: string;
  message: string;
}

export class BgMaxFormatError extends Error {
  readonly issue: BgMaxIssue;
  constructor(issue: BgMaxIssue) {
    super(`Line ${issue.line}: ${issue.message}`);
    this.issue = issue;
  }
}

export interface BgMaxHeader {
  line: number;
  version: number;
  /** When Bankgirot wrote the file, as YYYY-MM-DDTHH:MM:SS.ffffff (Swedish time, as the file has it). */
  writtenAt: string;
  test: boolean;
}

/** A 22 (positive) or 23 (negative) record: a further reference of the payment above it. */
export interface BgMaxExtraReference {
  line: number;
  negative: boolean;
  reference: string;
  referenceCode: number;
  /** Öre, as the record has it (never negative; `negative` says it is set off). */
  amountOre: bigint;
}

/** A 20 (payment) or 21 (deduction) record with the records that belong to it. */
export interface BgMaxPayment {
  line: number;
  kind: 'payment' | 'deduction';
  /** The payer's bankgiro number without leading zeros; null when the file has none. */
  senderBankgiro: string | null;
  /** The reference field, trimmed. */
  reference: string;
  referenceCode: number;
  amountOre: bigint;
  channel: number;
  bgcSerial: string;
  hasImage: boolean;
  /** 21 only: 0 whole, 1 partial – final, 2 partial – rest left. */
  deductionCode: number | null;
  extraReferences: BgMaxExtraReference[];
  information: string[];
  payerName: string | null;
  payerAddress: string[];
  organisationNumber: string | null;
}

export interface BgMaxDeposit {
  /** The line of the 05 that opened it. */
  openingLine: number;
  /** The line of its 15. */
  line: number;
  /** The receiving bankgiro number without leading zeros. */
  bankgiro: string;
  plusgiro: string | null;
  currency: 'SEK' | 'EUR';
  bankAccount: string;
  /** YYYY-MM-DD. */
  paymentDate: string;
  serial: string;
  amountOre: bigint;
  depositType: string | null;
  payments: BgMaxPayment[];
}

export interface BgMaxEndCounts {
  line: number;
  payments: number;
  deductions: number;
  extraReferences: number;
  deposits: number;
}

export type BgMaxEvent =
  | { type: 'header'; header: BgMaxHeader }
  | { type: 'opening'; line: number; bankgiro: string; currency: 'SEK' | 'EUR' }
  | { type: 'deposit'; deposit: BgMaxDeposit }
  | { type: 'end'; counts: BgMaxEndCounts };

/** The last position each record type needs (a line shorter than that, after trailing whitespace is removed, is refused). */
const MIN_LENGTH: Record<string, number> = {
  '01': 45,
  '05': 25,
  '20': 70,
  '21': 71,
  '22': 70,
  '23': 70,
  '25': 2,
  '26': 2,
  '27': 2,
  '28': 2,
  '29': 14,
  '15': 79,
  '70': 34,
};

const fail = (line: number, code: string, message: string): never => {
  throw new BgMaxFormatError({ line, code, message });
};

/** Positions `from`–`to` (1-based, inclusive) of a record. */
const field = (rec: string, from: number, to: number) => rec.slice(from - 1, to);

function digits(rec: string, from: number, to: number, line: number, what: string): string {
  const v = field(rec, from, to);
  if (!/^\d+$/.test(v)) fail(line, 'bad_number', `${what} (positions ${from}–${to}) must be ${to - from + 1} digits; it is "${v}".`);
  return v;
}

function amount(rec: string, from: number, to: number, line: number, what: string): bigint {
  const v = field(rec, from, to);
  if (!/^\d+$/.test(v)) fail(line, 'bad_amount', `${what} (positions ${from}–${to}) must be ${to - from + 1} digits of öre; it is "${v}".`);
  return BigInt(v);
}

function isRealDate(y: number, m: number, d: number): boolean {
  const dt = new Date(Date.UTC(y, m - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

function date(rec: string, from: number, line: number, what: string): string {
  const v = field(rec, from, from + 7);
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v);
  if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
    fail(line, 'bad_date', `${what} (positions ${from}–${from + 7}) must be a date YYYYMMDD; it is "${v}".`);
  return `${m![1]}-${m![2]}-${m![3]}`;
}

const text = (rec: string, from: number, to: number) => field(rec, from, to).trim();
const noZeros = (v: string) => v.replace(/^0+/, '');
const kronor = (ore: bigint) => {
  const neg = ore < 0n;
  const a = neg ? -ore : ore;
  return `${neg ? '-' : ''}${a / 100n}.${String(a % 100n).padStart(2, '0')}`;
};

/** Öre as an exact decimal text with two decimals ("1234.50"). */
export const oreToDecimal = kronor;

/**
 * The BgMax reader as a state machine fed one line at a time (push), so it streams: `line`
 * returns what the line completes (the header, an opened deposit, a closed deposit with its
 * payments, the end counts); `finish` checks that the file ended properly. Throws BgMaxFormatError.
 */
export class BgMaxReader {
  private lineNo = 0;
  private state: 'start' | 'between' | 'deposit' | 'ended' = 'start';
  private deposit: Omit<BgMaxDeposit, 'line' | 'bankAccount' | 'paymentDate' | 'serial' | 'amountOre' | 'depositType'> | null = null;
  private current: BgMaxPayment | null = null;
  private totals = { payments: 0, deductions: 0, extraReferences: 0, deposits: 0 };

  /** The number of the last line read. */
  get line(): number {
    return this.lineNo;
  }

  /** Reads the next line (without its line break; a trailing CR is allowed). */
  push(raw: string): BgMaxEvent[] {
    const n = ++this.lineNo;
    const trimmed = raw.replace(/\s+$/, '');
    if (trimmed === '') {
      // Blank lines before the start record are left for `finish` (a file of nothing is empty), after the end record allowed.
      if (this.state === 'ended' || this.state === 'start') return [];
      return fail(n, 'empty_line', 'An empty line; every line before the end record (70) must be a record.');
    }
    if (this.state === 'ended') fail(n, 'after_end', 'Nothing may follow the end record (70).');
    if (trimmed.length > RECORD_LENGTH)
      fail(n, 'record_length', `A record is ${RECORD_LENGTH} characters; this line has ${trimmed.length} (trailing spaces not counted).`);
    const type = trimmed.slice(0, 2);
    const min = MIN_LENGTH[type];
    if (min === undefined) fail(n, 'record_type', `Unknown record type "${type}" (a BgMax file has 01, 05, 20–29, 15 and 70).`);
    if (trimmed.length < min!)
      fail(n, 'record_length', `A ${type} record needs at least ${min} characters (of ${RECORD_LENGTH}); this one has ${trimmed.length}.`);
    const rec = trimmed.padEnd(RECORD_LENGTH, ' ');
    switch (type) {
      case '01':
        return [this.start(rec, n)];
      case '05':
        return [this.opening(rec, n)];
      case '20':
      case '21':
        this.payment(rec, n, type);
        return [];
      case '22':
      case '23':
        this.extraReference(rec, n, type);
        return [];
      case '25':
      case '26':
      case '27':
      case '28':
      case '29':
        this.payerRecord(rec, n, type);
        return [];
      case '15':
        return [this.close(rec, n)];
      default:
        return [this.end(rec, n)];
    }
  }

  /** The input has ended: refused unless the end record (70) was read. */
  finish(): void {
    if (this.state === 'start') fail(1, 'empty_file', 'The file is empty: a BgMax file starts with a start record (01).');
    if (this.state === 'deposit')
      fail(this.lineNo + 1, 'missing_deposit', `The deposit opened at line ${this.deposit!.openingLine} has no deposit record (15).`);
    if (this.state !== 'ended') fail(this.lineNo + 1, 'missing_end', 'The file ends without an end record (70).');
  }

  private expect(n: number, type: string, allowed: (typeof this.state)[]): void {
    if (allowed.includes(this.state)) return;
    if (this.state === 'start') fail(n, 'out_of_place', `A BgMax file starts with a start record (01); line ${n} is a ${type} record.`);
    if (this.state === 'deposit')
      fail(n, 'out_of_place', `A ${type} record inside the deposit opened at line ${this.deposit!.openingLine}, which has no deposit record (15) yet.`);
    fail(n, 'out_of_place', `A ${type} record outside a deposit (deposits open with 05 and close with 15).`);
  }

  private start(rec: string, n: number): BgMaxEvent {
    if (this.state !== 'start') fail(n, 'out_of_place', 'A second start record (01).');
    if (text(rec, 3, 22) !== 'BGMAX') fail(n, 'not_bgmax', `Not a BgMax file: the start record names the layout "${text(rec, 3, 22)}".`);
    const version = Number(digits(rec, 23, 24, n, 'The layout version'));
    if (version !== 1) fail(n, 'layout_version', `Layout version ${version} is not known (this reader reads version 01).`);
    const ts = digits(rec, 25, 44, n, 'The time the file was written');
    const [y, mo, d, h, mi, s] = [ts.slice(0, 4), ts.slice(4, 6), ts.slice(6, 8), ts.slice(8, 10), ts.slice(10, 12), ts.slice(12, 14)];
    if (!isRealDate(Number(y), Number(mo), Number(d)) || Number(h) > 23 || Number(mi) > 59 || Number(s) > 59)
      fail(n, 'bad_date', `The time the file was written (positions 25–44) must be YYYYMMDDHHMMSS and microseconds; it is "${ts}".`);
    const marker = field(rec, 45, 45);
    if (marker !== 'T' && marker !== 'P') fail(n, 'bad_marker', `The test marker (position 45) must be T or P; it is "${marker}".`);
    this.state = 'between';
    return { type: 'header', header: { line: n, version, writtenAt: `${y}-${mo}-${d}T${h}:${mi}:${s}.${ts.slice(14)}`, test: marker === 'T' } };
  }

  private opening(rec: string, n: number): BgMaxEvent {
    this.expect(n, '05', ['between']);
    const bankgiro = noZeros(digits(rec, 3, 12, n, 'The receiving bankgiro number'));
    if (!bankgiro) fail(n, 'bad_number', 'The receiving bankgiro number (positions 3–12) is zero.');
    const pg = field(rec, 13, 22);
    if (pg.trim() && !/^\d+$/.test(pg)) fail(n, 'bad_number', `The plusgiro number (positions 13–22) must be digits or blank; it is "${pg}".`);
    const currency = field(rec, 23, 25);
    if (currency !== 'SEK' && currency !== 'EUR') fail(n, 'bad_currency', `The currency (positions 23–25) must be SEK or EUR; it is "${currency}".`);
    this.deposit = { openingLine: n, bankgiro, plusgiro: pg.trim() ? noZeros(pg) : null, currency: currency as 'SEK' | 'EUR', payments: [] };
    this.current = null;
    this.state = 'deposit';
    return { type: 'opening', line: n, bankgiro, currency: currency as 'SEK' | 'EUR' };
  }

  /** The fields 20, 21, 22 and 23 share. */
  private transaction(rec: string, n: number) {
    const sender = noZeros(digits(rec, 3, 12, n, 'The payer’s bankgiro number'));
    const amountOre = amount(rec, 38, 55, n, 'The amount');
    const referenceCode = Number(digits(rec, 56, 56, n, 'The reference code'));
    const channel = Number(digits(rec, 57, 57, n, 'The payment channel'));
    const image = field(rec, 70, 70);
    if (image !== '0' && image !== '1') fail(n, 'bad_marker', `The image marker (position 70) must be 0 or 1; it is "${image}".`);
    return { sender: sender || null, reference: text(rec, 13, 37), amountOre, referenceCode, channel, bgcSerial: text(rec, 58, 69), hasImage: image === '1' };
  }

  private payment(rec: string, n: number, type: '20' | '21'): void {
    this.expect(n, type, ['deposit']);
    const t = this.transaction(rec, n);
    const deductionCode = type === '21' ? Number(digits(rec, 71, 71, n, 'The deduction code')) : null;
    this.current = {
      line: n,
      kind: type === '20' ? 'payment' : 'deduction',
      senderBankgiro: t.sender,
      reference: t.reference,
      referenceCode: t.referenceCode,
      amountOre: t.amountOre,
      channel: t.channel,
      bgcSerial: t.bgcSerial,
      hasImage: t.hasImage,
      deductionCode,
      extraReferences: [],
      information: [],
      payerName: null,
      payerAddress: [],
      organisationNumber: null,
    };
    this.deposit!.payments.push(this.current);
    if (type === '20') this.totals.payments++;
    else this.totals.deductions++;
  }

  private owner(n: number, type: string): BgMaxPayment {
    this.expect(n, type, ['deposit']);
    if (!this.current)
      return fail(n, 'out_of_place', `A ${type} record belongs to a payment (20) or deduction (21), and none comes before it in this deposit.`);
    return this.current;
  }

  private extraReference(rec: string, n: number, type: '22' | '23'): void {
    const p = this.owner(n, type);
    const t = this.transaction(rec, n);
    p.extraReferences.push({ line: n, negative: type === '23', reference: t.reference, referenceCode: t.referenceCode, amountOre: t.amountOre });
    this.totals.extraReferences++;
  }

  private payerRecord(rec: string, n: number, type: '25' | '26' | '27' | '28' | '29'): void {
    const p = this.owner(n, type);
    if (type === '25') p.information.push(text(rec, 3, 52));
    else if (type === '26') p.payerName = [text(rec, 3, 37), text(rec, 38, 72)].filter(Boolean).join(' ') || null;
    else if (type === '27') p.payerAddress.push(...[text(rec, 3, 37), text(rec, 38, 46)].filter(Boolean));
    else if (type === '28') p.payerAddress.push(...[text(rec, 3, 37), text(rec, 38, 72), text(rec, 73, 74)].filter(Boolean));
    else p.organisationNumber = noZeros(digits(rec, 3, 14, n, 'The organisation number')) || null;
  }

  private close(rec: string, n: number): BgMaxEvent {
    this.expect(n, '15', ['deposit']);
    const open = this.deposit!;
    const bankAccount = digits(rec, 3, 37, n, 'The receiving bank account');
    const paymentDate = date(rec, 38, n, 'The payment date');
    const serial = digits(rec, 46, 50, n, 'The deposit’s serial number');
    const amountOre = amount(rec, 51, 68, n, 'The deposit amount');
    const currency = field(rec, 69, 71);
    const count = Number(digits(rec, 72, 79, n, 'The number of payments'));
    const depositType = field(rec, 80, 80).trim();
    if (depositType && !['K', 'D', 'S'].includes(depositType))
      fail(n, 'bad_marker', `The deposit type (position 80) must be K, D, S or blank; it is "${depositType}".`);
    if (currency !== open.currency)
      fail(n, 'deposit_mismatch', `The deposit is in ${currency}, but the deposit opened at line ${open.openingLine} is in ${open.currency}.`);
    const sum = open.payments.reduce((s, p) => (p.kind === 'payment' ? s + p.amountOre : s - p.amountOre), 0n);
    if (count !== open.payments.length)
      fail(n, 'deposit_mismatch', `The deposit counts ${count} payments, but lines ${open.openingLine}–${n} have ${open.payments.length} (20 and 21 records).`);
    if (sum !== amountOre)
      fail(
        n,
        'deposit_mismatch',
        `The deposit amount is ${kronor(amountOre)} ${currency}, but its payments (less deductions), lines ${open.openingLine}–${n}, add up to ${kronor(sum)}.`,
      );
    this.totals.deposits++;
    this.state = 'between';
    this.deposit = null;
    this.current = null;
    return {
      type: 'deposit',
      deposit: { ...open, line: n, bankAccount: noZeros(bankAccount), paymentDate, serial, amountOre, depositType: depositType || null },
    };
  }

  private end(rec: string, n: number): BgMaxEvent {
    this.expect(n, '70', ['between']);
    const counts: BgMaxEndCounts = {
      line: n,
      payments: Number(digits(rec, 3, 10, n, 'The number of payment records')),
      deductions: Number(digits(rec, 11, 18, n, 'The number of deduction records')),
      extraReferences: Number(digits(rec, 19, 26, n, 'The number of extra reference records')),
      deposits: Number(digits(rec, 27, 34, n, 'The number of deposit records')),
    };
    const names = { payments: 'payment (20)', deductions: 'deduction (21)', extraReferences: 'extra reference (22, 23)', deposits: 'deposit (15)' } as const;
    for (const k of ['payments', 'deductions', 'extraReferences', 'deposits'] as const) {
      if (counts[k] !== this.totals[k]) fail(n, 'count_mismatch', `The end record counts ${counts[k]} ${names[k]} records; the file has ${this.totals[k]}.`);
    }
    this.state = 'ended';
    return { type: 'end', counts };
  }
}

/** ISO-8859-1 bytes as text (every byte is its own character; not windows-1252). */
function latin1(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

/** Reads a BgMax file from a stream of bytes (ISO-8859-1), event by event. Throws BgMaxFormatError. */
export async function* readBgMax(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<BgMaxEvent> {
  const reader = new BgMaxReader();
  let rest = '';
  for await (const chunk of chunks) {
    const lines = (rest + latin1(chunk)).split('\n');
    rest = lines.pop()!;
    // A line longer than any record with its trailing spaces would keep growing: refused early.
    if (rest.length > 4 * RECORD_LENGTH && rest.trimEnd().length > RECORD_LENGTH) {
      reader.push(rest);
    }
    for (const l of lines) yield* reader.push(l);
  }
  if (rest !== '') yield* reader.push(rest);
  reader.finish();
}

/** Reads a whole BgMax text (tests, small files). */
export function parseBgMax(input: string): { header: BgMaxHeader; deposits: BgMaxDeposit[]; end: BgMaxEndCounts } {
  const reader = new BgMaxReader();
  const events = input.split('\n').flatMap((l) => reader.push(l));
  reader.finish();
  const header = events.find((e) => e.type === 'header')!.header;
  const deposits = events.flatMap((e) => (e.type === 'deposit' ? [e.deposit] : []));
  const end = events.find((e) => e.type === 'end')!.counts;
  return { header, deposits, end };
}

// ─── Matching ────────────────────────────────────────────────────────────────────────────────
//
// A payment's references → invoices by their OCR reference, and what the payment does to them.
// - A reference Bankgirot checked as OCR (code 2) is taken whole (spaces and dashes dropped); a
//   free-text reference (codes 3 and 4, and 5, a reference that failed Bankgirot's OCR check) may
//   still hold an invoice's OCR reference: every run of digits in it is a candidate. Either way a
//   candidate must be 2–25 digits with a correct Luhn check digit (the OCR control digit), so a
//   mistyped reference is not matched to another invoice. Codes 0 and 1: no reference.
// - A payment with extra references (22/23) that divide its amount: each reference is matched
//   with its own share (a 23 is a credit note the payer set off: reported, never marks anything);
//   extra references without amounts: the payment covers all its references together.
// - Outcomes per invoice: PAID (locked, unpaid, not a credit note, and the amount equals what the
//   customer pays, `amountToPay`; several invoices paid together: their sum), PARTIAL / OVERPAID
//   (the amount differs: not marked paid, both amounts reported), ALREADY_PAID, CREDIT_NOTE (a
//   payment never marks a credit note paid), NOT_LOCKED, OTHER_CURRENCY (the invoices are in SEK),
//   AMBIGUOUS_REFERENCE (two invoices carry the reference); UNKNOWN_REFERENCE when no invoice
//   carries any candidate; DEDUCTION for a 21 record or a 23 reference (reported only).

export type ReferenceKind = 'NONE' | 'OCR' | 'FREE_TEXT' | 'INVALID_OCR';

export type PaymentOutcome =
  | 'PAID'
  | 'PARTIAL'
  | 'OVERPAID'
  | 'ALREADY_PAID'
  | 'CREDIT_NOTE'
  | 'NOT_LOCKED'
  | 'OTHER_CURRENCY'
  | 'AMBIGUOUS_REFERENCE'
  | 'UNKNOWN_REFERENCE'
  | 'DEDUCTION';

/** What the matching needs of an invoice. */
export interface InvoiceFacts {
  id: string;
  number: number;
  ocrReference: string;
  locked: boolean;
  isCredit: boolean;
  /** YYYY-MM-DD, or null while unpaid. */
  paidDate: string | null;
  /** What the customer pays, in öre. */
  amountToPayOre: bigint;
}

/** One reference of a payment with the amount it stands for. */
export interface PaymentPart {
  /** The line of the record the reference is on. */
  line: number;
  references: { text: string; code: number }[];
  amountOre: bigint;
  /** A 21 record or a 23 reference: reported, never marks an invoice paid. */
  deduction: boolean;
}

/** One line of the report: a part of a payment and an invoice it names (or none). */
export interface PaymentMatch {
  line: number;
  reference: string;
  referenceKind: ReferenceKind;
  /** The amount of the part, öre. */
  amountOre: bigint;
  /** What the invoices matched together ask for (PAID, PARTIAL, OVERPAID), öre; else null. */
  expectedOre: bigint | null;
  invoice: { id: string; number: number } | null;
  outcome: PaymentOutcome;
  message: string;
}

export function referenceKind(code: number): ReferenceKind {
  if (code === 0 || code === 1) return 'NONE';
  if (code === 2) return 'OCR';
  if (code === 5) return 'INVALID_OCR';
  return 'FREE_TEXT';
}

const isOcrCandidate = (d: string) => d.length >= 2 && d.length <= 25 && luhnValid(d);

/** The OCR references a reference field may be (see above), in the order they appear, without repeats. */
export function candidateReferences(reference: string, code: number): string[] {
  const kind = referenceKind(code);
  if (kind === 'NONE') return [];
  const whole = reference.replace(/[\s-]+/g, '');
  if (kind === 'OCR') return /^\d+$/.test(whole) && isOcrCandidate(whole) ? [whole] : [];
  const out = new Set<string>();
  if (/^\d+$/.test(whole) && isOcrCandidate(whole)) out.add(whole);
  for (const m of reference.matchAll(/\d+/g)) if (isOcrCandidate(m[0])) out.add(m[0]);
  return [...out];
}

/** The references of a payment (20 or 21) and the amounts they stand for (see above). */
export function paymentParts(p: BgMaxPayment): PaymentPart[] {
  const own = { text: p.reference, code: p.referenceCode };
  if (p.kind === 'deduction')
    return [
      {
        line: p.line,
        references: [own, ...p.extraReferences.map((e) => ({ text: e.reference, code: e.referenceCode }))],
        amountOre: p.amountOre,
        deduction: true,
      },
    ];
  if (p.extraReferences.length === 0) return [{ line: p.line, references: [own], amountOre: p.amountOre, deduction: false }];
  const divided = p.extraReferences.some((e) => e.amountOre !== 0n);
  if (!divided)
    return [
      {
        line: p.line,
        references: [own, ...p.extraReferences.map((e) => ({ text: e.reference, code: e.referenceCode }))],
        amountOre: p.amountOre,
        deduction: false,
      },
    ];
  const parts: PaymentPart[] = [];
  let rest = p.amountOre;
  for (const e of p.extraReferences) {
    parts.push({ line: e.line, references: [{ text: e.reference, code: e.referenceCode }], amountOre: e.amountOre, deduction: e.negative });
    rest += e.negative ? e.amountOre : -e.amountOre;
  }
  // What the extra references leave of the payment is the payment's own reference's.
  if (rest !== 0n) parts.unshift({ line: p.line, references: [own], amountOre: rest, deduction: false });
  return parts;
}

/** A single invoice's standing for a payment, whatever the amount (null: it may be paid). */
function standing(inv: InvoiceFacts, currency: string): { outcome: PaymentOutcome; message: string } | null {
  if (currency !== 'SEK') return { outcome: 'OTHER_CURRENCY', message: `The payment is in ${currency}; invoice ${inv.number} is in SEK. Not marked paid.` };
  if (inv.isCredit) return { outcome: 'CREDIT_NOTE', message: `Invoice ${inv.number} is a credit note; a payment does not mark it paid.` };
  if (!inv.locked) return { outcome: 'NOT_LOCKED', message: `Invoice ${inv.number} is not locked. Not marked paid.` };
  if (inv.paidDate) return { outcome: 'ALREADY_PAID', message: `Invoice ${inv.number} is already paid (${inv.paidDate}).` };
  return null;
}

/**
 * Matches one part of a payment. `byOcr` gives the invoices carrying a reference (the company's
 * only); `currency` is the deposit's.
 */
export function matchPart(part: PaymentPart, currency: string, byOcr: (ocr: string) => readonly InvoiceFacts[]): PaymentMatch[] {
  const shown = part.references
    .map((r) => r.text)
    .filter(Boolean)
    .join(', ');
  const kinds = part.references.map((r) => referenceKind(r.code));
  const kind: ReferenceKind = kinds.find((k) => k !== 'NONE') ?? 'NONE';
  const base = { line: part.line, reference: shown, referenceKind: kind, amountOre: part.amountOre };
  const amountText = `${oreToDecimal(part.amountOre)} ${currency}`;

  const found = new Map<string, InvoiceFacts>();
  const ambiguous: string[] = [];
  for (const r of part.references) {
    for (const c of candidateReferences(r.text, r.code)) {
      const hits = byOcr(c);
      if (hits.length > 1) ambiguous.push(c);
      else if (hits[0]) found.set(hits[0].id, hits[0]);
    }
  }
  const out: PaymentMatch[] = ambiguous.map((c) => ({
    ...base,
    expectedOre: null,
    invoice: null,
    outcome: 'AMBIGUOUS_REFERENCE' as const,
    message: `More than one invoice carries the reference ${c}; nothing is marked paid by it.`,
  }));
  const invoices = [...found.values()].sort((a, b) => a.number - b.number);
  if (invoices.length === 0) {
    if (out.length) return out;
    if (part.deduction)
      return [{ ...base, expectedOre: null, invoice: null, outcome: 'DEDUCTION', message: `A deduction of ${amountText}, matching no invoice.` }];
    const message =
      kind === 'NONE' ? `A payment of ${amountText} without a reference.` : `No invoice carries the reference "${shown}" (a payment of ${amountText}).`;
    return [{ ...base, expectedOre: null, invoice: null, outcome: 'UNKNOWN_REFERENCE', message }];
  }
  if (part.deduction) {
    return invoices.map((inv) => ({
      ...base,
      expectedOre: null,
      invoice: { id: inv.id, number: inv.number },
      outcome: 'DEDUCTION' as const,
      message: `A deduction of ${amountText} naming invoice ${inv.number}; reported, not marked paid.`,
    }));
  }
  const payable = invoices.filter((inv) => standing(inv, currency) === null);
  const expected = payable.reduce((s, inv) => s + inv.amountToPayOre, 0n);
  const together = payable.length > 1 ? ` (invoices ${payable.map((i) => i.number).join(', ')} together)` : '';
  for (const inv of invoices) {
    const st = standing(inv, currency);
    const invoice = { id: inv.id, number: inv.number };
    if (st) {
      out.push({ ...base, expectedOre: null, invoice, ...st });
      continue;
    }
    const asked = `${oreToDecimal(expected)} ${currency}${together}`;
    if (part.amountOre === expected)
      out.push({ ...base, expectedOre: expected, invoice, outcome: 'PAID', message: `Invoice ${inv.number} is paid: ${amountText}${together}.` });
    else if (part.amountOre < expected)
      out.push({
        ...base,
        expectedOre: expected,
        invoice,
        outcome: 'PARTIAL',
        message: `Paid ${amountText} of ${asked}; invoice ${inv.number} is not marked paid.`,
      });
    else
      out.push({
        ...base,
        expectedOre: expected,
        invoice,
        outcome: 'OVERPAID',
        message: `Paid ${amountText}, more than ${asked}; invoice ${inv.number} is not marked paid.`,
      });
  }
  return out;
}

/** Matches a whole payment (20 or 21) of a deposit. */
export function matchPayment(p: BgMaxPayment, currency: string, byOcr: (ocr: string) => readonly InvoiceFacts[]): PaymentMatch[] {
  return paymentParts(p).flatMap((part) => matchPart(part, currency, byOcr));
}

/** Every OCR candidate a deposit's payments name (to look the invoices up in one go). */
export function depositCandidates(d: BgMaxDeposit): string[] {
  const out = new Set<string>();
  for (const p of d.payments)
    for (const part of paymentParts(p)) for (const r of part.references) for (const c of candidateReferences(r.text, r.code)) out.add(c);
  return [...out];
}

/**
 * What importing payments needs, both: INVOICE_PAYMENTS, as it marks invoices paid, and
 * INVOICE_VIEW, as its result names the invoices matched (id, number, what each asks the customer
 * to pay). Integration rights (ADMIN_INTEGRATIONS) are not needed and do not suffice.
 */
export const PAYMENT_IMPORT_PERMISSIONS = ['INVOICE_PAYMENTS', 'INVOICE_VIEW'] as const;
export type PaymentImportPermission = (typeof PAYMENT_IMPORT_PERMISSIONS)[number];

/** The first permission of PAYMENT_IMPORT_PERMISSIONS the holder lacks, or null when it has them all. */
export function missingPaymentPermission(held: ReadonlySet<string>): PaymentImportPermission | null {
  return PAYMENT_IMPORT_PERMISSIONS.find((p) => !held.has(p)) ?? null;
}
