export { addCounts, bulkUpsert, noChanges } from './bulk-upsert';
export type { BulkUpsertOptions, UpsertCounts } from './bulk-upsert';
export { silentProgress } from './progress';
export type { ImportProgress } from './progress';
