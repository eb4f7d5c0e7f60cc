import type {
  CefrLevel,
  EducationLevel,
  HoursRange,
  InclusiveOption,
  RouteType,
} from '@werkmatch/work/domain';
import type { GeoPoint } from './search-documents';

/** Limits every engine applies the same way; a request beyond them is a ValidationError naming the argument. */
export const SEARCH_LIMITS = {
  /** Characters of query text. */
  queryLength: 200,
  /** Words of query text that count; later words are ignored (Meilisearch does the same). */
  queryWords: 10,
  /** Hits per page. */
  pageSize: 100,
  defaultPageSize: 20,
  /** How deep one can page (offset + limit): people refine a search, they do not read result 1,001. */
  resultWindow: 1000,
  /** Values in one list filter. */
  filterValues: 50,
  /** Radius of a distance filter, km (the travel range of a profile is at most 300 km). */
  radiusKm: { min: 0.1, max: 300 },
} as const;

export enum SearchSort {
  /** Best match first; without query text, newest first. */
  RELEVANCE = 'RELEVANCE',
  /** Newest first: publication of a vacancy, last update of a profile. */
  DATE = 'DATE',
  /** Nearest first; needs `filters.near`. */
  DISTANCE = 'DISTANCE',
}

export enum SearchFacet {
  ROUTE_TYPE = 'ROUTE_TYPE',
  REGION = 'REGION',
  HOURS_BAND = 'HOURS_BAND',
  DUTCH_LEVEL = 'DUTCH_LEVEL',
}

/** Hours per week in bands of eight for the facet; a range counts in every band it overlaps. */
export enum HoursBand {
  HOURS_1_8 = 'HOURS_1_8',
  HOURS_9_16 = 'HOURS_9_16',
  HOURS_17_24 = 'HOURS_17_24',
  HOURS_25_32 = 'HOURS_25_32',
  HOURS_33_40 = 'HOURS_33_40',
}

export const HOURS_BAND_RANGES: Readonly<Record<HoursBand, HoursRange>> = {
  [HoursBand.HOURS_1_8]: { min: 1, max: 8 },
  [HoursBand.HOURS_9_16]: { min: 9, max: 16 },
  [HoursBand.HOURS_17_24]: { min: 17, max: 24 },
  [HoursBand.HOURS_25_32]: { min: 25, max: 32 },
  [HoursBand.HOURS_33_40]: { min: 33, max: 40 },
};

export enum SkillMatch {
  /** Every skill asked for must be there. */
  ALL = 'ALL',
  /** One of them is enough. */
  ANY = 'ANY',
}

/**
 * A range of ordered levels (education, CEFR). A document without a level counts as below every level: a vacancy
 * that asks no Dutch level passes "at most A2", a profile that gives none fails "at least A1".
 */
export interface LevelRange<L> {
  atLeast?: L;
  atMost?: L;
}

export interface GeoRadius extends GeoPoint {
  radiusKm: number;
}

/** Filters both indexes share. Lists are "any of", except `skillIds` with `skillMatch` ALL (the default). */
export interface SearchFilters {
  /** A vacancy's route type, or one of the routes a person wants. */
  routeTypes?: readonly RouteType[];
  /** Documents whose hours share at least one hour with this range. */
  hours?: HoursRange;
  /** A vacancy's required level, or a person's level. */
  educationLevel?: LevelRange<EducationLevel>;
  /** A vacancy's minimum Dutch level, or a person's Dutch level ("minimum Dutch level" is `atLeast`). */
  dutchLevel?: LevelRange<CefrLevel>;
  regionIds?: readonly string[];
  occupationIds?: readonly string[];
  /** ISCO-08 groups at any level, 1 to 4 digits: `5` major group, `53` sub-major, ... `5322` unit group. */
  iscoGroups?: readonly string[];
  skillIds?: readonly string[];
  skillMatch?: SkillMatch;
  /** Only documents within the radius of the point (their postcode-area centre). */
  near?: GeoRadius;
}

export interface VacancySearchFilters extends SearchFilters {
  /** Vacancies offering all of these. */
  inclusiveOptions?: readonly InclusiveOption[];
}

export type TalentProfileSearchFilters = SearchFilters;

/** Either `offset` or the `after` cursor of the previous page; both with the same `limit`. */
export interface SearchPage {
  limit?: number;
  offset?: number;
  after?: string;
}

export interface SearchRequest<F extends SearchFilters = SearchFilters> {
  /** What a person typed: words, prefixes of words, typos. Never read as a filter. */
  query?: string;
  filters?: F;
  sort?: SearchSort;
  facets?: readonly SearchFacet[];
  page?: SearchPage;
  /** Whether hits carry `highlights` (default true); marking them is a good part of a search's work. */
  highlights?: boolean;
}

/** A piece of highlighted text; `matched` pieces are what the query found. Plain text, not HTML. */
export interface HighlightPart {
  text: string;
  matched: boolean;
}

export interface SearchHit<D> {
  document: D;
  /** Kilometres from `filters.near` to the document's location, when a distance filter was given. */
  distanceKm: number | null;
  /**
   * The text fields where the query matched, cut to the matching part for long texts. A list of strings (talents)
   * is joined with " · ".
   */
  highlights: Partial<Record<keyof D & string, HighlightPart[]>>;
}

export interface FacetValueCount {
  value: string;
  count: number;
}

/** Counts over all hits (not only this page), most frequent first. Only the facets asked for. */
export type FacetCounts = Partial<Record<SearchFacet, FacetValueCount[]>>;

export interface SearchResult<D> {
  hits: SearchHit<D>[];
  /** Every document that matches, not only this page. */
  total: number;
  offset: number;
  limit: number;
  /** Pass as `page.after` for the next page; null on the last page. */
  nextCursor: string | null;
  facets: FacetCounts;
}

/** An index entry as the repair check compares it with PostgreSQL. */
export interface IndexedEntry {
  id: string;
  updatedAt: string;
}
