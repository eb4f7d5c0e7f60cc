import { join } from 'node:path';
import { startLocalServices, LocalServices } from '@werkmatch/shared/services';
import { Client } from 'pg';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { withDatabase } from '@werkmatch/shared/testing';

declare global {
  var __WERKMATCH_TEST_SERVICES__: LocalServices | undefined;
}

/**
 * Once per test run: a throw-away PostgreSQL and Redis (unless DATABASE_URL / REDIS_URL point at servers),
 * and a migrated template database that each test file clones into a database of its own.
 */
export default async function globalSetup(): Promise<void> {
  const root = join(__dirname, '..', '..');
  const started = Date.now();
  const services = await startLocalServices({
    stateDir: join(root, '.var', `test-${process.pid}`),
    ephemeral: true,
    database: 'werkmatch_test_template',
    log: () => undefined,
  });
  globalThis.__WERKMATCH_TEST_SERVICES__ = services;
  const templateUrl = await prepareTemplateDatabase(services.databaseUrl);
  process.env['WERKMATCH_TEST_TEMPLATE_URL'] = templateUrl;
  process.env['WERKMATCH_TEST_REDIS_URL'] = services.redisUrl;
  process.stderr.write(
    `\n[test services] PostgreSQL and Redis ready in ${Date.now() - started} ms\n`,
  );
}

/** Migrates the template once; returns its URL. When DATABASE_URL names a server, the template is made there. */
async function prepareTemplateDatabase(serverDatabaseUrl: string): Promise<string> {
  const templateUrl = process.env['DATABASE_URL']
    ? withDatabase(serverDatabaseUrl, 'werkmatch_test_template')
    : serverDatabaseUrl;
  if (process.env['DATABASE_URL']) {
    const admin = new Client({ connectionString: withDatabase(serverDatabaseUrl, 'postgres') });
    await admin.connect();
    try {
      await admin.query('drop database if exists werkmatch_test_template with (force)');
      await admin.query('create database werkmatch_test_template');
    } finally {
      await admin.end();
    }
  }
  const dataSource = createPlatformDataSource({ url: templateUrl, poolSize: 2 });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }
  return templateUrl;
}
