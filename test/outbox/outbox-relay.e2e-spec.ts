import { randomUUID } from 'node:crypto';
import { inTransaction, recordOutboxEvent } from '@werkmatch/database';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createRedisConnection, QueueName, QueueRegistry } from '@werkmatch/queue';
import { findFreePort } from '@werkmatch/shared/services';
import {
  createTestDatabase,
  eventually,
  TestDatabase,
  testEnvironment,
} from '@werkmatch/shared/testing';
import { AppProcess, ensureBuilt, startAppProcess, waitForHttp } from '../support/processes';

describe('Outbox relay in the worker process', () => {
  let database: TestDatabase;
  let worker: AppProcess | undefined;

  beforeAll(async () => {
    ensureBuilt();
    database = await createTestDatabase();
  });

  afterAll(async () => {
    await worker?.stop();
    await database?.drop();
  });

  it('moves an event committed with a change to the search and matching queues, and stops cleanly', async () => {
    const port = await findFreePort();
    const env = testEnvironment(database.url, { WORKER_HEALTH_PORT: String(port) });
    worker = startAppProcess('worker', env);
    await waitForHttp(`http://127.0.0.1:${port}/readyz`, 30_000, worker);

    const dataSource = createPlatformDataSource({ url: database.url, poolSize: 1 });
    await dataSource.initialize();
    const aggregateId = randomUUID();
    await inTransaction(dataSource, (manager) =>
      recordOutboxEvent(manager, {
        aggregateType: 'talent-profile',
        aggregateId,
        eventType: 'talent-profile.published',
      }),
    );
    const [{ id }] = (await dataSource.query('SELECT id::text AS id FROM outbox_event')) as [
      { id: string },
    ];

    const connection = createRedisConnection(env['REDIS_URL'] as string, 'client');
    const queues = new QueueRegistry(connection, env['QUEUE_PREFIX'] as string);
    try {
      for (const queue of [QueueName.SearchIndex, QueueName.Matching]) {
        const job = await eventually(
          async () => queues.queue(queue).getJob(`outbox-${id}`),
          10_000,
          `the job on ${queue}`,
        );
        expect(job.data).toEqual({
          outboxEventId: id,
          aggregateType: 'talent-profile',
          aggregateId,
          eventType: 'talent-profile.published',
        });
      }
      const stopped = await worker.stop();
      expect(stopped.code).toBe(0);
      const [{ published }] = (await dataSource.query(
        'SELECT published_at IS NOT NULL AS published FROM outbox_event',
      )) as [{ published: boolean }];
      expect(published).toBe(true);
    } finally {
      await queues.close();
      connection.disconnect();
      await dataSource.destroy();
    }
  });
});
