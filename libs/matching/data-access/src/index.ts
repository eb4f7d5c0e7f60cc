import { MatchProposalCountEntity } from './match-proposal-count.entity';
import { MatchProposalEntity } from './match-proposal.entity';

export { MatchProposalCountEntity, MatchProposalEntity };
export {
  MatchProposalSource,
  MatchProposalStatus,
  WithdrawalReason,
} from './match-proposal-status';
export {
  debounceFor,
  ProposeForProfileJob,
  ProposeForVacancyJob,
  RecomputeMatchesBatchJob,
  RecomputeMatchesJob,
} from './match-jobs';
export type { RecomputeProgress, RecomputeRun } from './match-jobs';
export {
  loadMatchProfiles,
  loadMatchVacancies,
  profileIsPublished,
  vacancyIsOpen,
} from './match-inputs';
export type { LoadedProfile, LoadedVacancy } from './match-inputs';
export { FallbackCandidateSource, PostgresCandidateSource } from './candidate-source';
export { ProfileSnapshot } from './profile-snapshot';
export { SearchCandidateSource } from './search-candidate-source';
export type { CandidateSource } from './candidate-source';
export {
  openProposalCounterparts,
  openProposalCounterpartsOfVacancies,
  openProposalsCompeting,
  storeProposals,
  withdrawProposals,
} from './proposal-store';
export type {
  ComputedProposal,
  ProposalScope,
  StoreResult,
  WithdrawOptions,
} from './proposal-store';

/** The match-engine tables, for the platform's entity list. */
export const MATCHING_ENTITIES = [MatchProposalEntity, MatchProposalCountEntity];
