// Compiles every app, lib and tool to dist/ with SWC (decorator metadata kept, path aliases rewritten to
// relative requires), so `node dist/apps/api/src/main.js` runs without a TypeScript loader.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tsconfig = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'));
const swcrc = JSON.parse(readFileSync(join(root, '.swcrc'), 'utf8'));
delete swcrc.$schema;
swcrc.jsc.baseUrl = root;
swcrc.jsc.paths = tsconfig.compilerOptions.paths;
mkdirSync(join(root, 'tmp'), { recursive: true });
const configFile = join(root, 'tmp', 'swcrc.build.json');
writeFileSync(configFile, JSON.stringify(swcrc));
// dist/ is not wiped first: several commands may build at once, and SWC overwrites what changed.
if (process.argv.includes('--clean')) rmSync(join(root, 'dist'), { recursive: true, force: true });
const dirs = ['apps', 'libs', 'tools', 'bench'].filter((dir) => {
  try {
    readFileSync(join(root, dir, '.'), { flag: 'r' });
  } catch (error) {
    return error.code === 'EISDIR';
  }
  return false;
});
execFileSync(
  join(root, 'node_modules', '.bin', 'swc'),
  [
    ...dirs,
    '--config-file',
    configFile,
    '-d',
    'dist',
    '--copy-files',
    '--ignore',
    '**/*.spec.ts,**/*.int-spec.ts,**/*.e2e-spec.ts',
    '--quiet',
  ],
  { cwd: root, stdio: 'inherit' },
);
