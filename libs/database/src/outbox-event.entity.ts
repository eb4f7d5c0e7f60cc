import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Ids and small scalars only: consumers reload the rows they need. */
export type OutboxPayload = Record<string, string | number | boolean | null>;

/**
 * A change that search and matching must hear about, written in the same transaction as the change itself,
 * so a crash or a Redis outage between commit and enqueue can never lose it. Payloads carry ids only.
 */
@Entity({ name: 'outbox_event' })
@Index('outbox_event_unpublished_idx', ['id'], { where: '"published_at" IS NULL' })
export class OutboxEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'aggregate_type', type: 'varchar', length: 64 })
  aggregateType: string;

  @Column({ name: 'aggregate_id', type: 'uuid' })
  aggregateId: string;

  @Column({ name: 'event_type', type: 'varchar', length: 128 })
  eventType: string;

  @Column({ type: 'jsonb', default: {} })
  payload: OutboxPayload;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
