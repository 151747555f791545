// Keeping a copy in sync of the registers and the other lists beside the main ones: cost centres,
// payment terms, project and invoice statuses, custom field definitions (plain lists read whole
// with `modifiedSince`), supplier invoices with their rows, vouchers, work orders, change orders,
// documents and document folders (connections paged with small pages). A client mirrors them
// through the API with `modifiedSince` and the deletions feed; after every step its copy equals a
// fresh full read, and a pass reads only what changed.
import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';
import { attachVoucherFile, importVoucher } from '../../src/modules/registers/vouchers.js';

// The high-water mark without its margin, so that a pass reads exactly the rows changed since the
// previous one (the margin only makes passes overlap; the copy is the same either way).
process.env.SYNC_CLOCK_MARGIN_MS = '0';

const h = useHarness();

// biome-ignore lint/suspicious/noExplicitAny: untyped documents of this test (results are compared as plain JSON)
type Any = any;
const doc = (text: string) => parse(text) as unknown as TypedDocumentNode<Any, Any>;

const PAGE = 2;

/** The lists: the root field, a node's selection, extra arguments, and whether it is paged. */
const LISTS = {
  CostCentre: { field: 'costCentres', node: 'id code name active modifiedAt', args: 'includeInactive: true', paged: false },
  PaymentTerm: { field: 'paymentTerms', node: 'id code name days active modifiedAt', args: 'includeInactive: true', paged: false },
  ProjectStatus: { field: 'projectStatuses', node: 'id code name modifiedAt', args: '', paged: false },
  InvoiceStatus: { field: 'invoiceStatuses', node: 'id code name modifiedAt', args: '', paged: false },
  CustomFieldDefinition: { field: 'customFieldDefinitions', node: 'id key label active modifiedAt', args: 'includeInactive: true', paged: false },
  SupplierInvoice: { field: 'supplierInvoices', node: 'id invoiceNumber status modifiedAt rows { id amount description }', args: '', paged: true },
  Voucher: { field: 'vouchers', node: 'id remoteId description modifiedAt rows { accountNumber debit } files { fileName size }', args: '', paged: true },
  WorkOrder: { field: 'workOrders', node: 'id name statusCode reference modifiedAt', args: '', paged: true },
  ChangeOrder: { field: 'changeOrders', node: 'id name estimatedAmount code modifiedAt', args: '', paged: true },
  Document: { field: 'documents', node: 'id name sha256 folder { id } customer { id } project { id } modifiedAt', args: '', paged: true },
  DocumentFolder: { field: 'documentFolders', node: 'id name customer { id } project { id } modifiedAt', args: '', paged: true },
} as const;
type Kind = keyof typeof LISTS;
interface ListSpec {
  field: string;
  node: string;
  args: string;
  paged: boolean;
}
const KINDS = Object.keys(LISTS) as Kind[];

const changedDoc = (kind: Kind) => {
  const l: ListSpec = LISTS[kind];
  const extra = l.args ? `, ${l.args}` : '';
  return l.paged
    ? doc(`query SyncList($since: DateTime, $after: String, $first: Int) {
        list: ${l.field}(modifiedSince: $since, after: $after, first: $first${extra}) { edges { cursor node { ${l.node} } } pageInfo { hasNextPage endCursor } }
      }`)
    : doc(`query SyncPlain($since: DateTime) { list: ${l.field}(modifiedSince: $since${extra}) { ${l.node} } }`);
};
const fullDoc = (kind: Kind) => {
  const l: ListSpec = LISTS[kind];
  return l.paged
    ? doc(`query FullList($after: String) {
        list: ${l.field}(first: 200, after: $after${l.args ? `, ${l.args}` : ''}) { edges { node { ${l.node} } } pageInfo { hasNextPage endCursor } }
      }`)
    : doc(`query FullPlain { list: ${l.field}${l.args ? `(${l.args})` : ''} { ${l.node} } }`);
};
const rawId = (globalId: string) => Buffer.from(globalId, 'base64').toString().split(':')[1]!;
const SyncPoint = doc('query SyncPoint { syncPoint }');
const Deletions = doc(`query Deletions($since: DateTime!, $after: String) {
  deletions(since: $since, after: $after, first: 2) { edges { node { entityType entityId deletedAt } } pageInfo { hasNextPage endCursor } }
}`);

