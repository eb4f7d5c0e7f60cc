import 'reflect-metadata';
import { Presets, SingleBar } from 'cli-progress';
import { createPlatformDataSource } from '@werkmatch/platform/persistence';
import { createSearchEngine, SearchIndexName } from '@werkmatch/search';
import { type ReindexProgress, SearchIndexSync } from '@werkmatch/search/feature-worker';
import { loadConfigOrExit } from '@werkmatch/shared/config';

const USAGE = `usage: npm run search:reindex [-- --index vacancies|talent-profiles|all]

Rebuilds the search index(es) of the configured engine (Meilisearch when MEILI_URL is set, otherwise the built-in
engine in DATABASE_URL) from every published vacancy and talent profile. Searches keep working meanwhile: they see
the old index until the new one is complete.`;

function parse(argv: string[]): SearchIndexName | 'all' {
  let which: SearchIndexName | 'all' = 'all';
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === '--index') {
      const value = argv[++i];
      if (value !== 'all' && !(Object.values(SearchIndexName) as string[]).includes(value ?? ''))
        fail(`--index must be vacancies, talent-profiles or all\n${USAGE}`);
      which = value as SearchIndexName | 'all';
    } else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else fail(`unknown argument ${flag}\n${USAGE}`);
  }
  return which;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** A bar per index on stderr when a person watches; a line per index otherwise (CI, a log file). */
function progress(): { report: ReindexProgress; stop: () => void } {
  let bar: SingleBar | null = null;
  let current: SearchIndexName | null = null;
  const report: ReindexProgress = (index, done, total) => {
    if (!process.stderr.isTTY) {
      if (done === total) process.stderr.write(`${index}: ${done} of ${total} documents\n`);
      return;
    }
    if (index !== current) {
      bar?.stop();
      current = index;
      bar = new SingleBar(
        {
          format: `${index.padEnd(16)} [{bar}] {percentage}% {value}/{total}`,
          stream: process.stderr,
          hideCursor: true,
        },
        Presets.shades_classic,
      );
      bar.start(total, done);
    } else bar?.update(done);
  };
  return { report, stop: () => bar?.stop() };
}

async function main(): Promise<void> {
  const which = parse(process.argv.slice(2));
  const config = loadConfigOrExit();
  const dataSource = createPlatformDataSource({
    url: config.DATABASE_URL,
    poolSize: 4,
    applicationName: 'werkmatch-reindex',
  });
  await dataSource.initialize();
  const engine = createSearchEngine({ config, dataSource });
  const bars = progress();
  try {
    await engine.start();
    const started = Date.now();
    const indexed = await new SearchIndexSync(engine, dataSource).reindex(which, bars.report);
    bars.stop();
    const seconds = (Date.now() - started) / 1000;
    for (const [index, count] of Object.entries(indexed))
      process.stdout.write(`${index}: ${count} documents indexed\n`);
    process.stdout.write(`done in ${seconds.toFixed(1)} s (${engine.kind} engine)\n`);
  } finally {
    bars.stop();
    await engine.close();
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `reindex failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
