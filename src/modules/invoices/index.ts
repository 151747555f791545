// The invoices module's public surface: what other modules and the server use of it. Other modules
// import it only from here.
export { isVatRate, unitPriceWithMarkup } from './amounts.js';
export { buildInvoiceDocument } from './document-builder.js';
export { InvoiceLineRef, InvoiceRef, LineKindEnum, TaxReductionTypeEnum } from './graphql.js';
export { invoicePdfRoute } from './http.js';
export { renderInvoicePdf } from './pdf.js';
export { loadLineForUpdate, loadUnlockedForUpdate } from './lock.js';
export { lockInvoicesForPayment, recordPaymentIn } from './payments.js';
export { isReductionEligible } from './rules.js';
