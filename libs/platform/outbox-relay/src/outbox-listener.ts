import { Client } from 'pg';
import type { AppLogger } from '@werkmatch/shared/logging';

/** Must match the pg_notify channel of the trigger in libs/database (migration 1796005000000-outbox-notify). */
export const OUTBOX_NOTIFY_CHANNEL = 'outbox_event';

export const OUTBOX_LISTENER_APPLICATION_NAME = 'werkmatch-outbox-listener';

const MAX_RECONNECT_DELAY_MS = 5_000;

export interface OutboxListenerOptions {
  databaseUrl: string;
  logger: AppLogger;
  /** An outbox row committed. */
  onNotify: () => void;
  /** (Re)connected: notifications sent while not listening are gone, so the relay should look once. */
  onListening: () => void;
}

/**
 * LISTEN on a connection of its own: a pooled connection would lose the subscription when the pool recycles it.
 * A lost connection is re-opened with a capped backoff; meanwhile the relay's slow poll keeps events moving.
 */
export class OutboxListener {
  private client: Client | undefined;
  private stopped = false;
  private failures = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: OutboxListenerOptions) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: OUTBOX_LISTENER_APPLICATION_NAME,
      // A connection that only listens sends nothing, so without keep-alives a dead peer would go unnoticed.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === OUTBOX_NOTIFY_CHANNEL) this.options.onNotify();
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN "${OUTBOX_NOTIFY_CHANNEL}"`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (client !== this.client) return;
    if (this.failures > 0) this.options.logger.info('outbox listener is listening again');
    this.failures = 0;
    this.options.onListening();
  }

  private lost(client: Client, error: unknown): void {
    if (client !== this.client || this.stopped) return;
    this.client = undefined;
    void release(client);
    this.failures++;
    if (this.failures === 1) {
      this.options.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        'outbox listener lost its PostgreSQL connection; reconnecting, the relay polls meanwhile',
      );
    }
    const delay = Math.min(250 * 2 ** (this.failures - 1), MAX_RECONNECT_DELAY_MS);
    this.reconnectTimer = setTimeout(() => void this.connect(), delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = undefined;
    if (client) await release(client);
  }
}

async function release(client: Client): Promise<void> {
  client.removeAllListeners();
  // A socket error after this point must not become an unhandled 'error' event.
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}
