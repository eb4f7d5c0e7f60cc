import { createDataSource } from '@werkmatch/database';
import {
  PostgresSearchEngine,
  SEARCH_LISTENER_APPLICATION_NAME,
  type VacancySearchDocument,
} from '@werkmatch/search';
import { createTestDatabase, eventually, type TestDatabase } from '@werkmatch/shared/testing';
import type { DataSource } from 'typeorm';
import { VACANCIES } from './search-fixtures';

/*
 * The built-in engine keeps the counts of searches without text and the meaning of typed words until the index is
 * written, hearing of writes by other processes through LISTEN. Here the api's engine searches while a second
 * engine on the same database (the worker's) writes: the api must never go on answering from before a write.
 */

const WITHOUT_TEXT = { filters: {}, page: { limit: 1 } };
// Notifications arrive within milliseconds; the bound only keeps a broken build from hanging.
const HEARD_WITHIN_MS = 2_000;

describe('built-in search engine across processes', () => {
  let database: TestDatabase;
  const dataSources: DataSource[] = [];
  const engines: PostgresSearchEngine[] = [];

  async function engine(listening: boolean): Promise<PostgresSearchEngine> {
    const dataSource = createDataSource({
      url: database.url,
      entities: [],
      migrations: [],
      poolSize: 2,
    });
    await dataSource.initialize();
    dataSources.push(dataSource);
    const started = new PostgresSearchEngine(
      dataSource,
      listening ? { databaseUrl: database.url } : {},
    );
    await started.start();
    engines.push(started);
    return started;
  }

  /** Until the engine's listening connection is up, it keeps nothing; the test must start from a listening one. */
  async function listeners(): Promise<number> {
    const [row] = (await (dataSources[0] as DataSource).query(
      `SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1 AND query LIKE 'LISTEN%'`,
      [SEARCH_LISTENER_APPLICATION_NAME],
    )) as { n: number }[];
    return row?.n ?? 0;
  }

  const extra = (n: number, title: string): VacancySearchDocument => ({
    ...(VACANCIES[0] as VacancySearchDocument),
    id: `0000000b-0000-4000-8000-${String(n).padStart(12, '0')}`,
    title,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    for (const started of engines.splice(0)) await started.close();
    for (const dataSource of dataSources.splice(0)) await dataSource.destroy();
  });

  afterAll(async () => {
    await database?.drop();
  });

  beforeEach(async () => {
    const writer = await engine(false);
    await writer.vacancies.clear();
    await writer.vacancies.upsert(VACANCIES);
  });

  it('counts a vacancy another process indexed, once its write commits', async () => {
    const api = await engine(true);
    const worker = await engine(true);
    await eventually(async () => (await listeners()) === 2, HEARD_WITHIN_MS, 'both listening');
    expect((await api.vacancies.search(WITHOUT_TEXT)).total).toBe(VACANCIES.length);
    // Asked twice, so the second answer comes from what the api kept.
    expect((await api.vacancies.search(WITHOUT_TEXT)).total).toBe(VACANCIES.length);

    await worker.vacancies.upsert([extra(1, 'Fietsenmaker in de stalling')]);

    await eventually(
      async () => (await api.vacancies.search(WITHOUT_TEXT)).total === VACANCIES.length + 1,
      HEARD_WITHIN_MS,
      'the new total',
    );
  });

  it('completes a typed start to a word another process just indexed', async () => {
    const api = await engine(true);
    const worker = await engine(true);
    await eventually(async () => (await listeners()) === 2, HEARD_WITHIN_MS, 'both listening');
    const typing = { query: 'xylofoonb' };
    expect((await api.vacancies.search(typing)).total).toBe(0);
    expect((await api.vacancies.search(typing)).total).toBe(0);

    await worker.vacancies.upsert([extra(2, 'Xylofoonbouwer in de werkplaats')]);

    const found = await eventually(
      async () => {
        const result = await api.vacancies.search(typing);
        return result.total === 1 ? result : null;
      },
      HEARD_WITHIN_MS,
      'the completion',
    );
    expect(found.hits[0]?.document.title).toBe('Xylofoonbouwer in de werkplaats');
  });

  it('sees another process’s write at once when it does not listen', async () => {
    const api = await engine(false);
    const worker = await engine(false);
    expect((await api.vacancies.search(WITHOUT_TEXT)).total).toBe(VACANCIES.length);
    expect((await api.vacancies.search(WITHOUT_TEXT)).total).toBe(VACANCIES.length);

    await worker.vacancies.delete([(VACANCIES[0] as VacancySearchDocument).id]);

    expect((await api.vacancies.search(WITHOUT_TEXT)).total).toBe(VACANCIES.length - 1);
  });

  it('drops what it kept when its listening connection was lost, so writes made meanwhile count', async () => {
    const api = await engine(true);
    const worker = await engine(false);
    await eventually(async () => (await listeners()) === 1, HEARD_WITHIN_MS, 'the api listening');
    expect((await api.vacancies.search(WITHOUT_TEXT)).total).toBe(VACANCIES.length);

    // The api's listening connection dies; the worker writes while nobody can hear it, and the api does not
    // search until it listens again.
    await (dataSources[0] as DataSource).query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1`,
      [SEARCH_LISTENER_APPLICATION_NAME],
    );
    await eventually(async () => (await listeners()) === 0, HEARD_WITHIN_MS, 'no listener');
    await worker.vacancies.upsert([extra(3, 'Fietsenmaker in de stalling')]);
    await eventually(async () => (await listeners()) === 1, 10_000, 'the api listening again');

    expect((await api.vacancies.search(WITHOUT_TEXT)).total).toBe(VACANCIES.length + 1);
  });
});
