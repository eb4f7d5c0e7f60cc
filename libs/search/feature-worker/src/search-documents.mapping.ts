import type { TalentProfileSearchDocument, VacancySearchDocument } from '@werkmatch/search';
import type { AnonymisedTalentProfile } from '@werkmatch/talent-profiles/domain';
import type { VacancyDocument } from '@werkmatch/vacancies/data-access';
import { VacancyStatus } from '@werkmatch/vacancies/domain';

/** The search document of a vacancy, or null when it must not be in the index (anything but PUBLISHED). */
export function vacancySearchDocument(vacancy: VacancyDocument): VacancySearchDocument | null {
  if (vacancy.status !== VacancyStatus.PUBLISHED) return null;
  const updatedAt = vacancy.updatedAt.toISOString();
  return {
    id: vacancy.id,
    title: vacancy.title,
    description: vacancy.description,
    routeType: vacancy.routeType,
    occupations: vacancy.occupation ? [vacancy.occupation] : [],
    // Nice-to-have skills are searched and filtered on as much as required ones: a person has them or not.
    skills: [...vacancy.requiredSkills, ...vacancy.niceToHaveSkills].map(({ id, label }) => ({
      id,
      label,
    })),
    hours: { min: vacancy.hoursMin, max: vacancy.hoursMax },
    educationLevel: vacancy.educationLevel,
    minDutchLevel: vacancy.minDutchLevel,
    inclusiveOptions: vacancy.inclusiveOptions,
    regionId: vacancy.regionId,
    municipalityCode: vacancy.municipalityCode,
    municipalityName: vacancy.municipalityName,
    location:
      vacancy.lat !== null && vacancy.lon !== null ? { lat: vacancy.lat, lon: vacancy.lon } : null,
    publishedAt: vacancy.publishedAt?.toISOString() ?? updatedAt,
    updatedAt,
  };
}

/** What the index needs besides the anonymised profile: dates and ISCO groups (neither says who the person is). */
export interface ProfileIndexFacts {
  publishedAt: Date | null;
  updatedAt: Date;
  /** ISCO-08 unit group of each wanted occupation. */
  iscoGroupCodes: ReadonlyMap<string, string>;
}

/**
 * The search document of a published profile, made from the anonymised profile and nothing else of the person:
 * whatever the anonymised profile leaves out (name, contact, postcode, target groups, support needs, private
 * texts) cannot reach the index.
 */
export function talentProfileSearchDocument(
  profile: AnonymisedTalentProfile,
  facts: ProfileIndexFacts,
): TalentProfileSearchDocument {
  const updatedAt = facts.updatedAt.toISOString();
  return {
    id: profile.id,
    headline: profile.headline,
    talents: profile.talents,
    wantedRouteTypes: profile.wantedRouteTypes,
    occupations: profile.wantedOccupations.flatMap(({ id, label }) => {
      const iscoGroupCode = facts.iscoGroupCodes.get(id);
      return iscoGroupCode ? [{ id, label, iscoGroupCode }] : [];
    }),
    skills: profile.skills.map(({ id, label }) => ({ id, label })),
    hours:
      profile.hoursMin !== null && profile.hoursMax !== null
        ? { min: profile.hoursMin, max: profile.hoursMax }
        : null,
    educationLevel: profile.educationLevel,
    dutchLevel: profile.dutchLevel,
    regionId: profile.area?.regionId ?? null,
    municipalityCode: profile.area?.municipalityCode ?? null,
    municipalityName: profile.area?.municipalityName ?? null,
    location: profile.area ? { lat: profile.area.lat, lon: profile.area.lon } : null,
    publishedAt: facts.publishedAt?.toISOString() ?? updatedAt,
    updatedAt,
  };
}
