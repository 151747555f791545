// The sync module's public surface: tombstones for the modules that delete mirrored rows, the
// list helpers for `modifiedSince`, the pruning the daily job runs. Its GraphQL types are
// registered by src/schema.ts.
export { pruneTombstones } from './database.js';
export {
  alwaysChangedConnectionOptions,
  alwaysChangedEdgeOptions,
  changedConnectionOptions,
  changedEdgeOptions,
  changedPage,
  INCLUDE_INACTIVE_DESCRIPTION,
  MODIFIED_SINCE_DESCRIPTION,
  mirroredCountWhere,
  mirroredRead,
  modifiedSinceArg,
  modifiedSinceListArg,
  withoutIdCursor,
} from './graphql.js';
export { type MirroredType, MIRRORED_CASCADES } from './rules.js';
export { recordDeletions, ResyncRequiredError } from './service.js';
