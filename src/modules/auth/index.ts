// The auth module's public surface: what other modules and the server use of it. Other modules
// import it only from here.
export { authenticate } from './authenticate.js';
export { UserRef } from './graphql.js';
export { ALL_PERMISSIONS, type CustomerScope, customerEditScope, customerViewScope, type Permission, scopeAllows } from './permissions.js';
export { issueApiTokenForUser } from './service.js';
export { assertStaffUser, staffUserIssue, staffUserIssueOf } from './staff.js';
export { deleteCustomerUser, setCustomerUserRights } from './customer-users.js';
export { bearerToken, generateApiToken } from './tokens.js';
export { attachLogin, loginOf } from './login-graphql.js';
export { createLoginRuntime, DEFAULT_LOGIN_SETTINGS, type LoginRuntime, type LoginSettings } from './login.js';
export { createCredentialStore } from './credentials.js';
export { pruneLoginData, type LoginPruneResult } from './prune.js';
