// Unit tests of the Visma connector: personnummer, mappers (tables), the manifest, the client
// against the fake over real HTTP (OAuth2 refresh, paging, errors, 4010/429 wait, 403).
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createHttpClient,
  manifestIssues,
  oauth2Auth,
  type AccountRecord,
  type InvoiceRecord,
  type SupplierInvoiceRecord,
} from '@nordic-invoicing/connector-sdk';
import connector from './index.js';
import { endpointKey, VismaClient, VismaNoApiModuleError, vismaErrorMessage, vismaRetryAfterMs } from './client.js';
import { formatPersonnummer, luhnCheckDigit } from './personnummer.js';
import {
  attachmentContentType,
  debitOf,
  invoiceDraft,
  invoicePreflight,
  invoiceSupplierPayload,
  ourProjectNumber,
  paidDate,
  pickTermsOfPayment,
  rowPricing,
  supplierInvoicePayload,
  supplierInvoiceReference,
  vismaProjectNumber,
} from './mappers.js';
import { startVismaFake, type VismaFake } from './fake/server.js';

const today = new Date('2026-11-15T00:00:00Z');

describe('personnummer as YYMMDD-NNNK', () => {
  it.each([
    ['200001012384', '000101-2384'],
    ['20000101-2384', '000101-2384'],
    ['000101-2384', '000101-2384'],
    ['196408233234', '640823-3234'],
    ['200002292381', '000229-2381'],
    ['189506299818', '950629+9818'],
    ['950629+9818', '950629+9818'],
    ['195705749959', '570574-9959'],
  ])('%s → %s', (input, expected) => {
    expect(formatPersonnummer(input, today)).toEqual({ ok: true, value: expected });
  });
  it.each([
    ['640823-3235', /check digit/],
    ['198707049996', /check digit/],
    ['201509160006', /000/],
    ['190002290000', /valid date/],
    ['193901829913', /check digit|date/],
    ['5560360793', /check digit|date/],
    ['abc', /not a personal identity number/],
    ['', /missing/],
  ])('%s is refused', (input, problem) => {
    const r = formatPersonnummer(input, today);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problem).toMatch(problem);
  });
  it('computes the Luhn digit of Skatteverket’s example', () => expect(luhnCheckDigit('640823323')).toBe(4));
});

