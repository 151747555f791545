import type { Actor, TenantClient, TenantDb } from '../../db/tenant.js';
import { ForbiddenError, ValidationError } from '../../errors.js';
import { recordEvent } from '../events/index.js';
import { lockInvoicesForPayment, recordPaymentIn } from '../invoices/index.js';
import {
  type BgMaxDeposit,
  BgMaxFormatError,
  depositCandidates,
  type InvoiceFacts,
  matchPayment,
  missingPaymentPermission,
  type PaymentMatch,
  readBgMax,
} from './rules.js';
import { cappedStream, fileTooLarge, importMaxBytes } from '../upload-limits.js';

/**
 * The permission that lets a user register payments (import a BgMax file, dry run or commit). The
 * import also needs INVOICE_VIEW, as its result names the invoices (PAYMENT_IMPORT_PERMISSIONS).
 */
export const BANK_PAYMENTS_PERMISSION = 'INVOICE_PAYMENTS';

export interface BankPaymentsAuth {
  actor: Actor;
  permissions: ReadonlySet<string>;
}

/** The file: its size as told (checked before reading) and its bytes as a stream. */
export interface BgMaxSource {
  name: string;
  size: number;
  stream(): AsyncIterable<Uint8Array>;
}

export interface BankPaymentRow extends PaymentMatch {
  /** The line of the deposit's 15 record. */
  depositLine: number;
  /** The deposit's payment date (YYYY-MM-DD): the paid date an invoice gets. */
  paymentDate: string;
  currency: string;
  payerName: string | null;
  /** For PAID: whether the invoice was marked paid (false in a dry run). */
  marked: boolean;
}

export interface BankPaymentsSummary {
  dryRun: boolean;
  committed: boolean;
  message: string;
  /** When Bankgirot wrote the file. */
  writtenAt: string | null;
  testFile: boolean;
  bankgiro: string | null;
  deposits: number;
  payments: number;
  /** Invoices marked paid (in a dry run: that would be). */
  paid: number;
  rows: BankPaymentRow[];
}

/** The largest file accepted (IMPORT_MAX_BYTES, as the other imports). */
export const bgmaxMaxBytes = importMaxBytes;

const toOre = (v: { toFixed(n: number): string }) => BigInt(v.toFixed(2).replace('.', ''));
const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const formatBankgiro = (d: string) => `${d.slice(0, -4)}-${d.slice(-4)}`;

/**
 * Imports a BgMax file: every payment reported (what it pays, or why it pays nothing), the
 * invoices it pays in full marked paid unless `dryRun`. Importing the same file again marks
 * nothing twice (those invoices are ALREADY_PAID). Refused as a whole, nothing written: a
 * ValidationError at `file` (the reader's refusals with their line, a deposit to a bankgiro
 * that is not the company's, no bankgiro set, too large). Needs INVOICE_PAYMENTS and INVOICE_VIEW
 * (a ForbiddenError naming the first one missing).
 */
