import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { Job, WaitingChildrenError } from 'bullmq';
import {
  RecomputeMatchesBatchJob,
  RecomputeMatchesJob,
  RecomputeProgress,
  RecomputeRun,
} from '@werkmatch/matching/data-access';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import type { Redis } from 'ioredis';
import { QUEUE_REGISTRY, QueueRegistry, REDIS_CLIENT, WorkerHost } from '@werkmatch/queue';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { VACANCY_TIME_ZONE } from '@werkmatch/vacancies/domain';
import { MatchEngine, RecomputeBatchOutcome } from './match-engine';
import { MATCH_ENGINE } from './matching-worker.tokens';

export const RECOMPUTE_MATCHES_SCHEDULER_ID = 'matching-recompute-nightly';
/**
 * Half past two in Amsterdam: after the vacancy expiry (00:05) and the profile confirmation sweep, so the night's
 * run starts from what ended and paused that day.
 */
export const RECOMPUTE_MATCHES_PATTERN = '30 2 * * *';
/** The batches' running totals, per run, kept as long as a run could last. */
const PROGRESS_TTL_SECONDS = 86_400;

/** The recomputation's job id as a key for job ids and Redis: a scheduled run's id has colons. */
export function recomputeRunId(job: Pick<Job, 'id'>): string {
  return String(job.id).replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * The full recomputation, nightly (one schedule in Redis however many workers) and on demand, as a fan-out: the
 * run's job plans and enqueues one batch job per 250 vacancies as its children, waits for them without holding a
 * worker, and counts the result when the last is done. Each batch adds what it did to the run's totals and
 * writes them as the run's progress, so `queueOverview` and the dashboard show one figure for the whole run.
 */
@Injectable()
export class RecomputeMatchesProcessor implements OnModuleInit {
  constructor(
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(MATCH_ENGINE) private readonly engine: MatchEngine,
    @Inject(REDIS_CLIENT) private readonly redis: Redis,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  async onModuleInit(): Promise<void> {
    this.host.register(RecomputeMatchesJob, (data, job, token) => this.recompute(data, job, token));
    this.host.register(RecomputeMatchesBatchJob, (data, job) =>
      this.batch(data.runId, { after: data.after, through: data.through }, job),
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

  /**
   * First pass: plan, note the plan in the job's data, enqueue the batches and wait for them. Second pass (BullMQ
   * runs the job again once its children are done, and a retry of a failed second pass starts here too): count.
   */
  async recompute(
    data: { requestedByUserId: string | null; run?: RecomputeRun },
    job: Job,
    token?: string,
  ): Promise<RecomputeProgress> {
    const runId = recomputeRunId(job);
    let run = data.run;
    if (!run) {
      this.logger.info(
        { requestedByUserId: data.requestedByUserId },
        'match recomputation started',
      );
      const plan = await this.engine.planRecompute();
      run = {
        startedAt: plan.startedAt,
        vacanciesTotal: plan.vacanciesTotal,
        batches: plan.batches.length,
        withdrawn: plan.withdrawn,
      };
      await job.updateData({ ...data, run });
      await job.updateProgress(this.progressOf(run, 0, 0));
      await this.queues.queue(RecomputeMatchesBatchJob.queue).addBulk(
        plan.batches.map((batch) => {
          const batchData = { runId, after: batch.after, through: batch.through };
          return {
            name: RecomputeMatchesBatchJob.name,
            data: batchData,
            opts: {
              ...RecomputeMatchesBatchJob.options,
              jobId: RecomputeMatchesBatchJob.jobId?.(batchData),
              parent: { id: job.id as string, queue: job.queueQualifiedName },
            },
          };
        }),
      );
    }
    // False once every batch is done; also holds a retried run back while batches it enqueued still run.
    if (token && run.batches > 0 && (await job.moveToWaitingChildren(token)))
      throw new WaitingChildrenError();
    const totals = await this.totals(runId);
    const result: RecomputeProgress = {
      ...this.progressOf(run, run.vacanciesTotal, totals.withdrawn),
      proposalsOpen: await this.engine.countOpenProposals(),
    };
    await job.updateProgress({ ...result });
    this.logger.info(
      { ...result, ms: Date.now() - Date.parse(run.startedAt) },
      'match recomputation done',
    );
    return result;
  }

  /** One batch; adds its counts to the run's totals and shows them as the run's progress. */
  async batch(
    runId: string,
    range: { after: string; through: string },
    job: Job,
  ): Promise<RecomputeBatchOutcome> {
    const outcome = await this.engine.recomputeBatch(runId, range);
    const totals = await this.add(runId, outcome);
    const parentId = job.parent?.id;
    if (parentId) {
      const parent = await Job.fromId(this.queues.queue(RecomputeMatchesJob.queue), parentId);
      const run = (parent?.data as { run?: RecomputeRun } | undefined)?.run;
      if (parent && run)
        await parent.updateProgress(this.progressOf(run, totals.vacancies, totals.withdrawn));
    }
    return outcome;
  }

  private progressOf(run: RecomputeRun, done: number, withdrawn: number): RecomputeProgress {
    return {
      vacanciesDone: Math.min(done, run.vacanciesTotal),
      vacanciesTotal: run.vacanciesTotal,
      proposalsOpen: 0,
      proposalsWithdrawn: run.withdrawn + withdrawn,
    };
  }

  private totalsKey(runId: string): string {
    return `${this.queues.prefix}:${RecomputeMatchesJob.queue}:recompute-totals:${runId}`;
  }

  /**
   * Adds a batch's counts in Redis, atomically, so batches finishing at once on several workers each see a sum
   * that includes their own. A retried batch adds again; the totals are for following a run, the final count of
   * open proposals comes from the database.
   */
  private async add(
    runId: string,
    outcome: RecomputeBatchOutcome,
  ): Promise<{ vacancies: number; withdrawn: number }> {
    const key = this.totalsKey(runId);
    const results = await this.redis
      .multi()
      .hincrby(key, 'vacancies', outcome.vacancies)
      .hincrby(key, 'withdrawn', outcome.withdrawn)
      .expire(key, PROGRESS_TTL_SECONDS)
      .exec();
    return {
      vacancies: Number(results?.[0]?.[1] ?? 0),
      withdrawn: Number(results?.[1]?.[1] ?? 0),
    };
  }

  private async totals(runId: string): Promise<{ vacancies: number; withdrawn: number }> {
    const values = await this.redis.hgetall(this.totalsKey(runId));
    return {
      vacancies: Number(values['vacancies'] ?? 0),
      withdrawn: Number(values['withdrawn'] ?? 0),
    };
  }
}
