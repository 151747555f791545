// The supplier invoices' public surface: what other modules and the server use of it. Other
// modules import it only from here.
export { supplierInvoiceFileRoutes } from './http.js';
export { fileIssues, normaliseContentType } from './rules.js';