type Copy = Record<Kind, Map<string, unknown>>;
const emptyCopy = () => Object.fromEntries(KINDS.map((k) => [k, new Map()])) as Copy;
const noneReceived = () => Object.fromEntries(KINDS.map((k) => [k, []])) as unknown as Record<Kind, string[]>;
const plain = (c: Copy) => Object.fromEntries(Object.entries(c).map(([k, m]) => [k, [...m.entries()].sort(([a], [b]) => a.localeCompare(b))]));

class Mirror {
  copy = emptyCopy();
  mark: string | null = null;
  received = noneReceived();
  /** The deleted rows the last pass read, by type. */
  deleted: Record<string, string[]> = {};
  constructor(private token: string) {}

  async pass(between?: (kind: Kind, page: number) => Promise<void>) {
    // The mark stays behind any transaction still open in the database (another test file's on
    // a shared server, a job's): wait until it has passed this step's changes (all committed by
    // now), so that the next pass reads exactly what the next step changes.
    const stepDone = Date.now();
    let next = (await h.data(SyncPoint, {}, this.token)).syncPoint as string;
    for (let i = 0; Date.parse(next) < stepDone && i < 150; i++) {
      await new Promise((r) => setTimeout(r, 100));
      next = (await h.data(SyncPoint, {}, this.token)).syncPoint as string;
    }
    this.received = noneReceived();
    this.deleted = {};
    const since = this.mark ?? '1970-01-01T00:00:00.000Z';
    for (const kind of KINDS) {
      if (!LISTS[kind].paged) {
        const r: Any = await h.data(changedDoc(kind), { since }, this.token);
        // Ties on modifiedAt (rows written by one statement) are broken by the raw id.
        const times = r.list.map((n: Any) => `${n.modifiedAt}|${rawId(n.id)}`);
        expect(times, `${kind} in (updatedAt, id) order`).toEqual([...times].sort());
        for (const n of r.list) {
          this.copy[kind].set(n.id, n);
          this.received[kind].push(n.id);
        }
        continue;
      }
      let after: string | null = null;
      let page = 0;
      for (;;) {
        const r: Any = await h.data(changedDoc(kind), { since, after, first: PAGE }, this.token);
        for (const e of r.list.edges) {
          this.copy[kind].set(e.node.id, e.node);
          this.received[kind].push(e.node.id);
        }
        if (!r.list.pageInfo.hasNextPage) break;
        after = r.list.pageInfo.endCursor;
        await between?.(kind, ++page);
      }
    }
    if (this.mark) {
      let after: string | null = null;
      for (;;) {
        const r: Any = await h.data(Deletions, { since: this.mark, after }, this.token);
        for (const e of r.deletions.edges) {
          this.copy[e.node.entityType as Kind]?.delete(e.node.entityId);
          this.deleted[e.node.entityType] = [...(this.deleted[e.node.entityType] ?? []), e.node.entityId];
        }
        if (!r.deletions.pageInfo.hasNextPage) break;
        after = r.deletions.pageInfo.endCursor;
      }
    }
    this.mark = next;
  }
}

async function freshRead(token: string): Promise<Copy> {
  const c = emptyCopy();
  for (const kind of KINDS) {
    if (!LISTS[kind].paged) {
      const r: Any = await h.data(fullDoc(kind), {}, token);
      for (const n of r.list) c[kind].set(n.id, n);
      continue;
    }
    let after: string | null = null;
    for (;;) {
      const r: Any = await h.data(fullDoc(kind), { after }, token);
      for (const e of r.list.edges) c[kind].set(e.node.id, e.node);
      if (!r.list.pageInfo.hasNextPage) break;
      after = r.list.pageInfo.endCursor;
    }
  }
  return c;
}

const ok = (r: Any, field: string) => {
  const v = r[field];
  if (!v.__typename.endsWith('Success')) throw new Error(`${field}: ${JSON.stringify(v)}`);
  return v.data;
};
const m = (name: string, args: string, call: string, select = 'data { id }') =>
  doc(
    `mutation ${name}(${args}) { ${call} { __typename ... on Mutation${name.charAt(0).toUpperCase()}${name.slice(1)}Success { ${select} } ... on Error { message } } }`,
  );
