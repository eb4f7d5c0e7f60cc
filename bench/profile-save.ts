import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import {
  LabourMarketRegionEntity,
  MunicipalityEntity,
  PostcodeAreaEntity,
} from '@werkmatch/geo/data-access';
import {
  CaseloadAssignmentEntity,
  hashPassword,
  UserEntity,
} from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { createApiApp } from '@werkmatch/platform/api';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { loadConfig } from '@werkmatch/shared/config';
import { createLogger } from '@werkmatch/shared/logging';
import { startLocalServices } from '@werkmatch/shared/services';
import { IscoGroupEntity, OccupationEntity, SkillEntity } from '@werkmatch/taxonomy/data-access';
import { benchRoot, writeReport } from './support/report';
import { runSavePhase, SavePhase, savePhaseRows } from './support/save-load';

const DURATION_MS = Number(process.env['BENCH_DURATION_MS'] ?? 15_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 4);
// Made per run: a benchmark needs a valid password, not a known one.
const PASSWORD = `bench-${randomBytes(12).toString('hex')}`;
const TARGET_P95_MS = 300;

const SAVE = `mutation($input: SaveTalentProfileInput!, $jobSeekerId: ID) {
  saveTalentProfile(input: $input, jobSeekerId: $jobSeekerId) { id version completeness { score } }
}`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;

interface Seeded {
  skillIds: string[];
  occupationId: string;
  jobSeekers: UserEntity[];
  coaches: UserEntity[];
}

/** What a save of the whole profile form sends: the essentials and more, with the headline changed each time. */
function formInput(seeded: Seeded, n: number): Record<string, unknown> {
  return {
    headline: `Handige doener, save ${n}`,
    talents: [{ text: 'Ik kan goed luisteren' }, { text: 'Altijd op tijd', private: true }],
    skills: seeded.skillIds.map((skillId, i) => ({
      skillId,
      level: ['BEGINNER', 'COMPETENT', 'PROFICIENT'][i % 3],
    })),
    workExperience: [
      { title: 'Vrijwilliger buurthuis', occupationId: seeded.occupationId, from: '2021-03' },
    ],
    educationLevel: 'MBO_2',
    languages: [
      { code: 'nl', level: 'B1' },
      { code: 'en', level: 'A2' },
    ],
    hours: { min: 16, max: 24 },
    postcode: '3991 AB',
    travelKm: 15,
    transportModes: ['BICYCLE', 'PUBLIC_TRANSPORT'],
    wantedOccupationIds: [seeded.occupationId],
    wantedRouteTypes: ['VOLUNTEER', 'PAID_JOB'],
  };
}

async function seed(dataSource: DataSource): Promise<Seeded> {
  const region = await dataSource
    .getRepository(LabourMarketRegionEntity)
    .save({ name: 'Midden-Utrecht', slug: 'midden-utrecht' });
  await dataSource
    .getRepository(MunicipalityEntity)
    .save({ code: 'GM0321', name: 'Houten', province: 'Utrecht', regionId: region.id });
  await dataSource.getRepository(PostcodeAreaEntity).save({
    pc4: '3991',
    placeNames: ['Houten'],
    municipalityCode: 'GM0321',
    lat: 52.03,
    lon: 5.17,
  });
  await dataSource.getRepository(IscoGroupEntity).save({ code: '5322', labelNl: 'Thuiszorg' });
  const skills = await dataSource.getRepository(SkillEntity).save(
    ['show empathy', 'operate forklift', 'prepare meals'].map((labelEn, i) => ({
      uri: `http://data.europa.eu/esco/skill/bench-${i}`,
      labelEn,
      labelNl: i === 1 ? null : `${labelEn} (nl)`,
      altLabelsNl: [],
      altLabelsEn: [],
      skillType: null,
      reuseLevel: null,
    })),
  );
  const occupation = await dataSource.getRepository(OccupationEntity).save({
    uri: 'http://data.europa.eu/esco/occupation/bench-care',
    labelNl: 'helpende zorg',
    labelEn: 'care assistant',
    altLabelsNl: [],
    altLabelsEn: [],
    iscoGroupCode: '5322',
  });
  const passwordHash = await hashPassword(PASSWORD);
  const user = (role: Role, i: number) => ({
    email: `bench-${role.toLowerCase()}-${i}@example.org`,
    passwordHash,
    role,
    fullName: 'Bench',
    phone: null,
    organisationId: null,
    regionId: null,
    deactivatedAt: null,
    erasedAt: null,
  });
  const users = dataSource.getRepository(UserEntity);
  const jobSeekers = await users.save(
    Array.from({ length: CONCURRENCY * 2 }, (_, i) => user(Role.JOB_SEEKER, i)),
  );
  const coaches = await users.save(
    Array.from({ length: CONCURRENCY }, (_, i) => user(Role.COACH, i)),
  );
  // Coach i has job seeker CONCURRENCY + i in their caseload; the first CONCURRENCY job seekers save their own.
  await dataSource.getRepository(CaseloadAssignmentEntity).save(
    coaches.map((coach, i) => ({
      coachId: coach.id,
      jobSeekerId: (jobSeekers[CONCURRENCY + i] as UserEntity).id,
      assignedBy: coach.id,
    })),
  );
  return { skillIds: skills.map((s) => s.id), occupationId: occupation.id, jobSeekers, coaches };
}

