// Cross-tenant cases for the foundation: users, groups, tokens, company settings, payment
// terms, customers, contacts and custom fields.
import { graphql } from '../../gql/index.js';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { execAsA, gid, ok, rawId, remember, type TenantModule, type TenantWorld } from './world.js';

const TenantSeed = graphql(`
  mutation TenantSeed($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      __typename
      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }
      ... on Error { message }
    }
  }
`);
const TenantSeedField = graphql(`
  mutation TenantSeedField($input: CreateCustomFieldDefinitionInput!) {
    createCustomFieldDefinition(input: $input) { __typename ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } }
  }
`);
const TenantSeedGroup = graphql(`
  mutation TenantSeedGroup($input: CreateGroupInput!) {
    createGroup(input: $input) { __typename ... on MutationCreateGroupSuccess { data { id } } }
  }
`);
const TenantSeedUser = graphql(`
  mutation TenantSeedUser($input: CreateUserInput!) {
    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id } } }
  }
`);
const TenantSeedToken = graphql(`
  mutation TenantSeedToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) { __typename ... on MutationCreateApiTokenSuccess { data { apiToken { id } } } }
  }
`);
const TenantSeedTerms = graphql(`
  query TenantSeedTerms { paymentTerms { id } me { id } }
`);

// --- one operation per root field -----------------------------------------------------------
const Q = {
  apiTokens: graphql(`query TenantApiTokens { apiTokens(includeRevoked: true) { id name tokenPrefix user { id name } } }`),
  company: graphql(`query TenantCompany { company { id name } }`),
  customFieldDefinitions: graphql(`query TenantFieldDefs { customFieldDefinitions(includeInactive: true) { id key label } }`),
  customer: graphql(`query TenantCustomer($id: ID!) { customer(id: $id) { id name } }`),
  customerByNumber: graphql(`query TenantCustomerByNumber($number: String!) { customerByNumber(number: $number) { id name } }`),
  customers: graphql(
    `query TenantCustomers($search: String) { customers(search: $search, first: 200) { totalCount edges { node { id name email contacts(first: 5) { edges { node { id name } } } } } } }`,
  ),
  groups: graphql(`query TenantGroups { groups { id name members { id name } } }`),
  me: graphql(`query TenantMe { me { id name email } }`),
  node: graphql(`query TenantNode($id: ID!) { node(id: $id) { id ... on Customer { name } ... on Contact { name } ... on User { name email } } }`),
  nodes: graphql(`query TenantNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`),
  paymentTerms: graphql(`query TenantPaymentTerms { paymentTerms(includeInactive: true) { id code } }`),
  permissions: graphql(`query TenantPermissions { permissions { permission description } }`),
  users: graphql(`query TenantUsers { users(first: 100, includeInactive: true) { edges { node { id name email } } } }`),
};

