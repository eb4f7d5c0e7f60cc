import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Principal } from '@werkmatch/identity/domain';
import { Allow, CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { PrivacyService } from './privacy.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Policy(Allow.authenticated())
  @Query(() => String, {
    description:
      'All data the platform holds about you, as a JSON document (GDPR right of access).',
  })
  async exportMyData(@CurrentPrincipal() principal: Principal): Promise<string> {
    return JSON.stringify(await this.privacy.exportData(principal), null, 2);
  }

  @Policy(Allow.authenticated())
  @Mutation(() => Boolean, {
    description:
      'Erase your account and everything that identifies you, everywhere. Cannot be undone; logs you out.',
  })
  eraseMyAccount(
    @CurrentPrincipal() principal: Principal,
    @Args('password') password: string,
  ): Promise<boolean> {
    return this.privacy.eraseAccount(principal, password);
  }
}
