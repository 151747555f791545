// Builds BgMax files ("Bankgiro Inbetalningar") for tests, record by record as the layout places
// the fields (see src/modules/bank-payments/rules.ts): 80 characters a record, ISO-8859-1. A
// deposit's 15 and the file's 70 get the totals and counts of what is built unless told otherwise.

export interface TestPayment {
  /** 20 (default) or 21 (a deduction). */
  kind?: '20' | '21';
  reference?: string;
  /** 2 (correct OCR) by default. */
  code?: number;
  amountOre: bigint;
  sender?: string;
  extras?: { type?: '22' | '23'; reference: string; code?: number; amountOre?: bigint }[];
  name?: string;
  information?: string;
}

export interface TestDeposit {
  bankgiro: string;
  currency?: 'SEK' | 'EUR';
  /** YYYYMMDD. */
  paymentDate: string;
  payments: TestPayment[];
}

const rec = (...parts: string[]) => {
  const s = parts.join('');
  if (s.length > 80) throw new Error(`record longer than 80: ${s}`);
  return s.padEnd(80, ' ');
};
const num = (v: bigint | number | string, width: number) => String(v).padStart(width, '0');

function transaction(type: string, sender: string, reference: string, amountOre: bigint, code: number, serial: number, extra = ''): string {
  const ref = /^\d+$/.test(reference) ? reference.padStart(25, ' ') : reference.padEnd(25, ' ');
  return rec(type, num(sender, 10), ref, num(amountOre, 18), String(code), '1', num(serial, 12), '0', extra);
}

/** The records of a BgMax file (without line breaks). */
export function bgmaxRecords(deposits: TestDeposit[], opts: { test?: boolean } = {}): string[] {
  const out = [rec('01', 'BGMAX'.padEnd(20, ' '), '01', '20261205063015123456', opts.test ? 'T' : 'P')];
  let serial = 0;
  const totals = { payments: 0, deductions: 0, extras: 0 };
  deposits.forEach((d, i) => {
    const currency = d.currency ?? 'SEK';
    out.push(rec('05', num(d.bankgiro.replace(/\D/g, ''), 10), ' '.repeat(10), currency));
    let sum = 0n;
    for (const p of d.payments) {
      const kind = p.kind ?? '20';
      serial++;
      out.push(transaction(kind, p.sender ?? '9912346', p.reference ?? '', p.amountOre, p.code ?? 2, serial, kind === '21' ? '0' : ''));
      for (const e of p.extras ?? []) {
        out.push(transaction(e.type ?? '22', p.sender ?? '9912346', e.reference, e.amountOre ?? 0n, e.code ?? 2, serial));
        totals.extras++;
      }
      if (p.information) out.push(rec('25', p.information));
      if (p.name) out.push(rec('26', p.name));
      if (kind === '20') {
        sum += p.amountOre;
        totals.payments++;
      } else {
        sum -= p.amountOre;
        totals.deductions++;
      }
    }
    out.push(rec('15', num('58410000010098', 35), d.paymentDate, num(i + 1, 5), num(sum, 18), currency, num(d.payments.length, 8), ' '));
  });
  out.push(rec('70', num(totals.payments, 8), num(totals.deductions, 8), num(totals.extras, 8), num(deposits.length, 8)));
  return out;
}

/** A BgMax file as bytes (ISO-8859-1, CR LF). */
export function bgmaxFile(deposits: TestDeposit[], opts: { test?: boolean } = {}): Buffer {
  return Buffer.from(`${bgmaxRecords(deposits, opts).join('\r\n')}\r\n`, 'latin1');
}
