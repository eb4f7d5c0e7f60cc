import { FINAL_VACANCY_STATUSES, VacancyStatus } from './vacancy-status';

/** `aggregateType` of every vacancy outbox event; `aggregateId` is the vacancy id. */
export const VACANCY_AGGREGATE_TYPE = 'vacancy';

/** Search and matching start offering the vacancy. */
export const VACANCY_PUBLISHED_EVENT = 'vacancy.published';
/** A published vacancy's content changed (an edit is live at once): reindex, recompute matches. */
export const VACANCY_CHANGED_EVENT = 'vacancy.changed';
/** A published vacancy was filled, closed or expired: drop it from search, withdraw its proposals. */
export const VACANCY_CLOSED_EVENT = 'vacancy.closed';

export const VACANCY_EVENT_TYPES = [
  VACANCY_PUBLISHED_EVENT,
  VACANCY_CHANGED_EVENT,
  VACANCY_CLOSED_EVENT,
] as const;
export type VacancyEventType = (typeof VACANCY_EVENT_TYPES)[number];

export interface VacancyEvent {
  eventType: VacancyEventType;
  /** Small scalars only; consumers reload the vacancy by id. */
  payload: Record<string, string>;
}

/**
 * The outbox event a change from `from` to `to` produces, or null when search and matching need not hear of it.
 * Only published vacancies are in the index and in matching, so drafts, reviews, returns and the end of a
 * vacancy that was never published produce nothing. An edit of a published vacancy is `from = to = PUBLISHED`.
 */
export function vacancyEventFor(from: VacancyStatus, to: VacancyStatus): VacancyEvent | null {
  if (to === VacancyStatus.PUBLISHED)
    return from === VacancyStatus.PUBLISHED
      ? { eventType: VACANCY_CHANGED_EVENT, payload: {} }
      : { eventType: VACANCY_PUBLISHED_EVENT, payload: {} };
  if (from === VacancyStatus.PUBLISHED && FINAL_VACANCY_STATUSES.includes(to))
    return { eventType: VACANCY_CLOSED_EVENT, payload: { status: to } };
  return null;
}
