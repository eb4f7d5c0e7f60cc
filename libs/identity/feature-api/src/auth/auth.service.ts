import { AuditAction } from '@werkmatch/audit/data-access';
import { auditAccountChange } from '../identity-audit';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, MoreThan } from 'typeorm';
import { isValidEmail, normalizeEmail, passwordViolation } from '@werkmatch/identity/domain';
import {
  generateSecretToken,
  hashNeedsUpgrade,
  hashPassword,
  hashSecretToken,
  PasswordResetTokenEntity,
  UserEntity,
  verifyPassword,
} from '@werkmatch/identity/data-access';
import { dispatchQueuedEmails, EmailKind, queueEmail } from '@werkmatch/notifications/data-access';
import { QUEUE_REGISTRY, QueueRegistry } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { UnauthenticatedError, ValidationError } from '@werkmatch/shared/errors';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { AccessTokenService } from './access-token.service';
import { LoginRateLimiter } from './login-rate-limiter';
import { SessionService } from './session.service';

export const PASSWORD_RESET_TTL_MS = 60 * 60_000;
const WRONG_CREDENTIALS = 'the email or password is incorrect';

export interface SessionTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  refreshTokenExpiresAt: Date;
  user: UserEntity;
}

@Injectable()
export class AuthService implements OnModuleInit {
  /** Verified against when the email is unknown, so both failures cost one argon2 verification. */
  private dummyHash: string | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
    private readonly accessTokens: AccessTokenService,
    private readonly sessions: SessionService,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async onModuleInit(): Promise<void> {
    this.dummyHash = await hashPassword(generateSecretToken());
  }

  async login(emailInput: string, password: string, ip: string): Promise<SessionTokens> {
    const email = normalizeEmail(emailInput);
    await this.limiter.assertAllowed(email, ip);
    const user = await this.findActiveByEmail(email);
    const matches = await verifyPassword(
      user?.passwordHash ?? (this.dummyHash as string),
      password,
    );
    if (!user || !matches || user.deactivatedAt) {
      await this.limiter.recordFailure(email, ip);
      throw new UnauthenticatedError(WRONG_CREDENTIALS);
    }
    await this.limiter.resetAccount(email);
    if (hashNeedsUpgrade(user.passwordHash)) {
      user.passwordHash = await hashPassword(password);
      await this.dataSource
        .getRepository(UserEntity)
        .update(user.id, { passwordHash: user.passwordHash });
    }
    const refresh = await this.sessions.start(user.id);
    return this.tokensFor(user, refresh);
  }

  async refresh(refreshToken: string): Promise<SessionTokens> {
    const { user, issued } = await this.sessions.rotate(refreshToken);
    return this.tokensFor(user, issued);
  }

  /** Ends the caller's session, or the session of the given refresh token (also when its access token expired). */
  async logout(sessionId: string | undefined, refreshToken: string | undefined): Promise<boolean> {
    const sessionIds = new Set<string>();
    if (sessionId) sessionIds.add(sessionId);
    if (refreshToken) {
      const session = await this.sessions.sessionOf(refreshToken);
      if (session) sessionIds.add(session.sessionId);
    }
    if (sessionIds.size === 0) throw new UnauthenticatedError();
    for (const id of sessionIds) await this.sessions.revokeFamily(id);
    return true;
  }

  /** Always the same answer: whether an account exists is not for the caller to learn here. */
  async requestPasswordReset(emailInput: string): Promise<boolean> {
    const email = normalizeEmail(emailInput);
    if (!isValidEmail(email)) throw ValidationError.field('email', 'must be a valid email address');
    const user = await this.findActiveByEmail(email);
    if (!user || user.deactivatedAt || (await this.tooManyRecentResets(user.id))) return true;
    const token = generateSecretToken();
    const emailId = await this.dataSource.transaction(async (manager) => {
      await manager.insert(PasswordResetTokenEntity, {
        tokenHash: hashSecretToken(token),
        userId: user.id,
        expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS),
        usedAt: null,
      });
      return queueEmail(manager, {
        to: user.email,
        kind: EmailKind.PasswordReset,
        subject: 'Reset your Werkmatch password',
        text: [
          `Hello ${user.fullName},`,
          '',
          'Someone (hopefully you) asked to reset the password of your Werkmatch account.',
          `Choose a new password here within an hour: ${this.config.PUBLIC_APP_URL}/reset-password?token=${token}`,
          '',
          'If you did not ask for this, ignore this email; your password stays as it is.',
        ].join('\n'),
      });
    });
    await dispatchQueuedEmails(this.queues, [emailId], this.logger);
    return true;
  }

  async resetPassword(token: string, newPassword: string): Promise<boolean> {
    const weak = passwordViolation(newPassword);
    if (weak) throw ValidationError.field('input.newPassword', weak);
    const passwordHash = await hashPassword(newPassword);
    const { revoked, email } = await this.dataSource.transaction(async (manager) => {
      const reset = await manager.getRepository(PasswordResetTokenEntity).findOne({
        where: { tokenHash: hashSecretToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reset) throw ValidationError.field('input.token', 'is unknown');
      if (reset.usedAt) throw ValidationError.field('input.token', 'has already been used');
      if (reset.expiresAt <= new Date()) throw ValidationError.field('input.token', 'has expired');
      const user = await manager.getRepository(UserEntity).findOneBy({ id: reset.userId });
      if (!user || user.erasedAt || user.deactivatedAt)
        throw ValidationError.field('input.token', 'is unknown');
      await manager.update(UserEntity, user.id, { passwordHash });
      await auditAccountChange(manager, null, user.id, AuditAction.UPDATE, {
        type: 'user-password',
        id: user.id,
      });
      // Every outstanding reset link of this user dies with this one.
      await manager.update(
        PasswordResetTokenEntity,
        { userId: user.id, usedAt: IsNull() },
        { usedAt: new Date() },
      );
      return { revoked: await this.sessions.revokeAllForUser(manager, user.id), email: user.email };
    });
    await this.sessions.denyAccessTokens(revoked);
    await this.limiter.resetAccount(email);
    return true;
  }

  private async tooManyRecentResets(userId: string): Promise<boolean> {
    const recent = await this.dataSource.getRepository(PasswordResetTokenEntity).countBy({
      userId,
      createdAt: MoreThan(new Date(Date.now() - PASSWORD_RESET_TTL_MS)),
    });
    // A cap on reset mails per hour, so the form cannot be used to flood someone's inbox.
    return recent >= 5;
  }

  private async findActiveByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = :email', { email })
      .andWhere('user.erased_at IS NULL')
      .getOne();
  }

  private async tokensFor(
    user: UserEntity,
    refresh: { refreshToken: string; expiresAt: Date; sessionId: string },
  ): Promise<SessionTokens> {
    const access = await this.accessTokens.issue(user, refresh.sessionId);
    return {
      accessToken: access.token,
      accessTokenExpiresAt: access.expiresAt,
      refreshToken: refresh.refreshToken,
      refreshTokenExpiresAt: refresh.expiresAt,
      user,
    };
  }
}
