// The registers module's public surface: what other modules use of it. Other modules import it
// only from here.
export { CostCentreRef, PaymentTermRef, SupplierRef } from './graphql.js';
