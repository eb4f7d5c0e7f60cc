import { Role } from '@werkmatch/identity/domain';
import { createUser, dataSourceOf, login } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const ACCESS_LOG = `{ myDataAccessLog { items { action actorRole resourceType purpose } } }`;

interface AccessLog {
  myDataAccessLog: {
    items: {
      action: string;
      actorRole: string | null;
      resourceType: string;
      purpose: string | null;
    }[];
  };
}

describe('Audit of account data', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows a job seeker that their coach read their data and that an administrator changed their caseload', async () => {
    const [admin, coach, jobSeeker] = await Promise.all([
      createUser(api, Role.ADMIN),
      createUser(api, Role.COACH),
      createUser(api, Role.JOB_SEEKER),
    ]);
    const [adminToken, coachToken, seekerToken] = await Promise.all(
      [admin, coach, jobSeeker].map(async (user) => (await login(api, user.email)).accessToken),
    );
    await api.gql.data(
      'mutation($j: ID!, $c: ID!) { assignToCaseload(jobSeekerId: $j, coachId: $c) { coachId } }',
      { j: jobSeeker.id, c: coach.id },
      { token: adminToken },
    );
    const caseload = await api.gql.data<{ myCaseload: { id: string }[] }>(
      '{ myCaseload { id } }',
      {},
      { token: coachToken },
    );
    expect(caseload.myCaseload.map((user) => user.id)).toEqual([jobSeeker.id]);

    const log = await api.gql.data<AccessLog>(ACCESS_LOG, {}, { token: seekerToken });
    expect(log.myDataAccessLog.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'READ',
          actorRole: 'COACH',
          resourceType: 'user',
          purpose: 'caseload overview of the coach',
        }),
        expect.objectContaining({
          action: 'UPDATE',
          actorRole: 'ADMIN',
          resourceType: 'caseload-assignment',
        }),
      ]),
    );
  });

  it('records the creation of an account that registers itself, in the same transaction', async () => {
    const email = `self-${Date.now()}@audit.werkmatch.localhost`;
    const registered = await api.gql.data<{ register: { id: string } }>(
      'mutation($input: RegisterInput!) { register(input: $input) { id } }',
      { input: { email, password: 'een-lange-zin-over-de-lek', fullName: 'Self Registered' } },
    );
    const rows: { action: string; actor_user_id: string | null }[] = await dataSourceOf(api).query(
      'select action, actor_user_id from audit_event where subject_user_id = $1',
      [registered.register.id],
    );
    expect(rows).toEqual([{ action: 'CREATE', actor_user_id: null }]);
  });

  it('records nothing when an employer lists the colleagues of their own organisation', async () => {
    const db = dataSourceOf(api);
    const before: { count: string }[] = await db.query(
      "select count(*) from audit_event where action = 'READ'",
    );
    const [organisation] = await db.query(
      "insert into employer_organisation (name, kvk_number, street, house_number, postcode, city, sector, verified_at) values ('Bakkerij', '12345670', 'Markt', '1', '3991AB', 'Houten', 'Horeca', now()) returning id",
    );
    const employer = await createUser(api, Role.EMPLOYER, {
      organisationId: (organisation as { id: string }).id,
    });
    await createUser(api, Role.EMPLOYER, { organisationId: (organisation as { id: string }).id });
    const token = (await login(api, employer.email)).accessToken;
    const members = await api.gql.data<{ organisationMembers: unknown[] }>(
      '{ organisationMembers { id } }',
      {},
      { token },
    );
    expect(members.organisationMembers).toHaveLength(2);
    const after: { count: string }[] = await db.query(
      "select count(*) from audit_event where action = 'READ'",
    );
    expect(after[0]?.count).toBe(before[0]?.count);
  });
});
