import { TalentProfileEntity } from './talent-profile.entity';
import { TalentProfileOccupationEntity } from './talent-profile-occupation.entity';
import { TalentProfileSkillEntity } from './talent-profile-skill.entity';

export { TalentProfileEntity, TalentProfileOccupationEntity, TalentProfileSkillEntity };
export type {
  DiplomaRecord,
  LanguageRecord,
  TalentRecord,
  WorkExperienceRecord,
} from './talent-profile.entity';

/** The talent-profile tables, for the platform's entity list. */
export const TALENT_PROFILE_ENTITIES = [
  TalentProfileEntity,
  TalentProfileSkillEntity,
  TalentProfileOccupationEntity,
];
