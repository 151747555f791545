// The Björn Lundén connector's pure rules, table-driven: identity numbers, customers, projects,
// registers, the customer-ledger invoice, ROT/RUT, the lock's preflight, paid dates and BL's error
// messages. Plus the client against the fake: defensive paging, not-found, the User-Key, tokens.
import { describe, expect, it } from 'vitest';
import {
  createHttpClient,
  type CustomerRecord,
  HttpError,
  type InvoiceRecord,
  type InvoiceRowRecord,
  type ProjectRecord,
  type SupplierInvoiceRecord,
  type SupplierInvoiceRowRecord,
  type SupplierRecord,
} from '@nordic-invoicing/connector-sdk';
import { BlClient, blErrorMessage, isNotFound, splitDateRange } from './client.js';
import { startBlFake } from './fake/server.js';
import {
  accountUpserts,
  blPersonnummer,
  blSocialSecurityNumber,
  costCentreUpserts,
  customerPayload,
  DEFAULT_VAT_CODES,
  invoicePayload,
  invoicePreflight,
  invoiceStaysPreliminary,
  linePricing,
  type OrderOptions,
  orderPayload,
  sameOrder,
  invoiceSupplierPayload,
  isExportableProjectStatus,
  paidDate,
  projectNumberProblem,
  projectPayload,
  rotRutPayload,
  plusgiroNumber,
  sameInvoice,
  sameSupplierInvoice,
  supplierInvoiceExternalNumber,
  type SupplierInvoiceOptions,
  supplierInvoicePayload,
  supplierInvoiceReference,
  supplierOrganisationId,
  supplierPayload,
  supplierReference,
  supplierUpserts,
  voucherUpsert,
} from './mappers.js';

const TODAY = new Date('2026-11-15T10:00:00Z');

const customer = (o: Partial<CustomerRecord> = {}): CustomerRecord => ({
  id: 'c1',
  number: '1001',
  type: 'COMPANY',
  name: 'Bygg AB',
  identityNumber: '556677-8899',
  vatNumber: null,
  address1: 'Storgatan 1',
  address2: null,
  postcode: '111 22',
  city: 'Stockholm',
  countryCode: 'SE',
  phone: null,
  mobile: null,
  email: null,
  paymentTermCode: null,
  paymentTermDays: 30,
  reverseCharge: false,
  active: true,
  updatedAt: '2026-11-01T00:00:00Z',
  ...o,
});

const row = (o: Partial<InvoiceRowRecord> = {}): InvoiceRowRecord => ({
  description: 'Arbete',
  quantity: '10',
  unit: 'h',
  unitPrice: '650',
  amount: '6500.00',
  vatRate: '25.00',
  accountNumber: 3001,
  projectNumber: '10000',
  projectPartNumber: null,
  costCentreCode: null,
  kind: 'LABOUR',
  taxReduction: null,
  ...o,
});

const invoice = (o: Partial<InvoiceRecord> = {}): InvoiceRecord => ({
  id: 'i1',
  number: 17,
  isCredit: false,
  creditOf: null,
  customerId: 'c1',
  customerNumber: '1001',
  invoiceDate: '2026-11-02',
  bookkeepingDate: '2026-10-31',
  dueDate: '2026-12-02',
  yourReference: null,
  ourReference: null,
  projectNumber: '10000',
  reverseCharge: false,
  currency: 'SEK',
  net: '6500.00',
  vat: '1625.00',
  rounding: '0.00',
  total: '8125.00',
  taxReductionType: 'NONE',
  taxReductionAmount: '0.00',
  amountToPay: '8125.00',
  buyers: [],
  rows: [row()],
  rowsMerged: false,
  externalNumber: null,
  paidDate: null,
  lockedAt: '2026-11-02T10:00:00Z',
  updatedAt: '2026-11-02T10:00:00Z',
  ...o,
});

const OPTIONS = { projectLevel: 'project' as 'project' | 'workOrder', vatAccounts: { '25': '2611', '12': '2621', '6': '2631' }, roundingAccount: '3740' };

describe('identity numbers', () => {
  it.each([
    ['198112189876', { ok: true, value: '811218-9876' }],
    ['19811218-9876', { ok: true, value: '811218-9876' }],
    ['811218-9876', { ok: true, value: '811218-9876' }],
    ['19201218-9870', { ok: true, value: '201218+9870' }],
    ['198112189875', { ok: false }],
    ['', { ok: false }],
  ])('personnummer %s for the customer register', (input, expected) => {
    expect(blPersonnummer(input, TODAY)).toMatchObject(expected);
  });

  it.each([
    ['811218-9876', { ok: true, value: '198112189876' }],
    ['19811218-9876', { ok: true, value: '198112189876' }],
    ['811218-9875', { ok: false }],
  ])('personnummer %s for the ROT/RUT basis (12 digits)', (input, expected) => {
    expect(blSocialSecurityNumber(input, TODAY)).toMatchObject(expected);
  });
});

