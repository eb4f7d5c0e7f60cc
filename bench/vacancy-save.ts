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
  EmployerOrganisationEntity,
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
import { addMonths, amsterdamDate } from '@werkmatch/vacancies/domain';
import { benchRoot, writeReport } from './support/report';
import { runSavePhase, savePhaseRows } from './support/save-load';

const DURATION_MS = Number(process.env['BENCH_DURATION_MS'] ?? 24_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 4);
// Made per run: a benchmark needs a valid password, not a known one.
const PASSWORD = `bench-${randomBytes(12).toString('hex')}`;
const TARGET_P95_MS = 300;
const SKILLS = 12;

const CREATE = `mutation($input: VacancyInput!) { createVacancy(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $input: VacancyInput!) { updateVacancy(id: $id, input: $input) { id version } }`;
const SUBMIT = `mutation($id: ID!) { submitVacancy(id: $id) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishVacancy(id: $id) { id } }`;
const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;

interface Seeded {
  skillIds: string[];
  occupationId: string;
  employers: UserEntity[];
  accountManager: UserEntity;
}

/** What the vacancy form sends: every field filled in, five required and three nice-to-have skills. */
function formInput(seeded: Seeded, n: number): Record<string, unknown> {
  const offset = n % (SKILLS - 8);
  return {
    title: `Medewerker bediening ${n}`,
    description:
      'Je serveert koffie en lunch in ons leerwerkrestaurant in Houten. Een vaste begeleider werkt je in; ' +
      'je leert bestellingen opnemen, afrekenen en gasten ontvangen.',
    occupationId: seeded.occupationId,
    requiredSkillIds: seeded.skillIds.slice(offset, offset + 5),
    niceToHaveSkillIds: seeded.skillIds.slice(offset + 5, offset + 8),
    routeType: 'PAID_JOB',
    hours: { min: 16, max: 16 + (n % 20) },
    positions: 1 + (n % 3),
    postcode: '3991 AB',
    minDutchLevel: 'A2',
    educationLevel: 'MBO_2',
    inclusiveOptions: ['JOB_COACH_POSSIBLE', 'PART_TIME_POSSIBLE'],
    contractType: 'FIXED_TERM',
    pay: { min: 14.4, max: 16.25, period: 'HOUR' },
    closingDate: addMonths(amsterdamDate(new Date()), 2),
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
  await dataSource.getRepository(IscoGroupEntity).save({ code: '5131', labelNl: 'Kelners' });
  const occupation = await dataSource.getRepository(OccupationEntity).save({
    uri: 'http://data.europa.eu/esco/occupation/bench-waiter',
    labelNl: 'kelner',
    labelEn: 'waiter',
    altLabelsNl: [],
    altLabelsEn: [],
    iscoGroupCode: '5131',
  });
  const skills = await dataSource.getRepository(SkillEntity).save(
    Array.from({ length: SKILLS }, (_, i) => ({
      uri: `http://data.europa.eu/esco/skill/bench-${i}`,
      labelEn: `bench skill ${i}`,
      labelNl: i % 3 === 0 ? `benchvaardigheid ${i}` : null,
      altLabelsNl: [],
      altLabelsEn: [],
      skillType: null,
      reuseLevel: null,
    })),
  );
  const passwordHash = await hashPassword(PASSWORD);
  const users = dataSource.getRepository(UserEntity);
  const user = (role: Role, i: number, extra: Partial<UserEntity>) => ({
    email: `bench-${role.toLowerCase()}-${i}@example.org`,
    passwordHash,
    role,
    fullName: 'Bench',
    phone: null,
    organisationId: null,
    regionId: null,
    deactivatedAt: null,
    erasedAt: null,
    ...extra,
  });
  // One verified organisation per client, as several employers posting at once would be.
  const organisations = await dataSource.getRepository(EmployerOrganisationEntity).save(
    Array.from({ length: CONCURRENCY }, (_, i) => ({
      name: `Bench Horeca ${i}`,
      kvkNumber: String(30_000_000 + i),
      street: 'Onderdoor',
      houseNumber: String(i + 1),
      postcode: '3991AB',
      city: 'Houten',
      sector: 'Horeca',
      regionId: region.id,
      verifiedAt: new Date(),
      verifiedBy: null,
    })),
  );
  const employers = await users.save(
    organisations.map((organisation, i) =>
      user(Role.EMPLOYER, i, { organisationId: organisation.id }),
    ),
  );
  const accountManager = await users.save(user(Role.ACCOUNT_MANAGER, 0, { regionId: region.id }));
  return {
    skillIds: skills.map((skill) => skill.id),
    occupationId: occupation.id,
    employers,
    accountManager,
  };
}

type Post = (token: string, query: string, variables: Record<string, unknown>) => Promise<Reply>;
interface Reply {
  data?: Record<string, { id: string } | undefined> | null;
  errors?: unknown;
}

/**
 * `createVacancy` and `updateVacancy` over real HTTP against real PostgreSQL and Redis: a few employers, each of
 * their own verified organisation, save a whole vacancy form again and again (every field rule, the postcode,
 * occupation and skill look-ups, one transaction with the skills and, for a published vacancy, the outbox event,
 * the vacancy read back). Three phases of a third of the time each: creating drafts, editing a draft, editing a
 * published vacancy (which also writes `vacancy.changed`).
 */
async function main(): Promise<void> {
  const services = await startLocalServices({
    stateDir: join(benchRoot, '..', '.var', `bench-vacancy-${process.pid}`),
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
    let firstFailureShown = false;
    const post: Post = async (token, query, variables) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const reply = (await response.json()) as Reply;
      if (reply.errors && !firstFailureShown) {
        firstFailureShown = true;
        process.stderr.write(`first failure: ${JSON.stringify(reply.errors)}\n`);
      }
      return reply;
    };
    const tokenOf = async (user: UserEntity): Promise<string> => {
      const reply = (await post('', LOGIN, {
        i: { email: user.email, password: PASSWORD },
      })) as { data?: { login?: { accessToken: string } } };
      if (!reply.data?.login) throw new Error(`login failed: ${JSON.stringify(reply)}`);
      return reply.data.login.accessToken;
    };
    const managerToken = await tokenOf(seeded.accountManager);
    const clients = await Promise.all(
      seeded.employers.map(async (employer) => ({
        token: await tokenOf(employer),
        vacancyId: null as string | null,
      })),
    );
    const create = async (client: { token: string }, n: number) =>
      (await post(client.token, CREATE, { input: formInput(seeded, n) })).data?.['createVacancy']
        ?.id ?? null;
    const update = async (client: { token: string; vacancyId: string | null }, n: number) =>
      !!(
        await post(client.token, UPDATE, {
          id: client.vacancyId,
          input: formInput(seeded, n),
        })
      ).data?.['updateVacancy']?.id;

    // Warm-up: the first calls compile queries and fill the pool; not what is measured.
    for (const client of clients) await create(client, 0);

    const phase = DURATION_MS / 3;
    const creating = await runSavePhase(
      clients,
      phase,
      async (client, n) => !!(await create(client, n)),
    );
    for (const client of clients) client.vacancyId = await create(client, 0);
    const editingDraft = await runSavePhase(clients, phase, update);
    for (const client of clients) {
      await post(client.token, SUBMIT, { id: client.vacancyId });
      const published = await post(managerToken, PUBLISH, { id: client.vacancyId });
      if (!published.data?.['publishVacancy'])
        throw new Error('publishing for the last phase failed');
    }
    const editingPublished = await runSavePhase(clients, phase, update);
    await app.close();

    writeReport(
      'vacancy-save',
      [
        ...savePhaseRows(`createVacancy, ${CONCURRENCY} concurrent`, creating, TARGET_P95_MS),
        ...savePhaseRows(
          `updateVacancy of a draft, ${CONCURRENCY} concurrent`,
          editingDraft,
          TARGET_P95_MS,
        ),
        ...savePhaseRows(
          `updateVacancy of a published vacancy (+ outbox), ${CONCURRENCY} concurrent`,
          editingPublished,
          TARGET_P95_MS,
        ),
      ],
      { durationMs: DURATION_MS, concurrency: CONCURRENCY, skillsPerVacancy: 8 },
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
