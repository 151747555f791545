// Peppol BIS Billing 3.0 documents (UBL 2.1) built from invoice values, and the offline checks
// they must pass: the UBL element order and cardinality, the EN 16931, Peppol and Swedish rules.
// Every rule is shown to catch the fault it exists for.
import { describe, expect, it } from 'vitest';
import { type UblSource, ublXml, unitCode, netPrice } from '../../src/modules/invoice-distribution/ubl.js';
import { checkUbl, RULES } from '../../src/modules/invoice-distribution/ubl-rules.js';
import { escapeAttr, escapeText, parseXml, text, all } from '../../src/modules/invoice-distribution/xml.js';

const seller: UblSource['seller'] = {
  name: 'Bygg & Son AB',
  street: 'Storgatan 1',
  additionalStreet: null,
  city: 'Umeå',
  postcode: '903 25',
  countryCode: 'SE',
  organisationNumber: '5560000001',
  vatNumber: 'SE556000000101',
  email: 'faktura@bygg.example',
  phone: '090-123 45',
  fSkatt: true,
  registeredOffice: 'Umeå',
  bankgiro: '56781234',
  plusgiro: null,
  iban: 'SE4550000000058398257466',
  bic: 'ESSESESS',
};
const companyBuyer: UblSource['buyer'] = {
  name: 'Kund <Fastigheter> AB',
  street: 'Kungsgatan 2',
  additionalStreet: null,
  city: 'Stockholm',
  postcode: '111 22',
  countryCode: 'SE',
  organisationNumber: '5561234567',
  vatNumber: 'SE556123456701',
  email: 'ap@kund.example',
  phone: null,
};

const normal: UblSource = {
  language: 'sv',
  isCredit: false,
  number: '1001',
  issueDate: '2026-12-01',
  dueDate: '2026-12-31',
  buyerReference: 'Anna Beställare',
  projectReference: '10001',
  ocrReference: '10016',
  credit: null,
  seller,
  buyer: companyBuyer,
  paymentTerms: '30 dagar netto',
  vatMode: 'NORMAL',
  noVatReason: null,
  lines: [
    {
      description: 'Snickeri',
      code: 'ARB',
      quantity: '8',
      unit: 'tim',
      unitPrice: '550.00',
      markupPercent: null,
      discountPercent: null,
      vatRate: '25',
      amount: '4400.00',
    },
    {
      description: 'Virke',
      code: null,
      quantity: '3.5',
      unit: 'm',
      unitPrice: '99.90',
      markupPercent: '10',
      discountPercent: '5',
      vatRate: '25',
      amount: '365.38',
    },
    {
      description: 'Livsmedel',
      code: null,
      quantity: '1',
      unit: 'st',
      unitPrice: '100.00',
      markupPercent: null,
      discountPercent: null,
      vatRate: '12',
      amount: '100.00',
    },
  ],
  vatGroups: [
    { rate: '25', base: '4765.38', vat: '1191.35' },
    { rate: '12', base: '100.00', vat: '12.00' },
  ],
  subtotal: '4865.38',
  vatAmount: '1203.35',
  total: '6068.73',
  rounding: '0.27',
  taxReduction: null,
  amountToPay: '6069.00',
};

const reverseCharge: UblSource = {
  ...normal,
  number: '1002',
  vatMode: 'REVERSE_CHARGE',
  lines: [normal.lines[0]!],
  vatGroups: [{ rate: '25', base: '4400.00', vat: '0' }],
  subtotal: '4400.00',
  vatAmount: '0.00',
  total: '4400.00',
  rounding: '0.00',
  amountToPay: '4400.00',
};

