import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import { MatchProposalEntity, MatchProposalSource } from '@werkmatch/matching/data-access';

/**
 * Who asked for a pair: the job seeker, the employer or the coach, once each. The proposal keeps one `source`
 * (the first person who asked); this row keeps every side that did, so the account manager sees that both want
 * it. Goes with the proposal.
 */
@Entity({ name: 'match_interest' })
// What a person asked for themselves, for their data export.
@Index('match_interest_user_idx', ['userId'])
export class MatchInterestEntity {
  @PrimaryColumn({ type: 'uuid' })
  proposalId: string;

  @ManyToOne(() => MatchProposalEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: MatchProposalEntity;

  /** JOB_SEEKER_INTEREST, EMPLOYER_INTEREST or COACH. */
  @PrimaryColumn({ type: 'varchar', length: 24 })
  source: MatchProposalSource;

  @Column({ type: 'uuid' })
  userId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
