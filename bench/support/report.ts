import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { findRepoRoot } from '../../tools/reference-data/paths';

export const benchRoot = join(findRepoRoot(), 'bench');

export interface BenchRow {
  benchmark: string;
  metric: string;
  value: number;
  unit: string;
  target?: string;
  /** Left out when the target is for another size than the one measured: the target is shown without a verdict. */
  meetsTarget?: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export function machine() {
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    // not a git checkout
  }
  return {
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    commit,
    at: new Date().toISOString(),
  };
}

/** Writes bench/results/<name>.json and <name>.md and prints the table. */
export function writeReport(
  name: string,
  rows: BenchRow[],
  extra: Record<string, unknown> = {},
): void {
  const dir = join(benchRoot, 'results');
  mkdirSync(dir, { recursive: true });
  const info = machine();
  writeFileSync(
    join(dir, `${name}.json`),
    `${JSON.stringify({ name, machine: info, ...extra, rows }, null, 2)}\n`,
  );
  const table = [
    `### ${name}`,
    '',
    `${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, commit ${info.commit}, ${info.at}`,
    '',
    '| benchmark | metric | value | target |',
    '| --- | --- | ---: | --- |',
    ...rows.map(
      (row) =>
        `| ${row.benchmark} | ${row.metric} | ${round(row.value)} ${row.unit} | ${row.target ? `${row.target}${row.meetsTarget === undefined ? '' : row.meetsTarget ? ' ✅' : ' ❌'}` : ''} |`,
    ),
    '',
  ].join('\n');
  writeFileSync(join(dir, `${name}.md`), table);
  process.stdout.write(`${table}\n`);
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value.toFixed(1);
}
