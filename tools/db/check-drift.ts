import 'reflect-metadata';
import { pendingSchemaChanges } from '@werkmatch/database';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { startScratchServices } from '../support/services';

/** Fails when the entities describe a schema the migrations do not produce. */
async function main(): Promise<void> {
  const services = await startScratchServices('drift');
  let changes: string[] = [];
  try {
    const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 2 });
    await dataSource.initialize();
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    changes = await pendingSchemaChanges(dataSource);
    await dataSource.destroy();
    process.stdout.write(`applied ${applied.length} migrations to an empty database\n`);
  } finally {
    await services.stop();
  }
  if (changes.length > 0) {
    process.stderr.write(
      `Entities and migrations differ. Generate a migration (npm run db:migration:generate -- <Name>) for:\n${changes.map((sql) => `  ${sql};`).join('\n')}\n`,
    );
    process.exit(1);
  }
  process.stdout.write('entities and migrations agree\n');
}

void main();
