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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;