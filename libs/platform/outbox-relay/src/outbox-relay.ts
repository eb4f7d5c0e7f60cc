import type { DataSource, EntityManager } from 'typeorm';
import type { QueueRegistry } from '@werkmatch/queue';
import type { AppLogger } from '@werkmatch/shared/logging';
import { outboxEventJobSchema, OutboxEventJobData } from './outbox-event.job';
import { OutboxListener } from './outbox-listener';
import { jobsForEvent, OUTBOX_ROUTES, OutboxRoute } from './outbox-routes';

export interface OutboxRelayOptions {
  /** Claims and marks rows; one pooled connection at a time. */
  dataSource: DataSource;
  /** For the LISTEN connection, which must not come from the pool. */
  databaseUrl: string;
  queues: QueueRegistry;
  logger: AppLogger;
  routes?: readonly OutboxRoute[];
  batchSize?: number;
  /** Fallback for a missed notification; the NOTIFY trigger is what keeps the lag low. */
  pollIntervalMs?: number;
  maxBackoffMs?: number;
  /** How long published rows are kept (for inspection) before they are purged. */
  retentionMs?: number;
  purgeIntervalMs?: number;
  /** A batch whose jobs are not all in Redis by then is rolled back and retried. */
  enqueueTimeoutMs?: number;
}

type Tuning = Required<
  Pick<
    OutboxRelayOptions,
    | 'batchSize'
    | 'pollIntervalMs'
    | 'maxBackoffMs'
    | 'retentionMs'
    | 'purgeIntervalMs'
    | 'enqueueTimeoutMs'
  >
>;

export const OUTBOX_RELAY_DEFAULTS: Readonly<Tuning> = {
  batchSize: 500,
  pollIntervalMs: 5_000,
  maxBackoffMs: 5_000,
  retentionMs: 7 * 24 * 3_600_000,
  purgeIntervalMs: 3_600_000,
  enqueueTimeoutMs: 15_000,
};

const FIRST_BACKOFF_MS = 250;
const PURGE_BATCH = 5_000;

export interface OutboxRelayStats {
  /** Events marked published by committed batches of this relay. */
  events: number;
  /** Jobs this relay handed to BullMQ in those batches (a job BullMQ already had counts too). */
  jobs: number;
  batches: number;
  purged: number;
}

interface ClaimedEvent {
  id: string;
  aggregateType: string;
  aggregateId: string;
  eventType: string;
}

interface Outage {
  since: number;
  cause: 'redis' | 'postgres';
}

class EnqueueFailed extends Error {
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/**
 * Moves committed outbox rows to BullMQ. A batch is claimed with FOR UPDATE SKIP LOCKED, its jobs are enqueued,
 * and the rows are marked published in the same transaction: if Redis fails, nothing is marked and the rows
 * stay for the next attempt; if the process dies after enqueueing, the deterministic job ids make the repeat
 * harmless. Several relays may run at once; SKIP LOCKED gives every event to exactly one of them.
 */
export class OutboxRelay {
  private readonly settings: Tuning;
  private readonly logger: AppLogger;
  private readonly routes: readonly OutboxRoute[];
  private readonly listener: OutboxListener;
  private running: Promise<void> | undefined;
  private stopping = false;
  private wakeRequested = false;
  private wakeSleeper: (() => void) | undefined;
  private stopSleeper: (() => void) | undefined;
  private outage: Outage | undefined;
  private catchingUp: { outage: Outage; events: number } | undefined;
  private nextPurgeAt = 0;
  private readonly counters: OutboxRelayStats = { events: 0, jobs: 0, batches: 0, purged: 0 };

