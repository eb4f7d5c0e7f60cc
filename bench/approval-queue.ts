import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { hashPassword } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { scoreMatch } from '@werkmatch/matching/domain';
import { createApiApp } from '@werkmatch/platform/api';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { loadConfig } from '@werkmatch/shared/config';
import { createLogger } from '@werkmatch/shared/logging';
import { startLocalServices } from '@werkmatch/shared/services';
import { addMonths, amsterdamDate } from '@werkmatch/vacancies/domain';
import { CefrLevel, RouteType, SkillLevel } from '@werkmatch/work/domain';
import { BenchRow, benchRoot, percentile, writeReport } from './support/report';

/** Open proposals in the measured account manager's region: the figure. */
const OPEN_PROPOSALS = Number(process.env['BENCH_OPEN_PROPOSALS'] ?? 5_000);
/** Proposals elsewhere (another region, and decided ones), so the region and status filters have work to do. */
const OTHER_PROPOSALS = Number(process.env['BENCH_OTHER_PROPOSALS'] ?? 10_000);
const QUEUE_CALLS = Number(process.env['BENCH_QUEUE_CALLS'] ?? 300);
const DECISIONS = Number(process.env['BENCH_DECISIONS'] ?? 1_200);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 4);
const VACANCIES = 250;
const TARGET_QUEUE_P95_MS = 200;
// Made per run: a benchmark needs a valid password, not a known one.
const PASSWORD = `bench-${randomBytes(12).toString('hex')}`;

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`;
/** What an account manager's screen asks for each proposal: the explanation, both sides, who the person is. */
const QUEUE = `query($filter: ApprovalQueueFilter, $after: String) {
  approvalQueue(filter: $filter, first: 10, after: $after) {
    items {
      id score status source createdAt interests
      explanation { kind nl en score }
      talentProfile { id headline }
      vacancy { id title routeType }
      person { fullName coach { fullName } }
    }
    nextCursor
  }
}`;
const APPROVE = `mutation($id: ID!) { approveMatchProposal(id: $id) { id status } }`;
const REJECT = `mutation($id: ID!) { rejectMatchProposal(id: $id, reason: SKILLS) { id status } }`;
const BATCH = `mutation($d: [MatchDecisionInput!]!) {
  decideMatchProposals(decisions: $d) { proposalId error { code } }
}`;

interface Seeded {
  regionId: string;
  managers: string[];
  vacancyIds: string[];
  organisationIds: string[];
}

/** A realistic explanation (the scorer's items for an ordinary pair), stored with every generated proposal. */
function explanation(): unknown {
  const care = { id: '00000000-0000-4000-8000-000000000001', label: 'empathie tonen' };
  const lift = { id: '00000000-0000-4000-8000-000000000002', label: 'heftruck besturen' };
  return scoreMatch(
    {
      skills: [{ ...care, level: SkillLevel.COMPETENT }],
      wantedOccupations: [],
      educationLevel: null,
      dutchLevel: CefrLevel.B1,
      hours: { min: 16, max: 24 },
      earliestStart: null,
      location: { lat: 52.03, lon: 5.17 },
      travelKm: 15,
      wantedRouteTypes: [RouteType.PAID_JOB],
      participationLevel: 5,
      hasShelteredWorkIndication: false,
      inJobAgreementRegister: false,
    },
    {
      requiredSkills: [care, lift],
      niceToHaveSkills: [lift],
      occupation: null,
      occupationEssentialSkills: [],
      routeType: RouteType.PAID_JOB,
      hours: { min: 16, max: 32 },
      location: { lat: 52.05, lon: 5.2 },
      remote: false,
      minDutchLevel: CefrLevel.A2,
      educationLevel: null,
      inclusiveOptions: [],
      reservedForJobAgreement: false,
      closingDate: addMonths(amsterdamDate(new Date()), 2),
    },
  ).items;
}

/**
 * Generated straight in SQL: a region and another one, organisations and vacancies of several route types, a
 * job seeker with a published profile and a coach per proposal, OPEN_PROPOSALS open proposals in the region
 * (scores 50–99, ages over a month) and OTHER_PROPOSALS elsewhere or decided.
 */
async function seed(db: DataSource): Promise<Seeded> {
  const [{ id: regionId }] = (await db.query(
    `INSERT INTO labour_market_region (name, slug) VALUES ('Midden-Utrecht', 'midden-utrecht') RETURNING id`,
  )) as [{ id: string }];
  const [{ id: otherRegionId }] = (await db.query(
    `INSERT INTO labour_market_region (name, slug) VALUES ('Gooi en Vechtstreek', 'gooi') RETURNING id`,
  )) as [{ id: string }];
  const hash = await hashPassword(PASSWORD);
  const managers = (
    (await db.query(
      `INSERT INTO app_user (email, password_hash, role, full_name, region_id)
       SELECT 'bench-manager-' || n || '@example.org', $1, $2, 'Accountmanager ' || n, $3
       FROM generate_series(1, $4) n RETURNING id`,
      [hash, Role.ACCOUNT_MANAGER, regionId, CONCURRENCY],
    )) as { id: string }[]
  ).map((row) => row.id);
  const organisationIds = (
    (await db.query(
      `INSERT INTO employer_organisation (name, kvk_number, street, house_number, postcode, city, sector, region_id, verified_at)
       SELECT 'Werkgever ' || n, (50000000 + n)::text, 'Onderdoor', n::text, '3991AB', 'Houten', 'Zorg',
              CASE WHEN n % 5 = 0 THEN $2::uuid ELSE $1::uuid END, now()
       FROM generate_series(1, 50) n RETURNING id`,
      [regionId, otherRegionId],
    )) as { id: string }[]
  ).map((row) => row.id);
  // One member per organisation: the contact an approval introduces and emails.
  await db.query(
    `INSERT INTO app_user (email, password_hash, role, full_name, organisation_id)
     SELECT 'bench-employer-' || kvk_number || '@example.org', $1, $2, 'Contact ' || name, id
     FROM employer_organisation`,
    [hash, Role.EMPLOYER],
  );
  const routes = [
    RouteType.PAID_JOB,
    RouteType.LEARN_WORK,
    RouteType.VOLUNTEER,
    RouteType.PARTICIPATION_JOB,
  ];
  const vacancies = (await db.query(
    `INSERT INTO vacancy (organisation_id, status, title, description, route_type, hours_min, hours_max, positions,
       remote, closing_date, review_region_id, region_id, published_at, version)
     SELECT o.id, 'PUBLISHED', 'Vacature ' || n, 'Een vacature van de benchmark, met genoeg tekst.',
            ($1::varchar[])[1 + n % 4], 16, 32, 1000, true, $2::date, o.region_id, o.region_id, now(), 1
     FROM generate_series(1, $3) n
     JOIN LATERAL (SELECT id, region_id FROM employer_organisation ORDER BY id OFFSET (n % 50) LIMIT 1) o ON true
     RETURNING id, review_region_id`,
    [routes, addMonths(amsterdamDate(new Date()), 3), VACANCIES],
  )) as { id: string; review_region_id: string }[];
  const inRegion = vacancies.filter((v) => v.review_region_id === regionId).map((v) => v.id);
  const elsewhere = vacancies.filter((v) => v.review_region_id !== regionId).map((v) => v.id);

  const people = OPEN_PROPOSALS + OTHER_PROPOSALS;
  await db.query(
    `INSERT INTO app_user (email, password_hash, role, full_name)
     SELECT 'bench-coach-' || n || '@example.org', $1, $2, 'Coach ' || n FROM generate_series(1, 100) n`,
    [hash, Role.COACH],
  );
  await db.query(
    `INSERT INTO app_user (email, password_hash, role, full_name)
     SELECT 'bench-seeker-' || n || '@example.org', $1, $2, 'Werkzoekende ' || n FROM generate_series(1, $3) n`,
    [hash, Role.JOB_SEEKER, people],
  );
  await db.query(
    `INSERT INTO caseload_assignment (coach_id, job_seeker_id, assigned_by)
     SELECT c.id, s.id, $1 FROM
       (SELECT id, row_number() OVER (ORDER BY id) AS r FROM app_user WHERE role = 'JOB_SEEKER') s
       JOIN (SELECT id, row_number() OVER (ORDER BY id) AS r FROM app_user WHERE role = 'COACH') c
         ON c.r = 1 + s.r % 100`,
    [managers[0]],
  );
  await db.query(
    `INSERT INTO talent_profile (job_seeker_id, status, headline, hours_min, hours_max, travel_km, region_id,
       wanted_route_types, published_at, confirmed_at, version)
     SELECT id, 'PUBLISHED', 'Handige doener ' || right(email, 20), 16, 24, 15, $1, '{PAID_JOB}', now(), now(), 1
     FROM app_user WHERE role = 'JOB_SEEKER'`,
    [regionId],
  );
  // Open proposals in the region first, then the rest: elsewhere, or decided in the region.
  await db.query(
    `INSERT INTO match_proposal (profile_id, vacancy_id, job_seeker_id, review_region_id, score, explanation,
       profile_version, vacancy_version, source, status, computed_at, created_at)
     SELECT p.id, v.id, p.job_seeker_id, v.review_region_id, 50 + (p.r * 7919) % 50, $3::jsonb, 1, 1,
            CASE WHEN p.r % 10 = 0 THEN 'JOB_SEEKER_INTEREST' ELSE 'ENGINE' END,
            CASE WHEN p.r <= $4 OR v.review_region_id <> $5 THEN 'OPEN' ELSE 'REJECTED' END,
            now(), now() - (p.r % 720) * interval '1 hour'
     FROM (SELECT id, job_seeker_id, row_number() OVER (ORDER BY id) AS r FROM talent_profile) p
     JOIN LATERAL (
       SELECT v.id, v.review_region_id FROM vacancy v
       WHERE v.id = CASE WHEN p.r <= $4 OR p.r % 2 = 0 THEN ($1::uuid[])[1 + p.r % cardinality($1::uuid[])]
                         ELSE ($2::uuid[])[1 + p.r % cardinality($2::uuid[])] END
     ) v ON true`,
    [inRegion, elsewhere, JSON.stringify(explanation()), OPEN_PROPOSALS, regionId],
  );
  await db.query('ANALYZE');
  return { regionId, managers, vacancyIds: inRegion, organisationIds };
}

interface Timed {
  latencies: number[];
  failures: number;
  elapsedS: number;
}

function rows(
  name: string,
  timed: Timed,
  unit: 'queries' | 'decisions',
  count = timed.latencies.length,
  target?: number,
): BenchRow[] {
  const p95 = percentile(timed.latencies, 95);
  return [
    { benchmark: name, metric: unit, value: count, unit: '' },
    { benchmark: name, metric: 'throughput', value: count / timed.elapsedS, unit: `${unit}/s` },
    { benchmark: name, metric: 'p50', value: percentile(timed.latencies, 50), unit: 'ms' },
    {
      benchmark: name,
      metric: 'p95',
      value: p95,
      unit: 'ms',
      ...(target ? { target: `< ${target} ms`, meetsTarget: p95 < target } : {}),
    },
    { benchmark: name, metric: 'p99', value: percentile(timed.latencies, 99), unit: 'ms' },
    { benchmark: name, metric: 'failures', value: timed.failures, unit: '' },
  ];
}

/** Each worker takes the next item until none are left; latency per call. */
async function timedRun<T>(
  items: readonly T[],
  width: number,
  call: (item: T, lane: number) => Promise<boolean>,
): Promise<Timed> {
  const latencies: number[] = [];
  let failures = 0;
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: width }, async (_, lane) => {
      while (next < items.length) {
        const item = items[next++] as T;
        const t0 = process.hrtime.bigint();
        if (!(await call(item, lane))) failures++;
        latencies.push(Number(process.hrtime.bigint() - t0) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { latencies, failures, elapsedS: (Date.now() - started) / 1000 };
}

/**
 * The account manager's queue and decisions over real HTTP against real PostgreSQL and Redis (issue 7, Measure):
 * the queue query with everything the screen shows (explanation, anonymised profile, vacancy, the person and
 * their coach as an audited read) for an account manager whose region holds OPEN_PROPOSALS open proposals,
 * first pages and later pages through the cursor and filtered; then decisions per second, one at a time by
 * CONCURRENCY account managers (approvals write the decision, audit, notifications and emails) and in batches.
 */
async function main(): Promise<void> {
  const services = await startLocalServices({
    stateDir: join(benchRoot, '..', '.var', `bench-approvals-${process.pid}`),
    ephemeral: true,
    log: () => undefined,
  });
  try {
    const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 2 });
    await dataSource.initialize();
    await dataSource.runMigrations();
    const seedStarted = Date.now();
    const seeded = await seed(dataSource);
    process.stdout.write(`seeded in ${((Date.now() - seedStarted) / 1000).toFixed(1)} s\n`);

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
    let shown = false;
    const post = async (token: string, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const reply = (await response.json()) as {
        data?: Record<string, unknown> | null;
        errors?: unknown;
      };
      if (reply.errors && !shown) {
        shown = true;
        process.stderr.write(`first failure: ${JSON.stringify(reply.errors)}\n`);
      }
      return reply;
    };
    const tokens: string[] = [];
    for (const [index] of seeded.managers.entries()) {
      const reply = (await post('', LOGIN, {
        i: { email: `bench-manager-${index + 1}@example.org`, password: PASSWORD },
      })) as { data?: { login?: { accessToken: string } } };
      if (!reply.data?.login) throw new Error('login failed');
      tokens.push(reply.data.login.accessToken);
    }
    const [token] = tokens as [string];

    type Queue = { approvalQueue?: { items: { id: string }[]; nextCursor: string | null } };
    const queue = async (variables: Record<string, unknown>, as = token) =>
      (await post(as, QUEUE, variables)).data as Queue | undefined;
    // Warm-up: compile queries, fill the pool.
    for (let i = 0; i < 10; i++) await queue({});

    // One account manager paging: the first page, then the next four through the cursor, again and again.
    let cursor: string | null = null;
    const paging = await timedRun(Array.from({ length: QUEUE_CALLS }), 1, async (_item) => {
      const page = await queue(cursor ? { after: cursor } : {});
      cursor = page?.approvalQueue?.nextCursor ?? null;
      if (Math.random() < 0.2) cursor = null;
      return !!page?.approvalQueue;
    });
    const filters = [
      { routeTypes: [RouteType.VOLUNTEER] },
      { routeTypes: [RouteType.PAID_JOB, RouteType.LEARN_WORK] },
      { sources: ['JOB_SEEKER_INTEREST'] },
      { vacancyId: seeded.vacancyIds[7] },
      { organisationId: seeded.organisationIds[3] },
    ];
    const filtered = await timedRun(Array.from({ length: QUEUE_CALLS }), 1, async (_item) => {
      const page = await queue({ filter: filters[Math.floor(Math.random() * filters.length)] });
      return !!page?.approvalQueue;
    });
    const concurrent = await timedRun(
      Array.from({ length: QUEUE_CALLS }),
      CONCURRENCY,
      async (_item, lane) => {
        const page = await queue({}, tokens[lane]);
        return !!page?.approvalQueue;
      },
    );

    // Decisions: the open proposals of the region, lowest scores first (the top of the queue stays for the reads).
    const open = (
      (await dataSource.query(
        `SELECT id FROM match_proposal WHERE review_region_id = $1 AND status = 'OPEN' ORDER BY score, id LIMIT $2`,
        [seeded.regionId, DECISIONS * 2],
      )) as { id: string }[]
    ).map((row) => row.id);
    const single = open.slice(0, DECISIONS);
    const batched = open.slice(DECISIONS);
    const deciding = await timedRun(single, CONCURRENCY, async (id, lane) => {
      const approve = id.charCodeAt(0) % 2 === 0;
      const reply = await post(tokens[lane] as string, approve ? APPROVE : REJECT, { id });
      return !reply.errors;
    });
    const batches: string[][] = [];
    for (let i = 0; i < batched.length; i += 50) batches.push(batched.slice(i, i + 50));
    const batchDeciding = await timedRun(batches, CONCURRENCY, async (ids, lane) => {
      const reply = (await post(tokens[lane] as string, BATCH, {
        d: ids.map((proposalId, i) =>
          i % 2 === 0
            ? { proposalId, action: 'APPROVE' }
            : { proposalId, action: 'REJECT', reason: 'HOURS' },
        ),
      })) as { data?: { decideMatchProposals?: { error: unknown }[] }; errors?: unknown };
      return (
        !reply.errors &&
        (reply.data?.decideMatchProposals ?? []).every((result) => result.error === null)
      );
    });
    const [{ decided }] = (await dataSource.query(
      `SELECT count(*)::int AS decided FROM match_decision`,
    )) as [{ decided: number }];
    await app.close();
    await dataSource.destroy();

    writeReport(
      'approval-queue',
      [
        ...rows(
          `approvalQueue, ${OPEN_PROPOSALS} open in the region, first and next pages (10 per page), 1 client`,
          paging,
          'queries',
          undefined,
          TARGET_QUEUE_P95_MS,
        ),
        ...rows(
          'approvalQueue with a filter (route type, source, vacancy or employer), 1 client',
          filtered,
          'queries',
          undefined,
          TARGET_QUEUE_P95_MS,
        ),
        ...rows(
          `approvalQueue, first page, ${CONCURRENCY} account managers at once`,
          concurrent,
          'queries',
        ),
        ...rows(
          `approve or reject one at a time, ${CONCURRENCY} account managers at once`,
          deciding,
          'decisions',
        ),
        ...rows(
          `decideMatchProposals, 50 per call, ${CONCURRENCY} account managers at once (latency per call)`,
          batchDeciding,
          'decisions',
          batched.length,
        ),
        { benchmark: 'check', metric: 'decision rows written', value: decided, unit: '' },
      ],
      {
        openProposals: OPEN_PROPOSALS,
        otherProposals: OTHER_PROPOSALS,
        vacancies: VACANCIES,
        concurrency: CONCURRENCY,
        queueCalls: QUEUE_CALLS,
      },
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