describe('customers', () => {
  it.each([
    [
      'a company',
      customer(),
      { id: '1001', name: 'Bygg AB', organisationNumber: '556677-8899', street: 'Storgatan 1', zip: '111 22', paymentTerms: '30', closed: false },
    ],
    ['a company, 10 digits', customer({ identityNumber: '5566778899' }), { organisationNumber: '556677-8899' }],
    ['a private person', customer({ type: 'PRIVATE', identityNumber: '19811218-9876' }), { organisationNumber: '811218-9876' }],
    ['two address lines', customer({ address2: 'Box 12' }), { street: 'Storgatan 1, Box 12' }],
    ['inactive', customer({ active: false }), { closed: true }],
  ])('%s', (_, c, expected) => {
    const r = customerPayload(c, TODAY);
    expect(r.ok && r.value).toMatchObject(expected);
  });

  it('leaves out what is not set (BL objects are closed)', () => {
    const r = customerPayload(customer({ identityNumber: null, postcode: null, paymentTermDays: null }), TODAY);
    expect(r.ok && Object.keys(r.value)).not.toEqual(expect.arrayContaining(['organisationNumber', 'zip', 'paymentTerms']));
  });

  it.each([
    ['a customer number longer than 8', customer({ number: '123456789' }), /longer than BL's 8/],
    ['a wrong check digit', customer({ type: 'PRIVATE', identityNumber: '198112189875' }), /check digit.*YYMMDD-NNNK/],
    ['no organisation number', customer({ identityNumber: '12345' }), /not an organisation number/],
  ])('refuses %s', (_, c, message) => {
    const r = customerPayload(c, TODAY);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join('; ')).toMatch(message);
  });
});

