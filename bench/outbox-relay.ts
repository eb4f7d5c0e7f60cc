import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  createDataSource,
  inTransaction,
  OutboxEventEntity,
  recordOutboxEvent,
} from '@werkmatch/database';
import { OutboxRelay } from '@werkmatch/platform/outbox-relay';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createRedisConnection, QueueName, QueueRegistry } from '@werkmatch/queue';
import { createLogger } from '@werkmatch/shared/logging';
import { startLocalServices } from '@werkmatch/shared/services';
import { BenchRow, benchRoot, percentile, writeReport } from './support/report';

/**
 * The outbox relay against real PostgreSQL and Redis:
 * - throughput: a backlog of BACKLOG events (as after an outage), every one routed to search and matching
 *   (two jobs each), from the relay's start until the last row is marked published;
 * - lag: events committed one per transaction at a steady rate while the relay runs, from the writer seeing
 *   its commit to BullMQ acknowledging the last of the event's jobs.
 * Writer and relay share this process (and its event loop), so the lag includes that contention.
 * Usage: npm run bench:outbox  (BENCH_OUTBOX_EVENTS=20000)
 */
const BACKLOG = Number(process.env['BENCH_OUTBOX_EVENTS'] ?? 20_000);
const LAG_RUNS = [
  { ratePerSecond: 200, durationMs: 10_000 },
  { ratePerSecond: 1_000, durationMs: 5_000 },
];
const ROUTED_QUEUES = [QueueName.SearchIndex, QueueName.Matching];
const WRITER_CONCURRENCY = 16;

interface Harness {
  relay: OutboxRelay;
  queues: QueueRegistry;
  close(): Promise<void>;
}

async function startRelay(databaseUrl: string, redisUrl: string): Promise<Harness> {
  const connection = createRedisConnection(redisUrl, 'client');
  const queues = new QueueRegistry(connection, `bench-${randomBytes(4).toString('hex')}`);
  const dataSource = createDataSource({
    url: databaseUrl,
    entities: [OutboxEventEntity],
    migrations: [],
    poolSize: 2,
    applicationName: 'bench-outbox-relay',
  });
  await dataSource.initialize();
  const relay = new OutboxRelay({
    dataSource,
    databaseUrl,
    queues,
    logger: createLogger({ level: 'warn', role: 'bench' }),
  });
  return {
    relay,
    queues,
    async close() {
      await relay.stop();
      await queues.close();
      connection.disconnect();
      await dataSource.destroy();
    },
  };
}

async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 600_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} not reached within 10 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function measureThroughput(
  writer: DataSource,
  databaseUrl: string,
  redisUrl: string,
): Promise<{ seconds: number; eventsPerSecond: number; jobsPerSecond: number }> {
  await writer.query(
    `INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type)
     SELECT CASE WHEN n % 2 = 0 THEN 'talent-profile' ELSE 'vacancy' END, gen_random_uuid(),
            CASE WHEN n % 2 = 0 THEN 'talent-profile.changed' ELSE 'vacancy.changed' END
       FROM generate_series(1, $1) AS n`,
    [BACKLOG],
  );
  const harness = await startRelay(databaseUrl, redisUrl);
  const started = performance.now();
  harness.relay.start();
  await until(() => harness.relay.stats.events >= BACKLOG, 'backlog relayed');
  const seconds = (performance.now() - started) / 1000;
  const { jobs } = harness.relay.stats;
  for (const queue of ROUTED_QUEUES) {
    const waiting = await harness.queues.queue(queue).getWaitingCount();
    if (waiting !== BACKLOG) throw new Error(`${queue} has ${waiting} jobs, expected ${BACKLOG}`);
  }
  await harness.close();
  return { seconds, eventsPerSecond: BACKLOG / seconds, jobsPerSecond: jobs / seconds };
}

