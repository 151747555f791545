// Cross-tenant cases for projects, work orders, change orders (ÄTA) and project statuses.
import { graphql } from '../../gql/index.js';
import { execAsA, gid, ok, rawId, remember, type TenantModule, type TenantWorld } from './world.js';

const TenantPrjSeedCustomer = graphql(`
  mutation TenantPrjSeedCustomer { createCustomer(input: { name: "Victim Project Customer" }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }
`);
const TenantPrjSeedProject = graphql(`
  mutation TenantPrjSeedProject($customerId: ID!) {
    createProject(input: { customerId: $customerId, name: "Victim Project", number: "V-900", statusCode: 50, description: "victim-project-secret" }) {
      __typename ... on MutationCreateProjectSuccess { data { id } }
    }
  }
`);
const TenantPrjSeedWorkOrder = graphql(`
  mutation TenantPrjSeedWorkOrder($projectId: ID!) {
    createWorkOrder(projectId: $projectId, input: { name: "Victim Work Order" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }
  }
`);
const TenantPrjSeedChangeOrder = graphql(`
  mutation TenantPrjSeedChangeOrder($projectId: ID!) {
    createChangeOrder(projectId: $projectId, input: { name: "Victim ÄTA", estimatedAmount: "777.77" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id } } }
  }
`);
const TenantPrjSeedStatuses = graphql(`query TenantPrjSeedStatuses { projectStatuses { id code } }`);

const Q = {
  projectStatuses: graphql(`query TenantProjectStatuses { projectStatuses { id code name } }`),
  project: graphql(`query TenantProject($id: ID!) { project(id: $id) { id name } }`),
  projectByNumber: graphql(`query TenantProjectByNumber { projectByNumber(number: "V-900") { id name } }`),
  projects: graphql(
    `query TenantProjects { projects(first: 200, search: "Victim") { totalCount edges { node { id name workOrders(first: 5) { edges { node { id name } } } } } } }`,
  ),
};
const M = {
  createProject: graphql(
    `mutation TenantCreateProject($customerId: ID!, $statusCode: Int) { createProject(input: { customerId: $customerId, name: "Intruder" statusCode: $statusCode }) { __typename ... on Error { code } ... on MutationCreateProjectSuccess { data { id customer { name } } } } }`,
  ),
  updateProject: graphql(
    `mutation TenantUpdateProject($id: ID!) { updateProject(input: { id: $id, name: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateProjectSuccess { data { id name } } } }`,
  ),
  closeProject: graphql(
    `mutation TenantCloseProject($id: ID!) { closeProject(id: $id) { __typename ... on Error { code } ... on MutationCloseProjectSuccess { data { id name } } } }`,
  ),
  createWorkOrder: graphql(
    `mutation TenantCreateWorkOrder($projectId: ID!) { createWorkOrder(projectId: $projectId, input: { name: "Intruder" }) { __typename ... on Error { code } ... on MutationCreateWorkOrderSuccess { data { id project { name } } } } }`,
  ),
  updateWorkOrder: graphql(
    `mutation TenantUpdateWorkOrder($id: ID!) { updateWorkOrder(id: $id, input: { name: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateWorkOrderSuccess { data { id name } } } }`,
  ),
  closeWorkOrder: graphql(
    `mutation TenantCloseWorkOrder($id: ID!) { closeWorkOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseWorkOrderSuccess { data { id name } } } }`,
  ),
  createChangeOrder: graphql(
    `mutation TenantCreateChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: "Intruder" }) { __typename ... on Error { code } ... on MutationCreateChangeOrderSuccess { data { id project { name } } } } }`,
  ),
  updateChangeOrder: graphql(
    `mutation TenantUpdateChangeOrder($id: ID!) { updateChangeOrder(id: $id, input: { name: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateChangeOrderSuccess { data { id name } } } }`,
  ),
  closeChangeOrder: graphql(
    `mutation TenantCloseChangeOrder($id: ID!) { closeChangeOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseChangeOrderSuccess { data { id name } } } }`,
  ),
  createProjectStatus: graphql(
    `mutation TenantCreateProjectStatus { createProjectStatus(input: { code: 77, name: "Attacker status" }) { __typename ... on Error { code } ... on MutationCreateProjectStatusSuccess { data { id code } } } }`,
  ),
  renameProjectStatus: graphql(
    `mutation TenantRenameProjectStatus($id: ID!) { renameProjectStatus(id: $id, name: "Hacked") { __typename ... on Error { code } ... on MutationRenameProjectStatusSuccess { data { id name } } } }`,
  ),
  deleteProjectStatus: graphql(`mutation TenantDeleteProjectStatus($id: ID!) { deleteProjectStatus(id: $id) { __typename ... on Error { code } } }`),
};

