import { z } from 'zod';
import { defineJob, QueueName } from '@werkmatch/queue';

/** Carries the id only: the body (which may hold a one-time token) stays in PostgreSQL, never in Redis. */
export const SendEmailJob = defineJob({
  queue: QueueName.Notifications,
  name: 'notifications.send-email',
  schema: z.object({ emailId: z.uuid() }),
  options: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 86_400, count: 10_000 },
    removeOnFail: { age: 7 * 86_400 },
  },
  jobId: ({ emailId }) => `send-email-${emailId}`,
});

/** Re-enqueues emails left QUEUED (enqueueing failed after commit, or Redis lost the job). */
export const RelayQueuedEmailsJob = defineJob({
  queue: QueueName.Notifications,
  name: 'notifications.relay-queued-emails',
  schema: z.object({}),
  options: { attempts: 1, removeOnComplete: { count: 10 }, removeOnFail: { count: 100 } },
});