describe('mappers', () => {
  it.each([
    ['10000', '10000'],
    ['10000_1', '10000_1'],
    ['10000_Ä001', '10000_Ä1'],
    ['1000_Ä001', '1000_Ä001'],
  ])('project number %s → Visma %s and back', (ours, visma) => {
    expect(vismaProjectNumber(ours)).toBe(visma);
    expect(ourProjectNumber(visma)).toBe(ours.length > 9 ? ours : ourProjectNumber(visma));
  });
  it.each([
    [
      { quantity: '10', unitPrice: '650.00', amount: '6500.00' },
      { Quantity: 10, UnitPrice: 650 },
    ],
    [
      { quantity: '1.5', unitPrice: '100.00', amount: '150.00' },
      { Quantity: 1.5, UnitPrice: 100 },
    ],
    [
      { quantity: '3', unitPrice: '33.33', amount: '100.00' },
      { Quantity: 1, UnitPrice: 100 },
    ],
    [
      { quantity: '1.125', unitPrice: '80.00', amount: '90.00' },
      { Quantity: 1, UnitPrice: 90 },
    ],
    [
      { quantity: '-2', unitPrice: '500.00', amount: '-1000.00' },
      { Quantity: -2, UnitPrice: 500 },
    ],
  ])('row pricing %o', (row, expected) => expect(rowPricing(row)).toEqual(expected));
  it.each([
    [{ TotalAmount: 1000, RemainingAmount: 0, ModifiedUtc: '2026-11-12T10:00:00Z' }, '2026-11-12'],
    // The Swedish calendar day of the moment the settling payment was registered.
    [{ TotalAmount: 1000, RemainingAmount: 0, ModifiedUtc: '2026-11-12T23:30:00Z' }, '2026-11-13'],
    [{ TotalAmount: 1000, RemainingAmount: 0, ModifiedUtc: '2026-11-12T23:30:00' }, '2026-11-13'],
    [{ TotalAmount: 1000, RemainingAmount: 500, ModifiedUtc: '2026-11-12T10:00:00Z' }, null],
    [{ TotalAmount: -250, RemainingAmount: -250, ModifiedUtc: '2026-11-12T10:00:00Z' }, null],
    [{ TotalAmount: 0, RemainingAmount: 0, ModifiedUtc: '2026-11-12T10:00:00Z' }, null],
  ])('paid date %o → %s', (inv, expected) => expect(paidDate(inv)).toBe(expected));
  it('reads both spellings of debit', () => {
    expect(debitOf({ DebitAmount: 10 })).toBe(10);
    expect(debitOf({ DebetAmount: 20 })).toBe(20);
    expect(debitOf({})).toBe(0);
  });
  it('picks terms of payment by days, else 30 days', () => {
    const t = (d: number, type = 0) => ({
      Id: `t${d}`,
      Name: '',
      NumberOfDays: d,
      TermsOfPaymentTypeId: type,
      AvailableForSales: true,
      AvailableForPurchase: true,
    });
    expect(pickTermsOfPayment([t(30), t(10)], 10)?.Id).toBe('t10');
    expect(pickTermsOfPayment([t(30), t(10)], 45)?.Id).toBe('t30');
    expect(pickTermsOfPayment([t(0, 2), t(20)], null)?.Id).toBe('t20');
  });

  const account = (number: number, item: string | null, vat: string | null): AccountRecord => ({
    number,
    name: '',
    active: true,
    kind: null,
    invoiceItemNumber: item,
    externalVatCode: vat,
    defaultVatRate: null,
  });
  const lookups = {
    accounts: new Map([
      [3001, account(3001, 'ARB', 'MP1')],
      [3231, account(3231, 'ARB', 'OBS')],
      [3002, account(3002, null, null)],
    ]),
    articles: new Map([['ARB', 'art-1']]),
    vatCodes: new Map([
      ['MP1', 'vat-25'],
      ['OBS', 'vat-rc'],
    ]),
    projects: new Map([
      ['10000', 'p-1'],
      ['10000_1', 'p-2'],
    ]),
    costCentreItems: new Map<string, string>(),
    projectLevel: 'project' as const,
    customerId: 'c-1',
    today,
  };
  const row = (over: Partial<InvoiceRecord['rows'][number]> = {}): InvoiceRecord['rows'][number] => ({
    description: 'Arbete',
    quantity: '10',
    unit: 'h',
    unitPrice: '500.00',
    amount: '5000.00',
    vatRate: '25.00',
    accountNumber: 3001,
    projectNumber: '10000',
    projectPartNumber: '10000_1',
    costCentreCode: null,
    kind: 'LABOUR',
    taxReduction: null,
    ...over,
  });
  const invoice = (over: Partial<InvoiceRecord> = {}): InvoiceRecord => ({
    id: 'i',
    number: 17,
    isCredit: false,
    creditOf: null,
    customerId: 'c',
    customerNumber: '1001',
    invoiceDate: '2026-11-01',
    bookkeepingDate: '2026-11-01',
    dueDate: '2026-12-01',
    yourReference: null,
    ourReference: null,
    projectNumber: '10000',
    reverseCharge: false,
    currency: 'SEK',
    net: '5000.00',
    vat: '1250.00',
    rounding: '0.00',
    total: '6250.00',
    taxReductionType: 'NONE',
    taxReductionAmount: '0.00',
    amountToPay: '6250.00',
    buyers: [],
    rows: [row()],
    rowsMerged: false,
    externalNumber: null,
    paidDate: null,
    lockedAt: '',
    updatedAt: '',
    ...over,
  });

  it.each<[string, boolean, 'project' | 'workOrder', number]>([
    ['billable lines (no revenue accounting) go as they are', false, 'project', 3],
    ['revenue accounting rows on the main project → one row per cost centre', true, 'project', 2],
    ['revenue accounting rows on work orders → one per work order and cost centre', true, 'workOrder', 3],
  ])('invoice rows: %s', (_name, rowsMerged, projectLevel, count) => {
    const rows = [
      row(),
      row({ projectPartNumber: null }),
      row({ description: 'Resa', quantity: '1', unit: null, unitPrice: '0.10', amount: '0.10', costCentreCode: 'UME' }),
    ];
    const r = invoiceDraft(invoice({ rows, rowsMerged }), { ...lookups, costCentreItems: new Map([['UME', 'cc-1']]), projectLevel });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.Rows).toHaveLength(count);
    if (projectLevel === 'project' && rowsMerged) {
      expect(r.value.Rows.map((x) => [x.LineNumber, x.Text, x.Quantity, x.UnitPrice, x.ProjectId, x.CostCenterItemId1])).toEqual([
        [1, 'Arbete', 1, 10000, 'p-1', undefined],
        [2, 'Resa', 1, 0.1, 'p-1', 'cc-1'],
      ]);
    }
  });

  it('preflight asks the rows Visma would get: hours of merged work rows count together', () => {
    const tr = { type: 'ROT' as const, workType: 'Bygg', hours: '0.5', amount: '100.00' };
    const inv = invoice({ taxReductionType: 'ROT', rowsMerged: true, rows: [row({ taxReduction: tr }), row({ taxReduction: tr, projectPartNumber: null })] });
    expect(invoicePreflight(inv, { projectLevel: 'project' })).toEqual([]);
    expect(invoicePreflight(inv, { projectLevel: 'workOrder' })).toHaveLength(2);
  });

  it('one article serves a 25 % and a reverse-charge account: the reverse-charge row is VAT-free by its writable flag, no read-only property is sent', () => {
    const r = invoiceDraft(invoice({ reverseCharge: true, rows: [row(), row({ accountNumber: 3231, vatRate: '0.00' })] }), lookups);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.Rows.map((x) => [x.ArticleId, 'VatRateId' in x, x.ReversedConstructionServicesVatFree, x.ProjectId])).toEqual([
      ['art-1', false, false, 'p-1'],
      ['art-1', false, true, 'p-1'],
    ]);
    for (const readOnly of ['ReverseChargeOnConstructionServices', 'SalesDocumentAttachments', 'DueDate']) expect(r.value).not.toHaveProperty(readOnly);
    expect(r.value.InvoiceDate).toBe('2026-11-01T00:00:00');
    expect(r.value.RotReducedInvoicingType).toBe(0);
    expect(r.value.Rows.every((x) => !('AccountNumber' in x))).toBe(true);
  });
  it.each([
    ['an invoice without tax reduction', invoice(), []],
    [
      'ROT with a work-cost row',
      invoice({ taxReductionType: 'ROT', rows: [row({ taxReduction: { type: 'ROT', workType: 'Bygg', hours: '10', amount: '5000.00' } })] }),
      [],
    ],
    [
      'ROT without a work-cost row',
      invoice({ taxReductionType: 'ROT' }),
      [{ field: 'rows', message: 'a ROT invoice needs at least one row with a work type: give the labour lines their work types' }],
    ],
    [
      'RUT with an unknown work type and no hours',
      invoice({
        taxReductionType: 'RUT',
        rows: [row({ description: 'Städ', taxReduction: { type: 'RUT', workType: 'Fonsterputs', hours: null, amount: '500.00' } })],
      }),
      [
        { field: 'rows.0.taxReduction.workType', message: 'row 1 (Städ): work type "Fonsterputs" has no Visma equivalent' },
        { field: 'rows.0.taxReduction.hours', message: 'row 1 (Städ): a RUT row needs at least 1 work hour in Visma' },
      ],
    ],
  ])('preflight (what Visma would refuse, before the lock): %s', (_what, inv, expected) => {
    expect(invoicePreflight(inv)).toEqual(expected);
  });

  it('books rows on the work order when the project level is workOrder', () => {
    const r = invoiceDraft(invoice(), { ...lookups, projectLevel: 'workOrder' });
    expect(r.ok && r.value.Rows[0]!.ProjectId).toBe('p-2');
  });
  it('collects every problem: missing item, VAT code, account and bad buyer number', () => {
    const r = invoiceDraft(
      invoice({
        taxReductionType: 'ROT',
        taxReductionAmount: '1000.00',
        buyers: [
          {
            name: 'Anna',
            personalIdentityNumber: '200001012385',
            amount: '1000.00',
            propertyDesignation: 'Umeå Sjön 1:2',
            brfOrganisationNumber: null,
            apartmentNumber: null,
          },
        ],
        rows: [
          row({ accountNumber: 3002 }),
          row({ accountNumber: null }),
          row({ taxReduction: { type: 'ROT', workType: 'Bygg', hours: null, amount: '5000.00' } }),
        ],
      }),
      lookups,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.join('\n')).toMatch(/account 3002 has no item number/);
    expect(r.problems.join('\n')).toMatch(/account 3002 has no external VAT code/);
    expect(r.problems.join('\n')).toMatch(/row 2 .* has no revenue account/);
    expect(r.problems.join('\n')).toMatch(/at least 1 work hour/);
    expect(r.problems.join('\n')).toMatch(/buyer Anna: .*check digit/);
  });
  it('maps ROT with persons, work types and the property', () => {
    const r = invoiceDraft(
      invoice({
        taxReductionType: 'ROT',
        taxReductionAmount: '1500.00',
        buyers: [
          {
            name: 'Anna',
            personalIdentityNumber: '200001012384',
            amount: '1500.00',
            propertyDesignation: 'Umeå Sjön 1:2',
            brfOrganisationNumber: null,
            apartmentNumber: null,
          },
        ],
        rows: [row({ taxReduction: { type: 'ROT', workType: 'Vvs', hours: '10', amount: '5000.00' } })],
      }),
      lookups,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      RotReducedInvoicingType: 1,
      RotReducedInvoicingAmount: 1500,
      RotPropertyType: 2,
      RotReducedInvoicingPropertyName: 'Umeå Sjön 1:2',
      Persons: [{ Ssn: '000101-2384', Amount: 1500 }],
    });
    expect(r.value.Rows[0]).toMatchObject({ WorkCostType: 7, IsWorkCost: true, WorkHours: 10 });
  });
});

