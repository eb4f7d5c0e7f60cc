import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApprovalsAndNotifications1796008939686 implements MigrationInterface {
  name = 'ApprovalsAndNotifications1796008939686';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "user_id" uuid NOT NULL, "kind" character varying(40) NOT NULL, "resource_type" character varying(40), "resource_id" uuid, "message_nl" text NOT NULL, "message_en" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notification_unread_idx" ON "notification" ("user_id") WHERE "read_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "notification_user_idx" ON "notification" ("user_id", "created_at") `);
    await queryRunner.query(`CREATE TABLE "match_decision" ("proposal_id" uuid NOT NULL, "decision" character varying(16) NOT NULL, "decided_by_user_id" uuid NOT NULL, "decided_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note" text, "reason" character varying(32), "reason_text" text, "reason_visible_to_job_seeker" boolean NOT NULL DEFAULT false, "outcome" character varying(24), "introduced_at" TIMESTAMP WITH TIME ZONE, "interview_planned_at" TIMESTAMP WITH TIME ZONE, "interview_date" date, "outcome_at" TIMESTAMP WITH TIME ZONE, "outcome_by_user_id" uuid, "not_placed_reason" character varying(32), "not_placed_text" text, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "match_decision_outcome_check" CHECK (("decision" = 'APPROVED') = ("outcome" IS NOT NULL AND "introduced_at" IS NOT NULL)), CONSTRAINT "match_decision_kind_check" CHECK ("decision" IN ('APPROVED', 'REJECTED')), CONSTRAINT "PK_7bac448cfb3abb344e0e6e02cfb" PRIMARY KEY ("proposal_id"))`);
    await queryRunner.query(`CREATE INDEX "match_decision_reminder_idx" ON "match_decision" ("introduced_at") WHERE "outcome" = 'INTRODUCED' AND "reminder_sent_at" IS NULL`);
    await queryRunner.query(`CREATE TABLE "match_interest" ("proposal_id" uuid NOT NULL, "source" character varying(24) NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_4cc380e544c7b65912218400d74" PRIMARY KEY ("proposal_id", "source"))`);
    await queryRunner.query(`CREATE INDEX "match_interest_user_idx" ON "match_interest" ("user_id") `);
    await queryRunner.query(`CREATE TABLE "placement" ("id" uuid NOT NULL DEFAULT uuid_generate_v4(), "proposal_id" uuid, "vacancy_id" uuid NOT NULL, "job_seeker_id" uuid NOT NULL, "organisation_id" uuid NOT NULL, "review_region_id" uuid, "start_date" date NOT NULL, "hours_per_week" smallint NOT NULL, "route_type" character varying(24) NOT NULL, "contract_type" character varying(24), "paid" boolean NOT NULL, "recorded_by_user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "follow_up_due_on" date, "follow_up_requested_at" TIMESTAMP WITH TIME ZONE, "still_in_work" boolean, "still_in_work_confirmed_at" TIMESTAMP WITH TIME ZONE, "still_in_work_confirmed_by_user_id" uuid, CONSTRAINT "placement_follow_up_check" CHECK ("paid" OR ("follow_up_due_on" IS NULL AND "still_in_work" IS NULL)), CONSTRAINT "placement_hours_check" CHECK ("hours_per_week" BETWEEN 1 AND 40), CONSTRAINT "PK_4f8b29ee2db5213bcb38b6c71c4" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "placement_follow_up_idx" ON "placement" ("follow_up_due_on") WHERE "follow_up_requested_at" IS NULL AND "still_in_work" IS NULL`);
    await queryRunner.query(`CREATE INDEX "placement_start_idx" ON "placement" ("start_date") `);
    await queryRunner.query(`CREATE INDEX "placement_job_seeker_idx" ON "placement" ("job_seeker_id") `);
    await queryRunner.query(`CREATE INDEX "placement_vacancy_idx" ON "placement" ("vacancy_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "placement_proposal_key" ON "placement" ("proposal_id") `);
    await queryRunner.query(`ALTER TABLE "notification" ADD CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_decision" ADD CONSTRAINT "FK_7bac448cfb3abb344e0e6e02cfb" FOREIGN KEY ("proposal_id") REFERENCES "match_proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "match_interest" ADD CONSTRAINT "FK_2dbd80dd81afafacc52ea516103" FOREIGN KEY ("proposal_id") REFERENCES "match_proposal"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_4738073e2cd729022127123995b" FOREIGN KEY ("proposal_id") REFERENCES "match_proposal"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "placement" ADD CONSTRAINT "FK_2cc575b3c594c72f13ef2731595" FOREIGN KEY ("vacancy_id") REFERENCES "vacancy"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_2cc575b3c594c72f13ef2731595"`);
    await queryRunner.query(`ALTER TABLE "placement" DROP CONSTRAINT "FK_4738073e2cd729022127123995b"`);
    await queryRunner.query(`ALTER TABLE "match_interest" DROP CONSTRAINT "FK_2dbd80dd81afafacc52ea516103"`);
    await queryRunner.query(`ALTER TABLE "match_decision" DROP CONSTRAINT "FK_7bac448cfb3abb344e0e6e02cfb"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_928b7aa1754e08e1ed7052cb9d8"`);
    await queryRunner.query(`DROP INDEX "public"."placement_proposal_key"`);
    await queryRunner.query(`DROP INDEX "public"."placement_vacancy_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placement_job_seeker_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placement_start_idx"`);
    await queryRunner.query(`DROP INDEX "public"."placement_follow_up_idx"`);
    await queryRunner.query(`DROP TABLE "placement"`);
    await queryRunner.query(`DROP INDEX "public"."match_interest_user_idx"`);
    await queryRunner.query(`DROP TABLE "match_interest"`);
    await queryRunner.query(`DROP INDEX "public"."match_decision_reminder_idx"`);
    await queryRunner.query(`DROP TABLE "match_decision"`);
    await queryRunner.query(`DROP INDEX "public"."notification_user_idx"`);
    await queryRunner.query(`DROP INDEX "public"."notification_unread_idx"`);
    await queryRunner.query(`DROP TABLE "notification"`);
  }
}
