// The sie connector's optional supplier-invoice export end to end: supplier invoices registered
// and double-approved with the supplier-invoice services, the flow enabled on a SIE connection
// and run by the real runner, the file downloaded through GET /run-files/<id> and read back with
// the SDK's SIE reader (PC8, #KSUMMA, one balanced voucher per invoice with the invoices'
// amounts, accounts and objects). Exported invoices get the file's voucher as external number and
// are marked booked, so a second run writes no file; an invoice whose total does not add up is
// reported with its reference and left out while the others go.
import { beforeAll, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readSieFile, type SieFile } from '@nordic-invoicing/connector-sdk/sie';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped, type TenantDb } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { approveSupplierInvoice, createSupplierInvoice } from '../../src/modules/supplier-invoices/service.js';
import { executeRun } from '../../src/integration/runtime/run.js';
import { graphql } from '../gql/index.js';
import { followRun } from '../helpers/runs.js';

const ReexportSupplier = graphql(`
  mutation SieReexportSupplier($id: ID!, $supplierInvoiceIds: [ID!]!) {
    reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) {
      __typename
      ... on MutationReexportSupplierInvoicesSuccess { data { id trigger requestedFlows } }
      ... on ValidationError { issues { path code message } }
      ... on Error { message path }
    }
  }
`);
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString('base64');

const h = useHarness();
let c: TestCompany;
let db: TenantDb;
let connectionId: string;
let secondApprover: string;
const ids = { plat: '', ahlsell: '', project: '', changeOrder: '', cc: '' };
const invoices: Record<string, string> = {};

async function run() {
  const r = await executeRun(h.integrations, { companyId: c.companyId, connectionId, trigger: 'MANUAL', flows: ['supplier-invoice-export'] });
  if (r.skipped) throw new Error(r.reason);
  return r;
}
const failures = (r: Awaited<ReturnType<typeof run>>) => r.flows.flatMap((f) => f.failures);
const stored = (id: string) => h.prisma.supplierInvoice.findUniqueOrThrow({ where: { id }, select: { externalNumber: true, bookkept: true } });
const runFiles = () =>
  h.prisma.runFile.findMany({ where: { connectionId }, orderBy: { createdAt: 'asc' }, select: { id: true, name: true, flowId: true, contentType: true } });

async function download(id: string): Promise<{ file: SieFile; bytes: Uint8Array }> {
  const res = await h.app.fetch(`http://test.local/run-files/${id}`, { headers: { authorization: `Bearer ${c.adminToken}` } });
  expect(res.status).toBe(200);
  const bytes = new Uint8Array(await res.arrayBuffer());
  return { file: await readSieFile(bytes), bytes };
}

/** Registers a supplier invoice; `approvals`: 1 (pending) or 2 (approved). */
async function supplierInvoice(
  invoiceNumber: string,
  o: { supplierId?: string; approvals?: 1 | 2; net: string; vat: string; rows: Record<string, unknown>[]; invoiceDate?: string },
) {
  const { id } = await createSupplierInvoice(
    db,
    {
      supplierId: o.supplierId ?? ids.ahlsell,
      invoiceNumber,
      invoiceDate: o.invoiceDate ?? '2026-11-05',
      dueDate: '2026-12-05',
      net: o.net,
      vat: o.vat,
      rows: o.rows,
    },
    null,
  );
  await approveSupplierInvoice(db, id, c.adminUserId);
  if ((o.approvals ?? 2) === 2) await approveSupplierInvoice(db, id, secondApprover);
  invoices[invoiceNumber] = id;
  return id;
}

/** A voucher as read back: series, date, text and its rows as [account, objects, amount]. */
const shape = (v: SieFile['vouchers'][number]) => ({
  series: v.series,
  date: v.date,
  text: v.text,
  rows: v.rows.map((r) => [r.account, r.objects.map((o) => `${o.dimension}:${o.id}`).join(' '), r.amount.toFixed(2)]),
});

