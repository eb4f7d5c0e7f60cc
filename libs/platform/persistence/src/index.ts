export { ENTITIES } from './entities';
export { createPlatformDataSource, platformDatabaseOptions } from './persistence';
export type { PersistenceSettings } from './persistence';
