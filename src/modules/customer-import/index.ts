// The customer import's public surface: what other modules, the server and the import command use
// of it. Other modules import it only from here.
export type { ImportKind } from './columns.js';
export { useCustomerFileRoutes } from './http.js';
export { importFile } from './import.js';
export { fileError, pathSource } from './source.js';
export type { ImportLimits, ImportMode, RowResult } from './types.js';
