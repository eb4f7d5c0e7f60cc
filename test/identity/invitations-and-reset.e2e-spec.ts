import { PasswordResetTokenEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import {
  EmailKind,
  OutgoingEmailEntity,
  OutgoingEmailStatus,
} from '@werkmatch/notifications/data-access';
import { SendEmailProcessor } from '@werkmatch/notifications/feature-worker';
import { eventually } from '@werkmatch/shared/testing';
import { startTestApp, TestApp } from '../support/test-app';
import { seedRegion, SeededRegion } from './geo-fixtures';
import {
  createUser,
  dataSourceOf,
  latestEmail,
  login,
  PASSWORD,
  tokenFromEmail,
  uniqueEmail,
} from './identity-fixtures';

const INVITE = `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id email role regionId } }`;
const ACCEPT = `mutation($i: AcceptInvitationInput!) { acceptInvitation(input: $i) { id role regionId } }`;
const REQUEST_RESET = `mutation($e: String!) { requestPasswordReset(email: $e) }`;
const RESET = `mutation($i: ResetPasswordInput!) { resetPassword(input: $i) }`;

describe('invitations, password reset and caseloads', () => {
  let api: TestApp;
  let region: SeededRegion;
  let adminToken: string;

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    region = await seedRegion(api, 'Amersfoort', '3811');
    const admin = await createUser(api, Role.ADMIN);
    adminToken = (await login(api, admin.email)).accessToken;
  });

  afterAll(async () => {
    await api?.close();
  });

  describe('invitations', () => {
    it('lets an administrator invite an account manager of a region, who joins with the emailed token', async () => {
      const email = uniqueEmail('am');
      const { inviteUser } = await api.gql.data<{ inviteUser: { role: string; regionId: string } }>(
        INVITE,
        { i: { email, role: 'ACCOUNT_MANAGER', regionId: region.regionId } },
        { token: adminToken },
      );
      expect(inviteUser).toMatchObject({ role: 'ACCOUNT_MANAGER', regionId: region.regionId });
      const mail = await latestEmail(api, email, EmailKind.Invitation);
      expect(mail.transport).toBe('dev-mailbox');
      const { acceptInvitation } = await api.gql.data<{
        acceptInvitation: { role: string; regionId: string };
      }>(ACCEPT, {
        i: { token: tokenFromEmail(mail), password: PASSWORD, fullName: 'Gert Manager' },
      });
      expect(acceptInvitation).toMatchObject({
        role: 'ACCOUNT_MANAGER',
        regionId: region.regionId,
      });
      const again = await api.gql.request(ACCEPT, {
        i: { token: tokenFromEmail(mail), password: PASSWORD, fullName: 'Gert Manager' },
      });
      expect(again.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.token',
      });
    });

    it('refuses an unknown invitation token, naming the field', async () => {
      const response = await api.gql.request(ACCEPT, {
        i: { token: 'no-such-token', password: PASSWORD, fullName: 'Nobody' },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.token',
      });
      expect(response.errors?.[0]?.message).toContain('is unknown');
    });

    it('requires a region for an account manager and refuses other roles', async () => {
      const noRegion = await api.gql.request(
        INVITE,
        { i: { email: uniqueEmail('am'), role: 'ACCOUNT_MANAGER' } },
        { token: adminToken },
      );
      expect(noRegion.errors?.[0]?.extensions).toMatchObject({ field: 'input.regionId' });
      const admin = await api.gql.request(
        INVITE,
        { i: { email: uniqueEmail('x'), role: 'ADMIN' } },
        { token: adminToken },
      );
      expect(admin.errors?.[0]?.extensions).toMatchObject({ field: 'input.role' });
    });

    it('refuses invitations from someone who is not an administrator', async () => {
      const coach = await createUser(api, Role.COACH);
      const { accessToken } = await login(api, coach.email);
      const response = await api.gql.request(
        INVITE,
        { i: { email: uniqueEmail('c'), role: 'COACH' } },
        { token: accessToken },
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('password reset', () => {
    it('answers the same for an unknown email and sends no mail', async () => {
      const unknown = uniqueEmail('ghost');
      const user = await createUser(api, Role.JOB_SEEKER);
      const a = await api.gql.request(REQUEST_RESET, { e: unknown });
      const b = await api.gql.request(REQUEST_RESET, { e: user.email });
      expect(a).toMatchObject({ data: { requestPasswordReset: true } });
      expect(b.data).toEqual(a.data);
      await latestEmail(api, user.email, EmailKind.PasswordReset);
      expect(
        await dataSourceOf(api).getRepository(OutgoingEmailEntity).countBy({ recipient: unknown }),
      ).toBe(0);
    });

    it('resets the password with the emailed token, ends old sessions and refuses the token a second time', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      const before = await login(api, user.email, PASSWORD, '10.20.0.1');
      await api.gql.data(REQUEST_RESET, { e: user.email });
      const token = tokenFromEmail(await latestEmail(api, user.email, EmailKind.PasswordReset));
      const newPassword = 'nieuwe-fiets-naar-amersfoort';
      await api.gql.data(RESET, { i: { token, newPassword } });
      expect(
        (await api.gql.request('{ me { id } }', {}, { token: before.accessToken })).errors?.[0]
          ?.extensions?.['code'],
      ).toBe('UNAUTHENTICATED');
      const refreshed = await api.gql.request(
        'mutation($t: String!) { refreshToken(refreshToken: $t) { accessToken } }',
        {
          t: before.refreshToken,
        },
      );
      expect(refreshed.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
      await expect(login(api, user.email, newPassword, '10.20.0.2')).resolves.toHaveProperty(
        'accessToken',
      );
      const reuse = await api.gql.request(RESET, {
        i: { token, newPassword: 'nog-een-ander-wachtwoordje' },
      });
      expect(reuse.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.token',
      });
      // The token never reached the logs.
      expect(JSON.stringify(api.logLines)).not.toContain(token);
    });

    it('refuses an expired reset token, naming the field', async () => {
      const user = await createUser(api, Role.JOB_SEEKER);
      await api.gql.data(REQUEST_RESET, { e: user.email });
      const token = tokenFromEmail(await latestEmail(api, user.email, EmailKind.PasswordReset));
      await dataSourceOf(api)
        .getRepository(PasswordResetTokenEntity)
        .update({ userId: user.id }, { expiresAt: new Date(Date.now() - 1000) });
      const response = await api.gql.request(RESET, {
        i: { token, newPassword: 'nieuwe-fiets-naar-amersfoort' },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.token',
      });
      expect(response.errors?.[0]?.message).toContain('has expired');
    });

    it('refuses a weak new password, naming the field', async () => {
      const response = await api.gql.request(RESET, {
        i: { token: 'whatever', newPassword: 'password1234' },
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.newPassword',
      });
    });
  });

  describe('email relay', () => {
    it('sends an email whose job was lost after commit once the relay runs', async () => {
      const emails = dataSourceOf(api).getRepository(OutgoingEmailEntity);
      // As if enqueueing failed after the commit: a QUEUED row without a job, written a while ago.
      const row = await emails.save({
        recipient: uniqueEmail('lost'),
        subject: 'Reset your Werkmatch password',
        textBody: 'body',
        kind: EmailKind.PasswordReset,
        status: OutgoingEmailStatus.Queued,
        transport: null,
        sentAt: null,
      });
      await emails.update(row.id, { createdAt: new Date(Date.now() - 10 * 60_000) });
      const relayed = await api.app.get(SendEmailProcessor, { strict: false }).relay();
      expect(relayed).toBeGreaterThanOrEqual(1);
      const sent = await eventually(
        async () => {
          const current = await emails.findOneByOrFail({ id: row.id });
          return current.status === OutgoingEmailStatus.Sent ? current : null;
        },
        10_000,
        'the relayed email to be sent',
      );
      expect(sent.transport).toBe('dev-mailbox');
    });
  });

  describe('caseloads', () => {
    it('lets an administrator assign a job seeker to a coach, whose caseload then shows them', async () => {
      const coach = await createUser(api, Role.COACH);
      const otherCoach = await createUser(api, Role.COACH);
      const seeker = await createUser(api, Role.JOB_SEEKER);
      const assign = `mutation($j: ID!, $c: ID!) { assignToCaseload(jobSeekerId: $j, coachId: $c) { coachId jobSeekerId } }`;
      await api.gql.data(assign, { j: seeker.id, c: coach.id }, { token: adminToken });
      const coachToken = (await login(api, coach.email)).accessToken;
      const caseload = await api.gql.data<{ myCaseload: { id: string }[] }>(
        '{ myCaseload { id } }',
        {},
        { token: coachToken },
      );
      expect(caseload.myCaseload.map((u) => u.id)).toEqual([seeker.id]);

      // One coach per job seeker: assigning elsewhere moves them.
      await api.gql.data(assign, { j: seeker.id, c: otherCoach.id }, { token: adminToken });
      const after = await api.gql.data<{ myCaseload: { id: string }[] }>(
        '{ myCaseload { id } }',
        {},
        { token: coachToken },
      );
      expect(after.myCaseload).toEqual([]);

      const wrongRole = await api.gql.request(
        assign,
        { j: coach.id, c: otherCoach.id },
        { token: adminToken },
      );
      expect(wrongRole.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'jobSeekerId',
      });

      const removed = await api.gql.data<{ removeFromCaseload: boolean }>(
        'mutation($j: ID!) { removeFromCaseload(jobSeekerId: $j) }',
        { j: seeker.id },
        { token: adminToken },
      );
      expect(removed.removeFromCaseload).toBe(true);
    });

    it('refuses caseload assignment by a coach', async () => {
      const coach = await createUser(api, Role.COACH);
      const seeker = await createUser(api, Role.JOB_SEEKER);
      const { accessToken } = await login(api, coach.email);
      const response = await api.gql.request(
        'mutation($j: ID!, $c: ID!) { assignToCaseload(jobSeekerId: $j, coachId: $c) { coachId } }',
        { j: seeker.id, c: coach.id },
        { token: accessToken },
      );
      expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });
});