/** `clients` loops in parallel, each saving one profile over and over until the deadline. */
async function runPhase(
  url: string,
  clients: { token: string; jobSeekerId: string | null }[],
  seeded: Seeded,
  durationMs: number,
): Promise<SavePhase> {
  let firstFailureShown = false;
  const post = async (token: string, body: string) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        authorization: `Bearer ${token}`,
      },
      body,
    });
    return (await response.json()) as {
      data?: { saveTalentProfile?: { id: string } };
      errors?: unknown;
    };
  };
  // The first save creates each profile; it is not what the benchmark measures.
  for (const client of clients)
    await post(
      client.token,
      JSON.stringify({
        query: SAVE,
        variables: { input: formInput(seeded, 0), jobSeekerId: client.jobSeekerId },
      }),
    );
  return runSavePhase(clients, durationMs, async (client, n) => {
    const json = await post(
      client.token,
      JSON.stringify({
        query: SAVE,
        variables: { input: formInput(seeded, n), jobSeekerId: client.jobSeekerId },
      }),
    );
    if (json.data?.saveTalentProfile?.id) return true;
    if (!firstFailureShown) {
      firstFailureShown = true;
      process.stderr.write(`first failure: ${JSON.stringify(json.errors)}\n`);
    }
    return false;
  });
}

/**
 * `saveTalentProfile` over real HTTP against real PostgreSQL and Redis: a few clients each save a whole profile
 * form again and again (validation of every field, postcode and taxonomy look-ups, the changes compared with
 * the stored profile, one transaction with the audit event, the profile read back with its completeness).
 * First as job seekers saving their own profile, then as coaches saving for a job seeker of their caseload.
 */
async function main(): Promise<void> {
  const services = await startLocalServices({
    stateDir: join(benchRoot, '..', '.var', `bench-profile-${process.pid}`),
    ephemeral: true,
    log: () => undefined,
  });
  try {
    const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 2 });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const seeded = await seed(dataSource);
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
    const tokenOf = async (user: UserEntity): Promise<string> => {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({
          query: LOGIN,
          variables: { i: { email: user.email, password: PASSWORD } },
        }),
      });
      const json = (await response.json()) as { data?: { login?: { accessToken: string } } };
      if (!json.data?.login) throw new Error(`login failed: ${JSON.stringify(json)}`);
      return json.data.login.accessToken;
    };
    const own = await Promise.all(
      seeded.jobSeekers
        .slice(0, CONCURRENCY)
        .map(async (user) => ({ token: await tokenOf(user), jobSeekerId: null })),
    );
    const byCoach = await Promise.all(
      seeded.coaches.map(async (coach, i) => ({
        token: await tokenOf(coach),
        jobSeekerId: (seeded.jobSeekers[CONCURRENCY + i] as UserEntity).id,
      })),
    );
    const ownPhase = await runPhase(url, own, seeded, DURATION_MS / 2);
    const coachPhase = await runPhase(url, byCoach, seeded, DURATION_MS / 2);
    await app.close();

    writeReport(
      'profile-save',
      [
        ...savePhaseRows(
          `saveTalentProfile by the job seeker, ${CONCURRENCY} concurrent`,
          ownPhase,
          TARGET_P95_MS,
        ),
        ...savePhaseRows(
          `saveTalentProfile by a caseload coach, ${CONCURRENCY} concurrent`,
          coachPhase,
          TARGET_P95_MS,
        ),
      ],
      { durationMs: DURATION_MS, concurrency: CONCURRENCY },
    );
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
