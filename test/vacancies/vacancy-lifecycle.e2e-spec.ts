import type { DataSource } from 'typeorm';
import { OutboxEventEntity } from '@werkmatch/database';
import { EmployerOrganisationEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { QUEUE_REGISTRY, QueueName, QueueRegistry } from '@werkmatch/queue';
import { currentLogContext } from '@werkmatch/shared/logging';
import { eventually } from '@werkmatch/shared/testing';
import { ExpireVacanciesJob, VacancyEntity } from '@werkmatch/vacancies/data-access';
import { amsterdamDate, VacancyStatus } from '@werkmatch/vacancies/domain';
import { EXPIRE_VACANCIES_SCHEDULER_ID } from '@werkmatch/vacancies/feature-worker';
import { seedRegion, SeededRegion } from '../identity/geo-fixtures';
import { createUser, dataSourceOf, login } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import {
  seedEmployer,
  seedOrganisation,
  seedTaxonomy,
  SeededTaxonomy,
  vacancyInput,
} from './vacancy-fixtures';

const FIELDS = `id status title version updatedAt closingDate routeType hours { min max } positions
  remote postcode contractType pay { min max period } inclusiveOptions publishedAt endedAt`;
const CREATE = `mutation($input: VacancyInput!) { createVacancy(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { ${FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitVacancy(id: $id) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!) { publishVacancy(id: $id) { ${FIELDS} publishedBy } }`;
const RETURN = `mutation($id: ID!, $reason: String!) { returnVacancy(id: $id, reason: $reason) { ${FIELDS} returnReason } }`;
const CLOSE = `mutation($id: ID!, $filled: Boolean) { closeVacancy(id: $id, filled: $filled) { ${FIELDS} } }`;
const VACANCY = `query($id: ID!) { vacancy(id: $id) { ${FIELDS} } }`;
const VACANCY_INTERNAL = `query($id: ID!) { vacancy(id: $id) { id returnReason createdBy publishedBy } }`;

interface VacancyData {
  id: string;
  status: VacancyStatus;
  title: string;
  version: number;
  updatedAt: string;
  closingDate: string;
  postcode: string | null;
  pay: { min: number; max: number; period: string } | null;
  publishedBy?: string | null;
  returnReason?: string | null;
}

type GraphQLErrors = { message: string; extensions?: Record<string, unknown> }[] | undefined;

function codes(errors: GraphQLErrors): unknown[] {
  return (errors ?? []).map((error) => error.extensions?.['code']);
}

describe('vacancy life cycle over GraphQL', () => {
  let api: TestApp;
  let db: DataSource;
  let midden: SeededRegion;
  let gooi: SeededRegion;
  let taxonomy: SeededTaxonomy;
  let organisation: EmployerOrganisationEntity;
  let employer: UserEntity;
  const tokens: Record<string, string> = {};
  let accountManager: UserEntity;

  const as = (who: string) => ({ token: tokens[who] });

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    db = dataSourceOf(api);
    midden = await seedRegion(api, 'Midden-Utrecht', '3995');
    gooi = await seedRegion(api, 'Gooi en Vechtstreek', '1211');
    taxonomy = await seedTaxonomy(db);
    organisation = await seedOrganisation(db, midden.regionId, true);
    const unverified = await seedOrganisation(
      db,
      midden.regionId,
      false,
      'Nog Niet Geverifieerd BV',
    );
    const otherOrganisation = await seedOrganisation(db, gooi.regionId, true, 'Elders BV');
    employer = await seedEmployer(api, organisation);
    accountManager = await createUser(api, Role.ACCOUNT_MANAGER, { regionId: midden.regionId });
    const users: Record<string, UserEntity> = {
      employer,
      unverifiedEmployer: await seedEmployer(api, unverified),
      otherEmployer: await seedEmployer(api, otherOrganisation),
      accountManager,
      secondAccountManager: await createUser(api, Role.ACCOUNT_MANAGER, {
        regionId: midden.regionId,
      }),
      otherAccountManager: await createUser(api, Role.ACCOUNT_MANAGER, {
        regionId: gooi.regionId,
      }),
      jobSeeker: await createUser(api, Role.JOB_SEEKER),
      coach: await createUser(api, Role.COACH),
      admin: await createUser(api, Role.ADMIN),
    };
    let ip = 1;
    for (const [name, user] of Object.entries(users))
      tokens[name] = (await login(api, user.email, undefined, `10.9.0.${ip++}`)).accessToken;
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  async function create(overrides: Record<string, unknown> = {}, who = 'employer') {
    const data = await api.gql.data<{ createVacancy: VacancyData }>(
      CREATE,
      { input: vacancyInput(taxonomy, midden.postcode, overrides) },
      as(who),
    );
    return data.createVacancy;
  }

  async function published(): Promise<VacancyData> {
    const draft = await create();
    await api.gql.data(SUBMIT, { id: draft.id }, as('employer'));
    return (
      await api.gql.data<{ publishVacancy: VacancyData }>(
        PUBLISH,
        { id: draft.id },
        as('accountManager'),
      )
    ).publishVacancy;
  }

  const row = (id: string) => db.getRepository(VacancyEntity).findOneByOrFail({ id });
  const outboxOf = (id: string) =>
    db.getRepository(OutboxEventEntity).find({
      where: { aggregateType: 'vacancy', aggregateId: id },
      order: { id: 'ASC' },
    });

  it('lets an employer draft and submit a vacancy and an account manager of the region publish it', async () => {
    const draft = await create();
    expect(draft).toMatchObject({
      status: 'DRAFT',
      postcode: '3995 AB',
      pay: { min: 14.4, max: 16.25, period: 'HOUR' },
    });
    const stored = await row(draft.id);
    expect(stored).toMatchObject({
      organisationId: organisation.id,
      createdByUserId: employer.id,
      reviewRegionId: midden.regionId,
      regionId: midden.regionId,
      pc4: '3995',
      municipalityCode: 'GM3995',
    });

    const submitted = await api.gql.data<{ submitVacancy: VacancyData }>(
      SUBMIT,
      { id: draft.id },
      as('employer'),
    );
    expect(submitted.submitVacancy.status).toBe('SUBMITTED');

    const review = await api.gql.data<{ vacanciesAwaitingReview: { items: { id: string }[] } }>(
      '{ vacanciesAwaitingReview { items { id } nextCursor } }',
      {},
      as('accountManager'),
    );
    expect(review.vacanciesAwaitingReview.items.map((item) => item.id)).toContain(draft.id);

    const result = await api.gql.data<{ publishVacancy: VacancyData }>(
      PUBLISH,
      { id: draft.id },
      as('accountManager'),
    );
    expect(result.publishVacancy).toMatchObject({
      status: 'PUBLISHED',
      publishedBy: accountManager.id,
    });
    expect((await row(draft.id)).publishedByUserId).toBe(accountManager.id);
    expect((await outboxOf(draft.id)).map((event) => event.eventType)).toEqual([
      'vacancy.published',
    ]);
  });

  it('refuses to submit a vacancy of an organisation that is not verified', async () => {
    const draft = await create({}, 'unverifiedEmployer');
    const response = await api.gql.request(SUBMIT, { id: draft.id }, as('unverifiedEmployer'));
    expect(codes(response.errors)).toEqual(['FORBIDDEN']);
    expect(response.errors?.[0]?.message).toContain('not verified');
    expect((await row(draft.id)).status).toBe(VacancyStatus.DRAFT);
  });

  it('refuses publication by an account manager of another region, leaving it under review', async () => {
    const draft = await create();
    await api.gql.data(SUBMIT, { id: draft.id }, as('employer'));
    const response = await api.gql.request(PUBLISH, { id: draft.id }, as('otherAccountManager'));
    expect(codes(response.errors)).toEqual(['FORBIDDEN']);
    expect((await row(draft.id)).status).toBe(VacancyStatus.SUBMITTED);
    const theirQueue = await api.gql.data<{ vacanciesAwaitingReview: { items: { id: string }[] } }>(
      '{ vacanciesAwaitingReview { items { id } } }',
      {},
      as('otherAccountManager'),
    );
    expect(theirQueue.vacanciesAwaitingReview.items.map((item) => item.id)).not.toContain(draft.id);
  });

  it('returns a vacancy with a reason the employer reads, and publishes it once resubmitted', async () => {
    const draft = await create();
    await api.gql.data(SUBMIT, { id: draft.id }, as('employer'));

    const tooShort = await api.gql.request(
      RETURN,
      { id: draft.id, reason: ' x ' },
      as('accountManager'),
    );
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'reason',
    });
    expect((await row(draft.id)).status).toBe(VacancyStatus.SUBMITTED);

    const reason = 'Vermeld het uurloon en de begeleiding op de werkvloer.';
    const returned = await api.gql.data<{ returnVacancy: VacancyData }>(
      RETURN,
      { id: draft.id, reason },
      as('accountManager'),
    );
    expect(returned.returnVacancy).toMatchObject({ status: 'DRAFT', returnReason: reason });
    const seen = await api.gql.data<{ vacancy: VacancyData }>(
      VACANCY_INTERNAL,
      { id: draft.id },
      as('employer'),
    );
    expect(seen.vacancy.returnReason).toBe(reason);

    await api.gql.data(
      UPDATE,
      { id: draft.id, input: vacancyInput(taxonomy, midden.postcode, { title: 'Gastvrouw' }) },
      as('employer'),
    );
    const resubmitted = await api.gql.data<{ submitVacancy: VacancyData }>(
      SUBMIT,
      { id: draft.id },
      as('employer'),
    );
    expect(resubmitted.submitVacancy.status).toBe('SUBMITTED');
    expect((await row(draft.id)).returnReason).toBeNull();
    const result = await api.gql.data<{ publishVacancy: VacancyData }>(
      PUBLISH,
      { id: draft.id },
      as('secondAccountManager'),
    );
    expect(result.publishVacancy).toMatchObject({ status: 'PUBLISHED', title: 'Gastvrouw' });
    // Returns and draft edits are not search's business: only the publication was announced.
    expect((await outboxOf(draft.id)).map((event) => event.eventType)).toEqual([
      'vacancy.published',
    ]);
  });

  it('fills a published vacancy and closes a draft, announcing only the end of the published one', async () => {
    const live = await published();
    const filled = await api.gql.data<{ closeVacancy: VacancyData }>(
      CLOSE,
      { id: live.id, filled: true },
      as('accountManager'),
    );
    expect(filled.closeVacancy).toMatchObject({ status: 'FILLED' });
    expect((await row(live.id)).endedAt).not.toBeNull();
    const events = await outboxOf(live.id);
    expect(events.map((event) => [event.eventType, event.payload])).toEqual([
      ['vacancy.published', {}],
      ['vacancy.closed', { status: 'FILLED' }],
    ]);

    const draft = await create();
    const closed = await api.gql.data<{ closeVacancy: VacancyData }>(
      CLOSE,
      { id: draft.id },
      as('employer'),
    );
    expect(closed.closeVacancy.status).toBe('CLOSED');
    expect(await outboxOf(draft.id)).toEqual([]);
  });

  it('refuses invalid transitions with INVALID_TRANSITION and changes nothing', async () => {
    const draft = await create();
    const live = await published();
    const underReview = await create();
    await api.gql.data(SUBMIT, { id: underReview.id }, as('employer'));
    const filled = await published();
    await api.gql.data(CLOSE, { id: filled.id, filled: true }, as('employer'));
    const closedDraft = await create();
    await api.gql.data(CLOSE, { id: closedDraft.id }, as('employer'));
    const ids = [draft.id, live.id, underReview.id, filled.id, closedDraft.id];
    const before = await Promise.all(ids.map(row));
    const outboxBefore = await db.getRepository(OutboxEventEntity).count();

    const attempts: [string, Record<string, unknown>, string, string][] = [
      [PUBLISH, { id: draft.id }, 'accountManager', 'cannot publish a vacancy that is draft'],
      [SUBMIT, { id: live.id }, 'employer', 'cannot submit a vacancy that is published'],
      [
        UPDATE,
        { id: underReview.id, input: vacancyInput(taxonomy, midden.postcode) },
        'employer',
        'cannot edit a vacancy that is submitted: it is under review',
      ],
      [
        UPDATE,
        { id: filled.id, input: vacancyInput(taxonomy, midden.postcode) },
        'employer',
        'cannot edit a vacancy that is filled',
      ],
      [CLOSE, { id: closedDraft.id }, 'employer', 'cannot close a vacancy that is closed'],
      [
        CLOSE,
        { id: draft.id, filled: true },
        'employer',
        'cannot mark as filled a vacancy that is draft',
      ],
      [RETURN, { id: live.id, reason: 'Te laat.' }, 'accountManager', 'cannot return a vacancy'],
    ];
    for (const [mutation, variables, who, message] of attempts) {
      const response = await api.gql.request(mutation, variables, as(who));
      expect(codes(response.errors)).toEqual(['INVALID_TRANSITION']);
      expect(response.errors?.[0]?.message).toContain(message);
    }

    expect(await Promise.all(ids.map(row))).toEqual(before);
    expect(await db.getRepository(OutboxEventEntity).count()).toBe(outboxBefore);
  });

  it('announces edits of a published vacancy and none of a draft', async () => {
    const draft = await create();
    await api.gql.data(
      UPDATE,
      { id: draft.id, input: vacancyInput(taxonomy, midden.postcode, { positions: 3 }) },
      as('employer'),
    );
    expect(await outboxOf(draft.id)).toEqual([]);

    const live = await published();
    const edited = await api.gql.data<{ updateVacancy: VacancyData }>(
      UPDATE,
      {
        id: live.id,
        input: vacancyInput(taxonomy, gooi.postcode, { title: 'Kok (32 uur)', remote: false }),
      },
      as('employer'),
    );
    expect(edited.updateVacancy).toMatchObject({
      status: 'PUBLISHED',
      title: 'Kok (32 uur)',
      postcode: '1211 AB',
      version: live.version + 1,
    });
    const stored = await row(live.id);
    // The place of work moved to another region; the review stays with the organisation's service point.
    expect([stored.regionId, stored.reviewRegionId]).toEqual([gooi.regionId, midden.regionId]);
    expect((await outboxOf(live.id)).map((event) => event.eventType)).toEqual([
      'vacancy.published',
      'vacancy.changed',
    ]);
  });

  it('names every invalid field and stores nothing', async () => {
    const count = await db.getRepository(VacancyEntity).count();
    const response = await api.gql.request(
      CREATE,
      {
        input: vacancyInput(taxonomy, '9999 ZZ', {
          routeType: 'VOLUNTEER',
          contractType: null,
          hours: { min: 24, max: 12 },
          requiredSkillIds: [taxonomy.skillIds[0], '00000000-0000-4000-8000-000000000000'],
          closingDate: '2020-01-01',
          title: 'x'.repeat(200),
        }),
      },
      as('employer'),
    );
    expect(codes(response.errors)).toEqual(['BAD_USER_INPUT']);
    const violations = response.errors?.[0]?.extensions?.['violations'] as {
      field: string;
      rule: string;
    }[];
    expect(violations.map((violation) => violation.field)).toEqual([
      'input.title',
      'input.hours.min',
      'input.pay',
      'input.closingDate',
      'input.requiredSkillIds[1]',
      'input.postcode',
    ]);
    expect(violations.find((v) => v.field === 'input.postcode')?.rule).toBe(
      'a postcode that exists in the Netherlands',
    );
    expect(await db.getRepository(VacancyEntity).count()).toBe(count);
  });

  it('shows a published vacancy to a job seeker and a coach but not a draft, which is NOT_FOUND', async () => {
    const live = await published();
    const draft = await create();
    for (const who of ['jobSeeker', 'coach', 'otherEmployer', 'otherAccountManager']) {
      const seen = await api.gql.data<{ vacancy: VacancyData }>(VACANCY, { id: live.id }, as(who));
      expect(seen.vacancy.status).toBe('PUBLISHED');
      const hidden = await api.gql.request(VACANCY, { id: draft.id }, as(who));
      expect(codes(hidden.errors)).toEqual(['NOT_FOUND']);
      expect(hidden.errors?.[0]?.message).toBe('vacancy was not found');
    }
    for (const who of ['employer', 'accountManager', 'admin']) {
      const seen = await api.gql.data<{ vacancy: VacancyData }>(VACANCY, { id: draft.id }, as(who));
      expect(seen.vacancy.status).toBe('DRAFT');
    }
  });

  it('keeps the internal fields from everyone but the organisation, its region and administrators', async () => {
    const live = await published();
    const forJobSeeker = await api.gql.request<{ vacancy: VacancyData }>(
      VACANCY_INTERNAL,
      { id: live.id },
      as('jobSeeker'),
    );
    expect(forJobSeeker.data?.vacancy).toEqual({
      id: live.id,
      returnReason: null,
      createdBy: null,
      publishedBy: null,
    });
    expect(new Set(codes(forJobSeeker.errors))).toEqual(new Set(['FORBIDDEN']));

    // The right role for another organisation or region: the field is allowed, the relation is not.
    for (const who of ['otherEmployer', 'otherAccountManager']) {
      const seen = await api.gql.data<{ vacancy: Record<string, unknown> }>(
        VACANCY_INTERNAL,
        { id: live.id },
        as(who),
      );
      expect(seen.vacancy).toMatchObject({ createdBy: null, publishedBy: null });
    }
    for (const who of ['employer', 'accountManager', 'admin']) {
      const seen = await api.gql.data<{ vacancy: Record<string, unknown> }>(
        VACANCY_INTERNAL,
        { id: live.id },
        as(who),
      );
      expect(seen.vacancy).toMatchObject({
        createdBy: employer.id,
        publishedBy: accountManager.id,
      });
    }
  });

  it('gives one of two account managers deciding at once the vacancy and the other a clear refusal', async () => {
    for (let round = 0; round < 3; round++) {
      const draft = await create();
      await api.gql.data(SUBMIT, { id: draft.id }, as('employer'));
      const [first, second] = await Promise.all([
        api.gql.request(PUBLISH, { id: draft.id }, as('accountManager')),
        api.gql.request(
          RETURN,
          { id: draft.id, reason: 'Graag meer over de begeleiding.' },
          as('secondAccountManager'),
        ),
      ]);
      const outcomes = [first, second].map((response) => codes(response.errors)[0] ?? 'ok');
      expect(outcomes.sort()).toEqual(['INVALID_TRANSITION', 'ok']);
      const stored = await row(draft.id);
      const publishWon = !first.errors;
      expect(stored.status).toBe(publishWon ? VacancyStatus.PUBLISHED : VacancyStatus.DRAFT);
      expect((await outboxOf(draft.id)).length).toBe(publishWon ? 1 : 0);
    }
  });

  it('expires a published vacancy past its closing date through the scheduled job', async () => {
    const live = await published();
    const lastDay = await published();
    const yesterday = amsterdamDate(new Date(Date.now() - 86_400_000));
    await db.getRepository(VacancyEntity).update({ id: live.id }, { closingDate: yesterday });
    await db
      .getRepository(VacancyEntity)
      .update({ id: lastDay.id }, { closingDate: amsterdamDate(new Date()) });

    const queues = api.app.get<QueueRegistry>(QUEUE_REGISTRY);
    expect(
      await queues.queue(QueueName.Scheduled).getJobScheduler(EXPIRE_VACANCIES_SCHEDULER_ID),
    ).toMatchObject({ pattern: '5 0 * * *', tz: 'Europe/Amsterdam' });
    await queues.enqueue(ExpireVacanciesJob, {});

    await eventually(
      async () => (await row(live.id)).status === VacancyStatus.EXPIRED,
      10_000,
      'the vacancy to expire',
    );
    expect((await row(lastDay.id)).status).toBe(VacancyStatus.PUBLISHED);
    expect((await outboxOf(live.id)).map((event) => [event.eventType, event.payload])).toEqual([
      ['vacancy.published', {}],
      ['vacancy.closed', { status: 'EXPIRED' }],
    ]);
    const response = await api.gql.request(
      UPDATE,
      { id: live.id, input: vacancyInput(taxonomy, midden.postcode) },
      as('employer'),
    );
    expect(codes(response.errors)).toEqual(['INVALID_TRANSITION']);
  });

  it('pages through the organisation’s vacancies newest first and the review queue oldest first', async () => {
    const own = await db.getRepository(VacancyEntity).count({
      where: { organisationId: organisation.id },
    });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: {
        myOrganisationVacancies: { items: { id: string }[]; nextCursor: string | null };
      } = await api.gql.data(
        'query($after: String) { myOrganisationVacancies(first: 4, after: $after) { items { id } nextCursor } }',
        { after },
        as('employer'),
      );
      seen.push(...page.myOrganisationVacancies.items.map((item) => item.id));
      after = page.myOrganisationVacancies.nextCursor;
    } while (after);
    expect(seen).toHaveLength(own);
    expect(new Set(seen).size).toBe(own);
    const newestFirst = await db.getRepository(VacancyEntity).find({
      where: { organisationId: organisation.id },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    expect(seen).toEqual(newestFirst.map((vacancy) => vacancy.id));

    const drafts = await api.gql.data<{ myOrganisationVacancies: { items: { status: string }[] } }>(
      '{ myOrganisationVacancies(status: DRAFT, first: 100) { items { status } } }',
      {},
      as('employer'),
    );
    expect(new Set(drafts.myOrganisationVacancies.items.map((item) => item.status))).toEqual(
      new Set(['DRAFT']),
    );

    const a = await create();
    const b = await create();
    await api.gql.data(SUBMIT, { id: b.id }, as('employer'));
    await api.gql.data(SUBMIT, { id: a.id }, as('employer'));
    const queue = await api.gql.data<{ vacanciesAwaitingReview: { items: { id: string }[] } }>(
      '{ vacanciesAwaitingReview(first: 100) { items { id } } }',
      {},
      as('accountManager'),
    );
    const order = queue.vacanciesAwaitingReview.items.map((item) => item.id);
    expect(order.indexOf(b.id)).toBeLessThan(order.indexOf(a.id));

    for (const first of [0, 101]) {
      const response = await api.gql.request(
        'query($first: Int) { myOrganisationVacancies(first: $first) { nextCursor } }',
        { first },
        as('employer'),
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'first',
      });
    }
  });

  it('resolves the relations of a page of 20 vacancies with one query per relation', async () => {
    const ids: string[] = [];
    for (let i = 0; i < 20; i++)
      ids.push(
        (
          await create({
            requiredSkillIds: [taxonomy.skillIds[i % 6], taxonomy.skillIds[(i + 1) % 6]],
            niceToHaveSkillIds: [taxonomy.skillIds[(i + 2) % 6]],
          })
        ).id,
      );
    const queries: string[] = [];
    const logger = db.logger;
    const logQuery = logger.logQuery.bind(logger);
    logger.logQuery = (query, parameters, runner) => {
      // Only the GraphQL request's own queries: the in-process worker (search sync, matching) reads the same
      // tables at the same time, under a job id instead of a request id.
      const context = currentLogContext();
      if (context.requestId && !context.jobId) queries.push(query);
      return logQuery(query, parameters, runner);
    };
    let page: {
      myOrganisationVacancies: {
        items: {
          id: string;
          organisation: { name: string };
          occupation: { label: string };
          requiredSkills: { id: string; label: string }[];
          niceToHaveSkills: { label: string }[];
          region: { name: string };
          municipality: { name: string };
        }[];
      };
    };
    try {
      page = await api.gql.data(
        `{ myOrganisationVacancies(first: 20) { items {
            id organisation { name } occupation { label }
            requiredSkills { id label } niceToHaveSkills { label }
            region { name } municipality { name } } } }`,
        {},
        as('employer'),
      );
    } finally {
      logger.logQuery = logQuery;
    }
    const items = page.myOrganisationVacancies.items;
    expect(items.map((item) => item.id)).toEqual([...ids].reverse());
    expect(items[0]).toMatchObject({
      organisation: { name: organisation.name },
      occupation: { label: 'kok' },
      region: { name: 'Midden-Utrecht' },
      municipality: { name: 'Midden-Utrecht stad' },
    });
    // The last one created asked for skills 19 % 6 = 1 and 2; labels are Dutch where ESCO has one.
    expect(items[0]?.requiredSkills.map((skill) => skill.label)).toEqual([
      'skill 1',
      'vaardigheid 2',
    ]);
    const touching = (table: string) =>
      queries.filter((query) => new RegExp(`FROM "?${table}"?[\\s"]`, 'i').test(query)).length;
    expect({
      vacancy: touching('vacancy'),
      vacancy_skill: touching('vacancy_skill'),
      skill: touching('skill'),
      occupation: touching('occupation'),
      employer_organisation: touching('employer_organisation'),
      labour_market_region: touching('labour_market_region'),
      municipality: touching('municipality'),
    }).toEqual({
      vacancy: 1,
      vacancy_skill: 1,
      skill: 1,
      occupation: 1,
      employer_organisation: 1,
      labour_market_region: 1,
      municipality: 1,
    });
  });
});
