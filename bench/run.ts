import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { hashPassword } from '@werkmatch/identity/data-access';
import { RecomputeMatchesJob, RecomputeProgress } from '@werkmatch/matching/data-access';
import {
  DEFAULT_GENERATOR_SEED,
  GENERATED_EMAIL_DOMAIN,
  generateData,
  GeneratorInputError,
  GeneratorResult,
  GeneratorSize,
  parseGeneratorSize,
  resetDatabase,
} from '@werkmatch/platform/data-generator';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createRedisConnection, QueueName, QueueRegistry } from '@werkmatch/queue';
import { createSearchEngine, type SearchEngine, type SearchIndex } from '@werkmatch/search';
import { SearchIndexSync } from '@werkmatch/search/feature-worker';
import { type AppConfig, loadConfig } from '@werkmatch/shared/config';
import { findFreePort, startLocalServices } from '@werkmatch/shared/services';
import { VacancyEntity } from '@werkmatch/vacancies/data-access';
import { VacancyStatus } from '@werkmatch/vacancies/domain';
import { RouteType } from '@werkmatch/work/domain';
import { ensureReferenceData } from '../tools/dev/reference-data';
import { findRepoRoot, referenceDataDir } from '../tools/reference-data/paths';
import { freshnessRows, measureFreshness } from './match-freshness';
import { pick, type Random, seededRandom } from './search-data';
import { measureSearchLag } from './search-lag';
import { latencyRows, measure, typed } from './search-latency';
import { cpuOf, cpuOfEndedChildren, cpuOfTree, postmasterOn } from './support/cpu';
import { databaseCatalogue } from './support/database-catalogue';
import type { LoadConfig, LoadRequest, LoadResult } from './support/load-generator';
import { type BenchRow, machine, percentile, writeReport } from './support/report';

const repoRoot = findRepoRoot();
const USAGE = `usage: npm run bench -- --size small|city|national [options]

Generates the data set of the size into a PostgreSQL and Redis of its own (or DATABASE_URL / REDIS_URL), starts
the api and the worker as the project runs them (two processes), and measures: the generator, the search index
rebuild, one full match recomputation, match freshness, outbox-to-index lag, search latency per index and kind
of query, GraphQL throughput and latency under load from a second process (autocannon), the approval queue, and
the memory of api and worker. Writes bench/results/bench-<size>.json and .md.

  --seed <n>               another data set of the size (default ${DEFAULT_GENERATOR_SEED})
  --reset                  empty DATABASE_URL first when it already holds data (everything in it is deleted)
  --duration <s>           each GraphQL load run (default 20)
  --connections <n>        requests in flight during a load run (default 16)
  --changes <n>            changes per kind for match freshness (default 40)
  --queries <n>            searches per index for search latency (default 400)
  --recompute-timeout <m>  stop waiting for the full recomputation after this many minutes (default 40)
  --only <parts>           generate, index and recompute, then only these of freshness, lag, latency, graphql
                           (comma-separated; a quicker rerun while working on one part). BENCH_API_NODE_ARGS and
                           BENCH_WORKER_NODE_ARGS pass node flags to api and worker, e.g. --cpu-prof`;

interface Options {
  size: GeneratorSize;
  seed: number;
  reset: boolean;
  durationSeconds: number;
  connections: number;
  changes: number;
  queries: number;
  recomputeTimeoutMinutes: number;
  /** The measurements after the recomputation to run; null: all. */
  only: Part[] | null;
}

const PARTS = ['freshness', 'lag', 'latency', 'graphql'] as const;
type Part = (typeof PARTS)[number];

