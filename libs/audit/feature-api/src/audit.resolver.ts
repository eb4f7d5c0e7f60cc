import { Args, Query, Resolver } from '@nestjs/graphql';
import { Role } from '@werkmatch/identity/domain';
import type { Principal } from '@werkmatch/identity/domain';
import { Allow, CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import {
  AuditEventPage,
  AuditTrailFilterInput,
  DataAccessLogPage,
  PageArgs,
} from './audit-event.model';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Policy(Allow.authenticated())
  @Query(() => DataAccessLogPage, {
    description: 'Who else looked at or changed your data, when and why; newest first.',
  })
  myDataAccessLog(
    @CurrentPrincipal() principal: Principal,
    @Args() page: PageArgs,
  ): Promise<DataAccessLogPage> {
    return this.audit.accessLogOf(principal.userId, page.first, page.after);
  }

  @Policy(Allow.roles(Role.ADMIN))
  @Query(() => AuditEventPage, { description: 'Search the audit trail; newest first.' })
  auditTrail(
    @Args('filter', { type: () => AuditTrailFilterInput, nullable: true })
    filter: AuditTrailFilterInput | null,
    @Args() page: PageArgs,
  ): Promise<AuditEventPage> {
    return this.audit.trail(filter ?? {}, page.first, page.after);
  }
}
