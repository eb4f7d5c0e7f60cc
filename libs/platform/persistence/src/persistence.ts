import { DataSource } from 'typeorm';
import { createDataSource, DatabaseOptions, MIGRATIONS } from '@werkmatch/database';
import { ENTITIES } from './entities';

export interface PersistenceSettings {
  url: string;
  poolSize?: number;
  applicationName?: string;
}

export function platformDatabaseOptions(settings: PersistenceSettings): DatabaseOptions {
  return { ...settings, entities: ENTITIES, migrations: MIGRATIONS };
}

export function createPlatformDataSource(settings: PersistenceSettings): DataSource {
  return createDataSource(platformDatabaseOptions(settings));
}
