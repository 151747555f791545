// The supplier-invoice register through GraphQL: registering with rows and a document, typed
// validation errors naming the field, the rows-sum check, approval by two different users (the
// same user twice refused), edits withdrawing approvals and refused once approved, dispute, the
// permissions, and the document and voucher-file download routes.
import { beforeAll, describe, expect, it } from 'vitest';
import { print } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany, type TestUser } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { attachVoucherFile, importVoucher } from '../../src/modules/registers/vouchers.js';

const h = useHarness();

const SiCreate = graphql(`
  mutation SiCreate($input: CreateSupplierInvoiceInput!) {
    createSupplierInvoice(input: $input) {
      __typename
      ... on MutationCreateSupplierInvoiceSuccess {
        data {
          id invoiceNumber invoiceDate dueDate currency net vat total ocr status approvalsRequired disputed externalNumber bookkept createdBy
          supplierNumber supplierName
          document { fileName contentType size url }
          rows { id position accountNumber amount vatRate projectNumber description costCentreCode }
        }
      }
      ... on Error { code message path }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const SiUpdate = graphql(`
  mutation SiUpdate($input: UpdateSupplierInvoiceInput!) {
    updateSupplierInvoice(input: $input) {
      __typename
      ... on MutationUpdateSupplierInvoiceSuccess { data { id net vat total ocr dueDate status approvals { signature } document { fileName } } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const SiAddRow = graphql(`
  mutation SiAddRow($input: AddSupplierInvoiceRowInput!) {
    addSupplierInvoiceRow(input: $input) {
      __typename
      ... on MutationAddSupplierInvoiceRowSuccess { data { id approvals { signature } rows { id accountNumber amount projectNumber } } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const SiUpdateRow = graphql(`
  mutation SiUpdateRow($input: UpdateSupplierInvoiceRowInput!) {
    updateSupplierInvoiceRow(input: $input) {
      __typename
      ... on MutationUpdateSupplierInvoiceRowSuccess { data { id rows { id amount vatRate description } } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const SiRemoveRow = graphql(`
  mutation SiRemoveRow($id: ID!) {
    removeSupplierInvoiceRow(id: $id) {
      __typename
      ... on MutationRemoveSupplierInvoiceRowSuccess { data { id rows { id } } }
      ... on Error { code path }
    }
  }
`);
const SiApprove = graphql(`
  mutation SiApprove($id: ID!) {
    approveSupplierInvoice(id: $id) {
      __typename
      ... on MutationApproveSupplierInvoiceSuccess { data { id status approvedAt approvals { name signature approvedAt } } }
      ... on Error { code message path }
      ... on ValidationError { issues { path code message } }
      ... on ForbiddenError { permission }
    }
  }
`);
const SiDispute = graphql(`
  mutation SiDispute($id: ID!, $reason: String!) {
    disputeSupplierInvoice(id: $id, reason: $reason) {
      __typename
      ... on MutationDisputeSupplierInvoiceSuccess { data { id disputed disputeReason disputedAt } }
      ... on Error { code path }
    }
  }
`);
const SiUndispute = graphql(`
  mutation SiUndispute($id: ID!) {
    undisputeSupplierInvoice(id: $id) {
      __typename
      ... on MutationUndisputeSupplierInvoiceSuccess { data { id disputed disputeReason } }
      ... on Error { code path }
    }
  }
`);
const SiList = graphql(`
  query SiList($search: String, $filter: SupplierInvoiceFilter) {
    supplierInvoices(first: 50, search: $search, filter: $filter) { totalCount edges { node { id invoiceNumber status disputed } } }
  }
`);
const SiNode = graphql(`query SiNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber status } } }`);
const SiVoucherFiles = graphql(`query SiVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType size url } } } } }`);

let c: TestCompany;
let approver1: TestUser;
let approver2: TestUser;
let clerk: TestUser;
let viewerOnly: TestUser;
let supplierId: string;
let projectId: string;
let workOrderId: string;
let costCentreId: string;

const PDF = new TextEncoder().encode('%PDF-1.4\n% supplier invoice\n%%EOF\n');

beforeAll(async () => {
  c = await h.company();
  approver1 = await h.user(c.companyId, ['SUPPLIER_INVOICE_VIEW', 'SUPPLIER_INVOICE_APPROVE'], 'Anna Attest');
  approver2 = await h.user(c.companyId, ['SUPPLIER_INVOICE_VIEW', 'SUPPLIER_INVOICE_APPROVE'], 'Bo Attest');
  clerk = await h.user(c.companyId, ['SUPPLIER_INVOICE_VIEW', 'SUPPLIER_INVOICE_EDIT']);
  viewerOnly = await h.user(c.companyId, ['SUPPLIER_INVOICE_VIEW']);
  const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'SEED' });
  for (const [number, name] of [
    [4010, 'Inköp material'],
    [4600, 'Underentreprenad'],
  ] as const) {
    await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number, name }) });
  }
  supplierId = (await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: '100', name: 'Bygghandel AB', bankgiro: '50501055' }) }))
    .id;
  const customer = await db.customer.create({ data: scoped<Prisma.CustomerUncheckedCreateInput>({ number: 'K1', name: 'Kund AB' }) });
  projectId = (
    await db.project.create({ data: scoped<Prisma.ProjectUncheckedCreateInput>({ customerId: customer.id, number: '10000', name: 'Villa', statusCode: 50 }) })
  ).id;
  workOrderId = (await db.workOrder.create({ data: scoped<Prisma.WorkOrderUncheckedCreateInput>({ projectId, number: 1, name: 'Etapp 1', statusCode: 50 }) }))
    .id;
  costCentreId = (await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'CC1', name: 'Syd' }) })).id;
});

