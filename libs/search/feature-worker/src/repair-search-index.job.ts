import { z } from 'zod';
import { defineJob, QueueName } from '@werkmatch/queue';

/**
 * Compares every search index with PostgreSQL and repairs what differs (a lost job, an index restored from an
 * old snapshot, a Meilisearch server replaced). No payload: it reads the state itself, so repeated runs are
 * harmless.
 */
export const RepairSearchIndexJob = defineJob({
  queue: QueueName.SearchIndex,
  name: 'search-index.repair',
  schema: z.object({}),
  options: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 60_000 },
    removeOnComplete: { count: 48 },
    removeOnFail: { count: 100 },
  },
});
