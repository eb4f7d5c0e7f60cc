import { DynamicModule, Module } from '@nestjs/common';
import { AppConfig, ConfigModule } from '@werkmatch/shared/config';
import { AppLogger, LoggingModule } from '@werkmatch/shared/logging';
import { DatabaseModule } from '@werkmatch/database';
import { platformDatabaseOptions } from '@werkmatch/platform/persistence';
import { QueueModule } from '@werkmatch/queue';
import { WorkerModule } from './worker.module';

/** The worker process on its own: no HTTP API, only configuration, database, queues and processors. */
@Module({})
export class WorkerRootModule {
  static forRoot(config: AppConfig, logger: AppLogger): DynamicModule {
    return {
      module: WorkerRootModule,
      imports: [
        ConfigModule.forRoot(config),
        LoggingModule.forRoot(logger),
        DatabaseModule.forRoot(
          platformDatabaseOptions({
            url: config.DATABASE_URL,
            poolSize: config.DATABASE_POOL_SIZE,
            applicationName: 'werkmatch-worker',
          }),
        ),
        QueueModule.forRoot({ redisUrl: config.REDIS_URL, prefix: config.QUEUE_PREFIX }),
        WorkerModule,
      ],
    };
  }
}
