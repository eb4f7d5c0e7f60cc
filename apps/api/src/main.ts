import 'reflect-metadata';
import { loadConfigOrExit } from '@werkmatch/shared/config';
import { createLogger, exitOnSignals } from '@werkmatch/shared/logging';
import { createApiApp, listen } from '@werkmatch/platform/api';
import { WorkerModule } from '@werkmatch/platform/worker';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const withWorker = config.ROLES.includes('worker');
  const logger = createLogger({
    level: config.LOG_LEVEL,
    pretty: config.LOG_PRETTY,
    role: withWorker ? 'api+worker' : 'api',
  });
  const app = await createApiApp({
    config,
    logger,
    extraModules: withWorker ? [WorkerModule] : [],
  });
  await listen(app, config, logger);
  // app.close() runs every module's shutdown hook: in-flight requests finish, the worker role (if any) drains.
  exitOnSignals(logger, 'shutting down: no new requests, finishing open ones', () => app.close());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
