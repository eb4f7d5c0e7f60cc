import { Role } from '@werkmatch/identity/domain';
import { Allow } from '@werkmatch/platform/access-control';

/** The access policies of identity's operations, declared once and used by resolvers and services alike. */
export const IdentityPolicies = {
  /** Before anyone is logged in: registration, login, tokens, password reset, accepting an invitation. */
  public: Allow.anyone(),
  self: Allow.authenticated(),
  adminOnly: Allow.roles(Role.ADMIN),
  ownOrganisation: Allow.roles(Role.EMPLOYER).where('organisation'),
  organisationMembers: Allow.roles(Role.EMPLOYER)
    .where('organisation')
    .or(Allow.roles(Role.ACCOUNT_MANAGER).where('region'))
    .or(Allow.roles(Role.ADMIN)),
  regionAccountManager: Allow.roles(Role.ACCOUNT_MANAGER).where('region'),
  coachOwnCaseload: Allow.roles(Role.COACH).where('caseload'),
} as const;