const rot: UblSource = {
  ...normal,
  number: '1003',
  buyer: { ...companyBuyer, name: 'Anna Andersson', organisationNumber: null, vatNumber: null, email: 'anna@example.com' },
  buyerReference: null,
  lines: [
    {
      description: 'Badrumsrenovering, arbete',
      code: null,
      quantity: '20',
      unit: 'tim',
      unitPrice: '600.00',
      markupPercent: null,
      discountPercent: null,
      vatRate: '25',
      amount: '12000.00',
    },
    {
      description: 'Kakel',
      code: null,
      quantity: '12',
      unit: 'm2',
      unitPrice: '333.33',
      markupPercent: null,
      discountPercent: null,
      vatRate: '25',
      amount: '3999.96',
    },
  ],
  vatGroups: [{ rate: '25', base: '15999.96', vat: '3999.99' }],
  subtotal: '15999.96',
  vatAmount: '3999.99',
  total: '19999.95',
  rounding: '0.05',
  taxReduction: {
    type: 'ROT',
    amount: '4500',
    buyers: [{ name: 'Anna Andersson', personalIdentityNumber: '19800101-1234', home: 'Umeå Stad 1:2' }],
  },
  amountToPay: '15500.00',
};

const creditNote: UblSource = {
  ...normal,
  number: '1004',
  isCredit: true,
  dueDate: null,
  ocrReference: null,
  credit: { originalNumber: '1001', originalDate: '2026-12-01', reason: 'Fel antal timmar' },
  lines: [{ ...normal.lines[0]!, quantity: '-8', amount: '-4400.00' }],
  vatGroups: [{ rate: '25', base: '-4400.00', vat: '-1100.00' }],
  subtotal: '-4400.00',
  vatAmount: '-1100.00',
  total: '-5500.00',
  rounding: '0.00',
  amountToPay: '-5500.00',
};

const noVat: UblSource = {
  ...reverseCharge,
  number: '1005',
  vatMode: 'NO_VAT',
  noVatReason: 'Försäljning utanför EU',
};

