import { Role } from '@werkmatch/identity/domain';
import { Allow } from '@werkmatch/platform/access-control';

/** Account managers of the vacancy's review region (the werkgeversservicepunt that decides). */
const region = Allow.roles(Role.ACCOUNT_MANAGER).where('region');
/** The coach who has the person in their caseload. */
const caseload = Allow.roles(Role.COACH).where('caseload');
/** The person the match is about. */
const own = Allow.roles(Role.JOB_SEEKER).where('ownership');
/** Members of the organisation offering the vacancy. */
const organisation = Allow.roles(Role.EMPLOYER).where('organisation');

/** The access policies of approvals and placements, declared once and used by resolvers and services alike. */
export const ApprovalPolicies = {
  /** The queue of the caller's own region (taken from the login). */
  queue: Allow.roles(Role.ACCOUNT_MANAGER),
  /** Approving and rejecting a proposal: only the region that reviews its vacancy. */
  decide: region,
  /** Interest: a job seeker for themselves, an employer for their vacancy, a coach for their caseload. */
  interest: own.or(organisation).or(caseload),
  /** Outcomes and placements: the region's account managers and the person's coach. */
  outcome: region.or(caseload),
  /** Both sides' contact details once approved: each party, and those who work with them. */
  introduction: own.or(organisation).or(region).or(caseload),
  /** The job seeker's own match history. */
  myMatches: Allow.roles(Role.JOB_SEEKER),
  /** The history of an organisation's vacancies' matches. */
  organisationMatches: organisation,
  /** Confirming that a person is still in work six months after a paid placement. */
  followUp: caseload.or(region),
  /** Placement and outflow figures: the policy makers. */
  figures: Allow.roles(Role.ADMIN),
  /**
   * Fields of a proposal every party may read; what each role sees in them (a reason, a note) is decided in the
   * service, as the operations that return a proposal already checked the relation.
   */
  proposalField: Allow.roles(Role.JOB_SEEKER, Role.COACH, Role.EMPLOYER, Role.ACCOUNT_MANAGER),
  /** Why a pair is not eligible: it can reveal a participation level or an indication, so never to employers. */
  eligibilityField: Allow.roles(Role.JOB_SEEKER, Role.COACH, Role.ACCOUNT_MANAGER),
  /** Who the proposed person and their coach are: an audited read. */
  personField: Allow.roles(Role.ACCOUNT_MANAGER, Role.COACH),
  /** Contact details in an introduction. */
  candidateContact: Allow.roles(Role.EMPLOYER, Role.ACCOUNT_MANAGER, Role.COACH),
  employerContact: Allow.roles(Role.JOB_SEEKER, Role.EMPLOYER, Role.ACCOUNT_MANAGER, Role.COACH),
} as const;
