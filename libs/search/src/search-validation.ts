import { createHash } from 'node:crypto';
import { type FieldViolation, ValidationError } from '@werkmatch/shared/errors';
import {
  CefrLevel,
  cefrRank,
  EducationLevel,
  educationRank,
  type HoursRange,
  hoursRangeViolations,
  InclusiveOption,
  RouteType,
} from '@werkmatch/work/domain';
import { isUuid, type SearchIndexDefinition } from './search-index-definitions';
import {
  type GeoRadius,
  SEARCH_LIMITS,
  SearchFacet,
  type SearchFilters,
  type SearchRequest,
  SearchSort,
  SkillMatch,
  type VacancySearchFilters,
} from './search-request';
import { queryWords } from './search-text';

/** Ranks, both ends included; null for an open end. */
export interface RankRange {
  min: number | null;
  max: number | null;
}

/** Filters after validation: empty lists and nulls mean "no filter". */
export interface NormalizedFilters {
  routeTypes: RouteType[];
  hours: HoursRange | null;
  educationRank: RankRange | null;
  dutchRank: RankRange | null;
  inclusiveOptions: InclusiveOption[];
  regionIds: string[];
  occupationIds: string[];
  iscoPrefixes: string[];
  skillIds: string[];
  skillMatch: SkillMatch;
  near: GeoRadius | null;
}

/** A request both engines can run without checking anything again. */
export interface NormalizedSearch {
  /** Lower-case words without accents, letters and digits only; empty for a search without text. */
  words: string[];
  /** Whether the last word may be the start of a longer one (the person is still typing it). */
  prefixLast: boolean;
  filters: NormalizedFilters;
  /** The order applied: RELEVANCE without words becomes DATE. */
  sort: SearchSort;
  facets: SearchFacet[];
  offset: number;
  limit: number;
  /** Identifies the search a cursor belongs to. */
  fingerprint: string;
  /** Whether to mark where the words matched; only with words. */
  highlights: boolean;
}

class Checks {
  readonly violations: FieldViolation[] = [];

  add(field: string, rule: string): void {
    this.violations.push({ field, rule });
  }

  /** The values of an optional list of enum values, each checked; names `field[i]`. */
  enumList<T extends string>(
    field: string,
    value: readonly unknown[] | undefined,
    values: Record<string, T>,
    rule: string,
  ): T[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.add(field, 'a list');
      return [];
    }
    if (value.length > SEARCH_LIMITS.filterValues)
      this.add(field, `at most ${SEARCH_LIMITS.filterValues} values`);
    const allowed = Object.values(values) as string[];
    value.forEach((item, index) => {
      if (typeof item !== 'string' || !allowed.includes(item)) this.add(`${field}[${index}]`, rule);
    });
    return [...new Set(value as T[])];
  }

  idList(field: string, value: readonly unknown[] | undefined): string[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.add(field, 'a list');
      return [];
    }
    if (value.length > SEARCH_LIMITS.filterValues)
      this.add(field, `at most ${SEARCH_LIMITS.filterValues} values`);
    value.forEach((item, index) => {
      if (!isUuid(item)) this.add(`${field}[${index}]`, 'a UUID');
    });
    return [...new Set((value as string[]).map((item) => String(item).toLowerCase()))];
  }

  levelRange<L extends string>(
    field: string,
    value: { atLeast?: L; atMost?: L } | undefined,
    values: Record<string, L>,
    rankOf: (level: L) => number,
    rule: string,
  ): RankRange | null {
    if (value === undefined || value === null) return null;
    const allowed = Object.values(values) as string[];
    const end = (key: 'atLeast' | 'atMost'): number | null => {
      const level = value[key];
      if (level === undefined || level === null) return null;
      if (typeof level !== 'string' || !allowed.includes(level)) {
        this.add(`${field}.${key}`, rule);
        return null;
      }
      return rankOf(level);
    };
    const range = { min: end('atLeast'), max: end('atMost') };
    if (range.min !== null && range.max !== null && range.min > range.max)
      this.add(`${field}.atLeast`, 'at most atMost');
    return range.min === null && range.max === null ? null : range;
  }

  near(field: string, value: GeoRadius | undefined): GeoRadius | null {
    if (value === undefined || value === null) return null;
    const { lat, lon, radiusKm } = value;
    if (typeof lat !== 'number' || !Number.isFinite(lat) || Math.abs(lat) > 90)
      this.add(`${field}.lat`, 'a latitude between -90 and 90');
    if (typeof lon !== 'number' || !Number.isFinite(lon) || Math.abs(lon) > 180)
      this.add(`${field}.lon`, 'a longitude between -180 and 180');
    const { min, max } = SEARCH_LIMITS.radiusKm;
    if (
      typeof radiusKm !== 'number' ||
      !Number.isFinite(radiusKm) ||
      radiusKm < min ||
      radiusKm > max
    )
      this.add(`${field}.radiusKm`, `between ${min} and ${max} km`);
    return { lat, lon, radiusKm };
  }

  wholeNumber(field: string, value: unknown, fallback: number, min: number, max: number): number {
    if (value === undefined || value === null) return fallback;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      this.add(field, `a whole number from ${min} to ${max}`);
      return fallback;
    }
    return value;
  }
}

