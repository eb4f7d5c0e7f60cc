export { MatchingApiModule } from './matching-api.module';
export { MatchProposalPolicies } from './match-proposal.policies';
export { MatchProposal, MatchProposalPage } from './match-proposal.model';
