import { MigrationInterface, QueryRunner } from 'typeorm';

export class AuditTrail1795434761487 implements MigrationInterface {
  name = 'AuditTrail1795434761487';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "audit_event" (
      "id" BIGSERIAL NOT NULL,
      "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "actor_user_id" uuid,
      "actor_role" character varying(32),
      "actor_organisation_id" uuid,
      "actor_region_id" uuid,
      "subject_user_id" uuid,
      "action" character varying(16) NOT NULL,
      "resource_type" character varying(64) NOT NULL,
      "resource_id" character varying(128),
      "purpose" text,
      "request_id" character varying(64),
      CONSTRAINT "PK_audit_event" PRIMARY KEY ("id"))`);
    await queryRunner.query('CREATE INDEX "audit_event_subject_idx" ON "audit_event" ("subject_user_id", "id")');
    await queryRunner.query('CREATE INDEX "audit_event_actor_idx" ON "audit_event" ("actor_user_id", "id")');
    await queryRunner.query('CREATE INDEX "audit_event_occurred_at_idx" ON "audit_event" ("occurred_at")');
    // Append-only for the application: the trail is evidence, so not even a bug or a compromised API may rewrite it.
    await queryRunner.query(`CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_no_update_or_delete" BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"()`);
    await queryRunner.query(`CREATE TRIGGER "audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "audit_event"');
    await queryRunner.query('DROP FUNCTION "audit_event_append_only"()');
  }
}
