import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum OutgoingEmailStatus {
  Queued = 'QUEUED',
  Sent = 'SENT',
}

export enum EmailTransport {
  Smtp = 'smtp',
  /** No SMTP_URL configured: the row itself is the delivered mail (development and tests read it here). */
  DevMailbox = 'dev-mailbox',
}

/** What an email is for; lets a test or an operator find "the last reset mail to x" without parsing subjects. */
export enum EmailKind {
  PasswordReset = 'PASSWORD_RESET',
  Invitation = 'INVITATION',
  /** A published talent profile asks its owner to confirm it is still current. */
  ProfileConfirmation = 'PROFILE_CONFIRMATION',
  /** An approved match introduces a job seeker and an employer. */
  MatchIntroduction = 'MATCH_INTRODUCTION',
  /** An introduced match has had no outcome for two weeks. */
  MatchOutcomeReminder = 'MATCH_OUTCOME_REMINDER',
  /** Six months after a paid placement the coach confirms the person is still in work. */
  PlacementFollowUp = 'PLACEMENT_FOLLOW_UP',
}

/**
 * An email to send, written in the same transaction as the change that causes it, so a crash between commit
 * and enqueue cannot lose it: the relay re-enqueues rows still QUEUED after a while.
 */
@Entity({ name: 'outgoing_email' })
@Index('outgoing_email_queued_idx', ['createdAt'], { where: `"status" = 'QUEUED'` })
@Index('outgoing_email_recipient_idx', ['recipient', 'createdAt'])
export class OutgoingEmailEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 254 })
  recipient: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'varchar', length: 32 })
  kind: EmailKind;

  @Column({ type: 'varchar', length: 16, default: OutgoingEmailStatus.Queued })
  status: OutgoingEmailStatus;

  @Column({ type: 'varchar', length: 16, nullable: true })
  transport: EmailTransport | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;
}
