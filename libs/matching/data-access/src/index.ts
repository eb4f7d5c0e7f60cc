import { MatchProposalCountEntity } from './match-proposal-count.entity';
import { MatchProposalEntity } from './match-proposal.entity';

export { MatchProposalCountEntity, MatchProposalEntity };
export {
  ENGINE_OWNED_STATUSES,
  MatchProposalSource,
  MatchProposalStatus,
  WithdrawalReason,
} from './match-proposal-status';
export {
  debounceFor,
  PROPOSE_DEBOUNCE_MS,
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
export {
  CANDIDATES_PER_RUN,
  candidateRelevance,
  FallbackCandidateSource,
  inCandidatePool,
  occupationRelevance,
  poolSkillWeights,
  PostgresCandidateSource,
} from './candidate-source';
export { ProfileSnapshot } from './profile-snapshot';
export { SearchCandidateSource } from './search-candidate-source';
export type { SearchCandidateSourceOptions } from './search-candidate-source';
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
