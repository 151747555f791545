// The change history of customers, contacts, projects and invoices: written by a database trigger
// in the transaction of the update, whatever made it (here: a GraphQL mutation and a customer
// import), listed newest first on the record, identity numbers recorded as changed without their
// values, nothing recorded for an update that is rolled back.
import { print } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { TEST_INVOICE_ADDRESS, useHarness, type TestCompany } from '../helpers/harness.js';
import { xlsx } from '../helpers/spreadsheets.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createInvoice, lockInvoice } from '../../src/modules/invoices/service.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createProject } from '../../src/modules/projects/service.js';

const h = useHarness();

const HistCustomer = graphql(`
  query HistCustomer($id: ID!) {
    node(id: $id) {
      ... on Customer {
        history(first: 10) { edges { node { at by changes { field from to hidden } } } }
        contacts(first: 5) { edges { node { id history(first: 5) { edges { node { by changes { field from to hidden } } } } } } }
      }
    }
  }
`);
const HistUpdate = graphql(`
  mutation HistUpdate($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename ... on Error { message } } }
`);
const HistProject = graphql(`
  query HistProject($id: ID!) { node(id: $id) { ... on Project { history(first: 5) { edges { node { by changes { field from to } } } } } } }
`);
const HistProjectUpdate = graphql(`
  mutation HistProjectUpdate($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }
`);
const HistInvoice = graphql(`
  query HistInvoice($id: ID!) { node(id: $id) { ... on Invoice { history(first: 10) { edges { node { by changes { field from to } } } } } } }
`);
const HistImport = graphql(`
  mutation HistImport($file: File!, $mode: ImportMode) {
    importCustomers(file: $file, mode: $mode) { __typename ... on MutationImportCustomersSuccess { data { committed updated } } ... on Error { message } }
  }
`);

type Entry = { at?: string; by: string; changes: { field: string; from?: unknown; to?: unknown; hidden?: boolean }[] };
let c: TestCompany;
let viewer: { token: string };

async function customerHistory(id: string, token = c.adminToken) {
  const node = (await h.data(HistCustomer, { id: encodeGlobalID('Customer', id) }, token)).node as {
    history: { edges: { node: Entry }[] };
    contacts: { edges: { node: { id: string; history: { edges: { node: Entry }[] } } }[] };
  };
  return { customer: node.history.edges.map((e) => e.node), contacts: node.contacts.edges.map((e) => e.node.history.edges.map((x) => x.node)) };
}

beforeAll(async () => {
  c = await h.company();
  viewer = await h.user(c.companyId, ['CUSTOMER_VIEW']);
});

