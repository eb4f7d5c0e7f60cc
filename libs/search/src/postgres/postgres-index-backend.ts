import type { DataSource, EntityManager } from 'typeorm';
import type { IndexedRecord } from '../search-index-definitions';
import type { EngineHit, EngineResult, IndexBackend } from '../search-index';
import { type IndexedEntry, SearchFacet, SearchSort, SkillMatch } from '../search-request';
import { HIGHLIGHT_END, HIGHLIGHT_START, synonymsOf } from '../search-text';
import type { NormalizedFilters, NormalizedSearch } from '../search-validation';
import {
  BAND_BITS,
  fromMask,
  INCLUSIVE_BITS,
  levelOfRank,
  ROUTE_BITS,
  toMask,
} from './postgres-masks';
import { SEARCH_INDEX_CHANGED_CHANNEL, type IndexChangeWatch } from './index-change-watch';
import { KeptUntilChanged } from './kept-until-changed';
import { buildTextQuery, type TextQuery, type WordTerms } from './postgres-query-text';

/** Where an index lives and how its highlighted fields are read from the stored document. */
export interface PostgresIndexTables {
  /** Table name (a constant of this library, never user input). */
  table: string;
  /** Highlighted field → SQL expression over the document row `x`; `whole` fields are shown whole, others cut. */
  highlights: Record<string, { sql: string; whole: boolean }>;
}

const CONFIG = `'pg_catalog.dutch'::regconfig`;
// Options of ts_headline: matches marked with the characters the port turns into highlight parts.
const WHOLE_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, HighlightAll=true`;
const CUT_HEADLINE = `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_END}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
// Within which a word counts as a typo of a known one, Meilisearch's defaults: 5–8 letters one, 9 and more two.
const ONE_TYPO_FROM = 5;
const TWO_TYPOS_FROM = 9;
// Words a typed start may complete to before the search uses a prefix match instead of the words' stems.
const MAX_COMPLETIONS = 64;
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
  word: string;
  own: string | null;
  synonyms: string[] | null;
  /** Stems of the words that start with it, when it is the word being typed (one more than MAX_COMPLETIONS). */
  completions: string[] | null;
  corrections: string[] | null;
  prefix: boolean;
}

/** Total and facet counts of a search without text, valid until the index is written. */
interface Counted {
  total: number;
  facets: EngineResult['facets'];
}

// Searches without text differ only in their filters: a few hundred distinct ones cover what people ask.
const COUNTS_KEPT = 500;
// What people type repeats far more than their filters; a few thousand word lists cover most searches.
const WORD_QUERIES_KEPT = 5_000;
// Bounds how long a notification lost without the connection noticing could leave counts or words stale.
const KEPT_MAX_AGE_MS = 60_000;

interface SearchRow {
  version: string | null;
  total: number | null;
  hits: { document: Record<string, unknown>; marked: Record<string, string | null> }[];
  /** [facet, value, count]; values of mask facets are masks, of DUTCH_LEVEL ranks. */
  facets: [SearchFacet, string, number][] | null;
}

/** The column each facet groups by. */
const FACET_COLUMN: Record<SearchFacet, string> = {
  [SearchFacet.ROUTE_TYPE]: 'd.route_mask',
  [SearchFacet.HOURS_BAND]: 'd.band_mask',
  [SearchFacet.DUTCH_LEVEL]: 'd.dutch_rank',
  [SearchFacet.REGION]: 'd.region_id',
};

/**
 * An index of the built-in engine (migration 1796005600000-search-indexes): a narrow table with the weighted Dutch
 * tsvector (GIN) and the filter columns (masks, GIN arrays, a covering btree for searches without text, a GiST box
 * for distance), a table of documents read only for a page, and a table of every word the documents contain,
 * against which query words are completed and corrected (btree prefix range, trigram GIN, levenshtein) before the
 * full-text search runs. Total, page and facets are three parts of one statement, each planned on its own: the
 * page ranks only what it must, the total and facets never touch the documents.
 */
export class PostgresIndexBackend implements IndexBackend {
  private readonly words: string;
  private readonly documents: string;
  private readonly counts = new KeptUntilChanged<Counted>(COUNTS_KEPT, KEPT_MAX_AGE_MS);
  /** Typed words and whether the last is being typed → the tsquery they became (null: no known word). */
  private readonly wordQueries = new KeptUntilChanged<TextQuery | null>(
    WORD_QUERIES_KEPT,
    KEPT_MAX_AGE_MS,
  );