const g = (type: string, id: string) => encodeGlobalID(type, id);

function baseInput(invoiceNumber: string) {
  return {
    supplierId: g('Supplier', supplierId),
    invoiceNumber,
    invoiceDate: '2026-11-10',
    dueDate: '2026-12-10',
    net: '1000.00',
    vat: '250.00',
    ocr: '4711001',
    rows: [
      {
        accountNumber: 4010,
        amount: '600.00',
        projectId: g('Project', projectId),
        workOrderId: g('WorkOrder', workOrderId),
        costCentreId: g('CostCentre', costCentreId),
        description: 'Virke',
      },
      { accountNumber: 4600, amount: '400.00', vatRate: '25', projectId: g('Project', projectId) },
    ],
  };
}

async function create(invoiceNumber: string, token = c.adminToken) {
  const r = await h.data(SiCreate, { input: baseInput(invoiceNumber) }, token);
  if (r.createSupplierInvoice.__typename !== 'MutationCreateSupplierInvoiceSuccess') throw new Error(JSON.stringify(r));
  return r.createSupplierInvoice.data;
}

/** Sends createSupplierInvoice as a GraphQL multipart request with a document. */
async function createWithDocument(invoiceNumber: string, file: File, token: string) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(SiCreate), variables: { input: { ...baseInput(invoiceNumber), document: null } } }));
  form.append('map', JSON.stringify({ 0: ['variables.input.document'] }));
  form.append('0', file);
  const res = await h.app.fetch('http://test.local/graphql', { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  return (
    (await res.json()) as {
      data: {
        createSupplierInvoice: {
          __typename: string;
          data?: { id: string; document: { fileName: string; contentType: string; size: number; url: string } | null };
          issues?: { path: string; code: string }[];
        };
      };
    }
  ).data.createSupplierInvoice;
}

describe('registering', () => {
  it('creates a pending invoice with rows; total = net + VAT; AO shown as 10000_1', async () => {
    const inv = await create('F-1001');
    expect(inv).toMatchObject({
      invoiceNumber: 'F-1001',
      invoiceDate: '2026-11-10',
      dueDate: '2026-12-10',
      currency: 'SEK',
      net: '1000.00',
      vat: '250.00',
      total: '1250.00',
      ocr: '4711001',
      status: 'PENDING',
      approvalsRequired: 2,
      disputed: false,
      externalNumber: null,
      bookkept: false,
      document: null,
      supplierNumber: '100',
      supplierName: 'Bygghandel AB',
    });
    expect(inv.rows).toEqual([
      expect.objectContaining({
        position: 0,
        accountNumber: 4010,
        amount: '600.00',
        vatRate: '25',
        projectNumber: '10000_1',
        description: 'Virke',
        costCentreCode: 'CC1',
      }),
      expect.objectContaining({ position: 1, accountNumber: 4600, amount: '400.00', projectNumber: '10000' }),
    ]);
  });

  it('names every invalid field, rows included, and writes nothing', async () => {
    const r = await h.data(
      SiCreate,
      {
        input: {
          ...baseInput('  '),
          dueDate: '2026-11-01',
          total: '999.00',
          currency: 'EUR',
          rows: [
            { accountNumber: 12, amount: '1', vatRate: '20' },
            { accountNumber: 5999, amount: '1', workOrderId: g('WorkOrder', workOrderId) },
          ],
        },
      },
      c.adminToken,
    );
    expect(r.createSupplierInvoice.__typename).toBe('ValidationError');
    const issues = r.createSupplierInvoice.__typename === 'ValidationError' ? r.createSupplierInvoice.issues : [];
    expect(issues).toEqual(
      expect.arrayContaining([
        { path: 'invoiceNumber', code: 'required' },
        { path: 'dueDate', code: 'before_invoice_date' },
        { path: 'currency', code: 'unsupported_currency' },
        { path: 'total', code: 'total_mismatch' },
        { path: 'rows.0.accountNumber', code: 'out_of_range' },
        { path: 'rows.0.vatRate', code: 'invalid_vat_rate' },
        { path: 'rows.1.workOrderId', code: 'not_in_project' },
      ]),
    );
    expect(await h.prisma.supplierInvoice.count({ where: { companyId: c.companyId, invoiceNumber: '  ' } })).toBe(0);
  });

  it('refuses an account missing from the chart and a second invoice with the same number from the supplier', async () => {
    const r = await h.data(SiCreate, { input: { ...baseInput('F-1002'), rows: [{ accountNumber: 5999, amount: '1000' }] } }, c.adminToken);
    expect(r.createSupplierInvoice).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'rows.0.accountNumber', code: 'not_found' }] });
    await create('F-1003');
    const again = await h.data(SiCreate, { input: baseInput('F-1003') }, c.adminToken);
    expect(again.createSupplierInvoice).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'invoiceNumber' });
  });

  it('needs SUPPLIER_INVOICE_EDIT', async () => {
    const r = await h.data(SiCreate, { input: baseInput('F-1004') }, approver1.token);
    expect(r.createSupplierInvoice).toMatchObject({ __typename: 'ForbiddenError', permission: 'SUPPLIER_INVOICE_EDIT' });
  });
});

