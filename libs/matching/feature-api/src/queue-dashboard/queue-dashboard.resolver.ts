import { Context, Mutation, Resolver } from '@nestjs/graphql';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '@werkmatch/identity/domain';
import { CurrentPrincipal, Policy } from '@werkmatch/platform/access-control';
import { MatchProposalPolicies } from '../match-proposal.policies';
import { QUEUE_DASHBOARD_LOGIN_PATH, QueueDashboardAccess } from './queue-dashboard-access';
import { QueueDashboardLink } from './queue-dashboard-link.model';

@Resolver()
export class QueueDashboardResolver {
  constructor(private readonly access: QueueDashboardAccess) {}

  @Policy(MatchProposalPolicies.operate)
  @Mutation(() => QueueDashboardLink, {
    description:
      'A one-time link to the queue dashboard (bull-board at /admin/queues: every queue, failed jobs with their reasons, progress). A mutation: each call makes a new link.',
  })
  async queueDashboardLink(
    @CurrentPrincipal() principal: Principal,
    @Context('req') request: FastifyRequest,
  ): Promise<QueueDashboardLink> {
    const { token, expiresAt } = await this.access.issueLink(principal);
    const path = `${QUEUE_DASHBOARD_LOGIN_PATH}?token=${encodeURIComponent(token)}`;
    // The origin the caller reached the API on (behind TRUST_PROXY_HOPS proxies, as they forwarded it).
    return { url: `${request.protocol}://${request.host}${path}`, path, expiresAt };
  }
}
