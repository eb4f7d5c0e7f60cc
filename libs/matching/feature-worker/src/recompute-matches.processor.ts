import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import type { Job } from 'bullmq';
import { RecomputeMatchesJob, RecomputeProgress } from '@werkmatch/matching/data-access';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import { QUEUE_REGISTRY, QueueRegistry, WorkerHost } from '@werkmatch/queue';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { VACANCY_TIME_ZONE } from '@werkmatch/vacancies/domain';
import { MatchEngine } from './match-engine';
import { MATCH_ENGINE } from './matching-worker.tokens';

export const RECOMPUTE_MATCHES_SCHEDULER_ID = 'matching-recompute-nightly';
/**
 * Half past two in Amsterdam: after the vacancy expiry (00:05) and the profile confirmation sweep, so the night's
 * run starts from what ended and paused that day.
 */
export const RECOMPUTE_MATCHES_PATTERN = '30 2 * * *';

/** The full recomputation, nightly (one schedule in Redis however many workers) and on demand. */
@Injectable()
export class RecomputeMatchesProcessor implements OnModuleInit {
  constructor(
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(MATCH_ENGINE) private readonly engine: MatchEngine,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    this.host.register(RecomputeMatchesJob, (data, job) =>
      this.recompute(data.requestedByUserId, job),
    );
    await this.queues.queue(RecomputeMatchesJob.queue).upsertJobScheduler(
      RECOMPUTE_MATCHES_SCHEDULER_ID,
      { pattern: RECOMPUTE_MATCHES_PATTERN, tz: VACANCY_TIME_ZONE },
      {
        name: RecomputeMatchesJob.name,
        data: { requestedByUserId: null },
        opts: RecomputeMatchesJob.options,
      },
    );
  }

  async recompute(requestedByUserId: string | null, job: Job): Promise<RecomputeProgress> {
    const started = Date.now();
    this.logger.info({ requestedByUserId }, 'match recomputation started');
    const result = await this.engine.recomputeAll((progress) =>
      job.updateProgress({ ...progress }),
    );
    this.logger.info({ ...result, ms: Date.now() - started }, 'match recomputation done');
    return result;
  }
}