const M = {
  createCostCentre: m('createCostCentre', '$input: CreateCostCentreInput!', 'createCostCentre(input: $input)'),
  updateCostCentre: m('updateCostCentre', '$input: UpdateCostCentreInput!', 'updateCostCentre(input: $input)'),
  createPaymentTerm: m('createPaymentTerm', '$input: CreatePaymentTermInput!', 'createPaymentTerm(input: $input)'),
  updatePaymentTerm: m('updatePaymentTerm', '$input: UpdatePaymentTermInput!', 'updatePaymentTerm(input: $input)'),
  deletePaymentTerm: m('deletePaymentTerm', '$id: ID!', 'deletePaymentTerm(id: $id)', 'data'),
  createProjectStatus: m('createProjectStatus', '$input: CreateProjectStatusInput!', 'createProjectStatus(input: $input)'),
  renameProjectStatus: m('renameProjectStatus', '$id: ID!, $name: String!', 'renameProjectStatus(id: $id, name: $name)'),
  deleteProjectStatus: m('deleteProjectStatus', '$id: ID!', 'deleteProjectStatus(id: $id)', '__typename'),
  createInvoiceStatus: m('createInvoiceStatus', '$code: Int!, $name: String!', 'createInvoiceStatus(code: $code, name: $name)'),
  deleteInvoiceStatus: m('deleteInvoiceStatus', '$id: ID!', 'deleteInvoiceStatus(id: $id)', '__typename'),
  createField: m('createCustomFieldDefinition', '$input: CreateCustomFieldDefinitionInput!', 'createCustomFieldDefinition(input: $input)'),
  updateField: m('updateCustomFieldDefinition', '$input: UpdateCustomFieldDefinitionInput!', 'updateCustomFieldDefinition(input: $input)'),
  deleteField: m('deleteCustomFieldDefinition', '$id: ID!', 'deleteCustomFieldDefinition(id: $id)', '__typename'),
  createCustomer: m('createCustomer', '$input: CreateCustomerInput!', 'createCustomer(input: $input)'),
  createProject: m('createProject', '$input: CreateProjectInput!', 'createProject(input: $input)', 'data { id modifiedAt }'),
  createWorkOrder: m('createWorkOrder', '$p: ID!, $input: WorkOrderInput!', 'createWorkOrder(projectId: $p, input: $input)'),
  updateWorkOrder: m('updateWorkOrder', '$id: ID!, $input: WorkOrderInput!', 'updateWorkOrder(id: $id, input: $input)'),
  closeWorkOrder: m('closeWorkOrder', '$id: ID!', 'closeWorkOrder(id: $id)'),
  createChangeOrder: m('createChangeOrder', '$p: ID!, $input: ChangeOrderInput!', 'createChangeOrder(projectId: $p, input: $input)'),
  updateChangeOrder: m('updateChangeOrder', '$id: ID!, $input: ChangeOrderInput!', 'updateChangeOrder(id: $id, input: $input)'),
  createSupplierInvoice: m('createSupplierInvoice', '$input: CreateSupplierInvoiceInput!', 'createSupplierInvoice(input: $input)', 'data { id rows { id } }'),
  updateSupplierInvoiceRow: m('updateSupplierInvoiceRow', '$input: UpdateSupplierInvoiceRowInput!', 'updateSupplierInvoiceRow(input: $input)', '__typename'),
  removeSupplierInvoiceRow: m('removeSupplierInvoiceRow', '$id: ID!', 'removeSupplierInvoiceRow(id: $id)', '__typename'),
  createFolder: m('createCustomerDocumentFolder', '$input: CreateCustomerDocumentFolderInput!', 'createCustomerDocumentFolder(input: $input)'),
  renameFolder: m('renameDocumentFolder', '$input: RenameDocumentFolderInput!', 'renameDocumentFolder(input: $input)'),
  deleteFolder: m('deleteDocumentFolder', '$id: ID!', 'deleteDocumentFolder(id: $id)', 'data'),
  deleteDocument: m('deleteDocument', '$id: ID!', 'deleteDocument(id: $id)', 'data'),
};
const UploadCustomer = `mutation U($input: UploadCustomerDocumentInput!) {
  uploadCustomerDocument(input: $input) { __typename ... on MutationUploadCustomerDocumentSuccess { data { id } } ... on Error { message } }
}`;
const ProjectModifiedAt = doc('query PM($id: ID!) { project(id: $id) { modifiedAt } }');

