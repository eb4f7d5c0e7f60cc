import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '@werkmatch/audit/data-access';
import { AuditService } from '@werkmatch/audit/feature-api';
import { inTransaction, recordOutboxEvent } from '@werkmatch/database';
import { UserEntity, verifyPassword } from '@werkmatch/identity/data-access';
import type { Principal } from '@werkmatch/identity/domain';
import { UnauthenticatedError, ValidationError } from '@werkmatch/shared/errors';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { AfterErasure, PersonalDataRegistry } from './personal-data.registry';

export const PERSON_ERASED_EVENT = 'person.erased';

@Injectable()
export class PrivacyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: PersonalDataRegistry,
    private readonly audit: AuditService,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  private async liveUser(principal: Principal): Promise<UserEntity> {
    const user = await this.dataSource
      .getRepository(UserEntity)
      .findOneBy({ id: principal.userId });
    if (!user || user.erasedAt) throw new UnauthenticatedError();
    return user;
  }

  /** Everything every domain holds about the caller, read in one snapshot, recorded as EXPORT. */
  async exportData(principal: Principal): Promise<Record<string, unknown>> {
    await this.liveUser(principal);
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const data: Record<string, unknown> = { exportedAt: new Date().toISOString() };
      for (const contributor of this.registry.all()) {
        data[contributor.name] = await contributor.export(manager, principal.userId);
      }
      await this.audit.record(
        {
          actor: principal,
          subjectUserId: principal.userId,
          action: AuditAction.EXPORT,
          resource: { type: 'personal-data-export' },
        },
        manager,
      );
      return data;
    });
  }

  /**
   * Erases the caller in one transaction: every contributor, an outbox event for search and matching, and an
   * ERASE audit event under the (now pseudonymous) user id. Sessions end at once. The password is asked again
   * so a stolen access token alone cannot erase an account.
   */
  async eraseAccount(principal: Principal, password: string): Promise<boolean> {
    const user = await this.liveUser(principal);
    if (!(await verifyPassword(user.passwordHash, password))) {
      throw ValidationError.field('password', 'does not match your password');
    }
    // Identity wipes the row the others look the person up by, so it goes last.
    const contributors = this.registry.all();
    const ordered = [
      ...contributors.filter((c) => c.name !== 'account'),
      ...contributors.filter((c) => c.name === 'account'),
    ];
    const afterCommit = await inTransaction(this.dataSource, async (manager) => {
      const pending: AfterErasure[] = [];
      for (const contributor of ordered) {
        const after = await contributor.erase(manager, principal.userId);
        if (after) pending.push(after);
      }
      await recordOutboxEvent(manager, {
        aggregateType: 'person',
        aggregateId: principal.userId,
        eventType: PERSON_ERASED_EVENT,
      });
      await this.audit.record(
        {
          actor: principal,
          subjectUserId: principal.userId,
          action: AuditAction.ERASE,
          resource: { type: 'person', id: principal.userId },
        },
        manager,
      );
      return pending;
    });
    for (const work of afterCommit) {
      await work().catch((error: unknown) =>
        this.logger.error(
          { err: error },
          'follow-up of an erasure failed; sessions end at token expiry',
        ),
      );
    }
    return true;
  }
}