const TARGET = {
  searchP95Ms: 50,
  lagP95Ms: 1_000,
  recomputeMinutes: 10,
  graphqlRps: 1_000,
  graphqlP95Ms: 100,
};

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseOptions(argv: string[]): Options {
  const values: Record<string, string> = {};
  let reset = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=', 2);
    if (flag === '--reset') reset = true;
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (
      [
        '--size',
        '--seed',
        '--duration',
        '--connections',
        '--changes',
        '--queries',
        '--recompute-timeout',
        '--only',
      ].includes(flag ?? '')
    )
      values[(flag as string).slice(2)] = inline ?? argv[++i] ?? fail(`${flag} needs a value`);
    else fail(`unknown argument ${argv[i]}\n\n${USAGE}`);
  }
  const number = (name: string, fallback: number) => {
    const value = values[name] === undefined ? fallback : Number(values[name]);
    if (!Number.isFinite(value) || value <= 0) fail(`--${name} must be a positive number`);
    return value;
  };
  let size: GeneratorSize;
  try {
    size = parseGeneratorSize(values['size']);
  } catch (error) {
    if (error instanceof GeneratorInputError) fail(`${error.message}\n\n${USAGE}`);
    throw error;
  }
  const only = values['only']?.split(',') ?? null;
  for (const part of only ?? [])
    if (!(PARTS as readonly string[]).includes(part))
      fail(`--only takes ${PARTS.join(', ')} (comma-separated), not ${part}`);
  return {
    size,
    seed: number('seed', DEFAULT_GENERATOR_SEED),
    reset,
    durationSeconds: number('duration', 20),
    connections: number('connections', 16),
    changes: number('changes', 40),
    queries: number('queries', 400),
    recomputeTimeoutMinutes: number('recompute-timeout', 40),
    only: only as Part[] | null,
  };
}

const log = (message: string) =>
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/**
 * Waits until the worker has nothing left to do on the matching and search queues for two seconds in a row (a
 * debounced job waits 750 ms before it counts), so one measurement does not pay for the previous one's work.
 */
async function waitForQuiet(queues: QueueRegistry, timeoutMs = 10 * 60_000): Promise<void> {
  const started = Date.now();
  let quietSince: number | null = null;
  for (;;) {
    let busy = 0;
    for (const name of [QueueName.Matching, QueueName.SearchIndex]) {
      const counts = await queues.queue(name).getJobCounts('active', 'waiting', 'prioritized');
      busy += Object.values(counts).reduce((sum, n) => sum + n, 0);
    }
    if (busy > 0) quietSince = null;
    else if (quietSince === null) quietSince = Date.now();
    else if (Date.now() - quietSince >= 2_000) return;
    if (Date.now() - started > timeoutMs) {
      log(`the worker is still busy after ${timeoutMs / 60_000} min; measuring anyway`);
      return;
    }
    await sleep(250);
  }
}

