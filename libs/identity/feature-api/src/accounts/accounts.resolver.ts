import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@werkmatch/identity/domain';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { toUser } from '../user-mapping';
import { IdentityPolicies } from '../policies';
import { AccountsService } from './accounts.service';
import { Invitation } from './invitation.model';
import { AcceptInvitationInput, InviteUserInput, RegisterInput } from './register.input';
import { User } from './user.model';

@Resolver(() => User)
export class AccountsResolver {
  constructor(private readonly accounts: AccountsService) {}

  @Policy(IdentityPolicies.public)
  @Mutation(() => User, { description: 'A job seeker creates their own account.' })
  async register(@Args('input') input: RegisterInput): Promise<User> {
    return toUser(await this.accounts.register(input));
  }

  @Policy(IdentityPolicies.self)
  @Query(() => User, { description: 'The logged-in user.' })
  async me(@CurrentPrincipal() principal: Principal): Promise<User> {
    return toUser(await this.accounts.me(principal));
  }

  @Policy(IdentityPolicies.adminOnly)
  @Mutation(() => Invitation, {
    description: 'Invite a coach, or an account manager of one region, by email.',
  })
  inviteUser(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: InviteUserInput,
  ): Promise<Invitation> {
    return this.accounts.inviteUser(principal, input);
  }

  @Policy(IdentityPolicies.ownOrganisation)
  @Mutation(() => Invitation, { description: 'Invite a colleague into your own organisation.' })
  inviteColleague(
    @CurrentPrincipal() principal: Principal,
    @Args('email') email: string,
  ): Promise<Invitation> {
    return this.accounts.inviteColleague(principal, email);
  }

  @Policy(IdentityPolicies.public)
  @Mutation(() => User, { description: 'Create the invited account with the emailed token.' })
  async acceptInvitation(@Args('input') input: AcceptInvitationInput): Promise<User> {
    return toUser(await this.accounts.acceptInvitation(input));
  }
}
