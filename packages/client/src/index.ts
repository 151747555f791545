// The typed client: the operations of packages/client/operations as typed documents (with their
// result, variable and input types), and the fetch-based client that sends them.
export * from './client.js';
export * from './gql/graphql.js';
