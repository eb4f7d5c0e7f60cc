export {
  MatchingOutboxEventJob,
  outboxEventJobSchema,
  SearchIndexOutboxEventJob,
} from './outbox-event.job';
export type { OutboxEventJobContract, OutboxEventJobData } from './outbox-event.job';
export { jobsForEvent, OUTBOX_ROUTES } from './outbox-routes';
export type { OutboxRoute, RoutableEvent } from './outbox-routes';
export { OUTBOX_LISTENER_APPLICATION_NAME, OUTBOX_NOTIFY_CHANNEL } from './outbox-listener';
export { OUTBOX_RELAY_DEFAULTS, OutboxRelay } from './outbox-relay';
export type { OutboxRelayOptions, OutboxRelayStats } from './outbox-relay';
export { OUTBOX_RELAY, OutboxRelayModule } from './outbox-relay.module';
