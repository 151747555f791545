// Customer settings that act: "a cost centre is obligatory" (costCentreRequired) refuses a project
// of that customer without one, on creation and when its customer or cost centre changes, and an
// invoice of that customer is not locked unless what goes to the accounting system names a cost
// centre (the project's, or each revenue line's and basis row's with revenue accounting).
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { TEST_INVOICE_ADDRESS, useHarness, type TestCompany } from '../helpers/harness.js';
import { createTenantDb, scoped } from '../../src/db/tenant.js';
import type { Prisma } from '../../src/generated/prisma/client.js';

const h = useHarness();

const CsCustomer = graphql(`
  mutation CsCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { message } } }
`);
const CsProject = graphql(`
  mutation CsProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      __typename
      ... on MutationCreateProjectSuccess { data { id } }
      ... on ValidationError { issues { path code message } }
    }
  }
`);
const CsUpdateProject = graphql(`
  mutation CsUpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) { __typename ... on ValidationError { issues { path code message } } }
  }
`);

const CsInvoice = graphql(`
  mutation CsInvoice($input: CreateInvoiceInput!) {
    createInvoice(input: $input) {
      __typename
      ... on MutationCreateInvoiceSuccess { data { id revenueLines { id } accountingBasis { id } } }
      ... on Error { message }
    }
  }
`);
const CsLock = graphql(`
  mutation CsLock($id: ID!) {
    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }
  }
`);
const CsRevenue = graphql(`
  mutation CsRevenue($input: RevenueAccountingSettingsInput!) {
    updateRevenueAccountingSettings(input: $input) { __typename ... on ValidationError { issues { path code } } }
  }
`);
const CsRules = graphql(`mutation CsRules($rules: [PostingRuleInput!]!) { setRevenuePostingRules(rules: $rules) { __typename } }`);
const CsAccount = graphql(`mutation CsAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }`);
const CsRevenueLine = graphql(`
  mutation CsRevenueLine($id: ID!, $input: RevenueLineInput!) { updateInvoiceRevenueLine(id: $id, input: $input) { __typename } }
`);
const CsBasisRow = graphql(`
  mutation CsBasisRow($id: ID!, $input: AccountingBasisRowInput!) { updateAccountingBasisRow(id: $id, input: $input) { __typename ... on Error { message } } }
`);

let c: TestCompany;
let costCentre: string;

async function customer(name: string, costCentreRequired: boolean, company = c) {
  const input = { name, type: 'COMPANY' as const, costCentreRequired, invoiceAddress: TEST_INVOICE_ADDRESS };
  const r = (await h.data(CsCustomer, { input }, company.adminToken)).createCustomer;
  if (r.__typename !== 'MutationCreateCustomerSuccess') throw new Error(JSON.stringify(r));
  return r.data.id;
}

beforeAll(async () => {
  c = await h.company();
  const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
  costCentre = encodeGlobalID(
    'CostCentre',
    (await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'SYD', name: 'Syd' }) })).id,
  );
  expect((await h.data(CsAccount, { input: { number: 3001, name: 'Försäljning' } }, c.adminToken)).createAccount.__typename).toBe(
    'MutationCreateAccountSuccess',
  );
});

describe('a cost centre is obligatory for the customer', () => {
  it('refuses a project without one, accepts it with one; an unrelated change of an older project is not refused', async () => {
    const strict = await customer('Kräver Kostnadsställe AB', true);
    const relaxed = await customer('Fri AB', false);
    const refused = (await h.data(CsProject, { input: { customerId: strict, name: 'Utan kostnadsställe' } }, c.adminToken)).createProject;
    expect(refused).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'costCentreId', code: 'required' }] });
    const ok = (await h.data(CsProject, { input: { customerId: strict, name: 'Med kostnadsställe', costCentreId: costCentre } }, c.adminToken)).createProject;
    expect(ok.__typename).toBe('MutationCreateProjectSuccess');
    const free = (await h.data(CsProject, { input: { customerId: relaxed, name: 'Fritt' } }, c.adminToken)).createProject;
    if (free.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(free));

    // Removing the cost centre, or moving a project without one to the strict customer: refused.
    if (ok.__typename !== 'MutationCreateProjectSuccess') throw new Error('create');
    const removed = (await h.data(CsUpdateProject, { input: { id: ok.data.id, costCentreId: null } }, c.adminToken)).updateProject;
    expect(removed).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'costCentreId', code: 'required' }] });
    const moved = (await h.data(CsUpdateProject, { input: { id: free.data.id, customerId: strict } }, c.adminToken)).updateProject;
    expect(moved).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'costCentreId', code: 'required' }] });
    // A project of the strict customer without a cost centre from before the setting: renaming it is not refused.
    const db = createTenantDb(h.prisma, { companyId: c.companyId, userId: c.adminUserId, signature: 'AD' });
    await db.project.update({ where: { id: decodeGlobalID(free.data.id).id }, data: { customerId: decodeGlobalID(strict).id } });
    const renamed = (await h.data(CsUpdateProject, { input: { id: free.data.id, name: 'Fritt, omdöpt' } }, c.adminToken)).updateProject;
    expect(renamed.__typename).toBe('MutationUpdateProjectSuccess');
  });
});

