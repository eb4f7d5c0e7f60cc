import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  PlacementFollowUpsJob,
  RemindMatchOutcomesJob,
  sweepOutcomeReminders,
  sweepPlacementFollowUps,
  SweepResult,
} from '@werkmatch/approvals/data-access';
import { dispatchQueuedEmails } from '@werkmatch/notifications/data-access';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import { QUEUE_REGISTRY, QueueRegistry, WorkerHost } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { VACANCY_TIME_ZONE } from '@werkmatch/vacancies/domain';

export const OUTCOME_REMINDERS_SCHEDULER_ID = 'approvals-outcome-reminders';
export const PLACEMENT_FOLLOW_UPS_SCHEDULER_ID = 'approvals-placement-follow-ups';
/** Eight in the morning in Amsterdam: reminders arrive when account managers and employers start work. */
export const APPROVAL_SWEEPS_PATTERN = '0 8 * * *';

/**
 * The two daily sweeps of approvals: reminders for introductions without an outcome after 14 days, and the
 * six-month follow-up of paid placements. Scheduled once in Redis however many workers run, and run once at
 * worker start so a worker that was down at eight catches up; each row is marked as it is handled, so a
 * repeated run sends nothing twice.
 */
@Injectable()
export class ApprovalRemindersProcessor implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    this.host.register(RemindMatchOutcomesJob, () => this.remindOutcomes());
    this.host.register(PlacementFollowUpsJob, () => this.followUpPlacements());
    const scheduled = this.queues.queue(RemindMatchOutcomesJob.queue);
    await scheduled.upsertJobScheduler(
      OUTCOME_REMINDERS_SCHEDULER_ID,
      { pattern: APPROVAL_SWEEPS_PATTERN, tz: VACANCY_TIME_ZONE },
      { name: RemindMatchOutcomesJob.name, data: {}, opts: RemindMatchOutcomesJob.options },
    );
    await scheduled.upsertJobScheduler(
      PLACEMENT_FOLLOW_UPS_SCHEDULER_ID,
      { pattern: APPROVAL_SWEEPS_PATTERN, tz: VACANCY_TIME_ZONE },
      { name: PlacementFollowUpsJob.name, data: {}, opts: PlacementFollowUpsJob.options },
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.queues.enqueue(RemindMatchOutcomesJob, {});
    await this.queues.enqueue(PlacementFollowUpsJob, {});
  }

  async remindOutcomes(now: Date = new Date()): Promise<SweepResult> {
    const result = await sweepOutcomeReminders(this.dataSource, now, {
      appUrl: this.config.PUBLIC_APP_URL,
    });
    await dispatchQueuedEmails(this.queues, result.emailIds, this.logger);
    if (result.handled > 0)
      this.logger.info({ reminded: result.handled }, 'reminded introductions without an outcome');
    return result;
  }

  async followUpPlacements(now: Date = new Date()): Promise<SweepResult> {
    const result = await sweepPlacementFollowUps(this.dataSource, now, {
      appUrl: this.config.PUBLIC_APP_URL,
    });
    await dispatchQueuedEmails(this.queues, result.emailIds, this.logger);
    if (result.handled > 0)
      this.logger.info(
        { asked: result.handled },
        'asked coaches to confirm placements six months on',
      );
    return result;
  }
}
