// Every fixed text of the invoice and credit-note PDFs (pdf.ts) and of what the document builder
// writes itself (document-builder.ts), and how numbers and dates are written, per language: the
// one place such texts live. Pure: no I/O.
//
// Language rule: a document is printed in its customer's language as it is when the PDF is
// rendered. Swedish (SV) prints Swedish; English (EN) prints English, and so does every other
// customer language (NB, DA, FI, DE, PL, ET, LT, LV): a careless translation of legal texts is
// worse than English. Legal phrases keep their legal meaning in English and carry the Swedish
// statutory term in brackets (reverse charge, F-tax). What users typed (line descriptions,
// comments, units, the free-text payment details) is printed as entered, never translated;
// payment terms are printed from their number of days in the document's language ("30 dagar
// netto" / "30 days net"), never by the term's stored name.
//
// Formats:
//   Swedish  numbers "1 234,50", percentages "25 %", amounts "1 234,50 kr";
//   English  numbers "1,234.50", percentages "25%",  amounts "1,234.50 SEK".
//   Dates are ISO 8601 (YYYY-MM-DD) in both: the English documents are read in many countries,
//   where "02/03/2026" means different days, while 2026-03-02 means the same day to every reader.
//   Amounts round half up (away from zero) to two decimals; a zero is never printed as "-0,00".
import { Decimal } from 'decimal.js';
import type { Language } from '../../generated/prisma/enums.js';

/** The languages the documents are printed in. */
export type PrintLanguage = 'SV' | 'EN';

/** The language a document is printed in for a customer language: Swedish for SV (or none), English for every other. */
export function printLanguage(language: Language | string | null | undefined): PrintLanguage {
  const code = language?.trim().toUpperCase();
  return !code || code === 'SV' ? 'SV' : 'EN';
}

export type TaxReductionKind = 'ROT' | 'RUT' | 'GREEN';

export interface PdfLabels {
  language: PrintLanguage;
  /** BCP 47 tag written into the PDF as its language (/Lang). */
  pdfLang: string;

  // Number and date formatting
  /** Amount with the currency: "12 345,60 kr" / "12,345.60 SEK". */
  money(amount: string): string;
  /** Table amount, two decimals, no currency. */
  amount(amount: string): string;
  /** Unit price: two decimals, up to four when it has them (0,125 kr/kWh). */
  unitPrice(value: string): string;
  /** Quantity or percentage figure without trailing zeros ("7.50" → "7,5" / "7.5"). */
  plain(value: string, what: string): string;
  /** Percentage with its sign: "25 %" / "25%". */
  percent(value: string): string;
  /** A date given as YYYY-MM-DD, as printed. */
  date(isoDate: string): string;

  // Seller and buyer
  organisationNumber: string;
  personalIdentityNumber: string;
  vatNumber: string;
  fTax: string;
  phone: string;
  /** Prefix of the seller's registered office (säte) in its address block. */
  registeredOffice: string;
  customerHeading: string;
  customerNumber: string;

  // Title and invoice data
  invoice: string;
  creditNote: string;
  invoiceNumber: string;
  creditNoteNumber: string;
  externalNumber: string;
  invoiceDate: string;
  dueDate: string;
  ocrReference: string;
  deliveryDate: string;
  paymentTerms: string;
  ourReference: string;
  yourReference: string;
  yourReference2: string;
  projectNumber: string;
  /** PDF metadata subject: "<kind> <number> till/to <buyer>". */
  subject(kind: string, number: string, buyer: string): string;

  // Drafts (not locked): marked on every page, a draft number instead of an invoice number
  draftInvoice: string;
  draftCreditNote: string;
  /** The mark printed on every page of a draft. */
  draftMark: string;
  draftNumber: string;

  // Payment
  /** Payment terms of a number of days: "30 dagar netto" / "30 days net". */
  paymentTermDays(days: string): string;
  /** Payment terms of 0 days. */
  paymentOnReceipt: string;
  /** The label of the company's free-text payment details. */
  paymentDetails: string;
  /** The late-payment interest sentence with the company's rate, given as a printed percentage. */
  lateInterestRate(rate: string): string;
  /** The late-payment interest sentence when the company has set no rate: the Interest Act's. */
  lateInterestByLaw: string;

  // Credit invoices
  creditOf(originalNumber: string, originalDate: string): string;
  creditReason: string;

  // Line table
  columns: {
    description: string;
    code: string;
    quantity: string;
    unit: string;
    unitPrice: string;
    markup: string;
    discount: string;
    vat: string;
    amount: string;
  };

