import { Module } from '@nestjs/common';
import { OutboxRelayModule } from '@werkmatch/platform/outbox-relay';
import { WorkerHostModule } from '@werkmatch/platform/worker-host';
import { SystemWorkerModule } from '@werkmatch/system/feature-worker';
import { NotificationsWorkerModule } from '@werkmatch/notifications/feature-worker';
import { TalentProfilesWorkerModule } from '@werkmatch/talent-profiles/feature-worker';
import { VacanciesWorkerModule } from '@werkmatch/vacancies/feature-worker';
import { MatchingWorkerModule } from '@werkmatch/matching/feature-worker';
import { SearchWorkerModule } from '@werkmatch/search/feature-worker';
import { ApprovalsWorkerModule } from '@werkmatch/approvals/feature-worker';

/** Everything the worker role runs: the host, every domain's processors and the outbox relay. */
@Module({
  imports: [
    WorkerHostModule.forRoot(),
    SystemWorkerModule,
    NotificationsWorkerModule,
    TalentProfilesWorkerModule,
    VacanciesWorkerModule,
    MatchingWorkerModule,
    SearchWorkerModule,
    ApprovalsWorkerModule,
    OutboxRelayModule,
  ],
})
export class WorkerModule {}