describe('generated documents pass every check', () => {
  it.each([
    ['a normal invoice (two rates, markup and discount, rounding)', normal],
    ['a reverse-charge invoice', reverseCharge],
    ['a ROT invoice to a private buyer (prepaid amount)', rot],
    ['a credit note', creditNote],
    ['a VAT-free invoice', noVat],
  ])('%s', (_name, src) => {
    const xml = ublXml(src);
    expect(checkUbl(xml)).toEqual([]);
  });

  it('the normal invoice says what BIS needs', () => {
    const doc = parseXml(ublXml(normal));
    expect(doc.name).toBe('Invoice');
    expect(text(doc, 'CustomizationID')).toBe('urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0');
    expect(text(doc, 'ProfileID')).toBe('urn:fdc:peppol.eu:2017:poacc:billing:01:1.0');
    expect(all(doc, 'AccountingSupplierParty/Party/EndpointID')[0]!.attrs.schemeID).toBe('0007');
    expect(text(doc, 'AccountingSupplierParty/Party/EndpointID')).toBe('5560000001');
    expect(text(doc, 'AccountingCustomerParty/Party/PartyName/Name')).toBe('Kund <Fastigheter> AB');
    expect(
      all(doc, 'PaymentMeans').map((p) => [
        text(p, 'PaymentMeansCode'),
        text(p, 'PaymentID'),
        text(p, 'PayeeFinancialAccount/ID'),
        text(p, 'PayeeFinancialAccount/FinancialInstitutionBranch/ID'),
      ]),
    ).toEqual([
      ['30', '10016', '56781234', 'SE:BANKGIRO'],
      ['30', '10016', 'SE4550000000058398257466', 'ESSESESS'],
    ]);
    expect(
      all(doc, 'TaxTotal/TaxSubtotal').map((s) => [text(s, 'TaxCategory/ID'), text(s, 'TaxCategory/Percent'), text(s, 'TaxableAmount'), text(s, 'TaxAmount')]),
    ).toEqual([
      ['S', '25', '4765.38', '1191.35'],
      ['S', '12', '100.00', '12.00'],
    ]);
    expect(text(doc, 'LegalMonetaryTotal/PayableRoundingAmount')).toBe('0.27');
    expect(text(doc, 'LegalMonetaryTotal/PayableAmount')).toBe('6069.00');
    // The net price with markup and discount, exact: 99.90 × 1.10 × 0.95.
    expect(text(all(doc, 'InvoiceLine')[1]!, 'Price/PriceAmount')).toBe('104.3955');
    expect(all(doc, 'InvoiceLine/InvoicedQuantity').map((q) => q.attrs.unitCode)).toEqual(['HUR', 'MTR', 'H87']);
    const fskatt = all(doc, 'AccountingSupplierParty/Party/PartyTaxScheme').map((p) => [text(p, 'CompanyID'), text(p, 'TaxScheme/ID')]);
    expect(fskatt).toEqual([
      ['SE556000000101', 'VAT'],
      ['Godkänd för F-skatt', 'TAX'],
    ]);
  });

  it('reverse charge is one AE breakdown with the exemption reason and both VAT numbers', () => {
    const doc = parseXml(ublXml(reverseCharge));
    expect(
      all(doc, 'TaxTotal/TaxSubtotal').map((s) => [
        text(s, 'TaxCategory/ID'),
        text(s, 'TaxCategory/Percent'),
        text(s, 'TaxCategory/TaxExemptionReasonCode'),
        text(s, 'TaxCategory/TaxExemptionReason'),
      ]),
    ).toEqual([['AE', '0', 'VATEX-EU-AE', 'Omvänd betalningsskyldighet']]);
    expect(text(doc, 'AccountingCustomerParty/Party/PartyTaxScheme/CompanyID')).toBe('SE556123456701');
  });

  it('ROT: the reduction is the prepaid amount, the private buyer is reached by e-mail, the project is the buyer reference', () => {
    const doc = parseXml(ublXml(rot));
    expect(text(doc, 'LegalMonetaryTotal/PrepaidAmount')).toBe('4500.00');
    expect(text(doc, 'LegalMonetaryTotal/PayableAmount')).toBe('15500.00');
    expect(text(doc, 'BuyerReference')).toBe('10001');
    expect(all(doc, 'AccountingCustomerParty/Party/EndpointID')[0]!.attrs.schemeID).toBe('EM');
    expect(all(doc, 'Note').map((n) => n.children.join(''))).toEqual([
      'Skattereduktion (ROT) 4500.00 SEK begärs från Skatteverket och betalas inte av köparen; den står som förutbetalt belopp.',
      'Köpare: Anna Andersson (19800101-1234), Umeå Stad 1:2',
    ]);
  });

  it('a credit note is a CreditNote with positive amounts, referring to the original', () => {
    const doc = parseXml(ublXml(creditNote));
    expect(doc.name).toBe('CreditNote');
    expect(text(doc, 'CreditNoteTypeCode')).toBe('381');
    expect(text(doc, 'BillingReference/InvoiceDocumentReference/ID')).toBe('1001');
    expect(text(doc, 'CreditNoteLine/CreditedQuantity')).toBe('8');
    expect(text(doc, 'LegalMonetaryTotal/PayableAmount')).toBe('5500.00');
    expect(all(doc, 'PaymentMeans')).toEqual([]);
  });
});

/** Applies a text change to a generated document, failing when the change does not apply. */
function tamper(xml: string, from: string | RegExp, to: string): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`tamper: ${from} not found`);
  return out;
}
const rules = (xml: string) => [...new Set(checkUbl(xml).map((f) => f.rule))];