  // Summary
  subtotalExclVat: string;
  vat: string;
  rounding: string;
  totalInclVat: string;
  total: string;
  lessTaxReduction(name: string): string;
  amountToPay: string;
  /** A credit note's amount, shown positive. */
  amountToRefund: string;
  /** A draft's amount (nothing is payable before the invoice is locked). */
  preliminaryAmount: string;
  preliminaryRefund: string;
  reverseCharge: string;
  /** The reverse-charge statement; law is the statutory reference (kept on one line by the renderer). */
  reverseChargeStatement(law: string): string;
  /** The statutory reference of reverse charge for construction services. */
  reverseChargeLaw: string;
  sellerVatNumber: string;
  buyerVatNumber: string;
  /** Shown for a VAT number the reverse-charge statement needs but the party lacks. */
  missing: string;
  noVat: string;
  vatSpecification: string;
  vatRate: string;
  vatBase: string;
  vatAmount: string;

  // Tax reduction (ROT, RUT, green technology)
  reductionName: Record<TaxReductionKind, string>;
  taxReduction(name: string): string;
  totalTaxReduction(name: string): string;
  labourCost: string;
  materialCost: string;
  otherCosts: string;
  basisLabourAndMaterial: string;
  basisLabour: string;
  buyer: string;
  home: string;
  property: string;
  taxReductionColumn: string;
  taxReductionNote: string;

  // Pages
  page(page: number, pages: number): string;

  // The one-page stand-in for a PDF too large for a receiving system
  placeholderAvailable(systemName: string): string;
  placeholderTooLarge: string;
}

// ---------------------------------------------------------------------------------------------
// Number formatting (pure)

const NUMBER_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal string as a Decimal; anything else (empty, "12,50", "1 000", NaN) is a RangeError. */
export function toDecimal(value: string, what = 'amount'): Decimal {
  const s = value.trim();
  if (!NUMBER_RE.test(s)) throw new RangeError(`Not a valid ${what}: ${JSON.stringify(value)}`);
  return new Decimal(s);
}

interface NumberStyle {
  thousands: string;
  decimal: string;
}

