// Revenue accounting rules (pure, no I/O): posting dimensions, posting-rule matching, split
// validation, the Revenue Accounting view's grouping, what locking requires, and how the
// tax reduction is spread over the basis for the accounting system. Seed 001 is the spec.
import { Prisma } from '../../generated/prisma/client.js';
import type { CustomerCategory, LineKind, TaxReductionType } from '../../generated/prisma/enums.js';
import type { ValidationIssue } from '../../errors.js';
import { isVatRate } from '../invoices/amounts.js';

const D = Prisma.Decimal;
type Dec = Prisma.Decimal;

// ---------------------------------------------------------------------------------------------
// Posting dimensions

export const DIMENSION_NUMBERS = [1, 2, 3, 4, 5, 6] as const;
export type DimensionNumber = (typeof DIMENSION_NUMBERS)[number];

export interface Dimension {
  number: number;
  included: boolean;
  mandatory: boolean;
  /** Free dimensions 5–6 are named by the company; 1–4 have fixed meanings. */
  name: string | null;
}

export const DIMENSION_MEANINGS: Record<DimensionNumber, string> = {
  1: 'Account',
  2: 'Project',
  3: 'Work order / ÄTA',
  4: 'Cost centre',
  5: 'Free dimension 5',
  6: 'Free dimension 6',
};

/** The most common set-up: account and project included and mandatory, the rest off. */
export const DEFAULT_DIMENSIONS: readonly Dimension[] = DIMENSION_NUMBERS.map((n) => ({
  number: n,
  included: n <= 2,
  mandatory: n <= 2,
  name: null,
}));

/** The six dimensions, stored rows over the defaults. */
export function effectiveDimensions(stored: readonly Dimension[]): Dimension[] {
  return DIMENSION_NUMBERS.map((n) => stored.find((d) => d.number === n) ?? DEFAULT_DIMENSIONS[n - 1]!);
}

/**
 * Which posting dimensions keep the rows sent to the accounting system apart, beyond account,
 * VAT rate and project: work order/ÄTA when dimension 3 is included, cost centre when 4 is.
 */
export function basisRowDimensions(stored: readonly Dimension[]): { projectParts: boolean; costCentres: boolean } {
  const dims = effectiveDimensions(stored);
  return { projectParts: dims[2]!.included, costCentres: dims[3]!.included };
}

export interface DimensionInput {
  number: number;
  included?: boolean | null;
  mandatory?: boolean | null;
  name?: string | null;
}

/**
 * Validates dimension changes and returns the six dimensions after them. The account (1) is
 * always included and mandatory; mandatory implies included; only 5–6 take a name.
 */
export function dimensionChanges(
  current: readonly Dimension[],
  input: readonly DimensionInput[],
  prefix = 'dimensions',
): { dimensions: Dimension[]; issues: ValidationIssue[] } {
  const issues: ValidationIssue[] = [];
  const out = effectiveDimensions(current).map((d) => ({ ...d }));
  const seen = new Set<number>();
  input.forEach((d, i) => {
    const at = (k: string) => `${prefix}.${i}.${k}`;
    if (!DIMENSION_NUMBERS.includes(d.number as DimensionNumber)) {
      issues.push({ path: at('number'), code: 'out_of_range', message: 'Posting dimensions are numbered 1–6.' });
      return;
    }
    if (seen.has(d.number)) {
      issues.push({ path: at('number'), code: 'duplicate', message: `Dimension ${d.number} is given twice.` });
      return;
    }
    seen.add(d.number);
    const target = out[d.number - 1]!;
    if (d.included != null) target.included = d.included;
    if (d.mandatory != null) target.mandatory = d.mandatory;
    if (d.name !== undefined) {
      const name = d.name?.trim() || null;
      if (name && d.number < 5) issues.push({ path: at('name'), code: 'not_free', message: 'Only the free dimensions 5 and 6 take a name.' });
      else if (name && name.length > 50) issues.push({ path: at('name'), code: 'too_long', message: 'At most 50 characters.' });
      else target.name = name;
    }
    if (d.number === 1 && (!target.included || !target.mandatory)) {
      issues.push({ path: at('included'), code: 'account_required', message: 'Dimension 1 (account) is always included and mandatory.' });
    } else if (target.mandatory && !target.included) {
      issues.push({ path: at('mandatory'), code: 'not_included', message: `Dimension ${d.number} must be included to be mandatory.` });
    }
  });
  return { dimensions: out, issues };
}

