// Keeping a copy in sync through the API only: a client mirrors a company into memory with
// `modifiedSince` (paging with small pages, changes made between its pages) and the deletions
// feed, and after every step its copy equals a fresh full read. Cascaded deletes (a customer's
// contacts) reach the copy through tombstones.
import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { pruneTombstones } from '../../src/modules/sync/index.js';

// The high-water mark without its margin, so that a pass reads exactly the rows changed since the
// previous one (the margin only makes passes overlap; the copy is the same either way).
process.env.SYNC_CLOCK_MARGIN_MS = '0';

const h = useHarness();

// biome-ignore lint/suspicious/noExplicitAny: untyped documents of this test (results are compared as plain JSON)
type Any = any;
const doc = (text: string) => parse(text) as unknown as TypedDocumentNode<Any, Any>;

const PAGE = 2;

/** The mirrored lists: the root field, the selection of a node, and how a node's nested children are mirrored. */
const LISTS = {
  Customer: { field: 'customers', node: 'id name number email active modifiedAt' },
  Contact: { field: 'contacts', node: 'id name email customer { id } modifiedAt' },
  Invoice: { field: 'invoices', node: 'id title total modifiedAt lines { id description quantity }' },
  Project: { field: 'projects', node: 'id name number customer { id } modifiedAt' },
  Supplier: { field: 'suppliers', node: 'id name modifiedAt' },
  Account: { field: 'accounts', node: 'id number name modifiedAt' },
} as const;
type Kind = keyof typeof LISTS;

const listDoc = (kind: Kind) =>
  doc(`query SyncList($since: DateTime, $after: String, $first: Int) {
    list: ${LISTS[kind].field}(modifiedSince: $since, after: $after, first: $first) {
      edges { cursor node { ${LISTS[kind].node} } }
      pageInfo { hasNextPage endCursor }
    }
  }`);
const fullDoc = (kind: Kind) =>
  doc(`query FullList($after: String) {
    list: ${LISTS[kind].field}(first: 200, after: $after) {
      edges { node { ${LISTS[kind].node} } }
      pageInfo { hasNextPage endCursor }
    }
  }`);
const SyncPoint = doc('query SyncPoint { syncPoint }');
const Deletions = doc(`query Deletions($since: DateTime!, $after: String) {
  deletions(since: $since, after: $after, first: 2) { edges { node { entityType entityId deletedAt } } pageInfo { hasNextPage endCursor } }
}`);

type Copy = Record<Kind, Map<string, unknown>>;
const emptyCopy = (): Copy => ({ Customer: new Map(), Contact: new Map(), Invoice: new Map(), Project: new Map(), Supplier: new Map(), Account: new Map() });
/** A copy as comparable JSON; modifiedAt left out of the comparison only where it is read (it is compared). */
const plain = (c: Copy) => Object.fromEntries(Object.entries(c).map(([k, m]) => [k, [...m.entries()].sort(([a], [b]) => a.localeCompare(b))]));

class Mirror {
  copy = emptyCopy();
  mark: string | null = null;
  /** The ids each list returned in the last pass. */
  received: Record<Kind, string[]> = { Customer: [], Contact: [], Invoice: [], Project: [], Supplier: [], Account: [] };
  constructor(private token: string) {}

  /** One pass: the mark first, then every list changed since the previous mark, then the deletions. */
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
    this.received = { Customer: [], Contact: [], Invoice: [], Project: [], Supplier: [], Account: [] };
    for (const kind of Object.keys(LISTS) as Kind[]) {
      let after: string | null = null;
      let page = 0;
      for (;;) {
        const r: Any = await h.data(listDoc(kind), { since: this.mark ?? '1970-01-01T00:00:00.000Z', after, first: PAGE }, this.token);
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
        for (const e of r.deletions.edges) this.copy[e.node.entityType as Kind]?.delete(e.node.entityId);
        if (!r.deletions.pageInfo.hasNextPage) break;
        after = r.deletions.pageInfo.endCursor;
      }
    }
    this.mark = next;
  }
}

