import { DUTCH } from '@werkmatch/work/domain';
import type {
  CefrLevel,
  DrivingLicence,
  EducationLevel,
  HoursRange,
  RouteType,
  SkillLevel,
  SupportNeed,
  TargetGroup,
  TransportMode,
} from '@werkmatch/work/domain';

/** A strength in the person's own words; `private` keeps it from employers until an approved match. */
export interface TalentRecord {
  text: string;
  private: boolean;
}

export interface WorkExperienceRecord {
  title: string;
  employer: string | null;
  occupationId: string | null;
  /** `YYYY-MM`. */
  from: string;
  /** `YYYY-MM`; null while it lasts. */
  until: string | null;
  description: string | null;
  private: boolean;
}

export interface DiplomaRecord {
  name: string;
  level: EducationLevel | null;
  year: number | null;
}

export interface LanguageRecord {
  /** ISO 639-1, lower case: `nl`, `en`, `ar`. */
  code: string;
  level: CefrLevel;
}

/** A skill of the person: an ESCO reference with their own assessment. */
export interface ProfileSkill {
  skillId: string;
  level: SkillLevel;
}

/**
 * What the person (or their coach on their behalf) writes in a talent profile, as the rules see it. Lists keep
 * the order the person gave.
 */
export interface TalentProfileContent {
  headline: string | null;
  talents: TalentRecord[];
  skills: ProfileSkill[];
  workExperience: WorkExperienceRecord[];
  educationLevel: EducationLevel | null;
  diplomas: DiplomaRecord[];
  languages: LanguageRecord[];
  hours: HoursRange | null;
  /** `YYYY-MM-DD`. */
  earliestStart: string | null;
  /** `1234 AB` or `1234`, as written back to the person. */
  postcode: string | null;
  travelKm: number | null;
  drivingLicences: DrivingLicence[];
  transportModes: TransportMode[];
  wantedOccupationIds: string[];
  wantedRouteTypes: RouteType[];
}

/** Set by a coach only: their assessment, sensitive, never shown to employers. */
export interface CoachAssessment {
  /** Participatieladder 1–6. */
  participationLevel: number | null;
  supportNeeds: SupportNeed[];
  targetGroups: TargetGroup[];
}

/** A save: a field left out stays as it is; a list given replaces the list; null clears. */
export type TalentProfileChanges = { [K in keyof TalentProfileContent]?: TalentProfileContent[K] };
export type AssessmentChanges = { [K in keyof CoachAssessment]?: CoachAssessment[K] };

export const EMPTY_TALENT_PROFILE: Readonly<TalentProfileContent> = Object.freeze({
  headline: null,
  talents: [],
  skills: [],
  workExperience: [],
  educationLevel: null,
  diplomas: [],
  languages: [],
  hours: null,
  earliestStart: null,
  postcode: null,
  travelKm: null,
  drivingLicences: [],
  transportModes: [],
  wantedOccupationIds: [],
  wantedRouteTypes: [],
});

/** The Dutch level among the languages (Dutch is always asked): what the `dutchLevel` column holds. */
export function dutchLevelOf(languages: readonly LanguageRecord[]): CefrLevel | null {
  return languages.find((language) => language.code === DUTCH)?.level ?? null;
}
