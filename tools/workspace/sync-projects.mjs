// Writes a project.json (Nx) for every lib and app that lacks one, from its folder and tags, so every
// project has the same lint and test targets. Usage: node tools/workspace/sync-projects.mjs
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions
  .paths;

const DATA_ACCESS_ROOTS = [
  'libs/database',
  'libs/queue',
  'libs/search',
  'libs/platform/persistence',
];

function typeTag(projectRoot) {
  const last = projectRoot.split('/').pop();
  if (DATA_ACCESS_ROOTS.includes(projectRoot)) return 'type:data-access';
  if (projectRoot.startsWith('apps/')) return 'type:app';
  if (['domain', 'data-access', 'testing'].includes(last)) return `type:${last}`;
  if (last.startsWith('feature')) return 'type:feature';
  if (projectRoot.startsWith('libs/platform/')) return 'type:feature';
  return 'type:util';
}

function scopeTag(projectRoot) {
  if (
    projectRoot === 'apps/api' ||
    projectRoot.endsWith('feature-api') ||
    projectRoot === 'libs/platform/api'
  )
    return 'scope:api';
  if (projectRoot.endsWith('/testing')) return 'scope:testing';
  if (
    projectRoot === 'apps/worker' ||
    projectRoot.endsWith('feature-worker') ||
    projectRoot.startsWith('libs/platform/worker')
  )
    return 'scope:worker';
  return 'scope:shared';
}

const roots = Object.values(paths).map(([target]) => dirname(dirname(target)));
roots.push('apps/api', 'apps/worker');
for (const projectRoot of roots) {
  const file = join(root, projectRoot, 'project.json');
  if (existsSync(file)) continue;
  const name = projectRoot
    .replace(/^libs\//, '')
    .replace(/^apps\//, '')
    .replace(/\//g, '-');
  const project = {
    name,
    $schema: `${relative(join(root, projectRoot), root)}/node_modules/nx/schemas/project-schema.json`,
    sourceRoot: `${projectRoot}/src`,
    projectType: projectRoot.startsWith('apps/') ? 'application' : 'library',
    tags: [typeTag(projectRoot), scopeTag(projectRoot)],
    targets: {
      lint: { executor: '@nx/eslint:lint', options: { lintFilePatterns: [`${projectRoot}/src`] } },
      test: {
        executor: 'nx:run-commands',
        options: { command: `jest --passWithNoTests ${projectRoot}`, cwd: '{workspaceRoot}' },
      },
    },
  };
  writeFileSync(file, `${JSON.stringify(project, null, 2)}\n`);
  process.stdout.write(`wrote ${relative(root, file)} ${project.tags.join(' ')}\n`);
}
