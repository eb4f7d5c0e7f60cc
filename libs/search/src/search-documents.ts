import type {
  CefrLevel,
  EducationLevel,
  HoursRange,
  InclusiveOption,
  RouteType,
} from '@werkmatch/work/domain';

/** The two indexes. The values are the index names in Meilisearch (after an optional prefix). */
export enum SearchIndexName {
  Vacancies = 'vacancies',
  TalentProfiles = 'talent-profiles',
}

/** A point in WGS84 degrees. */
export interface GeoPoint {
  lat: number;
  lon: number;
}

export interface SearchSkill {
  id: string;
  /** The label shown (Dutch where ESCO has one, English otherwise); searchable. */
  label: string;
}

export interface SearchOccupation {
  id: string;
  label: string;
  /** The four-digit ISCO-08 unit group, e.g. `5322` (home-based personal care workers). */
  iscoGroupCode: string;
}

/**
 * What the `vacancies` index holds of a published vacancy: plain data, everything in it may be shown to anyone who
 * may search vacancies. Dates are ISO 8601 strings.
 */
export interface VacancySearchDocument {
  id: string;
  title: string;
  description: string;
  routeType: RouteType;
  occupations: SearchOccupation[];
  skills: SearchSkill[];
  hours: HoursRange;
  /** The education level asked for; null when none is asked. */
  educationLevel: EducationLevel | null;
  /** The Dutch level asked for at least; null when none is asked. */
  minDutchLevel: CefrLevel | null;
  inclusiveOptions: InclusiveOption[];
  regionId: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  /** The centre of the workplace's postcode area; null for remote work without a place. */
  location: GeoPoint | null;
  publishedAt: string;
  updatedAt: string;
}

/**
 * What the `talent-profiles` index holds of a published talent profile. It is filled ONLY from the anonymised
 * profile (`AnonymisedTalentProfile` of talent-profiles) and so never holds the person's name, contact data, exact
 * postcode, age, target groups, support needs or the texts the person marked private: an employer searching this
 * index can neither find a profile by those nor see them in a hit. A field added here becomes searchable or
 * returned, so a new one needs the same care.
 */
export interface TalentProfileSearchDocument {
  /** The profile's id, never the person's account id. */
  id: string;
  headline: string | null;
  /** The talents the person made visible to employers, in their own words. */
  talents: string[];
  wantedRouteTypes: RouteType[];
  /** The occupations the person wants to work in. */
  occupations: SearchOccupation[];
  skills: SearchSkill[];
  /** Hours per week the person is available; null when not given. */
  hours: HoursRange | null;
  educationLevel: EducationLevel | null;
  dutchLevel: CefrLevel | null;
  regionId: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  /** The centre of the person's 4-digit postcode area (thousands of addresses), never the address itself. */
  location: GeoPoint | null;
  publishedAt: string;
  updatedAt: string;
}

/**
 * The fields of each document type, in the order of the types above. Whatever an engine stores or returns is cut
 * to these, so an extra property smuggled into a document (a cast, a spread of an entity) is neither searchable
 * nor returned. A test keeps them equal to the types.
 */
export const VACANCY_DOCUMENT_FIELDS = [
  'id',
  'title',
  'description',
  'routeType',
  'occupations',
  'skills',
  'hours',
  'educationLevel',
  'minDutchLevel',
  'inclusiveOptions',
  'regionId',
  'municipalityCode',
  'municipalityName',
  'location',
  'publishedAt',
  'updatedAt',
] as const satisfies readonly (keyof VacancySearchDocument)[];

export const TALENT_PROFILE_DOCUMENT_FIELDS = [
  'id',
  'headline',
  'talents',
  'wantedRouteTypes',
  'occupations',
  'skills',
  'hours',
  'educationLevel',
  'dutchLevel',
  'regionId',
  'municipalityCode',
  'municipalityName',
  'location',
  'publishedAt',
  'updatedAt',
] as const satisfies readonly (keyof TalentProfileSearchDocument)[];

// Compile-time check that the lists name every field: a field missing from a list fails here.
type Missing<T, L extends readonly (keyof T)[]> = Exclude<keyof T, L[number]>;
const allVacancyFields: [Missing<VacancySearchDocument, typeof VACANCY_DOCUMENT_FIELDS>] extends [
  never,
]
  ? true
  : never = true;
const allProfileFields: [
  Missing<TalentProfileSearchDocument, typeof TALENT_PROFILE_DOCUMENT_FIELDS>,
] extends [never]
  ? true
  : never = true;
void allVacancyFields;
void allProfileFields;

/** Which document type belongs to which index. */
export interface SearchDocuments {
  [SearchIndexName.Vacancies]: VacancySearchDocument;
  [SearchIndexName.TalentProfiles]: TalentProfileSearchDocument;
}
