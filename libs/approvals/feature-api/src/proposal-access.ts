import type { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '@werkmatch/identity/domain';
import { AccessPolicy, enforceRelation, RelationFacts } from '@werkmatch/platform/access-control';
import { NotFoundError } from '@werkmatch/shared/errors';
import { currentLogContext } from '@werkmatch/shared/logging';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A proposal with what its relations are decided on. */
export interface ProposalFacts {
  id: string;
  status: string;
  profileId: string;
  vacancyId: string;
  jobSeekerId: string;
  reviewRegionId: string | null;
  organisationId: string;
}

export async function loadProposalFacts(
  db: DataSource | EntityManager,
  id: string,
): Promise<ProposalFacts> {
  if (!UUID.test(id)) throw new NotFoundError('match proposal');
  const [row] = (await db.query(
    `SELECT mp.id, mp.status, mp.profile_id, mp.vacancy_id, mp.job_seeker_id, mp.review_region_id,
            v.organisation_id
     FROM match_proposal mp JOIN vacancy v ON v.id = mp.vacancy_id WHERE mp.id = $1`,
    [id],
  )) as {
    id: string;
    status: string;
    profile_id: string;
    vacancy_id: string;
    job_seeker_id: string;
    review_region_id: string | null;
    organisation_id: string;
  }[];
  if (!row) throw new NotFoundError('match proposal');
  return {
    id: row.id,
    status: row.status,
    profileId: row.profile_id,
    vacancyId: row.vacancy_id,
    jobSeekerId: row.job_seeker_id,
    reviewRegionId: row.review_region_id,
    organisationId: row.organisation_id,
  };
}

/** Whether the coach has this job seeker in their caseload. */
export async function inCaseload(
  db: DataSource | EntityManager,
  coachId: string,
  jobSeekerId: string,
): Promise<boolean> {
  const rows = (await db.query(
    'SELECT 1 FROM caseload_assignment WHERE coach_id = $1 AND job_seeker_id = $2',
    [coachId, jobSeekerId],
  )) as unknown[];
  return rows.length > 0;
}

/** Every relation a proposal has: to the person, their coach, the employer and the reviewing region. */
export function proposalRelations(
  db: DataSource | EntityManager,
  principal: Principal,
  proposal: Pick<ProposalFacts, 'jobSeekerId' | 'organisationId' | 'reviewRegionId'>,
): RelationFacts {
  return {
    ownerUserId: proposal.jobSeekerId,
    organisationId: proposal.organisationId,
    regionId: proposal.reviewRegionId,
    inCaseload: () => inCaseload(db, principal.userId, proposal.jobSeekerId),
  };
}

/** Loads the proposal and checks the caller's relation to it under `policy`. */
export async function proposalFor(
  db: DataSource,
  principal: Principal,
  id: string,
  policy: AccessPolicy,
): Promise<ProposalFacts> {
  const proposal = await loadProposalFacts(db, id);
  await enforceRelation(policy, principal, proposalRelations(db, principal, proposal));
  return proposal;
}

export function requestId(): string | null {
  return currentLogContext().requestId ?? null;
}

/** A keyset cursor made opaque: the values the list is ordered by, then the id. */
export function encodeCursor(parts: readonly (string | number)[]): string {
  return Buffer.from(parts.join('~'), 'utf8').toString('base64url');
}

const MICROS_TEXT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}$/;

/** The parts of a cursor, or null when it is not one this list made: `kinds` says what each part must be. */
export function decodeCursor(
  cursor: string,
  kinds: readonly ('score' | 'timestamp' | 'id')[],
): string[] | null {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('~');
  if (parts.length !== kinds.length) return null;
  const valid = kinds.every((kind, index) => {
    const part = parts[index] as string;
    if (kind === 'score') return /^\d{1,3}$/.test(part);
    if (kind === 'timestamp') return MICROS_TEXT.test(part);
    return UUID.test(part);
  });
  return valid ? parts : null;
}

/** A timestamp column as text with microseconds, so a cursor compares exactly where a JS Date would not. */
export const MICROS = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US')`;
/** A cursor's timestamp text (`MICROS`) back into a timestamptz for comparison. */
export const TIMESTAMP_OF_MICROS = (param: string) => `(${param}::timestamp AT TIME ZONE 'UTC')`;