describe('projects', () => {
  it.each([
    [39, false],
    [40, true],
    [89, true],
    [90, false],
  ])('status %i exportable: %s', (code, expected) => expect(isExportableProjectStatus(code)).toBe(expected));

  const project: ProjectRecord = {
    id: 'p1',
    number: '10000',
    name: 'Villa',
    statusCode: 40,
    finishedAt: null,
    startDate: '2026-10-01',
    endDate: null,
    customerNumber: '1001',
    leader: { name: 'Per', email: 'per@example.se', signature: 'PE' },
    costCentreCode: null,
    updatedAt: '2026-11-01T00:00:00Z',
  };
  it.each([
    [project, '1001', { id: '10000', name: 'Villa', customerId: '1001', startDate: '2026-10-01', responsiblePerson: 'Per', closed: false }],
    [{ ...project, statusCode: 90 }, null, { closed: true }],
  ])('maps %#', (p, c, expected) => expect(projectPayload(p, c)).toMatchObject(expected));

  it('refuses project numbers longer than 16', () => {
    expect(projectNumberProblem('10000_Ä001')).toBeNull();
    expect(projectNumberProblem('12345678901234567')).toMatch(/longer than BL's 16/);
  });
});

describe('registers', () => {
  it('cost centres: code = id, closed ones inactive, blank ids left out', () => {
    expect(costCentreUpserts([{ id: 'N1', name: 'Norr' }, { id: 'V1', name: 'Väst', closed: true }, { id: ' ', name: 'Tom' }, { name: 'Utan id' }])).toEqual([
      { code: 'N1', name: 'Norr', active: true },
      { code: 'V1', name: 'Väst', active: false },
    ]);
  });
  it('accounts: classes 3-8 only', () => {
    expect(
      accountUpserts([
        { entityId: 1, id: '1510', name: 'Kundfordringar' },
        { entityId: 2, id: '2611', name: 'Moms' },
        { entityId: 3, id: '3001', name: 'Försäljning' },
        { entityId: 4, id: '8999', name: 'Resultat', closed: true },
        { entityId: 5, id: '30011', name: 'Fel' },
      ]).map((a) => [a.number, a.active]),
    ).toEqual([
      [3001, true],
      [8999, false],
    ]);
  });
});

describe('customer invoices on the ledger', () => {
  const entries = (inv: InvoiceRecord, o = OPTIONS) => {
    const r = invoicePayload(inv, '1001', o);
    if (!r.ok) throw new Error(r.problems.join('; '));
    return { value: r.value, rows: r.value.subLedgerEntries.map((e) => [e.accountId, e.amount, e.projectId ?? null, e.costCenterId ?? null]) };
  };

  it.each([
    [
      'one row at 25 %',
      invoice(),
      8125,
      [
        ['3001', -6500, '10000', null],
        ['2611', -1625, null, null],
      ],
    ],
    [
      'two rates, a cost centre, rounding',
      invoice({
        rows: [row({ costCentreCode: 'N1' }), row({ description: 'Mat', amount: '100.40', vatRate: '12.00', accountNumber: 3002 })],
        vat: '1637.05',
        rounding: '0.55',
        total: '8237.45',
      }),
      8238,
      [
        ['3001', -6500, '10000', 'N1'],
        ['3002', -100.4, '10000', null],
        ['2611', -1625, null, null],
        ['2621', -12.05, null, null],
        ['3740', -0.55, null, null],
      ],
    ],
    ['reverse charge: no VAT entry', invoice({ reverseCharge: true, vat: '0.00', total: '6500.00' }), 6500, [['3001', -6500, '10000', null]]],
    [
      'a credit invoice: amounts turned',
      invoice({ isCredit: true, rows: [row({ amount: '-6500.00', quantity: '-10' })], vat: '-1625.00', total: '-8125.00' }),
      -8125,
      [
        ['3001', 6500, '10000', null],
        ['2611', 1625, null, null],
      ],
    ],
  ])('%s', (_, inv, amount, expected) => {
    const { value, rows } = entries(inv);
    expect(rows).toEqual(expected);
    expect(value.amountInLocalCurrency).toBe(amount);
    // Balanced: the entries are the receivable turned.
    expect(Math.round(value.subLedgerEntries.reduce((s, e) => s + e.amount! * 100, 0))).toBe(-Math.round(amount * 100));
  });

  it('books on the bookkeeping date, keeps our number for the lookup, names the type', () => {
    const { value } = entries(invoice());
    expect(value).toMatchObject({ invoiceDate: '2026-11-02', journalEntryDate: '2026-10-31', externalInvoiceId: 17, type: 'Faktura', customerId: '1001' });
    expect(entries(invoice({ isCredit: true })).value.type).toBe('Kreditfaktura');
    expect(entries(invoice({ receivablesAccount: 1513 })).value.receivableAccount).toBe('1513');
    expect(entries(invoice()).value).not.toHaveProperty('receivableAccount');
  });

  it('puts rows on the work order with projectLevel workOrder', () => {
    const inv = invoice({ rows: [row({ projectPartNumber: '10000_1' })] });
    expect(entries(inv).rows[0]![2]).toBe('10000');
    expect(entries(inv, { ...OPTIONS, projectLevel: 'workOrder' }).rows[0]![2]).toBe('10000_1');
  });

  it('gives what rounding per rate leaves to the largest VAT entry, so the total is the invoice’s', () => {
    const inv = invoice({
      rows: [row({ amount: '0.02' }), row({ amount: '0.02' })],
      // Rounded per line (0.005 twice), where per rate it is 0.01.
      vat: '0.02',
      total: '0.06',
    });
    expect(entries(inv).rows.at(-1)).toEqual(['2611', -0.02, null, null]);
  });

  it.each([
    ['a row without account', invoice({ rows: [row({ accountNumber: null })] }), /row 1 \(Arbete\) has no account/],
    ['a rate that is not Swedish', invoice({ rows: [row({ vatRate: '8.00' })], vat: '520.00' }), /"8.00" is not a Swedish VAT rate/],
    ['VAT the rows cannot explain', invoice({ vat: '1700.00', total: '8200.00' }), /the rows give VAT 1625.00, the invoice has 1700.00/],
    ['a long cost centre', invoice({ rows: [row({ costCentreCode: 'ABCDEFG' })] }), /cost centre ABCDEFG is longer than BL's 6/],
  ])('refuses %s', (_, inv, message) => {
    const r = invoicePayload(inv, '1001', OPTIONS);
    expect(!r.ok && r.problems.join('; ')).toMatch(message);
  });

  it('refuses a rate without VAT account', () => {
    const inv = invoice({ rows: [row({ vatRate: '12.00' })], vat: '780.00', total: '7280.00' });
    const r = invoicePayload(inv, '1001', { ...OPTIONS, vatAccounts: { '25': '2611' } });
    expect(!r.ok && r.problems.join('; ')).toMatch(/no VAT account is set for 12 %/);
  });

  it('recognises its own invoice by our number and customer', () => {
    const payload = { externalInvoiceId: 17, customerId: '1001' };
    expect(sameInvoice({ externalInvoiceId: 17, customerId: '1001' }, payload)).toBe(true);
    expect(sameInvoice({ externalInvoiceId: 18, customerId: '1001' }, payload)).toBe(false);
    expect(sameInvoice({ externalInvoiceId: 17, customerId: '1002' }, payload)).toBe(false);
  });
});

describe('preliminary invoices and "always send as invoice"', () => {
  it.each([
    [false, undefined, false],
    [false, true, false],
    [true, undefined, true],
    [true, false, true],
    [true, true, false],
  ])('preliminaryInvoices %s, alwaysFinal %s → preliminary %s', (setting, alwaysFinal, expected) => {
    const inv = invoice({ alwaysFinal });
    expect(invoiceStaysPreliminary(inv, { preliminaryInvoices: setting })).toBe(expected);
    const r = invoicePayload(inv, '1001', { ...OPTIONS, preliminary: invoiceStaysPreliminary(inv, { preliminaryInvoices: setting }) });
    // Sent only to keep an invoice unbooked; BL books one sent without it.
    expect(r.ok && r.value.preliminary).toBe(expected ? true : undefined);
  });
});

describe('customer invoices through the invoicing module (items)', () => {
  const account = (number: number, item: string | null, vat: string | null = null) =>
    [number, { number, invoiceItemNumber: item, externalVatCode: vat }] as const;
  const ORDER: OrderOptions = {
    projectLevel: 'project',
    accounts: new Map([account(3001, 'ARB'), account(3002, 'MAT', '2'), account(3003, null), account(3231, 'OMV')]),
    articles: new Map([
      ['ARB', { id: 'ARB', name: 'Arbete' }],
      ['MAT', { id: 'MAT', name: 'Material' }],
      ['OMV', { id: 'OMV', name: 'Omvänd' }],
      ['GAMMAL', { id: 'GAMMAL', closed: true }],
    ]),
    vatCodes: DEFAULT_VAT_CODES,
  };
  const lines = (inv: InvoiceRecord, o: OrderOptions = ORDER) => {
    const r = orderPayload(inv, '1001', o);
    if (!r.ok) throw new Error(r.problems.join('; '));
    return r.value.lines.map((l) => [l.articleId, l.accountId, l.orderedQuantity, l.unitPrice, l.vatCode, l.projectId ?? null, l.costCenterId ?? null]);
  };

  it.each([
    ['one row at 25 %: the item of its account, its quantity and price', invoice(), [['ARB', '3001', 10, 650, '1', '10000', null]]],
    [
      'two accounts, a cost centre; the account’s external VAT code before the rate’s',
      invoice({
        rows: [
          row({ costCentreCode: 'N1' }),
          row({ description: 'Virke', quantity: '1', unitPrice: '100.40', amount: '100.40', vatRate: '25.00', accountNumber: 3002 }),
        ],
      }),
      [
        ['ARB', '3001', 10, 650, '1', '10000', 'N1'],
        ['MAT', '3002', 1, 100.4, '2', '10000', null],
      ],
    ],
    [
      'a row whose quantity and price do not give its amount: one of the amount',
      invoice({ rows: [row({ quantity: '3', unitPrice: '33.33', amount: '100.00' })] }),
      [['ARB', '3001', 1, 100, '1', '10000', null]],
    ],
    [
      'revenue accounting’s rows merged per account (invoiceRowsToSend)',
      invoice({ rowsMerged: true, rows: [row(), row({ description: 'Resa', quantity: '1', unitPrice: '300.40', amount: '300.40' })] }),
      [['ARB', '3001', 1, 6800.4, '1', '10000', null]],
    ],
    [
      'a credit invoice: negative quantities, positive prices',
      invoice({ isCredit: true, rows: [row({ amount: '-6500.00', quantity: '-10' })], vat: '-1625.00', total: '-8125.00' }),
      [['ARB', '3001', -10, 650, '1', '10000', null]],
    ],
    [
      'reverse charge: 0 % code',
      invoice({ reverseCharge: true, rows: [row({ accountNumber: 3231, vatRate: '0.00' })], vat: '0.00', total: '6500.00' }),
      [['OMV', '3231', 10, 650, '0', '10000', null]],
    ],
  ])('%s', (_, inv, expected) => {
    expect(lines(inv)).toEqual(expected);
  });

  it('puts lines on the work order with projectLevel workOrder', () => {
    const inv = invoice({ rows: [row({ projectPartNumber: '10000_1' })] });
    expect(lines(inv)[0]![5]).toBe('10000');
    expect(lines(inv, { ...ORDER, projectLevel: 'workOrder' })[0]![5]).toBe('10000_1');
  });

  it('books on the bookkeeping date, keeps our number and the references, the rounding, no VAT with reverse charge', () => {
    const r = orderPayload(invoice({ rounding: '0.45', yourReference: 'Anna', ourReference: 'Bo' }), '1001', ORDER);
    expect(r.ok && r.value).toMatchObject({
      customerId: '1001',
      invoiceDate: '2026-10-31',
      invoiceDueDate: '2026-12-02',
      projectId: '10000',
      requisitionNumber: '17',
      yourReference: 'Anna',
      ourReference: 'Bo',
      rounding: 0.45,
    });
    expect(r.ok && r.value).not.toHaveProperty('noVat');
    expect(r.ok && r.value).not.toHaveProperty('preliminary');
    const rc = orderPayload(invoice({ reverseCharge: true, rows: [row({ accountNumber: 3231, vatRate: '0.00' })] }), '1001', { ...ORDER, preliminary: true });
    expect(rc.ok && rc.value).toMatchObject({ noVat: true, preliminary: true });
  });

  it.each([
    ['a row without account', invoice({ rows: [row({ accountNumber: null })] }), /row 1 \(Arbete\) has no account/],
    ['an account outside the chart', invoice({ rows: [row({ accountNumber: 3999 })] }), /account 3999 is not in the chart of accounts/],
    ['an account without item number', invoice({ rows: [row({ accountNumber: 3003 })] }), /account 3003 has no item number on invoice/],
    ['an item BL lacks', invoice(), /item ARB \(account 3001\) does not exist in BL/, { articles: new Map() }],
    ['a closed item', invoice(), /item GAMMAL \(account 3001\) is closed in BL/, { accounts: new Map([account(3001, 'GAMMAL')]) }],
    ['a rate without VAT code', invoice({ rows: [row({ vatRate: '8.00' })] }), /account 3001 has no external VAT code and no BL VAT code is set for 8 %/],
    ['a long cost centre', invoice({ rows: [row({ costCentreCode: 'ABCDEFG' })] }), /cost centre ABCDEFG is longer than BL's 6/],
    ['no rows', invoice({ rows: [] }), /no rows/],
  ])('refuses %s', (_, inv, message, patch: Partial<OrderOptions> = {}) => {
    const r = orderPayload(inv, '1001', { ...ORDER, ...patch });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems.join('; ')).toMatch(message);
  });

  it('names every problem at once', () => {
    const r = orderPayload(invoice({ rows: [row({ accountNumber: 3003 }), row({ accountNumber: 3999 })] }), '1001', ORDER);
    expect(!r.ok && r.problems).toHaveLength(2);
  });

  it.each([
    [{ quantity: '10', unitPrice: '650', amount: '6500.00' }, 10, 650],
    [{ quantity: '-10', unitPrice: '650', amount: '-6500.00' }, -10, 650],
    [{ quantity: '10', unitPrice: '-650', amount: '-6500.00' }, -10, 650],
    [{ quantity: '0', unitPrice: '650', amount: '0.00' }, 1, 0],
    [{ quantity: '1.5', unitPrice: '99.99', amount: '149.99' }, 1.5, 99.99],
    [{ quantity: '3', unitPrice: '33.33', amount: '-100.00' }, -1, 100],
  ])('prices %j as %d × %d', (r, quantity, unitPrice) => {
    const p = linePricing(r);
    expect([p.quantity.toNumber(), p.unitPrice.toNumber()]).toEqual([quantity, unitPrice]);
  });

  it('recognises its own order by our number and customer', () => {
    const payload = { requisitionNumber: '17', customerId: '1001' };
    expect(sameOrder({ requisitionNumber: '17', customerId: '1001' }, payload)).toBe(true);
    expect(sameOrder({ requisitionNumber: '18', customerId: '1001' }, payload)).toBe(false);
    expect(sameOrder({ requisitionNumber: '17', customerId: '1002' }, payload)).toBe(false);
  });

  it('refuses at lock, in items mode only, a row without account', () => {
    const inv = invoice({ rows: [row(), row({ description: 'Okänt', accountNumber: null })] });
    expect(invoicePreflight(inv, { invoiceMode: 'items' })).toEqual([
      { field: 'rows.1.accountNumber', message: expect.stringMatching(/row 2 \(Okänt\) has no account/) },
    ]);
    expect(invoicePreflight(inv, { invoiceMode: 'ledger' })).toEqual([]);
  });
});

describe('ROT/RUT', () => {
  const buyer = (pnr: string, amount: string) => ({
    name: 'Köpare',
    personalIdentityNumber: pnr,
    amount,
    propertyDesignation: 'UMEÅ BJÖRKEN 1:2',
    brfOrganisationNumber: null,
    apartmentNumber: null,
  });
  const rot = (o: Partial<InvoiceRecord>) => invoice({ taxReductionType: 'ROT', taxReductionAmount: '1800.00', ...o });

  it.each([
    [
      'one person',
      rot({ buyers: [buyer('198112189876', '1800.00')] }),
      { type: 0, socialSecurityNumber1: '198112189876', amountPerson1: 1800, propertyId: 'UMEÅ BJÖRKEN 1:2' },
    ],
    [
      'two persons',
      rot({ buyers: [buyer('198112189876', '900.00'), buyer('197902021232', '900.00')] }),
      { socialSecurityNumber1: '198112189876', socialSecurityNumber2: '197902021232', amountPerson1: 900, amountPerson2: 900 },
    ],
    ['RUT', rot({ taxReductionType: 'RUT', buyers: [buyer('198112189876', '1800.00')] }), { type: 1 }],
  ])('%s', (_, inv, expected) => {
    const r = rotRutPayload(inv, 5, { number: '1001', name: 'Eva' }, TODAY);
    expect(r?.ok && r.value).toMatchObject({ invoiceNumber: 5, customerId: '1001', ...expected });
  });

  it('none without a tax reduction', () => expect(rotRutPayload(invoice(), 5, { number: '1001', name: 'Eva' }, TODAY)).toBeNull());

  it.each([
    [
      'three persons',
      rot({ buyers: [buyer('198112189876', '600'), buyer('197902021232', '600'), buyer('198501011236', '600')] }),
      'buyers',
      /at most 2 persons per ROT invoice; this one has 3/,
    ],
    ['no person', rot({ buyers: [] }), 'buyers', /needs at least one buyer/],
    ['green technology', invoice({ taxReductionType: 'GREEN', buyers: [buyer('198112189876', '100')] }), 'taxReductionType', /ROT and RUT only/],
  ])('the lock refuses %s', (_, inv, field, message) => {
    expect(invoicePreflight(inv)).toEqual([{ field, message: expect.stringMatching(message) }]);
  });

  it('the lock lets two persons and no reduction through', () => {
    expect(invoicePreflight(rot({ buyers: [buyer('198112189876', '900'), buyer('197902021232', '900')] }))).toEqual([]);
    expect(invoicePreflight(invoice())).toEqual([]);
  });
});

describe('suppliers', () => {
  it('maps BL’s fields, blanks as null, closed as inactive; leaves out those without number or name', () => {
    expect(
      supplierUpserts([
        {
          entityId: 1,
          id: ' 501 ',
          name: 'Bygghandel AB',
          organisationId: '556677-8899',
          vatNr: 'SE556677889901',
          bg: '5050-1055',
          zipCode: '903 26',
          city: 'Umeå',
          email: ' ',
          closed: true,
        },
        { entityId: 2, name: 'Utan nummer' },
        { entityId: 3, id: '503' },
      ]),
    ).toEqual([
      {
        number: '501',
        name: 'Bygghandel AB',
        organisationNumber: '556677-8899',
        vatNumber: 'SE556677889901',
        address1: null,
        address2: null,
        postcode: '903 26',
        city: 'Umeå',
        countryCode: null,
        email: null,
        phone: null,
        bankgiro: '5050-1055',
        plusgiro: null,
        iban: null,
        bic: null,
        active: false,
      },
    ]);
  });
});

const registerSupplier = (o: Partial<SupplierRecord> = {}): SupplierRecord => ({
  id: 's1',
  number: '200',
  name: 'Plåt AB',
  organisationNumber: '5560360793',
  vatNumber: 'SE556036079301',
  address1: 'Plåtgatan 2',
  address2: null,
  postcode: '903 26',
  city: 'Umeå',
  countryCode: 'SE',
  email: 'faktura@plat.se',
  phone: null,
  bankgiro: '50501055',
  plusgiro: null,
  iban: null,
  bic: null,
  active: true,
  updatedAt: '2026-11-01T00:00:00Z',
  ...o,
});

describe('supplier export', () => {
  it.each([
    ['10 digits', '5560360793', '556036-0793'],
    ['a sole trader’s 12 digits', '198112189876', '811218-9876'],
    ['already written with a hyphen', '556036-0793', '556036-0793'],
    ['none', null, undefined],
  ])('organisation number: %s', (_, input, expected) => {
    expect(supplierOrganisationId(input)).toBe(expected);
  });

  it.each([
    ['digits', '12345674', '1234567-4'],
    ['none', null, undefined],
  ])('plusgiro: %s', (_, input, expected) => {
    expect(plusgiroNumber(input)).toBe(expected);
  });

  it('sends the register’s supplier by number, with the payable account; inactive ones closed; nothing unset', () => {
    expect(supplierPayload(registerSupplier(), '2440')).toEqual({
      id: '200',
      name: 'Plåt AB',
      organisationId: '556036-0793',
      vatNr: 'SE556036079301',
      address1: 'Plåtgatan 2',
      zipCode: '903 26',
      city: 'Umeå',
      countryCode: 'SE',
      email: 'faktura@plat.se',
      bg: '50501055',
      currency: 'SEK',
      receivableAccount: '2440',
      closed: false,
    });
    expect(supplierPayload(registerSupplier({ active: false, plusgiro: '12345674' }), '2441')).toMatchObject({
      closed: true,
      pg: '1234567-4',
      receivableAccount: '2441',
    });
  });

  it('creates a supplier from what a supplier invoice carries', () => {
    expect(
      invoiceSupplierPayload(
        {
          id: 's1',
          number: '200',
          name: 'Plåt AB',
          organisationNumber: '5560360793',
          vatNumber: null,
          bankgiro: '50501055',
          plusgiro: null,
          iban: 'SE4550000000058398257466',
        },
        '2440',
      ),
    ).toEqual({
      id: '200',
      name: 'Plåt AB',
      organisationId: '556036-0793',
      bg: '50501055',
      iban: 'SE4550000000058398257466',
      currency: 'SEK',
      receivableAccount: '2440',
      closed: false,
    });
  });

  it('references', () => {
    expect(supplierReference({ number: '200' })).toBe('Supplier 200');
    expect(supplierInvoiceReference({ supplier: { number: '200' }, invoiceNumber: 'A-1' })).toBe('Supplier invoice 200/A-1');
  });
});

const costRow = (o: Partial<SupplierInvoiceRowRecord> = {}): SupplierInvoiceRowRecord => ({
  accountNumber: 4010,
  projectNumber: '10000',
  projectPartNumber: null,
  costCentreCode: null,
  amount: '500.00',
  vatRate: '25.00',
  description: 'Plåt',
  ...o,
});

const supplierInvoice = (o: Partial<SupplierInvoiceRecord> = {}): SupplierInvoiceRecord => ({
  id: 'si1',
  supplier: { id: 's1', number: '200', name: 'Plåt AB', organisationNumber: '5560360793', vatNumber: null, bankgiro: '50501055', plusgiro: null, iban: null },
  invoiceNumber: 'A-1',
  invoiceDate: '2026-11-05',
  dueDate: '2026-12-05',
  currency: 'SEK',
  net: '800.00',
  vat: '200.00',
  total: '1000.00',
  ocr: '123456',
  description: null,
  rows: [costRow({ costCentreCode: 'N1' }), costRow({ amount: '300.00', description: null })],
  file: null,
  approvedAt: '2026-11-06T10:00:00Z',
  externalNumber: null,
  bookkept: false,
  updatedAt: '2026-11-06T10:00:00Z',
  ...o,
});

describe('supplier invoices on the supplier ledger', () => {
  const SI_OPTIONS: SupplierInvoiceOptions = { projectLevel: 'project', inputVatAccount: '2640', book: false };
  const mapped = (inv: SupplierInvoiceRecord, o: Partial<SupplierInvoiceOptions> = {}) => {
    const r = supplierInvoicePayload(inv, { ...SI_OPTIONS, ...o });
    if (!r.ok) throw new Error(r.problems.join('; '));
    return { value: r.value, rows: (r.value.subLedgerEntries ?? []).map((e) => [e.accountId, e.amount, e.projectId ?? null, e.costCenterId ?? null]) };
  };

  it.each([
    [
      'cost rows on their accounts, project and cost centre, the input VAT; the debt is the total',
      supplierInvoice(),
      {},
      1000,
      [
        ['4010', 500, '10000', 'N1'],
        ['4010', 300, '10000', null],
        ['2640', 200, null, null],
      ],
    ],
    [
      'a credit invoice: negative throughout',
      supplierInvoice({ rows: [costRow({ amount: '-400.00' })], net: '-400.00', vat: '-100.00', total: '-500.00' }),
      {},
      -500,
      [
        ['4010', -400, '10000', null],
        ['2640', -100, null, null],
      ],
    ],
    [
      'no VAT (reverse charge): no VAT entry',
      supplierInvoice({ rows: [costRow({ amount: '800.00', vatRate: '0.00' })], vat: '0.00', total: '800.00' }),
      {},
      800,
      [['4010', 800, '10000', null]],
    ],
    [
      'another input VAT account',
      supplierInvoice({ rows: [costRow({ amount: '800.00' })] }),
      { inputVatAccount: '2641' },
      1000,
      [
        ['4010', 800, '10000', null],
        ['2641', 200, null, null],
      ],
    ],
    [
      'work-order level: the row’s work order, else the main project',
      supplierInvoice({ rows: [costRow({ projectPartNumber: '10000_1' }), costRow({ amount: '300.00' })] }),
      { projectLevel: 'workOrder' as const },
      1000,
      [
        ['4010', 500, '10000_1', null],
        ['4010', 300, '10000', null],
        ['2640', 200, null, null],
      ],
    ],
  ])('%s', (_, inv, o, amount, rows) => {
    const r = mapped(inv, o);
    expect(r.value.amountInLocalCurrency).toBe(amount);
    expect(r.value.amountInOriginalCurrency).toBe(amount);
    expect(r.rows).toEqual(rows);
    // The entries add up to the debt exactly.
    expect((r.value.subLedgerEntries ?? []).reduce((s, e) => s + Math.round((e.amount ?? 0) * 100), 0)).toBe(Math.round(amount * 100));
  });

  it('carries the supplier, numbers, dates, OCR; preliminary unless booked', () => {
    const { value } = mapped(supplierInvoice({ description: 'Plåt till Villa Ett' }));
    expect(value).toMatchObject({
      supplierId: '200',
      invoiceNumber: 'A-1',
      invoiceDate: '2026-11-05',
      dueDate: '2026-12-05',
      journalEntryDate: '2026-11-05',
      currency: 'SEK',
      ocr: '123456',
      comment: 'Plåt till Villa Ett',
      projectId: '10000',
      preliminary: true,
    });
    expect(mapped(supplierInvoice(), { book: true }).value.preliminary).toBe(false);
  });

  it.each([
    ['rows on two projects', supplierInvoice({ rows: [costRow({ amount: '800.00' }), costRow({ amount: '0.00', projectNumber: '10001' })] }), undefined],
    ['rows without a project', supplierInvoice({ rows: [costRow({ amount: '800.00', projectNumber: null })] }), undefined],
    ['one project', supplierInvoice(), '10000'],
  ])('the invoice’s project: %s', (_, inv, expected) => {
    expect(mapped(inv).value.projectId).toBe(expected);
  });

  it.each([
    ['no rows', supplierInvoice({ rows: [], net: '0.00', vat: '0.00', total: '0.00' }), /no rows/],
    ['rows that do not add up to the total', supplierInvoice({ total: '1000.50' }), /add up to 1000\.00, not the total 1000\.50/],
    ['a project number BL cannot hold', supplierInvoice({ rows: [costRow({ amount: '800.00', projectNumber: '12345678901234567' })] }), /longer than BL's 16/],
    [
      'a cost centre BL cannot hold',
      supplierInvoice({ rows: [costRow({ amount: '800.00', costCentreCode: 'NORR123' })] }),
      /cost centre NORR123 is longer than BL's 6/,
    ],
  ])('refuses %s', (_, inv, message) => {
    const r = supplierInvoicePayload(inv, SI_OPTIONS);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('; ')).toMatch(message);
  });

  it.each([
    ['the same supplier and number', { entityId: 1, supplierId: '200', invoiceNumber: 'A-1' }, true],
    ['another number', { entityId: 1, supplierId: '200', invoiceNumber: 'A-2' }, false],
    ['another supplier', { entityId: 1, supplierId: '201', invoiceNumber: 'A-1' }, false],
  ])('a crashed export’s lookup: %s', (_, remote, expected) => {
    expect(sameSupplierInvoice(remote, { supplierId: '200', invoiceNumber: 'A-1' })).toBe(expected);
  });

  it.each([
    ['BL’s serial number', { entityId: 1001, consecutiveNumber: 7 }, '7'],
    ['else the entityId', { entityId: 1001 }, '1001'],
  ])('the external number: %s', (_, remote, expected) => {
    expect(supplierInvoiceExternalNumber(remote)).toBe(expected);
  });
});

describe('vouchers', () => {
  it('a journal entry as a voucher: signed amounts as debit and credit, project and cost centre as BL has them', () => {
    expect(
      voucherUpsert({
        journalId: 'A',
        journalEntryId: 123,
        journalEntryDate: '2026-11-02',
        financialYearId: '2026',
        journalEntryText: ' Inköp ',
        ledgerEntries: [
          { accountId: '4010', amount: 800.5, projectId: '10000_1', costCenterId: 'N1', text: 'Virke' },
          { accountId: '2440', amount: -800.5 },
          { accountId: '4010', amount: 0 },
        ],
      }),
    ).toEqual({
      remoteId: '2026/A/123',
      series: 'A',
      number: 123,
      transactionDate: '2026-11-02',
      description: 'Inköp',
      rows: [
        { rowIndex: 0, accountNumber: 4010, debit: '800.50', credit: '0.00', projectNumber: '10000_1', costCentreCode: 'N1', note: 'Virke' },
        { rowIndex: 1, accountNumber: 2440, debit: '0.00', credit: '800.50', projectNumber: null, costCentreCode: null, note: null },
        { rowIndex: 2, accountNumber: 4010, debit: '0.00', credit: '0.00', projectNumber: null, costCentreCode: null, note: null },
      ],
    });
  });

  it('without a financial year id the entry date’s year names it', () => {
    expect(voucherUpsert({ journalId: 'B', journalEntryId: 7, journalEntryDate: '2025-03-01' }).remoteId).toBe('2025/B/7');
  });

  it.each([
    ['2026-11-01', '2026-11-01', null],
    [
      '2026-11-01',
      '2026-11-02',
      [
        ['2026-11-01', '2026-11-01'],
        ['2026-11-02', '2026-11-02'],
      ],
    ],
    [
      '2026-11-01',
      '2026-11-30',
      [
        ['2026-11-01', '2026-11-15'],
        ['2026-11-16', '2026-11-30'],
      ],
    ],
    [
      '2026-12-31',
      '2027-01-03',
      [
        ['2026-12-31', '2027-01-01'],
        ['2027-01-02', '2027-01-03'],
      ],
    ],
  ])('splits %s – %s in halves', (from, to, expected) => expect(splitDateRange(from, to)).toEqual(expected));
});

describe('paid dates and errors', () => {
  it.each([
    [{ paid: true, dateOfLatestPayment: '2026-11-12' }, '2026-11-12'],
    [{ paid: false, dateOfLatestPayment: '2026-11-12' }, null],
    [{ paid: true, dateOfLatestPayment: '1900-01-01' }, null],
    [{ paid: true }, null],
  ])('%j → %s', (inv, expected) => expect(paidDate(inv)).toBe(expected));

  it.each([
    [{ status: '400 BAD_REQUEST', message: 'Customer 9 not found', exceptionId: 'CUSTOMER_NOT_FOUND' }, 'Customer 9 not found (CUSTOMER_NOT_FOUND)'],
    [{ debugMessage: 'x', subErrors: [{ field: 'name', message: 'required' }], exceptionId: 'NONE' }, 'x name: required'],
    [{ error: 'invalid_client', error_description: 'Client authentication failed' }, 'invalid_client: Client authentication failed'],
    ['Bad gateway', 'Bad gateway'],
    [{}, undefined],
  ])('message of %j', (body, expected) => expect(blErrorMessage(body)).toBe(expected));

  it.each([
    [404, undefined, true],
    [400, { exceptionId: 'PROJECT_NOT_FOUND' }, true],
    [400, { exceptionId: 'VALUE_INVALID' }, false],
    [500, { exceptionId: 'CUSTOMER_NOT_FOUND' }, false],
  ])('not found: %i %j → %s', (status, body, expected) => {
    expect(isNotFound(new HttpError({ status, method: 'GET', url: 'x', body, remoteMessage: '', retryable: false }))).toBe(expected);
  });
});

describe('the client against the fake', () => {
  const client = (fake: { url: string }, userKey: string, accessToken: string) =>
    new BlClient(
      createHttpClient({ baseUrl: fake.url, defaultHeaders: { 'User-Key': userKey, authorization: `Bearer ${accessToken}` }, errorMessage: blErrorMessage }),
    );
  const token = async (fake: { tokenUrl: string; clientId: string; clientSecret: string }) => {
    const res = await fetch(fake.tokenUrl, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from(`${fake.clientId}:${fake.clientSecret}`).toString('base64')}`,
        'content-type': 'application/x-www-form-urlencoded',
      },
      body: 'grant_type=client_credentials',
    });
    return ((await res.json()) as { access_token: string }).access_token;
  };

  it('pages cost centres until the last page, finds nothing as null, and needs the User-Key', async () => {
    const fake = await startBlFake({ pageSize: 2 });
    try {
      for (let i = 1; i <= 5; i++) fake.state.costCenters.push({ entityId: i, id: `K${i}`, name: `Ställe ${i}` });
      const t = await token(fake);
      expect((await client(fake, fake.userKey, t).costCenters()).map((c) => c.id)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5']);
      expect(
        fake
          .requests()
          .filter((r) => r.path === '/costcenter/batch')
          .map((r) => new URLSearchParams(r.query).get('page')),
      ).toEqual(['1', '2', '3']);
      expect(await client(fake, fake.userKey, t).findCustomer('404')).toBeNull();
      const refused = await client(fake, '00000000-0000-4000-8000-000000000000', t)
        .details()
        .catch((e: unknown) => e);
      expect(refused).toMatchObject({ status: 400, remoteMessage: expect.stringMatching(/User-Key.*USER_IDENTITY_INVALID_OR_NOT_SPECIFIED/) });
    } finally {
      await fake.close();
    }
  });
});
