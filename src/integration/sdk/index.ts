// The connector SDK, as published to connector authors: `import { defineConnector } from
// 'nordic-project-invoicing/connector'`. Everything a connector needs is exported from here.
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
export { exportChanged, exportEntity, forEachEntity, isEntityError, recordUpsert, type ExportEntityOptions } from './sync.js';
export type { FakeServer, FakeFailRule } from './testing.js';
export { asWire, failRuleMatches } from './testing.js';
export {
  HttpError,
  EgressRefusedError,
  createHttpClient,
  createRateLimiter,
  apiKeyAuth,
  bearerAuth,
  oauth2Auth,
  exchangeAuthorizationCode,
  type HttpClient,
  type HttpRequest,
  type HttpResponse,
  type HttpMethod,
  type Logger,
  type PlannedOperation,
  type RateLimiter,
} from '../http/index.js';
// Swedish primitives (src/shared/se): Luhn, identity numbers, bankgiro/plusgiro/IBAN/BIC, VAT rates.
export {
  luhnCheckDigit,
  luhnValid,
  identityCheckDigit,
  parseIdentityNumber,
  parseOrganisationNumber,
  parsePersonalIdentityNumber,
  formatIdentityNumber,
  formatOrganisationNumber,
  formatPersonalIdentityNumberLong,
  formatPersonalIdentityNumberShort,
  ageAtEndOfYear,
  SAMORDNINGSNUMMER_DAY_OFFSET,
  parseBankgiro,
  formatBankgiro,
  parsePlusgiro,
  formatPlusgiro,
  parseIban,
  formatIban,
  parseBic,
  IBAN_LENGTHS,
  SWEDISH_VAT_RATES,
  swedishVatRate,
  isSwedishVatRate,
  type IdentityKind,
  type IdentityErrorCode,
  type IdentityParseResult,
  type ParsedIdentity,
  type ParseOptions,
  type ParseResult,
  type SwedishVatRate,
} from '../../shared/se/index.js';
