import { createServer, Server } from 'node:net';
import { randomBytes } from 'node:crypto';
import { createAdministrator } from '@werkmatch/identity/data-access';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { findFreePort } from '@werkmatch/shared/services';
import {
  createTestDatabase,
  GraphQLTestClient,
  TestDatabase,
  testEnvironment,
} from '@werkmatch/shared/testing';
import { AppProcess, ensureBuilt, startAppProcess, waitForHttp } from '../support/processes';

interface SystemCheckResult {
  id: string;
  status: string;
  processedBy: string | null;
}

describe('API and worker as separate processes', () => {
  let database: TestDatabase;
  let env: Record<string, string>;
  let api: AppProcess;
  let worker: AppProcess;
  let apiUrl: string;
  let adminToken: string;

  beforeAll(async () => {
    ensureBuilt();
    database = await createTestDatabase();
    const [apiPort, workerPort] = [await findFreePort(), await findFreePort()];
    env = testEnvironment(database.url, {
      PORT: String(apiPort),
      WORKER_HEALTH_PORT: String(workerPort),
    });
    apiUrl = `http://127.0.0.1:${apiPort}`;
    api = startAppProcess('api', { ...env, ROLES: 'api' });
    worker = startAppProcess('worker', env);
    await Promise.all([
      waitForHttp(`${apiUrl}/readyz`, 30_000, api),
      waitForHttp(`http://127.0.0.1:${workerPort}/readyz`, 30_000, worker),
    ]);
    // A system check is for administrators: make one the way an operator does (the create-admin command), then log in.
    const password = `e2e-${randomBytes(12).toString('hex')}`;
    const dataSource = createPlatformDataSource({ url: database.url, poolSize: 1 });
    await dataSource.initialize();
    await createAdministrator(dataSource, {
      email: 'ops@e2e.werkmatch.localhost',
      fullName: 'Ops',
      password,
    });
    await dataSource.destroy();
    const login = await new GraphQLTestClient(apiUrl).data<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'ops@e2e.werkmatch.localhost', password } },
    );
    adminToken = login.login.accessToken;
  });

  afterAll(async () => {
    await Promise.all([api?.stop(), worker?.stop()]);
    await database?.drop();
  });

  it('answers a GraphQL query over HTTP', async () => {
    const response = await new GraphQLTestClient(apiUrl).request('{ __typename }');
    expect(response.data).toEqual({ __typename: 'Query' });
  });

  it('hands a job enqueued through the API to the worker process, which stores its result', async () => {
    const gql = new GraphQLTestClient(apiUrl);
    const started = await gql.data<{ startSystemCheck: SystemCheckResult }>(
      'mutation { startSystemCheck { id status } }',
      {},
      { token: adminToken },
    );
    expect(started.startSystemCheck.status).toBe('QUEUED');
    const deadline = Date.now() + 10_000;
    let check: SystemCheckResult | undefined;
    while (Date.now() < deadline) {
      check = (
        await gql.data<{ systemCheck: SystemCheckResult }>(
          'query($id: ID!) { systemCheck(id: $id) { id status processedBy } }',
          { id: started.startSystemCheck.id },
          { token: adminToken },
        )
      ).systemCheck;
      if (check.status === 'DONE') break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(check?.status).toBe('DONE');
    // The worker process, not the API, did the work.
    expect(check?.processedBy).toMatch(new RegExp(`:${worker.child.pid}$`));
  });

  it('refuses the system check to a caller without a login', async () => {
    const response = await new GraphQLTestClient(apiUrl).request(
      'mutation { startSystemCheck { id } }',
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('logs JSON lines that carry the request id', async () => {
    await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'e2e-trace-1' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    const line = api
      .output()
      .split('\n')
      .find((l) => l.includes('e2e-trace-1'));
    expect(line).toBeDefined();
    expect(JSON.parse(line as string)).toMatchObject({ requestId: 'e2e-trace-1', role: 'api' });
  });

  it('stops both processes cleanly on SIGTERM', async () => {
    const [apiExit, workerExit] = await Promise.all([api.stop('SIGTERM'), worker.stop('SIGTERM')]);
    expect(apiExit.code).toBe(0);
    expect(workerExit.code).toBe(0);
    expect(worker.output()).toContain('worker stopped');
  });
});

describe('API process start-up errors', () => {
  beforeAll(() => ensureBuilt());

  it('exits with a message naming each invalid variable and its rule', async () => {
    const api = startAppProcess('api', {
      PORT: 'abc',
      DATABASE_URL: 'mysql://nope',
      NODE_ENV: 'test',
    });
    const { code } = await api.exited;
    expect(code).toBe(78);
    expect(api.output()).toContain('PORT: must be a port number');
    expect(api.output()).toContain('DATABASE_URL: must be a postgres:// URL');
    expect(api.output()).toContain('REDIS_URL: is required');
    expect(api.output()).not.toMatch(/\n\s+at /);
  });

  it('reports a port that is already taken by its name and number', async () => {
    const database = await createTestDatabase();
    const port = await findFreePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const api = startAppProcess('api', testEnvironment(database.url, { PORT: String(port) }));
      const { code } = await api.exited;
      expect(code).toBe(1);
      expect(api.output()).toContain(`PORT ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
      await database.drop();
    }
  });
});
