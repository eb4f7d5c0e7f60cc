import type { DataSource } from 'typeorm';
import {
  type CandidateSource,
  FallbackCandidateSource,
  PostgresCandidateSource,
  SearchCandidateSource,
} from '@werkmatch/matching/data-access';
import type { SearchEngine } from '@werkmatch/search';
import type { AppLogger } from '@werkmatch/shared/logging';

/**
 * The one place that decides where the engine's candidates come from. A computation after an event asks the
 * search indexes (filters and a bounded pool instead of joins over every profile), and PostgreSQL when the
 * search engine fails, so matching never waits for the index to come back.
 */
export function createCandidateSource(
  dataSource: DataSource,
  engine: SearchEngine,
  logger: AppLogger,
): CandidateSource {
  return new FallbackCandidateSource(
    new SearchCandidateSource(dataSource, engine),
    new PostgresCandidateSource(dataSource),
    (error, source) =>
      logger.warn(
        { source, err: error instanceof Error ? error.message : String(error) },
        'candidate source failed; this computation uses PostgreSQL',
      ),
  );
}