export const projectsTenantModule: TenantModule = {
  name: 'projects',
  async seed(w: TenantWorld) {
    const { h } = w;
    const t = w.b.adminToken;
    w.markers.push('Victim Project', 'V-900', 'victim-project-secret', 'Victim Work Order', 'Victim ÄTA', '777.77');
    const customer = ok((await h.data(TenantPrjSeedCustomer, {}, t)).createCustomer);
    remember(w, 'Customer', rawId(customer.id));
    const project = ok((await h.data(TenantPrjSeedProject, { customerId: customer.id }, t)).createProject);
    remember(w, 'Project', rawId(project.id));
    remember(w, 'WorkOrder', rawId(ok((await h.data(TenantPrjSeedWorkOrder, { projectId: project.id }, t)).createWorkOrder).id));
    remember(w, 'ChangeOrder', rawId(ok((await h.data(TenantPrjSeedChangeOrder, { projectId: project.id }, t)).createChangeOrder).id));
    for (const s of (await h.data(TenantPrjSeedStatuses, {}, t)).projectStatuses) remember(w, 'ProjectStatus', rawId(s.id));
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const P = gid(w, 'Project');
    return {
      projectStatuses: { run: () => exec(Q.projectStatuses, {}) },
      project: { run: () => exec(Q.project, { id: P }) },
      projectByNumber: { run: () => exec(Q.projectByNumber, {}) },
      projects: { run: () => exec(Q.projects, {}) },
      createProject: { run: () => exec(M.createProject, { customerId: gid(w, 'Customer', 1), statusCode: 50 }), expectError: 'ValidationError' },
      updateProject: { run: () => exec(M.updateProject, { id: P }), expectError: 'NotFoundError' },
      closeProject: { run: () => exec(M.closeProject, { id: P }), expectError: 'NotFoundError' },
      createWorkOrder: { run: () => exec(M.createWorkOrder, { projectId: P }), expectError: 'NotFoundError' },
      updateWorkOrder: { run: () => exec(M.updateWorkOrder, { id: gid(w, 'WorkOrder') }), expectError: 'NotFoundError' },
      closeWorkOrder: { run: () => exec(M.closeWorkOrder, { id: gid(w, 'WorkOrder') }), expectError: 'NotFoundError' },
      createChangeOrder: { run: () => exec(M.createChangeOrder, { projectId: P }), expectError: 'NotFoundError' },
      updateChangeOrder: { run: () => exec(M.updateChangeOrder, { id: gid(w, 'ChangeOrder') }), expectError: 'NotFoundError' },
      closeChangeOrder: { run: () => exec(M.closeChangeOrder, { id: gid(w, 'ChangeOrder') }), expectError: 'NotFoundError' },
      createProjectStatus: { run: () => exec(M.createProjectStatus, {}) },
      renameProjectStatus: { run: () => exec(M.renameProjectStatus, { id: gid(w, 'ProjectStatus') }), expectError: 'NotFoundError' },
      deleteProjectStatus: { run: () => exec(M.deleteProjectStatus, { id: gid(w, 'ProjectStatus') }), expectError: 'NotFoundError' },
    };
  },
};
