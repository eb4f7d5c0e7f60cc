import { Job, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { runWithLogContext } from '@werkmatch/shared/logging';
import type { AppLogger } from '@werkmatch/shared/logging';
import { JobContract, JobData } from './job-contract';
import { QueueName } from './queue-name';

/** `token` is the job's lock token, for the steps that need it (`moveToWaitingChildren` of a job with children). */
export type JobHandler<C extends JobContract> = (
  data: JobData<C>,
  job: Job,
  token?: string,
) => Promise<unknown>;

interface Registration {
  contract: JobContract;
  handler: (data: unknown, job: Job, token?: string) => Promise<unknown>;
}

export interface WorkerHostOptions {
  connection: () => Redis;
  prefix: string;
  concurrency: number;
  /** Jobs at once on particular queues, instead of `concurrency`. */
  concurrencyOf?: Partial<Record<QueueName, number>>;
  logger: AppLogger;
}

/**
 * Consumer side: one BullMQ Worker per queue that has processors, dispatching by job name.
 * A payload that fails its schema is a poison job: it fails at once (no retries) with the reason kept.
 */
export class WorkerHost {
  private readonly registrations = new Map<QueueName, Map<string, Registration>>();
  private readonly workers: Worker[] = [];
  private readonly connections: Redis[] = [];

  constructor(private readonly options: WorkerHostOptions) {}

  register<C extends JobContract>(contract: C, handler: JobHandler<C>): void {
    if (this.workers.length > 0)
      throw new Error('processors must be registered before the workers start');
    const byName = this.registrations.get(contract.queue) ?? new Map<string, Registration>();
    if (byName.has(contract.name))
      throw new Error(`a processor for ${contract.name} is already registered`);
    byName.set(contract.name, { contract, handler: handler as Registration['handler'] });
    this.registrations.set(contract.queue, byName);
  }

  registeredQueues(): QueueName[] {
    return [...this.registrations.keys()];
  }

  start(): void {
    for (const [queue, byName] of this.registrations) {
      const connection = this.options.connection();
      this.connections.push(connection);
      const worker = new Worker(queue, (job, token) => this.dispatch(queue, byName, job, token), {
        connection,
        prefix: this.options.prefix,
        concurrency: this.options.concurrencyOf?.[queue] ?? this.options.concurrency,
        autorun: true,
      });
      worker.on('failed', (job, error) =>
        this.options.logger.warn(
          {
            queue,
            jobId: job?.id,
            jobName: job?.name,
            attempt: job?.attemptsMade,
            err: error.message,
          },
          'job failed',
        ),
      );
      worker.on('error', (error) =>
        this.options.logger.error({ queue, err: error.message }, 'worker error'),
      );
      this.workers.push(worker);
    }
  }

  private async dispatch(
    queue: QueueName,
    byName: Map<string, Registration>,
    job: Job,
    token?: string,
  ): Promise<unknown> {
    return runWithLogContext({ jobId: job.id, queue }, async () => {
      const registration = byName.get(job.name);
      if (!registration)
        throw new UnrecoverableError(`no processor for job ${job.name} on queue ${queue}`);
      const parsed = registration.contract.schema.safeParse(job.data);
      if (!parsed.success) {
        throw new UnrecoverableError(
          `invalid payload for ${job.name}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
      }
      const started = Date.now();
      const result = await registration.handler(parsed.data, job, token);
      this.options.logger.debug({ jobName: job.name, ms: Date.now() - started }, 'job done');
      return result;
    });
  }

  /**
   * Graceful stop: take no new jobs and wait for active ones until the deadline; what is still running then
   * is released by closing the connection, so BullMQ's stalled-job check hands it to another worker.
   */
  async close(timeoutMs: number): Promise<void> {
    const graceful = Promise.all(this.workers.map((worker) => worker.close()));
    const timedOut = await Promise.race([
      graceful.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(true), timeoutMs).unref()),
    ]);
    if (timedOut) {
      this.options.logger.warn({ timeoutMs }, 'active jobs did not finish in time; releasing them');
      await Promise.all(this.workers.map((worker) => worker.close(true)));
    }
    await Promise.all(
      this.connections.map((connection) => connection.quit().catch(() => connection.disconnect())),
    );
    this.workers.length = 0;
  }
}
