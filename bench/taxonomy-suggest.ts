import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { loadavg } from 'node:os';
import { geoReferenceFiles, importGeo } from '@werkmatch/geo/data-access';
import { hashPassword, UserEntity } from '@werkmatch/identity/data-access';
import { Role } from '@werkmatch/identity/domain';
import { createApiApp } from '@werkmatch/platform/api';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { loadConfig } from '@werkmatch/shared/config';
import { createLogger } from '@werkmatch/shared/logging';
import {
  importTaxonomy,
  readTaxonomyReference,
  TaxonomyService,
  taxonomyReferenceFiles,
} from '@werkmatch/taxonomy/data-access';
import { referenceDataDir } from '../tools/reference-data/paths';
import { startScratchServices } from '../tools/support/services';
import { BenchRow, percentile, writeReport } from './support/report';

/**
 * Reference import time per dataset on an empty database (and again, when nothing changes), then the latency of
 * taxonomy suggestions over ~200 queries as people type them: prefixes of real Dutch and English labels, a
 * quarter with a typo; first in the service, then the same queries as GraphQL over HTTP (`suggestSkills`,
 * `suggestOccupations`, as a logged-in user, with the fields a picker shows) to see what the API adds.
 * Uses scratch PostgreSQL and Redis. Writes bench/results/taxonomy-suggest.{json,md}.
 * Usage: node tools/run.mjs bench/taxonomy-suggest.ts [--queries 200]
 */
