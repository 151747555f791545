// The SIE import's rules, table by table: what an account, a cost centre and a voucher of a SIE
// file do to the registers, and the permissions an import needs.
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import type { SieRow, SieVoucher } from '@nordic-invoicing/connector-sdk/sie';
import {
  accountPlan,
  costCentrePlan,
  missingPermission,
  requiredPermissions,
  rowDimensions,
  type VoucherContext,
  voucherIdentity,
  voucherPlan,
} from '../../src/modules/sie-import/rules.js';
import { REGISTER_CHECKS } from '../../src/modules/sie-import/register-checks.js';

describe('permissions', () => {
  it.each([
    [{ accounts: true, costCentres: true, vouchers: true }, ['ADMIN_ACCOUNTS', 'ADMIN_COST_CENTRES', 'ADMIN_INTEGRATIONS']],
    [{ accounts: true, costCentres: false, vouchers: false }, ['ADMIN_ACCOUNTS']],
    [{ accounts: false, costCentres: true, vouchers: false }, ['ADMIN_COST_CENTRES']],
    [{ accounts: false, costCentres: false, vouchers: true }, ['ADMIN_INTEGRATIONS']],
  ] as const)('%o needs %o', (parts, needed) => {
    expect(requiredPermissions(parts)).toEqual(needed);
  });
  it.each([
    [[], 'ADMIN_ACCOUNTS'],
    [['ADMIN_ACCOUNTS'], 'ADMIN_COST_CENTRES'],
    [['ADMIN_ACCOUNTS', 'ADMIN_COST_CENTRES'], 'ADMIN_INTEGRATIONS'],
    [['ADMIN_ACCOUNTS', 'ADMIN_COST_CENTRES', 'ADMIN_INTEGRATIONS'], null],
  ] as const)('holding %o, missing %s', (has, missing) => {
    expect(missingPermission({ accounts: true, costCentres: true, vouchers: true }, new Set(has))).toBe(missing);
  });
});

describe('accountPlan', () => {
  const existing = new Map([[3001, 'Försäljning 25 %']]);
  const seen = new Map([[4010, 7]]);
  const plan = (number: string, name: string, include = false) =>
    accountPlan({ number, name, line: 12 }, existing, seen, { includeBalanceSheetAccounts: include }, REGISTER_CHECKS);
  it.each([
    // number, name, include balance sheet, outcome, create, code of the error or note
    ['3041', 'Försäljning tjänster', false, 'CREATE', { number: 3041, name: 'Försäljning tjänster' }, null],
    ['8999', 'Årets resultat', false, 'CREATE', { number: 8999, name: 'Årets resultat' }, null],
    ['1930', 'Bank', false, 'SKIPPED', null, 'balance_sheet'],
    ['2999', 'Upplupna kostnader', false, 'SKIPPED', null, 'balance_sheet'],
    ['1930', 'Bank', true, 'CREATE', { number: 1930, name: 'Bank' }, null],
    ['3001', 'Försäljning 25 %', false, 'UNCHANGED', null, null],
    ['3001', 'Sales', false, 'UNCHANGED', null, 'name_differs'],
    ['4010', 'Inköp', false, 'ERROR', null, 'duplicate'],
    ['19300', 'Bank', false, 'ERROR', null, 'out_of_range'],
    ['0999', 'Noll', false, 'ERROR', null, 'out_of_range'],
    ['5010', '', false, 'ERROR', null, 'required'],
  ] as const)('%s "%s" (balance sheet %s): %s', (number, name, include, outcome, create, code) => {
    const p = plan(number, name, include);
    expect(p.item.outcome).toBe(outcome);
    expect(p.create).toEqual(create);
    expect(p.item.line).toBe(12);
    const codes = [...p.item.errors, ...p.item.notes].map((n) => n.code);
    expect(codes).toEqual(code ? [code] : []);
    for (const n of [...p.item.errors, ...p.item.notes]) expect(n.line).toBe(12);
  });
  it('says that a changed name is kept', () => {
    expect(plan('3001', 'Sales').item.notes[0]!.message).toMatch(/keeps its name "Försäljning 25 %"/);
  });
});