  constructor(
    private readonly db: DataSource,
    private readonly tables: PostgresIndexTables,
    /** Without it, every search without text asks for the index's write counter and words are looked up each time. */
    private readonly watch: IndexChangeWatch | null = null,
  ) {
    this.words = `${tables.table}_word`;
    this.documents = `${tables.table}_document`;
  }

  async upsert(records: IndexedRecord[]): Promise<void> {
    await this.writing((manager) => this.write(manager, records));
  }

  async delete(ids: string[]): Promise<void> {
    await this.writing(async (manager) => {
      // Documents go with their rows (ON DELETE CASCADE).
      await manager.query(`DELETE FROM "${this.tables.table}" WHERE id = ANY($1::uuid[])`, [ids]);
    });
  }

  async search(search: NormalizedSearch): Promise<EngineResult> {
    // Taken before anything is read: a write committed from here on changes it, so what is read now is not kept
    // past that write.
    const heard = this.watch?.stamp(this.tables.table) ?? null;
    const text = search.words.length > 0 ? await this.textQuery(search, heard) : null;
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
    const condition = where.length > 0 ? where.join(' AND ') : 'true';
    // Counting every match is what costs when a search without text matches most of the index; its counts
    // depend on the filters only, so they are kept until the next write to the index.
    const countsKey = text ? null : JSON.stringify([search.filters, search.facets]);
    const counted = countsKey ? await this.keptCounts(countsKey, heard) : undefined;
    const near = search.filters.near;
    const distance = near
      ? `search_distance_km(d.lat, d.lon, ${params.add(near.lat)}::float8, ${params.add(near.lon)}::float8)`
      : 'NULL::float8';
    // Sort keys by name: inside the page query score and distance are its output columns, outside p's.
    const order = (score: string, distance: string, row: string) => {
      switch (search.sort) {
        case SearchSort.DISTANCE:
          return `${distance}, ${row}.id`;
        case SearchSort.DATE:
          return `${row}.sort_date DESC, ${row}.id`;
        default:
          return `${score} DESC, ${row}.sort_date DESC, ${row}.id`;
      }
    };
    const marked = Object.entries(this.tables.highlights)
      .map(([field, { sql, whole }]) =>
        text && search.highlights
          ? `'${field}', ts_headline(${CONFIG}, ${sql}, ${params.add(text.query)}::tsquery, ${params.add(whole ? WHOLE_HEADLINE : CUT_HEADLINE)})`
          : null,
      )
      .filter((entry): entry is string => entry !== null);
    // With text, the GIN index narrows the rows first and they are read once (MATERIALIZED) for total, page and
    // facets; without, each part is its own index-only scan, and the page reads only the first rows by date.
    const source = text ? 'matched d' : `"${this.tables.table}" d WHERE ${condition}`;
    const sql = `
      ${
        text
          ? `WITH matched AS MATERIALIZED (
               SELECT d.id, d.sort_date, ${score} AS score, ${distance} AS distance,
                      d.route_mask, d.band_mask, d.dutch_rank, d.region_id
               FROM "${this.tables.table}" d WHERE ${condition})`
          : ''
      }
      SELECT
        ${countsKey && !counted && heard === null ? `(SELECT version::text FROM "search_index_version" WHERE index_table = ${params.add(this.tables.table)})` : 'NULL::text'} AS version,
        ${counted ? 'NULL::int' : `(SELECT count(*)::int FROM ${source})`} AS total,
        (SELECT coalesce(jsonb_agg(jsonb_build_object('document', x.document, 'marked', jsonb_build_object(${marked.join(', ')}))
                  ORDER BY ${order('p.score', 'p.distance', 'p')}), '[]'::jsonb)
           FROM (
             SELECT d.id, d.sort_date, ${text ? 'd.score' : score} AS score, ${text ? 'd.distance' : distance} AS distance
             FROM ${source}
             ORDER BY ${order('score', 'distance', 'd')}
             LIMIT ${params.add(search.limit)} OFFSET ${params.add(search.offset)}
           ) p JOIN "${this.documents}" x ON x.id = p.id) AS hits,
        ${counted ? 'NULL::jsonb' : this.facetSql(search.facets, source)} AS facets`;
    const [row] = (await this.db.query(sql, params.values)) as SearchRow[];
    if (!row) throw new Error('search returned no row');
    const counts = counted ?? { total: row.total ?? 0, facets: facetCounts(row.facets ?? []) };
    if (countsKey && !counted) {
      const stamp = heard ?? (row.version === null ? null : `v${row.version}`);
      if (stamp !== null) this.counts.set(countsKey, stamp, counts);
    }
    return {
      total: counts.total,
      hits: row.hits.map((hit): EngineHit => ({
        document: hit.document,
        marked: Object.fromEntries(
          Object.entries(hit.marked).filter((entry): entry is [string, string] => !!entry[1]),
        ),
      })),
      facets: counts.facets,
    };
  }

