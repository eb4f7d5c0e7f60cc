import { SearchSort, SkillMatch } from '../search-request';
import type { NormalizedFilters, NormalizedSearch } from '../search-validation';

/**
 * Meilisearch filter expressions. Attribute names are constants of this file; every value goes through `quote`
 * or `number`, never in as it came: a string becomes a double-quoted literal with backslash and quote escaped (the
 * escaping of Meilisearch ≥ 1.4), a number is checked to be finite and written without exponent.
 */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function number(value: number, decimals = 0): string {
  if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
  return decimals > 0 ? value.toFixed(decimals) : String(Math.round(value));
}

function anyOf(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`;
}

/** The derived attributes filters and sorting use (see `toMeilisearchRecord`). */
export const MEILI_ATTRIBUTES = {
  routeTypes: 'f_routeTypes',
  hoursMin: 'f_hoursMin',
  hoursMax: 'f_hoursMax',
  hoursBands: 'f_hoursBands',
  educationRank: 'f_educationRank',
  dutchRank: 'f_dutchRank',
  dutchLevel: 'f_dutchLevel',
  inclusiveOptions: 'f_inclusiveOptions',
  regionId: 'f_regionId',
  skillIds: 'f_skillIds',
  occupationIds: 'f_occupationIds',
  iscoPrefixes: 'f_iscoPrefixes',
  date: 'f_date',
} as const;

const A = MEILI_ATTRIBUTES;

/** Each element must hold (AND); the whole as one string, so its parentheses are explicit. */
export function meilisearchFilter(f: NormalizedFilters): string | undefined {
  const all: string[] = [];
  if (f.routeTypes.length > 0) all.push(anyOf(A.routeTypes, f.routeTypes));
  if (f.hours)
    all.push(`${A.hoursMin} <= ${number(f.hours.max)}`, `${A.hoursMax} >= ${number(f.hours.min)}`);
  for (const [attribute, range] of [
    [A.educationRank, f.educationRank],
    [A.dutchRank, f.dutchRank],
  ] as const) {
    if (range?.min !== null && range?.min !== undefined)
      all.push(`${attribute} >= ${number(range.min)}`);
    if (range?.max !== null && range?.max !== undefined)
      all.push(`${attribute} <= ${number(range.max)}`);
  }
  for (const option of f.inclusiveOptions) all.push(`${A.inclusiveOptions} = ${quote(option)}`);
  if (f.regionIds.length > 0) all.push(anyOf(A.regionId, f.regionIds));
  if (f.occupationIds.length > 0) all.push(anyOf(A.occupationIds, f.occupationIds));
  if (f.iscoPrefixes.length > 0) all.push(anyOf(A.iscoPrefixes, f.iscoPrefixes));
  if (f.skillIds.length > 0) {
    if (f.skillMatch === SkillMatch.ANY) all.push(anyOf(A.skillIds, f.skillIds));
    else for (const skillId of f.skillIds) all.push(`${A.skillIds} = ${quote(skillId)}`);
  }
  if (f.near)
    all.push(
      `_geoRadius(${number(f.near.lat, 7)}, ${number(f.near.lon, 7)}, ${number(f.near.radiusKm * 1000)})`,
    );
  return all.length > 0 ? all.map((condition) => `(${condition})`).join(' AND ') : undefined;
}

/** The `sort` parameter; undefined for relevance, which the ranking rules decide. */
export function meilisearchSort(search: NormalizedSearch): string[] | undefined {
  switch (search.sort) {
    case SearchSort.DATE:
      return [`${A.date}:desc`, 'id:asc'];
    case SearchSort.DISTANCE: {
      const near = search.filters.near;
      if (!near) throw new Error('DISTANCE sort without a point');
      return [`_geoPoint(${number(near.lat, 7)}, ${number(near.lon, 7)}):asc`, 'id:asc'];
    }
    default:
      return undefined;
  }
}
