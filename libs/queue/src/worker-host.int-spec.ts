import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { capturingLogger, eventually, testRedisUrl } from '@werkmatch/shared/testing';
import { createRedisConnection, defineJob, QueueName, QueueRegistry, WorkerHost } from './index';

const SlowJob = defineJob({
  queue: QueueName.Diagnostics,
  name: 'test.slow',
  schema: z.object({ id: z.string(), ms: z.number() }),
  options: { attempts: 1 },
  jobId: ({ id }) => `slow-${id}`,
});

const SlowMatchingJob = defineJob({
  queue: QueueName.Matching,
  name: 'test.slow-matching',
  schema: z.object({ id: z.string(), ms: z.number() }),
  options: { attempts: 1 },
  jobId: ({ id }) => `slow-matching-${id}`,
});

function setup(concurrency = 1, concurrencyOf: Partial<Record<QueueName, number>> = {}) {
  const prefix = `test-${randomBytes(4).toString('hex')}`;
  const { logger, lines } = capturingLogger('worker');
  const registry = new QueueRegistry(createRedisConnection(testRedisUrl(), 'client'), prefix);
  const host = new WorkerHost({
    connection: () => createRedisConnection(testRedisUrl(), 'worker'),
    prefix,
    concurrency,
    concurrencyOf,
    logger,
  });
  return { registry, host, lines };
}

describe('WorkerHost', () => {
  it('finishes an active job before it stops, and takes no new ones', async () => {
    const { registry, host } = setup();
    const finished: string[] = [];
    const started: string[] = [];
    host.register(SlowJob, async ({ id, ms }) => {
      started.push(id);
      await new Promise((resolve) => setTimeout(resolve, ms));
      finished.push(id);
    });
    host.start();
    await registry.enqueue(SlowJob, { id: 'a', ms: 500 });
    await eventually(async () => started.includes('a'), 5_000, 'job a started');
    const closing = host.close(5_000);
    await registry.enqueue(SlowJob, { id: 'b', ms: 1 });
    await closing;
    expect(finished).toEqual(['a']);
    expect(await registry.queue(QueueName.Diagnostics).getJobState('slow-b')).toBe('waiting');
    await registry.close();
  });

  it('enqueues a job with a deterministic id only once', async () => {
    const { registry } = setup();
    await registry.enqueue(SlowJob, { id: 'same', ms: 1 });
    await registry.enqueue(SlowJob, { id: 'same', ms: 1 });
    expect(await registry.queue(QueueName.Diagnostics).count()).toBe(1);
    await registry.close();
  });

  it('rejects a payload that breaks the contract before it reaches Redis, naming the field', async () => {
    const { registry } = setup();
    await expect(
      registry.enqueue(SlowJob, { id: 'x', ms: 'slow' } as unknown as { id: string; ms: number }),
    ).rejects.toThrow('ms:');
    expect(await registry.queue(QueueName.Diagnostics).count()).toBe(0);
    await registry.close();
  });

  it('fails a poison job at once with its reason, and goes on with the next', async () => {
    const { registry, host } = setup();
    const done: string[] = [];
    host.register(SlowJob, async ({ id }) => {
      done.push(id);
    });
    host.start();
    const queue = registry.queue(QueueName.Diagnostics);
    await queue.add('test.slow', { id: 'poison' }, { jobId: 'poison', attempts: 5 });
    await registry.enqueue(SlowJob, { id: 'good', ms: 1 });
    await eventually(async () => done.includes('good'), 5_000, 'good job done');
    const poison = await eventually(
      async () => {
        const job = await queue.getJob('poison');
        return job && (await job.getState()) === 'failed' ? job : undefined;
      },
      5_000,
      'poison job failed',
    );
    expect(poison.failedReason).toContain('invalid payload for test.slow');
    expect(poison.attemptsMade).toBe(1);
    await host.close(1_000);
    await registry.close();
  });

  it('runs a queue with a concurrency of its own that many jobs at once, the others at the common one', async () => {
    const { registry, host } = setup(3, { [QueueName.Matching]: 1 });
    const running = { [QueueName.Diagnostics]: 0, [QueueName.Matching]: 0 };
    const most = { [QueueName.Diagnostics]: 0, [QueueName.Matching]: 0 };
    const track =
      (queue: QueueName.Diagnostics | QueueName.Matching) =>
      async ({ ms }: { ms: number }) => {
        running[queue]++;
        most[queue] = Math.max(most[queue], running[queue]);
        await new Promise((resolve) => setTimeout(resolve, ms));
        running[queue]--;
      };
    host.register(SlowJob, track(QueueName.Diagnostics));
    host.register(SlowMatchingJob, track(QueueName.Matching));
    for (const id of ['a', 'b', 'c']) {
      await registry.enqueue(SlowJob, { id, ms: 300 });
      await registry.enqueue(SlowMatchingJob, { id, ms: 300 });
    }
    host.start();
    const finished = async (name: QueueName) =>
      (await registry.queue(name).getJobCounts('completed')).completed === 3;
    await eventually(async () => (await finished(QueueName.Diagnostics)) && (await finished(QueueName.Matching)), 10_000, 'all done'); // prettier-ignore
    expect(most[QueueName.Diagnostics]).toBe(3);
    expect(most[QueueName.Matching]).toBe(1);
    await host.close(1_000);
    await registry.close();
  });
});
