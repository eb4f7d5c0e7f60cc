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
