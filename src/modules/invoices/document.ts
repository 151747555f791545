// What an invoice document shows (the PDF and anything else that renders an invoice): every
// amount already computed and formatted-ready, so renderers hold no business rules.
// Contents follow mervärdesskattelagen 17 kap. plus what a ROT/RUT/green tax reduction needs on the invoice.
import type { Language } from '../../generated/prisma/enums.js';
import type { PaymentAccounts } from './presentation.js';

export interface DocumentParty {
  name: string;
  /** Customer number (buyer) — the seller has none. */
  number?: string | null;
  /** Address lines as printed; the postcode already formatted (presentation.ts formatPostcode). */
  address: string[];
  /** NNNNNN-NNNK, or a private buyer's YYYYMMDD-NNNK. */
  organisationNumber?: string | null;
  vatNumber?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface DocumentLine {
  description: string;
  /** Item code; null when the invoice hides codes. */
  code: string | null;
  quantity: string;
  unit: string | null;
  /** Unit price excl. VAT; with markup included when the invoice hides markup. */
  unitPrice: string;
  /** Markup percent; null when hidden or none. */
  markupPercent: string | null;
  discountPercent: string | null;
  vatRate: string;
  /** Amount excl. VAT. */
  amount: string;
  kind: 'LABOUR' | 'MATERIAL' | 'OTHER';
}

export interface DocumentVatGroup {
  rate: string;
  base: string;
  vat: string;
}

export interface DocumentTaxReductionBuyer {
  name: string;
  /** YYYYMMDD-NNNK */
  personalIdentityNumber: string;
  amount: string;
  /** Property designation, or for a condominium "BRF <org.nr>, lgh <apartment>". */
  home: string | null;
}

export interface InvoiceDocument {
  /**
   * The customer's language when the document is built: its fixed texts and number formats are
   * Swedish for SV and English for every other language (pdf-labels.ts).
   */
  language: Language;
  isCredit: boolean;
  /**
   * Not locked yet: printed as a draft ("UTKAST – ej giltig som faktura" on every page, a draft
   * number, no due date, OCR reference or payment instructions; presentation.ts).
   */
  draft: boolean;
  /** Internal invoice number (löpnummer). */
  number: string;
  externalNumber: string | null;
  title: string | null;
  description: string | null;
  invoiceDate: string;
  /** Printed only on a final invoice (not a draft, not a credit note). */
  dueDate: string | null;
  /** The OCR reference to pay with (invoices, not credit notes; set when locked). Printed only on a final invoice. */
  ocrReference: string | null;
  /** Date of supply when it differs from the invoice date (optional). */
  deliveryDate: string | null;
  seller: DocumentParty & { fSkatt: boolean };
  buyer: DocumentParty;
  ourReference: string | null;
  customerReference: string | null;
  customerReference2: string | null;
  projectNumber: string | null;
  lines: DocumentLine[];
  vatGroups: DocumentVatGroup[];
  subtotal: string;
  vatAmount: string;
  total: string;
  /** Öresavrundning. */
  rounding: string;
  roundedTotal: string;
  /** Reverse charge: no VAT, "Omvänd betalningsskyldighet" and both VAT numbers. */
  reverseCharge: boolean;
  /** A VAT-free invoice and its grounds. */
  noVat: { reason: string } | null;
  taxReduction: {
    type: 'ROT' | 'RUT' | 'GREEN';
    /** Labour (and for green: material) incl. VAT the reduction is based on. */
    basis: string;
    total: string;
    buyers: DocumentTaxReductionBuyer[];
    /** Labour, material and other costs, shown separately as the law requires. */
    labour: string;
    material: string;
    other: string;
  } | null;
  amountToPay: string;
  credit: { originalNumber: string; originalDate: string; reason: string } | null;
  /** The payment term's number of days, printed in the document's language ("30 dagar netto"). */
  paymentTermDays: number | null;
  /** Dröjsmålsränta in percent per year; null: the late-interest sentence refers to the Interest Act. */
  lateInterestRate: string | null;
  /** The seller's payment accounts in display form and its free-text payment details. */
  payment: PaymentAccounts;
  currency: 'SEK';
}
