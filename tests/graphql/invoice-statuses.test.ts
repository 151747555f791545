// Invoice statuses defined by administrators: assigned to an invoice (an unknown code refused),
// shown on it, filtered by, cleared; a status in use cannot be deleted, and a delete and an
// assignment at the same time wait for each other (on PostgreSQL), so no invoice keeps a status
// that no longer exists.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, lockForUpdate } from '../../src/db/tenant.js';
import { Prisma } from '../../src/generated/prisma/client.js';
import { createCustomer } from '../../src/modules/customers/service.js';
import { createInvoice, updateInvoice } from '../../src/modules/invoices/service.js';
import { createInvoiceStatus, deleteInvoiceStatus } from '../../src/modules/invoices/statuses.js';
import { createProject } from '../../src/modules/projects/service.js';

const h = useHarness();
const onPostgres = !!process.env.TEST_DATABASE_URL;

const IsCreateStatus = graphql(`
  mutation IsCreateStatus($code: Int!, $name: String!) {
    createInvoiceStatus(code: $code, name: $name) { __typename ... on MutationCreateInvoiceStatusSuccess { data { id code name } } ... on Error { code } }
  }
`);
const IsDeleteStatus = graphql(`mutation IsDeleteStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }`);
const IsUpdate = graphql(`
  mutation IsUpdate($input: UpdateInvoiceInput!) {
    updateInvoice(input: $input) {
      __typename
      ... on MutationUpdateInvoiceSuccess { data { statusCode status { code name } } }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const IsList = graphql(`query IsList($code: Int) { invoices(first: 50, filter: { statusCode: $code }) { edges { node { id } } } }`);

let c: TestCompany;
let projectId: string;
const D = (v: string) => new Prisma.Decimal(v);
const db = () => createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
const newInvoice = () => createInvoice(db(), { projectId, lines: [{ description: 'Arbete', quantity: D('1'), unitPrice: D('100'), vatRate: D('25') }] });

beforeAll(async () => {
  c = await h.company();
  const auth = { actor: { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' }, permissions: new Set(['CUSTOMER_CREATE'] as const) };
  const customerId = await createCustomer(db(), auth, { name: 'Statuskund AB', type: 'COMPANY' });
  projectId = await createProject(db(), { customerId, name: 'Status', statusCode: 40 });
});

describe('invoice statuses', () => {
  it('are assigned, shown, filtered by and cleared; an unknown code is refused; one in use is not deleted', async () => {
    const sent = (await h.data(IsCreateStatus, { code: 510, name: 'Skickad' }, c.adminToken)).createInvoiceStatus;
    if (sent.__typename !== 'MutationCreateInvoiceStatusSuccess') throw new Error(JSON.stringify(sent));
    const a = await newInvoice();
    const b = await newInvoice();
    const set = await h.data(IsUpdate, { input: { id: encodeGlobalID('Invoice', a), statusCode: 510 } }, c.adminToken);
    expect(set.updateInvoice).toEqual({ __typename: 'MutationUpdateInvoiceSuccess', data: { statusCode: 510, status: { code: 510, name: 'Skickad' } } });
    const unknown = await h.data(IsUpdate, { input: { id: encodeGlobalID('Invoice', b), statusCode: 777 } }, c.adminToken);
    expect(unknown.updateInvoice).toEqual({ __typename: 'ValidationError', issues: [{ path: 'statusCode', code: 'unknown_status' }] });
    const ids = async (code: number | null) => (await h.data(IsList, { code }, c.adminToken)).invoices.edges.map((e) => e.node.id);
    expect(await ids(510)).toEqual([encodeGlobalID('Invoice', a)]);
    expect((await ids(null)).sort()).toEqual([encodeGlobalID('Invoice', a), encodeGlobalID('Invoice', b)].sort());
    expect((await h.data(IsDeleteStatus, { id: sent.data.id }, c.adminToken)).deleteInvoiceStatus).toEqual({ __typename: 'ConflictError', code: 'IN_USE' });
    const cleared = await h.data(IsUpdate, { input: { id: encodeGlobalID('Invoice', a), statusCode: null } }, c.adminToken);
    expect(cleared.updateInvoice).toEqual({ __typename: 'MutationUpdateInvoiceSuccess', data: { statusCode: null, status: null } });
    expect(await ids(510)).toEqual([]);
    expect((await h.data(IsDeleteStatus, { id: sent.data.id }, c.adminToken)).deleteInvoiceStatus.__typename).toBe('MutationDeleteInvoiceStatusSuccess');
  });

  // Each side holds the status row's lock from its check to its commit; here the other side is a
  // transaction the test holds open, so the order is certain.
  type Tx = Parameters<Parameters<ReturnType<typeof db>['$transaction']>[0]>[0];

  /**
   * Runs `other` (the other side, holding the status row's lock) in a transaction kept open, then
   * `side`, which must still wait 400 ms later; commits the other side and returns `side`'s outcome.
   */
  async function waitsFor(statusId: string, other: (tx: Tx) => Promise<unknown>, side: () => Promise<unknown>) {
    let commit!: () => void;
    const held = new Promise<void>((r) => {
      commit = r;
    });
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => {
      locked = r;
    });
    const holder = db().$transaction(
      async (tx) => {
        await lockForUpdate(tx, 'InvoiceStatus', statusId);
        await other(tx);
        locked();
        await held;
      },
      { timeout: 20_000 },
    );
    await isLocked;
    let settled = false;
    const outcome = side().finally(() => {
      settled = true;
    });
    outcome.catch(() => undefined);
    await new Promise((r) => setTimeout(r, 400));
    expect(settled).toBe(false);
    commit();
    await holder;
    return outcome;
  }

  it.runIf(onPostgres)('a delete waits for an assignment in progress and then finds the status in use', async () => {
    const status = await createInvoiceStatus(db(), { code: 610, name: 'Pågående' });
    const invoiceId = await newInvoice();
    const deletion = waitsFor(
      status.id,
      (tx) => tx.invoice.update({ where: { id: invoiceId }, data: { statusCode: 610 } }),
      () => deleteInvoiceStatus(db(), status.id),
    );
    await expect(deletion).rejects.toMatchObject({ code: 'IN_USE' });
  });

  it.runIf(onPostgres)('an assignment waits for a delete in progress and then finds the status unknown', async () => {
    const status = await createInvoiceStatus(db(), { code: 620, name: 'Borttagen' });
    const invoiceId = await newInvoice();
    const assignment = waitsFor(
      status.id,
      (tx) => tx.invoiceStatus.delete({ where: { id: status.id } }),
      () => updateInvoice(db(), invoiceId, { statusCode: 620 }),
    );
    await expect(assignment).rejects.toMatchObject({ issues: [{ path: 'statusCode', code: 'unknown_status' }] });
    expect((await db().invoice.findUniqueOrThrow({ where: { id: invoiceId } })).statusCode).toBeNull();
  });
});
