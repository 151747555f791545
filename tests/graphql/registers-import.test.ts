// The import services the accounting connectors call (not GraphQL): the chart of accounts,
// cost centres (the accounting system is the master) and vouchers, on a real database.
import { describe, expect, it } from 'vitest';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { ValidationError } from '../../src/errors.js';
import { importAccounts, syncCostCentres, type AccountImport } from '../../src/modules/registers/service.js';
import { importVoucher, importVouchersIn, type VoucherImport } from '../../src/modules/registers/vouchers.js';

const h = useHarness();

const dbOf = (c: TestCompany, signature = 'SYNC') => createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature });

async function issuesOf(p: Promise<unknown>): Promise<string[]> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof ValidationError)) throw new Error(`expected a ValidationError, got ${String(err)}`);
  return err.issues.map((i) => `${i.path}:${i.code}`);
}

async function project(db: TenantDb, number: string) {
  const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: `C${number}`, name: `Customer ${number}` }) });
  const p = await db.project.create({
    data: scoped<Prisma.ProjectUncheckedCreateInput>({ customerId: customer.id, number, name: `Project ${number}`, statusCode: 50 }),
  });
  const wo = await db.workOrder.create({ data: scoped<Prisma.WorkOrderUncheckedCreateInput>({ projectId: p.id, number: 1, name: 'AO 1', statusCode: 50 }) });
  const co = await db.changeOrder.create({
    data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({ projectId: p.id, number: 1, name: 'ÄTA 1', statusCode: 50 }),
  });
  return { id: p.id, workOrderId: wo.id, changeOrderId: co.id };
}

const FORTNOX_CHART: AccountImport[] = [
  { number: 1510, name: 'Kundfordringar' },
  { number: 1930, name: 'Företagskonto' },
  { number: 2440, name: 'Leverantörsskulder' },
  { number: 2611, name: 'Utgående moms 25 %' },
  { number: 3001, name: 'Försäljning inom Sverige, 25 % moms', defaultVatRate: '25', externalVatCode: 'MP1' },
  { number: 3231, name: 'Försäljning inom byggsektorn, omvänd skattskyldighet', defaultVatRate: 0 },
  { number: 4010, name: 'Inköp material och varor', kind: 'MATERIAL', defaultVatRate: new Prisma.Decimal(25) },
  { number: 5460, name: 'Förbrukningsmaterial', active: false },
  { number: 7010, name: 'Löner till kollektivanställda', kind: 'WORK' },
];

