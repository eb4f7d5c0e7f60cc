export { currentLogContext, extendLogContext, runWithLogContext } from './log-context';
export type { LogContext } from './log-context';
export { createLogger, NestPinoLogger } from './logger';
export type { AppLogger, LoggerOptions } from './logger';
export { LOGGER, LoggingModule } from './logging.module';
export { exitOnSignals } from './exit-on-signals';
