import {
  CefrLevel,
  cefrRank,
  EducationLevel,
  educationRank,
  type HoursRange,
  hoursOverlap,
  InclusiveOption,
  RouteType,
} from '@werkmatch/work/domain';
import type { FieldViolation } from '@werkmatch/shared/errors';
import {
  type GeoPoint,
  type SearchOccupation,
  type SearchSkill,
  SearchIndexName,
  TALENT_PROFILE_DOCUMENT_FIELDS,
  type TalentProfileSearchDocument,
  VACANCY_DOCUMENT_FIELDS,
  type VacancySearchDocument,
} from './search-documents';
import { HOURS_BAND_RANGES, HoursBand } from './search-request';
import { cleanText } from './search-text';

/**
 * One document as the engines index it: the declared document (all an engine ever returns) and what is derived
 * from it for searching, filtering, facets and sorting. Levels are ranks, -1 when the document has none, so that
 * "at most" keeps documents without a level and "at least" drops them.
 */
export interface IndexedRecord {
  id: string;
  document: Record<string, unknown>;
  /** Weighted text, most important first. */
  title: string;
  keywords: string[];
  body: string[];
  place: string | null;
  routeTypes: RouteType[];
  hoursMin: number | null;
  hoursMax: number | null;
  hoursBands: HoursBand[];
  educationRank: number;
  dutchRank: number;
  dutchLevel: CefrLevel | null;
  inclusiveOptions: InclusiveOption[];
  regionId: string | null;
  skillIds: string[];
  occupationIds: string[];
  /** Every prefix of every ISCO group code, so that a group at any level is one equality filter. */
  iscoPrefixes: string[];
  location: GeoPoint | null;
  /** What DATE sorts on (ISO 8601). */
  sortDate: string;
  updatedAt: string;
}

export interface SearchIndexDefinition<D> {
  readonly name: SearchIndexName;
  readonly fields: readonly (keyof D & string)[];
  /** Text fields whose matches a hit highlights; the first is short (shown whole), the others are cut. */
  readonly highlightFields: readonly (keyof D & string)[];
  /** Whether the index knows the `inclusiveOptions` filter. */
  readonly inclusiveOptions: boolean;
  /** Meilisearch's searchable attributes, most important first (document fields and `f_*` derived ones). */
  readonly meilisearchSearchable: readonly string[];
  /** Cuts a document to its declared fields (also inside nested objects) and cleans its texts. */
  project(document: D): D;
  violations(document: D, path: string): FieldViolation[];
  toRecord(document: D): IndexedRecord;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISCO = /^\d{4}$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

const text = (value: unknown): string => (typeof value === 'string' ? cleanText(value) : '');
const optionalText = (value: unknown): string | null =>
  typeof value === 'string' ? cleanText(value) : null;
const id = (value: unknown): string => (typeof value === 'string' ? value.toLowerCase() : '');
const optionalId = (value: unknown): string | null =>
  typeof value === 'string' ? value.toLowerCase() : null;
const list = <T>(value: unknown): T[] => (Array.isArray(value) ? (value as T[]) : []);

function projectSkills(value: unknown): SearchSkill[] {
  return list<SearchSkill>(value).map((skill) => ({
    id: id(skill?.id),
    label: text(skill?.label),
  }));
}

function projectOccupations(value: unknown): SearchOccupation[] {
  return list<SearchOccupation>(value).map((occupation) => ({
    id: id(occupation?.id),
    label: text(occupation?.label),
    iscoGroupCode: text(occupation?.iscoGroupCode),
  }));
}

function projectHours(value: HoursRange | null | undefined): HoursRange | null {
  return value ? { min: value.min, max: value.max } : null;
}

function projectLocation(value: GeoPoint | null | undefined): GeoPoint | null {
  return value ? { lat: value.lat, lon: value.lon } : null;
}

function hoursBands(hours: HoursRange | null): HoursBand[] {
  if (!hours) return [];
  return (Object.keys(HOURS_BAND_RANGES) as HoursBand[]).filter((band) =>
    hoursOverlap(HOURS_BAND_RANGES[band], hours),
  );
}

function iscoPrefixes(occupations: SearchOccupation[]): string[] {
  const prefixes = new Set<string>();
  for (const { iscoGroupCode } of occupations)
    for (let length = 1; length <= iscoGroupCode.length; length++)
      prefixes.add(iscoGroupCode.slice(0, length));
  return [...prefixes].sort();
}

const rank = <L>(level: L | null, rankOf: (level: L) => number) =>
  level === null ? -1 : rankOf(level);

class Violations {
  readonly list: FieldViolation[] = [];
  constructor(private readonly path: string) {}

