/**
 * draft → submitted → published (by an account manager of the region, who may also return it to draft with a
 * reason) → filled, closed or expired. Keys equal values (GraphQL).
 */
export enum VacancyStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  PUBLISHED = 'PUBLISHED',
  FILLED = 'FILLED',
  CLOSED = 'CLOSED',
  EXPIRED = 'EXPIRED',
}

/** The end states: nothing changes a vacancy any more once it is in one of them. */
export const FINAL_VACANCY_STATUSES: readonly VacancyStatus[] = [
  VacancyStatus.FILLED,
  VacancyStatus.CLOSED,
  VacancyStatus.EXPIRED,
];
