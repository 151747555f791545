// Cross-tenant cases for the supplier-invoice register: company A (every permission) reaches for
// company B's supplier invoice, its rows and its supplier; every mutation answers NOT_FOUND (or a
// validation error for B's supplier) and nothing of B changes or leaks.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../../gql/index.js';
import { createTenantDb, scoped } from '../../../src/db/tenant.js';
import type { Prisma } from '../../../src/generated/prisma/client.js';
import { createSupplierInvoice } from '../../../src/modules/supplier-invoices/service.js';
import { execAsA, remember, type TenantModule, type TenantWorld } from './world.js';

const Q = {
  supplierInvoices: graphql(`
    query TenantSupplierInvoices($supplierId: ID) {
      supplierInvoices(first: 200, filter: { supplierId: $supplierId }) {
        totalCount
        edges { node { id invoiceNumber ocr description net document { url } rows { id accountNumber amount description } approvals { name } } }
      }
    }
  `),
  node: graphql(`query TenantSupplierInvoiceNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber } } }`),
};
const M = {
  create: graphql(`
    mutation TenantCreateSupplierInvoice($supplierId: ID!) {
      createSupplierInvoice(input: { supplierId: $supplierId, invoiceNumber: "VSI-1", invoiceDate: "2026-11-01", net: "100" }) {
        __typename ... on Error { code } ... on MutationCreateSupplierInvoiceSuccess { data { id } }
      }
    }
  `),
  update: graphql(
    `mutation TenantUpdateSupplierInvoice($id: ID!) { updateSupplierInvoice(input: { id: $id, ocr: "1", net: "1" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceSuccess { data { id ocr } } } }`,
  ),
  addRow: graphql(
    `mutation TenantAddSupplierInvoiceRow($id: ID!) { addSupplierInvoiceRow(input: { supplierInvoiceId: $id, accountNumber: 4010, amount: "1" }) { __typename ... on Error { code } ... on MutationAddSupplierInvoiceRowSuccess { data { id } } } }`,
  ),
  updateRow: graphql(
    `mutation TenantUpdateSupplierInvoiceRow($id: ID!) { updateSupplierInvoiceRow(input: { id: $id, amount: "1" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceRowSuccess { data { id } } } }`,
  ),
  removeRow: graphql(
    `mutation TenantRemoveSupplierInvoiceRow($id: ID!) { removeSupplierInvoiceRow(id: $id) { __typename ... on Error { code } ... on MutationRemoveSupplierInvoiceRowSuccess { data { id } } } }`,
  ),
  approve: graphql(
    `mutation TenantApproveSupplierInvoice($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationApproveSupplierInvoiceSuccess { data { id status } } } }`,
  ),
  dispute: graphql(
    `mutation TenantDisputeSupplierInvoice($id: ID!) { disputeSupplierInvoice(id: $id, reason: "intruder") { __typename ... on Error { code } ... on MutationDisputeSupplierInvoiceSuccess { data { id } } } }`,
  ),
  undispute: graphql(
    `mutation TenantUndisputeSupplierInvoice($id: ID!) { undisputeSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationUndisputeSupplierInvoiceSuccess { data { id } } } }`,
  ),
};

const seeded = new WeakMap<TenantWorld, { invoice: string; row: string; supplier: string }>();

export const supplierInvoicesTenantModule: TenantModule = {
  name: 'supplier-invoices',
  async seed(w: TenantWorld) {
    const db = createTenantDb(w.h.prisma, { companyId: w.b.companyId, userId: null, signature: 'SEED' });
    w.markers.push('VSI-VICTIM-77', 'Victim supplier invoice text', '998877665544', 'Victim row text', 'Victim Invoice Supplier AB');
    await db.account.create({ data: scoped<Prisma.AccountUncheckedCreateInput>({ number: 4011, name: 'Victim cost' }) });
    const supplier = await db.supplier.create({ data: scoped<Prisma.SupplierUncheckedCreateInput>({ number: 'VIS-1', name: 'Victim Invoice Supplier AB' }) });
    const { id } = await createSupplierInvoice(
      db,
      {
        supplierId: supplier.id,
        invoiceNumber: 'VSI-VICTIM-77',
        invoiceDate: '2026-11-01',
        net: '321.00',
        ocr: '998877665544',
        description: 'Victim supplier invoice text',
        rows: [{ accountNumber: 4011, amount: '321.00', description: 'Victim row text' }],
      },
      { fileName: 'victim.pdf', contentType: 'application/pdf', bytes: new TextEncoder().encode('%PDF-victim') },
    );
    remember(w, 'SupplierInvoice', id);
    const row = await db.supplierInvoiceRow.findFirstOrThrow({ where: { supplierInvoiceId: id } });
    remember(w, 'SupplierInvoiceRow', row.id);
    w.markers.push(supplier.id, encodeGlobalID('Supplier', supplier.id));
    seeded.set(w, { invoice: id, row: row.id, supplier: supplier.id });
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const s = seeded.get(w)!;
    const inv = encodeGlobalID('SupplierInvoice', s.invoice);
    const row = encodeGlobalID('SupplierInvoiceRow', s.row);
    return {
      supplierInvoices: {
        run: () =>
          Promise.all([
            exec(Q.supplierInvoices, {}),
            exec(Q.supplierInvoices, { supplierId: encodeGlobalID('Supplier', s.supplier) }),
            exec(Q.node, { id: inv }),
          ]),
      },
      createSupplierInvoice: { run: () => exec(M.create, { supplierId: encodeGlobalID('Supplier', s.supplier) }), expectError: 'ValidationError' },
      updateSupplierInvoice: { run: () => exec(M.update, { id: inv }), expectError: 'NotFoundError' },
      addSupplierInvoiceRow: { run: () => exec(M.addRow, { id: inv }), expectError: 'NotFoundError' },
      updateSupplierInvoiceRow: { run: () => exec(M.updateRow, { id: row }), expectError: 'NotFoundError' },
      removeSupplierInvoiceRow: { run: () => exec(M.removeRow, { id: row }), expectError: 'NotFoundError' },
      approveSupplierInvoice: { run: () => exec(M.approve, { id: inv }), expectError: 'NotFoundError' },
      disputeSupplierInvoice: { run: () => exec(M.dispute, { id: inv }), expectError: 'NotFoundError' },
      undisputeSupplierInvoice: { run: () => exec(M.undispute, { id: inv }), expectError: 'NotFoundError' },
    };
  },
};