describe('supplier invoice mapping', () => {
  const row = (over: Partial<SupplierInvoiceRecord['rows'][number]> = {}): SupplierInvoiceRecord['rows'][number] => ({
    accountNumber: 4010,
    projectNumber: '10000',
    projectPartNumber: '10000_Ä001',
    costCentreCode: 'N1',
    amount: '500.00',
    vatRate: '25.00',
    description: 'Plåt',
    ...over,
  });
  const supplier = {
    id: 's',
    number: '200',
    name: 'Plåt AB',
    organisationNumber: '5560360793',
    vatNumber: 'SE556036079301',
    bankgiro: '50501055',
    plusgiro: null,
    iban: null,
  };
  const inv = (over: Partial<SupplierInvoiceRecord> = {}): SupplierInvoiceRecord => ({
    id: 'si',
    supplier,
    invoiceNumber: 'A-1',
    invoiceDate: '2026-11-05',
    dueDate: '2026-12-05',
    currency: 'SEK',
    net: '800.00',
    vat: '200.00',
    total: '1000.00',
    ocr: '123456',
    description: null,
    rows: [row(), row({ amount: '300.00', costCentreCode: null, projectPartNumber: null, description: null })],
    file: null,
    approvedAt: '',
    externalNumber: null,
    bookkept: false,
    updatedAt: '',
    ...over,
  });
  const lookups = {
    supplierId: 'sup-1',
    projects: new Map([
      ['10000', 'p-1'],
      ['10000_Ä1', 'p-ata'],
    ]),
    costCentreItems: new Map([['N1', 'cc-1']]),
    projectLevel: 'project' as const,
    kind: 'invoice' as const,
  };

  it('reference', () => expect(supplierInvoiceReference(inv())).toBe('Supplier invoice 200/A-1'));

  it.each([
    ['invoice, main project', { projectLevel: 'project' as const, kind: 'invoice' as const }, { DebetAmount: 500 }, 'p-1'],
    ['invoice, ÄTA as its own project', { projectLevel: 'workOrder' as const, kind: 'invoice' as const }, { DebetAmount: 500 }, 'p-ata'],
    ['draft spells DebitAmount', { projectLevel: 'project' as const, kind: 'draft' as const }, { DebitAmount: 500 }, 'p-1'],
  ])('%s', (_name, o, debit, projectId) => {
    const r = supplierInvoicePayload(inv(), { ...lookups, ...o });
    expect(r).toEqual({
      ok: true,
      value: {
        SupplierId: 'sup-1',
        InvoiceNumber: 'A-1',
        TotalAmount: 1000,
        Vat: 200,
        InvoiceDate: '2026-11-05T00:00:00',
        DueDate: '2026-12-05T00:00:00',
        IsCreditInvoice: false,
        CurrencyCode: 'SEK',
        OcrNumber: '123456',
        Rows: [
          { AccountNumber: 4010, ...debit, CreditAmount: 0, TransactionText: 'Plåt', ProjectId: projectId, CostCenterItemId1: 'cc-1' },
          {
            AccountNumber: 4010,
            ...Object.fromEntries(Object.keys(debit).map((k) => [k, 300])),
            CreditAmount: 0,
            ProjectId: 'p-1',
          },
        ],
      },
    });
  });

  it('a credit note: negative amounts become credits and IsCreditInvoice is set', () => {
    const r = supplierInvoicePayload(
      inv({ net: '-800.00', vat: '-200.00', total: '-1000.00', rows: [row({ amount: '-800.00', costCentreCode: null })] }),
      lookups,
    );
    expect(r.ok && r.value).toMatchObject({ TotalAmount: -1000, Vat: -200, IsCreditInvoice: true, Rows: [{ DebetAmount: 0, CreditAmount: 800 }] });
  });

  it.each([
    [
      'unknown project',
      inv({ rows: [row({ projectNumber: '20000', projectPartNumber: null }), row({ amount: '300.00' })] }),
      /row 1 \("Plåt"\): project 20000 is not in Visma/,
    ],
    ['unknown cost centre', inv({ rows: [row({ costCentreCode: 'X9' }), row({ amount: '300.00' })] }), /cost centre X9 is not in Visma/],
    ['rows not balancing', inv({ rows: [row()] }), /rows sum to 500.00 but the total less VAT is 800.00/],
    ['no rows', inv({ rows: [] }), /has no rows/],
    ['OCR too long', inv({ ocr: '1'.repeat(26) }), /OCR number .* more than 25/],
  ])('problem: %s', (_name, record, problem) => {
    const r = supplierInvoicePayload(record, lookups);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems.join('\n')).toMatch(problem);
  });

  it.each([
    ['5560360793', '556036-0793'],
    ['200001012384', '000101-2384'],
    [null, null],
  ])('supplier with organisation number %s → %s, through the supplier export mapping (empty fields left out, never null)', (org, expected) => {
    expect(invoiceSupplierPayload({ ...supplier, organisationNumber: org }, 'terms', today)).toStrictEqual({
      SupplierNumber: '200',
      Name: 'Plåt AB',
      ...(expected ? { CorporateIdentityNumber: expected } : {}),
      VatNumber: 'SE556036079301',
      CountryCode: 'SE',
      BankgiroNumber: '50501055',
      IsActive: true,
      TermsOfPaymentId: 'terms',
    });
  });

  it.each([
    ['application/pdf', 'application/pdf'],
    ['Application/PDF; charset=binary', 'application/pdf'],
    ['image/jpg', 'image/jpeg'],
    ['image/png', 'image/png'],
    ['image/tiff', 'image/tiff'],
    ['image/heic', null],
  ])('attachment content type %s → %s', (ct, expected) => expect(attachmentContentType(ct)).toBe(expected));
});

