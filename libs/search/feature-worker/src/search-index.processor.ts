import { Inject, Injectable, OnApplicationBootstrap, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SearchIndexOutboxEventJob } from '@werkmatch/platform/outbox-relay';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import { QUEUE_REGISTRY, QueueRegistry, WorkerHost } from '@werkmatch/queue';
import { SEARCH_ENGINE, SearchEngine, SearchIndexName } from '@werkmatch/search';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { RepairSearchIndexJob } from './repair-search-index.job';
import { RepairResult, SearchIndexSync } from './search-index-sync';

export const REPAIR_SEARCH_INDEX_SCHEDULER_ID = 'search-index-repair';
/** Every hour, at a minute the other schedules leave free. */
export const REPAIR_SEARCH_INDEX_PATTERN = '17 * * * *';

/**
 * Keeps the search indexes in step with PostgreSQL: every outbox event of a vacancy or profile reloads it and
 * upserts or deletes it (retried with backoff, DEFAULT_RETRY of the job contract); every hour, and once at
 * start, a repair run compares each index with PostgreSQL.
 */
@Injectable()
export class SearchIndexProcessor implements OnModuleInit, OnApplicationBootstrap {
  private readonly sync: SearchIndexSync;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    @Inject(SEARCH_ENGINE) engine: SearchEngine,
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {
    this.sync = new SearchIndexSync(engine, dataSource);
  }

  async onModuleInit(): Promise<void> {
    this.host.register(SearchIndexOutboxEventJob, (event) => this.sync.handle(event));
    this.host.register(RepairSearchIndexJob, () => this.repair());
    // Upserted by every worker that starts: one schedule in Redis however many workers run.
    await this.queues
      .queue(RepairSearchIndexJob.queue)
      .upsertJobScheduler(
        REPAIR_SEARCH_INDEX_SCHEDULER_ID,
        { pattern: REPAIR_SEARCH_INDEX_PATTERN, tz: 'UTC' },
        { name: RepairSearchIndexJob.name, data: {}, opts: RepairSearchIndexJob.options },
      );
  }

  /** Once at start too: a new or emptied index (a fresh Meilisearch) fills without waiting for the hour. */
  async onApplicationBootstrap(): Promise<void> {
    await this.queues.enqueue(RepairSearchIndexJob, {});
  }

  async repair(): Promise<Partial<Record<SearchIndexName, RepairResult>>> {
    const results: Partial<Record<SearchIndexName, RepairResult>> = {};
    for (const name of Object.values(SearchIndexName)) {
      const result = await this.sync.repair(name);
      results[name] = result;
      if (result.missing + result.stale + result.extra > 0)
        this.logger.warn({ index: name, ...result }, 'search index repaired');
    }
    return results;
  }
}
