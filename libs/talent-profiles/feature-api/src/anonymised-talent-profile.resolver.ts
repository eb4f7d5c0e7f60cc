import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Policy } from '@werkmatch/platform/access-control';
import {
  AnonymisedTalentProfile,
  toAnonymisedTalentProfile,
} from './anonymised-talent-profile.model';
import { TalentProfilePolicies } from './policies';
import { TalentProfileService } from './talent-profile.service';

@Resolver(() => AnonymisedTalentProfile)
export class AnonymisedTalentProfileResolver {
  constructor(private readonly profiles: TalentProfileService) {}

  @Policy(TalentProfilePolicies.anonymised)
  @Query(() => AnonymisedTalentProfile, {
    description:
      'A published talent profile as employers see it before an approved match; NOT_FOUND for any other.',
  })
  async anonymisedTalentProfile(
    @Args('id', { type: () => ID }) id: string,
  ): Promise<AnonymisedTalentProfile> {
    return toAnonymisedTalentProfile(await this.profiles.anonymised(id));
  }
}
