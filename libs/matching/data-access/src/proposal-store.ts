import type { EntityManager } from 'typeorm';
import type { ExplanationItem, ScoredPair } from '@werkmatch/matching/domain';
import {
  MatchProposalSource,
  MatchProposalStatus,
  WithdrawalReason,
} from './match-proposal-status';

/** A proposal as the engine computed it, ready to store. */
export interface ComputedProposal extends ScoredPair {
  jobSeekerId: string;
  reviewRegionId: string | null;
  explanation: ExplanationItem[];
  profileVersion: number;
  vacancyVersion: number;
}

export interface StoreResult {
  /** Pairs proposed for the first time. */
  created: number;
  /** Open or withdrawn pairs whose score, explanation or versions changed (a withdrawn one is open again). */
  updated: number;
}

/**
 * Upserts computed proposals on their pair. Only OPEN and WITHDRAWN rows change (a decided proposal is never
 * touched), and never with a computation on older versions than the stored one, so a slow job that read a profile
 * before an edit cannot overwrite the score of a job that read it after. A row whose content did not change is
 * not rewritten. New pairs are counted per target group for the reports, in the same transaction.
 */
export async function storeProposals(
  manager: EntityManager,
  proposals: readonly ComputedProposal[],
  today: string,
): Promise<StoreResult> {
  if (proposals.length === 0) return { created: 0, updated: 0 };
  // Sorted by pair: concurrent computations lock rows in the same order and do not deadlock each other.
  const rows = [...proposals]
    .sort((a, b) => cmp(a.profileId, b.profileId) || cmp(a.vacancyId, b.vacancyId))
    .map((proposal) => ({
      profile_id: proposal.profileId,
      vacancy_id: proposal.vacancyId,
      job_seeker_id: proposal.jobSeekerId,
      review_region_id: proposal.reviewRegionId,
      score: proposal.score,
      explanation: proposal.explanation,
      profile_version: proposal.profileVersion,
      vacancy_version: proposal.vacancyVersion,
    }));
  const written = (await manager.query(
    `INSERT INTO match_proposal AS mp (profile_id, vacancy_id, job_seeker_id, review_region_id, score,
       explanation, profile_version, vacancy_version, source, status, computed_at)
     SELECT r.profile_id, r.vacancy_id, r.job_seeker_id, r.review_region_id, r.score, r.explanation,
            r.profile_version, r.vacancy_version, $2, $3, now()
     FROM jsonb_to_recordset($1::jsonb) AS r(profile_id uuid, vacancy_id uuid, job_seeker_id uuid,
       review_region_id uuid, score smallint, explanation jsonb, profile_version integer, vacancy_version integer)
     ON CONFLICT (profile_id, vacancy_id) DO UPDATE SET
       score = EXCLUDED.score, explanation = EXCLUDED.explanation,
       profile_version = EXCLUDED.profile_version, vacancy_version = EXCLUDED.vacancy_version,
       job_seeker_id = EXCLUDED.job_seeker_id, review_region_id = EXCLUDED.review_region_id,
       status = $3, withdrawal_reason = NULL, computed_at = now(), updated_at = now()
     WHERE mp.status IN ($3, $4)
       AND mp.profile_version <= EXCLUDED.profile_version
       AND mp.vacancy_version <= EXCLUDED.vacancy_version
       AND (mp.status <> $3 OR mp.score <> EXCLUDED.score OR mp.explanation <> EXCLUDED.explanation
            OR mp.profile_version <> EXCLUDED.profile_version OR mp.vacancy_version <> EXCLUDED.vacancy_version
            OR mp.review_region_id IS DISTINCT FROM EXCLUDED.review_region_id)
     RETURNING mp.profile_id, (xmax = 0) AS inserted`,
    [
      JSON.stringify(rows),
      MatchProposalSource.ENGINE,
      MatchProposalStatus.OPEN,
      MatchProposalStatus.WITHDRAWN,
    ],
  )) as { profile_id: string; inserted: boolean }[];
  const createdFor = written.filter((row) => row.inserted).map((row) => row.profile_id);
  if (createdFor.length > 0) await countNewProposals(manager, createdFor, today);
  return { created: createdFor.length, updated: written.length - createdFor.length };
}

/**
 * Adds new proposals to the day's counts per target group. The groups are read here, in SQL, and never reach
 * the engine's memory; a person in no group counts as NONE.
 */
async function countNewProposals(
  manager: EntityManager,
  profileIds: readonly string[],
  today: string,
): Promise<void> {
  await manager.query(
    `INSERT INTO match_proposal_count AS c (day, target_group, proposals)
     SELECT $2::date, coalesce(tg, 'NONE'), count(*)
     FROM unnest($1::uuid[]) AS n(profile_id)
     JOIN talent_profile p ON p.id = n.profile_id
     LEFT JOIN LATERAL unnest(p.target_groups) AS tg ON true
     GROUP BY 2
     ON CONFLICT (day, target_group) DO UPDATE SET proposals = c.proposals + EXCLUDED.proposals`,
    [profileIds, today],
  );
}

