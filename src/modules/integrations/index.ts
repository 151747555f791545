// The integrations module's public surface: the interface it declares for the connector runtime
// the server passes in, and the connections' invoice rules the invoice lock asks (its GraphQL
// types are registered by src/schema.ts). Other modules import it only from here.
export type { ConnectorEngine } from './engine.js';
export { invoicePreflight } from './service.js';
