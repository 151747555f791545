// The product's project statuses as an accounting system sees them, the same for every connector:
// below 40 (quotation, planning) a project is not sent; from 40 to 89 it is under way and sent
// (created, then updated when it changes); from 90 (finished) a project the accounting system
// already has is closed there, and one it never had is not sent at all.

/** The first status at which a project is sent to the accounting system. */
export const PROJECT_EXPORT_FROM_STATUS = 40;
/** The first status at which a project is closed in the accounting system. */
export const PROJECT_CLOSED_FROM_STATUS = 90;

/** What a connector does with a project (or work order/ÄTA) of this status. */
export type ProjectExportStage = 'notSent' | 'open' | 'closed';

export function projectExportStage(statusCode: number): ProjectExportStage {
  if (statusCode >= PROJECT_CLOSED_FROM_STATUS) return 'closed';
  return statusCode >= PROJECT_EXPORT_FROM_STATUS ? 'open' : 'notSent';
}

/** Status 40–89: created or updated in the accounting system. */
export const isExportableProjectStatus = (statusCode: number): boolean => projectExportStage(statusCode) === 'open';

/** Status 90 and above: closed in the accounting system when it has the project. */
export const isClosedProjectStatus = (statusCode: number): boolean => projectExportStage(statusCode) === 'closed';
