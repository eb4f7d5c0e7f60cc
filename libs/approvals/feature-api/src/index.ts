export { ApprovalsApiModule } from './approvals-api.module';
export { ApprovalPolicies } from './approval.policies';
