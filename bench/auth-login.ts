import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Role } from '@werkmatch/identity/domain';
import { hashPassword, UserEntity, verifyPassword } from '@werkmatch/identity/data-access';
import { createApiApp } from '@werkmatch/platform/api';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { loadConfig } from '@werkmatch/shared/config';
import { createLogger } from '@werkmatch/shared/logging';
import { startLocalServices } from '@werkmatch/shared/services';
import { BenchRow, benchRoot, percentile, writeReport } from './support/report';

const DURATION_MS = Number(process.env['BENCH_DURATION_MS'] ?? 20_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 4);
const USERS = 200;
// Made per run: a benchmark needs a valid password, not a known one.
const PASSWORD = `bench-${randomBytes(12).toString('hex')}`;

const LOGIN = JSON.stringify({
  query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
});

/**
 * Login throughput and latency over real HTTP against real PostgreSQL and Redis, with the argon2id parameters
 * the platform uses (19 MiB, t=2, p=1): the cost a login pays is, by design, mostly that one verification.
 */
async function main(): Promise<void> {
  const services = await startLocalServices({
    stateDir: join(benchRoot, '..', '.var', `bench-auth-${process.pid}`),
    ephemeral: true,
    log: () => undefined,
  });
  const rows: BenchRow[] = [];
  try {
    const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 2 });
    await dataSource.initialize();
    await dataSource.runMigrations();

    const hashTimes: number[] = [];
    let hash = '';
    for (let i = 0; i < 10; i++) {
      const started = process.hrtime.bigint();
      hash = await hashPassword(PASSWORD);
      hashTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const verifyTimes: number[] = [];
    for (let i = 0; i < 10; i++) {
      const started = process.hrtime.bigint();
      await verifyPassword(hash, PASSWORD);
      verifyTimes.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    const emails = Array.from({ length: USERS }, (_, i) => `bench-${i}@example.org`);
    await dataSource.getRepository(UserEntity).insert(
      emails.map((email) => ({
        email,
        passwordHash: hash,
        role: Role.JOB_SEEKER,
        fullName: 'Bench',
        phone: null,
        organisationId: null,
        regionId: null,
        deactivatedAt: null,
        erasedAt: null,
      })),
    );
    await dataSource.destroy();

    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
    });
    const app = await createApiApp({
      config,
      logger: createLogger({ level: 'warn', role: 'api' }),
    });
    await app.listen(0, '127.0.0.1');
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;

    const latencies: number[] = [];
    let failures = 0;
    let next = 0;
    const deadline = Date.now() + DURATION_MS;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (Date.now() < deadline) {
          const email = emails[next++ % emails.length] as string;
          const body = `${LOGIN.slice(0, -1)},"variables":{"i":{"email":"${email}","password":"${PASSWORD}"}}}`;
          const t0 = process.hrtime.bigint();
          const response = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
            body,
          });
          const json = (await response.json()) as { data?: { login?: { accessToken?: string } } };
          latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
          if (!json.data?.login?.accessToken) failures++;
        }
      }),
    );
    const elapsedS = (Date.now() - started) / 1000;
    await app.close();

    latencies.sort((a, b) => a - b);
    hashTimes.sort((a, b) => a - b);
    verifyTimes.sort((a, b) => a - b);
    rows.push(
      {
        benchmark: 'argon2id hash (m=19456 KiB, t=2, p=1)',
        metric: 'median',
        value: percentile(hashTimes, 50),
        unit: 'ms',
      },
      {
        benchmark: 'argon2id verify',
        metric: 'median',
        value: percentile(verifyTimes, 50),
        unit: 'ms',
      },
      {
        benchmark: `login over HTTP, ${CONCURRENCY} concurrent`,
        metric: 'throughput',
        value: latencies.length / elapsedS,
        unit: 'logins/s',
      },
      {
        benchmark: `login over HTTP, ${CONCURRENCY} concurrent`,
        metric: 'p50',
        value: percentile(latencies, 50),
        unit: 'ms',
      },
      {
        benchmark: `login over HTTP, ${CONCURRENCY} concurrent`,
        metric: 'p95',
        value: percentile(latencies, 95),
        unit: 'ms',
        target: '< 500 ms',
        meetsTarget: percentile(latencies, 95) < 500,
      },
      {
        benchmark: `login over HTTP, ${CONCURRENCY} concurrent`,
        metric: 'failed logins',
        value: failures,
        unit: '',
      },
    );
    writeReport('auth-login', rows, {
      durationMs: DURATION_MS,
      concurrency: CONCURRENCY,
      logins: latencies.length,
    });
  } finally {
    await services.stop();
  }
}

// Exits explicitly: a Redis client the app leaves open would otherwise keep reconnecting to the stopped server.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
