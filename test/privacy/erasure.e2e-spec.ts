import { randomUUID } from 'node:crypto';
import { AuditService } from '@werkmatch/audit/feature-api';
import { CaseloadAssignmentEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { PERSON_ERASED_EVENT } from '@werkmatch/privacy/feature-api';
import {
  createUser,
  dataSourceOf,
  login,
  LoginResult,
  PASSWORD,
  uniqueEmail,
} from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { id } }`;
const EXPORT = `{ exportMyData }`;
const ERASE = `mutation($password: String!) { eraseMyAccount(password: $password) }`;
const ACCESS_LOG = `{ myDataAccessLog { items { action actorRole organisationName servicePointName resourceType purpose } nextCursor } }`;

describe('Privacy: export and erasure of a person', () => {
  let api: TestApp;
  const email = uniqueEmail('femke');
  // Distinctive, so a search through every text column cannot hit anything else.
  const fullName = `Femke Zuiderduin ${randomUUID().slice(0, 8)}`;
  let userId: string;
  let session: LoginResult;

  beforeAll(async () => {
    api = await startTestApp();
    const { register } = await api.gql.data<{ register: { id: string } }>(REGISTER, {
      input: { email, password: PASSWORD, fullName },
    });
    userId = register.id;
    session = await login(api, email);
    const coach = await createUser(api, Role.COACH);
    await dataSourceOf(api)
      .getRepository(CaseloadAssignmentEntity)
      .save({ coachId: coach.id, jobSeekerId: userId, assignedBy: coach.id });
    await api.app
      .get(AuditService)
      .auditRead(
        { userId: coach.id, role: Role.COACH, sessionId: randomUUID() },
        userId,
        { type: 'user', id: userId },
        'intake conversation',
      );
    // An email to the person (in the outbox table for mail) that erasure must remove too.
    await api.gql.data(`mutation($email: String!) { requestPasswordReset(email: $email) }`, {
      email,
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows a job seeker who else looked at their data and why, without that person’s email or name', async () => {
    const { myDataAccessLog } = await api.gql.data<{
      myDataAccessLog: { items: Record<string, unknown>[] };
    }>(ACCESS_LOG, {}, { token: session.accessToken });
    expect(myDataAccessLog.items).toEqual([
      {
        action: 'READ',
        actorRole: 'COACH',
        organisationName: null,
        servicePointName: null,
        resourceType: 'user',
        purpose: 'intake conversation',
      },
      // The account's own creation at registration: a change by nobody else, shown so the history is complete.
      {
        action: 'CREATE',
        actorRole: null,
        organisationName: null,
        servicePointName: null,
        resourceType: 'user',
        purpose: null,
      },
    ]);
    expect(JSON.stringify(myDataAccessLog)).not.toContain('@');
  });

  it('exports all of the caller’s data as JSON and records the export', async () => {
    const { exportMyData } = await api.gql.data<{ exportMyData: string }>(
      EXPORT,
      {},
      { token: session.accessToken },
    );
    const data = JSON.parse(exportMyData) as {
      account: Record<string, unknown> & { coach: unknown[] };
      emails: unknown[];
      [section: string]: unknown;
    };
    expect(data.account).toMatchObject({ id: userId, email, fullName, role: 'JOB_SEEKER' });
    expect(data.account.coach).toHaveLength(1);
    expect(data.emails).toEqual([expect.objectContaining({ kind: 'PASSWORD_RESET' })]);
    expect(data['accessLog']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ action: 'READ', purpose: 'intake conversation', byYou: false }),
      ]),
    );
    expect(exportMyData).not.toContain('$argon2');
    const exports = await dataSourceOf(api).query(
      `select count(*)::int as n from audit_event where subject_user_id = $1 and action = 'EXPORT'`,
      [userId],
    );
    expect(exports[0].n).toBe(1);
  });

  it('refuses erasure with a wrong password, naming the field, and keeps the account', async () => {
    const response = await api.gql.request(
      ERASE,
      { password: 'not-my-password-at-all' },
      { token: session.accessToken },
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const { me } = await api.gql.data<{ me: { id: string } }>(
      `{ me { id } }`,
      {},
      { token: session.accessToken },
    );
    expect(me.id).toBe(userId);
  });

  describe('after erasure', () => {
    beforeAll(async () => {
      const { eraseMyAccount } = await api.gql.data<{ eraseMyAccount: boolean }>(
        ERASE,
        { password: PASSWORD },
        { token: session.accessToken },
      );
      expect(eraseMyAccount).toBe(true);
    });

    it('refuses login with the old email and password', async () => {
      const response = await api.gql.request(
        `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`,
        { input: { email, password: PASSWORD } },
        { headers: { 'x-forwarded-for': '10.9.9.9' } },
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('ends the session at once: me and export answer UNAUTHENTICATED with the old access token', async () => {
      for (const query of [`{ me { id } }`, EXPORT]) {
        const response = await api.gql.request(query, {}, { token: session.accessToken });
        expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      }
      const refreshed = await api.gql.request(
        `mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }`,
        { t: session.refreshToken },
      );
      expect(refreshed.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    });

    it('leaves the old email and name in no text column of any table', async () => {
      const db = dataSourceOf(api);
      const columns: { table_name: string; column_name: string }[] = await db.query(
        `select c.table_name, c.column_name from information_schema.columns c
           join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
          where c.table_schema = 'public' and t.table_type = 'BASE TABLE'
            and c.data_type in ('text', 'character varying', 'character', 'jsonb', 'json')`,
      );
      expect(columns.length).toBeGreaterThan(10);
      const hits: string[] = [];
      for (const { table_name, column_name } of columns) {
        const [row] = await db.query(
          `select count(*)::int as n from "${table_name}" where "${column_name}"::text ilike $1 or "${column_name}"::text ilike $2`,
          [`%${email}%`, `%${fullName}%`],
        );
        if (row.n > 0) hits.push(`${table_name}.${column_name}`);
      }
      expect(hits).toEqual([]);
    });

    it('keeps the audit trail under the same pseudonymous id, with the erasure recorded', async () => {
      const rows: { action: string }[] = await dataSourceOf(api).query(
        `select action from audit_event where subject_user_id = $1 order by id`,
        [userId],
      );
      expect(rows.map((row) => row.action)).toEqual(['CREATE', 'READ', 'EXPORT', 'ERASE']);
      const [user] = await dataSourceOf(api).query(
        `select email, full_name, phone, erased_at from app_user where id = $1`,
        [userId],
      );
      expect(user).toMatchObject({ email: `erased-${userId}@invalid`, phone: null });
      expect(user.erased_at).toBeInstanceOf(Date);
    });

    it('tells search and matching through the outbox, and removes the caseload link', async () => {
      const events = await dataSourceOf(api).query(
        `select event_type from outbox_event where aggregate_type = 'person' and aggregate_id = $1`,
        [userId],
      );
      expect(events).toEqual([{ event_type: PERSON_ERASED_EVENT }]);
      expect(
        await dataSourceOf(api)
          .getRepository(CaseloadAssignmentEntity)
          .countBy({ jobSeekerId: userId }),
      ).toBe(0);
    });
  });
});
