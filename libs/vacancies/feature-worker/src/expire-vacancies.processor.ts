import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { QUEUE_REGISTRY, QueueName, QueueRegistry, WorkerHost } from '@werkmatch/queue';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import {
  expireVacanciesPastClosingDate,
  ExpireVacanciesJob,
  ExpiryResult,
} from '@werkmatch/vacancies/data-access';
import { amsterdamDate, VACANCY_TIME_ZONE } from '@werkmatch/vacancies/domain';

export const EXPIRE_VACANCIES_SCHEDULER_ID = 'vacancies-expire-daily';
/** Five past midnight in Amsterdam: yesterday's closing dates have just passed. */
export const EXPIRE_VACANCIES_PATTERN = '5 0 * * *';

@Injectable()
export class ExpireVacanciesProcessor implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    this.host.register(ExpireVacanciesJob, () => this.expire());
    // Upserted by every worker that starts: one schedule in Redis however many workers run.
    await this.queues
      .queue(QueueName.Scheduled)
      .upsertJobScheduler(
        EXPIRE_VACANCIES_SCHEDULER_ID,
        { pattern: EXPIRE_VACANCIES_PATTERN, tz: VACANCY_TIME_ZONE },
        { name: ExpireVacanciesJob.name, data: {}, opts: ExpireVacanciesJob.options },
      );
  }

  /**
   * Once at start as well, through the queue: a worker that was down at five past midnight catches up now.
   * Several workers starting together each enqueue one; the second run finds nothing left to expire.
   */
  async onApplicationBootstrap(): Promise<void> {
    await this.queues.enqueue(ExpireVacanciesJob, {});
  }

  async expire(now = new Date()): Promise<ExpiryResult> {
    const result = await expireVacanciesPastClosingDate(this.dataSource, amsterdamDate(now));
    if (result.published + result.submitted > 0)
      this.logger.info({ ...result }, 'expired vacancies past their closing date');
    return result;
  }
}
