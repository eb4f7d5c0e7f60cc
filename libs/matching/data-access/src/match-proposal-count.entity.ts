import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * New proposals per day and target group, for the reports on whether proposals are spread fairly (DOMAIN.md).
 * Counted when the engine first proposes a pair, outside the scorer, which never sees target groups. A person
 * in several groups counts in each; `NONE` counts people in none, so shares can be computed. Aggregates only:
 * no person can be found back from it.
 */
@Entity({ name: 'match_proposal_count' })
export class MatchProposalCountEntity {
  @PrimaryColumn({ type: 'date' })
  day: string;

  @PrimaryColumn({ type: 'varchar', length: 24 })
  targetGroup: string;

  @Column({ type: 'integer', default: 0 })
  proposals: number;
}
