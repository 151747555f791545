// Company settings rules (pure): the payment accounts (bankgiro, plusgiro, IBAN, BIC) checked as
// the registers check a supplier's, the late-payment interest rate and the F-skatt statement.
import { Prisma } from '../../generated/prisma/client.js';
import { IssueCollector, type ValidationIssue } from '../../errors.js';
import { parseBankgiro, parseBic, parseIban, parsePlusgiro, type ParseResult } from '@nordic-invoicing/connector-sdk/se';

/** The payment settings as given: undefined leaves a setting as it is, null (or blank text) clears it. */
export interface PaymentSettingsInput {
  bankgiro?: string | null;
  plusgiro?: string | null;
  iban?: string | null;
  bic?: string | null;
  /** Percent per year, as a decimal string (or a Decimal from the GraphQL scalar). */
  lateInterestRate?: string | { toFixed(): string } | null;
  fSkatt?: boolean | null;
}

export interface PaymentSettingsColumns {
  bankgiro?: string | null;
  plusgiro?: string | null;
  iban?: string | null;
  bic?: string | null;
  lateInterestRate?: string | null;
  fSkatt?: boolean | null;
}

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Late-payment interest in percent per year: 0–100, at most two decimals; returned as a plain decimal string. */
export function parseLateInterestRate(input: string | { toFixed(): string }): ParseResult {
  const text = (typeof input === 'string' ? input : input.toFixed()).trim().replace(',', '.');
  if (!DECIMAL.test(text))
    return { ok: false, code: 'invalid_format', message: 'The late-payment interest is a decimal number of percent per year, e.g. 10.25.' };
  const value = new Prisma.Decimal(text);
  if (value.decimalPlaces() > 2) return { ok: false, code: 'too_many_decimals', message: 'The late-payment interest has at most 2 decimals.' };
  if (value.isNegative() || value.greaterThan(100)) return { ok: false, code: 'out_of_range', message: 'The late-payment interest is 0–100 % per year.' };
  return { ok: true, value: value.toFixed() };
}

/**
 * Checks and normalises the payment settings. A BIC goes with an IBAN (an IBAN alone is enough:
 * payments within SEPA need no BIC), so a BIC is refused when the company's IBAN, after this
 * change, is missing. `current` is what the company has now.
 */
export function parsePaymentSettings(
  input: PaymentSettingsInput,
  current: { iban: string | null; bic: string | null },
): { columns: PaymentSettingsColumns; issues: ValidationIssue[] } {
  const issues = new IssueCollector();
  const columns: PaymentSettingsColumns = {};
  const accounts = [
    ['bankgiro', parseBankgiro],
    ['plusgiro', parsePlusgiro],
    ['iban', parseIban],
    ['bic', parseBic],
  ] as const;
  for (const [key, parse] of accounts) {
    const raw = input[key];
    if (raw === undefined) continue;
    if (raw === null || raw.trim() === '') {
      columns[key] = null;
      continue;
    }
    const r = parse(raw);
    if (r.ok) columns[key] = r.value;
    else issues.add(key, r.code, r.message);
  }
  const iban = columns.iban !== undefined ? columns.iban : current.iban;
  const bic = columns.bic !== undefined ? columns.bic : current.bic;
  const ibanRefused = issues.issues.some((i) => i.path === 'iban');
  if (bic && !iban && !ibanRefused && (columns.bic !== undefined || columns.iban !== undefined)) {
    issues.add('bic', 'iban_required', 'A BIC goes with an IBAN; give the IBAN too (or clear the BIC).');
  }
  if (input.lateInterestRate !== undefined) {
    const raw = input.lateInterestRate;
    if (raw === null || (typeof raw === 'string' && raw.trim() === '')) columns.lateInterestRate = null;
    else {
      const r = parseLateInterestRate(raw);
      if (r.ok) columns.lateInterestRate = r.value;
      else issues.add('lateInterestRate', r.code, r.message);
    }
  }
  if (input.fSkatt !== undefined) columns.fSkatt = input.fSkatt;
  return { columns, issues: issues.issues };
}
