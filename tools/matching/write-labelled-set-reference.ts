import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../reference-data/paths';
import {
  extractQualitySetReference,
  loadReferenceData,
  renderQualitySetReference,
} from './labelled-set-reference';

/**
 * Writes libs/matching/domain/src/quality/labelled-set-reference.ts: the ESCO concepts and PC4 centres of the
 * matching quality set, taken from data/reference. Run it after adding an occupation, skill or postcode area to
 * the lists in labelled-set-reference.ts. Usage: node tools/run.mjs tools/matching/write-labelled-set-reference.ts
 */
function main(): void {
  const root = findRepoRoot();
  const { taxonomy, geo } = loadReferenceData();
  const file = join(root, 'libs/matching/domain/src/quality/labelled-set-reference.ts');
  writeFileSync(file, renderQualitySetReference(extractQualitySetReference(taxonomy, geo)));
  execFileSync(join(root, 'node_modules/.bin/prettier'), ['--write', file], { stdio: 'ignore' });
  process.stdout.write(`wrote ${file}\n`);
}

main();
