import { z } from 'zod';
import { defineJob, QueueName } from '@werkmatch/queue';
import type { JobsOptions } from 'bullmq';

/**
 * Retries for a computation: a few, quickly, because a failure is mostly a deadlock or a lost connection. What
 * still fails stays in the failed set a week with its reason, for the dashboard.
 */
const PROPOSE_RETRY: JobsOptions = {
  attempts: 4,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 3_600, count: 5_000 },
  removeOnFail: { age: 7 * 86_400 },
};

/**
 * Quiet time after the last event of one profile or vacancy before its computation runs: a person saving a form
 * field by field, or a coach and the person both editing, gives one computation.
 */
export const PROPOSE_DEBOUNCE_MS = 750;

const proposeForProfileSchema = z.object({
  profileId: z.guid(),
  /** The outbox event that asked, for the job id and the log; absent for a computation asked by hand. */
  outboxEventId: z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .optional(),
});

const proposeForVacancySchema = z.object({
  vacancyId: z.guid(),
  outboxEventId: z
    .string()
    .regex(/^[1-9][0-9]*$/)
    .optional(),
});

/**
 * Propose vacancies for one talent profile (or withdraw its open proposals when it is no longer published).
 * The job id names the event, so a duplicated outbox job adds nothing; the debounce id names the profile, so a
 * burst of events for it leaves one delayed job (see `debounceFor`).
 */
export const ProposeForProfileJob = defineJob({
  queue: QueueName.Matching,
  name: 'matching.propose-for-profile',
  schema: proposeForProfileSchema,
  options: PROPOSE_RETRY,
  jobId: ({ profileId, outboxEventId }) =>
    `propose-profile-${profileId}${outboxEventId ? `-${outboxEventId}` : ''}`,
});

/** Propose talent profiles for one vacancy (or withdraw its open proposals when it ended). */
export const ProposeForVacancyJob = defineJob({
  queue: QueueName.Matching,
  name: 'matching.propose-for-vacancy',
  schema: proposeForVacancySchema,
  options: PROPOSE_RETRY,
  jobId: ({ vacancyId, outboxEventId }) =>
    `propose-vacancy-${vacancyId}${outboxEventId ? `-${outboxEventId}` : ''}`,
});

/**
 * BullMQ's debounce mode: while a job with this id waits in its delay, a new one replaces it and the delay starts
 * again. The key lives a little shorter than the delay, so an event that arrives while the computation already
 * runs is never swallowed: at worst it makes a second computation, which changes nothing twice.
 */
export function debounceFor(kind: 'profile' | 'vacancy', id: string) {
  return {
    delay: PROPOSE_DEBOUNCE_MS,
    deduplication: {
      id: `propose-${kind}-${id}`,
      ttl: Math.round(PROPOSE_DEBOUNCE_MS * 0.8),
      extend: true,
      replace: true,
    },
  };
}

/**
 * Recompute every proposal: all published vacancies in batches, reporting progress. Nightly and on demand
 * (`recomputeMatches`); one at a time (the job id is fixed per day or per request).
 */
export const RecomputeMatchesJob = defineJob({
  queue: QueueName.Matching,
  name: 'matching.recompute-all',
  schema: z.object({
    /** Who asked; null for the nightly run. */
    requestedByUserId: z.guid().nullable(),
  }),
  options: {
    attempts: 2,
    backoff: { type: 'fixed', delay: 60_000 },
    removeOnComplete: { count: 50 },
    removeOnFail: { count: 50 },
  },
});

/** What a recomputation reports through `job.updateProgress` and returns. */
export interface RecomputeProgress {
  vacanciesDone: number;
  vacanciesTotal: number;
  proposalsOpen: number;
  proposalsWithdrawn: number;
}
