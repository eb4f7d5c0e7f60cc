import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { printApiSchema } from '@werkmatch/platform/api';
import { startTestApp, TestApp } from '../support/test-app';

describe('apps/api/schema.graphql', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('matches the schema the API serves (run `npm run schema:write` after changing resolvers)', () => {
    const committed = readFileSync(
      join(__dirname, '..', '..', 'apps', 'api', 'schema.graphql'),
      'utf8',
    );
    expect(committed).toBe(printApiSchema(api.app));
  });
});
