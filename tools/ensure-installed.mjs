// Runs before `npm start` and `npm test`, so a fresh clone needs no separate install step: installs from the
// committed lockfile when node_modules is missing or older than the lockfile. Uses only Node's own modules.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const marker = join(root, 'node_modules', '.package-lock.json');
const lockfile = join(root, 'package-lock.json');
const stale = !existsSync(marker) || statSync(marker).mtimeMs < statSync(lockfile).mtimeMs;
if (stale) {
  process.stdout.write(
    '[werkmatch] installing dependencies from package-lock.json (npm install)\n',
  );
  // npm ci would refuse the lockfile's optional binaries for other platforms; npm install keeps to the lockfile.
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
