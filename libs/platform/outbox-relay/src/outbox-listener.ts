import { PostgresListener } from '@werkmatch/database';
import type { AppLogger } from '@werkmatch/shared/logging';

/** Must match the pg_notify channel of the trigger in libs/database (migration 1796005000000-outbox-notify). */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_event';

export const OUTBOX_LISTENER_APPLICATION_NAME = 'werkmatch-outbox-listener';

export interface OutboxListenerOptions {
  databaseUrl: string;
  logger: AppLogger;
  /** An outbox row committed. */
  onNotify: () => void;
  /** (Re)connected: notifications sent while not listening are gone, so the relay should look once. */
  onListening: () => void;
}

/** Wakes the relay on every outbox commit; while its connection is lost, the relay's slow poll keeps events moving. */
export class OutboxListener extends PostgresListener {
  constructor(options: OutboxListenerOptions) {
    super({
      databaseUrl: options.databaseUrl,
      channel: OUTBOX_NOTIFY_CHANNEL,
      applicationName: OUTBOX_LISTENER_APPLICATION_NAME,
      name: 'outbox listener',
      whileLost: 'the relay polls meanwhile',
      logger: options.logger,
      onNotify: () => options.onNotify(),
      onListening: options.onListening,
    });
  }
}
