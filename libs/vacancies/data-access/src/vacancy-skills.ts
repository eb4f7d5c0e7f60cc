import type { EntityManager } from 'typeorm';
import { VacancySkillEntity } from './vacancy-skill.entity';

/** Replaces a vacancy's skills with these lists, keeping the order the employer gave (`position`). */
export async function replaceVacancySkills(
  manager: EntityManager,
  vacancyId: string,
  requiredSkillIds: readonly string[],
  niceToHaveSkillIds: readonly string[],
): Promise<void> {
  await manager.delete(VacancySkillEntity, { vacancyId });
  const rows = [
    ...requiredSkillIds.map((skillId, position) => ({ skillId, required: true, position })),
    ...niceToHaveSkillIds.map((skillId, position) => ({ skillId, required: false, position })),
  ].map((row) => ({ ...row, vacancyId }));
  if (rows.length > 0) await manager.insert(VacancySkillEntity, rows);
}
