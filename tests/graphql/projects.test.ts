// Projects, work orders (AO), change orders (ÄTA) and the status list through GraphQL.
import { beforeAll, describe, expect, it } from 'vitest';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

const h = useHarness();

const PrjCustomer = graphql(`
  mutation PrjCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id name } } } } }
    }
  }
`);
const PrjInactivate = graphql(`
  mutation PrjInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename } }
`);
const PrjMe = graphql(`query PrjMe { me { id signature } }`);

const PrjCreate = graphql(`
  mutation PrjCreate($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on MutationCreateProjectSuccess {
        data {
          id number name customerReference startDate endDate statusCode phase sentToAccounting finishedAt description createdBy
          status { code name }
          customer { id number }
          contact { id name }
          projectManager { signature }
        }
      }
      ... on Error { code path message }
      ... on ValidationError { issues { path code } }
      ... on ForbiddenError { permission }
    }
  }
`);
const PrjUpdate = graphql(`
  mutation PrjUpdate($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      __typename
      ... on MutationUpdateProjectSuccess { data { id name statusCode phase sentToAccounting statusChangedAt finishedAt description contact { id } customer { id } modifiedBy } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const PrjClose = graphql(`
  mutation PrjClose($id: ID!, $statusCode: Int) {
    closeProject(id: $id, statusCode: $statusCode) {
      __typename
      ... on MutationCloseProjectSuccess { data { statusCode phase finishedAt } }
      ... on Error { code path }
    }
  }
`);
const PrjAddWorkOrder = graphql(`
  mutation PrjAddWorkOrder($projectId: ID!, $input: WorkOrderInput!) {
    createWorkOrder(projectId: $projectId, input: $input) {
      __typename
      ... on MutationCreateWorkOrderSuccess { data { id number reference name statusCode phase startDate effectiveStartDate customerReference project { number } } }
      ... on Error { code path message }
    }
  }
`);
const PrjUpdateWorkOrder = graphql(`
  mutation PrjUpdateWorkOrder($id: ID!, $input: WorkOrderInput!) {
    updateWorkOrder(id: $id, input: $input) {
      __typename
      ... on MutationUpdateWorkOrderSuccess { data { name startDate effectiveStartDate statusCode } }
      ... on Error { code path }
    }
  }
`);
const PrjCloseWorkOrder = graphql(`
  mutation PrjCloseWorkOrder($id: ID!) {
    closeWorkOrder(id: $id) { __typename ... on MutationCloseWorkOrderSuccess { data { statusCode phase finishedAt } } }
  }
`);
const PrjAddChangeOrder = graphql(`
  mutation PrjAddChangeOrder($projectId: ID!, $input: ChangeOrderInput!) {
    createChangeOrder(projectId: $projectId, input: $input) {
      __typename
      ... on MutationCreateChangeOrderSuccess { data { id number code reference name description estimatedAmount statusCode } }
      ... on Error { code path }
    }
  }
`);
const PrjUpdateChangeOrder = graphql(`
  mutation PrjUpdateChangeOrder($id: ID!, $input: ChangeOrderInput!) {
    updateChangeOrder(id: $id, input: $input) {
      __typename
      ... on MutationUpdateChangeOrderSuccess { data { estimatedAmount description statusCode } }
      ... on Error { code path }
    }
  }
`);
const PrjCloseChangeOrder = graphql(`
  mutation PrjCloseChangeOrder($id: ID!, $statusCode: Int) {
    closeChangeOrder(id: $id, statusCode: $statusCode) {
      __typename
      ... on MutationCloseChangeOrderSuccess { data { statusCode phase } }
      ... on Error { code path }
    }
  }
`);
const PrjGet = graphql(`
  query PrjGet($id: ID!) {
    project(id: $id) {
      id number statusCode
      workOrders(first: 50) { totalCount edges { node { number reference statusCode } } }
      changeOrders(first: 50) { totalCount edges { node { code statusCode } } }
      openWorkOrders: workOrders(first: 50, finished: false) { totalCount }
    }
  }
`);
const PrjList = graphql(`
  query PrjList($first: Int, $after: String, $search: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {
    projects(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { node { number name statusCode startDate } }
    }
  }
`);
const PrjByNumber = graphql(`query PrjByNumber($number: String!) { projectByNumber(number: $number) { id name } }`);
const PrjStatuses = graphql(`query PrjStatuses { projectStatuses { id code name phase } }`);
const PrjCreateStatus = graphql(`
  mutation PrjCreateStatus($input: CreateProjectStatusInput!) {
    createProjectStatus(input: $input) {
      __typename
      ... on MutationCreateProjectStatusSuccess { data { id code name phase } }
      ... on Error { code path }
      ... on ValidationError { issues { path code } }
    }
  }
`);
const PrjRenameStatus = graphql(`
  mutation PrjRenameStatus($id: ID!, $name: String!) {
    renameProjectStatus(id: $id, name: $name) { __typename ... on MutationRenameProjectStatusSuccess { data { code name } } ... on Error { code } }
  }
`);
const PrjDeleteStatus = graphql(`
  mutation PrjDeleteStatus($id: ID!) {
    deleteProjectStatus(id: $id) { __typename ... on Error { code message } }
  }
`);
const PrjDeleteCustomer = graphql(`
  mutation PrjDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message } } }
