import { Role } from '@werkmatch/identity/domain';
import { MatchDecisionKind } from './decision';

/** The facts of a decision that are not for everyone. */
export interface DecisionDetails {
  decision: MatchDecisionKind;
  note: string | null;
  reason: string | null;
  reasonText: string | null;
  reasonVisibleToJobSeeker: boolean;
}

export interface VisibleDecisionDetails {
  note: string | null;
  reason: string | null;
  reasonText: string | null;
}

const HIDDEN: VisibleDecisionDetails = { note: null, reason: null, reasonText: null };

/**
 * What each role reads of a decision's note and reason (issue 7): the account managers and the person's coach
 * everything (the coach works with the person on what was missing); the job seeker the rejection reason only
 * when the account manager chose so, and never the internal note; the employer neither, because a reason such
 * as PERSON_NOT_AVAILABLE says something about the person.
 */
export function visibleDecisionDetails(
  role: Role,
  details: DecisionDetails,
): VisibleDecisionDetails {
  switch (role) {
    case Role.ACCOUNT_MANAGER:
    case Role.COACH:
      return { note: details.note, reason: details.reason, reasonText: details.reasonText };
    case Role.JOB_SEEKER:
      return details.decision === MatchDecisionKind.REJECTED && details.reasonVisibleToJobSeeker
        ? { note: null, reason: details.reason, reasonText: details.reasonText }
        : HIDDEN;
    default:
      return HIDDEN;
  }
}
