// A SIE 4 file of N vouchers shaped like a construction company's year of bookkeeping, written
// with the SDK's writer (PC8, #KSUMMA): a chart of 40 accounts, 12 cost centres (dimension 1) and
// the company's projects (dimension 6), and per voucher 3–5 rows: a receivable or supplier-debt
// row, one to three revenue or cost rows on a cost centre and a project, and VAT. Every voucher
// balances; half are sales (series A), half supplier invoices (series B).
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { type SieWriteVoucher, writeSie } from '@nordic-invoicing/connector-sdk/sie';
import { Decimal } from 'decimal.js';

const REVENUE = ['3001', '3002', '3003', '3004', '3041', '3051', '3231', '3305', '3590'];
const COSTS = ['4010', '4050', '4600', '5010', '5410', '5460', '5611', '5800', '6071', '6110', '6212', '6540', '6570', '7010', '7210', '7510'];
const BALANCE = ['1510', '1930', '2440', '2611', '2641', '2710', '2731', '1630', '2650', '1910', '2890', '2990', '1790', '2510', '3740'];
const NAMES: Record<string, string> = {
  '1510': 'Kundfordringar',
  '1930': 'Företagskonto',
  '2440': 'Leverantörsskulder',
  '2611': 'Utgående moms 25 %',
  '2641': 'Ingående moms',
};

export const SIE_ACCOUNTS = [...REVENUE, ...COSTS, ...BALANCE];

/** Writes the file; `projects` are the company's project numbers the rows refer to. */
export async function writeSieFile(path: string, vouchers: number, projects: readonly string[]): Promise<void> {
  const amount = (k: number) => new Decimal(100 + ((k * 7919) % 250_000)).div(4).toDecimalPlaces(2);
  function* generate(): Generator<SieWriteVoucher> {
    for (let k = 0; k < vouchers; k++) {
      const date = new Date(Date.UTC(2026, 0, 1 + (k % 365))).toISOString().slice(0, 10);
      const objects = [
        { dimension: '1', id: `K${1 + (k % 12)}` },
        { dimension: '6', id: projects[k % projects.length]! },
      ];
      const amounts = Array.from({ length: 1 + (k % 3) }, (_, i) => amount(k * 3 + i));
      const net = amounts.reduce((a, b) => a.plus(b), new Decimal(0));
      const vat = net.mul(0.25).toDecimalPlaces(2);
      const sale = k % 2 === 0;
      const rows: SieWriteVoucher['rows'] = sale
        ? [
            { account: '1510', amount: net.plus(vat) },
            ...amounts.map((a, i) => ({ account: REVENUE[(k + i) % REVENUE.length]!, objects, amount: a.neg(), text: `Arbete ${i + 1}` })),
            { account: '2611', amount: vat.neg() },
          ]
        : [
            { account: '2440', amount: net.plus(vat).neg() },
            ...amounts.map((a, i) => ({ account: COSTS[(k + i) % COSTS.length]!, objects, amount: a })),
            { account: '2641', amount: vat },
          ];
      yield { series: sale ? 'A' : 'B', number: String(k + 1), date, text: `${sale ? 'Kundfaktura' : 'Leverantörsfaktura'} ${k + 1}`, rows };
    }
  }
  const out = createWriteStream(path);
  for await (const chunk of writeSie({
    program: { name: 'Bench', version: '1' },
    generated: { date: '2026-12-31' },
    companyName: 'Bench AB',
    orgNr: '556036-0793',
    fiscalYears: [{ index: 0, start: '2026-01-01', end: '2026-12-31' }],
    accounts: SIE_ACCOUNTS.map((n) => ({ number: n, name: NAMES[n] ?? `Konto ${n}` })),
    dimensions: [
      { number: '1', name: 'Kostnadsställe' },
      { number: '6', name: 'Projekt' },
    ],
    objects: [
      ...Array.from({ length: 12 }, (_, i) => ({ dimension: '1', id: `K${i + 1}`, name: `Kostnadsställe ${i + 1}` })),
      ...projects.map((p) => ({ dimension: '6', id: p, name: `Projekt ${p}` })),
    ],
    vouchers: generate(),
  })) {
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}
