import type { EntityManager } from 'typeorm';
import { OccupationEntity, SkillEntity, showLabel } from '@werkmatch/taxonomy/data-access';
import { TALENT_PROFILE_ERASED } from '@werkmatch/talent-profiles/domain';
import { TalentProfileEntity } from './talent-profile.entity';
import { TalentProfileOccupationEntity } from './talent-profile-occupation.entity';
import { TalentProfileSkillEntity } from './talent-profile-skill.entity';
import { recordTalentProfileEvent } from './talent-profile-outbox';

/**
 * Everything the platform keeps in the person's talent profile, the coach's assessment included (the right of
 * access covers what others recorded about them); null when they have none.
 */
export async function exportTalentProfile(
  manager: EntityManager,
  jobSeekerId: string,
): Promise<Record<string, unknown> | null> {
  const profile = await manager.getRepository(TalentProfileEntity).findOneBy({ jobSeekerId });
  if (!profile) return null;
  const skills = await manager.getRepository(TalentProfileSkillEntity).find({
    where: { profileId: profile.id },
    relations: { skill: true },
    order: { position: 'ASC' },
  });
  const occupations = await manager.getRepository(TalentProfileOccupationEntity).find({
    where: { profileId: profile.id },
    relations: { occupation: true },
    order: { position: 'ASC' },
  });
  const label = (concept: SkillEntity | OccupationEntity | undefined) =>
    concept ? showLabel(concept).label : null;
  return {
    id: profile.id,
    status: profile.status,
    headline: profile.headline,
    talents: profile.talents,
    skills: skills.map((link) => ({
      skillId: link.skillId,
      uri: link.skill?.uri ?? null,
      label: label(link.skill),
      level: link.level,
    })),
    workExperience: profile.workExperience,
    educationLevel: profile.educationLevel,
    diplomas: profile.diplomas,
    languages: profile.languages,
    hoursMin: profile.hoursMin,
    hoursMax: profile.hoursMax,
    earliestStart: profile.earliestStart,
    postcode: profile.postcode,
    municipalityCode: profile.municipalityCode,
    regionId: profile.regionId,
    travelKm: profile.travelKm,
    drivingLicences: profile.drivingLicences,
    transportModes: profile.transportModes,
    wantedOccupations: occupations.map((link) => ({
      occupationId: link.occupationId,
      uri: link.occupation?.uri ?? null,
      label: label(link.occupation),
    })),
    wantedRouteTypes: profile.wantedRouteTypes,
    coachAssessment: {
      participationLevel: profile.participationLevel,
      supportNeeds: profile.supportNeeds,
      targetGroups: profile.targetGroups,
    },
    publishedAt: profile.publishedAt,
    pausedAt: profile.pausedAt,
    pauseReason: profile.pauseReason,
    confirmedAt: profile.confirmedAt,
    confirmationRequestedAt: profile.confirmationRequestedAt,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
  };
}

/**
 * Deletes the person's talent profile and its links, and tells search and matching (`talent-profile.erased`)
 * when there was one; inside the erasure's transaction. Returns whether there was a profile.
 */
export async function eraseTalentProfile(
  manager: EntityManager,
  jobSeekerId: string,
): Promise<boolean> {
  const profile = await manager
    .getRepository(TalentProfileEntity)
    .findOne({ where: { jobSeekerId }, lock: { mode: 'pessimistic_write' } });
  if (!profile) return false;
  await manager.delete(TalentProfileSkillEntity, { profileId: profile.id });
  await manager.delete(TalentProfileOccupationEntity, { profileId: profile.id });
  await manager.delete(TalentProfileEntity, { id: profile.id });
  await recordTalentProfileEvent(manager, profile, TALENT_PROFILE_ERASED);
  return true;
}
