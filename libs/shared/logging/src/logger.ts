import { LoggerService } from '@nestjs/common';
import pino, { DestinationStream, Logger } from 'pino';
import { currentLogContext } from './log-context';

export interface LoggerOptions {
  level: string;
  pretty?: boolean;
  /** Which process role wrote the line: api, worker, or a command. */
  role: string;
  destination?: DestinationStream;
}

export type AppLogger = Logger;

export function createLogger(options: LoggerOptions): AppLogger {
  const transport =
    options.pretty && !options.destination
      ? pino.transport({ target: 'pino-pretty', options: { colorize: true } })
      : undefined;
  return pino(
    {
      level: options.level,
      base: { role: options.role },
      // Every line carries the request or job it belongs to, read from the async context.
      mixin: () => ({ ...currentLogContext() }),
      redact: {
        paths: [
          'password',
          '*.password',
          'token',
          '*.token',
          'refreshToken',
          '*.refreshToken',
          'req.headers.authorization',
        ],
        censor: '[redacted]',
      },
      timestamp: pino.stdTimeFunctions.isoTime,
    },
    options.destination ?? transport,
  );
}

/** Routes Nest's own log lines through pino. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: AppLogger) {}

  // Nest's own "log" lines (module wiring, route mapping) are start-up detail: debug, not info.
  log(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error({ context, trace }, String(message));
  }

  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }

  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }

  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
}
