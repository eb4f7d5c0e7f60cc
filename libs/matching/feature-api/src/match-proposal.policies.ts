import { Role } from '@werkmatch/identity/domain';
import { Allow } from '@werkmatch/platform/access-control';

/** Employers of the vacancy's organisation, account managers of its review region. */
const vacancySide = Allow.roles(Role.EMPLOYER)
  .where('organisation')
  .or(Allow.roles(Role.ACCOUNT_MANAGER).where('region'));
/** The job seeker themselves, the coaches who have them in their caseload. */
const personSide = Allow.roles(Role.JOB_SEEKER)
  .where('ownership')
  .or(Allow.roles(Role.COACH).where('caseload'));

/** The access policies of match proposals, declared once and used by resolvers and the service alike. */
export const MatchProposalPolicies = {
  /**
   * `matchProposals`: each role through its own side of the pair (a vacancy for employers and account managers,
   * a person for job seekers and coaches); the service also limits what each sees (employers and job seekers
   * only approved proposals).
   */
  read: vacancySide.or(personSide),
  /** Fields of a proposal: only `matchProposals` returns one, and it decided on the relation. */
  field: Allow.roles(Role.EMPLOYER, Role.ACCOUNT_MANAGER, Role.JOB_SEEKER, Role.COACH),
  /** Full recomputation and the queue overview: operating the platform. */
  operate: Allow.roles(Role.ADMIN),
} as const;
