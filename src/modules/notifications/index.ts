// The notifications module's public surface: the notices of a change of a customer's responsible
// user (written in the change's transaction), the outbox that e-mails them through the job engine,
// and the delivery the job runs. Its GraphQL types are registered by src/schema.ts.
export { assignmentNotices } from './rules.js';
export {
  deliverNotification,
  type DeliveryOutcome,
  type NotificationMailQueue,
  type NotificationOutbox,
  notificationOutbox,
  recordAssignmentNotices,
  type SendMail,
} from './service.js';
