// The history module's public surface: the entity types that have a change history (the rows are
// written by a database trigger in the updating transaction; the GraphQL `history` connections
// are registered by src/schema.ts).
export { HISTORY_TYPES } from './graphql.js';