const M = {
  activateCustomer: graphql(
    `mutation TenantActivate($id: ID!) { activateCustomer(id: $id) { __typename ... on Error { code } ... on MutationActivateCustomerSuccess { data { id name } } } }`,
  ),
  addContact: graphql(
    `mutation TenantAddContact($customerId: ID!) { addContact(customerId: $customerId, input: { name: "Intruder" }) { __typename ... on Error { code } ... on MutationAddContactSuccess { data { id customer { name } } } } }`,
  ),
  assignCustomer: graphql(
    `mutation TenantAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on Error { code } ... on MutationAssignCustomerSuccess { data { id assignedUser { name } } } } }`,
  ),
  changeCustomerNumber: graphql(
    `mutation TenantChangeNumber($id: ID!) { changeCustomerNumber(id: $id, number: "666") { __typename ... on Error { code } ... on MutationChangeCustomerNumberSuccess { data { id name } } } }`,
  ),
  copyCustomerToContact: graphql(
    `mutation TenantCopy($customerId: ID!) { copyCustomerToContact(customerId: $customerId) { __typename ... on Error { code } ... on MutationCopyCustomerToContactSuccess { data { id name } } } }`,
  ),
  createApiToken: graphql(
    `mutation TenantCreateToken($userId: ID) { createApiToken(input: { name: "steal", userId: $userId }) { __typename ... on Error { code } ... on MutationCreateApiTokenSuccess { data { token apiToken { user { name } } } } } }`,
  ),
  createCustomFieldDefinition: graphql(
    `mutation TenantCreateField { createCustomFieldDefinition(input: { key: "secretField", label: "x", type: TEXT }) { __typename ... on Error { code } ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } } }`,
  ),
  createCustomer: graphql(
    `mutation TenantCreateCustomer($paymentTermId: ID, $assignedUserId: ID) { createCustomer(input: { name: "Intruder", number: "B-777", paymentTermId: $paymentTermId, assignedUserId: $assignedUserId }) { __typename ... on Error { code } ... on ValidationError { issues { path code } } ... on MutationCreateCustomerSuccess { data { id paymentTerm { id } assignedUser { id } } } } }`,
  ),
  createGroup: graphql(
    `mutation TenantCreateGroup { createGroup(input: { name: "Victim admins", permissions: [ADMIN_USERS] }) { __typename ... on Error { code } ... on MutationCreateGroupSuccess { data { id members { name } } } } }`,
  ),
  createUser: graphql(
    `mutation TenantCreateUser($groupIds: [ID!]) { createUser(input: { name: "Mole", email: "mole@a.se", signature: "MOLE", groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationCreateUserSuccess { data { id groups { name } } } } }`,
  ),
  deleteCustomFieldDefinition: graphql(`mutation TenantDeleteField($id: ID!) { deleteCustomFieldDefinition(id: $id) { __typename ... on Error { code } } }`),
  deleteCustomer: graphql(`mutation TenantDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code } } }`),
  deleteGroup: graphql(`mutation TenantDeleteGroup($id: ID!) { deleteGroup(id: $id) { __typename ... on Error { code } } }`),
  inactivateCustomer: graphql(
    `mutation TenantInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename ... on Error { code } ... on MutationInactivateCustomerSuccess { data { id name } } } }`,
  ),
  removeContact: graphql(`mutation TenantRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }`),
  revokeApiToken: graphql(
    `mutation TenantRevoke($id: ID!) { revokeApiToken(id: $id) { __typename ... on Error { code } ... on MutationRevokeApiTokenSuccess { data { id name } } } }`,
  ),
  updateCompanySettings: graphql(
    `mutation TenantSettings { updateCompanySettings(input: { name: "Renamed A" }) { __typename ... on Error { code } ... on MutationUpdateCompanySettingsSuccess { data { id name } } } }`,
  ),
  updateContact: graphql(
    `mutation TenantUpdateContact($id: ID!) { updateContact(id: $id, input: { name: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateContactSuccess { data { id name } } } }`,
  ),
  updateCustomFieldDefinition: graphql(
    `mutation TenantUpdateField($id: ID!) { updateCustomFieldDefinition(input: { id: $id, label: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateCustomFieldDefinitionSuccess { data { id label } } } }`,
  ),
  updateCustomer: graphql(
    `mutation TenantUpdateCustomer($id: ID!) { updateCustomer(input: { id: $id, name: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateCustomerSuccess { data { id name } } } }`,
  ),
  updateGroup: graphql(
    `mutation TenantUpdateGroup($id: ID!) { updateGroup(input: { id: $id, name: "Hacked", permissions: [] }) { __typename ... on Error { code } ... on MutationUpdateGroupSuccess { data { id } } } }`,
  ),
  updateUser: graphql(
    `mutation TenantUpdateUser($id: ID!, $groupIds: [ID!]) { updateUser(input: { id: $id, name: "Hacked", active: false, groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationUpdateUserSuccess { data { id name } } } }`,
  ),
};

