import {
  DynamicModule,
  Global,
  Inject,
  Module,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { createRedisConnection, QueueName, WorkerHost } from '@werkmatch/queue';

export const WORKER_HOST = Symbol('WORKER_HOST');

/**
 * Processors register themselves on WORKER_HOST in onModuleInit; the workers start once every module is
 * initialised, and stop (gracefully, within SHUTDOWN_TIMEOUT_MS) before connections close.
 */
@Global()
@Module({})
export class WorkerHostModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  static forRoot(): DynamicModule {
    return {
      module: WorkerHostModule,
      providers: [
        {
          provide: WORKER_HOST,
          inject: [APP_CONFIG, LOGGER],
          useFactory: (config: AppConfig, logger: AppLogger) =>
            new WorkerHost({
              connection: () => createRedisConnection(config.REDIS_URL, 'worker'),
              prefix: config.QUEUE_PREFIX,
              concurrency: config.WORKER_CONCURRENCY,
              concurrencyOf: { [QueueName.Matching]: config.MATCHING_CONCURRENCY },
              logger,
            }),
        },
      ],
      exports: [WORKER_HOST],
    };
  }

  onApplicationBootstrap(): void {
    this.host.start();
    this.logger.info({ queues: this.host.registeredQueues() }, 'worker started');
  }

  async onApplicationShutdown(signal?: string): Promise<void> {
    this.logger.info({ signal }, 'worker stopping: no new jobs, finishing active ones');
    await this.host.close(this.config.SHUTDOWN_TIMEOUT_MS);
    this.logger.info('worker stopped');
  }
}
