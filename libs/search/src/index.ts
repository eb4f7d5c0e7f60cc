export { searchEngineKind } from './search-engine';
export type { SearchEngineHealth, SearchEngineKind } from './search-engine';
export { MeilisearchHealth } from './meilisearch-health';
export { PostgresSearchHealth } from './postgres-search-health';
