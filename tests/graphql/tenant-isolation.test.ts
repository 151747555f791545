// Every root query and mutation, executed with company A's administrator token (every
// permission) against company B's data: nothing of B may appear in any response, and B's rows
// must be exactly as before. A field added to the schema without a case here fails the test.
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { schema } from '../../src/graphql/schema.js';
import { TENANT_MODELS } from '../../src/db/tenant.js';
import { graphql } from '../gql/index.js';
import { useHarness, type TestCompany } from '../helpers/harness.js';

const h = useHarness();

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
  customers: graphql(`query TenantCustomers($search: String) { customers(search: $search, first: 200) { totalCount edges { node { id name email contacts(first: 5) { edges { node { id name } } } } } } }`),
  groups: graphql(`query TenantGroups { groups { id name members { id name } } }`),
  me: graphql(`query TenantMe { me { id name email } }`),
  node: graphql(`query TenantNode($id: ID!) { node(id: $id) { id ... on Customer { name } ... on Contact { name } ... on User { name email } } }`),
  nodes: graphql(`query TenantNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }`),
  paymentTerms: graphql(`query TenantPaymentTerms { paymentTerms(includeInactive: true) { id code } }`),
  permissions: graphql(`query TenantPermissions { permissions { permission description } }`),
  users: graphql(`query TenantUsers { users(first: 100, includeInactive: true) { edges { node { id name email } } } }`),
};

const M = {
  activateCustomer: graphql(`mutation TenantActivate($id: ID!) { activateCustomer(id: $id) { __typename ... on Error { code } ... on MutationActivateCustomerSuccess { data { id name } } } }`),
  addContact: graphql(`mutation TenantAddContact($customerId: ID!) { addContact(customerId: $customerId, input: { name: "Intruder" }) { __typename ... on Error { code } ... on MutationAddContactSuccess { data { id customer { name } } } } }`),
  assignCustomer: graphql(`mutation TenantAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on Error { code } ... on MutationAssignCustomerSuccess { data { id assignedUser { name } } } } }`),
  changeCustomerNumber: graphql(`mutation TenantChangeNumber($id: ID!) { changeCustomerNumber(id: $id, number: "666") { __typename ... on Error { code } ... on MutationChangeCustomerNumberSuccess { data { id name } } } }`),
  copyCustomerToContact: graphql(`mutation TenantCopy($customerId: ID!) { copyCustomerToContact(customerId: $customerId) { __typename ... on Error { code } ... on MutationCopyCustomerToContactSuccess { data { id name } } } }`),
  createApiToken: graphql(`mutation TenantCreateToken($userId: ID) { createApiToken(input: { name: "steal", userId: $userId }) { __typename ... on Error { code } ... on MutationCreateApiTokenSuccess { data { token apiToken { user { name } } } } } }`),
  createCustomFieldDefinition: graphql(`mutation TenantCreateField { createCustomFieldDefinition(input: { key: "secretField", label: "x", type: TEXT }) { __typename ... on Error { code } ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } } }`),
  createCustomer: graphql(`mutation TenantCreateCustomer($paymentTermId: ID, $assignedUserId: ID) { createCustomer(input: { name: "Intruder", number: "B-777", paymentTermId: $paymentTermId, assignedUserId: $assignedUserId }) { __typename ... on Error { code } ... on ValidationError { issues { path code } } ... on MutationCreateCustomerSuccess { data { id paymentTerm { id } assignedUser { id } } } } }`),
  createGroup: graphql(`mutation TenantCreateGroup { createGroup(input: { name: "Victim admins", permissions: [ADMIN_USERS] }) { __typename ... on Error { code } ... on MutationCreateGroupSuccess { data { id members { name } } } } }`),
  createUser: graphql(`mutation TenantCreateUser($groupIds: [ID!]) { createUser(input: { name: "Mole", email: "mole@a.se", signature: "MOLE", groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationCreateUserSuccess { data { id groups { name } } } } }`),
  deleteCustomFieldDefinition: graphql(`mutation TenantDeleteField($id: ID!) { deleteCustomFieldDefinition(id: $id) { __typename ... on Error { code } } }`),
  deleteCustomer: graphql(`mutation TenantDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code } } }`),
  deleteGroup: graphql(`mutation TenantDeleteGroup($id: ID!) { deleteGroup(id: $id) { __typename ... on Error { code } } }`),
  inactivateCustomer: graphql(`mutation TenantInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename ... on Error { code } ... on MutationInactivateCustomerSuccess { data { id name } } } }`),
  removeContact: graphql(`mutation TenantRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }`),
  revokeApiToken: graphql(`mutation TenantRevoke($id: ID!) { revokeApiToken(id: $id) { __typename ... on Error { code } ... on MutationRevokeApiTokenSuccess { data { id name } } } }`),
  updateCompanySettings: graphql(`mutation TenantSettings { updateCompanySettings(input: { name: "Renamed A" }) { __typename ... on Error { code } ... on MutationUpdateCompanySettingsSuccess { data { id name } } } }`),
  updateContact: graphql(`mutation TenantUpdateContact($id: ID!) { updateContact(id: $id, input: { name: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateContactSuccess { data { id name } } } }`),
  updateCustomFieldDefinition: graphql(`mutation TenantUpdateField($id: ID!) { updateCustomFieldDefinition(input: { id: $id, label: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateCustomFieldDefinitionSuccess { data { id label } } } }`),
  updateCustomer: graphql(`mutation TenantUpdateCustomer($id: ID!) { updateCustomer(input: { id: $id, name: "Hacked" }) { __typename ... on Error { code } ... on MutationUpdateCustomerSuccess { data { id name } } } }`),
  updateGroup: graphql(`mutation TenantUpdateGroup($id: ID!) { updateGroup(input: { id: $id, name: "Hacked", permissions: [] }) { __typename ... on Error { code } ... on MutationUpdateGroupSuccess { data { id } } } }`),
  updateUser: graphql(`mutation TenantUpdateUser($id: ID!, $groupIds: [ID!]) { updateUser(input: { id: $id, name: "Hacked", active: false, groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationUpdateUserSuccess { data { id name } } } }`),
};

