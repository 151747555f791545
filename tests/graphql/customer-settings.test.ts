// Customer settings that act: "a cost centre is obligatory" (costCentreRequired) refuses a project
// of that customer without one, on creation and when its customer or cost centre changes.
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';
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

let c: TestCompany;
let costCentre: string;

async function customer(name: string, costCentreRequired: boolean) {
  const r = (await h.data(CsCustomer, { input: { name, type: 'COMPANY', costCentreRequired } }, c.adminToken)).createCustomer;
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
