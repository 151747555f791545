// Peppol BIS Billing 3.0: a locked invoice as a UBL 2.1 Invoice, a credit invoice as a UBL 2.1
// CreditNote (pure: from the values service.ts reads, the same the PDF prints).
//
// Choices, where BIS leaves one:
// - Endpoints and legal registration: the Swedish organisation number (10 digits) with the ICD
//   scheme 0007, for the seller and for a company buyer. A private buyer has none in Peppol; the
//   downloadable document then names the buyer's invoice e-mail with the EAS scheme EM, and
//   sending it by Peppol is refused (service.ts).
// - VAT categories: S per rate (25, 12, 6 %); a 0 % line on an invoice with VAT is Z (zero
//   rated); reverse charge (omvänd betalningsskyldighet) is one AE breakdown with VATEX-EU-AE and
//   the reason text; a VAT-free invoice is one E breakdown with its stated reason. O is not used.
// - ROT/RUT/green tax reduction: the buyer pays the total less the reduction Skatteverket pays the
//   seller. It is not a discount (the VAT stays on the full amount), so it is not an allowance: it
//   is the PrepaidAmount (BT-113, "paid in advance"), so PayableAmount = TaxInclusiveAmount −
//   PrepaidAmount + PayableRoundingAmount, and a note says what it is and names the buyers.
// - Öresavrundning is the PayableRoundingAmount.
// - BuyerReference (BT-10, which BIS requires unless there is an order reference): the customer's
//   reference on the invoice, else the project number; the project is also the ProjectReference.
// - Payment means 30 (credit transfer): one for each of bankgiro (branch SE:BANKGIRO), PlusGiro
//   (SE:PLUSGIRO) and IBAN (branch: the BIC), with the OCR reference as PaymentID.
// - Credit invoices: every amount and quantity negated back to positive, as a CreditNote
//   (type 381) referring to the original invoice (BillingReference).
// Money is exact decimal (decimal.js) written with 2 decimals; the item net price keeps its exact
// decimals (BIS allows them), so quantity × price matches the line amount to the öre's rounding.
import { Decimal } from 'decimal.js';
import { el, serialize, type XmlElement } from './xml.js';

export const CUSTOMIZATION_ID = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
export const PROFILE_ID = 'urn:fdc:peppol.eu:2017:poacc:billing:01:1.0';
export const INVOICE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:Invoice-2';
export const CREDIT_NOTE_NS = 'urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2';
const CAC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2';
const CBC = 'urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2';
/** ICD 0007: Swedish organisation number (Bolagsverket). */
export const SE_ORGNR_SCHEME = '0007';
export const F_SKATT_TEXT = 'Godkänd för F-skatt';

export interface UblAddress {
  street: string | null;
  additionalStreet: string | null;
  city: string | null;
  postcode: string | null;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
}

export interface UblParty extends UblAddress {
  name: string;
  /** 10 digits, no dash. */
  organisationNumber: string | null;
  vatNumber: string | null;
  email: string | null;
  phone: string | null;
}

export interface UblLine {
  description: string;
  code: string | null;
  /** Decimal strings, as stored (a credit invoice's are negative). */
  quantity: string;
  unit: string | null;
  /** Unit price excl. VAT before markup and discount. */
  unitPrice: string;
  markupPercent: string | null;
  discountPercent: string | null;
  vatRate: string;
  /** Line amount excl. VAT. */
  amount: string;
}

export interface UblSource {
  language: 'sv' | 'en';
  isCredit: boolean;
  number: string;
  issueDate: string;
  dueDate: string | null;
  buyerReference: string | null;
  projectReference: string | null;
  ocrReference: string | null;
  credit: { originalNumber: string; originalDate: string | null; reason: string } | null;
  seller: UblParty & {
    fSkatt: boolean;
    registeredOffice: string | null;
    bankgiro: string | null;
    plusgiro: string | null;
    iban: string | null;
    bic: string | null;
  };
  buyer: UblParty;
  paymentTerms: string | null;
  vatMode: 'NORMAL' | 'REVERSE_CHARGE' | 'NO_VAT';
  noVatReason: string | null;
  lines: UblLine[];
  /** VAT per rate as the invoice computed it. */
  vatGroups: { rate: string; base: string; vat: string }[];
  subtotal: string;
  vatAmount: string;
  total: string;
  rounding: string;
  taxReduction: { type: 'ROT' | 'RUT' | 'GREEN'; amount: string; buyers: { name: string; personalIdentityNumber: string; home: string | null }[] } | null;
  amountToPay: string;
}