describe('importAccounts', () => {
  it('imports all but classes 1 and 2 on the first run, then only new numbers, never renaming', async () => {
    const c = await h.company();
    const db = dbOf(c);
    expect(await importAccounts(db, FORTNOX_CHART, { firstRun: true })).toEqual({ created: 5, skipped: 4 });
    const accounts = await db.account.findMany({ orderBy: { number: 'asc' } });
    expect(accounts.map((a) => [a.number, a.active, a.kind, a.defaultVatRate?.toFixed() ?? null, a.externalVatCode, a.createdBy])).toEqual([
      [3001, true, null, '25', 'MP1', 'SYNC'],
      [3231, true, null, '0', null, 'SYNC'],
      [4010, true, 'MATERIAL', '25', null, 'SYNC'],
      [5460, false, null, null, null, 'SYNC'],
      [7010, true, 'WORK', null, null, 'SYNC'],
    ]);

    // A local change and a rename in the accounting system: the local name stays.
    await db.account.updateMany({ where: { number: 4010 }, data: { name: 'Material (vårt namn)' } });
    const later: AccountImport[] = [
      ...FORTNOX_CHART.map((a) => (a.number === 4010 ? { ...a, name: 'Nytt namn i Fortnox' } : a)),
      { number: 1940, name: 'Nytt bankkonto' },
      { number: 4011, name: 'Inköp material ROT', kind: 'MATERIAL' },
    ];
    expect(await importAccounts(db, later, { firstRun: false })).toEqual({ created: 1, skipped: 10 });
    expect((await db.account.findFirstOrThrow({ where: { number: 4010 } })).name).toBe('Material (vårt namn)');
    expect(await db.account.count({ where: { number: 1940 } })).toBe(0);

    // Running again changes nothing.
    expect(await importAccounts(db, later, { firstRun: false })).toEqual({ created: 0, skipped: 11 });
    expect(await db.account.count()).toBe(6);
  });

  it('imports balance sheet accounts on later runs only when the connection asks for them', async () => {
    const c = await h.company();
    const db = dbOf(c);
    expect(await importAccounts(db, FORTNOX_CHART, { firstRun: true, includeBalanceSheetAccounts: true })).toEqual({ created: 5, skipped: 4 });
    expect(await importAccounts(db, FORTNOX_CHART, { firstRun: false, includeBalanceSheetAccounts: true })).toEqual({ created: 4, skipped: 5 });
    expect((await db.account.findMany({ where: { number: { lt: 3000 } }, orderBy: { number: 'asc' } })).map((a) => a.number)).toEqual([1510, 1930, 2440, 2611]);
  });

  it('skips accounts created by hand, and refuses invalid input writing nothing', async () => {
    const c = await h.company();
    const db = dbOf(c);
    await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 3001, name: 'Vår försäljning' }) });
    const bad = [
      { number: 3002, name: 'OK' },
      { number: 3003, name: '' },
      { number: 30040, name: 'Five digits' },
      { number: 3005, name: 'Rate', defaultVatRate: '20' },
      { number: 3002, name: 'Twice' },
      { number: 1234, name: '' }, // excluded (class 1): not validated further
      { number: 3001, name: '' }, // exists: not validated further
    ] as AccountImport[];
    expect(await issuesOf(importAccounts(db, bad, { firstRun: true }))).toEqual([
      'accounts.1.name:required',
      'accounts.2.number:out_of_range',
      'accounts.3.defaultVatRate:invalid_vat_rate',
      'accounts.4.number:duplicate',
    ]);
    expect(await db.account.count()).toBe(1);
    expect(
      await importAccounts(
        db,
        [
          { number: 3001, name: 'Fortnox' },
          { number: 3002, name: 'OK' },
        ],
        { firstRun: true },
      ),
    ).toEqual({ created: 1, skipped: 1 });
    expect((await db.account.findFirstOrThrow({ where: { number: 3001 } })).name).toBe('Vår försäljning');
  });

  it('stays inside the company', async () => {
    const a = await h.company();
    const b = await h.company();
    await importAccounts(dbOf(a), [{ number: 4010, name: 'A' }], { firstRun: true });
    expect(await importAccounts(dbOf(b), [{ number: 4010, name: 'B' }], { firstRun: true })).toEqual({ created: 1, skipped: 0 });
    expect((await dbOf(b).account.findFirstOrThrow({ where: { number: 4010 } })).name).toBe('B');
  });
});

describe('syncCostCentres', () => {
  it('creates new codes and renames changed ones, keyed by code', async () => {
    const c = await h.company();
    const db = dbOf(c);
    expect(
      await syncCostCentres(db, [
        { code: '100', name: 'Norr' },
        { code: '200', name: 'Syd' },
      ]),
    ).toEqual({ created: 2, renamed: 0, unchanged: 0 });
    await db.costCentre.updateMany({ where: { code: '200' }, data: { active: false } });
    await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'LOCAL', name: 'Only here' }) });
    expect(
      await syncCostCentres(db, [
        { code: '100', name: 'Norr' },
        { code: '200', name: 'Söder' },
        { code: '300', name: 'Väst' },
      ]),
    ).toEqual({ created: 1, renamed: 1, unchanged: 1 });
    const all = await db.costCentre.findMany({ orderBy: { code: 'asc' } });
    expect(all.map((x) => [x.code, x.name, x.active])).toEqual([
      ['100', 'Norr', true],
      ['200', 'Söder', false], // renamed; whether it is active stays the company's decision
      ['300', 'Väst', true],
      ['LOCAL', 'Only here', true], // not in the accounting system: left alone
    ]);
    expect(await syncCostCentres(db, [{ code: '300', name: 'Väst' }])).toEqual({ created: 0, renamed: 0, unchanged: 1 });
    // A code the accounting system has closed arrives inactive; an existing one keeps its activity.
    expect(
      await syncCostCentres(db, [
        { code: '500', name: 'Nedlagd', active: false },
        { code: '100', name: 'Norr', active: false },
      ]),
    ).toEqual({
      created: 1,
      renamed: 0,
      unchanged: 1,
    });
    expect((await db.costCentre.findMany({ where: { code: { in: ['100', '500'] } }, orderBy: { code: 'asc' } })).map((x) => [x.code, x.active])).toEqual([
      ['100', true],
      ['500', false],
    ]);
  });

  it('refuses invalid input with paths, writing nothing', async () => {
    const c = await h.company();
    const db = dbOf(c);
    expect(
      await issuesOf(
        syncCostCentres(db, [
          { code: '100', name: 'Norr' },
          { code: '', name: 'No code' },
          { code: '100', name: 'Twice' },
          { code: '400', name: '' },
        ]),
      ),
    ).toEqual(['costCentres.1.code:required', 'costCentres.2.code:duplicate', 'costCentres.3.name:required']);
    expect(await db.costCentre.count()).toBe(0);
  });
});

