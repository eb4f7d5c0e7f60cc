/**
 * Where a match proposal stands. The engine only ever writes OPEN and WITHDRAWN; APPROVED and REJECTED are a
 * person's decision (the account manager's, in the approval issue) and the engine never touches a decided
 * proposal again. Keys equal values (GraphQL).
 */
export enum MatchProposalStatus {
  OPEN = 'OPEN',
  WITHDRAWN = 'WITHDRAWN',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

/** Who put the pair forward. The engine scores every pair, whatever its source. */
export enum MatchProposalSource {
  ENGINE = 'ENGINE',
  JOB_SEEKER_INTEREST = 'JOB_SEEKER_INTEREST',
  EMPLOYER_INTEREST = 'EMPLOYER_INTEREST',
  COACH = 'COACH',
}

/** Why an open proposal was withdrawn, so a coach or account manager can tell a closed vacancy from a lower score. */
export enum WithdrawalReason {
  VACANCY_ENDED = 'VACANCY_ENDED',
  PROFILE_NOT_PUBLISHED = 'PROFILE_NOT_PUBLISHED',
  /** Not eligible any more, below the threshold, or outside the best N of the vacancy or the person. */
  NO_LONGER_QUALIFIES = 'NO_LONGER_QUALIFIES',
}
