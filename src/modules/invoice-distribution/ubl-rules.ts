// Checks of a Peppol BIS Billing 3.0 document that run offline (pure): the UBL 2.1 schema's element
// order and cardinality for every element this system writes (UBL_STRUCTURE, taken from the
// UBL 2.1 XSDs' sequences), and the EN 16931 and Peppol business rules this system's documents
// can break, each a function of the parsed document (RULES). The official rules are Schematron
// (XSLT 2), which has no runner in this project's dependencies; these are the same rules written
// out, with the official ids, so a failure names the rule a Peppol access point would name.
import { Decimal } from 'decimal.js';
import { all, kids, localName, parseXml, text, textOf, type XmlElement, XmlSyntaxError } from './xml.js';
import { CUSTOMIZATION_ID, CREDIT_NOTE_NS, INVOICE_NS, PROFILE_ID } from './ubl.js';

export interface RuleFailure {
  rule: string;
  message: string;
}

type Occurs = [min: number, max: number];
const ONE: Occurs = [1, 1];
const OPT: Occurs = [0, 1];
const ANY: Occurs = [0, Number.POSITIVE_INFINITY];
const MANY: Occurs = [1, Number.POSITIVE_INFINITY];

/**
 * For each aggregate (by local name, the document roots by name), its children in schema order
 * with their cardinality: the UBL 2.1 sequence restricted to the elements written here. A child
 * not listed is reported as not allowed (this system writes no other).
 */
