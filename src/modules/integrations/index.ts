// The integrations module's public surface. Nothing of it is used outside the module but its
// GraphQL types (registered by src/schema.ts) and the interface it declares for the connector
// runtime the server passes in. Other modules import it only from here.
export type { ConnectorEngine } from './engine.js';
