import 'reflect-metadata';
import { loadConfigOrExit } from '@werkmatch/shared/config';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';

/** The one-shot migration step of a deployment (docker compose runs it before api and worker). */
async function main(): Promise<void> {
  const config = loadConfigOrExit();
  const dataSource = createPlatformDataSource({
    url: config.DATABASE_URL,
    poolSize: 2,
    applicationName: 'werkmatch-migrate',
  });
  await dataSource.initialize();
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  await dataSource.destroy();
  process.stdout.write(
    applied.length
      ? `applied: ${applied.map((m) => m.name).join(', ')}\n`
      : 'database is up to date\n',
  );
}

main().catch((error: unknown) => {
  process.stderr.write(
    `migration failed: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
