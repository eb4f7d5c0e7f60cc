import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { Server } from 'node:http';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '@werkmatch/shared/config';
import { AppLogger, NestPinoLogger } from '@werkmatch/shared/logging';
import { REDIS_CLIENT } from '@werkmatch/queue';
import { WorkerRootModule } from './worker-root.module';
import { startWorkerHealthServer } from './worker-health-server';

export interface RunningWorker {
  context: INestApplicationContext;
  healthServer: Server;
  close(): Promise<void>;
}

export async function startWorker(config: AppConfig, logger: AppLogger): Promise<RunningWorker> {
  const context = await NestFactory.createApplicationContext(
    WorkerRootModule.forRoot(config, logger),
    {
      logger: new NestPinoLogger(logger),
    },
  );
  await context.init();
  const healthServer = await startWorkerHealthServer(config.WORKER_HEALTH_PORT, config.HOST, {
    dataSource: context.get<DataSource>(getDataSourceToken()),
    redis: context.get(REDIS_CLIENT),
  });
  logger.info({ port: config.WORKER_HEALTH_PORT }, 'worker health endpoint listening');
  return {
    context,
    healthServer,
    async close() {
      healthServer.close();
      await context.close();
    },
  };
}
