import { randomBytes } from 'node:crypto';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createAdministrator } from '@werkmatch/identity/data-access';
import { startTestApp, TestApp } from '../support/test-app';

describe('API process', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers liveness without touching its dependencies', async () => {
    const response = await fetch(`${api.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('reports PostgreSQL, Redis and the built-in search engine as ready', async () => {
    const response = await fetch(`${api.url}/readyz`);
    const body = (await response.json()) as { info: Record<string, unknown> };
    expect(response.status).toBe(200);
    expect(body.info).toMatchObject({
      postgres: { status: 'up' },
      redis: { status: 'up' },
      search: { status: 'up', engine: 'postgres' },
    });
  });

  it('answers a malformed query with a GraphQL error instead of a stack trace', async () => {
    const response = await api.gql.request('{ systemCheck(id: ');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(response)).not.toMatch(/at .*\.js:\d+/);
  });

  it('names the missing argument of an invalid query', async () => {
    const response = await api.gql.request('{ systemCheck { id } }');
    expect(response.errors?.[0]?.message).toContain('"id"');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an operation that needs a login to an anonymous caller, before looking anything up', async () => {
    const response = await api.gql.request('query($id: ID!) { systemCheck(id: $id) { id } }', {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(response.data).toBeNull();
  });

  it('answers an unknown id with NOT_FOUND to a caller who may look', async () => {
    const password = `it-${randomBytes(12).toString('hex')}`;
    await createAdministrator(api.app.get<DataSource>(getDataSourceToken()), {
      email: 'ops@it.werkmatch.localhost',
      fullName: 'Ops',
      password,
    });
    const login = await api.gql.data<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email: 'ops@it.werkmatch.localhost', password } },
    );
    const response = await api.gql.request(
      'query($id: ID!) { systemCheck(id: $id) { id } }',
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: login.login.accessToken },
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
  });

  it('echoes a request id on every response', async () => {
    const response = await fetch(`${api.url}/healthz`, {
      headers: { 'x-request-id': 'trace-123' },
    });
    expect(response.headers.get('x-request-id')).toBe('trace-123');
  });
});
