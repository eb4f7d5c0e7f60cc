export { MatchingApiModule } from './matching-api.module';
export { MatchProposalPolicies } from './match-proposal.policies';
export { MatchProposal, MatchProposalPage } from './match-proposal.model';
export { toMatchProposal } from './match-proposal.mapping';
export {
  QUEUE_DASHBOARD_COOKIE,
  QUEUE_DASHBOARD_LINK_AUDIENCE,
  QUEUE_DASHBOARD_LOGIN_PATH,
  QUEUE_DASHBOARD_PATH,
  QueueDashboardAccess,
} from './queue-dashboard/queue-dashboard-access';
