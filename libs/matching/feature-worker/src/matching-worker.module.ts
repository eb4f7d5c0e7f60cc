import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { PostgresCandidateSource } from '@werkmatch/matching/data-access';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { MatchEngine } from './match-engine';
import { MatchingOutboxProcessor } from './matching-outbox.processor';
import { MATCH_ENGINE } from './matching-worker.tokens';
import { ProposeMatchesProcessor } from './propose-matches.processor';
import { RecomputeMatchesProcessor } from './recompute-matches.processor';

/**
 * The match engine in the worker role. Candidates come from PostgreSQL (`PostgresCandidateSource`), not from the
 * search index, which may be empty or stale until its own sync runs.
 */
@Module({
  providers: [
    {
      provide: MATCH_ENGINE,
      inject: [getDataSourceToken(), LOGGER],
      useFactory: (dataSource: DataSource, logger: AppLogger) =>
        new MatchEngine({ dataSource, logger, source: new PostgresCandidateSource(dataSource) }),
    },
    MatchingOutboxProcessor,
    ProposeMatchesProcessor,
    RecomputeMatchesProcessor,
  ],
})
export class MatchingWorkerModule {}
