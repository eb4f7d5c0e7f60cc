import { eraseTalentProfile, exportTalentProfile } from '@werkmatch/talent-profiles/data-access';
import type { PersonalDataContributor } from '@werkmatch/privacy/feature-api';

/**
 * The talent profile in "download my data" (all of it, the coach's assessment included) and in erasure
 * (profile and links deleted, `talent-profile.erased` to the outbox when there was one).
 */
export const talentProfileContributor: PersonalDataContributor = {
  name: 'talentProfile',
  export: (manager, userId) => exportTalentProfile(manager, userId),
  async erase(manager, userId) {
    await eraseTalentProfile(manager, userId);
  },
};
