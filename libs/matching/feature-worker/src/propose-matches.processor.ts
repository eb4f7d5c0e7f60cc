import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { ProposeForProfileJob, ProposeForVacancyJob } from '@werkmatch/matching/data-access';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import { WorkerHost } from '@werkmatch/queue';
import { AppLogger, LOGGER } from '@werkmatch/shared/logging';
import { MatchEngine, ProposeOutcome } from './match-engine';
import { MATCH_ENGINE } from './matching-worker.tokens';

/** The two computations of the engine, one job each; retried by their contract's policy. */
@Injectable()
export class ProposeMatchesProcessor implements OnModuleInit {
  constructor(
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
    @Inject(MATCH_ENGINE) private readonly engine: MatchEngine,
    @Inject(LOGGER) private readonly logger: AppLogger,
  ) {}

  onModuleInit(): void {
    this.host.register(ProposeForProfileJob, async ({ profileId }) =>
      this.logged({ profileId }, await this.engine.proposeForProfile(profileId)),
    );
    this.host.register(ProposeForVacancyJob, async ({ vacancyId }) =>
      this.logged({ vacancyId }, await this.engine.proposeForVacancy(vacancyId)),
    );
  }

  private logged(subject: Record<string, string>, outcome: ProposeOutcome): ProposeOutcome {
    if (outcome.outcome !== 'dropped')
      this.logger.info({ ...subject, ...outcome }, 'match proposals computed');
    return outcome;
  }
}
