import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { EmployerOrganisationEntity } from '@werkmatch/identity/data-access';
import type { Principal } from '@werkmatch/identity/domain';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { User } from '../accounts/user.model';
import { IdentityPolicies } from '../policies';
import { toUser } from '../user-mapping';
import { EmployerRegistration, Organisation } from './organisation.model';
import { OrganisationsService } from './organisations.service';
import { RegisterEmployerInput } from './register-employer.input';

function toOrganisation(entity: EmployerOrganisationEntity): Organisation {
  return {
    id: entity.id,
    name: entity.name,
    kvkNumber: entity.kvkNumber,
    street: entity.street,
    houseNumber: entity.houseNumber,
    postcode: entity.postcode,
    city: entity.city,
    sector: entity.sector,
    regionId: entity.regionId,
    verified: entity.verifiedAt !== null,
    verifiedAt: entity.verifiedAt,
    createdAt: entity.createdAt,
  };
}

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @Policy(IdentityPolicies.public)
  @Mutation(() => EmployerRegistration, {
    description:
      'Register an employer organisation with its first member. It stays unverified (cannot publish) until an account manager of its region verifies it.',
  })
  async registerEmployer(
    @Args('input') input: RegisterEmployerInput,
  ): Promise<EmployerRegistration> {
    const { organisation, member } = await this.organisations.registerEmployer(input);
    return { organisation: toOrganisation(organisation), member: toUser(member) };
  }

  @Policy(IdentityPolicies.ownOrganisation)
  @Query(() => Organisation, { description: "The calling employer's organisation." })
  async myOrganisation(@CurrentPrincipal() principal: Principal): Promise<Organisation> {
    return toOrganisation(await this.organisations.myOrganisation(principal));
  }

  @Policy(IdentityPolicies.organisationMembers)
  @Query(() => [User], {
    description:
      "Active members of an organisation: an employer's own (organisationId omitted), or one in an account manager's region.",
  })
  async organisationMembers(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID, nullable: true }) organisationId?: string | null,
  ): Promise<User[]> {
    return (await this.organisations.members(principal, organisationId)).map(toUser);
  }

  @Policy(IdentityPolicies.ownOrganisation)
  @Mutation(() => Boolean, {
    description: 'Remove a colleague from your organisation; their sessions end at once.',
  })
  removeOrganisationMember(
    @CurrentPrincipal() principal: Principal,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    return this.organisations.removeMember(principal, userId);
  }

  @Policy(IdentityPolicies.regionAccountManager)
  @Mutation(() => Organisation, {
    description: 'Verify an organisation of your own region, so it may publish vacancies.',
  })
  async verifyOrganisation(
    @CurrentPrincipal() principal: Principal,
    @Args('organisationId', { type: () => ID }) organisationId: string,
  ): Promise<Organisation> {
    return toOrganisation(await this.organisations.verify(principal, organisationId));
  }

  @Policy(IdentityPolicies.regionAccountManager)
  @Query(() => [Organisation], {
    description: 'Unverified organisations of your region, oldest first.',
  })
  async organisationsAwaitingVerification(
    @CurrentPrincipal() principal: Principal,
  ): Promise<Organisation[]> {
    return (await this.organisations.awaitingVerification(principal)).map(toOrganisation);
  }
}
