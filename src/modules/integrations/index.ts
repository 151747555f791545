// The integrations module's public surface: the interface it declares for the connector runtime
// the server passes in, the connections' invoice rules the invoice lock asks, and the event runs
// a change (an invoice locked, a supplier invoice approved, a project's status changed) enqueues in
// its transaction (its GraphQL
// types are registered by src/schema.ts). Other modules import it only from here.
export type { ConnectorEngine } from './engine.js';
export { eventRuns, invoicePreflight } from './service.js';
