import { randomUUID } from 'node:crypto';
import type { Job } from 'bullmq';
import type { DataSource } from 'typeorm';
import { Role } from '@werkmatch/identity/domain';
import {
  ProposeForProfileJob,
  ProposeForVacancyJob,
  RecomputeMatchesJob,
} from '@werkmatch/matching/data-access';
import { MatchingOutboxProcessor } from '@werkmatch/matching/feature-worker';
import { QUEUE_REGISTRY, QueueName, QueueRegistry } from '@werkmatch/queue';
import { SEARCH_ENGINE, type SearchEngine } from '@werkmatch/search';
import { SearchIndexSync } from '@werkmatch/search/feature-worker';
import { eventually } from '@werkmatch/shared/testing';
import { TalentProfileEntity } from '@werkmatch/talent-profiles/data-access';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { SkillLevel } from '@werkmatch/work/domain';
import { seedRegion } from '../identity/geo-fixtures';
import { createUser, dataSourceOf, login, PASSWORD } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy, SeededTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import {
  proposalsOf,
  ProposalRow,
  seedOrganisation,
  seedProfile,
  seedVacancy,
} from './match-fixtures';

/*
 * The match engine end to end (issue 6): real PostgreSQL and Redis, the API and the worker in one process,
 * changes made over GraphQL where people make them, and the outbox relay carrying them to the engine.
 */
