// Sending invoices (pure): which method a sending uses, the e-mail that carries the PDF (in the
// customer's language: Swedish for SV, English for every other, as the PDF's labels), and the
// distribution status the latest sending gives the invoice.
import { Decimal } from 'decimal.js';

export type DeliveryMethod = 'EMAIL' | 'PEPPOL' | 'PAPER';
export type InvoiceDistribution = 'EMAIL' | 'PAPER' | 'EDI';
export type DeliveryOutcome = 'PENDING' | 'SENT' | 'FAILED';
export type MailLanguage = 'sv' | 'en';

/** The method of a sending: the one asked for, else the invoice's type (EDI is Peppol). */
export function deliveryMethod(asked: DeliveryMethod | null | undefined, distribution: InvoiceDistribution): DeliveryMethod {
  if (asked) return asked;
  return distribution === 'EDI' ? 'PEPPOL' : distribution;
}

/** The language of what the customer reads: Swedish for SV, English otherwise (as the PDF). */
export function customerLanguage(language: string | null | undefined): MailLanguage {
  return (language ?? 'SV').toUpperCase() === 'SV' ? 'sv' : 'en';
}

/** An amount as the PDF writes it: "6 069,00 kr" (Swedish), "SEK 6,069.00" (English); rounded half up to öre. */
export function formatAmount(amount: string, lang: MailLanguage): string {
  const d = new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const [int, frac] = d.abs().toFixed(2).split('.') as [string, string];
  const sign = d.isNegative() ? '−' : '';
  if (lang === 'sv') return `${sign}${int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0')},${frac}\u00a0kr`;
  return `${sign}SEK ${int.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${frac}`;
}

export interface InvoiceMailContent {
  isCredit: boolean;
  number: string;
  companyName: string;
  /** What the customer pays (an invoice) or gets back (a credit note), as a decimal string. */
  amountToPay: string;
  dueDate: string | null;
  ocrReference: string | null;
  /** Where to pay: "Bankgiro 5050-1055", … (empty: left out). */
  paymentAccounts: string[];
  /** The seller's e-mail for questions, when set. */
  companyEmail: string | null;
}

const TEXT = {
  sv: {
    subject: (c: InvoiceMailContent) => `${c.isCredit ? 'Kreditfaktura' : 'Faktura'} ${c.number} från ${c.companyName}`,
    greeting: 'Hej,',
    attached: (c: InvoiceMailContent) => `Bifogat finns ${c.isCredit ? 'kreditfaktura' : 'faktura'} ${c.number} från ${c.companyName} (PDF).`,
    pay: (amount: string, due: string | null) => `Att betala: ${amount}${due ? ` senast ${due}` : ''}.`,
    refund: (amount: string) => `Att återbetala till er: ${amount}.`,
    ocr: (ref: string) => `Ange OCR-nummer ${ref} vid betalning.`,
    accounts: (a: string[]) => `Betala till: ${a.join(', ')}.`,
    questions: (email: string) => `Frågor om fakturan besvaras på ${email}.`,
    regards: 'Med vänliga hälsningar',
    pdfName: (c: InvoiceMailContent) => `${c.isCredit ? 'kreditfaktura' : 'faktura'}-${c.number}.pdf`,
  },
  en: {
    subject: (c: InvoiceMailContent) => `${c.isCredit ? 'Credit note' : 'Invoice'} ${c.number} from ${c.companyName}`,
    greeting: 'Hello,',
    attached: (c: InvoiceMailContent) => `Please find attached ${c.isCredit ? 'credit note' : 'invoice'} ${c.number} from ${c.companyName} (PDF).`,
    pay: (amount: string, due: string | null) => `Amount due: ${amount}${due ? ` by ${due}` : ''}.`,
    refund: (amount: string) => `Amount to be refunded to you: ${amount}.`,
    ocr: (ref: string) => `Please quote the OCR reference ${ref} with your payment.`,
    accounts: (a: string[]) => `Pay to: ${a.join(', ')}.`,
    questions: (email: string) => `Questions about the invoice: ${email}.`,
    regards: 'Kind regards',
    pdfName: (c: InvoiceMailContent) => `${c.isCredit ? 'credit-note' : 'invoice'}-${c.number}.pdf`,
  },
} as const;

/** The e-mail that carries an invoice's PDF: subject, plain text, and the attachment's file name. */
export function renderInvoiceMail(c: InvoiceMailContent, lang: MailLanguage): { subject: string; text: string; language: MailLanguage; fileName: string } {
  const t = TEXT[lang];
  const amount = new Decimal(c.amountToPay);
  const lines: string[] = [t.greeting, '', t.attached(c), ''];
  if (c.isCredit || amount.isNegative()) lines.push(t.refund(formatAmount(amount.abs().toFixed(2), lang)));
  else {
    lines.push(t.pay(formatAmount(c.amountToPay, lang), c.dueDate));
    if (c.ocrReference) lines.push(t.ocr(c.ocrReference));
    if (c.paymentAccounts.length) lines.push(t.accounts(c.paymentAccounts));
  }
  if (c.companyEmail) lines.push('', t.questions(c.companyEmail));
  lines.push('', t.regards, c.companyName, '');
  return { subject: t.subject(c), text: lines.join('\n'), language: lang, fileName: t.pdfName(c) };
}

export interface DeliverySummary {
  method: DeliveryMethod;
  outcome: DeliveryOutcome;
  recipient: string | null;
  requestedAt: Date;
  requestedBy: string;
  sentAt: Date | null;
  error: string | null;
}

const METHOD_TEXT: Record<DeliveryMethod, string> = { EMAIL: 'by e-mail', PEPPOL: 'by Peppol', PAPER: 'on paper' };

/**
 * The invoice's distribution status from its latest sending (null: never sent): how, to whom,
 * when and by whom, and the outcome. Times are UTC (ISO 8601).
 */
export function distributionStatus(latest: DeliverySummary | null): string | null {
  if (!latest) return null;
  const how = `${METHOD_TEXT[latest.method]}${latest.recipient ? ` to ${latest.recipient.replace(/\s*\n\s*/g, ', ')}` : ''}`;
  const by = `asked by ${latest.requestedBy}`;
  if (latest.outcome === 'SENT') return `Sent ${how} at ${(latest.sentAt ?? latest.requestedAt).toISOString()} (${by})`;
  if (latest.outcome === 'FAILED') return `Not sent ${how}: ${latest.error ?? 'failed'} (${by} at ${latest.requestedAt.toISOString()})`;
  return `Sending ${how} (${by} at ${latest.requestedAt.toISOString()})`;
}
