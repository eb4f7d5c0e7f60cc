import 'reflect-metadata';
import { loadConfigOrExit } from '@werkmatch/shared/config';
import { createLogger } from '@werkmatch/shared/logging';
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
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new requests, finishing open ones');
    // app.close() runs every module's shutdown hook: in-flight requests finish, the worker role (if any) drains.
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `api failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
