import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { hashPassword } from '@werkmatch/identity/data-access';
import { RecomputeMatchesJob } from '@werkmatch/matching/data-access';
import {
  DEFAULT_GENERATOR_SEED,
  generateData,
  GeneratorInputError,
  GeneratorResult,
  parseGeneratorSize,
  resetDatabase,
} from '@werkmatch/platform/data-generator';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createRedisConnection, QueueRegistry } from '@werkmatch/queue';
import { createSearchEngine } from '@werkmatch/search';
import { SearchIndexSync } from '@werkmatch/search/feature-worker';
import { loadConfig } from '@werkmatch/shared/config';
import { startLocalServices } from '@werkmatch/shared/services';
import { DEMO_DOMAIN, demoPassword } from '../dev/demo-data';
import { ensureReferenceData } from '../dev/reference-data';
import { referenceDataDir } from '../reference-data/paths';
import { repoRoot } from '../support/services';

const USAGE = `usage: npm run generate -- --size small|city|national [--seed <n>] [--reset]

Generates employers (organisations with verified members), vacancies and talent profiles of a size, with their
coaches and account managers, into DATABASE_URL (without it: the quick start's database in .var/dev), then
rebuilds the search indexes and asks the worker for one full match recomputation.
  small      2,000 profiles,   500 vacancies: Houten and surroundings (region Midden-Utrecht)
  city      20,000 profiles, 5,000 vacancies: Utrecht
  national 100,000 profiles, 20,000 vacancies: all 35 labour-market regions
--seed     another data set of the same size (default ${DEFAULT_GENERATOR_SEED}); the same seed gives the same data
--reset    empty the database first (everything in it is deleted) when it already holds data
Generated accounts log in with GENERATOR_PASSWORD, or the demo password in the quick start's database.`;

interface Arguments {
  size: ReturnType<typeof parseGeneratorSize>;
  seed: number;
  reset: boolean;
}

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function parseArguments(argv: string[]): Arguments {
  let size: string | undefined;
  let seed = DEFAULT_GENERATOR_SEED;
  let reset = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=', 2);
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value\n${USAGE}`);
    if (flag === '--size') size = value();
    else if (flag === '--seed') {
      seed = Number(value());
      if (!Number.isSafeInteger(seed)) fail(`--seed must be a whole number\n${USAGE}`);
    } else if (flag === '--reset') reset = true;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  try {
    return { size: parseGeneratorSize(size), seed, reset };
  } catch (error) {
    if (error instanceof GeneratorInputError) fail(`${error.message}\n\n${USAGE}`);
    throw error;
  }
}

function describeResult(result: GeneratorResult): string {
  const r = result.records;
  return [
    `generated size ${result.size} (seed ${result.seed}): ${result.area}`,
    `  ${r.accounts.toLocaleString('en')} accounts, ${r.organisations.toLocaleString('en')} organisations, ` +
      `${r.vacancies.toLocaleString('en')} vacancies (${r.publishedVacancies.toLocaleString('en')} published), ` +
      `${r.talentProfiles.toLocaleString('en')} talent profiles (${r.publishedTalentProfiles.toLocaleString('en')} published), ` +
      `${r.links.toLocaleString('en')} skill, occupation and caseload links`,
    `  ${(result.ms.total / 1000).toFixed(1)} s (reference data ${(result.ms.reference / 1000).toFixed(1)} s, ` +
      `planning ${(result.ms.plan / 1000).toFixed(1)} s, validation ${(result.ms.validate / 1000).toFixed(1)} s, ` +
      `writing ${(result.ms.write / 1000).toFixed(1)} s): ${Math.round(result.recordsPerSecond).toLocaleString('en')} records/s, ` +
      `${Math.round(result.rowsPerSecond).toLocaleString('en')} rows/s`,
  ].join('\n');
}

async function main(): Promise<void> {
  const args = parseArguments(process.argv.slice(2));
  const log = (message: string) => process.stdout.write(`[generate] ${message}\n`);
  const quickStartDatabase = !process.env['DATABASE_URL'];
  const services = await startLocalServices({ stateDir: join(repoRoot, '.var', 'dev'), log });
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
  });
  const dataSource = createPlatformDataSource({
    url: config.DATABASE_URL,
    poolSize: 4,
    applicationName: 'werkmatch-generator',
  });
  let exitCode = 0;
  try {
    await dataSource.initialize();
    // A reset migrates and imports the reference data itself, into the emptied database.
    if (args.reset) await resetDatabase(dataSource, referenceDataDir(), log);
    else {
      await dataSource.runMigrations({ transaction: 'each' });
      await ensureReferenceData(dataSource, log);
    }
    const password =
      process.env['GENERATOR_PASSWORD'] ??
      (quickStartDatabase ? demoPassword() : `gen-${randomBytes(9).toString('base64url')}`);
    const result = await generateData(dataSource, {
      size: args.size,
      seed: args.seed,
      reference: referenceDataDir(),
      passwordHash: await hashPassword(password),
      keep: { emailDomain: DEMO_DOMAIN },
      log,
    });
    process.stdout.write(`${describeResult(result)}\n`);
    log(`generated accounts log in with the password ${password}`);

    const engine = createSearchEngine({ config, dataSource });
    await engine.start();
    const started = Date.now();
    const indexed = await new SearchIndexSync(engine, dataSource).reindex('all');
    await engine.close();
    log(
      `search indexes rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(indexed)}`,
    );

    const queues = new QueueRegistry(
      createRedisConnection(config.REDIS_URL, 'client'),
      config.QUEUE_PREFIX,
    );
    await queues.enqueue(RecomputeMatchesJob, { requestedByUserId: null });
    await queues.close();
    log(
      'asked for a full match recomputation: the worker computes the proposals when it runs (npm start)',
    );
  } catch (error) {
    exitCode = error instanceof GeneratorInputError ? 2 : 1;
    process.stderr.write(
      `${error instanceof GeneratorInputError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
  process.exit(exitCode);
}

if (require.main === module) void main();
