import type { JobsOptions } from 'bullmq';
import { z } from 'zod';
import { QueueName } from './queue-name';

/**
 * One definition shared by producer and processor: the queue, a stable job name (never a class name),
 * the payload schema (ids, not rows), the retry policy and, where enqueueing must be idempotent, the job id.
 */
export interface JobContract<Name extends string = string, Schema extends z.ZodType = z.ZodType> {
  queue: QueueName;
  name: Name;
  schema: Schema;
  options: JobsOptions;
  jobId?: (data: z.output<Schema>) => string;
}

export type JobData<Contract extends JobContract> = z.output<Contract['schema']>;

export function defineJob<Name extends string, Schema extends z.ZodType>(
  contract: JobContract<Name, Schema>,
): JobContract<Name, Schema> {
  return contract;
}

/** The default retry policy: a handful of attempts with exponential backoff, history kept a day for the dashboard. */
export const DEFAULT_RETRY: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 86_400, count: 10_000 },
  removeOnFail: { age: 7 * 86_400 },
};
