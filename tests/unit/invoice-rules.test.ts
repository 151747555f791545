import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import {
  effectivePaymentTermId,
  isAddressComplete,
  isLimitedCompany,
  isReductionEligible,
  lineKindFromAccount,
  lockIssues,
  parseLine,
  projectCostCentreIssues,
  vatMode,
  vatModeIssues,
  warnings,
  type LockFacts,
} from '../../src/modules/invoices/rules.js';

describe('line kinds and eligibility', () => {
  it.each([
    ['WORK', 'LABOUR'],
    ['MATERIAL', 'MATERIAL'],
    ['COST', 'OTHER'],
    [null, 'OTHER'],
  ] as const)('account kind %s → %s', (k, kind) => {
    expect(lineKindFromAccount(k)).toBe(kind);
  });

  it.each([
    ['LABOUR', null, true, 'ROT', true],
    ['MATERIAL', null, true, 'ROT', false],
    ['OTHER', null, true, 'RUT', false],
    ['LABOUR', null, true, 'GREEN', true],
    ['MATERIAL', null, true, 'GREEN', true],
    ['OTHER', null, true, 'GREEN', false],
    ['LABOUR', false, true, 'ROT', false],
    ['MATERIAL', true, true, 'ROT', true],
    ['LABOUR', null, false, 'ROT', false],
    ['LABOUR', true, true, 'NONE', false],
  ] as const)('%s (by hand: %s, billable: %s) on %s → %s', (kind, byHand, billable, type, eligible) => {
    expect(isReductionEligible({ kind, reductionEligible: byHand, billable }, type)).toBe(eligible);
  });

  it.each([
    [false, false, 'NORMAL', 0],
    [true, false, 'REVERSE_CHARGE', 0],
    [false, true, 'NO_VAT', 0],
    [true, true, 'REVERSE_CHARGE', 1],
  ] as const)('reverse charge %s, no VAT %s → %s (%i issues)', (reverseCharge, noVat, mode, n) => {
    expect(vatMode({ reverseCharge, noVat })).toBe(mode);
    expect(vatModeIssues({ reverseCharge, noVat })).toHaveLength(n);
  });
});

describe('lines', () => {
  const d = (s: string) => new Prisma.Decimal(s);
  it.each([
    ['complete', { description: 'Arbete', quantity: d('1'), unitPrice: d('100') }, []],
    ['missing required on create', {}, ['description', 'quantity', 'unitPrice']],
    ['bad VAT rate', { description: 'x', quantity: d('1'), unitPrice: d('1'), vatRate: d('20') }, ['vatRate']],
    ['discount over 100 %', { description: 'x', quantity: d('1'), unitPrice: d('1'), discountPercent: d('101') }, ['discountPercent']],
    ['negative markup', { description: 'x', quantity: d('1'), unitPrice: d('1'), markupPercent: d('-1') }, ['markupPercent']],
    ['öre fractions in price', { description: 'x', quantity: d('1'), unitPrice: d('1.001') }, ['unitPrice']],
    ['three-digit account', { description: 'x', quantity: d('1'), unitPrice: d('1'), accountNumber: 300 }, ['accountNumber']],
  ] as const)('%s', (_n, input, paths) => {
    expect(parseLine(input, true).issues.map((i) => i.path)).toEqual(paths);
  });
  it('only checks given fields on update', () => {
    expect(parseLine({ quantity: new Prisma.Decimal('2') }, false).issues).toEqual([]);
  });
});