// ---------------------------------------------------------------------------------------------
// Posting rules

export type ConstructionVatCriterion = 'EITHER' | 'INCLUDED' | 'EXCLUDED';

export interface PostingRule {
  accountNumber: number;
  constructionVat: ConstructionVatCriterion;
  vatRate: Dec | string | number | null;
  customerCategory: CustomerCategory | null;
  costAccounts: readonly number[];
  lineKind: LineKind | null;
  taxReductionType: TaxReductionType | null;
}

/** What a posting rule looks at on an invoice line. */
export interface LineFacts {
  /** The invoice is construction VAT (reverse charge, omvänd betalningsskyldighet). */
  constructionVat: boolean;
  vatRate: Dec | string | number;
  customerCategory: CustomerCategory;
  /** The line's (cost) account, e.g. a time-reporting account; null when it has none. */
  costAccount: number | null;
  lineKind: LineKind;
  taxReductionType: TaxReductionType;
}

/** Whether every criterion the exception rule sets holds for the line (unset criteria match anything). */
export function ruleMatches(rule: PostingRule, f: LineFacts): boolean {
  if (rule.constructionVat === 'INCLUDED' && !f.constructionVat) return false;
  if (rule.constructionVat === 'EXCLUDED' && f.constructionVat) return false;
  if (rule.vatRate != null && !new D(rule.vatRate).equals(new D(f.vatRate))) return false;
  if (rule.customerCategory && rule.customerCategory !== f.customerCategory) return false;
  if (rule.costAccounts.length && (f.costAccount == null || !rule.costAccounts.includes(f.costAccount))) return false;
  if (rule.lineKind && rule.lineKind !== f.lineKind) return false;
  if (rule.taxReductionType && rule.taxReductionType !== f.taxReductionType) return false;
  return true;
}

export function hasCriteria(rule: PostingRule): boolean {
  return (
    rule.constructionVat !== 'EITHER' ||
    rule.vatRate != null ||
    rule.customerCategory != null ||
    rule.costAccounts.length > 0 ||
    rule.lineKind != null ||
    rule.taxReductionType != null
  );
}

/**
 * The rule for a line: the first exception rule (rows 2, 3, …) whose criteria all hold, else the
 * default rule (row 1), which always matches. Returns its index, or null without rules.
 */
export function matchRule(rules: readonly PostingRule[], f: LineFacts): number | null {
  if (!rules.length) return null;
  for (let i = 1; i < rules.length; i++) if (ruleMatches(rules[i]!, f)) return i;
  return 0;
}

export interface PostingRuleInput {
  accountNumber: number;
  description?: string | null;
  constructionVat?: ConstructionVatCriterion | null;
  vatRate?: Dec | null;
  customerCategory?: CustomerCategory | null;
  costAccounts?: readonly number[] | null;
  lineKind?: LineKind | null;
  taxReductionType?: TaxReductionType | null;
}

const isAccountNumber = (n: number) => Number.isInteger(n) && n >= 1000 && n <= 9999;

/**
 * Validates an ordered rule set: the first row is the default rule and has no criteria; every
 * other row is an exception with at least one. Account existence is checked by the service.
 */
export function postingRuleIssues(rules: readonly PostingRuleInput[], prefix = 'rules'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  rules.forEach((r, i) => {
    const at = (k: string) => `${prefix}.${i}.${k}`;
    if (!isAccountNumber(r.accountNumber)) issues.push({ path: at('accountNumber'), code: 'invalid', message: 'An account number has four digits.' });
    if (r.vatRate != null && !isVatRate(r.vatRate)) issues.push({ path: at('vatRate'), code: 'invalid_vat_rate', message: 'VAT is 25, 12, 6 or 0 %.' });
    (r.costAccounts ?? []).forEach((a, j) => {
      if (!isAccountNumber(a)) issues.push({ path: `${at('costAccounts')}.${j}`, code: 'invalid', message: 'An account number has four digits.' });
    });
    if ((r.description?.length ?? 0) > 200) issues.push({ path: at('description'), code: 'too_long', message: 'At most 200 characters.' });
    const rule = normaliseRule(r);
    if (i === 0 && hasCriteria(rule)) {
      issues.push({ path: `${prefix}.0`, code: 'default_has_criteria', message: 'The first row is the default rule: it always matches and has no criteria.' });
    }
    if (i > 0 && !hasCriteria(rule)) {
      issues.push({ path: `${prefix}.${i}`, code: 'no_criteria', message: 'An exception rule needs at least one criterion (the first row is the default).' });
    }
  });
  return issues;
}

