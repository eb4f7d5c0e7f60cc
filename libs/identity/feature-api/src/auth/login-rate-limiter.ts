import { Inject, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { REDIS_CLIENT } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { RateLimitedError } from '@werkmatch/shared/errors';

export interface WindowLimit {
  maxFailures: number;
  windowSeconds: number;
}

/** OWASP authentication cheat sheet: slow down guessing per account and per source address. */
export const LOGIN_LIMITS = {
  perAccount: { maxFailures: 5, windowSeconds: 15 * 60 },
  perIp: { maxFailures: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, WindowLimit>;

/**
 * Failed-login counters in Redis, fixed windows that start at the first failure. Counted for unknown emails
 * too, so the limiter does not reveal which accounts exist. Email addresses are hashed in the key names.
 */
@Injectable()
export class LoginRateLimiter {
  constructor(
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async assertAllowed(email: string, ip: string): Promise<void> {
    const [accountKey, ipKey] = [this.accountKey(email), this.ipKey(ip)];
    const [account, fromIp] = await this.redis.mget(accountKey, ipKey);
    if (Number(account ?? 0) >= LOGIN_LIMITS.perAccount.maxFailures) {
      throw new RateLimitedError(await this.retryAfter(accountKey));
    }
    if (Number(fromIp ?? 0) >= LOGIN_LIMITS.perIp.maxFailures) {
      throw new RateLimitedError(await this.retryAfter(ipKey));
    }
  }

  async recordFailure(email: string, ip: string): Promise<void> {
    const pipeline = this.redis.pipeline();
    for (const [key, limit] of [
      [this.accountKey(email), LOGIN_LIMITS.perAccount],
      [this.ipKey(ip), LOGIN_LIMITS.perIp],
    ] as const) {
      // SET NX starts the window at the first failure; INCR keeps the expiry.
      pipeline.set(key, '0', 'EX', limit.windowSeconds, 'NX');
      pipeline.incr(key);
    }
    await pipeline.exec();
  }

  /** A successful login (or a password reset) clears the account's counter; the address keeps its count. */
  async resetAccount(email: string): Promise<void> {
    await this.redis.del(this.accountKey(email));
  }

  private async retryAfter(key: string): Promise<number> {
    const ttl = await this.redis.ttl(key);
    return ttl > 0 ? ttl : 1;
  }

  private accountKey(email: string): string {
    const digest = createHash('sha256').update(email).digest('hex').slice(0, 32);
    return `${this.config.QUEUE_PREFIX}:auth:login-failures:account:${digest}`;
  }

  private ipKey(ip: string): string {
    return `${this.config.QUEUE_PREFIX}:auth:login-failures:ip:${ip}`;
  }
}