describe('costCentrePlan', () => {
  const existing = new Map([
    ['Nord', 'Kontor Nord'],
    ['Syd', 'Kontor Syd'],
  ]);
  const seen = new Map([['Väst', 3]]);
  it.each([
    ['Öst', 'Kontor Öst', 'CREATE', { code: 'Öst', name: 'Kontor Öst' }, null],
    ['Nord', 'Kontor Nord', 'UNCHANGED', null, null],
    ['Syd', 'Södra kontoret', 'UPDATE', { code: 'Syd', name: 'Södra kontoret' }, 'renamed'],
    ['Väst', 'Kontor Väst', 'ERROR', null, 'duplicate'],
    ['X', '', 'ERROR', null, 'required'],
  ] as const)('%s "%s": %s', (id, name, outcome, write, code) => {
    const p = costCentrePlan({ id, name, line: 9 }, existing, seen, REGISTER_CHECKS);
    expect(p.item.outcome).toBe(outcome);
    expect(p.write).toEqual(write);
    expect([...p.item.errors, ...p.item.notes].map((n) => n.code)).toEqual(code ? [code] : []);
  });
});

describe('voucherIdentity', () => {
  const years = [
    { start: '2009-07-01', end: '2010-06-30' },
    { start: '2008-07-01', end: '2009-06-30' },
  ];
  it.each([
    ['A', '12', '2010-02-01', '2009/A/12'],
    ['A', '12', '2009-06-30', '2008/A/12'],
    ['B', '007', '2009-07-01', '2009/B/7'],
    [' V ', ' 3 ', '2011-03-04', '2011/V/3'], // outside every #RAR: the date's year
  ])('series %j number %j on %s is %s', (series, number, date, remoteId) => {
    const id = voucherIdentity({ line: 1, series, number, date }, years);
    expect(id.ok && id.remoteId).toBe(remoteId);
  });
  it.each([
    ['', '12', '2010-02-01', 'no_number'],
    ['A', '', '2010-02-01', 'no_number'],
    ['A', 'X1', '2010-02-01', 'bad_number'],
    ['A', '99999999999', '2010-02-01', 'bad_number'],
    ['A', '1', 'igår', 'bad_date'],
  ])('series %j number %j on %s is refused: %s', (series, number, date, code) => {
    const id = voucherIdentity({ line: 4, series, number, date }, []);
    expect(id.ok ? null : id.error).toMatchObject({ line: 4, code });
  });
});

