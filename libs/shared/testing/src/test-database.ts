import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

function templateUrl(): string {
  const url = process.env['WERKMATCH_TEST_TEMPLATE_URL'];
  if (!url)
    throw new Error(
      'WERKMATCH_TEST_TEMPLATE_URL is not set: run tests through jest (its global setup starts the services)',
    );
  return url;
}

/** A private, migrated database for one test file, cloned from the template in a few milliseconds. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const template = templateUrl();
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: withDatabase(template, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${databaseName(template)}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(template, name),
    name,
    async drop() {
      const client = new Client({ connectionString: withDatabase(template, 'postgres') });
      await client.connect();
      try {
        await client.query(`drop database if exists "${name}" with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

export function testRedisUrl(): string {
  const url = process.env['WERKMATCH_TEST_REDIS_URL'];
  if (!url)
    throw new Error(
      'WERKMATCH_TEST_REDIS_URL is not set: run tests through jest (its global setup starts the services)',
    );
  return url;
}
