import type { EntityManager } from 'typeorm';
import { MatchProposalStatus } from '@werkmatch/matching/data-access';

export interface DecidedProposal {
  id: string;
  profileId: string;
  vacancyId: string;
  jobSeekerId: string;
}

/**
 * The decision itself: one conditional UPDATE that succeeds only while the proposal is OPEN (and in the
 * deciding account manager's region). Two account managers at the same moment: the second UPDATE waits for the
 * first's row lock, then finds the status changed and matches nothing, so exactly one wins. Null when it did
 * not apply; the caller reads the status to say why.
 */
export async function markProposalDecided(
  manager: EntityManager,
  proposalId: string,
  regionId: string,
  status: MatchProposalStatus.APPROVED | MatchProposalStatus.REJECTED,
): Promise<DecidedProposal | null> {
  const [rows] = (await manager.query(
    `UPDATE match_proposal SET status = $2, withdrawal_reason = NULL, updated_at = now()
     WHERE id = $1 AND status = $3 AND review_region_id = $4
     RETURNING id, profile_id, vacancy_id, job_seeker_id`,
    [proposalId, status, MatchProposalStatus.OPEN, regionId],
  )) as [{ id: string; profile_id: string; vacancy_id: string; job_seeker_id: string }[], number];
  const [row] = rows;
  return row
    ? {
        id: row.id,
        profileId: row.profile_id,
        vacancyId: row.vacancy_id,
        jobSeekerId: row.job_seeker_id,
      }
    : null;
}
