import { BeforeApplicationShutdown, Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { QUEUE_REGISTRY, QueueRegistry } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { OutboxRelay } from './outbox-relay';

export const OUTBOX_RELAY = Symbol('OUTBOX_RELAY');

/**
 * Runs the relay in the worker role. It stops before the application shutdown hooks close the database pool
 * and the Redis connections, so its last batch still has both.
 */
@Module({
  providers: [
    {
      provide: OUTBOX_RELAY,
      inject: [getDataSourceToken(), QUEUE_REGISTRY, APP_CONFIG, LOGGER],
      useFactory: (
        dataSource: DataSource,
        queues: QueueRegistry,
        config: AppConfig,
        logger: AppLogger,
      ) => new OutboxRelay({ dataSource, databaseUrl: config.DATABASE_URL, queues, logger }),
    },
  ],
  exports: [OUTBOX_RELAY],
})
export class OutboxRelayModule implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(OUTBOX_RELAY) private readonly relay: OutboxRelay,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.relay.stop(this.config.SHUTDOWN_TIMEOUT_MS);
  }
}
