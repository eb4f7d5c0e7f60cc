import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  debounceFor,
  ProposeForProfileJob,
  ProposeForVacancyJob,
} from '@werkmatch/matching/data-access';
import { MatchingOutboxEventJob, OutboxEventJobData } from '@werkmatch/platform/outbox-relay';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import { QUEUE_REGISTRY, QueueRegistry, WorkerHost } from '@werkmatch/queue';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { TALENT_PROFILE_AGGREGATE } from '@werkmatch/talent-profiles/domain';
import { VACANCY_AGGREGATE_TYPE } from '@werkmatch/vacancies/domain';

/** PERSON_ERASED_EVENT of libs/privacy, an api-scoped lib the worker may not import (as in OUTBOX_ROUTES). */
const PERSON_ERASED_EVENT = 'person.erased';

export type OutboxEventHandling =
  | { handled: 'propose-for-profile' | 'propose-for-vacancy'; jobId: string | undefined }
  | { handled: 'erased'; deleted: number }
  | { handled: 'ignored' };

/**
 * Turns outbox events into computations: any event of a talent profile or a vacancy (published, changed,
 * paused, closed, erased) asks for its computation, which reloads the row and decides what the event meant.
 * Debounced per profile or vacancy, so a burst of edits gives one computation.
 */
@Injectable()
export class MatchingOutboxProcessor implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  onModuleInit(): void {
    this.host.register(MatchingOutboxEventJob, (event) => this.handle(event));
  }

  async handle(event: OutboxEventJobData): Promise<OutboxEventHandling> {
    const { aggregateType, aggregateId, outboxEventId } = event;
    if (aggregateType === TALENT_PROFILE_AGGREGATE) {
      const job = await this.queues.enqueue(
        ProposeForProfileJob,
        { profileId: aggregateId, outboxEventId },
        debounceFor('profile', aggregateId),
      );
      return { handled: 'propose-for-profile', jobId: job.id };
    }
    if (aggregateType === VACANCY_AGGREGATE_TYPE) {
      const job = await this.queues.enqueue(
        ProposeForVacancyJob,
        { vacancyId: aggregateId, outboxEventId },
        debounceFor('vacancy', aggregateId),
      );
      return { handled: 'propose-for-vacancy', jobId: job.id };
    }
    if (event.eventType === PERSON_ERASED_EVENT) {
      // The profile's deletion took its proposals along; this catches any row left under the account's id.
      const [, deleted] = (await this.dataSource.query(
        'DELETE FROM match_proposal WHERE job_seeker_id = $1::uuid',
        [aggregateId],
      )) as [unknown, number];
      if (deleted > 0) this.logger.info({ deleted }, 'match proposals of an erased person deleted');
      return { handled: 'erased', deleted };
    }
    this.logger.debug(
      { aggregateType, eventType: event.eventType },
      'outbox event not for matching',
    );
    return { handled: 'ignored' };
  }
}
