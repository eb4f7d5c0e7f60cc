import { MatchDecisionEntity } from './match-decision.entity';
import { MatchInterestEntity } from './match-interest.entity';
import { PlacementEntity } from './placement.entity';

export { MatchDecisionEntity, MatchInterestEntity, PlacementEntity };
export { raiseProposal } from './raise-proposal';
export { markProposalDecided } from './decide-proposal';
export { loadMatchParties } from './match-parties';
export type { MatchParties, PartyContact } from './match-parties';
export { notifyIntroduction, notifyRejectionReason } from './match-messages';
export { PlacementFollowUpsJob, RemindMatchOutcomesJob } from './approval-jobs';
export type { SweepResult } from './approval-jobs';
export { sweepOutcomeReminders, sweepPlacementFollowUps } from './approval-sweeps';
export { fillVacancyWhenComplete } from './vacancy-filling';
export { eraseMatchHistory, exportMatchHistory } from './approvals-personal-data';

/** The approval tables, for the platform's entity list. */
export const APPROVAL_ENTITIES = [MatchDecisionEntity, MatchInterestEntity, PlacementEntity];
