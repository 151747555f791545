// The invoice-distribution module's public surface: sending locked invoices (e-mail, Peppol,
// paper) and the record of every sending, and the Peppol BIS Billing 3.0 (UBL 2.1) document with
// its offline checks. Its GraphQL types are registered by src/schema.ts, its download route by
// src/app.ts, and the delivery its jobs run is given to the job engine by the server.
export { invoiceUblRoute } from './http.js';
export { deliverInvoice, type InvoiceDeliveryQueue, loadUblSource, peppolDocument, sendInvoice } from './service.js';
export { checkUbl, type RuleFailure, RULES } from './ubl-rules.js';
export { type UblSource, ublXml } from './ubl.js';