describe('invalid documents are caught, each by its rule', () => {
  const base = ublXml(normal);
  it.each([
    [
      'a line amount off by one öre (the lines no longer add up)',
      tamper(base, '<cbc:LineExtensionAmount currencyID="SEK">4400.00<', '<cbc:LineExtensionAmount currencyID="SEK">4400.01<'),
      ['BR-CO-10', 'BR-S-08'],
    ],
    ['no BuyerReference', tamper(base, /\s*<cbc:BuyerReference>[^<]*<\/cbc:BuyerReference>/, ''), ['PEPPOL-EN16931-R003']],
    ['the wrong CustomizationID', tamper(base, 'poacc:billing:3.0<', 'poacc:billing:2.0<'), ['PEPPOL-EN16931-R004']],
    ['the wrong ProfileID', tamper(base, 'billing:01:1.0<', 'billing:02:1.0<'), ['PEPPOL-EN16931-R001']],
    ['no invoice number', tamper(base, '<cbc:ID>1001</cbc:ID>', '<cbc:ID></cbc:ID>'), ['BR-02']],
    ['a bad issue date', tamper(base, '<cbc:IssueDate>2026-12-01<', '<cbc:IssueDate>1/12/2026<'), ['BR-03']],
    ['the wrong type code', tamper(base, '<cbc:InvoiceTypeCode>380<', '<cbc:InvoiceTypeCode>999<'), ['BR-04']],
    ['no currency', tamper(base, /\s*<cbc:DocumentCurrencyCode>SEK<\/cbc:DocumentCurrencyCode>/, ''), ['BR-05']],
    [
      'elements out of schema order (DueDate after the type code)',
      tamper(
        tamper(base, /\s*<cbc:DueDate>2026-12-31<\/cbc:DueDate>/, ''),
        '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>',
        '<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode><cbc:DueDate>2026-12-31</cbc:DueDate>',
      ),
      ['UBL-SCHEMA'],
    ],
    [
      'two LegalMonetaryTotals',
      tamper(
        base,
        '<cac:LegalMonetaryTotal>',
        '<cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="SEK">1</cbc:PayableAmount></cac:LegalMonetaryTotal><cac:LegalMonetaryTotal>',
      ),
      ['UBL-SCHEMA', 'BR-CO-16'],
    ],
    [
      'the VAT total differs from the breakdowns',
      tamper(base, '<cbc:TaxAmount currencyID="SEK">1203.35<', '<cbc:TaxAmount currencyID="SEK">1203.36<'),
      ['BR-CO-14', 'BR-CO-15'],
    ],
    [
      'the VAT of a rate miscalculated',
      tamper(base, '<cbc:TaxAmount currencyID="SEK">12.00<', '<cbc:TaxAmount currencyID="SEK">12.01<'),
      ['BR-CO-14', 'BR-S-09'],
    ],
    ['the amount due differs', tamper(base, '<cbc:PayableAmount currencyID="SEK">6069.00<', '<cbc:PayableAmount currencyID="SEK">6068.73<'), ['BR-CO-16']],
    [
      'three decimals on an amount',
      tamper(base, '<cbc:PayableRoundingAmount currencyID="SEK">0.27<', '<cbc:PayableRoundingAmount currencyID="SEK">0.270<'),
      ['BR-DEC'],
    ],
    ['no seller endpoint', tamper(base, /<cbc:EndpointID schemeID="0007">5560000001<\/cbc:EndpointID>/, ''), ['PEPPOL-EN16931-R020']],
    ['no buyer endpoint', tamper(base, /<cbc:EndpointID schemeID="0007">5561234567<\/cbc:EndpointID>/, ''), ['PEPPOL-EN16931-R010']],
    [
      'quantity × price off the line amount',
      tamper(base, '<cbc:PriceAmount currencyID="SEK">550.00<', '<cbc:PriceAmount currencyID="SEK">550.01<'),
      ['PEPPOL-EN16931-R120'],
    ],
    [
      'a negative net price',
      tamper(base, '<cbc:PriceAmount currencyID="SEK">100.00<', '<cbc:PriceAmount currencyID="SEK">-100.00<'),
      ['BR-27', 'PEPPOL-EN16931-R120'],
    ],
    [
      'no seller VAT number with standard-rated lines',
      tamper(
        base,
        /<cac:PartyTaxScheme>\s*<cbc:CompanyID>SE556000000101<\/cbc:CompanyID>\s*<cac:TaxScheme>\s*<cbc:ID>VAT<\/cbc:ID>\s*<\/cac:TaxScheme>\s*<\/cac:PartyTaxScheme>/,
        '',
      ),
      ['BR-S-02'],
    ],
    ['a malformed Swedish VAT number', tamper(base, '>SE556000000101<', '>SE5560000001<'), ['SE-R-001/SE-R-002']],
    [
      'a malformed organisation number',
      tamper(base, '<cbc:CompanyID schemeID="0007">5560000001<', '<cbc:CompanyID schemeID="0007">556000-0001<'),
      ['SE-R-003/SE-R-004'],
    ],
    ['the F-skatt text changed', tamper(base, '>Godkänd för F-skatt<', '>F-skatt<'), ['SE-R-005']],
    ['a bankgiro that is not 7–8 digits', tamper(base, '<cbc:ID>56781234</cbc:ID>', '<cbc:ID>5678-1234</cbc:ID>'), ['SE-R-007..SE-R-010']],
    ['a credit transfer without the account', tamper(base, '<cbc:ID>56781234</cbc:ID>', ''), ['BR-61', 'SE-R-007..SE-R-010']],
    [
      'no due date and no payment terms',
      tamper(tamper(base, /\s*<cbc:DueDate>2026-12-31<\/cbc:DueDate>/, ''), /\s*<cac:PaymentTerms>[\s\S]*?<\/cac:PaymentTerms>/, ''),
      ['BR-CO-25'],
    ],
    [
      'a standard rate that is not Swedish',
      tamper(
        tamper(base, /<cbc:Percent>12<\/cbc:Percent>/g, '<cbc:Percent>13</cbc:Percent>'),
        '<cbc:TaxAmount currencyID="SEK">12.00<',
        '<cbc:TaxAmount currencyID="SEK">13.00<',
      ),
      ['BR-CO-14', 'SE-R-006'],
    ],
    ['no lines', tamper(base, /\s*<cac:InvoiceLine>[\s\S]*<\/cac:InvoiceLine>/, ''), ['UBL-SCHEMA', 'BR-16', 'BR-CO-10', 'BR-S-08']],
    ['not XML', '<Invoice><cbc:ID>1</Invoice>', ['XML']],
  ])('%s', (_name, xml, expected) => {
    expect(rules(xml)).toEqual(expected);
  });

  it('reverse charge without the buyer’s VAT or organisation number, and with VAT charged', () => {
    const rc = ublXml({ ...reverseCharge, buyer: { ...companyBuyer, vatNumber: null, organisationNumber: null } });
    expect(rules(rc)).toEqual(['BR-AE-02']);
    const charged = tamper(ublXml(reverseCharge), /<cbc:TaxAmount currencyID="SEK">0.00</g, '<cbc:TaxAmount currencyID="SEK">1100.00<');
    expect(rules(charged)).toEqual(['BR-CO-15', 'BR-AE-08/BR-AE-09/BR-AE-10']);
    const twoAe = tamper(
      ublXml(reverseCharge),
      '</cac:TaxSubtotal>',
      '</cac:TaxSubtotal><cac:TaxSubtotal><cbc:TaxableAmount currencyID="SEK">0.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="SEK">0.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>AE</cbc:ID><cbc:Percent>0</cbc:Percent><cbc:TaxExemptionReason>x</cbc:TaxExemptionReason><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>',
    );
    expect(rules(twoAe)).toEqual(['BR-AE-01', 'BR-AE-08/BR-AE-09/BR-AE-10']);
  });

  it('a VAT-free invoice without its reason', () => {
    const xml = tamper(ublXml(noVat), /<cbc:TaxExemptionReason>[^<]*<\/cbc:TaxExemptionReason>/, '');
    expect(rules(xml)).toEqual(['BR-E-08/BR-E-10']);
  });

  it('every rule in the table has a test above that trips it (no rule is unguarded)', () => {
    const tested = new Set([
      ...'BR-CO-10 BR-S-08 PEPPOL-EN16931-R003 PEPPOL-EN16931-R004 PEPPOL-EN16931-R001 BR-02 BR-03 BR-04 BR-05 BR-CO-14 BR-CO-15 BR-S-09 BR-CO-16 BR-DEC PEPPOL-EN16931-R020 PEPPOL-EN16931-R010 PEPPOL-EN16931-R120 BR-27 BR-S-02 SE-R-001/SE-R-002 SE-R-003/SE-R-004 SE-R-005 SE-R-007..SE-R-010 BR-61 BR-CO-25 SE-R-006 BR-16 BR-AE-02 BR-AE-08/BR-AE-09/BR-AE-10 BR-AE-01 BR-E-08/BR-E-10'.split(
        ' ',
      ),
    ]);
    const untested = RULES.map((r) => r.id).filter((id) => !tested.has(id));
    // Rules guarding elements the builder always writes, tripped here one by one.
    const base = ublXml(normal);
    const trips: Record<string, string> = {
      'BR-01': tamper(base, /<cbc:CustomizationID>[^<]*<\/cbc:CustomizationID>/, ''),
      'BR-06': tamper(base, '<cbc:RegistrationName>Bygg &amp; Son AB</cbc:RegistrationName>', ''),
      'BR-07': tamper(base, '<cbc:RegistrationName>Kund &lt;Fastigheter&gt; AB</cbc:RegistrationName>', ''),
      'BR-08/BR-09': tamper(base, '<cbc:IdentificationCode>SE</cbc:IdentificationCode>', ''),
      'BR-10/BR-11': tamper(base, /(<cac:AccountingCustomerParty>[\s\S]*?)<cbc:IdentificationCode>SE<\/cbc:IdentificationCode>/, '$1'),
      'BR-12..BR-15': tamper(base, /<cbc:TaxExclusiveAmount[^>]*>[^<]*<\/cbc:TaxExclusiveAmount>/, ''),
      'BR-21..BR-26': tamper(base, '<cbc:Name>Snickeri</cbc:Name>', ''),
      'BR-CO-13': tamper(base, '<cbc:TaxExclusiveAmount currencyID="SEK">4865.38<', '<cbc:TaxExclusiveAmount currencyID="SEK">4865.39<'),
      'BR-CO-18': tamper(base, /<cac:TaxSubtotal>[\s\S]*<\/cac:TaxSubtotal>/, ''),
      'BR-S-01': tamper(base, /(<cac:InvoiceLine>(?:(?!<\/cac:InvoiceLine>)[\s\S])*?<cbc:Percent>)25</, '$16<'),
      'BR-S-05': tamper(base, /(<cac:ClassifiedTaxCategory>\s*<cbc:ID>S<\/cbc:ID>\s*<cbc:Percent>)25</, '$10<'),
      'BR-Z-08': ublXml({
        ...normal,
        lines: [...normal.lines, { ...normal.lines[2]!, vatRate: '0' }],
        vatGroups: [...normal.vatGroups, { rate: '0', base: '100.01', vat: '0' }],
      }),
      'PEPPOL-EN16931-R053': tamper(
        base,
        '</cac:TaxTotal>',
        '</cac:TaxTotal><cac:TaxTotal><cbc:TaxAmount currencyID="SEK">0</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxAmount currencyID="SEK">0</cbc:TaxAmount><cac:TaxCategory><cac:TaxScheme/></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>',
      ),
      'PEPPOL-EN16931-R121': tamper(
        base,
        '<cbc:PriceAmount currencyID="SEK">550.00</cbc:PriceAmount>',
        '<cbc:PriceAmount currencyID="SEK">550.00</cbc:PriceAmount><cbc:BaseQuantity>-1</cbc:BaseQuantity>',
      ),
    };
    for (const id of untested) {
      expect(trips[id], `no test trips ${id}`).toBeDefined();
      expect(rules(trips[id]!), id).toContain(id);
    }
  });
});

describe('pieces', () => {
  it('escapes what XML needs escaped and drops what it cannot hold', () => {
    expect(escapeText('a & b < c > d\u0001')).toBe('a &amp; b &lt; c &gt; d');
    expect(escapeAttr('"x"\n')).toBe('&quot;x&quot;&#10;');
    const doc = parseXml(ublXml({ ...normal, buyer: { ...companyBuyer, name: 'A & "B" <C> \u0007D' } }));
    expect(text(doc, 'AccountingCustomerParty/Party/PartyName/Name')).toBe('A & "B" <C> D');
  });

  it.each([
    ['tim', 'HUR'],
    ['St', 'H87'],
    ['m2', 'MTK'],
    ['kg', 'KGM'],
    ['pall', 'C62'],
    [null, 'C62'],
  ])('unit %s is %s', (unit, code) => {
    expect(unitCode(unit)).toBe(code);
  });

  it('the net price is exact', () => {
    expect(netPrice({ unitPrice: '99.90', markupPercent: '10', discountPercent: '5' }).toFixed()).toBe('104.3955');
    expect(netPrice({ unitPrice: '10', markupPercent: null, discountPercent: '100' }).toFixed()).toBe('0');
  });
});
