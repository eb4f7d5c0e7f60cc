import { z } from 'zod';
import { defineJob, QueueName } from '@werkmatch/queue';

export const SystemCheckJob = defineJob({
  queue: QueueName.Diagnostics,
  name: 'system.check',
  schema: z.object({ checkId: z.uuid() }),
  options: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 500 },
    removeOnComplete: { age: 3_600 },
    removeOnFail: { age: 86_400 },
  },
  jobId: ({ checkId }) => `system-check-${checkId}`,
});
