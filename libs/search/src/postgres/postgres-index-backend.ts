import type { DataSource, EntityManager } from 'typeorm';
import type { IndexedRecord } from '../search-index-definitions';
import type { EngineHit, EngineResult, IndexBackend } from '../search-index';
import { type IndexedEntry, SearchFacet, SearchSort, SkillMatch } from '../search-request';
import { HIGHLIGHT_END, HIGHLIGHT_START, synonymsOf } from '../search-text';
import type { NormalizedFilters, NormalizedSearch } from '../search-validation';
import { buildTextQuery, type TextQuery, type WordTerms } from './postgres-query-text';

/** Where an index lives and how its highlighted fields are read from the stored document. */
export interface PostgresIndexTables {
  /** Table name (a constant of this library, never user input). */
  table: string;
  /** Highlighted field → SQL expression over the table row `d`; `whole` fields are shown whole, others cut. */
  highlights: Record<string, { sql: string; whole: boolean }>;
}

const CONFIG = `'pg_catalog.dutch'::regconfig`;
// Options of ts_headline: matches marked with the characters the port turns into highlight parts.
const WHOLE_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;
const CUT_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
// Within which a word counts as a typo of a known one, Meilisearch's defaults: 5–8 letters one, 9 and more two.
const ONE_TYPO_FROM = 5;
const TWO_TYPOS_FROM = 9;
// The largest code point: `word < prefix || MAX_CHAR` bounds a prefix range in the C collation of the word table.
const MAX_CHAR = String.fromCodePoint(0x10ffff);
const KM_PER_DEGREE = (6371.0088 * Math.PI) / 180;

/** Collects bind parameters; the SQL only ever holds their `$n` placeholders. */
class Params {
  readonly values: unknown[] = [];

  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

interface WordRow {
  i: number;
  own: string | null;
  synonyms: string[] | null;
  completions: string[] | null;
  corrections: string[] | null;
  prefix: string | null;
}

interface SearchRow {
  total: number;
  hits: { document: Record<string, unknown>; marked: Record<string, string | null> }[];
  facets: Partial<Record<SearchFacet, Record<string, number>>> | null;
}

/**
 * An index of the built-in engine: one table of documents with a weighted Dutch tsvector (a generated column, GIN
 * index), array columns for the filters (GIN), a GiST box index for distance, and a table of every word its
 * documents contain, against which query words are completed and corrected (btree prefix range, trigram GIN,
 * levenshtein) before the full-text search runs.
 */
export class PostgresIndexBackend implements IndexBackend {
  private readonly words: string;

  constructor(
    private readonly db: DataSource,
    private readonly tables: PostgresIndexTables,
  ) {
    this.words = `${tables.table}_word`;
  }

  async upsert(records: IndexedRecord[]): Promise<void> {
    await this.db.transaction((manager) => this.write(manager, records));
  }

