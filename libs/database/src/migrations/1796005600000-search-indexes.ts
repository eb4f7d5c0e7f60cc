import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The built-in search engine's own tables (libs/search, postgres/), written by hand and without TypeORM entities:
 * nothing but the search engine reads them, and their operator-class and covering indexes are beyond what entities
 * describe. Per index three tables:
 *   <index>           one narrow row per document: the weighted Dutch tsvector and what filters, facets and sorting
 *                     read, with route types, hours bands and inclusive options as bit masks (facets count by a
 *                     small integer instead of unnesting arrays);
 *   <index>_document  the document as returned, read only for the rows of a page;
 *   <index>_word      every word the documents contain with its Dutch stem, for completing and correcting query
 *                     words before the full-text search runs.
 * and search_index_version, a write counter per index.
 */
const INDEX_TABLES = ['search_vacancy', 'search_talent_profile'];

function createIndexTable(table: string): string[] {
  return [
    `CREATE TABLE "${table}" (
      "id" uuid NOT NULL,
      "tsv" tsvector NOT NULL,
      "route_mask" integer NOT NULL,
      "hours_min" smallint,
      "hours_max" smallint,
      "band_mask" smallint NOT NULL,
      "education_rank" smallint NOT NULL,
      "dutch_rank" smallint NOT NULL,
      "inclusive_mask" smallint NOT NULL,
      "region_id" uuid,
      "skill_ids" uuid[] NOT NULL,
      "occupation_ids" uuid[] NOT NULL,
      "isco_prefixes" text[] NOT NULL,
      "lat" double precision,
      "lon" double precision,
      "sort_date" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "${table}_pkey" PRIMARY KEY ("id")
    )`,
    `CREATE INDEX "${table}_tsv_idx" ON "${table}" USING gin ("tsv")`,
    `CREATE INDEX "${table}_skill_ids_idx" ON "${table}" USING gin ("skill_ids")`,
    `CREATE INDEX "${table}_occupation_ids_idx" ON "${table}" USING gin ("occupation_ids")`,
    `CREATE INDEX "${table}_isco_prefixes_idx" ON "${table}" USING gin ("isco_prefixes")`,
    `CREATE INDEX "${table}_region_idx" ON "${table}" ("region_id")`,
    // Newest first for DATE, and everything a search without text filters and counts on, so that it runs as an
    // index-only scan over a few MB instead of reading the table.
    `CREATE INDEX "${table}_sort_date_idx" ON "${table}" ("sort_date" DESC, "id")
      INCLUDE ("route_mask", "band_mask", "hours_min", "hours_max", "education_rank", "dutch_rank", "inclusive_mask", "region_id", "lat", "lon")`,
    // The bounding box a distance filter checks first (a GiST box search), before the exact haversine distance;
    // with the filter columns included, a distance search never reads the table (index-only scan).
    `CREATE INDEX "${table}_location_idx" ON "${table}" USING gist (point("lon", "lat"))
      INCLUDE ("id", "sort_date", "lat", "lon", "route_mask", "band_mask", "hours_min", "hours_max", "education_rank", "dutch_rank", "inclusive_mask", "region_id")
      WHERE "lat" IS NOT NULL`,
    `CREATE TABLE "${table}_document" (
      "id" uuid NOT NULL,
      "document" jsonb NOT NULL,
      CONSTRAINT "${table}_document_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "${table}_document_id_fkey" FOREIGN KEY ("id") REFERENCES "${table}" ("id") ON DELETE CASCADE
    )`,
    `CREATE TABLE "${table}_word" (
      "word" text COLLATE "C" NOT NULL,
      "lexeme" text NOT NULL,
      CONSTRAINT "${table}_word_pkey" PRIMARY KEY ("word")
    )`,
    `CREATE INDEX "${table}_word_trgm_idx" ON "${table}_word" USING gin ("word" gin_trgm_ops)`,
  ];
}

export class SearchIndexes1796005600000 implements MigrationInterface {
  name = 'SearchIndexes1796005600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // levenshtein() decides which trigram-similar words are within a typo or two.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "fuzzystrmatch"');
    // Lower case, accents removed, single spaces. IMMUTABLE (unaccent with an explicit dictionary), so that the
    // planner folds it for a query parameter.
    await queryRunner.query(`CREATE FUNCTION search_normalize(text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '\\s+', ' ', 'g')) $$`);
    // The words of a text: runs of letters and digits. Documents and queries are cut into words the same way,
    // so a query word and the word table always agree.
    await queryRunner.query(`CREATE FUNCTION search_words(text) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT coalesce(array_agg(w), '{}') FROM regexp_split_to_table(search_normalize($1), '[^[:alnum:]]+') AS w WHERE w <> '' $$`);
    // Dutch stems of those words, weighted (A title, B skill and occupation labels, C texts, D place).
    await queryRunner.query(`CREATE FUNCTION search_tsvector(text, "char") RETURNS tsvector
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT setweight(to_tsvector('pg_catalog.dutch'::regconfig, array_to_string(search_words($1), ' ')), $2) $$`);
    // Haversine, as libs/geo/domain/src/distance.ts computes it. Not STRICT: PostgreSQL inlines a SQL function only
    // when it can prove strictness, which least() prevents, and the function call costs 20 times the formula.
    await queryRunner.query(`CREATE FUNCTION search_distance_km(double precision, double precision, double precision, double precision)
      RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT 2 * 6371.0088 * asin(least(1, sqrt(
        sin(radians($3 - $1) / 2) ^ 2 + cos(radians($1)) * cos(radians($3)) * sin(radians($4 - $2) / 2) ^ 2))) $$`);
    for (const table of INDEX_TABLES)
      for (const sql of createIndexTable(table)) await queryRunner.query(sql);
    // A counter per index, raised in the same transaction as every write: a process may keep the counts of a
    // search without text (total and facets, the expensive part over 100k documents) for as long as it is unchanged.
    await queryRunner.query(`CREATE TABLE "search_index_version" (
      "index_table" text NOT NULL,
      "version" bigint NOT NULL DEFAULT 0,
      CONSTRAINT "search_index_version_pkey" PRIMARY KEY ("index_table")
    )`);
    await queryRunner.query(
      `INSERT INTO "search_index_version" ("index_table") VALUES ${INDEX_TABLES.map((t) => `('${t}')`).join(', ')}`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "search_index_version"');
    for (const table of [...INDEX_TABLES].reverse()) {
      await queryRunner.query(`DROP TABLE "${table}_word"`);
      await queryRunner.query(`DROP TABLE "${table}_document"`);
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION search_distance_km(double precision, double precision, double precision, double precision)');
    await queryRunner.query('DROP FUNCTION search_tsvector(text, "char")');
    await queryRunner.query('DROP FUNCTION search_words(text)');
    await queryRunner.query('DROP FUNCTION search_normalize(text)');
    await queryRunner.query('DROP EXTENSION IF EXISTS "fuzzystrmatch"');
  }
}
