import { MigrationInterface, QueryRunner } from 'typeorm';

export class TalentProfilesAndVacancies1796004946728 implements MigrationInterface {
  name = 'TalentProfilesAndVacancies1796004946728';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "talent_profile" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "job_seeker_id" uuid NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "headline" character varying(160), "talents" jsonb NOT NULL DEFAULT '[]', "work_experience" jsonb NOT NULL DEFAULT '[]', "education_level" character varying(16), "diplomas" jsonb NOT NULL DEFAULT '[]', "languages" jsonb NOT NULL DEFAULT '[]', "dutch_level" character varying(2), "hours_min" smallint, "hours_max" smallint, "earliest_start" date, "postcode" character varying(7), "pc4" character varying(4), "municipality_code" character varying(6), "region_id" uuid, "lat" double precision, "lon" double precision, "travel_km" smallint, "driving_licences" character varying(8) array NOT NULL DEFAULT '{}', "transport_modes" character varying(24) array NOT NULL DEFAULT '{}', "wanted_route_types" character varying(24) array NOT NULL DEFAULT '{}', "participation_level" smallint, "support_needs" character varying(24) array NOT NULL DEFAULT '{}', "target_groups" character varying(24) array NOT NULL DEFAULT '{}', "published_at" TIMESTAMP WITH TIME ZONE, "paused_at" TIMESTAMP WITH TIME ZONE, "pause_reason" character varying(16), "confirmed_at" TIMESTAMP WITH TIME ZONE, "confirmation_requested_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "updated_by_user_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "REL_1bc7c89945956908ab8daede42" UNIQUE ("job_seeker_id"), CONSTRAINT "talent_profile_travel_km_check" CHECK ("travel_km" BETWEEN 0 AND 300), CONSTRAINT "talent_profile_participation_level_check" CHECK ("participation_level" BETWEEN 1 AND 6), CONSTRAINT "talent_profile_hours_check" CHECK ("hours_min" BETWEEN 1 AND 40 AND "hours_max" BETWEEN 1 AND 40 AND "hours_min" <= "hours_max"), CONSTRAINT "PK_0612c53e1012ea446eaf991f2bf" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_9d63466bb6567428d2ee09dc7a" ON "talent_profile" ("region_id") `);
    await queryRunner.query(`CREATE INDEX "talent_profile_confirmation_idx" ON "talent_profile" ("confirmed_at") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(`CREATE INDEX "talent_profile_status_idx" ON "talent_profile" ("status") `);
    await queryRunner.query(`CREATE TABLE "talent_profile_occupation" ("profile_id" uuid NOT NULL, "occupation_id" uuid NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_2c339259355fdf5f184ba4a6448" PRIMARY KEY ("profile_id", "occupation_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_85831165376d512b33ce9a0c18" ON "talent_profile_occupation" ("occupation_id") `);
    await queryRunner.query(`CREATE TABLE "talent_profile_skill" ("profile_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "level" character varying(16) NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_6cc62e756dba1af974597346562" PRIMARY KEY ("profile_id", "skill_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c7350ecc23920360d7b52adf94" ON "talent_profile_skill" ("skill_id") `);
    await queryRunner.query(`CREATE TABLE "vacancy" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "organisation_id" uuid NOT NULL, "created_by_user_id" uuid, "status" character varying(16) NOT NULL DEFAULT 'DRAFT', "title" character varying(160) NOT NULL, "description" text NOT NULL, "occupation_id" uuid, "route_type" character varying(24) NOT NULL, "hours_min" smallint NOT NULL, "hours_max" smallint NOT NULL, "positions" smallint NOT NULL DEFAULT '1', "remote" boolean NOT NULL DEFAULT false, "postcode" character varying(7), "pc4" character varying(4), "municipality_code" character varying(6), "region_id" uuid, "lat" double precision, "lon" double precision, "review_region_id" uuid, "min_dutch_level" character varying(2), "education_level" character varying(16), "inclusive_options" character varying(32) array NOT NULL DEFAULT '{}', "contract_type" character varying(24), "pay_min" numeric(9,2), "pay_max" numeric(9,2), "pay_period" character varying(8), "closing_date" date NOT NULL, "submitted_at" TIMESTAMP WITH TIME ZONE, "published_at" TIMESTAMP WITH TIME ZONE, "published_by_user_id" uuid, "return_reason" text, "returned_at" TIMESTAMP WITH TIME ZONE, "ended_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "vacancy_pay_check" CHECK ("pay_min" >= 0 AND "pay_min" <= "pay_max"), CONSTRAINT "vacancy_positions_check" CHECK ("positions" >= 1), CONSTRAINT "vacancy_hours_check" CHECK ("hours_min" BETWEEN 1 AND 40 AND "hours_max" BETWEEN 1 AND 40 AND "hours_min" <= "hours_max"), CONSTRAINT "PK_8fa1981f63bc24e1712707d492b" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_5148682e4159655ddd26e55298" ON "vacancy" ("occupation_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_80a5b84785a900629112f46695" ON "vacancy" ("region_id") `);
    await queryRunner.query(`CREATE INDEX "vacancy_closing_idx" ON "vacancy" ("closing_date") WHERE "status" = 'PUBLISHED'`);
    await queryRunner.query(`CREATE INDEX "vacancy_review_idx" ON "vacancy" ("review_region_id", "submitted_at") WHERE "status" = 'SUBMITTED'`);
    await queryRunner.query(`CREATE INDEX "vacancy_organisation_idx" ON "vacancy" ("organisation_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "vacancy_skill" ("vacancy_id" uuid NOT NULL, "skill_id" uuid NOT NULL, "required" boolean NOT NULL, "position" smallint NOT NULL DEFAULT '0', CONSTRAINT "PK_2ba82458d0573c7c27eb251e2f9" PRIMARY KEY ("vacancy_id", "skill_id"))`);
    await queryRunner.query(`CREATE INDEX "IDX_c5927f5670fe6e8ecb36d0ec3c" ON "vacancy_skill" ("skill_id") `);
    await queryRunner.query(`ALTER TABLE "talent_profile" ADD CONSTRAINT "FK_1bc7c89945956908ab8daede421" FOREIGN KEY ("job_seeker_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_profile_occupation" ADD CONSTRAINT "FK_df7fc6b060aad372f4439e36c14" FOREIGN KEY ("profile_id") REFERENCES "talent_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_profile_occupation" ADD CONSTRAINT "FK_85831165376d512b33ce9a0c188" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_profile_skill" ADD CONSTRAINT "FK_a7d265f2068542acf9cfaca1be8" FOREIGN KEY ("profile_id") REFERENCES "talent_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "talent_profile_skill" ADD CONSTRAINT "FK_c7350ecc23920360d7b52adf94a" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy" ADD CONSTRAINT "FK_92d3b12b11019dfa638bdcd8157" FOREIGN KEY ("organisation_id") REFERENCES "employer_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy" ADD CONSTRAINT "FK_5148682e4159655ddd26e55298e" FOREIGN KEY ("occupation_id") REFERENCES "occupation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy_skill" ADD CONSTRAINT "FK_08b6505ee530e405fe6a9bdb4cf" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "vacancy_skill" ADD CONSTRAINT "FK_c5927f5670fe6e8ecb36d0ec3c5" FOREIGN KEY ("skill_id") REFERENCES "skill"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "vacancy_skill" DROP CONSTRAINT "FK_c5927f5670fe6e8ecb36d0ec3c5"`);
    await queryRunner.query(`ALTER TABLE "vacancy_skill" DROP CONSTRAINT "FK_08b6505ee530e405fe6a9bdb4cf"`);
    await queryRunner.query(`ALTER TABLE "vacancy" DROP CONSTRAINT "FK_5148682e4159655ddd26e55298e"`);
    await queryRunner.query(`ALTER TABLE "vacancy" DROP CONSTRAINT "FK_92d3b12b11019dfa638bdcd8157"`);
    await queryRunner.query(`ALTER TABLE "talent_profile_skill" DROP CONSTRAINT "FK_c7350ecc23920360d7b52adf94a"`);
    await queryRunner.query(`ALTER TABLE "talent_profile_skill" DROP CONSTRAINT "FK_a7d265f2068542acf9cfaca1be8"`);
    await queryRunner.query(`ALTER TABLE "talent_profile_occupation" DROP CONSTRAINT "FK_85831165376d512b33ce9a0c188"`);
    await queryRunner.query(`ALTER TABLE "talent_profile_occupation" DROP CONSTRAINT "FK_df7fc6b060aad372f4439e36c14"`);
    await queryRunner.query(`ALTER TABLE "talent_profile" DROP CONSTRAINT "FK_1bc7c89945956908ab8daede421"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c5927f5670fe6e8ecb36d0ec3c"`);
    await queryRunner.query(`DROP TABLE "vacancy_skill"`);
    await queryRunner.query(`DROP INDEX "public"."vacancy_organisation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."vacancy_review_idx"`);
    await queryRunner.query(`DROP INDEX "public"."vacancy_closing_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_80a5b84785a900629112f46695"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5148682e4159655ddd26e55298"`);
    await queryRunner.query(`DROP TABLE "vacancy"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c7350ecc23920360d7b52adf94"`);
    await queryRunner.query(`DROP TABLE "talent_profile_skill"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_85831165376d512b33ce9a0c18"`);
    await queryRunner.query(`DROP TABLE "talent_profile_occupation"`);
    await queryRunner.query(`DROP INDEX "public"."talent_profile_status_idx"`);
    await queryRunner.query(`DROP INDEX "public"."talent_profile_confirmation_idx"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d63466bb6567428d2ee09dc7a"`);
    await queryRunner.query(`DROP TABLE "talent_profile"`);
  }
}
