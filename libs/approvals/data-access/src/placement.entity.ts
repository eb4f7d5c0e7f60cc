import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MatchProposalEntity } from '@werkmatch/matching/data-access';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { ContractType, RouteType } from '@werkmatch/work/domain';

/**
 * A match that led to work or participation (DOMAIN.md: plaatsing). It outlives the proposal: when the person
 * is erased the proposal goes and `proposalId` becomes null, while the placement stays under the (then
 * pseudonymous) user id, because the municipality's outflow and placement figures count it. It holds no name,
 * contact detail or free text.
 */
@Entity({ name: 'placement' })
@Check('placement_hours_check', '"hours_per_week" BETWEEN 1 AND 40')
@Check(
  'placement_follow_up_check',
  '"paid" OR ("follow_up_due_on" IS NULL AND "still_in_work" IS NULL)',
)
@Index('placement_proposal_key', ['proposalId'], { unique: true })
@Index('placement_vacancy_idx', ['vacancyId'])
@Index('placement_job_seeker_idx', ['jobSeekerId'])
@Index('placement_start_idx', ['startDate'])
// The follow-up job's candidates: paid placements whose six months are up, not yet asked about.
@Index('placement_follow_up_idx', ['followUpDueOn'], {
  where: '"follow_up_requested_at" IS NULL AND "still_in_work" IS NULL',
})
export class PlacementEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** One placement per proposal; null once the proposal went with an erased person. */
  @Column({ type: 'uuid', nullable: true })
  proposalId: string | null;

  @ManyToOne(() => MatchProposalEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'proposal_id' })
  proposal?: MatchProposalEntity | null;

  @Column({ type: 'uuid' })
  vacancyId: string;

  // A vacancy is never deleted; were it tried, the figures that count this placement would refuse it.
  @ManyToOne(() => VacancyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'vacancy_id' })
  vacancy?: VacancyEntity;

  @Column({ type: 'uuid' })
  jobSeekerId: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @Column({ type: 'uuid', nullable: true })
  reviewRegionId: string | null;

  @Column({ type: 'date' })
  startDate: string;

  @Column({ type: 'smallint' })
  hoursPerWeek: number;

  @Column({ type: 'varchar', length: 24 })
  routeType: RouteType;

  @Column({ type: 'varchar', length: 24, nullable: true })
  contractType: ContractType | null;

  /** Paid work (approvals/domain `isPaidPlacement`): what counts as outflow once confirmed after six months. */
  @Column({ type: 'boolean' })
  paid: boolean;

  @Column({ type: 'uuid' })
  recordedByUserId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Six months after the start of a paid placement; null for unpaid ones. */
  @Column({ type: 'date', nullable: true })
  followUpDueOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  followUpRequestedAt: Date | null;

  /** The coach's answer to the follow-up: null until given. */
  @Column({ type: 'boolean', nullable: true })
  stillInWork: boolean | null;

  @Column({ type: 'timestamptz', nullable: true })
  stillInWorkConfirmedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  stillInWorkConfirmedByUserId: string | null;
}