describe('a copy of the registers, supplier invoices, vouchers, work orders, ÄTA and documents kept in sync', () => {
  let co: TestCompany;
  const mut = async (d: TypedDocumentNode<Any, Any>, v: Any, field: string) => ok(await h.data(d, v, co.adminToken), field);
  const upload = async (customerId: string, name: string, folderId: string | null) => {
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: UploadCustomer, variables: { input: { customerId, folderId, file: null } } }));
    form.append('map', JSON.stringify({ 0: ['variables.input.file'] }));
    form.append('0', new File([`text of ${name}\n`], name, { type: 'text/plain' }));
    const res = await h.app.fetch('http://test.local/graphql', { method: 'POST', body: form, headers: { authorization: `Bearer ${co.adminToken}` } });
    const body = (await res.json()) as Any;
    return ok(body.data, 'uploadCustomerDocument');
  };
  let voucherNo = 0;
  // Vouchers are written by imports (the accounting connectors, SIE files) only.
  const importer = () => createTenantDb(h.prisma, { companyId: co.companyId, userId: null, signature: 'IMPORT' });
  const voucherInput = (n: number, description: string, rows: number) => ({
    source: 'manual',
    remoteId: `2026/A/${n}`,
    series: 'A',
    number: n,
    transactionDate: `2026-11-0${(n % 9) + 1}`,
    description,
    rows: Array.from({ length: rows }, (_, i) => ({ rowIndex: i + 1, accountNumber: 4010, debit: '100.00' })),
  });
  const newVoucher = async (description: string) => {
    const n = ++voucherNo;
    return importVoucher(importer(), voucherInput(n, description, 1));
  };

  it('equals a fresh read after creates, updates, deletes and changes between pages, reading only what changed', async () => {
    co = await h.company('Register Mirror AB');
    const seed = createTenantDb(h.prisma, { companyId: co.companyId, userId: null, signature: 'SEED' });
    for (const [number, name] of [
      [4010, 'Inköp material'],
      [4600, 'Underentreprenad'],
    ] as const) {
      await seed.account.create({ data: { number, name } as Prisma.AccountUncheckedCreateInput });
    }
    const supplier = await seed.supplier.create({ data: { number: '100', name: 'Bygghandel AB' } as Prisma.SupplierUncheckedCreateInput });
    const mirror = new Mirror(co.adminToken);
    const check = async () => expect(plain(mirror.copy)).toEqual(plain(await freshRead(co.adminToken)));

    // Step 1: a first pass over a few rows of every list.
    const centres: Any[] = [];
    for (const code of ['CC1', 'CC2', 'CC3']) centres.push(await mut(M.createCostCentre, { input: { code, name: `Ställe ${code}` } }, 'createCostCentre'));
    const terms: Any[] = [];
    for (const days of [45, 60]) terms.push(await mut(M.createPaymentTerm, { input: { code: `N${days}`, name: `${days} dagar`, days } }, 'createPaymentTerm'));
    const status = await mut(M.createProjectStatus, { input: { code: 77, name: 'Väntar' } }, 'createProjectStatus');
    const invStatus = await mut(M.createInvoiceStatus, { code: 77, name: 'Granskas' }, 'createInvoiceStatus');
    const field = await mut(M.createField, { input: { key: 'region', label: 'Region', type: 'TEXT' } }, 'createCustomFieldDefinition');
    const customer = await mut(M.createCustomer, { input: { name: 'Kund AB' } }, 'createCustomer');
    const project = await mut(M.createProject, { input: { customerId: customer.id, name: 'Villa' } }, 'createProject');
    const workOrders: Any[] = [];
    for (const name of ['Etapp 1', 'Etapp 2', 'Etapp 3']) workOrders.push(await mut(M.createWorkOrder, { p: project.id, input: { name } }, 'createWorkOrder'));
    const changeOrders: Any[] = [];
    for (const name of ['Extra fönster', 'Ny altan', 'Takbyte'])
      changeOrders.push(await mut(M.createChangeOrder, { p: project.id, input: { name, estimatedAmount: '1000.00' } }, 'createChangeOrder'));
    const si = await mut(
      M.createSupplierInvoice,
      {
        input: {
          supplierId: encodeGlobalID('Supplier', supplier.id),
          invoiceNumber: 'F-1',
          invoiceDate: '2026-11-10',
          net: '1000.00',
          vat: '250.00',
          rows: [
            { accountNumber: 4010, amount: '600.00', description: 'Virke' },
            { accountNumber: 4600, amount: '400.00', description: 'UE' },
          ],
        },
      },
      'createSupplierInvoice',
    );
    const si2 = await mut(
      M.createSupplierInvoice,
      {
        input: {
          supplierId: encodeGlobalID('Supplier', supplier.id),
          invoiceNumber: 'F-2',
          invoiceDate: '2026-11-11',
          net: '100.00',
          vat: '25.00',
          rows: [{ accountNumber: 4010, amount: '100.00', description: 'Skruv' }],
        },
      },
      'createSupplierInvoice',
    );
    const vouchers: Any[] = [];
    for (const d of ['Hyra', 'El', 'Material']) vouchers.push(await newVoucher(d));
    const folder = await mut(M.createFolder, { input: { customerId: customer.id, name: 'Avtal' } }, 'createCustomerDocumentFolder');
    const emptyFolder = await mut(M.createFolder, { input: { customerId: customer.id, name: 'Tom' } }, 'createCustomerDocumentFolder');
    const docs: Any[] = [];
    for (const [name, inFolder] of [
      ['a.txt', true],
      ['b.txt', false],
      ['c.txt', true],
    ] as const)
      docs.push(await upload(customer.id, name, inFolder ? folder.id : null));
    await mirror.pass();
    await check();
    expect(mirror.copy.WorkOrder.size).toBe(3);
    expect(mirror.copy.Voucher.size).toBe(3);
    expect(mirror.copy.Document.size).toBe(3);
    expect(mirror.copy.DocumentFolder.size).toBe(2);
    expect(mirror.copy.SupplierInvoice.size).toBe(2);

    // Step 2: updates; a pass reads exactly the changed rows. A work order's change leaves its
    // project untouched, so only the work order list carries it.
    const projectBefore = (await h.data(ProjectModifiedAt, { id: project.id }, co.adminToken)).project.modifiedAt;
    await mut(M.updateCostCentre, { input: { id: centres[1].id, active: false } }, 'updateCostCentre');
    await mut(M.updatePaymentTerm, { input: { id: terms[0].id, name: '45 dagar netto' } }, 'updatePaymentTerm');
    await mut(M.renameProjectStatus, { id: status.id, name: 'Pausad' }, 'renameProjectStatus');
    await mut(M.updateField, { input: { id: field.id, label: 'Område' } }, 'updateCustomFieldDefinition');
    await mut(M.updateWorkOrder, { id: workOrders[1].id, input: { name: 'Etapp 2 (ny)' } }, 'updateWorkOrder');
    await mut(M.closeWorkOrder, { id: workOrders[2].id }, 'closeWorkOrder');
    await mut(M.updateChangeOrder, { id: changeOrders[0].id, input: { estimatedAmount: '1500.00' } }, 'updateChangeOrder');
    await mut(M.updateSupplierInvoiceRow, { input: { id: si.rows[0].id, description: 'Virke, reglar' } }, 'updateSupplierInvoiceRow');
    await mut(M.renameFolder, { input: { id: folder.id, name: 'Avtal 2026' } }, 'renameDocumentFolder');
    // A voucher gaining a row on a later import, and one gaining a file, have changed.
    expect((await importVoucher(importer(), voucherInput(1, 'Hyra', 2))).rowsCreated).toBe(1);
    await attachVoucherFile(importer(), vouchers[2].voucherId, {
      fileName: 'kvitto.txt',
      contentType: 'text/plain',
      bytes: new TextEncoder().encode('kvitto'),
    });
    await mirror.pass();
    await check();
    expect((await h.data(ProjectModifiedAt, { id: project.id }, co.adminToken)).project.modifiedAt).toBe(projectBefore);
    expect(mirror.received.CostCentre).toEqual([centres[1].id]);
    expect(mirror.received.PaymentTerm).toEqual([terms[0].id]);
    expect(mirror.received.ProjectStatus).toEqual([status.id]);
    expect(mirror.received.InvoiceStatus).toEqual([]);
    expect(mirror.received.CustomFieldDefinition).toEqual([field.id]);
    expect(mirror.received.WorkOrder.sort()).toEqual([workOrders[1].id, workOrders[2].id].sort());
    expect(mirror.received.ChangeOrder).toEqual([changeOrders[0].id]);
    expect(mirror.received.SupplierInvoice).toEqual([si.id]);
    expect(mirror.received.Voucher.map(rawId).sort()).toEqual([vouchers[0].voucherId, vouchers[2].voucherId].sort());
    expect(mirror.received.Document).toEqual([]);
    expect(mirror.received.DocumentFolder).toEqual([folder.id]);

    // Step 3: deletes reach the copy through the deletions feed (and a removed supplier-invoice
    // row through its invoice, read again).
    await mut(M.deletePaymentTerm, { id: terms[1].id }, 'deletePaymentTerm');
    await mut(M.deleteProjectStatus, { id: status.id }, 'deleteProjectStatus');
    await mut(M.deleteInvoiceStatus, { id: invStatus.id }, 'deleteInvoiceStatus');
    await mut(M.deleteField, { id: field.id }, 'deleteCustomFieldDefinition');
    await mut(M.removeSupplierInvoiceRow, { id: si.rows[1].id }, 'removeSupplierInvoiceRow');
    await mut(M.deleteDocument, { id: docs[1].id }, 'deleteDocument');
    await mut(M.deleteFolder, { id: emptyFolder.id }, 'deleteDocumentFolder');
    await mirror.pass();
    await check();
    for (const [type, id] of [
      ['PaymentTerm', terms[1].id],
      ['ProjectStatus', status.id],
      ['InvoiceStatus', invStatus.id],
      ['CustomFieldDefinition', field.id],
      ['Document', docs[1].id],
      ['DocumentFolder', emptyFolder.id],
      ['SupplierInvoiceRow', si.rows[1].id],
    ] as const) {
      expect(mirror.deleted[type], type).toContain(id);
      if (type !== 'SupplierInvoiceRow') expect(mirror.copy[type].has(id), type).toBe(false);
    }
    expect(mirror.received.SupplierInvoice).toEqual([si.id]);
    expect((mirror.copy.SupplierInvoice.get(si.id) as Any).rows).toHaveLength(1);

    // Step 4: changes while the client pages: after the first page of each paged list a row
    // already read changes and a new one is created; after the pass the copy is whole.
    await mut(M.updateWorkOrder, { id: workOrders[0].id, input: { name: 'Etapp 1 (före)' } }, 'updateWorkOrder');
    for (const name of ['Etapp 4', 'Etapp 5']) workOrders.push(await mut(M.createWorkOrder, { p: project.id, input: { name } }, 'createWorkOrder'));
    for (const d of ['Frakt', 'Verktyg', 'Hyrbil']) await newVoucher(d);
    await mut(M.updateChangeOrder, { id: changeOrders[1].id, input: { name: 'Ny altan (före)' } }, 'updateChangeOrder');
    await mut(M.updateChangeOrder, { id: changeOrders[2].id, input: { name: 'Takbyte (före)' } }, 'updateChangeOrder');
    await mirror.pass(async (kind, page) => {
      if (page !== 1) return;
      if (kind === 'WorkOrder') {
        await mut(M.updateWorkOrder, { id: workOrders[0].id, input: { name: 'Etapp 1 (under)' } }, 'updateWorkOrder');
        workOrders.push(await mut(M.createWorkOrder, { p: project.id, input: { name: 'Etapp 6' } }, 'createWorkOrder'));
      }
      if (kind === 'ChangeOrder') await mut(M.updateChangeOrder, { id: changeOrders[1].id, input: { name: 'Ny altan (under)' } }, 'updateChangeOrder');
      if (kind === 'Voucher') await newVoucher('Under');
    });
    // The work order read on the first page was read again after its change; the new one was read.
    expect(mirror.received.WorkOrder.filter((id) => id === workOrders[0].id)).toHaveLength(2);
    expect(mirror.received.WorkOrder).toContain(workOrders[5].id);
    expect((mirror.copy.WorkOrder.get(workOrders[0].id) as Any).name).toBe('Etapp 1 (under)');
    await mirror.pass();
    await check();
    expect(mirror.copy.Voucher.size).toBe(7);
    expect([...mirror.copy.Voucher.values()].map((v: Any) => v.description)).toContain('Under');
    expect(si2.id).toBeTruthy();
  });
});
