import { TALENT_PROFILE_AGGREGATE } from '@werkmatch/talent-profiles/domain';
import { VACANCY_AGGREGATE_TYPE } from '@werkmatch/vacancies/domain';
import {
  MatchingOutboxEventJob,
  OutboxEventJobContract,
  SearchIndexOutboxEventJob,
} from './outbox-event.job';

/** Every event of one aggregate type, or one event type whatever its aggregate, goes to these jobs. */
export type OutboxRoute =
  | { readonly aggregateType: string; readonly jobs: readonly OutboxEventJobContract[] }
  | { readonly eventType: string; readonly jobs: readonly OutboxEventJobContract[] };

export interface RoutableEvent {
  aggregateType: string;
  eventType: string;
}

const SEARCH_AND_MATCHING = [SearchIndexOutboxEventJob, MatchingOutboxEventJob] as const;

/**
 * Who hears about which outbox event. Events no route matches are marked published without a job, so a domain
 * may record events before anyone consumes them. A new consumer adds a line here.
 */
export const OUTBOX_ROUTES: readonly OutboxRoute[] = [
  { aggregateType: TALENT_PROFILE_AGGREGATE, jobs: SEARCH_AND_MATCHING },
  { aggregateType: VACANCY_AGGREGATE_TYPE, jobs: SEARCH_AND_MATCHING },
  // PERSON_ERASED_EVENT of libs/privacy (an api-scoped lib this one may not import): search and matching
  // must forget the person's profile.
  { eventType: 'person.erased', jobs: SEARCH_AND_MATCHING },
];

/** The jobs of every matching route, each once. */
export function jobsForEvent(
  event: RoutableEvent,
  routes: readonly OutboxRoute[] = OUTBOX_ROUTES,
): OutboxEventJobContract[] {
  const jobs = new Set<OutboxEventJobContract>();
  for (const route of routes) {
    const matches =
      'aggregateType' in route
        ? route.aggregateType === event.aggregateType
        : route.eventType === event.eventType;
    if (matches) for (const job of route.jobs) jobs.add(job);
  }
  return [...jobs];
}