/** UN/ECE Recommendation 20 unit codes for the units people type (unknown: C62, "one"). */
const UNIT_CODES: Record<string, string> = {
  st: 'H87',
  'st.': 'H87',
  styck: 'H87',
  pcs: 'H87',
  pc: 'H87',
  h: 'HUR',
  tim: 'HUR',
  timme: 'HUR',
  timmar: 'HUR',
  hour: 'HUR',
  hours: 'HUR',
  min: 'MIN',
  dag: 'DAY',
  dagar: 'DAY',
  day: 'DAY',
  vecka: 'WEE',
  mån: 'MON',
  månad: 'MON',
  m: 'MTR',
  m2: 'MTK',
  'm²': 'MTK',
  kvm: 'MTK',
  m3: 'MTQ',
  'm³': 'MTQ',
  km: 'KMT',
  kg: 'KGM',
  g: 'GRM',
  ton: 'TNE',
  t: 'TNE',
  l: 'LTR',
  liter: 'LTR',
  kwh: 'KWH',
  paket: 'PK',
  förp: 'PK',
};
export function unitCode(unit: string | null): string {
  return (unit && UNIT_CODES[unit.trim().toLowerCase()]) || 'C62';
}

const dec = (v: string | number) => new Decimal(v);
const money = (v: Decimal) => v.toFixed(2);
/** A price or quantity with its exact decimals (no exponent, at least two decimals for prices). */
const exact = (v: Decimal, minDecimals = 0) => v.toFixed(Math.max(v.decimalPlaces(), minDecimals));

/** The item net price: unit price with markup and discount, exact. */
export function netPrice(l: Pick<UblLine, 'unitPrice' | 'markupPercent' | 'discountPercent'>): Decimal {
  return dec(l.unitPrice)
    .times(dec(100).plus(dec(l.markupPercent ?? 0)))
    .times(dec(100).minus(dec(l.discountPercent ?? 0)))
    .dividedBy(10_000);
}

export type VatCategory = 'S' | 'Z' | 'E' | 'AE';

export function lineCategory(mode: UblSource['vatMode'], rate: string): VatCategory {
  if (mode === 'REVERSE_CHARGE') return 'AE';
  if (mode === 'NO_VAT') return 'E';
  return dec(rate).isZero() ? 'Z' : 'S';
}

const TEXT = {
  sv: {
    reverseCharge: 'Omvänd betalningsskyldighet',
    reduction: (type: string, amount: string) =>
      `Skattereduktion (${type}) ${amount} SEK begärs från Skatteverket och betalas inte av köparen; den står som förutbetalt belopp.`,
    buyer: (name: string, pnr: string, home: string | null) => `Köpare: ${name} (${pnr})${home ? `, ${home}` : ''}`,
    credit: (n: string, reason: string) => `Kredit av faktura ${n}${reason ? `: ${reason}` : ''}`,
    office: (o: string) => `Säte: ${o}`,
    noVat: 'Undantag från skatteplikt',
  },
  en: {
    reverseCharge: 'Reverse charge',
    reduction: (type: string, amount: string) =>
      `Tax reduction (${type}) of ${amount} SEK is claimed from the Swedish Tax Agency and not paid by the buyer; it is shown as the prepaid amount.`,
    buyer: (name: string, pnr: string, home: string | null) => `Buyer: ${name} (${pnr})${home ? `, ${home}` : ''}`,
    credit: (n: string, reason: string) => `Credit of invoice ${n}${reason ? `: ${reason}` : ''}`,
    office: (o: string) => `Registered office: ${o}`,
    noVat: 'Exempt from VAT',
  },
} as const;

