import { Role } from '@werkmatch/identity/domain';
import { Allow } from '@werkmatch/platform/access-control';

const ownOrganisation = Allow.roles(Role.EMPLOYER).where('organisation');
/** The account managers of the werkgeversservicepunt that reviews the vacancy (`reviewRegionId`). */
const reviewingRegion = Allow.roles(Role.ACCOUNT_MANAGER).where('region');

/** The access policies of vacancies, declared once and used by resolvers and the service alike. */
export const VacancyPolicies = {
  /** Drafting, editing and submitting: members of the owning organisation (taken from the principal). */
  employer: ownOrganisation,
  /** Publishing or returning a submitted vacancy. */
  review: reviewingRegion,
  /** Ending a vacancy: filled or closed. */
  close: ownOrganisation.or(reviewingRegion),
  /** Who sees a vacancy in every status, with its internal fields (return reason, who created and published it). */
  manage: ownOrganisation.or(reviewingRegion).or(Allow.roles(Role.ADMIN)),
  /**
   * Asking for one vacancy: anyone logged in; the service shows everyone else only published vacancies and
   * answers NOT_FOUND for the rest, so a draft does not reveal that it exists.
   */
  read: Allow.authenticated(),
  /** Relations of a vacancy (occupation, skills, employer, place): public once the vacancy itself was shown. */
  relation: Allow.authenticated(),
} as const;
