import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  createDataSource,
  inTransaction,
  OutboxEventEntity,
  recordOutboxEvent,
} from '@werkmatch/database';
import { createRedisConnection, QueueName, QueueRegistry } from '@werkmatch/queue';
import { isAlive, startRedis } from '@werkmatch/shared/services';
import type { StartedService } from '@werkmatch/shared/services';
import {
  capturingLogger,
  createTestDatabase,
  eventually,
  TestDatabase,
  testRedisUrl,
} from '@werkmatch/shared/testing';
import {
  OUTBOX_LISTENER_APPLICATION_NAME,
  OutboxRelay,
  OutboxRelayOptions,
  SearchIndexOutboxEventJob,
} from './index';

const ROUTED_QUEUES = [QueueName.SearchIndex, QueueName.Matching];
const HOUR_MS = 3_600_000;

let database: TestDatabase;
let writer: DataSource;
let cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
  writer = createDataSource({
    url: database.url,
    entities: [OutboxEventEntity],
    migrations: [],
    poolSize: 6,
    applicationName: 'outbox-test-writer',
  });
  await writer.initialize();
});

beforeEach(async () => {
  await writer.query('TRUNCATE outbox_event');
});

afterEach(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  cleanups = [];
});

afterAll(async () => {
  await writer?.destroy();
  await database?.drop();
});

interface RelaySetup {
  relay: OutboxRelay;
  queues: QueueRegistry;
  lines: Record<string, unknown>[];
  applicationName: string;
}

async function startRelay(
  options: { prefix?: string; redisUrl?: string; relay?: Partial<OutboxRelayOptions> } = {},
): Promise<RelaySetup> {
  const prefix = options.prefix ?? newPrefix();
  const connection = createRedisConnection(options.redisUrl ?? testRedisUrl(), 'client');
  const queues = new QueueRegistry(connection, prefix);
  const applicationName = `outbox-relay-${randomBytes(4).toString('hex')}`;
  const dataSource = createDataSource({
    url: database.url,
    entities: [OutboxEventEntity],
    migrations: [],
    poolSize: 2,
    applicationName,
  });
  await dataSource.initialize();
  const { logger, lines } = capturingLogger('worker');
  const relay = new OutboxRelay({
    dataSource,
    databaseUrl: database.url,
    queues,
    logger,
    ...options.relay,
  });
  relay.start();
  cleanups.push(async () => {
    await relay.stop();
    await queues.close();
    connection.disconnect();
    await dataSource.destroy();
  });
  return { relay, queues, lines, applicationName };
}

function newPrefix(): string {
  return `test-${randomBytes(4).toString('hex')}`;
}

async function writeEvent(aggregateType: string, eventType: string): Promise<string> {
  const aggregateId = randomUUID();
  await inTransaction(writer, (manager) =>
    recordOutboxEvent(manager, { aggregateType, aggregateId, eventType }),
  );
  return aggregateId;
}

/** `count` events in transactions of ten, a few at a time, like a busy API. */
async function writeEvents(count: number, aggregateType = 'vacancy'): Promise<void> {
  const transactions = Array.from({ length: Math.ceil(count / 10) }, (_, t) =>
    Math.min(10, count - t * 10),
  );
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < transactions.length) {
        const size = transactions[next++] as number;
        await inTransaction(writer, async (manager) => {
          for (let i = 0; i < size; i++) {
            await recordOutboxEvent(manager, {
              aggregateType,
              aggregateId: randomUUID(),
              eventType: `${aggregateType}.changed`,
            });
          }
        });
      }
    }),
  );
}

async function scalar(sql: string, parameters: unknown[] = []): Promise<number> {
  const [row] = (await writer.query(sql, parameters)) as [{ n: number }];
  return row.n;
}

function unpublishedCount(): Promise<number> {
  return scalar('SELECT count(*)::int AS n FROM outbox_event WHERE published_at IS NULL');
}

async function allPublished(timeoutMs = 15_000): Promise<void> {
  await eventually(
    async () => (await unpublishedCount()) === 0,
    timeoutMs,
    'every event published',
  );
}

async function outboxJobIds(): Promise<string[]> {
  const rows = (await writer.query('SELECT id::text AS id FROM outbox_event ORDER BY id')) as {
    id: string;
  }[];
  return rows.map((row) => `outbox-${row.id}`).sort();
}

async function jobsIn(queues: QueueRegistry, queue: QueueName): Promise<Job[]> {
  return queues
    .queue(queue)
    .getJobs(['waiting', 'active', 'delayed', 'prioritized', 'completed', 'failed'], 0, -1);
}

async function jobIdsIn(queues: QueueRegistry, queue: QueueName): Promise<string[]> {
  return (await jobsIn(queues, queue)).map((job) => job.id ?? '').sort();
}

