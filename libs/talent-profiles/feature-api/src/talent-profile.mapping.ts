import type {
  TalentProfileEntity,
  TalentProfileOccupationEntity,
  TalentProfileSkillEntity,
} from '@werkmatch/talent-profiles/data-access';
import { lifecycleOf } from '@werkmatch/talent-profiles/data-access';
import { confirmationDueAt, TalentProfileContent } from '@werkmatch/talent-profiles/domain';
import type { TalentProfile } from './talent-profile.model';

/** The full profile for its owner, their coach or an administrator. */
export function toTalentProfile(row: TalentProfileEntity): TalentProfile {
  return {
    id: row.id,
    jobSeekerId: row.jobSeekerId,
    status: row.status,
    headline: row.headline,
    talents: row.talents.map((talent) => ({ text: talent.text, private: talent.private })),
    workExperience: row.workExperience.map((work) => ({
      title: work.title,
      employer: work.employer,
      occupationId: work.occupationId,
      from: work.from,
      until: work.until,
      description: work.description,
      private: work.private,
    })),
    educationLevel: row.educationLevel,
    diplomas: row.diplomas.map((d) => ({ name: d.name, level: d.level, year: d.year })),
    languages: row.languages.map((l) => ({ code: l.code, level: l.level })),
    dutchLevel: row.dutchLevel,
    hours:
      row.hoursMin !== null && row.hoursMax !== null
        ? { min: row.hoursMin, max: row.hoursMax }
        : null,
    earliestStart: row.earliestStart,
    postcode: row.postcode,
    municipalityCode: row.municipalityCode,
    regionId: row.regionId,
    travelKm: row.travelKm,
    drivingLicences: row.drivingLicences,
    transportModes: row.transportModes,
    wantedRouteTypes: row.wantedRouteTypes,
    participationLevel: row.participationLevel,
    supportNeeds: row.supportNeeds,
    targetGroups: row.targetGroups,
    publishedAt: row.publishedAt,
    pausedAt: row.pausedAt,
    pauseReason: row.pauseReason,
    confirmedAt: row.confirmedAt,
    confirmationRequestedAt: row.confirmationRequestedAt,
    confirmationDueAt: confirmationDueAt(lifecycleOf(row)),
    version: row.version,
    updatedByUserId: row.updatedByUserId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** The profile as the domain's completeness rules see it, from the GraphQL object and its loaded links. */
export function contentOfProfile(
  profile: TalentProfile,
  skills: readonly Pick<TalentProfileSkillEntity, 'skillId' | 'level'>[],
  occupations: readonly Pick<TalentProfileOccupationEntity, 'occupationId'>[],
): TalentProfileContent {
  return {
    headline: profile.headline,
    talents: profile.talents,
    skills: skills.map((skill) => ({ skillId: skill.skillId, level: skill.level })),
    workExperience: profile.workExperience,
    educationLevel: profile.educationLevel,
    diplomas: profile.diplomas,
    languages: profile.languages,
    hours: profile.hours,
    earliestStart: profile.earliestStart,
    postcode: profile.postcode,
    travelKm: profile.travelKm,
    drivingLicences: profile.drivingLicences,
    transportModes: profile.transportModes,
    wantedOccupationIds: occupations.map((occupation) => occupation.occupationId),
    wantedRouteTypes: profile.wantedRouteTypes,
  };
}