export const coreTenantModule: TenantModule = {
  name: 'core',
  async seed(w: TenantWorld) {
    const t = w.b.adminToken;
    const h = w.h;
    w.markers.push('Victim Co', 'Victim Secret AB', 'secret@victim.se', 'Victim Contact', 'Victim Group', 'victim-user@victim.se', 'victimField');
    const field = ok((await h.data(TenantSeedField, { input: { key: 'victimField', label: 'Victim field', type: 'TEXT' } }, t)).createCustomFieldDefinition);
    remember(w, 'CustomFieldDefinition', rawId(field.id));
    const customer = ok(
      (
        await h.data(
          TenantSeed,
          {
            input: {
              name: 'Victim Secret AB',
              number: 'B-777',
              email: 'secret@victim.se',
              contacts: [{ name: 'Victim Contact', personalIdentityNumber: '200001012384' }],
              customFields: [{ key: 'victimField', value: 'classified' }],
            },
          },
          t,
        )
      ).createCustomer,
    );
    remember(w, 'Customer', rawId(customer.id));
    remember(w, 'Contact', rawId(customer.contacts.edges[0]!.node.id));
    const group = ok((await h.data(TenantSeedGroup, { input: { name: 'Victim Group', permissions: ['CUSTOMER_VIEW'] } }, t)).createGroup);
    remember(w, 'Group', rawId(group.id));
    const user = ok(
      (await h.data(TenantSeedUser, { input: { name: 'Victim User', email: 'victim-user@victim.se', signature: 'VU', groupIds: [group.id] } }, t)).createUser,
    );
    remember(w, 'User', rawId(user.id));
    remember(w, 'User', w.b.adminUserId);
    const token = ok((await h.data(TenantSeedToken, { input: { name: 'victim token', userId: user.id } }, t)).createApiToken);
    remember(w, 'ApiToken', rawId(token.apiToken.id));
    const terms = await h.data(TenantSeedTerms, {}, t);
    for (const term of terms.paymentTerms) remember(w, 'PaymentTerm', rawId(term.id));
  },
  cases(w: TenantWorld) {
    const exec = execAsA(w);
    const C = gid(w, 'Customer');
    const everyNode = [...w.ids.entries()].flatMap(([type, ids]) => ids.map((id) => encodeGlobalID(type, id)));
    return {
      // queries
      apiTokens: { run: () => exec(Q.apiTokens, {}) },
      company: { run: () => exec(Q.company, {}) },
      customFieldDefinitions: { run: () => exec(Q.customFieldDefinitions, {}) },
      customer: { run: () => exec(Q.customer, { id: C }) },
      customerByNumber: { run: () => exec(Q.customerByNumber, { number: 'B-777' }) },
      customers: { run: () => exec(Q.customers, { search: 'Victim' }) },
      groups: { run: () => exec(Q.groups, {}) },
      me: { run: () => exec(Q.me, {}) },
      node: { run: async () => Promise.all(everyNode.map((id) => exec(Q.node, { id }))) },
      nodes: { run: () => exec(Q.nodes, { ids: everyNode }) },
      paymentTerms: { run: () => exec(Q.paymentTerms, {}) },
      permissions: { run: () => exec(Q.permissions, {}) },
      users: { run: () => exec(Q.users, {}) },
      // mutations
      activateCustomer: { run: () => exec(M.activateCustomer, { id: C }), expectError: 'NotFoundError' },
      addContact: { run: () => exec(M.addContact, { customerId: C }), expectError: 'NotFoundError' },
      assignCustomer: { run: () => exec(M.assignCustomer, { id: C, userId: null }), expectError: 'NotFoundError' },
      changeCustomerNumber: { run: () => exec(M.changeCustomerNumber, { id: C }), expectError: 'NotFoundError' },
      copyCustomerToContact: { run: () => exec(M.copyCustomerToContact, { customerId: C }), expectError: 'NotFoundError' },
      createApiToken: { run: () => exec(M.createApiToken, { userId: gid(w, 'User') }), expectError: 'NotFoundError' },
      createCustomFieldDefinition: { run: () => exec(M.createCustomFieldDefinition, {}) },
      createCustomer: {
        run: () => exec(M.createCustomer, { paymentTermId: gid(w, 'PaymentTerm'), assignedUserId: gid(w, 'User') }),
        expectError: 'ValidationError',
      },
      createGroup: { run: () => exec(M.createGroup, {}) },
      createUser: { run: () => exec(M.createUser, { groupIds: [gid(w, 'Group')] }), expectError: 'ValidationError' },
      deleteCustomFieldDefinition: { run: () => exec(M.deleteCustomFieldDefinition, { id: gid(w, 'CustomFieldDefinition') }), expectError: 'NotFoundError' },
      deleteCustomer: { run: () => exec(M.deleteCustomer, { id: C }), expectError: 'NotFoundError' },
      deleteGroup: { run: () => exec(M.deleteGroup, { id: gid(w, 'Group') }), expectError: 'NotFoundError' },
      inactivateCustomer: { run: () => exec(M.inactivateCustomer, { id: C }), expectError: 'NotFoundError' },
      removeContact: { run: () => exec(M.removeContact, { id: gid(w, 'Contact') }), expectError: 'NotFoundError' },
      revokeApiToken: { run: () => exec(M.revokeApiToken, { id: gid(w, 'ApiToken') }), expectError: 'NotFoundError' },
      updateCompanySettings: { run: () => exec(M.updateCompanySettings, {}) },
      updateContact: { run: () => exec(M.updateContact, { id: gid(w, 'Contact') }), expectError: 'NotFoundError' },
      updateCustomFieldDefinition: { run: () => exec(M.updateCustomFieldDefinition, { id: gid(w, 'CustomFieldDefinition') }), expectError: 'NotFoundError' },
      updateCustomer: { run: () => exec(M.updateCustomer, { id: C }), expectError: 'NotFoundError' },
      updateGroup: { run: () => exec(M.updateGroup, { id: gid(w, 'Group') }), expectError: 'NotFoundError' },
      updateUser: { run: () => exec(M.updateUser, { id: gid(w, 'User'), groupIds: [gid(w, 'Group')] }), expectError: 'NotFoundError' },
    };
  },
};
