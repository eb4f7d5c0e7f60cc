import { MigrationInterface, QueryRunner } from 'typeorm';

export class IdentityAndNotifications1795433168675 implements MigrationInterface {
  name = 'IdentityAndNotifications1795433168675';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "employer_organisation" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "name" character varying(200) NOT NULL, "kvk_number" character(8) NOT NULL, "street" character varying(200) NOT NULL, "house_number" character varying(16) NOT NULL, "postcode" character(6) NOT NULL, "city" character varying(100) NOT NULL, "sector" character varying(100) NOT NULL, "region_id" uuid, "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9b1abeee11336d302a6d2d1c707" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "employer_organisation_awaiting_idx" ON "employer_organisation" ("region_id", "created_at") WHERE "verified_at" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "employer_organisation_kvk_number_key" ON "employer_organisation" ("kvk_number") `);
    await queryRunner.query(`CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" character varying(254) NOT NULL, "password_hash" character varying(255) NOT NULL, "role" character varying(32) NOT NULL, "full_name" character varying(200) NOT NULL, "phone" character varying(32), "organisation_id" uuid, "region_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "deactivated_at" TIMESTAMP WITH TIME ZONE, "erased_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "app_user_organisation_idx" ON "app_user" ("organisation_id") `);
    // Case-insensitive uniqueness even for rows written around the service (tools, SQL by hand).
    await queryRunner.query(`CREATE UNIQUE INDEX "app_user_email_lower_key" ON "app_user" (lower("email"))`);
    await queryRunner.query(`CREATE TABLE "caseload_assignment" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "coach_id" uuid NOT NULL, "job_seeker_id" uuid NOT NULL, "assigned_by" uuid NOT NULL, "assigned_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9d8b294829180c3b4290edfd132" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "caseload_assignment_coach_idx" ON "caseload_assignment" ("coach_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "caseload_assignment_job_seeker_key" ON "caseload_assignment" ("job_seeker_id") `);
    await queryRunner.query(`CREATE TABLE "invitation" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "email" character varying(254) NOT NULL, "role" character varying(32) NOT NULL, "region_id" uuid, "organisation_id" uuid, "token_hash" character(64) NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "accepted_at" TIMESTAMP WITH TIME ZONE, "invited_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_beb994737756c0f18a1c1f8669c" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "invitation_token_hash_key" ON "invitation" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "password_reset_token" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "token_hash" character(64) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_838af121380dfe3a6330e04f5bb" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "password_reset_token_user_idx" ON "password_reset_token" ("user_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "password_reset_token_token_hash_key" ON "password_reset_token" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "token_hash" character(64) NOT NULL, "family_id" uuid NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "replaced_by" uuid, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "refresh_token_user_idx" ON "refresh_token" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "refresh_token_family_idx" ON "refresh_token" ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "refresh_token_token_hash_key" ON "refresh_token" ("token_hash") `);
    await queryRunner.query(`CREATE TABLE "outgoing_email" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "recipient" character varying(254) NOT NULL, "subject" character varying(200) NOT NULL, "text_body" text NOT NULL, "kind" character varying(32) NOT NULL, "status" character varying(16) NOT NULL DEFAULT 'QUEUED', "transport" character varying(16), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cfdf142b838062345830395e90f" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "outgoing_email_recipient_idx" ON "outgoing_email" ("recipient", "created_at") `);
    await queryRunner.query(`CREATE INDEX "outgoing_email_queued_idx" ON "outgoing_email" ("created_at") WHERE "status" = 'QUEUED'`);
    await queryRunner.query(`ALTER TABLE "app_user" ADD CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd" FOREIGN KEY ("organisation_id") REFERENCES "employer_organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "caseload_assignment" ADD CONSTRAINT "FK_846d3d5a886bb30f9328df0d7c5" FOREIGN KEY ("coach_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "caseload_assignment" ADD CONSTRAINT "FK_18e2ea138973c83b109fe389951" FOREIGN KEY ("job_seeker_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_913833c1541e680e8112131222f" FOREIGN KEY ("organisation_id") REFERENCES "employer_organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "invitation" ADD CONSTRAINT "FK_e720a7c3cde7969988b5d33ca75" FOREIGN KEY ("invited_by") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "password_reset_token" ADD CONSTRAINT "FK_7eabb22ed38459ffc24dc8b415d" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "refresh_token" ADD CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "FK_6bbe63d2fe75e7f0ba1710351d4"`);
    await queryRunner.query(`ALTER TABLE "password_reset_token" DROP CONSTRAINT "FK_7eabb22ed38459ffc24dc8b415d"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_e720a7c3cde7969988b5d33ca75"`);
    await queryRunner.query(`ALTER TABLE "invitation" DROP CONSTRAINT "FK_913833c1541e680e8112131222f"`);
    await queryRunner.query(`ALTER TABLE "caseload_assignment" DROP CONSTRAINT "FK_18e2ea138973c83b109fe389951"`);
    await queryRunner.query(`ALTER TABLE "caseload_assignment" DROP CONSTRAINT "FK_846d3d5a886bb30f9328df0d7c5"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_6fa42e978fa7d7adc32736e26fd"`);
    await queryRunner.query(`DROP INDEX "public"."outgoing_email_queued_idx"`);
    await queryRunner.query(`DROP INDEX "public"."outgoing_email_recipient_idx"`);
    await queryRunner.query(`DROP TABLE "outgoing_email"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_family_idx"`);
    await queryRunner.query(`DROP INDEX "public"."refresh_token_user_idx"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_token_token_hash_key"`);
    await queryRunner.query(`DROP INDEX "public"."password_reset_token_user_idx"`);
    await queryRunner.query(`DROP TABLE "password_reset_token"`);
    await queryRunner.query(`DROP INDEX "public"."invitation_token_hash_key"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP INDEX "public"."caseload_assignment_job_seeker_key"`);
    await queryRunner.query(`DROP INDEX "public"."caseload_assignment_coach_idx"`);
    await queryRunner.query(`DROP TABLE "caseload_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_email_lower_key"`);
    await queryRunner.query(`DROP INDEX "public"."app_user_organisation_idx"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP INDEX "public"."employer_organisation_kvk_number_key"`);
    await queryRunner.query(`DROP INDEX "public"."employer_organisation_awaiting_idx"`);
    await queryRunner.query(`DROP TABLE "employer_organisation"`);
  }
}
