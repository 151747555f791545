// The invoice-distribution module's public surface: sending locked invoices (e-mail, Peppol,
// paper) and the record of every sending, and the Peppol BIS Billing 3.0 (UBL 2.1) document with
// its offline checks.
export { checkUbl, type RuleFailure, RULES } from './ubl-rules.js';
export { type UblSource, ublXml } from './ubl.js';