describe('an invoice of a customer that requires a cost centre', () => {
  const lineInput = [{ description: 'Arbete', quantity: '2', unitPrice: '500', accountNumber: 3001 }];
  const ids = (x: string) => decodeGlobalID(x).id;

  async function invoiceFor(company: TestCompany, projectId: string) {
    const r = (await h.data(CsInvoice, { input: { projectId, lines: lineInput } }, company.adminToken)).createInvoice;
    if (r.__typename !== 'MutationCreateInvoiceSuccess') throw new Error(JSON.stringify(r));
    return r.data;
  }
  /** A project of the customer without a cost centre, as one made before the setting was turned on. */
  async function projectWithout(company: TestCompany, customerId: string) {
    const free = await customer('Tillfällig AB', false, company);
    const p = (await h.data(CsProject, { input: { customerId: free, name: 'Utan kostnadsställe', statusCode: 50 } }, company.adminToken)).createProject;
    if (p.__typename !== 'MutationCreateProjectSuccess') throw new Error(JSON.stringify(p));
    const db = createTenantDb(h.prisma, { companyId: company.companyId, userId: company.adminUserId, signature: 'AD' });
    await db.project.update({ where: { id: ids(p.data.id) }, data: { customerId: ids(customerId) } });
    return p.data.id;
  }

  it('without revenue accounting: refused until the project has a cost centre; another customer’s invoice is not refused', async () => {
    const strict = await customer('Strikt Faktura AB', true);
    const projectId = await projectWithout(c, strict);
    const inv = await invoiceFor(c, projectId);
    const refused = (await h.data(CsLock, { id: inv.id }, c.adminToken)).lockInvoice;
    expect(refused).toMatchObject({ __typename: 'ValidationError', issues: [{ path: 'project.costCentreId', code: 'required' }] });
    expect(refused.__typename === 'ValidationError' && refused.issues[0]!.message).toMatch(/requires a cost centre/);

    const relaxed = await customer('Avslappnad Faktura AB', false);
    const relaxedProject = await projectWithout(c, relaxed);
    const other = await invoiceFor(c, relaxedProject);
    expect((await h.data(CsLock, { id: other.id }, c.adminToken)).lockInvoice).toMatchObject({ data: { locked: true } });

    const set = (await h.data(CsUpdateProject, { input: { id: projectId, costCentreId: costCentre } }, c.adminToken)).updateProject;
    expect(set.__typename).toBe('MutationUpdateProjectSuccess');
    expect((await h.data(CsLock, { id: inv.id }, c.adminToken)).lockInvoice).toMatchObject({ data: { locked: true } });
  });

  it('with revenue accounting: the cost-centre dimension must be included, and every revenue line and basis row needs one', async () => {
    const d = await h.company();
    const db = createTenantDb(h.prisma, { companyId: d.companyId, userId: d.adminUserId, signature: 'AD' });
    const cc = encodeGlobalID(
      'CostCentre',
      (await db.costCentre.create({ data: scoped<Prisma.CostCentreUncheckedCreateInput>({ code: 'NORR', name: 'Norr' }) })).id,
    );
    expect((await h.data(CsAccount, { input: { number: 3001, name: 'Försäljning' } }, d.adminToken)).createAccount.__typename).toBe(
      'MutationCreateAccountSuccess',
    );
    expect((await h.data(CsRules, { rules: [{ accountNumber: 3001 }] }, d.adminToken)).setRevenuePostingRules.__typename).toBe(
      'MutationSetRevenuePostingRulesSuccess',
    );
    expect((await h.data(CsRevenue, { input: { active: true } }, d.adminToken)).updateRevenueAccountingSettings.__typename).toBe(
      'MutationUpdateRevenueAccountingSettingsSuccess',
    );
    const strict = await customer('Strikt Intäkt AB', true, d);
    const projectId = await projectWithout(d, strict);

    // The set-up leaves cost centres out of what goes to the accounting system: nothing can satisfy the customer.
    const first = await invoiceFor(d, projectId);
    expect((await h.data(CsLock, { id: first.id }, d.adminToken)).lockInvoice).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'revenueLines', code: 'cost_centre_not_included' }],
    });

    // Included (not mandatory): the revenue line and the basis row without one are each named.
    await h.data(CsRevenue, { input: { dimensions: [{ number: 4, included: true }] } }, d.adminToken);
    const inv = await invoiceFor(d, projectId);
    expect((await h.data(CsLock, { id: inv.id }, d.adminToken)).lockInvoice).toMatchObject({
      __typename: 'ValidationError',
      issues: [
        { path: 'revenueLines.0.costCentreId', code: 'required' },
        { path: 'accountingBasis.0.costCentreId', code: 'required' },
      ],
    });
    // The revenue line gets one (its basis row follows it), then the lock passes.
    expect((await h.data(CsRevenueLine, { id: inv.revenueLines[0]!.id, input: { costCentreId: cc } }, d.adminToken)).updateInvoiceRevenueLine.__typename).toBe(
      'MutationUpdateInvoiceRevenueLineSuccess',
    );
    expect((await h.data(CsLock, { id: inv.id }, d.adminToken)).lockInvoice).toMatchObject({ data: { locked: true } });

    // A basis row edited to have none is named on its own.
    const third = await invoiceFor(d, projectId);
    await h.data(CsRevenueLine, { id: third.revenueLines[0]!.id, input: { costCentreId: cc } }, d.adminToken);
    const basisRowId = third.accountingBasis[0]!.id;
    expect((await h.data(CsBasisRow, { id: basisRowId, input: { costCentreId: null } }, d.adminToken)).updateAccountingBasisRow.__typename).toBe(
      'MutationUpdateAccountingBasisRowSuccess',
    );
    expect((await h.data(CsLock, { id: third.id }, d.adminToken)).lockInvoice).toMatchObject({
      __typename: 'ValidationError',
      issues: [{ path: 'accountingBasis.0.costCentreId', code: 'required' }],
    });
  });
});
