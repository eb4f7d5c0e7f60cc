import { MatchDecisionEntity } from './match-decision.entity';
import { MatchInterestEntity } from './match-interest.entity';
import { PlacementEntity } from './placement.entity';

export { MatchDecisionEntity, MatchInterestEntity, PlacementEntity };
export { raiseProposal } from './raise-proposal';
export type { RaiseResult, RequestedProposal } from './raise-proposal';
export { markProposalDecided } from './decide-proposal';
export type { DecidedProposal } from './decide-proposal';
export { accountManagersFor, loadMatchParties } from './match-parties';
export type { EmployerParty, MatchParties, PartyContact } from './match-parties';
export {
  notifyIntroduction,
  notifyOutcomeReminder,
  notifyPlacementFollowUp,
  notifyRejectionReason,
} from './match-messages';
export { PlacementFollowUpsJob, RemindMatchOutcomesJob } from './approval-jobs';
export type { SweepResult } from './approval-jobs';
export { sweepOutcomeReminders, sweepPlacementFollowUps } from './approval-sweeps';
export { fillVacancyWhenComplete } from './vacancy-filling';
export { eraseMatchHistory, exportMatchHistory } from './approvals-personal-data';

/** The approval tables, for the platform's entity list. */
export const APPROVAL_ENTITIES = [MatchDecisionEntity, MatchInterestEntity, PlacementEntity];
