// The revenue module's public surface: what other modules use of it (the invoices service tells it
// about invoice changes and asks before locking or crediting). Other modules import it only from
// here.
export { assertCreditable, onCredited, onInvoiceCreated, onLineChanged, onVatChanged, requiredCostCentreGuard, revenueLockGuard } from './service.js';
// Pure: which posting dimensions keep the basis rows sent to the accounting system apart.
export { basisRowDimensions } from './rules.js';
