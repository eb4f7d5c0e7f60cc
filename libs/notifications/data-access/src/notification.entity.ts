import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '@werkmatch/identity/data-access';

/** What an in-app notification is about; keys equal values (GraphQL). */
export enum NotificationKind {
  /** An account manager approved a match: both sides are introduced. */
  MATCH_INTRODUCED = 'MATCH_INTRODUCED',
  /** A match was not taken forward and the account manager chose to tell the job seeker why. */
  MATCH_REJECTED = 'MATCH_REJECTED',
  /** An introduced match has had no outcome for a while. */
  MATCH_OUTCOME_REMINDER = 'MATCH_OUTCOME_REMINDER',
  /** Six months after a paid placement: is the person still in work? */
  PLACEMENT_FOLLOW_UP = 'PLACEMENT_FOLLOW_UP',
}

/**
 * A message for one user inside the platform, written in the transaction of the change it reports. It names
 * the thing it is about (`resourceType`, `resourceId`) rather than copying details into the text, so what the
 * reader may see is decided again when they open it; the texts hold no other person's name.
 */
@Entity({ name: 'notification' })
// The reader's list, newest first; and their unread count.
@Index('notification_user_idx', ['userId', 'createdAt'])
@Index('notification_unread_idx', ['userId'], { where: '"read_at" IS NULL' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  // Goes with the account only if a user row is ever deleted; erasure deletes the rows itself.
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 40 })
  kind: NotificationKind;

  @Column({ type: 'varchar', length: 40, nullable: true })
  resourceType: string | null;

  @Column({ type: 'uuid', nullable: true })
  resourceId: string | null;

  @Column({ type: 'text' })
  messageNl: string;

  @Column({ type: 'text' })
  messageEn: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
