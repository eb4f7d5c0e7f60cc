export { GraphQLTestClient } from './graphql-client';
export type { GraphQLResponse, RequestOptions } from './graphql-client';
export { createTestDatabase, testRedisUrl, withDatabase } from './test-database';
export type { TestDatabase } from './test-database';
export { capturingLogger, eventually, testEnvironment } from './test-environment';
