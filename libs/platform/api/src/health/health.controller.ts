import { Controller, Get, Inject } from '@nestjs/common';
import {
  HealthCheck,
  HealthCheckService,
  HealthIndicatorService,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '@werkmatch/queue';
import type { SearchEngineHealth } from '@werkmatch/search';

export const SEARCH_HEALTH = Symbol('SEARCH_HEALTH');

async function withTimeout<T>(work: Promise<T>, ms: number, fallback: T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<T>((resolve) => (timer = setTimeout(() => resolve(fallback), ms)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(SEARCH_HEALTH) private readonly search: SearchEngineHealth,
  ) {}

  /** Liveness: the process answers. Deliberately checks nothing else, so a database outage does not restart it. */
  @Get('healthz')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Readiness: PostgreSQL, Redis and the search engine answer. */
  @Get('readyz')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('postgres', { timeout: 2_000 }),
      async () => {
        const session = this.indicators.check('redis');
        const pong = await withTimeout(
          this.redis.ping().catch(() => 'down'),
          2_000,
          'timeout',
        );
        return pong === 'PONG' ? session.up() : session.down({ message: `no answer (${pong})` });
      },
      async () => {
        const session = this.indicators.check('search');
        const reachable = await withTimeout(this.search.isReachable(), 2_000, false);
        return reachable
          ? session.up({ engine: this.search.kind })
          : session.down({ engine: this.search.kind });
      },
    ]);
  }
}