describe('Match engine', () => {
  let api: TestApp;
  let db: DataSource;
  let queues: QueueRegistry;
  let taxonomy: SeededTaxonomy;
  let region: { regionId: string; postcode: string };
  let vacancy: VacancyEntity;
  let nurse: { user: { id: string; email: string }; profile: TalentProfileEntity };
  let helper: { profile: TalentProfileEntity };
  let cook: { profile: TalentProfileEntity };
  let employerToken: string;
  let accountManagerToken: string;

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    db = dataSourceOf(api);
    queues = api.app.get<QueueRegistry>(QUEUE_REGISTRY);
    taxonomy = await seedTaxonomy(api);
    region = await seedRegion(api, 'Houten', '3991');
    const organisation = await seedOrganisation(db, region.regionId, true, 'Zorggroep De Lek');
    const employer = await createUser(api, Role.EMPLOYER, { organisationId: organisation.id });
    const accountManager = await createUser(api, Role.ACCOUNT_MANAGER, {
      regionId: region.regionId,
    });
    employerToken = (await login(api, employer.email, PASSWORD, '10.6.0.1')).accessToken;
    accountManagerToken = (await login(api, accountManager.email, PASSWORD, '10.6.0.2'))
      .accessToken;

    nurse = await seedProfile(api, region, {
      skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.BEGINNER }],
      occupationIds: [taxonomy.careOccupation.id],
    });
    helper = await seedProfile(api, region, {
      skills: [{ skillId: taxonomy.careSkill.id, level: SkillLevel.PROFICIENT }],
      kmNorth: 5,
    });
    cook = await seedProfile(api, region, {
      skills: [{ skillId: taxonomy.cookingSkill.id, level: SkillLevel.EXPERT }],
      occupationIds: [taxonomy.cookOccupation.id],
    });
    vacancy = await seedVacancy(db, organisation, region, {
      occupationId: taxonomy.careOccupation.id,
      requiredSkillIds: [taxonomy.careSkill.id],
      niceToHaveSkillIds: [taxonomy.forkliftSkill.id],
    });
    // Published profiles are searchable; these were seeded without events, so index them as the sync would.
    await new SearchIndexSync(api.app.get<SearchEngine>(SEARCH_ENGINE), db).syncTalentProfiles([
      nurse.profile.id,
      helper.profile.id,
      cook.profile.id,
    ]);
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const graphql = <T>(query: string, variables: Record<string, unknown>, token: string) =>
    api.gql.data<T>(query, variables, { token });

  const proposalOf = async (profileId: string): Promise<ProposalRow | undefined> =>
    (await proposalsOf(db, { vacancyId: vacancy.id, profileId }))[0];

  /** Waits until the job has finished (completed or failed) and returns it. */
  const finished = async (job: Job): Promise<Job> => {
    const queue = queues.queue(QueueName.Matching);
    await eventually(
      async () => {
        const state = await queue.getJobState(job.id as string);
        return state === 'completed' || state === 'failed';
      },
      20_000,
      `job ${job.id} to finish`,
    );
    // Read after the state: a copy read before it could lack the result or the failure reason.
    return (await queue.getJob(job.id as string)) as Job;
  };

  it('proposes explained matches for a vacancy once it is published, without anyone asking', async () => {
    await graphql(
      'mutation($id: ID!) { publishVacancy(id: $id) { id } }',
      { id: vacancy.id },
      accountManagerToken,
    );

    const proposals = await eventually(
      async () => {
        const rows = await proposalsOf(db, { vacancyId: vacancy.id });
        return rows.length >= 2 ? rows : undefined;
      },
      20_000,
      'proposals for the published vacancy',
    );

    expect(proposals.map((row) => row.profile_id).sort()).toEqual(
      [nurse.profile.id, helper.profile.id].sort(),
    );
    expect(proposals.every((row) => row.status === 'OPEN' && row.source === 'ENGINE')).toBe(true);
    expect(proposals.every((row) => row.score >= 50 && row.score <= 100)).toBe(true);
    const published = await db.getRepository(VacancyEntity).findOneByOrFail({ id: vacancy.id });
    const nurseProposal = proposals.find(
      (row) => row.profile_id === nurse.profile.id,
    ) as ProposalRow;
    expect(nurseProposal.vacancy_version).toBe(published.version);
    expect(nurseProposal.profile_version).toBe(nurse.profile.version);
    const skills = nurseProposal.explanation.find((item) => item.kind === 'REQUIRED_SKILLS');
    expect(skills?.nl).toMatch(/1 van 1 vereiste vaardigheden/);
    expect(skills?.en).toMatch(/1 of 1 required skills/);
    expect(nurseProposal.explanation.find((item) => item.kind === 'DISTANCE')?.en).toMatch(
      /within a 15 km travel range/,
    );
    // The cook shares neither skill nor occupation group: never proposed.
    expect(await proposalOf(cook.profile.id)).toBeUndefined();
  });

  it('scores a profile again when its owner edits it', async () => {
    const before = (await proposalOf(nurse.profile.id)) as ProposalRow;
    const token = (await login(api, nurse.user.email, PASSWORD, '10.6.0.3')).accessToken;
    const { saveTalentProfile } = await graphql<{ saveTalentProfile: { version: number } }>(
      `
        mutation ($input: SaveTalentProfileInput!) {
          saveTalentProfile(input: $input) {
            version
          }
        }
      `,
      { input: { skills: [{ skillId: taxonomy.careSkill.id, level: 'EXPERT' }] } },
      token,
    );
    expect(saveTalentProfile.version).toBeGreaterThan(before.profile_version);

    const after = await eventually(
      async () => {
        const row = await proposalOf(nurse.profile.id);
        return row && row.profile_version === saveTalentProfile.version ? row : undefined;
      },
      20_000,
      'the proposal computed on the edited profile',
    );
    // An expert's skill earns full credit where a beginner's earned 0.6.
    expect(after.score).toBeGreaterThan(before.score);
    expect(after.id).toBe(before.id);
  });

  it('merges a burst of events for one profile into one computation', async () => {
    const processor = api.app.get(MatchingOutboxProcessor);
    const queue = queues.queue(QueueName.Matching);
    const event = (outboxEventId: string) => ({
      outboxEventId,
      aggregateType: 'talent-profile',
      aggregateId: helper.profile.id,
      eventType: 'talent-profile.changed',
    });
    for (const id of ['900001', '900002', '900003']) await processor.handle(event(id));

    const waiting = (await queue.getJobs(['delayed', 'waiting', 'active', 'completed'])).filter(
      (job) =>
        job.name === ProposeForProfileJob.name &&
        (job.data as { profileId: string }).profileId === helper.profile.id,
    );
    expect(waiting.map((job) => (job.data as { outboxEventId: string }).outboxEventId)).toEqual([
      '900003',
    ]);
    await finished(waiting[0] as Job);
  });

  it('makes no second proposal from a duplicated job', async () => {
    const before = await proposalsOf(db, { vacancyId: vacancy.id });
    const jobs = await Promise.all(
      ['dup-a', 'dup-b'].map((jobId) =>
        queues.enqueue(
          ProposeForVacancyJob,
          { vacancyId: vacancy.id },
          { jobId: `propose-vacancy-${vacancy.id}-${jobId}` },
        ),
      ),
    );
    for (const job of jobs) expect(await (await finished(job)).getState()).toBe('completed');
    const after = await proposalsOf(db, { vacancyId: vacancy.id });
    expect(after.map((row) => row.id).sort()).toEqual(before.map((row) => row.id).sort());
    const [{ pairs, rows }] = (await db.query(
      'SELECT count(DISTINCT (profile_id, vacancy_id))::int AS pairs, count(*)::int AS rows FROM match_proposal',
    )) as [{ pairs: number; rows: number }];
    expect(rows).toBe(pairs);
  });

  it('never touches a proposal a person decided on when everything is recomputed', async () => {
    await db.query(
      `UPDATE match_proposal SET status = 'APPROVED' WHERE profile_id = $1 AND vacancy_id = $2`,
      [helper.profile.id, vacancy.id],
    );
    const decided = (await proposalOf(helper.profile.id)) as ProposalRow;
    // A change the engine would score differently, made behind its back so only the recomputation sees it.
    await db.query(`UPDATE talent_profile_skill SET level = 'BEGINNER' WHERE profile_id = $1`, [
      helper.profile.id,
    ]);
    await db.query(`UPDATE talent_profile SET version = version + 1 WHERE id = $1`, [
      helper.profile.id,
    ]);

    const job = await finished(
      await queues.enqueue(RecomputeMatchesJob, { requestedByUserId: null }),
    );
    expect(await job.getState()).toBe('completed');
    expect(job.returnvalue).toMatchObject({ vacanciesTotal: 1, vacanciesDone: 1 });

    const after = (await proposalOf(helper.profile.id)) as ProposalRow;
    expect(after).toEqual(decided);
  });

  it('drops an event for a row that no longer exists instead of retrying it', async () => {
    const gone = randomUUID();
    const forVacancy = await finished(
      await queues.enqueue(ProposeForVacancyJob, { vacancyId: gone }),
    );
    const forProfile = await finished(
      await queues.enqueue(ProposeForProfileJob, { profileId: gone }),
    );
    expect(await forVacancy.getState()).toBe('completed');
    expect(forVacancy.returnvalue).toMatchObject({ outcome: 'dropped' });
    expect(forVacancy.attemptsMade).toBe(1);
    expect(await forProfile.getState()).toBe('completed');
    expect(
      api.logLines.some(
        (line) => String(line['msg']).includes('no longer exists') && line['id'] === gone,
      ),
    ).toBe(true);
  });

  it('fails a poison job at once with its reason and goes on with the rest of the queue', async () => {
    const queue = queues.queue(QueueName.Matching);
    const poison = await queue.add(ProposeForVacancyJob.name, { vacancyId: 'not-a-uuid' });
    const next = await queues.enqueue(
      ProposeForVacancyJob,
      { vacancyId: vacancy.id },
      { jobId: `after-poison-${randomUUID()}` },
    );
    const failed = await finished(poison);
    expect(await failed.getState()).toBe('failed');
    expect(failed.failedReason).toMatch(/invalid payload .*vacancyId/);
    expect(failed.attemptsMade).toBe(1);
    expect(await (await finished(next)).getState()).toBe('completed');
  });

  it('withdraws the open proposals of a vacancy that closes and keeps the decided one', async () => {
    await graphql(
      'mutation($id: ID!) { closeVacancy(id: $id) { status } }',
      { id: vacancy.id },
      employerToken,
    );

    const rows = await eventually(
      async () => {
        const current = await proposalsOf(db, { vacancyId: vacancy.id });
        return current.some((row) => row.status === 'OPEN') ? undefined : current;
      },
      20_000,
      'the open proposals withdrawn',
    );
    const nurseRow = rows.find((row) => row.profile_id === nurse.profile.id);
    expect(nurseRow).toMatchObject({ status: 'WITHDRAWN', withdrawal_reason: 'VACANCY_ENDED' });
    expect(rows.find((row) => row.profile_id === helper.profile.id)?.status).toBe('APPROVED');
  });

  it('withdraws the open proposals of a profile its owner pauses', async () => {
    const second = await seedVacancy(
      db,
      await seedOrganisation(db, region.regionId, true, 'Thuiszorg Houten'),
      region,
      {
        occupationId: taxonomy.careOccupation.id,
        requiredSkillIds: [taxonomy.careSkill.id],
      },
    );
    await graphql(
      'mutation($id: ID!) { publishVacancy(id: $id) { id } }',
      { id: second.id },
      accountManagerToken,
    );
    await eventually(
      async () =>
        (await proposalsOf(db, { vacancyId: second.id, profileId: nurse.profile.id }))[0]
          ?.status === 'OPEN',
      20_000,
      'a proposal for the second vacancy',
    );

    const token = (await login(api, nurse.user.email, PASSWORD, '10.6.0.4')).accessToken;
    await graphql('mutation { pauseTalentProfile { status } }', {}, token);

    const [row] = await eventually(
      async () => {
        const current = await proposalsOf(db, {
          vacancyId: second.id,
          profileId: nurse.profile.id,
        });
        return current[0]?.status === 'WITHDRAWN' ? current : undefined;
      },
      20_000,
      'the proposal withdrawn',
    );
    expect(row?.withdrawal_reason).toBe('PROFILE_NOT_PUBLISHED');
  });
});