export function normaliseRule(r: PostingRuleInput): PostingRule {
  return {
    accountNumber: r.accountNumber,
    constructionVat: r.constructionVat ?? 'EITHER',
    vatRate: r.vatRate ?? null,
    customerCategory: r.customerCategory ?? null,
    costAccounts: [...new Set(r.costAccounts ?? [])].sort((a, b) => a - b),
    lineKind: r.lineKind ?? null,
    taxReductionType: r.taxReductionType ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Revenue lines

export interface RevenueDims {
  accountNumber: number | null;
  projectId: string | null;
  workOrderId: string | null;
  changeOrderId: string | null;
  costCentreId: string | null;
  dimension5: string | null;
  dimension6: string | null;
}

/** The dimensions of a revenue line the company does not include are not kept. */
export function keepIncluded<T extends Partial<RevenueDims>>(d: T, dims: readonly Dimension[]): T {
  const inc = (n: number) => dims[n - 1]?.included ?? false;
  const out = { ...d };
  if (!inc(3)) Object.assign(out, { workOrderId: null, changeOrderId: null });
  if (!inc(4)) Object.assign(out, { costCentreId: null });
  if (!inc(5)) Object.assign(out, { dimension5: null });
  if (!inc(6)) Object.assign(out, { dimension6: null });
  return out;
}

/** Mandatory dimensions a revenue line lacks, by dimension number. */
export function missingDimensions(r: RevenueDims, dims: readonly Dimension[]): number[] {
  const filled: Record<DimensionNumber, boolean> = {
    1: r.accountNumber != null,
    2: r.projectId != null,
    3: r.workOrderId != null || r.changeOrderId != null,
    4: r.costCentreId != null,
    5: !!r.dimension5,
    6: !!r.dimension6,
  };
  return DIMENSION_NUMBERS.filter((n) => dims[n - 1]?.mandatory && !filled[n]);
}

export function dimensionLabel(n: number, dims: readonly Dimension[]): string {
  return dims[n - 1]?.name ?? DIMENSION_MEANINGS[n as DimensionNumber] ?? `Dimension ${n}`;
}

/** A split's parts must add up exactly to the line's amount (excl. VAT), each with at most 2 decimals. */
export function splitIssues(parts: readonly { amount: Dec }[], lineAmount: Dec | string, prefix = 'parts'): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  if (!parts.length) issues.push({ path: prefix, code: 'required', message: 'A split needs at least one revenue line.' });
  parts.forEach((p, i) => {
    if (p.amount.decimalPlaces() > 2) issues.push({ path: `${prefix}.${i}.amount`, code: 'too_many_decimals', message: 'At most 2 decimals.' });
  });
  const sum = parts.reduce((s, p) => s.plus(p.amount), new D(0));
  if (parts.length && !sum.equals(new D(lineAmount))) {
    issues.push({
      path: prefix,
      code: 'sum_mismatch',
      message: `The revenue lines add up to ${sum.toFixed(2)}, not the line’s ${new D(lineAmount).toFixed(2)}.`,
    });
  }
  return issues;
}

/**
 * Fields a user with the restricted level ("project, work order and ÄTA only") changed beyond
 * those: every field of `after` that differs from `before` other than project, AO and ÄTA.
 */
export function changedBeyondProject(before: RevenueDims, after: Partial<RevenueDims>): string[] {
  const keys = ['accountNumber', 'costCentreId', 'dimension5', 'dimension6'] as const;
  return keys.filter((k) => after[k] !== undefined && (after[k] ?? null) !== (before[k] ?? null));
}

// ---------------------------------------------------------------------------------------------
// The Revenue Accounting view

export interface ViewLine extends RevenueDims {
  id: string;
  kind: LineKind;
  amount: Dec;
}

export interface ViewGroup<L extends ViewLine> {
  accountNumber: number | null;
  projectId: string | null;
  workOrderId: string | null;
  changeOrderId: string | null;
  costCentreId: string | null;
  /** On tax-reduction invoices labour, material and other are kept apart; otherwise null. */
  kind: LineKind | null;
  amount: Dec;
  lines: L[];
}

/**
 * One row per account + project (+ work order/ÄTA when dimension 3 is included) + cost centre;
 * on tax-reduction invoices labour, material and other stay separate even on the same account.
 * Rows come in the order of their first line.
 */
export function groupRevenue<L extends ViewLine>(lines: readonly L[], dims: readonly Dimension[], taxReduction: boolean): ViewGroup<L>[] {
  const withAo = dims[2]?.included ?? false;
  const groups = new Map<string, ViewGroup<L>>();
  for (const l of lines) {
    const key = [
      l.accountNumber,
      l.projectId,
      withAo ? l.workOrderId : null,
      withAo ? l.changeOrderId : null,
      l.costCentreId,
      taxReduction ? l.kind : null,
    ].join('|');
    let g = groups.get(key);
    if (!g) {
      g = {
        accountNumber: l.accountNumber,
        projectId: l.projectId,
        workOrderId: withAo ? l.workOrderId : null,
        changeOrderId: withAo ? l.changeOrderId : null,
        costCentreId: l.costCentreId,
        kind: taxReduction ? l.kind : null,
        amount: new D(0),
        lines: [],
      };
      groups.set(key, g);
    }
    g.amount = g.amount.plus(l.amount);
    g.lines.push(l);
  }
  return [...groups.values()];
}

// ---------------------------------------------------------------------------------------------
// Locking

export interface RevenueLockFacts {
  /** The invoice's net amount (sum of billable lines excl. VAT). */
  netAmount: Dec | string;
  revenueLines: readonly (RevenueDims & { amount: Dec | string; position: number; isBalancePosting: boolean })[];
  /** Sum of the basis for the accounting system, and how many rows it has. */
  basisAmount: Dec | string;
  basisRows: number;
  dimensions: readonly Dimension[];
}

/** What stops an invoice from being locked while revenue accounting is active. */
export function revenueLockIssues(f: RevenueLockFacts): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const net = new D(f.netAmount);
  if (!f.revenueLines.length) {
    if (!net.isZero()) {
      issues.push({
        path: 'revenueLines',
        code: 'revenue_accounting_missing',
        message:
          'The invoice has no revenue accounting (it was started before revenue accounting was activated): add a balance posting with the account and the other mandatory dimensions.',
      });
    }
    return issues;
  }
  f.revenueLines.forEach((r, i) => {
    for (const n of missingDimensions(r, f.dimensions)) {
      issues.push({
        path: `revenueLines.${i}.${['accountNumber', 'projectId', 'workOrderId', 'costCentreId', 'dimension5', 'dimension6'][n - 1]}`,
        code: 'dimension_missing',
        message: `Revenue line ${i + 1}${r.isBalancePosting ? ' (balance posting)' : ''} lacks ${dimensionLabel(n, f.dimensions)}, a mandatory dimension.`,
      });
    }
  });
  const sum = f.revenueLines.reduce((s, r) => s.plus(new D(r.amount)), new D(0));
  if (!sum.equals(net)) {
    issues.push({
      path: 'revenueLines',
      code: 'sum_mismatch',
      message: `The revenue lines add up to ${sum.toFixed(2)}, not the invoice’s net amount ${net.toFixed(2)}; add or correct a balance posting.`,
    });
  }
  if (!new D(f.basisAmount).equals(net) || (f.basisRows === 0 && !net.isZero())) {
    issues.push({
      path: 'accountingBasis',
      code: 'sum_mismatch',
      message: `The basis for the accounting system adds up to ${new D(f.basisAmount).toFixed(2)}, not the invoice’s net amount ${net.toFixed(2)}; correct it or rebuild it.`,
    });
  }
  return issues;
}

