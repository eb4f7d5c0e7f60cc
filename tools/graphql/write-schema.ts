import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '@werkmatch/shared/config';
import { createLogger } from '@werkmatch/shared/logging';
import { createApiApp, printApiSchema } from '@werkmatch/platform/api';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { repoRoot, startScratchServices } from '../support/services';

/** Boots the API against scratch services and writes the schema it serves to apps/api/schema.graphql. */
async function main(): Promise<void> {
  const services = await startScratchServices('schema');
  try {
    const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 1 });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      LOG_LEVEL: 'warn',
    });
    const app = await createApiApp({
      config,
      logger: createLogger({ level: 'warn', role: 'schema' }),
    });
    await app.init();
    const file = join(repoRoot, 'apps', 'api', 'schema.graphql');
    writeFileSync(file, printApiSchema(app));
    await app.close();
    process.stdout.write(`wrote ${file}\n`);
  } finally {
    await services.stop();
  }
}

void main();