  check(ok: boolean, field: string, rule: string): void {
    if (!ok) this.list.push({ field: `${this.path}.${field}`, rule });
  }
}

const isText = (value: unknown, max: number) => typeof value === 'string' && value.length <= max;
const isOneOf = <T extends string>(values: Record<string, T>, value: unknown): value is T =>
  typeof value === 'string' && (Object.values(values) as string[]).includes(value);
const isDate = (value: unknown) =>
  typeof value === 'string' &&
  /^\d{4}-\d{2}-\d{2}T/.test(value) &&
  !Number.isNaN(Date.parse(value));

function commonViolations(
  v: Violations,
  document: {
    id: unknown;
    occupations: unknown;
    skills: unknown;
    hours: HoursRange | null;
    educationLevel: unknown;
    regionId: unknown;
    municipalityCode: unknown;
    municipalityName: unknown;
    location: GeoPoint | null;
    publishedAt: unknown;
    updatedAt: unknown;
  },
): void {
  v.check(isUuid(document.id), 'id', 'a UUID');
  const occupations = list<SearchOccupation>(document.occupations);
  v.check(Array.isArray(document.occupations), 'occupations', 'a list');
  occupations.forEach((occupation, index) => {
    v.check(isUuid(occupation?.id), `occupations[${index}].id`, 'a UUID');
    v.check(isText(occupation?.label, 500), `occupations[${index}].label`, 'a text');
    v.check(
      ISCO.test(String(occupation?.iscoGroupCode)),
      `occupations[${index}].iscoGroupCode`,
      'four digits',
    );
  });
  v.check(Array.isArray(document.skills), 'skills', 'a list');
  list<SearchSkill>(document.skills).forEach((skill, index) => {
    v.check(isUuid(skill?.id), `skills[${index}].id`, 'a UUID');
    v.check(isText(skill?.label, 500), `skills[${index}].label`, 'a text');
  });
  const hours = document.hours;
  if (hours !== null)
    v.check(
      Number.isInteger(hours?.min) && Number.isInteger(hours?.max) && hours.min <= hours.max,
      'hours',
      'whole hours, min at most max',
    );
  v.check(
    document.educationLevel === null || isOneOf(EducationLevel, document.educationLevel),
    'educationLevel',
    'an education level or null',
  );
  v.check(document.regionId === null || isUuid(document.regionId), 'regionId', 'a UUID or null');
  v.check(
    document.municipalityCode === null || isText(document.municipalityCode, 6),
    'municipalityCode',
    'a municipality code or null',
  );
  v.check(
    document.municipalityName === null || isText(document.municipalityName, 100),
    'municipalityName',
    'a text or null',
  );
  const location = document.location;
  if (location !== null)
    v.check(
      Number.isFinite(location?.lat) &&
        Number.isFinite(location?.lon) &&
        Math.abs(location.lat) <= 90 &&
        Math.abs(location.lon) <= 180,
      'location',
      'latitude and longitude in degrees',
    );
  v.check(isDate(document.publishedAt), 'publishedAt', 'an ISO 8601 date-time');
  v.check(isDate(document.updatedAt), 'updatedAt', 'an ISO 8601 date-time');
}

export const VACANCY_INDEX: SearchIndexDefinition<VacancySearchDocument> = {
  name: SearchIndexName.Vacancies,
  fields: VACANCY_DOCUMENT_FIELDS,
  highlightFields: ['title', 'description'],
  inclusiveOptions: true,
  meilisearchSearchable: ['title', 'f_keywords', 'description', 'f_place'],

  project(d) {
    return {
      id: id(d.id),
      title: text(d.title),
      description: text(d.description),
      routeType: d.routeType,
      occupations: projectOccupations(d.occupations),
      skills: projectSkills(d.skills),
      hours: projectHours(d.hours) as HoursRange,
      educationLevel: d.educationLevel ?? null,
      minDutchLevel: d.minDutchLevel ?? null,
      inclusiveOptions: [...list<InclusiveOption>(d.inclusiveOptions)],
      regionId: optionalId(d.regionId),
      municipalityCode: optionalText(d.municipalityCode),
      municipalityName: optionalText(d.municipalityName),
      location: projectLocation(d.location),
      publishedAt: d.publishedAt,
      updatedAt: d.updatedAt,
    };
  },

  violations(d, path) {
    const v = new Violations(path);
    commonViolations(v, d);
    v.check(isText(d.title, 500) && d.title.trim().length > 0, 'title', 'a text');
    v.check(isText(d.description, 20_000), 'description', 'a text');
    v.check(isOneOf(RouteType, d.routeType), 'routeType', 'a route type');
    v.check(d.hours !== null, 'hours', 'a range of hours');
    v.check(
      d.minDutchLevel === null || isOneOf(CefrLevel, d.minDutchLevel),
      'minDutchLevel',
      'a CEFR level or null',
    );
    v.check(
      Array.isArray(d.inclusiveOptions) &&
        d.inclusiveOptions.every((option) => isOneOf(InclusiveOption, option)),
      'inclusiveOptions',
      'inclusive options',
    );
    return v.list;
  },

  toRecord(d) {
    return {
      id: d.id,
      document: { ...d },
      title: d.title,
      keywords: [...d.occupations.map((o) => o.label), ...d.skills.map((s) => s.label)],
      body: [d.description],
      place: d.municipalityName,
      routeTypes: [d.routeType],
      hoursMin: d.hours.min,
      hoursMax: d.hours.max,
      hoursBands: hoursBands(d.hours),
      educationRank: rank(d.educationLevel, educationRank),
      dutchRank: rank(d.minDutchLevel, cefrRank),
      dutchLevel: d.minDutchLevel,
      inclusiveOptions: d.inclusiveOptions,
      regionId: d.regionId,
      skillIds: d.skills.map((s) => s.id),
      occupationIds: d.occupations.map((o) => o.id),
      iscoPrefixes: iscoPrefixes(d.occupations),
      location: d.location,
      sortDate: d.publishedAt,
      updatedAt: d.updatedAt,
    };
  },
};

export const TALENT_PROFILE_INDEX: SearchIndexDefinition<TalentProfileSearchDocument> = {
  name: SearchIndexName.TalentProfiles,
  fields: TALENT_PROFILE_DOCUMENT_FIELDS,
  highlightFields: ['headline', 'talents'],
  inclusiveOptions: false,
  // No place: where a person lives is for the distance filter, not for finding them by name of their town.
  meilisearchSearchable: ['headline', 'f_keywords', 'talents'],

  project(d) {
    return {
      id: id(d.id),
      headline: optionalText(d.headline),
      talents: list<unknown>(d.talents).map(text),
      wantedRouteTypes: [...list<RouteType>(d.wantedRouteTypes)],
      occupations: projectOccupations(d.occupations),
      skills: projectSkills(d.skills),
      hours: projectHours(d.hours),
      educationLevel: d.educationLevel ?? null,
      dutchLevel: d.dutchLevel ?? null,
      regionId: optionalId(d.regionId),
      municipalityCode: optionalText(d.municipalityCode),
      municipalityName: optionalText(d.municipalityName),
      location: projectLocation(d.location),
      publishedAt: d.publishedAt,
      updatedAt: d.updatedAt,
    };
  },

  violations(d, path) {
    const v = new Violations(path);
    commonViolations(v, d);
    v.check(d.headline === null || isText(d.headline, 500), 'headline', 'a text or null');
    v.check(
      Array.isArray(d.talents) && d.talents.every((talent) => isText(talent, 2000)),
      'talents',
      'a list of texts',
    );
    v.check(
      Array.isArray(d.wantedRouteTypes) &&
        d.wantedRouteTypes.every((route) => isOneOf(RouteType, route)),
      'wantedRouteTypes',
      'route types',
    );
    v.check(
      d.dutchLevel === null || isOneOf(CefrLevel, d.dutchLevel),
      'dutchLevel',
      'a CEFR level or null',
    );
    return v.list;
  },

  toRecord(d) {
    return {
      id: d.id,
      document: { ...d },
      title: d.headline ?? '',
      keywords: [...d.occupations.map((o) => o.label), ...d.skills.map((s) => s.label)],
      body: d.talents,
      place: null,
      routeTypes: d.wantedRouteTypes,
      hoursMin: d.hours?.min ?? null,
      hoursMax: d.hours?.max ?? null,
      hoursBands: hoursBands(d.hours),
      educationRank: rank(d.educationLevel, educationRank),
      dutchRank: rank(d.dutchLevel, cefrRank),
      dutchLevel: d.dutchLevel,
      inclusiveOptions: [],
      regionId: d.regionId,
      skillIds: d.skills.map((s) => s.id),
      occupationIds: d.occupations.map((o) => o.id),
      iscoPrefixes: iscoPrefixes(d.occupations),
      location: d.location,
      sortDate: d.updatedAt,
      updatedAt: d.updatedAt,
    };
  },
};
