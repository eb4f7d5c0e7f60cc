import { z } from 'zod';
import { DEFAULT_RETRY, defineJob, JobContract, QueueName } from '@werkmatch/queue';

/**
 * What a consumer of the outbox receives: which event happened to which aggregate, never the aggregate's data.
 * The processor reloads the row, so the latest state wins and a deleted or erased aggregate is noticed.
 */
export const outboxEventJobSchema = z.object({
  outboxEventId: z.string().regex(/^[1-9][0-9]*$/, 'must be the id of an outbox_event row'),
  aggregateType: z.string().min(1),
  // guid, not uuid: the column type already guarantees the format, and a strict version check must never
  // turn a valid row into one the relay cannot publish.
  aggregateId: z.guid(),
  eventType: z.string().min(1),
});

export type OutboxEventJobData = z.output<typeof outboxEventJobSchema>;

export type OutboxEventJobContract = JobContract<string, typeof outboxEventJobSchema>;

/**
 * One job per event and queue, and the same id every time: when the relay crashes after enqueueing but before
 * its commit, the next attempt finds the job already there and BullMQ ignores the second add.
 * Completed jobs are kept a day (DEFAULT_RETRY), which bounds the window in which that holds.
 */
function outboxJobId({ outboxEventId }: OutboxEventJobData): string {
  return `outbox-${outboxEventId}`;
}

/** An outbox event for the search index (issue 5 registers the processor). */
export const SearchIndexOutboxEventJob = defineJob({
  queue: QueueName.SearchIndex,
  name: 'search-index.outbox-event',
  schema: outboxEventJobSchema,
  options: DEFAULT_RETRY,
  jobId: outboxJobId,
});

/** An outbox event for the match engine (issue 6 registers the processor). */
export const MatchingOutboxEventJob = defineJob({
  queue: QueueName.Matching,
  name: 'matching.outbox-event',
  schema: outboxEventJobSchema,
  options: DEFAULT_RETRY,
  jobId: outboxJobId,
});