export type ProposalScope =
  | { vacancyId: string }
  | { profileId: string }
  | { pairs: readonly { profileId: string; vacancyId: string }[] };

export interface WithdrawOptions {
  /** Pairs of the scope to leave open (the ones just proposed). */
  keep?: readonly { profileId: string; vacancyId: string }[];
  /**
   * Only proposals the engine made: one a person asked for (interest, a coach) is not withdrawn for a lower
   * score, only when the vacancy ended or the profile left matching.
   */
  engineOnly?: boolean;
}

/** Withdraws the OPEN proposals of a vacancy, a profile or a list of pairs; decided ones are never touched. */
export async function withdrawProposals(
  manager: EntityManager,
  scope: ProposalScope,
  reason: WithdrawalReason,
  options: WithdrawOptions = {},
): Promise<number> {
  const params: unknown[] = [MatchProposalStatus.WITHDRAWN, reason, MatchProposalStatus.OPEN];
  const conditions = ['status = $3'];
  if ('vacancyId' in scope) {
    params.push(scope.vacancyId);
    conditions.push(`vacancy_id = $${params.length}::uuid`);
  } else if ('profileId' in scope) {
    params.push(scope.profileId);
    conditions.push(`profile_id = $${params.length}::uuid`);
  } else {
    if (scope.pairs.length === 0) return 0;
    params.push(
      scope.pairs.map((pair) => pair.profileId),
      scope.pairs.map((pair) => pair.vacancyId),
    );
    conditions.push(
      `(profile_id, vacancy_id) IN (SELECT * FROM unnest($${params.length - 1}::uuid[], $${params.length}::uuid[]))`,
    );
  }
  if (options.keep && options.keep.length > 0) {
    params.push(
      options.keep.map((pair) => pair.profileId),
      options.keep.map((pair) => pair.vacancyId),
    );
    conditions.push(
      `(profile_id, vacancy_id) NOT IN (SELECT * FROM unnest($${params.length - 1}::uuid[], $${params.length}::uuid[]))`,
    );
  }
  if (options.engineOnly) {
    params.push(MatchProposalSource.ENGINE);
    conditions.push(`source = $${params.length}`);
  }
  const [, count] = (await manager.query(
    `UPDATE match_proposal SET status = $1, withdrawal_reason = $2, updated_at = now()
     WHERE ${conditions.join(' AND ')}`,
    params,
  )) as [unknown, number];
  return count;
}

/**
 * The OPEN proposals that compete with a computation for the caps: those of these profiles (per-person cap) or
 * of these vacancies (per-vacancy cap), leaving out the pairs of the computation's own vacancy or profile.
 */
export async function openProposalsCompeting(
  manager: EntityManager,
  by:
    | { profileIds: readonly string[]; exceptVacancyId: string }
    | { vacancyIds: readonly string[]; exceptProfileId: string },
): Promise<(ScoredPair & { source: MatchProposalSource })[]> {
  const [column, ids, exceptColumn, except] =
    'profileIds' in by
      ? ['profile_id', by.profileIds, 'vacancy_id', by.exceptVacancyId]
      : ['vacancy_id', by.vacancyIds, 'profile_id', by.exceptProfileId];
  if (ids.length === 0) return [];
  const rows = (await manager.query(
    `SELECT profile_id, vacancy_id, score, source FROM match_proposal
     WHERE ${column} = ANY($1::uuid[]) AND ${exceptColumn} <> $2::uuid AND status = $3`,
    [ids, except, MatchProposalStatus.OPEN],
  )) as { profile_id: string; vacancy_id: string; score: number; source: MatchProposalSource }[];
  return rows.map((row) => ({
    profileId: row.profile_id,
    vacancyId: row.vacancy_id,
    score: row.score,
    source: row.source,
  }));
}

/** The profiles (or vacancies) with an OPEN proposal for this vacancy (or profile): they are scored again too. */
export async function openProposalCounterparts(
  manager: EntityManager,
  of: { vacancyId: string } | { profileId: string },
): Promise<string[]> {
  const [select, column, id] =
    'vacancyId' in of
      ? ['profile_id', 'vacancy_id', of.vacancyId]
      : ['vacancy_id', 'profile_id', of.profileId];
  const rows = (await manager.query(
    `SELECT ${select} AS id FROM match_proposal WHERE ${column} = $1::uuid AND status = $2`,
    [id, MatchProposalStatus.OPEN],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}

/** The profiles with an OPEN proposal, per vacancy, for a batch of vacancies at once. */
export async function openProposalCounterpartsOfVacancies(
  manager: EntityManager,
  vacancyIds: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>();
  if (vacancyIds.length === 0) return result;
  const rows = (await manager.query(
    `SELECT vacancy_id, profile_id FROM match_proposal WHERE vacancy_id = ANY($1::uuid[]) AND status = $2`,
    [vacancyIds, MatchProposalStatus.OPEN],
  )) as { vacancy_id: string; profile_id: string }[];
  for (const row of rows) {
    const list = result.get(row.vacancy_id);
    if (list) list.push(row.profile_id);
    else result.set(row.vacancy_id, [row.profile_id]);
  }
  return result;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