const PARTY: [string, Occurs][] = [
  ['EndpointID', OPT],
  ['PartyIdentification', ANY],
  ['PartyName', ANY],
  ['PostalAddress', OPT],
  ['PartyTaxScheme', ANY],
  ['PartyLegalEntity', ANY],
  ['Contact', OPT],
];
const DOC_HEAD: [string, Occurs][] = [
  ['UBLVersionID', OPT],
  ['CustomizationID', OPT],
  ['ProfileID', OPT],
  ['ID', ONE],
  ['IssueDate', ONE],
];
const DOC_TAIL: [string, Occurs][] = [
  ['AccountingSupplierParty', ONE],
  ['AccountingCustomerParty', ONE],
  ['PayeeParty', OPT],
  ['Delivery', ANY],
  ['PaymentMeans', ANY],
  ['PaymentTerms', ANY],
  ['AllowanceCharge', ANY],
  ['TaxTotal', ANY],
  ['LegalMonetaryTotal', ONE],
];
export const UBL_STRUCTURE: Record<string, [string, Occurs][]> = {
  Invoice: [
    ...DOC_HEAD,
    ['DueDate', OPT],
    ['InvoiceTypeCode', OPT],
    ['Note', ANY],
    ['DocumentCurrencyCode', OPT],
    ['BuyerReference', OPT],
    ['OrderReference', OPT],
    ['BillingReference', ANY],
    ['ProjectReference', ANY],
    ...DOC_TAIL,
    ['InvoiceLine', MANY],
  ],
  CreditNote: [
    ...DOC_HEAD,
    ['CreditNoteTypeCode', OPT],
    ['Note', ANY],
    ['DocumentCurrencyCode', OPT],
    ['BuyerReference', OPT],
    ['OrderReference', OPT],
    ['BillingReference', ANY],
    ...DOC_TAIL,
    ['CreditNoteLine', MANY],
  ],
  BillingReference: [['InvoiceDocumentReference', OPT]],
  InvoiceDocumentReference: [
    ['ID', ONE],
    ['IssueDate', OPT],
  ],
  ProjectReference: [['ID', ONE]],
  AccountingSupplierParty: [['Party', OPT]],
  AccountingCustomerParty: [['Party', OPT]],
  Party: PARTY,
  PartyName: [['Name', ONE]],
  PostalAddress: [
    ['StreetName', OPT],
    ['AdditionalStreetName', OPT],
    ['CityName', OPT],
    ['PostalZone', OPT],
    ['Country', OPT],
  ],
  Country: [['IdentificationCode', OPT]],
  PartyTaxScheme: [
    ['CompanyID', OPT],
    ['TaxScheme', ONE],
  ],
  TaxScheme: [['ID', OPT]],
  PartyLegalEntity: [
    ['RegistrationName', OPT],
    ['CompanyID', OPT],
    ['CompanyLegalForm', OPT],
  ],
  Contact: [
    ['Name', OPT],
    ['Telephone', OPT],
    ['ElectronicMail', OPT],
  ],
  PaymentMeans: [
    ['PaymentMeansCode', ONE],
    ['PaymentDueDate', OPT],
    ['PaymentID', ANY],
    ['PayeeFinancialAccount', OPT],
  ],
  PayeeFinancialAccount: [
    ['ID', OPT],
    ['Name', OPT],
    ['FinancialInstitutionBranch', OPT],
  ],
  FinancialInstitutionBranch: [['ID', OPT]],
  PaymentTerms: [['Note', ANY]],
  TaxTotal: [
    ['TaxAmount', ONE],
    ['TaxSubtotal', ANY],
  ],
  TaxSubtotal: [
    ['TaxableAmount', OPT],
    ['TaxAmount', ONE],
    ['TaxCategory', ONE],
  ],
  TaxCategory: [
    ['ID', OPT],
    ['Percent', OPT],
    ['TaxExemptionReasonCode', OPT],
    ['TaxExemptionReason', ANY],
    ['TaxScheme', ONE],
  ],
  ClassifiedTaxCategory: [
    ['ID', OPT],
    ['Percent', OPT],
    ['TaxScheme', ONE],
  ],
  LegalMonetaryTotal: [
    ['LineExtensionAmount', OPT],
    ['TaxExclusiveAmount', OPT],
    ['TaxInclusiveAmount', OPT],
    ['AllowanceTotalAmount', OPT],
    ['ChargeTotalAmount', OPT],
    ['PrepaidAmount', OPT],
    ['PayableRoundingAmount', OPT],
    ['PayableAmount', ONE],
  ],
  InvoiceLine: [
    ['ID', ONE],
    ['Note', ANY],
    ['InvoicedQuantity', OPT],
    ['LineExtensionAmount', ONE],
    ['AllowanceCharge', ANY],
    ['Item', ONE],
    ['Price', OPT],
  ],
  CreditNoteLine: [
    ['ID', ONE],
    ['Note', ANY],
    ['CreditedQuantity', OPT],
    ['LineExtensionAmount', OPT],
    ['AllowanceCharge', ANY],
    ['Item', ONE],
    ['Price', OPT],
  ],
  Item: [
    ['Description', ANY],
    ['Name', OPT],
    ['SellersItemIdentification', OPT],
    ['ClassifiedTaxCategory', ANY],
  ],
  SellersItemIdentification: [['ID', ONE]],
  Price: [
    ['PriceAmount', ONE],
    ['BaseQuantity', OPT],
  ],
};

/** Order and cardinality of every aggregate's children against UBL_STRUCTURE. */
export function checkStructure(root: XmlElement): RuleFailure[] {
  const out: RuleFailure[] = [];
  const visit = (e: XmlElement, path: string) => {
    const spec = UBL_STRUCTURE[localName(e.name)];
    const children = kids(e);
    if (!spec) {
      if (children.length) out.push({ rule: 'UBL-SCHEMA', message: `${path}: ${localName(e.name)} has child elements this check does not know.` });
      return;
    }
    let pos = 0;
    for (const [name, [min, max]] of spec) {
      let n = 0;
      while (pos < children.length && localName(children[pos]!.name) === name) {
        n++;
        pos++;
      }
      if (n < min) out.push({ rule: 'UBL-SCHEMA', message: `${path}: ${name} is required (at least ${min}).` });
      if (n > max) out.push({ rule: 'UBL-SCHEMA', message: `${path}: ${name} occurs ${n} times (at most ${max}).` });
    }
    if (pos < children.length) out.push({ rule: 'UBL-SCHEMA', message: `${path}: ${localName(children[pos]!.name)} is not allowed here (or out of order).` });
    const seen = new Map<string, number>();
    for (const c of children) {
      const name = localName(c.name);
      seen.set(name, (seen.get(name) ?? 0) + 1);
      visit(c, `${path}/${name}${seen.get(name)! > 1 ? `[${seen.get(name)}]` : ''}`);
    }
  };
  visit(root, localName(root.name));
  return out;
}

