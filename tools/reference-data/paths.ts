import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The repository root, found by walking up from this file: the tools run both from their sources (jest) and
 * from dist/ (tools/run.mjs), which sit at different depths.
 */
export function findRepoRoot(start: string = __dirname): string {
  for (let dir = start; ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      const { name } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'werkmatch') return dir;
    }
    if (dirname(dir) === dir) throw new Error(`no werkmatch package.json above ${start}`);
  }
}

/** Where the project keeps its own copy of the reference data (committed, see data/reference/README.md). */
export function referenceDataDir(root: string = findRepoRoot()): string {
  return join(root, 'data', 'reference');
}
