export { SearchWorkerModule } from './search-worker.module';
export {
  REPAIR_SEARCH_INDEX_PATTERN,
  REPAIR_SEARCH_INDEX_SCHEDULER_ID,
  SearchIndexProcessor,
} from './search-index.processor';
export { RepairSearchIndexJob } from './repair-search-index.job';
export { SearchIndexSync } from './search-index-sync';
export type { ReindexProgress, RepairResult, SyncResult } from './search-index-sync';
export { talentProfileSearchDocument, vacancySearchDocument } from './search-documents.mapping';
export type { ProfileIndexFacts } from './search-documents.mapping';
