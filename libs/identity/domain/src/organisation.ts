import { Role } from './role';

/** Roles an administrator can invite; everyone else registers (job seekers, employers) or is invited by a colleague. */
export const INVITABLE_BY_ADMIN: readonly Role[] = [Role.COACH, Role.ACCOUNT_MANAGER];

export interface OrganisationVerificationState {
  verifiedAt: Date | null;
}

/** Only an organisation an account manager has verified may publish vacancies (issue 3). */
export function organisationMayPublish(organisation: OrganisationVerificationState): boolean {
  return organisation.verifiedAt !== null;
}
