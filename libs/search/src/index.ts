export { searchEngineKind } from './search-engine';
export type {
  SearchEngine,
  SearchEngineHealth,
  SearchEngineKind,
  SearchIndexOf,
  TalentProfileSearchIndex,
  VacancySearchIndex,
} from './search-engine';
export { MeilisearchHealth } from './meilisearch-health';
export { PostgresSearchHealth } from './postgres-search-health';
export {
  SearchIndexName,
  TALENT_PROFILE_DOCUMENT_FIELDS,
  VACANCY_DOCUMENT_FIELDS,
} from './search-documents';
export type {
  GeoPoint,
  SearchDocuments,
  SearchOccupation,
  SearchSkill,
  TalentProfileSearchDocument,
  VacancySearchDocument,
} from './search-documents';
export {
  HOURS_BAND_RANGES,
  HoursBand,
  SEARCH_LIMITS,
  SearchFacet,
  SearchSort,
  SkillMatch,
} from './search-request';
export type {
  FacetCounts,
  FacetValueCount,
  GeoRadius,
  HighlightPart,
  IndexedEntry,
  LevelRange,
  SearchFilters,
  SearchHit,
  SearchPage,
  SearchRequest,
  SearchResult,
  TalentProfileSearchFilters,
  VacancySearchFilters,
} from './search-request';
export { SearchIndex } from './search-index';
export { isUuid } from './search-index-definitions';
export type { DocumentBatches } from './search-index';
export { DUTCH_STOP_WORDS, DUTCH_SYNONYM_GROUPS } from './search-text';
export { PostgresSearchEngine } from './postgres/postgres-search-engine';
export { SEARCH_LISTENER_APPLICATION_NAME } from './postgres/index-change-watch';
export { MeilisearchSearchEngine } from './meilisearch/meilisearch-search-engine';
export type { MeilisearchEngineOptions } from './meilisearch/meilisearch-search-engine';
export { SearchEngineError } from './search-engine-error';
export { createSearchEngine } from './create-search-engine';
export type { SearchEngineSettings } from './create-search-engine';
export { SEARCH_ENGINE, SearchModule } from './search.module';