describe('errors, waits and rate-limit keys', () => {
  it.each([
    [
      { ErrorCode: 4002, DeveloperErrorMessage: 'ForbiddenRequestException - No access to module: api_standard', Errors: [] },
      '4002 ForbiddenRequestException - No access to module: api_standard',
    ],
    [{ ErrorCode: 2000, DeveloperErrorMessage: 'Validation', Errors: [{ Field: 'Name', Message: 'is required' }] }, '2000 Validation (Name: is required)'],
    [{ ErrorCode: 2000, Errors: [{ Field: 'Name', Message: 'is required' }] }, '2000 Name: is required'],
    [{ message: 'other' }, undefined],
  ])('message of %o', (body, expected) => expect(vismaErrorMessage(body)).toBe(expected));
  it.each([
    [429, { ErrorCode: 4010, DeveloperErrorMessage: 'API calls quota exceeded! maximum admitted 600 per Minute. Try again in 55 seconds.' }, 55_000],
    [400, { ErrorCode: 4010, DeveloperErrorMessage: 'Try again in 2 seconds.' }, 2000],
    [400, { ErrorCode: 2000, DeveloperErrorMessage: 'nope' }, undefined],
  ])('wait of %s %o', (status, body, expected) => expect(vismaRetryAfterMs(status, body)).toBe(expected));
  it.each([
    ['/customers', 'customers'],
    ['/customers/0b6f4c9e-1111-4222-8333-944444444444', 'customers/{id}'],
    ['/customerinvoicedrafts/0b6f4c9e-1111-4222-8333-944444444444/convert', 'customerinvoicedrafts/{id}/convert'],
    ['/accounts/2026/3001', 'accounts/{id}/{id}'],
  ])('endpoint key of %s', (path, key) => expect(endpointKey(path)).toBe(key));
});

