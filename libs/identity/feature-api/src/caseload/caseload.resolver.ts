import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@werkmatch/identity/domain';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { User } from '../accounts/user.model';
import { IdentityPolicies } from '../policies';
import { toUser } from '../user-mapping';
import { CaseloadAssignment } from './caseload-assignment.model';
import { CaseloadService } from './caseload.service';

@Resolver(() => CaseloadAssignment)
export class CaseloadResolver {
  constructor(private readonly caseload: CaseloadService) {}

  @Policy(IdentityPolicies.adminOnly)
  @Mutation(() => CaseloadAssignment, {
    description: "Put a job seeker in a coach's caseload (moving them from another coach's).",
  })
  assignToCaseload(
    @CurrentPrincipal() principal: Principal,
    @Args('jobSeekerId', { type: () => ID }) jobSeekerId: string,
    @Args('coachId', { type: () => ID }) coachId: string,
  ): Promise<CaseloadAssignment> {
    return this.caseload.assign(principal, jobSeekerId, coachId);
  }

  @Policy(IdentityPolicies.adminOnly)
  @Mutation(() => Boolean, { description: "Take a job seeker out of their coach's caseload." })
  removeFromCaseload(
    @CurrentPrincipal() principal: Principal,
    @Args('jobSeekerId', { type: () => ID }) jobSeekerId: string,
  ): Promise<boolean> {
    return this.caseload.remove(principal, jobSeekerId);
  }

  @Policy(IdentityPolicies.coachOwnCaseload)
  @Query(() => [User], { description: "The job seekers in the calling coach's caseload." })
  async myCaseload(@CurrentPrincipal() principal: Principal): Promise<User[]> {
    return (await this.caseload.caseloadOf(principal)).map(toUser);
  }
}
