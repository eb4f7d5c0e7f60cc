/**
 * Something a search engine did not do: a failed or timed-out Meilisearch task, a request it refused. Not the
 * user's fault, so it stays an internal error at the GraphQL edge (a ValidationError is raised before any engine
 * sees a request).
 */
export class SearchEngineError extends Error {
  override name = 'SearchEngineError';
}