  constructor(private readonly options: OutboxRelayOptions) {
    this.settings = {
      batchSize: options.batchSize ?? OUTBOX_RELAY_DEFAULTS.batchSize,
      pollIntervalMs: options.pollIntervalMs ?? OUTBOX_RELAY_DEFAULTS.pollIntervalMs,
      maxBackoffMs: options.maxBackoffMs ?? OUTBOX_RELAY_DEFAULTS.maxBackoffMs,
      retentionMs: options.retentionMs ?? OUTBOX_RELAY_DEFAULTS.retentionMs,
      purgeIntervalMs: options.purgeIntervalMs ?? OUTBOX_RELAY_DEFAULTS.purgeIntervalMs,
      enqueueTimeoutMs: options.enqueueTimeoutMs ?? OUTBOX_RELAY_DEFAULTS.enqueueTimeoutMs,
    };
    this.routes = options.routes ?? OUTBOX_ROUTES;
    this.logger = options.logger.child({ component: 'outbox-relay' });
    this.listener = new OutboxListener({
      databaseUrl: options.databaseUrl,
      logger: this.logger,
      onNotify: () => this.wake(),
      onListening: () => this.wake(),
    });
  }

  get stats(): Readonly<OutboxRelayStats> {
    return { ...this.counters };
  }

  start(): void {
    if (this.running) throw new Error('the outbox relay is already running');
    this.stopping = false;
    // The relay reports outages itself, once; BullMQ would otherwise print every reconnect attempt.
    for (const route of this.routes) {
      for (const job of route.jobs)
        this.options.queues.queue(job.queue).on('error', () => undefined);
    }
    this.listener.start();
    this.running = this.loop();
  }