`);
const PrjRemoveContact = graphql(`
  mutation PrjRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }
`);

let c: TestCompany;
let customerId: string;
let contactId: string;
let otherCustomerContactId: string;

async function customer(token: string, name: string, contacts: { name: string }[] = []) {
  const r = await h.data(PrjCustomer, { input: { name, contacts } }, token);
  if (r.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error('customer');
  return r.createCustomer.data;
}

async function project(input: Record<string, unknown>, token = c.adminToken) {
  const r = await h.data(PrjCreate, { input: { customerId, name: 'Project', ...input } as never }, token);
  if (r.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(r.createProject));
  return r.createProject.data;
}

beforeAll(async () => {
  c = await h.company();
  const cust = await customer(c.adminToken, 'Byggbolaget AB', [{ name: 'Eva Ek' }]);
  customerId = cust.id;
  contactId = cust.contacts.edges[0]!.node.id;
  otherCustomerContactId = (await customer(c.adminToken, 'Other AB', [{ name: 'Olle' }])).contacts.edges[0]!.node.id;
});

describe('projects', () => {
  it('numbers from 10000, defaults to the lowest status, and refuses a taken number', async () => {
    const me = await h.data(PrjMe, {}, c.adminToken);
    const p1 = await project({
      name: 'Nybyggnad Storgatan',
      contactId,
      projectManagerId: me.me.id,
      customerReference: 'PO-4711',
      startDate: '2026-03-01',
      endDate: '2026-09-30',
      description: 'Villa',
    });
    expect(p1).toMatchObject({
      number: '10000',
      statusCode: 10,
      phase: 'NOT_ORDERED',
      sentToAccounting: false,
      finishedAt: null,
      status: { code: 10, name: 'Quote' },
      customer: { id: customerId },
      contact: { id: contactId, name: 'Eva Ek' },
      projectManager: { signature: me.me.signature },
      customerReference: 'PO-4711',
      startDate: '2026-03-01',
      endDate: '2026-09-30',
      createdBy: me.me.signature,
    });
    expect((await project({})).number).toBe('10001');
    expect((await project({ number: '20000' })).number).toBe('20000');
    expect((await project({})).number).toBe('20001');
    const dup = await h.data(PrjCreate, { input: { customerId, name: 'Dup', number: '20000' } }, c.adminToken);
    expect(dup.createProject).toMatchObject({ __typename: 'ConflictError', code: 'NUMBER_TAKEN', path: 'number' });
    expect((await h.data(PrjByNumber, { number: '20000' }, c.adminToken)).projectByNumber?.id).toBeTruthy();
  });

  it('refuses an inactive customer, another customer’s contact, an unknown status and bad dates', async () => {
    const inactive = await customer(c.adminToken, 'Sleeping AB');
    await h.data(PrjInactivate, { id: inactive.id }, c.adminToken);
    const r1 = await h.data(PrjCreate, { input: { customerId: inactive.id, name: 'X' } }, c.adminToken);
    expect(r1.createProject).toMatchObject({ __typename: 'ConflictError', code: 'INACTIVE', path: 'customerId' });
    const r2 = await h.data(
      PrjCreate,
      { input: { customerId, name: 'X', contactId: otherCustomerContactId, statusCode: 42, startDate: '2026-05-01', endDate: '2026-04-01' } },
      c.adminToken,
    );
    expect(r2.createProject.__typename === 'ValidationError' && r2.createProject.issues.map((i) => [i.path, i.code]).sort()).toEqual([
      ['contactId', 'not_customer_contact'],
      ['endDate', 'before_start'],
      ['statusCode', 'unknown_status'],
    ]);
    const r3 = await h.exec(PrjCreate, { input: { customerId, name: 'X', startDate: '2026-02-30' } }, c.adminToken);
    expect(r3.errors?.[0]?.message).toMatch(/real calendar date/);
  });

  it('follows status codes: ordered is sent to accounting, 90+ is finished, reopening clears it', async () => {
    const p = await project({ statusCode: 20 });
    const ordered = await h.data(PrjUpdate, { input: { id: p.id, statusCode: 50 } }, c.adminToken);
    expect(ordered.updateProject).toMatchObject({ data: { phase: 'ORDERED', sentToAccounting: true, finishedAt: null } });
    const finished = await h.data(PrjUpdate, { input: { id: p.id, statusCode: 90 } }, c.adminToken);
    expect(finished.updateProject).toMatchObject({ data: { phase: 'FINISHED', sentToAccounting: false } });
    expect(finished.updateProject.__typename === 'MutationUpdateProjectSuccess' && finished.updateProject.data.finishedAt).toBeTruthy();
    const reopened = await h.data(PrjUpdate, { input: { id: p.id, statusCode: 50 } }, c.adminToken);
    expect(reopened.updateProject).toMatchObject({ data: { phase: 'ORDERED', finishedAt: null } });
  });

  it('changes only what is given and drops the contact when the customer changes', async () => {
    const p = await project({ contactId, description: 'keep me' });
    const other = await customer(c.adminToken, 'New owner AB');
    const r = await h.data(PrjUpdate, { input: { id: p.id, customerId: other.id } }, c.adminToken);
    expect(r.updateProject).toMatchObject({ data: { customer: { id: other.id }, contact: null, description: 'keep me' } });
    const bad = await h.data(PrjUpdate, { input: { id: p.id, contactId } }, c.adminToken);
    expect(bad.updateProject).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'contactId', code: 'not_customer_contact' }] });
    const cleared = await h.data(PrjUpdate, { input: { id: p.id, description: null } }, c.adminToken);
    expect(cleared.updateProject).toMatchObject({ data: { description: null } });
  });

  it('closes with the lowest finished status or a given one, and refuses a code below 90', async () => {
    const p = await project({ statusCode: 50 });
    const wo = await h.data(PrjAddWorkOrder, { projectId: p.id, input: { name: 'Tak', statusCode: 50 } }, c.adminToken);
    const bad = await h.data(PrjClose, { id: p.id, statusCode: 80 }, c.adminToken);
    expect(bad.closeProject).toMatchObject({ __typename: 'ValidationError', path: 'statusCode' });
    const closed = await h.data(PrjClose, { id: p.id }, c.adminToken);
    expect(closed.closeProject).toMatchObject({ data: { statusCode: 90, phase: 'FINISHED' } });
    const closedHard = await h.data(PrjClose, { id: p.id, statusCode: 99 }, c.adminToken);
    expect(closedHard.closeProject).toMatchObject({ data: { statusCode: 99 } });
    // Closing the project leaves its work orders as they are.
    const got = await h.data(PrjGet, { id: p.id }, c.adminToken);
    expect(got.project?.workOrders.edges.map((e) => e.node.statusCode)).toEqual([50]);
    expect(wo.createWorkOrder.__typename).toBe('MutationCreateWorkOrderSuccess');
    const late = await h.data(PrjAddWorkOrder, { projectId: p.id, input: { name: 'Late' } }, c.adminToken);
    expect(late.createWorkOrder).toMatchObject({ __typename: 'ConflictError', code: 'INVALID_STATE', path: 'projectId' });
  });
});

describe('work orders and ÄTA', () => {
  it('numbers work orders 1, 2, … with references 10000_1 and falls back to the project’s start date', async () => {
    const p = await project({ number: '30000', startDate: '2026-04-01' });
    const a = await h.data(PrjAddWorkOrder, { projectId: p.id, input: { name: 'Grund', customerReference: 'Ref A' } }, c.adminToken);
    expect(a.createWorkOrder).toMatchObject({
      data: {
        number: 1,
        reference: '30000_1',
        startDate: null,
        effectiveStartDate: '2026-04-01',
        statusCode: 10,
        customerReference: 'Ref A',
        project: { number: '30000' },
      },
    });
    const b = await h.data(PrjAddWorkOrder, { projectId: p.id, input: { name: 'Stomme', startDate: '2026-05-15', statusCode: 40 } }, c.adminToken);
    expect(b.createWorkOrder).toMatchObject({ data: { number: 2, reference: '30000_2', effectiveStartDate: '2026-05-15', phase: 'ORDERED' } });
    if (a.createWorkOrder.__typename !== 'MutationCreateWorkOrderSuccess') throw new Error();
    const u = await h.data(PrjUpdateWorkOrder, { id: a.createWorkOrder.data.id, input: { startDate: '2026-04-10', name: 'Grundläggning' } }, c.adminToken);
    expect(u.updateWorkOrder).toMatchObject({ data: { name: 'Grundläggning', startDate: '2026-04-10', effectiveStartDate: '2026-04-10' } });
    const closed = await h.data(PrjCloseWorkOrder, { id: a.createWorkOrder.data.id }, c.adminToken);
    expect(closed.closeWorkOrder).toMatchObject({ data: { statusCode: 90, phase: 'FINISHED' } });
    const got = await h.data(PrjGet, { id: p.id }, c.adminToken);
    expect(got.project?.workOrders.edges.map((e) => e.node.reference)).toEqual(['30000_1', '30000_2']);
    expect(got.project?.openWorkOrders.totalCount).toBe(1);
  });

  it('gives concurrent work orders distinct consecutive numbers', async () => {
    const p = await project({});
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => h.data(PrjAddWorkOrder, { projectId: p.id, input: { name: `AO ${i}` } }, c.adminToken)));
    const numbers = made
      .map((m) => (m.createWorkOrder.__typename === 'MutationCreateWorkOrderSuccess' ? m.createWorkOrder.data.number : -1))
      .sort((x, y) => x - y);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('numbers ÄTA Ä001, Ä002 with exact estimated amounts', async () => {
    const p = await project({ number: '40000' });
    const a = await h.data(
      PrjAddChangeOrder,
      { projectId: p.id, input: { name: 'Extra fönster', description: 'Två fönster i gavel', estimatedAmount: '12500.50' } },
      c.adminToken,
    );
    expect(a.createChangeOrder).toMatchObject({
      data: { number: 1, code: 'Ä001', reference: '40000_Ä001', estimatedAmount: '12500.50', statusCode: 10, description: 'Två fönster i gavel' },
    });
    const b = await h.data(PrjAddChangeOrder, { projectId: p.id, input: { name: 'Altan' } }, c.adminToken);
    expect(b.createChangeOrder).toMatchObject({ data: { code: 'Ä002', reference: '40000_Ä002', estimatedAmount: null } });
    if (a.createChangeOrder.__typename !== 'MutationCreateChangeOrderSuccess') throw new Error();
    const upd = await h.data(PrjUpdateChangeOrder, { id: a.createChangeOrder.data.id, input: { estimatedAmount: '13000', statusCode: 40 } }, c.adminToken);
    expect(upd.updateChangeOrder).toMatchObject({ data: { estimatedAmount: '13000.00', statusCode: 40, description: 'Två fönster i gavel' } });
    const float = await h.exec(PrjUpdateChangeOrder, { id: a.createChangeOrder.data.id, input: { estimatedAmount: 0.1 as never } }, c.adminToken);
    expect(float.errors?.[0]?.message).toMatch(/decimal number written as a string/);
    const close = await h.data(PrjCloseChangeOrder, { id: a.createChangeOrder.data.id, statusCode: 99 }, c.adminToken);
    expect(close.closeChangeOrder).toMatchObject({ data: { statusCode: 99, phase: 'FINISHED' } });
  });
});

describe('lists', () => {
  it('filters by status range, phase, customer and manager, searches, sorts and pages', async () => {
    const co = await h.company();
    const cust = await customer(co.adminToken, 'Listkund AB');
    const other = await customer(co.adminToken, 'Annan kund AB');
    const me = await h.data(PrjMe, {}, co.adminToken);
    const mk = (input: Record<string, unknown>) => h.data(PrjCreate, { input: { customerId: cust.id, name: 'P', ...input } as never }, co.adminToken);
    await mk({ name: 'Alfa', statusCode: 10, startDate: '2026-03-01' });
    await mk({ name: 'Beta', statusCode: 40, startDate: '2026-01-01', projectManagerId: me.me.id });
    await mk({ name: 'Gamma', statusCode: 50 });
    await mk({ name: 'Delta', statusCode: 90, startDate: '2026-02-01' });
    await h.data(PrjCreate, { input: { customerId: other.id, name: 'Epsilon', statusCode: 80 } }, co.adminToken);
    const names = async (vars: Parameters<typeof h.data<unknown, object>>[1]) =>
      (await h.data(PrjList, vars as never, co.adminToken)).projects.edges.map((e) => e.node.name);
    expect(await names({ filter: { statusFrom: 40, statusTo: 89 }, orderBy: { field: 'NAME' } })).toEqual(['Beta', 'Epsilon', 'Gamma']);
    expect(await names({ filter: { phase: 'ORDERED', customerId: cust.id }, orderBy: { field: 'NAME' } })).toEqual(['Beta', 'Gamma']);
    expect(await names({ filter: { finished: true } })).toEqual(['Delta']);
    expect(await names({ filter: { finished: false }, orderBy: { field: 'NUMBER', direction: 'DESC' } })).toEqual(['Epsilon', 'Gamma', 'Beta', 'Alfa']);
    expect(await names({ filter: { projectManagerId: me.me.id } })).toEqual(['Beta']);
    expect(await names({ search: 'annan' })).toEqual(['Epsilon']);
    expect(await names({ orderBy: { field: 'START_DATE' } })).toEqual(['Beta', 'Delta', 'Alfa', 'Gamma', 'Epsilon']);
    const page1 = await h.data(PrjList, { first: 2, orderBy: { field: 'NAME' } }, co.adminToken);
    expect(page1.projects).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const page2 = await h.data(PrjList, { first: 3, after: page1.projects.pageInfo.endCursor, orderBy: { field: 'NAME' } }, co.adminToken);
    expect(page2.projects.edges.map((e) => e.node.name)).toEqual(['Delta', 'Epsilon', 'Gamma']);
  });

  it('loads projects with customer, status, work orders and ÄTA in statements independent of the page size', async () => {
    const co = await h.company();
    const cust = await customer(co.adminToken, 'N+1 AB');
    for (let i = 0; i < 15; i++) {
      const r = await h.data(PrjCreate, { input: { customerId: cust.id, name: `P${i}`, statusCode: 50 } }, co.adminToken);
      if (r.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error();
      await h.data(PrjAddWorkOrder, { projectId: r.createProject.data.id, input: { name: 'AO' } }, co.adminToken);
      await h.data(PrjAddChangeOrder, { projectId: r.createProject.data.id, input: { name: 'ÄTA', estimatedAmount: '100' } }, co.adminToken);
    }
    const Page = graphql(`
      query PrjPage($first: Int!) {
        projects(first: $first) {
          edges { node {
            number status { name } customer { name }
            workOrders(first: 10) { edges { node { reference effectiveStartDate status { name } } } }
            changeOrders(first: 10) { edges { node { reference estimatedAmount } } }
          } }
        }
      }
    `);
    const measure = (first: number) =>
      h.countStatements(async () => {
        const r = await h.data(Page, { first }, co.adminToken);
        expect(r.projects.edges).toHaveLength(first);
        expect(r.projects.edges.every((e) => e.node.workOrders.edges[0]?.node.reference.endsWith('_1'))).toBe(true);
      });
    await measure(2);
    const small = await measure(3);
    const large = await measure(15);
    expect(large.count).toBe(small.count);
  });
});

describe('statuses', () => {
  it('are edited by admins, read by code, and cannot be deleted while in use', async () => {
    const co = await h.company();
    const list = await h.data(PrjStatuses, {}, co.adminToken);
    expect(list.projectStatuses.map((s) => [s.code, s.phase])).toEqual([
      [10, 'NOT_ORDERED'],
      [20, 'NOT_ORDERED'],
      [40, 'ORDERED'],
      [50, 'ORDERED'],
      [80, 'ORDERED'],
      [90, 'FINISHED'],
      [99, 'FINISHED'],
    ]);
    const created = await h.data(PrjCreateStatus, { input: { code: 60, name: 'Väntar på material' } }, co.adminToken);
    expect(created.createProjectStatus).toMatchObject({ data: { code: 60, phase: 'ORDERED' } });
    const dup = await h.data(PrjCreateStatus, { input: { code: 60, name: 'Again' } }, co.adminToken);
    expect(dup.createProjectStatus).toMatchObject({ __typename: 'ConflictError', code: 'ALREADY_EXISTS', path: 'code' });
    const outOfRange = await h.data(PrjCreateStatus, { input: { code: 1000, name: 'X' } }, co.adminToken);
    expect(outOfRange.createProjectStatus).toMatchObject({ __typename: 'ValidationError', path: 'code' });

    const cust = await customer(co.adminToken, 'Status AB');
    const p = await h.data(PrjCreate, { input: { customerId: cust.id, name: 'P', statusCode: 60 } }, co.adminToken);
    // A rename changes nothing a rule depends on: the code decides.
    const s60 = created.createProjectStatus.__typename === 'MutationCreateProjectStatusSuccess' ? created.createProjectStatus.data.id : '';
    const renamed = await h.data(PrjRenameStatus, { id: s60, name: 'Avslutad (fel namn)' }, co.adminToken);
    expect(renamed.renameProjectStatus).toMatchObject({ data: { code: 60, name: 'Avslutad (fel namn)' } });
    if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error();
    const got = await h.data(PrjUpdate, { input: { id: p.createProject.data.id, name: 'P2' } }, co.adminToken);
    expect(got.updateProject).toMatchObject({ data: { phase: 'ORDERED', sentToAccounting: true } });

    const inUse = await h.data(PrjDeleteStatus, { id: s60 }, co.adminToken);
    expect(inUse.deleteProjectStatus).toMatchObject({ __typename: 'ConflictError', code: 'IN_USE' });
    const s20 = list.projectStatuses.find((s) => s.code === 20)!.id;
    expect((await h.data(PrjDeleteStatus, { id: s20 }, co.adminToken)).deleteProjectStatus.__typename).toBe('MutationDeleteProjectStatusSuccess');

    const office = await h.user(co.companyId, ['PROJECT_VIEW', 'PROJECT_EDIT']);
    const denied = await h.data(PrjCreateStatus, { input: { code: 70, name: 'X' } }, office.token);
    expect(denied.createProjectStatus).toMatchObject({ __typename: 'ForbiddenError', code: 'FORBIDDEN' });
  });
});

describe('permissions and the customer register', () => {
  it('needs PROJECT_CREATE to create, PROJECT_VIEW to read', async () => {
    const viewer = await h.user(c.companyId, ['PROJECT_VIEW']);
    const r = await h.data(PrjCreate, { input: { customerId, name: 'No' } }, viewer.token);
    expect(r.createProject).toMatchObject({ __typename: 'ForbiddenError', permission: 'PROJECT_CREATE' });
    expect((await h.data(PrjList, {}, viewer.token)).projects.totalCount).toBeGreaterThan(0);
    const nobody = await h.user(c.companyId, ['CUSTOMER_VIEW']);
    const list = await h.exec(PrjList, {}, nobody.token);
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(list.data).toBeNull();
  });

  it('refuses to delete a customer with projects, and detaches a removed contact from its projects', async () => {
    const cust = await customer(c.adminToken, 'Has projects AB', [{ name: 'Kontakt' }]);
    const k = cust.contacts.edges[0]!.node.id;
    const p = await h.data(PrjCreate, { input: { customerId: cust.id, name: 'P', contactId: k } }, c.adminToken);
    const del = await h.data(PrjDeleteCustomer, { id: cust.id }, c.adminToken);
    expect(del.deleteCustomer).toMatchObject({ __typename: 'ConflictError', code: 'IN_USE' });
    expect(await h.prisma.customer.count({ where: { id: Buffer.from(cust.id, 'base64').toString().split(':')[1] } })).toBe(1);
    expect((await h.data(PrjRemoveContact, { id: k }, c.adminToken)).removeContact.__typename).toBe('MutationRemoveContactSuccess');
    if (p.createProject.__typename !== 'MutationCreateProjectSuccess') throw new Error();
    const after = await h.data(PrjUpdate, { input: { id: p.createProject.data.id } }, c.adminToken);
    expect(after.updateProject).toMatchObject({ data: { contact: null } });
  });
});