async function freshRead(token: string): Promise<Copy> {
  const c = emptyCopy();
  for (const kind of Object.keys(LISTS) as Kind[]) {
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
const CreateCustomer = doc(
  `mutation C($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 10) { edges { node { id } } } } } ... on Error { message } } }`,
);
const UpdateCustomer = doc(
  `mutation U($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename ... on MutationUpdateCustomerSuccess { data { id } } ... on Error { message } } }`,
);
const DeleteCustomer = doc(
  `mutation D($id: ID!) { deleteCustomer(id: $id) { __typename ... on MutationDeleteCustomerSuccess { data } ... on Error { message } } }`,
);
const AddContact = doc(
  `mutation A($c: ID!, $input: ContactInput!) { addContact(customerId: $c, input: $input) { __typename ... on MutationAddContactSuccess { data { id } } ... on Error { message } } }`,
);
const UpdateContact = doc(
  `mutation UC($id: ID!, $input: ContactInput!) { updateContact(id: $id, input: $input) { __typename ... on MutationUpdateContactSuccess { data { id } } ... on Error { message } } }`,
);
const RemoveContact = doc(
  `mutation R($id: ID!) { removeContact(id: $id) { __typename ... on MutationRemoveContactSuccess { data } ... on Error { message } } }`,
);
const CreateProject = doc(
  `mutation P($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } ... on Error { message } } }`,
);
const CreateInvoice = doc(
  `mutation I($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } } ... on Error { message } } }`,
);
const CreateSupplier = doc(
  `mutation S($input: CreateSupplierInput!) { createSupplier(input: $input) { __typename ... on MutationCreateSupplierSuccess { data { id } } ... on Error { message } } }`,
);
const UpdateSupplier = doc(
  `mutation US($input: UpdateSupplierInput!) { updateSupplier(input: $input) { __typename ... on MutationUpdateSupplierSuccess { data { id } } ... on Error { message } } }`,
);
const UpdateProject = doc(
  `mutation UP($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on MutationUpdateProjectSuccess { data { id } } ... on Error { message } } }`,
);
const RemoveLine = doc(
  `mutation RL($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on MutationRemoveInvoiceLineSuccess { __typename } ... on Error { message } } }`,
);

describe('a copy kept in sync with modifiedSince and deletions', () => {
  let co: TestCompany;
  const mut = async (d: TypedDocumentNode<Any, Any>, v: Any, field: string) => ok(await h.data(d, v, co.adminToken), field);
  const newCustomer = async (name: string, contacts: string[] = []) =>
    mut(
      CreateCustomer,
      { input: { name, email: `${name.toLowerCase().replace(/\W/g, '')}@example.se`, contacts: contacts.map((n) => ({ name: n })) } },
      'createCustomer',
    );

  it('equals a fresh read after creates, updates, deletes, cascades and changes between pages', async () => {
    co = await h.company('Mirror AB');
    const mirror = new Mirror(co.adminToken);
    const check = async () => expect(plain(mirror.copy)).toEqual(plain(await freshRead(co.adminToken)));

    // Step 1: a first full pass over a few customers, contacts and an invoice with lines.
    const customers: Any[] = [];
    for (let i = 1; i <= 5; i++) customers.push(await newCustomer(`Kund ${i}`, i % 2 ? [`Kontakt ${i}a`, `Kontakt ${i}b`] : []));
    const project = await mut(CreateProject, { input: { customerId: customers[1].id, name: 'Bygget' } }, 'createProject');
    const invoice = await mut(
      CreateInvoice,
      {
        input: {
          projectId: project.id,
          lines: [
            { description: 'Arbete', quantity: '2', unitPrice: '500' },
            { description: 'Material', quantity: '1', unitPrice: '120' },
          ],
        },
      },
      'createInvoice',
    );
    const suppliers: Any[] = [];
    for (const name of ['Plåt AB', 'Rör AB', 'El AB']) suppliers.push(await mut(CreateSupplier, { input: { name } }, 'createSupplier'));
    await mirror.pass();
    await check();
    expect(mirror.copy.Customer.size).toBe(5);
    expect(mirror.copy.Contact.size).toBe(6);

    // Step 2: updates, a new contact, a removed contact, a removed invoice line.
    await mut(UpdateCustomer, { input: { id: customers[0].id, name: 'Kund 1 (ny)' } }, 'updateCustomer');
    await mut(AddContact, { c: customers[3].id, input: { name: 'Kontakt 4a' } }, 'addContact');
    await mut(UpdateContact, { id: customers[2].contacts.edges[0].node.id, input: { email: 'ny@example.se' } }, 'updateContact');
    await mut(RemoveContact, { id: customers[2].contacts.edges[1].node.id }, 'removeContact');
    await mut(RemoveLine, { id: invoice.lines[1].id }, 'removeInvoiceLine');
    await mut(UpdateSupplier, { input: { id: suppliers[1].id, name: 'Rör & Co AB' } }, 'updateSupplier');
    await mut(UpdateProject, { input: { id: project.id, name: 'Bygget, etapp 2' } }, 'updateProject');
    await mirror.pass();
    await check();
    // Only what changed was read again.
    expect(mirror.received.Customer).toEqual([customers[0].id]);
    expect(mirror.received.Contact).toHaveLength(2);
    expect(mirror.received.Invoice).toEqual([invoice.id]);
    expect(mirror.received.Supplier).toEqual([suppliers[1].id]);
    expect(mirror.received.Project).toEqual([project.id]);
    expect(mirror.received.Account).toEqual([]);

    // Step 3: a customer deleted with its contacts (cascade).
    await mut(DeleteCustomer, { id: customers[4].id }, 'deleteCustomer');
    await mirror.pass();
    await check();
    expect(mirror.copy.Customer.has(customers[4].id)).toBe(false);
    expect([...mirror.copy.Contact.values()].some((c: Any) => c.customer.id === customers[4].id)).toBe(false);

    // Step 4: changes while the client pages: after the first page of customers one already read
    // is changed, one not yet read is deleted, one is created; contacts likewise.
    for (let i = 6; i <= 9; i++) customers.push(await newCustomer(`Kund ${i}`, [`Kontakt ${i}a`]));
    await mirror.pass();
    await check();
    await mut(UpdateCustomer, { input: { id: customers[5].id, name: 'Kund 6 (ändrad före)' } }, 'updateCustomer');
    await mut(UpdateCustomer, { input: { id: customers[6].id, name: 'Kund 7 (ändrad före)' } }, 'updateCustomer');
    await mut(UpdateCustomer, { input: { id: customers[7].id, name: 'Kund 8 (ändrad före)' } }, 'updateCustomer');
    await mirror.pass(async (kind, page) => {
      if (kind === 'Customer' && page === 1) {
        await mut(UpdateCustomer, { input: { id: customers[5].id, name: 'Kund 6 (ändrad under)' } }, 'updateCustomer');
        await mut(DeleteCustomer, { id: customers[7].id }, 'deleteCustomer');
        await newCustomer('Kund 10', ['Kontakt 10a']);
      }
    });
    // Customers 6–8 were on the pages; 6 was read on the first page and read again after its
    // change, 7 was read once, 8 was deleted before its page and not read; 10 was read as new.
    const names = mirror.received.Customer.map((id) => (mirror.copy.Customer.get(id) as Any)?.name ?? id);
    expect(names.filter((n) => n === 'Kund 7 (ändrad före)')).toHaveLength(1);
    expect(mirror.received.Customer.filter((id) => id === customers[5].id)).toHaveLength(2);
    expect(mirror.received.Customer).not.toContain(customers[7].id);
    expect(names).toContain('Kund 10');
    await mirror.pass();
    await check();
  });

  it('refuses a since older than the retention, backward paging and foreign cursors; the daily prune removes old tombstones', async () => {
    const tooOld = await h.exec(Deletions, { since: '2000-01-01T00:00:00.000Z', after: null }, co.adminToken);
    expect(tooOld.errors?.[0]?.extensions).toMatchObject({ code: 'RESYNC_REQUIRED', field: 'since' });
    const recent = new Date(Date.now() - 3_600_000).toISOString();
    const backward = await h.exec(doc('query B($s: DateTime) { customers(modifiedSince: $s, last: 2) { edges { cursor } } }'), { s: recent }, co.adminToken);
    expect(backward.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const idCursor = Buffer.from('GPC:S:00000000-0000-4000-8000-000000000000').toString('base64');
    const foreign = await h.exec(
      doc('query F($s: DateTime, $a: String) { customers(modifiedSince: $s, after: $a) { edges { cursor } } }'),
      { s: recent, a: idCursor },
      co.adminToken,
    );
    expect(foreign.errors?.[0]?.message).toMatch(/modifiedSince/);

    const kept = await h.prisma.tombstone.count({ where: { companyId: co.companyId } });
    expect(kept).toBeGreaterThan(0);
    expect(await pruneTombstones(h.prisma, 30)).toBe(0);
    const later = new Date(Date.now() + 31 * 86_400_000);
    expect(await pruneTombstones(h.prisma, 30, later)).toBeGreaterThanOrEqual(kept);
    expect(await h.prisma.tombstone.count({ where: { companyId: co.companyId } })).toBe(0);
  });
});