  /** Takes no new batch, lets the current one commit (or roll back at the deadline), and closes the listener. */
  async stop(timeoutMs = 10_000): Promise<void> {
    this.stopping = true;
    this.stopSleeper?.();
    const running = this.running;
    if (running) {
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        running.then(() => true),
        new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
      ]);
      clearTimeout(timer);
      if (!finished) {
        this.logger.warn(
          { timeoutMs },
          'outbox relay batch did not finish in time; it rolls back when the connections close',
        );
      }
    }
    await this.listener.stop();
    this.running = undefined;
  }

  private async loop(): Promise<void> {
    let backoffMs = 0;
    while (!this.stopping) {
      let claimed: number;
      try {
        claimed = await this.relayBatch();
      } catch (error) {
        this.reportFailure(error);
        backoffMs = Math.min(
          backoffMs ? backoffMs * 2 : FIRST_BACKOFF_MS,
          this.settings.maxBackoffMs,
        );
        await this.sleep(backoffMs, false);
        continue;
      }
      backoffMs = 0;
      this.reportProgress(claimed);
      if (claimed === this.settings.batchSize) continue;
      await this.purgeIfDue();
      await this.sleep(this.settings.pollIntervalMs, true);
    }
  }

  /** One transaction: claim, enqueue, mark. Returns how many events it claimed. */
  private async relayBatch(): Promise<number> {
    // Whatever commits from here on is either seen by this batch or wakes the next one.
    this.wakeRequested = false;
    const result = await this.options.dataSource.transaction(async (manager) => {
      const events = await this.claim(manager);
      if (events.length === 0) return { events: 0, jobs: 0 };
      const jobs = await this.enqueue(events);
      await manager.query(
        'UPDATE outbox_event SET published_at = now() WHERE id = ANY($1::bigint[])',
        [events.map((event) => event.id)],
      );
      return { events: events.length, jobs };
    });
    if (result.events > 0) {
      this.counters.events += result.events;
      this.counters.jobs += result.jobs;
      this.counters.batches++;
    }
    return result.events;
  }

  private claim(manager: EntityManager): Promise<ClaimedEvent[]> {
    return manager.query(
      `SELECT id::text AS "id", aggregate_type AS "aggregateType", aggregate_id::text AS "aggregateId",
              event_type AS "eventType"
         FROM outbox_event
        WHERE published_at IS NULL
        ORDER BY id
        LIMIT $1
          FOR UPDATE SKIP LOCKED`,
      [this.settings.batchSize],
    );
  }

  private async enqueue(events: ClaimedEvent[]): Promise<number> {
    const adds: Promise<unknown>[] = [];
    for (const event of events) {
      const data: OutboxEventJobData = {
        outboxEventId: event.id,
        aggregateType: event.aggregateType,
        aggregateId: event.aggregateId,
        eventType: event.eventType,
      };
      const jobs = jobsForEvent(event, this.routes);
      if (jobs.length === 0) continue;
      if (!outboxEventJobSchema.safeParse(data).success) {
        // Retrying cannot fix a row, and holding it back would block nothing but itself; say so loudly instead.
        this.logger.error({ event: data }, 'outbox event cannot be relayed; skipped');
        continue;
      }
      for (const job of jobs) adds.push(this.options.queues.enqueue(job, data));
    }
    // Adds on one connection are written back to back, so waiting for all at once costs about one round trip.
    const all = Promise.all(adds);
    all.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        all,
        new Promise((_, reject) => {
          timer = setTimeout(
            () =>
              reject(new Error(`enqueueing took longer than ${this.settings.enqueueTimeoutMs} ms`)),
            this.settings.enqueueTimeoutMs,
          );
        }),
      ]);
    } catch (error) {
      throw new EnqueueFailed(error);
    } finally {
      clearTimeout(timer);
    }
    return adds.length;
  }

  private async purgeIfDue(): Promise<void> {
    if (Date.now() < this.nextPurgeAt) return;
    try {
      const [{ count }] = (await this.options.dataSource.query(
        `WITH purged AS (
           DELETE FROM outbox_event
            WHERE id IN (SELECT id FROM outbox_event
                          WHERE published_at < now() - make_interval(secs => $1)
                          ORDER BY id
                          LIMIT $2
                            FOR UPDATE SKIP LOCKED)
           RETURNING 1)
         SELECT count(*)::int AS "count" FROM purged`,
        [this.settings.retentionMs / 1_000, PURGE_BATCH],
      )) as [{ count: number }];
      this.counters.purged += count;
      // A full batch means more are due: purge again after the next relay batch rather than all at once.
      if (count < PURGE_BATCH) this.nextPurgeAt = Date.now() + this.settings.purgeIntervalMs;
      if (count > 0) this.logger.debug({ count }, 'purged published outbox events');
    } catch (error) {
      this.nextPurgeAt = Date.now() + this.settings.purgeIntervalMs;
      this.logger.warn({ err: message(error) }, 'purging published outbox events failed');
    }
  }

  private reportFailure(error: unknown): void {
    if (this.outage) {
      this.logger.debug({ err: message(error) }, 'outbox relay still failing');
      return;
    }
    const cause = error instanceof EnqueueFailed ? 'redis' : 'postgres';
    this.outage = { since: Date.now(), cause };
    this.catchingUp = undefined;
    this.logger.warn(
      { err: message(error), cause },
      cause === 'redis'
        ? 'outbox relay cannot enqueue (is Redis down?); events stay in the outbox, retrying with backoff'
        : 'outbox relay cannot read the outbox (is PostgreSQL down?); retrying with backoff',
    );
  }

  private reportProgress(claimed: number): void {
    if (this.outage) {
      const outage = this.outage;
      this.outage = undefined;
      this.catchingUp = { outage, events: 0 };
      this.logger.info(
        { cause: outage.cause, outageMs: Date.now() - outage.since },
        'outbox relay is publishing again',
      );
    }
    if (!this.catchingUp) return;
    this.catchingUp.events += claimed;
    if (claimed < this.settings.batchSize) {
      const { outage, events } = this.catchingUp;
      this.catchingUp = undefined;
      this.logger.info(
        { cause: outage.cause, events, outageMs: Date.now() - outage.since },
        'outbox relay caught up after an outage',
      );
    }
  }

  private wake(): void {
    this.wakeRequested = true;
    this.wakeSleeper?.();
  }

  /** A wakeable sleep ends early on a notification; a backoff sleep only on stop. */
  private sleep(ms: number, wakeable: boolean): Promise<void> {
    if (this.stopping || (wakeable && this.wakeRequested)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeSleeper = undefined;
        this.stopSleeper = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.stopSleeper = done;
      if (wakeable) this.wakeSleeper = done;
    });
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
