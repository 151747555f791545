// The connector ports (the SDK's DomainPorts) assembled from each domain's slice. The server
// passes this factory to createIntegrationRuntime: the runtime calls it for every flow and
// never imports a module itself.
import type { PortFactory } from '../integration/runtime/ports.js';
import { customerPorts } from './customers/index.js';
import { invoicePorts } from './invoices/index.js';
import { projectPorts } from './projects/index.js';
import { registerPorts } from './registers/index.js';
import { supplierInvoicePorts } from './supplier-invoices/index.js';

export const domainPorts: PortFactory = (db, scope, now) => ({
  ...customerPorts(db, scope, now),
  ...projectPorts(db, scope, now),
  ...registerPorts(db, scope, now),
  ...invoicePorts(db, scope, now),
  ...supplierInvoicePorts(db, scope, now),
});
