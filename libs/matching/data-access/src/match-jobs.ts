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
const PROPOSE_DEBOUNCE_MS = 750;

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

/** What a full recomputation notes in its own data once its batches are enqueued (see RecomputeMatchesJob). */
const recomputeRunSchema = z.object({
  /** When the run began (ISO 8601), for the duration its last pass logs. */
  startedAt: z.string().min(1).max(40),
  vacanciesTotal: z.number().int().min(0),
  batches: z.number().int().min(0),
  /** Open proposals withdrawn before the batches, of vacancies and profiles that left matching unnoticed. */
  withdrawn: z.number().int().min(0),
});

export type RecomputeRun = z.output<typeof recomputeRunSchema>;

/**
 * Recompute every proposal: nightly and on demand (`recomputeMatches`), one at a time. The job fans out: its first
 * pass withdraws what left matching, enqueues one `RecomputeMatchesBatchJob` per batch of vacancies as its
 * children and waits for them (BullMQ's waiting-children state, holding no worker); its second pass, once every
 * batch is done, counts the result. Several workers share the batches; the job's progress adds theirs up.
 */
export const RecomputeMatchesJob = defineJob({
  queue: QueueName.Matching,
  name: 'matching.recompute-all',
  schema: z.object({
    /** Who asked; null for the nightly run. */
    requestedByUserId: z.guid().nullable(),
    /** Absent until the first pass enqueued the batches. */
    run: recomputeRunSchema.optional(),
  }),
  options: {
    attempts: 2,
    backoff: { type: 'fixed', delay: 60_000 },
    removeOnComplete: { count: 50 },
    removeOnFail: { count: 50 },
  },
});

/**
 * One batch of a full recomputation: the open vacancies with ids in (`after`, `through`], computed one after the
 * other against a snapshot of the published profiles the worker keeps for the run. A batch that still fails after
 * its retries fails the run (`failParentOnFailure`), whose reason then shows on the dashboard; batches done stay
 * done.
 */
export const RecomputeMatchesBatchJob = defineJob({
  queue: QueueName.Matching,
  name: 'matching.recompute-batch',
  schema: z.object({
    /** The recomputation's job id, made safe for job ids (a scheduled run's id has colons). */
    runId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
    after: z.guid(),
    through: z.guid(),
  }),
  options: {
    attempts: 4,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 86_400, count: 2_000 },
    removeOnFail: { age: 7 * 86_400 },
    failParentOnFailure: true,
  },
  jobId: ({ runId, through }) => `recompute-${runId}-${through}`,
});

/** What a recomputation reports through `job.updateProgress` and returns. */
export interface RecomputeProgress {
  vacanciesDone: number;
  vacanciesTotal: number;
  proposalsOpen: number;
  proposalsWithdrawn: number;
}
