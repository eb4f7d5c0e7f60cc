import { VacancyEntity } from './vacancy.entity';
import { VacancySkillEntity } from './vacancy-skill.entity';

export { VacancyEntity, VacancySkillEntity };

/** The vacancy tables, for the platform's entity list. */
export const VACANCY_ENTITIES = [VacancyEntity, VacancySkillEntity];

export { ExpireVacanciesJob } from './expire-vacancies.job';
export { expireVacanciesPastClosingDate } from './vacancy-expiry';
export type { ExpiryResult } from './vacancy-expiry';
export { loadVacancyDocuments } from './vacancy-documents';
export type { VacancyDocument, VacancyDocumentConcept } from './vacancy-documents';
export { replaceVacancySkills } from './vacancy-skills';
export { vacancyContentColumns } from './vacancy-content';
export type { VacancyContent, VacancyContentColumns } from './vacancy-content';
