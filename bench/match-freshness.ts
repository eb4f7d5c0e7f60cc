import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { recordOutboxEvent } from '@werkmatch/database';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from '@werkmatch/geo/data-access';
import { EmployerOrganisationEntity, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { RecomputeMatchesJob } from '@werkmatch/matching/data-access';
import { createApiApp } from '@werkmatch/platform/api';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { WorkerModule } from '@werkmatch/platform/worker';
import { QUEUE_REGISTRY, QueueName, QueueRegistry } from '@werkmatch/queue';
import { PostgresSearchEngine } from '@werkmatch/search';
import { SearchIndexSync } from '@werkmatch/search/feature-worker';
import { loadConfig } from '@werkmatch/shared/config';
import { createLogger } from '@werkmatch/shared/logging';
import { startLocalServices } from '@werkmatch/shared/services';
import {
  TalentProfileEntity,
  TalentProfileOccupationEntity,
  TalentProfileSkillEntity,
} from '@werkmatch/talent-profiles/data-access';
import { TalentProfileStatus } from '@werkmatch/talent-profiles/domain';
import {
  IscoGroupEntity,
  OccupationEntity,
  OccupationSkillEntity,
  SkillEntity,
  SkillRelation,
} from '@werkmatch/taxonomy/data-access';
import { VacancyEntity, VacancySkillEntity } from '@werkmatch/vacancies/data-access';
import { addMonths, amsterdamDate, VacancyStatus } from '@werkmatch/vacancies/domain';
import {
  CEFR_LEVELS_IN_ORDER,
  CefrLevel,
  RouteType,
  SkillLevel,
  VACANCY_ROUTE_TYPES,
} from '@werkmatch/work/domain';
import { pick, type Random, seededRandom } from './search-data';
import { BenchRow, benchRoot, percentile, writeReport } from './support/report';

/*
 * Match engine freshness and full recomputation on generated data (issue 6): synthetic ESCO-like taxonomy
 * (occupations in ISCO groups with essential skills), profiles and vacancies spread over 60 postcode areas
 * around Utrecht, everything published. The worker runs in this process (as ROLES=api,worker does).
 */
const PROFILES = Number(process.env['BENCH_PROFILES'] ?? 10_000);
const VACANCIES = Number(process.env['BENCH_VACANCIES'] ?? 2_000);
const CHANGES = Number(process.env['BENCH_CHANGES'] ?? 40);
const OCCUPATIONS = 300;
const ISCO_GROUPS = 60;
const SKILLS = 3_000;
const ESSENTIALS = 12;
const PLACES = 60;
const TARGET_FRESHNESS_P95_MS = 2_000;

/** An element that must exist (generated indexes); fails loudly instead of carrying undefined along. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`no item at ${index}`);
  return item;
}
const int = (random: Random, min: number, max: number) =>
  min + Math.floor(random() * (max - min + 1));

async function insertChunks<T extends object>(
  db: DataSource,
  entity: new () => T,
  rows: Partial<T>[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1_000)
    await db.getRepository(entity).insert(rows.slice(i, i + 1_000) as never);
}

interface Seeded {
  profileIds: string[];
  vacancyIds: string[];
}

async function seed(db: DataSource): Promise<Seeded> {
  const random = seededRandom(2026);
  const region = await db
    .getRepository(LabourMarketRegionEntity)
    .save({ name: 'Midden-Utrecht', slug: 'midden-utrecht' });
  await db
    .getRepository(MunicipalityEntity)
    .save({ code: 'GM0344', name: 'Utrecht', province: 'Utrecht', regionId: region.id });
  const places = Array.from({ length: PLACES }, (_, i) => ({
    pc4: String(3400 + i),
    placeNames: ['Utrecht'],
    municipalityCode: 'GM0344',
    lat: 51.95 + random() * 0.3,
    lon: 4.95 + random() * 0.4,
  }));
  await insertChunks(db, PostcodeAreaEntity, places);

  const groups = Array.from({ length: ISCO_GROUPS }, (_, i) => ({
    // Unit groups in 12 minor groups of 5, so ISCO-3 neighbours exist.
    code: `${4 + (Math.floor(i / 5) % 6)}${Math.floor(i / 5) % 10}${i % 5}1`,
    labelNl: `groep ${i}`,
  }));
  await db.getRepository(IscoGroupEntity).upsert(groups, ['code']);
  const skills = Array.from({ length: SKILLS }, (_, i) => ({
    id: randomUUID(),
    uri: `http://data.europa.eu/esco/skill/bench-${i}`,
    labelNl: i % 3 === 0 ? `vaardigheid ${i}` : null,
    labelEn: `skill ${i}`,
    altLabelsNl: [],
    altLabelsEn: [],
    skillType: null,
    reuseLevel: null,
  }));
  await insertChunks(db, SkillEntity, skills);
  const occupations = Array.from({ length: OCCUPATIONS }, (_, i) => ({
    id: randomUUID(),
    uri: `http://data.europa.eu/esco/occupation/bench-${i}`,
    labelNl: `beroep ${i}`,
    labelEn: `occupation ${i}`,
    altLabelsNl: [],
    altLabelsEn: [],
    iscoGroupCode: (groups[i % ISCO_GROUPS] as { code: string }).code,
  }));
  await insertChunks(db, OccupationEntity, occupations);
  // Occupations of one ISCO group share most essential skills, as in ESCO.
  const essentials = occupations.map((_, i) =>
    Array.from(
      { length: ESSENTIALS },
      (_, k) => at(skills, ((i % ISCO_GROUPS) * 40 + (k < 8 ? k : k * 7 + i)) % SKILLS).id,
    ),
  );
  await insertChunks(
    db,
    OccupationSkillEntity,
    occupations.flatMap((occupation, i) =>
      [...new Set(essentials[i])].map((skillId) => ({
        occupationId: occupation.id,
        skillId,
        relation: SkillRelation.ESSENTIAL,
      })),
    ),
  );

  const users = Array.from({ length: PROFILES }, (_, i) => ({
    id: randomUUID(),
    email: `bench-${i}@example.org`,
    passwordHash: 'not-a-hash',
    role: Role.JOB_SEEKER,
    fullName: `Werkzoekende ${i}`,
  }));
  await insertChunks(db, UserEntity, users);
  const routes = [
    RouteType.PAID_JOB,
    RouteType.PAID_JOB,
    RouteType.SUPPORTED_JOB,
    RouteType.LEARN_WORK,
    RouteType.VOLUNTEER,
    RouteType.WORK_EXPERIENCE,
  ];
  const now = new Date();
  const profiles = users.map((user) => {
    const place = pick(random, places);
    const min = int(random, 8, 32);
    const dutchLevel = pick(random, CEFR_LEVELS_IN_ORDER);
    return {
      id: randomUUID(),
      jobSeekerId: user.id,
      status: TalentProfileStatus.PUBLISHED,
      headline: 'Aanpakker',
      dutchLevel,
      // Search reads the Dutch level from the languages, matching from the column; the service writes both.
      languages: [{ code: 'nl', level: dutchLevel }],
      hoursMin: min,
      hoursMax: Math.min(40, min + int(random, 0, 16)),
      postcode: `${place.pc4} AB`,
      pc4: place.pc4,
      municipalityCode: 'GM0344',
      regionId: region.id,
      lat: place.lat,
      lon: place.lon,
      travelKm: int(random, 5, 30),
      wantedRouteTypes: [...new Set([pick(random, routes), pick(random, routes)])],
      participationLevel: random() < 0.5 ? null : int(random, 3, 6),
      publishedAt: now,
      confirmedAt: now,
    };
  });
  await insertChunks(db, TalentProfileEntity, profiles);
  const profileOccupations = profiles.map(() =>
    [...new Set([int(random, 0, OCCUPATIONS - 1), int(random, 0, OCCUPATIONS - 1)])].slice(
      0,
      int(random, 1, 2),
    ),
  );
  await insertChunks(
    db,
    TalentProfileOccupationEntity,
    profiles.flatMap((profile, i) =>
      at(profileOccupations, i).map((o, position) => ({
        profileId: profile.id,
        occupationId: at(occupations, o).id,
        position,
      })),
    ),
  );
  const levels = Object.values(SkillLevel);
  await insertChunks(
    db,
    TalentProfileSkillEntity,
    profiles.flatMap((profile, i) => {
      const own = new Set<string>();
      for (const o of at(profileOccupations, i))
        for (let k = 0; k < 4; k++) own.add(pick(random, at(essentials, o)));
      own.add(pick(random, skills).id);
      return [...own].map((skillId, position) => ({
        profileId: profile.id,
        skillId,
        level: pick(random, levels),
        position,
      }));
    }),
  );

  const organisation = await db.getRepository(EmployerOrganisationEntity).save({
    name: 'Bench BV',
    kvkNumber: '12345678',
    street: 'Straat',
    houseNumber: '1',
    postcode: '3400AB',
    city: 'Utrecht',
    sector: 'Zorg',
    regionId: region.id,
    verifiedAt: now,
    verifiedBy: null,
  });
  const closingDate = addMonths(amsterdamDate(now), 2);
  const vacancyOccupations: number[] = [];
  const vacancies = Array.from({ length: VACANCIES }, (_, i) => {
    const place = pick(random, places);
    const min = int(random, 8, 32);
    vacancyOccupations.push(int(random, 0, OCCUPATIONS - 1));
    return {
      id: randomUUID(),
      organisationId: organisation.id,
      status: VacancyStatus.PUBLISHED,
      title: `Vacature ${i}`,
      description: 'Een vacature voor de benchmark van de match engine.',
      occupationId: at(occupations, at(vacancyOccupations, i)).id,
      routeType: pick(random, [
        ...VACANCY_ROUTE_TYPES.filter((r) => r !== RouteType.SHELTERED_WORK),
        RouteType.PAID_JOB,
      ]),
      hoursMin: min,
      hoursMax: Math.min(40, min + int(random, 0, 12)),
      postcode: `${place.pc4} AB`,
      pc4: place.pc4,
      municipalityCode: 'GM0344',
      regionId: region.id,
      reviewRegionId: region.id,
      lat: place.lat,
      lon: place.lon,
      minDutchLevel:
        random() < 0.3
          ? null
          : pick(random, [CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2]),
      closingDate,
      publishedAt: now,
    };
  });
  await insertChunks(db, VacancyEntity, vacancies);
  await insertChunks(
    db,
    VacancySkillEntity,
    vacancies.flatMap((vacancy, i) => {
      const required = [
        ...new Set(
          Array.from({ length: int(random, 2, 6) }, () =>
            pick(random, at(essentials, at(vacancyOccupations, i))),
          ),
        ),
      ];
      const nice = [pick(random, skills).id].filter((id) => !required.includes(id));
      return [
        ...required.map((skillId, position) => ({
          vacancyId: vacancy.id,
          skillId,
          required: true,
          position,
        })),
        ...nice.map((skillId, position) => ({
          vacancyId: vacancy.id,
          skillId,
          required: false,
          position: position + required.length,
        })),
      ];
    }),
  );
  await db.query('ANALYZE');
  return { profileIds: profiles.map((p) => p.id), vacancyIds: vacancies.map((v) => v.id) };
}

/** Waits for a job by id to finish and returns when it finished (ms since epoch). */
async function finishedAt(queue: Queue, jobId: string, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await queue.getJob(jobId);
    if (job?.finishedOn) {
      if (job.failedReason) throw new Error(`${jobId} failed: ${job.failedReason}`);
      return job.finishedOn;
    }
    if (Date.now() > deadline) throw new Error(`${jobId} did not finish within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** One change as the services make it: the row and its outbox event in one transaction. */
async function change(
  db: DataSource,
  kind: 'talent-profile' | 'vacancy',
  id: string,
  n: number,
): Promise<{ committedAt: number; outboxEventId: string }> {
  await db.transaction(async (manager) => {
    if (kind === 'talent-profile')
      await manager.query(
        'UPDATE talent_profile SET travel_km = $2, version = version + 1, updated_at = now() WHERE id = $1',
        [id, 10 + (n % 20)],
      );
    else
      await manager.query(
        'UPDATE vacancy SET hours_max = least(40, hours_min + $2), version = version + 1, updated_at = now() WHERE id = $1',
        [id, n % 12],
      );
    await recordOutboxEvent(manager, {
      aggregateType: kind,
      aggregateId: id,
      eventType: `${kind}.changed`,
      payload: {},
    });
  });
  const committedAt = Date.now();
  const [row] = (await db.query(
    'SELECT max(id)::text AS id FROM outbox_event WHERE aggregate_id = $1',
    [id],
  )) as { id: string }[];
  if (!row) throw new Error(`no outbox event for ${id}`);
  return { committedAt, outboxEventId: row.id };
}

type ChangeKind = 'talent-profile' | 'vacancy';
export type FreshnessSamples = Record<ChangeKind, number[]>;

/**
 * Freshness: one change at a time, alternating profiles and vacancies, from its commit to the end of the
 * computation that stored its proposals (the worker's propose job for that outbox event).
 */
export async function measureFreshness(
  db: DataSource,
  queue: Queue,
  ids: Seeded,
  changes: number,
  seed = 7,
): Promise<FreshnessSamples> {
  const random = seededRandom(seed);
  const freshness: FreshnessSamples = { 'talent-profile': [], vacancy: [] };
  for (let n = 0; n < changes; n++) {
    for (const kind of ['talent-profile', 'vacancy'] as const) {
      const id = pick(random, kind === 'vacancy' ? ids.vacancyIds : ids.profileIds);
      const { committedAt, outboxEventId } = await change(db, kind, id, n);
      const jobId = `propose-${kind === 'vacancy' ? 'vacancy' : 'profile'}-${id}-${outboxEventId}`;
      freshness[kind].push((await finishedAt(queue, jobId, 30_000)) - committedAt);
    }
  }
  return freshness;
}

export function freshnessRows(freshness: FreshnessSamples): BenchRow[] {
  const rows: BenchRow[] = [];
  for (const [kind, samples] of Object.entries(freshness)) {
    const sorted = [...samples].sort((a, b) => a - b);
    const label = `freshness after a ${kind} change (incl. 750 ms debounce), ${samples.length} changes`;
    rows.push({ benchmark: label, metric: 'p50', value: percentile(sorted, 50), unit: 'ms' });
    const p95 = percentile(sorted, 95);
    rows.push({
      benchmark: label,
      metric: 'p95',
      value: p95,
      unit: 'ms',
      target: `< ${TARGET_FRESHNESS_P95_MS} ms`,
      meetsTarget: p95 < TARGET_FRESHNESS_P95_MS,
    });
  }
  return rows;
}

async function main(): Promise<void> {
  const services = await startLocalServices({
    stateDir: join(benchRoot, '..', '.var', `bench-match-${process.pid}`),
    ephemeral: true,
    log: () => undefined,
  });
  try {
    const db = createPlatformDataSource({ url: services.databaseUrl, poolSize: 4 });
    await db.initialize();
    await db.runMigrations();
    let started = Date.now();
    const seeded = await seed(db);
    console.log(
      `seeded ${PROFILES} profiles and ${VACANCIES} vacancies in ${Date.now() - started} ms`,
    );

    // Computations after events find candidates in the search indexes: fill them as the index sync would.
    started = Date.now();
    const indexed = await new SearchIndexSync(new PostgresSearchEngine(db), db).reindex('all');
    const indexMs = Date.now() - started;
    console.log(`indexed ${JSON.stringify(indexed)} in ${indexMs} ms`);

    const config = loadConfig({
      NODE_ENV: 'production',
      ROLES: 'api,worker',
      DATABASE_URL: services.databaseUrl,
      REDIS_URL: services.redisUrl,
      AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'warn',
    });
    const app = await createApiApp({
      config,
      logger: createLogger({ level: 'warn', role: 'api' }),
      extraModules: [WorkerModule],
    });
    await app.init();
    const queues = app.get<QueueRegistry>(QUEUE_REGISTRY);
    const queue = queues.queue(QueueName.Matching);

    // Full recomputation from nothing: every vacancy, with the per-person caps across them.
    let peakRss = process.memoryUsage().rss;
    let peakHeap = process.memoryUsage().heapUsed;
    const sampler = setInterval(() => {
      const memory = process.memoryUsage();
      peakRss = Math.max(peakRss, memory.rss);
      peakHeap = Math.max(peakHeap, memory.heapUsed);
    }, 200);
    started = Date.now();
    const job = await queues.enqueue(RecomputeMatchesJob, { requestedByUserId: null });
    await finishedAt(queue, job.id as string, 60 * 60_000);
    const recomputeMs = Date.now() - started;
    clearInterval(sampler);
    const result = (await queue.getJob(job.id as string))?.returnvalue as { proposalsOpen: number };
    console.log(`full recomputation: ${recomputeMs} ms, ${result.proposalsOpen} open proposals`);

    const freshness = await measureFreshness(db, queue, seeded, CHANGES);
    const [{ open }] = (await db.query(
      `SELECT count(*)::int AS open FROM match_proposal WHERE status = 'OPEN'`,
    )) as [{ open: number }];
    await app.close();
    await db.destroy();

    const rows: BenchRow[] = freshnessRows(freshness);
    rows.push({
      benchmark: `full recomputation, ${PROFILES} profiles × ${VACANCIES} vacancies`,
      metric: 'wall time',
      value: recomputeMs,
      unit: 'ms',
    });
    rows.push({
      benchmark: 'full recomputation',
      metric: 'open proposals after',
      value: result.proposalsOpen,
      unit: 'proposals',
    });
    rows.push({
      benchmark: 'full recomputation',
      metric: 'throughput',
      value: Math.round((VACANCIES / recomputeMs) * 1000),
      unit: 'vacancies/s',
    });
    rows.push({
      benchmark: 'worker (in the bench process) during the recomputation',
      metric: 'peak RSS',
      value: Math.round(peakRss / 2 ** 20),
      unit: 'MiB',
    });
    rows.push({
      benchmark: 'worker (in the bench process) during the recomputation',
      metric: 'peak heap used',
      value: Math.round(peakHeap / 2 ** 20),
      unit: 'MiB',
    });
    rows.push({
      benchmark: `search indexes filled before the run (${PROFILES + VACANCIES} documents)`,
      metric: 'wall time',
      value: indexMs,
      unit: 'ms',
    });
    writeReport('match-freshness', rows, {
      profiles: PROFILES,
      vacancies: VACANCIES,
      changes: CHANGES,
      openProposalsAtEnd: open,
    });
  } finally {
    await services.stop();
  }
}

// Exits explicitly: a Redis client the app leaves open would otherwise keep reconnecting to the stopped server.
if (require.main === module)
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
