import 'reflect-metadata';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { findFreePort, startLocalServices } from '@werkmatch/shared/services';
import { findRepoRoot } from '../tools/reference-data/paths';
import { BenchRow, percentile, writeReport } from './support/report';

const repoRoot = findRepoRoot();
const RUNS = 5;

/** Time from spawning a compiled app to its readiness endpoint answering 200. */
async function coldStart(
  app: 'api' | 'worker',
  env: Record<string, string>,
  port: number,
): Promise<number> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [join(repoRoot, 'dist', 'apps', app, 'src', 'main.js')], {
    env: { ...env, PATH: process.env['PATH'] ?? '' },
    stdio: 'ignore',
  });
  try {
    for (;;) {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/readyz`);
        if (response.ok) return Number(process.hrtime.bigint() - started) / 1e6;
      } catch {
        // not up yet
      }
      if (child.exitCode !== null) throw new Error(`${app} exited with ${child.exitCode}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

async function main(): Promise<void> {
  const withTests = process.argv.includes('--with-tests');
  const services = await startLocalServices({
    stateDir: join(repoRoot, '.var', `bench-startup-${process.pid}`),
    ephemeral: true,
    log: () => undefined,
  });
  const rows: BenchRow[] = [];
  try {
    const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 1 });
    await dataSource.initialize();
    await dataSource.runMigrations();
    await dataSource.destroy();
    for (const app of ['api', 'worker'] as const) {
      const times: number[] = [];
      for (let run = 0; run < RUNS; run++) {
        const port = await findFreePort();
        const env = {
          NODE_ENV: 'production',
          DATABASE_URL: services.databaseUrl,
          REDIS_URL: services.redisUrl,
          AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
          LOG_LEVEL: 'warn',
          PORT: String(port),
          WORKER_HEALTH_PORT: String(port),
        };
        times.push(await coldStart(app, env, port));
      }
      times.sort((a, b) => a - b);
      rows.push({
        benchmark: `cold start ${app}`,
        metric: `median of ${RUNS} (spawn to /readyz 200)`,
        value: percentile(times, 50),
        unit: 'ms',
      });
      rows.push({
        benchmark: `cold start ${app}`,
        metric: 'max',
        value: times[times.length - 1] as number,
        unit: 'ms',
      });
    }
  } finally {
    await services.stop();
  }
  if (withTests) {
    const started = Date.now();
    const result = spawnSync('npm', ['test'], { cwd: repoRoot, stdio: 'ignore' });
    rows.push({
      benchmark: 'npm test',
      metric: `wall time (exit ${result.status})`,
      value: (Date.now() - started) / 1000,
      unit: 's',
    });
  }
  writeReport('startup', rows);
}

void main();
