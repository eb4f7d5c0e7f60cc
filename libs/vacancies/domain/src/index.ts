export { FINAL_VACANCY_STATUSES, VacancyStatus } from './vacancy-status';
