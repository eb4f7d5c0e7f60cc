import { Module } from '@nestjs/common';
import { IdentityApiModule } from '@werkmatch/identity/feature-api';
import { MatchProposalsResolver } from './match-proposals.resolver';
import { MatchProposalsService } from './match-proposals.service';
import { QueueDashboard } from './queue-dashboard/queue-dashboard';
import { QueueDashboardAccess } from './queue-dashboard/queue-dashboard-access';
import { QueueDashboardResolver } from './queue-dashboard/queue-dashboard.resolver';

/**
 * Match proposals over GraphQL, the on-demand recomputation, the queue overview and the queue dashboard for
 * administrators; the engine runs in the worker.
 */
@Module({
  imports: [IdentityApiModule],
  providers: [
    MatchProposalsService,
    MatchProposalsResolver,
    QueueDashboardAccess,
    QueueDashboard,
    QueueDashboardResolver,
  ],
})
export class MatchingApiModule {}
