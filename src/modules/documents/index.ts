// The documents module's public surface: what the server uses of it. Other modules import it
// only from here.
export { documentFileRoutes } from './http.js';
export { DocumentFolderRef, DocumentRef } from './graphql.js';
