import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Wakes the outbox relay as soon as an event commits, instead of waiting for its next poll. NOTIFY is sent at
 * commit (a rolled-back insert sends nothing) and PostgreSQL folds identical notifications of one transaction
 * into one, so one per statement with an empty payload is enough: the relay reads the rows itself.
 * The channel name is OUTBOX_NOTIFY_CHANNEL in libs/platform/outbox-relay.
 */
export class OutboxNotify1796005000000 implements MigrationInterface {
  name = 'OutboxNotify1796005000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE FUNCTION "outbox_event_notify"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_event', '');
        RETURN NULL;
      END
    $$`);
    await queryRunner.query(`CREATE TRIGGER "outbox_event_notify" AFTER INSERT ON "outbox_event"
      FOR EACH STATEMENT EXECUTE FUNCTION "outbox_event_notify"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TRIGGER "outbox_event_notify" ON "outbox_event"');
    await queryRunner.query('DROP FUNCTION "outbox_event_notify"()');
  }
}
