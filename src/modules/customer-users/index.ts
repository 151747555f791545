// The customer-users module's public surface: people at a customer who log in to see that
// customer's invoices, projects and documents (their rights), and the staff actions on them.
export { CustomerUserRightEnum } from './graphql.js';
export { CUSTOMER_USER_RIGHTS, portalAllows } from './rules.js';
