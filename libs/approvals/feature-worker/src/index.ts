export { ApprovalsWorkerModule } from './approvals-worker.module';
export {
  APPROVAL_SWEEPS_PATTERN,
  ApprovalRemindersProcessor,
  OUTCOME_REMINDERS_SCHEDULER_ID,
  PLACEMENT_FOLLOW_UPS_SCHEDULER_ID,
} from './approval-reminders.processor';
