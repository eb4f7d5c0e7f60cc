import type {
  CefrLevel,
  DrivingLicence,
  EducationLevel,
  RouteType,
  SkillLevel,
  TransportMode,
} from '@werkmatch/work/domain';
import type {
  DiplomaRecord,
  LanguageRecord,
  TalentRecord,
  WorkExperienceRecord,
} from './talent-profile';
import { dutchLevelOf } from './talent-profile';

/** A taxonomy label as shown: Dutch where ESCO has one, English otherwise (`labelLanguage` says which). */
export interface ShownConcept {
  id: string;
  label: string;
  labelLanguage: 'NL' | 'EN';
}

export interface AnonymisedSkill extends ShownConcept {
  level: SkillLevel;
}

export interface AnonymisedWorkExperience {
  title: string;
  employer: string | null;
  occupation: ShownConcept | null;
  from: string;
  until: string | null;
  description: string | null;
}

export interface AnonymisedDiploma {
  title: string;
  level: EducationLevel | null;
}

/**
 * Where the person can work from, coarse on purpose: municipality and region by name, and the centre of the
 * 4-digit postcode area for distances. Never the exact postcode or an address.
 */
export interface AnonymisedArea {
  municipalityCode: string | null;
  municipalityName: string | null;
  regionId: string | null;
  regionName: string | null;
  /** Centre of the postcode area (PC4), not of the home. */
  lat: number;
  lon: number;
}

/**
 * THE anonymised talent profile: all an employer sees before an approved match, and what the search index
 * holds. No name, contact data, date of birth, photo, exact postcode or address, no target groups, support
 * needs or participation level (coach's assessments), no text the person marked private, and no account id
 * that could tie it to a person. Only `anonymiseTalentProfile` makes one.
 */
export interface AnonymisedTalentProfile {
  id: string;
  /** Raised by every change; an index or a match proposal records which version it saw. */
  version: number;
  headline: string | null;
  talents: string[];
  skills: AnonymisedSkill[];
  workExperience: AnonymisedWorkExperience[];
  educationLevel: EducationLevel | null;
  diplomas: AnonymisedDiploma[];
  languages: LanguageRecord[];
  dutchLevel: CefrLevel | null;
  hoursMin: number | null;
  hoursMax: number | null;
  earliestStart: string | null;
  area: AnonymisedArea | null;
  travelKm: number | null;
  drivingLicences: DrivingLicence[];
  transportModes: TransportMode[];
  wantedOccupations: ShownConcept[];
  wantedRouteTypes: RouteType[];
}

/**
 * What anonymisation reads of a stored profile. A wider object (the whole stored row with its postcode, target
 * groups and support needs) may be passed: only the fields named in `anonymiseTalentProfile` are copied.
 */
export interface AnonymisationSource {
  id: string;
  version: number;
  headline: string | null;
  talents: readonly TalentRecord[];
  workExperience: readonly WorkExperienceRecord[];
  educationLevel: EducationLevel | null;
  diplomas: readonly DiplomaRecord[];
  languages: readonly LanguageRecord[];
  hoursMin: number | null;
  hoursMax: number | null;
  earliestStart: string | null;
  municipalityCode: string | null;
  regionId: string | null;
  lat: number | null;
  lon: number | null;
  travelKm: number | null;
  drivingLicences: readonly DrivingLicence[];
  transportModes: readonly TransportMode[];
  wantedRouteTypes: readonly RouteType[];
}

/** The profile's relations and reference names, loaded alongside it. */
export interface AnonymisationReferences {
  /** The person's skills in their order. */
  skills: readonly { skillId: string; level: SkillLevel }[];
  /** The wanted occupations in their order. */
  wantedOccupationIds: readonly string[];
  skillLabels: ReadonlyMap<string, { label: string; labelLanguage: 'NL' | 'EN' }>;
  /** Labels of wanted occupations and of occupations named in work experience. */
  occupationLabels: ReadonlyMap<string, { label: string; labelLanguage: 'NL' | 'EN' }>;
  municipalityName: string | null;
  regionName: string | null;
}

function concept(
  id: string,
  labels: ReadonlyMap<string, { label: string; labelLanguage: 'NL' | 'EN' }>,
): ShownConcept | null {
  const shown = labels.get(id);
  return shown ? { id, label: shown.label, labelLanguage: shown.labelLanguage } : null;
}

/**
 * The one way to make an `AnonymisedTalentProfile`. An allow-list: every field is copied by name into a new
 * object, never by spreading the source, so a field added to the stored profile stays out until it is named
 * here. Private talents and work experience are left out entirely.
 */
export function anonymiseTalentProfile(
  profile: AnonymisationSource,
  refs: AnonymisationReferences,
): AnonymisedTalentProfile {
  return {
    id: profile.id,
    version: profile.version,
    headline: profile.headline,
    talents: profile.talents.filter((talent) => !talent.private).map((talent) => talent.text),
    skills: refs.skills.flatMap((skill) => {
      const shown = concept(skill.skillId, refs.skillLabels);
      return shown
        ? [
            {
              id: shown.id,
              label: shown.label,
              labelLanguage: shown.labelLanguage,
              level: skill.level,
            },
          ]
        : [];
    }),
    workExperience: profile.workExperience
      .filter((work) => !work.private)
      .map((work) => ({
        title: work.title,
        employer: work.employer,
        occupation: work.occupationId ? concept(work.occupationId, refs.occupationLabels) : null,
        from: work.from,
        until: work.until,
        description: work.description,
      })),
    educationLevel: profile.educationLevel,
    // The year a diploma was obtained is left out: it tells an age nearly as well as a date of birth.
    diplomas: profile.diplomas.map((diploma) => ({ title: diploma.name, level: diploma.level })),
    languages: profile.languages.map((language) => ({
      code: language.code,
      level: language.level,
    })),
    dutchLevel: dutchLevelOf(profile.languages),
    hoursMin: profile.hoursMin,
    hoursMax: profile.hoursMax,
    earliestStart: profile.earliestStart,
    area:
      profile.lat !== null && profile.lon !== null
        ? {
            municipalityCode: profile.municipalityCode,
            municipalityName: refs.municipalityName,
            regionId: profile.regionId,
            regionName: refs.regionName,
            lat: profile.lat,
            lon: profile.lon,
          }
        : null,
    travelKm: profile.travelKm,
    drivingLicences: [...profile.drivingLicences],
    transportModes: [...profile.transportModes],
    wantedOccupations: refs.wantedOccupationIds.flatMap((id) => {
      const shown = concept(id, refs.occupationLabels);
      return shown ? [shown] : [];
    }),
    wantedRouteTypes: [...profile.wantedRouteTypes],
  };
}
