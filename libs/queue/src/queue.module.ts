import { DynamicModule, Global, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { QueueRegistry } from './queue-registry';
import { createRedisConnection } from './redis-connection';

export const QUEUE_REGISTRY = Symbol('QUEUE_REGISTRY');
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

@Global()
@Module({})
export class QueueModule implements OnApplicationShutdown {
  constructor(
    @Inject(QUEUE_REGISTRY) private readonly registry: QueueRegistry,
    @Inject(REDIS_CLIENT) private readonly client: Redis,
  ) {}

  static forRoot(options: { redisUrl: string; prefix: string }): DynamicModule {
    return {
      module: QueueModule,
      providers: [
        {
          provide: REDIS_CLIENT,
          useFactory: () => createRedisConnection(options.redisUrl, 'client'),
        },
        {
          provide: QUEUE_REGISTRY,
          useFactory: () =>
            new QueueRegistry(createRedisConnection(options.redisUrl, 'client'), options.prefix),
        },
      ],
      exports: [QUEUE_REGISTRY, REDIS_CLIENT],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.registry.close();
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
