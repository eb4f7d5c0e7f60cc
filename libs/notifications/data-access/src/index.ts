export {
  EmailKind,
  EmailTransport,
  OutgoingEmailEntity,
  OutgoingEmailStatus,
} from './outgoing-email.entity';
export { dispatchQueuedEmails, queueEmail } from './outgoing-email';
export type { EmailToSend } from './outgoing-email';
export { RelayQueuedEmailsJob, SendEmailJob } from './send-email.job';
export { NotificationEntity, NotificationKind } from './notification.entity';
export { recordNotifications } from './notification';
export type { NotificationToRecord } from './notification';
