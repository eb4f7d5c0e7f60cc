import { Module } from '@nestjs/common';
import { MatchProposalsResolver } from './match-proposals.resolver';
import { MatchProposalsService } from './match-proposals.service';

/** Match proposals over GraphQL, the on-demand recomputation and the queue overview; the engine runs in the worker. */
@Module({ providers: [MatchProposalsService, MatchProposalsResolver] })
export class MatchingApiModule {}
