// One accounting row per account and project. With revenue accounting active only one row per
// account and project (+ work order/ÄTA and cost centre when those are distinguished) goes to the
// accounting system; on tax-reduction invoices labour and material/other stay apart even on the
// same account. The API merges the basis with the company's posting dimensions; a connector
// merges once more by what it sends (a connector that sends no cost centres cannot tell rows
// apart by them). Pure, exact decimal arithmetic on the records' decimal strings.
import { Decimal } from 'decimal.js';
import { type SwedishVatRate, swedishVatRate } from './se/vat.js';
import type { DecimalString, InvoiceRecord, InvoiceRowRecord } from './types.js';

export interface MergeInvoiceRowsOptions {
  /** Rows on different work orders/ÄTA stay apart (dimension 3 included, or the connector sends AO/ÄTA). */
  projectParts: boolean;
  /** Rows with different cost centres stay apart (dimension 4 included, or the connector sends cost centres). */
  costCentres: boolean;
  /** A tax-reduction invoice: labour, material and other, and each tax-reduction work type, stay apart. */
  taxReduction: boolean;
}

/** The exact sum of decimal strings, with as many decimals as the most precise of them ("0.10" + "0.2" = "0.30"). */
export function sumDecimals(values: readonly DecimalString[]): DecimalString {
  // As written: decimal.js drops trailing zeros ("0.10" has 1 decimal place to it).
  const scale = Math.max(0, ...values.map((v) => v.trim().split('.')[1]?.length ?? 0));
  return values.reduce((s, v) => s.plus(decimal(v)), new Decimal(0)).toFixed(scale);
}

function decimal(s: DecimalString): Decimal {
  if (!/^[+-]?\d+(\.\d+)?$/.test(s.trim())) throw new Error(`not a decimal: "${s}"`);
  return new Decimal(s.trim());
}

/** One spelling per number ("25.00", "25" → "25"), for comparing. */
const canonical = (s: DecimalString): string => decimal(s).toString();

const KIND_SV: Record<InvoiceRowRecord['kind'], string> = { LABOUR: 'arbete', MATERIAL: 'material', OTHER: 'övrigt' };

function mergeKey(r: InvoiceRowRecord, o: MergeInvoiceRowsOptions): string {
  return JSON.stringify([
    r.accountNumber,
    canonical(r.vatRate),
    r.projectNumber,
    o.projectParts ? r.projectPartNumber : null,
    o.costCentres ? r.costCentreCode : null,
    o.taxReduction ? r.kind : null,
    o.taxReduction ? (r.taxReduction?.type ?? null) : null,
    o.taxReduction ? (r.taxReduction?.workType ?? null) : null,
  ]);
}

/** The value every row has, else null. */
function common<T>(rows: readonly InvoiceRowRecord[], pick: (r: InvoiceRowRecord) => T | null): T | null {
  const first = pick(rows[0]!);
  return rows.every((r) => pick(r) === first) ? first : null;
}

/** What a merged row of different descriptions is called: what it is the row of. */
function mergedDescription(row: InvoiceRowRecord, o: MergeInvoiceRowsOptions): string {
  const parts = [row.accountNumber === null ? 'Utan konto' : `Konto ${row.accountNumber}`];
  if (row.projectPartNumber && o.projectParts) parts.push(`projekt ${row.projectPartNumber}`);
  else if (row.projectNumber) parts.push(`projekt ${row.projectNumber}`);
  if (row.costCentreCode && o.costCentres) parts.push(`kostnadsställe ${row.costCentreCode}`);
  if (o.taxReduction) parts.push(row.taxReduction ? `${KIND_SV[row.kind]} ${row.taxReduction.workType}` : KIND_SV[row.kind]);
  return parts.join(', ');
}

/**
 * Merges invoice rows into one per account, VAT rate and project, plus the work order/ÄTA
 * (`projectParts`) and the cost centre (`costCentres`) when those keep rows apart; on a
 * tax-reduction invoice (`taxReduction`) also per kind (labour/material/other) and tax-reduction
 * work type, with the hours and reduction amounts summed. Rows come in the order of their first
 * row; rows with different VAT rates are never merged. A row that merges with no other is
 * returned as it was. A merged row is one unit at the exact sum (quantity "1", no unit, unit price
 * = amount), keeps the description its rows share or is named after its account and project, and
 * keeps a work order/ÄTA or cost centre only when all its rows have the same.
 */