interface Cursor {
  o: number;
  f: string;
}

export function encodeCursor(offset: number, fingerprint: string): string {
  return Buffer.from(JSON.stringify({ o: offset, f: fingerprint } satisfies Cursor)).toString(
    'base64url',
  );
}

function decodeCursor(cursor: string): Cursor | null {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      Number.isInteger((parsed as Cursor).o) &&
      typeof (parsed as Cursor).f === 'string'
    )
      return parsed as Cursor;
  } catch {
    // not a cursor of ours; reported below
  }
  return null;
}

/**
 * Checks a request against the limits and vocabularies, and puts it in the one form both engines run. Every
 * problem is reported at once, each naming its argument (`filters.near.radiusKm`).
 */
export function normalizeSearch<D>(
  index: SearchIndexDefinition<D>,
  request: SearchRequest<VacancySearchFilters>,
): NormalizedSearch {
  const checks = new Checks();
  const query = request.query ?? '';
  if (typeof query !== 'string') checks.add('query', 'a text');
  else if (query.length > SEARCH_LIMITS.queryLength)
    checks.add('query', `at most ${SEARCH_LIMITS.queryLength} characters`);
  const { words, prefixLast } =
    typeof query === 'string' && query.length <= SEARCH_LIMITS.queryLength
      ? queryWords(query, SEARCH_LIMITS.queryWords)
      : { words: [], prefixLast: false };

  const given: VacancySearchFilters = request.filters ?? {};
  const known: (keyof VacancySearchFilters)[] = [
    'routeTypes',
    'hours',
    'educationLevel',
    'dutchLevel',
    'regionIds',
    'occupationIds',
    'iscoGroups',
    'skillIds',
    'skillMatch',
    'near',
    ...(index.inclusiveOptions ? (['inclusiveOptions'] as const) : []),
  ];
  for (const key of Object.keys(given))
    if (!(known as string[]).includes(key) && given[key as keyof SearchFilters] !== undefined)
      checks.add(`filters.${key}`, `not a filter of the ${index.name} index`);

  let hours: HoursRange | null = null;
  if (given.hours !== undefined && given.hours !== null) {
    const hourViolations = hoursRangeViolations(given.hours, 'filters.hours');
    hourViolations.forEach((v) => checks.add(v.field, v.rule));
    if (hourViolations.length === 0) hours = { min: given.hours.min, max: given.hours.max };
  }

  const iscoGroups = given.iscoGroups ?? [];
  if (!Array.isArray(iscoGroups)) checks.add('filters.iscoGroups', 'a list');
  else
    iscoGroups.forEach((code, index) => {
      if (typeof code !== 'string' || !/^\d{1,4}$/.test(code))
        checks.add(`filters.iscoGroups[${index}]`, 'an ISCO-08 group code of 1 to 4 digits');
    });

  const skillMatch = given.skillMatch ?? SkillMatch.ALL;
  if (!(Object.values(SkillMatch) as string[]).includes(skillMatch))
    checks.add('filters.skillMatch', 'ALL or ANY');

  const filters: NormalizedFilters = {
    routeTypes: checks.enumList('filters.routeTypes', given.routeTypes, RouteType, 'a route type'),
    hours,
    educationRank: checks.levelRange(
      'filters.educationLevel',
      given.educationLevel,
      EducationLevel,
      educationRank,
      'an education level',
    ),
    dutchRank: checks.levelRange(
      'filters.dutchLevel',
      given.dutchLevel,
      CefrLevel,
      cefrRank,
      'a CEFR level (A1 to C2)',
    ),
    inclusiveOptions: index.inclusiveOptions
      ? checks.enumList(
          'filters.inclusiveOptions',
          given.inclusiveOptions,
          InclusiveOption,
          'an inclusive option',
        )
      : [],
    regionIds: checks.idList('filters.regionIds', given.regionIds),
    occupationIds: checks.idList('filters.occupationIds', given.occupationIds),
    iscoPrefixes: Array.isArray(iscoGroups) ? [...new Set(iscoGroups)] : [],
    skillIds: checks.idList('filters.skillIds', given.skillIds),
    skillMatch,
    near: checks.near('filters.near', given.near),
  };

  const sort = request.sort ?? SearchSort.RELEVANCE;
  if (!(Object.values(SearchSort) as string[]).includes(sort))
    checks.add('sort', 'RELEVANCE, DATE or DISTANCE');
  else if (sort === SearchSort.DISTANCE && !given.near)
    checks.add('sort', 'DISTANCE needs filters.near');
  const facets = checks.enumList('facets', request.facets, SearchFacet, 'a facet');

  const page = request.page ?? {};
  const limit = checks.wholeNumber(
    'page.limit',
    page.limit,
    SEARCH_LIMITS.defaultPageSize,
    1,
    SEARCH_LIMITS.pageSize,
  );
  const effectiveSort =
    sort === SearchSort.RELEVANCE && words.length === 0 ? SearchSort.DATE : sort;
  const fingerprint = createHash('sha256')
    .update(JSON.stringify([index.name, words, prefixLast, filters, effectiveSort, limit]))
    .digest('base64url')
    .slice(0, 16);

  let offset = checks.wholeNumber('page.offset', page.offset, 0, 0, SEARCH_LIMITS.resultWindow);
  if (page.after !== undefined && page.after !== null) {
    if (page.offset !== undefined) checks.add('page.after', 'either page.offset or page.after');
    const cursor = typeof page.after === 'string' ? decodeCursor(page.after) : null;
    if (!cursor || cursor.f !== fingerprint)
      checks.add('page.after', 'a cursor of the same search');
    else offset = cursor.o;
  }
  if (offset + limit > SEARCH_LIMITS.resultWindow)
    checks.add('page', `offset + limit at most ${SEARCH_LIMITS.resultWindow}`);

  if (checks.violations.length > 0) throw new ValidationError(checks.violations);
  return {
    words,
    prefixLast,
    filters,
    sort: effectiveSort,
    facets,
    offset,
    limit,
    fingerprint,
    highlights: words.length > 0 && request.highlights !== false,
  };
}

/** Filters for `count()`: the same checks as a search. */
export function normalizeFilters<D>(
  index: SearchIndexDefinition<D>,
  filters: VacancySearchFilters | undefined,
): NormalizedFilters {
  return normalizeSearch(index, { filters }).filters;
}
