import type { EntityManager } from 'typeorm';
import type { ExplanationItem } from '@werkmatch/matching/domain';
import { MatchProposalSource, MatchProposalStatus } from '@werkmatch/matching/data-access';

/** A pair someone asked for, scored by the domain scorer on the rows as they are now. */
export interface RequestedProposal {
  profileId: string;
  vacancyId: string;
  jobSeekerId: string;
  reviewRegionId: string | null;
  score: number;
  explanation: ExplanationItem[];
  profileVersion: number;
  vacancyVersion: number;
}

export type RaiseResult =
  | { proposalId: string; outcome: 'created' | 'raised' }
  /** The pair was decided already: nothing changed. */
  | { proposalId: string; outcome: 'decided'; status: MatchProposalStatus };

/**
 * Creates the proposal of a pair someone asked for, or raises the one there is (one row per pair): open again
 * if the engine had withdrawn it, the requester's source instead of ENGINE (so the engine no longer withdraws
 * it for a lower score, only when the vacancy ends or the profile leaves matching), the new score unless the
 * stored one was computed on newer versions. A decided proposal is never touched. Records who asked in
 * `match_interest`, once per side.
 */
export async function raiseProposal(
  manager: EntityManager,
  proposal: RequestedProposal,
  source: MatchProposalSource,
  requestedByUserId: string,
): Promise<RaiseResult> {
  const fresher = `(mp.profile_version <= EXCLUDED.profile_version AND mp.vacancy_version <= EXCLUDED.vacancy_version)`;
  const rows = (await manager.query(
    `INSERT INTO match_proposal AS mp (profile_id, vacancy_id, job_seeker_id, review_region_id, score,
       explanation, profile_version, vacancy_version, source, status, computed_at)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8, $9, $10, now())
     ON CONFLICT (profile_id, vacancy_id) DO UPDATE SET
       source = CASE WHEN mp.source = $11 THEN EXCLUDED.source ELSE mp.source END,
       status = $10, withdrawal_reason = NULL, review_region_id = EXCLUDED.review_region_id,
       score = CASE WHEN ${fresher} THEN EXCLUDED.score ELSE mp.score END,
       explanation = CASE WHEN ${fresher} THEN EXCLUDED.explanation ELSE mp.explanation END,
       profile_version = GREATEST(mp.profile_version, EXCLUDED.profile_version),
       vacancy_version = GREATEST(mp.vacancy_version, EXCLUDED.vacancy_version),
       computed_at = CASE WHEN ${fresher} THEN now() ELSE mp.computed_at END,
       updated_at = now()
     WHERE mp.status IN ($10, $12)
     RETURNING mp.id, (xmax = 0) AS inserted`,
    [
      proposal.profileId,
      proposal.vacancyId,
      proposal.jobSeekerId,
      proposal.reviewRegionId,
      proposal.score,
      JSON.stringify(proposal.explanation),
      proposal.profileVersion,
      proposal.vacancyVersion,
      source,
      MatchProposalStatus.OPEN,
      MatchProposalSource.ENGINE,
      MatchProposalStatus.WITHDRAWN,
    ],
  )) as { id: string; inserted: boolean }[];
  const [written] = rows;
  if (!written) {
    const [decided] = (await manager.query(
      `SELECT id, status FROM match_proposal WHERE profile_id = $1 AND vacancy_id = $2`,
      [proposal.profileId, proposal.vacancyId],
    )) as { id: string; status: MatchProposalStatus }[];
    if (!decided) throw new Error('a proposal that refused the upsert must exist');
    return { proposalId: decided.id, outcome: 'decided', status: decided.status };
  }
  await manager.query(
    `INSERT INTO match_interest (proposal_id, source, user_id) VALUES ($1, $2, $3)
     ON CONFLICT (proposal_id, source) DO NOTHING`,
    [written.id, source, requestedByUserId],
  );
  return { proposalId: written.id, outcome: written.inserted ? 'created' : 'raised' };
}
