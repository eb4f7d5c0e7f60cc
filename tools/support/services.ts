import { join } from 'node:path';
import { LocalServices, startLocalServices } from '@werkmatch/shared/services';
import { findRepoRoot } from '../reference-data/paths';

export const repoRoot = findRepoRoot();

/** A throw-away PostgreSQL and Redis for one command (unless DATABASE_URL / REDIS_URL are set). */
export function startScratchServices(name: string): Promise<LocalServices> {
  return startLocalServices({
    stateDir: join(repoRoot, '.var', `${name}-${process.pid}`),
    ephemeral: true,
    log: () => undefined,
  });
}

export function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