interface Victim {
  company: TestCompany;
  customerId: string;
  contactId: string;
  userId: string;
  groupId: string;
  tokenId: string;
  fieldId: string;
  paymentTermId: string;
  adminUserId: string;
}

const MARKERS = ['Victim Co', 'Victim Secret AB', 'secret@victim.se', 'Victim Contact', 'Victim Group', 'victim-user@victim.se', 'victimField'];

let a: TestCompany;
let b: Victim;

/** Every row company B owns, in every tenant table, plus its company row. */
async function snapshotB(): Promise<string> {
  const out: Record<string, unknown> = {
    Company: await h.prisma.company.findUnique({ where: { id: b.company.companyId } }),
  };
  for (const model of [...TENANT_MODELS].sort()) {
    const delegate = (h.prisma as unknown as Record<string, { findMany(args: object): Promise<unknown[]> }>)[
      model[0]!.toLowerCase() + model.slice(1)
    ]!;
    out[model] = await delegate.findMany({ where: { companyId: b.company.companyId }, orderBy: { id: 'asc' } });
  }
  return JSON.stringify(out, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
}

function bIds(): string[] {
  const raw: [string, string][] = [
    ['Customer', b.customerId],
    ['Contact', b.contactId],
    ['User', b.userId],
    ['User', b.adminUserId],
    ['Group', b.groupId],
    ['ApiToken', b.tokenId],
    ['CustomFieldDefinition', b.fieldId],
    ['PaymentTerm', b.paymentTermId],
  ];
  return raw.flatMap(([type, id]) => [id, encodeGlobalID(type, id)]).concat(b.company.companyId);
}

type Case = { run: () => Promise<unknown>; expectError?: string };

function cases(): Record<string, Case> {
  const g = (type: string, id: string) => encodeGlobalID(type, id);
  const exec = <R, V>(doc: TypedDocumentNode<R, V>, vars: V) => h.exec(doc, vars, a.adminToken);
  const C = g('Customer', b.customerId);
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
    node: {
      run: async () =>
        Promise.all(
          [C, g('Contact', b.contactId), g('User', b.userId), g('Group', b.groupId), g('ApiToken', b.tokenId), g('CustomFieldDefinition', b.fieldId), g('PaymentTerm', b.paymentTermId)].map(
            (id) => exec(Q.node, { id }),
          ),
        ),
    },
    nodes: { run: () => exec(Q.nodes, { ids: bIds().filter((x) => x.length > 40 && !x.includes('-')) }) },
    paymentTerms: { run: () => exec(Q.paymentTerms, {}) },
    permissions: { run: () => exec(Q.permissions, {}) },
    users: { run: () => exec(Q.users, {}) },
    // mutations
    activateCustomer: { run: () => exec(M.activateCustomer, { id: C }), expectError: 'NotFoundError' },
    addContact: { run: () => exec(M.addContact, { customerId: C }), expectError: 'NotFoundError' },
    assignCustomer: { run: () => exec(M.assignCustomer, { id: C, userId: null }), expectError: 'NotFoundError' },
    changeCustomerNumber: { run: () => exec(M.changeCustomerNumber, { id: C }), expectError: 'NotFoundError' },
    copyCustomerToContact: { run: () => exec(M.copyCustomerToContact, { customerId: C }), expectError: 'NotFoundError' },
    createApiToken: { run: () => exec(M.createApiToken, { userId: g('User', b.userId) }), expectError: 'NotFoundError' },
    createCustomFieldDefinition: { run: () => exec(M.createCustomFieldDefinition, {}) },
    createCustomer: {
      run: () => exec(M.createCustomer, { paymentTermId: g('PaymentTerm', b.paymentTermId), assignedUserId: g('User', b.userId) }),
      expectError: 'ValidationError',
    },
    createGroup: { run: () => exec(M.createGroup, {}) },
    createUser: { run: () => exec(M.createUser, { groupIds: [g('Group', b.groupId)] }), expectError: 'ValidationError' },
    deleteCustomFieldDefinition: { run: () => exec(M.deleteCustomFieldDefinition, { id: g('CustomFieldDefinition', b.fieldId) }), expectError: 'NotFoundError' },
    deleteCustomer: { run: () => exec(M.deleteCustomer, { id: C }), expectError: 'NotFoundError' },
    deleteGroup: { run: () => exec(M.deleteGroup, { id: g('Group', b.groupId) }), expectError: 'NotFoundError' },
    inactivateCustomer: { run: () => exec(M.inactivateCustomer, { id: C }), expectError: 'NotFoundError' },
    removeContact: { run: () => exec(M.removeContact, { id: g('Contact', b.contactId) }), expectError: 'NotFoundError' },
    revokeApiToken: { run: () => exec(M.revokeApiToken, { id: g('ApiToken', b.tokenId) }), expectError: 'NotFoundError' },
    updateCompanySettings: { run: () => exec(M.updateCompanySettings, {}) },
    updateContact: { run: () => exec(M.updateContact, { id: g('Contact', b.contactId) }), expectError: 'NotFoundError' },
    updateCustomFieldDefinition: { run: () => exec(M.updateCustomFieldDefinition, { id: g('CustomFieldDefinition', b.fieldId) }), expectError: 'NotFoundError' },
    updateCustomer: { run: () => exec(M.updateCustomer, { id: C }), expectError: 'NotFoundError' },
    updateGroup: { run: () => exec(M.updateGroup, { id: g('Group', b.groupId) }), expectError: 'NotFoundError' },
    updateUser: { run: () => exec(M.updateUser, { id: g('User', b.userId), groupIds: [g('Group', b.groupId)] }), expectError: 'NotFoundError' },
  };
}

