// The webhooks module's public surface: endpoints (URL rules, signing secrets), deliveries of
// events set off in the event's transaction, attempts made by the job engine's webhook queue.
// Its GraphQL types are registered by src/schema.ts. It owns WebhookEndpoint, WebhookDelivery and
// WebhookAttempt.
export { addressRefusal, urlRefusal } from './addresses.js';
export {
  DEFAULT_TOLERANCE_SECONDS,
  MAX_ATTEMPTS,
  nextAttemptAt,
  RETRY_DELAYS_SECONDS,
  signatureHeader,
  signPayload,
  verifySignature,
  webhookBody,
} from './rules.js';
export {
  attemptDelivery,
  configureWebhooks,
  DEFAULT_WEBHOOK_SETTINGS,
  installWebhooks,
  type WebhookQueue,
  type WebhookSettings,
  webhookSettings,
} from './service.js';