describe('approval', () => {
  it('two different users make it APPROVED; the same user cannot approve twice', async () => {
    const inv = await create('F-2001', clerk.token);
    const first = await h.data(SiApprove, { id: inv.id }, approver1.token);
    expect(first.approveSupplierInvoice).toMatchObject({
      __typename: 'MutationApproveSupplierInvoiceSuccess',
      data: { status: 'PENDING', approvedAt: null, approvals: [{ name: 'Anna Attest' }] },
    });
    const twice = await h.data(SiApprove, { id: inv.id }, approver1.token);
    expect(twice.approveSupplierInvoice).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'id' });
    const second = await h.data(SiApprove, { id: inv.id }, approver2.token);
    expect(second.approveSupplierInvoice).toMatchObject({
      __typename: 'MutationApproveSupplierInvoiceSuccess',
      data: { status: 'APPROVED', approvedAt: expect.any(String) },
    });
    const data = second.approveSupplierInvoice.__typename === 'MutationApproveSupplierInvoiceSuccess' ? second.approveSupplierInvoice.data : null;
    expect(data?.approvals.map((a) => a.name)).toEqual(['Anna Attest', 'Bo Attest']);
    // Approved: no more approvals, no more edits.
    const third = await h.data(SiApprove, { id: inv.id }, c.adminToken);
    expect(third.approveSupplierInvoice).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
    const edit = await h.data(SiUpdate, { input: { id: inv.id, ocr: '1' } }, clerk.token);
    expect(edit.updateSupplierInvoice).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE', path: 'id' });
    const addRow = await h.data(SiAddRow, { input: { supplierInvoiceId: inv.id, accountNumber: 4010, amount: '1' } }, clerk.token);
    expect(addRow.addSupplierInvoiceRow).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE' });
  });

  it('refuses when the rows do not sum to the net amount, naming rows', async () => {
    const inv = await create('F-2002');
    const row = inv.rows[1]!;
    const upd = await h.data(SiUpdateRow, { input: { id: row.id, amount: '399.99', description: 'Ändrad' } }, clerk.token);
    expect(upd.updateSupplierInvoiceRow).toMatchObject({ __typename: 'MutationUpdateSupplierInvoiceRowSuccess' });
    const r = await h.data(SiApprove, { id: inv.id }, approver1.token);
    expect(r.approveSupplierInvoice).toMatchObject({ __typename: 'ValidationError', path: 'rows', issues: [{ path: 'rows', code: 'rows_sum_mismatch' }] });
    expect(r.approveSupplierInvoice.__typename === 'ValidationError' && r.approveSupplierInvoice.issues[0]!.message).toContain('999.99');
    // Fix the net instead; then it may be approved.
    const fixed = await h.data(SiUpdate, { input: { id: inv.id, net: '999.99' } }, clerk.token);
    expect(fixed.updateSupplierInvoice).toMatchObject({ data: { net: '999.99', vat: '250.00', total: '1249.99' } });
    expect((await h.data(SiApprove, { id: inv.id }, approver1.token)).approveSupplierInvoice.__typename).toBe('MutationApproveSupplierInvoiceSuccess');
  });

  it('an invoice without rows cannot be approved', async () => {
    const r0 = await h.data(SiCreate, { input: { ...baseInput('F-2003'), rows: [] } }, clerk.token);
    const id = r0.createSupplierInvoice.__typename === 'MutationCreateSupplierInvoiceSuccess' ? r0.createSupplierInvoice.data.id : '';
    const r = await h.data(SiApprove, { id }, approver1.token);
    expect(r.approveSupplierInvoice).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'rows', code: 'no_rows' }] });
  });

  it('a change withdraws the approvals given so far', async () => {
    const inv = await create('F-2004');
    await h.data(SiApprove, { id: inv.id }, approver1.token);
    const added = await h.data(
      SiAddRow,
      { input: { supplierInvoiceId: inv.id, accountNumber: 4010, amount: '0.00', projectId: g('Project', projectId) } },
      clerk.token,
    );
    expect(added.addSupplierInvoiceRow).toMatchObject({ data: { approvals: [] } });
    const rows = added.addSupplierInvoiceRow.__typename === 'MutationAddSupplierInvoiceRowSuccess' ? added.addSupplierInvoiceRow.data.rows : [];
    expect(rows).toHaveLength(3);
    const removed = await h.data(SiRemoveRow, { id: rows[2]!.id }, clerk.token);
    expect(removed.removeSupplierInvoiceRow).toMatchObject({ data: { rows: [{ id: rows[0]!.id }, { id: rows[1]!.id }] } });
    // Anna may approve again after the change, then Bo completes it.
    expect((await h.data(SiApprove, { id: inv.id }, approver1.token)).approveSupplierInvoice).toMatchObject({ data: { status: 'PENDING' } });
    expect((await h.data(SiApprove, { id: inv.id }, approver2.token)).approveSupplierInvoice).toMatchObject({ data: { status: 'APPROVED' } });
  });

  it('needs SUPPLIER_INVOICE_APPROVE', async () => {
    const inv = await create('F-2005');
    const r = await h.data(SiApprove, { id: inv.id }, clerk.token);
    expect(r.approveSupplierInvoice).toMatchObject({ __typename: 'ForbiddenError', permission: 'SUPPLIER_INVOICE_APPROVE' });
  });
});

