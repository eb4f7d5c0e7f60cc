import 'reflect-metadata';
import { isAbsolute, resolve } from 'node:path';
import { Presets, SingleBar } from 'cli-progress';
import { geoReferenceFiles, GeoImportResult, importGeo } from '@werkmatch/geo/data-access';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import type { ImportProgress, UpsertCounts } from '@werkmatch/shared/bulk-import';
import { loadConfigOrExit } from '@werkmatch/shared/config';
import {
  importTaxonomy,
  TaxonomyImportResult,
  taxonomyReferenceFiles,
} from '@werkmatch/taxonomy/data-access';
import { referenceDataDir } from './paths';

const DATASETS = ['geo', 'taxonomy'] as const;
type Dataset = (typeof DATASETS)[number];

const USAGE = `usage: npm run import:reference -- [--only geo|taxonomy] [--data-dir <dir>]
Imports the reference data in data/reference/ (regions, municipalities, postcode areas, employer service points;
the ESCO taxonomy) into DATABASE_URL. Idempotent: a second run changes nothing.`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function parseArguments(argv: string[]): { datasets: Dataset[]; dataDir: string } {
  let datasets: Dataset[] = [...DATASETS];
  let dataDir = referenceDataDir();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i] ?? fail(`${flag} needs a value\n${USAGE}`);
    if (flag === '--only') {
      const only = value();
      if (!DATASETS.includes(only as Dataset)) fail(`--only must be geo or taxonomy\n${USAGE}`);
      datasets = [only as Dataset];
    } else if (flag === '--data-dir') {
      const dir = value();
      dataDir = isAbsolute(dir) ? dir : resolve(process.cwd(), dir);
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return { datasets, dataDir };
}

/** A bar per stage on stderr when a person watches; nothing when output goes to a file or CI log. */
function terminalProgress(dataset: string): ImportProgress {
  if (!process.stderr.isTTY)
    return { stage: () => undefined, advance: () => undefined, done: () => undefined };
  let bar: SingleBar | null = null;
  return {
    stage(name, total) {
      bar?.stop();
      bar = new SingleBar(
        {
          format: `${dataset} {stage} [{bar}] {percentage}% {value}/{total}`,
          stream: process.stderr,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      bar.start(total, 0, { stage: name.padEnd(18) });
    },
    advance(count) {
      bar?.increment(count);
    },
    done() {
      bar?.stop();
      bar = null;
    },
  };
}

const describe = (what: string, total: number, counts: UpsertCounts) =>
  `${total} ${what}` +
  (counts.inserted || counts.updated ? ` (${counts.inserted} new, ${counts.updated} changed)` : '');

function geoSummary(result: GeoImportResult): string {
  return [
    describe('regions', result.totals.regions, result.regions),
    describe('employer service points', result.totals.servicePoints, result.servicePoints),
    describe('municipalities', result.totals.municipalities, result.municipalities),
    describe('postcode areas', result.totals.postcodeAreas, result.postcodeAreas),
  ].join(', ');
}

function taxonomySummary(result: TaxonomyImportResult): string {
  const terms = result.occupationSearchTerms.deleted + result.skillSearchTerms.deleted;
  return [
    describe('ISCO groups', result.totals.iscoGroups, result.iscoGroups),
    describe('occupations', result.totals.occupations, result.occupations),
    describe('skills', result.totals.skills, result.skills),
    describe('occupation-skill relations', result.totals.occupationSkills, result.occupationSkills),
    describe('search terms', result.totals.occupationSearchTerms + result.totals.skillSearchTerms, {
      inserted: result.occupationSearchTerms.inserted + result.skillSearchTerms.inserted,
      updated: result.occupationSearchTerms.updated + result.skillSearchTerms.updated,
      unchanged: 0,
    }) + (terms ? ` (${terms} removed)` : ''),
  ].join(', ');
}

async function main(): Promise<void> {
  const { datasets, dataDir } = parseArguments(process.argv.slice(2));
  const config = loadConfigOrExit();
  const dataSource = createPlatformDataSource({
    url: config.DATABASE_URL,
    poolSize: 2,
    applicationName: 'werkmatch-import-reference',
  });
  await dataSource.initialize();
  try {
    if ((await dataSource.showMigrations()) === true)
      fail('the database has pending migrations: run `npm run db:migrate` first');
    for (const dataset of datasets) {
      const started = performance.now();
      const progress = terminalProgress(dataset);
      const summary =
        dataset === 'geo'
          ? geoSummary(await importGeo(dataSource, geoReferenceFiles(dataDir), progress))
          : taxonomySummary(
              await importTaxonomy(dataSource, taxonomyReferenceFiles(dataDir), progress),
            );
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      process.stdout.write(`${dataset}: ${summary} in ${seconds} s\n`);
    }
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `reference import failed, nothing of the failing dataset was written: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
