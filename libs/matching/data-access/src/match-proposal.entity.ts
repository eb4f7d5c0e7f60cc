import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import type { ExplanationItem } from '@werkmatch/matching/domain';
import { TalentProfileEntity } from '@werkmatch/talent-profiles/data-access';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import {
  MatchProposalSource,
  MatchProposalStatus,
  WithdrawalReason,
} from './match-proposal-status';

/**
 * A proposed pairing of a talent profile and a vacancy (DOMAIN.md: matchvoorstel), one row per pair whatever
 * happens to it: the engine upserts on (profile, vacancy), so a retried or duplicated job never makes a second.
 * The row goes with the profile when the person is erased (it is about them).
 */
@Entity({ name: 'match_proposal' })
@Unique('match_proposal_pair_key', ['profileId', 'vacancyId'])
@Check('match_proposal_score_check', '"score" BETWEEN 0 AND 100')
// A vacancy's queue, best first; the account manager's and employer's lists read it.
@Index('match_proposal_vacancy_idx', ['vacancyId', 'status', 'score'])
// A person's proposals (job seeker, coach) and the per-person cap.
@Index('match_proposal_job_seeker_idx', ['jobSeekerId', 'status', 'score'])
@Index('match_proposal_region_idx', ['reviewRegionId', 'status'])
// The account manager's queue: best score first, then the longest waiting (mixed directions, so written by hand
// in migration 1796009900000-approval-queue-index).
@Index('match_proposal_queue_idx', { synchronize: false })
export class MatchProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  profileId: string;

  @ManyToOne(() => TalentProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'profile_id' })
  profile?: TalentProfileEntity;

  @Column({ type: 'uuid' })
  vacancyId: string;

  @ManyToOne(() => VacancyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  /** The profile's owner, kept on the row so "my proposals" and the coach's caseload need no join. */
  @Column({ type: 'uuid' })
  jobSeekerId: string;

  /** The vacancy's review region: its account managers work through the proposals (copied at each computation). */
  @Column({ type: 'uuid', nullable: true })
  reviewRegionId: string | null;

  @Column({ type: 'smallint' })
  score: number;

  /** The scorer's explanation items (Dutch and English text with the facts behind them). */
  @Column({ type: 'jsonb' })
  explanation: ExplanationItem[];

  /** The versions of profile and vacancy this score was computed on; an older computation never overwrites a newer. */
  @Column({ type: 'integer' })
  profileVersion: number;

  @Column({ type: 'integer' })
  vacancyVersion: number;

  @Column({ type: 'varchar', length: 24, default: MatchProposalSource.ENGINE })
  source: MatchProposalSource;

  @Column({ type: 'varchar', length: 16, default: MatchProposalStatus.OPEN })
  status: MatchProposalStatus;

  @Column({ type: 'varchar', length: 24, nullable: true })
  withdrawalReason: WithdrawalReason | null;

  /** When the engine last scored the pair. */
  @Column({ type: 'timestamptz' })
  computedAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
