import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dispatchQueuedEmails } from '@werkmatch/notifications/data-access';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import { QUEUE_REGISTRY, QueueRegistry, WorkerHost } from '@werkmatch/queue';
import { APP_CONFIG, AppConfig } from '@werkmatch/shared/config';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import {
  ConfirmationSweepResult,
  ConfirmTalentProfilesJob,
  sweepTalentProfileConfirmations,
} from '@werkmatch/talent-profiles/data-access';

/** Every day at 06:00 UTC (07:00/08:00 in the Netherlands): before people read their email. */
export const CONFIRMATION_SWEEP_SCHEDULE = '0 6 * * *';
export const CONFIRMATION_SWEEP_SCHEDULER_ID = 'talent-profiles-confirmation-sweep';

/**
 * Asks owners of published profiles to confirm them every 90 days and pauses the unconfirmed 14 days after the
 * request (the rules: talent-profiles/domain). Daily through a job scheduler, and once at worker start so a
 * worker that was down on the day catches up.
 */
@Injectable()
export class TalentProfileConfirmationProcessor implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    this.host.register(ConfirmTalentProfilesJob, () => this.sweep());
    await this.queues
      .queue(ConfirmTalentProfilesJob.queue)
      .upsertJobScheduler(
        CONFIRMATION_SWEEP_SCHEDULER_ID,
        { pattern: CONFIRMATION_SWEEP_SCHEDULE, tz: 'UTC' },
        { name: ConfirmTalentProfilesJob.name, data: {}, opts: ConfirmTalentProfilesJob.options },
      );
    await this.queues.enqueue(ConfirmTalentProfilesJob, {});
  }

  /** One sweep at `now`; the emails it wrote go to the queue after their transactions committed. */
  async sweep(now: Date = new Date()): Promise<ConfirmationSweepResult> {
    const result = await sweepTalentProfileConfirmations(this.dataSource, now, {
      appUrl: this.config.PUBLIC_APP_URL,
    });
    await dispatchQueuedEmails(this.queues, result.emailIds, this.logger);
    if (result.requested > 0 || result.paused > 0)
      this.logger.info(
        { requested: result.requested, paused: result.paused },
        'talent profile confirmations: asked and paused',
      );
    return result;
  }
}
