import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@werkmatch/identity/domain';
import { Allow, Policy } from '@werkmatch/platform/access-control';
import { SystemCheck } from './system-check.model';
import { SystemCheckService } from './system-check.service';

@Resolver(() => SystemCheck)
export class SystemCheckResolver {
  constructor(private readonly service: SystemCheckService) {}

  @Policy(Allow.roles(Role.ADMIN))
  @Mutation(() => SystemCheck, {
    description: 'Queue a round trip through the worker; poll systemCheck for its result.',
  })
  startSystemCheck(): Promise<SystemCheck> {
    return this.service.start();
  }

  @Policy(Allow.roles(Role.ADMIN))
  @Query(() => SystemCheck)
  systemCheck(@Args('id', { type: () => ID }) id: string): Promise<SystemCheck> {
    return this.service.find(id);
  }
}