describe('importVoucher', () => {
  it('creates a voucher, then appends only new rows and never rewrites existing ones', async () => {
    const c = await h.company();
    const db = dbOf(c);
    const p = await project(db, '5001');
    const cc = await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: '100', name: 'Norr' }) });
    const v: VoucherImport = {
      source: 'fortnox-1',
      remoteId: '2026/A/17',
      series: 'A',
      number: 17,
      transactionDate: '2026-11-20',
      description: 'Leverantörsfaktura Ahlsell',
      rows: [
        { rowIndex: 1, accountNumber: 4010, debit: '1249.99', projectId: p.id, workOrderId: p.workOrderId, costCentreId: cc.id, note: 'Kabel' },
        { rowIndex: 2, accountNumber: 2641, debit: new Prisma.Decimal('312.50') },
        { rowIndex: 3, accountNumber: 2440, credit: '1562.49' },
      ],
    };
    const first = await importVoucher(db, v);
    expect(first).toEqual({ voucherId: expect.any(String), created: true, rowsCreated: 3, rowsSkipped: 0 });

    const again = await importVoucher(db, v);
    expect(again).toEqual({ voucherId: first.voucherId, created: false, rowsCreated: 0, rowsSkipped: 3 });

    // The accounting system changed row 1 and added rows 4 and 5 (an ÄTA cost and its VAT).
    const appended = await importVoucher(db, {
      ...v,
      description: 'Changed later',
      rows: [
        { ...v.rows[0]!, debit: '9999.00', note: 'Changed' },
        v.rows[1]!,
        v.rows[2]!,
        { rowIndex: 4, accountNumber: 4010, debit: '100', projectId: p.id, changeOrderId: p.changeOrderId },
        { rowIndex: 5, accountNumber: 2440, credit: '100.00' },
      ],
    });
    expect(appended).toEqual({ voucherId: first.voucherId, created: false, rowsCreated: 2, rowsSkipped: 3 });
    const stored = await db.voucher.findUniqueOrThrow({ where: { id: first.voucherId }, include: { rows: { orderBy: { rowIndex: 'asc' } } } });
    expect(stored).toMatchObject({ series: 'A', number: 17, description: 'Leverantörsfaktura Ahlsell', createdBy: 'SYNC' });
    expect(stored.transactionDate.toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(
      stored.rows.map((r) => [r.rowIndex, r.accountNumber, r.debit.toFixed(2), r.credit.toFixed(2), r.note, r.workOrderId, r.changeOrderId, r.costCentreId]),
    ).toEqual([
      [1, 4010, '1249.99', '0.00', 'Kabel', p.workOrderId, null, cc.id],
      [2, 2641, '312.50', '0.00', null, null, null, null],
      [3, 2440, '0.00', '1562.49', null, null, null, null],
      [4, 4010, '100.00', '0.00', null, null, p.changeOrderId, null],
      [5, 2440, '0.00', '100.00', null, null, null, null],
    ]);
  });

  it('keeps vouchers of different sources apart', async () => {
    const c = await h.company();
    const db = dbOf(c);
    const v: VoucherImport = {
      source: 'fortnox-1',
      remoteId: '1',
      series: 'A',
      number: 1,
      transactionDate: new Date('2026-01-02T00:00:00Z'),
      rows: [{ rowIndex: 0, accountNumber: 1930, debit: '1' }],
    };
    const a = await importVoucher(db, v);
    const b = await importVoucher(db, { ...v, source: 'visma-2' });
    expect(b.created).toBe(true);
    expect(b.voucherId).not.toBe(a.voucherId);
  });

  it('refuses an AO or ÄTA of another project, unknown references and inexact amounts, writing nothing', async () => {
    const c = await h.company();
    const db = dbOf(c);
    const p1 = await project(db, '6001');
    const p2 = await project(db, '6002');
    const other = await h.company();
    const foreign = await project(dbOf(other), '6001');
    const missing = '00000000-0000-4000-8000-000000000000';
    const base = { source: 's', remoteId: 'r1', series: 'A', number: 1, transactionDate: '2026-11-01' };
    expect(
      await issuesOf(
        importVoucher(db, {
          ...base,
          rows: [
            { rowIndex: 0, accountNumber: 4010, debit: '1', projectId: p1.id, workOrderId: p1.workOrderId }, // fine
            { rowIndex: 1, accountNumber: 4010, debit: '1', projectId: p1.id, workOrderId: p2.workOrderId },
            { rowIndex: 2, accountNumber: 4010, debit: '1', projectId: p2.id, changeOrderId: p1.changeOrderId },
            { rowIndex: 3, accountNumber: 4010, debit: '1', projectId: foreign.id },
            { rowIndex: 4, accountNumber: 4010, debit: '1', projectId: p1.id, workOrderId: foreign.workOrderId },
            { rowIndex: 5, accountNumber: 4010, debit: '1', costCentreId: missing },
            { rowIndex: 6, accountNumber: 4010, debit: '1', projectId: missing, changeOrderId: missing },
          ],
        }),
      ),
    ).toEqual([
      'rows.1.workOrderId:not_in_project',
      'rows.2.changeOrderId:not_in_project',
      'rows.3.projectId:not_found',
      'rows.4.workOrderId:not_found',
      'rows.5.costCentreId:not_found',
      'rows.6.projectId:not_found',
      'rows.6.changeOrderId:not_found',
    ]);
    expect(
      await issuesOf(
        importVoucher(db, {
          ...base,
          rows: [
            { rowIndex: 0, accountNumber: 4010, debit: 0.1 },
            { rowIndex: 1, accountNumber: 4010, credit: '-5' },
            { rowIndex: 2, accountNumber: 4010, debit: '1.005' },
            { rowIndex: 3, accountNumber: 4010, workOrderId: p1.workOrderId },
          ],
        }),
      ),
    ).toEqual(['rows.0.debit:inexact', 'rows.1.credit:negative', 'rows.2.debit:too_many_decimals', 'rows.3.workOrderId:not_in_project']);
    expect(await db.voucher.count()).toBe(0);
    expect(await db.voucherRow.count()).toBe(0);
  });

  it('checks references only of the rows it appends', async () => {
    const c = await h.company();
    const db = dbOf(c);
    const p = await project(db, '7001');
    const base = { source: 's', remoteId: 'r1', series: 'A', number: 1, transactionDate: '2026-11-01' };
    await importVoucher(db, { ...base, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '1', projectId: p.id }] });
    // Row 0 now names a project that does not exist here; it is not rewritten, so not an error.
    const r = await importVoucher(db, {
      ...base,
      rows: [
        { rowIndex: 0, accountNumber: 4010, debit: '1', projectId: '00000000-0000-4000-8000-000000000000' },
        { rowIndex: 1, accountNumber: 4010, debit: '2', projectId: p.id },
      ],
    });
    expect(r).toMatchObject({ created: false, rowsCreated: 1, rowsSkipped: 1 });
  });

  it('imports a batch in one round: new and existing vouchers, a voucher given twice, every refusal with its index and nothing written', async () => {
    const c = await h.company();
    const db = dbOf(c);
    const p = await project(db, '8001');
    const base = { source: 's', series: 'A', transactionDate: '2026-11-01' };
    await importVoucher(db, { ...base, remoteId: 'old', number: 1, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '1' }] });
    const missing = '00000000-0000-4000-8000-000000000000';
    // One invalid amount and one unknown project anywhere in the batch: nothing at all is written.
    expect(
      await issuesOf(
        db.$transaction((tx) =>
          importVouchersIn(tx, [
            { ...base, remoteId: 'new-1', number: 2, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '2', projectId: p.id }] },
            { ...base, remoteId: 'new-2', number: 3, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '1.001' }] },
            { ...base, remoteId: 'new-3', number: 4, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '1', projectId: missing }] },
          ]),
        ),
      ),
    ).toEqual(['vouchers.1.rows.0.debit:too_many_decimals']);
    expect(
      await issuesOf(
        db.$transaction((tx) =>
          importVouchersIn(tx, [
            { ...base, remoteId: 'new-1', number: 2, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '2', projectId: p.id }] },
            { ...base, remoteId: 'new-3', number: 4, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '1', projectId: missing }] },
          ]),
        ),
      ),
    ).toEqual(['vouchers.1.rows.0.projectId:not_found']);
    expect(await db.voucher.count()).toBe(1);

    const results = await db.$transaction((tx) =>
      importVouchersIn(tx, [
        {
          ...base,
          remoteId: 'old',
          number: 1,
          rows: [
            { rowIndex: 0, accountNumber: 4010, debit: '9' },
            { rowIndex: 1, accountNumber: 2440, credit: '1' },
          ],
        },
        { ...base, remoteId: 'new-1', number: 2, rows: [{ rowIndex: 0, accountNumber: 4010, debit: '2', projectId: p.id }] },
        // The same voucher again in the batch: only its new row is appended, as a second call would.
        {
          ...base,
          remoteId: 'new-1',
          number: 2,
          rows: [
            { rowIndex: 0, accountNumber: 4010, debit: '5' },
            { rowIndex: 1, accountNumber: 2440, credit: '2' },
          ],
        },
      ]),
    );
    expect(results.map((r) => [r.created, r.rowsCreated, r.rowsSkipped])).toEqual([
      [false, 1, 1],
      [true, 1, 0],
      [false, 1, 1],
    ]);
    expect(results[2]!.voucherId).toBe(results[1]!.voucherId);
    const stored = await db.voucher.findMany({ orderBy: { number: 'asc' }, include: { rows: { orderBy: { rowIndex: 'asc' } } } });
    expect(stored.map((v) => [v.remoteId, v.createdBy, v.rows.map((r) => [r.rowIndex, r.debit.toFixed(2), r.credit.toFixed(2), r.projectId])])).toEqual([
      [
        'old',
        'SYNC',
        [
          [0, '1.00', '0.00', null],
          [1, '0.00', '1.00', null],
        ],
      ],
      [
        'new-1',
        'SYNC',
        [
          [0, '2.00', '0.00', p.id],
          [1, '0.00', '2.00', null],
        ],
      ],
    ]);
  });

  it('imports the same voucher concurrently once', async () => {
    const c = await h.company();
    const db = dbOf(c);
    const v: VoucherImport = {
      source: 's',
      remoteId: 'race',
      series: 'A',
      number: 9,
      transactionDate: '2026-11-01',
      rows: [
        { rowIndex: 0, accountNumber: 4010, debit: '10' },
        { rowIndex: 1, accountNumber: 2440, credit: '10' },
      ],
    };
    const results = await Promise.all([importVoucher(db, v), importVoucher(db, v), importVoucher(db, v)]);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.reduce((n, r) => n + r.rowsCreated, 0)).toBe(2);
    expect(await db.voucher.count()).toBe(1);
    expect(await db.voucherRow.count()).toBe(2);
  });
});
