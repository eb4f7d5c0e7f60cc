import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { hostname } from 'node:os';
import { DataSource } from 'typeorm';
import { WorkerHost } from '@werkmatch/queue';
import { WORKER_HOST } from '@werkmatch/platform/worker-host';
import {
  SystemCheckEntity,
  SystemCheckJob,
  SystemCheckStatus,
} from '@werkmatch/system/data-access';

@Injectable()
export class SystemCheckProcessor implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(WORKER_HOST) private readonly host: WorkerHost,
  ) {}

  onModuleInit(): void {
    this.host.register(SystemCheckJob, async ({ checkId }) => {
      // Idempotent: a retry after a crash finds the row already done and leaves it.
      await this.dataSource.getRepository(SystemCheckEntity).update(
        { id: checkId, status: SystemCheckStatus.QUEUED },
        {
          status: SystemCheckStatus.DONE,
          processedAt: new Date(),
          processedBy: `${hostname()}:${process.pid}`,
        },
      );
    });
  }
}