export async function importBankgiroPayments(
  db: TenantDb,
  auth: BankPaymentsAuth,
  source: BgMaxSource,
  opts: { dryRun: boolean; maxBytes?: number },
): Promise<BankPaymentsSummary> {
  const missing = missingPaymentPermission(auth.permissions);
  if (missing) throw new ForbiddenError(`You need the permission ${missing}.`, missing);
  const maxBytes = opts.maxBytes ?? bgmaxMaxBytes();
  if (source.size > maxBytes) throw fileTooLarge(source.size, maxBytes);
  const company = await db.company.findFirst({ select: { bankgiro: true } });
  const ours = company?.bankgiro?.replace(/\D/g, '').replace(/^0+/, '') || null;
  if (!ours)
    throw ValidationError.single('file', 'no_bankgiro', 'The company has no bankgiro number: set it in the company settings before importing its payments.');

  let summary = blank(opts.dryRun);

  async function settle(tx: TenantClient, d: BgMaxDeposit, write: boolean, paidHere: Map<string, string>): Promise<void> {
    const candidates = depositCandidates(d);
    const found = candidates.length
      ? await tx.invoice.findMany({ where: { ocrReference: { in: candidates } }, select: { id: true }, orderBy: { id: 'asc' } })
      : [];
    // Committing: the rows are locked before they are read, so what is matched is what is written over.
    const rows = write
      ? await lockInvoicesForPayment(
          tx,
          found.map((f) => f.id),
        )
      : await tx.invoice.findMany({ where: { id: { in: found.map((f) => f.id) } } });
    const facts = new Map<string, InvoiceFacts>();
    for (const r of rows)
      facts.set(r.id, {
        id: r.id,
        number: r.number,
        ocrReference: r.ocrReference ?? '',
        locked: r.locked,
        isCredit: r.isCredit,
        paidDate: day(r.paidDate),
        amountToPayOre: toOre(r.amountToPay),
      });
    const byOcr = (ocr: string) => [...facts.values()].filter((f) => f.ocrReference === ocr).map((f) => ({ ...f, paidDate: paidHere.get(f.id) ?? f.paidDate }));
    for (const p of d.payments) {
      summary.payments++;
      for (const m of matchPayment(p, d.currency, byOcr)) {
        let marked = false;
        if (m.outcome === 'PAID' && m.invoice) {
          if (write) {
            await recordPaymentIn(tx, m.invoice.id, d.paymentDate);
            marked = true;
          }
          paidHere.set(m.invoice.id, d.paymentDate);
          summary.paid++;
        }
        summary.rows.push({ ...m, depositLine: d.line, paymentDate: d.paymentDate, currency: d.currency, payerName: p.payerName, marked });
      }
    }
  }

  async function run(tx: TenantClient, write: boolean): Promise<void> {
    summary = blank(opts.dryRun);
    const paidHere = new Map<string, string>();
    for await (const ev of readBgMax(cappedStream(source.stream(), maxBytes))) {
      if (ev.type === 'header') {
        summary.writtenAt = ev.header.writtenAt;
        summary.testFile = ev.header.test;
      } else if (ev.type === 'opening') {
        if (ev.bankgiro !== ours)
          throw ValidationError.single(
            'file',
            'wrong_bankgiro',
            `Line ${ev.line}: the deposit is to bankgiro ${formatBankgiro(ev.bankgiro)}; the company's bankgiro is ${formatBankgiro(ours!)}. Nothing was imported.`,
          );
        summary.bankgiro = formatBankgiro(ev.bankgiro);
      } else if (ev.type === 'deposit') {
        summary.deposits++;
        await settle(tx, ev.deposit, write, paidHere);
      }
    }
  }

  try {
    if (opts.dryRun) {
      await run(db, false);
      return finish(summary, false);
    }
    await db.$transaction(
      async (tx) => {
        await run(tx, true);
        // The import's end is an event of its own transaction (a preview records none).
        await recordEvent(tx, {
          type: 'import.finished',
          entityType: null,
          entityId: null,
          data: {
            kind: 'bankgiro-payments',
            mode: 'COMMIT',
            fileName: source.name,
            counts: {
              created: 0,
              updated: summary.paid,
              refused: summary.rows.filter((r) => r.outcome !== 'PAID').length,
              payments: summary.payments,
              deposits: summary.deposits,
            },
          },
        });
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    return finish(summary, true);
  } catch (err) {
    if (err instanceof BgMaxFormatError) throw ValidationError.single('file', err.issue.code, `Line ${err.issue.line}: ${err.issue.message}`);
    throw err;
  }
}

function blank(dryRun: boolean): BankPaymentsSummary {
  return { dryRun, committed: false, message: '', writtenAt: null, testFile: false, bankgiro: null, deposits: 0, payments: 0, paid: 0, rows: [] };
}

function finish(s: BankPaymentsSummary, committed: boolean): BankPaymentsSummary {
  const notPaid = s.rows.filter((r) => r.outcome !== 'PAID').length;
  const read = `${s.payments} payment(s) in ${s.deposits} deposit(s)`;
  const message = s.dryRun
    ? `Preview: ${read}; ${s.paid} invoice(s) would be marked paid, ${notPaid} line(s) would not (see the results). Nothing was written.`
    : `Read ${read}; ${s.paid} invoice(s) marked paid, ${notPaid} line(s) not (see the results).`;
  return { ...s, committed, message };
}