export function mergeInvoiceRows(rows: readonly InvoiceRowRecord[], o: MergeInvoiceRowsOptions): InvoiceRowRecord[] {
  const groups = new Map<string, InvoiceRowRecord[]>();
  for (const r of rows) {
    const key = mergeKey(r, o);
    const g = groups.get(key);
    if (g) g.push(r);
    else groups.set(key, [r]);
  }
  const merged = [...groups.values()].map((g) => {
    if (g.length === 1) return { row: g[0]!, named: false };
    const first = g[0]!;
    const amount = sumDecimals(g.map((r) => r.amount));
    const reductions = g.map((r) => r.taxReduction);
    const withHours = reductions.flatMap((t) => (t?.hours == null ? [] : [t.hours]));
    const row: InvoiceRowRecord = {
      ...first,
      quantity: '1',
      unit: null,
      unitPrice: amount,
      amount,
      projectPartNumber: common(g, (r) => r.projectPartNumber),
      costCentreCode: common(g, (r) => r.costCentreCode),
      kind: common(g, (r) => r.kind) ?? first.kind,
      taxReduction: first.taxReduction && {
        type: first.taxReduction.type,
        workType: first.taxReduction.workType,
        hours: withHours.length ? sumDecimals(withHours) : null,
        amount: sumDecimals(reductions.map((t) => t?.amount ?? '0')),
      },
    };
    const description = common(g, (r) => r.description);
    if (description !== null) return { row: { ...row, description }, named: false };
    return { row: { ...row, description: mergedDescription(row, o) }, named: true };
  });
  // Two named rows alike but for their VAT rate say which is which.
  const names = new Map<string, number>();
  for (const m of merged) if (m.named) names.set(m.row.description, (names.get(m.row.description) ?? 0) + 1);
  return merged.map((m) =>
    m.named && names.get(m.row.description)! > 1 ? { ...m.row, description: `${m.row.description}, moms ${Number(m.row.vatRate)} %` } : m.row,
  );
}

/**
 * The rows a connector sends for an invoice: revenue accounting's basis (`rowsMerged`) merged once
 * more by what the connector distinguishes (does it send work orders/ÄTA as projects of their own,
 * does it send cost centres); the billable lines of an invoice without revenue accounting as they are.
 */
export function invoiceRowsToSend(
  inv: Pick<InvoiceRecord, 'rows' | 'rowsMerged' | 'taxReductionType'>,
  sends: { projectParts: boolean; costCentres: boolean },
): InvoiceRowRecord[] {
  if (!inv.rowsMerged) return inv.rows;
  return mergeInvoiceRows(inv.rows, { ...sends, taxReduction: inv.taxReductionType !== 'NONE' });
}

/** The output VAT of one rate, in öre. */
export interface OutputVat {
  rate: SwedishVatRate;
  amount: DecimalString;
}

/** Why an invoice's rows cannot give its output VAT: the field named, and the difference when the VAT does not add up. */
export interface OutputVatProblem {
  code: 'bad-vat-rate' | 'vat-mismatch';
  field: string;
  message: string;
  difference?: DecimalString;
}

/**
 * The output VAT per rate of an invoice's rows, for connectors that book the VAT themselves (a
 * ledger invoice, a voucher): each rate's VAT computed on the rate's sum and rounded to öre
 * (half up), what rounding leaves to reach the invoice's own VAT put on the largest. A difference
 * larger than rounding can explain (half an öre per row) is refused rather than booked as VAT,
 * as is VAT without any row with a VAT rate; a row whose rate is not a Swedish one is refused;
 * under reverse charge there is no output VAT and the invoice must carry none. Rates in order
 * 25, 12, 6; rates without VAT are left out.
 */
export function outputVatPerRate(
  inv: Pick<InvoiceRecord, 'vat' | 'reverseCharge'>,
  rows: readonly Pick<InvoiceRowRecord, 'amount' | 'vatRate'>[],
): { ok: true; vat: OutputVat[] } | { ok: false; problem: OutputVatProblem } {
  const invoiceVat = new Decimal(inv.vat);
  if (inv.reverseCharge) {
    if (invoiceVat.isZero()) return { ok: true, vat: [] };
    return {
      ok: false,
      problem: {
        code: 'vat-mismatch',
        field: 'vat',
        message: `a reverse-charge invoice carries no VAT, but this one has ${invoiceVat.toFixed(2)}`,
        difference: invoiceVat.toFixed(2),
      },
    };
  }
  const byRate = new Map<SwedishVatRate, Decimal>();
  for (const [i, r] of rows.entries()) {
    const rate = swedishVatRate(r.vatRate);
    if (rate === null)
      return { ok: false, problem: { code: 'bad-vat-rate', field: `rows.${i}.vatRate`, message: `row ${i + 1}: "${r.vatRate}" is not a Swedish VAT rate` } };
    if (rate !== '0') byRate.set(rate, (byRate.get(rate) ?? new Decimal(0)).plus(new Decimal(r.amount).times(rate).dividedBy(100)));
  }
  const vat = [...byRate.entries()]
    .map(([rate, v]) => ({ rate, amount: v.toDecimalPlaces(2, Decimal.ROUND_HALF_UP) }))
    .sort((a, b) => Number(b.rate) - Number(a.rate));
  const diff = invoiceVat.minus(vat.reduce((sum, v) => sum.plus(v.amount), new Decimal(0)));
  if (!diff.isZero()) {
    const tolerance = new Decimal('0.005').times(Math.max(1, rows.length));
    if (vat.length === 0 || diff.abs().gt(tolerance)) {
      return {
        ok: false,
        problem: {
          code: 'vat-mismatch',
          field: 'vat',
          message: `the rows give VAT ${invoiceVat.minus(diff).toFixed(2)}, the invoice has ${invoiceVat.toFixed(2)} (a difference of ${diff.toFixed(2)})`,
          difference: diff.toFixed(2),
        },
      };
    }
    const largest = vat.reduce((m, v) => (v.amount.abs().gt(m.amount.abs()) ? v : m));
    largest.amount = largest.amount.plus(diff);
  }
  return { ok: true, vat: vat.map((v) => ({ rate: v.rate, amount: v.amount.toFixed(2) })) };
}
