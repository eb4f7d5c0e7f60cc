export { VacanciesApiModule } from './vacancies-api.module';
export { VacancyPolicies } from './vacancy.policies';
export { Vacancy, VacancyPage } from './vacancy.model';
export { VacanciesService } from './vacancies.service';
export type { VacancyInput } from './vacancy.input';
export { toVacancy } from './vacancy.mapping';
