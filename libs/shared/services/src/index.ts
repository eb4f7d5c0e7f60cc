export { findFreePort, isPortFree } from './ports';
export { canConnect, ensureDatabase, findPostgresBinaries, startPostgres } from './postgres';
export type { PostgresOptions } from './postgres';
export { pingRedis, startRedis } from './redis';
export type { RedisOptions } from './redis';
export { startLocalServices } from './start-services';
export type { LocalServices, LocalServicesOptions } from './start-services';
export type { ServiceLog, StartedService } from './service';
export { isAlive } from './processes';
