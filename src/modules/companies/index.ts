// The companies module's public surface: what other modules and the server use of it. Other
// modules import it only from here.
export { ensureInitialCompany } from './first-start.js';