describe('locking', () => {
  const seller: LockFacts['seller'] = {
    organisationNumber: '5560360793',
    address1: 'Storgatan 1',
    postcode: '903 25',
    city: 'Umeå',
    registeredOffice: 'Umeå',
    fSkatt: true,
    bankgiro: '50501055',
    plusgiro: null,
    iban: null,
  };
  const ok: LockFacts = {
    lineCount: 1,
    reverseCharge: false,
    noVat: false,
    noVatReason: null,
    customerVatNumber: null,
    sellerVatNumber: 'SE556036079301',
    vatCharged: true,
    seller,
    hasDueDate: true,
    taxReductionType: 'NONE',
    greenCategory: null,
    buyerCount: 0,
    eligibleBasisIsZero: true,
    isCredit: false,
    creditReason: null,
    hasInvoiceAddress: true,
    linesWithoutAccount: 0,
  };
  const credit: Partial<LockFacts> = { isCredit: true, creditReason: 'Fel pris' };
  // One row per rule: each rule's removal makes its row fail (and the complete rows show what it does not ask for).
  it.each<[string, Partial<LockFacts>, [string, string][]]>([
    ['a plain invoice', {}, []],
    ['no lines', { lineCount: 0 }, [['lines', 'required']]],
    ['reverse charge without buyer VAT number', { reverseCharge: true, vatCharged: false }, [['reverseCharge', 'buyer_vat_number_missing']]],
    [
      'reverse charge without seller VAT number',
      { reverseCharge: true, vatCharged: false, customerVatNumber: 'SE1', sellerVatNumber: null },
      [['company.vatNumber', 'required']],
    ],
    ['VAT charged without seller VAT number', { sellerVatNumber: null }, [['company.vatNumber', 'required']]],
    ['no VAT charged (VAT-free) needs no seller VAT number', { vatCharged: false, noVat: true, noVatReason: 'ML 10 kap.', sellerVatNumber: null }, []],
    ['VAT-free without grounds', { noVat: true, vatCharged: false }, [['noVatReason', 'required']]],
    [
      'ROT without buyers or eligible lines',
      { taxReductionType: 'ROT' },
      [
        ['taxReductionBuyers', 'required'],
        ['lines', 'no_eligible_lines'],
      ],
    ],
    [
      'ROT with reverse charge',
      { taxReductionType: 'ROT', reverseCharge: true, customerVatNumber: 'SE1', buyerCount: 1, eligibleBasisIsZero: false },
      [['taxReductionType', 'conflict']],
    ],
    ['green without category', { taxReductionType: 'GREEN', buyerCount: 1, eligibleBasisIsZero: false }, [['greenCategory', 'required']]],
    ['credit without reason', { isCredit: true }, [['creditReason', 'required']]],
    ['seller without organisation number', { seller: { ...seller, organisationNumber: null } }, [['company.organisationNumber', 'required']]],
    ['seller without street address', { seller: { ...seller, address1: null } }, [['company.address1', 'required']]],
    ['seller without postcode', { seller: { ...seller, postcode: null } }, [['company.postcode', 'required']]],
    ['seller without city', { seller: { ...seller, city: null } }, [['company.city', 'required']]],
    ['limited company (5…) without registered office', { seller: { ...seller, registeredOffice: null } }, [['company.registeredOffice', 'required']]],
    [
      'an economic association (7…) needs no registered office on the invoice',
      { seller: { ...seller, organisationNumber: '7164087658', registeredOffice: null } },
      [],
    ],
    ['F-skatt not stated', { seller: { ...seller, fSkatt: null } }, [['company.fSkatt', 'required']]],
    ['not approved for F-skatt: an ordinary invoice is fine', { seller: { ...seller, fSkatt: false } }, []],
    [
      'not approved for F-skatt: no tax reduction',
      { seller: { ...seller, fSkatt: false }, taxReductionType: 'RUT', buyerCount: 1, eligibleBasisIsZero: false },
      [['company.fSkatt', 'f_skatt_required']],
    ],
    ['no payment account', { seller: { ...seller, bankgiro: null } }, [['company.paymentAccount', 'required']]],
    ['plusgiro is a payment account', { seller: { ...seller, bankgiro: null, plusgiro: '4789' } }, []],
    ['IBAN is a payment account', { seller: { ...seller, bankgiro: null, iban: 'SE4550000000058398257466' } }, []],
    ['no due date', { hasDueDate: false }, [['dueDate', 'required']]],
    ['customer without invoice address', { hasInvoiceAddress: false }, [['customer.invoiceAddress', 'required']]],
    ['a credit note needs neither due date nor payment account', { ...credit, hasDueDate: false, seller: { ...seller, bankgiro: null } }, []],
    [
      'a credit note still needs the seller’s data',
      { ...credit, seller: { ...seller, city: null, fSkatt: null } },
      [
        ['company.city', 'required'],
        ['company.fSkatt', 'required'],
      ],
    ],
    [
      'a bare company: every item, each at its path',
      {
        sellerVatNumber: null,
        hasDueDate: false,
        hasInvoiceAddress: false,
        seller: {
          organisationNumber: null,
          address1: null,
          postcode: null,
          city: null,
          registeredOffice: null,
          fSkatt: null,
          bankgiro: null,
          plusgiro: null,
          iban: null,
        },
      },
      [
        ['company.organisationNumber', 'required'],
        ['company.address1', 'required'],
        ['company.postcode', 'required'],
        ['company.city', 'required'],
        ['company.vatNumber', 'required'],
        ['company.fSkatt', 'required'],
        ['company.paymentAccount', 'required'],
        ['customer.invoiceAddress', 'required'],
        ['dueDate', 'required'],
      ],
    ],
  ])('%s', (_n, facts, expected) => {
    expect(lockIssues({ ...ok, ...facts }).map((i) => [i.path, i.code])).toEqual(expected);
  });
  it('says where to fix each missing item', () => {
    const bare = lockIssues({
      ...ok,
      sellerVatNumber: null,
      hasDueDate: false,
      hasInvoiceAddress: false,
      seller: { ...seller, organisationNumber: null, address1: null, fSkatt: null, bankgiro: null },
    });
    for (const i of bare) expect(i.message).toMatch(/company settings|on the customer|on the invoice/);
    expect(bare.find((i) => i.path === 'company.organisationNumber')?.message).toBe('Set the organisation number in company settings.');
  });
  it('warns about everything that stops locking and about lines without an account', () => {
    expect(warnings({ ...ok, hasInvoiceAddress: false, linesWithoutAccount: 2 })).toEqual([
      'Set the customer’s invoice address (street, postcode and city) on the customer.',
      '2 line(s) have no account.',
    ]);
    expect(warnings({ ...ok, lineCount: 0 })).toEqual(['An invoice needs at least one line.']);
  });
  it.each<[string, Parameters<typeof isAddressComplete>[0], boolean]>([
    ['street, postcode and city', { address1: 'Storgatan 1', postcode: '111 22', city: 'Stockholm' }, true],
    ['no street', { address1: null, postcode: '111 22', city: 'Stockholm' }, false],
    ['blank street', { address1: '  ', postcode: '111 22', city: 'Stockholm' }, false],
    ['no city', { address1: 'Storgatan 1', postcode: '111 22', city: null }, false],
    ['Swedish without postcode', { address1: 'Storgatan 1', postcode: null, city: 'Stockholm', countryCode: 'SE' }, false],
    ['foreign without postcode', { address1: 'Main Street 1', postcode: null, city: 'Dublin', countryCode: 'IE' }, true],
  ])('address complete: %s', (_n, a, expected) => {
    expect(isAddressComplete(a)).toBe(expected);
  });
  it.each([
    ['5560360793', true],
    ['7164087658', false],
    ['2120001827', false],
    [null, false],
  ] as const)('limited company %s → %s', (org, expected) => {
    expect(isLimitedCompany(org)).toBe(expected);
  });
  it.each<[string, { paymentTermId: string | null; isCredit: boolean }, string | null, string | null, string | null]>([
    ['the invoice’s own term', { paymentTermId: 'inv', isCredit: false }, 'cust', 'comp', 'inv'],
    ['else the customer’s', { paymentTermId: null, isCredit: false }, 'cust', 'comp', 'cust'],
    ['else the company’s default', { paymentTermId: null, isCredit: false }, null, 'comp', 'comp'],
    ['none at all', { paymentTermId: null, isCredit: false }, null, null, null],
    ['a credit note takes no fallback', { paymentTermId: null, isCredit: true }, 'cust', 'comp', null],
  ])('payment term: %s', (_n, invoice, customer, company, expected) => {
    expect(effectivePaymentTermId(invoice, customer, company)).toBe(expected);
  });
});

describe('projectCostCentreIssues: a customer requiring a cost centre, invoice without a revenue basis', () => {
  it.each([
    ['project with a cost centre', 'cc-1', []],
    ['project without', null, [['project.costCentreId', 'required']]],
  ] as const)('%s', (_name, costCentreId, expected) => {
    const issues = projectCostCentreIssues('1001', { number: '10000', costCentreId });
    expect(issues.map((i) => [i.path, i.code])).toEqual(expected);
    for (const i of issues) expect(i.message).toBe('Customer 1001 requires a cost centre: set one on project 10000.');
  });
});