/** What the rules see: the root, and whether it is a credit note. */
interface Doc {
  root: XmlElement;
  credit: boolean;
  lines: XmlElement[];
}

const D = (s: string | null | undefined): Decimal | null => {
  if (s == null || !/^-?\d+(\.\d+)?$/.test(s.trim())) return null;
  return new Decimal(s.trim());
};
const sum = (xs: (Decimal | null)[]) => xs.reduce<Decimal>((s, x) => s.plus(x ?? 0), new Decimal(0));
const amountAt = (e: XmlElement, path: string) => D(text(e, path));
const present = (e: XmlElement, path: string) => !!text(e, path);
const eq = (a: Decimal | null, b: Decimal | null) => a !== null && b !== null && a.equals(b);

/** Monetary amounts (every element with a currencyID but prices) have at most two decimals. */
const AMOUNT_ELEMENTS = new Set([
  'LineExtensionAmount',
  'TaxExclusiveAmount',
  'TaxInclusiveAmount',
  'AllowanceTotalAmount',
  'ChargeTotalAmount',
  'PrepaidAmount',
  'PayableRoundingAmount',
  'PayableAmount',
  'TaxAmount',
  'TaxableAmount',
]);

function walk(e: XmlElement, f: (e: XmlElement) => void): void {
  f(e);
  for (const c of kids(e)) walk(c, f);
}

/** VAT breakdowns: category, rate, taxable amount, VAT. */
function breakdowns(d: Doc) {
  return all(d.root, 'TaxTotal/TaxSubtotal').map((s) => ({
    category: text(s, 'TaxCategory/ID'),
    percent: D(text(s, 'TaxCategory/Percent')),
    taxable: amountAt(s, 'TaxableAmount'),
    vat: amountAt(s, 'TaxAmount'),
    reasonCode: text(s, 'TaxCategory/TaxExemptionReasonCode'),
    reason: text(s, 'TaxCategory/TaxExemptionReason'),
  }));
}
const lineCategory = (l: XmlElement) => text(l, 'Item/ClassifiedTaxCategory/ID');
const lineRate = (l: XmlElement) => D(text(l, 'Item/ClassifiedTaxCategory/Percent'));
const lineAmount = (l: XmlElement) => amountAt(l, 'LineExtensionAmount');
const linesOf = (d: Doc, category: string, rate?: Decimal | null) =>
  d.lines.filter((l) => lineCategory(l) === category && (rate === undefined || eq(lineRate(l), rate ?? null)));
const categories = (d: Doc) => new Set(d.lines.map(lineCategory));
const sellerVat = (d: Doc) =>
  all(d.root, 'AccountingSupplierParty/Party/PartyTaxScheme').find((p) => text(p, 'TaxScheme/ID') === 'VAT' && present(p, 'CompanyID'));
const buyerVat = (d: Doc) =>
  all(d.root, 'AccountingCustomerParty/Party/PartyTaxScheme').find((p) => text(p, 'TaxScheme/ID') === 'VAT' && present(p, 'CompanyID'));
const money = (d: Doc, name: string) => amountAt(d.root, `LegalMonetaryTotal/${name}`);
const sellerCountry = (d: Doc) => text(d.root, 'AccountingSupplierParty/Party/PostalAddress/Country/IdentificationCode');

type Rule = { id: string; text: string; check: (d: Doc) => string[] };
const when = (cond: boolean, message: string) => (cond ? [] : [message]);

