// The SIE 4I writer: a typed model → the bytes of a file, streamed in chunks.
//
// The file: `#FLAGGA 0`, the opening `#KSUMMA`, the identification records in the standard's
// order (#PROGRAM #FORMAT PC8 #GEN #SIETYP 4 #PROSA #FNR #ORGNR #ADRESS #FNAMN #RAR #TAXAR #KPTYP
// #VALUTA), the chart (#KONTO, then #KTYP #ENHET #SRU), #DIM/#UNDERDIM and #OBJEKT, one #VER per
// voucher with its #TRANS rows in a `{ … }` block, and the closing `#KSUMMA` with the checksum
// (checksum.ts). Encoded in PC8 (code page 437; a character it lacks becomes `?`), CRLF line ends.
// Free texts (names, voucher and row texts, object ids) are always quoted, with `"` and `\`
// escaped by a backslash; numbers, dates and amounts are bare; a series or number is quoted only
// when it needs to be. Amounts are written with two decimals.
//
// Refused with a SieWriteError naming the voucher: rows that do not sum to exactly zero, a row on
// an account the model's `accounts` does not list, an amount with more than two decimals, a bad
// date, a voucher without rows. A refusal stops the stream: the caller discards what it got.
import { Decimal } from 'decimal.js';
import { SieChecksum } from './checksum.js';
import { encodeSie } from './encoding.js';
import { SieWriteError } from './errors.js';
import { sieQuote, sieWord } from './tokenizer.js';
import type { SieObjectRef } from './types.js';
import { formatSieAmount, formatSieDate } from './values.js';

export interface SieWriteAccount {
  number: string;
  name: string;
  /** #KTYP: T (asset), S (liability), K (cost), I (income). */
  type?: string;
  unit?: string;
  sru?: string;
}

export interface SieWriteDimension {
  number: string;
  name: string;
  /** Written as #UNDERDIM of this dimension when set. */
  parent?: string;
}

export interface SieWriteObject {
  dimension: string;
  id: string;
  name: string;
}

export interface SieWriteRow {
  account: string;
  objects?: SieObjectRef[];
  amount: Decimal.Value;
  /** ISO YYYY-MM-DD. */
  date?: string;
  text?: string;
  quantity?: Decimal.Value;
  sign?: string;
}

export interface SieWriteVoucher {
  /** The caller's name for the voucher (an invoice number), used in refusals. */
  ref?: string;
  series?: string;
  number?: string;
  /** ISO YYYY-MM-DD. */
  date: string;
  text?: string;
  registrationDate?: string;
  sign?: string;
  rows: SieWriteRow[];
}

export interface SieWriteModel {
  program: { name: string; version: string };
  /** ISO date of generation, and who generated the file. */
  generated: { date: string; sign?: string };
  companyName: string;
  orgNr?: string;
  companyId?: string;
  address?: { contact: string; street: string; postal: string; phone: string };
  prosa?: string;
  fiscalYears?: { index: number; start: string; end: string }[];
  taxYear?: number;
  chartType?: string;
  currency?: string;
  accounts: SieWriteAccount[];
  dimensions?: SieWriteDimension[];
  objects?: SieWriteObject[];
  vouchers: Iterable<SieWriteVoucher> | AsyncIterable<SieWriteVoucher>;
}

type Out = { word: string } | { text: string } | { list: SieObjectRef[] };

const CHUNK_CHARS = 64 * 1024;

function date(value: string, field: string, voucher?: string): string {
  const d = formatSieDate(value);
  if (d === undefined)
    throw new SieWriteError('bad-date', `${field} "${value}" is not a date YYYY-MM-DD`, { field, ...(voucher === undefined ? {} : { voucher }) });
  return d;
}

/** Drops trailing optional fields that are absent; absent ones before a present one become `""`. */
function trim(fields: (Out | undefined)[]): Out[] {
  let end = fields.length;
  while (end > 0 && fields[end - 1] === undefined) end--;
  return fields.slice(0, end).map((f) => f ?? { text: '' });
}