/**
 * A customer whose card requires a cost centre (costCentreRequired) gets no invoice into the
 * accounting system without one: every revenue line and every row of the basis must name a cost
 * centre, which needs the cost-centre dimension (4) included. A line the set-up already flags
 * (dimension 4 mandatory) is not flagged twice.
 */
export function requiredCostCentreIssues(
  customerNumber: string,
  f: {
    dimensions: readonly Dimension[];
    revenueLines: readonly { costCentreId: string | null }[];
    basisRows: readonly { costCentreId: string | null }[];
  },
): ValidationIssue[] {
  const why = `Customer ${customerNumber} requires a cost centre`;
  if (!f.dimensions[3]?.included) {
    return [
      {
        path: 'revenueLines',
        code: 'cost_centre_not_included',
        message: `${why}, but revenue accounting does not include the cost-centre dimension: include it in the posting dimensions.`,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  if (!f.dimensions[3].mandatory) {
    f.revenueLines.forEach((r, i) => {
      if (!r.costCentreId) issues.push({ path: `revenueLines.${i}.costCentreId`, code: 'required', message: `${why}: revenue line ${i + 1} has none.` });
    });
  }
  f.basisRows.forEach((r, i) => {
    if (!r.costCentreId)
      issues.push({
        path: `accountingBasis.${i}.costCentreId`,
        code: 'required',
        message: `${why}: row ${i + 1} of the basis for the accounting system has none.`,
      });
  });
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Basis for the accounting system

/**
 * Spreads a tax reduction over eligible rows in proportion to their amounts, to the öre, by the
 * largest-remainder rule: each row first gets its exact share rounded down to the öre, and the
 * öre left over go one each to the rows whose shares lost the most in that rounding (the earlier
 * row first on a tie). So the rows add up to the reduction and every row is less than one öre
 * from its exact share (putting the whole remainder on the last row could leave it several öre
 * off). A credit (negative reduction) is spread as its positive and every share turned. Rows that
 * are not eligible get 0.
 */
export function spreadReduction(rows: readonly { amount: Dec | string; eligible: boolean }[], reduction: Dec | string): Dec[] {
  const total = new D(reduction);
  const eligible = rows.map((r, i) => ({ i, amount: new D(r.amount), eligible: r.eligible })).filter((r) => r.eligible && !r.amount.isZero());
  const base = eligible.reduce((s, r) => s.plus(r.amount), new D(0));
  const out = rows.map(() => new D(0));
  if (total.isZero() || base.isZero()) return out;
  // In öre, as a positive number; the sign is put back at the end.
  const ore = total.abs().times(100).toDecimalPlaces(0, D.ROUND_HALF_UP);
  const exact = eligible.map((r) => ore.times(r.amount).dividedBy(base));
  const floors = exact.map((e) => e.floor());
  let left = ore.minus(floors.reduce((s, f) => s.plus(f), new D(0))).toNumber();
  const byLoss = exact.map((e, n) => ({ n, loss: e.minus(floors[n]!) })).sort((a, b) => b.loss.comparedTo(a.loss) || a.n - b.n);
  for (const { n } of byLoss) {
    if (left <= 0) break;
    floors[n] = floors[n]!.plus(1);
    left--;
  }
  const sign = total.isNegative() ? -1 : 1;
  eligible.forEach((r, n) => {
    out[r.i] = floors[n]!.times(sign).dividedBy(100);
  });
  return out;
}

/** A part of a line as a row of the basis: quantity and unit price only when it is the whole line. */
export function partialRow(lineAmount: Dec | string, partAmount: Dec | string): boolean {
  return !new D(lineAmount).equals(new D(partAmount));
}

/**
 * The accounts receivable account must be a balance-sheet asset account of the BAS chart: four
 * digits in class 1 (1510 Kundfordringar by default). Accounts of class 1 are not imported from
 * the accounting system, so it is not looked up in the chart of accounts (pure).
 */
export function receivablesAccountIssues(account: number, path = 'receivablesAccountNumber'): ValidationIssue[] {
  if (Number.isInteger(account) && account >= 1000 && account <= 1999) return [];
  return [{ path, code: 'not_receivables_account', message: 'An asset account of class 1 (four digits, 1000–1999), such as 1510 Kundfordringar.' }];
}
