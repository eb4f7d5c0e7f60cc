import type {
  SearchDocuments,
  SearchIndexName,
  TalentProfileSearchDocument,
  VacancySearchDocument,
} from './search-documents';
import type { SearchIndex } from './search-index';
import type { TalentProfileSearchFilters, VacancySearchFilters } from './search-request';

/** Which engine serves the search indexes; chosen once from configuration. */
export type SearchEngineKind = 'meilisearch' | 'postgres';

export interface SearchEngineHealth {
  readonly kind: SearchEngineKind;
  /** True when the engine answers; used by the API's readiness check. */
  isReachable(): Promise<boolean>;
}

export function searchEngineKind(config: { MEILI_URL?: string }): SearchEngineKind {
  return config.MEILI_URL ? 'meilisearch' : 'postgres';
}

export type VacancySearchIndex = SearchIndex<VacancySearchDocument, VacancySearchFilters>;
export type TalentProfileSearchIndex = SearchIndex<
  TalentProfileSearchDocument,
  TalentProfileSearchFilters
>;

/** The index of a name, typed by it (for code that handles "one index or all", such as a reindex). */
export type SearchIndexOf<N extends SearchIndexName> = SearchIndex<
  SearchDocuments[N],
  N extends SearchIndexName.Vacancies ? VacancySearchFilters : TalentProfileSearchFilters
>;

/**
 * The search port: two indexes that behave the same on every engine (one contract suite proves it). Documents go
 * in whole (upsert replaces by id) and come out cut to their declared fields.
 */
export interface SearchEngine extends SearchEngineHealth {
  readonly vacancies: VacancySearchIndex;
  readonly talentProfiles: TalentProfileSearchIndex;
  index<N extends SearchIndexName>(name: N): SearchIndexOf<N>;
  /** Makes the indexes ready (creates them, reconciles their settings); safe to call at every start. */
  start(): Promise<void>;
  /** Releases what the engine holds of its own (the built-in engine uses the platform's DataSource). */
  close(): Promise<void>;
}
