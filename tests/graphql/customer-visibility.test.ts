// A customer reached through a project or an invoice shows only what the user may see of
// customers: everything to users who see every customer, the customers assigned to them to users
// who see only those, nothing (null) to users without a customer permission. The same through
// the lists, `project`/`invoice` by id and `node`, with compiled reads on (the default) and off.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { TEST_INVOICE_ADDRESS, useHarness, type TestCompany, type TestUser } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';

const h = useHarness();

const VisCustomer = graphql(`
  mutation VisCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }
  }
`);
const VisAssign = graphql(`mutation VisAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename } }`);
const VisProject = graphql(`
  mutation VisProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }
`);
const VisInvoice = graphql(`
  mutation VisInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id } } } }
`);
const VisBuyers = graphql(`
  mutation VisBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename } }
`);

const VisLists = graphql(`
  query VisLists {
    projects(first: 50) { edges { node { id name customer { id name personalIdentityNumber } contact { id personalIdentityNumber } } } }
    invoices(first: 50) {
      edges { node { id title customer { id name personalIdentityNumber } contact { id name } buyers { name contact { id personalIdentityNumber } } } }
    }
  }
`);
const VisOne = graphql(`
  query VisOne($project: ID!, $invoice: ID!) {
    project(id: $project) { id customer { id name } contact { id } }
    invoice(id: $invoice) { id customer { id name } contact { id } buyers { contact { id } } }
    node(id: $project) { ... on Project { customer { id personalIdentityNumber } } }
  }
`);

const VisUsers = graphql(`query VisUsers { users(first: 100) { edges { node { email customer { id name } } } } }`);

interface Seeded {
  customerId: string;
  contactId: string;
  projectId: string;
  invoiceId: string;
}

let c: TestCompany;
let assignedViewer: TestUser;
let projectsOnly: TestUser;
let mine: Seeded;
let theirs: Seeded;

async function seed(name: string, pin: string, assignTo: string | null): Promise<Seeded> {
  const created = (
    await h.data(
      VisCustomer,
      {
        input: {
          name,
          type: 'PRIVATE',
          personalIdentityNumber: pin,
          invoiceAddress: TEST_INVOICE_ADDRESS,
          contacts: [{ name, personalIdentityNumber: pin, propertyDesignation: 'UPPSALA EKEN 1:2' }],
        },
      },
      c.adminToken,
    )
  ).createCustomer;
  if (created.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(created));
  const customerId = created.data.id;
  const contactId = created.data.contacts.edges[0]!.node.id;
  if (assignTo)
    expect((await h.data(VisAssign, { id: customerId, userId: encodeGlobalID('User', assignTo) }, c.adminToken)).assignCustomer.__typename).toBe(
      'MutationAssignCustomerSuccess',
    );
  const project = (await h.data(VisProject, { input: { customerId, name: `Badrum ${name}`, contactId } }, c.adminToken)).createProject;
  if (project.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(project));
  const invoice = (
    await h.data(
      VisInvoice,
      {
        input: {
          projectId: project.data.id,
          contactId,
          title: `Faktura ${name}`,
          taxReductionType: 'ROT',
          lines: [{ description: 'Arbete', quantity: '10', unitPrice: '500' }],
        },
      },
      c.adminToken,
    )
  ).createInvoice;
  if (invoice.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(invoice));
  expect((await h.data(VisBuyers, { invoiceId: invoice.data.id, buyers: [{ contactId }] }, c.adminToken)).setInvoiceBuyers.__typename).toBe(
    'MutationSetInvoiceBuyersSuccess',
  );
  return { customerId, contactId, projectId: project.data.id, invoiceId: invoice.data.id };
}

beforeAll(async () => {
  c = await h.company();
  assignedViewer = await h.user(c.companyId, ['CUSTOMER_VIEW_ASSIGNED', 'PROJECT_VIEW', 'INVOICE_VIEW'], 'Tekniker Tilldelad');
  projectsOnly = await h.user(c.companyId, ['PROJECT_VIEW', 'INVOICE_VIEW'], 'Projektledare Utan Kunder');
  mine = await seed('Anna Ek', '200001012384', assignedViewer.userId);
  theirs = await seed('Bo Ask', '198112189876', null);
});

type Lists = Awaited<ReturnType<typeof lists>>;
const lists = (token: string) => h.data(VisLists, {}, token);
const project = (l: Lists, s: Seeded) => l.projects.edges.find((e) => e.node.id === s.projectId)!.node;
const invoice = (l: Lists, s: Seeded) => l.invoices.edges.find((e) => e.node.id === s.invoiceId)!.node;

