// What an invoice document presents, decided by pure rules the PDF (and any other renderer)
// follows: whether it is a draft or a final invoice or credit note and what each may show, how
// postcodes and payment accounts are written, and the order of the tax-reduction buyers. No I/O.
//
//   Final invoice   the invoice number, due date, OCR reference, payment accounts and the
//                   late-interest sentence, "Att betala".
//   Credit note     "Kreditfaktura", the original invoice referred to once (in the credit notice),
//                   the amount to be refunded as a positive sum ("Att återbetala"), no due date,
//                   no payment terms, no OCR reference and no payment instructions.
//   Draft           (not locked, invoice or credit note) marked "UTKAST – ej giltig som faktura" on
//                   every page; its number is a draft number, never an invoice number; no due date,
//                   no OCR reference, no payment instructions; the amount is preliminary.
import { formatBankgiro, formatIban, formatPlusgiro } from '@nordic-invoicing/connector-sdk/se';
import { Decimal } from 'decimal.js';
import { toDecimal } from './pdf-labels.js';

/** The amount box: what it says and the amount it shows. */
export type AmountKind = 'TO_PAY' | 'TO_REFUND' | 'PRELIMINARY' | 'PRELIMINARY_REFUND';

export interface Presentation {
  draft: boolean;
  /** The number is labelled as an invoice (credit note) number; a draft's is a draft number. */
  finalNumber: boolean;
  showDueDate: boolean;
  showOcr: boolean;
  /** Bankgiro, plusgiro, IBAN/BIC and the free-text payment details. */
  showPaymentDetails: boolean;
  showLateInterest: boolean;
  showPaymentTerms: boolean;
  amount: { kind: AmountKind; value: string };
}

/**
 * What a document shows by its kind (invoice or credit note) and state (draft or locked).
 * amountToPay is the stored amount (negative on a credit note); a refund is shown positive.
 */
export function presentation(doc: { draft: boolean; isCredit: boolean; amountToPay: string }): Presentation {
  const final = !doc.draft;
  const amount = toDecimal(doc.amountToPay);
  // A credit note refunds what it takes back; one that would ask for money (never made by the
  // service) says so plainly instead of printing a negative refund.
  const refund = doc.isCredit && !amount.isPositive();
  const value = refund ? amount.negated() : amount;
  const kind: AmountKind = refund ? (final ? 'TO_REFUND' : 'PRELIMINARY_REFUND') : final ? 'TO_PAY' : 'PRELIMINARY';
  const payable = final && !doc.isCredit;
  return {
    draft: doc.draft,
    finalNumber: final,
    showDueDate: payable,
    showOcr: payable,
    showPaymentDetails: payable,
    showLateInterest: payable,
    showPaymentTerms: !doc.isCredit,
    amount: { kind, value: (value.isZero() ? new Decimal(0) : value).toFixed() },
  };
}

/**
 * A credit note's stored title is left out when it only repeats the reference to the original
 * invoice ("Kredit av faktura 17 (2026-03-02)", written by the service when it creates the credit
 * note): the credit notice states it, so the original is referred to once. Any other title stays.
 */
export function creditNoteTitle(title: string | null, originalNumber: string | null): string | null {
  if (title == null || !title.trim()) return null;
  if (originalNumber == null) return title;
  const n = originalNumber.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const repeatsReference = new RegExp(`^\\s*(kredit av faktura|credit of invoice)\\s+(nr\\.?\\s*|no\\.?\\s*)?${n}(\\s*\\([^)]*\\))?\\s*$`, 'i');
  return repeatsReference.test(title) ? null : title;
}

/**
 * A postcode as printed: Swedish addresses (country SE or none) as "NNN NN" whatever way it was
 * typed ("90325", "903 25", "SE-903 25"); anything else, and a Swedish one that is not five digits,
 * as entered (spaces trimmed). Seller and buyer alike.
 */
export function formatPostcode(postcode: string | null | undefined, countryCode: string | null | undefined): string | null {
  const p = postcode?.trim().replace(/\s+/g, ' ');
  if (!p) return null;
  const country = countryCode?.trim().toUpperCase() || 'SE';
  if (country === 'SE') {
    const m = /^(?:SE\s?-?\s?)?(\d{3})\s?(\d{2})$/i.exec(p);
    if (m) return `${m[1]} ${m[2]}`;
  }
  return p;
}

/** The postcode-and-city line of an address: "903 25 Umeå"; null when both are empty. */
export function postalLine(postcode: string | null | undefined, city: string | null | undefined, countryCode: string | null | undefined): string | null {
  return [formatPostcode(postcode, countryCode), city?.trim()].filter(Boolean).join(' ') || null;
}

export interface PaymentAccounts {
  /** NNN-NNNN or NNNN-NNNN. */
  bankgiro: string | null;
  /** Pairs and the check digit after '-': 12 34 56-7. */
  plusgiro: string | null;
  /** Groups of four: SE45 5000 0000 0583 9825 7466. */
  iban: string | null;
  bic: string | null;
  /** The company's free text (e.g. "Swish 123 456 78 90"), as entered. */
  details: string | null;
}

const digitsOnly = (v: string | null | undefined) => v?.replace(/[\s-]/g, '') || null;
const compact = (v: string | null | undefined) => v?.replace(/\s/g, '').toUpperCase() || null;

/** The company's stored payment accounts (digits only / compact) in their display forms. */
export function paymentAccounts(company: {
  bankgiro: string | null;
  plusgiro: string | null;
  iban: string | null;
  bic: string | null;
  paymentDetails: string | null;
}): PaymentAccounts {
  return {
    bankgiro: formatBankgiro(digitsOnly(company.bankgiro)),
    plusgiro: formatPlusgiro(digitsOnly(company.plusgiro)),
    iban: formatIban(compact(company.iban)),
    bic: compact(company.bic),
    details: company.paymentDetails?.trim() || null,
  };
}

/**
 * The tax-reduction buyers in the order they were added: by when each was added, then by id (so
 * two added in the same millisecond still come out the same way every time). A credit note's
 * buyers (copied from the original) follow the original invoice's order, matched by contact.
 */
export function orderBuyers<T extends { id: string; contactId: string; createdAt: Date }>(buyers: readonly T[], originalOrder?: readonly string[]): T[] {
  const rank = new Map(originalOrder?.map((contactId, i) => [contactId, i]));
  const pos = (b: T) => rank.get(b.contactId) ?? Number.POSITIVE_INFINITY;
  return [...buyers].sort((a, b) => {
    if (pos(a) !== pos(b)) return pos(a) < pos(b) ? -1 : 1;
    const byTime = a.createdAt.getTime() - b.createdAt.getTime();
    if (byTime) return byTime;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
