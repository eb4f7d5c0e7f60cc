import { randomUUID } from 'node:crypto';
import { Role } from '@werkmatch/identity/domain';
import { TALENT_PROFILE_ERASED } from '@werkmatch/talent-profiles/domain';
import { seedRegion } from '../identity/geo-fixtures';
import { createUser, dataSourceOf, login, PASSWORD } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';
import { PUBLISH, SAVE, seedTaxonomy } from './talent-profile-fixtures';

const ERASE = `mutation($password: String!) { eraseMyAccount(password: $password) }`;

describe('Privacy of the talent profile: export and erasure', () => {
  let api: TestApp;
  let jobSeekerId: string;
  let token: string;
  let profileId: string;
  // Distinctive, so a search through every text column cannot hit anything else.
  const story = `Ik repareer fietsen voor de buren ${randomUUID().slice(0, 8)}`;
  const secret = `Heb een jaar in de schuldhulp gezeten ${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    api = await startTestApp();
    const taxonomy = await seedTaxonomy(api);
    await seedRegion(api, 'Houten', '3991');
    const jobSeeker = await createUser(api, Role.JOB_SEEKER);
    jobSeekerId = jobSeeker.id;
    token = (await login(api, jobSeeker.email, PASSWORD, '10.6.0.1')).accessToken;
    const { saveTalentProfile } = await api.gql.data<{ saveTalentProfile: { id: string } }>(
      SAVE,
      {
        input: {
          headline: story,
          talents: [{ text: secret, private: true }],
          skills: [{ skillId: taxonomy.forkliftSkill.id, level: 'EXPERT' }],
          languages: [{ code: 'nl', level: 'B2' }],
          hours: { min: 32, max: 40 },
          postcode: '3991 XK',
          travelKm: 25,
          wantedRouteTypes: ['PAID_JOB'],
          wantedOccupationIds: [taxonomy.cookOccupation.id],
        },
      },
      { token },
    );
    profileId = saveTalentProfile.id;
    await api.gql.data(PUBLISH, {}, { token });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  it('exports the whole talent profile after the account, the coach’s assessment included', async () => {
    const { exportMyData } = await api.gql.data<{ exportMyData: string }>(
      `{ exportMyData }`,
      {},
      { token },
    );
    const data = JSON.parse(exportMyData) as Record<string, unknown>;
    expect(Object.keys(data).indexOf('talentProfile')).toBeGreaterThan(
      Object.keys(data).indexOf('account'),
    );
    expect(data['talentProfile']).toMatchObject({
      id: profileId,
      status: 'PUBLISHED',
      headline: story,
      talents: [{ text: secret, private: true }],
      postcode: '3991 XK',
      skills: [expect.objectContaining({ label: 'operate forklift', level: 'EXPERT' })],
      wantedOccupations: [expect.objectContaining({ label: 'kok' })],
      coachAssessment: { participationLevel: null, supportNeeds: [], targetGroups: [] },
    });
  });

  describe('after erasure', () => {
    beforeAll(async () => {
      const { eraseMyAccount } = await api.gql.data<{ eraseMyAccount: boolean }>(
        ERASE,
        { password: PASSWORD },
        { token },
      );
      expect(eraseMyAccount).toBe(true);
    });

    it('keeps no profile row and no skill or occupation link of it', async () => {
      const db = dataSourceOf(api);
      const [counts] = await db.query(
        `SELECT (SELECT count(*) FROM talent_profile WHERE id = $1 OR job_seeker_id = $2)::int AS profiles,
                (SELECT count(*) FROM talent_profile_skill WHERE profile_id = $1)::int AS skills,
                (SELECT count(*) FROM talent_profile_occupation WHERE profile_id = $1)::int AS occupations`,
        [profileId, jobSeekerId],
      );
      expect(counts).toEqual({ profiles: 0, skills: 0, occupations: 0 });
    });

    it('leaves the profile’s texts and postcode in no text column of any table', async () => {
      const db = dataSourceOf(api);
      const columns: { table_name: string; column_name: string }[] = await db.query(
        `select c.table_name, c.column_name from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
            and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json', 'ARRAY')`,
      );
      expect(columns.length).toBeGreaterThan(10);
      const hits: string[] = [];
      for (const { table_name, column_name } of columns) {
        const [row] = await db.query(
          `select count(*)::int as n from "${table_name}"
            where "${column_name}"::text ilike $1 or "${column_name}"::text ilike $2 or "${column_name}"::text ilike $3`,
          [`%${story}%`, `%${secret}%`, '%3991 XK%'],
        );
        if (row.n > 0) hits.push(`${table_name}.${column_name}`);
      }
      expect(hits).toEqual([]);
    });

    it('tells search and matching the profile is gone, in the erasure’s transaction', async () => {
      const events = await dataSourceOf(api).query(
        `SELECT event_type, payload FROM outbox_event
          WHERE aggregate_type = 'talent-profile' AND aggregate_id = $1 ORDER BY id`,
        [profileId],
      );
      expect(events.map((event: { event_type: string }) => event.event_type)).toEqual([
        'talent-profile.published',
        TALENT_PROFILE_ERASED,
      ]);
      expect(events[1].payload).toEqual({ jobSeekerId });
    });
  });

  it('writes no talent-profile.erased for a person who never had a profile', async () => {
    const other = await createUser(api, Role.JOB_SEEKER);
    const otherToken = (await login(api, other.email, PASSWORD, '10.6.0.2')).accessToken;
    await api.gql.data(ERASE, { password: PASSWORD }, { token: otherToken });
    const [row] = await dataSourceOf(api).query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE event_type = $1 AND payload->>'jobSeekerId' = $2`,
      [TALENT_PROFILE_ERASED, other.id],
    );
    expect(row.n).toBe(0);
    const [person] = await dataSourceOf(api).query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE event_type = 'person.erased' AND aggregate_id = $1`,
      [other.id],
    );
    expect(person.n).toBe(1);
  });
});
