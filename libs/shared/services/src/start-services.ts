import { join } from 'node:path';
import { startPostgres } from './postgres';
import { startRedis } from './redis';
import { watchOwner } from './reaper';
import { externalService, ServiceLog, StartedService } from './service';

export interface LocalServicesOptions {
  /** Folder for the clusters' data, e.g. `<repo>/.var/dev`. */
  stateDir: string;
  database?: string;
  ephemeral?: boolean;
  log?: ServiceLog;
  env?: NodeJS.ProcessEnv;
}

export interface LocalServices {
  databaseUrl: string;
  redisUrl: string;
  services: StartedService[];
  stop(): Promise<void>;
}

/**
 * Uses DATABASE_URL and REDIS_URL when they are set, otherwise starts private servers on free ports.
 * Servers started here are stopped by `stop()`, and by a watchdog if this process dies first.
 */
export async function startLocalServices(options: LocalServicesOptions): Promise<LocalServices> {
  const env = options.env ?? process.env;
  const log = options.log ?? ((message: string) => process.stderr.write(`[services] ${message}\n`));
  const database = options.database ?? 'werkmatch';
  const started: StartedService[] = [];
  const stop = async () => {
    await Promise.allSettled(started.reverse().map((service) => service.stop()));
  };
  try {
    const [postgres, redis] = await Promise.all([
      env['DATABASE_URL']
        ? externalService('postgres', env['DATABASE_URL'])
        : startPostgres({
            dataDir: join(options.stateDir, 'postgres'),
            database,
            ephemeral: options.ephemeral,
            log,
          }),
      env['REDIS_URL']
        ? externalService('redis', env['REDIS_URL'])
        : startRedis({
            dataDir: join(options.stateDir, 'redis'),
            ephemeral: options.ephemeral,
            allowInstall: env['WERKMATCH_INSTALL_SERVICES'] !== 'no',
            log,
          }),
    ]);
    started.push(postgres, redis);
    watchOwner(
      process.pid,
      started.map((service) => service.pid),
    );
    return { databaseUrl: postgres.url, redisUrl: redis.url, services: started, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