beforeAll(async () => {
  a = await h.company('Attacker Co');
  const company = await h.company('Victim Co');
  const t = company.adminToken;
  const field = await h.data(TenantSeedField, { input: { key: 'victimField', label: 'Victim field', type: 'TEXT' } }, t);
  const seeded = await h.data(
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
  );
  const group = await h.data(TenantSeedGroup, { input: { name: 'Victim Group', permissions: ['CUSTOMER_VIEW'] } }, t);
  const user = await h.data(
    TenantSeedUser,
    { input: { name: 'Victim User', email: 'victim-user@victim.se', signature: 'VU', groupIds: [group.createGroup.__typename === 'MutationCreateGroupSuccess' ? group.createGroup.data.id : ''] } },
    t,
  );
  const userId = user.createUser.__typename === 'MutationCreateUserSuccess' ? user.createUser.data.id : '';
  const token = await h.data(TenantSeedToken, { input: { name: 'victim token', userId } }, t);
  const terms = await h.data(TenantSeedTerms, {}, t);
  if (seeded.createCustomer.__typename !== 'MutationCreateCustomerSuccess') throw new Error('seed failed');
  const dec = (gid: string) => Buffer.from(gid, 'base64').toString().split(':')[1]!;
  b = {
    company,
    customerId: dec(seeded.createCustomer.data.id),
    contactId: dec(seeded.createCustomer.data.contacts.edges[0]!.node.id),
    userId: dec(userId),
    groupId: dec(group.createGroup.__typename === 'MutationCreateGroupSuccess' ? group.createGroup.data.id : ''),
    tokenId: dec(token.createApiToken.__typename === 'MutationCreateApiTokenSuccess' ? token.createApiToken.data.apiToken.id : ''),
    fieldId: dec(field.createCustomFieldDefinition.__typename === 'MutationCreateCustomFieldDefinitionSuccess' ? field.createCustomFieldDefinition.data.id : ''),
    paymentTermId: dec(terms.paymentTerms[0]!.id),
    adminUserId: company.adminUserId,
  };
});

describe('tenant isolation', () => {
  it('has a case for every root query and mutation of the schema', () => {
    const fields = [
      ...Object.keys(schema.getQueryType()!.getFields()),
      ...Object.keys(schema.getMutationType()!.getFields()),
    ].sort();
    expect(Object.keys(cases()).sort()).toEqual(fields);
  });

  it('gives company A nothing of company B, and changes nothing of B', async () => {
    const before = await snapshotB();
    const forbidden = [...bIds(), ...MARKERS];
    for (const [field, c] of Object.entries(cases())) {
      const result = await c.run();
      const text = JSON.stringify(result);
      for (const needle of forbidden) {
        expect(text.includes(needle), `${field} leaked "${needle}": ${text.slice(0, 500)}`).toBe(false);
      }
      const results = Array.isArray(result) ? result : [result];
      for (const r of results as { errors?: { extensions?: { code?: string } }[]; data?: Record<string, unknown> }[]) {
        // Nothing unexpected: no internal errors, and refusals are typed.
        expect(r.errors?.filter((e) => e.extensions?.code === 'INTERNAL_SERVER_ERROR') ?? [], field).toEqual([]);
        if (c.expectError) expect((Object.values(r.data ?? {})[0] as { __typename?: string })?.__typename, field).toBe(c.expectError);
      }
    }
    expect(await snapshotB()).toBe(before);
  });
});
