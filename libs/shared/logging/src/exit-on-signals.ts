import type { AppLogger } from './logger';

/**
 * The process end of a graceful shutdown: on the first SIGTERM or SIGINT run `close` once, then exit 0 (or 1 when
 * closing failed), so an orchestrator sees a clean stop. Later signals while closing are ignored.
 */
export function exitOnSignals(
  logger: AppLogger,
  message: string,
  close: () => Promise<void>,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, message);
    close().then(
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
