import { SignJWT } from 'jose';
import type { Job } from 'bullmq';
import { Role } from '@werkmatch/identity/domain';
import { ProposeForVacancyJob } from '@werkmatch/matching/data-access';
import {
  QUEUE_DASHBOARD_COOKIE,
  QUEUE_DASHBOARD_LINK_AUDIENCE,
  QUEUE_DASHBOARD_LOGIN_PATH,
  QUEUE_DASHBOARD_PATH,
} from '@werkmatch/matching/feature-api';
import { QUEUE_REGISTRY, QueueName, QueueRegistry } from '@werkmatch/queue';
import { eventually } from '@werkmatch/shared/testing';
import { createUser, login, PASSWORD } from '../identity/identity-fixtures';
import { startTestApp, TestApp } from '../support/test-app';

interface DashboardQueue {
  name: string;
  counts: Record<string, number>;
  jobs: { id: string; failedReason?: string; progress: unknown; isFailed: boolean }[];
}

const LINK = 'mutation { queueDashboardLink { url path expiresAt } }';

/*
 * bull-board for administrators (issue 6): mounted on the API under /admin/queues, opened in a browser through
 * a one-time link from the queueDashboardLink mutation, or with a bearer access token. Real PostgreSQL and
 * Redis, the worker role in the process so that a poison job really fails.
 */