describe('dispute, list and node', () => {
  it('disputes with a reason and undisputes; filters by status and disputed', async () => {
    const inv = await create('F-3001');
    const noReason = await h.data(SiDispute, { id: inv.id, reason: '  ' }, clerk.token);
    expect(noReason.disputeSupplierInvoice).toMatchObject({ __typename: 'ValidationError', path: 'reason' });
    const d = await h.data(SiDispute, { id: inv.id, reason: 'Fel antal' }, clerk.token);
    expect(d.disputeSupplierInvoice).toMatchObject({ data: { disputed: true, disputeReason: 'Fel antal', disputedAt: expect.any(String) } });
    const list = await h.data(SiList, { filter: { disputed: true } }, viewerOnly.token);
    expect(list.supplierInvoices.edges.map((e) => e.node.invoiceNumber)).toEqual(['F-3001']);
    const u = await h.data(SiUndispute, { id: inv.id }, clerk.token);
    expect(u.undisputeSupplierInvoice).toMatchObject({ data: { disputed: false, disputeReason: null } });
    const search = await h.data(SiList, { search: 'F-300', filter: { status: 'PENDING' } }, viewerOnly.token);
    expect(search.supplierInvoices.totalCount).toBe(1);
    expect((await h.data(SiNode, { id: inv.id }, viewerOnly.token)).node).toMatchObject({ invoiceNumber: 'F-3001', status: 'PENDING' });
  });

  it('is invisible without SUPPLIER_INVOICE_VIEW', async () => {
    const nobody = await h.user(c.companyId, ['PROJECT_VIEW']);
    const r = await h.exec(SiList, {}, nobody.token);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('documents and voucher files', () => {
  async function download(path: string, token: string | null) {
    const res = await h.app.fetch(`http://test.local${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      bytes: new Uint8Array(await res.arrayBuffer()),
    };
  }

  it('uploads a PDF with the invoice and serves it to readers only', async () => {
    const created = await createWithDocument('F-4001', new File([PDF], 'faktura 4001.pdf', { type: 'application/pdf' }), clerk.token);
    expect(created.__typename).toBe('MutationCreateSupplierInvoiceSuccess');
    const doc = created.data!.document!;
    expect(doc).toMatchObject({ fileName: 'faktura 4001.pdf', contentType: 'application/pdf', size: PDF.byteLength });
    const ok = await download(doc.url, viewerOnly.token);
    expect(ok).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(ok.disposition).toContain('faktura%204001.pdf');
    expect(Buffer.from(ok.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect((await download(doc.url, null)).status).toBe(401);
    expect((await download(doc.url, (await h.user(c.companyId, ['PROJECT_VIEW'])).token)).status).toBe(403);
    const other = await h.company();
    expect((await download(doc.url, other.adminToken)).status).toBe(404);
    // Removing it (update with document: null).
    const removed = await h.data(SiUpdate, { input: { id: created.data!.id, document: null } }, clerk.token);
    expect(removed.updateSupplierInvoice).toMatchObject({ data: { document: null } });
    expect((await download(doc.url, viewerOnly.token)).status).toBe(404);
  });

  it('refuses a document of another type, naming the field', async () => {
    const r = await createWithDocument('F-4002', new File(['hello'], 'notes.txt', { type: 'text/plain' }), clerk.token);
    expect(r).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'document', code: 'unsupported_file_type' }] });
  });

  it('lists a voucher’s files and serves them with PROJECT_VIEW', async () => {
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: null, signature: 'SEED' });
    const v = await importVoucher(db, {
      source: 'manual',
      remoteId: 'V-1',
      series: 'A',
      number: 1,
      transactionDate: '2026-11-12',
      rows: [{ rowIndex: 0, accountNumber: 4010, debit: '100', projectId }],
    });
    expect(await attachVoucherFile(db, v.voucherId, { fileName: 'scan.pdf', contentType: 'application/pdf', bytes: PDF })).toBe('attached');
    expect(await attachVoucherFile(db, v.voucherId, { fileName: 'scan.pdf', contentType: 'application/pdf', bytes: PDF })).toBe('unchanged');
    const reader = await h.user(c.companyId, ['PROJECT_VIEW']);
    const list = await h.data(SiVoucherFiles, {}, reader.token);
    const files = list.vouchers.edges.find((e) => e.node.remoteId === 'V-1')!.node.files;
    expect(files).toEqual([
      {
        id: expect.any(String),
        fileName: 'scan.pdf',
        contentType: 'application/pdf',
        size: PDF.byteLength,
        url: expect.stringMatching(/^\/vouchers\/files\/[0-9a-f-]{36}$/),
      },
    ]);
    const ok = await download(files[0]!.url, reader.token);
    expect(ok).toMatchObject({ status: 200, type: 'application/pdf' });
    expect(Buffer.from(ok.bytes).equals(Buffer.from(PDF))).toBe(true);
    expect((await download(files[0]!.url, viewerOnly.token)).status).toBe(403);
    expect((await download(files[0]!.url, (await h.company()).adminToken)).status).toBe(404);
  });
});