async function measureLag(
  writer: DataSource,
  databaseUrl: string,
  redisUrl: string,
  ratePerSecond: number,
  durationMs: number,
): Promise<{ lags: number[]; achievedRate: number }> {
  const harness = await startRelay(databaseUrl, redisUrl);
  const committedAt = new Map<string, number>();
  const enqueued = new Map<string, { at: number; jobs: number }>();
  for (const queue of ROUTED_QUEUES) {
    // Emitted by BullMQ once Redis acknowledged the add.
    harness.queues.queue(queue).on('waiting', (job: Job) => {
      const id = (job.data as { aggregateId: string }).aggregateId;
      const seen = enqueued.get(id);
      enqueued.set(id, { at: performance.now(), jobs: (seen?.jobs ?? 0) + 1 });
    });
  }
  harness.relay.start();
  // Let the listener connect, so the run measures the notification path rather than the first poll.
  await new Promise((resolve) => setTimeout(resolve, 500));

  const total = Math.round((ratePerSecond * durationMs) / 1000);
  const inFlight = new Set<Promise<void>>();
  const started = performance.now();
  for (let i = 0; i < total; i++) {
    const wait = started + (i * 1000) / ratePerSecond - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const aggregateId = randomUUID();
    const write = inTransaction(writer, (manager) =>
      recordOutboxEvent(manager, {
        aggregateType: 'vacancy',
        aggregateId,
        eventType: 'vacancy.changed',
      }),
    ).then(() => {
      committedAt.set(aggregateId, performance.now());
    });
    inFlight.add(write);
    void write.finally(() => inFlight.delete(write));
    if (inFlight.size >= WRITER_CONCURRENCY) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const achievedRate = total / ((performance.now() - started) / 1000);
  await until(
    () =>
      [...enqueued.values()].filter((seen) => seen.jobs === ROUTED_QUEUES.length).length >= total,
    'every event enqueued',
  );
  await harness.close();
  const lags = [...committedAt].map(([id, at]) => (enqueued.get(id)?.at ?? Number.NaN) - at);
  return { lags: lags.sort((a, b) => a - b), achievedRate };
}

async function main(): Promise<void> {
  const services = await startLocalServices({
    stateDir: join(benchRoot, '..', '.var', `bench-outbox-${process.pid}`),
    ephemeral: true,
    log: () => undefined,
  });
  try {
    const migrator = createPlatformDataSource({ url: services.databaseUrl, poolSize: 1 });
    await migrator.initialize();
    await migrator.runMigrations({ transaction: 'each' });
    await migrator.destroy();
    const writer = createDataSource({
      url: services.databaseUrl,
      entities: [OutboxEventEntity],
      migrations: [],
      poolSize: WRITER_CONCURRENCY,
      applicationName: 'bench-outbox-writer',
    });
    await writer.initialize();

    const rows: BenchRow[] = [];
    const throughput = await measureThroughput(writer, services.databaseUrl, services.redisUrl);
    process.stdout.write(
      `backlog of ${BACKLOG}: ${throughput.seconds.toFixed(2)} s, ${throughput.eventsPerSecond.toFixed(0)} events/s\n`,
    );
    const backlog = `relay, backlog of ${BACKLOG.toLocaleString('en')} events (2 jobs each)`;
    rows.push(
      {
        benchmark: backlog,
        metric: 'throughput',
        value: throughput.eventsPerSecond,
        unit: 'events/s',
      },
      {
        benchmark: backlog,
        metric: 'jobs enqueued',
        value: throughput.jobsPerSecond,
        unit: 'jobs/s',
      },
      { benchmark: backlog, metric: 'time to drain', value: throughput.seconds, unit: 's' },
    );
    await writer.query('TRUNCATE outbox_event');

    for (const { ratePerSecond, durationMs } of LAG_RUNS) {
      const { lags, achievedRate } = await measureLag(
        writer,
        services.databaseUrl,
        services.redisUrl,
        ratePerSecond,
        durationMs,
      );
      const name = `commit → jobs enqueued, ${ratePerSecond} events/s (achieved ${achievedRate.toFixed(0)}), one per transaction`;
      process.stdout.write(
        `${name}: p50 ${percentile(lags, 50).toFixed(1)} ms, p95 ${percentile(lags, 95).toFixed(1)} ms\n`,
      );
      rows.push(
        { benchmark: name, metric: 'p50', value: percentile(lags, 50), unit: 'ms' },
        {
          benchmark: name,
          metric: 'p95',
          value: percentile(lags, 95),
          unit: 'ms',
          // Issue 5 wants a change searchable within 1 s p95; the relay may use a small part of that.
          target: '< 250 ms',
          meetsTarget: percentile(lags, 95) < 250,
        },
        { benchmark: name, metric: 'max', value: lags[lags.length - 1] as number, unit: 'ms' },
      );
    }
    await writer.destroy();
    writeReport('outbox-relay', rows, { backlog: BACKLOG, lagRuns: LAG_RUNS });
  } finally {
    await services.stop();
  }
}

// Exits explicitly: a Redis client left reconnecting to the stopped server would keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
