import { Job, Queue } from 'bullmq';
import type { DeduplicationOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { ValidationError } from '@werkmatch/shared/errors';
import { JobContract, JobData } from './job-contract';
import { QueueName } from './queue-name';

export interface EnqueueOverrides {
  delay?: number;
  jobId?: string;
  priority?: number;
  /** BullMQ deduplication (simple, throttle or debounce mode): e.g. one computation for a burst of events. */
  deduplication?: DeduplicationOptions;
}

/** Producer side: one BullMQ Queue per name, created on first use, sharing one connection. */
export class QueueRegistry {
  private readonly queues = new Map<QueueName, Queue>();

  constructor(
    private readonly connection: Redis,
    readonly prefix: string,
  ) {}

  queue(name: QueueName): Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection: this.connection, prefix: this.prefix });
      this.queues.set(name, queue);
    }
    return queue;
  }

  allQueues(): Queue[] {
    return Object.values(QueueName).map((name) => this.queue(name));
  }

  async enqueue<C extends JobContract>(
    contract: C,
    data: JobData<C>,
    overrides: EnqueueOverrides = {},
  ): Promise<Job> {
    const parsed = contract.schema.safeParse(data);
    if (!parsed.success) {
      throw new ValidationError(
        parsed.error.issues.map((issue) => ({
          field: issue.path.join('.') || 'data',
          rule: issue.message,
        })),
      );
    }
    const jobId = overrides.jobId ?? contract.jobId?.(parsed.data);
    return this.queue(contract.queue).add(contract.name, parsed.data, {
      ...contract.options,
      ...(jobId ? { jobId } : {}),
      ...(overrides.delay !== undefined ? { delay: overrides.delay } : {}),
      ...(overrides.priority !== undefined ? { priority: overrides.priority } : {}),
      ...(overrides.deduplication ? { deduplication: overrides.deduplication } : {}),
    });
  }

  async close(): Promise<void> {
    await Promise.all([...this.queues.values()].map((queue) => queue.close()));
    this.queues.clear();
    // BullMQ leaves a connection it was given open; left alone it reconnects forever once Redis stops.
    await this.connection.quit().catch(() => this.connection.disconnect());
  }
}
