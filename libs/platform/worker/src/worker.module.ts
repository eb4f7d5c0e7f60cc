import { Module } from '@nestjs/common';
import { WorkerHostModule } from '@werkmatch/platform/worker-host';
import { SystemWorkerModule } from '@werkmatch/system/feature-worker';
import { NotificationsWorkerModule } from '@werkmatch/notifications/feature-worker';

/** Everything the worker role runs: the host and every domain's processors. */
@Module({
  imports: [WorkerHostModule.forRoot(), SystemWorkerModule, NotificationsWorkerModule],
})
export class WorkerModule {}