describe('voucherPlan', () => {
  const P1 = '00000000-0000-4000-8000-000000000001';
  const WO = '00000000-0000-4000-8000-000000000002';
  const CC = '00000000-0000-4000-8000-000000000003';
  const row = (account: string, amount: string, objects: [string, string][], extra: Partial<SieRow> = {}): SieRow => ({
    kind: 'trans',
    line: 0,
    account,
    objects: objects.map(([dimension, id]) => ({ dimension, id })),
    amount: new Decimal(amount),
    booked: true,
    ...extra,
  });
  const voucher = (rows: SieRow[], over: Partial<SieVoucher> = {}): SieVoucher => ({
    line: 20,
    series: 'A',
    number: '5',
    date: '2011-01-31',
    text: 'Lernia',
    rows: rows.map((r, i) => ({ ...r, line: 21 + i })),
    issues: [],
    ...over,
  });
  const ctx = (over: Partial<VoucherContext> = {}): VoucherContext => ({
    fiscalYears: [{ start: '2011-01-01', end: '2011-12-31' }],
    firstAt: () => undefined,
    projects: new Map([
      ['0001', { projectId: P1, workOrderId: null, changeOrderId: null }],
      ['0001_1', { projectId: P1, workOrderId: WO, changeOrderId: null }],
    ]),
    costCentres: new Map<string, string | null>([
      ['Syd', CC],
      ['Ny', null],
    ]),
    existing: () => undefined,
    source: 'sie',
    checks: REGISTER_CHECKS,
    ...over,
  });
  const sale = [
    row('3041', '-50400.00', [
      ['1', 'Syd'],
      ['6', '0001'],
    ]),
    row('2611', '-12600.00', [['6', '0001_1']]),
    row('1510', '63000.00', []),
  ];

  it('keeps the rows on projects of ours, with their position, debit or credit and cost centre', () => {
    const p = voucherPlan(voucher(sale), ctx());
    expect(p.item).toMatchObject({ kind: 'VOUCHER', key: '2011/A/5', line: 20, outcome: 'CREATE', errors: [], notes: [] });
    expect(p.write).toMatchObject({ source: 'sie', remoteId: '2011/A/5', series: 'A', number: 5, transactionDate: '2011-01-31', description: 'Lernia' });
    expect(p.write!.rows).toEqual([
      { rowIndex: 1, accountNumber: 3041, debit: '0', credit: '50400', projectId: P1, workOrderId: null, changeOrderId: null, costCentreId: CC, note: null },
      { rowIndex: 2, accountNumber: 2611, debit: '0', credit: '12600', projectId: P1, workOrderId: WO, changeOrderId: null, costCentreId: null, note: null },
    ]);
  });

  it('counts positions over booked rows only (an #RTRANS with its duplicate #TRANS books once, a #BTRANS never)', () => {
    const rows = [
      row('3041', '-100', [['6', '0001']], { kind: 'btrans', booked: false }),
      row('3041', '-100', [['6', '0001']], { kind: 'rtrans', booked: false }),
      row('3041', '-100', [['6', '0001']]),
      row('1510', '100', [['6', '0001']], { text: ' kund ' }),
    ];
    expect(voucherPlan(voucher(rows), ctx()).write!.rows.map((r) => [r.rowIndex, r.debit, r.credit, r.note])).toEqual([
      [1, '0', '100', null],
      [2, '100', '0', 'kund'],
    ]);
  });

  it.each([
    // what, voucher, context, outcome, codes (errors then notes), rows written
    [
      'an unknown project leaves its rows out',
      voucher([...sale, row('4010', '1', [['6', '9999']]), row('4010', '-1', [['6', '0001']])]),
      ctx(),
      'CREATE',
      ['unknown_project'],
      3,
    ],
    ['only unknown projects: skipped', voucher([row('3041', '-1', [['6', '9999']]), row('1510', '1', [])]), ctx(), 'SKIPPED', ['unknown_project'], 0],
    ['no project rows: skipped', voucher([row('3041', '-1', [['1', 'Syd']]), row('1510', '1', [])]), ctx(), 'SKIPPED', ['no_project_rows'], 0],
    [
      'an unknown cost centre: the row kept without one',
      voucher([
        row('3041', '-1', [
          ['1', 'Öst'],
          ['6', '0001'],
        ]),
      ]),
      ctx(),
      'CREATE',
      ['unknown_cost_centre'],
      1,
    ],
    [
      'a cost centre this import creates (preview)',
      voucher([
        row('3041', '-1', [
          ['1', 'Ny'],
          ['6', '0001'],
        ]),
      ]),
      ctx(),
      'CREATE',
      [],
      1,
    ],
    [
      'the reader refused it',
      voucher(sale, { issues: [{ line: 23, code: 'unbalanced-voucher', scope: 'voucher', message: 'The rows sum to 1.00, not 0.' }] }),
      ctx(),
      'ERROR',
      ['unbalanced-voucher'],
      0,
    ],
    ['no number', voucher(sale, { number: '' }), ctx(), 'ERROR', ['no_number'], 0],
    ['twice in the file', voucher(sale), ctx({ firstAt: (id) => (id === '2011/A/5' ? 3 : undefined) }), 'ERROR', ['duplicate'], 0],
    ['from another source in the register', voucher(sale), ctx({ existing: () => ({ source: 'conn-1', rowIndexes: new Set() }) }), 'ERROR', ['duplicate'], 0],
    ['imported before, every row there', voucher(sale), ctx({ existing: () => ({ source: 'sie', rowIndexes: new Set([1, 2]) }) }), 'UNCHANGED', [], 0],
    ['imported before, a row new', voucher(sale), ctx({ existing: () => ({ source: 'sie', rowIndexes: new Set([1]) }) }), 'UPDATE', ['rows_appended'], 1],
    ['an account number of five digits', voucher([row('30410', '-1', [['6', '0001']])]), ctx(), 'ERROR', ['out_of_range'], 0],
    ['more than two decimals', voucher([row('3041', '-1.005', [['6', '0001']])]), ctx(), 'ERROR', ['too_many_decimals'], 0],
  ] as const)('%s', (_what, v, c, outcome, codes, written) => {
    const p = voucherPlan(v, c);
    expect(p.item.outcome).toBe(outcome);
    expect([...p.item.errors, ...p.item.notes].map((n) => n.code)).toEqual(codes);
    expect(p.write?.rows.length ?? 0).toBe(written);
    if (outcome === 'ERROR') expect(p.write).toBeNull();
  });

  it('names the line of the refused row', () => {
    const p = voucherPlan(voucher([row('3041', '-1', [['6', '0001']]), row('30410', '1', [['6', '0001']])]), ctx());
    expect(p.item.errors).toEqual([expect.objectContaining({ line: 22 })]);
  });

  it('reads dimensions 6 and 1 from the object list', () => {
    expect(
      rowDimensions({
        objects: [
          { dimension: '7', id: '4' },
          { dimension: '6', id: ' 0001 ' },
          { dimension: '1', id: 'Syd' },
        ],
      }),
    ).toEqual({
      projectNumber: '0001',
      costCentreCode: 'Syd',
    });
    expect(rowDimensions({ objects: [] })).toEqual({ projectNumber: null, costCentreCode: null });
  });
});
