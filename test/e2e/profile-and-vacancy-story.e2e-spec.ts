import { Queue } from 'bullmq';
import { Role } from '@werkmatch/identity/domain';
import { SearchIndexOutboxEventJob } from '@werkmatch/platform/outbox-relay';
import { createRedisConnection } from '@werkmatch/queue';
import { eventually } from '@werkmatch/shared/testing';
import { seedRegion } from '../identity/geo-fixtures';
import {
  createUser,
  dataSourceOf,
  login,
  PASSWORD,
  uniqueEmail,
} from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { seedTaxonomy, SeededTaxonomy } from '../talent-profiles/talent-profile-fixtures';
import { closingDateAhead } from '../vacancies/vacancy-fixtures';

/*
 * The story of issue 4 from the outside, over GraphQL only (apart from the users nobody can register as):
 * a job seeker builds and publishes a profile, their coach completes it, an employer registers, drafts and
 * submits a vacancy, the account manager of the region verifies the employer and publishes the vacancy, and
 * the worker's outbox relay hands both publications to the search-index queue.
 */
describe('Story: a profile and a vacancy go from draft to published', () => {
  let api: TestApp;
  let taxonomy: SeededTaxonomy;
  let postcode: string;
  let regionId: string;
  let queue: Queue;

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    taxonomy = await seedTaxonomy(api);
    ({ postcode, regionId } = await seedRegion(api, 'Houten', '3991'));
    queue = new Queue(SearchIndexOutboxEventJob.queue, {
      connection: createRedisConnection(api.config.REDIS_URL, 'client'),
      prefix: api.config.QUEUE_PREFIX,
    });
  }, 60_000);

  afterAll(async () => {
    await queue?.close();
    await api?.close();
  });

  const call = <T>(query: string, variables: Record<string, unknown>, token?: string) =>
    api.gql.data<T>(query, variables, { token });

  /** The search-index job the relay made for the latest outbox event of this aggregate and type. */
  const searchIndexJobFor = async (aggregateId: string, eventType: string) => {
    const [row] = (await dataSourceOf(api).query(
      `SELECT id FROM outbox_event WHERE aggregate_id = $1 AND event_type = $2 ORDER BY id DESC LIMIT 1`,
      [aggregateId, eventType],
    )) as { id: string }[];
    if (!row) throw new Error(`no ${eventType} outbox event for ${aggregateId}`);
    return eventually(
      () => queue.getJob(`outbox-${row.id}`),
      10_000,
      `the search-index job of ${eventType}`,
    );
  };

  it('publishes a profile built by a job seeker and completed by their coach', async () => {
    const email = uniqueEmail('story-seeker');
    const { register: jobSeeker } = await call<{ register: { id: string } }>(
      'mutation($input: RegisterInput!) { register(input: $input) { id } }',
      { input: { email, password: PASSWORD, fullName: 'Sanne de Vries' } },
    );
    const seekerToken = (await login(api, email, PASSWORD, '10.9.0.1')).accessToken;

    await call(
      `mutation($input: SaveTalentProfileInput!) { saveTalentProfile(input: $input) { id } }`,
      {
        input: {
          headline: 'Zorgzaam en altijd op tijd',
          talents: [{ text: 'Ik kan goed luisteren', private: false }],
          skills: [{ skillId: taxonomy.careSkill.id, level: 'COMPETENT' }],
          languages: [{ code: 'nl', level: 'B1' }],
          hours: { min: 16, max: 24 },
          postcode,
          travelKm: 15,
          wantedRouteTypes: ['PAID_JOB', 'LEARN_WORK'],
        },
      },
      seekerToken,
    );

    const admin = await createUser(api, Role.ADMIN);
    const coach = await createUser(api, Role.COACH);
    await call(
      'mutation($s: ID!, $c: ID!) { assignToCaseload(jobSeekerId: $s, coachId: $c) { jobSeekerId } }',
      { s: jobSeeker.id, c: coach.id },
      (await login(api, admin.email, PASSWORD, '10.9.0.2')).accessToken,
    );
    const coachToken = (await login(api, coach.email, PASSWORD, '10.9.0.3')).accessToken;
    const completed = await call<{
      saveTalentProfile: { updatedByUserId: string; wantedOccupations: { id: string }[] };
    }>(
      `mutation($input: SaveTalentProfileInput!, $id: ID) {
        saveTalentProfile(input: $input, jobSeekerId: $id) { updatedByUserId wantedOccupations { id } }
      }`,
      {
        id: jobSeeker.id,
        input: { wantedOccupationIds: [taxonomy.careOccupation.id], educationLevel: 'MBO_2' },
      },
      coachToken,
    );
    expect(completed.saveTalentProfile.updatedByUserId).toBe(coach.id);
    await call(
      `mutation($id: ID!, $input: AssessTalentProfileInput!) {
        assessTalentProfile(jobSeekerId: $id, input: $input) { participationLevel }
      }`,
      { id: jobSeeker.id, input: { participationLevel: 5, supportNeeds: ['JOB_COACH'] } },
      coachToken,
    );

    const coachPublishes = await api.gql.request(
      'mutation { publishTalentProfile { id } }',
      {},
      {
        token: coachToken,
      },
    );
    expect(coachPublishes.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const { publishTalentProfile: published } = await call<{
      publishTalentProfile: { id: string; status: string };
    }>('mutation { publishTalentProfile { id status } }', {}, seekerToken);
    expect(published.status).toBe('PUBLISHED');

    const job = await searchIndexJobFor(published.id, 'talent-profile.published');
    expect(job.data).toMatchObject({ aggregateType: 'talent-profile', aggregateId: published.id });
  });

  it('publishes a vacancy drafted by an employer once the account manager of the region approves', async () => {
    const employerEmail = uniqueEmail('story-employer');
    const { registerEmployer } = await call<{ registerEmployer: { organisation: { id: string } } }>(
      `mutation($input: RegisterEmployerInput!) { registerEmployer(input: $input) { organisation { id } } }`,
      {
        input: {
          organisation: {
            name: 'Zorggroep De Lek',
            kvkNumber: String(30_000_000 + Math.floor(Math.random() * 60_000_000)),
            street: 'Onderdoor',
            houseNumber: '25',
            postcode,
            city: 'Houten',
            sector: 'Zorg',
          },
          member: { email: employerEmail, password: PASSWORD, fullName: 'Joost Jansen' },
        },
      },
    );
    const employerToken = (await login(api, employerEmail, PASSWORD, '10.9.0.4')).accessToken;
    const { createVacancy: draft } = await call<{ createVacancy: { id: string; status: string } }>(
      'mutation($input: VacancyInput!) { createVacancy(input: $input) { id status } }',
      {
        input: {
          title: 'Helpende zorg',
          description: 'Je helpt bewoners van ons woonzorgcentrum bij de dagelijkse verzorging.',
          occupationId: taxonomy.careOccupation.id,
          requiredSkillIds: [taxonomy.careSkill.id],
          niceToHaveSkillIds: [],
          routeType: 'LEARN_WORK',
          hours: { min: 20, max: 32 },
          positions: 2,
          postcode,
          minDutchLevel: 'A2',
          educationLevel: 'VMBO',
          inclusiveOptions: ['JOB_COACH_POSSIBLE'],
          contractType: 'APPRENTICESHIP',
          pay: { min: 14.4, max: 16, period: 'HOUR' },
          closingDate: closingDateAhead(),
        },
      },
      employerToken,
    );
    expect(draft.status).toBe('DRAFT');

    const unverified = await api.gql.request(
      'mutation($id: ID!) { submitVacancy(id: $id) { status } }',
      { id: draft.id },
      { token: employerToken },
    );
    expect(unverified.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    const accountManager = await createUser(api, Role.ACCOUNT_MANAGER, { regionId });
    const managerToken = (await login(api, accountManager.email, PASSWORD, '10.9.0.5')).accessToken;
    await call(
      'mutation($id: ID!) { verifyOrganisation(organisationId: $id) { id } }',
      { id: registerEmployer.organisation.id },
      managerToken,
    );
    const { submitVacancy } = await call<{ submitVacancy: { status: string } }>(
      'mutation($id: ID!) { submitVacancy(id: $id) { status } }',
      { id: draft.id },
      employerToken,
    );
    expect(submitVacancy.status).toBe('SUBMITTED');

    const { vacanciesAwaitingReview } = await call<{
      vacanciesAwaitingReview: { items: { id: string }[] };
    }>('{ vacanciesAwaitingReview(first: 10) { items { id } } }', {}, managerToken);
    expect(vacanciesAwaitingReview.items.map((item) => item.id)).toContain(draft.id);

    const { publishVacancy } = await call<{
      publishVacancy: { status: string; publishedBy: string };
    }>(
      'mutation($id: ID!) { publishVacancy(id: $id) { status publishedBy } }',
      { id: draft.id },
      managerToken,
    );
    expect(publishVacancy).toEqual({ status: 'PUBLISHED', publishedBy: accountManager.id });

    const job = await searchIndexJobFor(draft.id, 'vacancy.published');
    expect(job.data).toMatchObject({ aggregateType: 'vacancy', aggregateId: draft.id });
  });
});
