import type {
  CoachAssessment,
  LifecycleState,
  TalentProfileContent,
} from '@werkmatch/talent-profiles/domain';
import type { TalentProfileEntity } from './talent-profile.entity';
import type { TalentProfileOccupationEntity } from './talent-profile-occupation.entity';
import type { TalentProfileSkillEntity } from './talent-profile-skill.entity';

/** The stored profile as the domain's rules see it (completeness, publication). */
export function contentOf(
  profile: TalentProfileEntity,
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
    hours:
      profile.hoursMin !== null && profile.hoursMax !== null
        ? { min: profile.hoursMin, max: profile.hoursMax }
        : null,
    earliestStart: profile.earliestStart,
    postcode: profile.postcode,
    travelKm: profile.travelKm,
    drivingLicences: profile.drivingLicences,
    transportModes: profile.transportModes,
    wantedOccupationIds: occupations.map((occupation) => occupation.occupationId),
    wantedRouteTypes: profile.wantedRouteTypes,
  };
}

export function assessmentOf(profile: TalentProfileEntity): CoachAssessment {
  return {
    participationLevel: profile.participationLevel,
    supportNeeds: profile.supportNeeds,
    targetGroups: profile.targetGroups,
  };
}

export function lifecycleOf(profile: TalentProfileEntity): LifecycleState {
  return {
    status: profile.status,
    publishedAt: profile.publishedAt,
    pausedAt: profile.pausedAt,
    pauseReason: profile.pauseReason,
    confirmedAt: profile.confirmedAt,
    confirmationRequestedAt: profile.confirmationRequestedAt,
  };
}
