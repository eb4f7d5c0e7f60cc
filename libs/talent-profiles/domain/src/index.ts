export {
  CONFIRM_EVERY_DAYS,
  CONFIRM_WITHIN_DAYS,
  PauseReason,
  TalentProfileStatus,
} from './talent-profile-status';
export {
  TALENT_PROFILE_AGGREGATE,
  TALENT_PROFILE_CHANGED,
  TALENT_PROFILE_ERASED,
  TALENT_PROFILE_EVENTS,
  TALENT_PROFILE_PAUSED,
  TALENT_PROFILE_PUBLISHED,
} from './talent-profile-events';
export type { TalentProfileEventType } from './talent-profile-events';
export { dutchLevelOf, EMPTY_TALENT_PROFILE } from './talent-profile';
export type {
  AssessmentChanges,
  CoachAssessment,
  DiplomaRecord,
  LanguageRecord,
  ProfileSkill,
  TalentProfileChanges,
  TalentProfileContent,
  TalentRecord,
  WorkExperienceRecord,
} from './talent-profile';
export { ISO_639_1_CODES } from './language-codes';
export {
  dutchDate,
  prepareAssessmentChanges,
  prepareTalentProfileChanges,
  RULES,
  TALENT_PROFILE_LIMITS,
} from './talent-profile-rules';
export type { AssessmentInput, Prepared, TalentProfileInput } from './talent-profile-rules';
export {
  COMPLETENESS_ITEMS,
  CompletenessCode,
  completenessOf,
  publicationViolations,
} from './completeness';
export type { Completeness, CompletenessItem, MissingItem } from './completeness';
export {
  confirmationCutoffs,
  confirmationDueAt,
  ConfirmationStep,
  confirmationStep,
  confirmProfile,
  pauseDueAt,
  pauseProfile,
  publishProfile,
} from './talent-profile-lifecycle';
export type { Confirmation, LifecycleState } from './talent-profile-lifecycle';
export { anonymiseTalentProfile } from './anonymised-talent-profile';
export type {
  AnonymisationReferences,
  AnonymisationSource,
  AnonymisedArea,
  AnonymisedDiploma,
  AnonymisedSkill,
  AnonymisedTalentProfile,
  AnonymisedWorkExperience,
  ShownConcept,
} from './anonymised-talent-profile';