describe('manifest', () => {
  it('passes manifestIssues and has the flows', () => {
    expect(manifestIssues(connector)).toEqual([]);
    expect(connector.flows.map((f) => [f.id, f.base])).toEqual([
      ['cost-centre-import', true],
      ['account-import', true],
      ['customer-export', true],
      ['project-export', true],
      ['project-part-export', false],
      ['supplier-import', false],
      ['supplier-export', false],
      ['supplier-invoice-export', false],
      ['invoice-export', true],
      ['paid-date-import', true],
      ['voucher-import', true],
    ]);
    const s = connector.settings.parse({});
    expect(s).toMatchObject({
      updateCustomers: false,
      projectLevel: 'project',
      bookkeepSupplierInvoices: false,
      paidDateLookbackMonths: 6,
      baseUrl: 'https://eaccountingapi.vismaonline.com/v2',
    });
  });
});

describe('client against the fake over HTTP', () => {
  let fake: VismaFake | undefined;
  afterEach(async () => {
    await fake?.close();
    fake = undefined;
  });
  const clientFor = (f: VismaFake, tokens: { accessToken: string; refreshToken?: string; expiresAt?: string }) => {
    const saved: unknown[] = [];
    let current = tokens;
    const auth = oauth2Auth({
      tokenUrl: f.tokenUrl,
      clientId: f.clientId,
      clientSecret: f.clientSecret,
      grant: 'authorization_code',
      clientAuth: 'basic',
      store: {
        load: async () => current,
        save: async (t) => {
          saved.push(t);
          current = t as typeof current;
        },
      },
    });
    const http = createHttpClient({
      baseUrl: f.url,
      auth,
      errorMessage: vismaErrorMessage,
      retryAfterMs: vismaRetryAfterMs,
      sleep: async () => undefined,
      rateLimitKey: (r) => endpointKey(r.path),
    });
    return { visma: new VismaClient(http, { pageSize: 2 }), http, saved };
  };

  it('refreshes an expired token (rotating refresh tokens) and a token the server stopped accepting', async () => {
    fake = await startVismaFake();
    const { visma, saved } = clientFor(fake, { accessToken: 'stale', refreshToken: fake.issueRefreshToken(), expiresAt: '2000-01-01T00:00:00Z' });
    expect((await visma.termsOfPayments()).length).toBe(3);
    expect(fake.tokenRequests()).toBe(1);
    fake.expireAccessTokens();
    expect((await visma.companySettings()).Name).toBeTruthy();
    expect(fake.tokenRequests()).toBe(2);
    expect(saved).toHaveLength(2);
  });

  it('pages to the end and filters on modification time', async () => {
    fake = await startVismaFake({ accessTokens: ['a'] });
    for (let i = 1; i <= 5; i++)
      fake.state.vouchers.push({
        Id: `00000000-0000-4000-8000-00000000000${i}`,
        VoucherDate: '2026-11-01T00:00:00',
        VoucherText: '',
        NumberSeries: 'A',
        NumberAndNumberSeries: `A${i}`,
        ModifiedUtc: `2026-11-0${i}T10:00:00.000Z`,
        Rows: [],
      });
    const { visma } = clientFor(fake, { accessToken: 'a' });
    expect((await visma.vouchers(null)).map((v) => v.Id.slice(-1))).toEqual(['1', '2', '3', '4', '5']);
    expect(fake.requests().filter((r) => r.path === '/v2/vouchers')).toHaveLength(3);
    expect((await visma.vouchers('2026-11-03T10:00:00.000Z')).map((v) => v.Id.slice(-1))).toEqual(['4', '5']);
    expect(fake.requests().at(-1)!.query).toContain('%24filter=ModifiedUtc+gt+2026-11-03T10%3A00%3A00.000Z');
  });

  it('waits the time a 4010/429 names, then goes on', async () => {
    fake = await startVismaFake({ accessTokens: ['a'], rateLimit: { requests: 2, perMs: 60_000 } });
    const slept: number[] = [];
    const auth = { headers: async () => ({ Authorization: 'Bearer a' }) };
    const http = createHttpClient({
      baseUrl: fake.url,
      auth,
      errorMessage: vismaErrorMessage,
      retryAfterMs: vismaRetryAfterMs,
      retry: { maxAttempts: 2 },
      sleep: async (ms) => void slept.push(ms),
    });
    const visma = new VismaClient(http);
    await visma.vatCodes();
    await visma.vatCodes();
    const err = await visma.vatCodes().catch((e: unknown) => e);
    expect(slept[0]).toBeGreaterThan(1000);
    expect(String((err as Error).message)).toMatch(/4010 API calls quota exceeded.*Try again in \d+ seconds/);
    // Another endpoint has its own quota.
    expect((await visma.termsOfPayments()).length).toBe(3);
  });

  it('reports Visma’s error fields and answers 403 without the API module', async () => {
    // Sends an over-long project number on purpose.
    fake = await startVismaFake({ accessTokens: ['a'], allowContractBreaches: true });
    const { visma } = clientFor(fake, { accessToken: 'a' });
    const err = await visma.createProject({ Number: '1234567890', Name: 'x', StartDate: '2026-01-01T00:00:00', Status: 1 }).catch((e: unknown) => e);
    expect((err as { remoteMessage: string }).remoteMessage).toMatch(/^2000 .*\/Number: must NOT have more than 9 characters/);
    fake.state.apiModule = false;
    await expect(visma.companySettings()).rejects.toBeInstanceOf(VismaNoApiModuleError);
    const check = await connector.check({
      settings: connector.settings.parse({ baseUrl: fake.url }),
      http: clientFor(fake, { accessToken: 'a' }).http,
      log: console,
    });
    expect(check).toMatchObject({ ok: false, message: expect.stringMatching(/API module/) });
  });

  it('supplier invoices: debit is DebetAmount on invoices and DebitAmount on drafts (the other spelling is refused as unknown); unbalanced rows give 4032', async () => {
    // Sends the wrong spelling on purpose.
    fake = await startVismaFake({ accessTokens: ['a'], allowContractBreaches: true });
    fake.state.accounts.push({ Number: '4010', Name: 'Inköp', FiscalYearId: 'f1f1f1f1-0000-4000-8000-000000002026', IsActive: true });
    fake.state.suppliers.push({
      Id: 'dddddddd-0000-4000-8000-000000000001',
      SupplierNumber: '200',
      Name: 'Plåt AB',
      IsActive: true,
      TermsOfPaymentId: fake.state.termsOfPayments[0]!.Id,
      ModifiedUtc: '',
    });
    const { visma } = clientFor(fake, { accessToken: 'a' });
    const header = { SupplierId: 'dddddddd-0000-4000-8000-000000000001', InvoiceNumber: 'A-1', TotalAmount: 1250, Vat: 250, IsCreditInvoice: false };
    // The draft spelling on an invoice is not a property of its rows.
    const err = await visma
      .createSupplierInvoice({ ...header, Rows: [{ AccountNumber: 4010, DebitAmount: 1000, CreditAmount: 0 }] }, 'x')
      .catch((e: unknown) => e);
    expect((err as { remoteMessage: string }).remoteMessage).toMatch(/^2000 .*Rows\/0.*unknown property "DebitAmount"/s);
    // Balanced rows are required.
    const unbalanced = await visma
      .createSupplierInvoice({ ...header, Rows: [{ AccountNumber: 4010, DebetAmount: 900, CreditAmount: 0 }] }, 'x')
      .catch((e: unknown) => e);
    expect((unbalanced as { remoteMessage: string }).remoteMessage).toMatch(/^4032 SupplierInvoiceDoesntBalance/);
    const booked = await visma.createSupplierInvoice({ ...header, Rows: [{ AccountNumber: 4010, DebetAmount: 1000, CreditAmount: 0 }] }, 'x');
    expect(booked).toMatchObject({ Status: 1, PaymentStatus: 3, RemainingAmount: -1250 });
    const draftErr = await visma
      .createSupplierInvoiceDraft({ ...header, InvoiceNumber: 'A-2', Rows: [{ AccountNumber: 4010, DebetAmount: 1000, CreditAmount: 0 }] }, 'x')
      .catch((e: unknown) => e);
    expect((draftErr as { remoteMessage: string }).remoteMessage).toMatch(/^2000 .*unknown property "DebetAmount"/s);
    expect(fake.contractIssues().filter((b) => b.what === 'request')).toHaveLength(2);
    const unknownAccount = await visma
      .createSupplierInvoice({ ...header, InvoiceNumber: 'A-3', Rows: [{ AccountNumber: 4999, DebetAmount: 1000, CreditAmount: 0 }] }, 'x')
      .catch((e: unknown) => e);
    expect((unknownAccount as { remoteMessage: string }).remoteMessage).toMatch(/^3002 AccountNotFound/);
    expect((await visma.supplierInvoicesOf(header.SupplierId, 'A-1')).map((i) => i.Id)).toEqual([booked!.Id]);
  });
});

