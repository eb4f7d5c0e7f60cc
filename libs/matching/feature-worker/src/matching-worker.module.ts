import { Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SEARCH_ENGINE, type SearchEngine, SearchModule } from '@werkmatch/search';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { createCandidateSource } from './candidate-sources';
import { MatchEngine } from './match-engine';
import { MatchingOutboxProcessor } from './matching-outbox.processor';
import { MATCH_ENGINE } from './matching-worker.tokens';
import { ProposeMatchesProcessor } from './propose-matches.processor';
import { RecomputeMatchesProcessor } from './recompute-matches.processor';

/** The match engine in the worker role; where its candidates come from is decided in `createCandidateSource`. */
@Module({
  imports: [SearchModule.forRoot()],
  providers: [
    {
      provide: MATCH_ENGINE,
      inject: [getDataSourceToken(), SEARCH_ENGINE, LOGGER],
      useFactory: (dataSource: DataSource, engine: SearchEngine, logger: AppLogger) =>
        new MatchEngine({
          dataSource,
          logger,
          source: createCandidateSource(dataSource, engine, logger),
        }),
    },
    MatchingOutboxProcessor,
    ProposeMatchesProcessor,
    RecomputeMatchesProcessor,
  ],
})
export class MatchingWorkerModule {}
