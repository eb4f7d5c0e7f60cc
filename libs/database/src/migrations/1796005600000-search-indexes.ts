import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * The built-in search engine's own tables (libs/search, postgres/): one per index with the indexed document and
 * what is derived from it, and one per index with every word its documents contain. Written by hand and without
 * TypeORM entities: nothing but the search engine reads them, and their generated column and operator-class
 * indexes are beyond what entities describe.
 */
const INDEX_TABLES = ['search_vacancy', 'search_talent_profile'];

function createIndexTable(table: string): string[] {
  return [
    `CREATE TABLE "${table}" (
      "id" uuid NOT NULL,
      "document" jsonb NOT NULL,
      "title" text NOT NULL,
      "keywords" text NOT NULL,
      "body" text NOT NULL,
      "place" text NOT NULL,
      "tsv" tsvector GENERATED ALWAYS AS (
        search_tsvector("title", 'A') || search_tsvector("keywords", 'B') ||
        search_tsvector("body", 'C') || search_tsvector("place", 'D')) STORED,
      "route_types" text[] NOT NULL,
      "hours_min" smallint,
      "hours_max" smallint,
      "hours_bands" text[] NOT NULL,
      "education_rank" smallint NOT NULL,
      "dutch_rank" smallint NOT NULL,
      "dutch_level" character varying(2),
      "inclusive_options" text[] NOT NULL,
      "region_id" uuid,
      "skill_ids" uuid[] NOT NULL,
      "occupation_ids" uuid[] NOT NULL,
      "isco_prefixes" text[] NOT NULL,
      "lat" double precision,
      "lon" double precision,
      "sort_date" TIMESTAMP WITH TIME ZONE NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "${table}_pkey" PRIMARY KEY ("id")
    )`,
    `CREATE INDEX "${table}_tsv_idx" ON "${table}" USING gin ("tsv")`,
    `CREATE INDEX "${table}_route_types_idx" ON "${table}" USING gin ("route_types")`,
    `CREATE INDEX "${table}_skill_ids_idx" ON "${table}" USING gin ("skill_ids")`,
    `CREATE INDEX "${table}_occupation_ids_idx" ON "${table}" USING gin ("occupation_ids")`,
    `CREATE INDEX "${table}_isco_prefixes_idx" ON "${table}" USING gin ("isco_prefixes")`,
    `CREATE INDEX "${table}_region_idx" ON "${table}" ("region_id")`,
    `CREATE INDEX "${table}_sort_date_idx" ON "${table}" ("sort_date" DESC, "id")`,
    // The bounding box a distance filter checks first (a GiST box search), before the exact haversine distance.
    `CREATE INDEX "${table}_location_idx" ON "${table}" USING gist (point("lon", "lat")) WHERE "lat" IS NOT NULL`,
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
    // Lower case, accents removed, single spaces. IMMUTABLE (unaccent with an explicit dictionary) so that a
    // generated column can use it and the planner folds it for a query parameter.
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
    // Haversine, as libs/geo/domain/src/distance.ts computes it.
    await queryRunner.query(`CREATE FUNCTION search_distance_km(double precision, double precision, double precision, double precision)
      RETURNS double precision LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT 2 * 6371.0088 * asin(least(1, sqrt(
        sin(radians($3 - $1) / 2) ^ 2 + cos(radians($1)) * cos(radians($3)) * sin(radians($4 - $2) / 2) ^ 2))) $$`);
    for (const table of INDEX_TABLES)
      for (const sql of createIndexTable(table)) await queryRunner.query(sql);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...INDEX_TABLES].reverse()) {
      await queryRunner.query(`DROP TABLE "${table}_word"`);
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
    await queryRunner.query('DROP FUNCTION search_distance_km(double precision, double precision, double precision, double precision)');
    await queryRunner.query('DROP FUNCTION search_tsvector(text, "char")');
    await queryRunner.query('DROP FUNCTION search_words(text)');
    await queryRunner.query('DROP FUNCTION search_normalize(text)');
    await queryRunner.query('DROP EXTENSION IF EXISTS "fuzzystrmatch"');
  }
}
