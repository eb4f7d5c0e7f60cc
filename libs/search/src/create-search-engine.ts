import type { DataSource } from 'typeorm';
import type { ListenerLogger } from '@werkmatch/database';
import { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
import type { MeilisearchEngineOptions } from './meilisearch/meilisearch-search-engine';
import { PostgresSearchEngine } from './postgres/postgres-search-engine';
import type { SearchEngine } from './search-engine';

export interface SearchEngineSettings {
  config: { MEILI_URL?: string; MEILI_API_KEY?: string };
  /**
   * Lets the built-in engine hear of index writes by other processes (a connection of its own), for long-running
   * processes that search; one-shot tools leave it out.
   */
  listen?: { databaseUrl: string; logger?: ListenerLogger };
  /** The platform's DataSource: the built-in engine's tables live in its database. */
  dataSource: DataSource;
  /** Anything else for Meilisearch (index prefix, timeouts). */
  meilisearch?: Omit<MeilisearchEngineOptions, 'url' | 'apiKey'>;
}

/** Meilisearch when MEILI_URL is set, otherwise the built-in engine on PostgreSQL. Call `start()` before use. */
export function createSearchEngine(settings: SearchEngineSettings): SearchEngine {
  const { MEILI_URL, MEILI_API_KEY } = settings.config;
  return MEILI_URL
    ? new MeilisearchSearchEngine({
        ...settings.meilisearch,
        url: MEILI_URL,
        apiKey: MEILI_API_KEY,
      })
    : new PostgresSearchEngine(settings.dataSource, settings.listen);
}