describe('a customer reached through a project or an invoice', () => {
  it('is shown whole to a user who sees every customer', async () => {
    const l = await lists(c.adminToken);
    for (const s of [mine, theirs]) {
      expect(project(l, s).customer?.id).toBe(s.customerId);
      expect(project(l, s).customer?.personalIdentityNumber).toMatch(/^\d{8}-\d{4}$/);
      expect(project(l, s).contact?.id).toBe(s.contactId);
      expect(invoice(l, s).customer?.id).toBe(s.customerId);
      expect(invoice(l, s).contact?.id).toBe(s.contactId);
      expect(invoice(l, s).buyers[0]!.contact?.id).toBe(s.contactId);
    }
  });

  it('is shown to a user who sees only assigned customers when it is assigned to them, else null', async () => {
    const l = await lists(assignedViewer.token);
    // Both projects and invoices are listed (projects and invoices are not narrowed by the customer permission) …
    expect(l.projects.edges.map((e) => e.node.id).sort()).toEqual([mine.projectId, theirs.projectId].sort());
    // … but only the assigned customer, its contact and buyer contact are shown.
    expect(project(l, mine).customer).toMatchObject({ id: mine.customerId, name: 'Anna Ek' });
    expect(project(l, mine).contact?.id).toBe(mine.contactId);
    expect(invoice(l, mine).customer?.id).toBe(mine.customerId);
    expect(invoice(l, mine).contact?.id).toBe(mine.contactId);
    expect(invoice(l, mine).buyers[0]!.contact?.id).toBe(mine.contactId);
    expect(project(l, theirs)).toMatchObject({ customer: null, contact: null });
    expect(invoice(l, theirs)).toMatchObject({ customer: null, contact: null });
    expect(invoice(l, theirs).buyers[0]!.contact).toBeNull();
    // The buyer's own name stays: it is part of the invoice.
    expect(invoice(l, theirs).buyers[0]!.name).toBe('Bo Ask');
    expect(JSON.stringify(l)).not.toContain('198112189876'.slice(2, 8));

    const one = await h.data(VisOne, { project: theirs.projectId, invoice: theirs.invoiceId }, assignedViewer.token);
    expect(one.project).toMatchObject({ customer: null, contact: null });
    expect(one.invoice).toMatchObject({ customer: null, contact: null, buyers: [{ contact: null }] });
    expect(one.node).toEqual({ customer: null });
    const own = await h.data(VisOne, { project: mine.projectId, invoice: mine.invoiceId }, assignedViewer.token);
    expect(own.project?.customer?.id).toBe(mine.customerId);
    expect(own.node).toMatchObject({ customer: { id: mine.customerId } });
  });

  it('is null to a user without a customer permission, and answers without errors', async () => {
    const r = await h.exec(VisLists, {}, projectsOnly.token);
    expect(r.errors).toBeUndefined();
    for (const s of [mine, theirs]) {
      expect(project(r.data!, s)).toMatchObject({ customer: null, contact: null });
      expect(invoice(r.data!, s)).toMatchObject({ customer: null, contact: null });
      expect(invoice(r.data!, s).buyers[0]!.contact).toBeNull();
    }
  });

  it('follows a change of the assignment on the next request', async () => {
    await h.data(VisAssign, { id: theirs.customerId, userId: encodeGlobalID('User', assignedViewer.userId) }, c.adminToken);
    try {
      expect(project(await lists(assignedViewer.token), theirs).customer?.id).toBe(theirs.customerId);
    } finally {
      await h.data(VisAssign, { id: theirs.customerId, userId: null }, c.adminToken);
    }
    expect(project(await lists(assignedViewer.token), theirs).customer).toBeNull();
  });
});

describe('the customer of a customer user, in the user list', () => {
  it('is shown to a user administrator only as far as they may see customers', async () => {
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    for (const [s, email, signature] of [
      [mine, 'anna@kund.example', 'KA'],
      [theirs, 'bo@kund.example', 'KB'],
    ] as const) {
      await db.user.create({
        data: scoped<Prisma.UserUncheckedCreateInput>({
          name: email,
          email,
          signature,
          customerId: Buffer.from(s.customerId, 'base64').toString().split(':')[1]!,
          customerRights: ['INVOICES'],
        }),
      });
    }
    const customerOf = (r: Awaited<ReturnType<typeof usersAs>>, email: string) => r.users.edges.find((e) => e.node.email === email)!.node.customer;
    const usersAs = (token: string) => h.data(VisUsers, {}, token);
    const admin = await usersAs(c.adminToken);
    expect(customerOf(admin, 'bo@kund.example')?.id).toBe(theirs.customerId);
    const userAdminAssigned = await h.user(c.companyId, ['ADMIN_USERS', 'CUSTOMER_VIEW_ASSIGNED'], 'Användaradmin');
    await h.data(VisAssign, { id: mine.customerId, userId: encodeGlobalID('User', userAdminAssigned.userId) }, c.adminToken);
    const assigned = await usersAs(userAdminAssigned.token);
    expect(customerOf(assigned, 'anna@kund.example')?.id).toBe(mine.customerId);
    expect(customerOf(assigned, 'bo@kund.example')).toBeNull();
    const userAdminOnly = await h.user(c.companyId, ['ADMIN_USERS'], 'Bara användaradmin');
    const r = await h.exec(VisUsers, {}, userAdminOnly.token);
    expect(r.errors).toBeUndefined();
    expect(customerOf(r.data!, 'anna@kund.example')).toBeNull();
  });
});
