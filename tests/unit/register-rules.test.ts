import { describe, expect, it } from 'vitest';
import { Prisma } from '../../src/generated/prisma/client.js';
import type { ValidationIssue } from '../../src/errors.js';
import {
  accountChanges,
  accountImportPlan,
  costCentreChanges,
  costCentreSyncPlan,
  displaySupplierOrganisationNumber,
  dueDate,
  isBalanceSheetAccount,
  nextSupplierNumber,
  NEW_SUPPLIER_DEFAULTS,
  parseAmount,
  paymentTermChanges,
  summariseLedger,
  supplierChanges,
  voucherChanges,
  type AccountColumns,
  type ParseResult,
  type SupplierColumns,
} from '../../src/modules/registers/rules.js';

const TODAY = new Date('2026-11-22T12:00:00Z');
const pc = (issues: ValidationIssue[]) => issues.map(({ path, code }) => ({ path, code }));
const D = (s: string) => new Prisma.Decimal(s);
const ok = <T>(r: ParseResult<T>): T => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.message}`);
  return r.value;
};
const code = (r: ParseResult<unknown>) => (r.ok ? 'ok' : r.code);

describe('exact amounts', () => {
  it.each([
    [undefined, '0'],
    [null, '0'],
    ['1234.50', '1234.5'],
    [' 0.10 ', '0.1'],
    ['1.500', '1.5'],
    ['-0', '0'],
    [1200, '1200'],
    [D('99.99'), '99.99'],
    ['999999999999.99', '999999999999.99'],
  ])('%j → %s', (input, value) => expect(ok(parseAmount(input)).toFixed()).toBe(value));
  it.each([
    [0.1, 'inexact'],
    [12.5, 'inexact'],
    ['-1', 'negative'],
    [D('-0.01'), 'negative'],
    ['1.005', 'too_many_decimals'],
    [D('0.001'), 'too_many_decimals'],
    ['1,50', 'invalid_format'],
    ['1e3', 'invalid_format'],
    ['1000000000000', 'invalid_format'], // 13 digits do not fit the column
    ['', 'invalid_format'],
    [true, 'invalid_type'],
  ])('%j is refused: %s', (input, c) => expect(code(parseAmount(input))).toBe(c));
});

describe('accounts', () => {
  const EXISTING: AccountColumns = Object.freeze({
    number: 4010,
    name: 'Inköp material',
    active: true,
    kind: 'MATERIAL',
    invoiceItemNumber: 'MAT',
    externalVatCode: 'MP1',
    defaultVatRate: D('25'),
  });

  it('creates with defaults and normalised values', () => {
    const ch = accountChanges({ number: 3001, name: ' Försäljning 25 % ', defaultVatRate: '25.00', invoiceItemNumber: ' ' }, null);
    expect(ch.issues).toEqual([]);
    expect(ch.merged).toEqual({
      number: 3001,
      name: 'Försäljning 25 %',
      active: true,
      kind: null,
      invoiceItemNumber: null,
      externalVatCode: null,
      defaultVatRate: D('25'),
    });
  });

  it.each([
    [{ name: 'X' }, [{ path: 'number', code: 'required' }]],
    [{ number: 999, name: 'X' }, [{ path: 'number', code: 'out_of_range' }]],
    [{ number: 10000, name: 'X' }, [{ path: 'number', code: 'out_of_range' }]],
    [{ number: 3000.5, name: 'X' }, [{ path: 'number', code: 'invalid_type' }]],
    [{ number: 3000 }, [{ path: 'name', code: 'required' }]],
    [{ number: 3000, name: '  ' }, [{ path: 'name', code: 'required' }]],
    [{ number: 3000, name: 'X', defaultVatRate: '20' }, [{ path: 'defaultVatRate', code: 'invalid_vat_rate' }]],
    [{ number: 3000, name: 'X', defaultVatRate: 12.5 }, [{ path: 'defaultVatRate', code: 'invalid_vat_rate' }]],
    [{ number: 3000, name: 'X', kind: 'LABOUR' }, [{ path: 'kind', code: 'invalid_value' }]],
    [{ number: 3000, name: 'X', colour: 'red' }, [{ path: 'colour', code: 'unknown_field' }]],
  ])('refuses %j', (input, issues) => expect(pc(accountChanges(input, null).issues)).toEqual(issues));

  it.each(['25', '12', '6', '0', '6.00', 12, D('0')])('accepts the VAT rate %j', (rate) => {
    expect(accountChanges({ number: 3000, name: 'X', defaultVatRate: rate }, null).issues).toEqual([]);
  });

  it('updates only what is given, null clears, and the number never changes', () => {
    const ch = accountChanges({ kind: null, defaultVatRate: null, active: false }, EXISTING);
    expect(ch.issues).toEqual([]);
    expect(ch.columns).toEqual({ kind: null, defaultVatRate: null, active: false });
    expect(ch.merged).toMatchObject({ number: 4010, name: 'Inköp material', invoiceItemNumber: 'MAT' });
    expect(pc(accountChanges({ number: 4011 }, EXISTING).issues)).toEqual([{ path: 'number', code: 'read_only' }]);
    expect(accountChanges({ number: 4010 }, EXISTING).issues).toEqual([]);
    expect(pc(accountChanges({ name: null }, EXISTING).issues)).toEqual([{ path: 'name', code: 'required' }]);
  });

  it('prefixes paths for imports', () => {
    expect(pc(accountChanges({ number: 1, name: '' }, null, 'accounts.7').issues)).toEqual([
      { path: 'accounts.7.number', code: 'out_of_range' },
      { path: 'accounts.7.name', code: 'required' },
    ]);
  });

  it.each([
    [999, false],
    [1000, true],
    [1930, true],
    [2999, true],
    [3000, false],
    [8999, false],
  ])('account %i is a balance sheet account: %s', (n, balance) => expect(isBalanceSheetAccount(n)).toBe(balance));
});

describe('account import plan', () => {
  const incoming = [
    { number: 1930, name: 'Bank' },
    { number: 2440, name: 'Leverantörsskulder' },
    { number: 3001, name: 'Försäljning' },
    { number: 4010, name: 'Material' },
    { number: 5010, name: 'Lokalhyra' },
    { number: 7010, name: 'Löner' },
  ];

  it.each([
    ['first run: all but classes 1 and 2', { firstRun: true }, new Set<number>(), [2, 3, 4, 5], 2],
    ['first run ignores the balance option', { firstRun: true, includeBalanceSheetAccounts: true }, new Set<number>(), [2, 3, 4, 5], 2],
    ['first run skips existing numbers', { firstRun: true }, new Set([4010]), [2, 4, 5], 3],
    ['later run: only new numbers, classes 1–2 still skipped', { firstRun: false }, new Set([3001, 4010, 5010]), [5], 5],
    ['later run with balance sheet accounts', { firstRun: false, includeBalanceSheetAccounts: true }, new Set([3001, 4010, 5010]), [0, 1, 5], 3],
    ['nothing new', { firstRun: false }, new Set([3001, 4010, 5010, 7010]), [], 6],
  ])('%s', (_name, opts, existing, create, skipped) => {
    const plan = accountImportPlan(incoming, existing, opts);
    expect(plan).toEqual({ create, skipped, issues: [] });
  });

  it('reports numbers that are missing, out of range or given twice', () => {
    const plan = accountImportPlan([{ number: 3001, name: 'A' }, { name: 'B' }, { number: 30010, name: 'C' }, { number: 3001, name: 'D' }, null], new Set(), {
      firstRun: true,
    });
    expect(pc(plan.issues)).toEqual([
      { path: 'accounts.1.number', code: 'required' },
      { path: 'accounts.2.number', code: 'out_of_range' },
      { path: 'accounts.3.number', code: 'duplicate' },
      { path: 'accounts.4.number', code: 'required' },
    ]);
    expect(plan.create).toEqual([0]);
  });
});

describe('cost centres', () => {
  it.each([
    [{ code: ' 100 ', name: ' Norr ' }, null, { code: '100', name: 'Norr', active: true }, []],
    [{ code: 'A B', name: 'X' }, null, null, [{ path: 'code', code: 'invalid_format' }]],
    [{ code: '123456789012345678901', name: 'X' }, null, null, [{ path: 'code', code: 'too_long' }]],
    [{ name: 'X' }, null, null, [{ path: 'code', code: 'required' }]],
    [
      { code: '', name: '' },
      null,
      null,
      [
        { path: 'code', code: 'required' },
        { path: 'name', code: 'required' },
      ],
    ],
    [{ active: false }, { code: '100', name: 'Norr', active: true }, { code: '100', name: 'Norr', active: false }, []],
    [{ code: null }, { code: '100', name: 'Norr', active: true }, null, [{ path: 'code', code: 'required' }]],
  ] as const)('%j on %j', (input, existing, merged, issues) => {
    const ch = costCentreChanges(input, existing);
    expect(pc(ch.issues)).toEqual(issues);
    if (merged) expect(ch.merged).toEqual(merged);
  });

  it('syncs from the accounting system by code: creates new, renames changed, keeps the rest', () => {
    const existing = [
      { id: 'a', code: '100', name: 'Norr' },
      { id: 'b', code: '200', name: 'Syd' },
      { id: 'c', code: '300', name: 'Väst' },
    ];
    const plan = costCentreSyncPlan(
      [
        { code: '100', name: 'Norr' },
        { code: '200', name: 'Söder' },
        { code: '400', name: 'Öst' },
      ],
      existing,
    );
    expect(plan).toEqual({ create: [{ code: '400', name: 'Öst', active: true }], rename: [{ id: 'b', name: 'Söder' }], unchanged: 1, issues: [] });
  });

  it.each([
    ['closed there: created inactive', false, false],
    ['open there: created active', true, true],
    ['not said: created active', undefined, true],
  ] as const)('a new code %s', (_label, remoteActive, active) => {
    const plan = costCentreSyncPlan([{ code: '500', name: 'Stängt', active: remoteActive }], []);
    expect(plan.create).toEqual([{ code: '500', name: 'Stängt', active }]);
  });

  it('leaves an existing cost centre’s activity to the company, whatever the accounting system says', () => {
    const plan = costCentreSyncPlan([{ code: '100', name: 'Norr', active: false }], [{ id: 'a', code: '100', name: 'Norr' }]);
    expect(plan).toEqual({ create: [], rename: [], unchanged: 1, issues: [] });
  });

  it('reports invalid and repeated codes with their positions', () => {
    const plan = costCentreSyncPlan([{ code: '100', name: 'A' }, { code: '100', name: 'B' }, { code: '', name: 'C' }, { code: '5' }], []);
    expect(pc(plan.issues)).toEqual([
      { path: 'costCentres.1.code', code: 'duplicate' },
      { path: 'costCentres.2.code', code: 'required' },
      { path: 'costCentres.3.name', code: 'required' },
    ]);
  });
});

describe('payment terms', () => {
  it.each([
    [{ code: '30', name: '30 dagar netto', days: 30 }, null, []],
    [{ code: 'K', name: 'Kontant', days: 0 }, null, []],
    [{ code: '365', name: 'Ett år', days: 365 }, null, []],
    [{ code: '366', name: 'X', days: 366 }, null, [{ path: 'days', code: 'out_of_range' }]],
    [{ code: 'N', name: 'X', days: -1 }, null, [{ path: 'days', code: 'out_of_range' }]],
    [{ code: 'N', name: 'X', days: 10.5 }, null, [{ path: 'days', code: 'invalid_type' }]],
    [{ code: 'N', name: 'X' }, null, [{ path: 'days', code: 'required' }]],
    [
      {},
      null,
      [
        { path: 'code', code: 'required' },
        { path: 'name', code: 'required' },
        { path: 'days', code: 'required' },
      ],
    ],
    [{ days: 45 }, { code: '30', name: '30', days: 30, active: true }, []],
    [{ days: null }, { code: '30', name: '30', days: 30, active: true }, [{ path: 'days', code: 'required' }]],
  ] as const)('%j on %j', (input, existing, issues) => expect(pc(paymentTermChanges(input, existing).issues)).toEqual(issues));

  it.each([
    ['2026-11-22', 30, '2026-12-22'],
    ['2026-01-31', 30, '2026-03-02'],
    ['2028-02-15', 14, '2028-02-29'],
    ['2026-12-20', 0, '2026-12-20'],
    ['2026-12-20', 15, '2027-01-04'],
  ])('an invoice of %s on %i days is due %s', (date, days, due) => expect(dueDate(date, days)).toBe(due));
});

describe('suppliers', () => {
  const EXISTING: SupplierColumns = Object.freeze({
    ...NEW_SUPPLIER_DEFAULTS,
    number: '17',
    name: 'Byggvaror AB',
    organisationNumber: '5560360793',
    postcode: '903 25',
    bankgiro: '50501055',
  });

  it('normalises every field', () => {
    const ch = supplierChanges(
      {
        number: ' 42 ',
        name: ' Byggvaror Norr AB ',
        organisationNumber: '556036-0793',
        vatNumber: 'se 5560360793 01',
        address1: 'Industrigatan 4',
        postcode: '90325',
        city: 'Umeå',
        countryCode: 'se',
        email: 'Order@Byggvaror.SE',
        phone: '090-12  34 56',
        bankgiro: '5050-1055',
        plusgiro: '4 78 90-9',
        iban: 'se45 5000 0000 0583 9825 7466',
        bic: 'essesess',
      },
      null,
      { today: TODAY },
    );
    expect(ch.issues).toEqual([]);
    expect(ch.merged).toEqual({
      number: '42',
      name: 'Byggvaror Norr AB',
      organisationNumber: '5560360793',
      vatNumber: 'SE556036079301',
      address1: 'Industrigatan 4',
      address2: null,
      postcode: '903 25',
      city: 'Umeå',
      countryCode: 'SE',
      email: 'order@byggvaror.se',
      phone: '090-12 34 56',
      bankgiro: '50501055',
      plusgiro: '478909',
      iban: 'SE4550000000058398257466',
      bic: 'ESSESESS',
      active: true,
    });
  });

  it.each([
    ['a sole trader’s personnummer', { name: 'Enskild', organisationNumber: '640823-3234' }, { organisationNumber: '196408233234' }],
    ['a 16-prefixed organisation number', { name: 'X', organisationNumber: '165560360793' }, { organisationNumber: '5560360793' }],
    [
      'a foreign organisation number as given',
      { name: 'Norsk AS', countryCode: 'NO', organisationNumber: '923 609 016', postcode: '0150' },
      { organisationNumber: '923 609 016', postcode: '0150' },
    ],
    ['no number yet (the next free one is given on save)', { name: 'X' }, { number: '' }],
  ])('accepts %s', (_n, input, expected) => {
    const ch = supplierChanges(input, null, { today: TODAY });
    expect(ch.issues).toEqual([]);
    expect(ch.merged).toMatchObject(expected);
  });

  it.each([
    ['a bad organisation number', { organisationNumber: '556036-0794' }, [{ path: 'organisationNumber', code: 'check_digit' }]],
    ['a malformed organisation number', { organisationNumber: '55603' }, [{ path: 'organisationNumber', code: 'format' }]],
    ['a bad VAT number', { vatNumber: 'SE556036079401' }, [{ path: 'vatNumber', code: 'check_digit' }]],
    ['a bad postcode', { postcode: '1234' }, [{ path: 'postcode', code: 'invalid_format' }]],
    ['a bad bankgiro', { bankgiro: '5050-1056' }, [{ path: 'bankgiro', code: 'check_digit' }]],
    ['a bad plusgiro', { plusgiro: '4-3' }, [{ path: 'plusgiro', code: 'check_digit' }]],
    ['a bad IBAN', { iban: 'SE45 5000 0000 0583 9825 7467' }, [{ path: 'iban', code: 'check_digit' }]],
    ['a bad BIC', { bic: 'ESSE' }, [{ path: 'bic', code: 'invalid_length' }]],
    ['a BIC without IBAN', { bic: 'ESSESESS' }, [{ path: 'bic', code: 'iban_required' }]],
    ['a bad number', { number: 'L 17' }, [{ path: 'number', code: 'invalid_format' }]],
    ['a bad country', { countryCode: 'SWE' }, [{ path: 'countryCode', code: 'invalid_format' }]],
    ['a bad e-mail', { email: 'no-at-sign' }, [{ path: 'email', code: 'invalid_email' }]],
    ['a bad phone', { phone: 'call me' }, [{ path: 'phone', code: 'invalid_format' }]],
    ['an unknown field', { bankAccount: '1234' }, [{ path: 'bankAccount', code: 'unknown_field' }]],
  ])('refuses %s, reporting every field', (_n, input, issues) => {
    expect(pc(supplierChanges({ name: 'X', ...input }, null, { today: TODAY }).issues)).toEqual(issues);
  });

  it('reports all invalid fields at once', () => {
    const ch = supplierChanges({ bankgiro: '1', iban: 'X', postcode: 'abc' }, null, { today: TODAY });
    expect(pc(ch.issues)).toEqual([
      { path: 'name', code: 'required' },
      { path: 'postcode', code: 'invalid_format' },
      { path: 'bankgiro', code: 'invalid_format' },
      { path: 'iban', code: 'invalid_format' },
    ]);
  });

  it('updates only what is given; null clears; a number cannot be cleared', () => {
    const ch = supplierChanges({ bankgiro: null, city: 'Luleå' }, EXISTING, { today: TODAY });
    expect(ch.issues).toEqual([]);
    expect(ch.columns).toEqual({ bankgiro: null, city: 'Luleå' });
    expect(ch.merged).toMatchObject({ number: '17', name: 'Byggvaror AB', organisationNumber: '5560360793', bankgiro: null });
    expect(pc(supplierChanges({ number: null }, EXISTING).issues)).toEqual([{ path: 'number', code: 'required' }]);
    expect(pc(supplierChanges({ number: ' ' }, EXISTING).issues)).toEqual([{ path: 'number', code: 'required' }]);
    expect(supplierChanges({ number: '18' }, EXISTING).columns).toEqual({ number: '18' });
  });

  it('re-checks the organisation number and postcode when the country becomes Sweden', () => {
    const foreign: SupplierColumns = { ...EXISTING, countryCode: 'NO', organisationNumber: '923 609 016', postcode: '0150' };
    expect(pc(supplierChanges({ countryCode: 'SE' }, foreign, { today: TODAY }).issues)).toEqual([
      { path: 'organisationNumber', code: 'format' },
      { path: 'postcode', code: 'invalid_format' },
    ]);
    const toNorway = supplierChanges({ countryCode: 'NO' }, EXISTING, { today: TODAY });
    expect(toNorway.issues).toEqual([]);
    expect(toNorway.merged).toMatchObject({ countryCode: 'NO', organisationNumber: '5560360793', postcode: '903 25' });
  });

  it.each([
    [[], '1'],
    [['1', '2', '17'], '18'],
    [['9', '10', 'L-100', 'ABC'], '11'],
    [['L-1'], '1'],
  ])('the next number after %j is %s', (numbers, next) => expect(nextSupplierNumber(numbers)).toBe(next));

  it.each([
    [{ organisationNumber: '5560360793', countryCode: 'SE' }, '556036-0793'],
    [{ organisationNumber: '196408233234', countryCode: 'SE' }, '19640823-3234'],
    [{ organisationNumber: '923 609 016', countryCode: 'NO' }, '923 609 016'],
    [{ organisationNumber: null, countryCode: 'SE' }, null],
  ])('shows %j as %s', (s, shown) => expect(displaySupplierOrganisationNumber(s)).toBe(shown));
});

describe('vouchers', () => {
  const P = '11111111-1111-4111-8111-111111111111';
  const W = '22222222-2222-4222-8222-222222222222';
  const C = '33333333-3333-4333-8333-333333333333';
  const base = { source: 'fortnox-1', remoteId: '2026/A/12', series: 'A', number: 12, transactionDate: '2026-11-20' };

  it('normalises a valid voucher', () => {
    const r = voucherChanges({
      ...base,
      description: ' Leverantörsfaktura ',
      rows: [
        { rowIndex: 0, accountNumber: 4010, debit: '1250.00', projectId: P, workOrderId: W, note: 'Virke' },
        { rowIndex: 1, accountNumber: 2641, debit: D('312.50'), projectId: P.toUpperCase() },
        { rowIndex: 2, accountNumber: 2440, credit: 1562, changeOrderId: null },
        { rowIndex: 3, accountNumber: 4010, credit: '0.50', projectId: P, changeOrderId: C },
      ],
    });
    expect(r.issues).toEqual([]);
    expect(r.voucher).toEqual({ ...base, transactionDate: new Date('2026-11-20T00:00:00Z'), description: 'Leverantörsfaktura' });
    expect(
      r.rows.map((x) => [x.rowIndex, x.accountNumber, x.debit.toFixed(2), x.credit.toFixed(2), x.projectId, x.workOrderId, x.changeOrderId, x.note]),
    ).toEqual([
      [0, 4010, '1250.00', '0.00', P, W, null, 'Virke'],
      [1, 2641, '312.50', '0.00', P, null, null, null],
      [2, 2440, '0.00', '1562.00', null, null, null, null],
      [3, 4010, '0.00', '0.50', P, null, C, null],
    ]);
  });

  it('accepts a Date as transaction date (its UTC day)', () => {
    const r = voucherChanges({ ...base, transactionDate: new Date('2026-02-28T00:00:00Z'), rows: [{ rowIndex: 0, accountNumber: 4010 }] });
    expect(r.issues).toEqual([]);
    expect(r.voucher.transactionDate.toISOString()).toBe('2026-02-28T00:00:00.000Z');
  });

  it.each([
    [
      'missing header fields',
      { rows: [{ rowIndex: 0, accountNumber: 4010 }] },
      ['source:required', 'remoteId:required', 'series:required', 'number:required', 'transactionDate:required'],
    ],
    ['no rows', { ...base, rows: [] }, ['rows:too_small']],
    ['an impossible date', { ...base, transactionDate: '2026-02-29', rows: [{ rowIndex: 0, accountNumber: 4010 }] }, ['transactionDate:invalid_date']],
    ['a negative debit', { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '-5' }] }, ['rows.0.debit:negative']],
    ['a float credit', { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, credit: 0.1 }] }, ['rows.0.credit:inexact']],
    ['three decimals', { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '1.234' }] }, ['rows.0.debit:too_many_decimals']],
    ['debit and credit', { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '1', credit: '1' }] }, ['rows.0.credit:debit_and_credit']],
    ['a bad account', { ...base, rows: [{ rowIndex: 0, accountNumber: 99 }] }, ['rows.0.accountNumber:out_of_range']],
    ['a missing account and index', { ...base, rows: [{}] }, ['rows.0.rowIndex:required', 'rows.0.accountNumber:required']],
    ['a work order without project', { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, workOrderId: W }] }, ['rows.0.workOrderId:not_in_project']],
    ['an ÄTA without project', { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, changeOrderId: C }] }, ['rows.0.changeOrderId:not_in_project']],
    [
      'both AO and ÄTA',
      { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, projectId: P, workOrderId: W, changeOrderId: C }] },
      ['rows.0.changeOrderId:work_order_and_change_order'],
    ],
    ['a malformed id', { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, projectId: '42' }] }, ['rows.0.projectId:invalid_id']],
    [
      'a repeated row index',
      {
        ...base,
        rows: [
          { rowIndex: 3, accountNumber: 4010 },
          { rowIndex: 3, accountNumber: 4011 },
        ],
      },
      ['rows.1.rowIndex:duplicate'],
    ],
    ['an unknown row field', { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, amount: '1' }] }, ['rows.0.amount:unknown_field']],
  ])('refuses %s', (_n, input, issues) => {
    expect(voucherChanges(input).issues.map((i) => `${i.path}:${i.code}`)).toEqual(issues);
  });
});

describe('cost ledger', () => {
  const W1 = 'w1';
  const W2 = 'w2';
  const C1 = 'c1';
  const g = (accountNumber: number, debit: string | null, credit: string | null, workOrderId: string | null = null, changeOrderId: string | null = null) => ({
    accountNumber,
    workOrderId,
    changeOrderId,
    debit: debit === null ? null : D(debit),
    credit: credit === null ? null : D(credit),
  });
  const accounts = new Map([
    [4010, { name: 'Material', kind: 'MATERIAL' as const }],
    [7010, { name: 'Löner', kind: 'WORK' as const }],
  ]);
  const numbers = {
    workOrders: new Map([
      [W1, 2],
      [W2, 1],
    ]),
    changeOrders: new Map([[C1, 1]]),
  };
  const money = (t: { debit: Prisma.Decimal; credit: Prisma.Decimal; net: Prisma.Decimal }) => [t.debit.toFixed(2), t.credit.toFixed(2), t.net.toFixed(2)];

  it('sums per account, per AO/ÄTA and in total, exactly', () => {
    const l = summariseLedger(
      [g(7010, '0.10', '0', W1), g(7010, '0.20', null, W2), g(4010, '1000.00', '0.00'), g(4010, '0', '250.55', null, C1), g(5460, '99.99', '0', W1)],
      accounts,
      numbers,
    );
    expect(l.accounts.map((a) => [a.accountNumber, a.accountName, a.accountKind, ...money(a)])).toEqual([
      [4010, 'Material', 'MATERIAL', '1000.00', '250.55', '749.45'],
      [5460, null, null, '99.99', '0.00', '99.99'],
      [7010, 'Löner', 'WORK', '0.30', '0.00', '0.30'], // 0.1 + 0.2, exactly
    ]);
    expect(l.parts.map((p) => [p.workOrderId, p.changeOrderId, ...money(p)])).toEqual([
      [null, null, '1000.00', '0.00', '1000.00'],
      [W2, null, '0.20', '0.00', '0.20'], // AO 1
      [W1, null, '100.09', '0.00', '100.09'], // AO 2
      [null, C1, '0.00', '250.55', '-250.55'],
    ]);
    expect(money(l.total)).toEqual(['1100.29', '250.55', '849.74']);
  });

  it('is empty for a project without voucher rows', () => {
    const l = summariseLedger([], accounts, numbers);
    expect(l.accounts).toEqual([]);
    expect(l.parts).toEqual([]);
    expect(money(l.total)).toEqual(['0.00', '0.00', '0.00']);
  });
});
