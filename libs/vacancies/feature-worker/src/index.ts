export { VacanciesWorkerModule } from './vacancies-worker.module';
export {
  EXPIRE_VACANCIES_PATTERN,
  EXPIRE_VACANCIES_SCHEDULER_ID,
  ExpireVacanciesProcessor,
} from './expire-vacancies.processor';
