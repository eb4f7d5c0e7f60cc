export { FINAL_VACANCY_STATUSES, VacancyStatus } from './vacancy-status';
export { addMonths, amsterdamDate, isIsoDate, VACANCY_TIME_ZONE } from './calendar';
export {
  assertVacancyTransition,
  EDITABLE_VACANCY_STATUSES,
  nextVacancyStatus,
  VACANCY_TRANSITIONS,
  VacancyAction,
  VacancyTransitionError,
} from './vacancy-transitions';
export {
  VACANCY_AGGREGATE_TYPE,
  VACANCY_CHANGED_EVENT,
  VACANCY_CLOSED_EVENT,
  VACANCY_EVENT_TYPES,
  VACANCY_PUBLISHED_EVENT,
  vacancyEventFor,
} from './vacancy-events';
export type { VacancyEvent, VacancyEventType } from './vacancy-events';
export {
  CLOSING_DATE_MAX_MONTHS,
  closingDateViolations,
  CONTRACT_REQUIRED_ROUTE_TYPES,
  DESCRIPTION_MAX_LENGTH,
  DESCRIPTION_MIN_LENGTH,
  normalizeVacancyDraft,
  PAY_MAX,
  POSITIONS_MAX,
  RETURN_REASON_MAX_LENGTH,
  RETURN_REASON_MIN_LENGTH,
  returnReasonViolations,
  SKILLS_MAX,
  TITLE_MAX_LENGTH,
  TITLE_MIN_LENGTH,
  vacancyReferenceViolations,
  VacancyRule,
  vacancyViolations,
} from './vacancy-rules';
export type {
  NormalizedVacancyDraft,
  VacancyDraft,
  VacancyReferences,
  VacancyRuleContext,
} from './vacancy-rules';