/** A number with at least minDp and at most maxDp decimals (half up), thousands grouped. */
function formatNumber(d: Decimal, minDp: number, maxDp: number, style: NumberStyle): string {
  let r = d.toDecimalPlaces(maxDp, Decimal.ROUND_HALF_UP);
  if (r.isZero()) r = new Decimal(0); // no "-0,00"
  const fixed = r.abs().toFixed(Math.max(minDp, r.decimalPlaces()));
  const [int = '0', frac] = fixed.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, style.thousands);
  return `${r.isNegative() ? '-' : ''}${grouped}${frac ? `${style.decimal}${frac}` : ''}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar date YYYY-MM-DD, checked (no 2026-02-30), printed as it is; empty stays empty. */
function isoDate(value: string): string {
  const s = value.trim();
  if (!s) return '';
  const m = ISO_DATE.exec(s);
  if (!m || new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) !== s) {
    throw new RangeError(`Not a valid date: ${JSON.stringify(value)}`);
  }
  return s;
}

function formatting(style: NumberStyle, currency: string, percentSign: string) {
  return {
    money: (v: string) => `${formatNumber(toDecimal(v), 2, 2, style)} ${currency}`,
    amount: (v: string) => formatNumber(toDecimal(v), 2, 2, style),
    unitPrice: (v: string) => formatNumber(toDecimal(v, 'unit price'), 2, 4, style),
    plain: (v: string, what: string) => formatNumber(toDecimal(v, what), 0, 10, style),
    percent: (v: string) => `${formatNumber(toDecimal(v, 'percentage'), 0, 10, style)}${percentSign}`,
    date: isoDate,
  };
}

// ---------------------------------------------------------------------------------------------
// The tables

const SV: PdfLabels = {
  language: 'SV',
  pdfLang: 'sv-SE',
  ...formatting({ thousands: ' ', decimal: ',' }, 'kr', ' %'),

  organisationNumber: 'Org.nr',
  personalIdentityNumber: 'Personnummer',
  vatNumber: 'Momsreg.nr',
  fTax: 'Godkänd för F-skatt',
  phone: 'Tel.',
  registeredOffice: 'Säte',
  customerHeading: 'KUND',
  customerNumber: 'Kundnummer',

  invoice: 'Faktura',
  creditNote: 'Kreditfaktura',
  invoiceNumber: 'Fakturanummer',
  creditNoteNumber: 'Kreditfakturanr',
  externalNumber: 'Externt nummer',
  invoiceDate: 'Fakturadatum',
  dueDate: 'Förfallodatum',
  ocrReference: 'OCR-nummer',
  deliveryDate: 'Leveransdatum',
  paymentTerms: 'Betalningsvillkor',
  ourReference: 'Vår referens',
  yourReference: 'Er referens',
  yourReference2: 'Er referens 2',
  projectNumber: 'Projektnummer',
  subject: (kind, number, buyer) => `${kind} ${number} till ${buyer}`,

  draftInvoice: 'Fakturautkast',
  draftCreditNote: 'Kreditfakturautkast',
  draftMark: 'UTKAST – ej giltig som faktura',
  draftNumber: 'Utkast nr',

  paymentTermDays: (days) => `${days} dagar netto`,
  paymentOnReceipt: 'Kontant',
  paymentDetails: 'Betalning',
  lateInterestRate: (rate) => `Vid betalning efter förfallodagen debiteras dröjsmålsränta med ${rate} per år.`,
  lateInterestByLaw: 'Vid betalning efter förfallodagen debiteras dröjsmålsränta enligt räntelagen.',

  creditOf: (number, date) => `Kredit av faktura ${number} (${date})`,
  creditReason: 'Orsak',

  columns: {
    description: 'Beskrivning',
    code: 'Art.nr',
    quantity: 'Antal',
    unit: 'Enhet',
    unitPrice: 'À-pris',
    markup: 'Påslag %',
    discount: 'Rabatt %',
    vat: 'Moms %',
    amount: 'Belopp',
  },

  subtotalExclVat: 'Summa exkl. moms',
  vat: 'Moms',
  rounding: 'Öresavrundning',
  totalInclVat: 'Summa inkl. moms',
  total: 'Summa',
  lessTaxReduction: (name) => `Avgår skattereduktion (${name})`,
  amountToPay: 'Att betala',
  amountToRefund: 'Att återbetala',
  preliminaryAmount: 'Preliminärt belopp',
  preliminaryRefund: 'Preliminärt att återbetala',
  reverseCharge: 'Omvänd betalningsskyldighet',
  reverseChargeStatement: (law) => `Köparen är skyldig att redovisa och betala mervärdesskatten för byggtjänsterna enligt ${law}.`,
  reverseChargeLaw: '16 kap. 13 § ML',
  sellerVatNumber: 'Säljarens momsreg.nr',
  buyerVatNumber: 'Köparens momsreg.nr',
  missing: 'saknas',
  noVat: 'Ingen moms debiteras',
  vatSpecification: 'Momsspecifikation',
  vatRate: 'Momssats',
  vatBase: 'Underlag',
  vatAmount: 'Moms',

  reductionName: { ROT: 'ROT', RUT: 'RUT', GREEN: 'Grön teknik' },
  taxReduction: (name) => `Skattereduktion (${name})`,
  totalTaxReduction: (name) => `Total skattereduktion (${name})`,
  labourCost: 'Arbetskostnad',
  materialCost: 'Materialkostnad',
  otherCosts: 'Övriga kostnader',
  basisLabourAndMaterial: 'Underlag (arbete och material inkl. moms)',
  basisLabour: 'Underlag (arbetskostnad inkl. moms)',
  buyer: 'Köpare',
  home: 'Bostad',
  property: 'Fastighetsbeteckning / bostadsrätt',
  taxReductionColumn: 'Skattereduktion',
  taxReductionNote:
    'Skattereduktionen har dragits av från fakturabeloppet och begärs av Skatteverket. Beviljar Skatteverket inte hela beloppet debiteras mellanskillnaden.',

  page: (page, pages) => `Sida ${page} av ${pages}`,

  placeholderAvailable: (system) => `Fakturadokumentet finns tillgängligt i faktureringssystemet ${system}.`,
  placeholderTooLarge: 'Det fullständiga dokumentet är större än vad det mottagande systemet tar emot (5 MB) och har därför inte bifogats här.',
};

const EN: PdfLabels = {
  language: 'EN',
  pdfLang: 'en-GB',
  ...formatting({ thousands: ',', decimal: '.' }, 'SEK', '%'),

  organisationNumber: 'Org. no.',
  personalIdentityNumber: 'Personal ID no.',
  vatNumber: 'VAT reg. no.',
  fTax: 'Approved for F-tax (Godkänd för F-skatt)',
  phone: 'Tel.',
  registeredOffice: 'Registered office',
  customerHeading: 'CUSTOMER',
  customerNumber: 'Customer no.',

  invoice: 'Invoice',
  creditNote: 'Credit note',
  invoiceNumber: 'Invoice no.',
  creditNoteNumber: 'Credit note no.',
  externalNumber: 'External no.',
  invoiceDate: 'Invoice date',
  dueDate: 'Due date',
  ocrReference: 'OCR reference',
  deliveryDate: 'Delivery date',
  paymentTerms: 'Payment terms',
  ourReference: 'Our reference',
  yourReference: 'Your reference',
  yourReference2: 'Your reference 2',
  projectNumber: 'Project no.',
  subject: (kind, number, buyer) => `${kind} ${number} to ${buyer}`,

  draftInvoice: 'Draft invoice',
  draftCreditNote: 'Draft credit note',
  draftMark: 'DRAFT – not valid as an invoice',
  draftNumber: 'Draft no.',

  paymentTermDays: (days) => `${days} days net`,
  paymentOnReceipt: 'Due on receipt',
  paymentDetails: 'Payment',
  lateInterestRate: (rate) => `If payment is made after the due date, late-payment interest of ${rate} per year will be charged.`,
  lateInterestByLaw: 'If payment is made after the due date, late-payment interest will be charged under the Swedish Interest Act (räntelagen).',

  creditOf: (number, date) => `Credit of invoice ${number} (${date})`,
  creditReason: 'Reason',

  columns: {
    description: 'Description',
    code: 'Item no.',
    quantity: 'Qty',
    unit: 'Unit',
    unitPrice: 'Unit price',
    markup: 'Markup %',
    discount: 'Discount %',
    vat: 'VAT %',
    amount: 'Amount',
  },

  subtotalExclVat: 'Total excl. VAT',
  vat: 'VAT',
  rounding: 'Rounding',
  totalInclVat: 'Total incl. VAT',
  total: 'Total',
  lessTaxReduction: (name) => `Less tax reduction (${name})`,
  amountToPay: 'Amount due',
  amountToRefund: 'To be refunded',
  preliminaryAmount: 'Preliminary amount',
  preliminaryRefund: 'Preliminary refund',
  reverseCharge: 'Reverse charge (omvänd betalningsskyldighet)',
  reverseChargeStatement: (law) => `The buyer is liable to account for and pay the VAT on the construction services under the Swedish VAT Act, ${law}.`,
  reverseChargeLaw: '16 kap. 13 § ML',
  sellerVatNumber: "Seller's VAT reg. no.",
  buyerVatNumber: "Buyer's VAT reg. no.",
  missing: 'not stated',
  noVat: 'No VAT charged',
  vatSpecification: 'VAT specification',
  vatRate: 'VAT rate',
  vatBase: 'Taxable amount',
  vatAmount: 'VAT',

  reductionName: { ROT: 'ROT', RUT: 'RUT', GREEN: 'green technology' },
  taxReduction: (name) => `Tax reduction (${name})`,
  totalTaxReduction: (name) => `Total tax reduction (${name})`,
  labourCost: 'Labour cost',
  materialCost: 'Material cost',
  otherCosts: 'Other costs',
  basisLabourAndMaterial: 'Basis (labour and material incl. VAT)',
  basisLabour: 'Basis (labour cost incl. VAT)',
  buyer: 'Buyer',
  home: 'Home',
  property: 'Property designation / condominium',
  taxReductionColumn: 'Tax reduction',
  taxReductionNote:
    'The tax reduction has been deducted from the invoiced amount and is claimed from the Swedish Tax Agency (Skatteverket). If Skatteverket does not grant the full amount, the difference will be invoiced.',

  page: (page, pages) => `Page ${page} of ${pages}`,

  placeholderAvailable: (system) => `The invoice document is available in the invoicing system ${system}.`,
  placeholderTooLarge: 'The complete document is larger than the receiving system accepts (5 MB) and has therefore not been attached here.',
};

const TABLES: Record<PrintLanguage, PdfLabels> = { SV, EN };

/** The labels and formats of a document for a customer language (see printLanguage). */
export function pdfLabels(language: Language | string | null | undefined): PdfLabels {
  return TABLES[printLanguage(language)];
}

/**
 * The label of a party's identity number: a personnummer (YYYYMMDD-NNNK, or YYMMDD-NNNK whose
 * third digit is below 2) or else an organisationsnummer.
 */
export function identityNumberLabel(labels: PdfLabels, id: string): string {
  const digits = id.replace(/\D/g, '');
  const personal = digits.length === 12 ? !digits.startsWith('16') : digits.length === 10 && Number(digits[2]) < 2;
  return personal ? labels.personalIdentityNumber : labels.organisationNumber;
}