  /**
   * Kept counts, if the index has not been written since they were counted: known without asking while the watch
   * listens, otherwise from the index's write counter.
   */
  private async keptCounts(key: string, heard: string | null): Promise<Counted | undefined> {
    if (heard !== null) return this.counts.get(key, heard);
    if (!this.counts.has(key)) return undefined;
    const [row] = (await this.db.query(
      `SELECT version::text AS version FROM "search_index_version" WHERE index_table = $1`,
      [this.tables.table],
    )) as { version: string }[];
    return row ? this.counts.get(key, `v${row.version}`) : undefined;
  }

  /** One scan grouping by every facet asked for (GROUPING SETS); NULL when none is asked. */
  private facetSql(facets: SearchFacet[], source: string): string {
    if (facets.length === 0) return 'NULL::jsonb';
    const columns = facets.map((facet) => FACET_COLUMN[facet]);
    const which = facets
      .map((facet) => `WHEN GROUPING(${FACET_COLUMN[facet]}) = 0 THEN '${facet}'`)
      .join(' ');
    const value = facets
      .map((facet) => `WHEN GROUPING(${FACET_COLUMN[facet]}) = 0 THEN ${FACET_COLUMN[facet]}::text`)
      .join(' ');
    return `(SELECT coalesce(jsonb_agg(jsonb_build_array(f.facet, f.value, f.n)), '[]'::jsonb) FROM (
        SELECT CASE ${which} END AS facet, CASE ${value} END AS value, count(*)::int AS n
        FROM ${source}
        GROUP BY GROUPING SETS (${columns.map((c) => `(${c})`).join(', ')})) f)`;
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
      `SELECT id, document->>'updatedAt' AS "updatedAt" FROM "${this.documents}" ORDER BY id`,
    )) as IndexedEntry[];
    return rows;
  }

  async clear(): Promise<void> {
    await this.writing(async (manager) => {
      await manager.query(`TRUNCATE "${this.tables.table}", "${this.documents}", "${this.words}"`);
    });
  }

  async rebuild(batches: AsyncIterable<IndexedRecord[]>): Promise<number> {
    // One transaction: searches see the old content until the new one commits. DELETE rather than TRUNCATE,
    // which would lock searches out for as long as the rebuild takes.
    return this.writing(async (manager) => {
      // Documents go with their rows (ON DELETE CASCADE).
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

  /** One writing transaction; every process hears of it when it commits, this one at once. */
  private async writing<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(async (manager) => {
      const result = await work(manager);
      await this.changed(manager);
      return result;
    });
    this.watch?.changed(this.tables.table);
    return result;
  }

  /**
   * Raises the index's write counter; last in a writing transaction, so the row lock (which makes concurrent
   * writers of one index commit one after another) is held only for the commit.
   */
  private async changed(manager: EntityManager): Promise<void> {
    // The notification is delivered on commit, to every process's IndexChangeWatch.
    await manager.query(
      `WITH raised AS (
         UPDATE "search_index_version" SET version = version + 1 WHERE index_table = $1 RETURNING index_table)
       SELECT pg_notify($2, index_table) FROM raised`,
      [this.tables.table, SEARCH_INDEX_CHANGED_CHANNEL],
    );
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
        route_mask: toMask(r.routeTypes, ROUTE_BITS),
        hours_min: r.hoursMin,
        hours_max: r.hoursMax,
        band_mask: toMask(r.hoursBands, BAND_BITS),
        education_rank: r.educationRank,
        dutch_rank: r.dutchRank,
        inclusive_mask: toMask(r.inclusiveOptions, INCLUSIVE_BITS),
        region_id: r.regionId,
        skill_ids: r.skillIds,
        occupation_ids: r.occupationIds,
        isco_prefixes: r.iscoPrefixes,
        lat: r.location?.lat ?? null,
        lon: r.location?.lon ?? null,
        sort_date: r.sortDate,
      }));
    const json = JSON.stringify(rows);
    const columns = Object.keys(COLUMN_TYPES);
    await manager.query(
      `INSERT INTO "${this.tables.table}" (id, tsv, ${columns.join(', ')})
       SELECT r.id,
              search_tsvector(r.title, 'A') || search_tsvector(r.keywords, 'B') ||
              search_tsvector(r.body, 'C') || search_tsvector(r.place, 'D'),
              ${columns.map((c) => `r.${c}`).join(', ')}
       FROM jsonb_to_recordset($1::jsonb)
         AS r(id uuid, title text, keywords text, body text, place text, ${columns.map((c) => `${c} ${COLUMN_TYPES[c]}`).join(', ')})
       ON CONFLICT (id) DO UPDATE SET tsv = EXCLUDED.tsv, ${columns.map((c) => `${c} = EXCLUDED.${c}`).join(', ')}`,
      [json],
    );
    await manager.query(
      `INSERT INTO "${this.documents}" (id, document)
       SELECT r.id, r.document FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, document jsonb)
       ON CONFLICT (id) DO UPDATE SET document = EXCLUDED.document`,
      [json],
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
  private async textQuery(
    search: NormalizedSearch,
    heard: string | null,
  ): Promise<TextQuery | null> {
    const { words, prefixLast } = search;
    const key = JSON.stringify([words, prefixLast]);
    if (heard !== null) {
      const kept = this.wordQueries.get(key, heard);
      if (kept !== undefined) return kept;
    }
    const rows = (await this.db.query(
      `SELECT q.i,
         (SELECT min(lexeme) FROM unnest(to_tsvector(${CONFIG}, q.word))) AS own,
         (SELECT array_agg(DISTINCT lexeme) FROM unnest(to_tsvector(${CONFIG}, q.synonyms))) AS synonyms,
         q.prefix, q.word,
         CASE WHEN q.prefix THEN ARRAY(
           SELECT w.lexeme FROM "${this.words}" w
           WHERE w.word >= q.word COLLATE "C" AND w.word < (q.word || $4) COLLATE "C"
           ORDER BY w.word
           LIMIT ${MAX_COMPLETIONS + 1}) END AS completions,
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
    const terms = rows.map((row): WordTerms => {
      const completions = row.completions ?? [];
      // The words the typed start can become, as exact stems: cheaper to match and rank than a prefix search
      // (no partial match in the GIN index). Only a start shared by very many words stays a prefix.
      const open = row.prefix && completions.length > MAX_COMPLETIONS;
      return {
        own: row.own,
        synonyms: row.synonyms ?? [],
        completions: open ? [] : [...new Set(completions)],
        corrections: row.corrections ?? [],
        prefix: open ? row.word : null,
      };
    });
    const query = buildTextQuery(terms);
    if (heard !== null) this.wordQueries.set(key, heard, query);
    return query;
  }

  private conditions(f: NormalizedFilters, params: Params): string[] {
    const where: string[] = [];
    if (f.routeTypes.length > 0)
      where.push(`d.route_mask & ${params.add(toMask(f.routeTypes, ROUTE_BITS))}::int <> 0`);
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
    if (f.inclusiveOptions.length > 0) {
      const mask = params.add(toMask(f.inclusiveOptions, INCLUSIVE_BITS));
      where.push(`d.inclusive_mask & ${mask}::int = ${mask}::int`);
    }
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

/** Columns written from JSON as they are (besides id and the tsvector made from the texts). */
const COLUMN_TYPES: Record<string, string> = {
  route_mask: 'int',
  hours_min: 'smallint',
  hours_max: 'smallint',
  band_mask: 'smallint',
  education_rank: 'smallint',
  dutch_rank: 'smallint',
  inclusive_mask: 'smallint',
  region_id: 'uuid',
  skill_ids: 'uuid[]',
  occupation_ids: 'uuid[]',
  isco_prefixes: 'text[]',
  lat: 'float8',
  lon: 'float8',
  sort_date: 'timestamptz',
};

/** Group counts to counts per value: a mask counts for each of its bits, a rank for its level. */
function facetCounts(rows: [SearchFacet, string | null, number][]): EngineResult['facets'] {
  const facets: Record<string, Record<string, number>> = {};
  const add = (facet: string, value: string, count: number) => {
    const counts = (facets[facet] ??= {});
    counts[value] = (counts[value] ?? 0) + count;
  };
  for (const [facet, value, count] of rows) {
    facets[facet] ??= {};
    if (value === null) continue;
    switch (facet) {
      case SearchFacet.ROUTE_TYPE:
        for (const route of fromMask(Number(value), ROUTE_BITS)) add(facet, route, count);
        break;
      case SearchFacet.HOURS_BAND:
        for (const band of fromMask(Number(value), BAND_BITS)) add(facet, band, count);
        break;
      case SearchFacet.DUTCH_LEVEL: {
        const level = levelOfRank(Number(value));
        if (level) add(facet, level, count);
        break;
      }
      default:
        add(facet, value, count);
    }
  }
  return facets;
}
