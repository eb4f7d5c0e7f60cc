import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { inTransaction, recordOutboxEvent } from '@werkmatch/database';
import { LabourMarketRegionEntity } from '@werkmatch/geo/data-access';
import { EmployerOrganisationEntity } from '@werkmatch/identity/data-access';
import { OutboxRelay, SearchIndexOutboxEventJob } from '@werkmatch/platform/outbox-relay';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createRedisConnection, QueueRegistry, WorkerHost } from '@werkmatch/queue';
import { PostgresSearchEngine, type SearchEngine } from '@werkmatch/search';
import { SearchIndexSync } from '@werkmatch/search/feature-worker';
import { createLogger } from '@werkmatch/shared/logging';
import { startLocalServices } from '@werkmatch/shared/services';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import {
  VACANCY_AGGREGATE_TYPE,
  VACANCY_PUBLISHED_EVENT,
  VacancyStatus,
} from '@werkmatch/vacancies/domain';
import { ContractType, RouteType } from '@werkmatch/work/domain';
import { type BenchRow, benchRoot, percentile, writeReport } from './support/report';

/**
 * From a committed publication to a searchable vacancy, the whole way: the vacancy and its outbox event commit
 * in one transaction, the relay (woken by NOTIFY) puts a job on the search-index queue, the worker's processor
 * reloads the vacancy and writes it to the built-in engine, and a search for its title finds it. Vacancies are
 * published one per transaction at a steady rate into an index of BASE documents; writer, relay, worker and the
 * searching client share this process, as api and worker do in a small install.
 * Usage: npm run bench:search-lag  (BENCH_SEARCH_LAG_RATE=20, BENCH_SEARCH_LAG_SECONDS=15)
 */
const RATE = Number(process.env['BENCH_SEARCH_LAG_RATE'] ?? 20);
const SECONDS = Number(process.env['BENCH_SEARCH_LAG_SECONDS'] ?? 15);
const BASE = 2_000;
const TARGET_MS = 1_000;

/** A published vacancy in Houten with the given title, as the services store one. */
function lagVacancy(
  title: string,
  organisationId: string,
  regionId: string,
): Partial<VacancyEntity> {
  return {
    organisationId,
    createdByUserId: null,
    status: VacancyStatus.PUBLISHED,
    title,
    description: 'Je helpt bewoners van ons woonzorgcentrum bij de dagelijkse verzorging.',
    occupationId: null,
    routeType: RouteType.PAID_JOB,
    hoursMin: 16,
    hoursMax: 24,
    positions: 1,
    remote: false,
    postcode: '3991 AB',
    pc4: '3991',
    municipalityCode: null,
    regionId,
    lat: 52.0286,
    lon: 5.168,
    reviewRegionId: regionId,
    minDutchLevel: null,
    educationLevel: null,
    inclusiveOptions: [],
    contractType: ContractType.FIXED_TERM,
    payMin: null,
    payMax: null,
    payPeriod: null,
    closingDate: '2030-01-31',
    publishedAt: new Date(),
  };
}

export interface SearchLagOptions {
  dataSource: DataSource;
  /** The engine searched for the new vacancy: the configured one, as the worker writes it. */
  engine: SearchEngine;
  vacancy: (title: string) => Partial<VacancyEntity>;
  rate: number;
  seconds: number;
  /** Documents in the index already, for the label. */
  base: number;
}

/**
 * Publishes vacancies one per transaction (row and outbox event, as VacanciesService.publish commits them) at a
 * steady rate, and polls a search for each one's unique word until it is found: whoever relays and indexes
 * (this process or a running worker) is measured from commit to searchable.
 */
