import { VacancyEntity } from './vacancy.entity';
import { VacancySkillEntity } from './vacancy-skill.entity';

export { VacancyEntity, VacancySkillEntity };

/** The vacancy tables, for the platform's entity list. */
export const VACANCY_ENTITIES = [VacancyEntity, VacancySkillEntity];
