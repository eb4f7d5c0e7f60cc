import { startTestApp, TestApp } from '../support/test-app';

const PRODUCTION = {
  NODE_ENV: 'production',
  AUTH_TOKEN_SECRET: 'a-production-like-secret-of-at-least-32-characters',
};

function codeOf(response: { errors?: { extensions?: Record<string, unknown> }[] }): unknown {
  return response.errors?.[0]?.extensions?.['code'];
}

describe('GraphQL limits against abusive queries (OWASP)', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ env: PRODUCTION });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses more aliases than the cap, before running anything', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: exportMyData`).join(' ');
    const response = await api.gql.request(`{ ${aliases} }`);
    expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toContain('16 aliases exceed the maximum of 15');
    expect(response.status).toBe(400);
  });

  it('lets the alias count up to the cap through to the normal checks', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: exportMyData`).join(' ');
    expect(codeOf(await api.gql.request(`{ ${aliases} }`))).toBe('UNAUTHENTICATED');
  });

  it('refuses a query over the cost budget, pricing lists by their page size', async () => {
    const response = await api.gql.request(
      `{ auditTrail(first: 200) { items { id actorUserId subjectUserId action purpose } } }`,
    );
    expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toMatch(/query cost \d+ exceeds the budget of 1000/);
  });

  it('prices a page size given as a variable with its value', async () => {
    const query = `query($n: Int) { auditTrail(first: $n) { items { id actorUserId subjectUserId action purpose } } }`;
    expect(codeOf(await api.gql.request(query, { n: 200 }))).toBe('QUERY_TOO_COMPLEX');
    expect(codeOf(await api.gql.request(query, { n: 5 }))).toBe('UNAUTHENTICATED');
  });

  it('refuses a batched array of operations (e.g. many login attempts in one request)', async () => {
    const login = {
      query: 'mutation { login(input: {email: "a@b.nl", password: "x"}) { accessToken } }',
    };
    const response = await api.gql.post(JSON.stringify([login, login, login]));
    expect(response.status).toBe(400);
    expect(response.errors?.[0]?.message).toMatch(/batching/i);
  });

  it('refuses introspection in production', async () => {
    const response = await api.gql.request('{ __schema { queryType { name } } }');
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.errors?.[0]?.message).toMatch(/introspection/i);
    expect(response.data ?? null).toBeNull();
  });

  it('answers a misspelled field in production without suggesting the real one', async () => {
    const response = await api.gql.request('{ exportMyDat }');
    expect(codeOf(response)).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(JSON.stringify(response.errors)).not.toMatch(/did you mean|exportMyData/i);
  });

  it('serves no sandbox or landing page in production', async () => {
    const response = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    const body = await response.text();
    expect(body).not.toMatch(/sandbox|apollo-server-landing-page|<html/i);
  });
});

describe('GraphQL depth limit', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ env: { GRAPHQL_MAX_DEPTH: '2' } });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('refuses a query nested deeper than the maximum, whatever the caller may see', async () => {
    const response = await api.gql.request(`{ auditTrail { items { id } } }`);
    expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX');
    expect(response.errors?.[0]?.message).toContain('query depth 3 exceeds the maximum of 2');
  });

  it('counts depth through fragments too', async () => {
    const response = await api.gql.request(
      `query { ...Q } fragment Q on Query { auditTrail { ...Page } } fragment Page on AuditEventPage { items { id } }`,
    );
    expect(codeOf(response)).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets a query at the maximum depth through to authorization', async () => {
    expect(codeOf(await api.gql.request(`{ auditTrail { nextCursor } }`))).toBe('UNAUTHENTICATED');
  });

  it('still offers field suggestions outside production, where they help developers', async () => {
    const response = await api.gql.request('{ exportMyDat }');
    expect(response.errors?.[0]?.message).toMatch(/did you mean/i);
  });
});