export async function measureSearchLag(options: SearchLagOptions): Promise<BenchRow[]> {
  const { dataSource, engine, vacancy, rate, seconds, base } = options;
  const total = rate * seconds;
  const lags: number[] = [];
  const pending: { word: string; id: string; committed: number }[] = [];
  let publishing = true;
  // One poller, one search at a time over what is still pending: a poller per vacancy would multiply the
  // searches as soon as the lag grows and then measure its own load.
  const poller = (async () => {
    while (publishing || pending.length > 0) {
      const next = pending[0];
      if (!next) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        continue;
      }
      for (const entry of [...pending]) {
        const found = await engine.vacancies.search({ query: `${entry.word} ` });
        if (found.hits[0]?.document.id === entry.id) {
          lags.push(performance.now() - entry.committed);
          pending.splice(pending.indexOf(entry), 1);
        } else if (performance.now() - entry.committed > 60_000)
          throw new Error(`${entry.word} not searchable in 60 s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  // Handled here so a failure waits for the `await` below instead of ending the process at once.
  poller.catch(() => undefined);
  const started = performance.now();
  for (let n = 0; n < total; n++) {
    const wait = started + (n * 1000) / rate - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    // A word no other vacancy has, so the search finds this one only once it is indexed.
    const word = `lagmeting${n}x${randomBytes(3).toString('hex')}`;
    const saved = await inTransaction(dataSource, async (manager) => {
      const row = await manager.getRepository(VacancyEntity).save(vacancy(`Thuishulp ${word}`));
      await recordOutboxEvent(manager, {
        aggregateType: VACANCY_AGGREGATE_TYPE,
        aggregateId: row.id,
        eventType: VACANCY_PUBLISHED_EVENT,
      });
      return row;
    });
    pending.push({ word, id: saved.id, committed: performance.now() });
  }
  const achieved = total / ((performance.now() - started) / 1000);
  publishing = false;
  await poller;
  lags.sort((a, b) => a - b);
  const name = `commit → searchable, ${rate} publications/s (achieved ${achieved.toFixed(0)}), index of ${base.toLocaleString('en')}`;
  return [
    { benchmark: name, metric: 'p50', value: percentile(lags, 50), unit: 'ms' },
    {
      benchmark: name,
      metric: 'p95',
      value: percentile(lags, 95),
      unit: 'ms',
      target: `< ${TARGET_MS} ms`,
      meetsTarget: percentile(lags, 95) < TARGET_MS,
    },
    { benchmark: name, metric: 'p99', value: percentile(lags, 99), unit: 'ms' },
    { benchmark: name, metric: 'max', value: lags[lags.length - 1] ?? Number.NaN, unit: 'ms' },
  ];
}

async function main(): Promise<void> {
  const services = await startLocalServices({
    stateDir: join(benchRoot, '..', '.var', `bench-search-lag-${process.pid}`),
    ephemeral: true,
    log: () => undefined,
  });
  const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 12 });
  const logger = createLogger({ level: 'warn', role: 'bench' });
  const prefix = `bench-${randomBytes(4).toString('hex')}`;
  const client = createRedisConnection(services.redisUrl, 'client');
  const queues = new QueueRegistry(client, prefix);
  let relay: OutboxRelay | null = null;
  let host: WorkerHost | null = null;
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const region = await dataSource
      .getRepository(LabourMarketRegionEntity)
      .save({ name: 'Midden-Utrecht', slug: 'midden-utrecht' });
    const organisation = await dataSource.getRepository(EmployerOrganisationEntity).save({
      name: 'Zorggroep De Lek',
      kvkNumber: '27182818',
      street: 'Onderdoor',
      houseNumber: '1',
      postcode: '3995AB',
      city: 'Houten',
      sector: 'Zorg',
      regionId: region.id,
      verifiedAt: new Date(),
      verifiedBy: null,
    });
    const vacancy = (title: string) => lagVacancy(title, organisation.id, region.id);

    const engine = new PostgresSearchEngine(dataSource);
    const sync = new SearchIndexSync(engine, dataSource);
    // An index that is not empty: BASE published vacancies, indexed the way a reindex does.
    await dataSource
      .getRepository(VacancyEntity)
      .save(Array.from({ length: BASE }, (_, n) => vacancy(`Verzorgende ${n}`)));
    await sync.reindex('all');

    host = new WorkerHost({
      connection: () => createRedisConnection(services.redisUrl, 'worker'),
      prefix,
      concurrency: 4,
      logger,
    });
    host.register(SearchIndexOutboxEventJob, (event) => sync.handle(event));
    host.start();
    relay = new OutboxRelay({ dataSource, databaseUrl: services.databaseUrl, queues, logger });
    relay.start();
    // Let the listener connect, so the run measures the notification path rather than the first poll.
    await new Promise((resolve) => setTimeout(resolve, 500));

    const rows = await measureSearchLag({
      dataSource,
      engine,
      vacancy,
      rate: RATE,
      seconds: SECONDS,
      base: BASE,
    });
    writeReport('search-lag', rows, { rate: RATE, seconds: SECONDS, base: BASE, polling: '5 ms' });
  } finally {
    await relay?.stop();
    await host?.close(5_000);
    await queues.close();
    client.disconnect();
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
}

// Exits explicitly: a Redis client left reconnecting to the stopped server would keep the process alive.
if (require.main === module)
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(
        `bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exit(1);
    },
  );