beforeAll(async () => {
  c = await h.company();
  db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  secondApprover = (await h.user(c.companyId, ['SUPPLIER_INVOICE_APPROVE'])).userId;
  await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4010, name: 'Inköp material' }) });
  await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 5410, name: 'Förbrukningsinventarier' }) });
  ids.plat = (await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '200', name: 'Plåt AB' }) })).id;
  ids.ahlsell = (await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '300', name: 'Ahlsell AB' }) })).id;
  const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'K1', name: 'Kund AB' }) });
  ids.project = (
    await db.project.create({
      data: scoped<Prisma.ProjectUncheckedCreateInput>({ customerId: customer.id, number: '10000', name: 'Villa Ek', statusCode: 50 }),
    })
  ).id;
  ids.changeOrder = (
    await db.changeOrder.create({ data: scoped<Prisma.ChangeOrderUncheckedCreateInput>({ projectId: ids.project, number: 1, name: 'ÄTA 1', statusCode: 50 }) })
  ).id;
  ids.cc = (await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'CC1', name: 'Syd' }) })).id;
  const conn = await db.connection.create({
    data: scoped<Prisma.ConnectionUncheckedCreateInput>({
      connectorId: 'sie',
      name: 'SIE-fil',
      // workOrder level: the ÄTA as the project object; the other settings their defaults.
      settings: { projectLevel: 'workOrder' } as Prisma.InputJsonValue,
      enabledFlows: ['supplier-invoice-export'],
    }),
  });
  connectionId = conn.id;
});

