import { type ListenerLogger, PostgresListener } from '@werkmatch/database';

/** Every write to a built-in index notifies this channel with the index's table name, on commit. */
export const SEARCH_INDEX_CHANGED_CHANNEL = 'search_index_changed';

export const SEARCH_LISTENER_APPLICATION_NAME = 'werkmatch-search-listener';

const SILENT: ListenerLogger = { info: () => undefined, warn: () => undefined };

/**
 * Hears of every write to the built-in indexes, from any process, so that what a search derives from an index
 * (counts without text, the meaning of typed words) can be kept until the index changes without asking
 * PostgreSQL each time. `stamp()` is null while not listening: then nothing may be kept.
 */
export class IndexChangeWatch {
  private listening = false;
  /** Raised when listening starts or stops, so that nothing kept across a gap in hearing survives it. */
  private generation = 0;
  private readonly writes = new Map<string, number>();
  private readonly listener: PostgresListener;

  constructor(databaseUrl: string, logger: ListenerLogger = SILENT) {
    this.listener = new PostgresListener({
      databaseUrl,
      channel: SEARCH_INDEX_CHANGED_CHANNEL,
      applicationName: SEARCH_LISTENER_APPLICATION_NAME,
      name: 'search index listener',
      whileLost: 'searches ask PostgreSQL for every count meanwhile',
      logger,
      onNotify: (table) => this.changed(table),
      onListening: () => {
        this.generation++;
        this.listening = true;
      },
      onLost: () => {
        this.generation++;
        this.listening = false;
      },
    });
  }

  start(): void {
    this.listener.start();
  }

  async stop(): Promise<void> {
    await this.listener.stop();
  }

  /**
   * Equal stamps of one table mean no write to it was heard in between. Take it before reading, so that a write
   * committed during the read changes the stamp and what was read is not kept past it.
   */
  stamp(table: string): string | null {
    return this.listening ? `${this.generation}:${this.writes.get(table) ?? 0}` : null;
  }

  /** A write to the table committed (heard from PostgreSQL, or done by this process). */
  changed(table: string): void {
    this.writes.set(table, (this.writes.get(table) ?? 0) + 1);
  }
}
