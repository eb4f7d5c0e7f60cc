import { TalentProfileEntity } from './talent-profile.entity';
import { TalentProfileOccupationEntity } from './talent-profile-occupation.entity';
import { TalentProfileSkillEntity } from './talent-profile-skill.entity';

export { TalentProfileEntity, TalentProfileOccupationEntity, TalentProfileSkillEntity };
export type {
  DiplomaRecord,
  LanguageRecord,
  TalentRecord,
  WorkExperienceRecord,
} from '@werkmatch/talent-profiles/domain';
export { loadAnonymisedTalentProfiles } from './anonymised-talent-profiles';
export {
  findOccupationLinks,
  findSkillLinks,
  replaceOccupationLinks,
  replaceSkillLinks,
  wellFormedIds,
} from './talent-profile-links';
export { assessmentOf, contentOf, lifecycleOf } from './talent-profile-mapping';
export { recordTalentProfileEvent } from './talent-profile-outbox';
export {
  ConfirmTalentProfilesJob,
  sweepTalentProfileConfirmations,
} from './talent-profile-confirmation';
export type {
  ConfirmationSweepOptions,
  ConfirmationSweepResult,
} from './talent-profile-confirmation';
export { eraseTalentProfile, exportTalentProfile } from './talent-profile-personal-data';

/** The talent-profile tables, for the platform's entity list. */
export const TALENT_PROFILE_ENTITIES = [
  TalentProfileEntity,
  TalentProfileSkillEntity,
  TalentProfileOccupationEntity,
];
