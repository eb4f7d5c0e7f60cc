import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { SystemCheck } from './system-check.model';
import { SystemCheckService } from './system-check.service';

@Resolver(() => SystemCheck)
export class SystemCheckResolver {
  constructor(private readonly service: SystemCheckService) {}

  @Mutation(() => SystemCheck, {
    description: 'Queue a round trip through the worker; poll systemCheck for its result.',
  })
  startSystemCheck(): Promise<SystemCheck> {
    return this.service.start();
  }

  @Query(() => SystemCheck)
  systemCheck(@Args('id', { type: () => ID }) id: string): Promise<SystemCheck> {
    return this.service.find(id);
  }
}