/** Resident and peak memory of a process, from /proc (Linux): what `top` would show, in MiB. */
function memoryOf(pid: number | undefined): { rss: number; peak: number } | null {
  if (!pid) return null;
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = (field: string) =>
      Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kib('VmRSS') / 1024, peak: kib('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

/** The api or the worker, started from the build as production starts it, logging to a file. */
class AppProcess {
  child: ChildProcess | null = null;

  constructor(
    readonly name: 'api' | 'worker',
    private readonly env: Record<string, string>,
    private readonly port: number,
    private readonly logFile: string,
  ) {}

  async start(): Promise<void> {
    const out = createWriteStream(this.logFile, { flags: 'a' });
    const child = spawn(
      process.execPath,
      [
        // BENCH_API_NODE_ARGS / BENCH_WORKER_NODE_ARGS, e.g. --cpu-prof
        ...(process.env[`BENCH_${this.name.toUpperCase()}_NODE_ARGS`] ?? '')
          .split(' ')
          .filter(Boolean),
        join(repoRoot, 'dist', 'apps', this.name, 'src', 'main.js'),
      ],
      { env: { PATH: process.env['PATH'] ?? '', ...this.env }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    child.stdout?.pipe(out);
    child.stderr?.pipe(out);
    this.child = child;
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null)
        throw new Error(`${this.name} exited with ${child.exitCode}; see ${this.logFile}`);
      try {
        if ((await fetch(`http://127.0.0.1:${this.port}/readyz`)).ok) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`${this.name} not ready in 120 s`);
      await sleep(100);
    }
  }

  memory() {
    return memoryOf(this.child?.pid);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await Promise.race([exited, sleep(15_000)]);
    if (child.exitCode === null) child.kill('SIGKILL');
    this.child = null;
  }
}

function generatorRows(result: GeneratorResult): BenchRow[] {
  const label = `generator, size ${result.size}: ${result.records.talentProfiles.toLocaleString('en')} profiles, ${result.records.vacancies.toLocaleString('en')} vacancies, ${result.records.accounts.toLocaleString('en')} accounts, ${result.records.organisations.toLocaleString('en')} organisations`;
  return [
    { benchmark: label, metric: 'wall time', value: result.ms.total / 1000, unit: 's' },
    { benchmark: label, metric: 'records', value: result.recordsPerSecond, unit: 'records/s' },
    { benchmark: label, metric: 'rows with links', value: result.rowsPerSecond, unit: 'rows/s' },
    ...(['reference', 'plan', 'validate', 'write'] as const).map((phase) => ({
      benchmark: `generator: ${{ reference: 'reading the reference data', plan: 'planning', validate: 'references and domain rules', write: 'writing (one transaction) and ANALYZE' }[phase]}`, // prettier-ignore
      metric: 'time',
      value: result.ms[phase] / 1000,
      unit: 's',
    })),
  ];
}

/** Waits for the recomputation, reporting progress; null when it did not finish in time. */
async function waitForRecomputation(
  queue: Queue,
  jobId: string,
  timeoutMs: number,
): Promise<{ result: RecomputeProgress | null; progress: RecomputeProgress | null; ms: number }> {
  const started = Date.now();
  let lastLog = 0;
  let progress: RecomputeProgress | null = null;
  for (;;) {
    const job = await queue.getJob(jobId);
    if (job?.progress && typeof job.progress === 'object')
      progress = job.progress as unknown as RecomputeProgress;
    if (job?.finishedOn) {
      if (job.failedReason) throw new Error(`recomputation failed: ${job.failedReason}`);
      return {
        result: job.returnvalue as RecomputeProgress,
        progress,
        ms: job.finishedOn - started,
      };
    }
    if (Date.now() - lastLog > 15_000) {
      lastLog = Date.now();
      log(
        `recomputation: ${progress ? `${progress.vacanciesDone} of ${progress.vacanciesTotal} vacancies, ${progress.proposalsOpen} open proposals` : 'waiting'} after ${((Date.now() - started) / 1000).toFixed(0)} s`,
      );
    }
    if (Date.now() - started > timeoutMs)
      return { result: null, progress, ms: Date.now() - started };
    await sleep(500);
  }
}

interface Graphql {
  url: string;
  call(token: string, query: string, variables?: Record<string, unknown>): Promise<unknown>;
}

function graphqlClient(url: string): Graphql {
  return {
    url,
    async call(token, query, variables = {}) {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${token}`,
          'apollo-require-preflight': 'true',
        },
        body: JSON.stringify({ query, variables }),
      });
      const json = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
      if (json.errors?.length)
        throw new Error(json.errors.map((error) => error.message).join('; '));
      return json.data;
    },
  };
}

async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
      variables: { i: { email, password } },
    }),
  });
  const json = (await response.json()) as { data?: { login?: { accessToken?: string } } };
  const token = json.data?.login?.accessToken;
  if (!token) throw new Error(`login of ${email} failed: ${JSON.stringify(json)}`);
  return token;
}

const QUERIES = {
  searchVacancies: `query($q: String, $f: VacancySearchFiltersInput, $s: SearchSort) {
    searchVacancies(query: $q, filters: $f, sort: $s, first: 20) {
      total hits { distanceKm vacancy { id title routeType municipalityName hours { min max } skills { label } } } } }`,
  searchTalentProfiles: `query($q: String, $f: TalentProfileSearchFiltersInput) {
    searchTalentProfiles(query: $q, filters: $f, first: 20) {
      total hits { talentProfile { id headline municipalityName wantedRouteTypes skills { label } } } } }`,
  myTalentProfile: `query { myTalentProfile { id status headline hours { min max } travelKm
      languages { code level } skills { level skill { label } } completeness { score publishable } } }`,
  anonymisedTalentProfile: `query($id: ID!) { anonymisedTalentProfile(id: $id) { id headline talents
      skills { label level } area { municipalityName regionName } wantedRouteTypes hours { min max } } }`,
  matchProposals: `query($v: ID!) { matchProposals(vacancyId: $v, first: 10) {
      items { id score status explanation { kind nl } talentProfile { id headline } } nextCursor } }`,
  approvalQueue: `query { approvalQueue(first: 20) {
      items { id score status source vacancy { id title } explanation { kind nl } } nextCursor } }`,
};

interface Actors {
  jobSeeker: { token: string; postcode: string };
  employer: { token: string; vacancyId: string };
  accountManager: { token: string; vacancyIds: string[]; openProposals: number };
  profileIds: string[];
}

/** Logs in one generated person per role, picked where the data makes their screens realistic. */
async function actors(db: DataSource, url: string, password: string): Promise<Actors> {
  const one = async <T>(sql: string, params: unknown[] = []): Promise<T> => {
    const [row] = (await db.query(sql, params)) as T[];
    if (!row) throw new Error(`nothing found for ${sql}`);
    return row;
  };
  const jobSeeker = await one<{ email: string; postcode: string }>(
    `SELECT u.email, p.postcode FROM talent_profile p JOIN app_user u ON u.id = p.job_seeker_id
     WHERE p.status = 'PUBLISHED' AND u.email LIKE $1 ORDER BY u.email LIMIT 1`,
    [`%@${GENERATED_EMAIL_DOMAIN}`],
  );
  // The account manager of the region with the most open proposals, and the vacancies that have them.
  const manager = await one<{ email: string; region_id: string; open: number }>(
    `SELECT u.email, mp.review_region_id AS region_id, count(*)::int AS open
     FROM match_proposal mp JOIN app_user u ON u.region_id = mp.review_region_id AND u.role = 'ACCOUNT_MANAGER'
     WHERE mp.status = 'OPEN' AND u.email LIKE $1
     GROUP BY u.email, mp.review_region_id ORDER BY open DESC, u.email LIMIT 1`,
    [`%@${GENERATED_EMAIL_DOMAIN}`],
  );
  const vacancyIds = (
    (await db.query(
      `SELECT vacancy_id FROM match_proposal WHERE status = 'OPEN' AND review_region_id = $1
       GROUP BY vacancy_id ORDER BY count(*) DESC, vacancy_id LIMIT 50`,
      [manager.region_id],
    )) as { vacancy_id: string }[]
  ).map((row) => row.vacancy_id);
  const employer = await one<{ email: string; vacancy_id: string }>(
    `SELECT u.email, v.id AS vacancy_id FROM vacancy v JOIN app_user u ON u.organisation_id = v.organisation_id
     WHERE v.status = 'PUBLISHED' AND u.email LIKE $1 ORDER BY v.id LIMIT 1`,
    [`%@${GENERATED_EMAIL_DOMAIN}`],
  );
  const profileIds = (
    (await db.query(
      `SELECT id FROM talent_profile WHERE status = 'PUBLISHED' ORDER BY id LIMIT 500`,
    )) as { id: string }[]
  ).map((row) => row.id);
  return {
    jobSeeker: { token: await login(url, jobSeeker.email, password), postcode: jobSeeker.postcode },
    employer: { token: await login(url, employer.email, password), vacancyId: employer.vacancy_id },
    accountManager: {
      token: await login(url, manager.email, password),
      vacancyIds,
      openProposals: manager.open,
    },
    profileIds,
  };
}

type Operation = keyof typeof QUERIES;

/** A request body of an operation, varied the way people vary them (what they type, where, which route). */
function bodyOf(
  operation: Operation,
  who: Actors,
  catalogue: Awaited<ReturnType<typeof databaseCatalogue>>,
  random: Random,
): LoadRequest {
  const routes = Object.values(RouteType);
  const as = (token: string, variables: Record<string, unknown>): LoadRequest => ({
    name: operation,
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
      'apollo-require-preflight': 'true',
    },
    body: JSON.stringify({ query: QUERIES[operation], variables }),
  });
  switch (operation) {
    case 'searchVacancies': {
      const near = random() < 0.6;
      return as(who.jobSeeker.token, {
        q: random() < 0.8 ? typed(catalogue, random) : null,
        f: {
          ...(near ? { near: { postcode: who.jobSeeker.postcode, radiusKm: 5 + Math.floor(random() * 20) } } : {}), // prettier-ignore
          ...(random() < 0.4 ? { routeTypes: [pick(random, routes)] } : {}),
        },
        s: near && random() < 0.5 ? 'DISTANCE' : null,
      });
    }
    case 'searchTalentProfiles':
      return as(who.employer.token, {
        q: random() < 0.8 ? typed(catalogue, random) : null,
        f: {
          ...(random() < 0.5 ? { regionIds: [pick(random, catalogue.regionIds)] } : {}),
          ...(random() < 0.4 ? { routeTypes: [pick(random, routes)] } : {}),
        },
      });
    case 'myTalentProfile':
      return as(who.jobSeeker.token, {});
    case 'anonymisedTalentProfile':
      return as(who.employer.token, { id: pick(random, who.profileIds) });
    case 'matchProposals':
      return as(who.accountManager.token, { v: pick(random, who.accountManager.vacancyIds) });
    case 'approvalQueue':
      return as(who.accountManager.token, {});
  }
}

function mix(
  weights: readonly (readonly [Operation, number])[],
  count: number,
  who: Actors,
  catalogue: Awaited<ReturnType<typeof databaseCatalogue>>,
  seed: number,
): LoadRequest[] {
  const random = seededRandom(seed);
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  const requests: LoadRequest[] = [];
  for (let n = 0; n < count; n++) {
    let at = random() * total;
    const operation = (weights.find(([, weight]) => (at -= weight) < 0) ?? weights[0])?.[0] as Operation; // prettier-ignore
    requests.push(bodyOf(operation, who, catalogue, random));
  }
  return requests;
}

/** One client, one request at a time: each operation's own latency without load. */
async function sequentialLatency(url: string, requests: LoadRequest[]): Promise<number[]> {
  const times: number[] = [];
  for (const [n, request] of requests.entries()) {
    const started = performance.now();
    const response = await fetch(url, { method: 'POST', headers: request.headers, body: request.body }); // prettier-ignore
    const text = await response.text();
    if (!response.ok || text.includes('"errors"'))
      throw new Error(`${request.name} failed: ${text.slice(0, 300)}`);
    if (n >= 10) times.push(performance.now() - started);
  }
  return times;
}

/** Runs the load generator in a process of its own and returns what it measured. */
async function loadRun(stateDir: string, config: LoadConfig, name: string): Promise<LoadResult> {
  const file = join(stateDir, `load-${name}.json`);
  writeFileSync(file, JSON.stringify(config));
  const child = spawn(
    process.execPath,
    [join(repoRoot, 'dist', 'bench', 'support', 'load-generator.js'), file],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`load generator exited with ${code}`);
  return JSON.parse(output) as LoadResult;
}

interface CpuPerRequest {
  api: number;
  postgres: number;
  loadGenerator: number;
}

function loadRows(
  label: string,
  result: LoadResult,
  judged: boolean,
  cpu: CpuPerRequest,
): BenchRow[] {
  return [
    {
      benchmark: label,
      metric: 'throughput',
      value: result.requestsPerSecond,
      unit: 'requests/s',
      target: `≥ ${TARGET.graphqlRps} requests/s`,
      ...(judged ? { meetsTarget: result.requestsPerSecond >= TARGET.graphqlRps } : {}),
    },
    { benchmark: label, metric: 'p50', value: result.latencyMs.p50, unit: 'ms' },
    {
      benchmark: label,
      metric: 'p95',
      value: result.latencyMs.p95,
      unit: 'ms',
      target: `< ${TARGET.graphqlP95Ms} ms`,
      ...(judged ? { meetsTarget: result.latencyMs.p95 < TARGET.graphqlP95Ms } : {}),
    },
    { benchmark: label, metric: 'p99', value: result.latencyMs.p99, unit: 'ms' },
    {
      benchmark: label,
      metric: 'failed or with GraphQL errors',
      value: result.failed + result.graphqlErrors,
      unit: `of ${result.requests.toLocaleString('en')}`,
    },
    // What bounds throughput on a machine of few cores: the sum, over every process, of CPU per request.
    { benchmark: label, metric: 'CPU per request: api', value: cpu.api, unit: 'ms' },
    { benchmark: label, metric: 'CPU per request: PostgreSQL', value: cpu.postgres, unit: 'ms' },
    { benchmark: label, metric: 'CPU per request: load generator', value: cpu.loadGenerator, unit: 'ms' }, // prettier-ignore
  ];
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const stateDir = join(repoRoot, '.var', `bench-run-${process.pid}`);
  mkdirSync(stateDir, { recursive: true });
  const started = Date.now();
  const loadAtStart = loadavg();
  log(`size ${options.size}, seed ${options.seed}; logs of api and worker in ${stateDir}`);
  const services = await startLocalServices({ stateDir, ephemeral: true, log: () => undefined });
  const [apiPort, workerPort] = [await findFreePort(), await findFreePort()];
  const secret = randomBytes(32).toString('hex');
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    AUTH_TOKEN_SECRET: secret,
    PORT: String(apiPort),
    WORKER_HEALTH_PORT: String(workerPort),
    ...Object.fromEntries(
      [
        'MEILI_URL',
        'MEILI_API_KEY',
        'QUEUE_PREFIX',
        'WORKER_CONCURRENCY',
        'MATCHING_CONCURRENCY',
        'DATABASE_POOL_SIZE',
      ]
        .filter((name) => process.env[name])
        .map((name) => [name, process.env[name] as string]),
    ),
  };
  const config: AppConfig = loadConfig(env);
  const db = createPlatformDataSource({ url: services.databaseUrl, poolSize: 6 });
  const api = new AppProcess('api', { ...env, ROLES: 'api' }, apiPort, join(stateDir, 'api.log'));
  const worker = new AppProcess('worker', env, workerPort, join(stateDir, 'worker.log'));
  const queues = new QueueRegistry(
    createRedisConnection(services.redisUrl, 'client'),
    config.QUEUE_PREFIX,
  );
  let engine: SearchEngine | null = null;
  const rows: BenchRow[] = [];
  const extra: Record<string, unknown> = { size: options.size, seed: options.seed, options };
  try {
    await db.initialize();
    // A reset migrates and imports the reference data itself, into the emptied database.
    if (options.reset) await resetDatabase(db, referenceDataDir(), log);
    else {
      await db.runMigrations({ transaction: 'each' });
      await ensureReferenceData(db, log);
    }

    // 1. The generator.
    const password = `bench-${randomBytes(12).toString('hex')}`;
    log(`generating size ${options.size}`);
    const generated = await generateData(db, {
      size: options.size,
      seed: options.seed,
      reference: referenceDataDir(),
      passwordHash: await hashPassword(password),
      log,
    });
    log(`generated in ${(generated.ms.total / 1000).toFixed(1)} s`);
    rows.push(...generatorRows(generated));
    extra['generator'] = generated;

    // 2. The search indexes, rebuilt from PostgreSQL as `npm run search:reindex` does.
    // Searched as the api searches: listening for index writes.
    engine = createSearchEngine({
      config,
      dataSource: db,
      listen: { databaseUrl: services.databaseUrl },
    });
    await engine.start();
    let t0 = Date.now();
    const indexed = await new SearchIndexSync(engine, db).reindex('all');
    const documents = Object.values(indexed).reduce((sum, n) => sum + (n ?? 0), 0);
    const reindexSeconds = (Date.now() - t0) / 1000;
    log(`search indexes rebuilt in ${reindexSeconds.toFixed(1)} s (${engine.kind} engine)`);
    rows.push(
      { benchmark: `search index rebuild (${engine.kind}), ${documents.toLocaleString('en')} documents`, metric: 'wall time', value: reindexSeconds, unit: 's' }, // prettier-ignore
      { benchmark: `search index rebuild (${engine.kind})`, metric: 'throughput', value: documents / reindexSeconds, unit: 'docs/s' }, // prettier-ignore
    );

    // 3. The api and the worker, as production runs them.
    await worker.start();
    await api.start();
    log(`api on port ${apiPort} and worker running`);

    // 4. One full match recomputation by the worker.
    const matching = queues.queue(QueueName.Matching);
    t0 = Date.now();
    const job = await queues.enqueue(RecomputeMatchesJob, { requestedByUserId: null });
    const recompute = await waitForRecomputation(
      matching,
      job.id as string,
      options.recomputeTimeoutMinutes * 60_000,
    );
    const national = options.size === 'national';
    const recomputeLabel = `full match recomputation, ${generated.records.publishedTalentProfiles.toLocaleString('en')} published profiles × ${generated.records.publishedVacancies.toLocaleString('en')} published vacancies`;
    if (recompute.result) {
      log(`recomputation done in ${(recompute.ms / 1000).toFixed(0)} s`);
      rows.push(
        {
          benchmark: recomputeLabel,
          metric: 'wall time',
          value: recompute.ms / 60_000,
          unit: 'min',
          target: `< ${TARGET.recomputeMinutes} min at national size`,
          ...(national ? { meetsTarget: recompute.ms < TARGET.recomputeMinutes * 60_000 } : {}),
        },
        { benchmark: recomputeLabel, metric: 'vacancies', value: recompute.result.vacanciesTotal / (recompute.ms / 1000), unit: 'vacancies/s' }, // prettier-ignore
        { benchmark: recomputeLabel, metric: 'open proposals after', value: recompute.result.proposalsOpen, unit: 'proposals' }, // prettier-ignore
      );
    } else {
      // Not finished in time: what it got through, and the worker restarted without it for the rest.
      const done = recompute.progress?.vacanciesDone ?? 0;
      const total = recompute.progress?.vacanciesTotal ?? generated.records.publishedVacancies;
      const estimate = done > 0 ? (recompute.ms * total) / done / 60_000 : Number.NaN;
      log(`recomputation not done after ${options.recomputeTimeoutMinutes} min: ${done} of ${total} vacancies; stopping it`); // prettier-ignore
      rows.push(
        {
          benchmark: `${recomputeLabel}: NOT FINISHED, stopped after ${options.recomputeTimeoutMinutes} min at ${done.toLocaleString('en')} of ${total.toLocaleString('en')} vacancies`,
          metric: 'estimated wall time',
          value: estimate,
          unit: 'min',
          target: `< ${TARGET.recomputeMinutes} min at national size`,
          ...(national ? { meetsTarget: false } : {}),
        },
        { benchmark: recomputeLabel, metric: 'vacancies', value: done / (recompute.ms / 1000), unit: 'vacancies/s' }, // prettier-ignore
      );
      await worker.stop('SIGKILL');
      await matching.obliterate({ force: true });
      await worker.start();
    }
    extra['recompute'] = recompute;
    rows.push({
      benchmark: 'worker during the recomputation',
      metric: 'peak RSS',
      value: worker.memory()?.peak ?? Number.NaN,
      unit: 'MiB',
    });

    await waitForQuiet(queues);
    const catalogue = await databaseCatalogue(db);

    // Where the CPU of a load run goes: the api, PostgreSQL (postmaster and backends), the load generator.
    const postmaster = postmasterOn(Number(new URL(services.databaseUrl).port));
    const cpuNow = () => ({
      api: cpuOf(api.child?.pid),
      postgres: cpuOfTree(postmaster),
      loadGenerator: cpuOfEndedChildren(),
    });
    const cpuSince = (before: ReturnType<typeof cpuNow>, result: LoadResult): CpuPerRequest => {
      const after = cpuNow();
      const perRequest = (key: keyof typeof after) =>
        ((after[key] - before[key]) * 1000) / Math.max(1, result.requests);
      return { api: perRequest('api'), postgres: perRequest('postgres'), loadGenerator: perRequest('loadGenerator') }; // prettier-ignore
    };
    const runs = (part: Part) => options.only === null || options.only.includes(part);
    if (runs('freshness')) {
      // 5. Match freshness: one change at a time through outbox, relay, debounce and computation.
      const ids = async (sql: string) =>
        ((await db.query(sql)) as { id: string }[]).map((row) => row.id);
      const seeded = {
        profileIds: await ids(
          `SELECT id FROM talent_profile WHERE status = 'PUBLISHED' ORDER BY id`,
        ),
        vacancyIds: await ids(`SELECT id FROM vacancy WHERE status = 'PUBLISHED' ORDER BY id`),
      };
      log(`match freshness: ${options.changes} changes of each kind`);
      rows.push(...freshnessRows(await measureFreshness(db, matching, seeded, options.changes)));
      await waitForQuiet(queues);
    }

    if (runs('lag')) {
      // 6. Outbox to index: publications through the running worker's relay and index sync.
      const template = await db
        .getRepository(VacancyEntity)
        .findOneOrFail({ where: { status: VacancyStatus.PUBLISHED }, order: { id: 'ASC' } });
      const {
        id: _id,
        version: _version,
        createdAt: _created,
        updatedAt: _updated,
        ...content
      } = template;
      // A steady rate far above a real city's (a few publications a minute), then a burst at the rate the search
      // benchmark uses; every publication also asks the same worker for a match computation.
      for (const [rate, seconds] of [
        [2, 30],
        [20, 15],
      ] as const) {
        log(`outbox-to-index lag: ${rate} publications/s for ${seconds} s`);
        rows.push(
          ...(await measureSearchLag({
            dataSource: db,
            engine,
            vacancy: (title) => ({ ...content, title, publishedAt: new Date() }),
            rate,
            seconds,
            base: indexed.vacancies ?? 0,
          })),
        );
        await waitForQuiet(queues);
      }
    }

    if (runs('latency')) {
      // 7. Search latency per index and kind of query, on the configured engine.
      for (const [name, index] of [
        ['talent profiles', engine.talentProfiles],
        ['vacancies', engine.vacancies],
      ] as const) {
        const count = await (index as SearchIndex<unknown>).count();
        log(`search latency: ${name} (${count} documents)`);
        const measured = await measure(index as SearchIndex<unknown>, catalogue, options.seed, options.queries); // prettier-ignore
        rows.push(
          ...latencyRows(`search ${name}, ${count.toLocaleString('en')} documents (${engine.kind})`, measured, national ? true : 'shown'), // prettier-ignore
        );
      }
    }

    // 8. GraphQL: each operation alone, then load from a second process.
    if (runs('graphql')) {
      const url = `http://127.0.0.1:${apiPort}/graphql`;
      const who = await actors(db, url, password);
      const client = graphqlClient(url);
      let approvals = true;
      try {
        await client.call(who.accountManager.token, QUERIES.approvalQueue);
      } catch (error) {
        approvals = false;
        log(
          `approvalQueue not available: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
      const operations = (Object.keys(QUERIES) as Operation[]).filter(
        (operation) => approvals || operation !== 'approvalQueue',
      );
      for (const operation of operations) {
        const times = sorted(
          await sequentialLatency(url, mix([[operation, 1]], 210, who, catalogue, options.seed)),
        );
        const label = `GraphQL ${operation}, one client`;
        const p95 = percentile(times, 95);
        rows.push(
          { benchmark: label, metric: 'p50', value: percentile(times, 50), unit: 'ms' },
          {
            benchmark: label,
            metric: 'p95',
            value: p95,
            unit: 'ms',
            ...(operation === 'approvalQueue'
              ? { target: `none set (issue 7: for ${who.accountManager.openProposals.toLocaleString('en')} open proposals in the region)` } // prettier-ignore
              : {}),
          },
        );
      }
      if (!approvals)
      rows.push({ benchmark: 'GraphQL approvalQueue (approvals not in this build)', metric: 'p95', value: Number.NaN, unit: 'ms' }); // prettier-ignore
      const searchMix = [
        ['searchVacancies', 6],
        ['searchTalentProfiles', 4],
      ] as const;
      const fullMix = [
        ['searchVacancies', 35],
        ['searchTalentProfiles', 20],
        ['myTalentProfile', 15],
        ['anonymisedTalentProfile', 10],
        ['matchProposals', approvals ? 10 : 20],
        ...(approvals ? ([['approvalQueue', 10]] as const) : []),
      ] as const;
      for (const [name, weights, judged] of [
        ['search mix (searchVacancies 60%, searchTalentProfiles 40%)', searchMix, true],
        [`realistic mix (searches 55%, profile reads 25%, ${approvals ? 'proposals and approval queue' : 'proposals'} 20%)`, fullMix, false], // prettier-ignore
      ] as const) {
        log(
          `GraphQL load: ${name}, ${options.connections} connections, ${options.durationSeconds} s`,
        );
        const cpuBefore = cpuNow();
        const result = await loadRun(
          stateDir,
          {
            url,
            durationSeconds: options.durationSeconds,
            connections: options.connections,
            requests: mix(weights, 400, who, catalogue, options.seed + 1),
          },
          judged ? 'search' : 'mix',
        );
        const cpu = cpuSince(cpuBefore, result);
        rows.push(...loadRows(`GraphQL ${name}, ${options.connections} connections`, result, judged, cpu)); // prettier-ignore
        extra[judged ? 'searchMix' : 'realisticMix'] = { weights, result, cpuMsPerRequest: cpu };
      }
    }

    // 9. Memory of api and worker over the whole run.
    for (const app of [api, worker]) {
      const memory = app.memory();
      rows.push(
        { benchmark: `${app.name} process`, metric: 'peak RSS', value: memory?.peak ?? Number.NaN, unit: 'MiB' }, // prettier-ignore
        { benchmark: `${app.name} process`, metric: 'RSS at the end', value: memory?.rss ?? Number.NaN, unit: 'MiB' }, // prettier-ignore
      );
    }
    extra['wallTimeMinutes'] = (Date.now() - started) / 60_000;
    extra['engine'] = engine.kind;
    extra['machineAtEnd'] = machine();
    // Other work on the machine slows every figure; the load average says how much there was.
    rows.push(
      { benchmark: 'machine load average (1 min, all processes)', metric: 'at the start', value: loadAtStart[0] ?? Number.NaN, unit: '' }, // prettier-ignore
      { benchmark: 'machine load average (1 min, all processes)', metric: 'at the end', value: loadavg()[0] ?? Number.NaN, unit: '' }, // prettier-ignore
    );
    writeReport(
      `bench-${options.size}${options.only ? `.only-${options.only.join('-')}` : ''}`,
      rows,
      extra,
    );
    log(`done in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  } finally {
    await api.stop();
    await worker.stop();
    await queues.close().catch(() => undefined);
    await engine?.close().catch(() => undefined);
    if (db.isInitialized) await db.destroy();
    await services.stop();
  }
}

// Exits explicitly: a Redis client left reconnecting to the stopped server would keep the process alive.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `bench failed: ${error instanceof GeneratorInputError ? error.message : error instanceof Error ? error.stack : String(error)}\n`,
    );
    process.exit(error instanceof GeneratorInputError ? 2 : 1);
  },
);
