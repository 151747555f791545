/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AuthMe {\n    me {\n      id\n      name\n      email\n      signature\n      active\n      permissions\n    }\n  }\n": typeof types.AuthMeDocument,
    "\n  query AuthMeGroups {\n    me { id groups { id name } }\n  }\n": typeof types.AuthMeGroupsDocument,
    "\n  query AuthPermissions {\n    permissions { permission description }\n  }\n": typeof types.AuthPermissionsDocument,
    "\n  query AuthUsers($includeInactive: Boolean, $first: Int) {\n    users(includeInactive: $includeInactive, first: $first) {\n      edges { node { id name email signature active } }\n      pageInfo { hasNextPage }\n    }\n  }\n": typeof types.AuthUsersDocument,
    "\n  query AuthGroups {\n    groups { id name permissions members { id } }\n  }\n": typeof types.AuthGroupsDocument,
    "\n  query AuthApiTokens($includeRevoked: Boolean) {\n    apiTokens(includeRevoked: $includeRevoked) {\n      id\n      name\n      tokenPrefix\n      lastUsedAt\n      expiresAt\n      revokedAt\n      revokedBy\n      active\n      createdBy\n      user { id }\n    }\n  }\n": typeof types.AuthApiTokensDocument,
    "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken { id name tokenPrefix expiresAt lastUsedAt revokedAt active user { id } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.AuthCreateApiTokenDocument,
    "\n  mutation AuthRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on MutationRevokeApiTokenSuccess {\n        data { id name revokedAt revokedBy active }\n      }\n      ... on Error { code message path }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.AuthRevokeApiTokenDocument,
    "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on MutationCreateUserSuccess {\n        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.AuthCreateUserDocument,
    "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      __typename\n      ... on MutationUpdateUserSuccess {\n        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.AuthUpdateUserDocument,
    "\n  mutation AuthCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      __typename\n      ... on MutationCreateGroupSuccess {\n        data { id name permissions createdBy }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.AuthCreateGroupDocument,
    "\n  mutation AuthUpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      __typename\n      ... on MutationUpdateGroupSuccess {\n        data { id name permissions members { id } }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.AuthUpdateGroupDocument,
    "\n  mutation AuthDeleteGroup($id: ID!) {\n    deleteGroup(id: $id) {\n      __typename\n      ... on MutationDeleteGroupSuccess { data }\n      ... on Error { code message path }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.AuthDeleteGroupDocument,
    "\n  mutation CustCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany\n          vatDisplayType showsVat language comments active createdBy modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          invoiceEmail phone mobile email\n          paymentTerm { code days }\n          assignedUser { signature }\n          customFields { key label type value }\n          contacts(first: 20) {\n            totalCount\n            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }\n          }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.CustCreateDocument,
    "\n  mutation CustUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on MutationUpdateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType\n          phone email comments modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          customFields { key value }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.CustUpdateDocument,
    "\n  query CustList($first: Int, $after: String, $search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number name active } }\n    }\n  }\n": typeof types.CustListDocument,
    "\n  query CustGet($id: ID!) {\n    customer(id: $id) { id number name active assignedUser { signature } contacts(first: 20) { totalCount edges { node { id name isMainContact } } } }\n  }\n": typeof types.CustGetDocument,
    "\n  query CustByNumber($number: String!) {\n    customerByNumber(number: $number) { id name }\n  }\n": typeof types.CustByNumberDocument,
    "\n  mutation CustLifecycle($id: ID!) {\n    inactivateCustomer(id: $id) {\n      __typename\n      ... on MutationInactivateCustomerSuccess { data { active } }\n      ... on Error { code }\n    }\n  }\n": typeof types.CustLifecycleDocument,
    "\n  mutation CustActivate($id: ID!) {\n    activateCustomer(id: $id) {\n      __typename\n      ... on MutationActivateCustomerSuccess { data { active } }\n      ... on Error { code }\n    }\n  }\n": typeof types.CustActivateDocument,
    "\n  mutation CustChangeNumber($id: ID!, $number: String!) {\n    changeCustomerNumber(id: $id, number: $number) {\n      __typename\n      ... on MutationChangeCustomerNumberSuccess { data { number } }\n      ... on Error { code path message }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.CustChangeNumberDocument,
    "\n  mutation CustDelete($id: ID!) {\n    deleteCustomer(id: $id) {\n      __typename\n      ... on MutationDeleteCustomerSuccess { data }\n      ... on Error { code message }\n    }\n  }\n": typeof types.CustDeleteDocument,
    "\n  mutation CustAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) {\n      __typename\n      ... on MutationAssignCustomerSuccess { data { assignedUser { signature } } }\n      ... on Error { code path }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.CustAssignDocument,
    "\n  mutation CustAddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      __typename\n      ... on MutationAddContactSuccess { data { id name personalIdentityNumber isMainContact propertyDesignation rotMissing createdBy customer { id } } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.CustAddContactDocument,
    "\n  mutation CustUpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateContactSuccess { data { id name email isMainContact } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.CustUpdateContactDocument,
    "\n  mutation CustRemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      __typename\n      ... on MutationRemoveContactSuccess { data }\n      ... on Error { code }\n    }\n  }\n": typeof types.CustRemoveContactDocument,
    "\n  mutation CustCopy($customerId: ID!) {\n    copyCustomerToContact(customerId: $customerId) {\n      __typename\n      ... on MutationCopyCustomerToContactSuccess { data { name personalIdentityNumber mobile phone email } }\n      ... on Error { code }\n    }\n  }\n": typeof types.CustCopyDocument,
    "\n  mutation CustDefineField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) {\n      __typename\n      ... on MutationCreateCustomFieldDefinitionSuccess { data { id key } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.CustDefineFieldDocument,
    "\n  mutation CustSettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess { data { customerNumberMinLength customerNumberMaxLength customerNumberStart } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.CustSettingsDocument,
    "\n  query CustPaymentTerms { paymentTerms { id code days } }\n": typeof types.CustPaymentTermsDocument,
    "\n  query CustMe { me { id signature } }\n": typeof types.CustMeDocument,
    "\n      query CustPage($first: Int!) {\n        customers(first: $first) {\n          edges { node { id name contacts(first: 10) { edges { node { id name rotMissing } } } } }\n        }\n      }\n    ": typeof types.CustPageDocument,
    "\n  mutation TenantSeed($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.TenantSeedDocument,
    "\n  mutation TenantSeedField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) { __typename ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } }\n  }\n": typeof types.TenantSeedFieldDocument,
    "\n  mutation TenantSeedGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { __typename ... on MutationCreateGroupSuccess { data { id } } }\n  }\n": typeof types.TenantSeedGroupDocument,
    "\n  mutation TenantSeedUser($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id } } }\n  }\n": typeof types.TenantSeedUserDocument,
    "\n  mutation TenantSeedToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { __typename ... on MutationCreateApiTokenSuccess { data { apiToken { id } } } }\n  }\n": typeof types.TenantSeedTokenDocument,
    "\n  query TenantSeedTerms { paymentTerms { id } me { id } }\n": typeof types.TenantSeedTermsDocument,
    "query TenantApiTokens { apiTokens(includeRevoked: true) { id name tokenPrefix user { id name } } }": typeof types.TenantApiTokensDocument,
    "query TenantCompany { company { id name } }": typeof types.TenantCompanyDocument,
    "query TenantFieldDefs { customFieldDefinitions(includeInactive: true) { id key label } }": typeof types.TenantFieldDefsDocument,
    "query TenantCustomer($id: ID!) { customer(id: $id) { id name } }": typeof types.TenantCustomerDocument,
    "query TenantCustomerByNumber($number: String!) { customerByNumber(number: $number) { id name } }": typeof types.TenantCustomerByNumberDocument,
    "query TenantCustomers($search: String) { customers(search: $search, first: 200) { totalCount edges { node { id name email contacts(first: 5) { edges { node { id name } } } } } } }": typeof types.TenantCustomersDocument,
    "query TenantGroups { groups { id name members { id name } } }": typeof types.TenantGroupsDocument,
    "query TenantMe { me { id name email } }": typeof types.TenantMeDocument,
    "query TenantNode($id: ID!) { node(id: $id) { id ... on Customer { name } ... on Contact { name } ... on User { name email } } }": typeof types.TenantNodeDocument,
    "query TenantNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.TenantNodesDocument,
    "query TenantPaymentTerms { paymentTerms(includeInactive: true) { id code } }": typeof types.TenantPaymentTermsDocument,
    "query TenantPermissions { permissions { permission description } }": typeof types.TenantPermissionsDocument,
    "query TenantUsers { users(first: 100, includeInactive: true) { edges { node { id name email } } } }": typeof types.TenantUsersDocument,
    "mutation TenantActivate($id: ID!) { activateCustomer(id: $id) { __typename ... on Error { code } ... on MutationActivateCustomerSuccess { data { id name } } } }": typeof types.TenantActivateDocument,
    "mutation TenantAddContact($customerId: ID!) { addContact(customerId: $customerId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationAddContactSuccess { data { id customer { name } } } } }": typeof types.TenantAddContactDocument,
    "mutation TenantAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on Error { code } ... on MutationAssignCustomerSuccess { data { id assignedUser { name } } } } }": typeof types.TenantAssignDocument,
    "mutation TenantChangeNumber($id: ID!) { changeCustomerNumber(id: $id, number: \"666\") { __typename ... on Error { code } ... on MutationChangeCustomerNumberSuccess { data { id name } } } }": typeof types.TenantChangeNumberDocument,
    "mutation TenantCopy($customerId: ID!) { copyCustomerToContact(customerId: $customerId) { __typename ... on Error { code } ... on MutationCopyCustomerToContactSuccess { data { id name } } } }": typeof types.TenantCopyDocument,
    "mutation TenantCreateToken($userId: ID) { createApiToken(input: { name: \"steal\", userId: $userId }) { __typename ... on Error { code } ... on MutationCreateApiTokenSuccess { data { token apiToken { user { name } } } } } }": typeof types.TenantCreateTokenDocument,
    "mutation TenantCreateField { createCustomFieldDefinition(input: { key: \"secretField\", label: \"x\", type: TEXT }) { __typename ... on Error { code } ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } } }": typeof types.TenantCreateFieldDocument,
    "mutation TenantCreateCustomer($paymentTermId: ID, $assignedUserId: ID) { createCustomer(input: { name: \"Intruder\", number: \"B-777\", paymentTermId: $paymentTermId, assignedUserId: $assignedUserId }) { __typename ... on Error { code } ... on ValidationError { issues { path code } } ... on MutationCreateCustomerSuccess { data { id paymentTerm { id } assignedUser { id } } } } }": typeof types.TenantCreateCustomerDocument,
    "mutation TenantCreateGroup { createGroup(input: { name: \"Victim admins\", permissions: [ADMIN_USERS] }) { __typename ... on Error { code } ... on MutationCreateGroupSuccess { data { id members { name } } } } }": typeof types.TenantCreateGroupDocument,
    "mutation TenantCreateUser($groupIds: [ID!]) { createUser(input: { name: \"Mole\", email: \"mole@a.se\", signature: \"MOLE\", groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationCreateUserSuccess { data { id groups { name } } } } }": typeof types.TenantCreateUserDocument,
    "mutation TenantDeleteField($id: ID!) { deleteCustomFieldDefinition(id: $id) { __typename ... on Error { code } } }": typeof types.TenantDeleteFieldDocument,
    "mutation TenantDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code } } }": typeof types.TenantDeleteCustomerDocument,
    "mutation TenantDeleteGroup($id: ID!) { deleteGroup(id: $id) { __typename ... on Error { code } } }": typeof types.TenantDeleteGroupDocument,
    "mutation TenantInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename ... on Error { code } ... on MutationInactivateCustomerSuccess { data { id name } } } }": typeof types.TenantInactivateDocument,
    "mutation TenantRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }": typeof types.TenantRemoveContactDocument,
    "mutation TenantRevoke($id: ID!) { revokeApiToken(id: $id) { __typename ... on Error { code } ... on MutationRevokeApiTokenSuccess { data { id name } } } }": typeof types.TenantRevokeDocument,
    "mutation TenantSettings { updateCompanySettings(input: { name: \"Renamed A\" }) { __typename ... on Error { code } ... on MutationUpdateCompanySettingsSuccess { data { id name } } } }": typeof types.TenantSettingsDocument,
    "mutation TenantUpdateContact($id: ID!) { updateContact(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateContactSuccess { data { id name } } } }": typeof types.TenantUpdateContactDocument,
    "mutation TenantUpdateField($id: ID!) { updateCustomFieldDefinition(input: { id: $id, label: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCustomFieldDefinitionSuccess { data { id label } } } }": typeof types.TenantUpdateFieldDocument,
    "mutation TenantUpdateCustomer($id: ID!) { updateCustomer(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCustomerSuccess { data { id name } } } }": typeof types.TenantUpdateCustomerDocument,
    "mutation TenantUpdateGroup($id: ID!) { updateGroup(input: { id: $id, name: \"Hacked\", permissions: [] }) { __typename ... on Error { code } ... on MutationUpdateGroupSuccess { data { id } } } }": typeof types.TenantUpdateGroupDocument,
    "mutation TenantUpdateUser($id: ID!, $groupIds: [ID!]) { updateUser(input: { id: $id, name: \"Hacked\", active: false, groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationUpdateUserSuccess { data { id name } } } }": typeof types.TenantUpdateUserDocument,
};
const documents: Documents = {
    "\n  query AuthMe {\n    me {\n      id\n      name\n      email\n      signature\n      active\n      permissions\n    }\n  }\n": types.AuthMeDocument,
    "\n  query AuthMeGroups {\n    me { id groups { id name } }\n  }\n": types.AuthMeGroupsDocument,
    "\n  query AuthPermissions {\n    permissions { permission description }\n  }\n": types.AuthPermissionsDocument,
    "\n  query AuthUsers($includeInactive: Boolean, $first: Int) {\n    users(includeInactive: $includeInactive, first: $first) {\n      edges { node { id name email signature active } }\n      pageInfo { hasNextPage }\n    }\n  }\n": types.AuthUsersDocument,
    "\n  query AuthGroups {\n    groups { id name permissions members { id } }\n  }\n": types.AuthGroupsDocument,
    "\n  query AuthApiTokens($includeRevoked: Boolean) {\n    apiTokens(includeRevoked: $includeRevoked) {\n      id\n      name\n      tokenPrefix\n      lastUsedAt\n      expiresAt\n      revokedAt\n      revokedBy\n      active\n      createdBy\n      user { id }\n    }\n  }\n": types.AuthApiTokensDocument,
    "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken { id name tokenPrefix expiresAt lastUsedAt revokedAt active user { id } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.AuthCreateApiTokenDocument,
    "\n  mutation AuthRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on MutationRevokeApiTokenSuccess {\n        data { id name revokedAt revokedBy active }\n      }\n      ... on Error { code message path }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.AuthRevokeApiTokenDocument,
    "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on MutationCreateUserSuccess {\n        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.AuthCreateUserDocument,
    "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      __typename\n      ... on MutationUpdateUserSuccess {\n        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.AuthUpdateUserDocument,
    "\n  mutation AuthCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      __typename\n      ... on MutationCreateGroupSuccess {\n        data { id name permissions createdBy }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.AuthCreateGroupDocument,
    "\n  mutation AuthUpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      __typename\n      ... on MutationUpdateGroupSuccess {\n        data { id name permissions members { id } }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.AuthUpdateGroupDocument,
    "\n  mutation AuthDeleteGroup($id: ID!) {\n    deleteGroup(id: $id) {\n      __typename\n      ... on MutationDeleteGroupSuccess { data }\n      ... on Error { code message path }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.AuthDeleteGroupDocument,
    "\n  mutation CustCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany\n          vatDisplayType showsVat language comments active createdBy modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          invoiceEmail phone mobile email\n          paymentTerm { code days }\n          assignedUser { signature }\n          customFields { key label type value }\n          contacts(first: 20) {\n            totalCount\n            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }\n          }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.CustCreateDocument,
    "\n  mutation CustUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on MutationUpdateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType\n          phone email comments modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          customFields { key value }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.CustUpdateDocument,
    "\n  query CustList($first: Int, $after: String, $search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number name active } }\n    }\n  }\n": types.CustListDocument,
    "\n  query CustGet($id: ID!) {\n    customer(id: $id) { id number name active assignedUser { signature } contacts(first: 20) { totalCount edges { node { id name isMainContact } } } }\n  }\n": types.CustGetDocument,
    "\n  query CustByNumber($number: String!) {\n    customerByNumber(number: $number) { id name }\n  }\n": types.CustByNumberDocument,
    "\n  mutation CustLifecycle($id: ID!) {\n    inactivateCustomer(id: $id) {\n      __typename\n      ... on MutationInactivateCustomerSuccess { data { active } }\n      ... on Error { code }\n    }\n  }\n": types.CustLifecycleDocument,
    "\n  mutation CustActivate($id: ID!) {\n    activateCustomer(id: $id) {\n      __typename\n      ... on MutationActivateCustomerSuccess { data { active } }\n      ... on Error { code }\n    }\n  }\n": types.CustActivateDocument,
    "\n  mutation CustChangeNumber($id: ID!, $number: String!) {\n    changeCustomerNumber(id: $id, number: $number) {\n      __typename\n      ... on MutationChangeCustomerNumberSuccess { data { number } }\n      ... on Error { code path message }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.CustChangeNumberDocument,
    "\n  mutation CustDelete($id: ID!) {\n    deleteCustomer(id: $id) {\n      __typename\n      ... on MutationDeleteCustomerSuccess { data }\n      ... on Error { code message }\n    }\n  }\n": types.CustDeleteDocument,
    "\n  mutation CustAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) {\n      __typename\n      ... on MutationAssignCustomerSuccess { data { assignedUser { signature } } }\n      ... on Error { code path }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.CustAssignDocument,
    "\n  mutation CustAddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      __typename\n      ... on MutationAddContactSuccess { data { id name personalIdentityNumber isMainContact propertyDesignation rotMissing createdBy customer { id } } }\n      ... on Error { code path }\n    }\n  }\n": types.CustAddContactDocument,
    "\n  mutation CustUpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateContactSuccess { data { id name email isMainContact } }\n      ... on Error { code path }\n    }\n  }\n": types.CustUpdateContactDocument,
    "\n  mutation CustRemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      __typename\n      ... on MutationRemoveContactSuccess { data }\n      ... on Error { code }\n    }\n  }\n": types.CustRemoveContactDocument,
    "\n  mutation CustCopy($customerId: ID!) {\n    copyCustomerToContact(customerId: $customerId) {\n      __typename\n      ... on MutationCopyCustomerToContactSuccess { data { name personalIdentityNumber mobile phone email } }\n      ... on Error { code }\n    }\n  }\n": types.CustCopyDocument,
    "\n  mutation CustDefineField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) {\n      __typename\n      ... on MutationCreateCustomFieldDefinitionSuccess { data { id key } }\n      ... on Error { code path }\n    }\n  }\n": types.CustDefineFieldDocument,
    "\n  mutation CustSettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess { data { customerNumberMinLength customerNumberMaxLength customerNumberStart } }\n      ... on Error { code path }\n    }\n  }\n": types.CustSettingsDocument,
    "\n  query CustPaymentTerms { paymentTerms { id code days } }\n": types.CustPaymentTermsDocument,
    "\n  query CustMe { me { id signature } }\n": types.CustMeDocument,
    "\n      query CustPage($first: Int!) {\n        customers(first: $first) {\n          edges { node { id name contacts(first: 10) { edges { node { id name rotMissing } } } } }\n        }\n      }\n    ": types.CustPageDocument,
    "\n  mutation TenantSeed($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }\n      ... on Error { message }\n    }\n  }\n": types.TenantSeedDocument,
    "\n  mutation TenantSeedField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) { __typename ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } }\n  }\n": types.TenantSeedFieldDocument,
    "\n  mutation TenantSeedGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { __typename ... on MutationCreateGroupSuccess { data { id } } }\n  }\n": types.TenantSeedGroupDocument,
    "\n  mutation TenantSeedUser($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id } } }\n  }\n": types.TenantSeedUserDocument,
    "\n  mutation TenantSeedToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { __typename ... on MutationCreateApiTokenSuccess { data { apiToken { id } } } }\n  }\n": types.TenantSeedTokenDocument,
    "\n  query TenantSeedTerms { paymentTerms { id } me { id } }\n": types.TenantSeedTermsDocument,
    "query TenantApiTokens { apiTokens(includeRevoked: true) { id name tokenPrefix user { id name } } }": types.TenantApiTokensDocument,
    "query TenantCompany { company { id name } }": types.TenantCompanyDocument,
    "query TenantFieldDefs { customFieldDefinitions(includeInactive: true) { id key label } }": types.TenantFieldDefsDocument,
    "query TenantCustomer($id: ID!) { customer(id: $id) { id name } }": types.TenantCustomerDocument,
    "query TenantCustomerByNumber($number: String!) { customerByNumber(number: $number) { id name } }": types.TenantCustomerByNumberDocument,
    "query TenantCustomers($search: String) { customers(search: $search, first: 200) { totalCount edges { node { id name email contacts(first: 5) { edges { node { id name } } } } } } }": types.TenantCustomersDocument,
    "query TenantGroups { groups { id name members { id name } } }": types.TenantGroupsDocument,
    "query TenantMe { me { id name email } }": types.TenantMeDocument,
    "query TenantNode($id: ID!) { node(id: $id) { id ... on Customer { name } ... on Contact { name } ... on User { name email } } }": types.TenantNodeDocument,
    "query TenantNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.TenantNodesDocument,
    "query TenantPaymentTerms { paymentTerms(includeInactive: true) { id code } }": types.TenantPaymentTermsDocument,
    "query TenantPermissions { permissions { permission description } }": types.TenantPermissionsDocument,
    "query TenantUsers { users(first: 100, includeInactive: true) { edges { node { id name email } } } }": types.TenantUsersDocument,
    "mutation TenantActivate($id: ID!) { activateCustomer(id: $id) { __typename ... on Error { code } ... on MutationActivateCustomerSuccess { data { id name } } } }": types.TenantActivateDocument,
    "mutation TenantAddContact($customerId: ID!) { addContact(customerId: $customerId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationAddContactSuccess { data { id customer { name } } } } }": types.TenantAddContactDocument,
    "mutation TenantAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on Error { code } ... on MutationAssignCustomerSuccess { data { id assignedUser { name } } } } }": types.TenantAssignDocument,
    "mutation TenantChangeNumber($id: ID!) { changeCustomerNumber(id: $id, number: \"666\") { __typename ... on Error { code } ... on MutationChangeCustomerNumberSuccess { data { id name } } } }": types.TenantChangeNumberDocument,
    "mutation TenantCopy($customerId: ID!) { copyCustomerToContact(customerId: $customerId) { __typename ... on Error { code } ... on MutationCopyCustomerToContactSuccess { data { id name } } } }": types.TenantCopyDocument,
    "mutation TenantCreateToken($userId: ID) { createApiToken(input: { name: \"steal\", userId: $userId }) { __typename ... on Error { code } ... on MutationCreateApiTokenSuccess { data { token apiToken { user { name } } } } } }": types.TenantCreateTokenDocument,
    "mutation TenantCreateField { createCustomFieldDefinition(input: { key: \"secretField\", label: \"x\", type: TEXT }) { __typename ... on Error { code } ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } } }": types.TenantCreateFieldDocument,
    "mutation TenantCreateCustomer($paymentTermId: ID, $assignedUserId: ID) { createCustomer(input: { name: \"Intruder\", number: \"B-777\", paymentTermId: $paymentTermId, assignedUserId: $assignedUserId }) { __typename ... on Error { code } ... on ValidationError { issues { path code } } ... on MutationCreateCustomerSuccess { data { id paymentTerm { id } assignedUser { id } } } } }": types.TenantCreateCustomerDocument,
    "mutation TenantCreateGroup { createGroup(input: { name: \"Victim admins\", permissions: [ADMIN_USERS] }) { __typename ... on Error { code } ... on MutationCreateGroupSuccess { data { id members { name } } } } }": types.TenantCreateGroupDocument,
    "mutation TenantCreateUser($groupIds: [ID!]) { createUser(input: { name: \"Mole\", email: \"mole@a.se\", signature: \"MOLE\", groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationCreateUserSuccess { data { id groups { name } } } } }": types.TenantCreateUserDocument,
    "mutation TenantDeleteField($id: ID!) { deleteCustomFieldDefinition(id: $id) { __typename ... on Error { code } } }": types.TenantDeleteFieldDocument,
    "mutation TenantDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code } } }": types.TenantDeleteCustomerDocument,
    "mutation TenantDeleteGroup($id: ID!) { deleteGroup(id: $id) { __typename ... on Error { code } } }": types.TenantDeleteGroupDocument,
    "mutation TenantInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename ... on Error { code } ... on MutationInactivateCustomerSuccess { data { id name } } } }": types.TenantInactivateDocument,
    "mutation TenantRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }": types.TenantRemoveContactDocument,
    "mutation TenantRevoke($id: ID!) { revokeApiToken(id: $id) { __typename ... on Error { code } ... on MutationRevokeApiTokenSuccess { data { id name } } } }": types.TenantRevokeDocument,
    "mutation TenantSettings { updateCompanySettings(input: { name: \"Renamed A\" }) { __typename ... on Error { code } ... on MutationUpdateCompanySettingsSuccess { data { id name } } } }": types.TenantSettingsDocument,
    "mutation TenantUpdateContact($id: ID!) { updateContact(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateContactSuccess { data { id name } } } }": types.TenantUpdateContactDocument,
    "mutation TenantUpdateField($id: ID!) { updateCustomFieldDefinition(input: { id: $id, label: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCustomFieldDefinitionSuccess { data { id label } } } }": types.TenantUpdateFieldDocument,
    "mutation TenantUpdateCustomer($id: ID!) { updateCustomer(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCustomerSuccess { data { id name } } } }": types.TenantUpdateCustomerDocument,
    "mutation TenantUpdateGroup($id: ID!) { updateGroup(input: { id: $id, name: \"Hacked\", permissions: [] }) { __typename ... on Error { code } ... on MutationUpdateGroupSuccess { data { id } } } }": types.TenantUpdateGroupDocument,
    "mutation TenantUpdateUser($id: ID!, $groupIds: [ID!]) { updateUser(input: { id: $id, name: \"Hacked\", active: false, groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationUpdateUserSuccess { data { id name } } } }": types.TenantUpdateUserDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMe {\n    me {\n      id\n      name\n      email\n      signature\n      active\n      permissions\n    }\n  }\n"): (typeof documents)["\n  query AuthMe {\n    me {\n      id\n      name\n      email\n      signature\n      active\n      permissions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthMeGroups {\n    me { id groups { id name } }\n  }\n"): (typeof documents)["\n  query AuthMeGroups {\n    me { id groups { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthPermissions {\n    permissions { permission description }\n  }\n"): (typeof documents)["\n  query AuthPermissions {\n    permissions { permission description }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthUsers($includeInactive: Boolean, $first: Int) {\n    users(includeInactive: $includeInactive, first: $first) {\n      edges { node { id name email signature active } }\n      pageInfo { hasNextPage }\n    }\n  }\n"): (typeof documents)["\n  query AuthUsers($includeInactive: Boolean, $first: Int) {\n    users(includeInactive: $includeInactive, first: $first) {\n      edges { node { id name email signature active } }\n      pageInfo { hasNextPage }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthGroups {\n    groups { id name permissions members { id } }\n  }\n"): (typeof documents)["\n  query AuthGroups {\n    groups { id name permissions members { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthApiTokens($includeRevoked: Boolean) {\n    apiTokens(includeRevoked: $includeRevoked) {\n      id\n      name\n      tokenPrefix\n      lastUsedAt\n      expiresAt\n      revokedAt\n      revokedBy\n      active\n      createdBy\n      user { id }\n    }\n  }\n"): (typeof documents)["\n  query AuthApiTokens($includeRevoked: Boolean) {\n    apiTokens(includeRevoked: $includeRevoked) {\n      id\n      name\n      tokenPrefix\n      lastUsedAt\n      expiresAt\n      revokedAt\n      revokedBy\n      active\n      createdBy\n      user { id }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken { id name tokenPrefix expiresAt lastUsedAt revokedAt active user { id } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      __typename\n      ... on MutationCreateApiTokenSuccess {\n        data {\n          token\n          apiToken { id name tokenPrefix expiresAt lastUsedAt revokedAt active user { id } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on MutationRevokeApiTokenSuccess {\n        data { id name revokedAt revokedBy active }\n      }\n      ... on Error { code message path }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      __typename\n      ... on MutationRevokeApiTokenSuccess {\n        data { id name revokedAt revokedBy active }\n      }\n      ... on Error { code message path }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on MutationCreateUserSuccess {\n        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      __typename\n      ... on MutationCreateUserSuccess {\n        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      __typename\n      ... on MutationUpdateUserSuccess {\n        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      __typename\n      ... on MutationUpdateUserSuccess {\n        data { id name email signature active permissions groups { id name } createdBy modifiedBy createdAt modifiedAt }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      __typename\n      ... on MutationCreateGroupSuccess {\n        data { id name permissions createdBy }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthCreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      __typename\n      ... on MutationCreateGroupSuccess {\n        data { id name permissions createdBy }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthUpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      __typename\n      ... on MutationUpdateGroupSuccess {\n        data { id name permissions members { id } }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthUpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      __typename\n      ... on MutationUpdateGroupSuccess {\n        data { id name permissions members { id } }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthDeleteGroup($id: ID!) {\n    deleteGroup(id: $id) {\n      __typename\n      ... on MutationDeleteGroupSuccess { data }\n      ... on Error { code message path }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthDeleteGroup($id: ID!) {\n    deleteGroup(id: $id) {\n      __typename\n      ... on MutationDeleteGroupSuccess { data }\n      ... on Error { code message path }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany\n          vatDisplayType showsVat language comments active createdBy modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          invoiceEmail phone mobile email\n          paymentTerm { code days }\n          assignedUser { signature }\n          customFields { key label type value }\n          contacts(first: 20) {\n            totalCount\n            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }\n          }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation CustCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany\n          vatDisplayType showsVat language comments active createdBy modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          invoiceEmail phone mobile email\n          paymentTerm { code days }\n          assignedUser { signature }\n          customFields { key label type value }\n          contacts(first: 20) {\n            totalCount\n            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }\n          }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on MutationUpdateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType\n          phone email comments modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          customFields { key value }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation CustUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on MutationUpdateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType\n          phone email comments modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          customFields { key value }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustList($first: Int, $after: String, $search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number name active } }\n    }\n  }\n"): (typeof documents)["\n  query CustList($first: Int, $after: String, $search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { id number name active } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustGet($id: ID!) {\n    customer(id: $id) { id number name active assignedUser { signature } contacts(first: 20) { totalCount edges { node { id name isMainContact } } } }\n  }\n"): (typeof documents)["\n  query CustGet($id: ID!) {\n    customer(id: $id) { id number name active assignedUser { signature } contacts(first: 20) { totalCount edges { node { id name isMainContact } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustByNumber($number: String!) {\n    customerByNumber(number: $number) { id name }\n  }\n"): (typeof documents)["\n  query CustByNumber($number: String!) {\n    customerByNumber(number: $number) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustLifecycle($id: ID!) {\n    inactivateCustomer(id: $id) {\n      __typename\n      ... on MutationInactivateCustomerSuccess { data { active } }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustLifecycle($id: ID!) {\n    inactivateCustomer(id: $id) {\n      __typename\n      ... on MutationInactivateCustomerSuccess { data { active } }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustActivate($id: ID!) {\n    activateCustomer(id: $id) {\n      __typename\n      ... on MutationActivateCustomerSuccess { data { active } }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustActivate($id: ID!) {\n    activateCustomer(id: $id) {\n      __typename\n      ... on MutationActivateCustomerSuccess { data { active } }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustChangeNumber($id: ID!, $number: String!) {\n    changeCustomerNumber(id: $id, number: $number) {\n      __typename\n      ... on MutationChangeCustomerNumberSuccess { data { number } }\n      ... on Error { code path message }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation CustChangeNumber($id: ID!, $number: String!) {\n    changeCustomerNumber(id: $id, number: $number) {\n      __typename\n      ... on MutationChangeCustomerNumberSuccess { data { number } }\n      ... on Error { code path message }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustDelete($id: ID!) {\n    deleteCustomer(id: $id) {\n      __typename\n      ... on MutationDeleteCustomerSuccess { data }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation CustDelete($id: ID!) {\n    deleteCustomer(id: $id) {\n      __typename\n      ... on MutationDeleteCustomerSuccess { data }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) {\n      __typename\n      ... on MutationAssignCustomerSuccess { data { assignedUser { signature } } }\n      ... on Error { code path }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation CustAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) {\n      __typename\n      ... on MutationAssignCustomerSuccess { data { assignedUser { signature } } }\n      ... on Error { code path }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustAddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      __typename\n      ... on MutationAddContactSuccess { data { id name personalIdentityNumber isMainContact propertyDesignation rotMissing createdBy customer { id } } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation CustAddContact($customerId: ID!, $input: ContactInput!) {\n    addContact(customerId: $customerId, input: $input) {\n      __typename\n      ... on MutationAddContactSuccess { data { id name personalIdentityNumber isMainContact propertyDesignation rotMissing createdBy customer { id } } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustUpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateContactSuccess { data { id name email isMainContact } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation CustUpdateContact($id: ID!, $input: ContactInput!) {\n    updateContact(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateContactSuccess { data { id name email isMainContact } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustRemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      __typename\n      ... on MutationRemoveContactSuccess { data }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustRemoveContact($id: ID!) {\n    removeContact(id: $id) {\n      __typename\n      ... on MutationRemoveContactSuccess { data }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustCopy($customerId: ID!) {\n    copyCustomerToContact(customerId: $customerId) {\n      __typename\n      ... on MutationCopyCustomerToContactSuccess { data { name personalIdentityNumber mobile phone email } }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation CustCopy($customerId: ID!) {\n    copyCustomerToContact(customerId: $customerId) {\n      __typename\n      ... on MutationCopyCustomerToContactSuccess { data { name personalIdentityNumber mobile phone email } }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustDefineField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) {\n      __typename\n      ... on MutationCreateCustomFieldDefinitionSuccess { data { id key } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation CustDefineField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) {\n      __typename\n      ... on MutationCreateCustomFieldDefinitionSuccess { data { id key } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustSettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess { data { customerNumberMinLength customerNumberMaxLength customerNumberStart } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation CustSettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess { data { customerNumberMinLength customerNumberMaxLength customerNumberStart } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustPaymentTerms { paymentTerms { id code days } }\n"): (typeof documents)["\n  query CustPaymentTerms { paymentTerms { id code days } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustMe { me { id signature } }\n"): (typeof documents)["\n  query CustMe { me { id signature } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CustPage($first: Int!) {\n        customers(first: $first) {\n          edges { node { id name contacts(first: 10) { edges { node { id name rotMissing } } } } }\n        }\n      }\n    "): (typeof documents)["\n      query CustPage($first: Int!) {\n        customers(first: $first) {\n          edges { node { id name contacts(first: 10) { edges { node { id name rotMissing } } } } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantSeed($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantSeed($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantSeedField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) { __typename ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TenantSeedField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) { __typename ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantSeedGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { __typename ... on MutationCreateGroupSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TenantSeedGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) { __typename ... on MutationCreateGroupSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantSeedUser($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TenantSeedUser($input: CreateUserInput!) {\n    createUser(input: $input) { __typename ... on MutationCreateUserSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantSeedToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { __typename ... on MutationCreateApiTokenSuccess { data { apiToken { id } } } }\n  }\n"): (typeof documents)["\n  mutation TenantSeedToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) { __typename ... on MutationCreateApiTokenSuccess { data { apiToken { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TenantSeedTerms { paymentTerms { id } me { id } }\n"): (typeof documents)["\n  query TenantSeedTerms { paymentTerms { id } me { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantApiTokens { apiTokens(includeRevoked: true) { id name tokenPrefix user { id name } } }"): (typeof documents)["query TenantApiTokens { apiTokens(includeRevoked: true) { id name tokenPrefix user { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantCompany { company { id name } }"): (typeof documents)["query TenantCompany { company { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantFieldDefs { customFieldDefinitions(includeInactive: true) { id key label } }"): (typeof documents)["query TenantFieldDefs { customFieldDefinitions(includeInactive: true) { id key label } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantCustomer($id: ID!) { customer(id: $id) { id name } }"): (typeof documents)["query TenantCustomer($id: ID!) { customer(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantCustomerByNumber($number: String!) { customerByNumber(number: $number) { id name } }"): (typeof documents)["query TenantCustomerByNumber($number: String!) { customerByNumber(number: $number) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantCustomers($search: String) { customers(search: $search, first: 200) { totalCount edges { node { id name email contacts(first: 5) { edges { node { id name } } } } } } }"): (typeof documents)["query TenantCustomers($search: String) { customers(search: $search, first: 200) { totalCount edges { node { id name email contacts(first: 5) { edges { node { id name } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantGroups { groups { id name members { id name } } }"): (typeof documents)["query TenantGroups { groups { id name members { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantMe { me { id name email } }"): (typeof documents)["query TenantMe { me { id name email } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantNode($id: ID!) { node(id: $id) { id ... on Customer { name } ... on Contact { name } ... on User { name email } } }"): (typeof documents)["query TenantNode($id: ID!) { node(id: $id) { id ... on Customer { name } ... on Contact { name } ... on User { name email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): (typeof documents)["query TenantNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantPaymentTerms { paymentTerms(includeInactive: true) { id code } }"): (typeof documents)["query TenantPaymentTerms { paymentTerms(includeInactive: true) { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantPermissions { permissions { permission description } }"): (typeof documents)["query TenantPermissions { permissions { permission description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantUsers { users(first: 100, includeInactive: true) { edges { node { id name email } } } }"): (typeof documents)["query TenantUsers { users(first: 100, includeInactive: true) { edges { node { id name email } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantActivate($id: ID!) { activateCustomer(id: $id) { __typename ... on Error { code } ... on MutationActivateCustomerSuccess { data { id name } } } }"): (typeof documents)["mutation TenantActivate($id: ID!) { activateCustomer(id: $id) { __typename ... on Error { code } ... on MutationActivateCustomerSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantAddContact($customerId: ID!) { addContact(customerId: $customerId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationAddContactSuccess { data { id customer { name } } } } }"): (typeof documents)["mutation TenantAddContact($customerId: ID!) { addContact(customerId: $customerId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationAddContactSuccess { data { id customer { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on Error { code } ... on MutationAssignCustomerSuccess { data { id assignedUser { name } } } } }"): (typeof documents)["mutation TenantAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on Error { code } ... on MutationAssignCustomerSuccess { data { id assignedUser { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantChangeNumber($id: ID!) { changeCustomerNumber(id: $id, number: \"666\") { __typename ... on Error { code } ... on MutationChangeCustomerNumberSuccess { data { id name } } } }"): (typeof documents)["mutation TenantChangeNumber($id: ID!) { changeCustomerNumber(id: $id, number: \"666\") { __typename ... on Error { code } ... on MutationChangeCustomerNumberSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCopy($customerId: ID!) { copyCustomerToContact(customerId: $customerId) { __typename ... on Error { code } ... on MutationCopyCustomerToContactSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCopy($customerId: ID!) { copyCustomerToContact(customerId: $customerId) { __typename ... on Error { code } ... on MutationCopyCustomerToContactSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateToken($userId: ID) { createApiToken(input: { name: \"steal\", userId: $userId }) { __typename ... on Error { code } ... on MutationCreateApiTokenSuccess { data { token apiToken { user { name } } } } } }"): (typeof documents)["mutation TenantCreateToken($userId: ID) { createApiToken(input: { name: \"steal\", userId: $userId }) { __typename ... on Error { code } ... on MutationCreateApiTokenSuccess { data { token apiToken { user { name } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateField { createCustomFieldDefinition(input: { key: \"secretField\", label: \"x\", type: TEXT }) { __typename ... on Error { code } ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } } }"): (typeof documents)["mutation TenantCreateField { createCustomFieldDefinition(input: { key: \"secretField\", label: \"x\", type: TEXT }) { __typename ... on Error { code } ... on MutationCreateCustomFieldDefinitionSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateCustomer($paymentTermId: ID, $assignedUserId: ID) { createCustomer(input: { name: \"Intruder\", number: \"B-777\", paymentTermId: $paymentTermId, assignedUserId: $assignedUserId }) { __typename ... on Error { code } ... on ValidationError { issues { path code } } ... on MutationCreateCustomerSuccess { data { id paymentTerm { id } assignedUser { id } } } } }"): (typeof documents)["mutation TenantCreateCustomer($paymentTermId: ID, $assignedUserId: ID) { createCustomer(input: { name: \"Intruder\", number: \"B-777\", paymentTermId: $paymentTermId, assignedUserId: $assignedUserId }) { __typename ... on Error { code } ... on ValidationError { issues { path code } } ... on MutationCreateCustomerSuccess { data { id paymentTerm { id } assignedUser { id } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateGroup { createGroup(input: { name: \"Victim admins\", permissions: [ADMIN_USERS] }) { __typename ... on Error { code } ... on MutationCreateGroupSuccess { data { id members { name } } } } }"): (typeof documents)["mutation TenantCreateGroup { createGroup(input: { name: \"Victim admins\", permissions: [ADMIN_USERS] }) { __typename ... on Error { code } ... on MutationCreateGroupSuccess { data { id members { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateUser($groupIds: [ID!]) { createUser(input: { name: \"Mole\", email: \"mole@a.se\", signature: \"MOLE\", groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationCreateUserSuccess { data { id groups { name } } } } }"): (typeof documents)["mutation TenantCreateUser($groupIds: [ID!]) { createUser(input: { name: \"Mole\", email: \"mole@a.se\", signature: \"MOLE\", groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationCreateUserSuccess { data { id groups { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteField($id: ID!) { deleteCustomFieldDefinition(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeleteField($id: ID!) { deleteCustomFieldDefinition(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteGroup($id: ID!) { deleteGroup(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeleteGroup($id: ID!) { deleteGroup(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename ... on Error { code } ... on MutationInactivateCustomerSuccess { data { id name } } } }"): (typeof documents)["mutation TenantInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename ... on Error { code } ... on MutationInactivateCustomerSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRevoke($id: ID!) { revokeApiToken(id: $id) { __typename ... on Error { code } ... on MutationRevokeApiTokenSuccess { data { id name } } } }"): (typeof documents)["mutation TenantRevoke($id: ID!) { revokeApiToken(id: $id) { __typename ... on Error { code } ... on MutationRevokeApiTokenSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantSettings { updateCompanySettings(input: { name: \"Renamed A\" }) { __typename ... on Error { code } ... on MutationUpdateCompanySettingsSuccess { data { id name } } } }"): (typeof documents)["mutation TenantSettings { updateCompanySettings(input: { name: \"Renamed A\" }) { __typename ... on Error { code } ... on MutationUpdateCompanySettingsSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateContact($id: ID!) { updateContact(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateContactSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateContact($id: ID!) { updateContact(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateContactSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateField($id: ID!) { updateCustomFieldDefinition(input: { id: $id, label: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCustomFieldDefinitionSuccess { data { id label } } } }"): (typeof documents)["mutation TenantUpdateField($id: ID!) { updateCustomFieldDefinition(input: { id: $id, label: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCustomFieldDefinitionSuccess { data { id label } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateCustomer($id: ID!) { updateCustomer(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCustomerSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateCustomer($id: ID!) { updateCustomer(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCustomerSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateGroup($id: ID!) { updateGroup(input: { id: $id, name: \"Hacked\", permissions: [] }) { __typename ... on Error { code } ... on MutationUpdateGroupSuccess { data { id } } } }"): (typeof documents)["mutation TenantUpdateGroup($id: ID!) { updateGroup(input: { id: $id, name: \"Hacked\", permissions: [] }) { __typename ... on Error { code } ... on MutationUpdateGroupSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateUser($id: ID!, $groupIds: [ID!]) { updateUser(input: { id: $id, name: \"Hacked\", active: false, groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationUpdateUserSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateUser($id: ID!, $groupIds: [ID!]) { updateUser(input: { id: $id, name: \"Hacked\", active: false, groupIds: $groupIds }) { __typename ... on Error { code } ... on MutationUpdateUserSuccess { data { id name } } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;