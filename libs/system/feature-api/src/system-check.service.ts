import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotFoundError } from '@werkmatch/shared/errors';
import { QUEUE_REGISTRY, QueueRegistry } from '@werkmatch/queue';
import {
  SystemCheckEntity,
  SystemCheckJob,
  SystemCheckStatus,
} from '@werkmatch/system/data-access';

@Injectable()
export class SystemCheckService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(QUEUE_REGISTRY) private readonly queues: QueueRegistry,
  ) {}

  async start(): Promise<SystemCheckEntity> {
    const check = await this.dataSource
      .getRepository(SystemCheckEntity)
      .save({ status: SystemCheckStatus.QUEUED, processedAt: null, processedBy: null });
    await this.queues.enqueue(SystemCheckJob, { checkId: check.id });
    return check;
  }

  async find(id: string): Promise<SystemCheckEntity> {
    const check = await this.dataSource.getRepository(SystemCheckEntity).findOneBy({ id });
    if (!check) throw new NotFoundError('system check');
    return check;
  }
}