/**
 * The business rules checked, by id: EN 16931 (BR-…, BR-CO-…, per VAT category BR-S/Z/E/AE-…,
 * BR-DEC-…), Peppol BIS 3 (PEPPOL-EN16931-R…) and the Swedish national rules of BIS 3 (SE-R-…).
 */
export const RULES: Rule[] = [
  {
    id: 'BR-01',
    text: 'An invoice has a specification identifier (CustomizationID).',
    check: (d) => when(present(d.root, 'CustomizationID'), 'CustomizationID is missing.'),
  },
  { id: 'BR-02', text: 'An invoice has an invoice number.', check: (d) => when(present(d.root, 'ID'), 'ID is missing.') },
  {
    id: 'BR-03',
    text: 'An invoice has an issue date (YYYY-MM-DD).',
    check: (d) => when(/^\d{4}-\d{2}-\d{2}$/.test(text(d.root, 'IssueDate') ?? ''), 'IssueDate is missing or not YYYY-MM-DD.'),
  },
  {
    id: 'BR-04',
    text: 'An invoice has a type code (380 invoice, 381 credit note).',
    check: (d) =>
      when(text(d.root, d.credit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode') === (d.credit ? '381' : '380'), 'The type code is missing or not 380/381.'),
  },
  { id: 'BR-05', text: 'An invoice has a currency code.', check: (d) => when(present(d.root, 'DocumentCurrencyCode'), 'DocumentCurrencyCode is missing.') },
  {
    id: 'BR-06',
    text: "The seller's name is given.",
    check: (d) => when(present(d.root, 'AccountingSupplierParty/Party/PartyLegalEntity/RegistrationName'), "The seller's RegistrationName is missing."),
  },
  {
    id: 'BR-07',
    text: "The buyer's name is given.",
    check: (d) => when(present(d.root, 'AccountingCustomerParty/Party/PartyLegalEntity/RegistrationName'), "The buyer's RegistrationName is missing."),
  },
  {
    id: 'BR-08/BR-09',
    text: "The seller's postal address with its country code is given.",
    check: (d) => when(!!sellerCountry(d), "The seller's postal address or its country code is missing."),
  },
  {
    id: 'BR-10/BR-11',
    text: "The buyer's postal address with its country code is given.",
    check: (d) =>
      when(
        present(d.root, 'AccountingCustomerParty/Party/PostalAddress/Country/IdentificationCode'),
        "The buyer's postal address or its country code is missing.",
      ),
  },
  {
    id: 'BR-12..BR-15',
    text: 'The document totals are given: sum of line net amounts, total without VAT, total with VAT, amount due.',
    check: (d) =>
      ['LineExtensionAmount', 'TaxExclusiveAmount', 'TaxInclusiveAmount', 'PayableAmount']
        .filter((n) => money(d, n) === null)
        .map((n) => `LegalMonetaryTotal/${n} is missing.`),
  },
  { id: 'BR-16', text: 'An invoice has at least one line.', check: (d) => when(d.lines.length > 0, 'The document has no lines.') },
  {
    id: 'BR-21..BR-26',
    text: 'Every line has an identifier, a quantity with its unit, a net amount, an item name and a net price.',
    check: (d) =>
      d.lines.flatMap((l, i) => {
        const q = kids(l, d.credit ? 'CreditedQuantity' : 'InvoicedQuantity')[0];
        return [
          ...when(present(l, 'ID'), `line ${i + 1}: ID is missing.`),
          ...when(!!q && D(textOf(q)) !== null && !!q.attrs.unitCode, `line ${i + 1}: the quantity or its unit code is missing.`),
          ...when(lineAmount(l) !== null, `line ${i + 1}: LineExtensionAmount is missing.`),
          ...when(present(l, 'Item/Name'), `line ${i + 1}: the item name is missing.`),
          ...when(amountAt(l, 'Price/PriceAmount') !== null, `line ${i + 1}: the net price is missing.`),
        ];
      }),
  },
  {
    id: 'BR-27',
    text: 'An item net price is not negative.',
    check: (d) => d.lines.flatMap((l, i) => when(!amountAt(l, 'Price/PriceAmount')?.isNegative(), `line ${i + 1}: the net price is negative.`)),
  },
  {
    id: 'BR-CO-10',
    text: 'The sum of line net amounts equals the sum of the lines’ net amounts.',
    check: (d) => {
      const s = sum(d.lines.map(lineAmount));
      return when(eq(money(d, 'LineExtensionAmount'), s), `LineExtensionAmount ${money(d, 'LineExtensionAmount')} ≠ the lines' sum ${s.toFixed(2)}.`);
    },
  },
  {
    id: 'BR-CO-13',
    text: 'Total without VAT = sum of line net amounts − allowances + charges.',
    check: (d) => {
      const expected = (money(d, 'LineExtensionAmount') ?? new Decimal(0))
        .minus(money(d, 'AllowanceTotalAmount') ?? 0)
        .plus(money(d, 'ChargeTotalAmount') ?? 0);
      return when(eq(money(d, 'TaxExclusiveAmount'), expected), `TaxExclusiveAmount ${money(d, 'TaxExclusiveAmount')} ≠ ${expected.toFixed(2)}.`);
    },
  },
  {
    id: 'BR-CO-14',
    text: 'The invoice VAT total is the sum of the VAT breakdowns’ VAT.',
    check: (d) => {
      const s = sum(breakdowns(d).map((b) => b.vat));
      const total = amountAt(d.root, 'TaxTotal/TaxAmount');
      return when(eq(total, s), `TaxTotal/TaxAmount ${total} ≠ the breakdowns' sum ${s.toFixed(2)}.`);
    },
  },
  {
    id: 'BR-CO-15',
    text: 'Total with VAT = total without VAT + VAT total.',
    check: (d) => {
      const expected = (money(d, 'TaxExclusiveAmount') ?? new Decimal(0)).plus(amountAt(d.root, 'TaxTotal/TaxAmount') ?? 0);
      return when(eq(money(d, 'TaxInclusiveAmount'), expected), `TaxInclusiveAmount ${money(d, 'TaxInclusiveAmount')} ≠ ${expected.toFixed(2)}.`);
    },
  },
  {
    id: 'BR-CO-16',
    text: 'Amount due = total with VAT − paid amount + rounding amount.',
    check: (d) => {
      const expected = (money(d, 'TaxInclusiveAmount') ?? new Decimal(0)).minus(money(d, 'PrepaidAmount') ?? 0).plus(money(d, 'PayableRoundingAmount') ?? 0);
      return when(eq(money(d, 'PayableAmount'), expected), `PayableAmount ${money(d, 'PayableAmount')} ≠ ${expected.toFixed(2)}.`);
    },
  },
  { id: 'BR-CO-18', text: 'There is at least one VAT breakdown.', check: (d) => when(breakdowns(d).length > 0, 'There is no VAT breakdown.') },
  {
    id: 'BR-CO-25',
    text: 'A positive amount due has a due date or payment terms.',
    check: (d) =>
      when(
        d.credit || !money(d, 'PayableAmount')?.greaterThan(0) || present(d.root, 'DueDate') || present(d.root, 'PaymentTerms/Note'),
        'A positive amount due needs a due date or payment terms.',
      ),
  },
  {
    id: 'BR-DEC',
    text: 'Document and VAT amounts have at most two decimals (BR-DEC-01…BR-DEC-23).',
    check: (d) => {
      const out: string[] = [];
      walk(d.root, (e) => {
        if (AMOUNT_ELEMENTS.has(localName(e.name)) && !/^-?\d+(\.\d{1,2})?$/.test(textOf(e).trim()))
          out.push(`${localName(e.name)} "${textOf(e)}" has more than two decimals or is no number.`);
      });
      return out;
    },
  },
  {
    id: 'BR-S-08',
    text: 'Per standard-rated (S) VAT rate, the taxable amount is the sum of that rate’s line net amounts.',
    check: (d) =>
      breakdowns(d)
        .filter((b) => b.category === 'S')
        .flatMap((b) => {
          const s = sum(linesOf(d, 'S', b.percent).map(lineAmount));
          return when(eq(b.taxable, s), `S ${b.percent} %: TaxableAmount ${b.taxable} ≠ the lines' sum ${s.toFixed(2)}.`);
        }),
  },
  {
    id: 'BR-S-09',
    text: 'Per S rate, the VAT is the taxable amount × the rate, rounded to two decimals.',
    check: (d) =>
      breakdowns(d)
        .filter((b) => b.category === 'S' && b.taxable && b.percent)
        .flatMap((b) => {
          const expected = b.taxable!.times(b.percent!).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
          return when(eq(b.vat, expected), `S ${b.percent} %: TaxAmount ${b.vat} ≠ ${expected.toFixed(2)}.`);
        }),
  },
  {
    id: 'BR-S-01',
    text: 'Lines with VAT category S have an S breakdown for their rate.',
    check: (d) =>
      linesOf(d, 'S').flatMap((l) =>
        when(
          breakdowns(d).some((b) => b.category === 'S' && eq(b.percent, lineRate(l))),
          `line ${text(l, 'ID')}: no S breakdown for ${lineRate(l)} %.`,
        ),
      ),
  },
  {
    id: 'BR-S-02',
    text: 'An invoice with S lines has the seller’s VAT identifier.',
    check: (d) => when(!categories(d).has('S') || !!sellerVat(d), "Standard-rated lines need the seller's VAT number."),
  },
  {
    id: 'BR-S-05',
    text: 'An S line’s VAT rate is greater than zero.',
    check: (d) => linesOf(d, 'S').flatMap((l) => when(!!lineRate(l)?.greaterThan(0), `line ${text(l, 'ID')}: category S with rate ${lineRate(l)}.`)),
  },
  {
    id: 'BR-Z-08',
    text: 'The zero-rated (Z) taxable amount is the sum of Z lines, with VAT 0.',
    check: (d) =>
      breakdowns(d)
        .filter((b) => b.category === 'Z')
        .flatMap((b) => [
          ...when(eq(b.taxable, sum(linesOf(d, 'Z').map(lineAmount))), `Z: TaxableAmount ${b.taxable} ≠ the Z lines' sum.`),
          ...when(!!b.vat?.isZero(), 'Z: TaxAmount is not 0.'),
        ]),
  },
  {
    id: 'BR-E-08/BR-E-10',
    text: 'The exempt (E) taxable amount is the sum of E lines, VAT 0, with an exemption reason.',
    check: (d) =>
      breakdowns(d)
        .filter((b) => b.category === 'E')
        .flatMap((b) => [
          ...when(eq(b.taxable, sum(linesOf(d, 'E').map(lineAmount))), `E: TaxableAmount ${b.taxable} ≠ the E lines' sum.`),
          ...when(!!b.vat?.isZero(), 'E: TaxAmount is not 0.'),
          ...when(!!(b.reason || b.reasonCode), 'E: no exemption reason.'),
        ]),
  },
  {
    id: 'BR-AE-01',
    text: 'Reverse-charge (AE) lines have exactly one AE breakdown.',
    check: (d) => when(!categories(d).has('AE') || breakdowns(d).filter((b) => b.category === 'AE').length === 1, 'AE lines need exactly one AE breakdown.'),
  },
  {
    id: 'BR-AE-02',
    text: 'AE lines: the seller’s VAT identifier and the buyer’s VAT identifier or legal registration are given.',
    check: (d) =>
      when(
        !categories(d).has('AE') || (!!sellerVat(d) && (!!buyerVat(d) || present(d.root, 'AccountingCustomerParty/Party/PartyLegalEntity/CompanyID'))),
        "Reverse charge needs the seller's VAT number and the buyer's VAT number or organisation number.",
      ),
  },
  {
    id: 'BR-AE-08/BR-AE-09/BR-AE-10',
    text: 'The AE taxable amount is the sum of AE lines, VAT 0, with the exemption reason.',
    check: (d) =>
      breakdowns(d)
        .filter((b) => b.category === 'AE')
        .flatMap((b) => [
          ...when(eq(b.taxable, sum(linesOf(d, 'AE').map(lineAmount))), `AE: TaxableAmount ${b.taxable} ≠ the AE lines' sum.`),
          ...when(!!b.vat?.isZero(), 'AE: TaxAmount is not 0.'),
          ...when(!!(b.reason || b.reasonCode), 'AE: no exemption reason.'),
        ]),
  },
  {
    id: 'BR-61',
    text: 'A credit transfer (payment means 30 or 58) names the payee’s account.',
    check: (d) =>
      all(d.root, 'PaymentMeans')
        .filter((p) => ['30', '58'].includes(text(p, 'PaymentMeansCode') ?? ''))
        .flatMap((p) => when(present(p, 'PayeeFinancialAccount/ID'), 'A credit transfer without the payee account.')),
  },
  {
    id: 'PEPPOL-EN16931-R001',
    text: 'The business process (ProfileID) is given, in the Peppol format.',
    check: (d) => when(text(d.root, 'ProfileID') === PROFILE_ID, `ProfileID is not ${PROFILE_ID}.`),
  },
  {
    id: 'PEPPOL-EN16931-R003',
    text: 'A buyer reference or an order reference is given.',
    check: (d) => when(present(d.root, 'BuyerReference') || present(d.root, 'OrderReference/ID'), 'Neither BuyerReference nor OrderReference is given.'),
  },
  {
    id: 'PEPPOL-EN16931-R004',
    text: 'The specification identifier is Peppol BIS Billing 3.0’s.',
    check: (d) => when(text(d.root, 'CustomizationID') === CUSTOMIZATION_ID, `CustomizationID is not ${CUSTOMIZATION_ID}.`),
  },
  {
    id: 'PEPPOL-EN16931-R010',
    text: "The buyer's electronic address (EndpointID with its scheme) is given.",
    check: (d) => {
      const e = all(d.root, 'AccountingCustomerParty/Party/EndpointID')[0];
      return when(!!e && !!textOf(e).trim() && !!e.attrs.schemeID, "The buyer's EndpointID or its schemeID is missing.");
    },
  },
  {
    id: 'PEPPOL-EN16931-R020',
    text: "The seller's electronic address (EndpointID with its scheme) is given.",
    check: (d) => {
      const e = all(d.root, 'AccountingSupplierParty/Party/EndpointID')[0];
      return when(!!e && !!textOf(e).trim() && !!e.attrs.schemeID, "The seller's EndpointID or its schemeID is missing.");
    },
  },
  {
    id: 'PEPPOL-EN16931-R053',
    text: 'Only one TaxTotal, and it has the VAT breakdowns.',
    check: (d) =>
      when(all(d.root, 'TaxTotal').filter((t) => kids(t, 'TaxSubtotal').length > 0).length === 1, 'There must be exactly one TaxTotal with TaxSubtotal.'),
  },
  {
    id: 'PEPPOL-EN16931-R120',
    text: 'A line net amount = quantity × (net price ÷ base quantity) + charges − allowances (within 0.02).',
    check: (d) =>
      d.lines.flatMap((l) => {
        const q = D(text(l, d.credit ? 'CreditedQuantity' : 'InvoicedQuantity'));
        const p = amountAt(l, 'Price/PriceAmount');
        const base = amountAt(l, 'Price/BaseQuantity') ?? new Decimal(1);
        const amount = lineAmount(l);
        if (!q || !p || !amount || base.isZero()) return [];
        const expected = q.times(p.dividedBy(base));
        return when(amount.minus(expected).abs().lessThanOrEqualTo(0.02), `line ${text(l, 'ID')}: ${amount} ≠ ${q} × ${p} = ${expected.toFixed(4)}.`);
      }),
  },
  {
    id: 'PEPPOL-EN16931-R121',
    text: 'A base quantity, when given, is positive.',
    check: (d) =>
      d.lines.flatMap((l) => when(!(amountAt(l, 'Price/BaseQuantity')?.lessThanOrEqualTo(0) ?? false), `line ${text(l, 'ID')}: base quantity not positive.`)),
  },
  {
    id: 'SE-R-001/SE-R-002',
    text: 'A Swedish seller’s VAT number is SE + 10 digits + 01 (14 characters).',
    check: (d) => {
      const v = sellerVat(d) ? text(sellerVat(d)!, 'CompanyID') : null;
      return when(sellerCountry(d) !== 'SE' || !v || /^SE\d{10}01$/.test(v), `The seller's VAT number ${v} is not SE + 10 digits + 01.`);
    },
  },
  {
    id: 'SE-R-003/SE-R-004',
    text: 'A Swedish seller’s organisation number is 10 digits.',
    check: (d) => {
      const v = text(d.root, 'AccountingSupplierParty/Party/PartyLegalEntity/CompanyID');
      return when(sellerCountry(d) !== 'SE' || !v || /^\d{10}$/.test(v), `The seller's organisation number ${v} is not 10 digits.`);
    },
  },
  {
    id: 'SE-R-005',
    text: 'A Swedish seller’s tax registration other than VAT says "Godkänd för F-skatt".',
    check: (d) =>
      all(d.root, 'AccountingSupplierParty/Party/PartyTaxScheme')
        .filter((p) => text(p, 'TaxScheme/ID') !== 'VAT')
        .flatMap((p) =>
          when(sellerCountry(d) !== 'SE' || text(p, 'CompanyID') === 'Godkänd för F-skatt', 'The F-skatt registration must read "Godkänd för F-skatt".'),
        ),
  },
  {
    id: 'SE-R-006',
    text: 'A Swedish seller’s standard VAT rates are 25, 12 or 6 %.',
    check: (d) =>
      breakdowns(d)
        .filter((b) => b.category === 'S')
        .flatMap((b) =>
          when(sellerCountry(d) !== 'SE' || [25, 12, 6].some((r) => eq(b.percent, new Decimal(r))), `S rate ${b.percent} % is not a Swedish rate.`),
        ),
  },
  {
    id: 'SE-R-007..SE-R-010',
    text: 'Bankgiro (7–8 digits) and PlusGiro (2–8 digits) accounts are digits, with payment means 30.',
    check: (d) =>
      all(d.root, 'PaymentMeans').flatMap((p) => {
        const branch = text(p, 'PayeeFinancialAccount/FinancialInstitutionBranch/ID');
        const id = text(p, 'PayeeFinancialAccount/ID') ?? '';
        if (branch === 'SE:BANKGIRO')
          return when(/^\d{7,8}$/.test(id) && text(p, 'PaymentMeansCode') === '30', `Bankgiro ${id} is not 7–8 digits with payment means 30.`);
        if (branch === 'SE:PLUSGIRO')
          return when(/^\d{2,8}$/.test(id) && text(p, 'PaymentMeansCode') === '30', `PlusGiro ${id} is not 2–8 digits with payment means 30.`);
        return [];
      }),
  },
];

/** Every failure of a document: unreadable XML, the wrong root, the structure, then the rules in order. */
export function checkUbl(xml: string): RuleFailure[] {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (err) {
    if (err instanceof XmlSyntaxError) return [{ rule: 'XML', message: err.message }];
    throw err;
  }
  const credit = root.name === 'CreditNote';
  const ns = root.attrs.xmlns;
  if (!(root.name === 'Invoice' && ns === INVOICE_NS) && !(credit && ns === CREDIT_NOTE_NS))
    return [{ rule: 'UBL-SCHEMA', message: `The root is ${root.name} in ${ns ?? 'no namespace'}, not a UBL 2.1 Invoice or CreditNote.` }];
  const doc: Doc = { root, credit, lines: kids(root, credit ? 'CreditNoteLine' : 'InvoiceLine') };
  return [...checkStructure(root), ...RULES.flatMap((r) => r.check(doc).map((message) => ({ rule: r.id, message })))];
}
