import type { DataSource } from 'typeorm';
import { Role } from '@werkmatch/identity/domain';
import {
  MatchProposalEntity,
  MatchProposalSource,
  MatchProposalStatus,
} from '@werkmatch/matching/data-access';
import type { TalentProfileEntity } from '@werkmatch/talent-profiles/data-access';
import type { VacancyEntity } from '@werkmatch/vacancies/data-access';
import type { UserEntity } from '@werkmatch/identity/data-access';
import { createUser, login, PASSWORD } from '../identity/identity-fixtures';
import type { TestApp } from '../support/test-app';

export const PROPOSAL_FIELDS = `
  id status source score talentProfileId vacancyId createdAt
  interests
  decision {
    decision decidedAt note reason reasonText reasonVisibleToJobSeeker outcome introducedAt
    interviewPlannedAt interviewDate outcomeAt notPlacedReason notPlacedText
  }
  placement { id startDate hoursPerWeek routeType contractType paid followUpDueOn stillInWork }
`;

export const QUEUE = `query($filter: ApprovalQueueFilter, $first: Int, $after: String) {
  approvalQueue(filter: $filter, first: $first, after: $after) {
    items { ${PROPOSAL_FIELDS} }
    nextCursor
  }
}`;

export const APPROVE = `mutation($id: ID!, $note: String) {
  approveMatchProposal(id: $id, note: $note) { ${PROPOSAL_FIELDS} }
}`;

export const REJECT = `mutation($id: ID!, $reason: MatchReason!, $text: String, $show: Boolean) {
  rejectMatchProposal(id: $id, reason: $reason, text: $text, showReasonToJobSeeker: $show) { ${PROPOSAL_FIELDS} }
}`;

export const INTRODUCTION = `query($id: ID!) {
  matchIntroduction(proposalId: $id) {
    proposalId vacancyId vacancyTitle introducedAt
    candidate { userId fullName email phone }
    employer { organisationId name city contact { userId fullName email phone } }
  }
}`;

export const PLACE = `mutation($id: ID!, $input: PlacementInput!) {
  recordPlacement(proposalId: $id, input: $input) {
    id proposalId vacancyId startDate hoursPerWeek routeType contractType paid followUpDueOn stillInWork
  }
}`;

export const OUTCOME = `mutation($id: ID!, $outcome: MatchOutcome!, $reason: MatchReason, $text: String, $date: String) {
  recordMatchOutcome(proposalId: $id, outcome: $outcome, reason: $reason, reasonText: $text, interviewDate: $date) {
    ${PROPOSAL_FIELDS}
  }
}`;

export const NOTIFICATIONS = `query($unreadOnly: Boolean) {
  notifications(first: 20, unreadOnly: $unreadOnly) {
    items { id kind resourceType resourceId messageNl messageEn readAt }
    unreadCount
  }
}`;

export interface ProposalView {
  id: string;
  status: string;
  source: string;
  score: number;
  talentProfileId: string;
  vacancyId: string;
  interests: string[];
  decision: {
    decision: string;
    note: string | null;
    reason: string | null;
    reasonText: string | null;
    reasonVisibleToJobSeeker: boolean;
    outcome: string | null;
    introducedAt: string | null;
    interviewDate: string | null;
    notPlacedReason: string | null;
    notPlacedText: string | null;
  } | null;
  placement: { id: string; paid: boolean; followUpDueOn: string | null } | null;
}

export interface NotificationView {
  id: string;
  kind: string;
  resourceType: string | null;
  resourceId: string | null;
  messageNl: string;
  messageEn: string;
  readAt: string | null;
}

let ip = 0;

/** A user of `role` with a fresh access token, each from an address of its own (the login limits count per IP). */
export async function userWithToken(
  api: TestApp,
  role: Role,
  extra: Partial<UserEntity> = {},
): Promise<{ user: UserEntity; token: string }> {
  const user = await createUser(api, role, extra);
  ip += 1;
  const token = (
    await login(api, user.email, PASSWORD, `10.77.${Math.floor(ip / 250)}.${ip % 250}`)
  ).accessToken;
  return { user, token };
}

/** An OPEN proposal straight in the database, as the engine would have stored it. */
export async function seedOpenProposal(
  db: DataSource,
  profile: TalentProfileEntity,
  vacancy: VacancyEntity,
  score = 70,
  source = MatchProposalSource.ENGINE,
): Promise<MatchProposalEntity> {
  return db.getRepository(MatchProposalEntity).save({
    profileId: profile.id,
    vacancyId: vacancy.id,
    jobSeekerId: profile.jobSeekerId,
    reviewRegionId: vacancy.reviewRegionId,
    score,
    explanation: [],
    profileVersion: profile.version,
    vacancyVersion: vacancy.version,
    source,
    status: MatchProposalStatus.OPEN,
    computedAt: new Date(),
  });
}

/** Everything stored about one proposal's decision, to compare before and after a refused call. */
export async function snapshotOf(db: DataSource, proposalId: string): Promise<unknown> {
  const [proposal, decisions, placements, audits, notifications] = await Promise.all([
    db.query('SELECT status, source, score, updated_at FROM match_proposal WHERE id = $1', [
      proposalId,
    ]),
    db.query('SELECT * FROM match_decision WHERE proposal_id = $1', [proposalId]),
    db.query('SELECT * FROM placement WHERE proposal_id = $1', [proposalId]),
    db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE resource_id = $1 AND action <> 'READ'`,
      [proposalId],
    ),
    db.query('SELECT count(*)::int AS n FROM notification WHERE resource_id = $1', [proposalId]),
  ]);
  return { proposal, decisions, placements, audits, notifications };
}

export function codeOf(response: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}
