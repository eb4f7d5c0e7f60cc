import 'reflect-metadata';
import { geoReferenceFiles, importGeo } from '@werkmatch/geo/data-access';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import {
  importTaxonomy,
  readTaxonomyReference,
  TaxonomyService,
  taxonomyReferenceFiles,
} from '@werkmatch/taxonomy/data-access';
import { referenceDataDir } from '../tools/reference-data/paths';
import { startScratchServices } from '../tools/support/services';

/**
 * Reference import time per dataset on an empty database (and again, when nothing changes), then the latency of
 * taxonomy suggestions over ~200 queries as people type them: prefixes of real Dutch and English labels, a
 * quarter with a typo. Uses DATABASE_URL when set, otherwise a scratch PostgreSQL.
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

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main(): Promise<void> {
  const count = Number(process.argv[process.argv.indexOf('--queries') + 1]) || 200;
  const services = await startScratchServices('bench-taxonomy');
  const dataSource = createPlatformDataSource({ url: services.databaseUrl, poolSize: 4 });
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
    }

    const data = readTaxonomyReference(taxonomyReferenceFiles(dir));
    const next = random(20_240_611);
    const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
    const queries: { kind: 'occupation' | 'skill'; text: string }[] = [];
    while (queries.length < count) {
      const kind = next() < 0.5 ? 'occupation' : 'skill';
      const concept = kind === 'occupation' ? pick(data.occupations) : pick(data.skills);
      const labels = [
        concept.labelNl,
        concept.labelEn,
        ...concept.altLabelsNl,
        ...concept.altLabelsEn,
      ];
      const label = pick(labels.filter((l): l is string => !!l));
      const text = label.slice(0, 3 + Math.floor(next() * 10)).trim();
      if (text.length < 3) continue;
      queries.push({ kind, text: text.length >= 6 && next() < 0.25 ? typo(text, next) : text });
    }

    const taxonomy = new TaxonomyService(dataSource);
    const suggest = (q: (typeof queries)[number]) =>
      q.kind === 'occupation'
        ? taxonomy.suggestOccupations(q.text, 10)
        : taxonomy.suggestSkills(q.text, 10);
    for (const q of queries.slice(0, 20)) await suggest(q); // warm the caches and the pool
    const timings = { occupation: [] as number[], skill: [] as number[] };
    let empty = 0;
    const slowest: { text: string; kind: string; ms: number; results: number }[] = [];
    for (const q of queries) {
      const started = performance.now();
      const result = await suggest(q);
      const elapsed = performance.now() - started;
      timings[q.kind].push(elapsed);
      slowest.push({ ...q, ms: elapsed, results: result.length });
      if (result.length === 0) empty++;
    }
    const report = (name: string, values: number[]) => {
      const sorted = [...values].sort((a, b) => a - b);
      process.stdout.write(
        `${name.padEnd(12)} n=${sorted.length} p50 ${ms(percentile(sorted, 50))}  p95 ${ms(percentile(sorted, 95))}  max ${ms(sorted[sorted.length - 1])}\n`,
      );
    };
    process.stdout.write(
      `suggestions, limit 10, sequential, ${count} queries (${empty} without a result):\n`,
    );
    report('all', [...timings.occupation, ...timings.skill]);
    report('occupations', timings.occupation);
    report('skills', timings.skill);
    slowest.sort((a, b) => b.ms - a.ms);
    process.stdout.write(
      `slowest: ${slowest
        .slice(0, 8)
        .map((q) => `${q.kind} "${q.text}" ${ms(q.ms)} (${q.results})`)
        .join(', ')}\n`,
    );
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await services.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
