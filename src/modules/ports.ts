// The connector ports (the SDK's DomainPorts) assembled from each domain's slice. The server
// passes this factory to createIntegrationRuntime: the runtime calls it for every flow and
// never imports a module itself. Each module's port.ts is its public face to connectors, beside its
// index.ts (its face to other modules): only this assembly imports it.
import type { PortFactory } from '../integration/runtime/ports.js';
import { customerPorts } from './customers/port.js';
import { invoicePorts } from './invoices/port.js';
import { projectPorts } from './projects/port.js';
import { registerPorts } from './registers/port.js';
import { supplierInvoicePorts } from './supplier-invoices/port.js';

export const domainPorts: PortFactory = (db, scope, now) => ({
  // The company itself (the tenant row, read only): what a file's header names it by.
  company: {
    info: () => db.company.findFirstOrThrow({ select: { name: true, organisationNumber: true, vatNumber: true } }),
  },
  ...customerPorts(db, scope, now),
  ...projectPorts(db, scope, now),
  ...registerPorts(db, scope, now),
  ...invoicePorts(db, scope, now),
  ...supplierInvoicePorts(db, scope, now),
});