/** The listener has run LISTEN, so from now on a commit wakes the relay. */
async function listening(): Promise<void> {
  await eventually(
    async () =>
      (await scalar(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND application_name = $1 AND query LIKE 'LISTEN%'`,
        [OUTBOX_LISTENER_APPLICATION_NAME],
      )) === 1,
    10_000,
    'the relay listening',
  );
}

describe('OutboxRelay', () => {
  it('turns an event committed with a change into exactly one job on each routed queue', async () => {
    const { queues } = await startRelay();
    const profileId = await writeEvent('talent-profile', 'talent-profile.published');
    const vacancyId = await writeEvent('vacancy', 'vacancy.closed');
    const personId = await writeEvent('person', 'person.erased');
    await allPublished();
    const [profileEvent, vacancyEvent, personEvent] = await outboxJobIds();
    for (const queue of ROUTED_QUEUES) {
      const jobs = (await jobsIn(queues, queue)).map((job) => ({
        id: job.id,
        name: job.name,
        data: job.data as unknown,
      }));
      jobs.sort((a, b) => (a.id ?? '').localeCompare(b.id ?? ''));
      const name = `${queue}.outbox-event`;
      expect(jobs).toEqual([
        {
          id: profileEvent,
          name,
          data: {
            outboxEventId: profileEvent?.replace('outbox-', ''),
            aggregateType: 'talent-profile',
            aggregateId: profileId,
            eventType: 'talent-profile.published',
          },
        },
        {
          id: vacancyEvent,
          name,
          data: {
            outboxEventId: vacancyEvent?.replace('outbox-', ''),
            aggregateType: 'vacancy',
            aggregateId: vacancyId,
            eventType: 'vacancy.closed',
          },
        },
        {
          id: personEvent,
          name,
          data: {
            outboxEventId: personEvent?.replace('outbox-', ''),
            aggregateType: 'person',
            aggregateId: personId,
            eventType: 'person.erased',
          },
        },
      ]);
    }
  });

  it('marks events nobody consumes as published without enqueueing a job', async () => {
    const { queues, relay } = await startRelay();
    await writeEvent('organisation', 'organisation.verified');
    await allPublished();
    await eventually(async () => relay.stats.events === 1, 5_000, 'the batch counted');
    expect(relay.stats.jobs).toBe(0);
    for (const queue of ROUTED_QUEUES) expect(await jobsIn(queues, queue)).toEqual([]);
  });

  it('never delivers an event of a transaction that rolled back', async () => {
    const { queues } = await startRelay();
    await expect(
      inTransaction(writer, async (manager) => {
        await recordOutboxEvent(manager, {
          aggregateType: 'vacancy',
          aggregateId: randomUUID(),
          eventType: 'vacancy.published',
        });
        throw new Error('the change was refused');
      }),
    ).rejects.toThrow('the change was refused');
    const committed = await writeEvent('vacancy', 'vacancy.published');
    await allPublished();
    for (const queue of ROUTED_QUEUES) {
      const jobs = await jobsIn(queues, queue);
      expect(jobs.map((job) => (job.data as { aggregateId: string }).aggregateId)).toEqual([
        committed,
      ]);
    }
  });

  it('delivers every event exactly once when two relays run at once', async () => {
    await writeEvents(600);
    const prefix = newPrefix();
    const first = await startRelay({ prefix, relay: { batchSize: 50 } });
    const second = await startRelay({ prefix, relay: { batchSize: 50 } });
    await writeEvents(400);
    await allPublished(30_000);
    await eventually(
      async () => first.relay.stats.events + second.relay.stats.events >= 1_000,
      5_000,
      'both relays counted their batches',
    );
    expect(first.relay.stats.events + second.relay.stats.events).toBe(1_000);
    expect(first.relay.stats.events).toBeGreaterThan(0);
    expect(second.relay.stats.events).toBeGreaterThan(0);
    const expected = await outboxJobIds();
    for (const queue of ROUTED_QUEUES) {
      expect(await jobIdsIn(first.queues, queue)).toEqual(expected);
    }
  });

  it('adds no second job for an event whose job reached Redis before a crash kept the row unpublished', async () => {
    const aggregateId = await writeEvent('talent-profile', 'talent-profile.changed');
    const [jobId] = await outboxJobIds();
    const outboxEventId = (jobId as string).replace('outbox-', '');
    const prefix = newPrefix();
    const connection = createRedisConnection(testRedisUrl(), 'client');
    const earlier = new QueueRegistry(connection, prefix);
    const enqueuedBeforeCrash = await earlier.enqueue(SearchIndexOutboxEventJob, {
      outboxEventId,
      aggregateType: 'talent-profile',
      aggregateId,
      eventType: 'talent-profile.changed',
    });
    await earlier.close();
    connection.disconnect();

    const { queues } = await startRelay({ prefix });
    await allPublished();
    const searchJobs = await jobsIn(queues, QueueName.SearchIndex);
    expect(searchJobs.map((job) => [job.id, job.timestamp])).toEqual([
      [jobId, enqueuedBeforeCrash.timestamp],
    ]);
    expect(await jobIdsIn(queues, QueueName.Matching)).toEqual([jobId]);
  });

  it('delivers events written while Redis was down once it is back, none lost and none duplicated', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'werkmatch-outbox-redis-'));
    let redis: StartedService = await startRedis({ dataDir, ephemeral: false });
    cleanups.push(async () => {
      await redis.stop();
      rmSync(dataDir, { recursive: true, force: true });
    });
    const port = Number(new URL(redis.url).port);
    const { queues, lines } = await startRelay({ redisUrl: redis.url });
    await writeEvents(5, 'talent-profile');
    await allPublished();

    const killed = redis.pid;
    process.kill(killed, 'SIGKILL');
    await eventually(async () => !isAlive(killed), 10_000, 'Redis stopped');
    await writeEvents(20, 'vacancy');
    const outageWarning = (line: Record<string, unknown>) =>
      line['level'] === 40 && String(line['msg']).startsWith('outbox relay cannot enqueue');
    await eventually(async () => lines.some(outageWarning), 30_000, 'the relay noticing');
    expect(await unpublishedCount()).toBe(20);

    redis = await startRedis({ dataDir, port, ephemeral: false });
    await allPublished(30_000);
    const expected = await outboxJobIds();
    expect(expected).toHaveLength(25);
    for (const queue of ROUTED_QUEUES) expect(await jobIdsIn(queues, queue)).toEqual(expected);
    expect(lines.filter(outageWarning)).toHaveLength(1);
    await eventually(
      async () => lines.some((line) => line['msg'] === 'outbox relay caught up after an outage'),
      5_000,
      'the catch-up logged',
    );
  }, 120_000);

  it('wakes on the commit notification instead of waiting for its next poll', async () => {
    const { queues } = await startRelay({ relay: { pollIntervalMs: HOUR_MS } });
    await listening();
    await writeEvent('vacancy', 'vacancy.published');
    await allPublished();
    expect(await jobIdsIn(queues, QueueName.SearchIndex)).toEqual(await outboxJobIds());
  });

  it('keeps delivering after its PostgreSQL connections are dropped', async () => {
    const { queues, lines, applicationName } = await startRelay({
      relay: { pollIntervalMs: HOUR_MS },
    });
    await writeEvent('vacancy', 'vacancy.published');
    await allPublished();
    await listening();
    const terminated = await scalar(
      `SELECT count(*)::int AS n FROM (
         SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND application_name IN ($1, $2)) AS t`,
      [applicationName, OUTBOX_LISTENER_APPLICATION_NAME],
    );
    expect(terminated).toBeGreaterThanOrEqual(2);
    await eventually(
      async () => lines.some((line) => String(line['msg']).startsWith('outbox listener lost')),
      10_000,
      'the listener noticing',
    );
    await listening();
    await writeEvent('vacancy', 'vacancy.changed');
    await allPublished();
    const expected = await outboxJobIds();
    expect(expected).toHaveLength(2);
    for (const queue of ROUTED_QUEUES) expect(await jobIdsIn(queues, queue)).toEqual(expected);
  });

  it('purges published events once they are older than the retention period, and only those', async () => {
    await writer.query(
      `INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type, created_at, published_at)
       SELECT 'vacancy', gen_random_uuid(), 'vacancy.' || label, now() - age, now() - published_age
         FROM (VALUES ('old', interval '9 days', interval '8 days'),
                      ('old', interval '9 days', interval '8 days'),
                      ('recent', interval '2 days', interval '1 day')) AS v(label, age, published_age)`,
    );
    await writer.query(
      `INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type, created_at)
       VALUES ('vacancy', gen_random_uuid(), 'vacancy.unpublished', now() - interval '9 days')`,
    );
    const { relay } = await startRelay();
    await eventually(async () => relay.stats.purged === 2, 10_000, 'the old events purged');
    const left = (await writer.query(
      'SELECT event_type AS "eventType", published_at IS NOT NULL AS published FROM outbox_event ORDER BY id',
    )) as { eventType: string; published: boolean }[];
    expect(left).toEqual([
      { eventType: 'vacancy.recent', published: true },
      { eventType: 'vacancy.unpublished', published: true },
    ]);
  });

  it('finishes its current batch and closes its listener connection when it stops', async () => {
    await writer.query(
      `INSERT INTO outbox_event (aggregate_type, aggregate_id, event_type)
       SELECT 'vacancy', gen_random_uuid(), 'vacancy.published' FROM generate_series(1, 3000)`,
    );
    const { relay, queues } = await startRelay({ relay: { batchSize: 100 } });
    await eventually(async () => relay.stats.batches >= 1, 10_000, 'a first batch');
    await relay.stop();
    const published = 3000 - (await unpublishedCount());
    expect(published).toBe(relay.stats.events);
    expect(published % 100).toBe(0);
    expect(await jobsIn(queues, QueueName.SearchIndex)).toHaveLength(published);
    await eventually(
      async () =>
        (await scalar(
          `SELECT count(*)::int AS n FROM pg_stat_activity
            WHERE datname = current_database() AND application_name = $1`,
          [OUTBOX_LISTENER_APPLICATION_NAME],
        )) === 0,
      5_000,
      'the listener connection closed',
    );
  });
});
