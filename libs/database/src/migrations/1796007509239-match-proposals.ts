import { MigrationInterface, QueryRunner } from 'typeorm';

export class MatchProposals1796007509239 implements MigrationInterface {
  name = 'MatchProposals1796007509239';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "match_proposal_count" ("day" date NOT NULL, "target_group" character varying(24) NOT NULL, "proposals" integer NOT NULL DEFAULT '0', CONSTRAINT "PK_c0def02b7b2cd5ad50b5cd16887" PRIMARY KEY ("day", "target_group"))`);
    await queryRunner.query(`CREATE TABLE "match_proposal" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "profile_id" uuid NOT NULL, "vacancy_id" uuid NOT NULL, "job_seeker_id" uuid NOT NULL, "review_region_id" uuid, "score" smallint NOT NULL, "explanation" jsonb NOT NULL, "profile_version" integer NOT NULL, "vacancy_version" integer NOT NULL, "source" character varying(24) NOT NULL DEFAULT 'ENGINE', "status" character varying(16) NOT NULL DEFAULT 'OPEN', "withdrawal_reason" character varying(24), "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "match_proposal_pair_key" UNIQUE ("profile_id", "vacancy_id"), CONSTRAINT "match_proposal_score_check" CHECK ("score" BETWEEN 0 AND 100), CONSTRAINT "PK_bb37f294b8a20b3bcf62c2a750c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "match_proposal_region_idx" ON "match_proposal" ("review_region_id", "status") `);
    await queryRunner.query(`CREATE INDEX "match_proposal_job_seeker_idx" ON "match_proposal" ("job_seeker_id", "status", "score") `);
    await queryRunner.query(`CREATE INDEX "match_proposal_vacancy_idx" ON "match_proposal" ("vacancy_id", "status", "score") `);
    await queryRunner.query(`ALTER TABLE "match_proposal" ADD CONSTRAINT "FK_ec1c968ad7754d217b7ed5022eb" FOREIGN KEY ("profile_id") REFERENCES "talent_profile"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_proposal" ADD CONSTRAINT "FK_cbe02fe59e5f8a8da69cad97f5e" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_cbe02fe59e5f8a8da69cad97f5e"`);
    await queryRunner.query(`ALTER TABLE "match_proposal" DROP CONSTRAINT "FK_ec1c968ad7754d217b7ed5022eb"`);
    await queryRunner.query(`DROP INDEX "public"."match_proposal_vacancy_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_proposal_job_seeker_idx"`);
    await queryRunner.query(`DROP INDEX "public"."match_proposal_region_idx"`);
    await queryRunner.query(`DROP TABLE "match_proposal"`);
    await queryRunner.query(`DROP TABLE "match_proposal_count"`);
  }
}
