import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppConfig, loadConfig } from '@werkmatch/shared/config';
import { createApiApp } from '@werkmatch/platform/api';
import { WorkerModule } from '@werkmatch/platform/worker';
import {
  capturingLogger,
  createTestDatabase,
  GraphQLTestClient,
  TestDatabase,
  testEnvironment,
} from '@werkmatch/shared/testing';

export interface TestApp {
  app: NestFastifyApplication;
  config: AppConfig;
  database: TestDatabase;
  url: string;
  gql: GraphQLTestClient;
  logLines: Record<string, unknown>[];
  close(): Promise<void>;
}

export interface TestAppOptions {
  withWorker?: boolean;
  env?: Record<string, string>;
}

/** The API (optionally with the worker role) in this process, on a free port, against real services. */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await createTestDatabase();
  const config = loadConfig(testEnvironment(database.url, options.env));
  const { logger, lines } = capturingLogger('api');
  const app = await createApiApp({
    config,
    logger,
    extraModules: options.withWorker ? [WorkerModule] : [],
  });
  await app.listen(0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    config,
    database,
    url,
    gql: new GraphQLTestClient(url),
    logLines: lines,
    async close() {
      await app.close();
      await database.drop();
    },
  };
}
