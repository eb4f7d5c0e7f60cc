import { Client } from 'pg';

const MAX_RECONNECT_DELAY_MS = 5_000;

/** What a listener reports about its connection; pino's logger fits. */
export interface ListenerLogger {
  info(message: string): void;
  warn(details: Record<string, unknown>, message: string): void;
}

export interface PostgresListenerOptions {
  databaseUrl: string;
  channel: string;
  /** Shown in pg_stat_activity, so an operator can tell the listening connection from the pool's. */
  applicationName: string;
  /** Names the listener in its log lines, e.g. "outbox listener". */
  name: string;
  /** What keeps working while it reconnects, for the warning, e.g. "the relay polls meanwhile". */
  whileLost?: string;
  logger: ListenerLogger;
  onNotify: (payload: string) => void;
  /** (Re)connected: notifications sent while not listening are gone, so whatever depends on them should look once. */
  onListening: () => void;
  /** The connection is gone; until `onListening`, notifications are missed. */
  onLost?: () => void;
}

/**
 * LISTEN on a connection of its own: a pooled connection would lose the subscription when the pool recycles it.
 * A lost connection is re-opened with a capped backoff.
 */
export class PostgresListener {
  private client: Client | undefined;
  private stopped = false;
  private failures = 0;
  private reconnectTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: PostgresListenerOptions) {}

  start(): void {
    this.stopped = false;
    void this.connect();
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.options.databaseUrl,
      application_name: this.options.applicationName,
      // A connection that only listens sends nothing, so without keep-alives a dead peer would go unnoticed.
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
    });
    this.client = client;
    client.on('notification', (message) => {
      if (message.channel === this.options.channel) this.options.onNotify(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.options.channel}"`);
    } catch (error) {
      this.lost(client, error);
      return;
    }
    if (client !== this.client) return;
    if (this.failures > 0) this.options.logger.info(`${this.options.name} is listening again`);
    this.failures = 0;
    this.options.onListening();
  }

  private lost(client: Client, error: unknown): void {
    if (client !== this.client || this.stopped) return;
    this.client = undefined;
    void release(client);
    this.options.onLost?.();
    this.failures++;
    if (this.failures === 1) {
      this.options.logger.warn(
        { err: error instanceof Error ? error.message : String(error) },
        `${this.options.name} lost its PostgreSQL connection; reconnecting${this.options.whileLost ? `, ${this.options.whileLost}` : ''}`,
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
    if (client) {
      this.options.onLost?.();
      await release(client);
    }
  }
}

async function release(client: Client): Promise<void> {
  client.removeAllListeners();
  // A socket error after this point must not become an unhandled 'error' event.
  client.on('error', () => undefined);
  await client.end().catch(() => undefined);
}
