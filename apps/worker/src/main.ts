import 'reflect-metadata';
import { loadConfigOrExit } from '@werkmatch/shared/config';
import { createLogger, exitOnSignals } from '@werkmatch/shared/logging';
import { startWorker } from '@werkmatch/platform/worker';

async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const logger = createLogger({
    level: config.LOG_LEVEL,
    pretty: config.LOG_PRETTY,
    role: 'worker',
  });
  const worker = await startWorker(config, logger);
  exitOnSignals(logger, 'shutting down', () => worker.close());
}

main().catch((error: unknown) => {
  process.stderr.write(
    `worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
