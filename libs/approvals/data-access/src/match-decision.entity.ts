import { Check, Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MatchDecisionKind, MatchOutcome, MatchReason } from '@werkmatch/approvals/domain';
import { MatchProposalEntity } from '@werkmatch/matching/data-access';

/**
 * An account manager's decision on a match proposal and, for an approval, what happened after the
 * introduction. The proposal's own status (APPROVED, REJECTED) is the single truth of whether it was decided:
 * this row is written in the same transaction as that change, and goes with the proposal when the person is
 * erased (a note or reason is about them).
 */
@Entity({ name: 'match_decision' })
@Check('match_decision_kind_check', `"decision" IN ('APPROVED', 'REJECTED')`)
@Check(
  'match_decision_outcome_check',
  `("decision" = 'APPROVED') = ("outcome" IS NOT NULL AND "introduced_at" IS NOT NULL)`,
)
// The reminder job's candidates: introduced matches still without an outcome and not yet reminded.
@Index('match_decision_reminder_idx', ['introducedAt'], {
  where: `"outcome" = 'INTRODUCED' AND "reminder_sent_at" IS NULL`,
})
export class MatchDecisionEntity {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @OneToOne(() => MatchProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: MatchProposalEntity;

  @Column({ type: 'varchar', length: 16 })
  decision: MatchDecisionKind;

  @Column({ type: 'uuid' })
  decidedByUserId: string;

  @Column({ type: 'timestamptz' })
  decidedAt: Date;

  /** The account manager's note with an approval: for colleagues and the person's coach, not for either side. */
  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** Why it was rejected; shown to the person's coach, and to the person when `reasonVisibleToJobSeeker`. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  reason: MatchReason | null;

  @Column({ type: 'text', nullable: true })
  reasonText: string | null;

  @Column({ type: 'boolean', default: false })
  reasonVisibleToJobSeeker: boolean;

  /** Where an approved match stands; null for a rejection. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  outcome: MatchOutcome | null;

  /** When both sides were introduced: the approval. */
  @Column({ type: 'timestamptz', nullable: true })
  introducedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  interviewPlannedAt: Date | null;

  /** The interview's day, when the one recording it knew. */
  @Column({ type: 'date', nullable: true })
  interviewDate: string | null;

  /** When the outcome last changed, and by whom (the account manager or the coach). */
  @Column({ type: 'timestamptz', nullable: true })
  outcomeAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  outcomeByUserId: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  notPlacedReason: MatchReason | null;

  @Column({ type: 'text', nullable: true })
  notPlacedText: string | null;

  /** When the employer and account manager were reminded that the introduction has no outcome yet. */
  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;
}
