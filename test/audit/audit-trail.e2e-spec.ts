import { randomUUID } from 'node:crypto';
import { AuditAction, AuditService } from '@werkmatch/audit/feature-api';
import { Role } from '@werkmatch/identity/domain';
import { createUser, dataSourceOf, login } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

const TRAIL = `query($filter: AuditTrailFilterInput, $first: Int, $after: String) {
  auditTrail(filter: $filter, first: $first, after: $after) {
    items { id actorUserId actorRole subjectUserId action resourceType purpose requestId }
    nextCursor
  }
}`;

interface TrailPage {
  auditTrail: { items: Record<string, unknown>[]; nextCursor: string | null };
}

describe('Audit trail', () => {
  let api: TestApp;
  let adminToken: string;
  const subject = randomUUID();
  const coach = { userId: randomUUID(), role: Role.COACH, sessionId: randomUUID() };

  beforeAll(async () => {
    api = await startTestApp();
    const admin = await createUser(api, Role.ADMIN);
    adminToken = (await login(api, admin.email)).accessToken;
    const audit = api.app.get(AuditService);
    await audit.auditRead(
      coach,
      subject,
      { type: 'talent-profile', id: subject },
      'prepare a match',
    );
    await audit.auditChange(coach, AuditAction.UPDATE, subject, {
      type: 'talent-profile',
      id: subject,
    });
    await audit.auditChange(null, AuditAction.DELETE, subject, {
      type: 'talent-profile',
      id: subject,
    });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses to change or delete a recorded event, even for the application’s own connection', async () => {
    const db = dataSourceOf(api);
    await expect(
      db.query(`update audit_event set purpose = 'nothing to see' where subject_user_id = $1`, [
        subject,
      ]),
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(
      db.query(`delete from audit_event where subject_user_id = $1`, [subject]),
    ).rejects.toThrow(/append-only: DELETE/);
    await expect(db.query(`truncate audit_event`)).rejects.toThrow(/append-only: TRUNCATE/);
    const [row] = await db.query(
      `select count(*)::int as n from audit_event where subject_user_id = $1`,
      [subject],
    );
    expect(row.n).toBe(3);
  });

  it('records nothing when a person reads their own data', async () => {
    const self = { userId: subject, role: Role.JOB_SEEKER, sessionId: randomUUID() };
    await api.app
      .get(AuditService)
      .auditRead(self, subject, { type: 'talent-profile' }, 'own profile');
    const [row] = await dataSourceOf(api).query(
      `select count(*)::int as n from audit_event where subject_user_id = $1`,
      [subject],
    );
    expect(row.n).toBe(3);
  });

  it('insists on a purpose when someone else reads personal data', async () => {
    await expect(
      api.app.get(AuditService).auditRead(coach, subject, { type: 'talent-profile' }, '  '),
    ).rejects.toThrow(/purpose/);
  });

  it('lets an administrator filter the trail by subject and action', async () => {
    const { auditTrail } = await api.gql.data<TrailPage>(
      TRAIL,
      { filter: { subjectUserId: subject, action: 'READ' } },
      { token: adminToken },
    );
    expect(auditTrail.items).toEqual([
      expect.objectContaining({
        actorUserId: coach.userId,
        actorRole: 'COACH',
        action: 'READ',
        purpose: 'prepare a match',
      }),
    ]);
  });

  it('pages through the trail newest first with a cursor', async () => {
    const first = await api.gql.data<TrailPage>(
      TRAIL,
      { filter: { subjectUserId: subject }, first: 2 },
      { token: adminToken },
    );
    expect(first.auditTrail.items.map((item) => item['action'])).toEqual(['DELETE', 'UPDATE']);
    expect(first.auditTrail.nextCursor).not.toBeNull();
    const second = await api.gql.data<TrailPage>(
      TRAIL,
      { filter: { subjectUserId: subject }, first: 2, after: first.auditTrail.nextCursor },
      { token: adminToken },
    );
    expect(second.auditTrail.items.map((item) => item['action'])).toEqual(['READ']);
    expect(second.auditTrail.nextCursor).toBeNull();
  });

  it('filters by time window and actor', async () => {
    const future = new Date(Date.now() + 60_000).toISOString();
    const none = await api.gql.data<TrailPage>(
      TRAIL,
      { filter: { subjectUserId: subject, from: future } },
      { token: adminToken },
    );
    expect(none.auditTrail.items).toEqual([]);
    const byCoach = await api.gql.data<TrailPage>(
      TRAIL,
      { filter: { actorUserId: coach.userId } },
      { token: adminToken },
    );
    expect(byCoach.auditTrail.items).toHaveLength(2);
  });

  it('rejects an empty page size, naming the argument', async () => {
    const response = await api.gql.request(TRAIL, { first: 0 }, { token: adminToken });
    expect(response.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'first',
    });
  });

  it('stores the request id of the HTTP request that caused an event', async () => {
    const seeker = await createUser(api, Role.JOB_SEEKER);
    const token = (await login(api, seeker.email)).accessToken;
    await api.gql.data(
      `{ exportMyData }`,
      {},
      { token, headers: { 'x-request-id': 'audit-trace-42' } },
    );
    const { auditTrail } = await api.gql.data<TrailPage>(
      TRAIL,
      { filter: { subjectUserId: seeker.id, action: 'EXPORT' } },
      { token: adminToken },
    );
    expect(auditTrail.items[0]).toMatchObject({
      requestId: 'audit-trace-42',
      actorRole: 'JOB_SEEKER',
    });
  });
});