describe('the sie connector: supplier-invoice export', () => {
  it('writes the approved supplier invoices into one file: one balanced voucher each, external number and booked recorded', async () => {
    await supplierInvoice('A-1', {
      supplierId: ids.plat,
      net: '800.00',
      vat: '161.00',
      rows: [
        { accountNumber: 4010, amount: '500.00', projectId: ids.project, changeOrderId: ids.changeOrder, costCentreId: ids.cc, description: 'Plåt' },
        { accountNumber: 4010, amount: '300.00', vatRate: '12', projectId: ids.project },
      ],
    });
    await supplierInvoice('K-1', {
      net: '-400.00',
      vat: '-100.00',
      invoiceDate: '2026-11-20',
      rows: [{ accountNumber: 5410, amount: '-400.00', costCentreId: ids.cc, description: 'Retur' }],
    });
    // A total that is not net + VAT (changed behind the service's back): refused, the others go.
    const broken = await supplierInvoice('X-1', { net: '100.00', vat: '25.00', rows: [{ accountNumber: 4010, amount: '100.00' }] });
    await h.prisma.supplierInvoice.update({ where: { id: broken }, data: { total: '130.00' } });
    const pending = await supplierInvoice('P-1', { approvals: 1, net: '50.00', vat: '12.50', rows: [{ accountNumber: 4010, amount: '50.00' }] });

    const r = await run();
    expect(r.status).toBe('PARTIAL');
    expect(failures(r)).toEqual([
      expect.objectContaining({
        entityType: 'supplierInvoice',
        entityId: broken,
        reference: 'Supplier invoice X-1 Ahlsell AB (300)',
        message: expect.stringContaining('the total 130.00 is not net + VAT (125.00)'),
      }),
    ]);
    expect(r.flows[0]!.counts).toMatchObject({ created: 2, failed: 1 });

    const listed = await runFiles();
    expect(listed).toHaveLength(1);
    const f = listed[0]!;
    expect(f.name).toMatch(/^leverantorsfakturor-\d{4}-\d{2}-\d{2}-1\.si$/);
    expect([f.flowId, f.contentType]).toEqual(['supplier-invoice-export', 'text/plain; charset=IBM437']);

    const { file, bytes } = await download(f.id);
    expect(file.checksumVerified).toBe(true);
    expect(file.issues).toEqual([]);
    // PC8: the file decodes as code page 437 (å, ä, ö as its bytes).
    expect(iconv.decode(Buffer.from(bytes), 'cp437')).toContain('"Leverantörsskulder"');
    expect(file.vouchers.map(shape)).toEqual([
      {
        series: 'LF',
        date: '2026-11-05',
        text: 'Leverantörsfaktura A-1 Plåt AB',
        rows: [
          ['2440', '', '-961.00'],
          ['4010', '1:CC1 6:10000_Ä001', '500.00'],
          ['4010', '6:10000', '300.00'],
          ['2641', '', '161.00'],
        ],
      },
      {
        series: 'LF',
        date: '2026-11-20',
        text: 'Leverantörskreditfaktura K-1 Ahlsell AB',
        rows: [
          ['2440', '', '500.00'],
          ['5410', '1:CC1', '-400.00'],
          ['2641', '', '-100.00'],
        ],
      },
    ]);
    // Every voucher balances to the öre.
    for (const v of file.vouchers) expect(v.rows.reduce((sum, row) => sum + Math.round(row.amount.toNumber() * 100), 0)).toBe(0);
    expect([...file.accounts.values()].map((a) => [a.number, a.name])).toEqual([
      ['2440', 'Leverantörsskulder'],
      ['2641', 'Debiterad ingående moms'],
      ['4010', 'Inköp material'],
      ['5410', 'Förbrukningsinventarier'],
    ]);
    expect(file.objects.map((o) => [o.dimension, o.id])).toEqual([
      ['1', 'CC1'],
      ['6', '10000'],
      ['6', '10000_Ä001'],
    ]);

    // The voucher's place as external number, booked: not offered again.
    expect(await stored(invoices['A-1']!)).toEqual({ externalNumber: `${f.name}#1`, bookkept: true });
    expect(await stored(invoices['K-1']!)).toEqual({ externalNumber: `${f.name}#2`, bookkept: true });
    for (const id of [broken, pending]) expect(await stored(id)).toEqual({ externalNumber: null, bookkept: false });
    const mapped = await h.prisma.externalIdMapping.findMany({
      where: { connectionId, entityType: 'supplierInvoice' },
      select: { localId: true, remoteId: true },
    });
    expect(mapped.map((m) => [m.localId, m.remoteId]).sort()).toEqual(
      [
        [invoices['A-1']!, `${f.name}#1`],
        [invoices['K-1']!, `${f.name}#2`],
      ].sort(),
    );
  });

  it('a second run writes no file; the refused one, once fixed, and a newly approved one go into the next file', async () => {
    const quiet = await run();
    expect(quiet.flows[0]!.counts).toMatchObject({ created: 0, failed: 1 });
    expect(await runFiles()).toHaveLength(1);

    await h.prisma.supplierInvoice.update({ where: { id: invoices['X-1']! }, data: { total: '125.00' } });
    await approveSupplierInvoice(db, invoices['P-1']!, secondApprover);
    const next = await run();
    expect(failures(next)).toEqual([]);
    expect(next.status).toBe('SUCCEEDED');
    const listed = await runFiles();
    expect(listed.map((f) => f.name)).toEqual([expect.stringMatching(/-1\.si$/), expect.stringMatching(/^leverantorsfakturor-.*-2\.si$/)]);
    const { file } = await download(listed[1]!.id);
    expect(file.checksumVerified).toBe(true);
    expect(file.vouchers.map((v) => v.text)).toEqual(['Leverantörsfaktura X-1 Ahlsell AB', 'Leverantörsfaktura P-1 Ahlsell AB']);

    const last = await run();
    expect(last.flows[0]!.counts).toMatchObject({ created: 0, failed: 0 });
    expect(await runFiles()).toHaveLength(2);
  });
  it('re-exports chosen supplier invoices into a new file, updating their id-map entries and external numbers, writing nothing else', async () => {
    const mapped = async () =>
      new Map((await h.prisma.externalIdMapping.findMany({ where: { connectionId, entityType: 'supplierInvoice' } })).map((m) => [m.localId, m.remoteId]));
    const before = await mapped();
    const r = await h.data(
      ReexportSupplier,
      { id: gid('Connection', connectionId), supplierInvoiceIds: [gid('SupplierInvoice', invoices['A-1']!), gid('SupplierInvoice', invoices['X-1']!)] },
      c.adminToken,
    );
    if (r.reexportSupplierInvoices.__typename !== 'MutationReexportSupplierInvoicesSuccess') throw new Error(JSON.stringify(r.reexportSupplierInvoices));
    expect(r.reexportSupplierInvoices.data).toMatchObject({ trigger: 'RETRY', requestedFlows: ['supplier-invoice-export'] });
    const done = await followRun(h, r.reexportSupplierInvoices.data.id, c.adminToken);
    expect(done.status).toBe('SUCCEEDED');
    expect(done.flows[0]).toMatchObject({ updated: 2, created: 0 });

    const listed = await runFiles();
    expect(listed).toHaveLength(3);
    const newest = listed[2]!;
    expect(newest.name).toMatch(/^leverantorsfakturor-.*-3\.si$/);
    const { file } = await download(newest.id);
    expect(file.checksumVerified).toBe(true);
    expect(file.vouchers.map((v) => v.text)).toEqual(['Leverantörsfaktura A-1 Plåt AB', 'Leverantörsfaktura X-1 Ahlsell AB']);
    expect(file.vouchers.every((v) => v.rows.reduce((sum, row) => sum + Number(row.amount.toFixed(2)) * 100, 0) === 0)).toBe(true);

    const after = await mapped();
    expect(after.get(invoices['A-1']!)).toBe(`${newest.name}#1`);
    expect(after.get(invoices['X-1']!)).toBe(`${newest.name}#2`);
    for (const other of [invoices['K-1']!, invoices['P-1']!]) expect(after.get(other)).toBe(before.get(other));
    expect(await stored(invoices['A-1']!)).toEqual({ externalNumber: `${newest.name}#1`, bookkept: true });
    expect(await stored(invoices['K-1']!)).toEqual({ externalNumber: before.get(invoices['K-1']!), bookkept: true });

    // The next ordinary run writes nothing.
    const next = await run();
    expect(next.flows[0]!.counts).toMatchObject({ created: 0, updated: 0, failed: 0 });
    expect(await runFiles()).toHaveLength(3);
  });

  it('re-export refuses what it cannot do: a supplier invoice not approved, one another system has, a connection without the flow', async () => {
    const pending = await supplierInvoice('Q-1', { approvals: 1, net: '10.00', vat: '2.50', rows: [{ accountNumber: 4010, amount: '10.00' }] });
    const reexport = (ids: string[], conn = connectionId) =>
      h.data(ReexportSupplier, { id: gid('Connection', conn), supplierInvoiceIds: ids.map((id) => gid('SupplierInvoice', id)) }, c.adminToken);
    expect((await reexport([invoices['K-1']!, pending])).reexportSupplierInvoices).toMatchObject({
      __typename: 'ConflictError',
      message: 'Supplier invoice Q-1 Ahlsell AB (300) is not approved; only approved supplier invoices are exported.',
      path: 'supplierInvoiceIds.1',
    });
    // An external number another system gave (not this connection's voucher) stops it too.
    await h.prisma.supplierInvoice.update({ where: { id: invoices['P-1']! }, data: { externalNumber: 'FORTNOX-9' } });
    expect((await reexport([invoices['P-1']!])).reexportSupplierInvoices).toMatchObject({
      __typename: 'ConflictError',
      message: expect.stringContaining('FORTNOX-9'),
    });
    // The flow turned off: the connection cannot do it.
    const off = await db.connection.create({
      data: scoped<Prisma.ConnectionUncheckedCreateInput>({ connectorId: 'sie', name: 'SIE utan leverantörsfakturor', settings: {}, enabledFlows: [] }),
    });
    expect((await reexport([invoices['K-1']!], off.id)).reexportSupplierInvoices).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'connectionId', code: 'reexport_unsupported', message: 'SIE file cannot export chosen supplier invoices again.' }],
    });
    expect(await runFiles()).toHaveLength(3);
  });
});
