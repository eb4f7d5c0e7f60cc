import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import {
  generateSecretToken,
  hashSecretToken,
  RefreshTokenEntity,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { REDIS_CLIENT } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { UnauthenticatedError } from '@werkmatch/shared/errors';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';

export interface IssuedRefreshToken {
  refreshToken: string;
  expiresAt: Date;
  sessionId: string;
}

type RotationOutcome =
  | { kind: 'rotated'; user: UserEntity; issued: IssuedRefreshToken }
  | { kind: 'reused'; familyId: string }
  | { kind: 'invalid' };

const INVALID_REFRESH = 'the refresh token is not valid; log in again';

/**
 * Sessions are refresh-token families. Rotation uses up a token and issues the next; a used token presented
 * again revokes the whole family. Revoked sessions are also listed in Redis for as long as an access token can
 * live, so logout takes effect at once instead of after the access token expires.
 */
@Injectable()
export class SessionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async start(
    userId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IssuedRefreshToken> {
    return this.issue(manager, userId, randomUUID());
  }

  private async issue(
    manager: EntityManager,
    userId: string,
    familyId: string,
  ): Promise<IssuedRefreshToken & { id: string }> {
    const refreshToken = generateSecretToken();
    const expiresAt = new Date(Date.now() + this.config.REFRESH_TOKEN_TTL_DAYS * 86_400_000);
    const result = await manager.insert(RefreshTokenEntity, {
      tokenHash: hashSecretToken(refreshToken),
      familyId,
      userId,
      expiresAt,
      usedAt: null,
      replacedBy: null,
      revokedAt: null,
    });
    const id = (result.identifiers[0] as { id: string }).id;
    return { id, refreshToken, expiresAt, sessionId: familyId };
  }

  async rotate(refreshToken: string): Promise<{ user: UserEntity; issued: IssuedRefreshToken }> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<RotationOutcome> => {
      // Locked, so two concurrent refreshes with one token cannot both succeed: the second sees it used.
      const current = await manager.getRepository(RefreshTokenEntity).findOne({
        where: { tokenHash: hashSecretToken(refreshToken) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!current || current.revokedAt || current.expiresAt <= new Date())
        return { kind: 'invalid' };
      if (current.usedAt) return { kind: 'reused', familyId: current.familyId };
      const user = await manager.getRepository(UserEntity).findOneBy({ id: current.userId });
      if (!user || user.erasedAt || user.deactivatedAt) return { kind: 'invalid' };
      const next = await this.issue(manager, user.id, current.familyId);
      await manager.update(RefreshTokenEntity, current.id, {
        usedAt: new Date(),
        replacedBy: next.id,
      });
      return { kind: 'rotated', user, issued: next };
    });
    if (outcome.kind === 'reused') {
      await this.revokeFamily(outcome.familyId);
      this.logger.warn(
        { sessionId: outcome.familyId },
        'a used refresh token was presented again; session revoked',
      );
    }
    if (outcome.kind !== 'rotated') throw new UnauthenticatedError(INVALID_REFRESH);
    return { user: outcome.user, issued: outcome.issued };
  }

  /** The session a refresh token belongs to, whether or not it is still usable (logout accepts used ones). */
  async sessionOf(refreshToken: string): Promise<{ sessionId: string; userId: string } | null> {
    const row = await this.dataSource
      .getRepository(RefreshTokenEntity)
      .findOneBy({ tokenHash: hashSecretToken(refreshToken) });
    return row ? { sessionId: row.familyId, userId: row.userId } : null;
  }

  async revokeFamily(familyId: string): Promise<void> {
    await this.dataSource
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
    await this.denyAccessTokens([familyId]);
  }

  /**
   * Revokes every live session of a user inside the caller's transaction and returns their ids; call
   * `denyAccessTokens` with them after commit. Used by password reset, member removal and erasure.
   */
  async revokeAllForUser(manager: EntityManager, userId: string): Promise<string[]> {
    const live = await manager
      .getRepository(RefreshTokenEntity)
      .createQueryBuilder('token')
      .select('DISTINCT token.family_id', 'familyId')
      .where('token.user_id = :userId', { userId })
      .andWhere('token.revoked_at IS NULL')
      .getRawMany<{ familyId: string }>();
    await manager
      .getRepository(RefreshTokenEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: new Date() });
    return live.map((row) => row.familyId);
  }

  async denyAccessTokens(sessionIds: string[]): Promise<void> {
    if (sessionIds.length === 0) return;
    // An access token lives at most ACCESS_TOKEN_TTL_SECONDS (plus clock tolerance); the entry need not outlive it.
    const ttl = this.config.ACCESS_TOKEN_TTL_SECONDS + 60;
    const pipeline = this.redis.pipeline();
    for (const id of sessionIds) pipeline.set(this.revokedKey(id), '1', 'EX', ttl);
    await pipeline.exec();
  }

  async isRevoked(sessionId: string): Promise<boolean> {
    return (await this.redis.exists(this.revokedKey(sessionId))) === 1;
  }

  private revokedKey(sessionId: string): string {
    return `${this.config.QUEUE_PREFIX}:auth:revoked-session:${sessionId}`;
  }
}
