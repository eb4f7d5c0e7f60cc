export { TalentProfilesWorkerModule } from './talent-profiles-worker.module';
export {
  CONFIRMATION_SWEEP_SCHEDULE,
  CONFIRMATION_SWEEP_SCHEDULER_ID,
  TalentProfileConfirmationProcessor,
} from './talent-profile-confirmation.processor';
