import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { AuditAction } from './audit-action';

/**
 * One access to or change of a person's data. Append-only: a trigger made by the migration refuses UPDATE,
 * DELETE and TRUNCATE. It holds ids, never names or emails, so erasing a person leaves it pseudonymous.
 * The bigint id orders events and serves as the pagination cursor.
 */
@Entity({ name: 'audit_event' })
@Index('audit_event_subject_idx', ['subjectUserId', 'id'])
@Index('audit_event_actor_idx', ['actorUserId', 'id'])
@Index('audit_event_occurred_at_idx', ['occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null for the system (a job, a retention sweep). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  actorRole: string | null;

  /** The actor's employer organisation when they acted as an EMPLOYER, as it was then. */
  @Column({ type: 'uuid', nullable: true })
  actorOrganisationId: string | null;

  /** The region of the actor's service point when they acted as an ACCOUNT_MANAGER, as it was then. */
  @Column({ type: 'uuid', nullable: true })
  actorRegionId: string | null;

  /** Whose personal data it was. */
  @Column({ type: 'uuid', nullable: true })
  subjectUserId: string | null;

  @Column({ type: 'varchar', length: 16 })
  action: AuditAction;

  @Column({ type: 'varchar', length: 64 })
  resourceType: string;

  @Column({ type: 'varchar', length: 128, nullable: true })
  resourceId: string | null;

  /** Why; required when someone reads another person's data. */
  @Column({ type: 'text', nullable: true })
  purpose: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestId: string | null;
}
