import { z } from 'zod';
import { defineJob, QueueName } from '@werkmatch/queue';

/**
 * Expires the vacancies whose closing date has passed. No payload: the job reads what is due from PostgreSQL,
 * so a run repeated (the daily schedule and the one at worker start) changes nothing twice.
 */
export const ExpireVacanciesJob = defineJob({
  queue: QueueName.Scheduled,
  name: 'vacancies.expire-past-closing-date',
  schema: z.object({}),
  options: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 30_000 },
    removeOnComplete: { count: 30 },
    removeOnFail: { count: 100 },
  },
});
