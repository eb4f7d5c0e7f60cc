import { DomainError, ErrorCode } from '@werkmatch/shared/errors';

/** What an account manager does with an open proposal. */
export enum DecisionAction {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}

/** The two decisions; the proposal's status becomes the same word. Keys equal values (GraphQL). */
export enum MatchDecisionKind {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

export const DECISION_OF: Readonly<Record<DecisionAction, MatchDecisionKind>> = {
  [DecisionAction.APPROVE]: MatchDecisionKind.APPROVED,
  [DecisionAction.REJECT]: MatchDecisionKind.REJECTED,
};

/** The proposal statuses of the match engine, as plain strings: this library does not depend on its tables. */
export const OPEN_STATUS = 'OPEN';

function hint(status: string): string {
  switch (status) {
    case 'APPROVED':
    case 'REJECTED':
      return 'a proposal is decided once; someone decided it already';
    case 'WITHDRAWN':
      return 'the match engine withdrew it (the vacancy ended, the profile left matching, or it no longer qualifies)';
    default:
      return 'only an open proposal can be decided';
  }
}

/**
 * INVALID_TRANSITION for a decision on a proposal that is no longer open: the one error the loser of two account
 * managers deciding at the same moment gets, naming the status it found.
 */
export class DecisionTransitionError extends DomainError {
  constructor(
    readonly action: DecisionAction,
    readonly status: string,
  ) {
    super(
      ErrorCode.InvalidTransition,
      `cannot ${action === DecisionAction.APPROVE ? 'approve' : 'reject'} a match proposal that is ${status.toLowerCase()}: ${hint(status)}`,
    );
  }
}

/** Refuses a decision unless the proposal is open. */
export function assertDecidable(action: DecisionAction, status: string): void {
  if (status !== OPEN_STATUS) throw new DecisionTransitionError(action, status);
}

/** Most decisions in one batch call: a queue page at a time. */
export const MAX_BATCH_DECISIONS = 50;
