import { Redis, RedisOptions } from 'ioredis';

/**
 * BullMQ workers block on Redis and must retry forever (maxRetriesPerRequest: null); other clients give up
 * after a few tries so a request does not hang while Redis is down (the outbox keeps what must not be lost).
 */
export function createRedisConnection(url: string, purpose: 'worker' | 'client'): Redis {
  const options: RedisOptions = {
    lazyConnect: false,
    enableReadyCheck: true,
    connectionName: `werkmatch-${purpose}`,
    maxRetriesPerRequest: purpose === 'worker' ? null : 3,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
  };
  return new Redis(url, options);
}
