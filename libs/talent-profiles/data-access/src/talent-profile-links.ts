import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import type { ProfileSkill } from '@werkmatch/talent-profiles/domain';
import { TalentProfileOccupationEntity } from './talent-profile-occupation.entity';
import { TalentProfileSkillEntity } from './talent-profile-skill.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids PostgreSQL accepts as uuid; a malformed one can name no row, and would fail the whole query. */
export function wellFormedIds(ids: readonly string[]): string[] {
  return [...new Set(ids.filter((id) => UUID.test(id)))];
}

/** For DataLoaders: the skill links of these profiles, each profile's in the person's order. */
export function findSkillLinks(
  db: DataSource | EntityManager,
  profileIds: readonly string[],
): Promise<TalentProfileSkillEntity[]> {
  const ids = wellFormedIds(profileIds);
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .getRepository(TalentProfileSkillEntity)
    .find({ where: { profileId: In(ids) }, order: { profileId: 'ASC', position: 'ASC' } });
}

/** For DataLoaders: the wanted-occupation links of these profiles, in the person's order. */
export function findOccupationLinks(
  db: DataSource | EntityManager,
  profileIds: readonly string[],
): Promise<TalentProfileOccupationEntity[]> {
  const ids = wellFormedIds(profileIds);
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .getRepository(TalentProfileOccupationEntity)
    .find({ where: { profileId: In(ids) }, order: { profileId: 'ASC', position: 'ASC' } });
}

/** A list given in a save replaces the list: delete and insert, inside the save's transaction. */
export async function replaceSkillLinks(
  manager: EntityManager,
  profileId: string,
  skills: readonly ProfileSkill[],
): Promise<void> {
  await manager.delete(TalentProfileSkillEntity, { profileId });
  if (skills.length === 0) return;
  await manager.insert(
    TalentProfileSkillEntity,
    skills.map((skill, position) => ({
      profileId,
      skillId: skill.skillId,
      level: skill.level,
      position,
    })),
  );
}

export async function replaceOccupationLinks(
  manager: EntityManager,
  profileId: string,
  occupationIds: readonly string[],
): Promise<void> {
  await manager.delete(TalentProfileOccupationEntity, { profileId });
  if (occupationIds.length === 0) return;
  await manager.insert(
    TalentProfileOccupationEntity,
    occupationIds.map((occupationId, position) => ({ profileId, occupationId, position })),
  );
}