  async delete(ids: string[]): Promise<void> {
    await this.db.query(`DELETE FROM "${this.tables.table}" WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async search(search: NormalizedSearch): Promise<EngineResult> {
    const text = search.words.length > 0 ? await this.textQuery(search) : null;
    if (search.words.length > 0 && text === null && search.sort === SearchSort.RELEVANCE)
      search = { ...search, sort: SearchSort.DATE };
    const params = new Params();
    const where = this.conditions(search.filters, params);
    let score = 'NULL::real';
    if (text) {
      const query = params.add(text.query);
      where.push(`d.tsv @@ ${query}::tsquery`);
      score = `ts_rank('{0.1, 0.2, 0.4, 1.0}', d.tsv, ${query}::tsquery)`;
      if (text.exact)
        score = `${score} + CASE WHEN d.tsv @@ ${params.add(text.exact)}::tsquery THEN 1 ELSE 0 END`;
    }
    const near = search.filters.near;
    const distance = near
      ? `search_distance_km(d.lat, d.lon, ${params.add(near.lat)}::float8, ${params.add(near.lon)}::float8)`
      : 'NULL::float8';
    const order = (alias: string) => {
      switch (search.sort) {
        case SearchSort.DISTANCE:
          return `${alias}.distance, ${alias}.id`;
        case SearchSort.DATE:
          return `${alias}.sort_date DESC, ${alias}.id`;
        default:
          return `${alias}.score DESC, ${alias}.sort_date DESC, ${alias}.id`;
      }
    };
    const marked = Object.entries(this.tables.highlights)
      .map(([field, { sql, whole }]) =>
        text
          ? `'${field}', ts_headline(${CONFIG}, ${sql}, ${params.add(text.query)}::tsquery, ${params.add(whole ? WHOLE_HEADLINE : CUT_HEADLINE)})`
          : null,
      )
      .filter((entry): entry is string => entry !== null);
    const facetSql = search.facets.map((facet) => `'${facet}', ${FACET_SQL[facet]}`);
    const sql = `
      WITH matched AS MATERIALIZED (
        SELECT d.id, d.sort_date, ${score} AS score, ${distance} AS distance,
               d.route_types, d.region_id, d.hours_bands, d.dutch_level
        FROM "${this.tables.table}" d
        WHERE ${where.length > 0 ? where.join(' AND ') : 'true'}
      ), page AS (
        SELECT m.id, m.sort_date, m.score, m.distance FROM matched m
        ORDER BY ${order('m')} LIMIT ${params.add(search.limit)} OFFSET ${params.add(search.offset)}
      )
      SELECT
        (SELECT count(*)::int FROM matched) AS total,
        (SELECT coalesce(jsonb_agg(jsonb_build_object('document', d.document, 'marked', jsonb_build_object(${marked.join(', ')}))
                  ORDER BY ${order('p')}), '[]'::jsonb)
           FROM page p JOIN "${this.tables.table}" d ON d.id = p.id) AS hits,
        ${facetSql.length > 0 ? `jsonb_build_object(${facetSql.join(', ')})` : 'NULL::jsonb'} AS facets`;
    const [row] = (await this.db.query(sql, params.values)) as SearchRow[];
    if (!row) throw new Error('search returned no row');
    return {
      total: row.total,
      hits: row.hits.map((hit): EngineHit => ({
        document: hit.document,
        marked: Object.fromEntries(
          Object.entries(hit.marked).filter((entry): entry is [string, string] => !!entry[1]),
        ),
      })),
      facets: row.facets ?? {},
    };
  }

  async count(filters: NormalizedFilters): Promise<number> {
    const params = new Params();
    const where = this.conditions(filters, params);
    const [row] = (await this.db.query(
      `SELECT count(*)::int AS count FROM "${this.tables.table}" d WHERE ${where.length > 0 ? where.join(' AND ') : 'true'}`,
      params.values,
    )) as { count: number }[];
    return row?.count ?? 0;
  }

  async listEntries(): Promise<IndexedEntry[]> {
    const rows = (await this.db.query(
      `SELECT id, document->>'updatedAt' AS "updatedAt" FROM "${this.tables.table}" ORDER BY id`,
    )) as IndexedEntry[];
    return rows;
  }

  async clear(): Promise<void> {
    await this.db.query(`TRUNCATE "${this.tables.table}", "${this.words}"`);
  }

  async rebuild(batches: AsyncIterable<IndexedRecord[]>): Promise<number> {
    // One transaction: searches see the old content until the new one commits. DELETE rather than TRUNCATE,
    // which would lock searches out for as long as the rebuild takes.
    return this.db.transaction(async (manager) => {
      await manager.query(`DELETE FROM "${this.tables.table}"`);
      await manager.query(`DELETE FROM "${this.words}"`);
      let indexed = 0;
      for await (const batch of batches) {
        await this.write(manager, batch);
        indexed += batch.length;
      }
      return indexed;
    });
  }

  private async write(manager: EntityManager, records: IndexedRecord[]): Promise<void> {
    // The last version of an id in the batch wins; sorted, so that concurrent writers lock rows in one order.
    const byId = new Map(records.map((record) => [record.id, record]));
    const rows = [...byId.values()]
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((r) => ({
        id: r.id,
        document: r.document,
        title: r.title,
        keywords: r.keywords.join('\n'),
        body: r.body.join('\n'),
        place: r.place ?? '',
        route_types: r.routeTypes,
        hours_min: r.hoursMin,
        hours_max: r.hoursMax,
        hours_bands: r.hoursBands,
        education_rank: r.educationRank,
        dutch_rank: r.dutchRank,
        dutch_level: r.dutchLevel,
        inclusive_options: r.inclusiveOptions,
        region_id: r.regionId,
        skill_ids: r.skillIds,
        occupation_ids: r.occupationIds,
        isco_prefixes: r.iscoPrefixes,
        lat: r.location?.lat ?? null,
        lon: r.location?.lon ?? null,
        sort_date: r.sortDate,
        updated_at: r.updatedAt,
      }));
    const columns = Object.keys(COLUMN_TYPES);
    await manager.query(
      `INSERT INTO "${this.tables.table}" (${columns.join(', ')})
       SELECT ${columns.map((c) => `r.${c}`).join(', ')}
       FROM jsonb_to_recordset($1::jsonb) AS r(${columns.map((c) => `${c} ${COLUMN_TYPES[c]}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET ${columns
         .filter((c) => c !== 'id')
         .map((c) => `${c} = EXCLUDED.${c}`)
         .join(', ')}`,
      [JSON.stringify(rows)],
    );
    // New words, in order (concurrent writers then wait on each other instead of deadlocking). Words of deleted
    // documents stay: they only cost a look-up, and a rebuild starts the table afresh.
    await manager.query(
      `INSERT INTO "${this.words}" (word, lexeme)
       SELECT w.word, x.lexeme
       FROM (SELECT DISTINCT unnest(search_words(t)) AS word FROM unnest($1::text[]) AS t) w
       CROSS JOIN LATERAL (SELECT lexeme FROM unnest(to_tsvector(${CONFIG}, w.word)) LIMIT 1) x
       ORDER BY w.word
       ON CONFLICT (word) DO NOTHING`,
      [rows.map((r) => [r.title, r.keywords, r.body, r.place].join('\n'))],
    );
  }

  /** Looks the query words up in the word table and builds the tsquery from what they may mean. */
  private async textQuery(search: NormalizedSearch): Promise<TextQuery | null> {
    const { words, prefixLast } = search;
    const rows = (await this.db.query(
      `SELECT q.i,
         (SELECT min(lexeme) FROM unnest(to_tsvector(${CONFIG}, q.word))) AS own,
         (SELECT array_agg(DISTINCT lexeme) FROM unnest(to_tsvector(${CONFIG}, q.synonyms))) AS synonyms,
         CASE WHEN q.prefix THEN q.word END AS prefix,
         CASE WHEN q.prefix AND length(q.word) >= 4 THEN ARRAY(
           SELECT DISTINCT w.lexeme FROM (
             SELECT lexeme FROM "${this.words}" w
             WHERE w.word >= q.word COLLATE "C" AND w.word < (q.word || $4) COLLATE "C" AND NOT w.lexeme ^@ q.word
             LIMIT 50) w) END AS completions,
         CASE WHEN length(q.word) >= ${ONE_TYPO_FROM} AND NOT EXISTS (
             SELECT 1 FROM "${this.words}" w
             WHERE w.word = q.word COLLATE "C"
               OR (q.prefix AND w.word >= q.word COLLATE "C" AND w.word < (q.word || $4) COLLATE "C"))
           THEN ARRAY(
             SELECT w.lexeme FROM "${this.words}" w
             WHERE w.word % q.word
               AND levenshtein(w.word, q.word) <= CASE WHEN length(q.word) >= ${TWO_TYPOS_FROM} THEN 2 ELSE 1 END
             ORDER BY levenshtein(w.word, q.word), w.word
             LIMIT 10) END AS corrections
       FROM (
         SELECT regexp_replace(search_normalize(u.w), '[^[:alnum:]]+', '', 'g') AS word, u.s AS synonyms, u.i,
                u.i = $3 AND $2::boolean AS prefix
         FROM unnest($1::text[], $5::text[]) WITH ORDINALITY AS u(w, s, i)
       ) q
       WHERE q.word <> ''
       ORDER BY q.i`,
      [words, prefixLast, words.length, MAX_CHAR, words.map((w) => synonymsOf(w).join(' '))],
    )) as WordRow[];
    const terms = rows.map((row): WordTerms => ({
      own: row.own,
      synonyms: row.synonyms ?? [],
      completions: row.completions ?? [],
      corrections: row.corrections ?? [],
      prefix: row.prefix,
    }));
    return buildTextQuery(terms);
  }

  private conditions(f: NormalizedFilters, params: Params): string[] {
    const where: string[] = [];
    if (f.routeTypes.length > 0) where.push(`d.route_types && ${params.add(f.routeTypes)}::text[]`);
    if (f.hours)
      where.push(
        `d.hours_min <= ${params.add(f.hours.max)}::int AND d.hours_max >= ${params.add(f.hours.min)}::int`,
      );
    for (const [column, range] of [
      ['education_rank', f.educationRank],
      ['dutch_rank', f.dutchRank],
    ] as const) {
      if (range?.min !== null && range?.min !== undefined)
        where.push(`d.${column} >= ${params.add(range.min)}::int`);
      if (range?.max !== null && range?.max !== undefined)
        where.push(`d.${column} <= ${params.add(range.max)}::int`);
    }
    if (f.inclusiveOptions.length > 0)
      where.push(`d.inclusive_options @> ${params.add(f.inclusiveOptions)}::text[]`);
    if (f.regionIds.length > 0) where.push(`d.region_id = ANY(${params.add(f.regionIds)}::uuid[])`);
    if (f.occupationIds.length > 0)
      where.push(`d.occupation_ids && ${params.add(f.occupationIds)}::uuid[]`);
    if (f.iscoPrefixes.length > 0)
      where.push(`d.isco_prefixes && ${params.add(f.iscoPrefixes)}::text[]`);
    if (f.skillIds.length > 0)
      where.push(
        `d.skill_ids ${f.skillMatch === SkillMatch.ANY ? '&&' : '@>'} ${params.add(f.skillIds)}::uuid[]`,
      );
    if (f.near) {
      const { lat, lon, radiusKm } = f.near;
      const dLat = radiusKm / KM_PER_DEGREE;
      // The box is as wide as the circle at its widest latitude, so it never cuts the circle off.
      const widest = Math.min(89.9, Math.abs(lat) + dLat);
      const dLon = radiusKm / (KM_PER_DEGREE * Math.cos((widest * Math.PI) / 180));
      where.push(
        `d.lat IS NOT NULL`,
        `point(d.lon, d.lat) <@ box(point(${params.add(lon - dLon)}::float8, ${params.add(lat - dLat)}::float8), point(${params.add(lon + dLon)}::float8, ${params.add(lat + dLat)}::float8))`,
        `search_distance_km(d.lat, d.lon, ${params.add(lat)}::float8, ${params.add(lon)}::float8) <= ${params.add(radiusKm)}::float8`,
      );
    }
    return where;
  }
}

const COLUMN_TYPES: Record<string, string> = {
  id: 'uuid',
  document: 'jsonb',
  title: 'text',
  keywords: 'text',
  body: 'text',
  place: 'text',
  route_types: 'text[]',
  hours_min: 'smallint',
  hours_max: 'smallint',
  hours_bands: 'text[]',
  education_rank: 'smallint',
  dutch_rank: 'smallint',
  dutch_level: 'varchar(2)',
  inclusive_options: 'text[]',
  region_id: 'uuid',
  skill_ids: 'uuid[]',
  occupation_ids: 'uuid[]',
  isco_prefixes: 'text[]',
  lat: 'float8',
  lon: 'float8',
  sort_date: 'timestamptz',
  updated_at: 'timestamptz',
};

/** Counts per value over every matched row (the `matched` CTE), as JSON objects value → count. */
const FACET_SQL: Record<SearchFacet, string> = {
  [SearchFacet.ROUTE_TYPE]: `(SELECT coalesce(jsonb_object_agg(v, n), '{}') FROM (SELECT v, count(*) AS n FROM matched m, unnest(m.route_types) AS v GROUP BY v) f)`,
  [SearchFacet.REGION]: `(SELECT coalesce(jsonb_object_agg(v, n), '{}') FROM (SELECT m.region_id::text AS v, count(*) AS n FROM matched m WHERE m.region_id IS NOT NULL GROUP BY 1) f)`,
  [SearchFacet.HOURS_BAND]: `(SELECT coalesce(jsonb_object_agg(v, n), '{}') FROM (SELECT v, count(*) AS n FROM matched m, unnest(m.hours_bands) AS v GROUP BY v) f)`,
  [SearchFacet.DUTCH_LEVEL]: `(SELECT coalesce(jsonb_object_agg(v, n), '{}') FROM (SELECT m.dutch_level AS v, count(*) AS n FROM matched m WHERE m.dutch_level IS NOT NULL GROUP BY 1) f)`,
};