function random(seed: number): () => number {
  // mulberry32: a fixed seed gives the same queries on every run, so numbers are comparable.
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function typo(text: string, next: () => number): string {
  const at = 2 + Math.floor(next() * (text.length - 3));
  return next() < 0.5
    ? text.slice(0, at) + text.slice(at + 1) // a letter left out
    : text.slice(0, at) + text[at + 1] + text[at] + text.slice(at + 2); // two letters swapped
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

type Kind = 'occupation' | 'skill';
type Language = 'Dutch' | 'English';
interface BenchQuery {
  kind: Kind;
  text: string;
  /** The language of the label the text was cut from. */
  language: Language;
  typo: boolean;
}
interface Timed extends BenchQuery {
  ms: number;
  results: number;
}

/** Runs the queries one after another (one person typing), after a warm-up of the caches and the pool. */
async function timeSequentially(
  queries: BenchQuery[],
  run: (q: BenchQuery) => Promise<number>,
): Promise<Timed[]> {
  for (const q of queries.slice(0, 20)) await run(q);
  const timed: Timed[] = [];
  for (const q of queries) {
    const started = performance.now();
    const results = await run(q);
    timed.push({ ...q, ms: performance.now() - started, results });
  }
  return timed;
}

const SUGGEST_SKILLS = JSON.stringify(
  'query($t: String!) { suggestSkills(text: $t, limit: 10) { matchedLabel matchedLanguage match skill { id label labelLanguage } } }',
);
// The occupation picker shows the ISCO group too, so the request includes the loader's batch query.
const SUGGEST_OCCUPATIONS = JSON.stringify(
  'query($t: String!) { suggestOccupations(text: $t, limit: 10) { matchedLabel matchedLanguage match occupation { id label labelLanguage iscoGroup { code label } } } }',
);

// What a person perceives as instant while typing; above it a picker feels sluggish.
const HTTP_P95_TARGET_MS = 100;

async function main(): Promise<void> {
  const count = Number(process.argv[process.argv.indexOf('--queries') + 1]) || 200;
  const services = await startScratchServices('bench-taxonomy');
  const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 4 });
  const rows: BenchRow[] = [];
  try {
    await dataSource.initialize();
    await dataSource.runMigrations({ transaction: 'each' });
    const dir = referenceDataDir();
    for (const run of ['first import', 'second import (no changes)']) {
      let started = performance.now();
      await importGeo(dataSource, geoReferenceFiles(dir));
      const geo = performance.now() - started;
      started = performance.now();
      await importTaxonomy(dataSource, taxonomyReferenceFiles(dir));
      const taxonomy = performance.now() - started;
      process.stdout.write(
        `${run}: geo ${(geo / 1000).toFixed(1)} s, taxonomy ${(taxonomy / 1000).toFixed(1)} s\n`,
      );
      rows.push({
        benchmark: `ESCO import, ${run}`,
        metric: 'time',
        value: taxonomy / 1000,
        unit: 's',
      });
    }

    const data = readTaxonomyReference(taxonomyReferenceFiles(dir));
    const next = random(20_240_611);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    const queries: BenchQuery[] = [];
    while (queries.length < count) {
      const kind = next() < 0.5 ? 'occupation' : 'skill';
      const concept = kind === 'occupation' ? pick(data.occupations) : pick(data.skills);
      const labels: { text: string | null; language: Language }[] = [
        { text: concept.labelNl, language: 'Dutch' },
        { text: concept.labelEn, language: 'English' },
        ...concept.altLabelsNl.map((text) => ({ text, language: 'Dutch' as const })),
        ...concept.altLabelsEn.map((text) => ({ text, language: 'English' as const })),
      ];
      const label = pick(labels.filter((l): l is { text: string; language: Language } => !!l.text));
      const text = label.text.slice(0, 3 + Math.floor(next() * 10)).trim();
      if (text.length < 3) continue;
      const withTypo = text.length >= 6 && next() < 0.25;
      queries.push({
        kind,
        text: withTypo ? typo(text, next) : text,
        language: label.language,
        typo: withTypo,
      });
    }

    const taxonomy = new TaxonomyService(dataSource);
    const inService = await timeSequentially(queries, async (q) =>
      q.kind === 'occupation'
        ? (await taxonomy.suggestOccupations(q.text, 10)).length
        : (await taxonomy.suggestSkills(q.text, 10)).length,
    );

    // A logged-in caller for the HTTP part: the look-ups are refused to anonymous callers.
    const password = `bench-${randomBytes(12).toString('hex')}`;
    const user = await dataSource.getRepository(UserEntity).save({
      email: 'bench-taxonomy@example.org',
      passwordHash: await hashPassword(password),
      role: Role.JOB_SEEKER,
      fullName: 'Bench',
      phone: null,
      organisationId: null,
      regionId: null,
      deactivatedAt: null,
      erasedAt: null,
    });
    const app = await createApiApp({
      config: loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: services.databaseUrl,
        REDIS_URL: services.redisUrl,
        AUTH_TOKEN_SECRET: randomBytes(32).toString('hex'),
        LOG_LEVEL: 'warn',
      }),
      logger: createLogger({ level: 'warn', role: 'api' }),
    });
    await app.listen(0, '127.0.0.1');
    const url = `${(await app.getUrl()).replace('[::1]', '127.0.0.1')}/graphql`;
    const post = async (body: string, token?: string) => {
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'apollo-require-preflight': 'true',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body,
      });
      return (await response.json()) as {
        data?: Record<string, unknown[]> | null;
        errors?: unknown[];
      };
    };
    const login = await post(
      JSON.stringify({
        query: 'mutation($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { email: user.email, password } },
      }),
    );
    const token = (login.data?.['login'] as { accessToken?: string } | undefined)?.accessToken;
    if (!token) throw new Error(`login for the benchmark failed: ${JSON.stringify(login.errors)}`);
    let failures = 0;
    const overHttp = async (q: BenchQuery): Promise<number> => {
      const query = q.kind === 'occupation' ? SUGGEST_OCCUPATIONS : SUGGEST_SKILLS;
      const json = await post(
        `{"query":${query},"variables":{"t":${JSON.stringify(q.text)}}}`,
        token,
      );
      const list = json.data?.[q.kind === 'occupation' ? 'suggestOccupations' : 'suggestSkills'];
      if (json.errors || !Array.isArray(list)) failures++;
      return Array.isArray(list) ? list.length : 0;
    };
    const inHttp = await timeSequentially(queries, overHttp);

    // Several people typing at once: 4 concurrent callers share the queries.
    const concurrent: number[] = [];
    let cursor = 0;
    const concurrentStart = performance.now();
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (cursor < queries.length) {
          const q = queries[cursor++] as BenchQuery;
          const started = performance.now();
          await overHttp(q);
          concurrent.push(performance.now() - started);
        }
      }),
    );
    const concurrentSeconds = (performance.now() - concurrentStart) / 1000;
    await app.close();

    const sorted = (timed: { ms: number }[]) => timed.map((t) => t.ms).sort((a, b) => a - b);
    const latency = (benchmark: string, timed: { ms: number }[], target?: number) => {
      const values = sorted(timed);
      const line = `${benchmark.padEnd(52)} n=${values.length} p50 ${ms(percentile(values, 50))}  p95 ${ms(percentile(values, 95))}  max ${ms(values[values.length - 1] ?? Number.NaN)}\n`;
      process.stdout.write(line);
      rows.push({ benchmark, metric: 'p50', value: percentile(values, 50), unit: 'ms' });
      rows.push({
        benchmark,
        metric: 'p95',
        value: percentile(values, 95),
        unit: 'ms',
        ...(target === undefined
          ? {}
          : { target: `< ${target} ms`, meetsTarget: percentile(values, 95) < target }),
      });
    };
    const empty = inService.filter((t) => t.results === 0).length;
    process.stdout.write(
      `suggestions, limit 10, ${count} queries (${empty} without a result, ${queries.filter((q) => q.typo).length} with a typo):\n`,
    );
    latency(
      'service, suggestOccupations',
      inService.filter((t) => t.kind === 'occupation'),
    );
    latency(
      'service, suggestSkills',
      inService.filter((t) => t.kind === 'skill'),
    );
    latency('GraphQL/HTTP, all', inHttp, HTTP_P95_TARGET_MS);
    latency(
      'GraphQL/HTTP, suggestOccupations',
      inHttp.filter((t) => t.kind === 'occupation'),
    );
    latency(
      'GraphQL/HTTP, suggestSkills',
      inHttp.filter((t) => t.kind === 'skill'),
    );
    latency(
      'GraphQL/HTTP, Dutch text',
      inHttp.filter((t) => t.language === 'Dutch' && !t.typo),
    );
    latency(
      'GraphQL/HTTP, English text',
      inHttp.filter((t) => t.language === 'English' && !t.typo),
    );
    latency(
      'GraphQL/HTTP, with a typo',
      inHttp.filter((t) => t.typo),
    );
    latency(
      'GraphQL/HTTP, 4 concurrent callers',
      concurrent.map((value) => ({ ms: value })),
      HTTP_P95_TARGET_MS,
    );
    rows.push({
      benchmark: 'GraphQL/HTTP, 4 concurrent callers',
      metric: 'throughput',
      value: concurrent.length / concurrentSeconds,
      unit: 'requests/s',
    });
    rows.push({ benchmark: 'GraphQL/HTTP', metric: 'failed requests', value: failures, unit: '' });
    const slowest = [...inHttp].sort((a, b) => b.ms - a.ms).slice(0, 8);
    process.stdout.write(
      `slowest over HTTP: ${slowest.map((q) => `${q.kind} "${q.text}" ${ms(q.ms)} (${q.results})`).join(', ')}\n`,
    );
    writeReport('taxonomy-suggest', rows, {
      // Other work on the machine (tests of colleagues, CI) moves these figures; the load says how much.
      loadAverage1m: Math.round(loadavg()[0] * 100) / 100,
      queries: count,
      limit: 10,
      withTypo: queries.filter((q) => q.typo).length,
      withoutResult: empty,
      slowestOverHttp: slowest.map(({ kind, text, ms: elapsed, results }) => ({
        kind,
        text,
        ms: Math.round(elapsed * 100) / 100,
        results,
      })),
    });
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
}

// Exits explicitly: a Redis client the app leaves open would otherwise keep reconnecting to the stopped server.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
