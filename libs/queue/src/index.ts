export { QueueName } from './queue-name';
export { DEFAULT_RETRY, defineJob } from './job-contract';
export type { JobContract, JobData } from './job-contract';
export { createRedisConnection } from './redis-connection';
export { QueueRegistry } from './queue-registry';
export type { EnqueueOverrides } from './queue-registry';
export { WorkerHost } from './worker-host';
export type { JobHandler, WorkerHostOptions } from './worker-host';
export { QueueModule, QUEUE_REGISTRY, REDIS_CLIENT } from './queue.module';
