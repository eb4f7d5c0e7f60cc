import { eraseMatchHistory, exportMatchHistory } from '@werkmatch/approvals/data-access';
import type { PersonalDataContributor } from '@werkmatch/privacy/feature-api';

/**
 * Matches in "download my data" (every decision and outcome about the person, the interest they expressed,
 * their placements) and in erasure (proposals with their decisions go; placements stay, pseudonymous, for the
 * figures).
 */
export const approvalsContributor: PersonalDataContributor = {
  name: 'matches',
  export: (manager, userId) => exportMatchHistory(manager, userId),
  async erase(manager, userId) {
    await eraseMatchHistory(manager, userId);
  },
};
