import 'reflect-metadata';
import { join } from 'node:path';
import { loadConfig, ConfigError } from '@werkmatch/shared/config';
import { createLogger } from '@werkmatch/shared/logging';
import { startLocalServices } from '@werkmatch/shared/services';
import { createApiApp, listen } from '@werkmatch/platform/api';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { WorkerModule } from '@werkmatch/platform/worker';
import { repoRoot } from '../support/services';
import { loadDemoData } from './demo-data';
import { loadDemoWork } from './demo-work';
import { ensureGeneratedData } from './generated-data';
import { ensureReferenceData } from './reference-data';
import { localSecret } from './local-secret';

/**
 * The quick start: PostgreSQL and Redis of the project's own (kept in .var/dev between runs), migrations,
 * reference and demo data, then API and worker in one process. Ctrl-C stops all of it.
 */
async function main(): Promise<void> {
  const log = (message: string) => process.stdout.write(`[werkmatch] ${message}\n`);
  const services = await startLocalServices({ stateDir: join(repoRoot, '.var', 'dev'), log });
  let stopping = false;
  let closeApp: () => Promise<void> = async () => undefined;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log('stopping API, worker, PostgreSQL and Redis');
    await closeApp().catch(() => undefined);
    await services.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  try {
    const config = loadConfig({
      LOG_LEVEL: 'info',
      LOG_PRETTY: process.stdout.isTTY ? 'true' : 'false',
      ...process.env,
      NODE_ENV: process.env['NODE_ENV'] ?? 'development',
      // The published development default of AUTH_TOKEN_SECRET is never needed here: this installation has its own.
      AUTH_TOKEN_SECRET: process.env['AUTH_TOKEN_SECRET'] ?? localSecret('auth-token-secret'),
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      ROLES: 'api,worker',
    });
    const dataSource = createPlatformDataSource({
      url: config.DATABASE_URL,
      poolSize: 4,
      applicationName: 'werkmatch-setup',
    });
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    log(applied.length ? `applied ${applied.length} migrations` : 'database schema is up to date');
    await ensureReferenceData(dataSource, log);
    const logger = createLogger({
      level: config.LOG_LEVEL,
      pretty: config.LOG_PRETTY,
      role: 'api+worker',
    });
    const app = await createApiApp({ config, logger, extraModules: [WorkerModule] });
    closeApp = () => app.close();
    const url = await listen(app, config, logger);
    const logins = await loadDemoData(app, dataSource, log);
    await loadDemoWork(app, dataSource, log);
    await ensureGeneratedData(app, dataSource, log);
    await dataSource.destroy();
    const lines = [
      '',
      `Werkmatch is running: GraphQL at ${url}/graphql (Apollo Sandbox in the browser), health at ${url}/readyz`,
      ...(logins.length
        ? [
            'Demo logins:',
            ...logins.map(
              (login) => `  ${login.role.padEnd(16)} ${login.email.padEnd(36)} ${login.password}`,
            ),
          ]
        : []),
      'Press Ctrl-C to stop API, worker, PostgreSQL and Redis.',
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  } catch (error) {
    process.stderr.write(
      `${error instanceof ConfigError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    await stop(1);
  }
}

void main();
