// The projects module's public surface: what other modules use of it. Other modules import it only
// from here.
export { ChangeOrderRef, ProjectRef, WorkOrderRef } from './graphql.js';
export { resolveProjectNumbers } from './port.js';
export { changeOrderCode, changeOrderReference, toDate, workOrderReference } from './rules.js';
