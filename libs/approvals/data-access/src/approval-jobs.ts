import { z } from 'zod';
import { defineJob, QueueName } from '@werkmatch/queue';
import type { JobsOptions } from 'bullmq';

/** A daily sweep: a few slow retries; a repeated run changes nothing twice (each row is marked as it is done). */
const SWEEP_RETRY: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 60_000 },
  removeOnComplete: { count: 30 },
  removeOnFail: { count: 100 },
};

/** Reminds the employer and the account manager of introduced matches without an outcome after 14 days. */
export const RemindMatchOutcomesJob = defineJob({
  queue: QueueName.Scheduled,
  name: 'approvals.remind-match-outcomes',
  schema: z.object({}),
  options: SWEEP_RETRY,
});

/** Asks the coach, six months after a paid placement, whether the person is still in work. */
export const PlacementFollowUpsJob = defineJob({
  queue: QueueName.Scheduled,
  name: 'approvals.placement-follow-ups',
  schema: z.object({}),
  options: SWEEP_RETRY,
});

export interface SweepResult {
  /** Rows handled (matches reminded, placements asked about). */
  handled: number;
  /** Emails written; hand them to the queue after the sweep (`dispatchQueuedEmails`). */
  emailIds: string[];
}
