import type { Settings } from 'meilisearch';
import type { IndexedRecord, SearchIndexDefinition } from '../search-index-definitions';
import { SearchFacet } from '../search-request';
import { DUTCH_STOP_WORDS, DUTCH_SYNONYM_GROUPS, synonymsOf } from '../search-text';
import { MEILI_ATTRIBUTES as A } from './meilisearch-filter';

/** The facet attribute of each facet. */
export const MEILI_FACETS: Record<SearchFacet, string> = {
  [SearchFacet.ROUTE_TYPE]: A.routeTypes,
  [SearchFacet.REGION]: A.regionId,
  [SearchFacet.HOURS_BAND]: A.hoursBands,
  [SearchFacet.DUTCH_LEVEL]: A.dutchLevel,
};

/** Whatever the engine needs to sort and find the best match on; not in `displayedAttributes`, so never returned. */
export type MeilisearchRecord = Record<string, unknown> & { id: string };

/** The document as Meilisearch stores it: the declared fields, then derived `f_*` attributes and `_geo`. */
export function toMeilisearchRecord(record: IndexedRecord): MeilisearchRecord {
  return {
    ...record.document,
    id: record.id,
    f_keywords: record.keywords,
    f_place: record.place,
    [A.routeTypes]: record.routeTypes,
    [A.hoursMin]: record.hoursMin,
    [A.hoursMax]: record.hoursMax,
    [A.hoursBands]: record.hoursBands,
    [A.educationRank]: record.educationRank,
    [A.dutchRank]: record.dutchRank,
    [A.dutchLevel]: record.dutchLevel,
    [A.inclusiveOptions]: record.inclusiveOptions,
    [A.regionId]: record.regionId,
    [A.skillIds]: record.skillIds,
    [A.occupationIds]: record.occupationIds,
    [A.iscoPrefixes]: record.iscoPrefixes,
    [A.date]: Date.parse(record.sortDate),
    ...(record.location ? { _geo: { lat: record.location.lat, lng: record.location.lon } } : {}),
  };
}

/**
 * The settings of an index. `sort` comes first among the ranking rules: DATE and DISTANCE are strict orders (as
 * on the built-in engine), and a search sorted by relevance sends no `sort`, so the rule then does nothing.
 * Typo tolerance and the minimum word sizes are Meilisearch's defaults, which the built-in engine copies.
 */
export function meilisearchSettings<D>(definition: SearchIndexDefinition<D>): Settings {
  const synonyms: Record<string, string[]> = {};
  for (const word of DUTCH_SYNONYM_GROUPS.flat()) synonyms[word] = [...synonymsOf(word)];
  return {
    searchableAttributes: [...definition.meilisearchSearchable],
    displayedAttributes: [...definition.fields],
    filterableAttributes: [
      A.routeTypes,
      A.hoursMin,
      A.hoursMax,
      A.hoursBands,
      A.educationRank,
      A.dutchRank,
      A.dutchLevel,
      A.inclusiveOptions,
      A.regionId,
      A.skillIds,
      A.occupationIds,
      A.iscoPrefixes,
      '_geo',
    ],
    sortableAttributes: [A.date, 'id', '_geo'],
    rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness'],
    typoTolerance: { enabled: true, minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 } },
    stopWords: [...DUTCH_STOP_WORDS],
    synonyms,
    faceting: { maxValuesPerFacet: 100 },
    // Totals are exact (`hitsPerPage`) only up to this; the platform's indexes stay well below it.
    pagination: { maxTotalHits: 1_000_000 },
    localizedAttributes: [{ attributePatterns: ['*'], locales: ['nld'] }],
  };
}

// Settings whose order does not matter: compared as sets, since Meilisearch may return them sorted.
const UNORDERED = new Set([
  'displayedAttributes',
  'filterableAttributes',
  'sortableAttributes',
  'stopWords',
]);

/** A canonical form: object keys sorted, unordered lists sorted, synonym lists sorted. */
function normalize(key: string, value: unknown, unordered = UNORDERED.has(key)): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => normalize('', item));
    return unordered
      ? items
          .map((item) => JSON.stringify(item))
          .sort()
          .map((item) => JSON.parse(item) as unknown)
      : items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, normalize(k, v, key === 'synonyms' || UNORDERED.has(k))]),
    );
  return value;
}

/** Whether `actual` already has every setting of `wanted` (Meilisearch adds defaults; those do not count). */
function contains(wanted: unknown, actual: unknown): boolean {
  if (Array.isArray(wanted)) return JSON.stringify(wanted) === JSON.stringify(actual);
  if (wanted && typeof wanted === 'object') {
    if (!actual || typeof actual !== 'object') return false;
    return Object.entries(wanted as Record<string, unknown>).every(([key, value]) =>
      contains(value, (actual as Record<string, unknown>)[key]),
    );
  }
  return wanted === actual;
}

/** The settings that differ from what the index has, to update only those (an update can re-index everything). */
export function settingsToUpdate(wanted: Settings, actual: Settings): Settings {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(wanted)) {
    const current = (actual as Record<string, unknown>)[key];
    if (!contains(normalize(key, value), normalize(key, current))) changes[key] = value;
  }
  return changes as Settings;
}
