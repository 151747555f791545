// HTTP toolkit of the connector SDK: client (retry, rate limit, timeouts, dry run), auth
// providers (API key, bearer, OAuth2 with single-flight refresh), errors.
export {
  buildUrl,
  createHttpClient,
  DEFAULT_TIMEOUT_MS,
  type HttpClient,
  type HttpClientOptions,
  type HttpMethod,
  type HttpRequest,
  type HttpResponse,
  type Logger,
  type PlannedOperation,
  type QueryValue,
} from './client.js';
export { causeMessage, errorCode, extractRemoteMessage, HttpError, isHttpError, requestNeverSent, statusText, type HttpErrorInit } from './errors.js';
export {
  apiKeyAuth,
  bearerAuth,
  exchangeAuthorizationCode,
  oauth2Auth,
  type AuthProvider,
  type ClientAuthMethod,
  type ExchangeAuthorizationCodeOptions,
  type OAuth2AuthOptions,
  type OAuth2AuthProvider,
  type OAuth2Tokens,
  type TokenStore,
} from './oauth2.js';
export {
  checkUrl,
  classifyAddress,
  EgressRefusedError,
  guardedFetch,
  hostAllowed,
  isHostPattern,
  publicOnlyLookup,
  type AddressClass,
  type EgressPolicy,
  type EgressRefusal,
} from './egress.js';
export { createRateLimiter, type RateLimiter, type RateLimiterOptions } from './rate-limit.js';
export { backoffDelay, DEFAULT_RETRY, parseRetryAfter, resolveRetryOptions, RETRYABLE_STATUSES, type RetryOptions } from './retry.js';
