import { MigrationInterface, QueryRunner } from 'typeorm';

export class GeoAndTaxonomy1795433367310 implements MigrationInterface {
  name = 'GeoAndTaxonomy1795433367310';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The one normalisation of searchable taxonomy labels and of what a person types: lower case, accents
    // removed, single spaces. IMMUTABLE (unaccent with an explicit dictionary) so that the planner folds it to a
    // constant for a query parameter and the indexes below apply.
    await queryRunner.query(`CREATE FUNCTION taxonomy_search_normalize(text) RETURNS text
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      AS $$ SELECT btrim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, $1)), '\\s+', ' ', 'g')) $$`);
    await queryRunner.query(`CREATE TABLE "labour_market_region" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(100) NOT NULL, "slug" character varying(100) NOT NULL, CONSTRAINT "UQ_9daf5c6e9e3ad59dbfef38d75f6" UNIQUE ("name"), CONSTRAINT "UQ_93eb0f583e921eb9895cd3700f6" UNIQUE ("slug"), CONSTRAINT "PK_644451bd4ced7cbaf9b4ec75ce8" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "employer_service_point" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "region_id" uuid NOT NULL, "name" character varying(150) NOT NULL, CONSTRAINT "UQ_7738c1eef61efb7151ddb183487" UNIQUE ("region_id"), CONSTRAINT "PK_3bbd702bccd223088bfc111cb9a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "municipality" ("code" character varying(6) NOT NULL, "name" character varying(100) NOT NULL, "province" character varying(50) NOT NULL, "region_id" uuid NOT NULL, CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE INDEX "IDX_8332d29fbc47c03df97cde72a3" ON "municipality" ("region_id") `);
    await queryRunner.query(`CREATE TABLE "postcode_area" ("pc4" character(4) NOT NULL, "place_names" text array NOT NULL DEFAULT '{}', "municipality_code" character varying(6) NOT NULL, "lat" double precision NOT NULL, "lon" double precision NOT NULL, CONSTRAINT "PK_2eaa8be9d4d66960d27e5d15caf" PRIMARY KEY ("pc4"))`);
    await queryRunner.query(`CREATE INDEX "IDX_791cbfa7f8329027c84e0d2787" ON "postcode_area" ("municipality_code") `);
    await queryRunner.query(`CREATE TABLE "isco_group" ("code" character varying(4) NOT NULL, "label_nl" text NOT NULL, CONSTRAINT "PK_a44beeaf4f48cb003b559cc09ff" PRIMARY KEY ("code"))`);
    await queryRunner.query(`CREATE TABLE "occupation" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "uri" character varying(255) NOT NULL, "label_nl" text NOT NULL, "label_en" text NOT NULL, "alt_labels_nl" text array NOT NULL DEFAULT '{}', "alt_labels_en" text array NOT NULL DEFAULT '{}', "isco_group_code" character varying(4) NOT NULL, CONSTRAINT "UQ_4141525830f088d17aeb1fe4793" UNIQUE ("uri"), CONSTRAINT "PK_07cfcefef555693d96dce8805c5" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_99c3379da883f1ad190bef6ea6" ON "occupation" ("isco_group_code") `);
    await queryRunner.query(`CREATE TABLE "skill" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "uri" character varying(255) NOT NULL, "label_nl" text, "label_en" text NOT NULL, "alt_labels_nl" text array NOT NULL DEFAULT '{}', "alt_labels_en" text array NOT NULL DEFAULT '{}', "skill_type" character varying(32), "reuse_level" character varying(32), CONSTRAINT "UQ_a8b78f5dea3aba79a862e53a528" UNIQUE ("uri"), CONSTRAINT "PK_a0d33334424e64fb78dc3ce7196" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "occupation_skill" ("occupation_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "relation" character varying(16) NOT NULL, CONSTRAINT "PK_867fc3a1e2d2ac5bed411887a99" PRIMARY KEY ("occupation_id", "skill_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_67d6851171702542b60b42b2c1" ON "occupation_skill" ("skill_id") `);
    await queryRunner.query(`CREATE TABLE "occupation_search_term" ("occupation_id" uuid NOT NULL, "norm" text COLLATE "C" NOT NULL, "term" text NOT NULL, "language" character varying(2) NOT NULL, "preferred" boolean NOT NULL, CONSTRAINT "PK_380f7c4b3d26d68de71013f989c" PRIMARY KEY ("occupation_id", "norm"))`);
    await queryRunner.query(`CREATE INDEX "IDX_e7d5603c1fc36f7ec9f0db8705" ON "occupation_search_term" ("norm") `);
    await queryRunner.query(`CREATE TABLE "skill_search_term" ("skill_id" uuid NOT NULL, "norm" text COLLATE "C" NOT NULL, "term" text NOT NULL, "language" character varying(2) NOT NULL, "preferred" boolean NOT NULL, CONSTRAINT "PK_600313db775cbcfd4822e02d38a" PRIMARY KEY ("skill_id", "norm"))`);
    await queryRunner.query(`CREATE INDEX "IDX_46682b83abad153b3ed26f865f" ON "skill_search_term" ("norm") `);
    // Trigram indexes for suggestions (declared on the entities with synchronize: false): one over every label for
    // substring matches, a small one over preferred labels for the typo-tolerant (word similarity) look-up, which
    // over all 100k skill labels would cost ~10 ms a query instead of ~2.
    await queryRunner.query(`CREATE INDEX "occupation_search_term_norm_trgm" ON "occupation_search_term" USING gin ("norm" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "occupation_search_term_preferred_trgm" ON "occupation_search_term" USING gin ("norm" gin_trgm_ops) WHERE "preferred"`);
    await queryRunner.query(`CREATE INDEX "skill_search_term_norm_trgm" ON "skill_search_term" USING gin ("norm" gin_trgm_ops)`);
    await queryRunner.query(`CREATE INDEX "skill_search_term_preferred_trgm" ON "skill_search_term" USING gin ("norm" gin_trgm_ops) WHERE "preferred"`);
    await queryRunner.query(`ALTER TABLE "employer_service_point" ADD CONSTRAINT "FK_7738c1eef61efb7151ddb183487" FOREIGN KEY ("region_id") REFERENCES "labour_market_region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "municipality" ADD CONSTRAINT "FK_8332d29fbc47c03df97cde72a33" FOREIGN KEY ("region_id") REFERENCES "labour_market_region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "postcode_area" ADD CONSTRAINT "FK_791cbfa7f8329027c84e0d27879" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "occupation" ADD CONSTRAINT "FK_99c3379da883f1ad190bef6ea61" FOREIGN KEY ("isco_group_code") REFERENCES "isco_group"("code") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "occupation_skill" ADD CONSTRAINT "FK_9d5e716600e43bc52db032044ad" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "occupation_skill" ADD CONSTRAINT "FK_67d6851171702542b60b42b2c1f" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "occupation_search_term" ADD CONSTRAINT "FK_00a6d87cbe892bc425c622e20b7" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "skill_search_term" ADD CONSTRAINT "FK_e8d83fa4f8ba4856aab28ff3751" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "skill_search_term" DROP CONSTRAINT "FK_e8d83fa4f8ba4856aab28ff3751"`);
    await queryRunner.query(`ALTER TABLE "occupation_search_term" DROP CONSTRAINT "FK_00a6d87cbe892bc425c622e20b7"`);
    await queryRunner.query(`ALTER TABLE "occupation_skill" DROP CONSTRAINT "FK_67d6851171702542b60b42b2c1f"`);
    await queryRunner.query(`ALTER TABLE "occupation_skill" DROP CONSTRAINT "FK_9d5e716600e43bc52db032044ad"`);
    await queryRunner.query(`ALTER TABLE "occupation" DROP CONSTRAINT "FK_99c3379da883f1ad190bef6ea61"`);
    await queryRunner.query(`ALTER TABLE "postcode_area" DROP CONSTRAINT "FK_791cbfa7f8329027c84e0d27879"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "FK_8332d29fbc47c03df97cde72a33"`);
    await queryRunner.query(`ALTER TABLE "employer_service_point" DROP CONSTRAINT "FK_7738c1eef61efb7151ddb183487"`);
    await queryRunner.query(`DROP INDEX "public"."skill_search_term_preferred_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."skill_search_term_norm_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_46682b83abad153b3ed26f865f"`);
    await queryRunner.query(`DROP TABLE "skill_search_term"`);
    await queryRunner.query(`DROP INDEX "public"."occupation_search_term_preferred_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."occupation_search_term_norm_trgm"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_e7d5603c1fc36f7ec9f0db8705"`);
    await queryRunner.query(`DROP TABLE "occupation_search_term"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_67d6851171702542b60b42b2c1"`);
    await queryRunner.query(`DROP TABLE "occupation_skill"`);
    await queryRunner.query(`DROP TABLE "skill"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_99c3379da883f1ad190bef6ea6"`);
    await queryRunner.query(`DROP TABLE "occupation"`);
    await queryRunner.query(`DROP TABLE "isco_group"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_791cbfa7f8329027c84e0d2787"`);
    await queryRunner.query(`DROP TABLE "postcode_area"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8332d29fbc47c03df97cde72a3"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP TABLE "employer_service_point"`);
    await queryRunner.query(`DROP TABLE "labour_market_region"`);
    await queryRunner.query(`DROP FUNCTION taxonomy_search_normalize(text)`);
  }
}
