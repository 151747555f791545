// The connector SDK, as published to connector authors: `import { defineConnector } from
// '@nordic-invoicing/connector-sdk'`. Everything a connector needs is exported from here; the
// fake-server helpers are in `./testing`, the conformance kit in `./conformance`.
export * from './types.js';
export {
  defineConnector,
  defineFlow,
  endpointFingerprint,
  endpointSettingKeys,
  endpointUrls,
  manifestIssues,
  settingsJsonSchema,
  type EndpointUrl,
} from './define.js';
// One accounting row per account and project: revenue accounting's rows merged by what a connector sends.
export {
  invoiceRowsToSend,
  mergeInvoiceRows,
  type MergeInvoiceRowsOptions,
  type OutputVat,
  type OutputVatProblem,
  outputVatPerRate,
  sumDecimals,
} from './rows.js';
// Which project statuses are sent (40–89) and closed (90+), the same in every connector.
export {
  isClosedProjectStatus,
  isExportableProjectStatus,
  PROJECT_CLOSED_FROM_STATUS,
  PROJECT_EXPORT_FROM_STATUS,
  type ProjectExportStage,
  projectExportStage,
} from './projects.js';
// The voucherSeries setting: "all" or the series listed ([] = none), the same in every connector.
export { importsVouchers, type VoucherSeriesSetting, voucherSeriesSetting, voucherSeriesWanted } from './vouchers.js';
export { exportChanged, exportEntity, type ExportEntityOptions, type ExportListing, forEachEntity, isEntityError, listedLookup, recordUpsert } from './sync.js';
export type { FakeServer, FakeFailRule } from './testing.js';
export { asWire, failRuleMatches } from './testing.js';
// The remote API's contract (a manifest's `contract`; dry runs check planned writes against it).
export {
  type ApiContract,
  type ContractChecker,
  type ContractIssue,
  type ContractOperation,
  contractChecker,
  formatContractIssues,
  type JsonSchema,
} from './contract.js';
// The HTTP toolkit: client (retry, rate limit, timeouts, dry run), auth providers, egress policy, errors.
export * from './http/index.js';
// Swedish primitives (also published alone as `@nordic-invoicing/connector-sdk/se`): Luhn, identity
// numbers, bankgiro/plusgiro/IBAN/BIC, VAT rates.
export * from './se/index.js';
// Peppol e-invoicing: the access point interface a connector implements.
export type { PeppolAccessPoint, PeppolDocument, PeppolParticipant, PeppolSendResult } from './peppol.js';
