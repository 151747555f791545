// The connector SDK, as published to connector authors: `import { defineConnector } from
// 'nordic-project-invoicing/connector'`. Everything a connector needs is exported from here.
export * from './types.js';
export { defineConnector, defineFlow, endpointFingerprint, endpointSettingKeys, endpointUrls, manifestIssues, settingsJsonSchema, type EndpointUrl } from './define.js';
export { exportChanged, exportEntity, forEachEntity, isEntityError, recordUpsert, type ExportEntityOptions } from './sync.js';
export type { FakeServer, FakeFailRule } from './testing.js';
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
