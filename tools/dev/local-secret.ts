import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../support/services';

/**
 * A secret of this local installation: made on the first run and kept in .var/dev (never committed), so no
 * secret is written in the repository and two demo installations never share one.
 */
export function localSecret(
  name: string,
  make: () => string = () => randomBytes(32).toString('hex'),
): string {
  const dir = join(repoRoot, '.var', 'dev');
  const file = join(dir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = make();
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
