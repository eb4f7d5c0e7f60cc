export {
  CONFIRM_EVERY_DAYS,
  CONFIRM_WITHIN_DAYS,
  PauseReason,
  TalentProfileStatus,
} from './talent-profile-status';
