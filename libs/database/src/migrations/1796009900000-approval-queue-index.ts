import { MigrationInterface, QueryRunner } from 'typeorm';

/*
 * Written by hand: the approval queue reads a region's open proposals by score (highest first) and then by age
 * (oldest first). An index in that mixed order lets it read the first page straight from the index instead of
 * sorting every open proposal of the region; TypeORM cannot declare a descending column, so the entity names
 * the index with `synchronize: false`.
 */
export class ApprovalQueueIndex1796009900000 implements MigrationInterface {
  name = 'ApprovalQueueIndex1796009900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "match_proposal_queue_idx" ON "match_proposal" ("review_region_id", "status", "score" DESC, "created_at", "id")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."match_proposal_queue_idx"`);
  }
}
