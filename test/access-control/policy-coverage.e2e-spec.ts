import { isObjectType } from 'graphql';
import { SENSITIVE_EXTENSION } from '@werkmatch/platform/access-control';
import { operationPolicies, resolverMethods, schemaOf } from '../support/schema-policies';
import { startTestApp, TestApp } from '../support/test-app';

describe('Access policy coverage of the whole schema', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api?.close();
  });

  it('finds the operations it is meant to check', () => {
    const fields = operationPolicies(api.app).map((entry) => `${entry.type}.${entry.field}`);
    expect(fields).toEqual(
      expect.arrayContaining(['Mutation.startSystemCheck', 'Query.systemCheck']),
    );
  });

  it('declares a policy on every query and mutation', () => {
    const missing = operationPolicies(api.app)
      .filter((entry) => entry.operation && !entry.policy)
      .map((entry) => `${entry.type}.${entry.field}`);
    expect(missing).toEqual([]);
  });

  it('declares a policy on every field marked sensitive', () => {
    const schema = schemaOf(api.app);
    const sensitive = Object.values(schema.getTypeMap())
      .filter(isObjectType)
      .flatMap((type) =>
        Object.values(type.getFields())
          .filter((field) => field.extensions[SENSITIVE_EXTENSION] === true)
          .map((field) => `${type.name}.${field.name}`),
      );
    const covered = new Set(
      operationPolicies(api.app)
        .filter((entry) => entry.policy)
        .map((entry) => `${entry.type}.${entry.field}`),
    );
    expect(sensitive.filter((name) => !covered.has(name))).toEqual([]);
  });

  it('declares a policy on every resolver method the guard sees, field resolvers included', () => {
    const methods = resolverMethods(api.app);
    expect(methods.length).toBeGreaterThanOrEqual(2);
    expect(methods.filter((method) => !method.hasPolicy).map((method) => method.name)).toEqual([]);
  });
});
