import { Role } from '@werkmatch/identity/domain';
import { Allow } from '@werkmatch/platform/access-control';

/** The access policies of talent profiles, declared once and used by resolvers and the service alike. */
export const TalentProfilePolicies = {
  /** The job seeker's own profile: reading, publishing, confirming. Only they can publish (consent). */
  owner: Allow.roles(Role.JOB_SEEKER).where('ownership'),
  /** Editing and pausing: the job seeker, or a coach who has them in their caseload. */
  ownerOrCoach: Allow.roles(Role.JOB_SEEKER)
    .where('ownership')
    .or(Allow.roles(Role.COACH).where('caseload')),
  /** The coach's assessment (participation level, support needs, target groups). */
  coach: Allow.roles(Role.COACH).where('caseload'),
  /** The full profile of someone else: their coach, or an administrator; an audited read either way. */
  fullProfile: Allow.roles(Role.COACH).where('caseload').or(Allow.roles(Role.ADMIN)),
  /** The anonymised profile: what employers see before an approved match. */
  anonymised: Allow.roles(Role.EMPLOYER, Role.ACCOUNT_MANAGER, Role.COACH, Role.ADMIN),
  /**
   * Fields of a full `TalentProfile`: only the operations above return one, and they decided on the relation;
   * the field keeps every other role out should one ever return it by mistake.
   */
  fullProfileField: Allow.roles(Role.JOB_SEEKER, Role.COACH, Role.ADMIN),
} as const;