describe('Queue dashboard', () => {
  let api: TestApp;
  let adminToken: string;
  let poison: Job;

  beforeAll(async () => {
    api = await startTestApp({ withWorker: true });
    const admin = await createUser(api, Role.ADMIN);
    adminToken = (await login(api, admin.email, PASSWORD, '10.7.0.1')).accessToken;
    const queue = api.app.get<QueueRegistry>(QUEUE_REGISTRY).queue(QueueName.Matching);
    poison = await queue.add(ProposeForVacancyJob.name, { vacancyId: 'not-a-uuid' });
    await eventually(
      async () => (await queue.getJobState(poison.id as string)) === 'failed',
      20_000,
      'the poison job to fail',
    );
    await poison.updateProgress({ vacanciesDone: 3, vacanciesTotal: 7 });
  }, 60_000);

  afterAll(async () => {
    await api?.close();
  });

  const get = (path: string, init: { token?: string; cookie?: string } = {}) =>
    fetch(`${api.url}${path}`, {
      redirect: 'manual',
      headers: {
        ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
        ...(init.cookie ? { cookie: init.cookie } : {}),
      },
    });

  const newLink = async (token = adminToken) =>
    (
      await api.gql.data<{ queueDashboardLink: { url: string; path: string; expiresAt: string } }>(
        LINK,
        {},
        { token },
      )
    ).queueDashboardLink;

  /** Opens a link as a browser would and returns the cookie it set, or the refusal. */
  const open = async (path: string) => {
    const response = await get(path);
    const cookie = /^([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
    return { response, cookie };
  };

  const failedMatchingJobs = async (auth: { token?: string; cookie?: string }) => {
    const response = await get(
      `${QUEUE_DASHBOARD_PATH}/api/queues?activeQueue=${QueueName.Matching}&status=failed`,
      auth,
    );
    expect(response.status).toBe(200);
    return ((await response.json()) as { queues: DashboardQueue[] }).queues;
  };

  it('opens for an administrator through a one-time link and shows every queue with failed jobs, reasons and progress', async () => {
    const link = await newLink();
    expect(link.path.startsWith(`${QUEUE_DASHBOARD_LOGIN_PATH}?token=`)).toBe(true);
    expect(link.url).toBe(`${api.url}${link.path}`);
    const { response, cookie } = await open(link.path);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`${QUEUE_DASHBOARD_PATH}/`);
    const setCookie = response.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(new RegExp(`Path=${QUEUE_DASHBOARD_PATH}(;|$)`));
    expect(cookie?.startsWith(`${QUEUE_DASHBOARD_COOKIE}=`)).toBe(true);

    const page = await get(`${QUEUE_DASHBOARD_PATH}/`, { cookie });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Werkmatch queues');

    const queues = await failedMatchingJobs({ cookie });
    expect(queues.map((queue) => queue.name).sort()).toEqual(Object.values(QueueName).sort());
    const matching = queues.find((queue) => queue.name === QueueName.Matching) as DashboardQueue;
    expect(matching.counts['failed']).toBeGreaterThanOrEqual(1);
    const shown = matching.jobs.find((job) => job.id === poison.id);
    expect(shown?.isFailed).toBe(true);
    expect(shown?.failedReason).toMatch(/invalid payload .*vacancyId/);
    expect(shown?.progress).toEqual({ vacanciesDone: 3, vacanciesTotal: 7 });
  });

  it('opens for an administrator with a bearer access token', async () => {
    const queues = await failedMatchingJobs({ token: adminToken });
    expect(queues.length).toBe(Object.values(QueueName).length);
  });

  it('refuses anonymous requests to the page and its API', async () => {
    for (const path of [`${QUEUE_DASHBOARD_PATH}/`, `${QUEUE_DASHBOARD_PATH}/api/queues`]) {
      const response = await get(path);
      expect(response.status).toBe(401);
      expect(await response.text()).not.toContain(QueueName.Matching);
    }
  });

  it('refuses every other role, with a token or a link', async () => {
    for (const role of [Role.JOB_SEEKER, Role.EMPLOYER, Role.COACH, Role.ACCOUNT_MANAGER]) {
      const user = await createUser(api, role);
      const token = (await login(api, user.email, PASSWORD, '10.7.0.2')).accessToken;
      expect((await get(`${QUEUE_DASHBOARD_PATH}/api/queues`, { token })).status).toBe(403);
      // An access token of another role in the cookie is refused the same way.
      const cookie = `${QUEUE_DASHBOARD_COOKIE}=${token}`;
      expect((await get(`${QUEUE_DASHBOARD_PATH}/`, { cookie })).status).toBe(403);
      const { errors } = await api.gql.request(LINK, {}, { token });
      expect(errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it('refuses a link that is forged, expired, used before, or not a link at all', async () => {
    const secret = new TextEncoder().encode(api.config.AUTH_TOKEN_SECRET);
    const claims = (exp: number) =>
      new SignJWT({ sid: 'not-checked-before-the-signature' })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject('00000000-0000-4000-8000-000000000000')
        .setIssuer('werkmatch')
        .setAudience(QUEUE_DASHBOARD_LINK_AUDIENCE)
        .setJti(`jti-${exp}`)
        .setIssuedAt(exp - 60)
        .setExpirationTime(exp);
    const now = Math.floor(Date.now() / 1000);
    const forged = await claims(now + 60).sign(new TextEncoder().encode('x'.repeat(40)));
    const expired = await claims(now - 60).sign(secret);
    const link = await newLink();
    const tampered = link.path.replace(/.$/, (last) => (last === 'A' ? 'B' : 'A'));
    expect((await open(link.path)).cookie).toBeDefined();
    for (const path of [
      `${QUEUE_DASHBOARD_LOGIN_PATH}?token=${forged}`,
      `${QUEUE_DASHBOARD_LOGIN_PATH}?token=${expired}`,
      tampered,
      // Used once already.
      link.path,
      // An access token is not a link.
      `${QUEUE_DASHBOARD_LOGIN_PATH}?token=${adminToken}`,
      QUEUE_DASHBOARD_LOGIN_PATH,
    ]) {
      const { response, cookie } = await open(path);
      expect({ path, status: response.status, cookie }).toEqual({
        path,
        status: 401,
        cookie: undefined,
      });
    }
    // Nor is a link a dashboard session.
    const unused = await newLink();
    const linkToken = decodeURIComponent(unused.path.split('token=')[1] as string);
    const asCookie = await get(`${QUEUE_DASHBOARD_PATH}/api/queues`, {
      cookie: `${QUEUE_DASHBOARD_COOKIE}=${linkToken}`,
    });
    expect(asCookie.status).toBe(401);
  });

  it('closes the dashboard when the administrator logs out', async () => {
    const admin = await createUser(api, Role.ADMIN);
    const token = (await login(api, admin.email, PASSWORD, '10.7.0.3')).accessToken;
    const { cookie } = await open((await newLink(token)).path);
    expect((await get(`${QUEUE_DASHBOARD_PATH}/api/queues`, { cookie })).status).toBe(200);
    await api.gql.data('mutation { logout }', {}, { token });
    expect((await get(`${QUEUE_DASHBOARD_PATH}/api/queues`, { cookie })).status).toBe(401);
  });
});
