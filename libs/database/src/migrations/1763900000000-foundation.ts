import { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Extensions the built-in search engine and the taxonomy look-ups rely on.
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS pg_trgm');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS unaccent');
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS "uuid-ossp"');
    await queryRunner.query(`CREATE TABLE "outbox_event" (
      "id" BIGSERIAL NOT NULL,
      "aggregate_type" character varying(64) NOT NULL,
      "aggregate_id" uuid NOT NULL,
      "event_type" character varying(128) NOT NULL,
      "payload" jsonb NOT NULL DEFAULT '{}',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "published_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_outbox_event" PRIMARY KEY ("id"))`);
    await queryRunner.query('CREATE INDEX "outbox_event_unpublished_idx" ON "outbox_event" ("id") WHERE "published_at" IS NULL');
    await queryRunner.query(`CREATE TABLE "system_check" (
      "id" uuid NOT NULL DEFAULT uuid_generate_v4(),
      "status" character varying(16) NOT NULL,
      "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "processed_at" TIMESTAMP WITH TIME ZONE,
      "processed_by" character varying(128),
      CONSTRAINT "PK_system_check" PRIMARY KEY ("id"))`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "system_check"');
    await queryRunner.query('DROP TABLE "outbox_event"');
  }
}