describe('customer history', () => {
  it('lists a change made through the API and one made by an import, newest first, with who, when and each field', async () => {
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    const auth = {
      actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' },
      permissions: new Set(['CUSTOMER_CREATE', 'CUSTOMER_EDIT'] as const),
    };
    const id = await createCustomer(db, auth, {
      name: 'Byggbolaget i Umeå AB',
      type: 'COMPANY',
      invoiceAddress: { address1: 'Storgatan 1', postcode: '903 25', city: 'Umeå' },
    });
    const number = (await db.customer.findUniqueOrThrow({ where: { id } })).number;
    // Created: no history yet (its creation is createdAt/createdBy).
    expect((await customerHistory(id)).customer).toEqual([]);

    const updated = await h.data(HistUpdate, { input: { id: encodeGlobalID('Customer', id), name: 'Byggbolaget Norr AB', phone: '090-123456' } }, c.adminToken);
    expect(updated.updateCustomer.__typename).toBe('MutationUpdateCustomerSuccess');

    // The import changes the city of the same customer (by its number).
    const file = await xlsx([
      ['Customer number', 'Namn', 'Postnummer', 'City'],
      [number, 'Byggbolaget Norr AB', '903 25', 'Umeå C'],
    ]);
    const form = new FormData();
    form.append('operations', JSON.stringify({ query: print(HistImport), variables: { file: null, mode: 'ALL_OR_NOTHING' } }));
    form.append('map', JSON.stringify({ 0: ['variables.file'] }));
    form.append('0', new Blob([new Uint8Array(file)]), 'kunder.xlsx');
    const res = await h.app.fetch('http://test.local/graphql', {
      method: 'POST',
      headers: { authorization: `Bearer ${c.adminToken}`, 'graphql-preflight': '1' },
      body: form,
    });
    const imported = (await res.json()) as { data: { importCustomers: { data: { committed: boolean; updated: number } } } };
    expect(imported.data.importCustomers.data).toEqual({ committed: true, updated: 1 });

    const { customer } = await customerHistory(id);
    const admin = (await h.prisma.user.findUniqueOrThrow({ where: { id: c.adminUserId } })).signature;
    expect(customer.map((e) => ({ by: e.by, changes: e.changes }))).toEqual([
      { by: admin, changes: [{ field: 'invoiceCity', from: 'Umeå', to: 'Umeå C', hidden: false }] },
      {
        by: admin,
        changes: [
          { field: 'name', from: 'Byggbolaget i Umeå AB', to: 'Byggbolaget Norr AB', hidden: false },
          { field: 'phone', from: null, to: '090-123456', hidden: false },
        ],
      },
    ]);
    expect(new Date(customer[0]!.at!).getTime()).toBeGreaterThanOrEqual(new Date(customer[1]!.at!).getTime());
    // Whoever may see the customer sees its history.
    expect((await customerHistory(id, viewer.token)).customer).toHaveLength(2);
  });

  it('records a changed personnummer without its values, and a contact’s changes on the contact', async () => {
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    const auth = {
      actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' },
      permissions: new Set(['CUSTOMER_CREATE', 'CUSTOMER_EDIT'] as const),
    };
    const id = await createCustomer(db, auth, { name: 'Anna Lind', type: 'PRIVATE', personalIdentityNumber: '200001012384' });
    const updated = await h.data(HistUpdate, { input: { id: encodeGlobalID('Customer', id), personalIdentityNumber: '198112189876' } }, c.adminToken);
    expect(updated.updateCustomer.__typename).toBe('MutationUpdateCustomerSuccess');
    const { customer } = await customerHistory(id);
    expect(customer[0]!.changes).toEqual([{ field: 'personalIdentityNumber', from: null, to: null, hidden: true }]);
    // Not kept in the database either.
    const stored = await h.prisma.changeEntry.findMany({ where: { entityId: id } });
    expect(JSON.stringify(stored)).not.toMatch(/200001012384|198112189876|8112189876|0001012384/);

    const contact = await db.contact.create({
      data: scoped<Prisma.ContactUncheckedCreateInput>({ customerId: id, name: 'Anna Lind', identityNumber: '200001012384' }),
    });
    await db.contact.update({ where: { id: contact.id }, data: { email: 'anna@example.se', identityNumber: '198112189876' } });
    const { contacts } = await customerHistory(id);
    expect(contacts.flat().map((e) => e.changes)).toContainEqual([
      { field: 'email', from: null, to: 'anna@example.se', hidden: false },
      { field: 'identityNumber', from: null, to: null, hidden: true },
    ]);
    expect(JSON.stringify(await h.prisma.changeEntry.findMany({ where: { entityId: contact.id } }))).not.toMatch(/200001012384|198112189876/);
  });

  it('an update rolled back leaves no history', async () => {
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    const auth = { actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' }, permissions: new Set(['CUSTOMER_CREATE'] as const) };
    const id = await createCustomer(db, auth, { name: 'Rollback AB', type: 'COMPANY' });
    await expect(
      db.$transaction(async (tx) => {
        await tx.customer.update({ where: { id }, data: { name: 'Never AB' } });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await h.prisma.changeEntry.count({ where: { entityId: id } })).toBe(0);
    // The same update committed is recorded (so the count above could have found one).
    await db.customer.update({ where: { id }, data: { name: 'Committed AB' } });
    expect(await h.prisma.changeEntry.count({ where: { entityId: id } })).toBe(1);
  });
});

describe('project history', () => {
  it('a status change is listed on the project; counters and derived columns are not', async () => {
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    const auth = { actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' }, permissions: new Set(['CUSTOMER_CREATE'] as const) };
    const customerId = await createCustomer(db, auth, { name: 'Projektkund AB', type: 'COMPANY' });
    const projectId = await createProject(db, { customerId, name: 'Badrum', statusCode: 20 });
    const res = await h.data(HistProjectUpdate, { input: { id: encodeGlobalID('Project', projectId), statusCode: 40 } }, c.adminToken);
    expect(res.updateProject.__typename).toBe('MutationUpdateProjectSuccess');
    const node = (await h.data(HistProject, { id: encodeGlobalID('Project', projectId) }, c.adminToken)).node as { history: { edges: { node: Entry }[] } };
    expect(node.history.edges.map((e) => e.node.changes)).toEqual([[{ field: 'statusCode', from: 20, to: 40 }]]);
  });
});

describe('invoice history', () => {
  it('the lock is listed on the invoice with who locked it', async () => {
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    const auth = { actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' }, permissions: new Set(['CUSTOMER_CREATE'] as const) };
    const customerId = await createCustomer(db, auth, { name: 'Fakturakund AB', type: 'COMPANY', invoiceAddress: TEST_INVOICE_ADDRESS });
    const projectId = await createProject(db, { customerId, name: 'Kök', statusCode: 40 });
    const invoiceId = await createInvoice(db, {
      projectId,
      lines: [{ description: 'Arbete', quantity: new Prisma.Decimal('1'), unitPrice: new Prisma.Decimal('1000'), vatRate: new Prisma.Decimal('25') }],
      fields: { invoiceDate: '2026-12-01' },
    });
    await lockInvoice(db, invoiceId, 'AD');
    const node = (await h.data(HistInvoice, { id: encodeGlobalID('Invoice', invoiceId) }, c.adminToken)).node as { history: { edges: { node: Entry }[] } };
    const lock = node.history.edges.map((e) => e.node).find((e) => e.changes.some((ch) => ch.field === 'locked'));
    expect(lock?.changes.find((ch) => ch.field === 'locked')).toEqual({ field: 'locked', from: false, to: true });
    expect(lock?.by).toBe('AD');
  });
});