/** The UBL document (Invoice, or CreditNote for a credit invoice) as an element tree. */
export function ublTree(src: UblSource): XmlElement {
  const credit = src.isCredit;
  const sign = credit ? -1 : 1;
  const amt = (v: string) => money(dec(v).times(sign));
  const t = TEXT[src.language];
  const cur = { currencyID: 'SEK' };
  const cbc = (name: string, value: string | null | undefined, attrs: Record<string, string> | null = null) =>
    value == null || value === '' ? null : el(`cbc:${name}`, attrs, value);
  const cac = (name: string, ...children: Parameters<typeof el>[2][]) => el(`cac:${name}`, null, ...children);

  const notes: string[] = [];
  if (src.credit) notes.push(t.credit(src.credit.originalNumber, src.credit.reason));
  if (src.vatMode === 'REVERSE_CHARGE') notes.push(t.reverseCharge);
  if (src.taxReduction && !dec(src.taxReduction.amount).isZero()) {
    notes.push(t.reduction(src.taxReduction.type, amt(src.taxReduction.amount)));
    for (const b of src.taxReduction.buyers) notes.push(t.buyer(b.name, b.personalIdentityNumber, b.home));
  }

  const address = (a: UblAddress) =>
    cac(
      'PostalAddress',
      cbc('StreetName', a.street),
      cbc('AdditionalStreetName', a.additionalStreet),
      cbc('CityName', a.city),
      cbc('PostalZone', a.postcode),
      cac('Country', cbc('IdentificationCode', a.countryCode)),
    );
  const endpoint = (p: UblParty) =>
    p.organisationNumber
      ? el('cbc:EndpointID', { schemeID: SE_ORGNR_SCHEME }, p.organisationNumber)
      : p.email
        ? el('cbc:EndpointID', { schemeID: 'EM' }, p.email)
        : null;
  const vatScheme = (p: UblParty) => (p.vatNumber ? cac('PartyTaxScheme', cbc('CompanyID', p.vatNumber), cac('TaxScheme', cbc('ID', 'VAT'))) : null);
  const contact = (p: UblParty) => (p.email || p.phone ? cac('Contact', cbc('Telephone', p.phone), cbc('ElectronicMail', p.email)) : null);

  const s = src.seller;
  const supplier = cac(
    'AccountingSupplierParty',
    cac(
      'Party',
      endpoint(s),
      cac('PartyName', cbc('Name', s.name)),
      address(s),
      vatScheme(s),
      s.fSkatt ? cac('PartyTaxScheme', cbc('CompanyID', F_SKATT_TEXT), cac('TaxScheme', cbc('ID', 'TAX'))) : null,
      cac(
        'PartyLegalEntity',
        cbc('RegistrationName', s.name),
        s.organisationNumber ? el('cbc:CompanyID', { schemeID: SE_ORGNR_SCHEME }, s.organisationNumber) : null,
        cbc('CompanyLegalForm', s.registeredOffice ? t.office(s.registeredOffice) : null),
      ),
      contact(s),
    ),
  );
  const b = src.buyer;
  const customer = cac(
    'AccountingCustomerParty',
    cac(
      'Party',
      endpoint(b),
      cac('PartyName', cbc('Name', b.name)),
      address(b),
      vatScheme(b),
      cac(
        'PartyLegalEntity',
        cbc('RegistrationName', b.name),
        b.organisationNumber ? el('cbc:CompanyID', { schemeID: SE_ORGNR_SCHEME }, b.organisationNumber) : null,
      ),
      contact(b),
    ),
  );

  const paymentMeans = credit
    ? []
    : [
        s.bankgiro ? { id: s.bankgiro, branch: 'SE:BANKGIRO' } : null,
        s.plusgiro ? { id: s.plusgiro, branch: 'SE:PLUSGIRO' } : null,
        s.iban ? { id: s.iban, branch: s.bic } : null,
      ]
        .filter((x): x is { id: string; branch: string | null } => x !== null)
        .map((acc) =>
          cac(
            'PaymentMeans',
            el('cbc:PaymentMeansCode', { name: 'Credit transfer' }, '30'),
            cbc('PaymentID', src.ocrReference),
            cac('PayeeFinancialAccount', cbc('ID', acc.id), acc.branch ? cac('FinancialInstitutionBranch', cbc('ID', acc.branch)) : null),
          ),
        );

  // VAT breakdown: S and Z per rate from the invoice's own groups; AE or E as one group.
  type Group = { category: VatCategory; rate: Decimal; base: Decimal; vat: Decimal };
  const groups: Group[] = [];
  if (src.vatMode === 'NORMAL') {
    for (const g of src.vatGroups) groups.push({ category: lineCategory('NORMAL', g.rate), rate: dec(g.rate), base: dec(g.base), vat: dec(g.vat) });
  } else {
    const base = src.vatGroups.reduce((sum, g) => sum.plus(dec(g.base)), dec(0));
    groups.push({ category: src.vatMode === 'REVERSE_CHARGE' ? 'AE' : 'E', rate: dec(0), base, vat: dec(0) });
  }
  const exemption = (category: VatCategory) =>
    category === 'AE'
      ? [cbc('TaxExemptionReasonCode', 'VATEX-EU-AE'), cbc('TaxExemptionReason', t.reverseCharge)]
      : category === 'E'
        ? [cbc('TaxExemptionReason', src.noVatReason?.trim() || t.noVat)]
        : [];
  const taxTotal = cac(
    'TaxTotal',
    el('cbc:TaxAmount', cur, amt(src.vatAmount)),
    groups.map((g) =>
      cac(
        'TaxSubtotal',
        el('cbc:TaxableAmount', cur, money(g.base.times(sign))),
        el('cbc:TaxAmount', cur, money(g.vat.times(sign))),
        cac('TaxCategory', cbc('ID', g.category), cbc('Percent', exact(g.rate)), ...exemption(g.category), cac('TaxScheme', cbc('ID', 'VAT'))),
      ),
    ),
  );

  const reduction = src.taxReduction ? dec(src.taxReduction.amount) : dec(0);
  const rounding = dec(src.rounding);
  const monetary = cac(
    'LegalMonetaryTotal',
    el('cbc:LineExtensionAmount', cur, amt(src.subtotal)),
    el('cbc:TaxExclusiveAmount', cur, amt(src.subtotal)),
    el('cbc:TaxInclusiveAmount', cur, amt(src.total)),
    reduction.isZero() ? null : el('cbc:PrepaidAmount', cur, money(reduction.times(sign))),
    rounding.isZero() ? null : el('cbc:PayableRoundingAmount', cur, money(rounding.times(sign))),
    el('cbc:PayableAmount', cur, amt(src.amountToPay)),
  );

  const lineName = credit ? 'CreditNoteLine' : 'InvoiceLine';
  const quantityName = credit ? 'CreditedQuantity' : 'InvoicedQuantity';
  const lines = src.lines.map((l, i) => {
    let quantity = dec(l.quantity).times(sign);
    let price = netPrice(l);
    // BR-27: the net price is never negative; a negative price is a negative quantity.
    if (price.isNegative()) {
      price = price.negated();
      quantity = quantity.negated();
    }
    const category = lineCategory(src.vatMode, l.vatRate);
    const percent = category === 'AE' || category === 'E' ? dec(0) : dec(l.vatRate);
    return cac(
      lineName,
      cbc('ID', String(i + 1)),
      el(`cbc:${quantityName}`, { unitCode: unitCode(l.unit) }, exact(quantity)),
      el('cbc:LineExtensionAmount', cur, amt(l.amount)),
      cac(
        'Item',
        cbc('Name', l.description),
        l.code ? cac('SellersItemIdentification', cbc('ID', l.code)) : null,
        cac('ClassifiedTaxCategory', cbc('ID', category), cbc('Percent', exact(percent)), cac('TaxScheme', cbc('ID', 'VAT'))),
      ),
      cac('Price', el('cbc:PriceAmount', cur, exact(price, 2))),
    );
  });

  return el(
    credit ? 'CreditNote' : 'Invoice',
    { xmlns: credit ? CREDIT_NOTE_NS : INVOICE_NS, 'xmlns:cac': CAC, 'xmlns:cbc': CBC },
    cbc('CustomizationID', CUSTOMIZATION_ID),
    cbc('ProfileID', PROFILE_ID),
    cbc('ID', src.number),
    cbc('IssueDate', src.issueDate),
    credit ? null : cbc('DueDate', src.dueDate),
    cbc(credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode', credit ? '381' : '380'),
    notes.map((n) => el('cbc:Note', null, n)),
    cbc('DocumentCurrencyCode', 'SEK'),
    cbc('BuyerReference', src.buyerReference?.trim() || src.projectReference),
    src.credit
      ? cac('BillingReference', cac('InvoiceDocumentReference', cbc('ID', src.credit.originalNumber), cbc('IssueDate', src.credit.originalDate)))
      : null,
    !credit && src.projectReference ? cac('ProjectReference', cbc('ID', src.projectReference)) : null,
    supplier,
    customer,
    paymentMeans,
    !credit && src.paymentTerms ? cac('PaymentTerms', cbc('Note', src.paymentTerms)) : null,
    taxTotal,
    monetary,
    lines,
  );
}

/** The UBL document as UTF-8 XML text. */
export function ublXml(src: UblSource): string {
  return serialize(ublTree(src));
}