/** Writes a SIE 4I file as a stream of PC8-encoded chunks. */
export async function* writeSie(model: SieWriteModel): AsyncGenerator<Buffer> {
  const checksum = new SieChecksum('cp437');
  let summed = false;
  let pending: string[] = [];
  let size = 0;

  function record(label: string, fields: (Out | undefined)[]): void {
    const parts = [label];
    const contents: string[] = [];
    for (const f of trim(fields)) {
      if ('word' in f) {
        parts.push(sieWord(f.word));
        contents.push(f.word);
      } else if ('text' in f) {
        parts.push(sieQuote(f.text));
        contents.push(f.text);
      } else {
        parts.push(`{${f.list.map((o) => `${sieWord(o.dimension)} ${sieQuote(o.id)}`).join(' ')}}`);
        for (const o of f.list) contents.push(o.dimension, o.id);
      }
    }
    if (summed) checksum.addRecord(label, contents);
    push(parts.join(' '));
  }
  function push(line: string): void {
    pending.push(line, '\r\n');
    size += line.length + 2;
  }
  function* flush(force = false): Generator<Buffer> {
    if (size === 0 || (!force && size < CHUNK_CHARS)) return;
    yield encodeSie(pending.join(''), 'cp437');
    pending = [];
    size = 0;
  }
  const opt = (v: string | undefined): Out | undefined => (v === undefined ? undefined : { text: v });

  record('#FLAGGA', [{ word: '0' }]);
  push('#KSUMMA');
  summed = true;
  record('#PROGRAM', [{ text: model.program.name }, { text: model.program.version }]);
  record('#FORMAT', [{ word: 'PC8' }]);
  record('#GEN', [{ word: date(model.generated.date, 'generated.date') }, opt(model.generated.sign)]);
  record('#SIETYP', [{ word: '4' }]);
  if (model.prosa !== undefined) record('#PROSA', [{ text: model.prosa }]);
  if (model.companyId !== undefined) record('#FNR', [{ text: model.companyId }]);
  if (model.orgNr !== undefined) record('#ORGNR', [{ word: model.orgNr }]);
  if (model.address !== undefined) {
    const a = model.address;
    record('#ADRESS', [{ text: a.contact }, { text: a.street }, { text: a.postal }, { text: a.phone }]);
  }
  record('#FNAMN', [{ text: model.companyName }]);
  for (const y of model.fiscalYears ?? []) {
    record('#RAR', [{ word: String(y.index) }, { word: date(y.start, 'fiscalYears.start') }, { word: date(y.end, 'fiscalYears.end') }]);
  }
  if (model.taxYear !== undefined) record('#TAXAR', [{ word: String(model.taxYear) }]);
  if (model.chartType !== undefined) record('#KPTYP', [{ word: model.chartType }]);
  if (model.currency !== undefined) record('#VALUTA', [{ word: model.currency }]);

  const accounts = new Set<string>();
  for (const a of model.accounts) {
    accounts.add(a.number);
    record('#KONTO', [{ word: a.number }, { text: a.name }]);
  }
  for (const a of model.accounts) if (a.type !== undefined) record('#KTYP', [{ word: a.number }, { word: a.type }]);
  for (const a of model.accounts) if (a.unit !== undefined) record('#ENHET', [{ word: a.number }, { text: a.unit }]);
  for (const a of model.accounts) if (a.sru !== undefined) record('#SRU', [{ word: a.number }, { word: a.sru }]);
  for (const d of model.dimensions ?? []) {
    if (d.parent === undefined) record('#DIM', [{ word: d.number }, { text: d.name }]);
    else record('#UNDERDIM', [{ word: d.number }, { text: d.name }, { word: d.parent }]);
  }
  for (const o of model.objects ?? []) record('#OBJEKT', [{ word: o.dimension }, { text: o.id }, { text: o.name }]);
  yield* flush();

  let index = 0;
  for await (const v of model.vouchers) {
    index++;
    const name = v.ref ?? (v.series !== undefined || v.number !== undefined ? `${v.series ?? ''} ${v.number ?? ''}`.trim() : `#${index}`);
    if (v.rows.length === 0) throw new SieWriteError('bad-field', 'the voucher has no rows', { voucher: name, field: 'rows' });
    let sum = new Decimal(0);
    const rows = v.rows.map((r, k) => {
      if (!accounts.has(r.account)) {
        throw new SieWriteError('unknown-account', `row ${k + 1}: account ${r.account} is not among the file's accounts`, {
          voucher: name,
          field: `rows.${k}.account`,
        });
      }
      const amount = formatSieAmount(r.amount);
      if (amount === undefined) {
        throw new SieWriteError('bad-amount', `row ${k + 1}: amount ${String(r.amount)} is not a finite amount with at most two decimals`, {
          voucher: name,
          field: `rows.${k}.amount`,
        });
      }
      sum = sum.plus(amount);
      let quantity: Out | undefined;
      if (r.quantity !== undefined) {
        const q = new Decimal(r.quantity);
        if (!q.isFinite()) throw new SieWriteError('bad-field', `row ${k + 1}: quantity is not a number`, { voucher: name, field: `rows.${k}.quantity` });
        quantity = { word: q.toFixed() };
      }
      return [
        { word: r.account },
        { list: r.objects ?? [] },
        { word: amount },
        r.date === undefined ? undefined : { word: date(r.date, `rows.${k}.date`, name) },
        opt(r.text),
        quantity,
        opt(r.sign),
      ] satisfies (Out | undefined)[];
    });
    if (!sum.isZero()) {
      throw new SieWriteError('unbalanced-voucher', `the rows sum to ${sum.toFixed(2)}, not zero`, { voucher: name, field: 'rows' });
    }
    record('#VER', [
      { word: v.series ?? '' },
      { word: v.number ?? '' },
      { word: date(v.date, 'date', name) },
      { text: v.text ?? '' },
      v.registrationDate === undefined ? undefined : { word: date(v.registrationDate, 'registrationDate', name) },
      opt(v.sign),
    ]);
    push('{');
    for (const row of rows) record('#TRANS', row);
    push('}');
    yield* flush();
  }
  summed = false;
  push(`#KSUMMA ${checksum.value}`);
  yield* flush(true);
}

/** The whole file as one Buffer (for tests and small files). */
export async function writeSieToBuffer(model: SieWriteModel): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of writeSie(model)) chunks.push(chunk);
  return Buffer.concat(chunks);
}