describe("the fake holds requests and answers to the API's contract", () => {
  const base = async (f: VismaFake) => {
    const token = f.issueAccessToken();
    return (method: string, path: string, body?: unknown) =>
      fetch(`${f.url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { ErrorCode?: number; DeveloperErrorMessage?: string } }));
  };
  const customer = (f: VismaFake) => ({
    Name: 'Kund AB',
    InvoicePostalCode: '90326',
    InvoiceCity: 'Umeå',
    IsPrivatePerson: false,
    IsActive: true,
    TermsOfPaymentId: f.state.termsOfPayments[0]!.Id,
  });

  it.each([
    ['a wrong field name', 'POST', '/customers', (f: VismaFake) => ({ ...customer(f), Nmae: 'x' }), /request body: has unknown property "Nmae"/],
    [
      'a read-only property',
      'POST',
      '/customerinvoicedrafts',
      () => ({ CustomerId: randomUUID(), RotReducedInvoicingType: 0, EuThirdParty: false, SalesDocumentAttachments: [] }),
      /\/SalesDocumentAttachments: is read-only/,
    ],
    [
      'a bare date for a date-time',
      'POST',
      '/projects',
      () => ({ Number: '10000', Name: 'Projekt', StartDate: '2026-11-02', Status: 1 }),
      /\/StartDate: must match format "date-time"/,
    ],
    [
      'an over-long project name',
      'POST',
      '/projects',
      () => ({ Number: '10000', Name: 'x'.repeat(51), StartDate: '2026-11-02T00:00:00', Status: 1 }),
      /\/Name: must NOT have more than 50 characters/,
    ],
    ['a null in a string field', 'POST', '/customers', (f: VismaFake) => ({ ...customer(f), EmailAddress: null }), /\/EmailAddress: must be string/],
  ])("refuses %s with the API's 400 and fails close()", async (_what, method, path, body, message) => {
    const f = await startVismaFake();
    try {
      const send = await base(f);
      const res = await send(method, path, body(f));
      expect(res.status).toBe(400);
      expect(res.body.ErrorCode).toBe(2000);
      expect(res.body.DeveloperErrorMessage).toMatch(message);
      expect(f.state.customers).toEqual([]);
      expect(f.state.projects).toEqual([]);
    } finally {
      await expect(f.close()).rejects.toThrow(message);
    }
  });

  it('close() resolves after valid requests and documented answers, and after error answers (which the specification leaves out)', async () => {
    const f = await startVismaFake();
    const send = await base(f);
    expect((await send('POST', '/customers', customer(f))).status).toBe(201);
    expect((await send('POST', '/projects', { Number: '10000', Name: 'Projekt', StartDate: '2026-11-02T00:00:00', Status: 1 })).status).toBe(201);
    const missing = await send('GET', `/customerinvoices/${randomUUID()}`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ ErrorCode: 3000, ErrorId: expect.any(String) });
    await expect(f.close()).resolves.toBeUndefined();
  });

  it("an answer the fake gives outside the contract fails close(); 'record' answers a bad request; allowContractBreaches lets close() resolve", async () => {
    const f = await startVismaFake();
    f.state.company = { Name: 'Utan land AB', CorporateIdentityNumber: '556677-8899' } as VismaFake['state']['company'];
    const send = await base(f);
    expect((await send('GET', '/companysettings')).status).toBe(200);
    await expect(f.close()).rejects.toThrow(/GET \/v2\/companysettings answer 200:\n {2}response 200: must have required property 'CountryCode'/);

    const recording = await startVismaFake({ contract: 'record', allowContractBreaches: true });
    const res = await (await base(recording))('POST', '/customers', { ...customer(recording), Nmae: 'x' });
    expect(res.status).toBe(201);
    expect(recording.contractIssues()).toMatchObject([{ method: 'POST', path: '/v2/customers', what: 'request' }]);
    await expect(recording.close()).resolves.toBeUndefined();
  });
});
