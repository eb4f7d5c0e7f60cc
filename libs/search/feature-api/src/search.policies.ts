import { Role } from '@werkmatch/identity/domain';
import { Allow } from '@werkmatch/platform/access-control';

/** Who may search what; the indexes hold only published vacancies and anonymised, published profiles. */
export const SearchPolicies = {
  /** Everyone who may see a published vacancy: anyone logged in. */
  vacancies: Allow.authenticated(),
  /** Employers looking for people, and the coaches and account managers who match them. */
  talentProfiles: Allow.roles(Role.EMPLOYER, Role.COACH, Role.ACCOUNT_MANAGER),
} as const;
