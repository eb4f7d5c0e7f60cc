import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import {
  RecomputeMatchesBatchJob,
  RecomputeMatchesJob,
  type RecomputeProgress,
} from '@werkmatch/matching/data-access';
import { RECOMPUTE_BATCH_SIZE } from '@werkmatch/matching/feature-worker';
import { QUEUE_REGISTRY, QueueName, QueueRegistry } from '@werkmatch/queue';
import { eventually } from '@werkmatch/shared/testing';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import { SkillLevel } from '@werkmatch/work/domain';
import { seedRegion } from '../identity/geo-fixtures';
import { dataSourceOf } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import { seedOrganisation, seedProfile, seedVacancy } from './match-fixtures';

/*
 * The full recomputation as a fan-out over the queue (issue 6): the run's job enqueues one batch job per
 * RECOMPUTE_BATCH_SIZE vacancies as its children, waits for them, and counts the result. Real PostgreSQL and
 * Redis, the worker role in the process.
 */
describe('Full match recomputation', () => {
  let api: TestApp;
  let db: DataSource;
  let queues: QueueRegistry;
  const vacancyIds: string[] = [];
  const profileIds: string[] = [];

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    db = dataSourceOf(api);
    queues = api.app.get<QueueRegistry>(QUEUE_REGISTRY);
    const taxonomy = await seedTaxonomy(api);
    const region = await seedRegion(api, 'Houten', '3991');
    const organisation = await seedOrganisation(db, region.regionId, true, 'Zorggroep');
    for (let i = 0; i < 12; i++)
      profileIds.push(
        (
          await seedProfile(api, region, {
            skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.PROFICIENT }],
            occupationIds: [taxonomy.careOccupation.id],
            kmNorth: i % 4,
          })
        ).profile.id,
      );
    // More than one batch, the last one short.
    for (let i = 0; i < RECOMPUTE_BATCH_SIZE + 30; i++)
      vacancyIds.push(
        (
          await seedVacancy(db, organisation, region, {
            occupationId: taxonomy.careOccupation.id,
            requiredSkillIds: [taxonomy.careSkill.id],
            status: VacancyStatus.PUBLISHED,
          })
        ).id,
      );
  }, 120_000);

  afterAll(async () => {
    await api?.close();
  });

  it('spreads the vacancies over batch jobs and adds their progress up to the whole run', async () => {
    const queue = queues.queue(QueueName.Matching);
    const run = await queues.enqueue(RecomputeMatchesJob, { requestedByUserId: null });
    await eventually(
      async () => ['completed', 'failed'].includes(await queue.getJobState(run.id as string)),
      90_000,
      'the recomputation to finish',
    );
    const done = (await queue.getJob(run.id as string)) as Job;
    expect(await done.getState()).toBe('completed');

    const children = Object.keys((await done.getDependencies()).processed ?? {});
    expect(children).toHaveLength(2);
    const batches = (await queue.getJobs(['completed'])).filter(
      (job) => job.name === RecomputeMatchesBatchJob.name && job.parent?.id === run.id,
    );
    expect(batches.map((job) => job.returnvalue.vacancies).sort((a, b) => a - b)).toEqual([
      30,
      RECOMPUTE_BATCH_SIZE,
    ]);

    const [{ open, withdrawn }] = (await db.query(
      `SELECT count(*) FILTER (WHERE status = 'OPEN')::int AS open,
              count(*) FILTER (WHERE status = 'WITHDRAWN')::int AS withdrawn
       FROM match_proposal`,
    )) as [{ open: number; withdrawn: number }];
    const result = done.returnvalue as RecomputeProgress;
    expect(result).toEqual({
      vacanciesDone: vacancyIds.length,
      vacanciesTotal: vacancyIds.length,
      proposalsOpen: open,
      // Batches running side by side push each other's proposals out of the per-person cap: counted as they go.
      proposalsWithdrawn: expect.any(Number),
    });
    expect(result.proposalsWithdrawn).toBeGreaterThanOrEqual(withdrawn);
    expect(done.progress).toEqual(result);
    expect(open).toBeGreaterThan(0);
  });
});
